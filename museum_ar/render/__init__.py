"""OpenGL renderer for whatever context is current; headless contexts for tests and thumbnails. No Qt widgets.

Importing this package does not import OpenGL (so `headless.prepare_headless_platform()` can still
choose PyOpenGL's platform); the names below load their modules on first use. See docs/render.md.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "Renderer": "renderer",
    "PickHit": "picking",
    "DrawItem": "scene",
    "Helpers": "scene",
    "items_for_marker": "scene",
    "items_for_poses": "scene",
    "HeadlessContext": "headless",
    "prepare_headless_platform": "headless",
    "GLContextError": "headless",
    "OffscreenTarget": "gl_util",
    "RenderError": "gl_util",
    "load_mesh": "mesh_data",
    "orbit_view": "camera",
    "perspective": "camera",
    "look_at": "camera",
    "framing": "camera",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
