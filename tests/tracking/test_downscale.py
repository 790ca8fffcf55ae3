"""tracking.downscale.area_downscale gives cv2.INTER_AREA's values bit for bit (issue 14: the
480p search's 4/3 downscale went through OpenCV's slow generic path): on a rendered 640x480
clutter frame with a printed card, on noise, on black-and-white and on near-flat images (where
the rounding ties of the exact mean are many), for every factor it handles itself (4/3, 8/3,
8/5, 8/7) and for those it hands to cv2.resize; and the work buffers it keeps between calls
do not leak one image into the next."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, facing_pose
from museum_ar.tracking.downscale import area_downscale

URL = "https://ar.example.org/grass/"


def _images(h: int, w: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [
        rng.integers(0, 256, (h, w), dtype=np.uint8),
        rng.integers(0, 2, (h, w)).astype(np.uint8) * 255,  # 0/255 only: exact means end in .5 often
        rng.integers(100, 104, (h, w), dtype=np.uint8),  # near flat: many rounding ties
        np.full((h, w), 255, np.uint8),
        np.zeros((h, w), np.uint8),
    ]


@pytest.mark.parametrize(
    "w,h,dw,dh",
    [
        (640, 480, 480, 360),  # 4/3: the 480p search
        (1280, 960, 480, 360),  # 8/3
        (1024, 576, 640, 360),  # 8/5
        (96, 64, 84, 56),  # 8/7
        (1280, 720, 640, 360),  # 2: cv2.resize's own fast path
        (800, 600, 480, 360),  # 5/3: cv2.resize
        (642, 482, 480, 360),  # not a whole number of groups: cv2.resize
    ],
)
def test_same_values_as_inter_area(w, h, dw, dh):
    for img in _images(h, w, seed=w + h):
        assert np.array_equal(area_downscale(img, (dw, dh)), cv2.resize(img, (dw, dh), interpolation=cv2.INTER_AREA))


def test_rendered_vga_frame():
    intr = CameraIntrinsics.default_for(640, 480)
    spec = MarkerSpec.for_payload(payload_for(URL, "a"), 100.0, "a")
    cam = SyntheticCamera([spec], intr, [[facing_pose(0.5, 30, 20, 10)]], clutter=True, noise=2.0, blur=0.7, seed=3)
    grey = cv2.cvtColor(cam.read().image, cv2.COLOR_BGR2GRAY)
    assert np.array_equal(area_downscale(grey, (480, 360)), cv2.resize(grey, (480, 360), interpolation=cv2.INTER_AREA))
    # A view into a larger frame (not contiguous) is read as itself.
    wide = np.zeros((480, 700), np.uint8)
    wide[:, 30:670] = grey
    assert np.array_equal(area_downscale(wide[:, 30:670], (480, 360)), cv2.resize(grey, (480, 360), interpolation=cv2.INTER_AREA))


def test_buffers_do_not_leak_between_calls():
    a, b = _images(480, 640, seed=1)[:2]
    first = area_downscale(a, (480, 360))
    area_downscale(b, (480, 360))
    other_size = area_downscale(_images(960, 1280, seed=2)[0], (480, 360))
    assert np.array_equal(first, cv2.resize(a, (480, 360), interpolation=cv2.INTER_AREA))
    assert np.array_equal(area_downscale(a, (480, 360)), first)
    assert other_size.shape == (360, 480)
