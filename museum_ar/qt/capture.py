"""Capture and tracking on a worker thread for the AR preview.

The worker reads frames, runs the tracker and hands the newest result to the GUI thread. If the
GUI is busy drawing, older results are dropped rather than queued: the preview stays live and the
window responsive however slow tracking or drawing is.
"""

from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from ..core.errors import MuseumArError
from ..core.exhibit import Exhibit
from .i18n import tr
from .messages import error_text

# The QR codes a preview looks for when the exhibit has no (valid) publish address yet: nothing has
# been printed then, so the synthetic camera and the tracker only need to agree with each other.
PREVIEW_URL = "https://preview.invalid/"

# While no artwork (image target) is followed, the preview searches its frames for them on every
# PREVIEW_IMAGE_SEARCH_EVERY-th frame (the tracker's default: every 2nd). That search (features of
# the whole frame matched against each artwork) cost ~45 ms on this project's machines, so on every
# 2nd frame it was over half of the capture thread's time and held the preview near 21 fps with
# only the cards in view; a picture coming into view is now found within 4 frames (~0.13 s at 30 fps)
# instead of 2. Once found, it is followed on every frame as before.
PREVIEW_IMAGE_SEARCH_EVERY = 4


def preview_exhibit(exhibit: Exhibit) -> Exhibit:
    """The exhibit as the preview tracks it: with its own publish address, or a stand-in one when
    it has none yet (the preview needs no address; only printed codes do)."""
    from ..markers.payload import normalise_publish_url

    try:
        normalise_publish_url(exhibit.publish_url)
        return exhibit
    except MuseumArError:
        stand_in = copy.copy(exhibit)
        stand_in.publish_url = PREVIEW_URL
        return stand_in


@dataclass
class SourceSpec:
    kind: str  # "synthetic" | "webcam" | "video" | "image"
    value: str = ""  # camera index or file path

    def describe(self) -> str:
        return {"synthetic": tr("synthetic camera"), "webcam": tr("webcam {n}", n=self.value)}.get(self.kind, self.value)


@dataclass
class Result:
    image: np.ndarray
    poses: dict[str, np.ndarray]
    intrinsics: object
    seen: list[str]
    fps: float
    track_ms: float
    quality: float  # 0..1: share of the exhibit's markers seen, weighted by how sure the pose is
    index: int = 0
    extra: dict = field(default_factory=dict)
    # `image` shrunk on the worker to the size the preview shows it at (None: show `image`), so
    # the GUI thread uploads a few hundred KB per frame instead of the whole camera picture
    shown: np.ndarray | None = None


def open_spec(spec: SourceSpec, exhibit: Exhibit):
    """A tracking FrameSource for the spec (raises TrackingError / MarkerError in plain words)."""
    from ..markers import specs_for
    from ..tracking import demo_camera, open_source

    if spec.kind == "synthetic":
        # the QR cards only: an artwork (image target) is no card, and printing its id as a QR
        # code showed a card that nothing tracks, in place of one that is
        markers = specs_for(exhibit)
        if not markers:
            raise MuseumArError(tr("The exhibit has no markers to show to the synthetic camera."))
        return demo_camera(markers)
    if spec.kind == "webcam":
        return open_source(int(spec.value or 0))
    return open_source(spec.value)


def shrink_for_display(image: np.ndarray, size: tuple[int, int] | None) -> np.ndarray | None:
    """The camera picture resized to fit `size` with its aspect kept, or None when it would not
    get smaller: area-averaged by the largest whole power of two that fits (so no aliasing), the
    rest (under 2x) interpolated linearly.

    OpenCV's INTER_AREA is fast for whole-number factors only: a 720p frame to a 560 px wide dock
    (factor 16/7) or a 900 px window took 12-19 ms of the capture thread under load, the two steps
    0.7-1.2 ms (a mean difference of about one grey level on the synthetic camera's noise)."""
    if size is None:
        return None
    import cv2

    ih, iw = image.shape[:2]
    scale = min(size[0] / iw, size[1] / ih)
    if scale >= 0.95:
        return None
    # int() as in the preview's letterbox, so the picture is exactly one texel per pixel there
    dw, dh = max(1, int(iw * scale)), max(1, int(ih * scale))
    k = 1
    while iw % (2 * k) == 0 and ih % (2 * k) == 0 and iw // (2 * k) >= dw and ih // (2 * k) >= dh:
        k *= 2
    small = image if k == 1 else cv2.resize(image, (iw // k, ih // k), interpolation=cv2.INTER_AREA)
    if small.shape[1] == dw and small.shape[0] == dh:
        return small
    # what is left is under 2x (unless the frame's size has no such factor: then area, as before)
    rest = cv2.INTER_LINEAR if small.shape[1] < 2 * dw and small.shape[0] < 2 * dh else cv2.INTER_AREA
    return cv2.resize(small, (dw, dh), interpolation=rest)


class CaptureWorker(QObject):
    result_ready = Signal()
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, spec: SourceSpec, exhibit: Exhibit, root=None):
        super().__init__()
        self.spec = spec
        self.root = root  # the exhibit folder: artworks (image targets) are read from it
        self.exhibit = copy.deepcopy(exhibit)  # the GUI keeps editing its own; tracking reads this one
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: Result | None = None
        self.display_size: tuple[int, int] | None = None  # (w, h) set by the GUI; read once per frame
        # Set when the GUI took the newest result. Sources that do not pace themselves (synthetic
        # camera, files) wait for it before making the next frame: tracking frames nobody will see
        # would only take CPU from the GUI thread. The GUI takes a result before drawing it, so
        # tracking frame n+1 still overlaps drawing frame n.
        self._taken = threading.Event()
        self._taken.set()

    def take(self) -> Result | None:
        with self._lock:
            r, self._latest = self._latest, None
        self._taken.set()
        return r

    def stop(self) -> None:
        self._stop.set()
        self._taken.set()

    def run(self) -> None:
        try:
            self._loop()
        except MuseumArError as e:
            self.failed.emit(error_text(e))
        except Exception as e:  # a camera that vanished mid-stream, a broken file: say so, keep the window
            self.failed.emit(tr("The preview stopped: {error}", error=e))
        finally:
            self.stopped.emit()

    def _loop(self) -> None:
        from ..tracking import CameraIntrinsics, Tracker

        source = open_spec(self.spec, self.exhibit)
        tracker = None
        times: list[float] = []
        n = 0
        loops_without_frame = 0
        try:
            paced_by_gui = self.spec.kind in ("synthetic", "image", "video")
            while not self._stop.is_set():
                if paced_by_gui:
                    self._taken.wait(0.1)  # bounded: a GUI that stalls still gets fresh frames later
                frame = source.read()
                if frame is None or frame.image is None:
                    if self.spec.kind in ("video", "image") and loops_without_frame < 2:
                        source.close()  # play files in a loop
                        source = open_spec(self.spec, self.exhibit)
                        loops_without_frame += 1
                        if self.spec.kind == "image":
                            time.sleep(0.03)
                        continue
                    raise MuseumArError(frame.error if frame is not None and frame.error else tr("The camera delivers no more pictures."))
                loops_without_frame = 0
                h, w = frame.image.shape[:2]
                if tracker is None:
                    intr = getattr(source, "intrinsics", None) or CameraIntrinsics.default_for(w, h)
                    tracker = Tracker.from_exhibit(self.exhibit, intr, root=self.root, image_search_every=PREVIEW_IMAGE_SEARCH_EVERY)
                t0 = time.perf_counter()
                detections = tracker.process(frame.image, frame.timestamp_s if self.spec.kind != "image" else n / 30)
                track_ms = (time.perf_counter() - t0) * 1000
                poses = {d.marker_id: d.pose for d in detections if d.marker_id and d.pose is not None}
                now = time.perf_counter()
                times.append(now)
                times = times[-30:]
                fps = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0
                quality = len(poses) / max(1, len(self.exhibit.markers))
                shown = shrink_for_display(frame.image, self.display_size)
                self._taken.clear()
                with self._lock:
                    self._latest = Result(frame.image, poses, tracker.intrinsics, sorted(poses), fps, track_ms, quality, n, shown=shown)
                self.result_ready.emit()
                n += 1
        finally:
            source.close()


class Capture(QObject):
    """Owns the worker thread; `result_ready` fires in the GUI thread."""

    result_ready = Signal()
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, spec: SourceSpec, exhibit: Exhibit, parent=None, root=None):
        super().__init__(parent)
        self.worker_thread = QThread()  # not `thread`: that is QObject.thread()
        self.worker = CaptureWorker(spec, preview_exhibit(exhibit), root)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.result_ready.connect(self.result_ready)
        self.worker.failed.connect(self.failed)
        self.worker.stopped.connect(self.worker_thread.quit)
        self.worker.stopped.connect(self.stopped)

    def start(self) -> None:
        self.worker_thread.start()

    def take(self) -> Result | None:
        return self.worker.take()

    def set_display_size(self, width: int, height: int) -> None:
        """The preview's size in pixels: later frames arrive shrunk to fit it (`Result.shown`)."""
        self.worker.display_size = (max(1, width), max(1, height))

    def stop(self, wait_ms: int = 5000) -> None:
        self.worker.stop()
        self.worker_thread.quit()
        self.worker_thread.wait(wait_ms)

    def stop_soon(self) -> None:
        """Stop without waiting for the frame being tracked (the Stop button): waiting for it stood
        the GUI thread still for a tracker frame, 60-250 ms under load. Nothing of this capture
        reaches the GUI any more; it is kept (`stopping`) until its thread has ended, then deleted.
        `wait_for_stopping` waits for the rest (the window closing)."""
        for signal in (self.result_ready, self.failed, self.stopped):
            signal.disconnect()
        self.setParent(None)  # a parent deleted meanwhile must not take a running thread with it
        _STOPPING.add(self)
        self.worker_thread.finished.connect(self._forget)
        self.worker.stop()
        self.worker_thread.quit()
        if self.worker_thread.isFinished():
            self._forget()

    def _forget(self) -> None:
        if self in _STOPPING:
            _STOPPING.discard(self)
            self.deleteLater()


# captures stopped by stop_soon whose threads have not ended yet
_STOPPING: set[Capture] = set()


def stopping() -> int:
    return len(_STOPPING)


def wait_for_stopping(wait_ms: int = 5000) -> None:
    """Wait for the captures stop_soon left to end (before the window goes)."""
    for cap in list(_STOPPING):
        cap.worker_thread.wait(wait_ms)
        cap._forget()
