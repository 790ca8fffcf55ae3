"""Whether a marker can be printed as stored: big enough to scan at 30 cm, small enough for the paper.

The smallest printed edge comes from a measurement, not a guess (benchmarks/markers.py,
docs/markers.md): zxing-cpp decodes >= 95 % of simulated camera views (random tilt up to 40°,
optical blur, sensor noise, JPEG) once a QR module covers MIN_PX_PER_MODULE camera pixels, at every
error-correction level and QR version we use. A tablet camera delivering 1280x720 to the viewer
with a 65° horizontal field of view has a focal length of ~1005 px, so at 30 cm a module must be
MIN_PX_PER_MODULE * 300 / 1005 ≈ 0.82 mm; the edge is that times the layout's units (symbol +
quiet zone + frame), e.g. 31 mm for a version-3 code in the default frame.
"""

from __future__ import annotations

import math

from ..core.errors import MarkerError
from .layout import MarkerLayout

SCAN_DISTANCE_MM = 300.0
CAMERA_WIDTH_PX = 1280
CAMERA_HFOV_DEG = 65.0
MIN_PX_PER_MODULE = 2.75  # measured: benchmarks/markers.py "min_px_per_module_95"


def camera_focal_px() -> float:
    return (CAMERA_WIDTH_PX / 2) / math.tan(math.radians(CAMERA_HFOV_DEG / 2))


def min_edge_mm(layout: MarkerLayout, distance_mm: float = SCAN_DISTANCE_MM) -> float:
    """Smallest printed edge (outer frame) that scans at distance_mm, rounded up to 0.5 mm."""
    module_mm = MIN_PX_PER_MODULE * distance_mm / camera_focal_px()
    return math.ceil(module_mm * layout.units * 2) / 2


def max_scan_distance_mm(layout: MarkerLayout, edge_mm: float) -> float:
    """Farthest distance at which a marker of edge_mm still gives MIN_PX_PER_MODULE."""
    return camera_focal_px() * layout.module_mm(edge_mm) / MIN_PX_PER_MODULE


def check_scannable(marker_id: str, edge_mm: float, layout: MarkerLayout) -> None:
    if isinstance(edge_mm, bool) or not isinstance(edge_mm, (int, float)) or not math.isfinite(edge_mm):
        raise MarkerError(f"marker '{marker_id}' has no valid printed size ({edge_mm!r})", field="size_mm")
    need = min_edge_mm(layout)
    if edge_mm < need:
        raise MarkerError(
            f"marker '{marker_id}' is {edge_mm:g} mm; its code ({layout.symbol_modules} modules in a "
            f"{layout.units}-module frame) needs at least {need:g} mm to scan from "
            f"{SCAN_DISTANCE_MM / 10:g} cm. Enlarge it, or shorten the publish address or marker id",
            field="size_mm",
        )
