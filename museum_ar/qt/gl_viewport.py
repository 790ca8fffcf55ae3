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
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.frames import content_to_marker
from ..core.transform import Transform
from .gl_view import GLView
from .i18n import plural, language, tr
from .orbit_camera import FOV_Y_DEG
from .placement import item_bounds, stand_on_marker, transform_command
from .widgets import ElidedLabel

AXES = {"x": np.array([1.0, 0, 0]), "y": np.array([0, 1.0, 0]), "z": np.array([0, 0, 1.0])}
# the checked mode button in the palette's selection colours, so the active one is plain to see
CHECKED_STYLE = "QPushButton:checked:enabled { background-color: palette(highlight); color: palette(highlighted-text); border: 1px solid palette(dark); border-radius: 3px; }"


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
        bar.addStretch(1)
        lay.addLayout(bar)
        self.hint = EmptyViewHint()
        lay.addWidget(self.hint)
        self.view = GLView(self)
        self.view.item_picked.connect(lambda item_id: window.tree.select("item", item_id))
        lay.addWidget(self.view, 1)
        # Below the view, not in the tool bar: beside the German buttons a 640 px view left the
        # status no room at all, so "add a marker" and render problems were never seen.
        self.status = ElidedLabel()
        self.status.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(self.status)
        remove = getattr(getattr(window, "app_actions", None), "remove", None)
        if remove is not None:  # Delete keeps removing the selection after a click into the view
            self.addAction(remove)
        self._update_tools()

    # ------------------------------------------------------------ state from the window

    def set_document(self, doc) -> None:
        if self.doc is not None:
            self.doc.stop_telling(self.view.update, self._update_tools)
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
        self._update_hint()
        has_item = self.selected_item() is not None
        why = tr("Select an item (not a marker) to use this")
        for w in (*self.mode_buttons.values(), self.snap_box, self.stand_button):
            w.setEnabled(has_item)
            w.setToolTip(w.property("tip") if has_item else why)

    def _update_hint(self) -> None:
        """What to do next, over the empty view: a first-time curator sees a bare grid otherwise."""
        marker = self.current_marker()
        if self.doc is None:
            text = ""
        elif marker is None:
            text = tr("This exhibit has no marker yet.\nAdd one with “Add marker” in the tool bar: a marker is the printed card the content appears on.")
        elif not marker.items:
            text = tr("Marker {id} has no content yet.\nDrop 3D models, pictures, videos, sound or text files here, or use “Attach files”.", id=marker.id)
        else:
            text = ""
        self.hint.show_text(text)

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


class EmptyViewHint(QLabel):
    """What to do next while there is nothing to place (no marker, or a marker without content),
    in a band over the 3D view. Not drawn inside the view: the view is a native OpenGL window
    (gl_surface), over which no widget can be shown."""

    def __init__(self):
        super().__init__()
        self.setObjectName("empty_view_hint")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background-color: palette(tool-tip-base); color: palette(tool-tip-text);"
                           " border: 1px solid palette(mid); border-radius: 4px; padding: 8px; margin: 0 6px 4px 6px; }")
        self.hide()

    def show_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
