"""Export of a plain artwork (a wash without features, issue #19): compiled plain only when the
curator chose tracking by its outline, its target data reads back as a plain target carrying the
appearance the outline tracker needs, its manifest entry passes the schema and says `plain`, and
the manifest carries the plain-picture constants from their one Python source."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import jsonschema
import pytest

from museum_ar.core.errors import BundleError
from museum_ar.core.exhibit import ImageTarget, Marker, Mount
from museum_ar.export import verify as _verify
from museum_ar.export.targets import BUDGET_BYTES, target_entry, target_files, target_path
from museum_ar.markers import tracking_params
from museum_ar.markers.image_compile import read_target_bytes
from museum_ar.tracking import plain_picture
from museum_ar.tracking import synthetic_artworks as sa

SCHEMA = Path(__file__).resolve().parents[2] / "museum_ar" / "export" / "schema" / "manifest-1.schema.json"


def _marker(root: Path, name: str, outline: bool) -> Marker:
    return Marker(name, 420.0, mount=Mount.WALL, target=ImageTarget(f"assets/{name}.png", 420.0, outline=outline))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("plain")
    (root / "assets").mkdir()
    c = sa.collection()
    cv2.imwrite(str(root / "assets" / "wash.png"), c["wash"])
    cv2.imwrite(str(root / "assets" / "etching.png"), c["etching-0"])
    return root


def test_plain_wash_exports_only_when_outline_is_chosen(project: Path):
    with pytest.raises(BundleError, match="no distinctive features"):
        target_files(project, _marker(project, "wash", outline=False))
    m = _marker(project, "wash", outline=True)
    files = target_files(project, m)
    data = files[target_path(m)]
    assert len(data) <= BUDGET_BYTES
    t = read_target_bytes(data)
    assert t.plain and t.reference is not None
    assert abs(t.ref_size[0] / t.ref_size[1] - 900 / 640) < 0.01
    # the shipped appearance is as flat as the desktop requires of a plain reference
    assert plain_picture.reference_is_plain(t.reference)
    entry = target_entry(m, files)
    assert entry["plain"] is True and entry["points"] == 0 and entry["bytes"] == len(data)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(entry, schema["$defs"]["marker"]["properties"]["target"] | {"$defs": schema["$defs"]})


def test_featured_artwork_stays_featured_with_outline_chosen(project: Path):
    m = _marker(project, "etching", outline=True)
    files = target_files(project, m)
    entry = target_entry(m, files)
    assert "plain" not in entry and entry["points"] >= 8


def test_manifest_carries_the_plain_constants_the_desktop_uses():
    plain = tracking_params.as_manifest()["plain"]
    assert plain["max_texture"] == plain_picture.PLAIN_MAX_TEXTURE
    assert plain["max_framed"] == plain_picture.MAX_FRAMED
    assert tuple(plain["band"]) == plain_picture.BAND
    assert json.loads(json.dumps(plain)) == plain


def test_verify_refuses_a_plain_entry_with_points_or_without_constants(tmp_path: Path):
    ok = {"file": "targets/w.mait", "points": 0, "plain": True}
    _verify._check_target_kind("w", ok, tmp_path)
    with pytest.raises(BundleError, match="plain image target has 3"):
        _verify._check_target_kind("w", ok | {"points": 3}, tmp_path)
    with pytest.raises(BundleError, match="fewer than the 8"):
        _verify._check_target_kind("w", {"file": "targets/w.mait", "points": 0}, tmp_path)


@pytest.mark.slow
def test_a_saved_outline_project_exports_verifies_and_its_shipped_target_finds_the_wash(tmp_path: Path):
    """The whole path: the curator's choice saved in exhibit.json, loaded back, exported, verified;
    the bundle's own target bytes (not the desktop's in-memory compile) find the wash by its outline
    at a view where the desktop's exhibit tracker finds it (tests/tracking/test_plain_exhibit.py)."""
    import zipfile

    import numpy as np

    from museum_ar.core.project import load_project, save_exhibit
    from museum_ar.export import export_bundle
    from museum_ar.export.verify import verify_bundle
    from museum_ar.tracking import CameraIntrinsics
    from museum_ar.tracking.image_target import ImageTargetTracker
    from museum_ar.tracking.poses import facing_pose, rotation_error_deg
    from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

    from .exhibit_factory import make_exhibit

    root = make_exhibit(tmp_path / "Ausstellung für Aquarelle")
    wash = sa.collection()["wash"]
    cv2.imwrite(str(root / "assets" / "aquarell.png"), wash)
    ex = load_project(root, check_assets=False).exhibit
    ex.markers.append(Marker("aquarell", 420.0, mount=Mount.WALL, target=ImageTarget("assets/aquarell.png", 420.0, outline=True)))
    save_exhibit(root, ex)
    assert '"outline": true' in (root / "exhibit.json").read_text(encoding="utf-8")
    out = export_bundle(root, tmp_path / "b.zip", usdz=False)
    # found by its outline only where its edge shows: export and verify say so, by marker
    assert verify_bundle(out).outline_markers == ["aquarell"]
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entry = next(m for m in manifest["markers"] if m["id"] == "aquarell")["target"]
        data = zf.read(entry["file"])
    assert entry["plain"] is True and manifest["tracking"]["plain"] == tracking_params.as_manifest()["plain"]
    compiled = read_target_bytes(data)
    intr = CameraIntrinsics.default_for(1280, 720)
    truth = facing_pose(1.23, 18, 144, roll_deg=4)
    rng = np.random.default_rng(1013)
    frame = degrade(render_artwork(wall(1280, 720, rng), wash, 0.42, truth, intr), rng, lighting=0.3, noise=2.0, glare=0.15, motion_px=1.0)
    dets = ImageTargetTracker([compiled], intr).process(frame)
    assert [d.target_id for d in dets] == ["aquarell"]
    assert rotation_error_deg(dets[0].pose, truth) <= 3.0


@pytest.mark.slow
def test_the_cli_says_which_markers_are_found_by_their_outline(tmp_path: Path, capsys):
    from museum_ar.cli import main as cli
    from museum_ar.core.project import load_project, save_exhibit

    from .exhibit_factory import make_exhibit

    root = make_exhibit(tmp_path / "ex")
    cv2.imwrite(str(root / "assets" / "aquarell.png"), sa.collection()["wash"])
    ex = load_project(root, check_assets=False).exhibit
    ex.markers.append(Marker("aquarell", 420.0, mount=Mount.WALL, target=ImageTarget("assets/aquarell.png", 420.0, outline=True)))
    save_exhibit(root, ex)
    assert cli(["export", str(root), "--out", str(tmp_path / "b"), "--no-usdz"]) == 0
    said = capsys.readouterr().out
    assert "note: marker 'aquarell' is found by its outline" in said and said.count("note: marker") == 1, said
    assert cli(["verify", str(tmp_path / "b")]) == 0
    assert "note: marker 'aquarell'" in capsys.readouterr().out


@pytest.mark.slow
def test_the_outline_choice_changed_later_is_what_the_next_export_compiles(tmp_path: Path):
    """The inspector's EditMarker 'outline' (issue 19), saved: the next export compiles the wash
    plain with it, refuses it (naming the marker) without it, and plain again once undone; the
    choice on a featured picture leaves its target data byte for byte as it was."""
    from museum_ar.core import commands as cmd
    from museum_ar.core.project import load_project
    from museum_ar.export import export_bundle

    from .exhibit_factory import make_exhibit

    root = make_exhibit(tmp_path / "Ausstellung für Aquarelle")
    c = sa.collection()
    cv2.imwrite(str(root / "assets" / "aquarell.png"), c["wash"])
    cv2.imwrite(str(root / "assets" / "radierung.png"), c["etching-3"])
    project = load_project(root, check_assets=False)
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker("aquarell", 420.0, mount=Mount.WALL, target=ImageTarget("assets/aquarell.png", 420.0, outline=True))))
    stack.push(cmd.AddMarker(Marker("radierung", 420.0, mount=Mount.WALL, target=ImageTarget("assets/radierung.png", 420.0))))
    project.save()

    def targets(name: str) -> dict[str, dict]:
        out = export_bundle(root, tmp_path / name, usdz=False)
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return {m["id"]: m["target"] | {"data": (out / m["target"]["file"]).read_bytes()} for m in manifest["markers"] if "target" in m}

    first = targets("b1")
    assert first["aquarell"]["plain"] is True and "plain" not in first["radierung"]
    stack.push(cmd.EditMarker("aquarell", {"outline": False}))
    stack.end_merge()
    project.save()
    with pytest.raises(BundleError, match="marker 'aquarell'.*no distinctive features"):
        export_bundle(root, tmp_path / "b2", usdz=False)
    assert stack.undo()
    stack.push(cmd.EditMarker("radierung", {"outline": True}))
    project.save()
    again = targets("b3")
    assert again["aquarell"]["plain"] is True and again["aquarell"]["data"] == first["aquarell"]["data"]
    assert "plain" not in again["radierung"] and again["radierung"]["data"] == first["radierung"]["data"]
