"""Make one of our GLBs smaller for tablets: geometry through EXT_meshopt_compression.

meshopt rather than Draco: the tablet viewer's three.js decodes it with `MeshoptDecoder` (pure
JS with inline WebAssembly, ~20 kB, already in the viewer bundle: no decoder files to ship or
fetch), it decodes several times faster than Draco, and it is lossless on our float data, so the
shape the curator saw on the desktop is exactly what the tablet shows (Draco quantises positions).
gltf-transform's `optimize` uses it by default too.

Works on the GLBs `glb_write` makes (one buffer, tightly packed views with a target). Vertex views
are encoded with meshopt's vertex codec (mode ATTRIBUTES), index views with its triangle codec.
The uncompressed data is not kept (the fallback buffer is declared empty and the extension is
required): a reader without the decoder refuses the file rather than showing garbage. The
desktop renderer (trimesh) has no decoder, so projects keep the plain GLB and this runs on the
way to a bundle (`compress_glb`), or at import with `ImportOptions(compress="meshopt")`.
"""

from __future__ import annotations


import numpy as np

from ..core.glb import join_glb, split_glb
from .glb_reorder import reorder_primitives

EXT = "EXT_meshopt_compression"
_ARRAY_BUFFER, _ELEMENT_ARRAY_BUFFER = 34962, 34963
_SIZE = {5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}


QUANT = "KHR_mesh_quantization"


def quantize_glb(glb: bytes) -> bytes:
    """Our one-node GLB with positions and 0..1 texture coordinates as 16-bit normalised integers
    and normals as 8-bit ones (KHR_mesh_quantization, as gltfpack and gltf-transform do): a
    position moves by at most 1/65534 of the model's size (30 µm on a 2 m model), a normal by at
    most 1.2° (`oct_normals`). The node gets the translation and uniform scale that undo it.
    Positions stay float where quantising them saves little of the file (`positions_pay`). Other
    files come back unchanged."""
    return _quantize(glb)[0]


def _quantize(glb: bytes) -> tuple[bytes, dict[int, np.ndarray]]:
    """`quantize_glb`, and the octahedral encoding of each normal view (by view index) for
    meshopt's OCTAHEDRAL filter: decoded, it gives exactly the 8-bit normals written here."""
    doc, binary = split_glb(glb)
    nodes = doc.get("nodes", [])
    if len(nodes) != 1 or "mesh" not in nodes[0] or set(nodes[0]) - {"mesh", "name"} or doc.get("skins") or QUANT in (doc.get("extensionsUsed") or []):
        return glb, {}
    oct_views: dict[int, np.ndarray] = {}
    accs, views = doc["accessors"], doc["bufferViews"]

    def read(i: int, dtype, width: int) -> np.ndarray:
        v = views[accs[i]["bufferView"]]
        return np.frombuffer(binary, dtype=dtype, count=accs[i]["count"] * width, offset=v.get("byteOffset", 0)).reshape(-1, width)

    prims = [p for m in doc["meshes"] for p in m["primitives"]]
    pos_ids = sorted({p["attributes"]["POSITION"] for p in prims})
    if any(accs[i]["componentType"] != 5126 for i in pos_ids):
        return glb, {}
    lo = np.min([read(i, np.float32, 3).min(axis=0) for i in pos_ids], axis=0).astype(np.float64)
    hi = np.max([read(i, np.float32, 3).max(axis=0) for i in pos_ids], axis=0).astype(np.float64)
    centre, half = (lo + hi) / 2.0, max(float((hi - lo).max()) / 2.0, 1e-9)
    quantize_positions = positions_pay(sum(accs[i]["count"] for i in pos_ids), len(glb))
    extra = bytearray(binary)

    def add_view(data: np.ndarray, stride: int) -> int:
        while len(extra) % 4:
            extra.append(0)
        views.append({"buffer": 0, "byteOffset": len(extra), "byteLength": data.nbytes, "byteStride": stride, "target": 34962})
        extra.extend(data.tobytes())
        return len(views) - 1

    done: set[int] = set()
    for p in prims:
        for name, i in p["attributes"].items():
            if i in done:
                continue
            acc = accs[i]
            if name == "POSITION":
                if not quantize_positions:
                    continue
                q = np.round((read(i, np.float32, 3) - centre) / half * 32767.0).clip(-32767, 32767).astype(np.int16)
                padded = np.zeros((len(q), 4), np.int16)
                padded[:, :3] = q
                acc.update(bufferView=add_view(padded, 8), componentType=5122, normalized=True,
                           min=[int(x) for x in q.min(axis=0)], max=[int(x) for x in q.max(axis=0)])
            elif name == "NORMAL" and acc["componentType"] == 5126:
                # octahedral, 8-bit as gltfpack and gltf-transform write them (see `oct_normals`)
                encoded, decoded = oct_normals(read(i, np.float32, 3), NORMAL_BITS)
                acc.update(bufferView=add_view(decoded, decoded.itemsize * 4), componentType=5120 if NORMAL_BITS <= 8 else 5122,
                           normalized=True)
                oct_views[len(views) - 1] = encoded
            elif name.startswith("TEXCOORD") and acc["componentType"] == 5126:
                uv = read(i, np.float32, 2)
                if uv.min() < 0.0 or uv.max() > 1.0:
                    continue  # tiled UVs stay float
                acc.update(bufferView=add_view(np.round(uv * 65535.0).astype(np.uint16), 4), componentType=5123, normalized=True)
            else:
                continue
            acc.pop("byteOffset", None)
            done.add(i)
    if quantize_positions:
        nodes[0]["translation"] = [float(x) for x in centre]
        nodes[0]["scale"] = [half] * 3  # normalised int16 reads as q / 32767 in -1..1
    # views no accessor reads any more are dropped by rewriting the buffer in view order
    used = {a["bufferView"] for a in accs if "bufferView" in a} | {im["bufferView"] for im in doc.get("images", []) if "bufferView" in im}
    keep = [i for i in range(len(views)) if i in used]
    remap = {old: new for new, old in enumerate(keep)}
    oct_views = {remap[old]: rows for old, rows in oct_views.items() if old in remap}
    out = bytearray()
    new_views = []
    for old in keep:
        v = dict(views[old])
        data = bytes(extra[v.get("byteOffset", 0) : v.get("byteOffset", 0) + v["byteLength"]])
        while len(out) % 4:
            out.append(0)
        v["byteOffset"] = len(out)
        out += data
        new_views.append(v)
    for a in accs:
        if "bufferView" in a:
            a["bufferView"] = remap[a["bufferView"]]
    for im in doc.get("images", []):
        if "bufferView" in im:
            im["bufferView"] = remap[im["bufferView"]]
    doc["bufferViews"] = new_views
    doc["buffers"] = [{"byteLength": len(out) + (-len(out) % 4)}]
    for key in ("extensionsUsed", "extensionsRequired"):
        doc[key] = sorted(set(doc.get(key, []) or []) | {QUANT})
    return join_glb(doc, bytes(out)), oct_views


# 16-bit positions save 4 bytes a vertex (float32 xyz -> int16 xyz + padding) and move each by up to
# 1/65534 of the model's size: enough to flip which of two coincident layers is drawn in front here
# and there (DamagedHelmet's render against its source, SSIM 0.99941 -> 0.99877; gltf-transform's
# 14-bit ones 0.99902). On a textured model that saves ~2.5 % of the file (59 of 2,306 kB for the
# helmet, after meshopt): not worth a visible change. Quantised where the saving is this share of
# the GLB or more (an untextured or geometry-heavy model: a scan at its triangle budget).
POSITIONS_PAY_SHARE = 0.05


def positions_pay(vertices: int, glb_bytes: int) -> bool:
    """Whether quantising `vertices` positions in a GLB of `glb_bytes` is worth its error."""
    return 4 * vertices >= POSITIONS_PAY_SHARE * glb_bytes


# bits of a normal's two octahedral coordinates: 8 fits a byte (stride 4), 9-16 take 16-bit rows (stride 8)
NORMAL_BITS = 8


def oct_normals(normals: np.ndarray, bits: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """(encoded, decoded) rows of 4 for unit normals (int8 up to 8 bits, else int16): encoded as
    meshopt's octahedral filter stores them (u, v, one, 0; `meshopt_encodeFilterOct`), decoded as a
    reader gets them back (x, y, z, 0). What the 16-bit xyz normals we wrote before cost: 75 of a
    170 kB untextured DamagedHelmet (gltf-transform's 111 kB stores 23); 8-bit octahedral is 24 kB,
    at most 1.2° off (plain 8-bit xyz: 34 kB, 0.4°; 10-bit octahedral 35 kB, 0.23°). Tablet
    SSIM: docs/content.md, "Corpus, fourth round"."""
    import meshoptimizer as mo

    dtype = np.int8 if bits <= 8 else np.int16
    one = (1 << (bits - 1)) - 1
    n = np.asarray(normals, dtype=np.float64)
    length = np.abs(n).sum(axis=1)
    n = n / np.where(length > 0, length, 1.0)[:, None]  # onto the octahedron |x|+|y|+|z| = 1
    x, y, z = n[:, 0], n[:, 1], n[:, 2]
    # the lower half folded over the upper: (1 - |y|, 1 - |x|) with x's and y's signs
    u = np.where(z >= 0, x, (1 - np.abs(y)) * np.where(x >= 0, 1.0, -1.0))
    v = np.where(z >= 0, y, (1 - np.abs(x)) * np.where(y >= 0, 1.0, -1.0))
    encoded = np.zeros((len(n), 4), dtype)
    for col, val in ((0, u), (1, v)):  # meshopt_quantizeSnorm: round half away from zero
        val = np.clip(val, -1.0, 1.0) * one
        encoded[:, col] = np.trunc(val + np.where(val >= 0, 0.5, -0.5)).astype(dtype)
    encoded[:, 2] = one
    stride = encoded.itemsize * 4
    decoded = np.asarray(mo.decode_filter_oct(encoded.view(np.uint8).reshape(-1).copy(), len(n), stride))
    return encoded, np.frombuffer(decoded.tobytes(), dtype).reshape(-1, 4).copy()


def compress_glb(glb: bytes, *, quantize: bool = True, reorder: bool = True) -> bytes:
    """The same GLB with its vertex and index views meshopt-encoded (textures untouched); first
    quantised (`quantize_glb`) unless asked not to, and its triangles and vertices put in the
    order meshopt compresses best (`glb_reorder`) unless asked not to."""
    import meshoptimizer as mo

    oct_views: dict[int, np.ndarray] = {}
    if quantize:
        glb, oct_views = _quantize(glb)
    doc, binary = split_glb(glb)
    if EXT in (doc.get("extensionsUsed") or []):
        return glb
    if reorder:
        binary, moved = reorder_primitives(doc, binary)
        for v, remap in moved.items():  # the normals' octahedral rows follow their vertices
            if v in oct_views:
                rows = np.empty_like(oct_views[v])
                rows[remap] = oct_views[v]
                oct_views[v] = rows
    views = doc.get("bufferViews", [])
    # the element layout of each view, from the accessor that reads it; a view read by several
    # accessors, at an offset or interleaved (other tools' files kept by gltf_keep) stays as it is
    layout: dict[int, tuple[int, int]] = {}
    readers: dict[int, int] = {}
    for acc in doc.get("accessors", []):
        v = acc.get("bufferView")
        if v is None:
            continue
        readers[v] = readers.get(v, 0) + 1
        if acc.get("type") in _WIDTH and not acc.get("byteOffset"):
            size = _SIZE[acc["componentType"]] * _WIDTH[acc["type"]]
            # a padded view counts too: quantize_glb writes 16-bit VEC3 positions and normals with
            # a stride of 8 (glTF's 4-byte alignment), which had left both uncompressed (233 kB of
            # a 14.5k-vertex helmet: gltf-transform's output was smaller by that much)
            stride = views[v].get("byteStride") or size
            if stride >= size and stride * int(acc["count"]) == views[v]["byteLength"]:
                layout[v] = (stride, int(acc["count"]))
    layout = {v: lc for v, lc in layout.items() if readers[v] == 1}
    out = bytearray()
    fallback_len = 0
    new_views = []
    for i, view in enumerate(views):
        data = binary[view.get("byteOffset", 0) : view.get("byteOffset", 0) + view["byteLength"]]
        while len(out) % 4:
            out.append(0)
        target = view.get("target")
        stride, count = layout.get(i, (0, 0))
        encoded = None
        flt = None
        if target == _ARRAY_BUFFER and stride % 4 == 0 and 0 < stride <= 256 and count:
            arr = np.frombuffer(data, dtype=np.uint8).reshape(count, stride)
            if i in oct_views and stride == oct_views[i].itemsize * 4:
                arr, flt = np.ascontiguousarray(oct_views[i]).view(np.uint8).reshape(count, stride), "OCTAHEDRAL"
            encoded = mo.encode_vertex_buffer(arr, count, stride)
            mode = "ATTRIBUTES"
        elif target == _ELEMENT_ARRAY_BUFFER and stride in (2, 4) and count and count % 3 == 0:
            idx = np.frombuffer(data, dtype=np.uint16 if stride == 2 else np.uint32).astype(np.uint32)
            encoded = mo.encode_index_buffer(idx, count, int(idx.max()) + 1)
            mode = "TRIANGLES"
        if encoded is None or len(encoded) >= len(data):
            new_views.append({**view, "buffer": 0, "byteOffset": len(out)})
            out += data
            continue
        while fallback_len % 4:
            fallback_len += 1
        ext = {"buffer": 0, "byteOffset": len(out), "byteLength": len(encoded), "byteStride": stride, "count": count, "mode": mode}
        if flt:
            ext["filter"] = flt
        nv = {"buffer": 1, "byteOffset": fallback_len, "byteLength": len(data), "extensions": {EXT: ext}}
        if target == _ARRAY_BUFFER:
            nv["byteStride"] = stride
        if target is not None:
            nv["target"] = target
        new_views.append(nv)
        out += encoded
        fallback_len += len(data)
    while len(out) % 4:
        out.append(0)
    doc["bufferViews"] = new_views
    doc["buffers"] = [{"byteLength": len(out)}, {"byteLength": max(fallback_len, 4), "extensions": {EXT: {"fallback": True}}}]
    for key in ("extensionsUsed", "extensionsRequired"):
        doc[key] = sorted(set(doc.get(key, []) or []) | {EXT})
    return join_glb(doc, bytes(out))
