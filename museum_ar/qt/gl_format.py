"""The OpenGL surface every view of the app asks for: what museum_ar.render needs."""

from __future__ import annotations

import os
from functools import lru_cache

from PySide6.QtGui import QSurfaceFormat

# Renderers that draw on the CPU (Mesa's llvmpipe/softpipe, Google's SwiftShader, Windows' GDI
# fallback): virtual machines, remote desktops, PCs without a graphics driver, CI.
SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swiftshader", "gdi generic", "software rasterizer")


def render_surface_format(samples: int = 0) -> QSurfaceFormat:
    """OpenGL 3.3 core with depth and a stencil (the selection outline uses it); `samples` > 0
    for multisampled edges where the view is large enough to show them."""
    fmt = QSurfaceFormat()
    fmt.setVersion(3, 3)
    fmt.setProfile(QSurfaceFormat.OpenGLContextProfile.CoreProfile)
    fmt.setDepthBufferSize(24)
    fmt.setStencilBufferSize(8)
    if samples:
        fmt.setSamples(samples)
    return fmt


def edge_samples(wanted: int = 4) -> int:
    """Multisampling for smooth edges, except on a software renderer: there 4 samples made each
    frame of the placement view 1.5-3x as slow (13 -> 19 ms idle, 12 -> 39 ms on a busy 2-core
    machine, a 620x720 view), which is what stood the window still while dragging the gizmo.
    MUSEUM_AR_GL_SAMPLES=N chooses for this machine."""
    chosen = os.environ.get("MUSEUM_AR_GL_SAMPLES")
    if chosen is not None and chosen.strip().isdigit():
        return int(chosen)
    try:
        renderer = gl_info()["renderer"].lower()
    except RuntimeError:
        return wanted  # no context to ask: the view reports the problem when it makes its own
    return 0 if any(name in renderer for name in SOFTWARE_RENDERERS) else wanted


@lru_cache(maxsize=1)
def gl_info() -> dict[str, str]:
    """Qt's own OpenGL on this machine (what the app's views get): renderer, version, platform.
    Asked once, of a context of its own on an offscreen surface. Needs a QGuiApplication."""
    from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

    ctx = QOpenGLContext()
    ctx.setFormat(render_surface_format())
    if not ctx.create():
        raise RuntimeError(f"Qt could not create an OpenGL context ({QGuiApplication.platformName()})")
    surface = QOffscreenSurface()
    surface.setFormat(ctx.format())
    surface.create()
    try:
        if not ctx.makeCurrent(surface):
            raise RuntimeError(f"Qt could not make its OpenGL context current ({QGuiApplication.platformName()})")
        f = ctx.functions()
        GL_RENDERER, GL_VERSION = 0x1F01, 0x1F02
        return {"renderer": f.glGetString(GL_RENDERER) or "", "version": f.glGetString(GL_VERSION) or "",
                "platform": QGuiApplication.platformName()}  # fmt: skip
    finally:
        ctx.doneCurrent()
        surface.destroy()


def gl_info_standalone(argv0: str) -> dict[str, str]:
    """`gl_info` for a caller without a Qt application (the CLI's doctor): makes a
    QGuiApplication if none exists and holds it while the context is used."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([argv0])
    return gl_info()
