"""Camera calibration from a checkerboard or a ChArUco board, stored per camera as JSON.

Curators print a board (OpenCV's 9x6 inner-corner checkerboard, or a ChArUco board), show it
to the camera from 10-20 different angles, and `museum-ar calibrate SOURCE` solves for the focal
lengths, principal point and lens distortion. The result goes to the user's configuration folder,
one file per camera and resolution, and `museum-ar track --camera FILE` (or the GUI) uses it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ..core.errors import CancelledError, TrackingError
from .frames import FrameSource
from .intrinsics import CameraIntrinsics

MIN_VIEWS = 6
MAX_BOARD_SIDE = 40


@dataclass(frozen=True)
class Board:
    kind: str = "checkerboard"  # or "charuco"
    cols: int = 9  # inner corners across (checkerboard) / squares across (ChArUco)
    rows: int = 6
    square_mm: float = 25.0
    marker_mm: float = 18.0  # ChArUco only
    dictionary: int = cv2.aruco.DICT_4X4_50

    def __post_init__(self) -> None:
        # A printed board has a few dozen squares; 1000 x 1000 took 12.6 GB to draw. ChArUco's
        # DICT_4X4_50 holds 50 markers, i.e. about 100 squares.
        import math

        from ..core.errors import TrackingError

        if not (2 <= self.cols <= MAX_BOARD_SIDE and 2 <= self.rows <= MAX_BOARD_SIDE):
            raise TrackingError(f"the board must have 2 to {MAX_BOARD_SIDE} corners/squares per side, not {self.cols}x{self.rows}")
        if self.kind == "charuco" and (self.cols * self.rows) // 2 > 50:
            raise TrackingError(f"a ChArUco board of {self.cols}x{self.rows} squares needs more than the 50 markers of its dictionary")
        for name in ("square_mm", "marker_mm"):
            v = getattr(self, name)
            if not math.isfinite(v) or not 0 < v <= 1000:
                raise TrackingError(f"--{name.replace('_', '-')} must be a finite size between 0 and 1000 mm, not {v!r}")

    def object_points(self) -> np.ndarray:
        grid = np.mgrid[0 : self.cols, 0 : self.rows].T.reshape(-1, 2)
        return np.column_stack([grid * self.square_mm / 1000, np.zeros(len(grid))]).astype(np.float32)

    def charuco(self) -> cv2.aruco.CharucoBoard:
        d = cv2.aruco.getPredefinedDictionary(self.dictionary)
        return cv2.aruco.CharucoBoard((self.cols, self.rows), self.square_mm / 1000, self.marker_mm / 1000, d)

    def image(self, px_per_square: int = 80) -> np.ndarray:
        """The board to print (greyscale, with a one-square white margin)."""
        if self.kind == "charuco":
            size = ((self.cols + 2) * px_per_square, (self.rows + 2) * px_per_square)
            return self.charuco().generateImage(size, marginSize=px_per_square)
        sq = np.indices((self.rows + 1, self.cols + 1)).sum(axis=0) % 2 == 0
        img = np.where(sq, 0, 255).astype(np.uint8)
        img = np.kron(img, np.ones((px_per_square, px_per_square), np.uint8))
        return np.pad(img, px_per_square, constant_values=255)


@dataclass
class CalibrationResult:
    intrinsics: CameraIntrinsics
    rms_px: float
    views: int
    frames_seen: int


def find_board(grey: np.ndarray, board: Board) -> tuple[np.ndarray, np.ndarray] | None:
    """(object points, image points) of the board in one frame, or None."""
    if board.kind == "charuco":
        detector = cv2.aruco.CharucoDetector(board.charuco())
        corners, ids, _, _ = detector.detectBoard(grey)
        if ids is None or len(ids) < 6:
            return None
        obj, img = board.charuco().matchImagePoints(corners, ids)
        return obj.reshape(-1, 3).astype(np.float32), img.reshape(-1, 2).astype(np.float32)
    ok, corners = cv2.findChessboardCornersSB(grey, (board.cols, board.rows), flags=cv2.CALIB_CB_NORMALIZE_IMAGE | cv2.CALIB_CB_EXHAUSTIVE)
    if not ok:
        return None
    return board.object_points(), corners.reshape(-1, 2).astype(np.float32)


def calibrate(
    source: FrameSource,
    board: Board,
    *,
    max_frames: int = 600,
    max_views: int = 30,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CalibrationResult:
    """Collect up to `max_views` distinct views of the board from `source` and solve."""
    obj_pts: list[np.ndarray] = []
    img_pts: list[np.ndarray] = []
    size: tuple[int, ...] | None = None
    seen = 0
    last_centre = None
    while seen < max_frames and len(obj_pts) < max_views:
        if cancelled and cancelled():
            raise CancelledError("calibration cancelled; nothing was saved")
        frame = source.read()
        if frame is None:
            break
        seen += 1
        if frame.image is None:
            continue
        grey = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY) if frame.image.ndim == 3 else frame.image
        if size is None:
            size = grey.shape[::-1]
        elif grey.shape[::-1] != size:
            raise TrackingError(f"frame {frame.name} is {grey.shape[1]}x{grey.shape[0]}, the first was {size[0]}x{size[1]}: calibrate one camera at one resolution")
        found = find_board(grey, board)
        if found is None:
            continue
        centre = found[1].mean(axis=0)
        spread = float(np.ptp(found[1], axis=0).max())
        if last_centre is not None and np.linalg.norm(centre - last_centre) < 0.05 * spread:
            continue  # the board has hardly moved: another view of the same pose adds nothing
        last_centre = centre
        obj_pts.append(found[0])
        img_pts.append(found[1])
        if progress:
            progress(len(obj_pts) / max_views, f"{len(obj_pts)} views of the board")
    if len(obj_pts) < MIN_VIEWS or size is None:  # (no size: no frame, so no views either)
        raise TrackingError(
            f"the {board.kind} ({board.cols}x{board.rows}) was found in {len(obj_pts)} distinct views of {seen} frames; "
            f"at least {MIN_VIEWS} are needed. Show the whole board from several angles and distances"
        )
    w, h = size
    guess = CameraIntrinsics.default_for(w, h).matrix()
    rms, K, dist, _, _ = cv2.calibrateCamera(obj_pts, img_pts, (w, h), guess, None, flags=cv2.CALIB_USE_INTRINSIC_GUESS)
    intr = CameraIntrinsics(float(K[0, 0]), float(K[1, 1]), float(K[0, 2]), float(K[1, 2]), w, h, tuple(float(v) for v in dist.ravel()))
    return CalibrationResult(intr, float(rms), len(obj_pts), seen)


def calibration_dir() -> Path:
    """Where calibrations live: the user's configuration folder, per OS."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "museum-ar" / "cameras"


def default_calibration_path(source_name: str, width: int, height: int) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", source_name).strip("-") or "camera"
    return calibration_dir() / f"{safe}-{width}x{height}.json"
