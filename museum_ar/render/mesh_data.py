"""GLB / glTF (or any mesh trimesh reads) -> plain numpy arrays ready for the GPU. No GL here.

The content pipeline hands over GLB files in glTF's frame (metres, +Y up), which is the content
frame: no axis change is applied. Node transforms are baked into the vertices.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import ContentError
from ..core.transform import vec4

# One interleaved vertex: position (3), normal (3), uv (2), colour rgba (4) - float32.
VERTEX_FLOATS = 12
VERTEX_BYTES = VERTEX_FLOATS * 4


@dataclass
class PbrMaterial:
    """A glTF metallic-roughness material beyond its base colour, as the tablet's three.js reads
    it. Maps are HxWx(3|4) uint8, row 0 = top, sampled with the base colour's UVs: metallic in B
    and roughness in G of `metallic_roughness`, occlusion in R of `occlusion`, a tangent-space
    `normal` map (+Y up the picture), `emissive` in sRGB."""

    metallic: float = 1.0  # glTF's defaults when a material leaves them out
    roughness: float = 1.0
    emissive: tuple[float, float, float] = (0.0, 0.0, 0.0)
    metallic_roughness: np.ndarray | None = None
    normal: np.ndarray | None = None
    occlusion: np.ndarray | None = None
    emissive_map: np.ndarray | None = None

    def maps(self) -> dict[str, np.ndarray]:
        return {k: v for k, v in (("metallic_roughness", self.metallic_roughness), ("normal", self.normal), ("occlusion", self.occlusion), ("emissive", self.emissive_map)) if v is not None}

    @property
    def beyond_base_colour(self) -> bool:
        """Anything a plain rough, non-metal surface would not show: only then is PBR shading used
        (a rough dielectric looks the same under the simpler lighting, for less work)."""
        return bool(self.maps()) or self.metallic > 0.0 or self.roughness < 1.0 or max(self.emissive) > 0.0


@dataclass
class MeshPart:
    vertices: np.ndarray  # (N, 12) float32 interleaved, see VERTEX_FLOATS
    indices: np.ndarray  # (M*3,) uint32 triangle list
    base_color: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)
    texture: np.ndarray | None = None  # HxWx(3|4) uint8 base-colour image, row 0 = top
    double_sided: bool = True  # glTF materials say; False lets the renderer cull back faces (half the work)
    error: float = 0.0  # a simplified level: how far its surface may be from the original (part units)
    pbr: PbrMaterial | None = None  # glTF metallic-roughness beyond the base colour, when there is some

    @property
    def positions(self) -> np.ndarray:
        return self.vertices[:, :3]

    @property
    def triangles(self) -> int:
        return len(self.indices) // 3


@dataclass
class MeshData:
    parts: list[MeshPart]

    @property
    def triangles(self) -> int:
        return sum(p.triangles for p in self.parts)

    def bounds(self) -> np.ndarray:
        """(2, 3) min and max corner in the mesh's own frame."""
        pts = np.concatenate([p.positions for p in self.parts])
        return np.stack([pts.min(axis=0), pts.max(axis=0)])

    def triangle_corners(self) -> np.ndarray:
        """(T, 3, 3) float64 triangle corners, for CPU ray picking."""
        return np.concatenate([p.positions[p.indices.reshape(-1, 3)] for p in self.parts]).astype(np.float64)


def _image_array(image) -> np.ndarray | None:
    if image is None:
        return None
    mode = image.mode
    img = image.convert("RGBA" if mode in ("RGBA", "LA", "P", "PA") else "RGB")
    return np.asarray(img, dtype=np.uint8)


def _part_from_trimesh(geom, transform: np.ndarray) -> MeshPart | None:
    import trimesh
    from trimesh.visual import ColorVisuals, TextureVisuals

    if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
        return None
    pos = trimesh.transform_points(np.asarray(geom.vertices, dtype=np.float64), transform)
    normal_m = np.linalg.inv(transform[:3, :3]).T
    normals = np.asarray(geom.vertex_normals, dtype=np.float64) @ normal_m.T
    normals /= np.maximum(np.linalg.norm(normals, axis=1, keepdims=True), 1e-12)
    n = len(pos)
    uv = np.zeros((n, 2))
    color = np.ones((n, 4))
    base = (1.0, 1.0, 1.0, 1.0)
    texture = None
    pbr = None
    double_sided = True  # no material (vertex/face colours): draw both sides, as viewers do
    visual = geom.visual
    if isinstance(visual, TextureVisuals):  # (its kind is "texture")
        if getattr(visual, "uv", None) is not None and len(visual.uv) == n:
            # glTF's v runs down the image; trimesh flips it to OpenGL's up: flip back so v = 0 is the top row.
            uv = np.asarray(visual.uv, dtype=np.float64).copy()
            uv[:, 1] = 1.0 - uv[:, 1]
        mat = visual.material
        double_sided = bool(getattr(mat, "doubleSided", False))
        factor = getattr(mat, "baseColorFactor", None)
        if factor is not None:
            base = vec4(float(c) / (255.0 if np.asarray(factor).dtype == np.uint8 else 1.0) for c in factor)
        elif hasattr(mat, "baseColorFactor"):
            # a glTF material without the factor: glTF's default is white (1, 1, 1, 1). trimesh's
            # main_color would say 0.4 grey here, which darkened every such model.
            base = (1.0, 1.0, 1.0, 1.0)
        elif getattr(mat, "main_color", None) is not None:  # OBJ/MTL: its diffuse colour
            base = vec4(float(c) / 255.0 for c in mat.main_color)
        texture = _image_array(getattr(mat, "baseColorTexture", None) or getattr(mat, "image", None))
        pbr = _pbr_of(mat)
        # glTF COLOR_0 next to a material (what the content pipeline writes for coloured scans):
        # trimesh keeps it as a vertex attribute; it multiplies the base colour.
        attrs = getattr(visual, "vertex_attributes", None)
        if attrs is not None and "color" in attrs and len(attrs["color"]) == n:
            vc = np.asarray(attrs["color"])[:, :4].astype(np.float64)
            color = vc / 255.0 if vc.max(initial=0) > 1.0 or attrs["color"].dtype == np.uint8 else vc
            if color.shape[1] == 3:
                color = np.hstack([color, np.ones((n, 1))])
    elif isinstance(visual, ColorVisuals) and visual.kind == "vertex":
        vc = np.asarray(visual.vertex_colors)
        if len(vc) == n:
            color = vc[:, :4].astype(np.float64) / 255.0
    elif isinstance(visual, ColorVisuals) and visual.kind == "face":
        # Face colours: unshare vertices so each face keeps its own colour.
        fc = np.asarray(visual.face_colors)[:, :4].astype(np.float64) / 255.0
        faces = np.asarray(geom.faces)
        pos, normals = pos[faces].reshape(-1, 3), normals[faces].reshape(-1, 3)
        uv = np.zeros((len(pos), 2))
        color = np.repeat(fc, 3, axis=0)
        indices = np.arange(len(pos), dtype=np.uint32)
        return MeshPart(np.hstack([pos, normals, uv, color]).astype(np.float32), indices, base, None)
    indices = np.asarray(geom.faces, dtype=np.uint32).reshape(-1)
    vertices = np.hstack([pos, normals, uv, color]).astype(np.float32)
    return MeshPart(np.ascontiguousarray(vertices), np.ascontiguousarray(indices), base, texture, double_sided, pbr=pbr)


def _pbr_of(mat) -> PbrMaterial | None:
    """The material's metallic-roughness part (trimesh's PBRMaterial: what glTF files load as), or
    None for other materials (OBJ/MTL) and for plain rough non-metals."""
    if not hasattr(mat, "metallicRoughnessTexture"):
        return None

    def factor(name: str, default: float) -> float:
        v = getattr(mat, name, None)
        return default if v is None else float(v)

    emissive = getattr(mat, "emissiveFactor", None)
    pbr = PbrMaterial(
        metallic=factor("metallicFactor", 1.0),
        roughness=factor("roughnessFactor", 1.0),
        emissive=(0.0, 0.0, 0.0) if emissive is None else (float(emissive[0]), float(emissive[1]), float(emissive[2])),
        metallic_roughness=_image_array(getattr(mat, "metallicRoughnessTexture", None)),
        normal=_image_array(getattr(mat, "normalTexture", None)),
        occlusion=_image_array(getattr(mat, "occlusionTexture", None)),
        emissive_map=_image_array(getattr(mat, "emissiveTexture", None)),
    )
    return pbr if pbr.beyond_base_colour else None


def load_mesh(path: str | Path) -> MeshData:
    """Read a mesh file into GPU-ready parts. Raises ContentError naming the file if it cannot."""
    import trimesh

    path = Path(path)
    if not path.is_file():
        raise ContentError("mesh file not found", path=path)
    try:
        scene = trimesh.load_scene(str(path), process=False)
    except Exception as exc:  # trimesh raises many kinds for broken files
        raise ContentError(f"cannot read this mesh: {exc}", path=path) from None
    parts = []
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        part = _part_from_trimesh(scene.geometry[geom_name], np.asarray(transform, dtype=np.float64))
        if part is not None:
            parts.append(part)
    if not parts:
        raise ContentError("the file has no triangles to draw", path=path)
    return MeshData(parts)


# Coarser versions of dense parts, for when a mesh covers few pixels: software GL (and tablets)
# pay per triangle, and triangles smaller than a pixel add nothing visible. Each level halves the
# triangles of the one before; levels stop when the simplifier cannot go further.
LOD_STEP = 0.5
LOD_MIN_TRIANGLES = 4_000  # parts smaller than this are always drawn in full
LOD_COARSEST_TRIANGLES = 500  # no level below this many triangles


def simplified(part: MeshPart, triangles: int) -> MeshPart | None:
    """A copy of the part with at most about `triangles` triangles, made by meshoptimizer's edge
    collapse (the simplifier the content pipeline uses): it keeps a subset of the original
    vertices, so normals, UVs and colours stay exact, and it does not tear UV or colour seams.
    `error` is the largest distance of the simplified surface from the original, in the part's own
    units (the renderer projects it to pixels). None if nothing could be removed."""
    import meshoptimizer as mo

    positions = np.ascontiguousarray(part.vertices[:, :3], dtype=np.float32)
    dst = np.empty_like(part.indices)
    err = np.zeros(1, dtype=np.float32)
    n = mo.simplify(dst, part.indices, positions, target_index_count=3 * int(triangles), target_error=1.0, options=mo.SIMPLIFY_ERROR_ABSOLUTE, result_error=err)
    if n == 0 or n >= len(part.indices):
        return None
    used, local = np.unique(dst[:n], return_inverse=True)  # only the vertices this level uses
    return MeshPart(np.ascontiguousarray(part.vertices[used]), np.ascontiguousarray(local.astype(np.uint32)), part.base_color, part.texture, part.double_sided, float(err[0]), part.pbr)


def detail_levels(part: MeshPart) -> list[MeshPart]:
    """The part itself followed by its coarser versions (none for small parts), each with about
    half the triangles of the one before, and a geometric error that never shrinks."""
    levels = [part]
    if part.triangles < LOD_MIN_TRIANGLES:
        return levels
    while levels[-1].triangles * LOD_STEP >= LOD_COARSEST_TRIANGLES:
        lod = simplified(part, int(levels[-1].triangles * LOD_STEP))  # from the original each time: errors do not add up
        if lod is None or lod.triangles > levels[-1].triangles * 0.8:
            break  # the topology stopped the simplifier
        lod.error = max(lod.error, levels[-1].error)
        levels.append(lod)
    return levels


def is_closed_outward(part: MeshPart) -> bool:
    """True if the part's surface is closed (every edge shared by exactly two triangles, once in
    each direction: consistent winding) and wound counter-clockwise seen from outside (positive
    volume). Such a part shows only front faces from outside, so back faces may be culled even
    when the material is double-sided. Vertices split at UV or normal seams are joined by position."""
    pos = part.vertices[:, :3]
    if len(part.indices) < 12:
        return False
    key = np.round(pos.astype(np.float64), 6) + 0.0  # + 0.0: -0.0 becomes 0.0 (unique compares bytes)
    _, ids = np.unique(key, axis=0, return_inverse=True)
    tri = ids.reshape(-1)[part.indices.astype(np.int64)].reshape(-1, 3)
    tri = tri[(tri[:, 0] != tri[:, 1]) & (tri[:, 1] != tri[:, 2]) & (tri[:, 2] != tri[:, 0])]
    if len(tri) < 4:
        return False
    edges = np.concatenate([tri[:, [0, 1]], tri[:, [1, 2]], tri[:, [2, 0]]])
    n = int(ids.max()) + 1
    directed = edges[:, 0] * n + edges[:, 1]
    reverse = edges[:, 1] * n + edges[:, 0]
    uniq = np.unique(directed)
    if len(uniq) != len(directed):  # an edge used twice in the same direction: inconsistent winding
        return False
    if not np.isin(reverse, uniq, assume_unique=False).all():  # an open boundary edge
        return False
    p = pos.astype(np.float64)[part.indices.astype(np.int64)].reshape(-1, 3, 3)
    volume = np.einsum("ij,ij->i", p[:, 0], np.cross(p[:, 1], p[:, 2])).sum() / 6.0
    return bool(volume > 0)
