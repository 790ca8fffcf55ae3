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
