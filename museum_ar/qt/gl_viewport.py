"""The placement viewport: one marker and its items in 3D, drawn by museum_ar.render.

Mouse: drag a gizmo handle to move / turn / scale the selected item along that axis (one undo step
per drag); click an item to select it; drag elsewhere to orbit, right- or middle-drag to pan, wheel
to zoom. Snapping (1 cm, 15°, 0.1×) is a toggle and also applies while Ctrl is held.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core import commands as cmd
from ..core.frames import content_to_marker
from ..core.transform import Transform, quat_from_axis_angle, quat_multiply
from .gl_format import render_surface_format
from .i18n import language, tr
from .placement import SNAP_MOVE_M, SNAP_SCALE, SNAP_TURN_DEG, item_bounds, snap, stand_on_marker

AXES = {"x": np.array([1.0, 0, 0]), "y": np.array([0, 1.0, 0]), "z": np.array([0, 0, 1.0])}


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
        self.distance = max(0.05, min(20.0, self.distance * 0.85**steps))


class GLView(QOpenGLWidget):
    item_picked = Signal(str)

    def __init__(self, owner: "PlacementViewport"):
        super().__init__()
        self.setFormat(render_surface_format(samples=4))
        self.owner = owner
        self.camera = OrbitCamera()
        self.renderer = None
        self.gl_error = ""
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._drag_handle: str | None = None
        self._drag_start: Transform | None = None
        self._moved = False
        self.setMouseTracking(False)
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
        try:
            self.renderer.draw(None, self.camera.view(), perspective(40.0, w / h), items, selection=selected, helpers=helpers, viewport=(w, h))
        except Exception as e:  # keep the window alive; say what went wrong once
            if not self.gl_error:
                self.gl_error = str(e)
                o.show_problem(tr("The 3D view cannot draw: {error}", error=e))
            return
        if getattr(self.renderer.cache, "pending", 0):
            # a mesh is still loading in the background: look again soon, without spinning the
            # GUI thread (that would take the CPU the loader needs)
            QTimer.singleShot(100, self.update)

    # ------------------------------------------------------------ mouse

    def _px(self, pos: QPointF) -> tuple[float, float]:
        dpr = self.devicePixelRatioF()
        return pos.x() * dpr, pos.y() * dpr

    def mousePressEvent(self, e):
        self._press = self._last = e.position()
        self._moved = False
        self._drag_handle = None
        item = self.owner.selected_item()
        if e.button() == Qt.MouseButton.LeftButton and item is not None and self.renderer is not None:
            self._drag_handle = self.renderer.pick_gizmo(*self._px(e.position()))
            if self._drag_handle:
                self._drag_start = item.transform
                self.owner.doc.end_merge()
        self.update()

    def mouseMoveEvent(self, e):
        if self._last is None:
            return
        d = e.position() - self._last
        self._last = e.position()
        if (e.position() - self._press).manhattanLength() > 3:
            self._moved = True
        if self._drag_handle:
            total = e.position() - self._press
            self.owner.drag_gizmo(self._drag_handle, self._drag_start, total, snapping=bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier))
        elif e.buttons() & Qt.MouseButton.LeftButton:
            self.camera.orbit(d.x(), d.y())
        elif e.buttons() & (Qt.MouseButton.RightButton | Qt.MouseButton.MiddleButton):
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

    def wheelEvent(self, e):
        self.camera.zoom(e.angleDelta().y() / 120)
        self.update()


class PlacementViewport(QWidget):
    def __init__(self, window):
        super().__init__()
        self.setObjectName("viewport")
        self.window_ = window
        self.doc = None
        self.selection = None
        self.mode = "translate"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.mode_group = QButtonGroup(self)
        for mode, text in (("translate", tr("Move")), ("rotate", tr("Turn")), ("scale", tr("Scale"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(mode == self.mode)
            b.clicked.connect(lambda _=False, mode=mode: self.set_mode(mode))
            self.mode_group.addButton(b)
            bar.addWidget(b)
        self.snap_box = QCheckBox(tr("Snap (1 cm, 15°)"))
        self.snap_box.setToolTip(tr("Also while holding Ctrl"))
        bar.addWidget(self.snap_box)
        stand = QPushButton(tr("Stand on marker"))
        stand.clicked.connect(self.stand_on_marker)
        bar.addWidget(stand)
        self.status = QLabel()
        bar.addWidget(self.status, 1)
        lay.addLayout(bar)
        self.view = GLView(self)
        self.view.item_picked.connect(lambda item_id: window.tree.select("item", item_id))
        lay.addWidget(self.view, 1)

    # ------------------------------------------------------------ state from the window

    def set_document(self, doc) -> None:
        if self.doc is not None:
            try:
                self.doc.changed.disconnect(self.view.update)
            except (RuntimeError, TypeError):
                pass
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self.view.update)
        self.view.update()

    def set_selection(self, selection) -> None:
        self.selection = selection
        self.view.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.view.update()

    def show_problem(self, text: str) -> None:
        self.status.setText(text)

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
            self.status.setText(tr("Add a marker to place content on it."))
            return [], Helpers(grid=True), None
        items = items_for_marker(marker, self.doc.root, language())
        item = self.selected_item()
        helpers = Helpers(marker_edge_m=marker.size_mm / 1000, grid=True, grid_size_m=max(0.5, marker.size_mm / 250))
        if item is not None:
            helpers.gizmo = self.mode
            helpers.gizmo_matrix = self.gizmo_matrix(marker, item.transform)
            helpers.gizmo_size = max(0.06, marker.size_mm / 1000 * 0.9)
            helpers.gizmo_active = self.view._drag_handle
        problems = getattr(self.view.renderer, "problems", {}) if self.view.renderer else {}
        self.status.setText(tr("Marker {id} — {n} item(s)", id=marker.id, n=len(marker.items)) + ("  ⚠ " + next(iter(problems.values())) if problems else ""))
        return items, helpers, item.id if item is not None else None

    # ------------------------------------------------------------ editing

    def drag_gizmo(self, handle: str, start: Transform, total_px: QPointF, snapping: bool) -> None:
        marker, item = self.current_marker(), self.selected_item()
        if item is None or marker is None:
            return
        snapping = snapping or self.snap_box.isChecked()
        view = self.view
        dpr = view.devicePixelRatioF()
        w, h = max(1, int(view.width() * dpr)), max(1, int(view.height() * dpr))
        mvp = perspective(40.0, w / h) @ view.camera.view()
        g = self.gizmo_matrix(marker, start)
        size = max(0.06, marker.size_mm / 1000 * 0.9)
        origin = g @ np.array([0, 0, 0, 1.0])
        tip = g @ np.append(AXES[handle] * size, 1.0)
        a, b = mvp @ origin, mvp @ tip
        screen = (b[:2] / b[3] - a[:2] / a[3]) * np.array([w / 2, -h / 2])  # axis on screen, pixels
        length2 = float(screen @ screen)
        along = float(np.array([total_px.x() * dpr, total_px.y() * dpr]) @ screen) / max(length2, 1e-6)  # in gizmo sizes
        if self.mode == "translate":
            delta = along * size
            if snapping:
                delta = snap(delta, SNAP_MOVE_M)
            t = list(start.translation)
            t["xyz".index(handle)] += delta
            new = start.with_translation(tuple(t))
        elif self.mode == "rotate":
            degrees = (total_px.x() - total_px.y()) * 0.5
            if snapping:
                degrees = snap(degrees, SNAP_TURN_DEG)
            new = start.with_rotation(quat_multiply(start.rotation, quat_from_axis_angle(AXES[handle], degrees)))
        else:
            factor = max(0.01, 1.0 + along)
            if snapping:
                factor = max(SNAP_SCALE, snap(factor, SNAP_SCALE))
            new = start.with_scale(tuple(s * factor for s in start.scale))
        self.doc.push(cmd.SetTransform(item.id, new))

    def stand_on_marker(self) -> None:
        item = self.selected_item()
        if item is None:
            self.window_.show_info(tr("Select an item first."))
            return
        self.doc.end_merge()
        self.doc.push(cmd.SetTransform(item.id, stand_on_marker(item.transform, item_bounds(self.doc.root, item))))
        self.doc.end_merge()
