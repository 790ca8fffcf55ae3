"""Fixtures of the content tests. The helpers live in content_support.py: test modules import
them by that unique name (a bare `conftest` is ambiguous when the whole suite runs, since every
area has one)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from content_support import *  # noqa: F403  (fixtures are found in this namespace)
