"""The inspector's choice of a model's animation clip (issue 15), in German as a curator sees it:
the Fox's three clips and "all together" offered, a choice is one undoable edit that the preview's
clock follows, and a clip name the model no longer has is said, with the first clip playing."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker

from .conftest import close_window
from .curator_driver import wrong_language

FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"
REPO = Path(__file__).resolve().parents[2]


def test_the_inspector_offers_the_models_clips_in_german(qtbot, tmp_path):
    from museum_ar.content import import_item
    from museum_ar.qt import i18n
    from museum_ar.qt.main_window import MainWindow

    i18n.set_language("de")
    w = MainWindow()
    w.show()
    try:
        assert w.new_exhibit(tmp_path / "Füchse", "Füchse")
        w.doc.push(cmd.AddMarker(Marker("wald", 100.0)))
        fox = import_item(w.doc.root, FOX, fit_m=0.15)
        w.doc.push(cmd.AddItem("wald", fox))
        w.tree.select("item", fox.id)
        qtbot.waitUntil(lambda: w.inspector.pages.currentIndex() == 3)
        choice = w.inspector.it_clip
        assert choice.isVisible() and choice.title.text() == "Animation"
        combo = choice.combo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Survey", "Walk", "Run", "Alle gleichzeitig"]
        assert combo.currentText() == "Survey" and not choice.warning.isVisible()  # nothing chosen: the first

        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the curator picks the next clip
        item = lambda: w.doc.exhibit.find_item(fox.id)[1]  # noqa: E731
        assert item().playback.clip == "Walk" and not item().playback.all_clips
        assert w.doc.stack.undo_text()  # one undoable edit
        qtbot.keyClick(combo, Qt.Key.Key_End)  # ... then all together
        assert item().playback.all_clips and item().playback.clip == ""
        w.doc.undo()
        assert item().playback.clip == "Walk" and combo.currentText() == "Walk"  # the inspector follows the undo

        # the file's clips changed (here: the stored name is one the model does not have)
        w.doc.push(cmd.set_playback(item(), clip="Galopp"))
        assert combo.itemText(0) == "„Galopp“ (nicht im Modell)" and combo.currentIndex() == 0
        assert choice.warning.isVisible()
        assert choice.warning.text() == "Das Modell hat keine Animation „Galopp“ (mehr): Es läuft seine erste, „Survey“."
        assert not wrong_language("de", ["Survey", "Walk", "Run", "Galopp", "Füchse", "Fox.glb", "wald", fox.id])

        shots = REPO / "docs" / "img" if os.environ.get("MUSEUM_AR_WRITE_DOCS_IMG") == "1" else tmp_path
        shot = shots / "inspector-de-animation.png"
        from PySide6.QtWidgets import QScrollArea

        w.inspector.findChild(QScrollArea).ensureWidgetVisible(choice)  # the playback box in view
        qtbot.wait(50)
        assert w.inspector.grab().save(str(shot))
        print("inspector screenshot:", shot)

        qtbot.keyClick(combo, Qt.Key.Key_Down)  # choosing a clip it has clears the warning
        assert item().playback.clip == "Survey" and not choice.warning.isVisible()
    finally:
        close_window(w, qtbot)
        i18n.set_language("en")
