"""The 3D views' shaders compiled while the curator looks at the start screen, not at the first
file dropped (render/warm_up.py says why): one small scene per turn of the event loop, drawn with
a view's own renderer into its own window's framebuffer (never shown: nothing is swapped, and the
view's next paint clears it), then into a framebuffer object as `GLSurface.grabFramebuffer` draws
(screenshots, `repaint()`).

Each step compiles a few programs and states (10-40 ms each on llvmpipe with an empty shader
cache; well under a millisecond once compiled), and input waits at most one step. A view that
has no context or renderer is skipped; `stop()` ends the rest."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSize, QThread, QTimer
from PySide6.QtGui import QOffscreenSurface, QOpenGLContext
from PySide6.QtOpenGL import QOpenGLFramebufferObject, QOpenGLFramebufferObjectFormat

from .gl_surface import GLSurface

STEP_MS = 15  # between steps: the event loop handles what came in (input, paints, timers) first


class GLWarmUp(QObject):
    def __init__(self, views: Sequence[tuple[GLSurface, Sequence, Sequence]], parent=None):
        """views: (view, scenes for its window's framebuffer, scenes for its offscreen one); the
        view has a `renderer` (None: it cannot draw, skipped)."""
        super().__init__(parent)
        # (view, what) with what: "prepare" (queue the view's preparation: link its programs, make
        # the scenes' entries, one step each), ("call", name, step) or ("draw", scene, offscreen)
        self._steps: list[tuple[GLSurface, Any]] = []
        for view, on_screen, _ in views:
            self._steps += [(view, "prepare")] + [(view, ("draw", scene, False)) for scene in on_screen]
        self._steps += [(view, ("draw", scene, True)) for view, _, offscreen in views for scene in offscreen]
        self._scenes: dict[int, Any] = {}  # id(view) -> its WarmUpScenes
        self._views = {id(view): view for view, _, _ in views}
        self.step_ms: list[tuple[str, float]] = []  # (step, ms) as each took on the GUI thread
        self.step_cpu_ms: list[float] = []  # ... and the GUI thread's CPU time in it
        self.done = False
        self.error = ""  # why the warm-up ended early
        self.filler: ShaderCacheFiller | None = None  # runs first, when there is one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self, delay_ms: int = 0) -> GLWarmUp:
        self._timer.start(delay_ms)
        return self

    def stop(self) -> None:
        """End the warm-up now, freeing what it made (waits for the shader cache filler)."""
        if self.filler is not None:
            self.filler.cancel()
            self.filler.wait()
        self._timer.stop()
        self._steps = []
        self._finish()

    def _step(self) -> None:
        if not self._steps:
            self._finish()
            return
        view, what = self._steps.pop(0)
        t0, c0 = time.perf_counter(), time.thread_time()
        if self._usable(view):
            view.makeCurrent()
            try:
                if what == "prepare":
                    self._prepare(view)
                elif what[0] == "call":
                    what[2]()
                else:
                    self._draw(view, what[1], what[2])
            except Exception as e:  # a warm-up that cannot draw leaves it to the views' first paints
                self.error = f"{self._name(what)}: {e}"
                self._steps = []
            finally:
                view.doneCurrent()
        self.step_ms.append((self._name(what), (time.perf_counter() - t0) * 1000))
        self.step_cpu_ms.append((time.thread_time() - c0) * 1000)
        self._timer.start(STEP_MS)

    @staticmethod
    def _name(what) -> str:
        if what == "prepare" or what[0] == "call":
            return what if what == "prepare" else what[1]
        return f"{what[1].name}{' (offscreen)' if what[2] else ''}"

    @staticmethod
    def _usable(view: GLSurface) -> bool:
        return shiboken6.isValid(view) and view.isValid() and getattr(view, "renderer", None) is not None

    def _prepare(self, view: GLSurface) -> None:
        """The view's preparation steps go first in the queue, one step each."""
        from ..render.warm_up import WarmUpScenes

        scenes = self._scenes[id(view)] = WarmUpScenes(view.renderer)  # type: ignore[attr-defined]
        self._steps[:0] = [(view, ("call", name, fn)) for name, fn in scenes.preparation()]

    def _draw(self, view: GLSurface, scene, offscreen: bool) -> None:
        from OpenGL import GL

        scenes = self._scenes.get(id(view))
        if scenes is None:
            return
        size = QSize(96, 72)
        fbo = view.offscreen_framebuffer(size) if offscreen else None
        try:
            if fbo is not None:
                fbo.bind()
            else:
                GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, view.context().defaultFramebufferObject())
            scenes.draw(scene, (size.width(), size.height()))
            GL.glFinish()  # the drawing itself done here too, not in the view's next paint
        finally:
            if fbo is not None:
                fbo.release()
                del fbo

    def _finish(self) -> None:
        for key, scenes in self._scenes.items():
            view = self._views[key]
            if self._usable(view):
                view.makeCurrent()
                scenes.release()
                view.doneCurrent()
        self._scenes = {}
        self.done = True


class ShaderCacheFiller(QThread):
    """Draws the views' warm-up scenes on this thread, so Mesa's shader cache on disk holds the
    views' compiled code: the views' own warm-up steps (GLWarmUp) then load it instead of
    compiling on the GUI thread. Each view's scenes are drawn in a context of their own, in the
    same order as GLWarmUp draws them (the compiled code depends on the state left by earlier
    draws, e.g. the textures bound to units a program does not sample), into the offscreen
    surface's own framebuffer (the window's colour format) and then into framebuffer objects as
    grabFramebuffer makes."""

    def __init__(self, fmt, runs: Sequence[tuple[Sequence, Sequence]], parent=None):
        """runs: per view, (scenes on screen, scenes offscreen)."""
        super().__init__(parent)
        self.surface = QOffscreenSurface()  # made on the GUI thread, as Qt requires
        self.surface.setFormat(fmt)
        self.surface.create()
        self.fmt, self.runs = fmt, [(list(a), list(b)) for a, b in runs]
        self.seconds = 0.0
        self.error = ""
        self._cancelled = False

    def cancel(self) -> None:
        """Stop after the scene being drawn (the window is closing)."""
        self._cancelled = True

    def run(self) -> None:
        t0 = time.perf_counter()
        for on_screen, offscreen in self.runs:
            self._run(on_screen, offscreen)
        self.seconds = time.perf_counter() - t0

    def _run(self, on_screen: Sequence, offscreen: Sequence) -> None:
        from OpenGL import GL

        from ..render import Renderer
        from ..render.warm_up import WarmUpScenes

        ctx = QOpenGLContext()
        ctx.setFormat(self.fmt)
        if not ctx.create() or not ctx.makeCurrent(self.surface):
            self.error = "no OpenGL context"
            return
        try:
            renderer = Renderer()
            scenes = WarmUpScenes(renderer)
            for _, step in scenes.preparation():
                step()
            size = QSize(96, 72)
            for scene in on_screen:
                if self._cancelled:
                    break
                GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, ctx.defaultFramebufferObject())
                scenes.draw(scene, (size.width(), size.height()))
                GL.glFinish()
            fmt = QOpenGLFramebufferObjectFormat()  # as GLSurface.offscreen_framebuffer
            fmt.setAttachment(QOpenGLFramebufferObject.Attachment.CombinedDepthStencil)
            fmt.setSamples(max(0, self.fmt.samples()))
            for scene in offscreen:
                if self._cancelled:
                    break
                fbo = QOpenGLFramebufferObject(size, fmt)
                fbo.bind()
                scenes.draw(scene, (size.width(), size.height()))
                GL.glFinish()
                fbo.release()
                del fbo
            scenes.release()
            renderer.release()
        except Exception as e:  # the views compile at their first paints instead
            self.error = str(e)
        finally:
            ctx.doneCurrent()


def start_for_window(window, start_after_ms: int) -> GLWarmUp | None:
    """The main window's two views (placement and preview), each with the scenes it will draw on
    screen and offscreen: first a thread of its own fills Mesa's shader cache (the compiling, off
    the GUI thread), then the views draw the same scenes in their own contexts, in steps (loading
    what was compiled). None when no view can draw."""
    from ..render.warm_up import OFFSCREEN_SCENES, PLACEMENT_SCENES, PREVIEW_OFFSCREEN_SCENES, PREVIEW_SCENES

    views = []
    placement = getattr(window.viewport, "view", None)
    if placement is not None and placement.renderer is not None:
        # the offscreen scenes too: screenshots and repaint() draw the 3D view into one
        views.append((placement, PLACEMENT_SCENES, OFFSCREEN_SCENES))
    if window.preview is not None and window.preview.view is not None and window.preview.view.renderer is not None:
        # offscreen too: repaint() and screenshots draw the preview into one as well
        views.append((window.preview.view, PREVIEW_SCENES, PREVIEW_OFFSCREEN_SCENES))
    if not views:
        return None
    warm_up = GLWarmUp(views, window)
    # (one surface format for both views: they differ only in multisampling, which a software
    # renderer, where compiling is slow, never gets: gl_format.edge_samples)
    filler = ShaderCacheFiller(views[0][0].format(), [(on_screen, offscreen) for _, on_screen, offscreen in views], window)
    filler.finished.connect(lambda: warm_up.start(start_after_ms))
    warm_up.filler = filler
    filler.start()
    return warm_up
