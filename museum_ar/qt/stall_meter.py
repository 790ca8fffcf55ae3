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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

BEAT_MS = 5
NOTE_MS = 50  # a stall this long is listed on its own when profiling


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
        # each stall over NOTE_MS with the stacks sampled during it (step, ms, [(stack, samples)])
        self.stalls: list[tuple[str, float, list[tuple[str, int]]]] = []
        self._during: list[str] = []  # stacks sampled since the last beat
        self._sampler: threading.Thread | None = None
        self._gui_thread = threading.get_ident()
        # The sampler reads these plain flags, never the QTimer: a Qt object may not be touched
        # from another thread, and is gone once the window that owned the meter is deleted
        self._beating = False
        self._closed = False
        self._events: list[tuple[float, str]] = []  # (when, what) each event delivered since the last beat
        if os.environ.get("MUSEUM_AR_STALL_PROFILE"):
            self._sampler = threading.Thread(target=self._sample, name="museum-ar-stall-sampler", daemon=True)
            self._sampler.start()
            # the sampler cannot see inside Qt (it needs the GIL the GUI thread holds there): each
            # event's delivery is timed too, from its start to the next event's start
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if self._beating:
            self._events.append((time.perf_counter(), f"{type(obj).__name__}{'/' + obj.objectName() if obj.objectName() else ''} {event.type().name}"))
        return False

    def _sample(self) -> None:
        while not self._closed:
            time.sleep(0.002)
            if not self._beating or (time.perf_counter() - self._last) * 1000 < BEAT_MS + 20:
                continue
            frame = sys._current_frames().get(self._gui_thread)
            if frame is not None:
                stack = traceback.extract_stack(frame)[-8:]
                where = " < ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(stack))
                self.blame[(self.step, where)] += 1
                self._during.append(where)

    def report_blame(self, top: int = 15) -> str:
        """The GUI thread's most sampled stacks during late beats, 2 ms per sample, per step; then
        each stall over NOTE_MS with what was sampled during it."""
        lines = [f"{n * 2:5d} ms  [{step}] {where}" for (step, where), n in self.blame.most_common(top)]
        for step, ms, stacks in self.stalls:
            lines.append(f"stall {ms:.0f} ms [{step}]" + "".join(f"\n    {n * 2:4d} ms {where}" for where, n in stacks))
        return "\n".join(lines)

    def start(self) -> StallMeter:
        self._last = time.perf_counter()
        self.timer.start()
        self._beating = True
        return self

    def stop(self) -> float:
        self._beating = False
        self._closed = True
        self.timer.stop()
        return self.longest_ms

    def pause(self) -> None:
        """The test does its own work on the GUI thread (screenshots, walking the widgets): that
        is not the app stalling."""
        self._beat()
        self._beating = False
        self.timer.stop()

    def resume(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()
        self._beating = True

    def mark(self, step: str) -> None:
        """Name what is being driven now (the longest gap is reported per step)."""
        self._beat()
        self.step = step

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - BEAT_MS
        self._last = now
        during, self._during = self._during, []
        events, self._events = self._events, []
        if self._sampler is not None and gap > NOTE_MS:
            # the longest event deliveries during the stall, each as long as until the next began
            spans = [(f"event {what}", int((t_next - t) * 1000 / 2)) for (t, what), (t_next, _) in zip(events, events[1:] + [(now, "")])]
            spans = sorted((x for x in spans if x[1] >= 5), key=lambda x: -x[1])[:4]
            self.stalls.append((self.step, gap, collections.Counter(during).most_common(4) + spans))
        if gap > self.per_step.get(self.step, 0.0):
            self.per_step[self.step] = gap
        if gap > self.longest_ms:
            self.longest_ms, self.where = gap, self.step
