"""The artwork-marker panel in the real main window: pick a picture, see its rating, score and heat
map, add it (undoable), in German and English; a picture that is not one is said, nothing copied."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from museum_ar.core.project import create_project
from museum_ar.tracking import synthetic_artworks as sa


def _open(window, tmp_path: Path) -> Path:
    root = tmp_path / "ausstellung"
    create_project(root, "Bilder", "https://ar.example.org/b/")
    window.open_exhibit(root)
    return root


@pytest.mark.slow
def test_rate_and_add_an_artwork(window, qtbot, tmp_path):
    from museum_ar.qt.image_target_panel import ImageTargetPanel

    root = _open(window, tmp_path)
    pic = tmp_path / "Radierung 1.png"
    cv2.imwrite(str(pic), sa.etching(4, contrast=0.6))
    panel = ImageTargetPanel(window.doc, window)
    qtbot.addWidget(panel)
    panel.path.setText(str(pic))
    panel.width_mm.setValue(420)
    panel.rate()
    assert panel.rating is not None and panel.add_button.isEnabled()
    assert f"{panel.rating.score}/100" in panel.score.text()
    assert not panel.heat.pixmap().isNull() and panel.heat.pixmap().width() == 360
    assert panel.advice.text().startswith("•")
    panel.show()
    panel.grab().save(str(tmp_path / "panel.png"))
    panel.marker_id.setText("radierung")
    panel.add()
    m = window.doc.exhibit.marker("radierung")
    assert m.target is not None and m.target.width_mm == 420 and (root / m.target.image).is_file()
    window.doc.undo()
    assert all(x.id != "radierung" for x in window.doc.exhibit.markers)


def test_not_a_picture_is_said_and_nothing_is_copied(window, qtbot, tmp_path):
    from museum_ar.qt import i18n
    from museum_ar.qt.image_target_panel import ImageTargetPanel

    root = _open(window, tmp_path)
    bad = tmp_path / "notiz.png"
    bad.write_text("kein Bild")
    i18n.set_language("de")
    try:
        panel = ImageTargetPanel(window.doc, window)
        qtbot.addWidget(panel)
        assert panel.windowTitle() == "Bildmarker hinzufügen"
        panel.path.setText(str(bad))
        panel.rate()
        assert not panel.add_button.isEnabled() and "notiz.png" in panel.score.text()
        panel.add()
    finally:
        i18n.set_language("en")
    assert not list((root / "assets").glob("target-*"))
    assert len(window.doc.exhibit.markers) == 0


def test_menu_has_the_action(window, tmp_path):
    _open(window, tmp_path)
    assert window.app_actions.add_artwork.isEnabled()
