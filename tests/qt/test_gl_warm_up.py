"""The 3D views' warm-up at start (qt/gl_warm_up.py): every step runs in the views' own contexts,
the views are left with their programs linked and nothing else of the warm-up's, and nothing of
it reaches the screen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication


def _screen(w) -> np.ndarray:
    """The window as the X server shows it (GL child windows included)."""
    image = w.screen().grabWindow(0, w.x(), w.y(), w.width(), w.height()).toImage()
    ptr = image.constBits()
    return np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes()).reshape(image.height(), image.bytesPerLine()).copy()


@pytest.mark.slow
def test_warm_up_compiles_in_the_views_own_contexts_and_shows_nothing(qtbot):
    from museum_ar.qt import i18n
    from museum_ar.qt.main_window import MainWindow
    from museum_ar.render.warm_up import OFFSCREEN_SCENES, PLACEMENT_SCENES, PREVIEW_OFFSCREEN_SCENES, PREVIEW_SCENES

    i18n.set_language("en")
    w = MainWindow()
    w.prepare_gl_views()
    w.show()
    qtbot.waitExposed(w)
    try:
        qtbot.waitUntil(lambda: w.gl_warm_up is not None, timeout=5000)
        first = _screen(w)
        changed = 0
        while not w.gl_warm_up_over():  # the start screen stays as it was while the views draw
            qtbot.wait(40)
            changed += not np.array_equal(_screen(w), first)
        warm_up = w.gl_warm_up
        assert warm_up.done and warm_up.error == "" and warm_up.filler.error == ""
        assert changed == 0, f"the screen changed {changed} times during the warm-up"
        steps = [name for name, _ in warm_up.step_ms]
        for scene in PLACEMENT_SCENES + PREVIEW_SCENES:
            assert scene.name in steps, scene.name
        for scene in OFFSCREEN_SCENES + PREVIEW_OFFSCREEN_SCENES:
            assert f"{scene.name} (offscreen)" in steps
        for view in (w.viewport.view, w.preview.view):
            programs = view.renderer.programs
            assert set(programs.by_name) == set(programs.names())  # none left to link at a first draw
            assert not view.renderer.cache.entries and not view.renderer.last_draw.get("items")  # none of the warm-up's
    finally:
        w.close()
        w.deleteLater()
        QApplication.processEvents()
