"""The curator's window: start screen, or the open exhibit with tree, inspector, viewport and
AR preview. Menus and toolbar live in actions.py; this file holds the document life cycle
(new, open, recover, save, close) and wires the panels to the Document."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
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
from ..core.lock import SessionLock
from ..core.project import Project, create_project, has_recovery, load_project, load_recovery
from . import attach, i18n
from .actions import build_actions
from .dialogs import MessageBar, NewExhibitDialog, ask
from .document import Document
from .gui_gc import FREEZE_AFTER_OPEN_MS, collect_garbage_on_gui_thread, freeze_long_lived
from .i18n import plural, tr
from .inspector import Inspector
from .messages import error_text
from .native_libs import load_usd_libraries
from .settings import remember_recent, save_language
from .start_screen import StartScreen
from .tree import ExhibitTree, tree_signature
from .warm_up_imports import warm_up_imports
from .workers import Job

if TYPE_CHECKING:
    from .gl_warm_up import GLWarmUp

# Autosave this long after the last edit (each edit restarts the wait): a crash loses at most the
# last few seconds of work, and a burst of edits (a gizmo drag, typing) is written once, not per step.
AUTOSAVE_DELAY_MS = 2_000
# ... but never later than this after the first unsaved edit, however busily the curator edits on
AUTOSAVE_MAX_WAIT_MS = 4_000


def plain_error(e: BaseException) -> str:
    """An error in the UI language (messages.error_text); a refused disk adds that nothing is lost."""
    if isinstance(e, OSError) and not isinstance(e, MuseumArError):
        where = f" ({e.filename})" if e.filename else ""
        return tr("The disk refused: {error}{where}. Your changes are still open here; try saving somewhere else.", error=e.strerror or str(e), where=where)
    return error_text(e)


WARM_UP_AFTER_MS = 500  # after the window is made (its GL views included) and first painted
# the GL views' warm-up begins this long after they are made (the window's first paint and an
# exhibit opened at start come first); their own steps as long after the shader cache is filled
GL_WARM_UP_AFTER_MS = 300


class MainWindow(QMainWindow):
    def __init__(self):
        # usd-core's libraries first, while this is the only Python thread: loaded later by the
        # export's worker they could deadlock the GUI thread's next GL call (native_libs.py)
        load_usd_libraries()
        super().__init__()
        collect_garbage_on_gui_thread(QApplication.instance())  # Qt objects die on this thread only
        # after the first paint: at startup the window itself needs the CPU (and the GIL) first
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)
        self.gl_warm_up: GLWarmUp | None = None  # the GL views' (prepare_gl_views starts it)
        self._gl_warm_up_skipped = False
        self.setObjectName("mainWindow")
        self.doc: Document | None = None
        self.jobs: list[Job] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_pending_since: float | None = None
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

    def _warm_up(self) -> None:
        self.warm_up = warm_up_imports()

    def prepare_gl_views(self) -> None:
        """Make the OpenGL views' contexts before the window is first shown. A QOpenGLWidget
        makes its context, and switches its window to OpenGL composition, when it is first shown:
        done when an exhibit opened, that stood the GUI thread still for 250-350 ms on software GL
        (benchmarks/app.py, longest_stall_ms_open). Here it is part of start-up instead, with the
        window laid out as for an open exhibit but not put on the screen."""
        if self.isVisible() or self.doc is not None:
            return
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        docks = (self.tree_dock, self.inspector_dock, self.preview_dock, self.app_actions.toolbar)
        for dock in docks:
            dock.setVisible(True)
        self.pages.setCurrentIndex(1)
        self.show()
        for _ in range(3):  # the show and its first paint: initializeGL of both views
            QApplication.processEvents()
        self.hide()
        for dock in docks:
            dock.setVisible(False)
        self.pages.setCurrentIndex(0)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
        QTimer.singleShot(GL_WARM_UP_AFTER_MS, self._start_gl_warm_up)

    def gl_warm_up_over(self) -> bool:
        """The 3D views' warm-up has finished, or will not run (switched off, no GL views, an
        exhibit opened before it began)."""
        return self.gl_warm_up.done if self.gl_warm_up is not None else self._gl_warm_up_skipped

    def _start_gl_warm_up(self) -> None:
        """Compile the 3D views' shaders while the start screen is read (qt/gl_warm_up.py): with an
        empty shader cache the first model dropped stood the window still for 144-224 ms. First a
        thread of its own fills Mesa's shader cache (the compiling, off the GUI thread), then the
        views draw the same scenes in their own contexts, in steps (loading what was compiled)."""
        self._gl_warm_up_skipped = True
        if self.doc is not None or self.jobs or os.environ.get("MUSEUM_AR_GL_WARM_UP") == "0":
            # an exhibit opened right at start (`museum-ar open DIR`): its own first paints
            # compile what it needs, and the CPU goes to opening it
            return
        from .gl_warm_up import start_for_window

        self.gl_warm_up = start_for_window(self, GL_WARM_UP_AFTER_MS)

    # ------------------------------------------------------------ building (again on language switch)

    def _build_ui(self) -> None:
        # widgets take their parent's locale: the window's must follow the UI language, so that
        # spin boxes show and read "1,5" in German and "1.5" in English
        self.setLocale(i18n.number_locale(i18n.language()))
        i18n.set_language(i18n.language())  # Qt's own words too, should the language have been set before the application existed
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            if bar.parent() is self:
                self.removeToolBar(bar)
                bar.deleteLater()
        for old in (self.tree, self.preview):
            if old is not None:
                old.deleteLater()
        self.app_actions = build_actions(self)  # not `actions`: that is QWidget.actions()
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
        self.tree.files_dropped.connect(lambda marker_id, paths: self.drop_files(paths, marker_id))
        self.tree.addAction(self.app_actions.remove)
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
        self._update_actions()  # the toolbar (shown only with an exhibit) before the view is laid out
        # docks first, then the page: the 3D view is laid out once at its final size (each dock
        # shown beside a visible GL view resized it, and every resize rebuilt its framebuffer)
        for dock in (self.tree_dock, self.inspector_dock, self.preview_dock):
            dock.setVisible(open_)
        self.pages.setCurrentIndex(1 if open_ else 0)
        if doc is not None:
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
            self._tree_shown = tree_signature(doc.exhibit, i18n.language())
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
            self.doc.error.disconnect(self._edit_refused)
            self.doc.notice.disconnect(self._notice)
            self.doc.release()
            self.doc.deleteLater()
        self.doc = doc
        if doc is not None:
            doc.setParent(self)
            doc.changed.connect(self._doc_changed)
            doc.dirty_changed.connect(self._update_title)
            doc.error.connect(self._edit_refused)
            doc.notice.connect(self._notice)
            remember_recent(doc.root)
            # the modules an exhibit needs are imported by now and its files loading: a few
            # seconds on, what is alive is long-lived (gui_gc.py)
            QTimer.singleShot(FREEZE_AFTER_OPEN_MS, freeze_long_lived)
        self.message_bar.hide()
        self._attach_document()

    def new_exhibit(self, root: Path, title_de: str, title_en: str = "", publish_url: str = "") -> bool:
        if not self.close_exhibit():
            return False
        try:
            from ..core.localized import LocalizedText

            project = create_project(root, LocalizedText.of(de=title_de, en=title_en or title_de), publish_url=publish_url)
            lock = SessionLock(project.root)
        except (MuseumArError, OSError) as e:
            self.show_error(plain_error(e))
            return False
        self.set_document(Document(project, lock=lock))
        return True

    def new_exhibit_dialog(self) -> None:
        dlg = NewExhibitDialog(self)
        if dlg.exec():
            self.new_exhibit(dlg.target(), dlg.title_de.text().strip(), dlg.title_en.text().strip(), dlg.publish_url.text().strip())

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
            # Held for the whole session: a colleague's app or command line waits and is told who
            # has the exhibit open, instead of the two overwriting each other's saves.
            lock = SessionLock(root)
        except (MuseumArError, OSError) as e:
            self.show_error(tr("Could not open the exhibit. {error}", error=plain_error(e)))
            return False
        try:
            project = load_project(root, check_assets=False)
        except (MuseumArError, OSError) as e:
            lock.release()
            self.show_error(tr("Could not open the exhibit. {error}", error=plain_error(e)))
            return False
        recovered = False
        restored: list[str] = []
        if has_recovery(root):
            choice = ask(
                self,
                tr("Recover unsaved changes?"),
                tr("museum-ar was closed without saving the exhibit “{title}”. Do you want to continue with the changes it kept?", title=project.exhibit.title.get(i18n.language()) or root.name),
                [(tr("Recover changes"), QMessageBox.ButtonRole.AcceptRole), (tr("Open last saved version"), QMessageBox.ButtonRole.DestructiveRole)],
            )
            if choice == 0:
                try:
                    from .recovery import describe_changes

                    kept = load_recovery(root)
                    restored = describe_changes(project.exhibit, kept)
                    project = Project(root, kept)
                    recovered = True
                except MuseumArError as e:
                    self.show_error(tr("The kept changes cannot be read ({error}); the last saved version is open.", error=str(e)))
            else:
                Document(project).discard_autosave()
        self.set_document(Document(project, recovered=recovered, lock=lock))
        from ..core.project import missing_assets

        missing = missing_assets(root, project.exhibit)
        if missing:
            self.show_error(plural(len(missing), "{n} file of this exhibit is missing: {path}. The item stays in the exhibit; attach the file again to repair it.", "{n} files of this exhibit are missing, e.g. {path}. The items stay in the exhibit; attach the files again to repair them.", path=missing[0][1]))
        elif recovered:
            what = "; ".join(restored) if restored else tr("no visible difference")
            self.show_info(tr("Recovered the unsaved changes: {what}. Save to keep them.", what=what), stay=True)
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

    def _schedule_autosave(self) -> None:
        """(Re)start the wait: written a moment after the last edit, at the latest
        AUTOSAVE_MAX_WAIT_MS after the first edit not yet written."""
        now = time.monotonic()
        if self._autosave_pending_since is None:
            self._autosave_pending_since = now
        left_ms = AUTOSAVE_MAX_WAIT_MS - (now - self._autosave_pending_since) * 1000
        self.autosave_timer.start(int(max(0, min(AUTOSAVE_DELAY_MS, left_ms))))

    def autosave_now(self) -> None:
        self._autosave_pending_since = None
        if self.doc is None:
            return
        try:
            self.doc.autosave()
        except (MuseumArError, OSError) as e:
            self.show_error(tr("Autosave failed: {error}", error=plain_error(e)))

    def closeEvent(self, e) -> None:
        if self.close_exhibit():
            if self.gl_warm_up is not None:
                self.gl_warm_up.stop()
            for job in list(self.jobs):
                job.cancel()  # stops at the import's next step; wait so no thread outlives the window
                job.worker_thread.wait(15000)
            e.accept()
        else:
            e.ignore()

    # ------------------------------------------------------------ edits

    def add_marker(self) -> str | None:
        if self.doc is None:
            return None
        from ..markers.payload import codes_too_close

        used = [m.id for m in self.doc.exhibit.markers]
        n = 1
        # the next free id whose printed code a tablet cannot mistake for another marker's
        while f"M{n}" in used or codes_too_close(self.doc.exhibit.publish_url, f"M{n}", used):
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
        attach.attach_dialog(self)

    def drop_files(self, paths: list, marker_id: str = "") -> Job | None:
        return attach.drop_files(self, paths, marker_id)

    def attach_files(self, marker_id: str, paths: list) -> Job | None:
        return attach.attach_files(self, marker_id, paths)

    # ------------------------------------------------------------ reacting

    def _edit_refused(self, text: str) -> None:
        self.show_error(text)
        self._edit_error_shown = True

    def _doc_changed(self) -> None:
        if getattr(self, "_edit_error_shown", False) and self.message_bar.kind == "error":
            self.message_bar.hide()  # the next edit went through: the refusal is out of date
        self._edit_error_shown = False
        self._schedule_autosave()
        assert self.doc is not None  # the signal comes from the open document
        shown = tree_signature(self.doc.exhibit, i18n.language())
        if shown != getattr(self, "_tree_shown", None):  # a gizmo drag moves items: no new rows
            self._tree_shown = shown
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
        self.app_actions.update(self)

    def show_error(self, text: str) -> None:
        self._edit_error_shown = False  # only an edit's refusal goes away with the next edit
        self.message_bar.show_message(text, "error")

    def _notice(self, text: str) -> None:
        self.show_info(text, stay=True)

    def show_info(self, text: str, stay: bool = False) -> None:
        self.message_bar.show_message(text, "info", stay=stay)

    def set_language(self, lang: str) -> None:
        if lang == i18n.language():
            return
        i18n.set_language(lang)
        save_language(lang)
        self.preview.stop()
        self._build_ui()
