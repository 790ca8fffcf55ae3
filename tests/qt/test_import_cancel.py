"""The import progress dialog's Cancel button, clicked with the mouse as a curator would.

A deliberately slow import (a generated OBJ of about two million triangles, in a folder whose
path has umlauts and spaces) is dropped onto a marker; once the progress dialog is on screen the
test clicks the dialog's own Cancel button and checks that nothing changed: no item, no new file
in assets/, no undo step, exhibit.json on disk byte for byte the same, and a plain-words notice.
No wall-clock assertions: every wait is qtbot.waitUntil with a generous timeout.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from museum_ar.core.project import ASSETS_DIR

from .test_editing import drop_files

pytestmark = pytest.mark.slow  # a two-million-triangle import cancelled through the dialog

SLOW = 60000  # ms; generous: the machine may be busy with other work


def write_big_obj(path: Path, n: int = 1000) -> Path:
    """An n×n bumpy grid: 2·(n−1)² triangles (about 2 million for n=1000, ~70 MB of text)."""
    xs = np.linspace(0.0, 1.0, n)
    x, y = np.meshgrid(xs, xs)
    z = 0.05 * np.sin(x * 40) * np.cos(y * 37)
    v = np.column_stack([x.ravel(), y.ravel(), z.ravel()])
    i = np.arange(n * n).reshape(n, n) + 1
    a, b, c, d = i[:-1, :-1].ravel(), i[:-1, 1:].ravel(), i[1:, :-1].ravel(), i[1:, 1:].ravel()
    f = np.concatenate([np.column_stack([a, b, d]), np.column_stack([a, d, c])])
    with open(path, "wb") as fh:
        fh.write(b"# generated for the cancel test\n")
        fh.write(("v %.5f %.5f %.5f\n" * len(v) % tuple(v.ravel())).encode())
        fh.write(("f %d %d %d\n" * len(f) % tuple(f.ravel())).encode())
    return path


@pytest.fixture(scope="module")
def big_obj(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scans") / "Grabung Süd – Raum 3"
    folder.mkdir()
    return write_big_obj(folder / "Schädel Ünterkiefer.obj")


def visible_progress_dialog() -> QProgressDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QProgressDialog) and w.isVisible():
            return w
    return None


def cancel_button(dialog: QProgressDialog) -> QPushButton:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 1, [b.text() for b in buttons]
    assert buttons[0].text() == "Cancel"
    return buttons[0]


def asset_files(root: Path) -> set[str]:
    folder = root / ASSETS_DIR
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def saved_exhibit(window, root: Path) -> tuple[bytes, set[str], str]:
    assert window.save()
    return (root / "exhibit.json").read_bytes(), asset_files(root), window.doc.stack.undo_text()


def click_cancel_when_shown(qtbot) -> QProgressDialog:
    qtbot.waitUntil(lambda: visible_progress_dialog() is not None, timeout=SLOW)
    dialog = visible_progress_dialog()
    assert dialog.windowTitle().startswith("Importing")
    QTest.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    return dialog


def assert_nothing_changed(window, root: Path, before) -> None:
    json_bytes, assets, undo_text = before
    assert window.doc.exhibit.markers[0].items == []
    assert window.tree.node_for("marker", "M1").childCount() == 0
    assert asset_files(root) == assets, "a cancelled import left files in assets/"
    # the undo stack gained nothing: still at the saved (clean) point, same top step, nothing to redo
    assert window.doc.stack.is_clean() and not window.doc.stack.can_redo()
    assert window.doc.stack.undo_text() == undo_text
    assert not window.isWindowModified()
    assert window.save()  # saving now writes the same exhibit as before
    assert (root / "exhibit.json").read_bytes() == json_bytes


def test_clicking_cancel_in_the_import_dialog_changes_nothing(window, qtbot, odd_dir, big_obj):
    root = odd_dir / "Schädelkammer"
    assert window.new_exhibit(root, "Schädelkammer", "Skull room")
    assert window.add_marker() == "M1"
    before = saved_exhibit(window, root)

    drop_files(window.tree, "M1", [big_obj])
    assert len(window.jobs) == 1
    job = window.jobs[0]
    dialog = click_cancel_when_shown(qtbot)

    # The click itself hides the dialog (not the end of the import's current step) ...
    assert not dialog.isVisible()
    # ... and the window's event loop answers while the worker winds down: a queued timer
    # fires, selecting the exhibit row updates the inspector.
    answered = []
    QTimer.singleShot(0, lambda: answered.append(True))
    qtbot.waitUntil(lambda: bool(answered), timeout=SLOW)
    window.tree.select("exhibit", None)
    assert window.inspector.selection == ("exhibit", None)
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=SLOW)
    assert visible_progress_dialog() is None
    assert not job.worker_thread.isRunning()

    assert window.message_bar.isVisible()
    assert window.message_bar.text() == "Import cancelled; nothing was changed."
    assert_nothing_changed(window, root, before)


def test_cancel_after_the_first_of_two_files_leaves_no_stray_asset(window, qtbot, odd_dir, box_glb, big_obj):
    """The small GLB is imported (and stored) first; cancelling during the big OBJ must take the
    GLB's stored files back out, as the notice promises that nothing was changed."""
    root = odd_dir / "Zwei Dateien"
    assert window.new_exhibit(root, "Zwei Dateien")
    window.add_marker()
    before = saved_exhibit(window, root)

    drop_files(window.tree, "M1", [box_glb, big_obj])
    job = window.jobs[0]
    click_cancel_when_shown(qtbot)
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=SLOW)
    assert "cancelled" in window.message_bar.text()
    assert_nothing_changed(window, root, before)


def test_cancel_clicked_while_the_files_are_being_stored(window, qtbot, odd_dir, box_glb, monkeypatch):
    """Cancel lands after the import's last check, while its files go into assets/: the import
    still counts as cancelled (no item, no undo step) and its files are taken out again."""
    import museum_ar.content.importer as importer

    root = odd_dir / "Spät abgebrochen"
    assert window.new_exhibit(root, "Spät abgebrochen")
    window.add_marker()
    before = saved_exhibit(window, root)

    in_commit, clicked = threading.Event(), threading.Event()
    real_commit = importer.Staging.commit

    def slow_commit(self, project_root):
        in_commit.set()
        assert clicked.wait(SLOW / 1000)  # hold the worker here until the curator clicked Cancel
        return real_commit(self, project_root)

    monkeypatch.setattr(importer.Staging, "commit", slow_commit)
    drop_files(window.tree, "M1", [box_glb])
    job = window.jobs[0]
    qtbot.waitUntil(in_commit.is_set, timeout=SLOW)
    click_cancel_when_shown(qtbot)
    clicked.set()
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=SLOW)
    assert "cancelled" in window.message_bar.text()
    assert_nothing_changed(window, root, before)
