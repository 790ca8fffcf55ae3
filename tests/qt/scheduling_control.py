"""A control for stall measurements: a separate process that only sleeps in 5 ms steps and
records how late it woke. If even that process waited long for a core, the machine was busy with
others' work (parallel test runs, builds), and a GUI stall says little about the app; if it never
waited long, the machine was quiet and the app's own stalls are its own."""

from __future__ import annotations

import subprocess
import sys

_SLEEPER = """
import sys, time
longest = 0.0
stop = sys.stdin
import threading
done = threading.Event()
threading.Thread(target=lambda: (stop.read(), done.set()), daemon=True).start()
while not done.is_set():
    t0 = time.perf_counter()
    time.sleep(0.005)
    longest = max(longest, time.perf_counter() - t0 - 0.005)
print(round(longest * 1000, 1))
"""


class SchedulingControl:
    def __init__(self) -> None:
        self._proc = subprocess.Popen([sys.executable, "-c", _SLEEPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def stop(self) -> float:
        """The control's longest late wake-up in ms."""
        out, _ = self._proc.communicate("", timeout=30)
        return float(out.strip() or "inf")
