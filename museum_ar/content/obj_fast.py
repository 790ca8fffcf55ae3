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
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .heap import trim
from .mesh_parts import Material, Part
from .textures import keep_source, profile_applies

_ALLOWED_FIRST = set(b"vf#ogsum")
_BLANK_V = bytes.maketrans(b"vt\t\n", b"    ")
_BLANK_F = bytes.maketrans(b"f/\t\n", b"    ")


_PIECE_BYTES = 4 << 20  # the file is read this much at a time: its text never is in memory whole
_KIND_V, _KIND_VT, _KIND_F, _KIND_OTHER = 1, 2, 3, 0


def load_obj_fast(path: Path, resolver, piece_bytes: int = _PIECE_BYTES) -> list[Part] | None:
    """Parts of the OBJ at `path`, or None when it has something this reader leaves to trimesh.
    Read in pieces of `piece_bytes` (cut after a line end): what stays is the parsed numbers, face
    indices as int32 where they fit, never the text (a 2 M-triangle OBJ is 138 MB of text, its
    line tables and face blocks held with it were most of a 790 MB import peak)."""
    reader = _Reader()
    with open(path, "rb") as f:
        rest = b""
        while True:
            chunk = f.read(piece_bytes)
            if not chunk:
                piece, rest = rest, b""
            else:
                chunk = rest + chunk
                cut = max(chunk.rfind(b"\n"), chunk.rfind(b"\r")) + 1  # a piece ends after a line end
                if cut == 0:
                    rest = chunk  # one line longer than a piece: read on
                    continue
                piece, rest = chunk[:cut], chunk[cut:]
            if piece and not reader.feed(piece):
                return None
            if not chunk:
                break
    return reader.parts(resolver)


class _Reader:
    """The state carried from one piece of the file to the next."""

    def __init__(self) -> None:
        self.v: list[np.ndarray] = []
        self.vt: list[np.ndarray] = []
        self.v_width = self.vt_width = 0  # numbers per line, from the first such line of the file
        self.material = ""  # the last usemtl so far
        self.names_seen = False
        self.libs: list[str] = []
        self.faces: dict[str, list[tuple[np.ndarray, np.ndarray | None]]] = {}  # by material, in file order
        self.run_format: tuple | None = None  # (corners, per) of a face run still open at a piece's end
        self.max_vi = self.max_ti = -1

    def feed(self, data: bytes) -> bool:
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if b"\\\n" in data:
            return False  # line continuations
        buf = np.frombuffer(data, dtype=np.uint8)
        nl = np.flatnonzero(buf == 10)
        starts = np.concatenate([[0], nl + 1])  # line i is data[starts[i]:ends[i]], without its newline
        ends = np.concatenate([nl, [len(buf)]])
        keep = ends > starts
        starts, ends = starts[keep], ends[keep]
        if len(starts) == 0:
            return True
        b0, b1 = buf[starts], buf[np.minimum(starts + 1, len(buf) - 1)]
        if not set(np.unique(b0).tolist()) <= _ALLOWED_FIRST:
            return False  # l, p, curv, indented lines ...: trimesh
        space = (b1 == 32) | (b1 == 9)
        is_v = (b0 == ord("v")) & space
        is_vt = (b0 == ord("v")) & (b1 == ord("t"))
        is_vn = (b0 == ord("v")) & (b1 == ord("n"))
        is_f = (b0 == ord("f")) & space
        if ((b0 == ord("v")) & ~(is_v | is_vt | is_vn)).any() or ((b0 == ord("f")) & ~is_f).any():
            return False  # vp, fo ...
        kind = np.full(len(starts), _KIND_OTHER, dtype=np.int8)
        kind[is_v], kind[is_vt], kind[is_f] = _KIND_V, _KIND_VT, _KIND_F
        kind[b0 == ord("u")] = -1  # each usemtl / mtllib line is a run of its own (the state changes)
        kind[b0 == ord("m")] = -2
        bounds_ = np.flatnonzero((np.diff(kind) != 0) | (kind[1:] < 0) | (kind[:-1] < 0)) + 1
        run_starts = np.concatenate([[0], bounds_])
        run_ends = np.concatenate([bounds_, [len(kind)]])
        for a, b in zip(run_starts.tolist(), run_ends.tolist(), strict=True):
            k = int(kind[a])
            if k != _KIND_F:
                self.run_format = None  # any other line ends a run of f lines
            block = data[starts[a] : ends[b - 1]]
            if k in (_KIND_V, _KIND_VT):
                if not self._numbers_run(block, b - a, k):
                    return False
            elif k == _KIND_F:
                if not self._face_run(block, b - a, data[starts[a] : ends[a]]):
                    return False
            elif k == -1:
                if not block.startswith(b"usemtl"):
                    return False
                self.material = block[6:].strip().decode("utf-8", "replace")
            elif k == -2:
                if not block.startswith(b"mtllib"):
                    return False
                self.libs.append(block[6:].strip().decode("utf-8", "replace"))
        return True

    def _numbers_run(self, block: bytes, n_lines: int, k: int) -> bool:
        """The numbers of a run of v or vt lines: as many on every line as on the file's first."""
        width = self.v_width if k == _KIND_V else self.vt_width
        if width == 0:
            width = len(block.split(b"\n", 1)[0].split()) - 1
            if width not in ((3, 6, 7) if k == _KIND_V else (2, 3)):
                return False
            if k == _KIND_V:
                self.v_width = width
            else:
                self.vt_width = width
        arr = _numbers(block.translate(_BLANK_V), np.float64)  # v/vt prefixes, tabs, newlines: spaces
        if arr.size != n_lines * width:
            return False  # lines of different lengths
        (self.v if k == _KIND_V else self.vt).append(arr.reshape(n_lines, width))
        return True

    def _face_run(self, block: bytes, n_lines: int, first: bytes) -> bool:
        parsed = _faces(block, n_lines, first)
        if parsed is None:
            return False
        vi, ti, fmt = parsed
        # a run of f lines that a piece boundary cut in two: one corner format, as if read whole
        if self.run_format is not None and self.run_format != fmt:
            return False
        self.run_format = fmt
        self.max_vi = max(self.max_vi, int(vi.max()))
        if ti is not None:
            self.max_ti = max(self.max_ti, int(ti.max()))
        self.faces.setdefault(self.material, []).append((vi, ti))
        return True

    def parts(self, resolver) -> list[Part] | None:
        if not self.v or not self.faces:
            return None
        v = np.concatenate(self.v) if len(self.v) > 1 else self.v[0]
        self.v = []
        colors = None
        if v.shape[1] >= 6:
            rgb = v[:, 3:6]
            scale = 255.0 if rgb.max() <= 1.0 else 1.0
            colors = np.column_stack([np.clip(rgb * scale + 0.5, 0, 255), np.full(len(v), 255.0)]).astype(np.uint8)
        positions = np.ascontiguousarray(v[:, :3])
        del v
        vt = np.concatenate(self.vt) if self.vt else np.zeros((0, 2))
        self.vt = []
        n_vt = len(vt)
        if self.max_vi >= len(positions) or (n_vt and self.max_ti >= n_vt):
            return None
        materials = _materials(self.libs, resolver)
        # the pieces' temporaries, freed between the face blocks that stay, are still the
        # process's: handed back before the corner keys are added (2 M-triangle OBJ: 65 MB)
        trim()
        parts = []
        for name, blocks in self.faces.items():
            material = _material_of(materials.get(name))
            if material.base_color_image is not None and n_vt and all(b[1] is not None for b in blocks):
                uniq, inverse = _unique_corners(blocks, n_vt)  # a vertex per distinct (position, uv) corner
                src_v, src_t = uniq // n_vt, uniq % n_vt
                del uniq
                parts.append(Part(positions=positions[src_v], faces=inverse.reshape(-1, 3),
                                  uv=np.ascontiguousarray(vt[src_t, :2]), colors=None if colors is None else colors[src_v], material=material))
            else:
                material.drop_images()
                positions_only = [(b[0], None) for b in blocks]
                blocks.clear()
                uniq, inverse = _unique_corners(positions_only, 0)
                parts.append(Part(positions=positions[uniq], faces=inverse.reshape(-1, 3),
                                  colors=None if colors is None else colors[uniq], material=material))
        self.faces = {}
        return parts


def _unique_corners(blocks: list, n_vt: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(key, return_inverse=True) of each corner's key (vi * n_vt + ti, or vi without
    uv), the blocks given back as they are used. The key is sorted in place and the inverse found
    by searching the (much shorter) sorted unique keys, instead of np.unique's argsort, sorted copy
    and scatter: two corner-sized int64 arrays at once instead of five."""
    total = sum(b[0].size for b in blocks)
    key = np.empty(total, dtype=np.int64)
    at = 0
    for vi, ti in blocks:
        out = key[at : at + vi.size]
        if ti is None:
            np.copyto(out, vi.reshape(-1))
        else:
            np.multiply(vi.reshape(-1), np.int64(n_vt), out=out)  # in int64: an int32 product could overflow
            out += ti.reshape(-1)
        at += vi.size
    key.sort()
    new = np.empty(total, dtype=bool)
    new[:1] = True
    np.not_equal(key[1:], key[:-1], out=new[1:])
    uniq = key[new]
    del new
    inverse = key  # the sorted keys are not needed any more: their memory takes the inverse
    at = 0
    while blocks:
        vi, ti = blocks.pop(0)
        k = vi.reshape(-1).astype(np.int64)
        if ti is not None:
            k *= n_vt
            k += ti.reshape(-1)
        inverse[at : at + k.size] = np.searchsorted(uniq, k)
        at += k.size
    return uniq, inverse


def _numbers(text: bytes, dtype) -> np.ndarray:
    """All whitespace-separated numbers in `text` at C speed; stops early at anything else, which
    the callers notice from the count."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return np.fromstring(text, dtype=dtype, sep=" ")


def _faces(block: bytes, n_lines: int, first: bytes):
    """(vertex indices (m, 3), texcoord indices (m, 3) or None, (corners, per)), 0-based,
    polygons fanned; int32 when they fit."""
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
    del text
    if arr.size != n_lines * corners * per:
        return None  # mixed polygon sizes or corner formats: trimesh handles those
    arr = arr.reshape(n_lines, corners, per)
    arr -= 1  # in place: this array is the biggest of the parse
    if arr.min() < 0:
        return None
    small = np.int32 if arr.max() < np.iinfo(np.int32).max else np.int64
    fan = np.array([[0, i, i + 1] for i in range(1, corners - 1)])  # triangles of each polygon
    vi = arr[:, fan, 0].reshape(-1, 3).astype(small)
    ti = arr[:, fan, uv_at].reshape(-1, 3).astype(small) if uv_at is not None else None
    return vi, ti, (corners, per)


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
                blob = resolver.get(file_name)
                material["image"] = profile_applies(keep_source(Image.open(io.BytesIO(blob)), blob))
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
