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


# Single frames of benchmarks/tracking.py's "motion_blur_13-25px" set (seed 1) that the tracker
# missed before issue 14's blurred look: (our id, the other exhibit's id, camera seed, our card's
# pose, the other card's pose; marker -> camera, the top three rows). Frames 35 and 36: smeared
# 20-24 px, no candidate square came near the card (the search's 11-px threshold window broke its
# ring); frames 31 and 62: the refined corners were 2-3 px off and the code, read there, could
# not be told from its siblings (it reads at the corners fitted to the blurred frame).
HEAVY_BLUR = [
    ("a", "c", 102035, [[0.3142096944, -0.2441521554, 0.9174213825, 0.1045422365], [-0.949233695, -0.0654386119, 0.3076900718, 0.0987326239], [-0.0150884124, -0.9675264922, -0.2523188989, 0.7503324478]], [[0.6501676093, 0.0218418102, -0.7594768035, -0.1831967973], [0.7597902583, -0.0174824146, 0.6499331724, -0.0209494952], [0.0009182287, -0.9996085736, -0.0279616943, 0.5609440082]]),
    ("e", "c", 102031, [[-0.9881308881, 0.1525562391, -0.0179983853, -0.1147546085], [-0.0629043559, -0.5087401977, -0.858618922, -0.023429154], [-0.1401441756, -0.8472957012, 0.5122983553, 0.5833787754]], [[-0.4805750551, -0.2145145126, 0.8503123781, 0.2627781727], [-0.8514955069, -0.1177927049, -0.5109601553, 0.0590326702], [0.2097689637, -0.9695918742, -0.126049908, 0.8787747449]]),
    ("c", "d", 102036, [[-0.7734753425, 0.2066367096, 0.5991971001, 0.1891547883], [-0.5829151672, 0.1393135426, -0.8005008712, -0.0727329966], [-0.2488891368, -0.9684487633, 0.0126960821, 0.5395459216]], [[-0.7255392337, -0.0539291764, -0.6860644754, -0.1373865828], [0.5213349272, 0.6076915704, -0.5991000325, 0.0261060244], [0.4492245698, -0.7923399518, -0.412788913, 0.4360176562]]),
    ("e", "e", 102062, [[-0.7842596902, 0.0299537349, 0.6197092157, -0.2619268757], [-0.5309516614, -0.5491449542, -0.6453914723, -0.0683541353], [0.3209783038, -0.8351901538, 0.446576237, 0.6049926971]], [[-0.5373586829, 0.1415870942, -0.8313836303, 0.3555088141], [0.8295893853, -0.0886362246, -0.5512939974, -0.098043336], [-0.1517468214, -0.9859496511, -0.0698297055, 0.9193839972]]),
]


def test_single_frames_smeared_13_to_25_px_that_were_missed(cards, card_markers):
    ours, others = cards
    tracker = _tracker(card_markers)
    for ours_id, other_id, seed, ours_pose, other_pose in HEAVY_BLUR:
        poses = [np.vstack([np.array(p), [0, 0, 0, 1]]) for p in (ours_pose, other_pose)]
        specs = [MarkerSpec.for_payload(payload_for(URL, ours_id), 100.0), MarkerSpec.for_payload(payload_for(OTHER, other_id), 100.0)]
        cam = SyntheticCamera(specs, INTR, [poses], cards=[ours[ours_id], others[other_id]], noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, motion_blur=(13.0, 25.0), seed=seed)
        frame = cam.read()
        assert cam.last_degradation["motion"][0] >= 13.0  # (the set's draw: 14-25 px)
        truth = next(t for t in frame.truth if t.payload == specs[0].payload).corners
        tracker.reset()
        dets = tracker.process(frame.image, 0.0)
        assert [d.marker_id for d in dets] == [ours_id], seed
        assert np.abs(dets[0].corners - truth).max() < 5.0
