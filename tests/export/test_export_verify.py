"""Export a real exhibit, verify it, then tamper with it in every way verify must catch."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from museum_ar.cli import main as cli
from museum_ar.core.errors import BundleError, MuseumArError
from museum_ar.export import export_bundle, generate_signing_key, verify_bundle
from museum_ar.export.manifest import manifest_schema, validate_manifest
from museum_ar.markers import layout_for, payload_for, qr_modules


def copy(bundle: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "copy"
    shutil.copytree(bundle, dst)
    return dst


@pytest.mark.slow
def test_folder_bundle_verifies_and_lists_every_file_with_its_hash(exported_bundle: Path):
    report = verify_bundle(exported_bundle)
    manifest = json.loads((exported_bundle / "manifest.json").read_text("utf-8"))
    on_disk = {p.relative_to(exported_bundle).as_posix() for p in exported_bundle.rglob("*") if p.is_file()}
    assert set(manifest["files"]) == on_disk - {"manifest.json"}
    assert report.files == len(manifest["files"]) and report.markers == 1 and report.items == 3
    for name in ("index.html", "viewer.js", "sw.js", "app.webmanifest", "markers/trommel.png"):
        assert name in manifest["files"]
    # The marker geometry the viewer needs comes from the markers package, not from JS constants.
    m = manifest["markers"][0]
    payload = payload_for("https://ar.example.org/grass/", "trommel")
    assert m["payload"] == payload
    layout = layout_for(payload)
    assert m["layout"]["units"] == layout.units and m["layout"]["symbol_offset"] == layout.symbol_offset
    assert m["modules"][0] == "".join("1" if v else "0" for v in qr_modules(payload)[0])
    assert "Raum" not in json.dumps(manifest) and "project" not in json.dumps(manifest)  # no absolute project paths leak into the bundle


@pytest.mark.slow
def test_zip_bundle_verifies_and_matches_the_folder(exhibit_dir: Path, tmp_path: Path):
    out = export_bundle(exhibit_dir, tmp_path / "Blechtrommel Raum 2.zip")
    report = verify_bundle(out)
    folder = export_bundle(exhibit_dir, tmp_path / "folder")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert report.files == verify_bundle(folder).files


@pytest.mark.slow
def test_export_refuses_to_overwrite_and_leaves_nothing_half_written(exhibit_dir: Path, tmp_path: Path):
    out = export_bundle(exhibit_dir, tmp_path / "b")
    with pytest.raises(BundleError, match="already exists"):
        export_bundle(exhibit_dir, out)
    export_bundle(exhibit_dir, out, overwrite=True)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_of_an_exhibit_without_markers_or_address_fails_clearly(tmp_path: Path):
    from museum_ar.core.project import create_project

    create_project(tmp_path / "leer", "Leer", publish_url="https://ar.example.org/x/")
    with pytest.raises(BundleError, match="no markers"):
        export_bundle(tmp_path / "leer", tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "tamper, message",
    [
        (lambda b: (b / "viewer.css").write_text("body{}"), "SHA-256|bytes"),
        (lambda b: next((b / "assets").glob("*.glb")).write_bytes(b"glTF" + b"\0" * 20), "SHA-256|bytes"),
        (lambda b: next((b / "assets").glob("*.png")).unlink(), "missing"),
        (lambda b: (b / "extra.js").write_text("alert(1)"), "not listed"),
        (lambda b: (b / "manifest.json").write_text("{", encoding="utf-8"), "not valid JSON"),
        (lambda b: (b / "manifest.json").unlink(), "no manifest.json"),
    ],
    ids=["changed-viewer", "changed-mesh", "missing-asset", "added-file", "broken-manifest", "no-manifest"],
)
def test_verify_names_what_was_tampered(exported_bundle: Path, tmp_path: Path, tamper, message):
    b = copy(exported_bundle, tmp_path)
    tamper(b)
    with pytest.raises(BundleError, match=message):
        verify_bundle(b)


def test_verify_checks_the_schema_and_references(exported_bundle: Path, tmp_path: Path):
    b = copy(exported_bundle, tmp_path)
    manifest = json.loads((b / "manifest.json").read_text("utf-8"))
    manifest["markers"][0]["items"][0]["asset"] = "assets/nicht-da.glb"
    (b / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError, match="nicht-da.glb"):
        verify_bundle(b)
    manifest["markers"][0]["size_mm"] = "100"
    with pytest.raises(BundleError) as e:
        validate_manifest(manifest)
    assert e.value.field == "markers/0/size_mm"
    manifest["manifest_version"] = 99
    with pytest.raises(BundleError, match="manifest_version 99"):
        validate_manifest(manifest)
    assert manifest_schema()["properties"]["manifest_version"] == {"const": 1}


@pytest.mark.parametrize("part", ["content.js", "tracker_worker.js"])
def test_verify_requires_every_file_of_the_bundles_own_viewer(exported_bundle: Path, tmp_path: Path, part: str):
    """The viewer is several files now; a bundle that lost one of them (and its line in the file
    table, as a careless re-pack would) cannot start on a tablet, so verify refuses it. A bundle of
    an earlier viewer, whose manifest names no viewer files, is held to the six every viewer had."""
    b = copy(exported_bundle, tmp_path)
    manifest = json.loads((b / "manifest.json").read_text("utf-8"))
    assert part in manifest["viewer"]["files"] and "index.html" in manifest["viewer"]["files"]
    (b / part).unlink()
    del manifest["files"][part]
    (b / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError, match=f"viewer file '{part}' is missing"):
        verify_bundle(b)
    del manifest["viewer"]["files"]  # as an earlier export wrote it
    (b / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    verify_bundle(b)
    manifest["viewer"]["files"] = ["viewer.js"]  # a list without the page itself is no viewer
    with pytest.raises(BundleError) as e:
        validate_manifest(manifest)
    assert e.value.field.startswith("viewer/files")


def test_verify_takes_item_kinds_from_the_registry(exported_bundle: Path, tmp_path: Path):
    """The schema's kind enum is core's ITEM_KINDS, and whether an item needs an asset is its
    kind's record (a mesh without one is refused; a text item has none)."""
    b = copy(exported_bundle, tmp_path)
    manifest = json.loads((b / "manifest.json").read_text("utf-8"))
    item = manifest["markers"][0]["items"][0]
    assert item["kind"] == "mesh" and manifest["kinds"]["mesh"] == {"label": {"en": "3D model", "de": "3D-Modell"}, "shown_as": "mesh"}
    item["kind"] = "hologram"
    with pytest.raises(BundleError) as e:
        validate_manifest(manifest)
    assert e.value.field == "markers/0/items/0/kind"
    item["kind"] = "mesh"
    del item["asset"]
    (b / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError, match="mesh item .* has no asset"):
        verify_bundle(b)


@pytest.mark.slow
def test_signed_bundle_verifies_and_rejects_changes(exhibit_dir: Path, tmp_path: Path):
    key = tmp_path / "museum.pem"
    generate_signing_key(key, tmp_path / "museum.pub.pem")
    out = export_bundle(exhibit_dir, tmp_path / "signed", signing_key=key)
    from museum_ar.export.signing import load_public_key

    pub = load_public_key(tmp_path / "museum.pub.pem")
    report = verify_bundle(out, require_key=pub)
    assert report.signed and report.public_key == pub

    # Changing the manifest (even consistently re-hashing a file) breaks the signature.
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    manifest["exhibit"]["title"]["de"] = "Gefälscht"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError, match="signature does not match"):
        verify_bundle(out)

    # Another key, or no signature, fails when a key is required.
    other = tmp_path / "other.pem"
    generate_signing_key(other)
    out2 = export_bundle(exhibit_dir, tmp_path / "signed2", signing_key=other)
    with pytest.raises(BundleError, match="different key"):
        verify_bundle(out2, require_key=pub)
    unsigned = export_bundle(exhibit_dir, tmp_path / "unsigned")
    with pytest.raises(BundleError, match="not signed"):
        verify_bundle(unsigned, require_key=pub)
    (out2 / "manifest.sig").unlink()
    with pytest.raises(BundleError, match="manifest.sig is missing"):
        verify_bundle(out2)


@pytest.mark.slow
def test_cli_export_verify_and_errors(exhibit_dir: Path, tmp_path: Path, capsys):
    out = tmp_path / "cli bundle.zip"
    assert cli(["export", str(exhibit_dir), "--out", str(out), "--new-key", str(tmp_path / "k.pem")]) == 0
    assert cli(["verify", str(out), "--key", str(tmp_path / "k.pub.pem")]) == 0
    assert "signed" in capsys.readouterr().out
    assert cli(["verify", str(tmp_path / "nowhere.zip")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("museum-ar verify:") and "no such bundle" in err and "Traceback" not in err
    (tmp_path / "fake.zip").write_bytes(b"PK\x03\x04 truncated")
    assert cli(["verify", str(tmp_path / "fake.zip")]) == 1
    assert cli(["export", str(exhibit_dir), "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_serve_refuses_a_tampered_bundle(exported_bundle: Path, tmp_path: Path):
    from museum_ar.export.serve import BundleServer

    b = copy(exported_bundle, tmp_path)
    (b / "index.html").write_text("<h1>hacked</h1>")
    with pytest.raises(MuseumArError, match="SHA-256|bytes"):
        BundleServer(b, port=0)


@pytest.mark.slow
def test_serve_zip_over_http(exhibit_dir: Path, tmp_path: Path):
    import urllib.request

    from museum_ar.export.serve import BundleServer

    out = export_bundle(exhibit_dir, tmp_path / "b.zip")
    with BundleServer(out, port=0, quiet=True) as server:
        with urllib.request.urlopen(server.url + "manifest.json") as r:
            assert json.loads(r.read())["format"] == "museum-ar-bundle"
        with urllib.request.urlopen(server.url + "app.webmanifest") as r:
            assert r.headers["Content-Type"] == "application/manifest+json"
        root = server.root
    assert not root.exists()  # the extracted copy is cleaned up


def test_export_refuses_assets_tablets_cannot_show(exhibit_dir: Path, tmp_path: Path):
    from museum_ar.core.project import load_project, store_asset

    project = load_project(exhibit_dir)
    mesh = next(it for _, it in project.exhibit.items() if it.kind.value == "mesh")
    mesh.asset = store_asset(exhibit_dir, b"ply\nformat ascii 1.0\nend_header\n", "ply")
    project.save()
    with pytest.raises(BundleError, match=r"\.ply file, which tablets cannot show.*attach the source file again"):
        export_bundle(exhibit_dir, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cancelled_export_leaves_nothing(exhibit_dir: Path, tmp_path: Path):
    from museum_ar.core.errors import CancelledError
    from museum_ar.core.progress import Progress

    seen = []

    def cancel_late(fraction: float, message: str) -> None:
        seen.append(message)
        if fraction > 0.7:
            progress.cancel()

    progress = Progress(cancel_late)
    with pytest.raises(CancelledError):
        export_bundle(exhibit_dir, tmp_path / "out.zip", progress=progress)
    assert not (tmp_path / "out.zip").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert any("writing" in m for m in seen)


@pytest.mark.slow
def test_serve_command_serves_until_stopped(exported_bundle: Path):
    import signal
    import subprocess
    import sys
    import urllib.request

    proc = subprocess.Popen(
        [sys.executable, "-u", "-c", "import sys; from museum_ar.cli import main; sys.exit(main())", "serve", str(exported_bundle), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()
        assert "serving" in line and "http://localhost:" in line, line + proc.stderr.read()
        url = line.split(" at ")[1].split()[0]
        with urllib.request.urlopen(url) as r:
            assert b"boot.js" in r.read()  # the page starts the checked viewer through boot.js
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    assert proc.returncode == 130


def test_serve_help_says_why_https(capsys):
    with pytest.raises(SystemExit):
        cli(["serve", "--help"])
    out = capsys.readouterr().out
    assert "localhost" in out and "HTTPS" in out


@pytest.mark.slow
def test_export_is_reproducible(exhibit_dir: Path, tmp_path: Path):
    """The same project exports to the same bytes: bundles can be compared and cached."""
    a = export_bundle(exhibit_dir, tmp_path / "a.zip")
    b = export_bundle(exhibit_dir, tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()


def test_export_never_writes_a_zip_its_own_verify_refuses(tmp_path: Path):
    """Long repetitive wall texts deflate over the zip-bomb ratio that `verify` (and `serve`)
    refuse; export stores such members instead of deflating them."""
    import dataclasses

    from exhibit_factory import make_exhibit
    from museum_ar.core import LocalizedText, load_project

    root = make_exhibit(tmp_path / "Projekt", with_image=False)
    project = load_project(root)
    marker = project.exhibit.markers[0]
    text = next(i for i in marker.items if i.kind == "text")
    wall = LocalizedText.of(de="Trommel " * 2_400, en="drum " * 3_900)  # within the 20,000 characters a field may hold
    marker.items += [dataclasses.replace(text, id=f"wand-{n}", description=wall) for n in range(60)]
    project.save()
    out = export_bundle(root, tmp_path / "bundle.zip", usdz=False)
    with zipfile.ZipFile(out) as zf:
        assert zf.getinfo("manifest.json").file_size > 2_000_000  # the long texts are in it
    report = verify_bundle(out)
    assert report.items == 62


def test_members_that_would_look_like_a_zip_bomb_are_stored_not_deflated(tmp_path: Path):
    from museum_ar.export.safe_zip import DEFAULT_LIMITS
    from museum_ar.export.writer import zip_method_for

    silence = tmp_path / "silence.wav"
    silence.write_bytes(bytes(2 * DEFAULT_LIMITS.ratio_floor_bytes))
    assert zip_method_for("assets/silence.wav", silence) == zipfile.ZIP_STORED
    assert zip_method_for("manifest.json", b"{" + b"a" * 3_000_000 + b"}") == zipfile.ZIP_STORED
    assert zip_method_for("manifest.json", b'{"a": 1}') == zipfile.ZIP_DEFLATED
    assert zip_method_for("manifest.json", json.dumps(list(range(300_000))).encode()) == zipfile.ZIP_DEFLATED  # 2 MB of ordinary JSON
    assert zip_method_for("assets/scan.glb", bytes(3_000_000)) == zipfile.ZIP_STORED  # binary: never deflated


def test_an_oversized_manifest_is_refused_by_its_size_before_it_is_parsed(exported_bundle: Path, tmp_path: Path):
    from museum_ar.export.manifest import MAX_MANIFEST_BYTES

    bundle = copy(exported_bundle, tmp_path)
    (bundle / "manifest.json").write_bytes(b"[" * (MAX_MANIFEST_BYTES + 1))  # parsing it would fail differently
    with pytest.raises(BundleError, match=f"more than {MAX_MANIFEST_BYTES}"):
        verify_bundle(bundle)


@pytest.mark.slow
def test_validate_refuses_what_export_would_refuse(exhibit_dir: Path, tmp_path: Path, cli):
    """`validate` runs export's own checks without writing: it never says ok for a project that
    export then refuses."""
    from museum_ar.core.project import load_project, store_asset

    assert cli("validate", str(exhibit_dir)).returncode == 0
    project = load_project(exhibit_dir)
    mesh = next(it for _, it in project.exhibit.items() if it.kind.value == "mesh")
    mesh.asset = store_asset(exhibit_dir, b"ply\nformat ascii 1.0\nend_header\n", "ply")
    project.save()
    before = sorted(tmp_path.rglob("*"))
    result = cli("validate", str(exhibit_dir))
    assert result.returncode == 1 and "tablets cannot show" in result.stderr and "ok:" not in result.stdout
    assert sorted(tmp_path.rglob("*")) == before  # nothing written
