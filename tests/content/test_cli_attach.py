"""`museum-ar attach` runs the pipeline with the CLI's options and progress bar; in a batch each
file stands on its own (services/attach.py): the good ones are attached, each bad one is named
with its cause and leaves nothing behind, and the exit status says that one failed."""

from __future__ import annotations

from content_support import asset_files
from sound_files import write_wav
from meshgen import bumpy_sphere, stripe_texture, write_colored_ply, write_obj

from museum_ar.cli import main
from museum_ar.core.project import load_project


def test_attach_with_budget_unit_and_up(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "trommel", "--size-mm", "80"]) == 0
    ply = write_colored_ply(src / "Blechtrommel.ply")
    wav = write_wav(src / "Lesung.wav", 1.0)
    rc = main(["attach", str(project.root), "trommel", str(ply), str(wav), "--max-triangles", "500", "--unit", "mm", "--up", "z"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "-> 500 triangles" in out and "unit mm (asked: chosen: millimetres)" in out
    assert "100.0%" in out and "100.0%" not in err  # progress reached the end; in a log it goes to stdout, stderr stays for errors
    items = load_project(project.root).exhibit.marker("trommel").items
    assert [i.kind.value for i in items] == ["mesh", "audio"]
    assert items[0].info["triangles_after"] <= 500 and items[0].thumbnail


def test_attach_batch_with_one_bad_file_attaches_the_good_one(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "m1", "--size-mm", "60"]) == 0
    pos, uv, faces = bumpy_sphere(20, 40)
    good = write_obj(src, "gut", pos, uv, faces, stripe_texture(64, 32))
    bad = src / "kaputt.obj"
    bad.write_bytes(b"\xff\xd8\xff\xe0 jpeg really")
    before = asset_files(project)
    rc = main(["attach", str(project.root), "m1", str(good), str(bad), "--unit", "mm"])
    out, err = capsys.readouterr()
    assert rc == 1 and "kaputt.obj" in err and "Traceback" not in err
    assert "attached gut.obj" in out and "1 of 2 file(s) not attached" in err
    items = load_project(project.root).exhibit.marker("m1").items
    assert [it.source_name for it in items] == ["gut.obj"]
    # only the good file's assets were stored: the bad one left nothing behind
    assert asset_files(project) - before == {p.split("/")[-1] for p in items[0].asset_paths()}


def test_attach_rejects_a_bad_option(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "m2", "--size-mm", "60"]) == 0
    wav = write_wav(src / "x.wav", 0.5)
    assert main(["attach", str(project.root), "m2", str(wav), "--unit", "furlong"]) == 1
    assert "unknown unit" in capsys.readouterr().err
