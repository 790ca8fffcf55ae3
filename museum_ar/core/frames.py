"""The coordinate frames every part shares (DESIGN.md, "Marker frame" and "Pose").

marker frame   metres, origin at the tracked square's centre, +X right as you read the code,
               +Y out of the printed surface, +Z toward its bottom edge (glTF's frame).
content frame  where item transforms live. On a table marker it is the marker frame. On a wall
               marker it is turned so that content authored upright (+Y up) stands upright on the
               wall: content +Y = marker -Z (up the wall), content +Z = marker +Y (toward you).
camera (pose)  OpenCV: +X right, +Y down, +Z forward. Tracking reports marker -> camera.
GL eye         OpenGL / three.js: +X right, +Y up, -Z forward.
"""

from __future__ import annotations

import numpy as np

from .exhibit import Mount

# content -> marker for a wall mount: a rotation of -90 degrees about X.
_WALL = np.array([[1.0, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]])

# OpenCV camera -> GL eye: flip Y and Z.
CV_TO_GL = np.diag([1.0, -1.0, -1.0, 1.0])


def content_to_marker(mount: Mount | str) -> np.ndarray:
    return _WALL.copy() if Mount(mount) is Mount.WALL else np.eye(4)


def pose_cv_to_gl(marker_to_camera_cv: np.ndarray) -> np.ndarray:
    """marker -> GL eye (a modelview matrix) from tracking's marker -> OpenCV camera."""
    return CV_TO_GL @ np.asarray(marker_to_camera_cv, dtype=float)


def projection_from_intrinsics(fx: float, fy: float, cx: float, cy: float, width: int, height: int, near: float = 0.01, far: float = 100.0) -> np.ndarray:
    """OpenGL projection matrix matching a pinhole camera, so content lands on the exact pixels
    tracking saw. OpenCV puts pixel centres at integers, GL window coordinates at integer + 0.5:
    hence the half-pixel shift of the principal point. Image rows run top-down (OpenCV); GL's
    window y runs bottom-up, which the Y flip of CV_TO_GL and this matrix account for."""
    cxg, cyg = cx + 0.5, cy + 0.5
    return np.array(
        [
            [2 * fx / width, 0, 1 - 2 * cxg / width, 0],
            [0, 2 * fy / height, 2 * cyg / height - 1, 0],
            [0, 0, -(far + near) / (far - near), -2 * far * near / (far - near)],
            [0, 0, -1, 0],
        ]
    )
