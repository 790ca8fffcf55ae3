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
from ..core.exhibit import Exhibit, Marker, check_marker_size
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


def size_field(exhibit: Exhibit, marker: Marker) -> str:
    """Where the marker's printed size is in exhibit.json ("markers[2].size_mm", an artwork's
    "markers[2].target.width_mm"), for errors about it."""
    name = "target.width_mm" if marker.target is not None else "size_mm"
    i = next((n for n, m in enumerate(exhibit.markers) if m is marker), None)
    return name if i is None else f"markers[{i}].{name}"


def check_printed_size(exhibit: Exhibit, marker: Marker) -> float:
    """The marker's printed size (an artwork's width) through core's one check, the field named
    as in exhibit.json: printing refuses what loading and the commands refuse, the same way."""
    if marker.target is not None:
        return check_marker_size(marker.target.width_mm, size_field(exhibit, marker), artwork=True)
    return check_marker_size(marker.size_mm, size_field(exhibit, marker))


def check_scannable(marker_id: str, edge_mm: float, layout: MarkerLayout, field_name: str = "size_mm") -> None:
    """A card of edge_mm (core's check_marker_size first) is big enough for its code to scan."""
    edge_mm = check_marker_size(edge_mm, field_name)
    need = min_edge_mm(layout)
    if edge_mm < need:
        raise MarkerError(
            f"marker '{marker_id}' is {edge_mm:g} mm; its code ({layout.symbol_modules} modules in a "
            f"{layout.units}-module frame) needs at least {need:g} mm to scan from "
            f"{SCAN_DISTANCE_MM / 10:g} cm. Enlarge it, or shorten the publish address or marker id",
            field=field_name,
        )
