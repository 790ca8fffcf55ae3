"""A fast reader for the OBJ files scanners and photogrammetry tools write.

trimesh's OBJ loader is general but slow: 12 s of a 16 s import of a 2-million-triangle scan. This
reader classifies all lines at once with numpy (by their first two bytes), cuts the file into runs
of `v`, `vt` and `f` lines and parses each run with one C-speed numpy call. It handles `v` (with
optional per-vertex RGB), `vt`, `vn` (ignored: we compute normals), `f` with one corner format per
run (`a`, `a/b`, `a//c`, `a/b/c`; triangles, quads or n-gons of one size), `usemtl`, `mtllib`
(MTL by `parse_mtl_fast`, which mirrors trimesh's reader for the usual files), `o`/`g`/`s` and comments. For anything else (relative indices,
mixed polygon sizes, indented lines, free-form curves) it returns None and trimesh reads the file.
Tests check both readers agree.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .mesh_parts import Material, Part

_ALLOWED_FIRST = set(b"vf#ogsum")
_BLANK_V = bytes.maketrans(b"vt\t\n", b"    ")
_BLANK_F = bytes.maketrans(b"f/\t\n", b"    ")


def load_obj_fast(path: Path, resolver) -> list[Part] | None:
    data = path.read_bytes()
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if b"\\\n" in data:
        return None  # line continuations
    buf = np.frombuffer(data, dtype=np.uint8)
    nl = np.flatnonzero(buf == 10)
    starts = np.concatenate([[0], nl + 1])  # line i is data[starts[i]:ends[i]], without its newline
    ends = np.concatenate([nl, [len(buf)]])
    del nl
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    b0, b1 = buf[starts], buf[np.minimum(starts + 1, len(buf) - 1)]
    if not set(np.unique(b0).tolist()) <= _ALLOWED_FIRST:
        return None  # l, p, curv, indented lines ...: trimesh
    space = (b1 == 32) | (b1 == 9)
    is_v = (b0 == ord("v")) & space
    is_vt = (b0 == ord("v")) & (b1 == ord("t"))
    is_vn = (b0 == ord("v")) & (b1 == ord("n"))
    is_f = (b0 == ord("f")) & space
    if ((b0 == ord("v")) & ~(is_v | is_vt | is_vn)).any() or ((b0 == ord("f")) & ~is_f).any():
        return None  # vp, fo ...

    def line(i: int | np.integer) -> bytes:
        return data[starts[i] : ends[i]]  # noqa: F821 (closure cells; deleted only after the last call below)

    v = _parse_runs(data, starts, ends, is_v, (3, 6, 7))
    if v is None or len(v) == 0:
        return None
    colors = None
    if v.shape[1] >= 6:
        rgb = v[:, 3:6]
        scale = 255.0 if rgb.max() <= 1.0 else 1.0
        colors = np.column_stack([np.clip(rgb * scale + 0.5, 0, 255), np.full(len(v), 255.0)]).astype(np.uint8)
    positions = np.ascontiguousarray(v[:, :3])
    vt = _parse_runs(data, starts, ends, is_vt, (2, 3)) if is_vt.any() else np.zeros((0, 2))
    if vt is None:
        return None

    # material in force for every line: the last usemtl above it
    u_lines = np.flatnonzero(b0 == ord("u"))
    names = _arguments(line, u_lines, b"usemtl")
    libs = _arguments(line, np.flatnonzero(b0 == ord("m")), b"mtllib")
    if names is None or libs is None:
        return None
    materials = _materials(libs, resolver)

    f_idx = np.flatnonzero(is_f)
    if len(f_idx) == 0:
        return None
    run_breaks = np.flatnonzero(np.diff(f_idx) != 1) + 1
    by_material: dict[str, list[tuple[np.ndarray, np.ndarray | None]]] = {}
    for run in np.split(f_idx, run_breaks):
        which = np.searchsorted(u_lines, run[0]) - 1
        name = names[which] if which >= 0 else ""
        block = data[starts[run[0]] : ends[run[-1]]]
        parsed = _faces(block, len(run), line(run[0]), len(positions), len(vt))
        if parsed is None:
            return None
        by_material.setdefault(name, []).append(parsed)

    del data, buf, starts, ends, b0, b1, is_v, is_vt, is_vn, is_f, v  # free the text before building parts
    parts = []
    for name, blocks in by_material.items():
        vi = np.concatenate([b[0] for b in blocks])
        material = _material_of(materials.get(name))
        if material.base_color_image is not None and len(vt) and all(b[1] is not None for b in blocks):
            ti = np.concatenate([b[1] for b in blocks])
            key = vi * np.int64(len(vt)) + ti  # a vertex per distinct (position, uv) corner
            uniq, inverse = np.unique(key.reshape(-1), return_inverse=True)
            src_v, src_t = uniq // len(vt), uniq % len(vt)
            parts.append(Part(positions=positions[src_v], faces=inverse.reshape(-1, 3).astype(np.int64),
                              uv=np.ascontiguousarray(vt[src_t, :2]), colors=None if colors is None else colors[src_v], material=material))
        else:
            material.drop_images()
            uniq, inverse = np.unique(vi.reshape(-1), return_inverse=True)
            parts.append(Part(positions=positions[uniq], faces=inverse.reshape(-1, 3).astype(np.int64),
                              colors=None if colors is None else colors[uniq], material=material))
    return parts


def _numbers(text: bytes, dtype) -> np.ndarray:
    """All whitespace-separated numbers in `text` at C speed; stops early at anything else, which
    the callers notice from the count."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return np.fromstring(text, dtype=dtype, sep=" ")


def _parse_runs(data: bytes, starts, ends, mask, widths: tuple[int, ...]) -> np.ndarray | None:
    """The numbers of all lines in `mask` (v or vt lines) as an (n, k) array."""
    idx = np.flatnonzero(mask)
    if len(idx) == 0:
        return None
    k = len(data[starts[idx[0]] : ends[idx[0]]].split()) - 1
    if k not in widths:
        return None
    out = []
    for run in np.split(idx, np.flatnonzero(np.diff(idx) != 1) + 1):
        block = data[starts[run[0]] : ends[run[-1]]]
        text = block.translate(_BLANK_V)  # the v/vt prefixes, tabs and newlines become spaces: one pass
        arr = _numbers(text, np.float64)
        if arr.size != len(run) * k:
            return None  # lines of different lengths
        out.append(arr.reshape(len(run), k))
    return np.concatenate(out)


def _faces(block: bytes, n_lines: int, first: bytes, n_v: int, n_vt: int):
    """(vertex indices (m, 3), texcoord indices (m, 3) or None), 0-based, polygons fanned."""
    tokens = first.split()[1:]
    corners = len(tokens)
    if corners < 3 or b"-" in block:
        return None  # relative indices: trimesh
    token = tokens[0]
    text = block.translate(_BLANK_F)  # "f", slashes, tabs and newlines become spaces: one pass
    if b"//" in token:
        per, uv_at = 2, None  # a//c
    else:
        per = token.count(b"/") + 1  # a, a/b, a/b/c
        uv_at = 1 if per >= 2 else None
    arr = _numbers(text, np.int64)
    if arr.size != n_lines * corners * per:
        return None  # mixed polygon sizes or corner formats: trimesh handles those
    arr = arr.reshape(n_lines, corners, per)
    arr -= 1  # in place: this array is the biggest of the parse
    if arr.min() < 0:
        return None
    fan = np.array([[0, i, i + 1] for i in range(1, corners - 1)])  # triangles of each polygon
    vi = arr[:, fan, 0].reshape(-1, 3)
    if vi.max() >= n_v:
        return None
    ti = None
    if uv_at is not None and n_vt:
        ti = arr[:, fan, uv_at].reshape(-1, 3)
        if ti.max() >= n_vt:
            return None
    return vi, ti


def _arguments(line: Callable[[int], bytes], lines: np.ndarray, keyword: bytes) -> list[str] | None:
    """The text after `keyword` on each of `lines` (those starting with its first letter), or None
    when one of them is another statement: the fast path then leaves the file to trimesh."""
    out = []
    for i in lines:
        text = line(int(i))
        if not text.startswith(keyword):
            return None
        out.append(text[len(keyword):].strip().decode("utf-8", "replace"))
    return out


def _materials(libs: list[str], resolver) -> dict:
    out: dict = {}
    for name in libs:
        try:
            data = resolver[name]
        except Exception:  # a missing MTL: the mesh still loads, untextured (the resolver names it)
            continue
        fast = parse_mtl_fast(data, resolver)
        if fast is not None:
            out.update(fast)
            continue
        from trimesh.exchange.obj import parse_mtl  # what ours does not take: trimesh's reader, its log lines
        from trimesh.visual.material import SimpleMaterial

        try:
            mats = {key: SimpleMaterial(**kwargs) for key, kwargs in parse_mtl(data, resolver=resolver).items()}
        except Exception:  # a broken MTL: the mesh still loads, untextured
            continue
        out.update(mats)
    return out


@dataclass
class ObjMaterial:
    """What `mesh_load.material_of` reads of trimesh's SimpleMaterial, filled as trimesh fills it."""

    name: str
    diffuse: np.ndarray  # uint8 RGBA
    image: Image.Image | None
    kwargs: dict


_MTL_COLOURS = {"kd": "diffuse", "ka": "ambient", "ks": "specular", "ns": "glossiness"}
_SIMPLE_PARAMS = {"image", "diffuse", "ambient", "specular", "glossiness", "name"}
_DEFAULT_DIFFUSE = np.array([102, 102, 102, 255], dtype=np.uint8)  # trimesh.visual.color.DEFAULT_COLOR


def parse_mtl_fast(data: bytes, resolver) -> dict[str, ObjMaterial] | None:
    """trimesh's parse_mtl + SimpleMaterial for the usual MTL (newmtl, map_Kd that opens, Kd/Ka/Ks
    with 3 or 4 numbers, other keys kept as words), without importing trimesh (~0.85 s); None for
    anything else (trimesh then reads it and logs what it logs)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    material: dict | None = None
    raw: dict[str, dict] = {}
    for line in str.splitlines(text.strip()):
        split = line.strip().split()
        if len(split) <= 1:
            continue
        key = split[0].lower()
        if key == "newmtl":
            if material is not None:
                raw[material["name"]] = material
            material = {"name": " ".join(split[1:])}
        elif key == "map_kd":
            if material is None:
                return None
            file_name = line[line.lower().index("map_kd") + 6 :].strip()
            try:
                material["image"] = Image.open(io.BytesIO(resolver.get(file_name)))
            except Exception:
                return None
        elif key in _MTL_COLOURS:
            try:
                values = [float(x) for x in split[1:]]
            except ValueError:
                return None
            if key != "ns" and len(values) not in (3, 4):
                return None  # trimesh would refuse the colour and with it the whole MTL
            if material is not None:  # (before the first newmtl: ignored, as trimesh does)
                material[_MTL_COLOURS[key]] = values[0] if len(values) == 1 else values
                material[key] = material[_MTL_COLOURS[key]]
        elif material is not None:
            if key in _SIMPLE_PARAMS:
                return None
            material[key] = split[1:]
    if material:
        raw[material["name"]] = material
    out = {}
    for name, m in raw.items():
        diffuse = _DEFAULT_DIFFUSE.copy()
        if "diffuse" in m:  # trimesh.visual.color.to_rgba of 0..1 floats
            c = np.array(m["diffuse"], dtype=np.float64)
            c[~np.isfinite(c)] = 0.0
            c = np.clip(c * 255, 0.0, 255).round()
            diffuse = (np.append(c, 255.0) if len(c) == 3 else c).astype(np.uint8)
        kwargs = {k: v for k, v in m.items() if k not in _SIMPLE_PARAMS}
        out[name] = ObjMaterial(name=m["name"], diffuse=diffuse, image=m.get("image"), kwargs=kwargs)
    return out


def _material_of(mat) -> Material:
    from .mesh_load import material_of  # mesh_load imports this module: late import

    return material_of(mat)
