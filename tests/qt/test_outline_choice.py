"""The outline choice changed after adding an artwork (issue #19), in the real window's inspector:
a click on the box is one undo step, saved to exhibit.json, said in German and English; for a
picture with features the box only takes back a choice, for a QR card there is none."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import QPoint, Qt

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import ImageTarget, Marker, Mount
from museum_ar.core.project import create_project
from museum_ar.tracking import synthetic_artworks as sa


@pytest.fixture(scope="module")
def pictures(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bilder")
    c = sa.collection()
    cv2.imwrite(str(folder / "wash.png"), c["wash"])
    cv2.imwrite(str(folder / "etching.png"), c["etching-3"])
    return folder


def _open(window, tmp_path: Path, pictures: Path, **outline: bool) -> Path:
    """An exhibit with an artwork per entry of `outline` (name -> chosen) and a QR card, opened."""
    root = tmp_path / "Ausstellung Süd"
    create_project(root, "Bilder", "https://ar.example.org/b/")
    window.open_exhibit(root)
    for name, chosen in outline.items():
        shutil.copy(pictures / f"{name}.png", root / "assets" / f"{name}.png")
        window.doc.push(cmd.AddMarker(Marker(name, 420.0, mount=Mount.WALL, target=ImageTarget(f"assets/{name}.png", 420.0, outline=chosen))))
    window.doc.push(cmd.AddMarker(Marker("karte", 80.0)))
    window.doc.stack.set_clean()
    return root


def _show(window, marker_id: str):
    window.tree.select("marker", marker_id)
    window.inspector.show_selection(("marker", marker_id))
    return window.inspector.mk_outline


def _click(qtbot, box) -> None:
    """A mouse click on the box itself, as a curator's (not setChecked)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _saved_outline(window, root: Path, marker_id: str):
    window.doc.save()
    data = json.loads((root / "exhibit.json").read_text(encoding="utf-8"))
    m = next(m for m in data["markers"] if m["id"] == marker_id)
    return m["target"].get("outline")


def test_unticking_and_ticking_the_wash_in_german_each_one_undo_step(window, qtbot, tmp_path, pictures):
    root = _open(window, tmp_path, pictures, wash=True)
    window.set_language("de")  # rebuilds the window in German, as the menu does
    try:
        choice = _show(window, "wash")
        assert choice.isVisible() and choice.box.text() == "An seinem Umriss erkennen"
        assert choice.box.isChecked() and choice.box.isEnabled()
        assert "erkannt am Umriss" in window.inspector.mk_header.text() and "Kante" in choice.note.text()
        _click(qtbot, choice.box)
        m = window.doc.exhibit.marker("wash")
        assert m.target is not None and not m.target.outline and m.target.image == "assets/wash.png" and m.target.width_mm == 420.0
        assert not choice.box.isChecked()
        assert "Ohne diese Wahl kann dieses Bild nicht erkannt werden" in choice.note.text()
        assert "ohne markante Details" in window.inspector.mk_header.text()
        assert _saved_outline(window, root, "wash") is None  # written only when chosen
        window.show()
        qtbot.wait(50)
        window.inspector.grab().save(str(tmp_path / "inspector-unticked.png"))
        _click(qtbot, choice.box)
        assert window.doc.exhibit.marker("wash").target.outline and choice.box.isChecked()
        assert _saved_outline(window, root, "wash") is True
        # two clicks, two steps: undo takes back the tick, then the untick
        window.doc.undo()
        assert not window.doc.exhibit.marker("wash").target.outline and not choice.box.isChecked()
        window.doc.undo()
        assert window.doc.exhibit.marker("wash").target.outline and choice.box.isChecked()
        window.doc.redo()
        assert not window.doc.exhibit.marker("wash").target.outline and not choice.box.isChecked()
    finally:
        window.set_language("en")


def test_in_english_and_for_a_featured_picture_and_a_card(window, qtbot, tmp_path, pictures):
    _open(window, tmp_path, pictures, etching=False, wash=False)
    choice = _show(window, "wash")
    assert choice.box.text() == "Track it by its outline" and choice.box.isEnabled() and not choice.box.isChecked()
    assert "Without it this picture cannot be tracked" in choice.note.text()
    _click(qtbot, choice.box)
    assert window.doc.exhibit.marker("wash").target.outline
    assert "found by its outline" in window.inspector.mk_header.text()
    # a picture with features is found by them: nothing to choose, said so
    choice = _show(window, "etching")
    assert choice.isVisible() and not choice.box.isEnabled() and not choice.box.isChecked()
    assert "found by its details" in window.inspector.mk_header.text()
    # ... but a choice made before (the CLI's --outline on it) can be taken back
    window.doc.push(cmd.EditMarker("etching", {"outline": True}))
    assert choice.box.isEnabled() and choice.box.isChecked() and "changes nothing" in choice.note.text()
    _click(qtbot, choice.box)
    assert not window.doc.exhibit.marker("etching").target.outline and not choice.box.isEnabled()
    choice = _show(window, "karte")
    assert not choice.isVisible()


def test_an_unreadable_picture_still_lets_the_choice_change(window, qtbot, tmp_path, pictures):
    root = _open(window, tmp_path, pictures, wash=True)
    (root / "assets" / "wash.png").write_bytes(b"kein Bild")
    choice = _show(window, "wash")
    assert choice.box.isEnabled() and "cannot be read" in choice.note.text() and "wash.png" in choice.note.text()
    _click(qtbot, choice.box)
    assert not window.doc.exhibit.marker("wash").target.outline
