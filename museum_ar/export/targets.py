"""Image targets in the bundle: each artwork's compiled features (`targets/ID.mait`, read by the
viewer's image-target tracker) and a picture of it (`markers/ID.png`, shown in the viewer's help
and list view), both listed in the manifest's files table, so the signature covers them."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
from PIL import Image

from ..core.errors import BundleError, MarkerError, ProjectError
from ..core.project import regular_file_in_project
from ..markers.image_compile import compile_target, crop_image, read_target_bytes, target_bytes
from ..markers.image_rating import load_image
from .manifest import marker_image_path

PREVIEW_PX = 480  # the artwork's picture in the bundle (a hint of what to point at, not a print)
BUDGET_BYTES = 200_000  # target data per artwork the tablet downloads (issue #19)


def target_path(marker) -> str:
    return f"targets/{marker.id}.mait"


def target_files(project_root: Path, marker) -> dict[str, bytes]:
    t = marker.target
    try:
        src = regular_file_in_project(project_root, t.image)
        img = load_image(src)
        # the curator's choice to track a featureless picture by its outline (ImageTarget.outline,
        # issue #19): only then is it compiled plain, else refused
        compiled = compile_target(marker.id, img, t.width_mm, t.crop, plain_ok=t.outline)
        picture = crop_image(img, t.crop)
    except (ProjectError, MarkerError) as e:
        raise BundleError(f"marker '{marker.id}': its artwork cannot be compiled: {e.detail}", path=project_root) from None
    h, w = picture.shape[:2]
    small = cv2.resize(picture, (PREVIEW_PX, max(1, round(h * PREVIEW_PX / w))), interpolation=cv2.INTER_AREA) if w > PREVIEW_PX else picture
    buf = io.BytesIO()
    Image.fromarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB)).save(buf, format="PNG", optimize=True)
    return {target_path(marker): target_bytes(compiled), marker_image_path(marker): buf.getvalue()}


def target_entry(marker, files: dict) -> dict:
    """The manifest's `target` of an artwork marker (its file must be in `files` already)."""
    data = files[target_path(marker)]
    compiled = read_target_bytes(data, target_path(marker))
    entry = {
        "file": target_path(marker),
        "width_mm": round(compiled.width_m * 1000, 3),
        "height_mm": round(compiled.height_m * 1000, 3),
        "bytes": len(data),
        "detector": compiled.detector,
        "points": int(len(compiled.points)),
    }
    if compiled.plain:  # written only for a plain picture: featured targets' entries stay as they were
        entry["plain"] = True
    return entry


def target_sizes(manifest: dict) -> dict[str, int]:
    """Marker id -> bytes of its target data (the export summary reports them)."""
    return {m["id"]: m["target"]["bytes"] for m in manifest.get("markers", []) if "target" in m}
