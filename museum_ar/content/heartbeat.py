"""Keep progress moving and Cancel quick while one long call runs (a 6M-triangle file parses in
one numpy/trimesh call for 10-20 s, with no step in between to report from).

`with_heartbeat(fn, progress, lo, hi, message)` runs `fn` on a helper thread and, from the calling
thread, reports progress four times a second (creeping from lo toward hi, with the seconds so far)
and checks for Cancel. On Cancel it raises CancelledError at once; the helper thread is left to
finish in the background and its result is dropped (its memory is freed when it ends; the
process waits for it before exiting).
"""

from __future__ import annotations

import threading
import time
from typing import TypeVar
from collections.abc import Callable

from ..core.progress import Progress

T = TypeVar("T")
TICK_S = 0.25


def with_heartbeat(fn: Callable[[], T], progress: Progress, lo: float, hi: float, message: str) -> T:
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:
            box["error"] = e

    # Not a daemon: a cancelled call still finishes before the interpreter exits (a daemon thread
    # inside numpy/trimesh while Python shuts down can crash the process).
    worker = threading.Thread(target=run, name="museum-ar-heartbeat", daemon=False)
    start = time.monotonic()
    worker.start()
    while True:
        worker.join(TICK_S)
        if not worker.is_alive():
            break
        elapsed = time.monotonic() - start
        # creeps toward hi without reaching it: 50 % of the way after 5 s, 80 % after 20 s
        progress.report(lo + (hi - lo) * elapsed / (elapsed + 5.0), f"{message} ({elapsed:.0f} s)")
    if "error" in box:
        raise box["error"]
    progress.report(hi, message)
    return box["value"]


class CancelOnly(Progress):
    """For work under a heartbeat: its own reports only check for Cancel (the heartbeat speaks),
    so the bar never jumps back and forth between two speakers."""

    def __init__(self, parent: Progress):
        super().__init__()
        self._parent = parent

    def report(self, fraction: float, message: str = "") -> None:
        self._parent.check()

    def check(self) -> None:
        self._parent.check()

    @property
    def cancelled(self) -> bool:
        return self._parent.cancelled
