"""A real GLB with every glTF PBR map (base colour with alpha, metallic-roughness, normal,
occlusion, emissive), written by trimesh's glTF exporter: a textured plate 8 cm wide."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

MAP_PX = 64


def _gradient(channel_values) -> Image.Image:
    """An RGB(A) map whose pixels are known: value = f(x, y) per channel."""
    y, x = np.mgrid[0:MAP_PX, 0:MAP_PX]
    chans = [np.asarray(f(x, y), dtype=np.uint8) for f in channel_values]
    return Image.fromarray(np.stack(chans, axis=2), "RGBA" if len(chans) == 4 else "RGB")


def pbr_maps() -> dict[str, Image.Image]:
    return {
        "base": _gradient([lambda x, y: x * 4, lambda x, y: y * 4, lambda x, y: 128 + 0 * x, lambda x, y: 255 - x * 2]),
        "mr": _gradient([lambda x, y: 0 * x, lambda x, y: 40 + x * 3, lambda x, y: 200 - y * 3]),
        "normal": _gradient([lambda x, y: 128 + 0 * x, lambda x, y: 128 + 0 * x, lambda x, y: 255 + 0 * x]),
        "occlusion": _gradient([lambda x, y: 255 - y * 2, lambda x, y: 0 * x, lambda x, y: 0 * x]),
        "emissive": _gradient([lambda x, y: y * 2, lambda x, y: 0 * x, lambda x, y: x * 2]),
    }


def pbr_plate_glb(path: Path) -> Path:
    import trimesh

    maps = pbr_maps()
    w = 0.08
    verts = np.array([[-w / 2, 0, 0], [w / 2, 0, 0], [w / 2, w, 0], [-w / 2, w, 0]], dtype=np.float64)
    faces = np.array([[0, 1, 2], [0, 2, 3]])
    uv = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=np.float64)
    material = trimesh.visual.material.PBRMaterial(
        name="plate",
        baseColorFactor=[1.0, 0.8, 0.6, 1.0],
        baseColorTexture=maps["base"],
        metallicFactor=0.7,
        roughnessFactor=0.4,
        metallicRoughnessTexture=maps["mr"],
        normalTexture=maps["normal"],
        occlusionTexture=maps["occlusion"],
        emissiveTexture=maps["emissive"],
        emissiveFactor=[0.5, 0.25, 1.0],
        alphaMode="BLEND",
        doubleSided=True,
    )
    mesh = trimesh.Trimesh(verts, faces, process=False, visual=trimesh.visual.TextureVisuals(uv=uv, material=material))
    path.write_bytes(mesh.export(file_type="glb"))
    return path
