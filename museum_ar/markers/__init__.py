"""QR payloads, marker artwork and printable marker sheets."""

from .layout import MarkerLayout, layout_for, marker_corners_marker_frame, render_marker  # noqa: F401
from .payload import marker_id_from_payload, payload_for  # noqa: F401
from .symbol import qr_modules, qr_version  # noqa: F401
