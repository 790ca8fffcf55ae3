"""glTF that trimesh cannot read as is -> a plain GLB it can, in memory.

Web exports are often compressed: gltfpack and `gltf-transform optimize` write EXT_meshopt_compression
(meshopt-coded buffer views) and KHR_mesh_quantization (positions, normals, UVs as normalised 8/16-bit
integers with a node scale undoing it). trimesh reads neither (meshopt: IndexError; quantised:
positions 32,000x too large), nor KTX2/Basis textures (KHR_texture_basisu: skipped, the model
comes out untextured). Draco (via DracoPy) and WebP textures trimesh reads itself.

`plain_glb` decodes meshopt views with meshoptimizer's own decoder (the one gltfpack's files are
made for), turns quantised vertex attributes back into float32 and transcodes KTX2 textures to plain
pictures (`ktx2.py`), so the rest of the pipeline sees an ordinary glTF.
"""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import numpy as np

from ..core.glb import split_glb
from . import ktx2

MESHOPT = ("EXT_meshopt_compression", "KHR_meshopt_compression")
QUANTIZATION = "KHR_mesh_quantization"
# the integer component types (5126, float, is never decoded: it is already what readers want)
_INTEGER_COMPONENT: dict[int, type[np.integer]] = {5120: np.int8, 5121: np.uint8, 5122: np.int16, 5123: np.uint16, 5125: np.uint32}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}
# vertex attributes a quantised file stores as integers and a float-only reader needs as floats
_FLOAT_ATTRIBUTES = ("POSITION", "NORMAL", "TANGENT", "TEXCOORD_0", "TEXCOORD_1")


def read_gltf(path: Path, resolver) -> tuple[dict, list[bytes]]:
    """The glTF JSON and its buffers' bytes (GLB chunk, data: URI, or a file next to it)."""
    raw = path.read_bytes()
    bin_chunk = b""
    if raw[:4] == b"glTF":
        doc, bin_chunk = split_glb(raw)
    else:
        doc = json.loads(raw)
    buffers = []
    for i, buf in enumerate(doc.get("buffers", [])):
        uri = buf.get("uri")
        if uri is None:
            # GLB's own chunk, or a meshopt fallback buffer that has no data at all
            buffers.append(bin_chunk if i == 0 else b"")
        elif uri.startswith("data:"):
            buffers.append(base64.b64decode(uri.split(",", 1)[1]))
        else:
            buffers.append(resolver.get(uri))
    return doc, buffers


def needs_decoding(doc: dict) -> bool:
    used = set(doc.get("extensionsUsed", []) or [])
    return bool(used & set(MESHOPT)) or QUANTIZATION in used or ktx2.uses_basisu(doc)


def plain_glb(path: Path, resolver, warnings_out: list[str] | None = None) -> bytes | None:
    """A GLB without meshopt compression, quantisation or KTX2 textures, or None when the file
    has none of them. A KTX2 texture that cannot be transcoded raises ContentError; what is worth
    saying about the others (a colour-space flag at odds with its slot) goes to `warnings_out`."""
    doc, buffers = read_gltf(path, resolver)
    if not needs_decoding(doc):
        return None
    views = [_view_bytes(v, buffers) for v in doc.get("bufferViews", [])]
    _dequantize(doc, views)
    if ktx2.uses_basisu(doc) and ktx2.decoder_available():  # (without it, mesh_checks refused required KTX2)
        ktx2.basisu_to_images(doc, views, resolver.get, path, warnings_out)
    # images referred to by file name still load through the resolver (GLB keeps the uri)
    binary = pack_views(doc, views)
    for key in ("extensionsUsed", "extensionsRequired"):
        if key in doc:
            doc[key] = [e for e in doc[key] if e not in MESHOPT and e != QUANTIZATION]
            if not doc[key]:
                del doc[key]
    return _glb(doc, binary)


def pack_views(doc: dict, views: list[bytes]) -> bytes:
    """The one binary buffer of a GLB from `views` (the bytes of each of doc's bufferViews, in
    order), each view 4-byte aligned; doc's bufferViews are pointed into it (their compression
    extensions dropped) and doc["buffers"] becomes that one buffer."""
    out = bytearray()
    for v, data in zip(doc.get("bufferViews", []), views):
        while len(out) % 4:
            out.append(0)
        v.pop("extensions", None)
        v["buffer"], v["byteOffset"], v["byteLength"] = 0, len(out), len(data)
        out += data
    while len(out) % 4:
        out.append(0)
    doc["buffers"] = [{"byteLength": len(out)}]
    return bytes(out)


def _view_bytes(view: dict, buffers: list[bytes]) -> bytes:
    ext = next((view["extensions"][k] for k in MESHOPT if k in view.get("extensions", {})), None)
    if ext is None:
        src = buffers[view.get("buffer", 0)]
        off = view.get("byteOffset", 0)
        return src[off : off + view["byteLength"]]
    import meshoptimizer as mo

    src = buffers[ext.get("buffer", 0)]
    off = ext.get("byteOffset", 0)
    data = src[off : off + ext["byteLength"]]
    count, stride = int(ext["count"]), int(ext["byteStride"])
    mode = ext.get("mode", "ATTRIBUTES")
    # (the wrapper's dtype= mode allocates too little; its default mode gives the right bytes)
    if mode == "ATTRIBUTES":
        out = np.ascontiguousarray(mo.decode_vertex_buffer(count, stride, data)).view(np.uint8).reshape(-1)
        flt = ext.get("filter", "NONE")
        if flt == "OCTAHEDRAL":
            out = mo.decode_filter_oct(out, count, stride)
        elif flt == "QUATERNION":
            out = mo.decode_filter_quat(out, count, stride)
        elif flt == "EXPONENTIAL":
            out = mo.decode_filter_exp(out, count, stride)
    elif mode == "TRIANGLES":  # the wrapper writes `stride`-byte indices into a uint32 array
        out = np.ascontiguousarray(mo.decode_index_buffer(count, stride, data)).view(np.uint8)[: count * stride]
    else:  # INDICES
        out = np.ascontiguousarray(mo.decode_index_sequence(count, stride, data)).view(np.uint8)[: count * stride]
    raw = np.ascontiguousarray(out).tobytes()
    if len(raw) != count * stride:
        raise ValueError(f"meshopt view decoded to {len(raw)} bytes, expected {count * stride}")
    return raw


def _dequantize(doc: dict, views: list[bytes]) -> None:
    """Integer vertex attributes -> float32 in new buffer views (normalised ones scaled to -1..1
    or 0..1, as the spec says); min/max recomputed. Node transforms that undo the quantisation
    stay as they are: the loader applies them."""
    accessors = doc.get("accessors", [])
    done: dict[int, None] = {}
    for mesh in doc.get("meshes", []):
        for prim in mesh.get("primitives", []):
            targets = [prim.get("attributes", {})] + list(prim.get("targets", []) or [])
            for attrs in targets:
                for name, index in attrs.items():
                    if name not in _FLOAT_ATTRIBUTES or index in done:
                        continue
                    acc = accessors[index]
                    if acc.get("componentType") == 5126 or "bufferView" not in acc:
                        continue
                    done[index] = None
                    values = _read_accessor(acc, doc["bufferViews"][acc["bufferView"]], views[acc["bufferView"]])
                    doc["bufferViews"].append({"buffer": 0, "byteLength": values.nbytes})
                    views.append(values.tobytes())
                    acc.update(bufferView=len(views) - 1, byteOffset=0, componentType=5126)
                    acc.pop("normalized", None)
                    if name == "POSITION" or "min" in acc:
                        acc["min"] = [float(x) for x in values.min(axis=0)]
                        acc["max"] = [float(x) for x in values.max(axis=0)]


def _read_accessor(acc: dict, view: dict, data: bytes) -> np.ndarray:
    dtype = np.dtype(_INTEGER_COMPONENT[acc["componentType"]])  # the caller skips float (5126) accessors
    width = _WIDTH[acc["type"]]
    count = int(acc["count"])
    stride = int(view.get("byteStride") or dtype.itemsize * width)
    start = int(acc.get("byteOffset", 0))
    rows = np.frombuffer(data, dtype=np.uint8, count=stride * (count - 1) + dtype.itemsize * width, offset=start)
    if stride * count <= len(data) - start:
        rows = np.frombuffer(data, dtype=np.uint8, count=stride * count, offset=start).reshape(count, stride)
    else:
        rows = np.concatenate([rows, np.zeros(stride - dtype.itemsize * width, np.uint8)]).reshape(count, stride)
    values = rows[:, : dtype.itemsize * width].copy().view(dtype).reshape(count, width).astype(np.float32)
    if acc.get("normalized"):
        if dtype.kind == "u":
            values /= float(np.iinfo(dtype).max)
        else:
            values = np.maximum(values / float(np.iinfo(dtype).max), -1.0)
    return values


def _glb(doc: dict, binary: bytes) -> bytes:
    js = json.dumps(doc, separators=(",", ":")).encode("utf-8")
    js += b" " * (-len(js) % 4)
    total = 12 + 8 + len(js) + (8 + len(binary) if binary else 0)
    parts = [struct.pack("<4sII", b"glTF", 2, total), struct.pack("<I4s", len(js), b"JSON"), js]
    if binary:
        parts += [struct.pack("<I4s", len(binary), b"BIN\x00"), binary]
    return b"".join(parts)
