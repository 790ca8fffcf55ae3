"""A marker seen almost edge-on: far off-centre (~25 degrees off the optical axis) and tilted 56
degrees, it is a thin rhombus whose frame is ~1 px wide across its long sides."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.tracking import SyntheticCamera, Tracker, facing_pose
from museum_ar.tracking.identity import match_known
from museum_ar.tracking.quads import refine_corners


@pytest.mark.parametrize("seed", [3, 4])
def test_thin_rhombus_refines_and_reads(intr, exhibit_markers, seed):
    """Edge profiles must not reach past the thin frame into the code's modules (their reach is
    bounded by the quad's height over each side, not only by its shortest side)."""
    spec = exhibit_markers[0]
    truth = facing_pose(1.095, 56.13, 73.75, 49.32, offset_m=(-0.518, 0.003))
    frame = SyntheticCamera([spec], intr, [[truth]], noise=2.0, blur=0.7, seed=seed).read()
    grey = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    corners = frame.truth[0].corners.astype(np.float64)
    d1, d2 = corners[1] - corners[0], corners[2] - corners[1]
    if d1[0] * d2[1] - d1[1] * d2[0] < 0:  # refine_corners takes a clockwise quad (image y down)
        corners = corners[::-1].copy()
    sides = np.linalg.norm(corners - np.roll(corners, -1, axis=0), axis=1)
    area = cv2.contourArea(corners.astype(np.float32))
    assert area / sides.max() < 0.5 * sides.min()  # the quad is much thinner than its sides are long

    tracker = Tracker(intr, exhibit_markers, smoothing=False)
    refined = refine_corners(grey, corners, tracker.inner_frac)
    assert refined is not None
    assert np.abs(refined - corners).max() < 1.5  # the acute corners sit where near-parallel sides meet
    ident = match_known(grey, refined, tracker.candidates)
    assert ident is not None and tracker.known[ident.key].id == spec.id


def test_edge_spread_of_a_tiny_quad_does_not_report_the_previous_quads_sides():
    """edge_spread keeps the last call's per-side spreads for its callers (the blur retry, coasting,
    identity's blur model). A quad too small to measure returned 0 but left the previous quad's
    four values there (found by mypy's review of quads.py)."""
    import cv2
    import numpy as np

    from museum_ar.tracking.quads import edge_spread

    grey = np.full((200, 200), 230, np.uint8)
    cv2.rectangle(grey, (50, 50), (150, 150), 20, -1)
    grey = cv2.GaussianBlur(grey, (0, 0), 3.0)
    big = np.array([[50, 50], [150, 50], [150, 150], [50, 150]], np.float64)
    assert edge_spread(grey, big, 0.1) > 1.0
    assert edge_spread.per_side.max() > 1.0
    tiny = np.array([[10, 10], [14, 10], [14, 14], [10, 14]], np.float64)
    assert edge_spread(grey, tiny, 0.1) == 0.0
    assert not edge_spread.per_side.any()
