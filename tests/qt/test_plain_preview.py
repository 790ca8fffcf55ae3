"""The live preview follows an artwork the curator chose to track by its outline (a plain wash): the
real window, a rendered camera picture of the wash on a gallery wall as the preview's still-image
source, the desktop tracker with the plain target (issue 19)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import ImageTarget, Marker, Mount
from museum_ar.core.project import create_project
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.intrinsics import CameraIntrinsics
from museum_ar.tracking.poses import facing_pose, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

pytestmark = [pytest.mark.gl]


def test_preview_anchors_on_a_plain_wash_by_its_outline(window, qtbot, tmp_path):
    from museum_ar.qt.capture import SourceSpec

    wash = sa.collection()["wash"]
    root = tmp_path / "Aquarell"
    create_project(root, "Aquarell", "https://ar.example.org/a/")
    (root / "assets").mkdir(exist_ok=True)
    cv2.imwrite(str(root / "assets" / "wash.png"), wash)
    assert window.open_exhibit(root)
    window.doc.push(cmd.AddMarker(Marker("aquarell", 420.0, mount=Mount.WALL, target=ImageTarget("assets/wash.png", 420.0, outline=True))))
    # a view where the wash's outline shows (test_plain_picture's first WASH_VIEWS)
    intr = CameraIntrinsics.default_for(1280, 720)
    truth = facing_pose(1.23, 18, 144, roll_deg=4)
    rng = np.random.default_rng(1013)
    frame = degrade(render_artwork(wall(1280, 720, rng), wash, 0.42, truth, intr), rng, lighting=0.3, noise=2.0, glare=0.15, motion_px=1.0)
    shot = tmp_path / "kamera.png"
    cv2.imwrite(str(shot), frame)
    window.preview_dock.show()
    window.preview_dock.raise_()
    assert window.preview.view is not None, window.preview.missing
    window.preview.start(SourceSpec("image", str(shot)))
    try:
        qtbot.waitUntil(lambda: window.preview.last is not None and "aquarell" in window.preview.last.seen, timeout=60000)
        pose = window.preview.last.poses["aquarell"]
        assert rotation_error_deg(pose, truth) <= 3.0
        assert np.linalg.norm(pose[:3, 3] - truth[:3, 3]) <= 0.03 * 1.23
    finally:
        window.preview.stop()
