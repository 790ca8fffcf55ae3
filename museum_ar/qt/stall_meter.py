"""How long the GUI thread stood still: a 5 ms heartbeat timer on the GUI thread records the
longest gap between its beats (a beat is late by as long as the GUI thread was busy). Used by the
tests and benchmarks/app.py while they drive the window."""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer

BEAT_MS = 5


class StallMeter(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.longest_ms = 0.0
        self.where = ""  # the label of the step during which the longest stall happened
        self.step = ""
        self._last = 0.0
        self.per_step: dict[str, float] = {}
        # MUSEUM_AR_STALL_PROFILE=1: a sampler thread notes where the GUI thread is while a beat
        # is late, so a stall comes with the code that made it (printed by `report_blame`)
        self.blame: collections.Counter[tuple[str, str]] = collections.Counter()
        self._sampler: threading.Thread | None = None
        self._gui_thread = threading.get_ident()
        if os.environ.get("MUSEUM_AR_STALL_PROFILE"):
            self._sampler = threading.Thread(target=self._sample, name="museum-ar-stall-sampler", daemon=True)
            self._sampler.start()

    def _sample(self) -> None:
        while True:
            time.sleep(0.002)
            if not self.timer.isActive() or (time.perf_counter() - self._last) * 1000 < BEAT_MS + 20:
                continue
            frame = sys._current_frames().get(self._gui_thread)
            if frame is not None:
                stack = traceback.extract_stack(frame)[-8:]
                where = " < ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(stack))
                self.blame[(self.step, where)] += 1

    def report_blame(self, top: int = 15) -> str:
        """The GUI thread's most sampled stacks during late beats, 2 ms per sample, per step."""
        return "\n".join(f"{n * 2:5d} ms  [{step}] {where}" for (step, where), n in self.blame.most_common(top))

    def start(self) -> StallMeter:
        self._last = time.perf_counter()
        self.timer.start()
        return self

    def stop(self) -> float:
        self.timer.stop()
        return self.longest_ms

    def pause(self) -> None:
        """The test does its own work on the GUI thread (screenshots, walking the widgets): that
        is not the app stalling."""
        self._beat()
        self.timer.stop()

    def resume(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def mark(self, step: str) -> None:
        """Name what is being driven now (the longest gap is reported per step)."""
        self._beat()
        self.step = step

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - BEAT_MS
        self._last = now
        if gap > self.per_step.get(self.step, 0.0):
            self.per_step[self.step] = gap
        if gap > self.longest_ms:
            self.longest_ms, self.where = gap, self.step
