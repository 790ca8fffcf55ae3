"""A marker's printed size is checked by one function (core.exhibit.check_marker_size), and every
entry point calls it: the same bad size is the same InvalidValueError (same text, same code),
naming the field in that entry point's words, and nothing is changed or written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.errors import InvalidValueError, MuseumArError
from museum_ar.core.exhibit import Exhibit, ImageTarget, Marker, check_marker_size
from museum_ar.core.project import create_project, load_project
from museum_ar.core.schema import exhibit_to_json
from museum_ar.markers.files import marker_svg, write_marker_files
from museum_ar.markers.sheet import write_sheet_pdf

from ..conftest import run_cli_in_process as run

URL = "https://ar.example.org/ggh/"
CARD_NUMBERS = [5, 19.5, 1000.5, -40, 0]  # what every front end can carry (a CLI float, JSON)
CARD_OTHERS = ["80", True, None, float("nan"), float("inf")]  # what a command or exhibit.json may hold
ARTWORK_NUMBERS = [5, 9.9, 20000.5, -300]


def expected(value, field: str, artwork: bool = False) -> InvalidValueError:
    with pytest.raises(InvalidValueError) as e:
        check_marker_size(value, field, artwork=artwork)
    return e.value


def assert_same(got: BaseException, value, field: str, artwork: bool = False) -> None:
    ref = expected(value, field, artwork)
    assert type(got) is InvalidValueError, got
    assert (got.detail, got.field, got.code, got.params) == (ref.detail, ref.field, ref.code, ref.params)


def test_the_check_itself():
    assert check_marker_size(20) == 20.0 and check_marker_size(1000.0) == 1000.0
    assert check_marker_size(10, artwork=True) == 10.0 and check_marker_size(20000, artwork=True) == 20000.0
    e = expected(5, "size_mm")
    assert e.code == "marker.size_out_of_range" and e.params["min"] == 20 and e.params["max"] == 1000
    assert "5 mm is outside 20-1000 mm" in str(e) and "field 'size_mm'" in str(e)
    for v in CARD_OTHERS:
        assert expected(v, "size_mm").code == "marker.size_not_a_number", v
    assert expected(5, "w", artwork=True).code == "marker.size_out_of_range"
    assert check_marker_size(25000 / 2, artwork=True) == 12500.0  # a mural: fine as an artwork ...
    assert expected(12500, "size_mm").params["max"] == 1000  # ... not as a card


@pytest.fixture
def project(tmp_path: Path):
    p = create_project(tmp_path / "ex", "Sizes", URL)
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("trommel", 80)))
    p.exhibit.markers.append(Marker("bild", 600.0, target=ImageTarget("assets/bild.png", 600.0)))
    p.save()
    return p


# ------------------------------------------------------------------ exhibit.json


@pytest.mark.parametrize("value", CARD_NUMBERS + [v for v in CARD_OTHERS if v == v and v != float("inf")])  # JSON has no NaN/inf
def test_exhibit_json_refuses_a_card_size(project, value):
    data = json.loads((project.root / "exhibit.json").read_text(encoding="utf-8"))
    data["markers"][0]["size_mm"] = value
    (project.root / "exhibit.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MuseumArError) as e:
        load_project(project.root, check_assets=False)
    assert_same(e.value, value, "markers[0].size_mm")
    assert e.value.path == str(project.root / "exhibit.json")


@pytest.mark.parametrize("value", ARTWORK_NUMBERS + ["600", False])
def test_exhibit_json_refuses_an_artwork_width(project, value):
    data = json.loads((project.root / "exhibit.json").read_text(encoding="utf-8"))
    data["markers"][1]["target"]["width_mm"] = value
    (project.root / "exhibit.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MuseumArError) as e:
        load_project(project.root, check_assets=False)
    assert_same(e.value, value, "markers[1].target.width_mm", artwork=True)


# ------------------------------------------------------------------ commands


@pytest.mark.parametrize("value", CARD_NUMBERS + CARD_OTHERS)
def test_commands_refuse_a_card_size_and_change_nothing(project, value):
    ex = project.exhibit
    before = exhibit_to_json(ex)
    stack = cmd.UndoStack(ex)
    with pytest.raises(MuseumArError) as e:
        stack.push(cmd.AddMarker(Marker("neu", value)))
    assert_same(e.value, value, "size_mm")
    with pytest.raises(MuseumArError) as e:
        stack.push(cmd.EditMarker("trommel", {"size_mm": value}))
    assert_same(e.value, value, "size_mm")
    assert exhibit_to_json(ex) == before and not stack.can_undo()


@pytest.mark.parametrize("value", ARTWORK_NUMBERS)
def test_commands_refuse_an_artwork_width_and_change_nothing(project, value):
    ex = project.exhibit
    before = exhibit_to_json(ex)
    stack = cmd.UndoStack(ex)
    with pytest.raises(MuseumArError) as e:
        stack.push(cmd.AddMarker(Marker("neu", value, target=ImageTarget("assets/x.png", value))))
    assert_same(e.value, value, "target.width_mm", artwork=True)
    with pytest.raises(MuseumArError) as e:
        stack.push(cmd.EditMarker("bild", {"size_mm": value}))
    assert_same(e.value, value, "size_mm", artwork=True)
    assert exhibit_to_json(ex) == before and not stack.can_undo()


def test_an_artwork_marker_must_be_as_wide_as_its_picture(project):
    with pytest.raises(InvalidValueError) as e:
        cmd.UndoStack(project.exhibit).push(cmd.AddMarker(Marker("neu", 80, target=ImageTarget("assets/x.png", 600.0))))
    assert e.value.field == "size_mm"
    assert "neu" not in [m.id for m in project.exhibit.markers]


def test_editing_an_artworks_size_is_its_width_and_is_saved(project):
    """Before: EditMarker set only size_mm (checked against a card's 20-1000 mm), exhibit.json
    kept target.width_mm, so the edit was gone after saving and opening again."""
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.EditMarker("bild", {"size_mm": 2400.0}))  # a mural: more than any card
    project.save()
    again = load_project(project.root, check_assets=False).exhibit.marker("bild")
    assert again.size_mm == 2400.0 and again.target is not None and again.target.width_mm == 2400.0
    assert stack.undo()
    m = project.exhibit.marker("bild")
    assert m.size_mm == 600.0 and m.target is not None and m.target.width_mm == 600.0


# ------------------------------------------------------------------ command line


@pytest.mark.parametrize("value", [*CARD_NUMBERS, "nan", "inf"])
def test_cli_add_marker_refuses_a_card_size(project, value):
    before = (project.root / "exhibit.json").read_bytes()
    r = run("add-marker", project.root, "--id", "neu", "--size-mm", value)
    assert r.returncode == 1
    assert r.stderr == f"museum-ar add-marker: {expected(float(value), '--size-mm')}\n"
    assert (project.root / "exhibit.json").read_bytes() == before


@pytest.mark.parametrize("value", ARTWORK_NUMBERS)
def test_cli_add_artwork_and_rate_image_refuse_a_width(project, tmp_path, value):
    before = (project.root / "exhibit.json").read_bytes()
    picture = tmp_path / "bild.png"  # never read: the size is refused first
    r = run("add-marker", project.root, "--id", "neu", "--image", picture, "--width-mm", value)
    assert r.returncode == 1
    assert r.stderr == f"museum-ar add-marker: {expected(float(value), '--width-mm', artwork=True)}\n"
    assert (project.root / "exhibit.json").read_bytes() == before
    assert not (project.root / "assets").exists() or not list((project.root / "assets").iterdir())
    r = run("rate-image", picture, "--width-mm", value)
    assert (r.returncode, r.stderr) == (1, f"museum-ar rate-image: {expected(float(value), '--width-mm', artwork=True)}\n")


@pytest.mark.parametrize("value", CARD_NUMBERS)
def test_cli_track_refuses_a_card_size(value):
    r = run("track", "demo", "--size-mm", value)
    assert (r.returncode, r.stderr) == (1, f"museum-ar track: {expected(float(value), '--size-mm')}\n")


# ------------------------------------------------------------------ printing


@pytest.mark.parametrize("value", CARD_NUMBERS + CARD_OTHERS)
def test_printing_refuses_a_card_size_and_writes_nothing(tmp_path, value):
    """A marker made in code (not loaded, not through a command) still meets the same check."""
    ex = Exhibit(publish_url=URL, markers=[Marker("gut", 60.0), Marker("schlecht", value)])
    with pytest.raises(MuseumArError) as e:
        write_sheet_pdf(ex, tmp_path / "sheet.pdf")
    assert_same(e.value, value, "markers[1].size_mm")
    with pytest.raises(MuseumArError) as e:
        write_marker_files(ex, tmp_path / "files", fmt="svg")
    assert_same(e.value, value, "markers[1].size_mm")
    with pytest.raises(MuseumArError) as e:
        marker_svg(ex, "schlecht")
    assert_same(e.value, value, "markers[1].size_mm")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ARTWORK_NUMBERS)
def test_printing_refuses_an_artwork_width_and_writes_nothing(tmp_path, value):
    ex = Exhibit(publish_url=URL, markers=[Marker("gut", 60.0), Marker("bild", value, target=ImageTarget("assets/b.png", value))])
    with pytest.raises(MuseumArError) as e:
        write_sheet_pdf(ex, tmp_path / "sheet.pdf", root=tmp_path)
    assert_same(e.value, value, "markers[1].target.width_mm", artwork=True)
    assert list(tmp_path.iterdir()) == []


def test_cli_markers_refuses_what_was_saved_around_the_checks(project, tmp_path):
    """exhibit.json edited by hand: `markers` fails as `validate` and loading do."""
    data = json.loads((project.root / "exhibit.json").read_text(encoding="utf-8"))
    data["markers"][0]["size_mm"] = 12
    (project.root / "exhibit.json").write_text(json.dumps(data), encoding="utf-8")
    ref = expected(12, "markers[0].size_mm")
    for verb, extra in (("markers", ("--out", tmp_path / "m.pdf")), ("validate", ())):
        r = run(verb, project.root, *extra)
        assert r.returncode == 1 and r.stderr.strip().endswith(f"field 'markers[0].size_mm': {ref.detail}"), r.stderr
    assert not (tmp_path / "m.pdf").exists()
