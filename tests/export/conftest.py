"""Fixtures for bundle tests: a small real exhibit made through the core API and the content
importer (a red box mesh standing on a table marker, a text, an image)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from exhibit_factory import make_exhibit


@pytest.fixture
def exhibit_dir(tmp_path: Path) -> Path:
    return make_exhibit(tmp_path / "Projekt Grass – Raum 1")


@pytest.fixture(scope="session")
def exported_bundle(tmp_path_factory) -> Path:
    """A folder bundle exported once per session (tests copy it before changing it)."""
    from museum_ar.export import export_bundle

    root = tmp_path_factory.mktemp("bundle")
    project = make_exhibit(root / "project")
    return export_bundle(project, root / "bundle")
