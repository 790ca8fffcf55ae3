"""Issue #15, import memory: the OBJ read in pieces, its corners made unique without np.unique,
repeats found a slice at a time and corner normals summed in slices give exactly what the
straightforward whole-array computations give; and an import's peak resident set stays within a
bound of its input's size in memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from meshgen import bumpy_sphere, stripe_texture, write_obj

from museum_ar.content import decimate, mesh_parts, obj_fast
from museum_ar.content.heap import trim
from museum_ar.content.mesh_load import file_resolver

REPO = Path(__file__).resolve().parents[2]


def _same_parts(a, b) -> None:
    assert len(a) == len(b)
    for p, q in zip(a, b, strict=True):
        for name in ("positions", "faces", "uv", "colors"):
            x, y = getattr(p, name), getattr(q, name)
            assert (x is None) == (y is None), name
            if x is not None:
                assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes(), name
        assert p.material.name == q.material.name


def _awkward_obj(src: Path) -> Path:
    """Two materials, comments and groups between face runs, quads, CRLF line ends, and a face
    run with another corner format after a comment: what piece boundaries must not change."""
    pos, uv, faces = bumpy_sphere(20, 30)
    (src / "zwei.mtl").write_text("newmtl rot\nKd 0.8 0.1 0.1\nnewmtl blau\nKd 0.1 0.1 0.8\n", encoding="utf-8")
    lines = ["# scan", "mtllib zwei.mtl", "o Kopf"]
    lines += [f"v {x:.5f} {y:.5f} {z:.5f}" for x, y, z in pos]
    lines += [f"vt {u:.6f} {v:.6f}" for u, v in uv]
    half = len(faces) // 2
    lines += ["usemtl rot", "g oben"] + [f"f {a + 1}/{a + 1} {b + 1}/{b + 1} {c + 1}/{c + 1}" for a, b, c in faces[:half]]
    lines += ["# a comment ends the run", "s 1"] + [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in faces[half : half + 50]]
    lines += ["usemtl blau"] + [f"f {a + 1}/{a + 1} {b + 1}/{b + 1} {c + 1}/{c + 1} {c + 1}/{c + 1}" for a, b, c in faces[half + 50 :]]
    path = src / "stücke.obj"
    path.write_bytes("\r\n".join(lines).encode() + b"\r\n")
    return path


@pytest.mark.parametrize("piece", [61, 997, 4096])
def test_obj_read_in_pieces_gives_the_parts_of_one_piece(src, piece):
    path = _awkward_obj(src)
    whole = obj_fast.load_obj_fast(path, file_resolver(path), piece_bytes=1 << 30)
    assert whole is not None and len(whole) == 2
    _same_parts(obj_fast.load_obj_fast(path, file_resolver(path), piece_bytes=piece), whole)


def test_obj_parts_are_the_straightforward_np_unique_of_the_corners(src):
    """The parts as np.unique over the whole corner list makes them (what the reader did before)."""
    pos, uv, faces = bumpy_sphere(30, 40)
    path = write_obj(src, "kopf", pos, uv, faces, stripe_texture(32, 16))
    text = path.read_text().splitlines()
    v = np.array([ln.split()[1:] for ln in text if ln.startswith("v ")], dtype=np.float64)
    vt = np.array([ln.split()[1:] for ln in text if ln.startswith("vt ")], dtype=np.float64)
    f = np.array([ln.replace("/", " ").split()[1:] for ln in text if ln.startswith("f ")], dtype=np.int64) - 1
    key = f[:, 0::2] * np.int64(len(vt)) + f[:, 1::2]
    uniq, inverse = np.unique(key.reshape(-1), return_inverse=True)
    parts = obj_fast.load_obj_fast(path, file_resolver(path), piece_bytes=4096)
    assert len(parts) == 1
    p = parts[0]
    assert p.positions.tobytes() == v[uniq // len(vt)].tobytes()
    assert p.uv.tobytes() == np.ascontiguousarray(vt[uniq % len(vt)]).tobytes()
    assert p.faces.dtype == np.int64 and np.array_equal(p.faces, inverse.reshape(-1, 3))


@pytest.mark.parametrize("n_vt", [0, 7, 100_003])
def test_unique_corners_is_np_unique(n_vt):
    rng = np.random.default_rng(n_vt)
    blocks = []
    for size in (1, 500, 20_000):
        vi = rng.integers(0, 5000, (size, 3)).astype(np.int32)
        ti = rng.integers(0, n_vt, (size, 3)).astype(np.int32) if n_vt else None
        blocks.append((vi, ti))
    key = np.concatenate([b[0].reshape(-1).astype(np.int64) * (n_vt or 1) + (b[1].reshape(-1) if n_vt else 0) for b in blocks])
    uniq, inverse = obj_fast._unique_corners(blocks, n_vt)
    want_uniq, want_inverse = np.unique(key, return_inverse=True)
    assert not blocks  # handed back as they were used
    assert np.array_equal(uniq, want_uniq) and np.array_equal(inverse, want_inverse)


def test_corner_normals_the_same_in_any_slices(monkeypatch):
    """Slices of a few pairs vs one slice of all: the same bytes (a pole of valence 60)."""
    pos, _, faces = bumpy_sphere(30, 60)
    welded, inverse = decimate.weld(pos)
    faces = inverse[faces]
    whole = decimate._corner_normals(welded, faces)
    monkeypatch.setattr(decimate, "_PAIRS", 7)
    assert decimate._corner_normals(welded, faces).tobytes() == whole.tobytes()


def test_unique_faces_in_slices_is_np_unique_of_sorted_rows(monkeypatch):
    rng = np.random.default_rng(5)
    faces = rng.integers(0, 3000, (20_000, 3))
    faces = np.concatenate([faces, faces[::9][:, [2, 0, 1]], faces[::13]])
    monkeypatch.setattr(decimate, "_FACE_SLICE", 1000)
    kept, dropped = decimate.unique_faces(faces)
    rows = np.ascontiguousarray(np.sort(faces, axis=1)).view(np.dtype((np.void, 24))).reshape(-1)
    _, first = np.unique(rows, return_index=True)
    assert dropped == len(faces) - len(first)
    assert np.array_equal(kept, faces[np.sort(first)])


def test_simplifier_in_its_own_input_gives_the_same_faces():
    pos, _, faces = bumpy_sphere(60, 80)
    apart = decimate.simplify_indices(pos, faces, 2000)
    in_place = decimate.simplify_indices(pos, faces.astype(np.uint32), 2000, overwrite=True)
    assert len(apart) <= 2000 and np.array_equal(apart, in_place)


def _border_edges(pos, faces) -> set[tuple[int, int]]:
    """Edges (between welded positions) used by one face only: holes and cracks."""
    _, inverse = mesh_parts.weld(pos)
    f = inverse[faces]
    edges = np.sort(np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]]), axis=1)
    pairs, count = np.unique(edges, axis=0, return_counts=True)
    return {(int(a), int(b)) for a, b in pairs[count == 1]}


def _volume(pos, faces) -> float:
    t = pos[faces]
    return float(np.einsum("ij,ij->", t[:, 0], np.cross(t[:, 1], t[:, 2]))) / 6.0


def test_simplified_in_slabs_the_mesh_keeps_its_budget_shape_and_closed_cuts(monkeypatch):
    """Above CHUNK_FACES the simplifier works a slab at a time, borders locked, then on the
    whole (simplify_chunks.py): the budget is met, the cuts open no cracks, the shape is the
    one the whole-mesh simplification gives."""
    from museum_ar.content import simplify_chunks

    pos, _, faces = bumpy_sphere(60, 80)  # 9,440 faces; its pole slivers dropped: 278 border edges
    whole = decimate.simplify_indices(pos, faces, 2000)
    monkeypatch.setattr(simplify_chunks, "CHUNK_FACES", 3000)
    assert simplify_chunks.slab_count(len(faces)) == 4
    slabs = simplify_chunks.slabs(pos.astype(np.float32), faces, 4)
    assert np.bincount(slabs).min() >= len(faces) // 4 - 200  # about as many faces each
    # the first pass: each slab's border locked, so the slabs still meet edge for edge (no new
    # border where they were cut) and the mesh's own holes are left as they were
    first = simplify_chunks.simplify_slabs(pos.astype(np.float32), faces.astype(np.uint32), 2000, 4).reshape(-1, 3)
    assert len(first) <= 4000 and _border_edges(pos, first) == _border_edges(pos, faces)
    chunked = decimate.simplify_indices(pos, faces, 2000)
    assert 1900 <= len(chunked) <= 2000
    assert not np.array_equal(chunked, whole)  # (the slab path did run)
    assert len(_border_edges(pos, chunked)) <= len(_border_edges(pos, whole)) + 10
    assert abs(_volume(pos, chunked) / _volume(pos, whole) - 1.0) < 0.003


def test_slabs_left_empty_by_faces_at_one_centre_are_skipped(monkeypatch):
    from museum_ar.content import simplify_chunks

    pos, _, faces = bumpy_sphere(60, 80)
    pos = pos.copy()
    pos[:, 0] = np.where(np.abs(pos[:, 0]) < 90, 0.0, pos[:, 0]) * 10  # most face centres at x = 0
    monkeypatch.setattr(simplify_chunks, "CHUNK_FACES", 3000)
    assert (np.bincount(simplify_chunks.slabs(pos.astype(np.float32), faces, 4), minlength=4) == 0).any()
    assert 1900 <= len(decimate.simplify_indices(pos, faces, 2000)) <= 2000


def test_trim_is_there_on_glibc():
    import platform

    assert trim() == (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")


_CHILD = """
import json, sys
from pathlib import Path
from museum_ar.core.project import create_project
from museum_ar.content import import_item
proj = create_project(sys.argv[1], "mem")
item = import_item(proj.root, sys.argv[2], compress="meshopt", marker_m=0.1)
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(json.dumps({"asset": str(proj.root / item.asset), "hwm_kb": int(status["VmHWM"].split()[0])}))
"""


def _import_in_child(tmp: Path, obj: Path, env: dict | None = None) -> dict:
    """An import in a fresh interpreter (its own high-water mark: VmHWM starts again at exec)."""
    res = subprocess.run([sys.executable, "-c", _CHILD, str(tmp), str(obj)], capture_output=True, text=True,
                         cwd=REPO, env={**os.environ, **(env or {})}, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads VmHWM from /proc")
def test_import_peak_within_bound_of_its_input(tmp_path):
    """A 720 k-triangle textured OBJ (input in memory 36 MB: positions, uv, faces and the decoded
    2048 px map) peaked at 430 MB before issue #15's third round and ~200 MB after (3 runs here,
    within 1 MB of each other: the figure is deterministic enough to bound). Asserted with slack:
    below 5x the input + 80 MB (the interpreter and libraries are ~46 MB), i.e. 261 MB."""
    pos, uv, faces = bumpy_sphere(600, 600)
    obj = write_obj(tmp_path / "src", "gross", pos, uv, faces, stripe_texture(2048, 1024))
    out = _import_in_child(tmp_path / "p", obj)
    n_vertices = len(np.unique(faces))  # one seam: uv and positions split alike
    input_mb = (n_vertices * (24 + 16) + len(faces) * 24 + 2048 * 1024 * 3) / 2**20
    peak_mb = out["hwm_kb"] / 1024
    assert peak_mb < 5 * input_mb + 80, (peak_mb, input_mb)


def _weld_by_np_unique(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The straightforward weld: np.unique on the rows as raw bytes (-0.0 made 0.0), first kept."""
    pos = pos + 0.0
    rows = np.ascontiguousarray(pos).view(np.dtype((np.void, 24))).reshape(-1)
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    return pos[first], inverse.reshape(-1)


@pytest.mark.parametrize("slice_", [1 << 18, 333])
def test_weld_by_hash_is_np_unique_on_rows(monkeypatch, slice_):
    rng = np.random.default_rng(2)
    soup = rng.normal(size=(4000, 3))[rng.integers(0, 4000, 30_000)]
    soup[::50] = 0.0
    soup[1::50] = -0.0
    monkeypatch.setattr(mesh_parts, "_SLICE", slice_)
    got, want = mesh_parts.weld(soup), _weld_by_np_unique(soup)
    assert got[0].tobytes() == want[0].tobytes() and np.array_equal(got[1], want[1])


def test_weld_with_every_hash_colliding_falls_back_to_the_exact_sort(monkeypatch):
    rng = np.random.default_rng(4)
    soup = rng.integers(-5, 5, (3000, 3)).astype(np.float64)
    monkeypatch.setattr(mesh_parts, "_hash_rows", lambda bits: np.zeros(len(bits), dtype=np.uint64))
    got, want = mesh_parts.weld(soup), _weld_by_np_unique(soup)
    assert got[0].tobytes() == want[0].tobytes() and np.array_equal(got[1], want[1])


def test_weld_hash_separates_a_scaled_turned_float32_sphere():
    """A weak mix collided hundreds of times on such a soup (STL: float32 coordinates, scaled to
    metres and turned to Z up), sending every weld to the slow exact sort."""
    pos, _, _ = bumpy_sphere(300, 300)
    turned = (pos.astype(np.float32).astype(np.float64) * 0.001) @ np.array([[1.0, 0, 0], [0, 0, 1], [0, -1, 0]]).T + 0.0
    rows = len(np.unique(np.ascontiguousarray(turned).view(np.dtype((np.void, 24)))))
    assert len(np.unique(mesh_parts._hash_rows(turned.view(np.uint64)))) == rows


def _stl(path: Path, n: int = 40) -> Path:
    """A binary STL of a bumpy sphere (a triangle soup once read: three vertices a face)."""
    pos, _, faces = bumpy_sphere(n, n)
    rec = np.zeros(len(faces), dtype=[("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")])
    rec["v"] = pos.astype(np.float32)[faces]
    with open(path, "wb") as f:
        f.write(b"\0" * 80 + np.uint32(len(faces)).tobytes())
        rec.tofile(f)
    return path


def test_soup_faces_let_go_before_the_weld_give_the_same_primitives(tmp_path):
    """An STL's faces (0, 1, 2, ...) are dropped before the weld when the part may be released:
    the primitives are the bytes of the path that keeps them, and the part no longer holds them."""
    from museum_ar.content.gltf_fast import load_stl_fast

    stl = _stl(tmp_path / "kugel.stl")
    out = []
    for release in (False, True):
        parts = load_stl_fast(stl)
        assert parts is not None and decimate._is_soup(parts[0].faces, len(parts[0].positions))
        out.append(decimate.to_primitives(parts, 1500, release=release))
        if release:
            assert parts[0].faces.size == 0
    for p, q in zip(*out, strict=True):
        for name in ("positions", "normals", "indices"):
            x, y = getattr(p, name), getattr(q, name)
            assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes(), name


def test_is_soup_only_for_faces_in_order():
    n = 3 * 100_000
    soup = np.arange(n).reshape(-1, 3)
    assert decimate._is_soup(soup, n)
    assert not decimate._is_soup(soup, n + 3)  # a stray vertex no face uses
    late = soup.copy()
    late[-1, 2] = 0  # different only in the last slice
    assert not decimate._is_soup(late, n)
    turned = soup[:, [1, 2, 0]]
    assert not decimate._is_soup(turned, n)
