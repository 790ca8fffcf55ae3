"""Issue 14: a shadow's edge across the card, a card seen at 70-80 degrees, a quick turn that
blurs a single frame by 14-22 px. Whole printed cards of a five-marker exhibit (ids a-e) on a
cluttered table, another exhibit's card (ids a-e too) in view; every frame on its own (the
tracker reset). Each set failed before the fix it names (shadow 9 of 12 found, steep cards
0 of 8, heavy blur 2 of 12)."""

from __future__ import annotations

import cv2
import numpy as np

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker, facing_pose

URL, OTHER = "https://ar.example.org/grass/", "https://ar.example.org/natur/"
IDS = list("abcde")
INTR = CameraIntrinsics.default_for(1280, 720)


def _tracker(card_markers) -> Tracker:
    return Tracker(INTR, card_markers, smoothing=False)


def _run(single_frames, n: int, dist, tilt, **opts) -> tuple[int, int]:
    """(found, wrong ids) over n single frames (conftest.single_frames): our card on the left, the other exhibit's on the right."""
    return single_frames(n, dist, tilt, 14, 1400, lambda d: -0.22 * d, INTR, **opts)


def test_a_shadow_edge_across_the_card(single_frames):
    # One global threshold read the shadowed quiet zone as dark: no frame ring, no id (before: 9 of 12).
    found, wrong = _run(single_frames, 12, (0.4, 0.9), (0, 40), shadow=1.0)
    assert wrong == 0
    assert found >= 11


def test_a_single_frame_blurred_by_a_quick_turn(single_frames):
    # 14-22 px of motion blur: the code read with the blur's line shape (before: 2 of 12).
    found, wrong = _run(single_frames, 12, (0.45, 0.9), (0, 35), motion_blur=(14.0, 22.0))
    assert wrong == 0
    assert found >= 8


# Cards the benchmark's tilt set (70-80 degrees) missed: rotation vector (3) and translation (m, 3)
# of the marker -> camera pose. Seen this steeply, the card's outline is a long thin quad whose two
# obtuse corners lie within 4 % of its perimeter of the line between the acute ones, so the polygon
# approximation folded it into a triangle (or a line) and no candidate was left.
STEEP = [
    (-2.50382, -0.22044, -1.11500, 0.0249, -0.0457, 0.4198),
    (-2.18435, 0.68945, 1.05078, -0.0638, -0.0163, 0.3660),
    (-0.27516, 0.75215, 0.15577, 0.0746, 0.0284, 0.3641),
    (-0.22775, -0.95755, 0.01736, 0.1135, 0.0095, 0.3874),
    (-0.37674, -0.52024, -0.38814, 0.0636, 0.0075, 0.3756),
    (0.27660, 2.41566, -0.40645, 0.1299, -0.0075, 0.4526),
    (0.08897, 0.88716, -0.65944, 0.0124, 0.0096, 0.3090),
    (1.36820, -0.82642, 2.16799, -0.0548, -0.0140, 0.3274),
]


def test_cards_seen_at_70_to_80_degrees(cards, card_markers):
    ours, _ = cards
    tracker = _tracker(card_markers)
    found = 0
    for k, (*r, x, y, z) in enumerate(STEEP):
        T = np.eye(4)
        T[:3, :3] = cv2.Rodrigues(np.array(r))[0]
        T[:3, 3] = x, y, z
        tilt = np.degrees(np.arccos(abs(T[2, 1])))  # the card's normal (marker y) against the view axis
        assert 68 < tilt < 82
        cam = SyntheticCamera([MarkerSpec.for_payload(payload_for(URL, "c"), 100.0)], INTR, [[T]], cards=[ours["c"]], noise=2.0, blur=0.8, seed=k)
        tracker.reset()
        dets = tracker.process(cam.read().image, 0.0)
        assert all(d.marker_id == "c" for d in dets)
        found += any(d.marker_id == "c" for d in dets)
    assert found >= 6  # before: 0 of 8


def test_another_exhibits_cards_heavily_blurred_or_shadowed_are_not_ours(cards, card_markers):
    """The new reads (lighting-normalised modules, the blur's line model) never turn another
    exhibit's card of the same museum (same address and ids, 84-85 % of the modules equal) into ours."""
    _, others = cards
    tracker = _tracker(card_markers)
    for k, mid in enumerate(IDS):
        for opts in ({"motion_blur": 14.0 + 2 * k}, {"motion_blur": 20.0 - k, "motion_angle": 30.0 * k}, {"shadow": 1.0}):
            cam = SyntheticCamera([MarkerSpec.for_payload(payload_for(OTHER, mid), 100.0)], INTR, [[facing_pose(0.45 + 0.08 * k, 10 * k, 40 * k)]], cards=[others[mid]], clutter=True, seed=20 + k, **opts)
            tracker.reset()
            assert tracker.process(cam.read().image, 0.0) == []
