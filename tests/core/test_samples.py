"""The sample exhibits load, validate, and are exactly what their script builds."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys

import pytest

from museum_ar.core import ItemKind, load_project
from museum_ar.core.item_kinds import SHOWN_AS, kind_spec

SAMPLES = ["grass-haus", "natur-und-umwelt"]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_validates(repo_root, name):
    project = load_project(repo_root / "exhibits" / name, check_assets=True)
    ex = project.exhibit
    assert ex.title.get("de") and ex.title.get("en") and ex.title.get("de") != ex.title.get("en")
    assert ex.publish_url.startswith("https://")
    kinds = {it.kind for _, it in ex.items()}
    assert ItemKind.MESH in kinds and ItemKind.TEXT in kinds
    for _, it in ex.items():
        assert it.title.get("de") and it.title.get("en"), f"{it.id} lacks a German or English title"


def test_grass_haus_shows_every_way_of_showing_a_kind(repo_root):
    """The sample holds an item for every way a kind is shown (SHOWN_AS), so the app, the bundle and
    the viewer are tried on each presentation. A new kind shown like an existing one needs no
    sample item: its importer's own test imports a file of it (CONTRIBUTING.md)."""
    ex = load_project(repo_root / "exhibits" / "grass-haus").exhibit
    assert {kind_spec(it.kind).shown_as for _, it in ex.items()} == set(SHOWN_AS)
    assert ex.marker("zeichnung").mount.value == "wall"


@pytest.mark.slow
def test_samples_are_reproducible(repo_root, tmp_path):
    """Rebuilding gives byte-identical projects; a change to the pipeline that alters the samples
    must come with regenerated samples."""
    # this checkout's museum_ar, whichever copy the interpreter would find first (a worktree's tests
    # had quietly rebuilt the samples with another checkout's code)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, str(repo_root / "assets" / "samples" / "make_samples.py"), str(tmp_path)], check=True, capture_output=True, env=env)
    for name in SAMPLES:
        cmp = filecmp.dircmp(repo_root / "exhibits" / name, tmp_path / name)
        assert not cmp.left_only and not cmp.right_only, (cmp.left_only, cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(repo_root / "exhibits" / name, tmp_path / name, ["exhibit.json"], shallow=False)
        assert not mismatch and not errors
        sub = cmp.subdirs["assets"]
        assert not sub.left_only and not sub.right_only and not sub.diff_files
