"""An animated model moves in the AR preview as on the tablet: the real window, the grass-haus
sample with Khronos' Fox added, the synthetic camera, and the preview's own pixels. Two pictures
drawn from the same camera result differ only by what the clip did in between (as for video in
test_preview_video.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from museum_ar.core import commands as cmd
from museum_ar.core.transform import Transform

from .test_gl_and_dialogs import qimage_rgb
from .test_preview_video import start_preview

pytestmark = [pytest.mark.gl, pytest.mark.slow]

SAMPLE = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus"
FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


def test_the_fox_moves_in_the_preview_and_a_tap_pauses_it(window, tmp_path, qtbot):
    from museum_ar.content import import_item

    w = window
    root = tmp_path / "Grass Häus Fuchs"
    shutil.copytree(SAMPLE, root)
    assert w.open_exhibit(root), w.message_bar.text()
    fox = import_item(root, FOX, fit_m=0.12)
    fox.transform = Transform((0.0, 0.0, 0.06), (0.0, 0.0, 0.0, 1.0), fox.transform.scale)  # in front of the card
    w.doc.push(cmd.AddItem("zeichnung", fox))
    w.doc.stack.set_clean()
    view = start_preview(w, qtbot)  # the synthetic camera, until "zeichnung" is seen and drawn
    try:
        media = w.preview.media
        assert fox.id in media.clip_times(0.0)  # autoplay after import: playing since the start

        def grab_twice(wait_s: float) -> tuple[np.ndarray, np.ndarray]:
            r = view.result
            view.repaint()
            a = qimage_rgb(view.grabFramebuffer())
            qtbot.wait(int(wait_s * 1000))
            view.result = r  # the same camera picture: only the clip can change a pixel
            view.repaint()
            return a, qimage_rgb(view.grabFramebuffer())

        a, b = grab_twice(0.6)
        changed = np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 24
        assert changed.mean() > 0.0005, "the fox did not move"
        # where it changed is where the fox is or was: about its box in the later picture
        # (picking a changed pixel alone misses the ones the moving fox has just left)
        hits = [(x, y) for y in range(0, view.height(), 4) for x in range(0, view.width(), 4) if view.item_at(x, y) == fox.id]
        assert len(hits) > 10, "the fox is not in the picture"
        xs_, ys_ = zip(*hits)
        dpr = view.devicePixelRatioF()
        ys, xs = np.nonzero(changed)
        margin = 12 * dpr
        near = (xs >= min(xs_) * dpr - margin) & (xs <= max(xs_) * dpr + margin) & (ys >= min(ys_) * dpr - margin) & (ys <= max(ys_) * dpr + margin)
        assert near.mean() > 0.9, "pixels changed away from the fox"

        # a tap on the fox pauses its clip: the same camera picture then stays the same
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(np.median(xs_)), int(np.median(ys_))))
        assert media.clips[fox.id].started is None
        a, b = grab_twice(0.6)
        assert np.array_equal(a, b), "the picture changed while the clip was paused"
    finally:
        w.preview.stop()
