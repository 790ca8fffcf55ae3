"""Loading usd-core's native libraries safely in the app, a program with threads.

usd-core's libraries register themselves with Tf while they are loaded (static initializers that
run inside dlopen, holding the dynamic loader's lock), and Tf briefly drops and takes back
Python's GIL there. If another thread, holding the GIL, meanwhile asks the loader for a symbol —
PyOpenGL does on the GUI thread the first time it calls each GL function (ctypes -> dlsym), Qt when
it loads a plug-in — each waits for the other for ever. That froze the app at its first export,
whose worker thread imported pxr while the 3D view painted (gdb: the export thread in
Tf_SingletonPyGILDropper under dlopen, the GUI thread in dlsym).

So the app loads them once, as its main window is made, while that is its only Python thread
(main_window.py); a later `from pxr import ...` on any thread only looks the modules up. The
command-line tools have one thread and load pxr when a verb needs it. (Here and not in export:
importing museum_ar.export would load its schema and zip code at start as well.)"""

from __future__ import annotations

import importlib

# Every pxr module museum_ar imports anywhere (export/usdz*.py, usdz_check.py): each is a library
# of its own with its own initializers. tests/qt/test_native_libs.py keeps the list complete.
USD_MODULES = ("pxr.Tf", "pxr.Gf", "pxr.Vt", "pxr.Sdf", "pxr.Usd", "pxr.UsdGeom", "pxr.UsdShade", "pxr.UsdSkel", "pxr.UsdUtils", "pxr.UsdValidation")


def load_usd_libraries() -> bool:
    """Import usd-core's modules now; False when usd-core is missing or broken (export says so
    where it needs it)."""
    try:
        for name in USD_MODULES:
            importlib.import_module(name)
    except Exception:
        return False
    return True
