"""The synthetic camera's live frames (the app's preview without a webcam) in 8 bits, cheaply.

A live stand-in webcam must keep up with 30 fps next to the tracker on the same core; the float
path of `SyntheticCamera._degrade` (lighting, blur, noise and clip over the whole 720p frame in
float32) took 15-18 ms a frame. What does not change between frames is made once here: the
background in uint8, already blurred; the lighting ramps' two axes; a bank of rounded sensor noise.
A frame is then the blurred background, the cards drawn in uint8 and blurred only inside their
boxes, one multiply by the frame's lighting ramp and one saturating add of noise read at a random
offset of the bank. Statistically the frames are those of the float path (same blur, lighting
range and noise sigma); they are not bit-identical, which is why tests and benchmarks that need
reproducible frames keep the float path (`live=False`).
"""

from __future__ import annotations

import math

import cv2
import numpy as np


class LiveFrames:
    """Per camera: what every live frame shares (background, ramps, noise bank) and the per-frame
    steps on top of it. `background` is the float background the float path would use."""

    def __init__(self, background: np.ndarray, blur: float):
        h, w = background.shape
        self.blur = blur
        self.raw = np.clip(background + 0.5, 0, 255).astype(np.uint8)
        # the background never moves: blurred once, not per frame
        self.blurred = cv2.GaussianBlur(self.raw, (0, 0), blur) if blur > 0 else self.raw
        # the blur kernel's reach (OpenCV's size for 8-bit images: 6 sigma + 1): a card's box is
        # blurred with this much of its surroundings so its edge pixels see what the whole-frame
        # blur would have shown them
        self.reach = int(math.ceil(3 * blur)) + 1 if blur > 0 else 0
        self.x = np.ascontiguousarray(np.broadcast_to(np.linspace(-1, 1, w, dtype=np.float32)[None, :], (h, w)))
        self.y = np.ascontiguousarray(np.broadcast_to(np.linspace(-1, 1, h, dtype=np.float32)[:, None], (h, w)))
        # rounded sensor noise twice the frame each way, read at a random offset; made once
        self._noise: tuple[np.ndarray, np.ndarray] | None = None

    def canvas(self) -> np.ndarray:
        """The unblurred background to draw this frame's cards on (a copy)."""
        return self.raw.copy()

    def degrade(self, img: np.ndarray, boxes: list[tuple[int, int, int, int]], rng: np.random.Generator, lighting: float, noise: float) -> np.ndarray:
        """`img` (the canvas with the cards drawn inside `boxes`, x0 y0 x1 y1) blurred, lit and
        noised as the float path does, in uint8."""
        h, w = img.shape
        out = self.blurred.copy()
        r = self.reach
        for x0, y0, x1, y1 in boxes:
            if self.blur <= 0:
                out[y0:y1, x0:x1] = img[y0:y1, x0:x1]
                continue
            ex0, ey0, ex1, ey1 = max(0, x0 - r), max(0, y0 - r), min(w, x1 + r), min(h, y1 + r)
            sharp = img[ey0:ey1, ex0:ex1]
            out[y0:y1, x0:x1] = cv2.GaussianBlur(sharp, (0, 0), self.blur)[y0 - ey0 : y1 - ey0, x0 - ex0 : x1 - ex0]
        if lighting:
            # the same random gain and gradient as the float path (there applied before the blur:
            # a ramp this smooth commutes with a blur of a pixel)
            gain = 1 - lighting * rng.uniform(0, 0.6)
            gx, gy = rng.uniform(-1, 1, 2) * lighting * 0.4
            ramp = cv2.addWeighted(self.x, float(gain * gx), self.y, float(gain * gy), float(gain))
            out = cv2.multiply(out, ramp, dtype=cv2.CV_8U)
        if noise > 0:
            if self._noise is None:
                n = np.round(rng.standard_normal((2 * h, 2 * w), dtype=np.float32) * noise)
                # its positive and its negative part as two uint8 banks: a saturating add of one and
                # a saturating subtract of the other is the float path's clip(img + noise), each a
                # plain 8-bit operation (an add of int16 noise converted every pixel: 3x the time)
                self._noise = (np.clip(n, 0, 255).astype(np.uint8), np.clip(-n, 0, 255).astype(np.uint8))
            up, down = self._noise
            oy, ox = int(rng.integers(0, h)), int(rng.integers(0, w))
            out = cv2.subtract(cv2.add(out, up[oy : oy + h, ox : ox + w]), down[oy : oy + h, ox : ox + w])
        return out
