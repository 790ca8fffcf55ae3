"""The project on disk: create, save, load, migrate, refuse, recover."""

from __future__ import annotations

import json
import math

import pytest

from museum_ar.core import (
    CorruptProjectError,
    DuplicateIdError,
    InvalidValueError,
    Item,
    ItemKind,
    LocalizedText,
    Marker,
    MissingAssetError,
    ProjectExistsError,
    ProjectNotFoundError,
    SchemaVersionError,
    Transform,
    create_project,
    load_project,
)
from museum_ar.core.project import (
    AUTOSAVE_FILE,
    EXHIBIT_FILE,
    discard_recovery,
    has_recovery,
    load_recovery,
    missing_assets,
    store_asset,
    unused_assets,
    write_autosave,
)
from museum_ar.core.schema import SCHEMA_VERSION
from museum_ar.core.transform import quat_from_axis_angle


def _full_project(root):
    p = create_project(root, LocalizedText.of(de="Die Blechtrommel", en="The Tin Drum"), "https://ar.example.org/grass/")
    m = Marker("trommel", 100.0, label=LocalizedText.of(de="Trommel – Oskars Spielzeug", en="Drum"))
    asset = store_asset(root, b"glTF fake bytes", "glb")
    it = Item(
        ItemKind.MESH,
        asset=asset,
        source_name="Trommel ü.glb",
        transform=Transform((0.01, 0.02, -0.03), quat_from_axis_angle((0, 1, 0), 30), (2.0, 2.0, 2.0)),
        title=LocalizedText.of(de="Blechtrommel", en="Tin drum"),
        info={"triangles": 1234},
    )
    m.items.append(it)
    m.items.append(Item(ItemKind.TEXT, description=LocalizedText.of(de="Größe: „groß“", en="Size: big")))
    p.exhibit.markers.append(m)
    p.save()
    return p


def test_round_trip_keeps_everything(odd_dir):
    p = _full_project(odd_dir / "exhibit")
    q = load_project(odd_dir / "exhibit")
    assert q.exhibit == p.exhibit
    raw = json.loads((odd_dir / "exhibit" / EXHIBIT_FILE).read_text("utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    assert "Größe: „groß“" in (odd_dir / "exhibit" / EXHIBIT_FILE).read_text("utf-8")  # readable, not \u-escaped


def test_create_refuses_existing_or_nonempty(tmp_path):
    create_project(tmp_path / "a", "A")
    with pytest.raises(ProjectExistsError, match="already here"):
        create_project(tmp_path / "a", "A")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "notes.txt").write_text("keep me")
    with pytest.raises(ProjectExistsError, match="not empty"):
        create_project(tmp_path / "b", "B")
    assert (tmp_path / "b" / "notes.txt").read_text() == "keep me"


def test_missing_folder_and_file(tmp_path):
    with pytest.raises(ProjectNotFoundError, match="no such folder"):
        load_project(tmp_path / "nope")
    with pytest.raises(ProjectNotFoundError, match="exhibit.json is missing"):
        load_project(tmp_path)


@pytest.mark.parametrize(
    "content, error, words",
    [
        (b"", CorruptProjectError, "empty"),
        (b'{"schema_version": 1, "id": "x", "markers": [', CorruptProjectError, "not valid JSON"),
        (b"\xff\xfe\x00garbage", CorruptProjectError, "not UTF-8"),
        (b"[1, 2]", CorruptProjectError, "JSON object"),
        (b'{"schema_version": 99, "id": "x"}', SchemaVersionError, "newer museum-ar"),
        (b'{"schema_version": "1", "id": "x"}', SchemaVersionError, "whole number"),
        (b'{"schema_version": 1}', CorruptProjectError, "field 'id'"),
        (b'{"schema_version": 1, "id": "x", "markers": [{"id": "a b", "size_mm": 50}]}', InvalidValueError, "markers[0].id"),
        (b'{"schema_version": 1, "id": "x", "markers": [{"id": "a", "size_mm": true}]}', InvalidValueError, "markers[0].size_mm"),
        (b'{"schema_version": 1, "id": "x", "markers": [{"id": "a", "size_mm": 50}, {"id": "a", "size_mm": 60}]}', DuplicateIdError, "markers[1].id"),
        (
            b'{"schema_version": 1, "id": "x", "markers": [{"id": "a", "size_mm": 50, "items": [{"id": "i", "kind": "text", "transform": {"scale": [1, 1, 0]}}]}]}',
            InvalidValueError,
            "markers[0].items[0].transform.scale",
        ),
        (
            b'{"schema_version": 1, "id": "x", "markers": [{"id": "a", "size_mm": 50, "items": [{"id": "i", "kind": "mesh", "asset": "../../etc/passwd"}]}]}',
            InvalidValueError,
            "markers[0].items[0].asset",
        ),
        (
            b'{"schema_version": 1, "id": "x", "markers": [{"id": "a", "size_mm": 50, "items": [{"id": "i", "kind": "hologram"}]}]}',
            InvalidValueError,
            "hologram",
        ),
    ],
)
def test_malformed_projects_raise_typed_errors_naming_file_and_field(tmp_path, content, error, words):
    (tmp_path / EXHIBIT_FILE).write_bytes(content)
    with pytest.raises(error) as info:
        load_project(tmp_path)
    assert words in str(info.value)
    assert str(tmp_path / EXHIBIT_FILE) in str(info.value)


def test_non_finite_transform_refused(tmp_path):
    p = _full_project(tmp_path / "e")
    raw = json.loads((tmp_path / "e" / EXHIBIT_FILE).read_text())
    raw["markers"][0]["items"][0]["transform"]["translation"] = [0, math.inf, 0]
    (tmp_path / "e" / EXHIBIT_FILE).write_text(json.dumps(raw))  # Python writes Infinity
    with pytest.raises(InvalidValueError, match=r"translation\[1\]"):
        load_project(tmp_path / "e")
    assert p  # the original object is untouched


def test_missing_asset_is_named(tmp_path):
    p = _full_project(tmp_path / "e")
    asset = p.exhibit.markers[0].items[0].asset
    (tmp_path / "e" / asset).unlink()
    with pytest.raises(MissingAssetError, match="trommel"):
        load_project(tmp_path / "e")
    q = load_project(tmp_path / "e", check_assets=False)  # the GUI still opens it and lists them
    assert missing_assets(q.root, q.exhibit) == [(f"item '{q.exhibit.markers[0].items[0].id}' on marker 'trommel'", asset)]


def test_assets_are_content_addressed_and_deduplicated(tmp_path):
    p = create_project(tmp_path / "e", "x")
    a = store_asset(p.root, b"same", "png")
    b = store_asset(p.root, b"same", "PNG")
    src = tmp_path / "Bild mit Ümlaut.png"
    src.write_bytes(b"same")
    c = store_asset(p.root, src, ".png")
    assert a == b == c and a.startswith("assets/") and len(list((p.root / "assets").iterdir())) == 1
    assert unused_assets(p.root, p.exhibit) == [a]


def test_older_schema_is_migrated_on_load(tmp_path):
    v0 = {"id": "old", "title": "Alt", "markers": [{"id": "m1", "size_m": 0.08, "items": []}]}
    (tmp_path / EXHIBIT_FILE).write_text(json.dumps(v0))
    p = load_project(tmp_path)
    assert p.migrated_from == 0
    assert p.exhibit.markers[0].size_mm == pytest.approx(80.0)
    assert p.exhibit.languages == ["de", "en"]
    assert p.exhibit.title.get("de") == "Alt"
    assert json.loads((tmp_path / EXHIBIT_FILE).read_text()) == v0  # untouched until the curator saves
    p.save()
    assert json.loads((tmp_path / EXHIBIT_FILE).read_text())["schema_version"] == SCHEMA_VERSION


def test_autosave_and_recovery(tmp_path):
    p = _full_project(tmp_path / "e")
    assert not has_recovery(p.root)
    p.exhibit.markers.append(Marker("neu", 60.0))
    write_autosave(p.root, p.exhibit)  # then the app "crashes": exhibit.json still has the old state
    assert has_recovery(p.root)
    assert len(load_project(p.root).exhibit.markers) == 1
    recovered = load_recovery(p.root)
    assert [m.id for m in recovered.markers] == ["trommel", "neu"]
    discard_recovery(p.root)
    assert not has_recovery(p.root)
    write_autosave(p.root, p.exhibit)
    p.save()  # saving makes the autosave stale: it goes
    assert not (p.root / AUTOSAVE_FILE).exists()


def test_failed_save_or_store_is_a_typed_error_and_keeps_the_saved_file(tmp_path):
    from museum_ar.core import ProjectError

    p = _full_project(tmp_path / "e")
    saved = (p.root / EXHIBIT_FILE).read_bytes()
    (p.root / "assets").rename(p.root / "assets-moved")
    (p.root / "assets").write_text("a file where the assets folder was")
    with pytest.raises(ProjectError, match="cannot store a copy"):
        store_asset(p.root, b"new content", "png")
    gone = tmp_path / "gone"
    q = create_project(gone, "x")
    import shutil

    shutil.rmtree(gone)  # e.g. a USB stick pulled out
    with pytest.raises(ProjectError, match="cannot save"):
        q.save()
    assert (p.root / EXHIBIT_FILE).read_bytes() == saved


def test_saved_files_get_ordinary_permissions(tmp_path):
    """Atomic writes go through a private temp file; the result must not stay owner-only, and a
    mode the curator set on exhibit.json survives a save."""
    import os
    import stat

    umask = os.umask(0)
    os.umask(umask)
    p = _full_project(tmp_path / "e")
    json_path = p.root / EXHIBIT_FILE
    assert stat.S_IMODE(json_path.stat().st_mode) == 0o666 & ~umask
    asset = p.exhibit.markers[0].items[0].asset
    assert stat.S_IMODE((p.root / asset).stat().st_mode) == 0o666 & ~umask
    json_path.chmod(0o640)
    p.save()
    assert stat.S_IMODE(json_path.stat().st_mode) == 0o640


def test_item_facts_recorded_under_old_names_are_read_under_one_name(tmp_path):
    """Early versions recorded an item's box as info['bounds'] and a duration as info['duration'];
    loaded, they read as bounding_box_m and duration_s, the only names the code uses."""
    p = _full_project(tmp_path / "Projekt")
    data = json.loads((p.root / EXHIBIT_FILE).read_text("utf-8"))
    item = data["markers"][0]["items"][0]
    item["info"] = {"bounds": [[0, 0, 0], [0.1, 0.2, 0.3]], "duration": 3.5, "width": 10}
    (p.root / EXHIBIT_FILE).write_text(json.dumps(data), "utf-8")
    info = load_project(p.root, check_assets=False).exhibit.markers[0].items[0].info
    assert info == {"bounding_box_m": {"min": [0, 0, 0], "max": [0.1, 0.2, 0.3]}, "duration_s": 3.5, "width": 10}
