"""An item's GLB read into what a USDZ mesh needs: triangles, normals, texture coordinates and the
glTF metallic-roughness material with every map it carries.

AR Quick Look (RealityKit) draws no vertex colours, and the content pipeline stores coloured scans
as COLOR_0. Such parts get their colours baked into a texture that reproduces them exactly: each
triangle owns a 2x2 block of texels, its three corners sit on three texel centres, and the fourth
texel is c10 + c01 - c00, which makes bilinear filtering equal to the barycentric blend of the
three corner colours (see `bake_vertex_colours`). Texture coordinates become face-varying, so the
points stay shared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from ..core.errors import BundleError

MAX_TEXTURE_PX = 2048  # AR Quick Look's guidance: one set of PBR maps, each at most 2048 x 2048


@dataclass
class PbrMaps:
    """glTF's metallic-roughness material, factors in linear 0..1, maps as PIL images."""

    base_color: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)
    metallic: float = 1.0
    roughness: float = 1.0
    emissive: tuple[float, float, float] = (0.0, 0.0, 0.0)
    alpha_mode: str = "OPAQUE"  # OPAQUE | MASK | BLEND
    alpha_cutoff: float = 0.5
    double_sided: bool = False
    base_color_map: Image.Image | None = None
    normal_map: Image.Image | None = None
    occlusion_map: Image.Image | None = None  # red channel
    metallic_roughness_map: Image.Image | None = None  # roughness in green, metallic in blue
    emissive_map: Image.Image | None = None


@dataclass
class MeshPiece:
    name: str
    points: np.ndarray  # (N, 3) float, in the item's own frame (node transforms applied)
    faces: np.ndarray  # (T, 3) int
    normals: np.ndarray  # (N, 3)
    st: np.ndarray | None  # (N, 2) per point, or (T*3, 2) face-varying when st_face_varying; t = 0 at the bottom
    st_face_varying: bool = False
    material: PbrMaps = field(default_factory=PbrMaps)
    colours_dropped: bool = False  # vertex colours left out: the part has a colour texture too (USDZ carries one)
    colours: np.ndarray | None = None  # (N, 4) linear vertex colours, baked by `bake_piece`


def _factor(values, n: int, default) -> tuple:
    if values is None:
        return default
    arr = np.asarray(values, dtype=np.float64).reshape(-1)[:n]
    if np.asarray(values).dtype == np.uint8:
        arr = arr / 255.0
    return tuple(float(v) for v in arr)


def _pbr(mat) -> PbrMaps:
    out = PbrMaps()
    if mat is None:
        return out
    import trimesh

    if getattr(mat, "baseColorFactor", None) is not None:
        out.base_color = _factor(mat.baseColorFactor, 4, out.base_color)
    elif not isinstance(mat, trimesh.visual.material.PBRMaterial) and getattr(mat, "main_color", None) is not None:
        # a SimpleMaterial (OBJ-style); a PBR material without a factor means glTF's 1.0, not
        # trimesh's grey main_color
        out.base_color = _factor(np.asarray(mat.main_color, dtype=np.uint8), 4, out.base_color)
    for name, attr in (("metallic", "metallicFactor"), ("roughness", "roughnessFactor")):
        value = getattr(mat, attr, None)
        if value is not None:
            setattr(out, name, float(value))
    if getattr(mat, "emissiveFactor", None) is not None:
        out.emissive = _factor(mat.emissiveFactor, 3, out.emissive)
    out.alpha_mode = str(getattr(mat, "alphaMode", None) or "OPAQUE").upper()
    if getattr(mat, "alphaCutoff", None) is not None:
        out.alpha_cutoff = float(mat.alphaCutoff)
    out.double_sided = bool(getattr(mat, "doubleSided", False))
    out.base_color_map = getattr(mat, "baseColorTexture", None) or getattr(mat, "image", None)
    out.normal_map = getattr(mat, "normalTexture", None)
    out.occlusion_map = getattr(mat, "occlusionTexture", None)
    out.metallic_roughness_map = getattr(mat, "metallicRoughnessTexture", None)
    out.emissive_map = getattr(mat, "emissiveTexture", None)
    if out.emissive_map is not None and out.emissive == (0.0, 0.0, 0.0):
        out.emissive = (1.0, 1.0, 1.0)  # trimesh leaves the factor unset when only the map is given
    return out


def _vertex_colours(geom) -> np.ndarray | None:
    """(N, 4) linear 0..1 colours of a trimesh geometry, or None when it has none."""
    visual = geom.visual
    n = len(geom.vertices)
    raw = None
    if getattr(visual, "kind", None) == "vertex":
        raw = np.asarray(visual.vertex_colors)
    attrs = getattr(visual, "vertex_attributes", None)
    if raw is None and attrs is not None and "color" in attrs:
        raw = np.asarray(attrs["color"])
    if raw is None or len(raw) != n:
        return None
    colours = raw[:, :4].astype(np.float64)
    if raw.dtype == np.uint8 or colours.max(initial=0) > 1.0:
        colours /= 255.0
    if colours.shape[1] == 3:
        colours = np.hstack([colours, np.ones((n, 1))])
    return colours


def linear_to_srgb(c: np.ndarray) -> np.ndarray:
    c = np.clip(c, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)


def bake_vertex_colours(faces: np.ndarray, colours: np.ndarray) -> tuple[Image.Image, np.ndarray]:
    """An sRGB RGBA texture and face-varying (T*3, 2) st that reproduce per-vertex linear colours
    exactly under bilinear filtering (module docstring). Raises BundleError beyond 2048 px."""
    t = len(faces)
    cols = max(1, math.ceil(math.sqrt(t)))
    rows = max(1, math.ceil(t / cols))
    w, h = 2 * cols, 2 * rows
    if max(w, h) > MAX_TEXTURE_PX:
        raise BundleError(f"{t} vertex-coloured triangles need a {w}x{h} px colour texture, above AR Quick Look's {MAX_TEXTURE_PX} px")
    c = colours[faces]  # (T, 3, 4) linear
    # The fourth texel c_b + c_c - c_a can leave 0..1 and be clipped; of the three ways to put a
    # triangle's corners on its block, take the one that clips least.
    overflow = []
    for r in range(3):
        a, b, d = c[:, r], c[:, (r + 1) % 3], c[:, (r + 2) % 3]
        fourth = b + d - a
        overflow.append(np.maximum(fourth - 1.0, 0.0).sum(axis=1) + np.maximum(-fourth, 0.0).sum(axis=1))
    rot = np.argmin(np.stack(overflow, axis=1), axis=1)
    i = np.arange(t)
    c0, c1, c2 = c[i, rot], c[i, (rot + 1) % 3], c[i, (rot + 2) % 3]
    texels = np.zeros((h, w, 4))
    x, y = 2 * (i % cols), 2 * (i // cols)
    texels[y, x] = c0
    texels[y, x + 1] = c1
    texels[y + 1, x] = c2
    texels[y + 1, x + 1] = c1 + c2 - c0
    rgb = linear_to_srgb(texels[..., :3])
    alpha = np.clip(texels[..., 3:], 0.0, 1.0)
    img = Image.fromarray(np.round(np.concatenate([rgb, alpha], axis=2) * 255).astype(np.uint8), "RGBA")
    img.info["museum_ar_baked"] = True  # JPEG's 8x8 blocks would bleed between triangles: stored as PNG
    # corner k of the triangle sits at block position (k - rot) mod 3: (0,0), (1,0) or (0,1)
    pos = (np.arange(3)[None, :] - rot[:, None]) % 3
    corner_x = (x[:, None] + (pos == 1)).reshape(-1)
    corner_y = (y[:, None] + (pos == 2)).reshape(-1)
    st = np.stack([(corner_x + 0.5) / w, 1.0 - (corner_y + 0.5) / h], axis=1)
    return img, st


def read_glb_pieces(path: Path, label: str) -> list[MeshPiece]:
    """The GLB's triangle parts in the item's own frame. Raises BundleError naming the item."""
    import trimesh
    from trimesh.visual import ColorVisuals

    try:
        scene = trimesh.load_scene(str(path), process=False)
    except Exception as exc:
        raise BundleError(f"cannot read the mesh of {label} for the USDZ: {exc}", path=path) from None
    pieces = []
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        geom = scene.geometry[geom_name]
        if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
            continue
        transform = np.asarray(transform, dtype=np.float64)
        points = trimesh.transform_points(np.asarray(geom.vertices, dtype=np.float64), transform)
        normal_m = np.linalg.inv(transform[:3, :3]).T
        normals = np.asarray(geom.vertex_normals, dtype=np.float64) @ normal_m.T
        normals /= np.maximum(np.linalg.norm(normals, axis=1, keepdims=True), 1e-12)
        faces = np.asarray(geom.faces, dtype=np.int64)
        if np.linalg.det(transform[:3, :3]) < 0:  # a mirroring node: keep the winding outward
            faces = faces[:, ::-1]
        visual = geom.visual
        material = _pbr(getattr(visual, "material", None))
        uv = getattr(visual, "uv", None) if getattr(visual, "kind", None) == "texture" else None
        st = np.asarray(uv, dtype=np.float64) if uv is not None and len(uv) == len(points) else None
        piece = MeshPiece(str(node), points, faces, normals, st, material=material)
        colours = _vertex_colours(geom)
        if isinstance(visual, ColorVisuals) and visual.kind == "face":
            fc = np.asarray(visual.face_colors)[:, :4].astype(np.float64) / 255.0
            piece.points, piece.normals = points[faces].reshape(-1, 3), piece.normals[faces].reshape(-1, 3)
            colours = np.repeat(fc, 3, axis=0)
            faces = piece.faces = np.arange(len(piece.points)).reshape(-1, 3)
            piece.st = None
        if colours is not None and not np.allclose(colours, 1.0, atol=1 / 255):
            if material.base_color_map is not None:
                piece.colours_dropped = True
            else:
                piece.colours = colours
        pieces.append(piece)
    if not pieces:
        raise BundleError(f"the mesh of {label} has no triangles for the USDZ", path=path)
    return pieces


def bake_piece(piece: MeshPiece) -> MeshPiece:
    """Vertex colours (times the base colour factor) into a texture with face-varying st."""
    if piece.colours is not None:
        factor = np.asarray(piece.material.base_color)
        img, st = bake_vertex_colours(piece.faces, piece.colours * factor[None, :])
        piece.material.base_color_map = img
        piece.material.base_color = (1.0, 1.0, 1.0, 1.0)
        piece.st, piece.st_face_varying, piece.colours = st, True, None
    return piece


def fit_triangle_budget(pieces: list[MeshPiece], budget: int) -> int:
    """Simplify the pieces in place (meshoptimizer, original vertices kept, so colours and UVs
    stay) so that together they have at most `budget` triangles, each in proportion to its size.
    Returns the triangles before."""
    import meshoptimizer as mo

    total = sum(len(p.faces) for p in pieces)
    if total <= budget:
        return total
    for p in pieces:
        target = max(1, int(len(p.faces) * budget / total))
        pos = np.ascontiguousarray(p.points, dtype=np.float32)
        idx = np.ascontiguousarray(p.faces, dtype=np.uint32).reshape(-1)
        dst = np.empty_like(idx)
        n = mo.simplify(dst, idx, pos, target_index_count=3 * target, target_error=1.0)
        if n > 3 * target:  # borders and non-manifold scans stop it short: the sloppy one never does
            idx2 = dst[:n].copy()
            n = mo.simplify_sloppy(dst, idx2, pos, target_index_count=3 * target, target_error=1.0)
        p.faces = dst[: min(n, 3 * target)].reshape(-1, 3).astype(np.int64)
    return total
