"""Start screen and print dialog look finished: no greyed-out toolbar, no empty boxes, marker names first."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def drum_sample(repo_root, tmp_path):
    """A copy of the Tin Drum sample: markers "trommel" (Oskar's tin drum, 100 mm) and "zeichnung"."""
    src = repo_root / "exhibits" / "grass-haus"
    if not (src / "exhibit.json").is_file():
        pytest.skip("the grass-haus sample is not in exhibits/")
    dst = tmp_path / "samples" / "grass-haus"
    shutil.copytree(src, dst)
    return dst


def test_toolbar_only_with_an_open_exhibit(window, drum_sample):
    bar = window.app_actions.toolbar
    assert window.doc is None and not bar.isVisible()  # not a row of greyed-out tools on the start screen
    assert window.menuBar().isVisible() and window.app_actions.open.isEnabled()  # the menus stay
    assert window.open_exhibit(drum_sample)
    assert bar.isVisible() and window.app_actions.save.isEnabled()
    assert window.close_exhibit()
    assert not bar.isVisible()


def test_toolbar_the_curator_hid_stays_hidden_while_editing(window, drum_sample):
    assert window.open_exhibit(drum_sample)
    window.app_actions.toolbar.toggleViewAction().trigger()  # hidden from the right-click menu
    assert not window.app_actions.toolbar.isVisible()
    window.add_marker()  # any edit updates the actions
    assert not window.app_actions.toolbar.isVisible()
    window.doc.stack.set_clean()


@pytest.mark.slow
def test_recently_opened_is_a_short_remark_until_there_is_something(window, drum_sample):
    screen = window.start_screen
    assert screen.recent_empty.isVisible() and screen.recent_empty.text() == "No exhibit opened yet."
    assert not screen.recent_list.isVisible()
    assert screen.recent_empty.parentWidget().height() < 120  # no big empty box
    assert window.open_exhibit(drum_sample)
    assert window.close_exhibit()
    screen = window.start_screen
    assert screen.recent_list.isVisible() and not screen.recent_empty.isVisible()
    assert screen.recent_list.count() == 1 and "The Tin Drum" in screen.recent_list.item(0).text()
    row = screen.recent_list.sizeHintForRow(0)
    assert screen.recent_list.height() <= max(row, 28) + 12  # one entry, one row tall


@pytest.mark.slow
def test_print_list_names_markers_and_is_as_tall_as_its_entries(window, drum_sample, qtbot):
    from museum_ar.qt.print_dialog import PrintDialog

    assert window.open_exhibit(drum_sample)
    dlg = PrintDialog(window.doc, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    lst = dlg.markers
    assert [lst.item(i).text() for i in range(lst.count())] == [
        "Oskar's tin drum — 100 mm (trommel)", "Sketch of the drum — 120 mm (zeichnung)", "Etching (image marker) — 297 mm (radierung)"]
    rows = lst.count() * lst.sizeHintForRow(0)
    assert rows <= lst.height() <= rows + 2 * lst.frameWidth() + 8, (lst.height(), rows)
    # the size field and the note sit right under the list
    list_bottom = lst.mapTo(dlg, lst.rect().bottomLeft()).y()
    assert 0 < dlg.size_spin.mapTo(dlg, dlg.size_spin.rect().topLeft()).y() - list_bottom < 40
    # the size field says which marker it sizes, and follows the highlighted entry
    assert dlg.size_label.text() == "Printed size of “Oskar's tin drum”"
    lst.setCurrentRow(1)
    assert dlg.size_label.text() == "Printed size of “Sketch of the drum”" and dlg.size_spin.value() == 120
    dlg.size_spin.setValue(150)
    assert lst.item(1).text() == "Sketch of the drum — 150 mm (zeichnung)"
    window.doc.stack.set_clean()


@pytest.mark.slow
def test_print_list_scrolls_beyond_eight_markers_and_falls_back_to_ids(window, tmp_path, qtbot):
    from museum_ar.qt.print_dialog import LIST_MAX_ROWS, PrintDialog

    assert window.new_exhibit(tmp_path / "Viele", "Viele Marker")
    for _ in range(12):
        window.add_marker()
    dlg = PrintDialog(window.doc, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    lst = dlg.markers
    assert lst.item(0).text() == "M1 — 100 mm"  # no label: the id, said once
    row = lst.sizeHintForRow(0)
    assert LIST_MAX_ROWS * row <= lst.height() <= LIST_MAX_ROWS * row + 2 * lst.frameWidth() + 8
    assert lst.verticalScrollBar().maximum() > 0
    assert dlg.size_label.text() == "Printed size of “M1”"
    window.doc.stack.set_clean()


@pytest.mark.slow
def test_print_dialog_in_german(window, drum_sample, qtbot):
    from museum_ar.qt import i18n
    from museum_ar.qt.print_dialog import PrintDialog

    assert window.open_exhibit(drum_sample)
    window.set_language("de")
    try:
        dlg = PrintDialog(window.doc, window)
        qtbot.addWidget(dlg)
        assert dlg.markers.item(0).text() == "Oskars Blechtrommel — 100 mm (trommel)"
        assert dlg.size_label.text() == "Druckgröße von „Oskars Blechtrommel“"
    finally:
        window.set_language("en")
    assert i18n.language() == "en"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_window_fits_a_1366_pixel_laptop_screen(window, drum_sample, lang):
    """Curators work on office laptops: the editing window, start screen included, must not need
    more than 1366 px across (German words are longer)."""
    window.set_language(lang)
    try:
        assert window.minimumSizeHint().width() <= 1366  # the start screen
        assert window.open_exhibit(drum_sample)
        window.tree.select("item", "trommel-mesh")
        assert window.minimumSizeHint().width() <= 1366, window.minimumSizeHint()
    finally:
        window.set_language("en")


def test_video_and_sound_thumbnails_carry_their_kind_in_a_corner(window, drum_sample):
    """A video's poster alone looks like a picture: the tree shows ▶ / ♪ on the thumbnail."""
    from PySide6.QtGui import QColor

    from museum_ar.core.project import load_project
    from museum_ar.qt.icons import ICON_PX, item_icon

    exhibit = load_project(drum_sample).exhibit

    def corner(item_id: str) -> QColor:
        img = item_icon(drum_sample, exhibit.find_item(item_id)[1]).pixmap(ICON_PX * 2, ICON_PX * 2).toImage()
        return img.pixelColor(img.width() - int(ICON_PX * 0.3), img.height() - int(ICON_PX * 0.1))

    def near(c: QColor, hex_colour: str) -> bool:
        want = QColor(hex_colour)
        return max(abs(c.red() - want.red()), abs(c.green() - want.green()), abs(c.blue() - want.blue())) < 40

    assert near(corner("zeichnung-video"), "#b5482f")  # the video badge
    assert near(corner("trommel-audio"), "#8a4fb0")  # the sound badge
    assert not near(corner("zeichnung-bild"), "#b5482f") and not near(corner("zeichnung-bild"), "#8a4fb0")
