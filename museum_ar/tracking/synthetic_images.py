"""Synthetic camera frames of flat artworks (image targets) at known poses.

The QR cards have their own renderer (synthetic.py); this one warps any picture, hung on a wall of
a given physical width, into a camera frame and degrades it the way a gallery does: uneven
lighting, glare on glass, hand-held motion blur, sensor noise. Ground truth is the pose passed in.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from .intrinsics import CameraIntrinsics


def project_marker_points(pts_m: np.ndarray, pose: np.ndarray, intr: CameraIntrinsics) -> np.ndarray:
    cam = (pose[:3, :3] @ pts_m.T).T + pose[:3, 3]
    return np.stack([intr.fx * cam[:, 0] / cam[:, 2] + intr.cx, intr.fy * cam[:, 1] / cam[:, 2] + intr.cy], axis=1)


def wall(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A gallery wall: a smooth off-white with faint blotches and a frame or two of other pictures."""
    small = rng.uniform(150, 215, size=(height // 80 + 2, width // 80 + 2)).astype(np.float32)
    bg = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    bg = np.repeat(bg[:, :, None], 3, axis=2)
    for _ in range(3):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(40, 200)), int(rng.integers(40, 200))
        cv2.rectangle(bg, (x, y), (x + w, y + h), tuple(float(v) for v in rng.uniform(30, 120, 3)), 6)
    return np.clip(bg, 0, 255).astype(np.uint8)


def render_artwork(
    frame_bg: np.ndarray,
    image: np.ndarray,
    width_m: float,
    pose: np.ndarray,
    intr: CameraIntrinsics,
) -> np.ndarray:
    """Warp `image` (BGR) of physical width `width_m`, centred at the marker origin, into frame_bg."""
    h_px, w_px = image.shape[:2]
    height_m = width_m * h_px / w_px
    hw, hh = width_m / 2, height_m / 2
    corners_m = np.array([[-hw, 0, -hh], [hw, 0, -hh], [hw, 0, hh], [-hw, 0, hh]])
    dst = project_marker_points(corners_m, pose, intr).astype(np.float32)
    src = np.array([[0, 0], [w_px, 0], [w_px, h_px], [0, h_px]], np.float32)
    H = cv2.getPerspectiveTransform(src, dst)
    # pre-shrink the picture to about its on-screen size: warpPerspective does not area-average
    span = max(np.linalg.norm(dst[1] - dst[0]), np.linalg.norm(dst[2] - dst[3]))
    if span * 1.5 < w_px:
        f = span * 1.5 / w_px
        small = cv2.resize(image, (max(2, round(w_px * f)), max(2, round(h_px * f))), interpolation=cv2.INTER_AREA)
        src = np.array([[0, 0], [small.shape[1], 0], [small.shape[1], small.shape[0]], [0, small.shape[0]]], np.float32)
        H = cv2.getPerspectiveTransform(src, dst)
        image = small
    out = frame_bg.copy()
    out = cv2.warpPerspective(image, H, (out.shape[1], out.shape[0]), dst=out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    return out


def degrade(
    frame: np.ndarray,
    rng: np.random.Generator,
    *,
    lighting: float = 0.3,
    glare: float = 0.0,
    motion_px: float = 0.0,
    noise: float = 2.0,
) -> np.ndarray:
    """Gallery lighting (gain + a spotlight falloff), glare (a bright soft blob, as on glass),
    hand-held motion blur (a line kernel of `motion_px` at a random angle), sensor noise."""
    h, w = frame.shape[:2]
    f = frame.astype(np.float32)
    if lighting > 0:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0, w), rng.uniform(-0.3 * h, 0.3 * h)
        fall = 1.0 - lighting * np.clip(np.hypot(xx - cx, yy - cy) / (1.2 * max(w, h)), 0, 1)
        f *= (rng.uniform(1 - lighting / 2, 1 + lighting / 4) * fall)[:, :, None]
    if glare > 0:
        gx, gy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        r = rng.uniform(0.05, 0.12) * max(w, h)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        blob = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * r * r)) * 255 * glare
        f += blob[:, :, None]
    if motion_px >= 1:
        k = int(math.ceil(motion_px)) | 1
        kern = np.zeros((k, k), np.float32)
        kern[k // 2, :] = 1.0
        rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
        kern = cv2.warpAffine(kern, rot, (k, k))
        kern /= kern.sum()
        f = cv2.filter2D(f, -1, kern)
    if noise > 0:
        f += rng.normal(0, noise, f.shape).astype(np.float32)
    return np.clip(f, 0, 255).astype(np.uint8)
