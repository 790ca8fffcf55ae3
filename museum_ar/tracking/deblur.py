"""A look through the motion blur: the frame's own blur line measured and undone before the
square search (issue 14, heavy blur single frames; the viewer's deblur.js is the same).

A quick turn of the tablet smears the whole frame along one line (13-25 px at 720p). The frame's
sides across that line become ramps wider than any threshold window, its dark ring breaks up and
no contour follows the card (benchmark 13-25 px set: most missed frames had no candidate square
near the card, though the code reads at the true corners). The blur is the camera's, so one line
serves the whole frame:

- direction: a line blur removes the gradients along it, so the gradients' structure tensor has
  its smallest eigenvalue along the blur (a sharp frame's clutter has no preferred direction);
- length: rotated so the blur runs along the rows, the row derivative of a box-blurred image is
  (f(x + L/2) - f(x - L/2)) / L, so its second derivative turns each edge of the sharp picture
  into a +/- pair of spikes L apart: their autocorrelation has its deepest trough at lag L;
- undo: each row is Wiener-deconvolved by that box (1-D FFT), which gives the frame's sides back
  as steps a threshold can follow. The squares found there are mapped back to the frame; the
  code is read at their corners on the blurred frame itself (the motion-blur model,
  motion_blur.py), and only when that gives no id, on the frame around the square with the blur
  undone at full resolution (deblurred_patch).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ..markers.tracking_params import DEBLUR
from .downscale import area_downscale

MIN_ANISOTROPY = DEBLUR["min_anisotropy"]  # (max - min) / (max + min) eigenvalue of the gradients' tensor: below, no line blur
MIN_LENGTH_PX, MAX_LENGTH_PX = DEBLUR["min_length_px"], DEBLUR["max_length_px"]  # blur lengths looked for (px of the searched image)
WIENER_NOISE = DEBLUR["wiener_noise"]  # noise-to-signal power of the Wiener filter (higher: less ringing, less sharpening)
ANGLE_TRIES_DEG = tuple(DEBLUR["angle_tries_deg"])  # turns tried about the gradients' estimate of the blur direction
ANGLE_REFINE_DEG = DEBLUR["angle_refine_deg"]  # ... then this either side of the best
MIN_TROUGH = DEBLUR["min_trough"]  # the autocorrelation's trough at lag L must be this deep (of lag 0): else no line blur
TROUGH_ROW_STEP = DEBLUR["trough_row_step"]  # rows used for the troughs: every n-th
PRESMOOTH_PX = DEBLUR["presmooth_px"]  # Gaussian sigma before the trough search


def blur_line(small: np.ndarray) -> tuple[float, float] | None:
    """(angle in degrees, length in px) of the line blur of this image, or None when it shows
    none clearly."""
    # (Sobel straight from the grey levels and the sums as dot products: the gate runs on every
    # frame that gets this far, ~0.9 ms at 640x360 against ~1.9 with float copies and products)
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3).ravel()
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3).ravel()
    a, b, c = float(gx @ gx), float(gx @ gy), float(gy @ gy)
    root = math.hypot(a - c, 2 * b)
    if a + c <= 0 or root / (a + c) < MIN_ANISOTROPY:
        return None
    # The gradients' main direction is 0.5 * atan2(2b, a - c); the blur runs across it. That is
    # a few degrees off when the picture itself has a preferred direction (benchmark: up to ~8),
    # so the turns either side of it are tried too, and the deepest trough wins.
    angle = math.degrees(0.5 * math.atan2(2 * b, a - c)) + 90.0
    # (lightly smoothed for the troughs: the rows' second derivative is otherwise mostly pixel
    # noise, and how much a turn's interpolation smooths it varies with the angle)
    smooth = cv2.GaussianBlur(small.astype(np.float32), (0, 0), PRESMOOTH_PX)
    first = _trough(smooth, angle) + (angle,)
    if first[0] < MIN_TROUGH:
        return None  # (no trough at all near the gradients' direction: a sharp picture with straight lines, 16 of 200 empty frames past the gate)
    best = max([first] + [_trough(smooth, angle + d) + (angle + d,) for d in ANGLE_TRIES_DEG], key=lambda x: x[0])
    best = max([best] + [_trough(smooth, best[2] + d) + (best[2] + d,) for d in (-ANGLE_REFINE_DEG, ANGLE_REFINE_DEG)], key=lambda x: x[0])
    depth, length, angle = best
    if depth < MIN_TROUGH:
        return None
    return angle % 180.0, length


def _trough(f: np.ndarray, angle: float) -> tuple[float, float]:
    """(depth, lag px) of the deepest trough of the rows' second-derivative autocorrelation (of
    lag 0) with the image turned so `angle` runs along the rows."""
    h, w = f.shape
    # The middle turned in place (statistics need no whole canvas), and only every
    # TROUGH_ROW_STEP-th row of it made.
    M = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), angle, 1.0)
    M[1] /= TROUGH_ROW_STEP
    rotated = cv2.warpAffine(f, M, (w, h // TROUGH_ROW_STEP), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    d = np.diff(rotated, n=2, axis=1)[:, 8:-8]
    # Every lag's sum over all rows at once: the rows' power spectra summed, back to lags (padded
    # past the longest lag, so the correlation does not wrap around).
    n = cv2.getOptimalDFTSize(d.shape[1] + MAX_LENGTH_PX + 1)
    padded = np.zeros((d.shape[0], n), np.float32)
    padded[:, : d.shape[1]] = d
    spectrum = cv2.dft(padded, flags=cv2.DFT_ROWS | cv2.DFT_COMPLEX_OUTPUT)
    ac = np.fft.ifft(np.square(spectrum).sum(axis=(0, 2))).real
    r0 = float(ac[0])
    if r0 <= 0:
        return 0.0, 0.0
    lags = np.arange(MIN_LENGTH_PX, MAX_LENGTH_PX + 1)
    r = ac[lags] / r0
    i = int(np.argmin(r))
    if i == 0 or i == len(r) - 1:
        return 0.0, 0.0  # no trough inside the lengths looked for (at the shortest: the noise's own)
    length = float(lags[i])
    den = r[i - 1] - 2 * r[i] + r[i + 1]
    if den > 0:  # (parabola through the trough and its neighbours: sub-pixel lag)
        length += 0.5 * (r[i - 1] - r[i + 1]) / den
    return -float(r[i]), length


def _rotated(img: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """img turned so that the direction `angle` (degrees, image coordinates) runs along the rows,
    on a canvas holding all of it (edges replicated); and the 2x3 map image -> canvas."""
    h, w = img.shape
    t = math.radians(angle)
    cs, sn = math.cos(t), math.sin(t)
    W = int(math.ceil(abs(w * cs) + abs(h * sn))) + 2
    H = int(math.ceil(abs(w * sn) + abs(h * cs))) + 2
    # Canvas coordinates: u along the blur, v across it, about the image centre.
    M = np.array([[cs, sn, 0.0], [-sn, cs, 0.0]])
    M[:, 2] = np.array([W / 2, H / 2]) - M[:, :2] @ np.array([(w - 1) / 2, (h - 1) / 2])
    out = cv2.warpAffine(img, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out, M


def deblurred(small: np.ndarray, angle: float, length: float, noise: float = WIENER_NOISE) -> tuple[np.ndarray, np.ndarray]:
    """The image turned so the blur runs along its rows and each row Wiener-deconvolved by a box
    of `length` px (uint8), and the 2x3 map image -> that picture."""
    rotated, M = _rotated(small.astype(np.float32), angle)
    pad = int(math.ceil(length)) * 2
    rows = np.pad(rotated, ((0, 0), (pad, pad)), mode="edge")
    n = cv2.getOptimalDFTSize(rows.shape[1])
    x = np.arange(n)
    # The box, centred on 0 (circularly), area-sampled at its ends; it is symmetric, so its
    # spectrum is real and so is the Wiener filter.
    dist = np.minimum(x, n - x).astype(np.float64)
    box = np.clip(length / 2 + 0.5 - dist, 0.0, 1.0)
    box /= box.sum()
    H = np.fft.fft(box).real
    G = (H / (H * H + noise)).astype(np.float32)
    padded = np.zeros((rows.shape[0], n), np.float32)
    padded[:, : rows.shape[1]] = rows
    F = cv2.dft(padded, flags=cv2.DFT_ROWS | cv2.DFT_COMPLEX_OUTPUT)
    F *= G[None, :, None]
    sharp = cv2.idft(F, flags=cv2.DFT_ROWS | cv2.DFT_REAL_OUTPUT | cv2.DFT_SCALE)[:, pad : pad + rotated.shape[1]]
    return np.clip(sharp, 0, 255).astype(np.uint8), M


def deblurred_look(grey: np.ndarray, scale: float, find, **find_kw) -> tuple[list[np.ndarray], tuple[float, float] | None]:
    """Squares found on the frame with its motion blur undone: the frame area-downscaled by
    `scale`, its blur line measured (blur_line) and undone (deblurred), `find(image, scale=1,
    **find_kw)` (quads.find_candidates) run there. Returns the squares as full-resolution
    corners (4x2 float32) and the blur line at full resolution (angle degrees, length px; for
    deblurred_patch), or ([], None) when no line blur is measured."""
    if scale > 1:
        small = area_downscale(grey, (int(round(grey.shape[1] / scale)), int(round(grey.shape[0] / scale))))
        scale = grey.shape[0] / small.shape[0]
    else:
        small = grey
    line = blur_line(small)
    if line is None:
        return [], None
    sharp, M = deblurred(small, *line)
    back = cv2.invertAffineTransform(M)
    out = []
    for q in find(sharp, scale=1, **find_kw):
        pts = q.astype(np.float64) @ back[:, :2].T + back[:, 2]
        out.append((pts * scale + (scale - 1) / 2).astype(np.float32))
    return out, (line[0], line[1] * scale)


def deblurred_patch(grey: np.ndarray, corners: np.ndarray, angle: float, length: float) -> tuple[np.ndarray, np.ndarray]:
    """The frame around a square (full resolution) with the blur line (angle degrees, length px
    of this image) undone, and the square's corners there: the code's modules, 3-4 px on a card
    smeared 13-25 px, come back far enough for the usual reading."""
    h, w = grey.shape
    pad = int(math.ceil(length)) + 8
    x0, y0 = np.floor(corners.min(axis=0)).astype(int) - pad
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int) + pad
    x0, y0, x1, y1 = max(int(x0), 0), max(int(y0), 0), min(int(x1), w), min(int(y1), h)
    sharp, M = deblurred(grey[y0:y1, x0:x1], angle, length)
    local = corners.astype(np.float64) - (x0, y0)
    return sharp, (local @ M[:, :2].T + M[:, 2]).astype(np.float32)
