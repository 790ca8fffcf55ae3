"""Write primitives as one binary glTF 2.0 file that the Khronos validator accepts.

Written by hand (about a hundred lines) rather than through trimesh's exporter so that what ends
up in the file is exactly what the tablet needs: one node, one mesh, a primitive per material,
JPEG/PNG textures embedded, uint16 indices where they fit, and nothing the validator complains
about (accessor bounds, 4-byte alignment, unit normals).
"""

from __future__ import annotations

import json
import os
import struct
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from PIL import Image

from .decimate import Primitive
from .heap import trim
from .peaks import PeakGate
from .textures import colour_map_in_srgb, encode_texture, forget_source, map_kind, prepare_texture, shrink_texture, source_bytes
from .png_rows import shrink_png
from .thumbnail import THUMBNAIL_TEXTURE_PX, thumbnail_texture

_FLOAT, _UBYTE, _USHORT, _UINT = 5126, 5121, 5123, 5125
_ARRAY_BUFFER, _ELEMENT_ARRAY_BUFFER = 34962, 34963


class _Builder:
    def __init__(self) -> None:
        self.bin = bytearray()
        self.views: list[dict] = []
        self.accessors: list[dict] = []

    def view(self, data: bytes, target: int | None = None) -> int:
        while len(self.bin) % 4:
            self.bin.append(0)
        v = {"buffer": 0, "byteOffset": len(self.bin), "byteLength": len(data)}
        if target is not None:
            v["target"] = target
        self.bin += data
        self.views.append(v)
        return len(self.views) - 1

    def accessor(self, arr: np.ndarray, ctype: int, atype: str, target: int, *, normalized=False, bounds=False) -> int:
        arr = np.ascontiguousarray(arr)
        acc = {"bufferView": self.view(arr.tobytes(), target), "componentType": ctype, "count": len(arr), "type": atype}
        if normalized:
            acc["normalized"] = True
        if bounds:
            acc["min"] = [float(x) for x in arr.min(axis=0)]
            acc["max"] = [float(x) for x in arr.max(axis=0)]
        self.accessors.append(acc)
        return len(self.accessors) - 1


def kinds_of(parts) -> dict[int, str]:
    """id(picture) -> its map kind (textures.map_kind) from every slot it fills in any of `parts`."""
    slots: dict[int, set[str]] = {}
    for part in parts:
        for slot, img in part.material.images().items():
            slots.setdefault(id(img), set()).add(slot)
    return {key: map_kind(names) for key, names in slots.items()}


class TextureJobs:
    """Every distinct texture of some parts encoded on a small thread pool (Pillow's decoders,
    resizing and encoders release the GIL), started as soon as the parts are read so it runs
    while the mesh is simplified; a PBR model has five 2048 px maps, and their encoding is the
    slowest step of its import. Each picture is touched by one job only (Pillow images are not
    safe to decode or save from two threads at once): that job also makes the thumbnail's copy
    of a base-colour map. Use as a context manager; leaving it on an error cancels what has not
    started."""

    def __init__(self, max_texture_px: int, jpeg_quality: int, texture_format: str) -> None:
        self._args = (max_texture_px, jpeg_quality, texture_format)
        self._pool = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)), thread_name_prefix="texture")
        # id(PIL image) -> (the image, its job: (bytes, mime, size), thumbnail array or None). The
        # image is kept so that its id cannot be handed to another picture meanwhile (usdz.py had
        # given a picture another's texture that way)
        self._jobs: dict[int, tuple[Image.Image, Future]] = {}
        # one memory peak at a time (peaks.py): a released picture is decoded, thumbnailed,
        # brought down and encoded holding this shared; import_mesh holds it alone while the mesh
        # is simplified and its normals made
        self.gate = PeakGate()

    def start(self, parts, *, release: bool = False) -> TextureJobs:
        """`release`: each picture's pixels are freed as soon as its job has encoded it (and made
        the thumbnail's copy of a base-colour map), so at most the pictures being worked on are
        held decoded instead of all of them until the import ends (five 2048 px maps: 80 MB).
        Only for parts whose pictures nothing else reads afterwards (an import's own parts)."""
        used = [part for part in parts if part.uv is not None]
        bases = {id(part.material.base_color_image) for part in used}
        kinds = kinds_of(used)
        for part in used:
            for img in part.material.images().values():
                if id(img) not in self._jobs:
                    self._jobs[id(img)] = (img, self._pool.submit(self._job, img, id(img) in bases, release, kinds[id(img)]))
        return self

    def _job(self, img: Image.Image, for_thumbnail: bool, release: bool = False,
             kind: str = "base") -> tuple[tuple[bytes, str, tuple[int, int]], np.ndarray | None]:
        if not release:
            return prepare_texture(img, *self._args, kind=kind), thumbnail_texture(colour_map_in_srgb(img, img, "base")) if for_thumbnail else None
        max_px, quality, fmt = self._args
        with self.gate.shared():
            # a plain PNG larger than the budget is read a band of rows at a time (png_rows.py)
            streamed = shrink_png(img, max_px, THUMBNAIL_TEXTURE_PX if for_thumbnail else None)
            if streamed is not None:
                (small, thumb), source = streamed, img
            else:
                thumb = thumbnail_texture(colour_map_in_srgb(img, img, "base")) if for_thumbnail else None  # first: the picture may go while it is encoded
                source, small = shrink_texture(img, max_px, release=True)
            if small is not source:
                forget_source(img)  # scaled down: its file's bytes cannot go in as they came (2.9 MB for a 4096 px atlas)
            trim()  # the decoded source and the resize's pieces, freed in this thread's own heap
            encoded = encode_texture(source, small, quality, fmt, kind=kind)
            img.close()  # size and mode stay; the pixels go (the job's results are all that is read later)
            del source, small
            trim()
        return encoded, thumb

    def encoded(self, img: Image.Image, kind: str = "base") -> tuple[bytes, str, tuple[int, int]]:
        """`kind`: for a picture no job was started for (`kinds_of`)."""
        if id(img) not in self._jobs:
            self._jobs[id(img)] = (img, self._pool.submit(self._job, img, False, False, kind))
        return self._jobs[id(img)][1].result()[0]

    def thumbnail(self, img: Image.Image) -> np.ndarray:
        kept = self._jobs.get(id(img))
        arr = kept[1].result()[1] if kept is not None else None
        return arr if arr is not None else thumbnail_texture(img)  # (its job is finished: no other thread has it)

    def __enter__(self) -> TextureJobs:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self._pool.shutdown(wait=exc_type is None, cancel_futures=True)


def write_glb(primitives: list[Primitive], *, name: str = "mesh", max_texture_px: int = 2048, jpeg_quality: int = 88,
              texture_format: str = "jpeg", textures: TextureJobs | None = None) -> tuple[bytes, dict]:
    """The GLB bytes and facts about it (texture sizes). `textures`: jobs already encoding the
    primitives' textures (made with the same settings); else they are encoded here."""
    if textures is None:
        with TextureJobs(max_texture_px, jpeg_quality, texture_format) as jobs:
            jobs.start([p.part for p in primitives if p.uv is not None])
            return write_glb(primitives, name=name, textures=jobs)
    b = _Builder()
    images, textures_out, prims = [], [], []
    materials: list[dict] = []
    texture_of: dict[int, int] = {}  # id(PIL image) -> texture index, so shared textures are stored once
    texture_sizes = []
    texture_maps = []  # per texture, how it was written: the import report says which came as they were
    kinds = kinds_of([p.part for p in primitives if p.uv is not None])
    for p in primitives:
        mat = p.part.material
        # factors written even when they equal glTF's defaults: readers that guess when a factor is
        # absent (trimesh, hence the desktop renderer, takes grey) then show what the spec says
        m: dict = {"name": mat.name or f"material{len(materials)}", "pbrMetallicRoughness": {
            "baseColorFactor": [float(min(max(c, 0.0), 1.0)) for c in mat.base_color],
            "metallicFactor": float(min(max(mat.metallic, 0.0), 1.0)),
            "roughnessFactor": float(min(max(mat.roughness, 0.0), 1.0)),
        }}
        for slot, img in (mat.images().items() if p.uv is not None else ()):
            key = id(img)
            if key not in texture_of:
                # colour maps may go lossy; normal maps keep their precision as PNG only when small
                data, mime, size = textures.encoded(img, kinds[key])
                images.append({"bufferView": b.view(data), "mimeType": mime})
                if mime == "image/webp":  # the core spec knows PNG/JPEG only: the extension points at it
                    textures_out.append({"sampler": 0, "extensions": {"EXT_texture_webp": {"source": len(images) - 1}}})
                else:
                    textures_out.append({"source": len(images) - 1, "sampler": 0})
                texture_of[key] = len(textures_out) - 1
                texture_sizes.append(list(size))
                texture_maps.append({"kind": kinds[key], "mime": mime, "bytes": len(data),
                                     "as_it_came": data is source_bytes(img)})
            ref = {"index": texture_of[key]}
            if slot in ("baseColorTexture", "metallicRoughnessTexture"):
                m["pbrMetallicRoughness"][slot] = ref
            else:
                m[slot] = ref
        if any(mat.emissive_factor):
            m["emissiveFactor"] = [float(min(max(c, 0.0), 1.0)) for c in mat.emissive_factor]
        if mat.alpha_mode in ("MASK", "BLEND"):
            m["alphaMode"] = mat.alpha_mode
            if mat.alpha_mode == "MASK":
                m["alphaCutoff"] = float(mat.alpha_cutoff)
        if mat.double_sided:
            m["doubleSided"] = True
        materials.append(m)

        attrs = {
            "POSITION": b.accessor(p.positions.astype(np.float32), _FLOAT, "VEC3", _ARRAY_BUFFER, bounds=True),
            "NORMAL": b.accessor(p.normals.astype(np.float32), _FLOAT, "VEC3", _ARRAY_BUFFER),
        }
        if p.uv is not None:
            uv = p.uv.astype(np.float32).copy()
            uv[:, 1] = 1.0 - uv[:, 1]  # glTF puts the texture origin top-left
            attrs["TEXCOORD_0"] = b.accessor(uv, _FLOAT, "VEC2", _ARRAY_BUFFER)
        if p.colors is not None:
            attrs["COLOR_0"] = b.accessor(p.colors.astype(np.uint8), _UBYTE, "VEC4", _ARRAY_BUFFER, normalized=True)
        small = len(p.positions) < 65535
        idx = p.indices.reshape(-1).astype(np.uint16 if small else np.uint32)
        prims.append({"attributes": attrs, "indices": b.accessor(idx, _USHORT if small else _UINT, "SCALAR", _ELEMENT_ARRAY_BUFFER),
                      "material": len(materials) - 1, "mode": 4})

    while len(b.bin) % 4:
        b.bin.append(0)
    gltf: dict = {
        "asset": {"version": "2.0", "generator": "museum-ar content pipeline"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": name}],
        "meshes": [{"name": name, "primitives": prims}],
        "materials": materials,
        "accessors": b.accessors,
        "bufferViews": b.views,
        "buffers": [{"byteLength": len(b.bin)}],
    }
    if any(i["mimeType"] == "image/webp" for i in images):
        gltf["extensionsUsed"] = gltf["extensionsRequired"] = ["EXT_texture_webp"]
    if images:
        gltf["images"] = images
        gltf["textures"] = textures_out
        # trilinear filtering and repeat: what scanned texture atlases expect
        gltf["samplers"] = [{"magFilter": 9729, "minFilter": 9987, "wrapS": 10497, "wrapT": 10497}]
    js = json.dumps(gltf, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    js += b" " * (-len(js) % 4)
    total = 12 + 8 + len(js) + 8 + len(b.bin)
    out = b"".join([
        struct.pack("<4sII", b"glTF", 2, total),
        struct.pack("<I4s", len(js), b"JSON"), js,
        struct.pack("<I4s", len(b.bin), b"BIN\x00"), bytes(b.bin),
    ])
    return out, {"texture_px": texture_sizes, "texture_maps": texture_maps}
