"""A mesh file -> one normalised, budgeted GLB plus a thumbnail, staged for the project."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..core.errors import ContentError
from ..core.progress import Progress
from .decimate import to_primitives
from .glb_compress import compress_glb
from .glb_write import TextureJobs, write_glb
from .heartbeat import CancelOnly, with_heartbeat
from .heap import trim
from .gltf_keep import keep_gltf, keepable_motion
from .mesh_load import file_resolver
from .formats import Format, format_of
from .mesh_load import load_parts
from .mesh_parts import bounds, total_triangles
from .mesh_place import orient_and_scale, put_on_marker
from .mesh_level import levelling
from .mesh_size import UP_ROTATIONS, SizeQuestion, decide_size, face_stats, guess_up, header_unit, question, scale_free_tool
from .options import MAX_MESH_FILE_BYTES, ImportOptions
from .mesh_checks import check_mesh_file
from .sniff import check_file
from .staging import Staging
from .thumbnail import mesh_thumbnail, png_bytes

def import_mesh(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size = check_file(source, MAX_MESH_FILE_BYTES)
    ext = source.suffix.lower()
    checked = check_mesh_file(source)
    progress.report(0.02, f"reading {source.name}")
    load_warnings: list[str] = list(checked)
    parts, declared_unit = with_heartbeat(lambda: load_parts(source, load_warnings), progress, 0.02, 0.35, f"reading {source.name}")
    trim()  # what reading freed (the file's pieces) goes back before the steps that follow add to it
    progress.report(0.35, f"read {total_triangles(parts):,} triangles")
    before = total_triangles(parts)
    lo, hi = bounds(parts)
    longest = float((hi - lo).max())
    if not longest > 0:
        raise ContentError("has no extent (all its points are in one place)", path=source)
    fmt = format_of(ext)
    declared, declared_why = _declared_unit(source, fmt, declared_unit)
    scale_free = scale_free_tool(source) if declared is None and ext in (".obj", ".ply") else None
    decision = decide_size(longest, asked=options.unit, fit_m=options.fit_m, declared=declared, declared_why=declared_why,
                           usual=fmt.usual_unit if fmt else None, fmt_name=fmt.name if fmt else "", scale_free=scale_free)
    ask = question(decision, longest, options.marker_m)
    if ask and options.ask:
        raise SizeQuestion(ask, path=source, proposal=decision.proposal, size_m=longest * decision.metres_per_unit)
    # animations/skins: the document is kept and placed by one root node, not rebuilt
    keep_motion = bool(checked) and keepable_motion(source)
    # textures are encoded on a thread pool from here on, while the mesh is simplified
    with TextureJobs(options.max_texture_px, options.jpeg_quality, options.texture_format) as jobs:
        if not keep_motion:
            jobs.start(parts, release=True)
        stats = face_stats(parts) if options.up == "auto" or options.level else None
        if options.up == "auto":
            up, up_reason = guess_up(parts, fmt.up if fmt else "?", scale_free=scale_free, stats=stats)
        else:
            up, up_reason = options.up, "chosen"
        level, lean = np.eye(3), 0.0
        if options.level and stats is not None:
            level, lean = levelling(stats[0], stats[1] @ UP_ROTATIONS[up].T, stats[2] @ UP_ROTATIONS[up].T)
        # (unpacked into locals, the statistics were held through the simplification: 21 MB for
        # the 400 k sampled faces of a 2 M-triangle mesh)
        del stats
        rotation = level @ UP_ROTATIONS[up]
        orient_and_scale(parts, metres_per_unit=decision.metres_per_unit, rotation=rotation)
        trim()

        def simplified():
            with jobs.gate.exclusive():  # not beside a texture job's peak (peaks.py)
                return to_primitives(parts, options.max_triangles, CancelOnly(progress), release=True)

        prims = with_heartbeat(simplified, progress, 0.4, 0.85,
                               f"simplifying {before:,} triangles to at most {options.max_triangles:,}" if before > options.max_triangles else "normals")
        trim()
        if not prims:
            raise ContentError("has nothing left to show after cleaning (only degenerate triangles?)", path=source)
        lo_before = np.min([p.positions.min(axis=0) for p in prims], axis=0).astype(np.float64)
        placed = put_on_marker([p.positions for p in prims], options.placement)
        offset = np.asarray(placed["bounding_box_m"]["min"], dtype=np.float64) - lo_before
        if lean:  # the box turned back: putting the lean back stands it on the marker exactly
            placed["unlevelled_box_m"] = _box_turned_back([p.positions for p in prims], level)
        dups = sum(p.part.duplicate_faces for p in prims)
        if dups:
            load_warnings.append(f"{dups:,} repeated faces (the same three corners twice) were dropped")
        progress.report(0.86, "writing GLB")
        motion = None
        if keep_motion:
            matrix = np.eye(4)
            matrix[:3, :3] = rotation * decision.metres_per_unit
            matrix[:3, 3] = offset
            glb, motion = keep_gltf(source, file_resolver(source), matrix=matrix, max_texture_px=options.max_texture_px,
                                    jpeg_quality=options.jpeg_quality)
            facts = {"texture_px": motion["texture_px"]}
            load_warnings[:] = [w for w in load_warnings if w not in checked]
            if before > options.max_triangles:
                load_warnings.append(f"kept at {before:,} triangles, above the budget of {options.max_triangles:,}: "
                                     "animated and skinned meshes are not simplified")
        else:
            glb, facts = write_glb(prims, name=source.stem, textures=jobs)
        if options.compress == "meshopt":
            glb = compress_glb(glb)
        progress.report(0.93, "drawing thumbnail")
        trim()  # what writing and compressing the GLB freed
        thumb = mesh_thumbnail(prims, options.thumbnail_px, jobs.thumbnail)
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
            "unit": decision.unit,
            "unit_source": decision.source,
            "unit_reason": decision.reason,
            "metres_per_unit": decision.metres_per_unit,
            "unit_proposal": decision.proposal,
            "size_question": ask,
            "scale_free": scale_free,
            "up_axis": up,
            "up_reason": up_reason,
            # the lean of its base that was taken out (degrees; the rotation after the up axis's),
            # so the curator is told and can put it back (mesh_size.rechoose)
            "level_deg": round(lean, 2),
            "level_rotation": [[round(float(x), 9) for x in row] for row in level] if lean else None,
            **placed,
            "parts": len(prims),
            "textured": any(p.uv is not None for p in prims),
            "vertex_colors": any(p.colors is not None for p in prims),
            "inside_out_fixed": any(p.part.inside_out_fixed for p in prims),
            "texture_px": facts["texture_px"],
            # per texture: its kind, type, bytes, and whether it went in as it came (textures.pass_through)
            **({"texture_maps": facts["texture_maps"]} if "texture_maps" in facts else {}),
            "warnings": load_warnings,
            "compression": options.compress,
            **({"animations": motion["animations"], "skins": motion["skins"], "triangles_after": before} if motion else {}),
            "texture_format": options.texture_format,
        }



def _box_turned_back(positions: list[np.ndarray], level: np.ndarray) -> dict:
    """The bounding box of the placed vertices with the levelling undone (level.T applied)."""
    lo = np.min([(p.astype(np.float64) @ level).min(axis=0) for p in positions], axis=0)
    hi = np.max([(p.astype(np.float64) @ level).max(axis=0) for p in positions], axis=0)
    return {"min": [round(float(x), 6) for x in lo], "max": [round(float(x), 6) for x in hi]}


def _declared_unit(source: Path, fmt: Format | None, loaded: str | None) -> tuple[str | None, str]:
    """The unit the file states, and where it says so."""
    if loaded is not None and (fmt is None or loaded != fmt.unit):
        return loaded, "the file"  # e.g. a 3MF with unit="inch"
    if fmt is not None and fmt.unit is not None:
        return fmt.unit, f"the {fmt.name} specification"
    unit = header_unit(source) if fmt is not None and source.suffix.lower() in (".obj", ".ply", ".off", ".stl") else None
    return unit, "its header"
