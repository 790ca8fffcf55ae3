"""Marker -> camera pose of a square from its four corners (IPPE for squares)."""

from __future__ import annotations

import math

import cv2
import numpy as np

from ..markers.tracking_params import POSE
from .intrinsics import CameraIntrinsics

if POSE["method"] != "ippe_square":
    raise ValueError(f"tracking_params.POSE method {POSE['method']!r}: only 'ippe_square' is implemented")
REFINE_LM = POSE["refine"] == "lm"

# solvePnP's IPPE_SQUARE wants its object points in the z = 0 plane, ordered
# (-h, h), (h, h), (h, -h), (-h, -h). Our marker frame has the paper in y = 0 with corners
# TL (-h, 0, -h), TR, BR, BL: (x, y, z)_marker -> (x, -z, y)_ippe.
MARKER_TO_IPPE = np.array([[1.0, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]])


def _ippe_object_points(edge_m: float) -> np.ndarray:
    h = edge_m / 2
    return np.array([[-h, h, 0], [h, h, 0], [h, -h, 0], [-h, -h, 0]], np.float64)


def square_poses(corners: np.ndarray, edge_m: float, intr: CameraIntrinsics) -> list[tuple[np.ndarray, float]]:
    """Both IPPE solutions (marker -> camera 4x4, reprojection error in px), best first.
    corners: TL TR BR BL of the tracked square in the image."""
    obj = _ippe_object_points(edge_m)
    img = corners.astype(np.float64).reshape(4, 1, 2)
    K, dist = intr.matrix(), intr.dist_coeffs()
    _ok, rvecs, tvecs, _errs = cv2.solvePnPGeneric(obj, img, K, dist, flags=cv2.SOLVEPNP_IPPE_SQUARE)
    seen = img.reshape(4, 2).tolist()
    out = []
    for rv, tv in zip(rvecs, tvecs):
        # IPPE is analytic (from the homography's Jacobian at the centre); a few Levenberg-
        # Marquardt steps on the reprojection error take it to the least-squares pose. Seen
        # face-on that matters: IPPE's two answers there are tilted by ~1 degree either way.
        if REFINE_LM:
            rv, tv = cv2.solvePnPRefineLM(obj, img, K, dist, rv.copy(), tv.copy())
        proj, _ = cv2.projectPoints(obj, rv, tv, K, dist)
        # RMS reprojection error, in plain floats (numpy's overhead was ~1/10 of the pose's
        # time; the same sums in the same order: the same value)
        sq = [(px - sx) * (px - sx) + (py - sy) * (py - sy) for (px, py), (sx, sy) in zip(proj.reshape(4, 2).tolist(), seen)]
        e = math.sqrt((sq[0] + sq[1] + sq[2] + sq[3]) / 4)
        T = np.eye(4)
        T[:3, :3] = cv2.Rodrigues(rv)[0]
        T[:3, 3] = tv.ravel()
        T = T @ MARKER_TO_IPPE
        if T[2, 3] > 0:
            out.append((T, e))
    out.sort(key=lambda s: s[1])
    return out


def rotation_angle(R1: np.ndarray, R2: np.ndarray) -> float:
    """Angle (radians) between two rotations."""
    c = (np.trace(R1[:3, :3].T @ R2[:3, :3]) - 1) / 2
    return float(np.arccos(np.clip(c, -1.0, 1.0)))


def choose_pose(solutions: list[tuple[np.ndarray, float]], previous: np.ndarray | None) -> tuple[np.ndarray, float] | None:
    """A square seen nearly face-on has two near-equal solutions (it could be tilted either way).
    Keep the one closest to the previous frame's pose — filters smooth noise, not flips — unless
    the other explains the corners clearly better."""
    if not solutions:
        return None
    if previous is None or len(solutions) == 1:
        return solutions[0]
    best, other = solutions[0], solutions[1]
    if other[1] > best[1] * 4 + 0.5:  # the runner-up really does not fit: not an ambiguity
        return best
    return min(solutions, key=lambda s: rotation_angle(s[0], previous))
