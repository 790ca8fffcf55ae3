"""A new exhibit's 3D view is an empty grid: the window says what to do next above it (add a
marker; then drop files), in the interface's language, and the note goes once there is content.
Before, the only hint was the view's status text in its tool bar, where beside the German buttons
it had no room at all (elided to nothing)."""

from __future__ import annotations

import pytest

from museum_ar.qt import i18n


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_empty_view_says_what_to_do_next(window, tmp_path, qtbot, box_glb, lang):
    i18n.set_language(lang)
    try:
        vp = window.viewport
        window.resize(1280, 800)
        assert window.new_exhibit(tmp_path / "Neue Ausstellung", "Neu")
        hint = vp.hint
        qtbot.waitUntil(hint.isVisible, timeout=5000)
        assert hint.text() == i18n.tr("This exhibit has no marker yet.\nAdd one with “Add marker” in the tool bar: a marker is the printed card the content appears on.")
        if lang == "de":
            assert "Marker hinzufügen" in hint.text()
        # the view's status line is readable too (it had no room in the tool bar)
        assert vp.status.isVisible() and vp.status.width() > vp.status.fontMetrics().horizontalAdvance(vp.status.text())

        marker_id = window.add_marker()
        qtbot.waitUntil(lambda: marker_id in hint.text(), timeout=5000)
        assert hint.isVisible()
        assert ("hierher" if lang == "de" else "Drop") in hint.text()

        window.attach_files(marker_id, [box_glb])
        qtbot.waitUntil(lambda: len(window.doc.exhibit.markers[0].items) == 1, timeout=60000)
        qtbot.waitUntil(lambda: not hint.isVisible(), timeout=10000)
    finally:
        i18n.set_language("en")
