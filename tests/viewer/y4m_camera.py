"""A fake camera for the viewer: the printed marker rendered at a known pose into a .y4m video
(the format Chromium's --use-file-for-fake-video-capture reads), plus the projection helpers the
pixel checks use. The same conventions as museum_ar/core/frames.py (OpenCV camera, marker frame
+Y out of the paper, +Z toward the code's bottom edge)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from museum_ar.markers import layout_for, marker_corners_marker_frame, render_marker, tracking_params


@dataclass(frozen=True)
class Camera:
    width: int = 640
    height: int = 480
    hfov_deg: float = tracking_params.DEFAULT_HFOV_DEG  # what the viewer assumes (manifest viewer.hfov_deg, 65)

    @property
    def K(self) -> np.ndarray:
        f = self.width / 2 / math.tan(math.radians(self.hfov_deg) / 2)
        return np.array([[f, 0, (self.width - 1) / 2], [0, f, (self.height - 1) / 2], [0, 0, 1.0]])


def look_at_pose(distance_m: float, elevation_deg: float, yaw_deg: float = 0.0, shift_m=(0.0, 0.0, 0.0)) -> np.ndarray:
    """marker -> camera (OpenCV) for a camera `distance_m` from the marker centre (+ shift), seen
    from `elevation_deg` above the paper, from the code's bottom side, turned by yaw about +Y."""
    e = math.radians(elevation_deg)
    c = np.array([0.0, math.sin(e), math.cos(e)]) * distance_m
    z = -c / np.linalg.norm(c)
    x = np.array([1.0, 0.0, 0.0])
    y = np.cross(z, x)
    r_cam = np.stack([x, y, z])  # rows: camera axes in marker coordinates
    yaw = math.radians(yaw_deg)
    r_yaw = np.array([[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]])
    m = np.eye(4)
    m[:3, :3] = r_cam @ r_yaw
    m[:3, 3] = -r_cam @ c + np.asarray(shift_m)
    return m


def project(K: np.ndarray, pose: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = (pose[:3, :3] @ np.asarray(pts, float).T).T + pose[:3, 3]
    uv = (K @ p.T).T
    return uv[:, :2] / uv[:, 2:3]


def render_frame(payload: str, edge_m: float, pose: np.ndarray, cam: Camera, seed: int = 0, noise: float = 1.5, light: float = 1.0, blur: float = 0.6) -> np.ndarray:
    """BGR frame of the printed marker (white paper margin around it) on a grey textured table."""
    rng = np.random.default_rng(seed)
    layout = layout_for(payload)
    px, margin = 12, 6
    art = render_marker(payload, px_per_module=px, margin_modules=margin, layout=layout)
    # Tracked square corners in the artwork (pixel-centre coordinates) and in the camera image.
    a0, a1 = margin * px - 0.5, (margin + layout.units) * px - 0.5
    src = np.float32([[a0, a0], [a1, a0], [a1, a1], [a0, a1]])
    dst = project(cam.K, pose, marker_corners_marker_frame(edge_m)).astype(np.float32)
    H = cv2.getPerspectiveTransform(src, dst)
    size = (cam.width, cam.height)
    paper = cv2.warpPerspective(art, H, size, flags=cv2.INTER_AREA if False else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full_like(art, 255), H, size, flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    table = cv2.GaussianBlur(rng.normal(0, 30, (cam.height, cam.width)).astype(np.float32), (0, 0), 6) + 95
    grey = mask * (paper.astype(np.float32) * 0.85 + 20) + (1 - mask) * table  # paper isn't pure white
    if light != 1.0:  # dim light falling off across the frame (a showcase lamp at one side)
        ramp = np.linspace(1.0, 0.55, cam.width, dtype=np.float32)[None, :]
        grey = grey * light * ramp
    grey = cv2.GaussianBlur(grey, (0, 0), blur) + rng.normal(0, noise, grey.shape)  # sensor noise, grey levels
    grey = np.clip(grey, 0, 255).astype(np.uint8)
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def write_y4m(path: Path, frames: list[np.ndarray], fps: int = 15) -> Path:
    """YUV4MPEG2 (4:2:0) as Chromium's fake camera reads it."""
    h, w = frames[0].shape[:2]
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{w} H{h} F{fps}:1 Ip A1:1 C420jpeg\n".encode("ascii"))
        for frame in frames:
            f.write(b"FRAME\n")
            f.write(cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420).tobytes())
    return path
