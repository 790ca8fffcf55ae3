"""usd-core's libraries are loaded as the main window is made (qt/native_libs.py): every pxr
module museum_ar imports anywhere must be in that list, or its first import on the export's
worker thread can deadlock the GUI thread (it did: the export dialog froze for good)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from museum_ar.qt.native_libs import USD_MODULES

PACKAGE = Path(__file__).resolve().parents[2] / "museum_ar"


def test_every_pxr_module_museum_ar_imports_is_loaded_at_start():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for names in re.findall(r"from pxr import ([\w, ]+)", path.read_text("utf-8")):
            used |= {f"pxr.{n.strip()}" for n in names.split(",") if n.strip()}
    assert used, "no pxr import found: the scan is broken"
    assert used <= set(USD_MODULES), sorted(used - set(USD_MODULES))


def test_the_main_window_has_loaded_them(window):
    assert all(name in sys.modules for name in USD_MODULES)
