"""Every string the window shows exists in German, and switching language rebuilds the window."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import museum_ar.qt as qt_pkg
from museum_ar.core import commands
from museum_ar.qt.i18n import GERMAN  # the catalogue with the parts i18n merges in


def tr_literals() -> set[str]:
    """The literals of tr("…") and of plural(n, "…", "…") calls in the qt package."""
    found = set()
    for p in Path(qt_pkg.__file__).parent.glob("*.py"):
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            name = getattr(n.func, "id", None) if isinstance(n, ast.Call) else None
            if name == "tr" and n.args and isinstance(n.args[0], ast.Constant):
                found.add(n.args[0].value)
            if name == "plural":
                found |= {a.value for a in n.args[1:3] if isinstance(a, ast.Constant)}
    return found


def fields(s: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


def test_every_string_has_german_with_the_same_placeholders():
    from museum_ar.qt.preview_dock import SOURCES

    wanted = tr_literals() | {name for _, name in SOURCES}
    from museum_ar.qt import messages, placement

    wanted |= {c.text for c in vars(commands).values() if isinstance(c, type) and issubclass(c, commands.Command)}
    wanted |= {c.text for c in placement.TRANSFORM_COMMANDS.values()}
    wanted |= {t for _, t in messages.PROGRESS_PATTERNS} | {t for _, t in messages.KIND_TEXT} | set(messages.FIELD_NAMES.values())
    missing = sorted(wanted - set(GERMAN))
    assert not missing, f"no German for: {missing}"
    for en, de in GERMAN.items():
        assert fields(en) == fields(de), (en, de)


@pytest.mark.slow
def test_switching_language_rebuilds_the_window(window, tmp_path):
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    assert window.menuBar().actions()[0].text() == "&File"
    window.set_language("de")
    try:
        assert window.menuBar().actions()[0].text() == "&Datei"
        assert window.app_actions.undo.text() == "&Rückgängig: Marker hinzufügen"
        assert window.tree_dock.windowTitle() == "Ausstellung"
        assert window.doc.exhibit.markers[0].id == "M1"  # the open exhibit and its history stay
        window.app_actions.undo.trigger()
        assert window.doc.exhibit.markers == []
    finally:
        window.set_language("en")


@pytest.mark.slow
def test_numbers_follow_the_ui_language_not_the_computer(window, tmp_path):
    """A German UI shows and reads decimal commas ("1,500×"), an English one decimal points."""
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    window.tree.select("marker", "M1")
    size = window.inspector.mk_size
    size.setValue(87.5)
    assert size.text() == "87.5 mm"
    window.set_language("de")
    try:
        size = window.inspector.mk_size
        window.tree.select("marker", "M1")
        assert size.text() == "87,5 mm"
        assert size.valueFromText("92,5 mm") == 92.5  # what a German curator types
    finally:
        window.set_language("en")
    window.tree.select("marker", "M1")
    assert window.inspector.mk_size.text() == "87.5 mm"


def test_file_sizes_follow_the_ui_language():
    from museum_ar.qt.i18n import data_size, set_language

    set_language("de")
    try:
        assert data_size(1536) == "1,5 kB" and data_size(869608) == "849,2 kB"
    finally:
        set_language("en")
    assert data_size(1536) == "1.5 kB"


def test_the_tree_names_kinds_from_their_record(qtbot, tmp_path):
    """An item without a title is named by its kind, in the UI language, from the kind's core
    record (core/item_kinds.py labels), not from the catalogue."""
    from museum_ar.core.exhibit import Exhibit, Item, ItemKind, Marker
    from museum_ar.qt import i18n
    from museum_ar.qt.tree import ExhibitTree

    ex = Exhibit(markers=[Marker("a", 80.0, items=[Item(ItemKind.AUDIO, id="s", asset="assets/s.m4a"), Item(ItemKind.MESH, id="m", asset="assets/m.glb")])])
    tree = ExhibitTree()
    qtbot.addWidget(tree)
    shown = {}
    for lang in ("de", "en"):
        i18n.set_language(lang)
        try:
            tree.rebuild(ex, tmp_path)
            marker = tree.topLevelItem(0).child(0)
            shown[lang] = [marker.child(i).text(0) for i in range(marker.childCount())]
        finally:
            i18n.set_language("en")
    assert shown == {"de": ["Ton", "3D-Modell"], "en": ["Audio", "3D model"]}
