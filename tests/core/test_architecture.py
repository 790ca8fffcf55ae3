"""The dependency direction of DESIGN.md, checked rather than hoped for (import-linter contracts
in pyproject.toml), plus a direct check that importing core pulls in no Qt, OpenCV or OpenGL."""

from __future__ import annotations

import shutil
from pathlib import Path
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_import_contracts_hold(repo_root):
    # the one beside this interpreter first: `.venv/bin/python -m pytest` without the venv on PATH
    beside = Path(sys.executable).parent / "lint-imports"
    exe = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert exe, "import-linter is a test dependency"
    run = subprocess.run([exe], cwd=repo_root, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_core_import_loads_no_heavy_toolkit():
    code = "import sys, museum_ar.core, museum_ar.core.commands, museum_ar.core.frames; " \
           "print(sorted(m for m in ('PySide6', 'cv2', 'OpenGL', 'trimesh') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_services_import_loads_no_toolkit_until_they_run():
    """The CLI imports the services at start: they must not pull in Qt, or trimesh before an attach."""
    code = "import sys, museum_ar.services.attach, museum_ar.services.export; " \
           "print(sorted(m for m in ('PySide6', 'cv2', 'OpenGL', 'trimesh') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
