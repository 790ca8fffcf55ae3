"""The printed marker's geometry, in QR modules, and its raster artwork.

The tracked square — whose outer side is the marker's stored printed edge length and whose
centre is the marker frame's origin (DESIGN.md) — is a black frame around a white quiet zone
around the QR symbol:

    +------------------------------+   <- outer edge of the frame = printed edge length
    | ####### frame ############## |
    | ##+----------------------+## |
    | ##|  quiet zone (white)   |## |
    | ##|    +------------+     |## |
    | ##|    | QR symbol  |     |## |

A thick dark frame is what square fiducials (ArUco, AprilTag) owe their range and precise corners
to; the quiet zone keeps the QR code readable by a phone's camera app. The tracking engine tunes
these numbers by measurement (benchmarks/tracking.py); everything else reads them from here and
never hard-codes them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .symbol import qr_modules


@dataclass(frozen=True)
class MarkerLayout:
    symbol_modules: int  # N: the QR symbol's side, in modules (21, 25, 29 … for versions 1, 2, 3 …)
    quiet_modules: int = 2  # white between symbol and frame
    # Thickness of the dark frame; 0 = no frame, the symbol itself is tracked. 3, by measurement
    # (docs/tracking.md): 2 loses the thin frame at 1.1-1.5 m and 55-60 degrees (97.5 % found),
    # 3 finds 99 %, 4 no more than 3 while shrinking the modules further.
    frame_modules: int = 3

    @property
    def units(self) -> int:
        """Side of the tracked square in modules."""
        return self.symbol_modules + 2 * (self.quiet_modules + self.frame_modules) if self.frame_modules else self.symbol_modules

    @property
    def symbol_offset(self) -> int:
        """Modules from the tracked square's outer edge to the symbol's first module."""
        return self.quiet_modules + self.frame_modules if self.frame_modules else 0

    def module_mm(self, edge_mm: float) -> float:
        return edge_mm / self.units

    def module_centres_marker_frame(self, edge_m: float) -> np.ndarray:
        """(N, N, 3) centres of the symbol's modules in the marker frame (metres; +X right,
        +Z toward the bottom edge, Y = 0 on the paper)."""
        n = self.symbol_modules
        unit = edge_m / self.units
        idx = (np.arange(n) + self.symbol_offset + 0.5) * unit - edge_m / 2
        z, x = np.meshgrid(idx, idx, indexing="ij")  # row index -> +Z (down the page), col -> +X
        return np.stack([x, np.zeros_like(x), z], axis=-1)


def layout_for(payload: str, **overrides) -> MarkerLayout:
    return MarkerLayout(qr_modules(payload).shape[0], **overrides)


def marker_corners_marker_frame(edge_m: float) -> np.ndarray:
    """The tracked square's outer corners in the marker frame, in the order every part uses:
    top-left, top-right, bottom-right, bottom-left as you read the code."""
    h = edge_m / 2
    return np.array([[-h, 0.0, -h], [h, 0.0, -h], [h, 0.0, h], [-h, 0.0, h]])


def marker_grid(payload: str, layout: MarkerLayout | None = None) -> np.ndarray:
    """The tracked square as a (units, units) bool array of modules (True = dark): frame, quiet
    zone and QR symbol. The one source of the printed pattern (artwork, synthetic camera)."""
    modules = qr_modules(payload)
    return framed_grid(modules, layout or MarkerLayout(modules.shape[0]))


def framed_grid(modules: np.ndarray, layout: MarkerLayout) -> np.ndarray:
    """marker_grid of a QR module matrix already at hand (a MarkerSpec's)."""
    units = layout.units
    grid = np.zeros((units, units), dtype=bool)
    if layout.frame_modules:
        grid[:, :] = True
        f = layout.frame_modules
        grid[f:-f, f:-f] = False
    o = layout.symbol_offset
    grid[o : o + layout.symbol_modules, o : o + layout.symbol_modules] = modules
    return grid


def render_marker(payload: str, px_per_module: int = 10, margin_modules: int = 4, layout: MarkerLayout | None = None) -> np.ndarray:
    """Greyscale uint8 image of the tracked square (0 = dark, 255 = white) with a white margin of
    `margin_modules` around it. The tracked square spans pixels
    [margin*px, (margin + units)*px) on both axes."""
    grid = np.pad(marker_grid(payload, layout), margin_modules, constant_values=False)
    img = np.where(grid, 0, 255).astype(np.uint8)
    return np.kron(img, np.ones((px_per_module, px_per_module), dtype=np.uint8))
