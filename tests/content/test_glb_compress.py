"""The tablet output's geometry (issue #15, fourth round): 8-bit octahedral normals through
meshopt's OCTAHEDRAL filter, and triangles and vertices reordered before meshopt's codecs. Real
files (tests/data/gltf), the real meshoptimizer decoder and the Khronos validator."""

from __future__ import annotations

from pathlib import Path

import meshoptimizer as mo
import numpy as np
import pytest
from content_support import validate_glb

from museum_ar.content import import_item
from museum_ar.content.glb_compress import compress_glb, oct_normals, quantize_glb, split_glb
from museum_ar.content.glb_reorder import reorder_primitives
from museum_ar.content.gltf_decode import plain_glb

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"


class NoFiles:
    def get(self, name):
        raise FileNotFoundError(name)


def _decoded(glb: bytes, folder: Path) -> tuple[dict, bytes]:
    path = folder / "packed.glb"
    path.write_bytes(glb)
    return split_glb(plain_glb(path, NoFiles()))


_DTYPE = {5120: np.int8, 5122: np.int16, 5123: np.uint16, 5126: np.float32}


def _attribute(doc: dict, binary: bytes, name: str, width: int) -> np.ndarray:
    acc = doc["accessors"][doc["meshes"][0]["primitives"][0]["attributes"][name]]
    dtype = _DTYPE[acc["componentType"]]
    view = doc["bufferViews"][acc["bufferView"]]
    stride = view.get("byteStride") or np.dtype(dtype).itemsize * width
    rows = np.frombuffer(binary, np.uint8, acc["count"] * stride, view.get("byteOffset", 0)).reshape(-1, stride)
    return rows[:, : np.dtype(dtype).itemsize * width].copy().view(dtype).reshape(-1, width)


def _triangles(doc: dict, binary: bytes, positions: np.ndarray) -> list[tuple]:
    """Every triangle as its three corners' positions, starting at its smallest corner (a codec
    may rotate a triangle's corners, never its winding), sorted."""
    acc = doc["accessors"][doc["meshes"][0]["primitives"][0]["indices"]]
    view = doc["bufferViews"][acc["bufferView"]]
    dtype = np.uint16 if acc["componentType"] == 5123 else np.uint32
    tri = np.frombuffer(binary, dtype, acc["count"], view.get("byteOffset", 0)).reshape(-1, 3)
    out = []
    for t in tri:
        c = [tuple(int(x) for x in positions[k]) for k in t]
        r = c.index(min(c))
        out.append(tuple(c[r:] + c[:r]))
    return sorted(out)


def test_octahedral_normals_decode_within_1_2_degrees():
    """oct_normals' encoding read back by meshopt's own filter decoder gives its `decoded` rows,
    and those point within 1.2° of the normals (gltf-transform's 8-bit octahedral: the same)."""
    rng = np.random.default_rng(7)
    n = rng.normal(size=(20000, 3))
    axes = np.array([[1, 0, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1], [0.6, 0.0, -0.8], [-0.6, 0.8, 0.0]])
    n = np.vstack([n, axes]) / np.linalg.norm(np.vstack([n, axes]), axis=1, keepdims=True)
    encoded, decoded = oct_normals(n.astype(np.float32))
    assert encoded.dtype == np.int8 and encoded.shape == (len(n), 4) and (encoded[:, 2] == 127).all()
    again = np.frombuffer(np.asarray(mo.decode_filter_oct(encoded.view(np.uint8).reshape(-1).copy(), len(n), 4)).tobytes(), np.int8)
    assert np.array_equal(again.reshape(-1, 4), decoded)
    d = decoded[:, :3].astype(np.float64)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    angle = np.degrees(np.arccos(np.clip((d * n).sum(axis=1), -1.0, 1.0)))
    assert angle.max() < 1.2 and angle[-6:].max() < 0.5, (angle.max(), angle[-6:])


@pytest.mark.slow
def test_compressed_normals_decode_to_what_quantize_writes(project, tmp_path):
    """The meshopt file (filter OCTAHEDRAL) read back gives the very bytes the quantised file
    holds: normals 8-bit, positions 16-bit, every vertex view."""
    plain = (project.root / import_item(project.root, DATA / "helmet_small_meshopt.glb").asset).read_bytes()
    q_doc, q_bin = split_glb(quantize_glb(plain))
    packed = compress_glb(plain, reorder=False)
    p_doc = split_glb(packed)[0]
    normal_view = p_doc["bufferViews"][p_doc["accessors"][p_doc["meshes"][0]["primitives"][0]["attributes"]["NORMAL"]]["bufferView"]]
    assert normal_view["extensions"]["EXT_meshopt_compression"]["filter"] == "OCTAHEDRAL"
    d_doc, d_bin = _decoded(packed, tmp_path)
    for name in ("POSITION", "NORMAL", "TEXCOORD_0"):
        acc = q_doc["accessors"][q_doc["meshes"][0]["primitives"][0]["attributes"][name]]
        if name != "TEXCOORD_0":  # (this helmet's UVs repeat beyond 0..1: they stay float)
            assert acc["componentType"] == (5120 if name == "NORMAL" else 5122), name
        qv, dv = q_doc["bufferViews"][acc["bufferView"]], d_doc["bufferViews"][acc["bufferView"]]
        assert q_bin[qv["byteOffset"] : qv["byteOffset"] + qv["byteLength"]] == d_bin[dv["byteOffset"] : dv["byteOffset"] + dv["byteLength"]], name
    out = tmp_path / "tablet.glb"
    out.write_bytes(packed)
    assert validate_glb(out)["errors"] == 0


@pytest.mark.slow
def test_reordered_output_draws_the_same_triangles_in_fewer_bytes(project, tmp_path):
    """Reordering changes the triangles' order and the vertices' numbering only: read back, the
    same triangles (by their corners' positions, normals and UVs), the same winding; smaller."""
    plain = (project.root / import_item(project.root, DATA / "helmet_small_meshopt.glb").asset).read_bytes()
    kept, moved = compress_glb(plain, reorder=False), compress_glb(plain)
    assert len(moved) < len(kept)
    a_doc, a_bin = _decoded(kept, tmp_path)
    b_doc, b_bin = _decoded(moved, tmp_path)

    def vertices(doc, binary):
        uv = _attribute(doc, binary, "TEXCOORD_0", 2)
        return np.hstack([_attribute(doc, binary, "POSITION", 3), _attribute(doc, binary, "NORMAL", 3),
                          uv.view(np.int32) if uv.dtype == np.float32 else uv]).astype(np.int64)  # float UVs by their bits

    va, vb = vertices(a_doc, a_bin), vertices(b_doc, b_bin)
    assert not np.array_equal(va, vb)  # reordered, not the same file
    assert _triangles(a_doc, a_bin, va) == _triangles(b_doc, b_bin, vb)
    out = tmp_path / "tablet.glb"
    out.write_bytes(moved)
    assert validate_glb(out)["errors"] == 0


def test_reorder_leaves_shared_and_blended_primitives_alone():
    """A primitive whose accessor another primitive also reads, or whose material blends, is not
    reordered (its order is the other's, or what blending draws)."""
    pos = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]], np.float32).tobytes()
    idx = np.array([0, 1, 2, 2, 1, 3], np.uint16).tobytes()
    binary = pos + idx
    views = [{"buffer": 0, "byteOffset": 0, "byteLength": len(pos), "target": 34962},
             {"buffer": 0, "byteOffset": len(pos), "byteLength": len(idx), "target": 34963}]
    accs = [{"bufferView": 0, "componentType": 5126, "type": "VEC3", "count": 4},
            {"bufferView": 1, "componentType": 5123, "type": "SCALAR", "count": 6}]
    shared = {"accessors": accs, "bufferViews": views, "meshes": [{"primitives": [
        {"attributes": {"POSITION": 0}, "indices": 1}, {"attributes": {"POSITION": 0}, "indices": 1}]}]}
    assert reorder_primitives(shared, binary) == (binary, {})
    blended = {"accessors": accs, "bufferViews": views, "materials": [{"alphaMode": "BLEND"}],
               "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1, "material": 0}]}]}
    assert reorder_primitives(blended, binary) == (binary, {})
    opaque = {**blended, "materials": [{}]}
    out, moved = reorder_primitives(opaque, binary)
    assert set(moved) == {0} and sorted(np.frombuffer(out[: len(pos)], np.float32).tolist()) == sorted(np.frombuffer(pos, np.float32).tolist())


@pytest.mark.slow
def test_positions_stay_float_where_quantising_saves_little(project, tmp_path):
    """Quantised positions move by up to 1/65534 of the model's size, enough to flip coincident
    layers here and there: where that saves under 5 % of the file (a model carried by its
    textures) positions stay float, bit for bit, while normals are still 8-bit; the same model
    without the big picture still gets 16-bit positions."""
    from museum_ar.content.glb_compress import POSITIONS_PAY_SHARE
    from museum_ar.core.glb import join_glb

    plain = (project.root / import_item(project.root, DATA / "helmet_small_meshopt.glb").asset).read_bytes()
    doc, binary = split_glb(plain)
    vertices = sum(doc["accessors"][p["attributes"]["POSITION"]]["count"] for m in doc["meshes"] for p in m["primitives"])
    picture = np.random.default_rng(3).integers(0, 256, int(4 * vertices / POSITIONS_PAY_SHARE) + 1, np.uint8).tobytes()
    pad = -len(binary) % 4
    doc["bufferViews"].append({"buffer": 0, "byteOffset": len(binary) + pad, "byteLength": len(picture)})
    doc.setdefault("images", []).append({"bufferView": len(doc["bufferViews"]) - 1, "mimeType": "image/png"})
    doc["buffers"][0]["byteLength"] = len(binary) + pad + len(picture)
    textured = join_glb(doc, binary + b"\0" * pad + picture)

    for glb, float_positions in ((textured, True), (plain, False)):
        q_doc = split_glb(quantize_glb(glb))[0]
        kinds = {name: q_doc["accessors"][i]["componentType"] for name, i in q_doc["meshes"][0]["primitives"][0]["attributes"].items()}
        assert kinds["NORMAL"] == 5120
        assert kinds["POSITION"] == (5126 if float_positions else 5122)
        assert ("translation" in q_doc["nodes"][0]) is not float_positions
    d_doc, d_bin = _decoded(compress_glb(textured), tmp_path)
    before = np.unique(_attribute(*split_glb(plain), "POSITION", 3), axis=0)
    after = np.unique(_attribute(d_doc, d_bin, "POSITION", 3), axis=0)
    assert after.dtype == np.float32 and np.array_equal(before, after)
