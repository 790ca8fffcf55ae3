"""A mesh file -> one normalised, budgeted GLB plus a thumbnail, staged for the project."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ContentError
from ..core.progress import Progress
from .decimate import to_primitives
from .glb_write import write_glb
from .mesh_load import Z_UP_FORMATS, load_parts
from .mesh_parts import total_triangles
from .mesh_place import guess_unit, orient_and_scale, put_on_marker
from .options import MAX_MESH_FILE_BYTES, ImportOptions
from .sniff import check_file, expect_not, read_head
from .staging import Staging
from .thumbnail import mesh_thumbnail, png_bytes

# What each mesh extension may look like inside (binary formats have magic bytes; text ones none).
_ALLOWED_MAGIC = {".glb": ("GLB",), ".3mf": ("ZIP",), ".gltf": (), ".obj": (), ".stl": (), ".ply": (), ".off": ()}


def import_mesh(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size = check_file(source, MAX_MESH_FILE_BYTES)
    ext = source.suffix.lower()
    expect_not(source, read_head(source), _ALLOWED_MAGIC.get(ext, ()), f"a {ext[1:].upper()} mesh")
    if ext == ".obj":
        _check_obj_tail(source)
    if ext in (".glb", ".gltf"):
        _check_gltf_extensions(source)
    if ext == ".3mf":
        _check_zip(source)
    progress.report(0.02, f"reading {source.name}")
    load_warnings: list[str] = []
    parts, declared_unit = load_parts(source, load_warnings)
    progress.report(0.35, f"read {total_triangles(parts):,} triangles")
    before = total_triangles(parts)

    from .mesh_parts import bounds

    lo, hi = bounds(parts)
    longest = float((hi - lo).max())
    if not longest > 0:
        raise ContentError("has no extent (all its points are in one place)", path=source)
    if options.unit is not None:
        unit, unit_source = options.unit, "asked"
    elif declared_unit is not None:
        unit, unit_source = declared_unit, "file"
    else:
        unit, unit_source = guess_unit(longest), "guessed"
    z_up = options.up == "z" or (options.up == "auto" and ext in Z_UP_FORMATS)
    orient_and_scale(parts, unit=unit, z_up=z_up)
    prims = to_primitives(parts, options.max_triangles, progress.scaled(0.4, 0.85))
    if not prims:
        raise ContentError("has nothing left to show after cleaning (only degenerate triangles?)", path=source)
    placed = put_on_marker([p.positions for p in prims], options.placement)
    progress.report(0.86, "writing GLB")
    glb, facts = write_glb(prims, name=source.stem, max_texture_px=options.max_texture_px, jpeg_quality=options.jpeg_quality)
    progress.report(0.93, "drawing thumbnail")
    thumb = mesh_thumbnail(prims, options.thumbnail_px)
    staging.add("asset", glb, "glb")
    staging.add("thumbnail", png_bytes(thumb), "png")
    return {
        "format": ext[1:],
        "triangles_before": before,
        "triangles_after": sum(p.triangles for p in prims),
        "vertices_after": sum(len(p.positions) for p in prims),
        "bytes_before": size,
        "bytes_after": len(glb),
        "max_triangles": options.max_triangles,
        "unit": unit,
        "unit_source": unit_source,
        "up_axis": "z" if z_up else "y",
        **placed,
        "parts": len(prims),
        "textured": any(p.uv is not None for p in prims),
        "vertex_colors": any(p.colors is not None for p in prims),
        "inside_out_fixed": any(p.part.inside_out_fixed for p in prims),
        "texture_px": facts["texture_px"],
        "warnings": load_warnings,
    }


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
    cut = (kind in (b"v", b"vn") and len(fields) < 3) or (kind == b"vt" and len(fields) < 2) \
        or (kind == b"f" and (len(fields) < 3 or fields[-1].endswith(b"/")))
    if cut:
        raise ContentError("ends in the middle of a line; the file looks truncated (copy it again?)", path=path)


# glTF extensions whose data trimesh cannot decode: the file would load without its geometry or
# textures, or fail with an obscure message.
_UNREADABLE_EXTENSIONS = {
    "KHR_draco_mesh_compression": "Draco-compressed geometry",
    "EXT_meshopt_compression": "meshopt-compressed geometry",
    "KHR_mesh_quantization": "quantised geometry",
    "KHR_texture_basisu": "KTX2/Basis textures",
    "EXT_texture_webp": "WebP-only textures",
}


def _check_gltf_extensions(path: Path) -> None:
    import json
    import struct

    try:
        with open(path, "rb") as f:
            head = f.read(20)
            if head[:4] == b"glTF":
                length, kind = struct.unpack("<I4s", head[12:20])
                if kind != b"JSON" or length > 64 << 20:
                    return  # let the loader report it
                doc = json.loads(f.read(length))
            else:
                if path.stat().st_size > 64 << 20:
                    return
                f.seek(0)
                doc = json.loads(f.read())
    except (ValueError, OSError, struct.error):
        return  # not parseable here: the loader gives the error
    if not isinstance(doc, dict):
        return
    _check_gltf_files(path, doc)
    required = doc.get("extensionsRequired", [])
    bad = [_UNREADABLE_EXTENSIONS[e] for e in required if e in _UNREADABLE_EXTENSIONS]
    if bad:
        raise ContentError(f"uses {', '.join(bad)}, which cannot be read here; export it uncompressed "
                           f"(or run 'gltf-transform copy' without compression) and attach it again", path=path)


def _check_zip(path: Path) -> None:
    """3MF is a ZIP: refuse one whose contents unpack to more than a mesh file may have (a zip bomb
    is a few kilobytes that inflate to gigabytes)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ContentError(f"is not a valid 3MF (ZIP) file: {e}", path=path) from None
    if total > MAX_MESH_FILE_BYTES:
        raise ContentError(f"unpacks to {total / (1 << 20):,.0f} MB, more than the {MAX_MESH_FILE_BYTES >> 20} MB a mesh may have", path=path)


def _check_gltf_files(path: Path, doc: dict) -> None:
    """A small .gltf can point at a huge .bin: count the files it refers to into the limit."""
    from urllib.parse import unquote

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
