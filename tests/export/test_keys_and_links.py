"""Keys and links at export: the private key is written 0600 and never overwrites anything, and
is made only after the export succeeded; an asset that is a symbolic link (to a private key, to
exhibit.json) never goes into a bundle."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from museum_ar.core.errors import BundleError
from museum_ar.core.project import load_project
from museum_ar.export import export_bundle, generate_signing_key


def test_a_new_key_is_private_and_never_overwrites(tmp_path: Path):
    key = tmp_path / "museum.pem"
    generate_signing_key(key, tmp_path / "museum.pub.pem")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "museum.pub.pem").stat().st_mode) == 0o644
    before = key.read_bytes()
    with pytest.raises(BundleError, match="never overwritten"):
        generate_signing_key(key)
    other = tmp_path / "vorhanden.pub.pem"
    other.write_text("someone's public key")
    with pytest.raises(BundleError, match="never overwritten"):
        generate_signing_key(tmp_path / "neu.pem", other)
    assert key.read_bytes() == before and other.read_text() == "someone's public key"
    assert not (tmp_path / "neu.pem").exists()  # nothing half made


def test_cli_makes_no_key_when_the_export_fails(tmp_path: Path, cli):
    project = tmp_path / "leer"
    assert cli("new", project, "--title", "Leer", "--url", "https://ar.example.org/leer/").returncode == 0  # no markers: export refuses
    r = cli("export", project, "--out", tmp_path / "bundle", "--new-key", tmp_path / "k.pem")
    assert r.returncode == 1 and "no markers" in r.stderr
    assert not (tmp_path / "k.pem").exists() and not (tmp_path / "k.pub.pem").exists()


@pytest.mark.parametrize("target", ["secret", "exhibit.json"])
def test_an_asset_that_is_a_link_never_goes_into_a_bundle(exhibit_dir: Path, tmp_path: Path, target: str):
    project = load_project(exhibit_dir)
    item = next(it for _, it in project.exhibit.items() if it.kind.value == "mesh")
    asset = exhibit_dir / item.asset
    secret = tmp_path / "museum.pem"
    secret.write_text("-----BEGIN PRIVATE KEY-----\n")
    os.replace(asset, tmp_path / "moved.glb")
    asset.symlink_to(secret if target == "secret" else exhibit_dir / "exhibit.json")
    with pytest.raises(BundleError, match=item.id):
        export_bundle(exhibit_dir, tmp_path / "bundle.zip")
    assert not (tmp_path / "bundle.zip").exists()
