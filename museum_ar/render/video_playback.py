"""Video frames for the desktop renderer: one decoder thread per video item (OpenCV), paced by the
clip's own frame rate on the wall clock, with play / pause / loop / rewind.

The GUI thread never decodes: `play()`, `pause()` and `close()` only set flags, and `frame` is the
newest decoded picture (HxWx3 BGR uint8; a *new* array object each time it changes, which is what
makes the renderer re-upload the texture, see `scene.DrawItem.frame`). At most two frames are held
(the one shown and the one decoded ahead), so memory does not grow with the clip's length.

A file that is missing, not a video, or cut short gives a `VideoPlaybackError` in `error` (the
thread stops; nothing is raised into the caller's thread). Qt-free; imports core only (and cv2).
"""

from __future__ import annotations

import struct
import threading
import time
from pathlib import Path
from collections.abc import Callable

import numpy as np

from ..core.errors import MuseumArError

DEFAULT_FPS = 25.0  # when the container does not say (or says nonsense)
MAX_SIDE = 1280  # bigger pictures are shrunk on the decoder thread: a preview quad needs no more


class VideoPlaybackError(MuseumArError):
    """A video item's file cannot be played. `reason` is one of "missing", "unreadable",
    "truncated" so a GUI can word it in its own language; `values` fill that wording in."""

    def __init__(self, reason: str, message: str, *, path: str | Path | None = None, **values: object):
        super().__init__(message, path=path)
        self.reason = reason
        self.values = values


def mp4_cut_short(path: str | Path) -> tuple[int, int] | None:
    """For an MP4/MOV (ISO base media) file: (bytes its top-level boxes declare, bytes the file
    has) when the file is shorter than its boxes say — a copy or download that stopped early.
    None when the boxes fit, or when the file is not ISO base media. Reads box headers only."""
    p = Path(path)
    size = p.stat().st_size
    with p.open("rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[4:8] != b"ftyp":
            return None
        pos = 0
        while pos + 8 <= size:
            f.seek(pos)
            hdr = f.read(16)
            box_size = struct.unpack(">I", hdr[:4])[0]
            if box_size == 1 and len(hdr) >= 16:
                box_size = struct.unpack(">Q", hdr[8:16])[0]
            elif box_size == 0:  # "to the end of the file"
                return None
            if box_size < 8:
                return None  # not a box structure we understand: let the decoder judge
            if pos + box_size > size:
                return pos + box_size, size
            pos += box_size
        return None


def _as_bgr(img: np.ndarray) -> np.ndarray:
    import cv2

    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    elif img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    h, w = img.shape[:2]
    if max(h, w) > MAX_SIDE:
        s = MAX_SIDE / max(h, w)
        img = cv2.resize(img, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    if img.dtype != np.uint8:
        img = np.clip(img, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(img)


class VideoPlayer:
    """Plays one video file. States: "stopped" (nothing decoded yet: show the poster), "playing",
    "paused", "ended" (the last frame stays), "error" (see `error`)."""

    def __init__(self, path: str | Path, *, loop: bool = False, clock: Callable[[], float] = time.monotonic):
        self.path = Path(path)
        self.loop = loop
        self._clock = clock
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._cap = None  # the decoder thread's cv2.VideoCapture while it runs
        self._playing = False
        self._closed = False
        self._rewind = False
        self.state = "stopped"
        self.frame: np.ndarray | None = None  # the picture to show now
        self.frame_number = -1  # index of `frame` in the clip
        self.frames_shown = 0  # frames published since the player was made (for tests/benchmarks)
        self.error: VideoPlaybackError | None = None
        self.fps = 0.0
        self.frame_count = 0  # as the container says (0: unknown)

    # -- control (any thread; never blocks on decoding) ------------------------------------------
    def play(self) -> None:
        with self._cond:
            if self._closed or self.error is not None:
                return
            if self.state == "ended":
                self._rewind = True
            self._playing = True
            self.state = "playing"
            self._cond.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"video {self.path.name}", daemon=True)
            self._thread.start()

    def pause(self) -> None:
        with self._cond:
            if self._playing:
                self._playing = False
                self.state = "paused"
                self._cond.notify_all()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def rewind(self) -> None:
        """Back to the first frame (shown when playing resumes)."""
        with self._cond:
            self._rewind = True
            self._cond.notify_all()

    def set_loop(self, loop: bool) -> None:
        self.loop = loop

    @property
    def playing(self) -> bool:
        return self._playing

    def close(self, timeout_s: float = 2.0) -> None:
        """Stop the decoder thread and free the decoder (waits at most timeout_s for one decode)."""
        with self._cond:
            self._closed = True
            self._playing = False
            self._cond.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)
        self._thread = None
        self.frame = None

    # -- decoder thread ---------------------------------------------------------------------------
    def _open(self):
        import cv2

        if not self.path.is_file():
            raise VideoPlaybackError("missing", "the video file is missing", path=self.path)
        short = mp4_cut_short(self.path)
        if short is not None:
            raise VideoPlaybackError("truncated", f"the file is cut short ({short[1]} of {short[0]} bytes)", path=self.path, have=short[1], need=short[0])
        cap = cv2.VideoCapture(str(self.path), cv2.CAP_FFMPEG)
        if not cap.isOpened():
            cap.release()
            raise VideoPlaybackError("unreadable", "not a video OpenCV can decode", path=self.path)
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = float(fps) if fps and np.isfinite(fps) and 1 <= fps <= 240 else DEFAULT_FPS
        count = cap.get(cv2.CAP_PROP_FRAME_COUNT)
        self.frame_count = int(count) if count and np.isfinite(count) and count > 0 else 0
        return cap

    def _cut_short(self, decoded: int) -> bool:
        """The stream ended well before the frame count the container promised."""
        return self.frame_count > 0 and decoded < self.frame_count * 0.95 - 1

    def _run(self) -> None:
        self._cap = None
        try:
            self._cap = self._open()
            self._decode(self._cap)
        except VideoPlaybackError as e:
            self._fail(e)
        except Exception as e:  # a decoder that falls over mid-stream: say so, never take the app down
            self._fail(VideoPlaybackError("unreadable", f"decoding stopped: {e}", path=self.path, error=str(e)))
        finally:
            if self._cap is not None:
                self._cap.release()
                self._cap = None

    def _fail(self, e: VideoPlaybackError) -> None:
        with self._cond:
            self.error = e
            self.state = "error"
            self._playing = False
            self.frame = None  # back to the poster

    def _decode(self, cap) -> None:
        import cv2

        step = 1.0 / self.fps
        index = 0  # index of the next frame read() gives
        pending: np.ndarray | None = None  # decoded ahead, not yet shown
        t0 = None  # wall-clock time at which frame 0 is (or would have been) due
        next_t0 = None  # after a loop: frame 0 comes one period after the last frame, not at once
        while True:
            with self._cond:
                while not self._closed and not self._playing and not self._rewind:
                    self._cond.wait()
                    t0 = None  # resumed: re-base the clock on the frame we stand at
                if self._closed:
                    return
                rewind, self._rewind = self._rewind, False
            if rewind:
                if not cap.set(cv2.CAP_PROP_POS_FRAMES, 0):
                    cap.release()
                    cap = self._cap = self._open()  # (_run releases the one in use)
                index, pending, t0, next_t0 = 0, None, next_t0, None
                if not self._playing:
                    continue
            if pending is None:
                ok, img = cap.read()
                if not ok or img is None:
                    if self._cut_short(index):
                        raise VideoPlaybackError("truncated", f"the video ends after {index} of {self.frame_count} frames: the file is cut short", path=self.path, frames=index, count=self.frame_count)
                    if index == 0:
                        raise VideoPlaybackError("unreadable", "the file holds no picture OpenCV can decode", path=self.path)
                    if self.loop:
                        with self._cond:
                            self._rewind = True
                        next_t0 = t0 + index * step if t0 is not None else None
                        continue
                    with self._cond:
                        if not self._rewind:
                            self._playing = False
                            self.state = "ended"
                    continue
                pending = _as_bgr(img)
                index += 1
            frame_no = index - 1
            now = self._clock()
            if t0 is None:  # (re)started: the frame on screen is "now", the next one a period later
                resumed = frame_no > 0 and self.frame_number == frame_no - 1
                t0 = now - (frame_no - 1 if resumed else frame_no) * step
            due = t0 + frame_no * step
            with self._cond:
                if due - now > 1e-4:  # (a tenth of a millisecond: float sums of the frame period)
                    self._cond.wait(due - now)  # woken early by pause / close / rewind
                    if self._closed:
                        return
                    if not self._playing or self._rewind or due - self._clock() > 1e-4:
                        continue  # keep `pending`; the loop waits or re-times it
                if not self._playing or self._rewind:
                    continue  # paused (or rewound) while this frame was made ready: a held frame stays held
                late = int((self._clock() - due) / step + 1e-6)
                self.frame, self.frame_number = pending, frame_no
                self.frames_shown += 1
            pending = None
            # Behind (a slow machine): skip the following frames without converting them, to stay on
            # the clock; never the clip's last frame, which is the one that stays on screen when it
            # ends. Skipped only after publishing, so that `pending` always is frame `index - 1`:
            # a pause that lands in between must not leave an old picture numbered as a later one.
            while late >= 2 and self._playing and (self.frame_count == 0 or index < self.frame_count - 1) and cap.grab():
                late -= 1
                index += 1
