"""Menus, toolbar and keyboard shortcuts of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from .. import __version__
from . import i18n
from .features import feature_missing
from .i18n import tr
from .settings import recent_exhibits


class Actions:
    def __init__(self, w):
        def act(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            a = QAction(text, w)
            if shortcut is not None:
                a.setShortcut(shortcut)
            if tip:
                a.setToolTip(tip)
                a.setStatusTip(tip)
            a.triggered.connect(lambda _=False: slot())
            return a

        self.new = act(tr("&New exhibit…"), w.new_exhibit_dialog, QKeySequence.StandardKey.New)
        self.open = act(tr("&Open exhibit…"), w.open_dialog, QKeySequence.StandardKey.Open)
        self.save = act(tr("&Save"), w.save, QKeySequence.StandardKey.Save)
        self.close = act(tr("&Close exhibit"), w.close_exhibit, QKeySequence("Ctrl+W"))
        self.quit = act(tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.undo = act(tr("&Undo"), lambda: w.doc and w.doc.undo(), QKeySequence("Ctrl+Z"))
        self.redo = act(tr("&Redo"), lambda: w.doc and w.doc.redo(), QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_marker = act(tr("Add &marker"), w.add_marker, QKeySequence("Ctrl+M"), tr("Add a QR marker to the exhibit"))
        self.add_artwork = act(tr("Add &artwork marker…"), lambda: _open_image_target_panel(w), None, tr("Add a marker that is the artwork itself (a drawing, painting or poster), tracked by its picture"))
        self.attach = act(tr("&Attach files…"), w.attach_dialog, QKeySequence("Ctrl+I"), tr("Attach 3D models, pictures, video, sound or text to the selected marker (or drop files onto a marker)"))
        self.remove = act(tr("&Remove"), w.remove_selected, QKeySequence.StandardKey.Delete)
        self.remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_markers = act(tr("&Print markers…"), lambda: _open_print(w), QKeySequence.StandardKey.Print)
        self.export = act(tr("&Export bundle…"), lambda: _open_export(w), QKeySequence("Ctrl+E"))
        self.preview = act(tr("AR &preview"), lambda: w.preview_dock.show() or w.preview_dock.raise_())
        self.about = act(tr("&About museum-ar"), lambda: QMessageBox.about(w, "museum-ar", tr("museum-ar {version}\nAugmented reality for museum exhibits.", version=__version__)))

        for action, feature in ((self.print_markers, "print"), (self.export, "export")):
            missing = feature_missing(feature)
            action.setData(missing)
            if missing:
                action.setText(action.text() + " " + tr("(not yet available)"))
                action.setToolTip(missing)

        bar = w.menuBar()
        m = bar.addMenu(tr("&File"))
        m.addActions([self.new, self.open])
        self.recent_menu = m.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent(w))
        m.addActions([self.save, self.close])
        m.addSeparator()
        m.addActions([self.print_markers, self.export])
        m.addSeparator()
        m.addAction(self.quit)
        m = bar.addMenu(tr("&Edit"))
        m.addActions([self.undo, self.redo])
        m.addSeparator()
        m.addActions([self.add_marker, self.add_artwork, self.attach, self.remove])
        m = bar.addMenu(tr("&View"))
        m.addAction(self.preview)
        lang_menu = m.addMenu(tr("&Language"))
        group = QActionGroup(w)
        for code, name in i18n.LANGUAGES.items():
            a = QAction(name, w, checkable=True)
            a.setChecked(code == i18n.language())
            a.triggered.connect(lambda _=False, code=code: w.set_language(code))
            group.addAction(a)
            lang_menu.addAction(a)
        m = bar.addMenu(tr("&Help"))
        m.addAction(self.about)

        tb = QToolBar(tr("Main tools"), w)
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setMovable(False)
        tb.addActions([self.save, self.undo, self.redo])
        tb.addSeparator()
        tb.addActions([self.add_marker, self.attach])
        tb.addSeparator()
        tb.addActions([self.print_markers, self.export, self.preview])
        w.addToolBar(tb)
        self.toolbar = tb
        self._toolbar_for_open: bool | None = None  # the state the toolbar was last shown/hidden for

    def _fill_recent(self, w) -> None:
        self.recent_menu.clear()
        entries = recent_exhibits()
        if not entries:
            a = self.recent_menu.addAction(tr("(nothing yet)"))
            a.setEnabled(False)
        for root in entries:
            a = self.recent_menu.addAction(str(root))
            a.triggered.connect(lambda _=False, root=root: w.open_exhibit(Path(root)))

    def update(self, w) -> None:
        doc = w.doc
        open_ = doc is not None
        if open_ != self._toolbar_for_open:
            # With no exhibit open every tool would be greyed out: the start screen has its own
            # buttons, so the toolbar appears only with an exhibit (the menus stay). Only on a change,
            # so that a toolbar the curator hid (right-click menu) stays hidden while editing.
            self._toolbar_for_open = open_
            self.toolbar.setVisible(open_)
            self.toolbar.toggleViewAction().setEnabled(open_)
        for a in (self.save, self.close, self.add_marker, self.add_artwork, self.attach, self.preview):
            a.setEnabled(open_)
        for a in (self.print_markers, self.export):
            a.setEnabled(open_ and not a.data())
        self.undo.setEnabled(open_ and doc.stack.can_undo())
        self.redo.setEnabled(open_ and doc.stack.can_redo())
        self.undo.setText(tr("&Undo {what}", what=tr(doc.stack.undo_text())) if open_ and doc.stack.can_undo() else tr("&Undo"))
        self.redo.setText(tr("&Redo {what}", what=tr(doc.stack.redo_text())) if open_ and doc.stack.can_redo() else tr("&Redo"))
        sel = w.tree.selected() if open_ else None
        self.remove.setEnabled(bool(sel and sel[0] in ("marker", "item")))
        self.attach.setEnabled(open_ and bool(doc.exhibit.markers))


def build_actions(w) -> Actions:
    return Actions(w)


def _open_image_target_panel(w) -> None:
    from .image_target_panel import open_image_target_panel

    open_image_target_panel(w)


def _open_print(w) -> None:
    from .print_dialog import PrintDialog

    if w.doc is not None:
        PrintDialog(w.doc, w).exec()


def _open_export(w) -> None:
    from .export_dialog import ExportDialog

    if w.doc is not None:
        ExportDialog(w.doc, w).exec()
