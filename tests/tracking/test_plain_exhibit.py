"""An exhibit's plain artwork (a wash) whose outline the curator chose, in the one Tracker the
preview and `museum-ar track` use: found by its outline, never on another picture or an empty wall;
without the choice it is refused, never tracked silently (issue 19)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.core.exhibit import Exhibit, ImageTarget, Marker, Mount
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall
from museum_ar.tracking.tracker import Tracker

A3_MM = 420.0


@pytest.fixture(scope="module")
def arts():
    c = sa.collection()
    return {k: c[k] for k in ("wash", "painting-2", "etching-0")}


@pytest.fixture(scope="module")
def root(arts, tmp_path_factory):
    root = tmp_path_factory.mktemp("ausstellung")
    (root / "assets").mkdir()
    for k in ("wash", "painting-2"):
        cv2.imwrite(str(root / "assets" / f"{k}.png"), arts[k])
    return root


def _exhibit(outline: bool) -> Exhibit:
    return Exhibit(markers=[
        Marker("aquarell", A3_MM, mount=Mount.WALL, target=ImageTarget("assets/wash.png", A3_MM, outline=outline)),
        Marker("gemaelde", A3_MM, mount=Mount.WALL, target=ImageTarget("assets/painting-2.png", A3_MM)),
    ])


@pytest.fixture(scope="module")
def tracker_for(root, intr):
    ex = _exhibit(outline=True)
    return lambda: Tracker.from_exhibit(ex, intr, root)


def _frame(art, pose, intr, seed, **deg):
    rng = np.random.default_rng(seed)
    return degrade(render_artwork(wall(intr.width, intr.height, rng), art, A3_MM / 1000, pose, intr), rng, lighting=0.3, noise=2.0, **deg)


def test_without_the_choice_a_plain_artwork_is_refused(root, intr):
    with pytest.raises(TrackingError, match="no distinctive features"):
        Tracker.from_exhibit(_exhibit(outline=False), intr, root)


def test_the_chosen_outline_finds_the_wash(arts, tracker_for, intr):
    # the first of test_plain_picture's WASH_VIEWS: a view where the wash's outline shows
    truth = facing_pose(1.23, 18, 144, roll_deg=4)
    dets = tracker_for().process(_frame(arts["wash"], truth, intr, 1013, glare=0.15, motion_px=1.0), 0.0)
    assert [(d.marker_id, d.kind) for d in dets] == [("aquarell", "image")]
    assert rotation_error_deg(dets[0].raw_pose, truth) <= 3.0


@pytest.mark.parametrize("shown,expected", [("painting-2", ["gemaelde"]), ("etching-0", [])])
def test_the_wash_never_claims_another_picture(shown, expected, arts, tracker_for, intr):
    frame = _frame(arts[shown], facing_pose(0.9, 15, 30, roll_deg=3), intr, seed=7, glare=0.2)
    assert [d.marker_id for d in tracker_for().process(frame, 0.0)] == expected


def test_the_wash_never_claims_an_empty_wall_frame(tracker_for, intr):
    bg = wall(intr.width, intr.height, np.random.default_rng(2))
    cv2.rectangle(bg, (474, 244), (767, 456), (60, 50, 40), 6)  # inside 281 x 200 px: the wash's aspect
    tr = tracker_for()
    frame = degrade(bg, np.random.default_rng(2), lighting=0.3, noise=2.0)
    assert [tr.process(frame, i / 30) for i in range(3)] == [[], [], []]
