"""An OpenGL view for the app's windows: a QOpenGLWindow in a window container, used like a
QOpenGLWidget.

Why not QOpenGLWidget: one QOpenGLWidget makes its whole top-level window compose through OpenGL.
On software GL (Mesa llvmpipe: museum PCs without a usable GPU, virtual machines, CI) every repaint
of *any* widget in that window then costs the composition of the whole window: changing a tree
item's text took 14 ms instead of 0.5 ms, redrawing the 3D view 16 ms instead of 1.6 ms (a bare
1280x800 window, Xvfb), and in the app each frame 35-100 ms, which stood the GUI still for over
100 ms whenever an exhibit opened. A native child window draws and presents only itself.

`GLSurface` keeps the interface the views were written against: override `initializeGL`,
`paintGL`, `resizeGL`; call `update()`, `grabFramebuffer()`, `makeCurrent()`, `setFormat()`.
Mouse, wheel, key and drag-and-drop events that reach the native window are handed to the widget's
own handlers, so a view handles events alike whether they come from the window system or from a
test that sends them to the widget.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import shiboken6

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QSurfaceFormat
from PySide6.QtOpenGL import QOpenGLFramebufferObject, QOpenGLFramebufferObjectFormat, QOpenGLWindow
from PySide6.QtWidgets import QVBoxLayout, QWidget

_DRAG_HANDLERS = {
    QEvent.Type.DragEnter: "dragEnterEvent",
    QEvent.Type.DragMove: "dragMoveEvent",
    QEvent.Type.DragLeave: "dragLeaveEvent",
    QEvent.Type.Drop: "dropEvent",
}


@lru_cache(maxsize=1)
def _delete_containers_before_exit() -> None:
    """A window container deleted while the interpreter shuts down crashes (PySide6 6.x: a
    window closed and handed to deleteLater, as pytest-qt does, is deleted only then). Deletions
    still waiting are carried out at exit, while the application is whole."""

    def flush() -> None:
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    atexit.register(flush)


def _forwarded(handler: str) -> Callable[[Any, Any], None]:
    """An event handler of the window that passes the event on to its view's handler of that name."""

    def forward(window: Any, e: Any) -> None:
        getattr(window._view, handler)(e)

    forward.__name__ = handler
    return forward


class _SurfaceWindow(QOpenGLWindow):
    def __init__(self, view: GLSurface):
        super().__init__(QOpenGLWindow.UpdateBehavior.NoPartialUpdate)
        # weakly: view and window holding each other strongly made a cycle of two Qt wrappers,
        # which the garbage collector may break on any thread, deleting a window off the GUI thread
        self._view_ref = weakref.ref(view)

    @property
    def _view(self) -> GLSurface:
        # while the window lives, so does its view (the view's container owns the window); a late
        # event after the view went stands in for nothing
        return self._view_ref() or _GONE

    def initializeGL(self) -> None:
        self._view.initializeGL()

    def paintGL(self) -> None:
        self._view.paintGL()

    def resizeGL(self, w: int, h: int) -> None:
        self._view.resizeGL(w, h)

    # -- events: to the widget, as if they had come to it ------------------------------------------
    def mousePressEvent(self, e) -> None:
        if self._view.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            # keyboard focus back to the widget window: shortcuts (F for Frame all) and keys then
            # go through the widgets as they do everywhere else in the window
            self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        self._view.mousePressEvent(e)

    def mouseMoveEvent(self, e) -> None:
        # a native window reports every move; a widget without mouse tracking only drags
        if e.buttons() != Qt.MouseButton.NoButton or self._view.hasMouseTracking():
            self._view.mouseMoveEvent(e)

    # the rest as they come (defined in the class body: PySide6 sees them as overrides)
    mouseReleaseEvent = _forwarded("mouseReleaseEvent")
    mouseDoubleClickEvent = _forwarded("mouseDoubleClickEvent")
    wheelEvent = _forwarded("wheelEvent")
    keyPressEvent = _forwarded("keyPressEvent")
    keyReleaseEvent = _forwarded("keyReleaseEvent")

    def event(self, e) -> bool:
        handler = _DRAG_HANDLERS.get(e.type())
        if handler is not None:
            if self._view.acceptDrops():
                getattr(self._view, handler)(e)
            else:
                e.ignore()
            return True
        return super().event(e)


class _Gone:
    """What a window's events go to once its view is gone: nothing happens (every answer 0)."""

    def __getattr__(self, name):
        return lambda *args, **kw: 0


_GONE: Any = _Gone()


class GLSurface(QWidget):
    """Subclass and override initializeGL / paintGL / resizeGL, as with a QOpenGLWidget. The GL
    context belongs to the embedded window; paintGL draws into its framebuffer (the window's, or
    grabFramebuffer's offscreen one), sized in device pixels of this widget."""

    frameSwapped = Signal()  # a paint reached the screen (as QOpenGLWidget.frameSwapped)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._window = _SurfaceWindow(self)
        self._window.frameSwapped.connect(self.frameSwapped)
        self._container = QWidget.createWindowContainer(self._window, self)
        _delete_containers_before_exit()
        self._container.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._container)

    # -- the QOpenGLWidget interface the views use -----------------------------------------------
    def initializeGL(self) -> None:
        pass

    def paintGL(self) -> None:
        pass

    def resizeGL(self, w: int, h: int) -> None:
        pass

    def setFormat(self, fmt: QSurfaceFormat) -> None:
        self._window.setFormat(fmt)

    def format(self) -> QSurfaceFormat:
        return self._window.format()

    def context(self):
        return self._window.context()

    def isValid(self) -> bool:
        return self._window.isValid()

    def makeCurrent(self) -> None:
        self._window.makeCurrent()

    def doneCurrent(self) -> None:
        self._window.doneCurrent()

    def update(self, *args) -> None:  # as QWidget.update: a paint soon
        if shiboken6.isValid(self._window):  # (a timer may fire while the window is being torn down)
            self._window.update()

    def repaint(self, *args) -> None:
        """Draw now (offscreen, so the view's state is that of this paint), and on screen at the
        window's next update."""
        self.grabFramebuffer()
        self.update()

    def offscreen_framebuffer(self, size: QSize) -> QOpenGLFramebufferObject:
        """A framebuffer object as grabFramebuffer draws into (its context must be current)."""
        fmt = QOpenGLFramebufferObjectFormat()
        fmt.setAttachment(QOpenGLFramebufferObject.Attachment.CombinedDepthStencil)
        fmt.setSamples(max(0, self._window.format().samples()))
        return QOpenGLFramebufferObject(size, fmt)

    def grabFramebuffer(self) -> QImage:
        """Draw now into an offscreen framebuffer of this widget's size and return the picture,
        whether the window is exposed or not (a null image before the context exists)."""
        if not shiboken6.isValid(self._window) or not self._window.isValid():
            return QImage()
        self._window.makeCurrent()
        dpr = self.devicePixelRatioF()
        size = QSize(max(1, int(self.width() * dpr)), max(1, int(self.height() * dpr)))
        fbo = self.offscreen_framebuffer(size)
        try:
            fbo.bind()
            from OpenGL import GL

            GL.glViewport(0, 0, size.width(), size.height())
            self.paintGL()
            return fbo.toImage()
        finally:
            fbo.release()
            del fbo


def grab_with_gl(widget: QWidget):
    """widget.grab() with the OpenGL views in it drawn in (QWidget.grab() leaves a native child
    window blank): for screenshots and tests. Returns a QPixmap."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    picture = widget.grab()
    painter = QPainter(picture)
    try:
        surfaces = [widget] if isinstance(widget, GLSurface) else []
        for surface in surfaces + widget.findChildren(GLSurface):
            if surface.isVisible():
                image = surface.grabFramebuffer()
                if not image.isNull():
                    image.setDevicePixelRatio(surface.devicePixelRatioF())
                    painter.drawImage(surface.mapTo(widget, QPoint(0, 0)) if surface is not widget else QPoint(0, 0), image)
    finally:
        painter.end()
    return picture
