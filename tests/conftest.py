"""Shared fixtures. Each area keeps its own in tests/<area>/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt widgets render offscreen unless a test asks for the real X server (GL tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
EXHIBITS = REPO / "exhibits"


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def odd_dir(tmp_path: Path) -> Path:
    """A folder whose path has spaces and umlauts, as curators' folders do."""
    d = tmp_path / "Ausstellung Grüße" / "Blechtrommel – Raum 2"
    d.mkdir(parents=True)
    return d


class CliResult:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli_in_process(*args) -> CliResult:
    """`museum-ar ARGS` run in this process through the real entry point (`cli.main`), with its
    output captured: the same parser, verbs and error handling as the installed command, without
    a Python start-up per call. One subprocess smoke test per area still runs the real command."""
    import contextlib
    import io

    from museum_ar.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # argparse: --help, --version, usage errors
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli():
    return run_cli_in_process


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests():
    """The app switches Python's automatic cyclic collection off and collects on its GUI thread's
    timer (museum_ar/qt/gui_gc.py); tests that never run the event loop would pile cycles up for
    the rest of the session. Collected after each test, on pytest's (the GUI) thread."""
    yield
    import gc

    if not gc.isenabled():
        counts, thresholds = gc.get_count(), (700, 10, 10)  # Python's defaults
        for generation in (2, 1, 0):  # what automatic collection would have done by now
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break
