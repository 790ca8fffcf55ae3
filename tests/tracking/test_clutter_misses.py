"""Single frames of benchmarks/tracking.py's clutter sets (seed 1) that the tracker missed before
issue 14's clutter work, rendered as the benchmark renders them: our card and the other exhibit's
card of the same museum on a cluttered table. Each must now be found with the right id, corners
and pose, and nothing else taken for ours."""

from __future__ import annotations

import numpy as np

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker
from museum_ar.tracking.poses import rotation_error_deg

from .conftest import OTHER_URL, URL

# (our id, the other exhibit's id, camera seed, our card's pose, the other card's pose;
# marker -> camera, the top three rows).
# 720p: the other card lies over one corner of ours. The frame is a ring cut open there, its
# outline no quad and without a hole; its hull is the square with that corner cut off
# (tracking/cut_corner.py). Before: no candidate near the card, though the code reads 0.997-1.0
# at the true corners.
CORNER_HIDDEN = [
    ("d", "d", 100018, [[-0.9757550468, -0.1155152768, 0.1858986539, 0.0916351376], [-0.1786286998, -0.0704762822, -0.9813892608, 0.045276109], [0.1264668981, -0.9908023589, 0.0481332443, 1.3162627023]], [[0.5549470127, -0.2771128291, -0.7843738222, -0.0298768307], [0.8188553059, 0.0157333106, 0.5737843244, -0.020670454], [-0.1466622005, -0.9607085629, 0.2356464642, 0.9019594165]]),
    ("a", "b", 100098, [[0.0928259959, 0.1061449102, 0.99000838, 0.0017251722], [-0.9902950963, 0.1131344976, 0.0807230313, 0.0800195127], [-0.1034357618, -0.9878936398, 0.1156166065, 0.7362650666]], [[0.7554524197, -0.1248599718, 0.6431964155, -0.047348953], [-0.5384017914, 0.4411306313, 0.7180022822, -0.0208435503], [-0.3733833855, -0.8887146638, 0.2660283703, 0.6414584686]]),
    ("d", "e", 100139, [[0.6533325978, 0.4836018749, 0.5824823974, 0.0972869393], [-0.6219125214, -0.0959139367, 0.7771906667, 0.151695411], [0.4317190433, -0.8700170937, 0.2380943599, 0.7957977127]], [[0.8302264933, -0.4895390799, 0.2665998107, -0.0365880486], [-0.4179972882, -0.2303265247, 0.8787650193, 0.0284564489], [-0.3687848111, -0.8410119983, -0.3958491908, 0.4382452247]]),
]

# 640x480: our card 'a' (or 'e') small and blurred (26-55 px a side). It read 0.94-0.98 with the
# sibling code e (a) 0.16-0.19 below, and the two were not told apart where they differ
# (0.46-0.49 < 0.5): the light of the modules all codes share, blurred into those modules,
# diluted the comparison (identity.separation now takes it out).
SMALL_SIBLINGS = [
    ("a", "a", 110104, [[0.6635740221, 0.4691188817, -0.5827495105, 0.1633729153], [0.7428956455, -0.5050233622, 0.4393830487, -0.0268891155], [-0.0881792327, -0.7244852506, -0.6836267582, 1.0607286307]], [[0.0842844408, 0.7249849387, 0.6835883057, -0.2332949931], [-0.9952699104, 0.0279900217, 0.093028835, 0.0104862788], [0.0483108527, -0.6881957551, 0.7239148183, 0.6497001955]]),
    ("a", "b", 110134, [[-0.354830029, -0.3747892896, 0.8565212425, -0.2213851884], [-0.6570032757, 0.7517474116, 0.0567672869, -0.0025806469], [-0.6651633982, -0.542594524, -0.5129803468, 0.7166175316]], [[-0.8033360482, -0.1893207333, 0.5646316087, 0.3944714086], [-0.5815784515, 0.0454081924, -0.8122220145, 0.2629305115], [0.1281315667, -0.9808648001, -0.1465828968, 0.8673717455]]),
    ("a", "a", 110138, [[0.6477018422, 0.0183831147, 0.7616720979, -0.1964761374], [-0.7615522877, -0.0143130156, 0.6479454071, 0.4833728352], [0.0228130793, -0.9997285625, 0.0047291365, 1.3973394534]], [[0.9622958623, -0.2300919105, -0.1450668332, 0.4984660407], [0.0851259802, -0.2517813168, 0.9640330575, -0.0686766241], [-0.2583413263, -0.9400339788, -0.2227013199, 0.961416619]]),
    ("e", "c", 110060, [[0.549914721, -0.7337066823, -0.3990843319, -0.6608055343], [0.2815068464, -0.2870424403, 0.9156202995, 0.4578607326], [-0.7863508727, -0.6158580533, 0.0486945908, 1.4487867427]], [[0.3275013068, -0.0918107923, 0.9403795364, 0.1062697999], [-0.8445159489, -0.474769838, 0.2477628158, 0.1245527797], [0.4237165398, -0.8753081625, -0.2330234208, 0.6066865991]]),
]


def _found_as_rendered(frames: list, size: tuple[int, int], cards, card_markers, max_corner_px: float, max_rotation_deg: float) -> None:
    ours, others = cards
    intr = CameraIntrinsics.default_for(*size)
    tracker = Tracker(intr, card_markers, smoothing=False)
    for ours_id, other_id, seed, ours_pose, other_pose in frames:
        poses = [np.vstack([np.array(p), [0, 0, 0, 1]]) for p in (ours_pose, other_pose)]
        specs = [MarkerSpec.for_payload(payload_for(URL, ours_id), 100.0), MarkerSpec.for_payload(payload_for(OTHER_URL, other_id), 100.0)]
        cam = SyntheticCamera(specs, intr, [poses], cards=[ours[ours_id], others[other_id]], noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, seed=seed)
        frame = cam.read()
        truth = next(t for t in frame.truth if t.payload == specs[0].payload)
        tracker.reset()
        dets = tracker.process(frame.image, 0.0)
        assert [d.marker_id for d in dets] == [ours_id], seed
        assert np.abs(dets[0].corners - truth.corners).max() < max_corner_px, seed
        assert dets[0].pose is not None
        assert rotation_error_deg(dets[0].pose, poses[0]) < max_rotation_deg, seed
        assert abs(dets[0].pose[2, 3] - poses[0][2, 3]) < 0.02 * poses[0][2, 3], seed


def test_a_card_with_one_corner_under_another_card(cards, card_markers):
    _found_as_rendered(CORNER_HIDDEN, (1280, 720), cards, card_markers, max_corner_px=1.5, max_rotation_deg=2.0)


def test_small_blurred_cards_told_from_their_sibling_code(cards, card_markers):
    _found_as_rendered(SMALL_SIBLINGS, (640, 480), cards, card_markers, max_corner_px=1.0, max_rotation_deg=3.0)


def test_a_cut_ring_is_completed_and_a_dark_pentagon_is_not():
    """cut_corner_quad on thresholded drawings: a square frame ring with its top-left corner
    hidden by a light triangle gives back the hidden corner; a solid dark pentagon of the same
    outline (dark just inside every side, and no ring) gives nothing."""
    import cv2

    from museum_ar.tracking.cut_corner import cut_corner_quad

    square = np.array([[100, 100], [300, 110], [290, 310], [95, 300]], np.int32)
    ring = np.zeros((400, 400), np.uint8)
    cv2.fillConvexPoly(ring, square, 255)
    inner = np.array([[112, 112], [288, 122], [278, 298], [107, 288]], np.int32)  # a frame ~6 % of the side, as printed
    cv2.fillConvexPoly(ring, inner, 0)
    cv2.fillConvexPoly(ring, np.array([[60, 60], [215, 60], [60, 215]], np.int32), 0)  # the light card over the corner
    contours, _ = cv2.findContours(ring, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    outline = max(contours, key=len)
    hull = cv2.convexHull(outline)
    quad = cut_corner_quad(hull, cv2.arcLength(hull, True), cv2.arcLength(outline, True), ring)
    assert quad is not None
    restored = quad.reshape(4, 2)
    assert min(np.abs(restored - square[0]).max(axis=1)) <= 2  # the hidden corner, back to ~2 px

    solid = np.zeros_like(ring)
    cv2.fillConvexPoly(solid, hull.reshape(-1, 2), 255)
    blob = max(cv2.findContours(solid, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)[0], key=len)
    blob_hull = cv2.convexHull(blob)
    assert cut_corner_quad(blob_hull, cv2.arcLength(blob_hull, True), cv2.arcLength(blob, True), solid) is None
    # (the ring test alone set aside: the cut side is dark inside too)
    assert cut_corner_quad(blob_hull, cv2.arcLength(blob_hull, True), 2 * cv2.arcLength(blob_hull, True), solid) is None
