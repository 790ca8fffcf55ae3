"""Artworks on the printable sheet at their exact physical size: `museum-ar markers` writes the PDF,
pdftoppm rasterises it, the picture's width is measured in the pixels; the rasterised print is
then found by the tracker (print -> rasterise -> detect)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.core.exhibit import ImageTarget, Marker
from museum_ar.core.project import create_project, save_exhibit
from museum_ar.markers.image_sheet import page_for
from museum_ar.tracking import synthetic_artworks as sa

from ..conftest import run_cli_in_process

DPI = 150
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    root = tmp_path_factory.mktemp("sheet") / "ausstellung"
    ex = create_project(root, "Radierungen", "https://ar.example.org/r/").exhibit
    ex.markers.append(Marker("karte", 80.0))
    cv2.imwrite(str(root / "assets" / "gemaelde.png"), sa.painting(2))
    cv2.imwrite(str(root / "assets" / "plakat.png"), sa.poster(3))
    ex.markers.append(Marker("gemaelde", 180.0, target=ImageTarget("assets/gemaelde.png", 180.0)))
    ex.markers.append(Marker("plakat", 250.0, target=ImageTarget("assets/plakat.png", 250.0, crop=(0, 0, 700, 900))))
    save_exhibit(root, ex)
    pdf = root.parent / "bogen.pdf"
    out = run_cli_in_process("markers", root, "--out", pdf)
    assert out.returncode == 0, out.stderr
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(root.parent / "seite")], check=True, timeout=120)
    return sorted(root.parent.glob("seite-*.png"))


def _picture_width_mm(png: Path) -> tuple[float, np.ndarray]:
    img = cv2.imread(str(png))
    grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    dark = grey < 245
    rows = np.where(dark.sum(axis=1) > 0.3 * grey.shape[1] * 0.3)[0]  # rows crossing the picture
    mid = rows[len(rows) // 2]
    cols = np.where(dark[mid])[0]
    return (cols[-1] - cols[0] + 1) / DPI * 25.4, img


@pytest.mark.slow
def test_each_artwork_at_its_exact_width(sheet):
    assert len(sheet) == 3  # the QR card's page, then one page per artwork
    w1, _ = _picture_width_mm(sheet[1])
    w2, _ = _picture_width_mm(sheet[2])
    assert abs(w1 - 180.0) <= 0.5, w1
    assert abs(w2 - 250.0) <= 0.5, w2


def test_page_sizes_fit_the_artwork():
    assert page_for(180, 140)[0] == "A4"
    assert page_for(250, 321)[0] == "A3"
    name, w, h = page_for(800, 600)
    assert name == "custom" and w >= 800 and h >= 600  # never scaled down


@pytest.mark.slow
def test_the_rasterised_print_is_tracked(sheet, tmp_path):
    """The printed page, photographed face-on from 0.8 m (rendered), is found with its artwork."""
    from museum_ar.markers.image_compile import compile_target
    from museum_ar.tracking import CameraIntrinsics
    from museum_ar.tracking.image_target import ImageTargetTracker
    from museum_ar.tracking.poses import facing_pose, rotation_error_deg
    from museum_ar.tracking.synthetic_images import render_artwork, wall

    page = cv2.imread(str(sheet[1]))
    page_w_m = page.shape[1] / DPI * 0.0254
    intr = CameraIntrinsics.default_for(1280, 720)
    truth = facing_pose(0.6, 15, 30)
    frame = render_artwork(wall(1280, 720, np.random.default_rng(1)), page, page_w_m, truth, intr)
    t = compile_target("gemaelde", sa.painting(2), 180.0)
    dets = ImageTargetTracker([t], intr).process(frame)
    assert [d.target_id for d in dets] == ["gemaelde"]
    # the picture is centred on the page horizontally: the rotation is the page's
    assert rotation_error_deg(dets[0].pose, truth) <= 1.0
