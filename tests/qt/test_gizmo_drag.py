"""The gizmo's maths without a window: picking never guesses between overlapping handles, and a
drag keeps the grabbed point under the pointer from any side and at any distance."""

from __future__ import annotations

import math

import numpy as np
import pytest

from museum_ar.core.transform import Transform
from museum_ar.qt.gizmo_drag import GizmoDrag, pick_handle
from museum_ar.render.camera import look_at, perspective
from museum_ar.render.geometry import project_points

W, H = 800, 600


def camera(eye, target=(0.0, 0.0, 0.0), up=(0.0, 1.0, 0.0)):
    return perspective(40.0, W / H) @ look_at(np.array(eye, dtype=float), np.array(target, dtype=float), up)


def px(vp, point):
    return project_points(np.array([point], dtype=float), vp, W, H)[0]


def test_the_centre_and_an_arrow_seen_end_on_are_not_handles():
    vp = camera((0.0, 1.0, 0.0001), up=(0.0, 0.0, -1.0))  # straight down the y arrow
    g, size = np.eye(4), 0.1
    centre = px(vp, (0, 0, 0))
    assert pick_handle(*centre, "translate", g, size, vp, W, H) is None  # not a random axis
    assert pick_handle(*px(vp, (0.08, 0, 0)), "translate", g, size, vp, W, H) == "x"
    assert pick_handle(*px(vp, (0, 0, 0.08)), "translate", g, size, vp, W, H) == "z"


def test_where_two_rings_cross_the_one_facing_the_camera_wins():
    vp = camera((0.0, 0.05, 0.6))  # looking along -z: the z ring faces us, x and y rings are edge-on
    g, size = np.eye(4), 0.1
    top = px(vp, (0, size, 0))  # on the z ring and on the (edge-on) x ring
    assert pick_handle(*top, "rotate", g, size, vp, W, H) == "z"
    assert pick_handle(*top, "rotate", g, size, vp, W, H) == "z"  # every time


@pytest.mark.parametrize("distance", [0.3, 1.0, 4.0])
@pytest.mark.parametrize("yaw", [20.0, 110.0, 250.0])
def test_a_move_drag_keeps_the_grabbed_point_under_the_pointer(distance, yaw):
    y = math.radians(yaw)
    vp = camera((distance * math.sin(y), distance * 0.6, distance * math.cos(y)))
    g, size = np.eye(4), 0.25 * distance * 0.36
    start = Transform()
    press = px(vp, (size * 0.7, 0, 0))
    drag = GizmoDrag("translate", "x", start, g, size, vp, (W, H), tuple(press))
    direction = px(vp, (size, 0, 0)) - press
    target = press + direction / np.linalg.norm(direction) * 60  # 60 px along the arrow
    moved = drag.transform_at(*target)
    grabbed_now = np.array([float(drag.grab), 0, 0]) + np.array(moved.translation)
    assert np.linalg.norm(px(vp, grabbed_now) - target) < 0.5


def test_a_turn_drag_follows_the_pointer_round_the_ring():
    vp = camera((0.0, 0.8, 0.4))
    g, size = np.eye(4), 0.1
    start = Transform()
    at = lambda deg: px(vp, (size * math.sin(math.radians(deg)), 0, size * math.cos(math.radians(deg))))  # noqa: E731
    drag = GizmoDrag("rotate", "y", start, g, size, vp, (W, H), tuple(at(0)))
    turned = drag.transform_at(*at(90))
    r = turned.matrix()[:3, :3]
    assert np.allclose(r @ np.array([0, 0, 1.0]), [1.0, 0, 0], atol=1e-6)  # a quarter turn about y
    snapped = drag.transform_at(*at(50), snapping=True)
    assert np.allclose(snapped.matrix()[:3, :3] @ np.array([0, 0, 1.0]), [math.sin(math.radians(45)), 0, math.cos(math.radians(45))], atol=1e-6)
