"""An image target's pose from its matched points: IPPE on the homography's corners, refined on
every inlier (Levenberg-Marquardt), the better-fitting of IPPE's two solutions kept."""

from __future__ import annotations

import cv2
import numpy as np

from ..markers.image_compile import CompiledTarget
from .intrinsics import CameraIntrinsics


def pose_from_points(target: CompiledTarget, ref_pts: np.ndarray, img_pts: np.ndarray, H: np.ndarray, intr: CameraIntrinsics,
                     both_solutions: bool = True) -> tuple[np.ndarray, float] | None:
    """Marker -> camera from the homography's corners (IPPE), refined on all inliers (LM)."""
    K, dist = intr.matrix(), intr.dist_coeffs()
    corners_img = cv2.perspectiveTransform(target.corners_ref().reshape(1, 4, 2), H).reshape(4, 1, 2).astype(np.float64)
    obj_c = target.ref_to_marker(target.corners_ref().astype(np.float64))
    # the marker plane is y = 0; IPPE wants z = 0: (x, y, z) -> (x, -z, y) as in pose.MARKER_TO_IPPE
    to_plane = lambda p: np.stack([p[:, 0], -p[:, 2], p[:, 1]], axis=1)  # noqa: E731
    obj = to_plane(target.ref_to_marker(ref_pts.astype(np.float64)))
    img = img_pts.astype(np.float64).reshape(-1, 1, 2)
    if both_solutions:
        # IPPE's two solutions (a steep view's mirror tilt, ~2x the tilt away) each refined on all
        # inliers; the one that fits them better wins (the corners alone picked the wrong one
        # now and then at 50 degrees: rotation errors of ~100 degrees on the right target)
        n, rvs, tvs, _ = cv2.solvePnPGeneric(to_plane(obj_c), corners_img, K, dist, flags=cv2.SOLVEPNP_IPPE)
        if not n:
            return None
        best = None
        for rv0, tv0 in zip(rvs, tvs):
            rv1, tv1 = cv2.solvePnPRefineLM(obj, img, K, dist, rv0.copy(), tv0.copy())
            proj, _ = cv2.projectPoints(obj, rv1, tv1, K, dist)
            e = float(np.sqrt(np.mean(np.sum((proj.reshape(-1, 2) - img.reshape(-1, 2)) ** 2, axis=1))))
            if tv1.ravel()[2] > 0 and (best is None or e < best[0]):
                best = (e, rv1, tv1)
        if best is None:
            return None
        err, rv, tv = best
    else:
        ok, rv, tv = cv2.solvePnP(to_plane(obj_c), corners_img, K, dist, flags=cv2.SOLVEPNP_IPPE)
        if not ok:
            return None
        rv, tv = cv2.solvePnPRefineLM(obj, img, K, dist, rv, tv)
        proj, _ = cv2.projectPoints(obj, rv, tv, K, dist)
        err = float(np.sqrt(np.mean(np.sum((proj.reshape(-1, 2) - img.reshape(-1, 2)) ** 2, axis=1))))
    T = np.eye(4)
    T[:3, :3] = cv2.Rodrigues(rv)[0]
    T[:3, 3] = tv.ravel()
    conv = np.array([[1.0, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
    T = T @ conv
    if T[2, 3] <= 0:
        return None
    return T, err
