"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate past its threshold: here often a loader
thread (meshes, labels, imports). A Qt object in a reference cycle freed there is deleted off the
GUI thread, which Qt does not allow: a crash, at a random moment ("pure virtual method called",
segfaults in event filters; seen with a sampling thread in the GUI tests). So automatic collection
is switched off and the GUI thread collects on a timer, by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500
DEFAULT_THRESHOLDS = gc.get_threshold()  # as set when this is first imported: Python's (700, 10, 10)


class GuiGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = DEFAULT_THRESHOLDS
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        collect_due(self.thresholds)


def collect_due(thresholds: tuple[int, ...] = DEFAULT_THRESHOLDS) -> None:
    """Collect the oldest generation whose count passed its threshold, as gc itself would."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


_collector: GuiGarbageCollector | None = None


def collect_garbage_on_gui_thread(app: QObject) -> GuiGarbageCollector:
    """Once per application (the collector lives as long as `app`)."""
    global _collector
    if _collector is None or _collector.parent() is not app:
        _collector = GuiGarbageCollector(app)
    return _collector
