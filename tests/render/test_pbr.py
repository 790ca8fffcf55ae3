"""glTF metallic-roughness in the desktop renderer: factors, the four maps and their conventions,
on real GLB files (written by trimesh, read back through the renderer's loader) drawn in a real
headless GL context. What a curator sees in the app should be what the tablet will show."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.render import DrawItem
from museum_ar.render.mesh_data import load_mesh

from .test_drawing import draw, front_view

QUAD_V = np.array([[-0.05, 0, 0], [0.05, 0, 0], [0.05, 0.1, 0], [-0.05, 0.1, 0]])
QUAD_F = np.array([[0, 1, 2], [0, 2, 3]])
QUAD_UV = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float)  # trimesh's uv: v = 0 at the image bottom


def quad_glb(path, **material):
    """A 10 cm quad facing +Z (the camera of front_view) with a glTF PBR material."""
    import trimesh
    from PIL import Image

    for key, value in list(material.items()):
        if isinstance(value, np.ndarray):
            material[key] = Image.fromarray(value)
    mesh = trimesh.Trimesh(QUAD_V, QUAD_F, process=False)
    mesh.visual = trimesh.visual.TextureVisuals(uv=QUAD_UV, material=trimesh.visual.material.PBRMaterial(**material))
    mesh.export(path)
    return path


def sphere_glb(path, **material):
    import trimesh

    mesh = trimesh.creation.icosphere(subdivisions=4, radius=0.04)
    mesh.apply_translation((0, 0.05, 0))
    uv = np.zeros((len(mesh.vertices), 2))
    mesh.visual = trimesh.visual.TextureVisuals(uv=uv, material=trimesh.visual.material.PBRMaterial(**material))
    mesh.export(path)
    return path


def halves(img: np.ndarray, proj, axis: str) -> tuple[float, float]:
    """Mean brightness of the quad's two halves on screen: (left, right) or (top, bottom)."""
    from museum_ar.render.geometry import project_points

    mvp = proj @ front_view(0.3)
    (x0, y0), (x1, y1) = np.round(project_points(np.array([[-0.05, 0.1, 0], [0.05, 0.0, 0]]), mvp, img.shape[1], img.shape[0])).astype(int)
    q = img[y0 + 3 : y1 - 3, x0 + 3 : x1 - 3].astype(float).mean(axis=2)
    if axis == "x":
        w = q.shape[1] // 2
        return float(q[:, : w - 2].mean()), float(q[:, w + 2 :].mean())
    h = q.shape[0] // 2
    return float(q[: h - 2].mean()), float(q[h + 2 :].mean())


def render(renderer, target, intrinsics, path):
    _, proj = intrinsics
    return draw(renderer, target, front_view(0.3), proj, [DrawItem("m", "mesh", np.eye(4), asset=path)]), proj


def test_materials_load_their_factors_and_maps(tmp_path):
    mr = np.zeros((8, 8, 3), np.uint8)
    part = load_mesh(quad_glb(tmp_path / "Metall Größe.glb", baseColorFactor=[200, 50, 50, 255], metallicFactor=0.8, roughnessFactor=0.25, metallicRoughnessTexture=mr, emissiveFactor=[0.5, 0.25, 0.0])).parts[0]
    assert part.pbr is not None
    assert part.pbr.metallic == pytest.approx(0.8) and part.pbr.roughness == pytest.approx(0.25)
    assert part.pbr.emissive == pytest.approx((0.5, 0.25, 0.0))
    assert part.pbr.metallic_roughness is not None and part.pbr.normal is None
    # a rough non-metal with no maps needs nothing beyond the base colour (drawn by the simpler rig)
    assert load_mesh(quad_glb(tmp_path / "matt.glb", metallicFactor=0.0, roughnessFactor=1.0)).parts[0].pbr is None


def test_normal_map_tilts_the_surface_the_way_gltf_says(renderer, target, intrinsics, tmp_path):
    """glTF normal maps: +X right, +Y up the picture. The key light comes from the upper left, so a
    surface tilted left or up must be brighter than one tilted right or down. Catches a flipped
    green channel (a common slip: our v runs down the picture)."""
    tilt = 0.5
    sideways = np.zeros((32, 32, 3), np.uint8)
    sideways[:, :16] = np.round((np.array([-tilt, 0, 1]) / np.linalg.norm([-tilt, 0, 1]) * 0.5 + 0.5) * 255)  # left half: tilted left
    sideways[:, 16:] = np.round((np.array([tilt, 0, 1]) / np.linalg.norm([tilt, 0, 1]) * 0.5 + 0.5) * 255)  # right half: tilted right
    img, proj = render(renderer, target, intrinsics, quad_glb(tmp_path / "seitlich.glb", baseColorFactor=[180, 180, 180, 255], metallicFactor=0.0, roughnessFactor=0.9, normalTexture=sideways))
    left, right = halves(img, proj, "x")
    assert left > right + 8, (left, right)

    updown = np.zeros((32, 32, 3), np.uint8)
    updown[:16] = np.round((np.array([0, tilt, 1]) / np.linalg.norm([0, tilt, 1]) * 0.5 + 0.5) * 255)  # top rows: tilted up
    updown[16:] = np.round((np.array([0, -tilt, 1]) / np.linalg.norm([0, -tilt, 1]) * 0.5 + 0.5) * 255)  # bottom rows: down
    img, proj = render(renderer, target, intrinsics, quad_glb(tmp_path / "hoch.glb", baseColorFactor=[180, 180, 180, 255], metallicFactor=0.0, roughnessFactor=0.9, normalTexture=updown))
    top, bottom = halves(img, proj, "y")
    assert top > bottom + 8, (top, bottom)


def test_metallic_roughness_map_and_factors(renderer, target, intrinsics, tmp_path):
    """Metal on the map's left half (B = 255), non-metal on the right: a red metal loses its
    diffuse light and reflects its surroundings tinted red; the non-metal stays lit red."""
    mr = np.zeros((16, 16, 3), np.uint8)
    mr[..., 1] = 200  # roughness 0.78 everywhere
    mr[:, :8, 2] = 255  # metallic on the left
    img, proj = render(renderer, target, intrinsics, quad_glb(tmp_path / "halb.glb", baseColorFactor=[220, 40, 40, 255], metallicFactor=1.0, roughnessFactor=1.0, metallicRoughnessTexture=mr))
    left, right = halves(img, proj, "x")
    assert right > left + 15, (left, right)

    # the same sphere as a rough and a smooth non-metal and as a metal: smoothness gathers the key
    # light into a brighter highlight; a metal loses its diffuse light (darker where lit)
    base = {"baseColorFactor": [200, 60, 60, 255]}
    rough, proj = render(renderer, target, intrinsics, sphere_glb(tmp_path / "rau.glb", metallicFactor=0.0, roughnessFactor=0.9, **base))
    smooth, _ = render(renderer, target, intrinsics, sphere_glb(tmp_path / "glatt.glb", metallicFactor=0.0, roughnessFactor=0.25, **base))
    metal, _ = render(renderer, target, intrinsics, sphere_glb(tmp_path / "metall.glb", metallicFactor=1.0, roughnessFactor=0.9, **base))
    mask = rough.astype(int).sum(axis=2) > 30  # the sphere
    assert smooth.astype(int).sum(axis=2)[mask].max() > rough.astype(int).sum(axis=2)[mask].max() + 40
    assert metal.astype(float)[mask].mean() < rough.astype(float)[mask].mean() - 10


def test_emission_and_occlusion(renderer, target, intrinsics, tmp_path):
    glow = np.zeros((16, 16, 3), np.uint8)
    glow[:, :8] = (255, 128, 0)  # the left half glows orange, the right half does not
    img, proj = render(renderer, target, intrinsics, quad_glb(tmp_path / "leuchten.glb", baseColorFactor=[0, 0, 0, 255], metallicFactor=0.0, roughnessFactor=1.0, emissiveFactor=[1.0, 1.0, 1.0], emissiveTexture=glow))
    left, right = halves(img, proj, "x")
    assert left > right + 60, (left, right)

    occl = np.full((16, 16, 3), 255, np.uint8)
    occl[:, :8, 0] = 0  # the left half fully occluded from its surroundings
    img, proj = render(renderer, target, intrinsics, quad_glb(tmp_path / "schatten.glb", baseColorFactor=[200, 200, 200, 255], metallicFactor=0.0, roughnessFactor=0.9, occlusionTexture=occl))
    left, right = halves(img, proj, "x")
    assert right > left + 15, (left, right)
