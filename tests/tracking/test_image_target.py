"""Image targets: render flat artworks at known poses into gallery-like frames and recover them."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking import image_dense, image_target
from museum_ar.tracking.image_dense import dense_homography
from museum_ar.tracking.image_target import PRESELECT_KEEP, ImageTargetTracker, SearchOptions, compile_target
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, project_marker_points, render_artwork, wall

A4_M = 0.297  # landscape A4: 297 mm wide


@pytest.fixture(scope="module")
def arts() -> dict[str, np.ndarray]:
    return {"painting": sa.painting(11), "poster": sa.poster(21), "etching": sa.etching(3, contrast=0.6), "panel": sa.text_panel(31)}


@pytest.fixture(scope="module")
def targets(arts):
    return [compile_target(k, v, A4_M * 1000) for k, v in arts.items()]


def _frame(art, pose, intr, seed, **deg):
    rng = np.random.default_rng(seed)
    return degrade(render_artwork(wall(intr.width, intr.height, rng), art, A4_M, pose, intr), rng, **deg)


CASES = [(n, *c) for n in ("painting", "poster", "etching", "panel") for c in ((0.6, 0, 0), (0.9, 30, 0), (1.2, 20, 90))]


@pytest.mark.slow
# the hatched etching at 1.2 m turned 20 degrees was a known gap (found 2.6 degrees off); the pose
# from the dense alignment (`dense_homography`) is 0.2 degrees off
@pytest.mark.parametrize("name,distance,tilt,axis", CASES)
def test_pose_round_trip(name, distance, tilt, axis, arts, targets, intr):
    truth = facing_pose(distance, tilt, axis, roll_deg=8, offset_m=(0.03, -0.02))
    frame = _frame(arts[name], truth, intr, seed=int(distance * 10 + tilt), motion_px=2, glare=0.2)
    dets = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in dets] == [name]
    d = dets[0]
    assert rotation_error_deg(d.pose, truth) <= 1.0
    assert np.linalg.norm(d.pose[:3, 3] - truth[:3, 3]) <= 0.01 * distance  # 1 % of the distance


def test_marker_frame_convention(arts, targets, intr):
    """Origin at the picture's centre, +X right, +Z toward its bottom, +Y toward the camera."""
    truth = facing_pose(0.7)
    d = ImageTargetTracker(targets, intr).process(_frame(arts["painting"], truth, intr, 1))[0]
    R = d.pose[:3, :3]
    assert R[:, 0] @ [1, 0, 0] > 0.99 and R[:, 2] @ [0, 1, 0] > 0.99 and R[:, 1] @ [0, 0, -1] > 0.99
    assert np.allclose(d.pose[:3, 3], [0, 0, 0.7], atol=0.005)


@pytest.mark.slow
def test_never_the_wrong_one_in_a_series(intr):
    """Four crops of one plate with a changed figure each: look-alikes by design."""
    variants = sa.series(5)
    tg = [compile_target(f"s{i}", v, 297) for i, v in enumerate(variants)]
    found = 0
    for i, v in enumerate(variants):
        for j, truth in enumerate([facing_pose(0.6), facing_pose(1.0, 25)]):
            dets = ImageTargetTracker(tg, intr).process(_frame(v, truth, intr, 100 + i * 2 + j, motion_px=2))
            assert all(d.target_id == f"s{i}" for d in dets), f"s{i} seen as {[d.target_id for d in dets]}"
            found += len(dets)
    assert found >= 6  # 8 views; never wrong, nearly always found


@pytest.mark.slow
def test_two_artworks_at_once_then_followed_by_flow(arts, targets, intr):
    """Two pictures on one wall: both found, then followed frame to frame, steadily."""
    rng = np.random.default_rng(3)
    bg = wall(intr.width, intr.height, rng)
    p0a, p1a = facing_pose(1.0, 10, offset_m=(-0.2, 0)), facing_pose(0.95, 14, offset_m=(-0.18, 0.01))
    p0b, p1b = facing_pose(1.0, 10, offset_m=(0.2, 0)), facing_pose(0.95, 14, offset_m=(0.22, 0.01))
    tr = ImageTargetTracker(targets, intr)
    flows = 0
    errs = []
    for k in range(8):
        s = k / 7
        pa, pb = interpolate(p0a, p1a, s), interpolate(p0b, p1b, s)
        f = render_artwork(render_artwork(bg, arts["painting"], A4_M, pa, intr), arts["etching"], A4_M, pb, intr)
        f = degrade(f, rng, lighting=0.1, noise=1.5)
        dets = {d.target_id: d for d in tr.process(f)}
        assert set(dets) == {"painting", "etching"}
        errs.append((rotation_error_deg(dets["painting"].pose, pa), rotation_error_deg(dets["etching"].pose, pb)))
        flows += sum(d.tracked for d in dets.values())
    assert flows >= 12  # after the first frame, both are followed by optical flow
    errs = np.array(errs)
    assert errs[:, 0].max() <= 1.0
    # known gap (docs/image_targets.md): the hatched etching at 1 m — line features, where optical
    # flow slides along the strokes — has a median of ~1 degree and single frames up to ~2
    assert np.median(errs[:, 1]) <= 1.5 and errs.max() <= 2.5


def test_plain_picture_is_refused_with_a_clear_error():
    with pytest.raises(TrackingError, match="no distinctive features"):
        compile_target("wash", np.full((300, 400, 3), 200, np.uint8), 300)


def test_crop_outside_the_image_is_refused():
    with pytest.raises(TrackingError, match="outside"):
        compile_target("p", sa.painting(1), 300, crop=(800, 0, 400, 300))


# Steep views (50 degrees) at 1 m, where the previous search failed (benchmarks/image_targets.py
# --variants before,now): the plain ratio test threw the correct matches away (the target's pyramid
# holds each feature several times, so the second neighbour was the same feature), ORB alone lacked
# matches under that foreshortening, and IPPE on the corners picked the mirror-tilt solution.
def _steep(name, distance, tilt, axis, arts, intr):
    truth = facing_pose(distance, tilt, axis, roll_deg=8, offset_m=(0.03, -0.02))
    return truth, _frame(arts[name], truth, intr, seed=int(distance * 10 + tilt + axis), motion_px=2, glare=0.2)


@pytest.mark.parametrize("name,distance,tilt,axis", [("poster", 1.0, 50, 0), ("etching", 1.0, 50, 120), ("panel", 1.0, 50, 120)])
def test_steep_view_found_where_the_plain_ratio_test_failed(name, distance, tilt, axis, arts, targets, intr):
    truth, frame = _steep(name, distance, tilt, axis, arts, intr)
    dets = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in dets] == [name]
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0
    assert np.linalg.norm(dets[0].pose[:3, 3] - truth[:3, 3]) <= 0.01 * distance
    # the previous search (plain ratio test, no tilted training views) found nothing here
    old = [compile_target(k, v, A4_M * 1000, tilt_views=False) for k, v in arts.items()]
    assert ImageTargetTracker(old, intr, options=SearchOptions.before()).process(frame) == []


@pytest.mark.parametrize("distance,axis", [(1.0, 60), (1.3, 60)])
def test_steep_text_panel_pose_within_a_degree(distance, axis, arts, targets, intr):
    """The text panel at 50 degrees: without the tilted training views the pose was 2.4 degrees off
    (1.0 m), and with IPPE's corner choice the mirror solution, 94 degrees off (1.3 m)."""
    truth, frame = _steep("panel", distance, 50, axis, arts, intr)
    dets = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in dets] == ["panel"]
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0


def test_tilted_training_views_land_inside_the_picture(arts):
    """The affine-warped views' features are mapped back into reference pixels: inside the picture,
    and more of them than the plain pyramid's."""
    t = compile_target("etching", arts["etching"], A4_M * 1000)
    plain = compile_target("etching", arts["etching"], A4_M * 1000, tilt_views=False)
    w, h = t.ref_size
    assert len(t.points) > len(plain.points) + 400
    assert (t.points[:, 0] >= -1).all() and (t.points[:, 0] <= w + 1).all()
    assert (t.points[:, 1] >= -1).all() and (t.points[:, 1] <= h + 1).all()
    assert np.allclose(t.points[: len(plain.points)], plain.points)  # the pyramid's features come first, unchanged


# Far views (1.8-2.4 m, the picture 130-170 px wide): the pose from the feature inliers (tens of
# blobs from the coarse pyramid levels) was 2-22 degrees off; from the homography aligned on every
# pixel (`dense_homography`, ECC) it is within a degree.
def _far(name, distance, tilt, axis, arts, intr):
    truth = facing_pose(distance, tilt, axis, roll_deg=5)
    rng = np.random.default_rng(int(distance * 10 + tilt))
    return truth, degrade(render_artwork(wall(intr.width, intr.height, rng), arts[name], A4_M, truth, intr), rng, motion_px=1, glare=0.1)


def _within_a_degree_only_with(view, name, targets, intr, **without):
    """`name` found in the view (truth, frame) with its pose within a degree, and the same frame
    more than a degree off with the search options `without` (what the fix switched on) undone."""
    truth, frame = view
    dets = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in dets] == [name]
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0
    before = ImageTargetTracker(targets, intr, options=dataclasses.replace(SearchOptions(), **without)).process(frame)
    assert [d.target_id for d in before] == [name] and rotation_error_deg(before[0].pose, truth) > 1.0


FAR = [("panel", 2.2, 25, 90), ("painting", 2.0, 10, 45), ("poster", 2.2, 25, 90), ("panel", 2.0, 10, 45), ("panel", 2.4, 35, 135)]


@pytest.mark.parametrize("name,distance,tilt,axis", [FAR[0], *(pytest.param(*c, marks=pytest.mark.slow) for c in FAR[1:])])
def test_far_view_pose_from_the_dense_alignment(name, distance, tilt, axis, arts, targets, intr):
    # without it: the features' pose alone, on the same frame (the search before the dense alignment)
    _within_a_degree_only_with(_far(name, distance, tilt, axis, arts, intr), name, targets, intr, dense_pose=False)


# Far views nearly head-on (or steep on a text panel): with the whole picture aligned, the frame's
# high-pass along the outline mixed in the wall and pulled its sides unevenly (1.6-17 degrees off);
# the alignment on the picture's inside only (`dense_edge_sigmas`) is within a degree.
EDGE = [("painting", 2.0, 5, 0), ("panel", 2.2, 3, 30), ("panel", 1.9, 45, 135)]


@pytest.mark.parametrize("name,distance,tilt,axis", [EDGE[0], *(pytest.param(*c, marks=pytest.mark.slow) for c in EDGE[1:])])
def test_far_view_aligned_on_the_inside_of_the_picture(name, distance, tilt, axis, arts, targets, intr):
    # without it: the whole picture aligned, outline and all
    _within_a_degree_only_with(_far(name, distance, tilt, axis, arts, intr), name, targets, intr, dense_edge_sigmas=0.0)


# Pictures 300-420 px wide on screen (0.8-0.9 m): the features' pose was 1.6-5.8 degrees off; the
# inside-only alignment is within a degree there too (DENSE_BELOW_PX raised from 300 to 420).
MID = [("etching", 0.9, 5, 0), ("panel", 0.8, 30, 90)]


@pytest.mark.parametrize("name,distance,tilt,axis", [MID[0], pytest.param(*MID[1], marks=pytest.mark.slow)])
def test_mid_distance_pose_from_the_dense_alignment(name, distance, tilt, axis, arts, targets, intr, monkeypatch):
    truth, frame = _far(name, distance, tilt, axis, arts, intr)
    dets = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in dets] == [name]
    assert np.linalg.norm(dets[0].corners[1] - dets[0].corners[0]) > 300
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0
    monkeypatch.setattr(image_dense, "DENSE_BELOW_PX", 300)  # the previous limit: the features' pose
    old = ImageTargetTracker(targets, intr).process(frame)
    assert [d.target_id for d in old] == [name] and rotation_error_deg(old[0].pose, truth) > 1.0


def test_dense_alignment_refuses_a_wrong_start(arts, targets, intr):
    """Started 40 % of the picture's width off, the alignment does not take (None), so the
    features' homography stays."""
    truth, frame = _far("painting", 0.6, 10, 0, arts, intr)
    t = next(x for x in targets if x.target_id == "painting")
    H = true_homography(t, truth, intr)
    assert dense_homography(t, H, frame[:, :, 0]) is None  # DENSE_BELOW_PX (420 px) wide or more (about 500 px here): the features' own refinement is used
    truth, frame = _far("painting", 2.0, 10, 45, arts, intr)
    H = true_homography(t, truth, intr)
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    good = dense_homography(t, H, grey)
    assert good is not None and np.abs(cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), good) - cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), H)).max() < 1.0
    w = t.ref_size[0]
    off = np.array([[1, 0, 0.4 * w], [0, 1, 0], [0, 0, 1.0]])
    assert dense_homography(t, H @ off, grey) is None


@pytest.mark.slow
def test_many_targets_preselected_same_finds(intr):
    """With more artworks than PRESELECT_KEEP, only the best-voted few are matched in full; the
    finds are those of matching every target in full."""
    arts = sa.collection()
    tg = [compile_target(k, v, A4_M * 1000) for k, v in arts.items() if k.split("-")[0] in ("painting", "poster", "panel", "etching")]
    assert len(tg) > PRESELECT_KEEP
    fast = ImageTargetTracker(tg, intr)
    full = ImageTargetTracker(tg, intr, options=dataclasses.replace(SearchOptions(), preselect_keep=0))
    found = 0
    for i, t in enumerate(tg[::2]):
        truth = facing_pose(0.9 + 0.1 * (i % 5), 15, 30 * i)
        rng = np.random.default_rng(i)
        frame = degrade(render_artwork(wall(intr.width, intr.height, rng), arts[t.target_id], A4_M, truth, intr), rng, motion_px=1)
        a, b = fast.process(frame), full.process(frame)
        fast.reset()
        full.reset()
        assert [d.target_id for d in a] == [d.target_id for d in b]
        assert all(d.target_id == t.target_id for d in a)
        found += len(a)
    assert found >= len(tg[::2]) - 1


def true_homography(t, pose, intr) -> np.ndarray:
    """Reference pixels -> frame pixels at the ground-truth pose."""
    hw, hh = t.width_m / 2, t.height_m / 2
    corners_m = np.array([[-hw, 0, -hh], [hw, 0, -hh], [hw, 0, hh], [-hw, 0, hh]])
    return cv2.getPerspectiveTransform(t.corners_ref(), project_marker_points(corners_m, pose, intr).astype(np.float32))


@pytest.mark.parametrize("every", [None, 4])
def test_a_picture_coming_into_view_is_found_at_the_next_idle_search(every, arts, targets, intr):
    """While nothing is followed, the frames are searched on every IDLE_SEARCH_EVERY-th frame, or
    every `image_search_every`-th (the app's preview: the search is most of a frame's tracking):
    a picture in view from frame 1 on is found at the first search after it, and then followed."""
    from museum_ar.tracking import Tracker

    every_n = every or image_target.IDLE_SEARCH_EVERY
    tracker = Tracker(intr, image_targets=targets, image_search_every=every)
    rng = np.random.default_rng(5)
    empty = wall(intr.width, intr.height, rng)
    pose = facing_pose(0.6, 10)
    first = None
    for k in range(every_n + 2):
        f = empty if k == 0 else render_artwork(empty, arts["painting"], A4_M, pose, intr)
        seen = [d for d in tracker.process(degrade(f, rng, lighting=0.1, noise=1.5), k / 30) if d.marker_id == "painting"]
        if seen and first is None:
            first = k
        assert bool(seen) == (first is not None)  # once found, never lost
    assert first == every_n
