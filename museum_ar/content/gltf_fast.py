"""glTF/GLB and binary STL read straight into `Part`s with numpy, without trimesh.

Importing trimesh (and the scipy it pulls in) costs ~0.85 s per process, more than reading and
writing a whole DamagedHelmet takes; gltf-transform has no such start. For the files web exports
and CAD tools write this module builds the same `Part`s trimesh's loader would give (it mirrors
trimesh 5's glTF reader: primitive per part, node transforms, COLOR_0, the file's normals, PBR
materials with base-colour factors rounded to 8 bits as trimesh keeps them, Draco via DracoPy,
EXT_texture_webp). Anything outside that subset returns None and trimesh reads the file as before:
sparse accessors, points/lines/strips, cameras, specular-glossiness materials, extra GLB buffers,
images or buffers that cannot be found or decoded (trimesh's warnings then stay word for word).
`tests/content/test_gltf_fast.py` checks both readers give the same parts.
"""

from __future__ import annotations

import base64
import io
import os
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from .mesh_parts import Part
from .textures import keep_source

_DTYPES: dict[int, Any] = {5120: np.int8, 5121: np.uint8, 5122: np.int16, 5123: np.uint16, 5125: np.uint32, 5126: np.float32}
_SHAPES: dict[str, int | tuple[int, int]] = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT2": (2, 2), "MAT3": (3, 3), "MAT4": (4, 4)}
_TEXTURE_SLOTS = ("baseColorTexture", "metallicRoughnessTexture", "normalTexture", "occlusionTexture", "emissiveTexture")
_VALID_ALPHA = ("OPAQUE", "MASK", "BLEND")


class Unsupported(Exception):
    """Something this reader leaves to trimesh."""


@dataclass
class GltfMaterial:
    """The fields of trimesh's PBRMaterial that `mesh_load.material_of` reads, filled the same way."""

    name: Any = None
    baseColorFactor: np.ndarray | None = None  # uint8 RGBA, as trimesh keeps it
    baseColorTexture: Any = None
    metallicFactor: float | None = None
    roughnessFactor: float | None = None
    alphaMode: str | None = None
    alphaCutoff: float | None = None
    doubleSided: bool = False
    normalTexture: Any = None
    occlusionTexture: Any = None
    metallicRoughnessTexture: Any = None
    emissiveTexture: Any = None
    emissiveFactor: np.ndarray | None = None


def load_gltf_fast(path: Path, resolver, glb: bytes | None = None) -> list[Part] | None:
    """Parts of the glTF at `path` (or of `glb`, its decoded plain copy), or None to let trimesh
    read it."""
    try:
        doc, buffers = _document(path, resolver, glb)
        return _parts(doc, buffers, resolver)
    except Unsupported:
        return None


def _document(path: Path, resolver, glb: bytes | None) -> tuple[dict, list[bytes]]:
    raw = glb if glb is not None else path.read_bytes()
    if raw[:4] == b"glTF":
        if struct.unpack("<I", raw[4:8])[0] != 2 or raw[16:20] != b"JSON":
            raise Unsupported
        json_len = struct.unpack("<I", raw[12:16])[0]
        doc = json.loads(raw[20 : 20 + json_len])
        rest = 20 + json_len
        info = doc.get("buffers", []) if isinstance(doc, dict) else []
        if len(info) > 1 or any("uri" in b for b in info):
            raise Unsupported  # trimesh's GLB chunk walk for these is its own
        buffers = []
        if info:
            if len(raw) < rest + 8 or raw[rest + 4 : rest + 8] != b"BIN\x00":
                raise Unsupported
            bin_len = struct.unpack("<I", raw[rest : rest + 4])[0]
            buffers.append(raw[rest + 8 : rest + 8 + bin_len])
    else:
        doc = json.loads(raw)
        if not isinstance(doc, dict):
            raise Unsupported
        buffers = [_uri_bytes(b["uri"], resolver) for b in doc.get("buffers", [])]
    if not isinstance(doc, dict) or str(doc.get("asset", {}).get("version", "2.0")).split(".", 1)[0] != "2":
        raise Unsupported
    return doc, buffers


def _uri_bytes(uri: str, resolver) -> bytes:
    index = uri.find("base64,")
    if index >= 0:
        return base64.b64decode(uri[index + 7 :])
    try:
        return resolver.get(uri)
    except Exception:
        raise Unsupported from None  # trimesh says what is missing in its words


def _parts(doc: dict, buffers: list[bytes], resolver) -> list[Part]:
    from .mesh_load import _part_of

    views = []
    for view in doc.get("bufferViews", []):
        start = view.get("byteOffset", 0)
        data = buffers[view["buffer"]][start : start + view["byteLength"]]
        if len(data) != view["byteLength"]:
            raise Unsupported
        views.append(data)
    accessors = [_accessor(a, doc, views) for a in doc.get("accessors", [])]
    materials = [_material(m, doc, _images(doc, views, resolver)) for m in doc.get("materials", [])] if "materials" in doc else []
    mesh_geoms: list[list[_Geom]] = []
    for mesh in doc.get("meshes", []):
        geoms = []
        for p in mesh["primitives"]:
            geoms.append(_primitive(p, accessors, views, materials))
        mesh_geoms.append(geoms)
    parts = []
    for node, transform in _geometry_nodes(doc):
        if "skin" in node:
            transform = _bind_shape(doc, node["skin"], accessors, transform)
        for geom in mesh_geoms[node["mesh"]]:
            if len(geom.faces) == 0:
                continue
            part = _part_of(geom, transform)
            if part is not None:
                parts.append(part)
    return parts


def _accessor(a: dict, doc: dict, views: list[bytes]) -> np.ndarray | None:
    if "sparse" in a:
        raise Unsupported
    dtype = np.dtype(_DTYPES[a["componentType"]])
    per_item = _SHAPES[a["type"]]
    count = a["count"]
    shape = (count, *per_item) if isinstance(per_item, tuple) else (count, per_item)
    per_count = per_item if isinstance(per_item, int) else per_item[0] * per_item[1]
    if "bufferView" not in a:
        return None  # filled by Draco, or zeros (trimesh warns then: its reader)
    view = doc["bufferViews"][a["bufferView"]]
    data = views[a["bufferView"]]
    start = a.get("byteOffset", 0)
    per_row = per_count * dtype.itemsize
    if "byteStride" in view and view["byteStride"] != per_row:
        stride = view["byteStride"]
        length = (count - 1) * stride + per_row
        if not (stride > 0 and 0 <= start <= start + length <= len(data)):
            raise Unsupported
        rows = np.lib.stride_tricks.as_strided(np.frombuffer(data, dtype=np.uint8, offset=start, count=length), [count, per_row], [stride, 1])
        return np.array(rows).view(dtype).reshape(shape)
    length = per_row * count
    if start + length > len(data):
        raise Unsupported
    return np.frombuffer(data[start : start + length], dtype=dtype).reshape(shape)


def _images(doc: dict, views: list[bytes], resolver) -> list[Image.Image] | None:
    if "images" not in doc:
        return None
    out: list[Image.Image] = []
    for img in doc["images"]:
        if img.get("mimeType", "") == "image/ktx2":
            raise Unsupported
        if "bufferView" in img:
            blob = views[img["bufferView"]]
        elif "uri" in img:
            blob = _uri_bytes(img["uri"], resolver)
        else:
            raise Unsupported
        try:
            out.append(keep_source(Image.open(io.BytesIO(blob)), blob))
        except Exception:
            raise Unsupported from None
    return out


def _material(mat: dict, doc: dict, images: list[Image.Image] | None) -> GltfMaterial:
    exts = mat.get("extensions") or {}
    if "KHR_materials_pbrSpecularGlossiness" in exts:
        raise Unsupported
    flat = {k: v for k, v in mat.items() if k != "pbrMetallicRoughness"}
    flat.update(mat.get("pbrMetallicRoughness", {}))
    out = GltfMaterial(name=flat.get("name"), doubleSided=bool(flat.get("doubleSided", False)))
    if flat.get("baseColorFactor") is not None:
        f = np.array(flat["baseColorFactor"], dtype=np.float64)
        if f.shape != (4,):
            raise Unsupported
        f[~np.isfinite(f)] = 0.0
        out.baseColorFactor = np.clip(f * 255, 0.0, 255).round().astype(np.uint8)
    if flat.get("emissiveFactor") is not None:
        e = np.array(flat["emissiveFactor"], dtype=np.float64)
        if e.shape != (3,) or e.min() < 0:
            raise Unsupported
        out.emissiveFactor = e
    for key in ("metallicFactor", "roughnessFactor", "alphaCutoff"):
        if flat.get(key) is not None:
            setattr(out, key, float(flat[key]))
    if flat.get("alphaMode") is not None:
        mode = str(flat["alphaMode"]).upper().strip()
        if mode not in _VALID_ALPHA:
            raise Unsupported
        out.alphaMode = mode
    for slot in _TEXTURE_SLOTS:
        ref = flat.get(slot)
        if isinstance(ref, dict) and images is not None and "index" in ref:
            texture = doc["textures"][ref["index"]]
            tex_ext = texture.get("extensions") or {}
            index = tex_ext.get("EXT_texture_webp", {}).get("source") if "EXT_texture_webp" in tex_ext else None
            if index is None:
                index = texture.get("source")
            if index is not None:
                setattr(out, slot, images[index])
    return out


class _Visual:
    def __init__(self, kind: str | None, material=None, uv=None, colors=None) -> None:
        self.kind = kind
        self.material = material
        self.uv = uv
        self.vertex_attributes = {"color": colors} if kind == "texture" and colors is not None else {}
        self.vertex_colors = colors


class _Cache:
    def __init__(self, normals) -> None:
        self.cache = {} if normals is None else {"vertex_normals": normals}


class _Geom:
    """What `mesh_load._part_of` reads of a trimesh.Trimesh."""

    def __init__(self, vertices, faces, visual: _Visual, normals=None) -> None:
        self.vertices = np.asarray(vertices, dtype=np.float64)
        self.faces = np.asarray(faces, dtype=np.int64)
        self.visual = visual
        self._cache = _Cache(None if normals is None or np.shape(normals) != self.vertices.shape else np.asarray(normals, dtype=np.float64))

    @property
    def vertex_normals(self):
        return self._cache.cache["vertex_normals"]


def _primitive(p: dict, accessors: list, views: list[bytes], materials: list[GltfMaterial]) -> _Geom:
    if p.get("mode", 4) != 4 or p.get("targets"):
        raise Unsupported
    attr = p["attributes"]
    exts = p.get("extensions") or {}
    if set(exts) - {"KHR_draco_mesh_compression"}:
        raise Unsupported
    accessors = list(accessors)
    if "KHR_draco_mesh_compression" in exts:
        _draco(exts["KHR_draco_mesh_compression"], p, accessors, views)
    if any(a.startswith("_") for a in attr):
        raise Unsupported
    vertices = accessors[attr["POSITION"]]
    if vertices is None:
        raise Unsupported
    if "indices" in p:
        idx = accessors[p["indices"]]
        if idx is None:
            raise Unsupported
        faces = idx.reshape((-1, 3))
    else:
        faces = np.arange(len(vertices), dtype=np.int64).reshape((-1, 3))
    normals = accessors[attr["NORMAL"]] if "NORMAL" in attr else None
    if "NORMAL" in attr and normals is None:
        raise Unsupported
    colors = None
    if "COLOR_0" in attr:
        c = accessors[attr["COLOR_0"]]
        if c is None:
            raise Unsupported
        if len(c) == len(vertices):
            colors = c.copy()
    if "material" in p:
        uv = None
        if "TEXCOORD_0" in attr:
            t = accessors[attr["TEXCOORD_0"]]
            if t is None or t.dtype != np.float32:
                raise Unsupported  # normalised integer UVs: trimesh's reading of them is its own
            uv = t.copy()
            uv[:, 1] = 1.0 - uv[:, 1]  # flipped in the file's float32, as trimesh does
            uv = uv.astype(np.float64)
        return _Geom(vertices, faces, _Visual("texture", materials[p["material"]], uv, colors), normals)
    if colors is not None:
        # trimesh.visual.color.to_rgba: floats scaled and rounded, RGB gets opaque alpha
        if colors.dtype.kind == "f":
            colors = colors.astype(np.float64)
            colors[~np.isfinite(colors)] = 0.0
            colors = np.clip(colors * 255, 0.0, 255).round()
        elif colors.dtype != np.uint8:
            raise Unsupported
        if colors.ndim != 2 or colors.shape[1] not in (3, 4):
            raise Unsupported
        if colors.shape[1] == 3:
            colors = np.column_stack((colors, 255 * np.ones(len(colors))))
        return _Geom(vertices, faces, _Visual("vertex", colors=colors.astype(np.uint8)), normals)
    return _Geom(vertices, faces, _Visual(None), normals)


def _draco(ext: dict, p: dict, accessors: list, views: list[bytes]) -> None:
    import DracoPy

    decoded = DracoPy.decode(views[ext["bufferView"]])
    names = {ident: name for name, ident in ext["attributes"].items()}
    attributes = p.get("attributes", {})
    for a in decoded.attributes:
        name = names.get(a["unique_id"])
        if name in attributes:
            accessors[attributes[name]] = a["data"]
    faces = getattr(decoded, "faces", None)
    if p.get("indices") is not None and faces is not None:
        accessors[p["indices"]] = faces


_EYE = np.eye(4)


def _bind_shape(doc: dict, skin_index: int, accessors: list, node_transform: np.ndarray) -> np.ndarray:
    """Where a skinned mesh is drawn when the file's nodes stand as it says: a renderer ignores the
    mesh node's own transform and draws each vertex through its joints, world(joint) x inverse
    bind matrix. When every joint gives the same matrix (the rest pose is the bind pose, as in
    the Khronos Fox) that one matrix places the whole mesh. gltf-transform's quantisation of a
    skinned mesh puts its dequantising scale into the inverse bind matrices, not the node:
    read through the node, its meshopt Fox measured 2 m instead of 155 (issue #15). A rig posed
    away from its bind pose keeps the node's transform (trimesh's view)."""
    skins = doc.get("skins") or []
    if not 0 <= skin_index < len(skins):
        return node_transform
    skin = skins[skin_index]
    joints = skin.get("joints") or []
    ibm_index = skin.get("inverseBindMatrices")
    ibm = accessors[ibm_index] if isinstance(ibm_index, int) and 0 <= ibm_index < len(accessors) else None
    if not joints or ibm is None or ibm.shape[1:] != (4, 4) or len(ibm) < len(joints):
        return node_transform  # no inverse bind matrices: identities, the joints alone place it
    nodes = doc.get("nodes", [])
    parent = {c: i for i, n in enumerate(nodes) for c in n.get("children", [])}

    def world(i: int) -> np.ndarray:
        m = _local(nodes[i])
        while i in parent:
            i = parent[i]
            m = _local(nodes[i]) @ m
        return m

    shapes = np.array([world(j) @ np.asarray(ibm[k], dtype=np.float64).T for k, j in enumerate(joints)])
    scale = max(float(np.abs(shapes[0][:3, :4]).max()), 1e-12)
    if np.abs(shapes - shapes[0]).max() > 1e-4 * scale:
        return node_transform
    return shapes[0]


def _geometry_nodes(doc: dict) -> list[tuple[dict, np.ndarray]]:
    """(node, world transform) of every node with a mesh in the default scene, in the order
    trimesh's scene graph lists them (a depth-first walk from the last root)."""
    nodes = doc.get("nodes", [])
    scenes = doc.get("scenes")
    if not scenes:
        return []
    roots = scenes[doc.get("scene", 0)].get("nodes", [])
    out = []
    stack: list[tuple[int | None, int, list[np.ndarray]]] = [(None, r, []) for r in roots]
    seen: set[tuple[int | None, int]] = set()
    visited: set[int] = set()
    while stack:
        parent, b, chain = stack.pop()
        if (parent, b) in seen:
            continue
        seen.add((parent, b))
        if b in visited:
            raise Unsupported  # a node reached twice: trimesh's graph keeps one parent
        visited.add(b)
        child = nodes[b]
        if "camera" in child:
            raise Unsupported
        chain = chain + [_local(child)]
        stack.extend((b, c, chain) for c in child.get("children", []))
        if "mesh" in child:
            out.append((child, _world(chain)))
    return out


def _local(node: dict) -> np.ndarray:
    m = np.array(node["matrix"], dtype=np.float64).reshape((4, 4)).T if "matrix" in node else _EYE
    if "translation" in node:
        t = np.eye(4)
        t[:3, 3] = np.asarray(node["translation"], dtype=np.float64)[:3]
        m = np.dot(m, t)
    if "rotation" in node:
        m = np.dot(m, _quaternion_matrix(np.reshape(node["rotation"], 4)[[3, 0, 1, 2]]))
    if "scale" in node:
        m = np.dot(m, np.diag(np.concatenate((np.asarray(node["scale"], dtype=np.float64), [1.0]))))
    return m


def _world(chain: list[np.ndarray]) -> np.ndarray:
    """trimesh's SceneGraph.get: a root's own matrix, else the non-identity matrices of the path
    multiplied (numpy's multi_dot), then repaired to rigid when nearly so (its repair_rigid)."""
    if len(chain) == 1:
        matrix = chain[0]
    else:
        matrices = [m for m in chain if np.abs(m - _EYE).max() > 1e-8]
        matrix = _EYE if not matrices else matrices[0] if len(matrices) == 1 else np.linalg.multi_dot(matrices)
    rot = matrix[:3, :3]
    check = np.abs(np.dot(rot, rot.T) - _EYE[:3, :3]).max()
    if 1e-13 < check < 1e-5:
        u, _, v = np.linalg.svd(rot)
        repaired = np.eye(4)
        repaired[:3, :3] = np.dot(u, v)
        repaired[:3, 3] = matrix[:3, 3]
        return repaired
    return matrix


def _quaternion_matrix(q: np.ndarray) -> np.ndarray:
    """trimesh.transformations.quaternion_matrix for one WXYZ quaternion."""
    q = np.array(q, dtype=np.float64)
    n = float(np.dot(q, q))
    if n < np.finfo(float).eps * 4.0:
        return np.eye(4)
    q *= np.sqrt(2.0 / n)
    q = np.outer(q, q)
    return np.array([
        [1.0 - q[2, 2] - q[3, 3], q[1, 2] - q[3, 0], q[1, 3] + q[2, 0], 0.0],
        [q[1, 2] + q[3, 0], 1.0 - q[1, 1] - q[3, 3], q[2, 3] - q[1, 0], 0.0],
        [q[1, 3] - q[2, 0], q[2, 3] + q[1, 0], 1.0 - q[1, 1] - q[2, 2], 0.0],
        [0.0, 0.0, 0.0, 1.0]])


_STL_SLICE = 1 << 17  # triangles read at a time (6.5 MB)
_STL_DTYPE = np.dtype([("normals", "<f4", (3,)), ("vertices", "<f4", (3, 3)), ("attributes", "<u2")])


def load_stl_fast(path: Path) -> list[Part] | None:
    """A binary STL (its length agrees with its triangle count) as trimesh reads it: a triangle
    soup, three vertices per face. ASCII STL: None (trimesh)."""
    from .mesh_load import _part_of

    with open(path, "rb") as f:
        head = f.read(84)
        if len(head) < 84:
            return None
        n = struct.unpack("<I", head[80:84])[0]
        if os.fstat(f.fileno()).st_size - 84 != n * _STL_DTYPE.itemsize or n == 0:
            return None
        # read in slices straight into the float64 vertices: the file's bytes are never all held
        # beside them (a 1.5M-triangle STL is 75 MB of bytes next to 108 MB of vertices)
        vertices = np.empty((n * 3, 3), dtype=np.float64)
        for lo in range(0, n, _STL_SLICE):
            count = min(_STL_SLICE, n - lo)
            blob = np.frombuffer(f.read(count * _STL_DTYPE.itemsize), dtype=_STL_DTYPE)
            if len(blob) != count:
                return None  # the file shrank while it was read
            vertices[3 * lo : 3 * (lo + count)] = blob["vertices"].reshape((-1, 3))
    geom = _Geom(vertices, np.arange(n * 3).reshape((-1, 3)), _Visual(None))
    del vertices
    part = _part_of(geom, _EYE)
    return [part] if part is not None else []
