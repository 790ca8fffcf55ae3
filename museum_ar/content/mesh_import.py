"""A mesh file -> one normalised, budgeted GLB plus a thumbnail, staged for the project."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ContentError
from ..core.progress import Progress
from .decimate import to_primitives
from .glb_write import write_glb
from .mesh_load import Z_UP_FORMATS, load_parts
from .mesh_parts import bounds, total_triangles
from .mesh_place import guess_unit, orient_and_scale, plausible_size, put_on_marker
from .options import MAX_MESH_FILE_BYTES, UNITS, ImportOptions
from .mesh_checks import check_mesh_file
from .sniff import check_file
from .staging import Staging
from .thumbnail import mesh_thumbnail, png_bytes

def import_mesh(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size = check_file(source, MAX_MESH_FILE_BYTES)
    ext = source.suffix.lower()
    check_mesh_file(source)
    progress.report(0.02, f"reading {source.name}")
    load_warnings: list[str] = []
    parts, declared_unit = load_parts(source, load_warnings)
    progress.report(0.35, f"read {total_triangles(parts):,} triangles")
    before = total_triangles(parts)
    lo, hi = bounds(parts)
    longest = float((hi - lo).max())
    if not longest > 0:
        raise ContentError("has no extent (all its points are in one place)", path=source)
    if options.unit is not None:
        unit, unit_source = options.unit, "asked"
    elif declared_unit is not None and plausible_size(longest * UNITS[declared_unit]):
        unit, unit_source = declared_unit, "file"
    else:
        if declared_unit is not None:  # e.g. a GLB "in metres" that is 200 m long: really mm
            load_warnings.append(f"the file says its unit is {declared_unit}, which would make it "
                                 f"{longest * UNITS[declared_unit]:.3g} m long; the unit was guessed instead")
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

