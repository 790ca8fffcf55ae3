"""The OpenGL surface every view of the app asks for: what museum_ar.render needs."""

from __future__ import annotations

from PySide6.QtGui import QSurfaceFormat


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
