"""The item-kind registry: every ItemKind has its core record and an entry in every layer's table
(a new kind that forgets a layer fails here, naming the layer), and the asset rule of the record
is what exhibit.json and the commands enforce. The checklist is CONTRIBUTING.md, "Adding an item kind"."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.errors import InvalidValueError
from museum_ar.core.exhibit import Exhibit, Item, ItemKind, Marker
from museum_ar.core.item_kinds import COMMON_FIELDS, ITEM_KINDS, check_item_asset

REPO = Path(__file__).resolve().parents[2]
KINDS = list(ItemKind)


def _content_importers():
    from museum_ar.content.importer import IMPORTERS

    return IMPORTERS


def _content_formats():
    from museum_ar.content.formats import FORMATS

    return {f.kind: f for f in FORMATS}


def _render_drawers():
    from museum_ar.render.scene import DRAWERS

    return DRAWERS


def _export_bundle():
    from museum_ar.export.item_kinds import BUNDLE_KINDS

    return BUNDLE_KINDS


def _export_usdz():
    from museum_ar.export.usdz import USDZ_PARTS

    return USDZ_PARTS


def _export_schema():
    schema = json.loads((REPO / "museum_ar/export/schema/manifest-1.schema.json").read_text("utf-8"))
    enums = [n["kind"]["enum"] for n in _walk(schema) if isinstance(n.get("kind"), dict) and "enum" in n["kind"]]
    assert len(enums) == 1, "the manifest schema should name the item kinds once"
    return {ItemKind(v): True for v in enums[0]}


def _qt_kinds():
    from museum_ar.qt.item_kinds import QT_KINDS

    return QT_KINDS


def _qt_german():
    from museum_ar.qt.catalogue_de import GERMAN

    return {k: GERMAN[s.label] for k, s in ITEM_KINDS.items() if s.label in GERMAN}


def _viewer_build():
    """viewer/src/main.js builds each kind in buildItem (the viewer still switches on the kind)."""
    text = (REPO / "viewer/src/main.js").read_text("utf-8")
    body = text[text.index("async function buildItem"):]
    body = body[:body.index("\n}\n")]
    return {k: True for k in KINDS if f'item.kind === "{k.value}"' in body}


def _viewer_labels():
    """listview.js names each kind by its key, and i18n.js has that key in German and English."""
    listview = (REPO / "viewer/src/listview.js").read_text("utf-8")
    key_line = next(line for line in listview.splitlines() if line.startswith("const KIND_KEY"))
    i18n = (REPO / "viewer/src/i18n.js").read_text("utf-8")
    de, en = i18n[i18n.index("de: {"):i18n.index("en: {")], i18n[i18n.index("en: {"):]
    out = {}
    for k, s in ITEM_KINDS.items():
        key = s.viewer_label
        if re.search(rf'\b{k.value}: "{key}"', key_line) and re.search(rf"\b{key}: \"", de) and re.search(rf"\b{key}: \"", en):
            out[k] = True
    return out


def _walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


LAYERS = {
    "content: FORMATS in content/formats.py (at least one file format)": _content_formats,
    "content: IMPORTERS in content/importer.py": _content_importers,
    "render: DRAWERS in render/scene.py": _render_drawers,
    "export: BUNDLE_KINDS in export/item_kinds.py": _export_bundle,
    "export: USDZ_PARTS in export/usdz.py (None: left out of AR Quick Look)": _export_usdz,
    "export: the kind enum in export/schema/manifest-1.schema.json": _export_schema,
    "qt: QT_KINDS in qt/item_kinds.py": _qt_kinds,
    "qt: the German of the record's label in qt/catalogue_de.py": _qt_german,
    "viewer: buildItem in viewer/src/main.js": _viewer_build,
    "viewer: KIND_KEY in viewer/src/listview.js and the record's viewer_label in viewer/src/i18n.js (de, en)": _viewer_labels,
}


def test_every_kind_has_its_core_record():
    assert list(ITEM_KINDS) == KINDS
    item_fields = {f.name for f in dataclasses.fields(Item)}
    for kind, spec in ITEM_KINDS.items():
        assert spec.kind is kind
        assert spec.fields <= item_fields - COMMON_FIELDS, kind
        assert spec.needs_asset == ("asset" in spec.fields), f"{kind}: an asset is needed exactly when the kind stores one"
        assert spec.default_size in ("own", "unit-wide", "label"), kind
        assert spec.label and spec.viewer_label, kind
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
