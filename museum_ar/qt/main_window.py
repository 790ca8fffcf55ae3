"""The curator's window: start screen, or the open exhibit with tree, inspector, viewport and
AR preview. Menus and toolbar live in actions.py; this file holds the document life cycle
(new, open, recover, save, close) and wires the panels to the Document."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import commands as cmd
from ..core.errors import MuseumArError
from ..core.exhibit import Marker
from ..core.project import Project, create_project, has_recovery, load_project, load_recovery, store_asset
from . import i18n
from .actions import build_actions
from .dialogs import MessageBar, NewExhibitDialog, ask
from .document import Batch, Document
from .i18n import tr
from .inspector import Inspector
from .settings import remember_recent, save_language
from .start_screen import StartScreen
from .tree import ExhibitTree
from .workers import Job

AUTOSAVE_MS = 30_000


def _store_imported(root: Path, scratch: Path, items: list) -> None:
    """Copy the imported items' files from `scratch` into the project's assets/ (content-named,
    so the items' paths stay valid); if that fails half-way, remove what this call added."""
    added = []
    try:
        for rel in sorted({p for it in items for p in it.asset_paths()}):
            existed = (root / rel).exists()
            store_asset(root, scratch / rel, Path(rel).suffix)
            if not existed:
                added.append(rel)
    except BaseException:
        for rel in added:
            (root / rel).unlink(missing_ok=True)
        raise


def plain_error(e: BaseException) -> str:
    if isinstance(e, MuseumArError):
        return str(e)
    if isinstance(e, OSError):
        where = f" ({e.filename})" if e.filename else ""
        return tr("The disk refused: {error}{where}. Your changes are still open here; try saving somewhere else.", error=e.strerror or str(e), where=where)
    return str(e)


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        self.doc: Document | None = None
        self.jobs: list[Job] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.resize(1280, 800)
        # The docks live as long as the window; a language switch replaces what is inside them.
        self.tree_dock = self._dock("treeDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock("inspectorDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.preview_dock = self._dock("previewDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.preview_dock)
        self.inspector_dock.raise_()
        self.tree = None
        self.preview = None
        self._build_ui()

    # ------------------------------------------------------------ building (again on language switch)

    def _build_ui(self) -> None:
        # widgets take their parent's locale: the window's must follow the UI language, so that
        # spin boxes show and read "1,5" in German and "1.5" in English
        self.setLocale(i18n.number_locale(i18n.language()))
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            if bar.parent() is self:
                self.removeToolBar(bar)
                bar.deleteLater()
        for old in (self.tree, self.preview):
            if old is not None:
                old.deleteLater()
        self.actions = build_actions(self)
        self.message_bar = MessageBar()
        self.start_screen = StartScreen()
        self.start_screen.open_requested.connect(self.open_exhibit)
        self.start_screen.new_requested.connect(self.new_exhibit_dialog)
        self.start_screen.browse_requested.connect(self.open_dialog)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_screen)
        from .viewport import make_viewport  # the 3D view needs the renderer; it says so if absent

        self.viewport = make_viewport(self)
        self.pages.addWidget(self.viewport)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.tree = ExhibitTree()
        self.tree.selection_changed.connect(self._selection_changed)
        self.tree.files_dropped.connect(self.attach_files)
        self.tree.addAction(self.actions.remove)
        self.tree_dock.setWindowTitle(tr("Exhibit"))
        self.tree_dock.setWidget(self.tree)
        self.inspector: Inspector | None = None
        self.inspector_dock.setWindowTitle(tr("Properties"))
        from .preview_dock import PreviewDock

        self.preview = PreviewDock(self)
        self.preview_dock.setWindowTitle(tr("AR preview"))
        self.preview_dock.setWidget(self.preview)
        self._attach_document()

    def _dock(self, name: str, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _attach_document(self) -> None:
        """Show the open document (or the start screen) in freshly built panels."""
        doc = self.doc
        open_ = doc is not None
        self.pages.setCurrentIndex(1 if open_ else 0)
        for dock in (self.tree_dock, self.inspector_dock, self.preview_dock):
            dock.setVisible(open_)
        if open_:
            self.inspector = Inspector(doc)
            self.inspector.remove_requested.connect(self.remove)
            old = self.inspector_dock.widget()
            self.inspector_dock.setWidget(self.inspector)
            if old is not None:
                old.deleteLater()
            # narrow enough that the window fits a 1366 px screen (in German too, whose words are
            # longer); the inspector scrolls rather than clipping when it is narrower than its rows
            self.tree_dock.setMinimumWidth(240)
            self.inspector_dock.setMinimumWidth(400)
            self.tree.rebuild(doc.exhibit, doc.root)
            self.inspector.show_selection(self.tree.selected())
            self.viewport.set_document(doc)
            self.preview.set_document(doc)
        else:
            self.inspector = None
            self.start_screen.refresh_recent()
            self.viewport.set_document(None)
            self.preview.set_document(None)
        self._update_title()
        self._update_actions()

    # ------------------------------------------------------------ document life cycle

    def set_document(self, doc: Document | None) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._doc_changed)
            self.doc.dirty_changed.disconnect(self._update_title)
            self.doc.error.disconnect(self.show_error)
            self.doc.deleteLater()
        self.doc = doc
        if doc is not None:
            doc.setParent(self)
            doc.changed.connect(self._doc_changed)
            doc.dirty_changed.connect(self._update_title)
            doc.error.connect(self.show_error)
            remember_recent(doc.root)
        self.message_bar.hide()
        self._attach_document()

    def new_exhibit(self, root: Path, title_de: str, title_en: str = "") -> bool:
        if not self.close_exhibit():
            return False
        try:
            from ..core.localized import LocalizedText

            project = create_project(root, LocalizedText.of(de=title_de, en=title_en or title_de))
        except (MuseumArError, OSError) as e:
            self.show_error(plain_error(e))
            return False
        self.set_document(Document(project))
        return True

    def new_exhibit_dialog(self) -> None:
        dlg = NewExhibitDialog(self)
        if dlg.exec():
            self.new_exhibit(dlg.target(), dlg.title_de.text().strip(), dlg.title_en.text().strip())

    def open_dialog(self) -> None:
        d = QFileDialog.getExistingDirectory(self, tr("Open exhibit folder"))
        if d:
            self.open_exhibit(Path(d))

    def open_exhibit(self, root: Path) -> bool:
        root = Path(root)
        if self.doc is not None and self.doc.root.resolve() == root.resolve():
            return True
        if not self.close_exhibit():
            return False
        try:
            project = load_project(root, check_assets=False)
        except (MuseumArError, OSError) as e:
            self.show_error(tr("Could not open the exhibit. {error}", error=plain_error(e)))
            return False
        recovered = False
        if has_recovery(root):
            choice = ask(
                self,
                tr("Recover unsaved changes?"),
                tr("museum-ar was closed without saving the exhibit “{title}”. Do you want to continue with the changes it kept?", title=project.exhibit.title.get(i18n.language()) or root.name),
                [(tr("Recover changes"), QMessageBox.ButtonRole.AcceptRole), (tr("Open last saved version"), QMessageBox.ButtonRole.DestructiveRole)],
            )
            if choice == 0:
                try:
                    project = Project(root, load_recovery(root))
                    recovered = True
                except MuseumArError as e:
                    self.show_error(tr("The kept changes cannot be read ({error}); the last saved version is open.", error=str(e)))
            else:
                Document(project).discard_autosave()
        self.set_document(Document(project, recovered=recovered))
        from ..core.project import missing_assets

        missing = missing_assets(root, project.exhibit)
        if missing:
            self.show_error(tr("{n} file(s) of this exhibit are missing, e.g. {path}. The items stay in the exhibit; attach the file again to repair them.", n=len(missing), path=missing[0][1]))
        elif recovered:
            self.show_info(tr("The unsaved changes were recovered. Save to keep them."))
        return True

    def save(self) -> bool:
        if self.doc is None:
            return True
        try:
            self.doc.save()
        except (MuseumArError, OSError) as e:
            self.show_error(tr("Could not save. {error}", error=plain_error(e)))
            return False
        self.show_info(tr("Saved."))
        return True

    def close_exhibit(self) -> bool:
        """Close the open exhibit, asking about unsaved changes. False when the user cancels."""
        if self.doc is None:
            return True
        if self.doc.is_dirty():
            choice = ask(
                self,
                tr("Save changes?"),
                tr("The exhibit “{title}” has unsaved changes.", title=self.doc.exhibit.title.get(i18n.language()) or self.doc.root.name),
                [(tr("Save"), QMessageBox.ButtonRole.AcceptRole), (tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole), (tr("Cancel"), QMessageBox.ButtonRole.RejectRole)],
            )
            if choice == 0:
                if not self.save():
                    return False
            elif choice == 1:
                self.doc.discard_autosave()
            else:
                return False
        self.preview.stop()
        self.set_document(None)
        return True

    def autosave_now(self) -> None:
        if self.doc is None:
            return
        try:
            self.doc.autosave()
        except (MuseumArError, OSError) as e:
            self.show_error(tr("Autosave failed: {error}", error=plain_error(e)))

    def closeEvent(self, e) -> None:
        if self.close_exhibit():
            for job in list(self.jobs):
                job.cancel()  # stops at the import's next step; wait so no thread outlives the window
                job.thread.wait(15000)
            e.accept()
        else:
            e.ignore()

    # ------------------------------------------------------------ edits

    def add_marker(self) -> str | None:
        if self.doc is None:
            return None
        used = {m.id for m in self.doc.exhibit.markers}
        n = 1
        while f"M{n}" in used:
            n += 1
        marker_id = f"M{n}"
        self.doc.end_merge()
        if self.doc.push(cmd.AddMarker(Marker(marker_id, 100.0))):
            self.tree.select("marker", marker_id)
            return marker_id
        return None

    def remove(self, kind: str, ident: str) -> None:
        if self.doc is None:
            return
        self.doc.end_merge()
        self.doc.push(cmd.RemoveMarker(ident) if kind == "marker" else cmd.RemoveItem(ident))

    def remove_selected(self) -> None:
        sel = self.tree.selected()
        if sel and sel[0] in ("marker", "item"):
            self.remove(*sel)

    def selected_marker(self) -> str | None:
        sel = self.tree.selected()
        if sel is None or self.doc is None:
            return None
        if sel[0] == "marker":
            return sel[1]
        if sel[0] == "item":
            return self.doc.exhibit.find_item(sel[1])[0].id
        return self.doc.exhibit.markers[0].id if self.doc.exhibit.markers else None

    def attach_dialog(self) -> None:
        marker_id = self.selected_marker()
        if marker_id is None:
            self.show_error(tr("Add a marker first: files are attached to a marker."))
            return
        from ..content.formats import dialog_filter  # the one format table (content is imported lazily)

        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Attach files to marker {id}", id=marker_id), "",
            dialog_filter(tr("Content"), tr("All files")),
        )
        if files:
            self.attach_files(marker_id, [Path(f) for f in files])

    def attach_files(self, marker_id: str, paths: list) -> Job | None:
        """Import the files on a worker thread, then add them to the marker as one undo step."""
        if self.doc is None:
            return None
        from ..content import import_item  # heavy (trimesh, cv2): only when first needed
        from .mesh_size_dialog import ask_mesh_sizes

        doc, root, paths = self.doc, self.doc.root, [Path(p) for p in paths]
        marker_m = doc.exhibit.marker(marker_id).size_mm / 1000.0  # a model far larger than it is a question

        def work(progress):
            # Import into a scratch folder and copy into the exhibit's assets/ only once every
            # file is done and Cancel was not pressed: a cancel (even one landing while a file's
            # outputs are being stored) or a later file failing leaves nothing in the project.
            with tempfile.TemporaryDirectory(prefix="museum-ar-attach-") as scratch:
                items = []
                for n, p in enumerate(paths):
                    items.append(import_item(scratch, p, progress.scaled(n / len(paths), (n + 1) / len(paths)), marker_m=marker_m))
                progress.check()  # the last moment to cancel
                _store_imported(root, Path(scratch), items)
            return items

        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        job = Job(work, tr("Importing {names}", names=names), self)

        def done(ok: bool, result) -> None:
            self.jobs.remove(job)
            if not ok:
                if job.cancelled:
                    self.show_info(tr("Import cancelled; nothing was changed."))
                else:
                    self.show_error(tr("Could not attach the file. {error}", error=result))
                return
            if self.doc is not doc:
                return  # the exhibit was closed meanwhile
            doc.end_merge()
            result = ask_mesh_sizes(self, doc.exhibit.marker(marker_id), result)  # unit/up questions, side by side
            if not result:
                return
            adds = [cmd.AddItem(marker_id, it) for it in result]
            if doc.push(Batch(adds, tr("attach files") if len(adds) > 1 else adds[0].text)):
                self.tree.select("item", result[-1].id)
                self.show_info(tr("Attached {n} file(s) to marker {id}.", n=len(result), id=marker_id))

        job.finished.connect(done)
        self.jobs.append(job)
        job.start()
        return job

    # ------------------------------------------------------------ reacting

    def _doc_changed(self) -> None:
        self.tree.rebuild(self.doc.exhibit, self.doc.root, prefer=self.inspector.selection if self.inspector else None)
        self._update_actions()

    def _selection_changed(self, selection) -> None:
        if self.inspector is not None:
            self.inspector.show_selection(selection)
        self.viewport.set_selection(selection)
        self._update_actions()

    def _update_title(self, *_):
        if self.doc is None:
            self.setWindowTitle("museum-ar")
            self.setWindowModified(False)
        else:
            title = self.doc.exhibit.title.get(i18n.language()) or self.doc.root.name
            self.setWindowTitle(f"{title}[*] — museum-ar")
            self.setWindowModified(self.doc.is_dirty())

    def _update_actions(self) -> None:
        self.actions.update(self)

    def show_error(self, text: str) -> None:
        self.message_bar.show_message(text, "error")

    def show_info(self, text: str) -> None:
        self.message_bar.show_message(text, "info")

    def set_language(self, lang: str) -> None:
        if lang == i18n.language():
            return
        i18n.set_language(lang)
        save_language(lang)
        self.preview.stop()
        self._build_ui()
