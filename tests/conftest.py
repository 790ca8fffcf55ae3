"""Shared fixtures. Each area keeps its own in tests/<area>/conftest.py.

`slow` (pyproject.toml): a test marked slow takes more than about 0.4 s on the 2-core machine
(subprocesses, browsers, node, real video, long GUI walks, many rendered frames), or shares a
module fixture that does. `pytest -m "not slow"` is the daily run (under a minute, CONTRIBUTING.md);
CI runs everything. The daily run still touches every area, through at least these fast tests
(keep one of them, or another fast one, unmarked when marking more):

- core: test_project.py (save, load, recovery), test_commands.py, and
  test_cli_project.py::test_create_mark_attach_validate (the verbs through the real entry point)
- content: test_mesh_import.py (GLB, glTF, 3MF, STL import), test_media_import.py::
  test_wav_becomes_aac_with_waveform_thumbnail (ffmpeg), test_bad_input.py
- markers: test_payload.py, test_sheet_pdf.py (the PDF rasterised back and its text read)
- tracking: test_roundtrip.py (synthetic camera to pose), test_image_target.py::
  test_marker_frame_convention, test_hand_held.py::test_vga_stream
- render: test_drawing.py (headless EGL: meshes, textures, labels, placeholders)
- export: test_export_verify.py (one session export, verified and tampered with), test_hostile_zips.py
- qt: test_editing.py (drop, undo, save, recovery in the real window), test_gizmo_drag.py,
  test_gl_and_dialogs.py::test_missing_webcam_is_said_in_plain_words (the GL window)
- viewer: test_tracker_accuracy.py::test_js_tracker_ignores_a_foreign_code_and_blank_frames (the
  viewer's JS tracker in node), test_build.py::test_packaged_viewer_has_what_the_bundle_needs
- install: test_doctor.py::test_version_is_the_projects (the real command as a subprocess)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Qt widgets render offscreen unless a test asks for the real X server (GL tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))  # helpers shared by several areas (sound_files.py)
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

    if not gc.isenabled():  # (only the app switches it off: museum_ar.qt is imported then)
        from museum_ar.qt.gui_gc import collect_due

        collect_due()  # what automatic collection would have done by now
