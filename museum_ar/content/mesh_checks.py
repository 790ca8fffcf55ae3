"""Checks on a mesh file before trimesh parses it: right kind of bytes, not truncated, not a zip
bomb, no huge external buffers, no compression trimesh cannot decode. Each failure is a
ContentError that says what to do."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path
from urllib.parse import unquote

from ..core.errors import ContentError
from . import ktx2
from .formats import format_of
from .options import MAX_MESH_FILE_BYTES
from .sniff import expect_not, read_head



# Triangles a source file may have, counted from its header (STL, PLY, glTF) or its face lines
# (OBJ) before anything is parsed. Memory while importing is about 550 bytes per source triangle
# (a 3M-triangle STL peaks at 1.65 GB), so this keeps an import near 3.5 GB; a tablet shows 150,000.
MAX_SOURCE_TRIANGLES = 6_000_000


def check_mesh_file(path: Path) -> list[str]:
    """Refuse what cannot or must not be read; returns warnings about what will be lost."""
    ext = path.suffix.lower()
    n = count_triangles(path)
    if n is not None and n > MAX_SOURCE_TRIANGLES:
        raise ContentError(f"has {n:,} triangles, more than the {MAX_SOURCE_TRIANGLES:,} an import reads (a tablet shows "
                           f"150,000); reduce it first (MeshLab: Quadric Edge Collapse Decimation)", path=path)
    fmt = format_of(ext)
    expect_not(path, read_head(path), fmt.magic if fmt else (), f"a {ext[1:].upper()} mesh")
    if ext == ".obj":
        _check_obj_tail(path)
    warnings = []
    if ext in (".glb", ".gltf"):
        lost = _check_gltf(path)
        if lost:  # said, not silently dropped: the import keeps the rest pose only
            warnings.append(f"has {lost}; these are not kept: the model is shown still, in its rest pose")
    if ext == ".3mf":
        _check_zip(path)
    return warnings


def count_triangles(path: Path) -> int | None:
    """Triangles the file will give, known without parsing it (None when it cannot be told cheaply)."""
    ext = path.suffix.lower()
    try:
        if ext == ".stl":
            with open(path, "rb") as f:
                head = f.read(84)
            if len(head) == 84 and head[:5].lower() != b"solid":
                return int(struct.unpack("<I", head[80:84])[0])
            n = struct.unpack("<I", head[80:84])[0] if len(head) == 84 else 0
            return int(n) if 84 + 50 * n == path.stat().st_size else None  # binary STL that starts with "solid"
        if ext == ".ply":
            with open(path, "rb") as f:
                head = f.read(4096)
            total = 0
            for line in head.split(b"end_header")[0].splitlines():
                w = line.split()
                if len(w) == 3 and w[0] == b"element" and w[1] in (b"face", b"tristrips"):
                    total += int(w[2])
            return total
        if ext == ".obj":
            total = 0
            with open(path, "rb") as f:
                prev = b"\n"
                while chunk := f.read(16 << 20):
                    total += (prev[-1:] + chunk).count(b"\nf ")
                    prev = chunk
            return total
    except (OSError, ValueError, struct.error):
        return None
    return None


def _check_obj_tail(path: Path) -> None:
    """OBJ has no length field, so a cut-off copy parses as a smaller mesh. Catch the usual sign:
    the file ends in the middle of a vertex or face line."""
    with open(path, "rb") as f:
        f.seek(max(0, path.stat().st_size - 256))
        tail = f.read()
    if tail.endswith(b"\n") or tail.endswith(b"\r"):
        return
    last = tail.rsplit(b"\n", 1)[-1].split()
    if not last:
        return
    kind, fields = last[0], last[1:]
    # (a one-number 'vt u' is legal OBJ, so texture lines are not judged)
    cut = (kind in (b"v", b"vn") and len(fields) < 3) or (kind == b"f" and (len(fields) < 3 or fields[-1].endswith(b"/")))
    if cut:
        raise ContentError("ends in the middle of a line; the file looks truncated (copy it again?)", path=path)


# glTF extensions whose data cannot be decoded here (Draco: DracoPy; meshopt and quantisation:
# gltf_decode; WebP: Pillow; KTX2/Basis: ktx2.py with opengl-basisu, when that is installed).
def _unreadable_extensions() -> dict[str, str]:
    if ktx2.decoder_available():
        return {}
    return {"KHR_texture_basisu": "KTX2/Basis textures (their decoder, the Python package opengl-basisu, is not installed)"}


def _check_gltf(path: Path) -> str:
    """Refuses what cannot be read; returns what will be lost ('' when nothing)."""
    try:
        with open(path, "rb") as f:
            head = f.read(20)
            if head[:4] == b"glTF":
                length, kind = struct.unpack("<I4s", head[12:20])
                if kind != b"JSON" or length > 64 << 20:
                    return ""  # let the loader report it
                doc = json.loads(f.read(length))
            else:
                if path.stat().st_size > 64 << 20:
                    return ""
                f.seek(0)
                doc = json.loads(f.read())
    except (ValueError, OSError, struct.error):
        return ""  # not parseable here: the loader gives the error
    if not isinstance(doc, dict):
        return ""
    _check_gltf_files(path, doc)
    n = _gltf_triangles(doc)
    if n > MAX_SOURCE_TRIANGLES:
        raise ContentError(f"has {n:,} triangles, more than the {MAX_SOURCE_TRIANGLES:,} an import reads (a tablet shows "
                           f"150,000); reduce it first (gltf-transform simplify)", path=path)
    required = doc.get("extensionsRequired", [])
    unreadable = _unreadable_extensions() if required else {}
    bad = [unreadable[e] for e in required if e in unreadable]
    if bad:
        raise ContentError(f"uses {', '.join(bad)}, which cannot be decoded here; convert its textures to PNG/JPEG "
                           f"(e.g. 'gltf-transform png IN OUT') and attach it again", path=path)
    return lost_features(doc)


def _gltf_triangles(doc: dict) -> int:
    accessors = doc.get("accessors", []) or []
    total = 0
    for mesh in doc.get("meshes", []) or []:
        for prim in (mesh.get("primitives", []) if isinstance(mesh, dict) else []) or []:
            try:
                idx = prim.get("indices", prim.get("attributes", {}).get("POSITION"))
                total += int(accessors[idx].get("count", 0)) // 3
            except (TypeError, IndexError, AttributeError, ValueError):
                continue
    return total


def lost_features(doc: dict) -> str:
    """'3 animations, 1 skin' when the file has things the static import drops; '' otherwise."""
    bits = []
    n_anim = len(doc.get("animations") or [])
    n_skin = len(doc.get("skins") or [])
    n_morph = sum(1 for m in doc.get("meshes") or [] if isinstance(m, dict) for p in m.get("primitives") or [] if isinstance(p, dict) and p.get("targets"))
    if n_anim:
        bits.append(f"{n_anim} animation{'s' if n_anim > 1 else ''}")
    if n_skin:
        bits.append(f"{n_skin} skin{'s' if n_skin > 1 else ''} (bones)")
    if n_morph:
        bits.append(f"morph targets on {n_morph} primitive{'s' if n_morph > 1 else ''}")
    return ", ".join(bits)


def _check_zip(path: Path) -> None:
    """3MF is a ZIP: refuse one whose contents unpack to more than a mesh file may have (a zip bomb
    is a few kilobytes that inflate to gigabytes)."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ContentError(f"is not a valid 3MF (ZIP) file: {e}", path=path) from None
    if total > MAX_MESH_FILE_BYTES:
        raise ContentError(f"unpacks to {total / (1 << 20):,.0f} MB, more than the {MAX_MESH_FILE_BYTES >> 20} MB a mesh may have", path=path)


def _check_gltf_files(path: Path, doc: dict) -> None:
    """A small .gltf can point at a huge .bin: count the files it refers to into the limit."""
    total = path.stat().st_size
    for key in ("buffers", "images"):
        for entry in doc.get(key, []) or []:
            uri = entry.get("uri") if isinstance(entry, dict) else None
            if not isinstance(uri, str) or uri.startswith("data:"):
                continue
            target = path.parent / unquote(uri)
            if target.is_file():
                total += target.stat().st_size
    if total > MAX_MESH_FILE_BYTES:
        raise ContentError(f"with the files it refers to is {total / (1 << 20):,.0f} MB, more than the {MAX_MESH_FILE_BYTES >> 20} MB a mesh may have", path=path)
