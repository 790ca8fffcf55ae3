"""Helpers that drive the window the way a curator would (visible buttons by their text, real drops,
real mouse drags, modal dialogs answered by clicking) and check what the screen says."""

from __future__ import annotations

import html
import os
import re
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from museum_ar.qt.gl_surface import grab_with_gl

REPO = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------ screenshots


class Shots:
    """One picture per step: into docs/img/ when MUSEUM_AR_WRITE_DOCS_IMG=1, else a temp folder."""

    def __init__(self, tmp: Path, lang: str):
        self.dir = REPO / "docs" / "img" if os.environ.get("MUSEUM_AR_WRITE_DOCS_IMG") == "1" else tmp / "shots"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.lang = lang
        self.n = 0
        self.files: list[Path] = []

    def take(self, widget: QWidget, step: str) -> Path:
        self.n += 1
        QApplication.processEvents()
        path = self.dir / f"path-{self.lang}-{self.n:02d}-{step}.png"
        assert grab_with_gl(widget).save(str(path)), path  # the 3D views drawn in: grab() leaves them blank
        self.files.append(path)
        return path


# ------------------------------------------------------------ what the screen says


def _strip(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text or ""))


def visible_texts(user_data: list[str]) -> list[tuple[str, str]]:
    """(where, text) for every text on screen: labels, buttons, group titles, dock and window
    titles, menus, toolbars, tabs, lists, tree rows, spin box units, placeholders and tooltips.
    What the curator typed or named (user_data, paths, addresses) is taken out."""
    out: list[tuple[str, str]] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(("window title", top.windowTitle()))
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            name = type(w).__name__ + ("#" + w.objectName() if w.objectName() else "")
            if isinstance(w, QLabel):
                out.append((name, w.text()))
            elif isinstance(w, QTextBrowser):  # read-only panels (steps, summaries); editors hold the curator's texts
                out.append((name, w.toPlainText()))
            elif isinstance(w, QAbstractButton):
                out.append((name, w.text()))
            elif isinstance(w, QGroupBox):
                out.append((name, w.title()))
            elif isinstance(w, QDockWidget):
                out.append((name, w.windowTitle()))
            elif isinstance(w, QTabBar):
                out += [(name, w.tabText(i)) for i in range(w.count())]
            elif isinstance(w, QComboBox):
                out += [(name, w.itemText(i)) for i in range(w.count())]
            elif isinstance(w, QAbstractSpinBox):
                out.append((name, getattr(w, "prefix", lambda: "")() + " " + getattr(w, "suffix", lambda: "")()))
            elif isinstance(w, QLineEdit) and not w.text():
                out.append((name + " placeholder", w.placeholderText()))
            elif isinstance(w, QListWidget):
                out += [(name, w.item(i).text()) for i in range(w.count())]
            elif isinstance(w, QTreeWidget):
                it = w.topLevelItem(0)
                stack = [it] if it else []
                while stack:
                    node = stack.pop()
                    kind = (node.data(0, Qt.ItemDataRole.UserRole) or ("", ""))[0]
                    if kind == "marker":  # exhibit and item rows are the curator's own titles
                        out.append((name, node.text(0)))
                    stack += [node.child(i) for i in range(node.childCount())]
            if w.toolTip():
                out.append((name + " tooltip", w.toolTip()))
        if isinstance(top, QMainWindow):
            bar = top.menuBar()
            for a in bar.actions():
                out.append(("menu", a.text()))
                menu = a.menu()
                if menu is not None:
                    out += [("menu item", b.text()) for b in menu.actions() if b.text()]
                    out += [("shortcut", b.shortcut().toString(b.shortcut().SequenceFormat.NativeText)) for b in menu.actions() if not b.shortcut().isEmpty()]
    cleaned = []
    for where, text in out:
        text = _strip(text)
        for u in sorted(user_data, key=len, reverse=True):
            if u:
                text = text.replace(u, " ")
        text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths and web addresses
        cleaned.append((where, text))
    return cleaned


def words_of(strings) -> set[str]:
    return {w.lower() for s in strings for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", s)}


# English words that a German screen must never show, and German words an English one must
# never show: the words of one side of the catalogue that the other side never uses, plus the
# commonest English words (for English text that never went through the catalogue: errors and
# progress from the other packages).
COMMON_ENGLISH = set(
    ["the", "and", "with", "from", "that", "this", "cannot", "could", "would", "should", "not", "has", "have", "was", "were", "are", "for", "into", "onto", "there", "their", "which", "what", "when", "where", "will", "file", "files", "read", "reading", "writing", "importing", "imported", "triangles", "error", "failed", "invalid", "missing", "found", "such", "folder", "item", "items", "exhibit", "save", "saved", "open", "opened", "close", "loading", "settings", "publish", "address", "preview", "please"]
)
SHARED = set(
    ["museum", "marker", "markers", "start", "stop", "export", "webcam", "video", "audio", "zip", "pdf", "glb", "obj", "stl", "ply", "png", "jpg", "jpeg", "https", "html", "json", "manifest", "index", "ftp", "wifi", "wlan", "tablet", "tablets", "android", "ipad", "oskar", "matzerath", "grass", "haus", "ammonit", "trommel", "zeichnung", "details", "kamera", "online", "offline", "esc"]
)


def foreign_words(lang: str) -> set[str]:
    from museum_ar.qt.catalogue_de import GERMAN

    en = words_of(GERMAN.keys()) | COMMON_ENGLISH
    de = words_of(GERMAN.values())
    return ((en - de) if lang == "de" else (de - en)) - SHARED


def wrong_language(lang: str, user_data: list[str]) -> list[tuple[str, str, str]]:
    """(word, where, text) for each on-screen word of the other language."""
    bad = foreign_words(lang)
    found = []
    for where, text in visible_texts(user_data):
        for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", text):
            if w.lower() in bad:
                found.append((w, where, text.strip()[:160]))
    return found


# ------------------------------------------------------------ driving


def button(root: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (without '&') is `text`."""
    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text().replace("&", "") == text.replace("&", ""):
            return b
    raise AssertionError(f"no visible button {text!r}; there are {[b.text() for b in root.findChildren(QAbstractButton) if b.isVisible()]}")


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def drop(widget: QWidget, pos: QPoint, paths: list[Path]) -> bool:
    """A real drop from the file manager at `pos` of `widget`; True when it was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    d = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(widget, d)
    return d.isAccepted()


def in_modal(open_it, drive, timeout_s: float = 120.0) -> None:
    """Call open_it() (which shows a modal dialog and returns when it closes) and drive the dialog
    from inside its event loop with drive(dialog). Exceptions from drive fail the test here."""
    errors: list[BaseException] = []
    t0 = time.monotonic()

    def attempt():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            if time.monotonic() - t0 < timeout_s:
                QTimer.singleShot(20, attempt)
            return
        try:
            drive(dlg)
        except BaseException as e:
            errors.append(e)
        finally:
            if dlg.isVisible():
                dlg.close()

    QTimer.singleShot(0, attempt)
    open_it()
    if errors:
        raise errors[0]


def wait(qtbot, condition, timeout_ms: int = 60000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)
