"""The placement view's OpenGL surface: draws the scene PlacementViewport hands it, frames the
camera, and turns mouse, wheel and file drops into camera moves, gizmo drags, picks and drops.
(Framing is explained in gl_viewport.py's docstring.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal

from ..core.transform import Transform
from .gl_format import edge_samples, render_surface_format
from .gl_surface import GLSurface
from .i18n import tr
from .orbit_camera import OrbitCamera
from .placement import recorded_bounds

if TYPE_CHECKING:
    from ..render import Renderer
    from .gl_viewport import PlacementViewport

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
        proj = self.camera.projection(w / h)
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
        return self.camera.projection(w / h) @ self.camera.view(), w, h

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
