"""Start an Xvfb virtual screen for scripts that show the real window (screenshots, the app
benchmark) when no display is set. Tests get theirs from pytest-xvfb instead."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def ensure_display(first: int = 90, last: int = 130) -> subprocess.Popen | None:
    """Sets DISPLAY to a fresh Xvfb (returned, for the caller to terminate) unless one is set."""
    if os.environ.get("DISPLAY"):
        return None
    for n in range(first, last):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = f":{n}"
        for _ in range(100):  # up to 5 s for the server's socket to appear
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        return proc
    raise SystemExit("no free X display number for Xvfb")
