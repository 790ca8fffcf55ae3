"""Frame sources behind one interface: webcam, video file, image, folder of images.

`open_source(spec)` picks the kind from the spec: an integer (or digits) is a camera index, a
folder is a folder of images (sorted by name), a file is an image if it decodes as one, else a
video. Paths with spaces and umlauts work on every OS (images are decoded from bytes).
"""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from ..core.errors import TrackingError
from .frames import Frame, FrameSource

IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"}
CAMERA_RETRIES = 30  # consecutive failed grabs (about a second) before a camera counts as gone


class _QuietOpenCV:
    """Silence OpenCV's own log lines while we turn its failures into our clear errors."""

    def __enter__(self):
        self.level = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

    def __exit__(self, *exc):
        cv2.utils.logging.setLogLevel(self.level)


def read_image(path: Path) -> np.ndarray:
    """BGR uint8 image from a file, or TrackingError saying why not."""
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError as e:
        raise TrackingError(f"cannot read the file ({e.strerror or e})", path=path) from None
    if data.size == 0:
        raise TrackingError("the file is empty", path=path)
    with _QuietOpenCV():
        img = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if img is None:
        raise TrackingError("not a readable image (truncated, or not an image format OpenCV knows)", path=path)
    return img


class ImageSource(FrameSource):
    """One image, or a folder of images sorted by name; a bad file becomes a frame with `error`."""

    def __init__(self, paths: list[Path], name: str):
        self.paths = paths
        self.name = name
        self.index = 0

    def read(self) -> Frame | None:
        if self.index >= len(self.paths):
            return None
        i, path = self.index, self.paths[self.index]
        self.index += 1
        try:
            return Frame(read_image(path), i, float(i), path.name)
        except TrackingError as e:
            return Frame(None, i, float(i), path.name, error=e.detail)


class VideoSource(FrameSource):
    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        with _QuietOpenCV():
            self.cap = cv2.VideoCapture(str(path))
        if not self.cap.isOpened():
            self.cap.release()
            raise TrackingError("not a readable image or video", path=path)
        self.fps = self.cap.get(cv2.CAP_PROP_FPS) or 30.0
        self.index = 0

    def read(self) -> Frame | None:
        ok, img = self.cap.read()
        if not ok:
            return None
        i = self.index
        self.index += 1
        return Frame(img, i, i / self.fps, f"{self.name}:{i}")

    def close(self) -> None:
        self.cap.release()


class CameraSource(FrameSource):
    """A webcam. Raises TrackingError when it cannot be opened, or stops delivering frames."""

    def __init__(self, index: int, width: int | None = None, height: int | None = None, fps: float | None = None):
        self.camera_index = index
        self.name = f"camera {index}"
        with _QuietOpenCV():
            self.cap = cv2.VideoCapture(index)
        if not self.cap.isOpened():
            self.cap.release()
            raise TrackingError(f"camera {index} cannot be opened: no such device, or another program is using it")
        if width and height:
            self.cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            self.cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        if fps:
            self.cap.set(cv2.CAP_PROP_FPS, fps)
        self.index = 0
        self.t0 = time.monotonic()

    def read(self) -> Frame | None:
        for _ in range(CAMERA_RETRIES):
            ok, img = self.cap.read()
            if ok and img is not None:
                i = self.index
                self.index += 1
                return Frame(img, i, time.monotonic() - self.t0, f"{self.name}:{i}")
            time.sleep(0.03)
        raise TrackingError(f"camera {self.camera_index} stopped delivering frames (unplugged, or taken by another program)")

    def close(self) -> None:
        self.cap.release()


def open_source(spec: str | int | Path, *, width: int | None = None, height: int | None = None, fps: float | None = None) -> FrameSource:
    """A camera index, a video file, an image file, or a folder of images."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        return CameraSource(int(spec), width, height, fps)
    path = Path(spec)
    if path.is_dir():
        files = sorted((p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTS), key=lambda p: p.name)
        if not files:
            raise TrackingError(f"the folder holds no images ({', '.join(sorted(IMAGE_EXTS))})", path=path)
        return ImageSource(files, path.name)
    if not path.exists():
        raise TrackingError("no such file or folder", path=path)
    if not path.is_file():
        raise TrackingError("not a file", path=path)
    if path.suffix.lower() in IMAGE_EXTS:
        read_image(path)  # fail now, clearly, rather than as an empty stream
        return ImageSource([path], path.name)
    return VideoSource(path)
