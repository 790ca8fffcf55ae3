"""museum-ar add-marker --image and rate-image, as a curator runs them."""

from __future__ import annotations

import json

import cv2

from museum_ar.core.project import load_project
from museum_ar.tracking import synthetic_artworks as sa

from ..conftest import run_cli_in_process


def _run(*args):
    """In process through the real entry point (test_mixed_targets.py runs `museum-ar track` as a
    subprocess, as a user does)."""
    return run_cli_in_process(*args)


def test_add_an_artwork_as_marker_and_rate_it(tmp_path):
    art = tmp_path / "radierung.png"
    cv2.imwrite(str(art), sa.etching(4, contrast=0.6))
    ex = tmp_path / "ex"
    assert _run("new", ex, "--title", "Grass").returncode == 0
    r = _run("add-marker", ex, "--id", "radierung", "--image", art, "--width-mm", 1200, "--label", "Radierung")
    assert r.returncode == 0, r.stderr
    assert "trackability" in r.stdout
    m = load_project(ex).exhibit.marker("radierung")
    assert m.target.image == "assets/target-radierung.png" and m.target.width_mm == 1200
    assert (ex / m.target.image).read_bytes() == art.read_bytes()
    r = _run("rate-image", art, "--json", "--heat-map", tmp_path / "heat.png")
    data = json.loads(r.stdout)
    assert 0 <= data["score"] <= 100 and data["advice"]["de"] and data["advice"]["en"]
    assert cv2.imread(str(tmp_path / "heat.png")).shape[:2] == (640, 900)


def test_mistakes_give_one_line_errors_and_change_nothing(tmp_path):
    ex = tmp_path / "ex"
    _run("new", ex, "--title", "Grass")
    before = (ex / "exhibit.json").read_bytes()
    for args in (["--image", tmp_path / "nope.png", "--width-mm", 300], ["--image", ex / "exhibit.json", "--width-mm", 300], ["--image", tmp_path / "nope.png"], []):
        r = _run("add-marker", ex, "--id", "x", *args)
        assert r.returncode != 0 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert (ex / "exhibit.json").read_bytes() == before
    assert not (ex / "assets" / "target-x.png").exists()


def test_a_plain_wash_is_refused_with_a_hint_and_added_by_its_outline_when_chosen(tmp_path):
    from museum_ar.tracking.image_markers import compile_exhibit_targets

    wash = tmp_path / "aquarell.png"
    cv2.imwrite(str(wash), sa.collection()["wash"])
    ex = tmp_path / "ex"
    _run("new", ex, "--title", "Aquarell")
    before = (ex / "exhibit.json").read_bytes()
    r = _run("add-marker", ex, "--id", "aquarell", "--image", wash, "--width-mm", 420)
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "--outline" in r.stderr and "no distinctive features" in r.stderr, r.stderr
    assert (ex / "exhibit.json").read_bytes() == before and not (ex / "assets" / "target-aquarell.png").exists()
    r = _run("add-marker", ex, "--id", "aquarell", "--image", wash, "--width-mm", 420, "--outline")
    assert r.returncode == 0, r.stderr
    assert "outline" in r.stdout
    project = load_project(ex)
    assert project.exhibit.marker("aquarell").target.outline is True
    info = _run("info", ex)
    assert "tracked by its outline" in info.stdout
    # the desktop tracker (preview, `museum-ar track`) compiles it as a plain target, as chosen
    (t,) = compile_exhibit_targets(project.exhibit, project.root)
    assert t.plain and len(t.points) == 0


def test_outline_is_not_for_qr_cards(tmp_path):
    ex = tmp_path / "ex"
    _run("new", ex, "--title", "Grass")
    r = _run("add-marker", ex, "--id", "qr", "--size-mm", 100, "--outline")
    assert r.returncode != 0 and "--outline" in r.stderr and r.stderr.count("\n") == 1, r.stderr


def test_rate_image_says_what_tracking_a_wash_by_its_outline_means(tmp_path):
    wash = tmp_path / "aquarell.png"
    cv2.imwrite(str(wash), sa.collection()["wash"])
    data = json.loads(_run("rate-image", wash, "--json").stdout)
    assert any("Umriss" in line and "Wand" in line for line in data["advice"]["de"])
    assert any("outline" in line and "wall" in line for line in data["advice"]["en"])
    art = tmp_path / "radierung.png"
    cv2.imwrite(str(art), sa.etching(4, contrast=0.6))
    assert not any("outline" in line for line in json.loads(_run("rate-image", art, "--json").stdout)["advice"]["en"])
