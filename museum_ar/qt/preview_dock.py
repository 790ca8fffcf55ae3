"""The AR preview dock: choose a source, see the camera picture with the exhibit's content
anchored on the markers it finds, and a status line (markers seen, fps, tracking quality).
Video items play in the picture by the tablet's rules (preview_media.py): autoplay when their
marker comes into view, a tap on the video toggles play / pause."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from ..core.frames import pose_cv_to_gl, projection_from_intrinsics
from .capture import Capture, Result, SourceSpec, wait_for_stopping
from .features import feature_missing
from .gl_format import render_surface_format
from .gl_surface import GLSurface
from .i18n import language, tr
from .preview_media import PreviewMedia

DETACHED_SHARE = 0.7  # of the screen's width and height: the preview in its own window, large
SOURCES = (("synthetic", "Synthetic camera"), ("webcam", "Webcam"), ("video", "Video file…"), ("image", "Image…"))


class PreviewView(GLSurface):
    def __init__(self, dock: PreviewDock):
        super().__init__()
        self.setFormat(render_surface_format())
        self.dock = dock
        self.renderer = None
        self.result: Result | None = None
        self.frames_drawn = 0
        self._marker_items: dict[str, list] = {}  # marker id -> its DrawItems in the marker frame
        self._picture: tuple[int, int, int, int] | None = None  # camera picture: left, top, w, h (device px)
        self.setMinimumSize(320, 180)
        # as tall as a 16:9 picture at the dock's width, not the dock's whole height: the status
        # line sits right under the picture instead of below big black bars
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self):
        from PySide6.QtCore import QSize

        return QSize(480, 270)

    def hasHeightForWidth(self) -> bool:
        return self.sizePolicy().hasHeightForWidth()  # docked only: in its own window it fills it

    def fill(self, on: bool) -> None:
        """In a window of its own the picture fills the window (letterboxed in it); docked it is as
        tall as a 16:9 picture at the dock's width. A floating dock does not ask for the height for
        its width: there the view stayed at its least height, a 180 px strip in a large window."""
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Expanding if on else QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(not on)
        self.setSizePolicy(policy)

    def forget_items(self) -> None:
        """The exhibit changed: build the DrawItems again on the next frame."""
        self._marker_items.clear()
        self.update()

    def items_for(self, doc, poses: dict, frames: dict | None = None, clips: dict | None = None) -> list:
        """Like render.items_for_poses, but each marker's items are built once per exhibit
        change, not per camera frame (only the pose changes between frames)."""
        from ..render import items_for_marker

        frames, clips = frames or {}, clips or {}
        out = []
        for marker in doc.exhibit.markers:
            pose = poses.get(marker.id)
            if pose is None:
                continue
            own = self._marker_items.get(marker.id)
            if own is None:
                own = self._marker_items[marker.id] = items_for_marker(marker, doc.root, language())
            to_eye = pose_cv_to_gl(pose)
            out += [replace(self._with_clip(self._with_video(d, frames), clips), matrix=to_eye @ d.matrix) for d in own]
        return out

    @staticmethod
    def _with_clip(d, clips: dict):
        """An animated model shows its clip where it has played to (preview_media.ClipClock)."""
        clip = clips.get(d.id)
        return d if clip is None else replace(d, anim_time=clip[0], anim_loop=clip[1])

    def _with_video(self, d, frames: dict):
        """A video item shows its playing (or paused) frame; otherwise its poster, drawn as a
        picture so that a stale frame left in the GPU cache (a clip that failed, a preview that
        was stopped) is dropped rather than shown."""
        if d.kind != "video":
            return d
        frame = frames.get(d.id)
        if frame is not None:
            return replace(d, frame=frame)
        return replace(d, kind="image") if d.asset is not None else d

    def item_at(self, x: float, y: float) -> str | None:
        """The id of the item drawn under widget position (x, y) in the last picture, or None."""
        if self.renderer is None or self._picture is None:
            return None
        dpr = self.devicePixelRatioF()
        left, top, vw, vh = self._picture
        px, py = x * dpr - left, y * dpr - top
        if not (0 <= px < vw and 0 <= py < vh):
            return None
        hit = self.renderer.pick(px, py)
        return hit.item_id if hit is not None else None

    def mousePressEvent(self, e) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            item_id = self.item_at(e.position().x(), e.position().y())
            if item_id is not None and self.dock.tap_item(item_id):
                e.accept()
                return
        super().mousePressEvent(e)

    def resizeGL(self, w: int, h: int) -> None:
        # the capture thread shrinks frames to this size (w, h are device pixels here)
        if self.dock.capture is not None:
            self.dock.capture.set_display_size(w, h)

    def initializeGL(self) -> None:
        try:
            from ..render import Renderer

            self.renderer = Renderer(background_loading=True)
        except Exception as e:
            self.dock.status.setText(tr("The preview cannot draw: {error}", error=e))

    def paintGL(self) -> None:
        import numpy as np

        if self.renderer is None:
            return
        dpr = self.devicePixelRatioF()
        w, h = max(1, int(self.width() * dpr)), max(1, int(self.height() * dpr))
        r, doc = self.result, self.dock.doc
        if r is None or doc is None:
            self.renderer.draw(None, np.eye(4), np.eye(4), [], viewport=(w, h), clear_colour=(0.1, 0.1, 0.11, 1.0))
            return
        from ..render.letterbox import draw_letterboxed

        k = r.intrinsics
        frames = self.dock.media.frames() if self.dock.media is not None else {}
        clips = self.dock.media.clip_times(time.monotonic()) if self.dock.media is not None else {}
        proj = projection_from_intrinsics(k.fx, k.fy, k.cx, k.cy, k.width, k.height)
        items = self.items_for(doc, r.poses, frames, clips)
        # the camera picture keeps its aspect ratio inside the widget
        ih, iw = r.image.shape[:2]
        x, y, vw, vh = draw_letterboxed(self.renderer, r.image if r.shown is None else r.shown, proj, items, (w, h), frame_wh=(iw, ih))
        self._picture = (x, h - y - vh, vw, vh)  # for picking (rows from the top)
        if self.renderer.pending:  # files loading, or labels the upload budget left for later
            QTimer.singleShot(100, self.update)
        self.frames_drawn += 1

    def heightForWidth(self, w: int) -> int:
        return int(w * 9 / 16)


class PreviewDock(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.window_ = window
        self.doc = None
        self.capture: Capture | None = None
        self.last: Result | None = None
        self._status_at = 0.0  # when the status line was last rewritten
        self.last_seen: list[str] | None = None
        self.media: PreviewMedia | None = None  # video playback while the preview runs
        self._media_text = ""
        lay = self._layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.source = QComboBox()
        for kind, name in SOURCES:
            self.source.addItem(tr(name), kind)
        self.camera_index = QSpinBox()
        self.camera_index.setRange(0, 9)
        self.camera_index.setPrefix(tr("Camera") + " ")
        self.camera_index.setVisible(False)
        self.source.currentIndexChanged.connect(lambda _: self.camera_index.setVisible(self.source.currentData() == "webcam"))
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setObjectName("previewStart")
        self.start_button.clicked.connect(self.toggle)
        row.addWidget(QLabel(tr("Source")))
        row.addWidget(self.source, 1)
        row.addWidget(self.camera_index)
        row.addWidget(self.start_button)
        lay.addLayout(row)
        big = QHBoxLayout()
        self.detach_button = QPushButton(tr("Own window"))
        self.detach_button.setObjectName("previewDetach")
        self.detach_button.setCheckable(True)
        self.detach_button.setToolTip(tr("Show the preview in a window of its own, as large as you like"))
        self.detach_button.toggled.connect(self.set_detached)
        self.full_button = QPushButton(tr("Full screen"))
        self.full_button.setObjectName("previewFullScreen")
        self.full_button.setToolTip(tr("The preview over the whole screen (Esc returns)"))
        self.full_button.clicked.connect(self.full_screen)
        big.addWidget(self.detach_button)
        big.addWidget(self.full_button)
        big.addStretch(1)
        lay.addLayout(big)
        QShortcut(QKeySequence("Esc"), self, self.leave_full_screen, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.missing = feature_missing("tracking") or feature_missing("render")
        self.view = None
        if self.missing:
            note = QLabel(self.missing)
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(note, 1)
            self.start_button.setEnabled(False)
        else:
            self.view = PreviewView(self)
            lay.addWidget(self.view)
        self.status = QLabel(tr("Choose a source and press Start. Without a webcam, the synthetic camera shows the exhibit's markers on a table."))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(40)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.status)
        lay.addStretch(1)  # docked: the room below the status line (set_detached gives it to the view)

    def set_document(self, doc) -> None:
        self.stop()
        if self.doc is not None and self.view is not None:
            self.doc.stop_telling(self.view.forget_items, self._exhibit_changed)
        self.doc = doc
        if self.view is not None:
            self.view.forget_items()
            if doc is not None:
                doc.changed.connect(self.view.forget_items)
                doc.changed.connect(self._exhibit_changed)

    def _exhibit_changed(self) -> None:
        """An edit, undo or redo: a removed video stops and its decoder is freed; loop follows."""
        if self.media is not None and self.doc is not None:
            self.media.sync(self.doc.exhibit)
            self._refresh_media_status()

    def spec(self) -> SourceSpec | None:
        kind = self.source.currentData()
        if kind == "webcam":
            return SourceSpec("webcam", str(self.camera_index.value()))
        if kind in ("video", "image"):
            pattern = "(*.mp4 *.m4v *.mov *.webm *.mkv *.avi)" if kind == "video" else "(*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"
            path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file for the preview"), "", f"{tr('Files')} {pattern}")
            return SourceSpec(kind, path) if path else None
        return SourceSpec("synthetic")

    def toggle(self) -> None:
        if self.capture is not None:
            self.stop(wait=False)
        else:
            spec = self.spec()
            if spec is not None:
                self.start(spec)

    def start(self, spec: SourceSpec) -> None:
        if self.doc is None or self.view is None:
            return
        self.stop()
        self._widen_for_picture()
        self.media = PreviewMedia(self.doc.root, self.doc.exhibit)
        self._media_text = ""
        self.capture = Capture(spec, self.doc.exhibit, self, root=self.doc.root)
        self.capture.result_ready.connect(self._show_result)
        self.capture.failed.connect(self._failed)
        self.capture.stopped.connect(self._stopped)
        dpr = self.view.devicePixelRatioF()
        self.capture.set_display_size(int(self.view.width() * dpr), int(self.view.height() * dpr))
        self._status_at = 0.0
        self.status.setText(tr("Starting the {source}…", source=spec.describe()))
        self.start_button.setText(tr("Stop"))
        self.capture.start()

    def _widen_for_picture(self) -> None:
        """A docked preview narrower than a third of the window shows a postage stamp: widen it
        once when the preview starts (the curator can drag it narrower again)."""
        win = self.window_
        dock = getattr(win, "preview_dock", None)
        if dock is None or dock.isFloating() or not dock.isVisible():
            return
        want = min(560, win.width() // 3)
        if dock.width() < want:
            win.resizeDocks([dock], [want], Qt.Orientation.Horizontal)

    def _dock(self):
        return getattr(self.window_, "preview_dock", None)

    def set_detached(self, on: bool) -> None:
        """The preview in its own window (the dock floated, large), or back beside the properties."""
        dock = self._dock()
        if dock is None:
            return
        if self.view is not None:
            self.view.fill(on)
            lay = self._layout
            lay.setStretchFactor(self.view, 1 if on else 0)
            lay.setStretch(lay.count() - 1, 0 if on else 1)
        if on:
            dock.setFloating(True)
            screen = dock.screen().availableGeometry()
            dock.resize(int(screen.width() * DETACHED_SHARE), int(screen.height() * DETACHED_SHARE))
            dock.move(screen.center() - dock.rect().center())
            dock.show()
        else:
            dock.showNormal()
            dock.setFloating(False)
        self.detach_button.blockSignals(True)
        self.detach_button.setChecked(on)
        self.detach_button.blockSignals(False)

    def full_screen(self) -> None:
        dock = self._dock()
        if dock is None:
            return
        self.set_detached(True)
        dock.showFullScreen()

    def leave_full_screen(self) -> None:
        dock = self._dock()
        if dock is not None and dock.isFullScreen():
            dock.showNormal()

    def stop(self, wait: bool = True) -> None:
        """Stop the capture. wait=False (the Stop button): the GUI goes on at once and the capture
        thread ends after the frame it is tracking; otherwise (closing, another exhibit, Start
        again) it and any still ending are waited for."""
        was_running = self.capture is not None
        if self.capture is not None:
            cap, self.capture = self.capture, None
            if wait:
                cap.stop()
                cap.deleteLater()
            else:
                cap.stop_soon()
        if wait:
            wait_for_stopping()
        self._close_media()
        self._show_stopped(was_running)

    def _show_stopped(self, say_so: bool) -> None:
        """Honest when stopped: no last camera picture, no frame rate from before."""
        self.start_button.setText(tr("Start"))
        self.last = None
        self.last_seen = None
        self._media_text = ""
        if self.view is not None:
            self.view.result = None
            self.view.update()
        if say_so:
            self.status.setText(tr("Stopped. Press Start to see the exhibit through the camera again."))

    def _close_media(self) -> None:
        """Stop the videos and free their decoders (preview stopped, exhibit closed)."""
        if self.media is not None:
            media, self.media = self.media, None
            media.close()
            if self.view is not None:
                self.view.update()

    def tap_item(self, item_id: str) -> bool:
        """A tap on an item in the picture; True when it played or paused a video or a model's clip."""
        if self.media is None or not self.media.tap(item_id):
            return False
        self._refresh_media_status()
        self.view.update()
        return True

    def media_status(self) -> str:
        """One line per started video: playing / paused / ended, or why it cannot play."""
        if self.media is None:
            return ""
        lines = []
        for item_id, state, error in self.media.states():
            it = self.media.item(item_id)
            title = (it.title.get(language()) or it.source_name or item_id) if it is not None else item_id
            if error is not None:
                lines.append(tr("Video “{title}” cannot play: {error}", title=title, error=video_error_text(error, it)))
            elif state == "playing":
                lines.append(tr("Video “{title}”: playing", title=title))
            elif state == "paused":
                lines.append(tr("Video “{title}”: paused", title=title))
            elif state == "ended":
                lines.append(tr("Video “{title}”: ended", title=title))
        return "\n".join(lines)

    def _refresh_media_status(self) -> None:
        text = self.media_status()
        if text != self._media_text:
            self._media_text = text
            self._status_at = 0.0  # rewrite the status line with the next frame

    def running(self) -> bool:
        return self.capture is not None

    def _show_result(self) -> None:
        if self.capture is None:
            return
        r = self.capture.take()
        if r is None:
            return
        self.last = r
        self.view.result = r
        self.view.update()
        if self.media is not None:
            self.media.markers_seen(r.seen, time.monotonic())
            self._refresh_media_status()
        # Rewriting the (word-wrapped) status line re-lays out and repaints the dock: a few times a
        # second is readable, every frame costs the GUI thread a good part of a frame.
        now = time.monotonic()
        if now - self._status_at < 0.25 and r.seen == self.last_seen:
            return
        self._status_at, self.last_seen = now, r.seen
        quality = tr("good") if r.quality >= 0.99 else tr("partial") if r.quality > 0 else tr("no marker")
        seen = ", ".join(r.seen) if r.seen else "—"
        text = tr("Markers seen: {seen}   ·   {fps:.0f} fps   ·   tracking {ms:.0f} ms   ·   quality: {quality}", seen=seen, fps=r.fps, ms=r.track_ms, quality=quality)
        text = keep_parts_whole(text)
        self.status.setText(text + "\n" + self._media_text if self._media_text else text)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.window_.show_error(tr("AR preview: {error}", error=message))

    def _stopped(self) -> None:
        """The capture thread ended by itself (source failed or ran out): the failure text stays."""
        if self.capture is not None:
            cap, self.capture = self.capture, None
            cap.stop()
            cap.deleteLater()
        self._close_media()
        self.start_button.setText(tr("Start"))
        self.last = None
        if self.view is not None:
            self.view.result = None
            self.view.update()


def keep_parts_whole(status: str, sep: str = "   ·   ") -> str:
    """A narrow dock wraps the status line between its parts, never inside one ("quality:" on one
    line and "good" on the next)."""
    return sep.join(part.replace(" ", "\u00a0") for part in status.split(sep))


def video_error_text(error, item=None) -> str:
    """A VideoPlaybackError in the UI's language, naming the file the curator brought."""
    name = (item.source_name if item is not None and item.source_name else None) or (Path(error.path).name if error.path else "")
    reason = getattr(error, "reason", "")
    if reason == "missing":
        return tr("the file {name} is missing", name=name)
    if reason == "truncated":
        return tr("the file {name} is cut short (a copy or download that stopped early?)", name=name)
    return tr("{name} is not a video that can be decoded", name=name)
