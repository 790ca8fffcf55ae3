"""Progress moves inside the long steps (parse, simplify) and Cancel takes effect while one long
call is still running (issue 15, item 8). No wall-clock asserts: the heartbeat ticks every
TICK_S; the tests check that its reports arrive during the parse and that Cancel returns while
the parse is still going (the measured gaps are in benchmarks/content.py)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from museum_ar.content import import_item
from museum_ar.content.heartbeat import with_heartbeat
from museum_ar.core.errors import CancelledError
from museum_ar.core.progress import Progress


def big_stl(path, n=700):
    """A binary STL of 2 * n^2 triangles (a wavy sheet): ~1M triangles for n=700."""
    x, y = np.meshgrid(np.linspace(0, 100, n + 1), np.linspace(0, 100, n + 1))
    v = np.stack([x, y, 5 * np.sin(x / 7) * np.cos(y / 5)], -1).reshape(-1, 3).astype(np.float32)
    i = np.arange((n + 1) * (n + 1)).reshape(n + 1, n + 1)
    a, b, c, d = i[:-1, :-1].ravel(), i[:-1, 1:].ravel(), i[1:, :-1].ravel(), i[1:, 1:].ravel()
    faces = np.concatenate([np.stack([a, b, d], 1), np.stack([a, d, c], 1)])
    rec = np.zeros(len(faces), dtype=[("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")])
    rec["v"] = v[faces]
    with open(path, "wb") as f:
        f.write(b"\0" * 80 + np.uint32(len(faces)).tobytes())
        rec.tofile(f)
    return path


@pytest.mark.slow
def test_heartbeat_reports_and_cancels_while_the_call_is_still_running():
    """A call that does not return until released (a parse that takes long): the heartbeat keeps
    reporting, and Cancel raises while the call is still inside."""
    release = threading.Event()
    inside = threading.Event()

    def long_call():
        inside.set()
        release.wait(30)
        return "done"

    beats: list[str] = []

    def on_report(f, m):
        beats.append(m)
        if len(beats) == 3:
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(CancelledError):
        with_heartbeat(long_call, progress, 0.0, 0.5, "reading Schädel.obj")
    assert inside.is_set() and not release.is_set()  # returned while the call was still running
    assert len(beats) == 3 and all(b.startswith("reading Schädel.obj (") for b in beats)
    release.set()


def test_heartbeat_passes_on_result_and_errors():
    assert with_heartbeat(lambda: 42, Progress(), 0, 1, "x") == 42

    def broken():
        raise ValueError("bad bytes")

    with pytest.raises(ValueError, match="bad bytes"):
        with_heartbeat(broken, Progress(), 0, 1, "x")


@pytest.mark.slow
def test_cancelled_big_import_leaves_the_project_unchanged(project, src):
    from content_support import asset_files

    path = big_stl(src / "Platte.stl")
    before = asset_files(project)

    def on_report(f, m):
        if m.startswith("reading Platte.stl"):
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(CancelledError):
        import_item(project.root, path, progress, unit="mm", max_triangles=20_000)
    assert asset_files(project) == before
