"""Qt objects in reference cycles are freed on the GUI thread, never on a loader thread
(qt/gui_gc.py). Freed elsewhere, Qt crashed at random ("pure virtual method called")."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from museum_ar.qt.gui_gc import collect_garbage_on_gui_thread


class Holder(QObject):
    pass


def test_a_qt_object_in_a_cycle_dropped_on_a_worker_dies_on_the_gui_thread(qtbot):
    collector = collect_garbage_on_gui_thread(QApplication.instance())
    assert not gc.isenabled()
    gui = threading.get_ident()
    died_on = []

    def make_and_drop_garbage():
        obj = Holder()
        obj.self_ref = obj  # a cycle: only the cyclic collector frees it
        weakref.finalize(obj, lambda: died_on.append(threading.get_ident()))  # runs where it is freed
        del obj
        junk = []
        for _ in range(50_000):  # far past gen 0's threshold: automatic gc would run right here
            a: list = []
            a.append(a)
            junk.append(a)

    worker = threading.Thread(target=make_and_drop_garbage)
    worker.start()
    worker.join()
    assert died_on == []  # nothing collected on the worker
    gc.collect()  # stands in for the collector's timer, on this (the GUI) thread
    collector.check()
    assert died_on == [gui]


def test_objects_alive_once_the_window_is_up_are_frozen(window, qtbot):
    """A full collection walks only what was made since start-up (it had taken 84-98 ms with an
    exhibit open, a stall each time the oldest generation was due)."""
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    probe = Holder()  # a cycle made after start-up is still collected
    probe.self_ref = probe
    gone = []
    weakref.finalize(probe, lambda: gone.append(True))
    del probe
    gc.collect()
    assert gone == [True]
