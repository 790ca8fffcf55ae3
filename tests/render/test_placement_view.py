"""The placement viewport's picture: orbit camera, grid, marker outline, selection, gizmo. Set
MUSEUM_AR_WRITE_DOCS_IMG=1 to refresh docs/img/render_placement.png."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from museum_ar.core.transform import Transform, quat_from_axis_angle
from museum_ar.render import DrawItem, Helpers
from museum_ar.render.camera import framing, look_at, orbit_view, perspective
from museum_ar.render.geometry import project_points
from museum_ar.render.renderer import SELECTION_COLOUR


def test_orbit_camera_maths():
    v = orbit_view((0, 0.05, 0), 0.5, yaw_deg=0, pitch_deg=0)
    assert np.allclose(v @ [0, 0.05, 0, 1], [0, 0, -0.5, 1])  # the target is straight ahead
    top = orbit_view((0, 0, 0), 0.3, pitch_deg=90)
    assert np.allclose(top @ [0, 0, 0, 1], [0, 0, -0.3, 1], atol=1e-6)
    assert np.isfinite(look_at((0, 1, 0), (0, 0, 0))).all()  # looking straight down along up
    p = perspective(40, 16 / 9)
    corners = np.array([[-0.1, 0, -0.1], [0.1, 0.2, 0.1]])
    px = project_points(np.array([[x, y, z] for x in corners[:, 0] for y in corners[:, 1] for z in corners[:, 2]]), p @ framing(corners, 40), 1600, 900)
    assert px.min() > 0 and px[:, 0].max() < 1600 and px[:, 1].max() < 900  # framing shows it all


@pytest.mark.slow
def test_placement_viewport_picture(renderer, gl, box_glb, tmp_path):
    from museum_ar.render.gl_util import OffscreenTarget

    w, h = 960, 600
    big = OffscreenTarget(w, h, renderer.objects)
    view = orbit_view((0, 0.02, 0), 0.32, yaw_deg=25, pitch_deg=28)
    proj = perspective(40, w / h)
    box = box_glb((0.04, 0.05, 0.03), (90, 150, 210, 255))
    placed = Transform((0.015, 0.0, 0.01), quat_from_axis_angle((0, 1, 0), 20))
    items = [
        DrawItem("box", "mesh", placed.matrix(), asset=box),
        DrawItem("label", "text", Transform((0.0, 0.07, -0.02), scale=(0.2,) * 3).matrix(), text="Ausgewählt: Kiste (Größe)"),
    ]
    helpers = Helpers(marker_edge_m=0.1, grid=True, gizmo="translate", gizmo_matrix=Transform(placed.translation).matrix(), gizmo_size=0.05, gizmo_active="x")
    big.bind()
    renderer.draw(None, view, proj, items, selection="box", helpers=helpers, clear_colour=(0.2, 0.21, 0.23, 1))
    img = big.read_rgb()
    big.close()
    sel = np.abs(img.astype(int) - np.array(SELECTION_COLOUR[:3]) * 255).max(axis=2) < 12
    assert sel.sum() > 400
    tip = project_points(np.array([[0.065, 0.0, 0.01]]), proj @ view, w, h)[0]
    assert renderer.pick_gizmo(*tip) == "x"
    Image.fromarray(img).save(tmp_path / "placement.png")
    if os.environ.get("MUSEUM_AR_WRITE_DOCS_IMG"):
        Image.fromarray(img).save(Path(__file__).resolve().parents[2] / "docs" / "img" / "render_placement.png")


@pytest.mark.slow
def test_thumbnail_process_frames_the_mesh(box_glb, tmp_path):
    import subprocess
    import sys

    glb = box_glb((0.02, 0.12, 0.02), (200, 60, 60, 255), name="hohe Säule.glb")
    out = tmp_path / "Vorschau ä.png"
    env = {k: v for k, v in os.environ.items() if k != "PYOPENGL_PLATFORM"}
    done = subprocess.run([sys.executable, "-m", "museum_ar.render.thumbnail", str(glb), str(out), "--size", "128"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rgba = np.asarray(Image.open(out))
    assert rgba.shape == (128, 128, 4)
    ys, xs = np.nonzero(rgba[..., 3] > 0)
    assert rgba[0, 0, 3] == 0  # transparent around it
    assert ys.max() - ys.min() > 100  # the tall column fills the height
    assert np.median(rgba[ys, xs, 0]) > np.median(rgba[ys, xs, 1]) + 40  # red
    bad = subprocess.run([sys.executable, "-m", "museum_ar.render.thumbnail", str(tmp_path / "fehlt.glb"), str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "fehlt.glb" in bad.stderr and "Traceback" not in bad.stderr
