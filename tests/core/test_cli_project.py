"""The project verbs of the `museum-ar` command: in-process through the real entry point (fast),
and once as a real subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from museum_ar.core import load_project


from ..conftest import run_cli_in_process


def run(*args, ok=True):
    proc = run_cli_in_process(*args)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


VERBS = ["new", "add-marker", "attach", "info", "validate", "open"]


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_has_help_naming_its_arguments(verb):
    out = run(verb, "--help").stdout
    assert out.startswith("usage: museum-ar " + verb)
    assert "options:" in out and "-h, --help" in out
    assert "positional arguments:" in out


@pytest.mark.slow
def test_the_installed_command_runs_as_a_subprocess(tmp_path):
    """Smoke test of the real command line: interpreter start-up, entry point, exit code, stderr."""
    d = tmp_path / "Ausstellung Grüße"
    done = subprocess.run([sys.executable, "-m", "museum_ar.cli", "new", str(d), "--title", "Grüße"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = subprocess.run([sys.executable, "-m", "museum_ar.cli", "new", str(d), "--title", "x"], capture_output=True, text=True)
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr


def test_create_mark_attach_validate(odd_dir, tmp_path):
    d = odd_dir / "Blechtrommel"
    run("new", d, "--title", "Die Blechtrommel", "--title-en", "The Tin Drum", "--url", "https://ar.example.org/grass/")
    run("add-marker", d, "--id", "trommel", "--size-mm", "100", "--label", "Trommel", "--mount", "wall")
    text = tmp_path / "Erläuterung zur Trommel.txt"
    text.write_text("Oskar trommelt.", encoding="utf-8")
    run("attach", d, "trommel", text)
    ex = load_project(d).exhibit
    assert ex.marker("trommel").mount.value == "wall"
    assert ex.marker("trommel").items[0].description.get("de") == "Oskar trommelt."
    assert "ok: 1 marker(s), 1 item(s)" in run("validate", d).stdout
    info = json.loads(run("info", d, "--json").stdout)
    assert info["title"] == {"de": "Die Blechtrommel", "en": "The Tin Drum"}


@pytest.mark.parametrize(
    "args, words",
    [
        (("add-marker", "{d}", "--id", "trommel", "--size-mm", "80"), "already exists"),
        (("add-marker", "{d}", "--id", "Größe", "--size-mm", "80"), "is not allowed"),
        (("add-marker", "{d}", "--id", "klein", "--size-mm", "5"), "outside 20-1000 mm"),
        (("attach", "{d}", "nope", "{f}"), "no marker 'nope'"),
        (("attach", "{d}", "trommel", "{missing}"), "no such file"),
        (("attach", "{d}", "trommel", "{bad}"), "cannot be attached"),
        (("info", "{nodir}"), "no such folder"),
        (("new", "{d}", "--title", "x"), "already here"),
    ],
)
def test_user_mistakes_exit_1_with_one_line(tmp_path, args, words):
    d = tmp_path / "ex"
    run("new", d, "--title", "T")
    run("add-marker", d, "--id", "trommel", "--size-mm", "100")
    before = (d / "exhibit.json").read_bytes()
    f = tmp_path / "a.txt"
    f.write_text("x")
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ")
    values = dict(d=d, f=f, missing=tmp_path / "gone.png", bad=bad, nodir=tmp_path / "nowhere")
    proc = run(*(a.format(**values) for a in args), ok=False)
    assert proc.returncode == 1
    assert words in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert (d / "exhibit.json").read_bytes() == before  # nothing already saved is lost or changed


def test_one_bad_file_among_many_is_named_and_the_good_one_attached(tmp_path):
    d = tmp_path / "ex"
    run("new", d, "--title", "T")
    run("add-marker", d, "--id", "m", "--size-mm", "60")
    good = tmp_path / "gut.png"
    from PIL import Image

    Image.new("RGB", (64, 48), (200, 30, 30)).save(good)
    empty = tmp_path / "leer.png"
    empty.write_bytes(b"")
    proc = run("attach", d, "m", good, empty, ok=False)
    assert proc.returncode == 1 and "leer.png" in proc.stderr and "empty" in proc.stderr
    assert "1 of 2 file(s) not attached; the others were" in proc.stderr
    items = load_project(d).exhibit.marker("m").items
    assert [it.source_name for it in items] == ["gut.png"]
    # the bad file left nothing behind: only the good one's assets are stored
    assert {f"assets/{p.name}" for p in (d / "assets").iterdir()} == set(items[0].asset_paths())


def test_open_without_a_display_says_so(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "museum_ar.cli", "open", str(tmp_path)], capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    assert "no display" in proc.stderr and "xvfb-run" in proc.stderr and "Traceback" not in proc.stderr
