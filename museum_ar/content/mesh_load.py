"""Read any mesh file trimesh understands into `Part`s (world transforms of scene nodes applied)."""

from __future__ import annotations

import io
import logging
import os
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import numpy as np
from PIL import Image

from ..core.errors import ContentError
from ..core.transform import vec3, vec4
from .mesh_parts import Material, Part
from .formats import format_of
from .gltf_decode import plain_glb
from .gltf_fast import GltfMaterial, load_gltf_fast, load_stl_fast
from .obj_fast import ObjMaterial, load_obj_fast



def load_parts(path: Path, warnings_out: list[str] | None = None, *, fast_obj: bool = True) -> tuple[list[Part], str | None]:
    """Parts of the mesh in `path`, and the unit the file declares (or None). Problems trimesh
    only logs (a texture file that is missing) are appended to `warnings_out`. OBJ, binary STL and
    glTF go through our own numpy readers where they can (`fast_obj=False`: trimesh only)."""
    ext = path.suffix.lower()
    fmt = format_of(ext)
    file_type = fmt.loader if fmt is not None else None
    if not file_type:
        raise ContentError(f"'{ext}' meshes cannot be read here; convert to GLB, OBJ, STL or PLY", path=path)
    decode_warnings: list[str] = []  # what decoding the glTF had to say (a KTX2 texture's colour space)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _CollectLog() as log:
                resolver: Any = file_resolver(path)
                fast = load_obj_fast(path, resolver) if file_type == "obj" and fast_obj else None
                if fast is None and fast_obj and file_type == "stl":
                    fast = load_stl_fast(path)
                plain = None
                if fast is None and file_type in ("glb", "gltf"):
                    resolver = file_resolver(path)
                    plain = plain_glb(path, resolver, decode_warnings)  # meshopt / quantised / KTX2 decoded first
                    if fast_obj:
                        fast = load_gltf_fast(path, resolver, plain)
                if fast is None:
                    import trimesh  # heavy import (~0.85 s with scipy): only for what the fast readers leave

                    resolver = _resolver(path)
                    if plain is not None:
                        scene = trimesh.load_scene(io.BytesIO(plain), file_type="glb", process=False, resolver=resolver)
                    else:
                        scene = trimesh.load_scene(str(path), file_type=file_type, process=False, resolver=resolver)
        if warnings_out is not None:
            # name each missing file once; trimesh's own log lines only when we know no names
            named = [f"'{n}' (named in the file) was not found next to it; imported without it" for n in dict.fromkeys(resolver.missing)]
            warnings_out.extend(decode_warnings + (named or log.messages))
        if fast is not None:
            return fast, None
    except ContentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ContentError("has a texture too large to decode safely", path=path) from None
    except MemoryError:
        raise ContentError("is too large to load into memory", path=path) from None
    except Exception as e:  # loaders raise anything from KeyError to struct.error on bad bytes
        raise ContentError(f"cannot be read as {file_type.upper()}: {_short(e)}", path=path) from None

    import trimesh

    parts: list[Part] = []
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        geom = scene.geometry.get(geom_name)
        if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
            continue  # point clouds and lines have nothing to show on a tablet
        part = _part_of(geom, np.asarray(transform, dtype=np.float64))
        if part is not None:
            parts.append(part)
    if not parts and file_type == "ply":
        parts = _ply_strips(path)  # scanners that write 'tristrips' instead of 'face'
    if not parts:
        raise ContentError("contains no triangles (is it a point cloud, a drawing, or not a mesh at all?)", path=path)
    # only a unit the file itself states (3MF's unit attribute); the format's default is in formats.py
    unit = _UNIT_WORDS.get(str(getattr(scene, "units", "") or "").lower()) if file_type == "3mf" else None
    return parts, unit


_UNIT_WORDS = {"m": "m", "meter": "m", "mm": "mm", "millimeter": "mm", "cm": "cm", "centimeter": "cm",
               "in": "in", "inch": "in", "inches": "in", "ft": "ft", "foot": "ft", "feet": "ft"}


def _part_of(geom, transform: np.ndarray) -> Part | None:
    positions = np.asarray(geom.vertices, dtype=np.float64)
    faces = np.asarray(geom.faces, dtype=np.int64)
    if len(positions) == 0:
        return None
    if faces.min() < 0 or faces.max() >= len(positions):
        raise ValueError("faces refer to vertices that do not exist")
    if not np.isfinite(positions).all():
        # NaN or inf coordinates: drop the faces that use them rather than the whole file
        bad = ~np.all(np.isfinite(positions), axis=1)
        faces = faces[~bad[faces].any(axis=1)]
        if len(faces) == 0:
            return None
    # the file's own normals (trimesh caches them only when the file has them): the artist's
    # smoothing and hard edges are kept instead of being recomputed
    normals = None
    if "vertex_normals" in getattr(getattr(geom, "_cache", None), "cache", {}):
        n = np.asarray(geom.vertex_normals, dtype=np.float64)
        if n.shape == positions.shape and np.isfinite(n).all():
            normals = n
    if not np.allclose(transform, np.eye(4)):
        positions = positions @ transform[:3, :3].T + transform[:3, 3]
        if normals is not None:
            normals = normals @ np.linalg.inv(transform[:3, :3])  # (M^-1)^T applied to row vectors
        if np.linalg.det(transform[:3, :3]) < 0:
            faces = faces[:, ::-1]  # a mirroring node flips the winding
    uv, colors, material = None, None, Material()
    visual = geom.visual
    kind = getattr(visual, "kind", None)
    if kind == "texture":
        material = material_of(getattr(visual, "material", None))
        raw_uv = getattr(visual, "uv", None)
        if raw_uv is not None and len(raw_uv) == len(positions) and material.images():
            uv = np.asarray(raw_uv, dtype=np.float64)
            if not np.isfinite(uv).all():
                uv = np.nan_to_num(uv)
        else:
            material.drop_images()
        # glTF COLOR_0 next to a material: trimesh keeps it as a vertex attribute
        extra = getattr(visual, "vertex_attributes", {}).get("color")
        if extra is not None and len(extra) == len(positions):
            colors = _as_rgba8(np.asarray(extra))
    elif kind in ("vertex", "face"):
        colors = np.asarray(visual.vertex_colors, dtype=np.uint8)  # face colours are spread to vertices
        if len(colors) != len(positions):
            colors = None
        elif (colors == colors[0]).all():
            # one colour for everything: a material factor is smaller than a colour per vertex
            material.base_color = tuple(_srgb_to_linear(colors[0][:3] / 255.0)) + (colors[0][3] / 255.0,)
            colors = None
    return Part(positions=positions, faces=faces, uv=uv, colors=colors, normals=normals, material=material)


def _ply_strips(path: Path) -> list[Part]:
    """A PLY whose surface is a 'tristrips' element (Cyberware, some scanners): strips become
    triangles (every other one flipped so all keep the strip's winding; -1 restarts a strip)."""
    import trimesh
    from trimesh.exchange.ply import load_ply

    with open(path, "rb") as f:
        kwargs = load_ply(f)
    raw = kwargs.get("metadata", {}).get("_ply_raw", {})
    strips = raw.get("tristrips", {}).get("data", {})
    data = _strip_lists(strips)
    if data is None or "vertices" not in kwargs:
        return []
    faces = strips_to_triangles(data)
    if len(faces) == 0:
        return []
    mesh = trimesh.Trimesh(vertices=kwargs["vertices"], faces=faces, vertex_colors=kwargs.get("vertex_colors"), process=False)
    part = _part_of(mesh, np.eye(4))
    return [part] if part is not None else []


def _strip_lists(strips):
    """The index lists of a PLY 'tristrips' element as trimesh hands them over: a dict of
    per-row arrays when the rows differ in length, or, when every row has the same length (one
    strip with -1 restarts, as Cyberware writes it), a structured array whose list property holds
    ('f0' count, 'f1' indices)."""
    if isinstance(strips, dict):
        return next(iter(strips.values()), None)
    if isinstance(strips, np.ndarray) and strips.dtype.names:
        lists = strips[strips.dtype.names[0]]
        if lists.dtype.names and "f1" in lists.dtype.names:
            return lists["f1"]
        return lists
    return None


def strips_to_triangles(strips) -> np.ndarray:
    """(n, 3) triangles of triangle strips given as index lists (-1 separates strips)."""
    out = []
    for strip in strips:
        s = np.asarray(strip, dtype=np.int64).reshape(-1)
        for run in np.split(s, np.flatnonzero(s < 0)):
            run = run[run >= 0]
            if len(run) < 3:
                continue
            tri = np.column_stack([run[:-2], run[1:-1], run[2:]])
            odd = np.arange(len(tri)) % 2 == 1
            tri[odd] = tri[odd][:, [1, 0, 2]]
            out.append(tri)
    if not out:
        return np.zeros((0, 3), np.int64)
    tri = np.concatenate(out)
    keep = (tri[:, 0] != tri[:, 1]) & (tri[:, 1] != tri[:, 2]) & (tri[:, 0] != tri[:, 2])  # strip joins
    return tri[keep]


def _as_rgba8(c: np.ndarray) -> np.ndarray:
    """Vertex colours as uint8 RGBA, whatever came in (float 0..1 or uint8/uint16, RGB or RGBA)."""
    if c.dtype.kind == "f":
        c = np.clip(c * 255.0 + 0.5, 0, 255)
    elif c.dtype.itemsize == 2:
        c = c / 257.0
    c = c.astype(np.uint8)
    if c.shape[1] == 3:
        c = np.column_stack([c, np.full(len(c), 255, np.uint8)])
    return c[:, :4]


def material_of(mat) -> Material:
    out = Material()
    if mat is None:
        return out
    # our readers' materials (glTF, MTL) need no trimesh import
    simple, pbr = isinstance(mat, ObjMaterial), isinstance(mat, GltfMaterial)
    if not (simple or pbr):
        from trimesh.visual.material import PBRMaterial, SimpleMaterial

        simple, pbr = isinstance(mat, SimpleMaterial), isinstance(mat, PBRMaterial)

    out.name = str(getattr(mat, "name", "") or "")
    if simple:
        diffuse = np.asarray(mat.diffuse, dtype=np.float64) / 255.0
        out.base_color = vec4([*_srgb_to_linear(diffuse[:3]), diffuse[3]])
        if mat.image is not None:
            out.base_color = (1.0, 1.0, 1.0, float(diffuse[3]))  # the texture carries the colour
        out.base_color_image = mat.image
        alpha = _obj_alpha(getattr(mat, "kwargs", {}) or {})
        if alpha < 1.0:  # MTL 'd 0.4' (or 'Tr 0.6'): a glass case, a veil
            out.base_color = out.base_color[:3] + (out.base_color[3] * alpha,)
            out.alpha_mode = "BLEND"
    elif pbr:
        if mat.baseColorFactor is not None:
            f = np.asarray(mat.baseColorFactor, dtype=np.float64)
            raw = np.asarray(mat.baseColorFactor)
            out.base_color = vec4(f / 255.0 if raw.dtype.kind in "ui" else f)  # trimesh keeps it as RGBA
        out.base_color_image = mat.baseColorTexture
        out.metallic = float(mat.metallicFactor) if mat.metallicFactor is not None else 1.0
        out.roughness = float(mat.roughnessFactor) if mat.roughnessFactor is not None else 1.0
        out.alpha_mode = mat.alphaMode or "OPAQUE"
        out.alpha_cutoff = float(mat.alphaCutoff) if mat.alphaCutoff is not None else 0.5
        out.double_sided = bool(mat.doubleSided)
        out.normal_image = mat.normalTexture
        out.occlusion_image = mat.occlusionTexture
        out.metallic_roughness_image = mat.metallicRoughnessTexture
        out.emissive_image = mat.emissiveTexture
        if mat.emissiveFactor is not None:
            out.emissive_factor = vec3(min(max(x, 0.0), 1.0) for x in np.asarray(mat.emissiveFactor, dtype=np.float64)[:3])
        elif out.emissive_image is not None:
            out.emissive_factor = (1.0, 1.0, 1.0)
    for slot in ("base_color_image", "normal_image", "occlusion_image", "metallic_roughness_image", "emissive_image"):
        if getattr(out, slot) is not None and not isinstance(getattr(out, slot), Image.Image):
            setattr(out, slot, None)
    return out


def _obj_alpha(kwargs: dict) -> float:
    """Opacity from MTL keys: 'd' is opacity, 'Tr' its complement (d wins when both are given)."""
    def number(key):
        v = kwargs.get(key)
        try:
            return float(v[0] if isinstance(v, (list, tuple)) else v)
        except (TypeError, ValueError, IndexError):
            return None
    d, tr = number("d"), number("tr")
    alpha = d if d is not None else (1.0 - tr if tr is not None else 1.0)
    return float(min(max(alpha, 0.0), 1.0)) if np.isfinite(alpha) else 1.0


def _srgb_to_linear(c: np.ndarray) -> np.ndarray:
    c = np.asarray(c, dtype=np.float64)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _short(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:200]


class FileResolver:
    """Finds the files a mesh refers to (MTL, textures, .bin) next to it: URL-escaped names
    ("Ammonit%20%C3%96l.png", as glTF requires) are decoded, and nothing outside the mesh's
    folder is read (a hostile "../../" name). Without trimesh (its import is slow); `_resolver`
    gives the same as the trimesh resolver its loaders take."""

    def __init__(self, source: str | Path) -> None:
        clean = os.path.expanduser(os.path.abspath(str(source)))
        self.parent = clean if os.path.isdir(clean) else os.path.split(clean)[0]
        self.missing: list[str] = []  # the names asked for and not found, for the warnings

    def get(self, name):
        folder = Path(self.parent).resolve()
        name = unquote(str(name)).replace("\\", "/")
        # as written; else just its file name (exporters write absolute Windows paths)
        for candidate in (name, name.rsplit("/", 1)[-1]):
            target = (folder / candidate).resolve()
            if folder in target.parents and target.is_file():
                return target.read_bytes()
        self.missing.append(name)
        raise FileNotFoundError(f"{name} (looked in {folder}; files outside it are not read)")

    def __getitem__(self, name):
        return self.get(name)


def file_resolver(path: Path) -> FileResolver:
    return FileResolver(path)


def _resolver(path: Path):
    """`FileResolver` as a trimesh resolver (what trimesh's loaders take)."""
    from trimesh.resolvers import FilePathResolver

    class _Resolver(FilePathResolver):
        def __init__(self, source: str) -> None:
            super().__init__(source)
            self._files = FileResolver(source)
            self.missing = self._files.missing

        def get(self, name):
            return self._files.get(name)

    return _Resolver(str(path))


class _CollectLog(logging.Handler):
    """Collect trimesh's complaints about files it could not load (missing textures)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if "unable to load" in msg.lower() or "not found" in msg.lower() or "failed to load" in msg.lower():
            self.messages.append(f"a file the mesh refers to (texture?) could not be loaded: {msg.splitlines()[0][:160]}")

    def __enter__(self) -> _CollectLog:
        self._logger = logging.getLogger("trimesh")
        self._old = self._logger.level
        self._logger.addHandler(self)
        self._logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._old)
