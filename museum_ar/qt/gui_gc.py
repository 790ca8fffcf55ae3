"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate past its threshold: here often a loader
thread (meshes, labels, imports). A Qt object in a reference cycle freed there is deleted off the
GUI thread, which Qt does not allow: a crash, at a random moment ("pure virtual method called",
segfaults in event filters; seen with a sampling thread in the GUI tests). So automatic collection
is switched off and the GUI thread collects on a timer, by the same thresholds.

Once the window is up, and again once the first exhibit is open, everything alive is frozen
(gc.freeze): modules, classes, the window's widgets live as long as the app, and a full collection
no longer walks them. With an exhibit open a full collection had taken 84-98 ms (139,000 objects),
a stall of the window each time the oldest generation was due.
"""

from __future__ import annotations

import atexit
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
        QTimer.singleShot(0, freeze_long_lived)  # at the first turn of the event loop: the window is built

    def check(self) -> None:
        collect_due(self.thresholds)


def collect_due(thresholds: tuple[int, ...] = DEFAULT_THRESHOLDS) -> None:
    """Collect the oldest generation whose count passed its threshold, as gc itself would."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


FREEZES = 2  # at start-up, and once the first exhibit is open (its modules imported)
FREEZE_AFTER_OPEN_MS = 5000
_freezes = 0


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's sight, at most FREEZES times per
    process. Frozen objects are freed by reference counting as ever; only a reference cycle
    among them would now stay: at most what was garbage at the second freeze, once."""
    global _freezes
    if _freezes >= FREEZES:
        return
    if _freezes == 0:
        gc.collect()  # the start-up's garbage first
        # at exit, hand everything back: the interpreter's last collections then free it as
        # before (frozen, nanobind's modules such as zxing-cpp reported their objects as leaked)
        atexit.register(gc.unfreeze)
    gc.freeze()
    _freezes += 1


_collector: GuiGarbageCollector | None = None


def collect_garbage_on_gui_thread(app: QObject) -> GuiGarbageCollector:
    """Once per application (the collector lives as long as `app`)."""
    global _collector
    if _collector is None or _collector.parent() is not app:
        _collector = GuiGarbageCollector(app)
    return _collector
