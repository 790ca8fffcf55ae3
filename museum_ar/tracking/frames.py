"""What every frame source delivers."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .intrinsics import CameraIntrinsics


@dataclass
class MarkerTruth:
    """Where a synthetic marker really is (ground truth)."""

    payload: str
    size_mm: float
    pose: np.ndarray  # 4x4 marker -> camera (OpenCV), metres
    corners: np.ndarray  # 4x2 image points of the tracked square, TL TR BR BL


@dataclass
class Frame:
    image: np.ndarray | None  # BGR uint8; None when the frame could not be read (see `error`)
    index: int
    timestamp_s: float
    name: str
    truth: list[MarkerTruth] = field(default_factory=list)
    error: str | None = None  # why the frame is unreadable (a bad file in a folder), else None


class FrameSource:
    """A stream of frames: a camera, a video, images, or the synthetic camera."""

    name: str = ""
    intrinsics: CameraIntrinsics | None = None  # known for the synthetic camera, else None

    def read(self) -> Frame | None:
        """The next frame, or None at the end of the stream."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __iter__(self):
        while (f := self.read()) is not None:
            yield f

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
