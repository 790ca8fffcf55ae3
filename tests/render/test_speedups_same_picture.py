"""The frame-time shortcuts (back faces culled on closed double-sided meshes, shader variants
without alpha test, opaque items near to far, the outline marked during the main pass) must not
change the picture: each is compared with the same frame drawn without it."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from museum_ar.core.frames import pose_cv_to_gl
from museum_ar.core.transform import Transform
from museum_ar.render import DrawItem, Renderer
from museum_ar.render.mesh_data import MeshPart, is_closed_outward


def _part(mesh: trimesh.Trimesh) -> MeshPart:
    v = np.zeros((len(mesh.vertices), 12), dtype=np.float32)
    v[:, :3] = mesh.vertices
    return MeshPart(v, mesh.faces.astype(np.uint32).reshape(-1))


def test_closed_outward_surfaces_are_recognised():
    ball = trimesh.creation.icosphere(subdivisions=2)
    assert is_closed_outward(_part(ball))
    assert is_closed_outward(_part(trimesh.creation.uv_sphere(count=[12, 12])))  # seams joined by position
    inverted = ball.copy()
    inverted.faces = inverted.faces[:, ::-1]
    assert not is_closed_outward(_part(inverted))  # inside out: culling would hide the front
    holed = ball.copy()
    holed.faces = holed.faces[:-1]
    assert not is_closed_outward(_part(holed))  # one can look inside through the hole
    assert not is_closed_outward(_part(trimesh.Trimesh([[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]], [[0, 1, 2], [1, 3, 2]])))


def _scene(tmp_path):
    ball = trimesh.creation.icosphere(subdivisions=3, radius=0.02)  # vertex colours: double-sided
    ball.visual.vertex_colors = (180, 160, 120, 255)
    ball_path = tmp_path / "Kugel ä.glb"
    ball.export(ball_path)
    box = trimesh.creation.box((0.03, 0.03, 0.03))
    box.visual.vertex_colors = (60, 140, 200, 255)
    box_path = tmp_path / "kiste.glb"
    box.export(box_path)
    return [  # the far box first in the list: drawing near to far reorders them
        DrawItem("far", "mesh", Transform((0.01, 0.015, -0.05)).matrix(), asset=box_path),
        DrawItem("near", "mesh", Transform((0.0, 0.02, 0.03)).matrix(), asset=ball_path),
        DrawItem("label", "text", Transform((0.03, 0.0, 0.04), scale=(0.2,) * 3).matrix(), text="Größe"),
    ]


def _slow_path(r: Renderer) -> None:
    """Switch the shortcuts off in an already loaded renderer: no culling of double-sided parts,
    the alpha test everywhere, the outline's first pass for every item."""
    for entry in r.cache.entries.values():
        for p in entry.parts:
            for lod in (p, *p.coarser):
                lod.closed, lod.alpha_test = False, True


def test_shortcuts_draw_the_same_picture(target, intrinsics, pose_at, tmp_path):
    _, proj = intrinsics
    items = _scene(tmp_path)
    camera = np.random.default_rng(3).integers(0, 255, (target.height, target.width, 3), dtype=np.uint8)
    for distance, tilt in ((0.35, 20.0), (0.25, 60.0)):
        view = pose_cv_to_gl(pose_at(distance, tilt))
        fast, slow = Renderer(), Renderer()
        fast.draw(camera, view, proj, items, selection=["near", "far", "label"])
        fast_rgb = target.read_rgb().astype(int)
        slow.draw(camera, view, proj, items)  # load, then switch the shortcuts off
        _slow_path(slow)
        entry = slow.cache.entries[("mesh", str(items[1].asset))]
        assert entry.parts[0].double_sided and not entry.parts[0].closed
        slow.draw(camera, view, proj, list(reversed(items)), selection=["near", "far", "label"])
        slow_rgb = target.read_rgb().astype(int)
        assert fast.cache.entries[("mesh", str(items[1].asset))].parts[0].closed  # the shortcut was taken
        diff = np.abs(fast_rgb - slow_rgb).max(axis=2)
        assert (fast_rgb != camera[..., ::-1]).any(axis=2).sum() > 2000  # something was drawn
        # identical but for a few silhouette pixels (the outline marks the drawn, finer mesh)
        assert (diff > 8).sum() <= 0.002 * diff.size, (diff > 8).sum()
        fast.release()
        slow.release()


def test_camera_inside_a_closed_double_sided_mesh_still_sees_it(target, intrinsics, pose_at, tmp_path):
    _, proj = intrinsics
    ball = trimesh.creation.icosphere(subdivisions=3, radius=1.0)
    ball.visual.vertex_colors = (250, 30, 30, 255)
    path = tmp_path / "raum.glb"
    ball.export(path)
    r = Renderer()
    r.draw(None, pose_cv_to_gl(pose_at(0.3, 30.0)), proj, [DrawItem("room", "mesh", np.eye(4), asset=path)], clear_colour=(0, 0, 0, 1))
    rgb = target.read_rgb()
    assert r.cache.entries[("mesh", str(path))].parts[0].closed
    assert (rgb[..., 0] > 100).mean() > 0.95  # the inside faces fill the view
    r.release()


@pytest.mark.slow
def test_per_vertex_lighting_of_tiny_triangles_looks_the_same(target, intrinsics, pose_at, tmp_path, monkeypatch):
    from museum_ar.render import renderer as renderer_module

    _, proj = intrinsics
    ball = trimesh.creation.icosphere(subdivisions=5, radius=0.03)  # 20k triangles, closed
    ball.visual.vertex_colors = (200, 190, 170, 255)
    path = tmp_path / "kugel.glb"
    ball.export(path)
    items = [DrawItem("b", "mesh", Transform((0.0, 0.03, 0.0)).matrix(), asset=path)]
    view = pose_cv_to_gl(pose_at(0.3, 30.0))
    pictures = {}
    for per_vertex_px in (renderer_module.VERTEX_LIGHTING_PX, 0.0):
        monkeypatch.setattr(renderer_module, "VERTEX_LIGHTING_PX", per_vertex_px)
        r = Renderer()
        r.lod_error_px = 0.0  # full detail: triangles of about a pixel
        r.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
        r.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
        assert r._current_program == 0
        pictures[per_vertex_px] = target.read_rgb().astype(int)
        r.release()
    a, b = pictures.values()
    ball_px = b.max(axis=2) > 10
    assert ball_px.sum() > 5000
    diff = np.abs(a - b).max(axis=2)[ball_px]
    assert diff.mean() > 0  # the shortcut was taken
    assert diff.mean() < 1.5 and np.percentile(diff, 99.9) <= 12, (diff.mean(), diff.max())


def test_small_matrix_shortcuts_agree_with_numpy():
    from museum_ar.render.renderer import _det3, _f32, _inverse_transpose3_gl

    rng = np.random.default_rng(3)
    for m in [rng.normal(size=(3, 3)) for _ in range(50)] + [np.diag([0.02, 3.0, -1.0])]:  # tiny, large and mirroring scales
        assert np.allclose(_inverse_transpose3_gl(m.tolist()), _f32(np.linalg.inv(m).T), rtol=1e-4, atol=1e-6)
        assert np.isclose(_det3(m.tolist()), np.linalg.det(m))
