"""Several markers at once, right ids, and never a wrong one."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import SyntheticCamera, Tracker, facing_pose

from .conftest import URL


def test_several_markers_at_once(intr, exhibit_markers):
    poses = [
        facing_pose(0.7, 20, 10, 0, (-0.25, -0.1)),
        facing_pose(0.9, 35, 80, 90, (0.2, -0.12)),
        facing_pose(0.6, 10, 200, 180, (-0.05, 0.12)),
        facing_pose(1.1, 45, 300, 270, (0.33, 0.15)),
    ]
    cam = SyntheticCamera(exhibit_markers, intr, [poses], noise=2.5, blur=0.8, seed=5)
    frame = cam.read()
    dets = Tracker(intr, exhibit_markers, smoothing=False).process(frame.image, 0.0)
    by_payload = {t.payload: t for t in frame.truth}
    assert sorted(d.marker_id for d in dets) == sorted(m.id for m in exhibit_markers)
    for d in dets:
        assert np.abs(d.corners - by_payload[d.payload].corners).max() < 1.0


@pytest.mark.slow
def test_no_wrong_ids_on_other_codes(intr, exhibit_markers):
    """Codes of other exhibits, and one a letter off ours, framed exactly like ours: the tracker
    that knows the exhibit reports none of them."""
    others = [
        "https://ar.example.org/natur/#schaedel",
        payload_for(URL, "trommex"),  # one letter off 'trommel'
        payload_for(URL, "trommel2"),
        "https://other.example.com/grass/#trommel",
        payload_for(URL, "a"),
    ]
    tracker = Tracker(intr, exhibit_markers, smoothing=False)
    rng = np.random.default_rng(6)
    seen = 0
    for k, other in enumerate(others):
        poses = [[facing_pose(rng.uniform(0.3, 1.3), rng.uniform(0, 55), rng.uniform(0, 360), rng.uniform(0, 360))] for _ in range(4)]
        for f in SyntheticCamera([MarkerSpec.for_payload(other, 100.0)], intr, poses, noise=(1.5, 4), blur=(0.4, 1.2), seed=k):
            tracker.reset()
            assert tracker.process(f.image, f.timestamp_s) == [], other
            seen += 1
    assert seen == 20


def test_open_mode_decodes_payloads(intr):
    """Without an exhibit every framed code is read with zxing from the sampled modules, and
    plain QR codes (no frame) are found too."""
    framed = [payload_for(URL, "trommel"), "https://museum.example/x/#skull-3"]
    cam = SyntheticCamera([MarkerSpec.for_payload(framed[0], 100.0), MarkerSpec.for_payload(framed[1], 80.0)], intr, [[facing_pose(0.5, 20, 0, 0, (-0.12, 0)), facing_pose(0.55, 15, 90, 45, (0.14, 0.02))]], seed=7)
    frame = cam.read()
    dets = Tracker(intr, None, default_size_mm=100.0).process(frame.image, 0.0)
    got = {d.payload: d for d in dets}
    assert set(got) == set(framed)
    assert got[framed[0]].marker_id == "trommel" and got[framed[1]].marker_id == "skull-3"
    assert got[framed[0]].pose is not None

    plain = SyntheticCamera([MarkerSpec.for_payload("https://plain.example/#p", 60.0)], intr, [[facing_pose(0.3, 10, 0)]], layout_overrides={"frame_modules": 0}, seed=8)
    dets = Tracker(intr, None).process(plain.read().image, 0.0)
    assert [d.payload for d in dets] == ["https://plain.example/#p"]
    assert dets[0].pose is None  # no size given: no pose
