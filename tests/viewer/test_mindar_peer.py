"""The MindAR peer of benchmarks/image_targets.py (--peer mindar) runs: MindAR's own compiler and
controller in headless Chromium find a sharp frontal artwork, with its pose turned into our marker
frame, and find nothing on a bare wall. Skipped when the peer is not installed
(benchmarks/peers/install.sh)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose, rotation_error_deg
from museum_ar.tracking.synthetic_images import render_artwork, wall

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import mindar_peer

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not mindar_peer.installed(), reason="MindAR peer not installed (benchmarks/peers/install.sh)"),
]


def test_mindar_finds_a_frontal_artwork_and_nothing_on_a_bare_wall():
    intr = CameraIntrinsics.default_for(1280, 720)
    arts = sa.collection()
    rng = np.random.default_rng(3)
    pose = facing_pose(0.6, 10, 30, roll_deg=5)
    frame = render_artwork(wall(1280, 720, rng), arts["painting-1"], 0.297, pose, intr)
    with mindar_peer.MindAR(intr) as m:
        assert m.compile({"painting-1": arts["painting-1"], "poster-0": arts["poster-0"]}) == {"painting-1": True, "poster-0": True}
        info = m.load(["poster-0", "painting-1"])
        assert info["targets"] == 2
        ticks = m.frame(frame, 0.297)
        found = [t for t in ticks if t["target"] and t["tracked"]]
        assert [t["target"] for t in found] == ["painting-1"]
        assert rotation_error_deg(found[0]["pose"], pose) < 5.0
        assert np.linalg.norm(found[0]["pose"][:3, 3] - pose[:3, 3]) < 0.02 * 0.6
        empty = m.frame(wall(1280, 720, rng), 0.297)
        assert len(empty) == mindar_peer.TICKS and not any(t["target"] and t["tracked"] for t in empty)
        assert m.errors == []
