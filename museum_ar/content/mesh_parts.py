"""A mesh as the pipeline sees it: a list of parts, each one material with plain numpy arrays.

Keeping every material as its own part (instead of merging them into one) means multi-material
files (OBJ with several MTL entries, Sketchfab GLBs) survive import without building a texture
atlas: each part is decimated to its share of the budget and written as its own glTF primitive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image


@dataclass
class Material:
    name: str = ""
    base_color: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)  # linear RGBA factor
    base_color_image: Image.Image | None = None
    metallic: float = 0.0
    roughness: float = 1.0  # scans and prints look matte; PBR sources bring their own values
    alpha_mode: str = "OPAQUE"
    alpha_cutoff: float = 0.5
    double_sided: bool = False
    # The other PBR maps (all on TEXCOORD_0, as the decimated parts have one UV set). The renderer
    # on the desktop draws base colour only; the tablet's three.js draws them all.
    normal_image: Image.Image | None = None
    occlusion_image: Image.Image | None = None
    metallic_roughness_image: Image.Image | None = None
    emissive_image: Image.Image | None = None
    emissive_factor: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def images(self) -> dict[str, Image.Image]:
        """The maps this material has, by glTF slot name."""
        slots = {"baseColorTexture": self.base_color_image, "normalTexture": self.normal_image,
                 "occlusionTexture": self.occlusion_image, "metallicRoughnessTexture": self.metallic_roughness_image,
                 "emissiveTexture": self.emissive_image}
        return {k: v for k, v in slots.items() if v is not None}

    def drop_images(self) -> None:
        self.base_color_image = self.normal_image = self.occlusion_image = None
        self.metallic_roughness_image = self.emissive_image = None


@dataclass
class Part:
    positions: np.ndarray  # (n, 3) float64
    faces: np.ndarray  # (m, 3) int64
    uv: np.ndarray | None = None  # (n, 2) float, OBJ convention (v up); None when untextured
    colors: np.ndarray | None = None  # (n, 4) uint8 RGBA vertex colours
    normals: np.ndarray | None = None  # (n, 3) float, unit: the file's own normals (glTF), kept as authored
    material: Material = field(default_factory=Material)
    inside_out_fixed: bool = False  # set when import turned an inward-facing closed mesh outwards
    duplicate_faces: int = 0  # repeated faces dropped by import

    @property
    def triangles(self) -> int:
        return len(self.faces)


def total_triangles(parts: list[Part]) -> int:
    return sum(p.triangles for p in parts)


def used_vertices(n: int, faces: np.ndarray) -> np.ndarray:
    """Boolean mask of the vertices that some face uses (O(n), unlike np.unique)."""
    mask = np.zeros(n, dtype=bool)
    mask[faces.reshape(-1)] = True
    return mask


def bounds(parts: list[Part]) -> tuple[np.ndarray, np.ndarray]:
    """Bounding box of the vertices the faces use (stray unused vertices do not count)."""
    lows, highs = [], []
    for p in parts:
        mask = used_vertices(len(p.positions), p.faces)
        used = p.positions if mask.all() else p.positions[mask]  # no copy of a triangle soup's vertices
        lows.append(used.min(axis=0))
        highs.append(used.max(axis=0))
    return np.min(lows, axis=0), np.max(highs, axis=0)


def weld(positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(unique positions, index of each vertex's unique position): vertices at exactly the same
    place merged (-0.0 and 0.0 are one place). The unique positions come in the order of their
    bytes (what np.unique on the rows as raw bytes gave, which the outputs were made with) and
    each is the first vertex at that place.

    Vertices are grouped by a 64-bit hash of their 24 bytes (one 8-byte key a vertex to sort,
    where sorting the three coordinates held an index array and a sorted copy of each: a 1.5 M
    triangle soup's weld needed ~140 MB on top of its 108 MB of vertices, now ~80 MB); every
    vertex is then checked against the first of its group, so a hash collision can only send the
    weld to the exact sort (`_weld_sorted`), never merge two places. Only the unique positions
    (a third of a soup's) are sorted by their bytes."""
    pos = np.ascontiguousarray(positions, dtype=np.float64)
    n = len(pos)
    if n == 0:
        return pos.copy(), np.zeros(0, dtype=np.int64)
    h = np.empty(n, dtype=np.uint64)
    for lo in range(0, n, _SLICE):
        h[lo : lo + _SLICE] = _hash_rows(_bits(pos[lo : lo + _SLICE]))
    order = np.argsort(h)
    h.sort()  # in place: the same as h[order], without a third vertex-sized array
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(h[1:], h[:-1], out=new[1:])
    del h
    starts = np.flatnonzero(new)  # (in `order`) where each group begins
    first = np.minimum.reduceat(order, starts)  # the first vertex at each place
    del starts
    seen = 0
    for lo in range(0, n, _SLICE):
        part = new[lo : lo + _SLICE]
        group = np.cumsum(part) + (seen - 1)
        seen += int(np.count_nonzero(part))
        if not (_bits(pos[order[lo : lo + _SLICE]]) == _bits(pos[first[group]])).all():
            return _weld_sorted(pos + 0.0)  # two places with one hash
    # the groups in the order of their bytes, as the sort of all rows gave them
    uniq = pos[first] + 0.0
    be = uniq.view(">u8")
    by_bytes = np.lexsort((be[:, 2], be[:, 1], be[:, 0]))
    del be
    rank = np.empty(len(first), dtype=np.int64)
    rank[by_bytes] = np.arange(len(first))
    inverse = np.empty(n, dtype=np.int64)
    seen = 0
    for lo in range(0, n, _SLICE):
        part = new[lo : lo + _SLICE]
        group = np.cumsum(part) + (seen - 1)
        seen += int(np.count_nonzero(part))
        inverse[order[lo : lo + _SLICE]] = rank[group]
    return uniq[by_bytes], inverse


def _bits(rows: np.ndarray) -> np.ndarray:
    """The rows' bytes as uint64, -0.0 read as 0.0 (one place), a copy of a slice."""
    return (rows + 0.0).view(np.uint64)


_SLICE = 1 << 18  # vertices hashed / checked / numbered in one go (each slice: ~5 copies of 6 MB)


def _hash_rows(bits: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of three uint64: each coordinate folded in and mixed by
    MurmurHash3's finaliser (a weaker mix, multiplications and one shift, collided hundreds of
    times on a scaled, turned sphere). Arithmetic wraps mod 2**64."""
    h = _mix(bits[:, 0].copy())
    h ^= bits[:, 1]
    h = _mix(h)
    h ^= bits[:, 2]
    return _mix(h)


def _mix(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's fmix64, in place."""
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


def _weld_sorted(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`weld` by sorting the three coordinates (read as big-endian integers: a view whose integer
    order is the bytes' order), for the rare mesh with a hash collision; `pos` without -0.0."""
    n = len(pos)
    be = pos.view(">u8")
    order = np.lexsort((be[:, 2], be[:, 1], be[:, 0]))  # stable: the first vertex of a place first
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for j in range(3):
        ks = be[:, j][order]
        new[1:] |= ks[1:] != ks[:-1]
        del ks
    first = order[new]
    inverse = np.empty(n, dtype=np.int64)
    group = np.cumsum(new)
    group -= 1
    inverse[order] = group
    return pos[first] + 0.0, inverse


