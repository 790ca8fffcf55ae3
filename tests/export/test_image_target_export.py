"""Export of an artwork marker: its compiled target data is in the bundle, listed and hashed in the
manifest (so the signature covers it), within the 200 kB budget; it reads back into a tracker that
finds the artwork; tampering with it is caught; AR Quick Look anchors on the artwork's picture."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import BundleError
from museum_ar.core.exhibit import ImageTarget, Marker
from museum_ar.core.project import load_project, save_exhibit
from museum_ar.export import export_bundle
from museum_ar.export.signing import new_signing_key
from museum_ar.export.targets import BUDGET_BYTES
from museum_ar.export.verify import verify_bundle
from museum_ar.markers.image_compile import read_target_bytes
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker
from museum_ar.tracking.poses import facing_pose, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

from .exhibit_factory import make_exhibit


@pytest.fixture(scope="module")
def art_project(tmp_path_factory) -> Path:
    root = make_exhibit(tmp_path_factory.mktemp("art") / "grass")
    ex = load_project(root, check_assets=False).exhibit
    pic = sa.etching(4, contrast=0.6)
    cv2.imwrite(str(root / "assets" / "radierung.png"), pic)
    ex.markers.append(Marker("radierung", 420.0, target=ImageTarget("assets/radierung.png", 420.0, crop=(20, 10, 860, 620))))
    save_exhibit(root, ex)
    return root


@pytest.mark.slow
def test_target_data_is_in_the_signed_manifest_and_tracks(art_project: Path, tmp_path: Path):
    out = export_bundle(art_project, tmp_path / "b.zip", signing_key=new_signing_key(), usdz=False)
    report = verify_bundle(out)
    assert report.markers == 2
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entry = next(m for m in manifest["markers"] if m["id"] == "radierung")
        t = entry["target"]
        data = zf.read(t["file"])
        picture = zf.read(entry["image"])
    assert t["file"] in manifest["files"] and manifest["files"][t["file"]]["bytes"] == len(data) == t["bytes"]
    assert t["bytes"] <= BUDGET_BYTES
    assert t["width_mm"] == 420.0 and abs(t["height_mm"] - 420.0 * 620 / 860) < 1.0
    assert picture[:8] == b"\x89PNG\r\n\x1a\n"
    # the shipped data (not the desktop's in-memory compile) finds the artwork at a known pose
    compiled = read_target_bytes(data)
    intr = CameraIntrinsics.default_for(1280, 720)
    truth = facing_pose(1.0, 20, 30)
    rng = np.random.default_rng(3)
    crop = sa.etching(4, contrast=0.6)[10:630, 20:880]
    frame = degrade(render_artwork(wall(1280, 720, rng), crop, 0.42, truth, intr), rng, lighting=0.2, motion_px=1.5)
    dets = ImageTargetTracker([compiled], intr).process(frame)
    assert [d.target_id for d in dets] == ["radierung"]
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0


def test_tampered_target_data_is_caught(art_project: Path, tmp_path: Path):
    out = export_bundle(art_project, tmp_path / "b", usdz=False)
    f = out / "targets" / "radierung.mait"
    data = bytearray(f.read_bytes())
    data[-100] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="radierung.mait"):
        verify_bundle(out)


def test_missing_artwork_picture_fails_the_export_clearly(art_project: Path, tmp_path: Path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(art_project, copy)
    (copy / "assets" / "radierung.png").write_bytes(b"not a picture")
    with pytest.raises(BundleError, match="radierung"):
        export_bundle(copy, tmp_path / "b", usdz=False)
    assert not (tmp_path / "b").exists()


def test_quick_look_anchors_on_the_artwork(art_project: Path):
    from museum_ar.export.usdz import reference_image

    ex = load_project(art_project, check_assets=False).exhibit
    img = reference_image(ex, ex.marker("radierung"), art_project)
    assert img.size == (860, 620)  # the cropped picture, not a QR card
