"""How far the tracker shrinks a frame before searching it for squares: the first, whole-frame
search and the looks made when a marker is missing (tracker.py, Tracker._codes)."""

from __future__ import annotations

import math

from ..markers.tracking_params import SEARCH

SEARCH_HEIGHT_PX = SEARCH["search_height_px"]  # the whole-frame search runs on the frame area-downscaled to about this height


def search_scale(height: int) -> float:
    """Downscale factor of the looks made when something is missing (the faint, blurred and
    deblurred looks scale from it): to about SEARCH_HEIGHT_PX rows, 720p -> 2, 480p -> 1.33,
    1080p -> 3."""
    return max(1.0, height / SEARCH_HEIGHT_PX)


def first_search_scale(height: int) -> int:
    """Downscale factor of every frame's first, whole-frame search: the smallest whole number
    that brings the frame to at most ~SEARCH_HEIGHT_PX rows (720p -> 2, 640x480 -> 2, 1080p -> 3).
    A whole factor is OpenCV's INTER_AREA fast path (0.06 ms for 640x480 -> 320x240); 480p's 4/3
    took 0.23 ms on a warm cache and 0.46 ms in the benchmark, where other detectors run between
    our frames (its uint16 sums, ~2 MB, come back from memory), and 640x480 ran at 1.07-1.08x
    720p's time; now 0.92x, with the same 192 of 200 found (issue 14; docs/tracking.md). The
    320x240 search still finds cards to ~2 m with the default 640x480 camera; smaller ones are
    found by the full-resolution look that follows whenever a marker is missing, as before."""
    return max(1, math.ceil(height / SEARCH_HEIGHT_PX - 1e-9))
