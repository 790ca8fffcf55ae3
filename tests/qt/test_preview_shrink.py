"""The capture thread shrinks each camera picture to the preview's size (capture.shrink_for_display):
exactly the letterbox's size, close to a plain area average, and the area average itself when the
factor is a whole power of two."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.qt.capture import shrink_for_display


@pytest.fixture(scope="module")
def frame() -> np.ndarray:
    """A demo-camera-like picture: blotches, hard edges and sensor noise, BGR."""
    rng = np.random.default_rng(2)
    g = cv2.resize(rng.uniform(100, 200, (20, 34)).astype(np.float32), (1280, 720), interpolation=cv2.INTER_CUBIC)
    cv2.rectangle(g, (400, 200), (700, 500), 10.0, -1)
    g += rng.normal(0, 2.5, g.shape).astype(np.float32)
    return cv2.cvtColor(np.clip(g, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


@pytest.mark.parametrize("size", [(560, 400), (480, 270), (900, 700), (1000, 562), (333, 999), (200, 90)])
def test_the_shrunk_picture_is_the_letterbox_size_and_looks_like_the_area_average(frame, size):
    out = shrink_for_display(frame, size)
    scale = min(size[0] / 1280, size[1] / 720)
    want = (max(1, int(1280 * scale)), max(1, int(720 * scale)))
    assert out is not None and (out.shape[1], out.shape[0]) == want and out.dtype == np.uint8
    area = cv2.resize(frame, want, interpolation=cv2.INTER_AREA).astype(int)
    assert np.abs(out.astype(int) - area).mean() < 1.5
    # the dark square's edge stays where it was: no shift of the picture
    cols = np.flatnonzero(out[want[1] // 2, :, 0] < 55)
    assert abs(cols[0] - 400 * want[0] / 1280) <= 1.5 and abs(cols[-1] - 700 * want[0] / 1280) <= 1.5


def test_a_whole_power_of_two_is_the_area_average_exactly(frame):
    out = shrink_for_display(frame, (486, 180))  # the benchmark's dock: 320x180, a quarter
    assert np.array_equal(out, cv2.resize(frame, (320, 180), interpolation=cv2.INTER_AREA))


def test_nothing_to_shrink(frame):
    assert shrink_for_display(frame, None) is None
    assert shrink_for_display(frame, (1280, 800)) is None
    assert shrink_for_display(frame, (1250, 710)) is None  # under 5 % smaller: shown as it is
