"""Screenshot of the X display the smoke test's app runs on, and a check that its 3D view draws.

Run by packaging/smoke.sh with the build venv's Python (Pillow) while the frozen app shows the
sample exhibit: saves the screen to the path given and exits 1 when the middle of the window (the
placement view) is the light, empty panel of a 3D view that is missing — what a frozen app shows
when it cannot find its own parts — instead of the dark viewport with the sample's drum on it.
"""

import os
import sys

from PIL import ImageGrab, ImageStat

shot = ImageGrab.grab(xdisplay=os.environ["DISPLAY"])
shot.save(sys.argv[1])
w, h = shot.size
middle = shot.crop((int(w * 0.3), int(h * 0.3), int(w * 0.6), int(h * 0.9))).convert("L")
mean = ImageStat.Stat(middle).mean[0]
print(f"mean grey of the 3D view's area: {mean:.0f} (dark viewport < 120, empty panel ~ 235)")
sys.exit(0 if mean < 120 else 1)
