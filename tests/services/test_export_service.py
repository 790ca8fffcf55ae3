"""services.export: the bundle is built from the exhibit in memory, unsaved edits included,
without reading or writing exhibit.json (issue #18: the app no longer saves before exporting)."""

from __future__ import annotations

import json
import zipfile

import pytest
from service_samples import DATA, MARKER_MM

from museum_ar.core import commands as cmd
from museum_ar.core.errors import BundleError, InvalidValueError, MissingAssetError
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import EXHIBIT_FILE, create_project, load_project
from museum_ar.core.transform import Transform
from museum_ar.services.attach import attach_files
from museum_ar.export import check_exportable
from museum_ar.services.export import check_export, export_exhibit, export_project, snapshot


@pytest.fixture
def project(odd_dir):
    p = create_project(odd_dir / "Ausstellung", LocalizedText.of(de="Gespeichert", en="Saved"), publish_url="https://ar.example.org/x/")
    stack = cmd.UndoStack(p.exhibit)
    stack.push(cmd.AddMarker(Marker("M1", MARKER_MM)))
    assert attach_files(p, stack, "M1", [DATA / "Box_draco.glb"]).ok
    p.save()
    return load_project(p.root)


def _manifest(bundle) -> dict:
    with zipfile.ZipFile(bundle) as z:
        return json.loads(z.read("manifest.json"))


def test_export_of_unsaved_edits_leaves_exhibit_json_alone(project, odd_dir):
    on_disk = (project.root / EXHIBIT_FILE).read_bytes()
    stack = cmd.UndoStack(project.exhibit)
    item = project.exhibit.marker("M1").items[0]
    stack.push(cmd.SetExhibitText("title", "de", "Ungespeichert Grüße"))
    stack.push(cmd.SetTransform(item.id, Transform(translation=(0.05, 0.0, 0.0))))
    stack.push(cmd.AddMarker(Marker("M2", 80.0, label=LocalizedText.of(de="Neu", en="New"))))
    assert not stack.is_clean()

    result = export_exhibit(snapshot(project.exhibit), project.root, odd_dir / "Paket ü.zip", usdz=False, verify=True)

    manifest = _manifest(result.path)
    assert manifest["exhibit"]["title"]["de"] == "Ungespeichert Grüße"
    assert [m["id"] for m in manifest["markers"]] == ["M1", "M2"]
    assert manifest["markers"][0]["items"][0]["transform"]["translation"] == [0.05, 0.0, 0.0]
    assert result.report is not None and result.report.markers == 2 and result.report.items == 1
    assert (project.root / EXHIBIT_FILE).read_bytes() == on_disk  # not saved, not rewritten
    assert load_project(project.root).exhibit.title.get("de") == "Gespeichert"
    # the CLI's way (the saved project) still shows the saved state
    saved = export_project(project.root, odd_dir / "Gespeichert.zip", usdz=False)
    assert _manifest(saved.path)["exhibit"]["title"]["de"] == "Gespeichert"


def test_snapshot_is_not_changed_by_later_edits(project):
    snap = snapshot(project.exhibit)
    cmd.UndoStack(project.exhibit).push(cmd.SetExhibitText("title", "de", "Später"))
    assert snap.title.get("de") == "Gespeichert" and snap is not project.exhibit


def test_an_in_memory_item_whose_asset_is_gone_is_refused(project, odd_dir):
    item = project.exhibit.marker("M1").items[0]
    (project.root / item.asset).unlink()
    with pytest.raises(MissingAssetError, match=item.asset):
        export_exhibit(snapshot(project.exhibit), project.root, odd_dir / "x.zip", usdz=False)
    assert not (odd_dir / "x.zip").exists()


# ------------------------------------------------------------------ the check, in memory


def _bundle_files(bundle) -> int:
    with zipfile.ZipFile(bundle) as z:
        return len([n for n in z.namelist() if not n.endswith("/")])


def test_check_counts_what_export_writes_from_memory(project, odd_dir):
    """The check is export without the writing: the same exhibit gives the same file count
    (unsaved marker included), and exhibit.json is neither read nor written."""
    on_disk = (project.root / EXHIBIT_FILE).read_bytes()
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker("M2", 80.0)))  # a marker image and its texts more: not saved
    snap = snapshot(project.exhibit)
    n = check_export(snap, project.root, usdz=False)
    assert n == _bundle_files(export_exhibit(snap, project.root, odd_dir / "Paket.zip", usdz=False).path)
    assert n > check_exportable(project.root, usdz=False)  # the saved project: one marker fewer
    assert (project.root / EXHIBIT_FILE).read_bytes() == on_disk


def test_check_sees_a_marker_added_but_not_saved(odd_dir):
    p = create_project(odd_dir / "Leer", "Leer", publish_url="https://ar.example.org/x/")
    with pytest.raises(BundleError, match="no markers"):
        check_exportable(p.root, usdz=False)  # what was saved
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("M1", 80.0)))
    assert check_export(snapshot(p.exhibit), p.root, usdz=False) > 0  # what the curator sees
    with pytest.raises(BundleError, match="no markers"):
        check_exportable(p.root, usdz=False)  # still the saved state


def test_check_sees_a_marker_removed_but_not_saved(project):
    cmd.UndoStack(project.exhibit).push(cmd.RemoveMarker("M1"))
    with pytest.raises(BundleError, match="no markers"):
        check_export(snapshot(project.exhibit), project.root, usdz=False)
    assert check_exportable(project.root, usdz=False) > 0


def test_check_sees_a_just_removed_item_whose_file_is_gone(project):
    """The saved item's file was deleted: loading the saved project refuses; the window's exhibit,
    where the item was just removed, is fine, and the check says so."""
    item = project.exhibit.marker("M1").items[0]
    (project.root / item.asset).unlink()
    with pytest.raises(MissingAssetError, match=item.asset):
        check_export(snapshot(project.exhibit), project.root, usdz=False)
    cmd.UndoStack(project.exhibit).push(cmd.RemoveItem(item.id))
    assert check_export(snapshot(project.exhibit), project.root, usdz=False) > 0
    with pytest.raises(MissingAssetError, match=item.asset):
        check_exportable(project.root, usdz=False)


def test_check_refuses_what_could_not_be_saved(project):
    """The snapshot goes through the schema as a save would: a size no load would accept is the
    same typed error here (core.exhibit.check_marker_size)."""
    project.exhibit.marker("M1").size_mm = 5.0  # past the commands, as a bug might
    with pytest.raises(InvalidValueError) as e:
        check_export(snapshot(project.exhibit), project.root, usdz=False)
    assert e.value.field == "markers[0].size_mm"
