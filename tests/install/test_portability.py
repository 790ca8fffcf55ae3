"""What the portability audit (docs/install.md) fixed, checked on real files: marker ids that
differ only in case, the packaged font, and ffmpeg jobs read without select()."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from museum_ar.core.commands import AddMarker, EditMarker
from museum_ar.core.errors import DuplicateIdError
from museum_ar.core.exhibit import Exhibit, Marker
from museum_ar.core.localized import LocalizedText

from ..conftest import run_cli_in_process


def cli(*args):
    """In process through the real entry point (test_doctor.py runs the real command)."""
    return run_cli_in_process(*args)


@pytest.mark.slow
def test_marker_ids_differing_only_in_case_are_refused_through_the_cli(tmp_path):
    """Before: both were accepted, and the exported bundle failed its own verify (markers/Trommel.png
    and markers/trommel.png are one file on Windows and macOS)."""
    d = tmp_path / "Ausstellung"
    assert cli("new", d, "--title", "Fall", "--url", "https://ar.example.org/x/").returncode == 0
    assert cli("add-marker", d, "--id", "Trommel", "--size-mm", "80").returncode == 0
    before = (d / "exhibit.json").read_bytes()
    proc = cli("add-marker", d, "--id", "trommel", "--size-mm", "80")
    assert proc.returncode == 1
    assert "'Trommel' already exists" in proc.stderr and "upper/lower case" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (d / "exhibit.json").read_bytes() == before  # nothing saved was touched
    assert cli("add-marker", d, "--id", "zeichnung", "--size-mm", "80").returncode == 0
    out = tmp_path / "b.zip"
    assert cli("export", d, "--out", out).returncode == 0
    verify = cli("verify", out)
    assert verify.returncode == 0, verify.stderr
    names = [n.casefold() for n in zipfile.ZipFile(out).namelist()]
    assert len(names) == len(set(names))


def test_renaming_a_marker_to_its_own_other_case_is_fine_but_not_onto_another():
    ex = Exhibit(title=LocalizedText.of(de="Fall"))
    AddMarker(Marker(id="Trommel", size_mm=80)).do(ex)
    AddMarker(Marker(id="zeichnung", size_mm=80)).do(ex)
    with pytest.raises(DuplicateIdError):
        AddMarker(Marker(id="TROMMEL", size_mm=80)).do(ex)
    with pytest.raises(DuplicateIdError):
        EditMarker("zeichnung", {"id": "trommel"}).do(ex)
    EditMarker("Trommel", {"id": "trommel"}).do(ex)
    assert [m.id for m in ex.markers] == ["trommel", "zeichnung"]


def test_labels_and_thumbnails_use_the_packaged_font():
    from museum_ar.content.thumbnail import _font as thumb_font
    from museum_ar.markers.fonts import FONT_FILES
    from museum_ar.core.label import label_font

    packaged = Path(FONT_FILES[False]).resolve()
    assert Path(thumb_font(20).path).resolve() == packaged
    assert Path(label_font(40).path).resolve() == packaged


def test_ffmpeg_progress_without_select(tmp_path):
    """run_with_progress reads ffmpeg's pipes with threads (select() on pipes fails on Windows):
    a real transcode still reports progress to the end and leaves a playable file."""
    import museum_ar.content.ffmpeg as ff
    from museum_ar.core.progress import Progress

    assert "select" not in ff.__dict__
    seen = []
    progress = Progress(lambda f, text: seen.append(f))
    out = tmp_path / "ton.m4a"
    ff.run_with_progress(["-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "aac", "-y", str(out)],
                         duration_s=3.0, progress=progress, path=out, what="encoding")  # fmt: skip
    assert ff.probe(out).duration_s == pytest.approx(3.0, abs=0.1)
    assert seen and max(seen) > 0.5 and seen == sorted(seen)
