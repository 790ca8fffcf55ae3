"""`museum-ar markers`: the verb on a real project folder (umlauts and spaces in the path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from museum_ar.cli import main
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText as LT
from museum_ar.core.project import create_project, load_project

from .conftest import URL, find_markers, rasterise_pdf


def _project(root: Path, url: str = URL, markers=(("trommel", 50.0, "Trömmel"), ("schaedel", 40.0, "Schädel"))) -> Path:
    project = create_project(root, LT.of("Grass-Haus", "Grass House"), publish_url=url)
    for mid, size, label in markers:
        project.exhibit.markers.append(Marker(mid, size, LT.of(label, label)))
    project.save()
    return root


@pytest.mark.slow
def test_pdf_sheet_from_the_command_line(odd_dir: Path, capsys):
    root = _project(odd_dir / "Ausstellung")
    out = odd_dir / "Marker für Räume.pdf"
    assert main(["markers", str(root), "--out", str(out), "--per-page", "1", "--paper", "Letter"]) == 0
    assert "2 marker(s) on 2 Letter page(s)" in capsys.readouterr().out
    pages = rasterise_pdf(out, 200)
    assert len(pages) == 2
    assert all(len(find_markers(p, 200)) == 1 for p in pages)


def test_svg_and_png_folders(odd_dir: Path, capsys):
    root = _project(odd_dir / "Ausstellung")
    assert main(["markers", str(root), "--format", "svg", "--out", str(odd_dir / "svg")]) == 0
    assert sorted(p.name for p in (odd_dir / "svg").iterdir()) == ["schaedel.svg", "trommel.svg"]
    assert main(["markers", str(root), "--format", "png", "--dpi", "150", "--only", "trommel", "--out", str(odd_dir / "png")]) == 0
    [png] = (odd_dir / "png").iterdir()
    assert png.name == "trommel.png"
    with Image.open(png) as im:
        assert round(im.info["dpi"][0]) == 150


def test_user_mistakes_print_one_line_and_exit_1(tmp_path: Path, capsys):
    cases = []
    root = _project(tmp_path / "no-url", url="")
    cases.append((["markers", str(root), "--out", str(tmp_path / "a.pdf")], "no publish address"))
    root = _project(tmp_path / "empty", markers=())
    cases.append((["markers", str(root), "--out", str(tmp_path / "a.pdf")], "no markers"))
    root = _project(tmp_path / "ok")
    cases.append((["markers", str(root), "--out", str(tmp_path / "a.png")], "ending in .pdf"))
    cases.append((["markers", str(root), "--out", str(tmp_path / "a.pdf"), "--paper", "A5"], "unknown paper"))
    cases.append((["markers", str(root), "--out", str(tmp_path / "d"), "--format", "svg", "--per-page", "2"], "PDF sheets only"))
    cases.append((["markers", str(root), "--out", str(tmp_path / "a.pdf"), "--only", "nope"], "no marker 'nope'"))
    big = _project(tmp_path / "big", markers=(("riese", 400.0, "Riese"),))
    cases.append((["markers", str(big), "--out", str(tmp_path / "a.pdf")], "A4 paper leaves"))
    cases.append((["markers", str(tmp_path / "nowhere"), "--out", str(tmp_path / "a.pdf")], "nowhere"))
    for argv, expect in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert err.startswith("museum-ar markers: ") and expect in err, (argv, err)
        assert "Traceback" not in err
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "d").exists()
    # The project itself is untouched by printing.
    assert load_project(tmp_path / "ok").exhibit.marker("trommel").size_mm == 50.0
