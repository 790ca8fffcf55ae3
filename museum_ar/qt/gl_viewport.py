"""The placement viewport: one marker and its items in 3D, drawn by museum_ar.render.

Mouse: drag a gizmo handle to move / turn / scale the selected item along that axis (one undo step
per drag); click an item to select it; drag elsewhere to orbit, right- or middle-drag to pan, wheel
to zoom. Snapping (1 cm, 15°, 0.1×) is a toggle and also applies while Ctrl is held.

Framing: when another marker is shown (selected, or an exhibit opened) the camera aims at the
marker's outline and all its visible items, from its current yaw and pitch (render.framing). A
file still loading counts with what import recorded (a mesh's bounding box) or its "…" label, and
the view is framed once more when the files are in, unless the user has moved the camera by then.
Editing never moves the camera; "Frame all" (F) frames on request.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.frames import content_to_marker
from ..core.transform import Transform
from .gl_format import edge_samples, render_surface_format
from .gl_surface import GLSurface
from .i18n import plural, language, tr
from .placement import item_bounds, recorded_bounds, stand_on_marker, transform_command
from .widgets import ElidedLabel

if TYPE_CHECKING:
    from ..render import Renderer

AXES = {"x": np.array([1.0, 0, 0]), "y": np.array([0, 1.0, 0]), "z": np.array([0, 0, 1.0])}
FOV_Y_DEG = 40.0  # the placement camera's vertical field of view
FRAME_MARGIN = 1.0  # framing's bounding sphere already leaves room around a box; no more than that
MIN_DISTANCE, MAX_DISTANCE = 0.05, 20.0
# the checked mode button in the palette's selection colours, so the active one is plain to see
CHECKED_STYLE = "QPushButton:checked:enabled { background-color: palette(highlight); color: palette(highlighted-text); border: 1px solid palette(dark); border-radius: 3px; }"


def look_at(eye: np.ndarray, target: np.ndarray, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    f = target - eye
    f = f / np.linalg.norm(f)
    s = np.cross(f, up)
    s = s / max(np.linalg.norm(s), 1e-9)
    u = np.cross(s, f)
    m = np.eye(4)
    m[0, :3], m[1, :3], m[2, :3] = s, u, -f
    m[:3, 3] = -m[:3, :3] @ eye
    return m


def perspective(fovy_deg: float, aspect: float, near: float = 0.005, far: float = 50.0) -> np.ndarray:
    f = 1 / math.tan(math.radians(fovy_deg) / 2)
    return np.array([[f / aspect, 0, 0, 0], [0, f, 0, 0], [0, 0, (far + near) / (near - far), 2 * far * near / (near - far)], [0, 0, -1, 0]])


class OrbitCamera:
    def __init__(self):
        self.target = np.array([0.0, 0.05, 0.0])
        self.yaw, self.pitch, self.distance = 35.0, 30.0, 0.6

    def eye(self) -> np.ndarray:
        y, p = math.radians(self.yaw), math.radians(self.pitch)
        return self.target + self.distance * np.array([math.cos(p) * math.sin(y), math.sin(p), math.cos(p) * math.cos(y)])

    def view(self) -> np.ndarray:
        return look_at(self.eye(), self.target)

    def orbit(self, dx: float, dy: float) -> None:
        self.yaw -= dx * 0.4
        self.pitch = max(-89.0, min(89.0, self.pitch + dy * 0.4))

    def pan(self, dx: float, dy: float, height_px: int) -> None:
        v = self.view()
        scale = self.distance * 0.8 / max(height_px, 1)
        self.target = self.target - v[0, :3] * dx * scale + v[1, :3] * dy * scale

    def zoom(self, steps: float) -> None:
        self.distance = max(MIN_DISTANCE, min(MAX_DISTANCE, self.distance * 0.85**steps))

    def frame(self, bounds: np.ndarray, aspect: float) -> None:
        """Aim at the (2, 3) world box `bounds` and come just close enough to see all of it in a
        view of this width / height, keeping yaw and pitch."""
        from ..render import framing

        lo, hi = np.asarray(bounds, dtype=float)
        fov = FOV_Y_DEG
        if aspect < 1:  # a tall view: the narrower horizontal angle decides
            fov = math.degrees(2 * math.atan(math.tan(math.radians(FOV_Y_DEG) / 2) * aspect))
        view = framing(np.stack([lo, hi]), fov, self.yaw, self.pitch, margin=FRAME_MARGIN)
        eye = -view[:3, :3].T @ view[:3, 3]
        self.target = (lo + hi) / 2
        self.distance = max(MIN_DISTANCE, min(MAX_DISTANCE, float(np.linalg.norm(eye - self.target))))


# the next draw, when the last one left new labels or files for later (its upload budget was spent)
DEFERRED_DRAW_MS = 16


class GLView(GLSurface):
    item_picked = Signal(str)

    def __init__(self, owner: PlacementViewport):
        super().__init__()
        self.setFormat(render_surface_format(samples=edge_samples(4)))
        self.owner = owner
        self.camera = OrbitCamera()
        self.renderer: Renderer | None = None  # made in initializeGL (None: no usable GL)
        self.gl_error = ""
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._drag_handle: str | None = None
        self._drag_start: Transform | None = None
        self._drag = None  # gizmo_drag.GizmoDrag while a handle is dragged
        self._moved = False
        self._framed_key = None  # which marker of which document the camera was last framed for
        self._fit_requested = False  # frame at the next paint (Frame all, a resize while framed)
        self._refit_when_loaded = False  # frame again once the files still loading are in
        self._pending_at_fit = 0  # files and labels still being made when last framed
        self._auto_framed = False  # the camera is as framing left it: the user has not moved it
        self._framed_items: frozenset[str] = frozenset()  # the items on screen when it was framed
        self._quiet = False  # see quiet_next_paint
        self.setMouseTracking(False)
        self.setAcceptDrops(True)  # files dropped here go to the marker shown
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # for the F key (Frame all)
        self.setMinimumSize(320, 240)

    def initializeGL(self) -> None:
        try:
            from ..render import Renderer

            self.renderer = Renderer(background_loading=True)
        except Exception as e:  # no usable GL: the panel says so instead of crashing the window
            self.gl_error = str(e)

    def paintGL(self) -> None:
        if self.renderer is None:
            return
        o = self.owner
        dpr = self.devicePixelRatioF()
        w, h = max(1, int(self.width() * dpr)), max(1, int(self.height() * dpr))
        items, helpers, selected = o.scene()
        proj = perspective(FOV_Y_DEG, w / h)
        budget = {"upload_budget_s": 0.0} if self._quiet else {}
        self._quiet = False
        try:
            if self._fit_due(o.shown_key(), frozenset(d.id for d in items)):
                # framing needs the items' sizes as they will be drawn (labels, pictures by their
                # aspect): lay them out, frame, then draw once, so no frame from the old camera
                # is ever shown (and the scene is not drawn twice)
                self.renderer.lay_out(items, self.camera.view(), proj, (w, h), **budget)
                self._fit(o.current_marker(), items, w / h)
                self.renderer.draw(None, self.camera.view(), proj, items, selection=selected, helpers=helpers, viewport=(w, h), same_frame=True)
            else:
                self.renderer.draw(None, self.camera.view(), proj, items, selection=selected, helpers=helpers, viewport=(w, h), **budget)
        except Exception as e:  # keep the window alive; say what went wrong once
            if not self.gl_error:
                self.gl_error = str(e)
                o.show_problem(tr("The 3D view cannot draw: {error}", error=e))
            return
        if self.renderer.cache.deferred or self._refit_due():
            # this draw's upload budget was spent: draw the rest a frame later. A real timer, not 0:
            # a zero-delay call is a posted event, and a chain of them (with the paints they ask
            # for) ran back to back before the event loop looked at input or timers again
            QTimer.singleShot(DEFERRED_DRAW_MS, self.update)
        elif self.renderer.cache.pending:
            # a file or label is still being made in the background: look again soon, without
            # spinning the GUI thread (that would take the CPU the loader needs)
            QTimer.singleShot(100, self.update)

    def quiet_next_paint(self) -> None:
        """The next paint makes no new labels or meshes, only draws what is made (another
        exhibit was opened: that paint comes in the same turn of the event loop as building the
        panels; what it leaves is drawn DEFERRED_DRAW_MS later)."""
        self._quiet = True

    def resizeGL(self, w: int, h: int) -> None:
        if self._auto_framed:  # still as framing left it: keep everything in view at the new size
            self._fit_requested = True

    # ------------------------------------------------------------ framing

    def request_fit(self) -> None:
        """Frame the marker and its items at the next paint (Frame all)."""
        self._fit_requested = True
        self.update()

    def _refit_due(self) -> bool:
        """Something still loading when the view was last framed has come in since."""
        return self._refit_when_loaded and self.renderer is not None and len(self.renderer.cache.pending) < self._pending_at_fit

    def _fit_due(self, key, item_ids: frozenset[str]) -> bool:
        if key != self._framed_key:  # another marker or another exhibit is shown
            self._framed_key = key
            self._fit_requested = key is not None
            self._refit_when_loaded = False
        elif self._auto_framed and item_ids != self._framed_items:
            # files were dropped (or items removed) and the user has not moved the camera: bring
            # the new items into view now, not only when all of them have loaded (the camera had
            # stayed close on the first model while the next ones' labels filled the view)
            self._fit_requested = True
        self._framed_items = item_ids
        if self._refit_due():
            return True  # something has come in since (a label, a mesh): frame with it
        return self._fit_requested and key is not None

    def _fit(self, marker, items, aspect: float) -> None:
        assert self.renderer is not None  # framed from paintGL, which draws with it
        self.camera.frame(self.content_bounds(marker, items), aspect)
        self._fit_requested = False
        self._auto_framed = True
        self._refit_when_loaded = bool(self.renderer.pending)  # once more when the files are in
        self._pending_at_fit = len(self.renderer.cache.pending)

    def _camera_taken(self) -> None:
        """The user moves the camera (or drags a gizmo): framing leaves the camera alone from now on."""
        self._refit_when_loaded = False
        self._auto_framed = False

    def content_bounds(self, marker, items) -> np.ndarray:
        """(2, 3) box, in the marker's frame, around the marker's outline and the visible items as
        the last draw placed them. A mesh still loading counts with the bounding box its import
        recorded, when there is one, instead of its "…" label."""
        from ..render.geometry import marker_outline

        assert self.renderer is not None  # the last draw's sizes are the renderer's
        points = [marker_outline(marker.edge_m)[0].reshape(-1, 3)]
        loading = set(self.renderer.cache.pending)
        draw_items = {d.id: d for d in items}
        marker_items = {it.id: it for it in marker.items}
        # what the last draw drew: (item id, item -> world matrix, bounds in the item's frame, triangles)
        for item_id, matrix, local, _ in self.renderer.last_draw.get("items", ()):
            d = draw_items.get(item_id)
            if d is not None and d.kind == "mesh" and ("mesh", str(d.asset)) in loading and item_id in marker_items:
                recorded = recorded_bounds(marker_items[item_id])
                if recorded is not None:
                    local = recorded
            lo, hi = np.asarray(local, dtype=float)
            corners = np.array([[x, y, z, 1.0] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
            points.append((corners @ np.asarray(matrix, dtype=float).T)[:, :3])
        pts = np.concatenate(points)
        return np.stack([pts.min(axis=0), pts.max(axis=0)])

    # ------------------------------------------------------------ mouse

    def _px(self, pos: QPointF) -> tuple[float, float]:
        dpr = self.devicePixelRatioF()
        return pos.x() * dpr, pos.y() * dpr

    def view_proj(self) -> tuple[np.ndarray, int, int]:
        """The camera as the last paint drew it: view-projection matrix and viewport in device px."""
        dpr = self.devicePixelRatioF()
        w, h = max(1, int(self.width() * dpr)), max(1, int(self.height() * dpr))
        return perspective(FOV_Y_DEG, w / h) @ self.camera.view(), w, h

    def handle_at(self, pos: QPointF) -> str | None:
        """The gizmo handle under the pointer (gizmo_drag.pick_handle), or None."""
        from .gizmo_drag import pick_handle

        o = self.owner
        item, marker = o.selected_item(), o.current_marker()
        if item is None or marker is None:
            return None
        vp, w, h = self.view_proj()
        return pick_handle(*self._px(pos), o.mode, o.gizmo_matrix(marker, item.transform), o.gizmo_size(marker, item.transform), vp, w, h)

    def mousePressEvent(self, e):
        from .gizmo_drag import GizmoDrag

        self._press = self._last = e.position()
        self._moved = False
        self._drag_handle = None
        self._drag = None
        o = self.owner
        item = o.selected_item()
        if e.button() == Qt.MouseButton.LeftButton and item is not None and self.renderer is not None:
            self._drag_handle = self.handle_at(e.position())
            if self._drag_handle:
                marker = o.current_marker()
                vp, w, h = self.view_proj()
                self._drag = GizmoDrag(o.mode, self._drag_handle, item.transform, o.gizmo_matrix(marker, item.transform), o.gizmo_size(marker, item.transform), vp, (w, h), self._px(e.position()))
                self._drag_start = item.transform
                o.doc.end_merge()
        self.update()

    def mouseMoveEvent(self, e):
        if self._last is None:
            return
        d = e.position() - self._last
        self._last = e.position()
        if (e.position() - self._press).manhattanLength() > 3:
            self._moved = True
        if self._drag_handle:
            self._camera_taken()
            snapping = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.owner.drag_gizmo(self._drag, self._px(e.position()), snapping)
        elif e.buttons() & Qt.MouseButton.LeftButton:
            self._camera_taken()
            self.camera.orbit(d.x(), d.y())
        elif e.buttons() & (Qt.MouseButton.RightButton | Qt.MouseButton.MiddleButton):
            self._camera_taken()
            self.camera.pan(d.x(), d.y(), self.height())
        self.update()

    def mouseReleaseEvent(self, e):
        if self._drag_handle:
            self.owner.doc.end_merge()  # the whole drag is one undo step
        elif not self._moved and e.button() == Qt.MouseButton.LeftButton and self.renderer is not None:
            hit = self.renderer.pick(*self._px(e.position()))
            if hit is not None:
                self.item_picked.emit(hit.item_id)
        self._press = self._last = None
        self._drag_handle = None
        self.update()

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls() and self.owner.doc is not None:
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e):
        self.dragEnterEvent(e)

    def dropEvent(self, e):
        from pathlib import Path

        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if not paths or self.owner.doc is None:
            e.ignore()
            return
        e.acceptProposedAction()
        marker = self.owner.current_marker()
        self.owner.window_.drop_files(paths, marker.id if marker is not None else "")

    def wheelEvent(self, e):
        self._camera_taken()
        self.camera.zoom(e.angleDelta().y() / 120)
        self.update()


class PlacementViewport(QWidget):
    def __init__(self, window):
        super().__init__()
        self.setObjectName("viewport")
        self.window_ = window
        self.doc = None
        self._doc_serial = 0  # counts documents shown: a reopened exhibit is framed afresh
        self.selection = None
        self.mode = "translate"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        modes = (
            ("translate", tr("Move"), tr("Move the selected item: drag an arrow in the view")),
            ("rotate", tr("Turn"), tr("Turn the selected item: drag a ring in the view")),
            ("scale", tr("Scale"), tr("Scale the selected item: drag a handle in the view")),
        )
        for mode, text, tip in modes:
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(mode == self.mode)
            b.setStyleSheet(CHECKED_STYLE)
            b.setProperty("tip", tip)
            b.clicked.connect(lambda _=False, mode=mode: self.set_mode(mode))
            self.mode_group.addButton(b)
            self.mode_buttons[mode] = b
            bar.addWidget(b)
        self.snap_box = QCheckBox(tr("Snap (1 cm, 15°)"))
        self.snap_box.setProperty("tip", tr("Also while holding Ctrl"))
        bar.addWidget(self.snap_box)
        self.stand_button = QPushButton(tr("Stand on marker"))
        self.stand_button.setProperty("tip", tr("Put the selected item's lowest point on the marker"))
        self.stand_button.clicked.connect(self.stand_on_marker)
        bar.addWidget(self.stand_button)
        self.frame_button = QPushButton(tr("Frame all"))
        self.frame_button.setToolTip(tr("Show the marker and all its items (F)"))
        self.frame_button.clicked.connect(self.frame_all)
        bar.addWidget(self.frame_button)
        QShortcut(QKeySequence("F"), self, self.frame_all, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for w in (*self.mode_buttons.values(), self.stand_button, self.frame_button):
            # as narrow as their text when room is short (the style's minimum is 80 px a button):
            # the window must fit a 1366 px laptop screen in German too
            w.setMinimumWidth(w.fontMetrics().horizontalAdvance(w.text()) + 20)
        self.status = ElidedLabel()
        bar.addWidget(self.status, 1)
        lay.addLayout(bar)
        self.view = GLView(self)
        self.view.item_picked.connect(lambda item_id: window.tree.select("item", item_id))
        lay.addWidget(self.view, 1)
        remove = getattr(getattr(window, "app_actions", None), "remove", None)
        if remove is not None:  # Delete keeps removing the selection after a click into the view
            self.addAction(remove)
        self._update_tools()

    # ------------------------------------------------------------ state from the window

    def set_document(self, doc) -> None:
        if self.doc is not None:
            for slot in (self.view.update, self._update_tools):
                try:
                    self.doc.changed.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.doc = doc
        self._doc_serial += 1
        if doc is not None:
            doc.changed.connect(self.view.update)
            doc.changed.connect(self._update_tools)  # the selected item may be gone (removed, undone)
        self._update_tools()
        self.view.quiet_next_paint()
        self.view.update()

    def set_selection(self, selection) -> None:
        self.selection = selection
        self._update_tools()
        self.view.update()

    def _update_tools(self) -> None:
        """Move / Turn / Scale, Snap and Stand on marker act on an item: usable only while one is
        selected, and their tooltip says why when they are not."""
        has_item = self.selected_item() is not None
        why = tr("Select an item (not a marker) to use this")
        for w in (*self.mode_buttons.values(), self.snap_box, self.stand_button):
            w.setEnabled(has_item)
            w.setToolTip(w.property("tip") if has_item else why)

    def frame_all(self) -> None:
        """Aim the camera at the shown marker and all its items (the F key)."""
        self.view.request_fit()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.view.update()

    def show_problem(self, text: str) -> None:
        self._set_status(text)

    def _set_status(self, text: str) -> None:
        if text != self.status.text():
            self.status.setText(text)
            self.status.setToolTip(text)

    # ------------------------------------------------------------ what to draw

    def current_marker(self):
        if self.doc is None or not self.doc.exhibit.markers:
            return None
        sel = self.selection
        try:
            if sel and sel[0] == "marker":
                return self.doc.exhibit.marker(sel[1])
            if sel and sel[0] == "item":
                return self.doc.exhibit.find_item(sel[1])[0]
        except Exception:
            pass
        return self.doc.exhibit.markers[0]

    def shown_key(self):
        """Which marker of which document the view shows (None: none); framing follows it."""
        marker = self.current_marker()
        return None if marker is None else (self._doc_serial, marker.id)

    def selected_item(self):
        if self.doc is None or not self.selection or self.selection[0] != "item":
            return None
        try:
            return self.doc.exhibit.find_item(self.selection[1])[1]
        except Exception:
            return None

    def gizmo_matrix(self, marker, transform: Transform) -> np.ndarray:
        m = np.eye(4)
        m[:3, 3] = transform.translation
        if self.mode != "translate":  # turn and scale act in the item's own axes
            m[:3, :3] = Transform(rotation=transform.rotation).matrix()[:3, :3]
        return content_to_marker(marker.mount) @ m

    def scene(self):
        from ..render import Helpers, items_for_marker

        marker = self.current_marker()
        if marker is None:
            self._set_status(tr("Add a marker to place content on it."))
            return [], Helpers(grid=True), None
        items = items_for_marker(marker, self.doc.root, language())
        item = self.selected_item()
        helpers = Helpers(marker_edge_m=marker.edge_m, grid=True, grid_size_m=max(0.5, 4 * marker.edge_m))
        if item is not None:
            helpers.gizmo = self.mode
            helpers.gizmo_matrix = self.gizmo_matrix(marker, item.transform)
            helpers.gizmo_size = self.gizmo_size(marker, item.transform)
            helpers.gizmo_active = self.view._drag_handle
        problems = getattr(self.view.renderer, "problems", {}) if self.view.renderer else {}
        self._set_status(plural(len(marker.items), "Marker {id} — {n} item", "Marker {id} — {n} items", id=marker.id) + ("  ⚠ " + next(iter(problems.values())) if problems else ""))
        return items, helpers, item.id if item is not None else None

    # ------------------------------------------------------------ editing

    def gizmo_size(self, marker, transform: Transform) -> float:
        """The gizmo's arm length in metres: a sixth of the view's height at the gizmo's distance,
        so it is the same size on screen at any zoom (a gizmo of marker size was a tangle of
        overlapping rings from afar and left the view from close up)."""
        origin = self.gizmo_matrix(marker, transform)[:3, 3]
        distance = float(np.linalg.norm(self.view.camera.eye() - origin))
        return max(1e-4, 2 * distance * math.tan(math.radians(FOV_Y_DEG) / 2) / 6)

    def drag_gizmo(self, drag, pointer_px: tuple[float, float], snapping: bool) -> None:
        """Place the item so the grabbed point of the handle is under the pointer (one undo step
        per drag: the commands of one drag merge, and the press ended the previous step)."""
        item = self.selected_item()
        if item is None or drag is None:
            return
        snapping = snapping or self.snap_box.isChecked()
        new = drag.transform_at(*pointer_px, snapping=snapping)
        self.doc.push(transform_command(item.id, new, drag.mode))

    def stand_on_marker(self) -> None:
        item = self.selected_item()
        if item is None:
            self.window_.show_info(tr("Select an item first."))
            return
        self.doc.end_merge()
        self.doc.push(transform_command(item.id, stand_on_marker(item.transform, item_bounds(self.doc.root, item)), "stand"))
        self.doc.end_merge()
