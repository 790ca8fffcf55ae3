"""Whether a homography (a picture's reference -> the frame) can be a real view of a flat
picture: the check the features' search, the outline search, the following and the dense
alignment of image targets all apply before they believe a homography."""

from __future__ import annotations

import cv2
import numpy as np


def homography_is_sane(H: np.ndarray, ref_size: tuple[int, int], frame_size: tuple[int, int]) -> bool:
    """A real view of a flat picture: a convex quad, not mirrored, not absurdly small or stretched."""
    if H is None or not np.all(np.isfinite(H)):
        return False
    w, h = ref_size
    c = cv2.perspectiveTransform(np.array([[[0, 0], [w, 0], [w, h], [0, h]]], np.float32), H)[0]
    if not cv2.isContourConvex(c.astype(np.float32)):
        return False
    area = cv2.contourArea(c)  # signed? contourArea is unsigned; check orientation separately
    e1, e2 = c[1] - c[0], c[3] - c[0]
    cross = e1[0] * e2[1] - e1[1] * e2[0]
    if cross <= 0 or area < 400:  # mirrored, or under 20x20 px
        return False
    sides = [np.linalg.norm(c[(i + 1) % 4] - c[i]) for i in range(4)]
    if max(sides) > 8 * min(sides) * max(w, h) / min(w, h):
        return False
    fw, fh = frame_size
    return bool(area < 40 * fw * fh)
