"""A whole AR frame as the preview shows it: a camera image of a printed marker on a table (itself
rendered first), with a mesh and a label standing on the marker. Set MUSEUM_AR_WRITE_DOCS_IMG=1 to
refresh docs/img/render_example.png."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from museum_ar.core.frames import content_to_marker, pose_cv_to_gl
from museum_ar.core.transform import Transform, quat_from_axis_angle
from museum_ar.markers.layout import MarkerLayout, render_marker
from museum_ar.markers.payload import payload_for
from museum_ar.markers.symbol import qr_modules
from museum_ar.render import DrawItem, Helpers
from museum_ar.render.geometry import project_points

pytestmark = pytest.mark.slow  # a whole AR frame rendered and tracked

EDGE_M = 0.10
W, H = 1280, 720


def table_image() -> np.ndarray:
    """A wooden-looking table top, BGR."""
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:H, 0:W]
    grain = 0.5 + 0.25 * np.sin(x / 9.0 + 3 * np.sin(y / 140.0)) + 0.1 * rng.standard_normal((H, W))
    rgb = np.stack([120 + 50 * grain, 78 + 30 * grain, 45 + 18 * grain], axis=-1)
    return np.clip(rgb[..., ::-1], 0, 255).astype(np.uint8)


def vase_glb(path: Path) -> Path:
    import trimesh

    profile = np.array([[0.0, 0.0], [0.018, 0.0], [0.026, 0.02], [0.027, 0.035], [0.016, 0.06], [0.011, 0.072], [0.016, 0.08], [0.0, 0.08]])
    vase = trimesh.creation.revolve(profile, sections=64)  # around Z
    vase.apply_transform(trimesh.transformations.rotation_matrix(-np.pi / 2, (1, 0, 0)))  # Z up -> Y up
    h = vase.vertices[:, 1] / 0.08
    vase.visual.vertex_colors = np.stack([190 + 40 * h, 95 + 20 * h, 50 + 10 * h, np.full_like(h, 255)], axis=1).astype(np.uint8)
    vase.export(path)
    return path


def test_example_ar_frame(renderer, target, tmp_path, pose_at):
    from museum_ar.core.frames import projection_from_intrinsics
    from museum_ar.render.gl_util import OffscreenTarget

    fx = 1000.0
    proj = projection_from_intrinsics(fx, fx, W / 2 - 0.5, H / 2 - 0.5, W, H)
    pose = pose_at(0.42, 50.0, -20.0, (0.0, 0.02))
    view = pose_cv_to_gl(pose)
    big = OffscreenTarget(W, H, renderer.objects)

    # 1. "the camera image": the printed card (marker with its white margin) lying on a table
    payload = payload_for("https://museum.example/ar/", "amphore")
    margin = 4
    art = np.asarray(Image.fromarray(render_marker(payload, px_per_module=12, margin_modules=margin)).convert("RGB"))
    units = MarkerLayout(qr_modules(payload).shape[0]).units
    card = EDGE_M * (units + 2 * margin) / units
    png = tmp_path / "marke.png"
    Image.fromarray(art).save(png)
    m = content_to_marker("wall") @ np.diag([card, card, card, 1.0])
    m[:3, 3] = (0.0, 0.0, card / 2)
    big.bind()
    renderer.draw(table_image(), view, proj, [DrawItem("card", "image", m, asset=png)])
    camera_rgb = big.read_rgb()

    # 2. the AR frame: that image behind, the exhibit's content on the marker
    items = [
        DrawItem("vase", "mesh", Transform(rotation=quat_from_axis_angle((0, 1, 0), 20)).matrix(), asset=vase_glb(tmp_path / "amphore.glb")),
        DrawItem("label", "text", Transform((0.0, 0.09, -0.01), scale=(0.22,) * 3).matrix(), text="Amphore (Nachbildung)\nTöpferkunst – Größe 8 cm"),
    ]
    big.bind()
    renderer.draw(np.ascontiguousarray(camera_rgb[..., ::-1]), view, proj, items, helpers=Helpers(marker_edge_m=EDGE_M, line_px=2.0))
    frame = big.read_rgb()
    big.close()

    # the marker's centre is under the vase, the label above it, and the picture is not empty
    centre = project_points(np.array([[0.0, 0.03, 0.0]]), proj @ view, W, H)[0].round().astype(int)
    r, g, b = frame[centre[1], centre[0]].astype(int)
    assert r > g > b  # terracotta vase
    top = project_points(np.array([[0.0, 0.105, -0.01]]), proj @ view, W, H)[0].round().astype(int)
    assert frame[top[1] - 15 : top[1] + 15, top[0] - 60 : top[0] + 60].max() > 230  # white lettering
    assert frame.std() > 20
    Image.fromarray(frame).save(tmp_path / "render_example.png")
    if os.environ.get("MUSEUM_AR_WRITE_DOCS_IMG"):
        out = Path(__file__).resolve().parents[2] / "docs" / "img" / "render_example.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(frame).save(out)
