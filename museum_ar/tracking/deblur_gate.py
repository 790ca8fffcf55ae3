"""The deblurred look's gate (issue #13; the viewer's deblur_gate.js is the same): is any known
code close to a square the look found, judged before the square's costly reads (the motion
model's line and corner fits, the patch deconvolved at full resolution, the refinement)?

The look has measured the frame's blur line already (deblur.blur_line), so no line need be
searched: each known code, framed as printed and seen in each turn, is blurred by that line
(mapped into module units at the square's centre, motion_blur._line_kernel) and correlated with
the module grid sampled at the square's corners, over the data modules — the motion model's read
without its fits (~1 ms). Another exhibit's card of the same museum, heavily blurred, scored at
most 0.43 (benchmarks/viewer_vs_desktop.py's, 180 frames); our own cards read from the look's
squares 0.64-0.99. Squares below DEBLUR["gate_min_score"] (0.5) are not read. A sibling code of
the same exhibit missing from the bundle shares more modules and may pass: then it is read (and
turned down) as before, at the old cost.
"""

from __future__ import annotations

import cv2
import numpy as np

from ..markers.tracking_params import DEBLUR
from .code_templates import Candidate, _fast_templates, _groups
from .module_sampling import _all_centres, square_to_quad
from .motion_blur import _framed_codes, _line_kernel

GATE_MIN_SCORE = DEBLUR["gate_min_score"]


def closest_code_score(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate], line: tuple[float, float]) -> float:
    """The best correlation of any known code (any turn), blurred by `line` (angle degrees in
    the image, length px of this image), with the module grid at `corners`, over the data
    modules; -1 where the square maps to nothing."""
    angle, length = line
    best = -1.0
    for layout, group in _groups(tuple(candidates)).items():
        units, n = layout.units, layout.symbol_modules
        m = units + 2
        H = square_to_quad(units, corners)
        if not np.isfinite(H).all() or abs(np.linalg.det(H)) < 1e-12:
            continue
        pts = cv2.perspectiveTransform(_all_centres(units), H)
        vals = cv2.remap(grey, pts, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).reshape(m, m).astype(np.float32)
        # the line in module units near the square's centre, as motion_blur._line_fit maps its hypotheses
        c = corners.astype(np.float64).mean(axis=0)
        probe = cv2.perspectiveTransform(np.array([[c, c + (1, 0), c + (0, 1)]], np.float64), np.linalg.inv(H))[0]
        kernel = _line_kernel(np.stack([probe[1] - probe[0], probe[2] - probe[0]], axis=1), angle, length)
        index, _ = _fast_templates(tuple(group))  # (4, D): data modules per turn, flat in the symbol's grid
        codes = _framed_codes(tuple(group))  # (4, K, m, m)
        o = layout.symbol_offset + 1
        flat = vals[o : o + n, o : o + n].ravel()
        for r in range(4):
            v = flat[index[r]].astype(np.float64)
            v -= v.mean()
            v /= np.linalg.norm(v) + 1e-9
            for i in range(len(group)):
                p = cv2.filter2D(codes[r, i], -1, kernel, borderType=cv2.BORDER_REPLICATE)[o : o + n, o : o + n].ravel()[index[r]].astype(np.float64)
                p -= p.mean()
                best = max(best, float(p @ v / (np.linalg.norm(p) + 1e-9)))
    return best
