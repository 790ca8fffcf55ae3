"""One SVG/PNG per marker, rendered back to pixels: decoded, and the frame measured in mm."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from museum_ar.core.errors import MarkerError
from museum_ar.core.exhibit import Exhibit
from museum_ar.markers import marker_id_from_payload, marker_png, marker_svg
from museum_ar.markers.files import write_marker_files

from .conftest import find_markers, rasterise_svg

EDGE_TOLERANCE_MM = 0.5


def _one_marker(grey: np.ndarray, dpi: float, exhibit: Exhibit, expect_id: str):
    found = find_markers(grey, dpi)
    assert len(found) == 1, found
    f = found[0]
    assert marker_id_from_payload(f.payload, exhibit.publish_url) == expect_id
    size = exhibit.marker(expect_id).size_mm
    assert abs(f.width_mm - size) <= EDGE_TOLERANCE_MM and abs(f.height_mm - size) <= EDGE_TOLERANCE_MM, (f, size)
    # Nothing clipped: the marker sits inside the image with white around it.
    x, y, w, h = f.bbox_px
    assert x > 0 and y > 0 and x + w < grey.shape[1] and y + h < grey.shape[0]
    return f


@pytest.mark.slow
def test_svg_files_render_at_exact_size(tmp_path: Path, odd_dir: Path, exhibit: Exhibit):
    paths = write_marker_files(exhibit, odd_dir / "SVG für Druckerei", "svg")
    assert [p.name for p in paths] == [f"{m.id}.svg" for m in exhibit.markers]
    for m, p in zip(exhibit.markers, paths):
        root = ET.parse(p).getroot()  # well-formed XML
        assert root.get("width").endswith("mm") and root.get("viewBox").startswith("0 0 ")
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert m.label.get("de") in texts and f"Kante/edge {m.size_mm:g} mm · ID {m.id}" in texts
        for dpi in (300, 200):
            _one_marker(rasterise_svg(p, dpi), dpi, exhibit, m.id)


@pytest.mark.slow
def test_png_files_store_dpi_and_map_pixels_to_mm(odd_dir: Path, exhibit: Exhibit):
    for dpi in (300, 600):
        paths = write_marker_files(exhibit, odd_dir / f"png{dpi}", "png", dpi=dpi)
        for m, p in zip(exhibit.markers, paths):
            with Image.open(p) as im:
                stored = im.info["dpi"]
                grey = np.array(im.convert("L"))
            assert stored[0] == pytest.approx(dpi, abs=0.01) and stored[1] == pytest.approx(dpi, abs=0.01)
            f = _one_marker(grey, stored[0], exhibit, m.id)
            # Snapped to the pixel grid: the frame is exactly round(mm * dpi / 25.4) px.
            assert f.bbox_px[2] == round(m.size_mm * dpi / 25.4)


def test_public_single_marker_functions(exhibit: Exhibit):
    svg = marker_svg(exhibit, "schaedel")
    assert svg.startswith("<?xml") and "Schädel eines Höhlenbären" in svg
    png = marker_png(exhibit, exhibit.marker("trommel"), dpi=150)
    assert png.startswith(b"\x89PNG")
    grey = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    _one_marker(grey, 150, exhibit, "trommel")


def test_png_umlaut_label_is_drawn(exhibit: Exhibit):
    """The label row under the code has ink (the font rendered glyphs, not empty boxes)."""
    grey = cv2.imdecode(np.frombuffer(marker_png(exhibit, "schaedel", 300), np.uint8), cv2.IMREAD_GRAYSCALE)
    _x, y, _w, h = find_markers(grey, 300)[0].bbox_px
    below = grey[y + h + 10 :, :]
    assert (below < 128).sum() > 2000


def test_bad_format_dpi_and_target(tmp_path: Path, exhibit: Exhibit):
    with pytest.raises(MarkerError, match="unknown format"):
        write_marker_files(exhibit, tmp_path / "o", "jpg")
    with pytest.raises(MarkerError, match="dpi"):
        write_marker_files(exhibit, tmp_path / "o", "png", dpi=5)
    f = tmp_path / "file.txt"
    f.write_text("x")
    with pytest.raises(MarkerError, match="is a file"):
        write_marker_files(exhibit, f, "svg")
    assert not (tmp_path / "o").exists()


def test_one_bad_marker_writes_no_file(tmp_path: Path, exhibit: Exhibit):
    exhibit.marker("zeichnung-07").size_mm = 21  # too small to scan at 30 cm
    out = tmp_path / "out"
    with pytest.raises(MarkerError, match="zeichnung-07"):
        write_marker_files(exhibit, out, "png")
    assert not out.exists()


def test_hostile_and_long_labels_stay_inside_the_card_and_valid_xml(tmp_path: Path, exhibit: Exhibit):
    from museum_ar.core.localized import LocalizedText as LT
    from museum_ar.markers.artwork import build_card
    from museum_ar.markers.fonts import text_width_mm

    m = exhibit.marker("schaedel")
    m.label = LT.of('<script>alert("x")</script> & \x00\x07 Zeile\nzwei\t' + "Überlänge " * 30, "]]> <!-- -->")
    card = build_card(exhibit, m)
    for t in card.drawing.texts:
        assert "\n" not in t.text and "\x00" not in t.text
        assert text_width_mm(t.text, t.size_pt, t.bold) <= card.drawing.width - 4.9, t
    assert any(t.text.endswith("…") for t in card.drawing.texts)
    svg = marker_svg(exhibit, m)
    root = ET.fromstring(svg.encode("utf-8"))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts[0] == '<script>alert("x")</script> &' and texts[1].startswith("Zeile zwei Überlänge")
    assert texts[1].endswith("…") and len(texts) == 6  # label on two lines, the rest as usual
    assert "]]> <!-- -->" in texts
    p = tmp_path / "m.svg"
    p.write_text(svg, encoding="utf-8")
    _one_marker(rasterise_svg(p, 300), 300, exhibit, "schaedel")


@pytest.fixture
def artwork_project(tmp_path: Path):
    """An exhibit folder with a QR card and an artwork (a 700 px wide painting, 180 mm wide)."""
    from museum_ar.core.exhibit import ImageTarget, Marker
    from museum_ar.core.project import create_project, save_exhibit
    from museum_ar.tracking import synthetic_artworks as sa

    root = tmp_path / "Gemälde Ausstellung"
    ex = create_project(root, "Gemälde", "https://ar.example.org/g/").exhibit
    ex.markers.append(Marker("karte", 80.0))
    cv2.imwrite(str(root / "assets" / "bild.png"), sa.painting(2))
    ex.markers.append(Marker("bild", 180.0, target=ImageTarget("assets/bild.png", 180.0)))
    save_exhibit(root, ex)
    return root, ex


def _dark_span_px(grey: np.ndarray) -> int:
    cols = np.where((grey < 250).any(axis=0))[0]
    return int(cols[-1] - cols[0] + 1)


@pytest.mark.slow
def test_an_artwork_is_written_as_its_picture_at_its_exact_width(tmp_path: Path, artwork_project):
    """PNG and SVG files had silently left artworks out (`--only` an artwork wrote 0 files)."""
    root, ex = artwork_project
    width_mm = ex.marker("bild").target.width_mm
    pngs = write_marker_files(ex, tmp_path / "png", "png", dpi=150, root=root)
    assert [p.name for p in pngs] == ["karte.png", "bild.png"]
    with Image.open(pngs[1]) as im:
        dpi = im.info["dpi"][0]
        assert dpi <= 150 + 0.01 and im.width / dpi * 25.4 == pytest.approx(width_mm, abs=0.1)
    svgs = write_marker_files(ex, tmp_path / "svg", "svg", marker_ids=["bild"], root=root)
    assert [p.name for p in svgs] == ["bild.svg"]
    svg = ET.parse(svgs[0]).getroot()
    assert svg.get("width") == f"{width_mm:g}mm"
    grey = rasterise_svg(svgs[0], 100)
    assert _dark_span_px(grey) / 100 * 25.4 == pytest.approx(width_mm, abs=0.6)  # the picture fills it
    with pytest.raises(MarkerError, match="artwork"):  # its picture lives in the folder
        write_marker_files(ex, tmp_path / "ohne", "png")
    assert not (tmp_path / "ohne").exists()
