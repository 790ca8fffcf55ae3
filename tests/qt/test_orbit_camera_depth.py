"""The placement view's projection keeps depth steps fine at any orbit distance: two surfaces
0.2 mm apart land on different values of a 24-bit depth buffer whether the camera orbits a small
model at 0.3 m or a truck at true size from 15 m (a fixed 5 mm near plane merged them from ~6 m
on, and the parts flickered through each other)."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.qt.orbit_camera import MAX_DISTANCE, MIN_DISTANCE, OrbitCamera


def _depth_24bit(proj: np.ndarray, view: np.ndarray, point: np.ndarray) -> int:
    clip = proj @ view @ np.append(point, 1.0)
    ndc_z = clip[2] / clip[3]
    return int(round((ndc_z * 0.5 + 0.5) * (2**24 - 1)))


@pytest.mark.parametrize("distance", [MIN_DISTANCE, 0.3, 2.0, 6.0, 15.0, MAX_DISTANCE])
def test_layers_a_fifth_of_a_millimetre_apart_stay_apart(distance):
    cam = OrbitCamera()
    cam.target = np.zeros(3)
    cam.distance = distance
    view = cam.view()
    towards_eye = (cam.eye() - cam.target) / np.linalg.norm(cam.eye() - cam.target)
    back = _depth_24bit(cam.projection(16 / 9), view, cam.target)
    front = _depth_24bit(cam.projection(16 / 9), view, cam.target + 0.0002 * towards_eye)
    assert back - front >= 2


def test_what_is_in_front_of_the_target_is_not_cut_off():
    cam = OrbitCamera()
    cam.target = np.zeros(3)
    cam.distance = 10.0
    towards_eye = (cam.eye() - cam.target) / np.linalg.norm(cam.eye() - cam.target)
    # a point 9.8 m nearer the eye than the target (a model 2 x 9.8 m deep) is still inside the view volume
    clip = cam.projection(1.0) @ cam.view() @ np.append(9.8 * towards_eye, 1.0)
    assert -clip[3] <= clip[2] <= clip[3]
