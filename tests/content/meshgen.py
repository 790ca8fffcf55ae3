"""Procedural test meshes written as real files (OBJ+MTL+PNG, PLY with colours, STL, GLB...).
Also used by benchmarks/content.py."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image


def bumpy_sphere(n_lat: int, n_lon: int, radius: float = 100.0):
    """A lumpy, skull-ish sphere as a UV grid: (positions, uv, faces). The u seam is a duplicated
    column of vertices, as in real texture atlases. 2 * n_lat * n_lon triangles (minus poles)."""
    lat = np.linspace(0.0, np.pi, n_lat + 1)
    lon = np.linspace(0.0, 2 * np.pi, n_lon + 1)
    th, ph = np.meshgrid(lat, lon, indexing="ij")
    r = radius * (1.0 + 0.12 * np.sin(5 * th) * np.cos(3 * ph) + 0.05 * np.cos(11 * ph) * np.sin(th) ** 2)
    pos = np.stack([r * np.sin(th) * np.cos(ph), r * np.cos(th) * 1.15, r * np.sin(th) * np.sin(ph)], axis=-1).reshape(-1, 3)
    uv = np.stack([ph / (2 * np.pi), 1.0 - th / np.pi], axis=-1).reshape(-1, 2)
    i, j = np.meshgrid(np.arange(n_lat), np.arange(n_lon), indexing="ij")
    a = (i * (n_lon + 1) + j).reshape(-1)
    b, c, d = a + n_lon + 1, a + 1, a + n_lon + 2
    faces = np.concatenate([np.stack([a, c, b], 1), np.stack([c, d, b], 1)])  # counter-clockwise seen from outside
    # drop the degenerate slivers at the poles
    tri = pos[faces]
    area = np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
    return pos, uv, faces[area > 1e-12 * radius * radius]


def stripe_texture(w: int = 1024, h: int = 512) -> Image.Image:
    """Bold coloured bands (so a texture that survives shows up in a thumbnail)."""
    x = np.linspace(0, 1, w)[None, :]
    y = np.linspace(0, 1, h)[:, None]
    r = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * x) * np.ones_like(y)
    g = 0.5 + 0.5 * np.cos(2 * np.pi * 3 * y) * np.ones_like(x)
    b = 0.3 + 0.4 * ((np.floor(x * 16) + np.floor(y * 8)) % 2)
    return Image.fromarray((np.stack([r, g, b], -1) * 255).astype(np.uint8), "RGB")


def write_obj(folder: Path, name: str, pos, uv, faces, texture: Image.Image | None = None) -> Path:
    """OBJ (+ MTL + PNG texture when given) in `folder`; returns the .obj path."""
    folder.mkdir(parents=True, exist_ok=True)
    obj = folder / f"{name}.obj"
    with open(obj, "w", encoding="utf-8") as f:
        if texture is not None:
            (folder / f"{name}.mtl").write_text(f"newmtl skin\nKd 1 1 1\nmap_Kd {name} texture.png\n", encoding="utf-8")
            texture.save(folder / f"{name} texture.png")
            f.write(f"mtllib {name}.mtl\nusemtl skin\n")
        np.savetxt(f, pos, fmt="v %.5f %.5f %.5f")
        if uv is not None:
            np.savetxt(f, uv, fmt="vt %.6f %.6f")
            fi = faces + 1
            np.savetxt(f, np.repeat(fi, 2, axis=1), fmt="f %d/%d %d/%d %d/%d")
        else:
            np.savetxt(f, faces + 1, fmt="f %d %d %d")
    return obj


def write_colored_ply(path: Path, n: int = 60) -> Path:
    """A drum: a cylinder with red and white vertex-coloured rim stripes, binary PLY, Z up (mm)."""
    import trimesh

    mesh = trimesh.creation.cylinder(radius=150.0, height=120.0, sections=n)
    mesh = mesh.subdivide().subdivide()
    z = mesh.vertices[:, 2]
    ang = np.arctan2(mesh.vertices[:, 1], mesh.vertices[:, 0])
    red = (np.abs(z) > 45) | ((np.floor(ang / (np.pi / 8)) % 2 == 0) & (np.abs(z) < 45))
    colors = np.where(red[:, None], [200, 30, 30, 255], [245, 245, 235, 255]).astype(np.uint8)
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=colors)
    path.write_bytes(mesh.export(file_type="ply"))
    return path
