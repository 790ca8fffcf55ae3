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

import json
import struct

import numpy as np

EXT = "EXT_meshopt_compression"
_ARRAY_BUFFER, _ELEMENT_ARRAY_BUFFER = 34962, 34963
_SIZE = {5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}


def split_glb(glb: bytes) -> tuple[dict, bytes]:
    json_len = struct.unpack("<I", glb[12:16])[0]
    doc = json.loads(glb[20 : 20 + json_len])
    rest = 20 + json_len
    binary = b""
    if len(glb) >= rest + 8:
        bin_len = struct.unpack("<I", glb[rest : rest + 4])[0]
        binary = glb[rest + 8 : rest + 8 + bin_len]
    return doc, binary


def join_glb(doc: dict, binary: bytes) -> bytes:
    js = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    js += b" " * (-len(js) % 4)
    binary = binary + b"\x00" * (-len(binary) % 4)
    total = 12 + 8 + len(js) + 8 + len(binary)
    return b"".join([struct.pack("<4sII", b"glTF", 2, total), struct.pack("<I4s", len(js), b"JSON"), js,
                     struct.pack("<I4s", len(binary), b"BIN\x00"), binary])


def compress_glb(glb: bytes) -> bytes:
    """The same GLB with its vertex and index views meshopt-encoded (textures untouched)."""
    import meshoptimizer as mo

    doc, binary = split_glb(glb)
    if EXT in (doc.get("extensionsUsed") or []):
        return glb
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
            if size * int(acc["count"]) == views[v]["byteLength"] and views[v].get("byteStride") in (None, size):
                layout[v] = (size, int(acc["count"]))
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
        if target == _ARRAY_BUFFER and stride % 4 == 0 and 0 < stride <= 256 and count:
            arr = np.frombuffer(data, dtype=np.uint8).reshape(count, stride)
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
