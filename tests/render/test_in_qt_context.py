"""The renderer draws the same picture inside a Qt OpenGL context (as in the app's QOpenGLWidget,
where PyOpenGL picks its platform itself and nobody sets PYOPENGL_PLATFORM) as in the headless
EGL context. Runs in a child process under the X server pytest-xvfb provides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from museum_ar.core.frames import pose_cv_to_gl

pytestmark = pytest.mark.slow  # a second process with a Qt GL context

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import numpy as np
    from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext, QSurfaceFormat
    from PySide6.QtOpenGL import QOpenGLFramebufferObject, QOpenGLFramebufferObjectFormat
    args = json.loads(sys.argv[1])
    app = QGuiApplication([])
    fmt = QSurfaceFormat(); fmt.setVersion(3, 3); fmt.setProfile(QSurfaceFormat.CoreProfile)
    ctx = QOpenGLContext(); ctx.setFormat(fmt); assert ctx.create()
    surface = QOffscreenSurface(); surface.setFormat(fmt); surface.create()
    assert ctx.makeCurrent(surface)
    ffmt = QOpenGLFramebufferObjectFormat(); ffmt.setAttachment(QOpenGLFramebufferObject.CombinedDepthStencil)
    fbo = QOpenGLFramebufferObject(args["w"], args["h"], ffmt); fbo.bind()
    from OpenGL import GL
    from museum_ar.render import DrawItem, Renderer
    GL.glViewport(0, 0, args["w"], args["h"])
    r = Renderer()
    bg = np.full((args["h"], args["w"], 3), 90, np.uint8)
    items = [DrawItem("box", "mesh", np.eye(4), asset=args["glb"]), DrawItem("t", "text", np.diag([0.3, 0.3, 0.3, 1.0]), text="Grüße")]
    r.draw(bg, np.array(args["view"]), np.array(args["proj"]), items, selection="box")
    GL.glFinish()
    px = GL.glReadPixels(0, 0, args["w"], args["h"], GL.GL_RGB, GL.GL_UNSIGNED_BYTE)
    img = np.frombuffer(px, np.uint8).reshape(args["h"], args["w"], 3)[::-1]
    np.save(args["out"], img)
    r.release()
    print(json.dumps({"gl": GL.glGetString(GL.GL_VERSION).decode(), "live": sum(r.live_objects().values())}))
    """
)


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (pytest-xvfb provides one)")
def test_same_picture_in_a_qt_context(renderer, target, intrinsics, pose_at, box_glb, tmp_path):
    from museum_ar.render import DrawItem

    _, proj = intrinsics
    view = pose_cv_to_gl(pose_at(0.4, 35.0, 15.0))
    glb = box_glb()
    bg = np.full((target.height, target.width, 3), 90, np.uint8)
    items = [DrawItem("box", "mesh", np.eye(4), asset=glb), DrawItem("t", "text", np.diag([0.3, 0.3, 0.3, 1.0]), text="Grüße")]
    target.bind()
    renderer.draw(bg, view, proj, items, selection="box")
    headless = target.read_rgb()

    out = tmp_path / "qt.npy"
    args = {"w": target.width, "h": target.height, "glb": str(glb), "view": view.tolist(), "proj": proj.tolist(), "out": str(out)}
    env = {k: v for k, v in os.environ.items() if k not in ("PYOPENGL_PLATFORM", "EGL_PLATFORM")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(args)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["live"] == 0
    in_qt = np.load(out)
    assert (np.abs(in_qt.astype(int) - headless.astype(int)).max(axis=2) > 3).mean() < 0.001
    assert (headless.max(axis=2) > 150).sum() > 1000  # the picture is not just background
