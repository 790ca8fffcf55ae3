"""Viewer tests: helpers live in viewer_browser.py and y4m_camera.py beside this file; the exhibit
factory is shared with tests/export."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "export"))

from exhibit_factory import make_exhibit  # noqa: E402
from viewer_browser import CHROMIUM  # noqa: E402

from museum_ar.export import export_bundle  # noqa: E402


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.skip("needs /usr/bin/chromium (scripts/install.sh installs it)")
    return CHROMIUM


@pytest.fixture(scope="module")
def media_bundle(tmp_path_factory, chromium_path) -> Path:
    """A bundle of the test exhibit with every kind of item (video and audio too)."""
    root = tmp_path_factory.mktemp("media")
    return export_bundle(make_exhibit(root / "Projekt", with_media=True), root / "bundle")
