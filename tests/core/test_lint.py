"""Lint and types, as CONTRIBUTING.md ("Lint and types") describes: ruff reports nothing, and
mypy reports no more than mypy-baseline.txt allows per file (a ratchet that only goes down)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed (pip install -e .[test])")
def test_ruff_reports_nothing():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "museum_ar", "tests", "benchmarks", "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (pip install -e .[test])")
def test_mypy_finds_no_more_than_the_baseline_allows():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import mypy_baseline
    finally:
        sys.path.pop(0)
    allowed, now = mypy_baseline.read_baseline(), mypy_baseline.current()
    grown = {path: (allowed.get(path, 0), n) for path, n in now.items() if n > allowed.get(path, 0)}
    assert not grown, (
        "mypy finds more than mypy-baseline.txt allows (file: allowed -> now); fix the new findings "
        f"(`python3 -m mypy` shows them): {grown}"
    )
