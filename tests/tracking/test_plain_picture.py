"""A plain picture (the wash: no features) compiled on request from its appearance and aspect only,
found and followed by its outline; never an empty wall frame of its aspect, never another picture."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.tracking.image_target import ImageTargetTracker, SearchOptions, compile_target
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall
import wash_targets as wash

A3_M = wash.A3_M
arts, targets = wash.arts, wash.targets  # the shared fixtures (tests/wash_targets.py)


def _frame(art, pose, intr, seed, **deg):
    rng = np.random.default_rng(seed)
    return degrade(render_artwork(wall(intr.width, intr.height, rng), art, A3_M, pose, intr), rng, lighting=0.3, noise=2.0, **deg)


def test_plain_picture_compiles_without_features_only_on_request(arts):
    with pytest.raises(TrackingError, match="no distinctive features"):
        compile_target("wash", arts["wash"], 420)
    t = compile_target("wash", arts["wash"], 420, plain_ok=True)
    assert t.plain and len(t.points) == 0 and t.reference is not None
    assert t.height_m == pytest.approx(0.42 * 640 / 900, rel=0.01)
    assert not compile_target("p", arts["painting-2"], 420, plain_ok=True).plain


# Views whose outline shows: the wash is about as light as the gallery wall, so along much of its
# edge there is no edge; of 40 random views at 0.6-1.5 m (lighting, glare 0.15, 1 px motion blur)
# these 3 closed a quad (docs/image_targets.md)
WASH_VIEWS = [(1.23, 18, 144, 1013), (1.45, 40, 130, 1025), (1.04, 22, 19, 1035)]


@pytest.mark.parametrize("distance,tilt,axis,seed", WASH_VIEWS)
def test_wash_found_by_its_outline(distance, tilt, axis, seed, arts, targets, intr):
    truth = facing_pose(distance, tilt, axis, roll_deg=4)
    frame = _frame(arts["wash"], truth, intr, seed, glare=0.15, motion_px=1.0)
    ts = list(targets.values())
    assert ImageTargetTracker(ts, intr, options=SearchOptions(plain_targets=False)).process(frame) == []
    dets = ImageTargetTracker(ts, intr).process(frame)
    assert [d.target_id for d in dets] == ["wash"]
    # posed by the outline's corners alone (1-2 px): within a few degrees, position within 2 %
    assert rotation_error_deg(dets[0].pose, truth) <= 3.0
    assert np.linalg.norm(dets[0].pose[:3, 3] - truth[:3, 3]) <= 0.02 * distance


def test_wash_followed_by_its_outline(arts, targets, intr):
    """A slow hand-held move at 1.2 m: found, then followed by its outline (no full search) on every
    frame. (A larger move on this wall loses it: 3 frames on, no side of it is edge enough.)"""
    p0, p1 = facing_pose(1.23, 18, 144, roll_deg=4), facing_pose(1.22, 18.6, 143.4, roll_deg=4.3, offset_m=(0.006, 0.003))
    tr = ImageTargetTracker([targets["wash"], targets["painting-2"]], intr)
    states, errs = [], []
    for k in range(8):
        truth = interpolate(p0, p1, k / 7)
        rng = np.random.default_rng(1013)  # the wall and the light of the first of WASH_VIEWS
        frame = degrade(render_artwork(wall(intr.width, intr.height, rng), arts["wash"], A3_M, truth, intr), rng, lighting=0.3, noise=2.0,
                        glare=0.15, motion_px=1.0)
        dets = tr.process(frame)
        assert [d.target_id for d in dets] == ["wash"]
        states.append(dets[0].tracked)
        errs.append(rotation_error_deg(dets[0].pose, truth))
    assert states == [False] + [True] * 7
    assert max(errs) <= 3.0


def test_an_empty_wall_frame_of_its_aspect_is_not_the_wash(targets, intr):
    """A dark frame 281 x 200 px (the wash's 1.41) round the gallery wall, head on: its outline is a
    rectangle of the wash's aspect, its inside the wall's faint blotches, not a plain picture."""
    for seed in range(4):
        bg = wall(intr.width, intr.height, np.random.default_rng(seed))
        x, y = 480, 250
        cv2.rectangle(bg, (x - 6, y - 6), (x + 281 + 6, y + 200 + 6), (60, 50, 40), 6)
        frame = degrade(bg, np.random.default_rng(seed), lighting=0.3, noise=2.0)
        assert ImageTargetTracker(list(targets.values()), intr).process(frame) == []


@pytest.mark.parametrize("frame_grey", [60, 250])
def test_an_empty_frame_on_a_plain_wall_is_not_the_wash(frame_grey, targets, intr):
    """A wall as plain as the wash: the frame's band (dark, or a white mount) along its outline tells
    it from the wash's one step from wall to picture."""
    bg = np.full((intr.height, intr.width, 3), 185, np.uint8)
    cv2.rectangle(bg, (474, 244), (767, 456), (frame_grey,) * 3, 6)  # inside 281 x 200 px: the wash's aspect
    frame = degrade(bg, np.random.default_rng(3), lighting=0.3, noise=2.0)
    assert ImageTargetTracker(list(targets.values()), intr).process(frame) == []


@pytest.mark.parametrize("shown", ["panel-1", "etching-0", "series-0", "painting-2"])
@pytest.mark.parametrize("distance", [0.9, 2.2])
def test_a_picture_of_its_aspect_is_not_the_wash(shown, distance, arts, targets, intr):
    """Only the wash is wanted: the features cannot claim the picture shown, its outline is there."""
    frame = _frame(arts[shown], facing_pose(distance, 15, 30, roll_deg=3), intr, seed=7, glare=0.2)
    assert ImageTargetTracker([targets["wash"]], intr).process(frame) == []
