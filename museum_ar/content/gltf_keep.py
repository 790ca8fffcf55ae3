"""An animated or skinned glTF kept as it is, only placed: its animations, skins and morph targets
survive import (an animated bird, a turning drum).

The static pipeline rebuilds meshes from trimesh's view of the file, which has no bones and no
animation. For such files the document itself is written back as one GLB: meshopt/quantised data
decoded first (gltf_decode), external buffers and images embedded, images over the texture budget
downscaled, and every scene root put under one new node whose matrix does what the static path
does to the vertices (unit, up axis, standing on the marker). Skinned meshes deform with their
joints, and the joints sit under that node too, so the whole rig is placed consistently. Meshes
are not simplified here (a skinned mesh cannot be decimated without its weights): over the budget
the item's warnings say so.
"""

from __future__ import annotations

import base64
import io
import json
import struct
from pathlib import Path

import numpy as np
from PIL import Image

from ..core.clips import clip_names
from .gltf_decode import _glb, pack_views, plain_glb, read_gltf
from .textures import encode, fit_within


def keepable_motion(path: Path) -> bool:
    """A GLB/glTF with animations or skins that this module can keep (Draco-compressed ones are
    not: their geometry would need decoding into the document; they take the static path)."""
    if path.suffix.lower() not in (".glb", ".gltf"):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(20)
            if head[:4] == b"glTF":
                doc = json.loads(f.read(struct.unpack("<I", head[12:16])[0]))
            else:
                f.seek(0)
                doc = json.loads(f.read(64 << 20))
    except (OSError, ValueError, struct.error):
        return False
    if not isinstance(doc, dict) or "KHR_draco_mesh_compression" in (doc.get("extensionsUsed") or []):
        return False
    return bool(doc.get("animations") or doc.get("skins") or any(
        p.get("targets") for m in doc.get("meshes") or [] for p in m.get("primitives") or []))


def keep_gltf(path: Path, resolver, *, matrix: np.ndarray, max_texture_px: int, jpeg_quality: int) -> tuple[bytes, dict]:
    """(GLB bytes, facts) of the glTF at `path` with `matrix` (4x4, file -> content frame) on a new
    root node. Facts: animation names, skin count, texture sizes."""
    plain = plain_glb(path, resolver)
    if plain is not None:
        doc, buffers = _split(plain)
    else:
        doc, buffers = read_gltf(path, resolver)
    views = []
    for v in doc.get("bufferViews", []):
        src = buffers[v.get("buffer", 0)]
        off = v.get("byteOffset", 0)
        views.append(src[off : off + v["byteLength"]])
    sizes = []
    for img in doc.get("images", []) or []:
        if "uri" in img:  # an external or data: image becomes a view of the one buffer
            uri = img.pop("uri")
            data = base64.b64decode(uri.split(",", 1)[1]) if uri.startswith("data:") else resolver.get(uri)
            views.append(data)
            doc.setdefault("bufferViews", []).append({"buffer": 0, "byteLength": len(data)})
            img["bufferView"] = len(views) - 1
        data = views[img["bufferView"]]
        try:
            pic = Image.open(io.BytesIO(data))
            pic.load()
        except Exception:
            continue
        small = fit_within(pic, max_texture_px)
        new, mime = encode(small, jpeg_quality=jpeg_quality)
        # over the budget, simply smaller re-encoded, or not a glTF image format (a transcoded KTX2)
        if small is not pic or len(new) < len(data) or img.get("mimeType") not in ("image/png", "image/jpeg", "image/webp"):
            views[img["bufferView"]] = new
            img["mimeType"] = mime
        sizes.append(list(small.size))
    binary = pack_views(doc, views)
    scene_index = doc.get("scene", 0)
    scenes = doc.get("scenes") or [{"nodes": list(range(len(doc.get("nodes", []))))}]
    roots = scenes[scene_index].get("nodes", [])
    doc.setdefault("nodes", []).append({"name": "museum-ar placement", "children": list(roots),
                                        "matrix": [float(x) for x in np.asarray(matrix, dtype=float).T.reshape(-1)]})
    scenes[scene_index]["nodes"] = [len(doc["nodes"]) - 1]
    doc["scenes"], doc["scene"] = scenes, scene_index
    doc.setdefault("asset", {})["generator"] = "museum-ar content pipeline (animated glTF kept)"
    facts = {"animations": clip_names(doc),  # the names an item's playback chooses a clip by
             "skins": len(doc.get("skins", []) or []), "texture_px": sizes}
    return _glb(doc, binary), facts


def _split(glb: bytes) -> tuple[dict, list[bytes]]:
    json_len = struct.unpack("<I", glb[12:16])[0]
    doc = json.loads(glb[20 : 20 + json_len])
    rest = 20 + json_len
    binary = glb[rest + 8 :] if len(glb) > rest + 8 else b""
    return doc, [binary]
