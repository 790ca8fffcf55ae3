"""The first search's downscale is a whole number (OpenCV's fast INTER_AREA path), and a 640x480
card too small for that search (320x240) is still found by the full-resolution look after it
(issue 14: 640x480 no slower than 720p)."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking.search_scales import first_search_scale, search_scale


@pytest.mark.parametrize("height, first, looks", [(240, 1, 1.0), (360, 1, 1.0), (480, 2, 480 / 360), (540, 2, 1.5),
                                                  (720, 2, 2.0), (1080, 3, 3.0), (1200, 4, 1200 / 360)])
def test_the_first_search_shrinks_by_a_whole_number_to_at_most_360_rows(height, first, looks):
    assert first_search_scale(height) == first
    assert height / first <= 360 or first == 1
    assert search_scale(height) == pytest.approx(looks)  # (the looks made when something is missing, as before)


def test_a_small_card_in_a_vga_stream_is_found_at_full_resolution(single_frames):
    # 2.2-2.6 m with the default 640x480 camera: the card is ~25 px wide, ~12 px in the 320x240
    # search, which alone finds 3 of these 8 (measured); the full-resolution look finds 7
    found, wrong = single_frames(8, (2.2, 2.6), (0, 30), 7, 700, lambda d: -0.12 * d, CameraIntrinsics.default_for(640, 480))
    assert wrong == 0
    assert found >= 6


def test_the_vga_search_image_is_a_plain_half(monkeypatch):
    import cv2

    from museum_ar.tracking import quads

    grey = np.random.default_rng(1).integers(0, 256, (480, 640), dtype=np.uint8)
    seen = {}

    def spy(img, size):
        seen["size"] = size
        return cv2.resize(img, size, interpolation=cv2.INTER_AREA)

    monkeypatch.setattr(quads, "area_downscale", spy)
    quads.find_candidates(grey, scale=first_search_scale(480))
    assert seen["size"] == (320, 240)
