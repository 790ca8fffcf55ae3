"""Drive the real window: create, add a marker, drop a mesh, move it, undo, save, reopen, check disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from museum_ar.core.project import AUTOSAVE_FILE

from .conftest import answer_next_question


def drop_files(tree, marker_id: str, paths: list[Path]) -> None:
    """A real drop event from the 'file manager' onto the marker's row."""
    node = tree.node_for("marker", marker_id)
    pos = tree.visualItemRect(node).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Enter and move first: Qt delivers a drop only to the widget that accepted the drag.
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(tree.viewport(), enter)
    move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(tree.viewport(), drop)
    assert drop.isAccepted()


@pytest.mark.slow
def test_create_drop_move_undo_save_reopen(window, qtbot, odd_dir, box_glb):
    root = odd_dir / "Die Blechtrommel"
    assert window.new_exhibit(root, "Die Blechtrommel", "The Tin Drum")
    assert window.windowTitle().startswith("The Tin Drum")  # English UI shows the English title
    marker_id = window.add_marker()
    assert marker_id == "M1"
    assert window.isWindowModified()

    drop_files(window.tree, marker_id, [box_glb])
    qtbot.waitUntil(lambda: bool(window.doc.exhibit.markers[0].items), timeout=30000)
    item = window.doc.exhibit.markers[0].items[0]
    assert (root / item.asset).is_file()
    assert window.tree.selected() == ("item", item.id)

    # Move it with the inspector's numbers: 12 cm along x, one undo step per field.
    insp = window.inspector
    insp.it_pos[0].setValue(12.0)
    insp.it_pos[0].editingFinished.emit()
    assert abs(item.transform.translation[0] - 0.12) < 1e-9
    insp.it_pos[2].setValue(-3.0)
    insp.it_pos[2].editingFinished.emit()
    assert item.transform.translation == (0.12, 0.0, -0.03)

    # Lift it 20 cm, then "stand on marker" puts the cube's lowest point back on the paper.
    insp.it_pos[1].setValue(20.0)
    insp.it_pos[1].editingFinished.emit()
    insp.it_rot[2].setValue(45.0)  # rolled 45°: a corner is now the lowest point
    insp.it_rot[2].editingFinished.emit()
    insp.stand_selected_on_marker()
    corners = [[x, y, z, 1] for x in (-0.05, 0.05) for y in (0.0, 0.1) for z in (-0.05, 0.05)]
    lowest = min((item.transform.matrix() @ c)[1] for c in corners)
    assert abs(lowest) < 1e-6 and item.transform.translation[1] > 0.01

    window.app_actions.undo.trigger()  # undo "stand on marker"
    assert abs(item.transform.translation[1] - 0.2) < 1e-9
    window.app_actions.undo.trigger()  # undo roll
    window.app_actions.undo.trigger()  # undo lift
    assert abs(item.transform.translation[1]) < 1e-12
    window.app_actions.undo.trigger()  # undo z
    assert item.transform.translation == (0.12, 0.0, 0.0)
    assert insp.it_pos[2].value() == 0.0  # inspector follows the undo
    window.app_actions.redo.trigger()
    assert item.transform.translation == (0.12, 0.0, -0.03)

    assert window.save()
    assert not window.isWindowModified()
    on_disk = json.loads((root / "exhibit.json").read_text(encoding="utf-8"))
    saved_item = on_disk["markers"][0]["items"][0]
    assert on_disk["title"] == {"de": "Die Blechtrommel", "en": "The Tin Drum"}
    assert on_disk["markers"][0]["id"] == "M1"
    assert saved_item["transform"]["translation"] == [0.12, 0.0, -0.03]
    assert saved_item["source_name"] == box_glb.name

    # Reopen from disk in a fresh document: same placement.
    assert window.close_exhibit()
    assert window.pages.currentIndex() == 0  # start screen
    assert window.open_exhibit(root)
    _, again = window.doc.exhibit.find_item(item.id)
    assert again.transform.translation == (0.12, 0.0, -0.03)
    assert not window.isWindowModified()


def test_marker_edits_and_bad_values_are_refused_in_plain_words(window, qtbot, tmp_path):
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    window.add_marker()
    insp = window.inspector
    window.tree.select("marker", "M2")
    insp.mk_id.setText("M1")  # taken
    insp.mk_id.editingFinished.emit()
    assert "already exists" in window.message_bar.text()
    assert [m.id for m in window.doc.exhibit.markers] == ["M1", "M2"]
    insp.mk_id.setText("Schädel 1")  # umlaut and space cannot go into a QR fragment
    insp.mk_id.editingFinished.emit()
    assert "not allowed" in window.message_bar.text()
    insp.mk_id.setText("skull-1")
    insp.mk_id.editingFinished.emit()
    assert [m.id for m in window.doc.exhibit.markers] == ["M1", "skull-1"]
    assert window.tree.selected() == ("marker", "skull-1")
    insp.mk_size.setValue(150)
    insp.mk_label["de"].setText("Schädel")
    insp.mk_label["de"].textEdited.emit("Schädel")
    m = window.doc.exhibit.marker("skull-1")
    assert (m.size_mm, m.label.values["de"]) == (150.0, "Schädel")
    window.app_actions.undo.trigger()
    window.app_actions.undo.trigger()
    window.app_actions.undo.trigger()
    assert window.doc.exhibit.markers[1].id == "M2"


def test_close_asks_and_cancel_keeps_the_work(window, qtbot, tmp_path):
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    seen = answer_next_question("Cancel")
    window.close()
    assert seen and "unsaved changes" in seen[0]
    assert window.isVisible() and window.doc is not None
    answer_next_question("Save")
    assert window.close_exhibit()
    data = json.loads((tmp_path / "ex" / "exhibit.json").read_text(encoding="utf-8"))
    assert [m["id"] for m in data["markers"]] == ["M1"]


def test_recovery_after_a_crash(window, qtbot, tmp_path):
    from museum_ar.qt.main_window import MainWindow

    root = tmp_path / "ex"
    assert window.new_exhibit(root, "Natur")
    window.add_marker()
    window.autosave_timer.setInterval(50)
    qtbot.waitUntil(lambda: (root / AUTOSAVE_FILE).is_file(), timeout=5000)
    # "Crash": the window goes away without closing or saving.
    window.doc = None
    window.hide()

    w2 = MainWindow()
    qtbot.addWidget(w2)
    seen = answer_next_question("Recover changes")
    assert w2.open_exhibit(root)
    assert seen and "without saving" in seen[0]
    assert [m.id for m in w2.doc.exhibit.markers] == ["M1"]
    assert w2.isWindowModified()
    assert w2.save()
    assert not (root / AUTOSAVE_FILE).exists()
    assert json.loads((root / "exhibit.json").read_text(encoding="utf-8"))["markers"][0]["id"] == "M1"


def test_recovery_declined_opens_saved_version(window, qtbot, tmp_path):
    root = tmp_path / "ex"
    assert window.new_exhibit(root, "Natur")
    window.add_marker()
    window.autosave_now()
    window.doc = None
    answer_next_question("Open last saved version")
    assert window.open_exhibit(root)
    assert window.doc.exhibit.markers == []
    assert not (root / AUTOSAVE_FILE).exists()


def test_bad_file_dropped_shows_error_and_changes_nothing(window, qtbot, tmp_path):
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    empty = tmp_path / "leer.stl"
    empty.write_bytes(b"")
    job = window.attach_files("M1", [empty])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=20000)
    assert window.message_bar.text().startswith("Could not attach")
    assert window.doc.exhibit.markers[0].items == []
    assert window.doc.stack.undo_text() == "add marker"


def test_open_broken_project_says_so(window, tmp_path):
    root = tmp_path / "kaputt"
    root.mkdir()
    (root / "exhibit.json").write_text("{ nope", encoding="utf-8")
    assert not window.open_exhibit(root)
    assert "not valid JSON" in window.message_bar.text()
    assert window.pages.currentIndex() == 0


def test_cancelled_import_changes_nothing(window, qtbot, tmp_path, box_glb):
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    job = window.attach_files("M1", [box_glb, box_glb])
    job.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=20000)
    assert window.doc.exhibit.markers[0].items == []
    assert "cancelled" in window.message_bar.text()
    assert window.doc.stack.undo_text() == "add marker"


@pytest.mark.slow
def test_attaching_says_what_import_changed_about_a_file_in_german(window, qtbot, tmp_path):
    from museum_ar.qt import i18n

    i18n.set_language("de")
    try:
        assert window.new_exhibit(tmp_path / "ex", "Natur")
        window.add_marker()
        plan = tmp_path / "Lageplan.svg"
        plan.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm" viewBox="0 0 200 100"><rect width="200" height="100" fill="#123"/></svg>', encoding="utf-8")
        job = window.attach_files("M1", [plan])
        qtbot.waitUntil(lambda: job not in window.jobs, timeout=20000)
        said = window.message_bar.text()
        assert "Lageplan.svg: eine SVG-Zeichnung, gespeichert als Bild mit 2048 × " in said and said.endswith("Pixeln."), said
    finally:
        i18n.set_language("en")
