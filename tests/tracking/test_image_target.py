"""Image targets: render flat artworks at known poses into gallery-like frames and recover them."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker, SearchOptions, compile_target
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

A4_M = 0.297  # landscape A4: 297 mm wide


@pytest.fixture(scope="module")
def intr() -> CameraIntrinsics:
    return CameraIntrinsics.default_for(1280, 720)


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
KNOWN_GAP = pytest.mark.xfail(reason="known gap (docs/image_targets.md): a hatched etching at 1.2 m turned 20 degrees with motion blur is not found yet", strict=False)


@pytest.mark.slow
@pytest.mark.parametrize("name,distance,tilt,axis", [pytest.param(*c, marks=KNOWN_GAP) if c == ("etching", 1.2, 20, 90) else c for c in CASES])
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
