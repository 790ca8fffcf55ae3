"""The PDF sheet, rasterised back to pixels at 300 dpi: every marker found, decoded, and measured."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from museum_ar.core.errors import CancelledError, MarkerError, UnknownIdError
from museum_ar.core.exhibit import Exhibit, Marker
from museum_ar.core.progress import Progress
from museum_ar.markers import marker_id_from_payload
from museum_ar.markers.sheet import plan_sheet, sheet_page_png, write_sheet_pdf

from .conftest import URL, find_markers, make_exhibit, rasterise_pdf

EDGE_TOLERANCE_MM = 0.5


def _check_page_markers(pages, exhibit: Exhibit, dpi: int = 300) -> list[list[str]]:
    """ids found per page; asserts each decodes to one of the exhibit's markers at its stored size."""
    sizes = {m.id: m.size_mm for m in exhibit.markers}
    per_page = []
    for grey in pages:
        ids = []
        for f in find_markers(grey, dpi):
            mid = marker_id_from_payload(f.payload, exhibit.publish_url)
            assert mid in sizes, f"undecodable or foreign marker on the page: {f}"
            assert abs(f.width_mm - sizes[mid]) <= EDGE_TOLERANCE_MM, (mid, f.width_mm, sizes[mid])
            assert abs(f.height_mm - sizes[mid]) <= EDGE_TOLERANCE_MM, (mid, f.height_mm, sizes[mid])
            ids.append(mid)
        per_page.append(ids)
    return per_page


@pytest.mark.slow
def test_every_marker_decodes_at_its_stored_edge_length(tmp_path: Path, exhibit: Exhibit):
    out = tmp_path / "sheet.pdf"
    info = write_sheet_pdf(exhibit, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and info.size_bytes == len(data)
    assert b"/PrintScaling /None" in data  # print dialogs default to 100 %
    pages = rasterise_pdf(out)
    assert len(pages) == info.pages
    found = _check_page_markers(pages, exhibit)
    assert sorted(i for p in found for i in p) == sorted(m.id for m in exhibit.markers)


@pytest.mark.slow
def test_several_per_page_and_page_count(tmp_path: Path):
    ex = make_exhibit({f"m{i}": 45 for i in range(6)})
    out = tmp_path / "four.pdf"
    info = write_sheet_pdf(ex, out, per_page=4)
    assert info.pages == 2
    found = _check_page_markers(rasterise_pdf(out), ex)
    assert [len(p) for p in found] == [4, 2]
    assert sorted(found[0] + found[1]) == sorted(m.id for m in ex.markers)
    # Without a cap, all six 45 mm cards share one A4 page; with one per page, six pages.
    assert len(plan_sheet(ex)) == 1
    assert len(plan_sheet(ex, per_page=1)) == 6
    # Nine 50 mm markers share an A4 page (three rows of three).
    assert [len(p.cards) for p in plan_sheet(make_exhibit({f"e{i}": 50 for i in range(10)}))] == [9, 1]


@pytest.mark.slow
def test_letter_paper_has_letter_size(tmp_path: Path, exhibit: Exhibit):
    out = tmp_path / "letter.pdf"
    write_sheet_pdf(exhibit, out, paper="letter")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info
    _check_page_markers(rasterise_pdf(out, 300), exhibit)


def test_pdf_note_labels_and_umlauts_are_real_embedded_text(tmp_path: Path, exhibit: Exhibit):
    out = tmp_path / "Grüße Ölraum" / "Bögen für Räume.pdf"
    out.parent.mkdir()
    write_sheet_pdf(exhibit, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for s in ("Originalgröße", "100 %", "Print at 100 % scale", "Schädel eines Höhlenbären", "Zeichnung „Gänse“",
              "Kante/edge 40 mm · ID schaedel", "Günter Grass-Haus", "Seite/page 1/1", "100 mm"):
        assert s in text, s
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu" in fonts or "MuseumAR" in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:]), fonts  # every font embedded


@pytest.mark.slow
def test_marker_larger_than_paper_is_refused_and_nothing_written(tmp_path: Path):
    ex = make_exhibit({"riese": 250})
    out = tmp_path / "big.pdf"
    out.write_bytes(b"old sheet")
    with pytest.raises(MarkerError) as e:
        write_sheet_pdf(ex, out)
    assert "riese" in str(e.value) and "A4" in str(e.value) and "A3" in str(e.value)
    assert out.read_bytes() == b"old sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["big.pdf"]  # no temp file left behind
    write_sheet_pdf(ex, out, paper="A3")  # fits on A3
    sizes = [f.edge_mm for f in find_markers(rasterise_pdf(out, 150)[0], 150)]
    assert len(sizes) == 1 and abs(sizes[0] - 250) <= EDGE_TOLERANCE_MM


def test_per_page_more_than_fits_is_refused(tmp_path: Path):
    ex = make_exhibit({"a": 120, "b": 120, "c": 120})
    with pytest.raises(MarkerError, match=r"--per-page 3: only 1 .* fit on one A4 page"):
        write_sheet_pdf(ex, tmp_path / "x.pdf", per_page=3)
    with pytest.raises(MarkerError, match="1 or more"):
        write_sheet_pdf(ex, tmp_path / "x.pdf", per_page=0)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "make, match",
    [
        (lambda: Exhibit(publish_url=URL), "no markers"),
        (lambda: make_exhibit(url=""), "no publish address"),
        (lambda: make_exhibit(url="ftp://x.org/"), "https://"),
        (lambda: make_exhibit({"klein": 20}), r"needs at least \d+(\.5)? mm to scan from 30 cm"),
        (lambda: Exhibit(publish_url=URL, markers=[Marker("bad id/ä", 50)]), "cannot be carried in a URL"),
        (lambda: make_exhibit({"a" * 32: 60}, url="https://museum-ar.example.org/guenter-grass-haus/ausstellung/"), "QR version"),
    ],
)
def test_bad_input_is_a_marker_error_and_writes_nothing(tmp_path: Path, make, match):
    out = tmp_path / "sheet.pdf"
    with pytest.raises(MarkerError, match=match):
        write_sheet_pdf(make(), out)
    assert list(tmp_path.iterdir()) == []


def test_unknown_marker_id_and_subset(tmp_path: Path, exhibit: Exhibit):
    with pytest.raises(UnknownIdError):
        write_sheet_pdf(exhibit, tmp_path / "x.pdf", marker_ids=["nope"])
    info = write_sheet_pdf(exhibit, tmp_path / "x.pdf", marker_ids=["trommel", "trommel"])
    assert info.marker_ids == ["trommel"]


def test_cancel_leaves_no_file(tmp_path: Path, exhibit: Exhibit):
    progress = Progress(lambda f, msg: progress.cancel() if msg.startswith("page") else None)
    with pytest.raises(CancelledError):
        write_sheet_pdf(exhibit, tmp_path / "x.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_output_path_errors(tmp_path: Path, exhibit: Exhibit):
    with pytest.raises(MarkerError, match="does not exist"):
        write_sheet_pdf(exhibit, tmp_path / "missing" / "x.pdf")
    with pytest.raises(MarkerError, match="is a folder"):
        write_sheet_pdf(exhibit, tmp_path)
    with pytest.raises(MarkerError, match="unknown paper"):
        write_sheet_pdf(exhibit, tmp_path / "x.pdf", paper="A5")


def test_same_input_same_pdf(tmp_path: Path, exhibit: Exhibit):
    write_sheet_pdf(exhibit, tmp_path / "a.pdf")
    write_sheet_pdf(exhibit, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_page_preview_png_matches_the_pdf_page(exhibit: Exhibit):
    import cv2
    import numpy as np

    png = sheet_page_png(exhibit, 1, dpi=150)
    grey = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert grey.shape == (round(297 * 150 / 25.4), round(210 * 150 / 25.4))
    assert sorted(_check_page_markers([grey], exhibit, dpi=150)[0]) == sorted(m.id for m in exhibit.markers)
    with pytest.raises(MarkerError, match="page 2"):
        sheet_page_png(exhibit, 2)
