"""A big mesh simplified a spatial slab at a time, then as a whole (issue #15).

meshoptimizer's simplifier holds ~85 bytes per index of its own while it runs (edge adjacency,
collapse candidates and their order, quadrics: ~170 MB for a 2 M-triangle mesh), more than the
mesh it reads. Above `CHUNK_FACES` the faces are cut into slabs along the mesh's longest side (by
face centre, equal face counts) and each slab is simplified alone, its border locked
(`SIMPLIFY_LOCK_BORDER`: the cut stays closed, slabs still meet vertex for vertex) and read as a
sparse subset of the shared vertices (`SIMPLIFY_SPARSE`: the simplifier's per-vertex arrays are
sized by the vertices the slab uses, not all of them), down to `FIRST_PASS` x its share of the
budget. The slabs' faces together then go through one unlocked pass to the budget: it takes the
dense strips left along the cuts, and chooses, over the whole mesh, where the last triangles go.
The simplifier's peak is then a slab's and the second pass's, not the whole mesh's.
"""

from __future__ import annotations

import numpy as np

CHUNK_FACES = 500_000  # faces simplified alone at most (a slab's simplifier: ~40 MB)
FIRST_PASS = 2  # a slab's first pass keeps this many times its share of the budget


def slab_count(n_faces: int) -> int:
    """Slabs a mesh of `n_faces` is cut into; 1: simplified whole as before."""
    return -(-n_faces // CHUNK_FACES)


def slabs(positions: np.ndarray, faces: np.ndarray, count: int) -> np.ndarray:
    """uint16 slab of each face (0..count-1): cut at the quantiles of the face centres along the
    longest side, so each slab has about as many faces."""
    axis = int(np.argmax(positions.max(axis=0) - positions.min(axis=0)))
    along = positions[:, axis]
    centre = along[faces[:, 0]] + along[faces[:, 1]]  # (3x the centre: same order, no division)
    centre += along[faces[:, 2]]
    cuts = np.quantile(centre, np.linspace(0.0, 1.0, count + 1)[1:-1])
    return np.searchsorted(cuts, centre).astype(np.uint16)


def simplify_slabs(positions: np.ndarray, faces: np.ndarray, target: int, count: int) -> np.ndarray:
    """Flat uint32 indices of the faces each slab keeps (each slab to FIRST_PASS x its share
    of `target`), border locked. `positions` (n, 3) float32, `faces` (m, 3) uint32."""
    import meshoptimizer as mo

    which = slabs(positions, faces, count)
    kept = []
    options = mo.SIMPLIFY_LOCK_BORDER | mo.SIMPLIFY_SPARSE
    for k in range(count):
        sub = np.ascontiguousarray(faces[which == k]).reshape(-1)  # also the simplifier's output buffer
        if not len(sub):
            continue  # (many faces at one centre can leave a slab empty)
        share = max(1, round(FIRST_PASS * target * (len(sub) // 3) / len(faces)))
        n = mo.simplify(sub, sub, positions, target_index_count=3 * share, target_error=1.0, options=options)
        kept.append(sub[:n].copy())
        del sub
    return np.concatenate(kept)
