"""The heavy packages imported on a background thread while the curator looks at the start screen."""

from __future__ import annotations

import threading

# trimesh (0.8 s to import here) first: the mesh loader needs it as soon as an exhibit opens, and
# an import still running on another thread made the GUI thread wait for the import lock when it
# loaded PyOpenGL's numpy plug-in (OpenGL.arrays.numpymodule) at the first texture
WARM_UP_MODULES = ("OpenGL.GL", "OpenGL.arrays.numpymodule", "trimesh", "museum_ar.render.renderer", "museum_ar.render", "museum_ar.tracking", "museum_ar.markers", "museum_ar.content", "museum_ar.export")


def warm_up_imports() -> threading.Thread:
    """Import the heavy packages (PyOpenGL, the renderer, trimesh, cv2) on a background thread
    while the curator looks at the start screen: done on the GUI thread at the first exhibit, they
    froze the window for half a second and more."""
    import importlib

    def run():
        for name in WARM_UP_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # a missing part says so where it is used, not here
                pass

    t = threading.Thread(target=run, name="museum-ar-warm-up", daemon=True)
    t.start()
    return t
