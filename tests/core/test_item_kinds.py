"""The item-kind registry: every ItemKind has its core record and an entry in every layer's table
(a new kind that forgets a layer fails here, naming the layer); the render, export and viewer
tables are kept per way of showing a kind (SHOWN_AS) and every presentation has its entry; the
asset rule of the record is what exhibit.json and the commands enforce. The checklist is CONTRIBUTING.md, "Adding an item kind"."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.errors import InvalidValueError
from museum_ar.core.exhibit import Exhibit, Item, ItemKind, Marker
from museum_ar.core.item_kinds import COMMON_FIELDS, ITEM_KINDS, SHOWN_AS, check_item_asset

REPO = Path(__file__).resolve().parents[2]
KINDS = list(ItemKind)


def _content_importers():
    """content/importer.py's IMPORTERS: the importer each record names, which must resolve to a
    function in museum_ar.content; and each record's formats, which no other kind may claim."""
    from museum_ar.content.formats import KIND_BY_EXT
    from museum_ar.content.importer import IMPORTERS

    for kind, spec in ITEM_KINDS.items():
        assert spec.formats, f"{kind}: no file formats in its record"
        assert all(KIND_BY_EXT[e] is kind for f in spec.formats for e in f.exts), f"{kind}: an extension of its formats belongs to another kind too"
        assert callable(IMPORTERS[kind]), (kind, spec.importer)
    return IMPORTERS


def _render_drawers():
    from museum_ar.render.scene import DRAW_AS, DRAWERS

    assert set(DRAW_AS) == set(SHOWN_AS)
    return DRAWERS


def _export_bundle():
    from museum_ar.export.item_kinds import BUNDLE_AS, BUNDLE_KINDS
    from museum_ar.export.usdz import UsdzPart

    assert set(BUNDLE_AS) == set(SHOWN_AS)
    for kind, b in BUNDLE_KINDS.items():
        assert b.usdz is None or (isinstance(b.usdz, UsdzPart) and callable(b.usdz.write)), kind
    return BUNDLE_KINDS


def _qt_kinds():
    from museum_ar.qt.item_kinds import QT_KINDS

    return QT_KINDS


def viewer_kinds(text: str) -> dict[str, str]:
    """The top-level keys of viewer/src/kinds.js's `export const KINDS = {…}` with each entry's
    source, found by counting braces (the file has no braces inside strings or comments there)."""
    body = text[text.index("export const KINDS = {") + len("export const KINDS = {"):]
    out: dict[str, str] = {}
    depth, key, start = 0, None, 0
    for i, ch in enumerate(body):
        if depth == 0 and ch == "}":
            break
        if ch == "{":
            if depth == 0:
                key = re.findall(r"(\w+)\s*:\s*$", body[:i])[-1]
                start = i
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                out[key] = body[start:i + 1]
    return out


def _viewer_kinds():
    """viewer/src/kinds.js: a record per presentation that builds the item's AR object; a kind
    has one when the record of how it is shown (its `shown_as`, which the manifest carries) does."""
    entries = viewer_kinds((REPO / "viewer/src/kinds.js").read_text("utf-8"))
    built = {k for k, src in entries.items() if re.search(r"\bbuild\(ctx, item\)", src)}
    return {k: k.value for k, s in ITEM_KINDS.items() if s.shown_as in built}


LAYERS = {
    "content: the importer its record names (core/item_kinds.py `importer`, resolved in content/importer.py)": _content_importers,
    "render: DRAWERS in render/scene.py": _render_drawers,
    "export: BUNDLE_KINDS in export/item_kinds.py (with its USDZ part, None: left out of AR Quick Look)": _export_bundle,
    "qt: QT_KINDS in qt/item_kinds.py": _qt_kinds,
    "viewer: KINDS in viewer/src/kinds.js (with build(ctx, item))": _viewer_kinds,
}


def test_every_kind_has_its_core_record():
    assert list(ITEM_KINDS) == KINDS
    item_fields = {f.name for f in dataclasses.fields(Item)}
    for kind, spec in ITEM_KINDS.items():
        assert spec.kind is kind
        assert spec.fields <= item_fields - COMMON_FIELDS, kind
        assert spec.needs_asset == ("asset" in spec.fields), f"{kind}: an asset is needed exactly when the kind stores one"
        assert spec.default_size in ("own", "unit-wide", "label"), kind
        assert spec.labels.get("de") and spec.labels.get("en"), f"{kind}: its name in German and English (labels)"
        assert spec.shown_as in SHOWN_AS and spec.colour.startswith("#") and spec.symbol, kind
    assert COMMON_FIELDS | {"asset", "poster"} == item_fields


@pytest.mark.parametrize("layer", list(LAYERS))
def test_every_layer_has_every_kind(layer):
    table = LAYERS[layer]()
    missing = [k.value for k in KINDS if k not in table]
    assert not missing, f"{layer} has no entry for: {', '.join(missing)} (CONTRIBUTING.md, 'Adding an item kind')"
    extra = [k for k in table if k not in ITEM_KINDS]
    assert not extra, f"{layer} has entries for kinds that do not exist: {extra}"


def test_the_asset_rule_is_one_in_files_and_commands():
    for kind, spec in ITEM_KINDS.items():
        if spec.needs_asset:
            with pytest.raises(InvalidValueError, match=f"a {kind.value} item needs an asset file"):
                check_item_asset(kind, None)
            ex = Exhibit(markers=[Marker("a", 80.0)])
            stack = cmd.UndoStack(ex)
            with pytest.raises(InvalidValueError):
                stack.push(cmd.AddItem("a", Item(kind, id="x")))
            assert ex.markers[0].items == []
            stack.push(cmd.AddItem("a", Item(kind, id="x", asset="assets/x.bin")))
            with pytest.raises(InvalidValueError):
                stack.push(cmd.EditItem("x", {"asset": None}))
            assert ex.markers[0].items[0].asset == "assets/x.bin"
        else:
            check_item_asset(kind, None)


def test_the_viewer_table_is_read_entry_by_entry():
    """The parse of kinds.js sees a record go missing (so the layer test above can fail)."""
    text = (REPO / "viewer/src/kinds.js").read_text("utf-8")
    entries = viewer_kinds(text)
    assert list(entries) == list(SHOWN_AS)
    without_audio = text.replace(entries["audio"], "{}")
    assert set(viewer_kinds(without_audio)) == set(entries)  # still listed, but builds nothing:
    assert "build(ctx, item)" not in viewer_kinds(without_audio)["audio"]
    assert "audio" not in viewer_kinds(text.replace("  audio: " + entries["audio"] + ",\n", ""))


def test_kind_names_and_enum_come_from_the_record():
    """The schema file lists no kinds (manifest.py fills the enum from ITEM_KINDS), the manifest
    carries the names of the kinds a bundle holds, and the app's catalogue does not (the viewer's
    list shows the manifest's: tests/viewer/test_viewer_ui.py)."""
    from museum_ar.core.exhibit import Marker
    from museum_ar.export.manifest import build_manifest, manifest_schema
    from museum_ar.qt.catalogue_de import GERMAN

    raw = json.loads((REPO / "museum_ar/export/schema/manifest-1.schema.json").read_text("utf-8"))
    enums = [n["enum"] for n in _walk(raw) if "enum" in n]
    assert not [e for e in enums if {k.value for k in KINDS} & set(e)], "the schema file lists kinds by hand"
    assert manifest_schema()["$defs"]["kind"]["enum"] == [k.value for k in KINDS]
    ex = Exhibit(publish_url="https://ar.example.org/x/", markers=[Marker("a", 80.0, items=[Item(ItemKind.TEXT, id="t"), Item(ItemKind.AUDIO, id="s", asset="assets/s.m4a")])])
    manifest = build_manifest(ex, {"assets/s.m4a": "assets/s.m4a"})
    assert manifest["kinds"] == {"audio": {"label": {"en": "Audio", "de": "Ton"}, "shown_as": "audio"}, "text": {"label": {"en": "Text", "de": "Text"}, "shown_as": "text"}}
    for spec in ITEM_KINDS.values():
        assert spec.labels["en"] not in GERMAN, f"qt/catalogue_de.py still translates {spec.labels['en']!r}: the record has it"


def _walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def _kinds_table_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("kinds_table", REPO / "scripts" / "kinds_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_docs_table_of_kinds_is_the_records():
    """docs/content.md's "What each kind becomes" is written from the records (formats and
    `becomes`): every kind and every extension stands in it, and the committed text is current
    (`python3 scripts/kinds_table.py` rewrites it)."""
    script = _kinds_table_script()
    text = (REPO / "docs" / "content.md").read_text("utf-8")
    assert script.rewritten(text) == text, "docs/content.md's table of kinds is stale: run python3 scripts/kinds_table.py"
    table = script.table()
    for kind, spec in ITEM_KINDS.items():
        row = next(line for line in table.splitlines() if line.startswith(f"| {kind.value} |"))
        assert spec.becomes in row and all(e in row for f in spec.formats for e in f.exts), kind
    stale = text.replace("(.m4a)", "(.m4a .m4b)")
    assert stale != text
    assert script.rewritten(stale) == text  # a hand edit inside the table is written over
