"""services.export: the bundle is built from the exhibit in memory, unsaved edits included,
without reading or writing exhibit.json (issue #18: the app no longer saves before exporting)."""

from __future__ import annotations

import json
import zipfile

import pytest
from service_samples import DATA, MARKER_MM

from museum_ar.core import commands as cmd
from museum_ar.core.errors import MissingAssetError
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import EXHIBIT_FILE, create_project, load_project
from museum_ar.core.transform import Transform
from museum_ar.services.attach import attach_files
from museum_ar.services.export import export_exhibit, export_project, snapshot


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
