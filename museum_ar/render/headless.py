"""A GL 3.3 core context without a window, for tests, benchmarks and thumbnails.

EGL on Mesa's surfaceless platform first (no X server needed), OSMesa as the fallback. PyOpenGL
picks its platform once, when `OpenGL` is first imported, from PYOPENGL_PLATFORM: a process of its
own that wants a headless context (benchmark, thumbnail job) calls `prepare_headless_platform()`
before anything imports OpenGL. Never inside the Qt app: there the QOpenGLWidget owns the context.

The renderer itself does not care which platform PyOpenGL was set up for (it avoids PyOpenGL's
per-context bookkeeping), so an EGL context also works in a process where PyOpenGL already chose
GLX (e.g. a pytest run that imported the Qt GUI first).
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

from ..core.errors import MuseumArError


class GLContextError(MuseumArError):
    """No OpenGL 3.3 core context could be created (no EGL/OSMesa, or too old a driver)."""


EGL_PLATFORM_SURFACELESS_MESA = 0x31DD


def prepare_headless_platform() -> None:
    """Point PyOpenGL at EGL unless OpenGL is already imported or the caller chose a platform.
    For processes of their own (benchmarks, thumbnails): it sets PYOPENGL_PLATFORM in the
    environment, which children inherit, so never call it in a process that runs or starts the Qt
    app (a shared pytest process included; HeadlessContext works without it)."""
    if "OpenGL" not in sys.modules:
        os.environ.setdefault("PYOPENGL_PLATFORM", "egl")


def _make_current_advice(exc: Exception) -> str:
    text = str(exc)
    if "BAD_ACCESS" in text:
        return ("eglMakeCurrent: another OpenGL context (e.g. Qt's, through GLX) is current on this "
                "thread; release it first (QOpenGLContext.doneCurrent())")
    return f"eglMakeCurrent without a surface failed: {text.splitlines()[0] if text else exc!r}"


class HeadlessContext:
    """A current GL context with no default framebuffer: draw into an `OffscreenTarget`."""

    def __init__(self) -> None:
        self.kind = ""
        self._egl: tuple[Any, Any, Any] | None = None  # (EGL module, display, context)
        self._osmesa: tuple[Any, Any] | None = None  # (osmesa module, context)
        errors = []
        # EGL first (GPU or Mesa's llvmpipe); OSMesa when EGL fails or PyOpenGL was set up for it
        backends = [("egl", "EGL", self._create_egl), ("osmesa", "OSMesa", self._create_osmesa)]
        if os.environ.get("PYOPENGL_PLATFORM") == "osmesa":
            backends = backends[1:]
        for kind, name, create in backends:
            try:
                create()
            except Exception as exc:
                errors.append(f"{name}: {exc}")
            else:
                self.kind = kind
                break
        if not self.kind:
            raise GLContextError("no headless OpenGL 3.3 core context: " + "; ".join(errors))

    # -- EGL ----------------------------------------------------------------------------------
    def _create_egl(self) -> None:
        from OpenGL import EGL

        major, minor = EGL.EGLint(), EGL.EGLint()

        def initialised(get_display):
            try:
                dpy = get_display()
                return dpy if dpy and EGL.eglInitialize(dpy, ctypes.pointer(major), ctypes.pointer(minor)) else None
            except Exception:
                return None

        # Mesa's surfaceless platform asked for by name (no X server needed) ...
        dpy = initialised(lambda: EGL.eglGetPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL.EGL_DEFAULT_DISPLAY, None))
        if dpy is None:
            # ... or through Mesa's EGL_PLATFORM variable, set only for this call so that a Qt
            # process started later does not inherit it.
            before = os.environ.get("EGL_PLATFORM")
            os.environ["EGL_PLATFORM"] = "surfaceless"
            try:
                dpy = initialised(lambda: EGL.eglGetDisplay(EGL.EGL_DEFAULT_DISPLAY))
            finally:
                if before is None:
                    os.environ.pop("EGL_PLATFORM", None)
                else:
                    os.environ["EGL_PLATFORM"] = before
        if dpy is None:
            raise GLContextError("no EGL display (surfaceless) could be initialised")
        if not EGL.eglBindAPI(EGL.EGL_OPENGL_API):
            raise GLContextError("eglBindAPI(OpenGL) failed")
        config, count = EGL.EGLConfig(), EGL.EGLint()
        attrs = (EGL.EGLint * 5)(EGL.EGL_RENDERABLE_TYPE, EGL.EGL_OPENGL_BIT, EGL.EGL_SURFACE_TYPE, 0, EGL.EGL_NONE)
        EGL.eglChooseConfig(dpy, attrs, ctypes.pointer(config), 1, ctypes.pointer(count))
        ctx_attrs = (EGL.EGLint * 7)(
            EGL.EGL_CONTEXT_MAJOR_VERSION, 3, EGL.EGL_CONTEXT_MINOR_VERSION, 3,
            EGL.EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL.EGL_NONE,
        )  # fmt: skip
        ctx = EGL.eglCreateContext(dpy, config if count.value else None, EGL.EGL_NO_CONTEXT, ctx_attrs)
        if not ctx:
            raise GLContextError("eglCreateContext (3.3 core) failed")
        try:
            EGL.eglMakeCurrent(dpy, EGL.EGL_NO_SURFACE, EGL.EGL_NO_SURFACE, ctx)
        except Exception as exc:
            EGL.eglDestroyContext(dpy, ctx)
            raise GLContextError(_make_current_advice(exc)) from None
        self._egl = (EGL, dpy, ctx)

    # -- OSMesa -------------------------------------------------------------------------------
    def _create_osmesa(self) -> None:
        from OpenGL import GL, arrays, osmesa

        attrs = arrays.GLintArray.asArray([
            osmesa.OSMESA_FORMAT, osmesa.OSMESA_RGBA, osmesa.OSMESA_DEPTH_BITS, 24, osmesa.OSMESA_STENCIL_BITS, 8,
            osmesa.OSMESA_PROFILE, osmesa.OSMESA_CORE_PROFILE,
            osmesa.OSMESA_CONTEXT_MAJOR_VERSION, 3, osmesa.OSMESA_CONTEXT_MINOR_VERSION, 3, 0,
        ])  # fmt: skip
        ctx = osmesa.OSMesaCreateContextAttribs(attrs, None)
        if not ctx:
            raise GLContextError("OSMesaCreateContextAttribs (3.3 core) failed")
        # OSMesa needs a colour buffer to make current; 1x1 is enough, we draw into FBOs.
        self._osmesa_buf = arrays.GLubyteArray.zeros((1, 1, 4))
        if not osmesa.OSMesaMakeCurrent(ctx, self._osmesa_buf, GL.GL_UNSIGNED_BYTE, 1, 1):
            raise GLContextError("OSMesaMakeCurrent failed")
        self._osmesa = (osmesa, ctx)

    # -- lifetime -----------------------------------------------------------------------------
    def make_current(self) -> None:
        if self._egl:
            egl, dpy, ctx = self._egl
            try:
                egl.eglMakeCurrent(dpy, egl.EGL_NO_SURFACE, egl.EGL_NO_SURFACE, ctx)
            except Exception as exc:
                raise GLContextError(_make_current_advice(exc)) from None
        elif self._osmesa:
            from OpenGL import GL

            osmesa, ctx = self._osmesa
            osmesa.OSMesaMakeCurrent(ctx, self._osmesa_buf, GL.GL_UNSIGNED_BYTE, 1, 1)

    def done_current(self) -> None:
        """Leave the thread with no current context, so another API (Qt's GLX) can take it."""
        if self._egl:
            egl, dpy, _ = self._egl
            try:
                egl.eglMakeCurrent(dpy, egl.EGL_NO_SURFACE, egl.EGL_NO_SURFACE, egl.EGL_NO_CONTEXT)
            except Exception:
                pass

    def close(self) -> None:
        if self._egl:
            egl, dpy, ctx = self._egl
            self.done_current()
            egl.eglDestroyContext(dpy, ctx)
            self._egl = None
        if self._osmesa:
            osmesa, ctx = self._osmesa
            osmesa.OSMesaDestroyContext(ctx)
            self._osmesa = None

    def __enter__(self) -> HeadlessContext:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
