"""A real headless GL context (EGL surfaceless, or OSMesa) for the renderer's tests, and helpers
to build real GLB files and poses."""

from __future__ import annotations

import math

import numpy as np
import pytest

# No prepare_headless_platform() here: this pytest process also runs the Qt GUI's tests, and
# PYOPENGL_PLATFORM must not leak into them. The EGL context works whatever platform PyOpenGL took.

W, H = 640, 480
FX = FY = 600.0
CX, CY = (W - 1) / 2 + 3.0, (H - 1) / 2 - 2.0  # off-centre on purpose: catches principal-point slips


@pytest.fixture(scope="session")
def _context():
    from museum_ar.render.headless import HeadlessContext

    _release_qt_context()
    ctx = HeadlessContext()
    ctx.done_current()
    yield ctx
    ctx.close()


def _release_qt_context() -> None:
    """The same pytest process runs the GUI's GL tests: a Qt (GLX) context left current on this
    thread would make EGL refuse ours (GLVND allows one window-system API per thread)."""
    import sys

    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QOpenGLContext

        current = QOpenGLContext.currentContext()
        if current is not None:
            current.doneCurrent()


@pytest.fixture
def gl(_context):
    _release_qt_context()
    _context.make_current()
    yield _context
    _context.done_current()  # and leave the thread free for Qt's GL tests


@pytest.fixture
def target(gl):
    from museum_ar.render.gl_util import OffscreenTarget

    t = OffscreenTarget(W, H)
    yield t
    t.close()


@pytest.fixture
def renderer(gl):
    from museum_ar.render import Renderer

    r = Renderer()
    yield r
    r.release()


@pytest.fixture
def intrinsics():
    from museum_ar.core.frames import projection_from_intrinsics

    K = np.array([[FX, 0, CX], [0, FY, CY], [0, 0, 1.0]])
    return K, projection_from_intrinsics(FX, FY, CX, CY, W, H)


def marker_pose(distance: float, tilt_deg: float = 0.0, yaw_deg: float = 0.0, offset=(0.0, 0.0)) -> np.ndarray:
    """marker -> OpenCV camera: the camera faces the printed side (top edge up in the image),
    then the marker tilts back by tilt_deg about its X axis (its top edge recedes: the camera looks
    down at a table from in front) and turns by yaw_deg about its normal."""
    facing = np.array([[1.0, 0, 0], [0, 0, 1], [0, -1, 0]])  # marker X->cam X, Z->cam Y (down), Y->cam -Z
    t, y = -math.radians(tilt_deg), math.radians(yaw_deg)
    tilt = np.array([[1, 0, 0], [0, math.cos(t), -math.sin(t)], [0, math.sin(t), math.cos(t)]])
    yaw = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    m = np.eye(4)
    m[:3, :3] = tilt @ facing @ yaw
    m[:3, 3] = (offset[0], offset[1], distance)
    return m


@pytest.fixture
def pose_at():
    return marker_pose


@pytest.fixture
def box_glb(tmp_path):
    """A real GLB box (vertex colours) of the given size standing on y = 0."""

    def make(size=(0.04, 0.06, 0.03), colour=(200, 120, 60, 255), name="Kiste Größe.glb"):
        import trimesh

        m = trimesh.creation.box(size)
        m.apply_translation((0, size[1] / 2, 0))
        m.visual.vertex_colors = colour
        path = tmp_path / name
        m.export(path)
        return path

    return make


@pytest.fixture
def textured_quad_glb(tmp_path):
    """A GLB quad in the X-Y plane (0.1 m, facing +Z) whose texture has four coloured quadrants:
    top-left red, top-right green, bottom-left blue, bottom-right white (as the image reads)."""

    def make(name="bild.glb"):
        import trimesh
        from PIL import Image

        img = np.zeros((64, 64, 3), np.uint8)
        img[:32, :32] = (255, 0, 0)
        img[:32, 32:] = (0, 255, 0)
        img[32:, :32] = (0, 0, 255)
        img[32:, 32:] = (255, 255, 255)
        v = np.array([[-0.05, 0, 0], [0.05, 0, 0], [0.05, 0.1, 0], [-0.05, 0.1, 0]])
        f = np.array([[0, 1, 2], [0, 2, 3]])
        uv = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float)  # trimesh's uv: v = 0 at the image bottom
        mesh = trimesh.Trimesh(v, f, process=False)
        # metallicFactor 0: a picture, not a metal (glTF's default when it is left out is 1, a metal,
        # which the renderer draws as the tablet does: dark without surroundings to reflect)
        material = trimesh.visual.material.PBRMaterial(baseColorTexture=Image.fromarray(img), baseColorFactor=[255, 255, 255, 255], metallicFactor=0.0)
        mesh.visual = trimesh.visual.TextureVisuals(uv=uv, material=material)
        path = tmp_path / name
        mesh.export(path)
        return path

    return make
