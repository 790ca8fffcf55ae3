"""Bring a mesh down to a triangle budget while keeping its texture mapping and vertex colours.

We use meshoptimizer's simplifier (the same edge-collapse simplifier gltf-transform uses) through
its Python wrapper. It collapses edges onto *existing* vertices, so every kept vertex keeps its
texture coordinate and colour exactly, and it recognises attribute seams (vertices at one position
with different UVs) and moves both sides of a seam together, so texture seams neither tear into
cracks nor smear the texture. fast-simplification (quadric placement of new vertices) was tried
first: it decimates positions only, and re-projecting UVs onto a decimated mesh broke faces that
straddle a seam of a single UV island (e.g. the u=0/u=1 seam of a wrapped scan).

Normals are computed on the position-welded mesh so shading is smooth across texture seams, and
split where faces meet at more than 60 degrees so hard edges (plinths, CAD parts) stay sharp.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.progress import NO_PROGRESS, Progress
from .heap import trim
from .mesh_parts import Part, weld
from .park import Parked
from .simplify_chunks import simplify_slabs, slab_count


@dataclass
class Primitive:
    """Arrays ready to be written as one glTF primitive."""

    positions: np.ndarray  # (n, 3) float32
    normals: np.ndarray  # (n, 3) float32, unit length
    indices: np.ndarray  # (m, 3) uint32
    uv: np.ndarray | None  # (n, 2) float32, OBJ convention (v up)
    colors: np.ndarray | None  # (n, 4) uint8
    part: Part  # for the material

    @property
    def triangles(self) -> int:
        return len(self.indices)


_FLOOR = 24  # triangles every part keeps at least (a 12-triangle box stays a box)


def budget_shares(parts: list[Part], budget: int) -> list[int]:
    """Triangles each part may keep, summing to at most `budget`: small parts keep up to _FLOOR
    triangles, the rest of the budget is shared in proportion to size."""
    sizes = [p.triangles for p in parts]
    total = sum(sizes)
    if total <= budget:
        return sizes
    floors = [min(t, _FLOOR) for t in sizes]
    if sum(floors) > budget:
        return [int(budget * t // total) for t in sizes]
    rest, spare = budget - sum(floors), total - sum(floors)
    return [f + int(rest * (t - f) // spare) for t, f in zip(sizes, floors)]


def to_primitives(parts: list[Part], budget: int, progress: Progress = NO_PROGRESS, *, release: bool = False) -> list[Primitive]:
    """`release`: each part's source arrays (positions, faces, uv, colours, normals) are let go as
    soon as its primitive is made, or, for a triangle soup, as soon as it is welded (its faces,
    0, 1, 2, ..., before the weld), so they are not held through the simplification beside what
    is made of them (a 1.5M-triangle STL: 144 MB).
    The parts then keep only their material and the facts import reports; for an import's own
    parts, which nothing reads afterwards."""
    out = []
    shares = budget_shares(parts, budget)
    for i, (part, share) in enumerate(zip(parts, shares)):
        step = progress.scaled(i / len(parts), (i + 1) / len(parts))
        if share < 1:
            continue  # a speck too small to get even one triangle of the budget
        prim = _primitive_of(part, share, step, release)
        if release:
            part.uv = part.colors = part.normals = None
        if prim.triangles:
            out.append(prim)
    return out


# A vertex shared by more faces than this is not a surface a scanner or modeller makes; the
# simplifier's work grows with it (2M copies of one face ran for more than 5 minutes).
MAX_FACES_PER_VERTEX = 100_000


def unique_faces(faces: np.ndarray) -> tuple[np.ndarray, int]:
    """Faces with repeats (the same three vertices, in any order) removed, first kept; and how
    many were removed. Duplicates add nothing to see and make the simplifier quadratic."""
    if len(faces) < 2:
        return faces, 0
    if int(faces.max()) < (1 << 21):
        packed = _packed_faces(faces)
        # sorted in place, repeats show as equal neighbours: most meshes have none and are done
        # with this one key array (np.unique(return_index=True) held five face-sized arrays:
        # its flattened copy, order, sorted copy, uniques and first indices, 80 MB for 2 M faces)
        packed.sort()
        repeats = bool((packed[1:] == packed[:-1]).any())
        del packed
        if not repeats:
            return faces, 0
        packed = _packed_faces(faces)
        order = np.argsort(packed, kind="stable")  # stable: the first of equal keys comes first
        packed.sort()  # (in place: packed[order] without a second key array)
        new = np.empty(len(packed), dtype=bool)
        new[0] = True
        np.not_equal(packed[1:], packed[:-1], out=new[1:])
        del packed
        first = order[new]  # what np.unique(packed, return_index=True) gives
        del order, new
    else:
        key = np.sort(faces, axis=1)
        rows = np.ascontiguousarray(key).view(np.dtype((np.void, 24))).reshape(-1)
        _, first = np.unique(rows, return_index=True)
    if len(first) == len(faces):
        return faces, 0
    first.sort()
    return faces[first], int(len(faces) - len(first))


def _packed_faces(faces: np.ndarray) -> np.ndarray:
    """Each face's sorted corners packed into one int64 (corners below 2**21), a slice of faces
    at a time: one 8-byte key per face is held, not the sorted (m, 3) copy (48 MB for 2 M faces)."""
    packed = np.empty(len(faces), dtype=np.int64)
    for lo in range(0, len(faces), _FACE_SLICE):
        key = np.sort(faces[lo : lo + _FACE_SLICE], axis=1)
        packed[lo : lo + len(key)] = (key[:, 0] << 42) | (key[:, 1] << 21) | key[:, 2]
    return packed


def check_valence(faces: np.ndarray, n_vertices: int) -> None:
    from ..core.errors import ContentError

    if len(faces) > MAX_FACES_PER_VERTEX:
        most = int(np.bincount(faces.reshape(-1), minlength=n_vertices).max())
        if most > MAX_FACES_PER_VERTEX:
            raise ContentError(f"has a vertex used by {most:,} faces (more than {MAX_FACES_PER_VERTEX:,}); "
                               "the mesh looks generated wrongly; clean it (MeshLab: Remove Duplicate Faces) first")


def simplify_indices(positions: np.ndarray, faces: np.ndarray, target: int, *, overwrite: bool = False) -> np.ndarray:
    """Faces (indices into `positions`) reduced to at most `target` triangles. `overwrite`: a
    uint32 `faces` may be used as the simplifier's output buffer (meshoptimizer copies the
    indices into its destination first and works there; an index buffer less of a 2 M-triangle
    mesh, 24 MB, is held while the simplifier's own ~200 MB are). Above CHUNK_FACES faces a
    slab at a time first, then the whole (simplify_chunks.py): the simplifier's own memory is a
    slab's, ~60 MB instead of ~170 MB for 2 M triangles."""
    import meshoptimizer as mo

    pos = np.ascontiguousarray(positions, dtype=np.float32)
    idx = np.ascontiguousarray(faces, dtype=np.uint32).reshape(-1)
    options = 0
    count = slab_count(len(idx) // 3)
    if count > 1:  # a slab at a time first, so the simplifier never holds the whole mesh (simplify_chunks.py)
        idx = simplify_slabs(pos, idx.reshape(-1, 3), target, count)
        dst = idx  # (a new array, ours)
        options = mo.SIMPLIFY_SPARSE  # the vertices left are a subset of `positions`
    else:
        dst = idx if overwrite or not np.may_share_memory(idx, faces) else np.empty_like(idx)  # a copy made here is ours too
    # target_error is relative to the mesh extent; 1.0 means "reach the count whatever it costs"
    n = mo.simplify(dst, idx, pos, target_index_count=3 * target, target_error=1.0, options=options)
    if n > 3 * target:
        # Topology (many borders, non-manifold scans) stopped it short: the sloppy simplifier
        # ignores topology and always reaches the count.
        idx2 = dst[:n].copy()
        n = mo.simplify_sloppy(dst, idx2, pos, target_index_count=3 * target, target_error=1.0)
    return dst[: min(n, 3 * target)].reshape(-1, 3).astype(np.int64)


def _is_soup(faces: np.ndarray, n: int) -> bool:
    """Whether `faces` are 0, 1, 2, ... n-1 in order (a triangle soup's), checked in slices so
    the test holds no vertex-sized temporary."""
    flat = faces.reshape(-1)
    if len(flat) != n:
        return False
    step = 1 << 18
    return all(np.array_equal(flat[lo : lo + step], np.arange(lo, min(lo + step, n))) for lo in range(0, n, step))


def _primitive_of(part: Part, target: int, progress: Progress, release: bool = False) -> Primitive:
    if part.uv is None and part.colors is None and part.normals is None:
        # nothing but positions (STL is a triangle soup): work on the welded mesh, 3x fewer vertices
        soup = _is_soup(part.faces, len(part.positions))
        if soup and release:
            # a soup's faces are 0, 1, 2, ...: let them go before the weld, whose peak is the
            # import's (36 MB of int64 of a 1.5M-triangle STL fewer beside it)
            part.faces = _EMPTY_FACES
        positions, inverse = weld(part.positions)
        faces = inverse.reshape(-1, 3) if soup else inverse[part.faces]
        del inverse
    else:
        positions, faces = part.positions, part.faces  # UV/colour seams must stay split
    if release:
        part.positions, part.faces = _EMPTY_POSITIONS, _EMPTY_FACES  # (the locals hold what is still needed)
    keep = (faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2]) & (faces[:, 0] != faces[:, 2])
    if not keep.all():
        faces = faces[keep]  # (no copy of the faces when none is degenerate)
    del keep
    faces, part.duplicate_faces = unique_faces(faces)
    check_valence(faces, len(positions))
    trim()  # the weld's and the duplicate search's temporaries, before the simplifier's arrays
    if len(faces) > target:
        progress.report(0.1, f"decimating {len(faces):,} to {target:,} triangles")
        # its int64 faces let go for a uint32 copy, which the simplifier then works in
        idx = np.ascontiguousarray(faces, dtype=np.uint32)
        del faces
        pos32 = np.ascontiguousarray(positions, dtype=np.float32)
        parked = None
        if release:  # what only the steps after the simplifier read waits in a file meanwhile (park.py)
            parked = Parked([positions, part.uv, part.colors, part.normals])
            del positions
            part.uv = part.colors = part.normals = None
            trim()
        try:
            faces = simplify_indices(pos32, idx, target, overwrite=True)
        finally:
            del idx, pos32
            if parked is not None:
                kept, part.uv, part.colors, part.normals = parked.take()
                assert kept is not None
                positions = kept
        trim()
    progress.report(0.8, "normals")
    # Normals and the winding test look at the surface, across seams: weld the vertices in use.
    used = np.unique(faces)
    welded, inverse = weld(positions[used])
    faces_w = inverse[np.searchsorted(used, faces)]
    if _inside_out(welded, faces_w):
        faces, faces_w = faces[:, ::-1].copy(), faces_w[:, ::-1].copy()
        part.inside_out_fixed = True
        if part.normals is not None:
            part.normals = -part.normals
    if part.normals is not None:
        return _with_file_normals(positions, faces, part)
    return _with_normals(positions, faces, _corner_normals(welded, faces_w), part)


def _with_file_normals(positions, faces, part) -> Primitive:
    """The simplifier kept existing vertices, so the file's normals still belong to them."""
    used, inverse = np.unique(faces.reshape(-1), return_inverse=True)
    n = part.normals[used]
    length = np.linalg.norm(n, axis=1, keepdims=True)
    n = np.where(length > 1e-12, n / np.maximum(length, 1e-12), (0.0, 1.0, 0.0))
    return Primitive(
        positions=np.asarray(positions[used], dtype=np.float32),
        normals=np.asarray(n, dtype=np.float32),
        indices=inverse.reshape(-1, 3).astype(np.uint32),
        uv=None if part.uv is None else np.asarray(part.uv[used], dtype=np.float32),
        colors=None if part.colors is None else np.asarray(part.colors[used], dtype=np.uint8),
        part=part,
    )


def _with_normals(positions, faces, corner_normals, part) -> Primitive:
    """One output vertex per distinct (input vertex, normal): smooth areas share vertices, hard
    edges (a plinth's corners) are split so they stay sharp. Unused vertices disappear."""
    q = np.round(corner_normals.reshape(-1, 3) * 4096.0).astype(np.int64)
    key = np.column_stack([faces.reshape(-1), q])
    _, first, inv = np.unique(key, axis=0, return_index=True, return_inverse=True)
    src = faces.reshape(-1)[first]
    return Primitive(
        positions=np.asarray(positions[src], dtype=np.float32),
        normals=np.asarray(corner_normals.reshape(-1, 3)[first], dtype=np.float32),
        indices=inv.reshape(-1, 3).astype(np.uint32),
        uv=None if part.uv is None else np.asarray(part.uv[src], dtype=np.float32),
        colors=None if part.colors is None else np.asarray(part.colors[src], dtype=np.uint8),
        part=part,
    )


_EMPTY_POSITIONS = np.zeros((0, 3), dtype=np.float64)
_EMPTY_FACES = np.zeros((0, 3), dtype=np.int64)

CREASE_COS = 0.5  # faces meeting at more than 60 degrees get a hard edge
_FACE_SLICE = 1 << 18  # faces sorted in one go when looking for repeats
_PAIRS = 100_000  # corner pairs looked at in one go (~10 MB of temporaries)


def _corner_normals(positions: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """A normal per face corner, (m, 3, 3), unit length: the area-weighted average of the
    normals of the faces around that vertex that bend less than 60 degrees from this face."""
    tri = positions[faces]
    fn = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])  # length = 2 * area
    length = np.linalg.norm(fn, axis=1, keepdims=True)
    fu = np.divide(fn, length, out=np.zeros_like(fn), where=length > 0)
    corner_v = faces.reshape(-1)
    corner_f = np.repeat(np.arange(len(faces)), 3)
    order = np.argsort(corner_v, kind="stable")
    _, start, count = np.unique(corner_v[order], return_index=True, return_counts=True)
    group = np.repeat(np.arange(len(start)), count)  # group of each sorted corner
    size = count[group]
    if int(count.max()) > 2000:  # pathological valence (a fan of thousands): plain smooth normals
        return _vertex_normals(positions, faces)[faces]
    sorted_f = corner_f[order]
    acc = np.zeros((len(order), 3))
    # (corner, neighbour corner) pairs, in slices of corners holding at most _PAIRS pairs so
    # temporaries stay small: a vertex of valence k has k * k pairs, so slices of a fixed number
    # of corners held ~1 M pairs (250 MB of temporaries) where a sphere's poles meet. Each
    # corner's pairs stay in one slice, so its sum is the same whatever the slicing.
    pair_end = np.cumsum(size)
    first_pair = pair_end - size
    lo = 0
    while lo < len(order):
        hi = min(max(int(np.searchsorted(pair_end, first_pair[lo] + _PAIRS, side="right")), lo + 1), len(order))
        a = np.repeat(np.arange(lo, hi), size[lo:hi])  # sorted corner
        offset = np.arange(len(a)) - np.repeat(first_pair[lo:hi] - first_pair[lo], size[lo:hi])
        b = np.repeat(start[group[lo:hi]], size[lo:hi]) + offset  # a neighbour around the same vertex
        fa, fb = sorted_f[a], sorted_f[b]
        w = np.einsum("ij,ij->i", fu[fa], fu[fb]) >= CREASE_COS
        for k in range(3):
            acc[lo:hi, k] += np.bincount(a - lo, weights=np.where(w, fn[fb, k], 0.0), minlength=hi - lo)
        lo = hi
    out = np.empty_like(acc)
    out[order] = acc
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    fallback = np.repeat(fu, 3, axis=0)
    out = np.where(norm > 0, out / np.maximum(norm, 1e-300), fallback)
    out[np.linalg.norm(out, axis=1) < 0.5] = (0.0, 1.0, 0.0)
    return out.reshape(-1, 3, 3)


def _inside_out(positions: np.ndarray, faces: np.ndarray) -> bool:
    """True for a closed mesh whose triangles all face inwards, a common scan export fault:
    tablets cull back faces and would show it hollow. Two pieces of evidence must agree, so an
    open scan (half a skull, a relief: its volume sign means nothing) is never turned inside out:
    (1) the mesh is closed (at most 0.1 % border edges, a few pin holes) with negative volume, and
    (2) the surface at the outermost points of all six sides faces inwards."""
    if len(faces) < 4:
        return False
    edges = np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1)
    key = edges[:, 0] * np.int64(len(positions)) + edges[:, 1]
    _, counts = np.unique(key, return_counts=True)
    if (counts == 1).mean() > 0.001:
        return False  # open
    tri = positions[faces] - positions[faces].reshape(-1, 3).mean(axis=0)
    volume = np.einsum("ij,ij->", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])) / 6.0
    return volume < 0 and _outermost_faces_inward(positions[faces])


def _outermost_faces_inward(tri: np.ndarray) -> bool:
    n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])  # length = 2 * area
    c = tri.mean(axis=1)
    lo, hi = c.min(axis=0), c.max(axis=0)
    band = 0.01 * np.maximum(hi - lo, 1e-12)
    inward = outward = 0.0
    for axis in range(3):
        for sign, near in ((1.0, c[:, axis] >= hi[axis] - band[axis]), (-1.0, c[:, axis] <= lo[axis] + band[axis])):
            along = n[near, axis] * sign
            outward += along[along > 0].sum()
            inward -= along[along < 0].sum()
    return inward > 2.0 * outward


def _vertex_normals(positions: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Area-weighted vertex normals, unit length (straight up where a vertex has no area)."""
    tri = positions[faces]
    face_n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])  # length = 2 * area
    n = np.zeros_like(positions)
    for k in range(3):
        n[:, 0] += np.bincount(faces[:, k], weights=face_n[:, 0], minlength=len(positions))
        n[:, 1] += np.bincount(faces[:, k], weights=face_n[:, 1], minlength=len(positions))
        n[:, 2] += np.bincount(faces[:, k], weights=face_n[:, 2], minlength=len(positions))
    length = np.linalg.norm(n, axis=1)
    ok = length > 1e-30
    n[ok] /= length[ok, None]
    n[~ok] = (0.0, 1.0, 0.0)
    return n
