"""Round trip: draw the printed marker's artwork at a known pose with known intrinsics, find it in
the rendered pixels again, and recover the pose. Holds the projection, the pose conversion and the
marker frame honest against what tracking sees."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from museum_ar.core.frames import content_to_marker, pose_cv_to_gl
from museum_ar.markers.layout import marker_corners_marker_frame, render_marker
from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.render import DrawItem

EDGE_M = 0.10
PAYLOAD = payload_for("https://museum.example/ar/", "schaedel-1")
POSES = [  # distance, tilt, yaw, offset
    (0.40, 20.0, 10.0, (0.0, 0.0)),
    (0.35, 40.0, -25.0, (0.03, -0.02)),
    (0.55, 55.0, 70.0, (-0.05, 0.03)),
]


def marker_item(tmp_path) -> DrawItem:
    """The artwork as an image item lying flat on the marker: the tracked square exactly."""
    art = render_marker(PAYLOAD, px_per_module=8, margin_modules=0)
    folder = tmp_path / "Marker Übersicht"
    folder.mkdir()
    path = folder / "marke ä.png"
    Image.fromarray(art).save(path)
    # An image quad stands upright (X-Y plane, bottom edge on the origin, 1 unit wide): lay it on
    # the paper with its top toward -Z (the wall mount's turn does exactly that), then centre it.
    m = content_to_marker("wall") @ np.diag([EDGE_M, EDGE_M, EDGE_M, 1.0])
    m[:3, 3] = (0.0, 0.0, EDGE_M / 2)
    return DrawItem("marker", "image", m, asset=path)


def render(renderer, target, proj, pose, item) -> np.ndarray:
    paper = np.full((target.height, target.width, 3), 205, np.uint8)  # a light table
    target.bind()
    renderer.draw(paper, pose_cv_to_gl(pose), proj, [item])
    assert renderer.problems == {}
    return target.read_rgb()


def _bilinear(grey: np.ndarray, pts: np.ndarray) -> np.ndarray:
    m = pts.astype(np.float32).reshape(-1, 1, 2)
    return cv2.remap(grey.astype(np.float32), m[..., 0], m[..., 1], cv2.INTER_LINEAR).ravel()


def _edge_line(grey: np.ndarray, a: np.ndarray, b: np.ndarray, dark: float, light: float) -> np.ndarray:
    """Sub-pixel line (a, b, c with ax + by + c = 0) of the dark/light edge between rough corners a and b:
    along many normals, where the intensity crosses halfway between dark and light."""
    d = (b - a) / np.linalg.norm(b - a)
    n = np.array([-d[1], d[0]])
    steps = np.linspace(-4, 4, 81)
    points = []
    for s in np.linspace(0.15, 0.85, 40):
        base = a + (b - a) * s
        prof = _bilinear(grey, base + steps[:, None] * n)
        level = (dark + light) / 2
        cross = np.nonzero(np.diff(np.sign(prof - level)) != 0)[0]
        if len(cross):
            i = cross[np.argmin(np.abs(steps[cross]))]  # the crossing nearest the rough edge
            f = (level - prof[i]) / (prof[i + 1] - prof[i])
            points.append(base + (steps[i] + f * (steps[i + 1] - steps[i])) * n)
    vx, vy, x0, y0 = cv2.fitLine(np.array(points, np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
    return np.array([vy, -vx, vx * y0 - vy * x0])


def find_square(grey: np.ndarray) -> np.ndarray:
    """Outer corners of the dark frame with plain OpenCV: contour -> rough quad -> sub-pixel
    edges fitted as lines -> their intersections."""
    _, bw = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(bw, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    biggest = max(contours, key=cv2.contourArea)
    quad = cv2.approxPolyDP(biggest, 0.02 * cv2.arcLength(biggest, True), True).reshape(-1, 2).astype(np.float64)
    assert len(quad) == 4
    dark, light = float(np.percentile(grey[bw > 0], 10)), float(np.percentile(grey[bw == 0], 90))
    lines = [_edge_line(grey, quad[i], quad[(i + 1) % 4], dark, light) for i in range(4)]
    corners = []
    for i in range(4):
        p = np.cross(lines[i - 1], lines[i])
        corners.append(p[:2] / p[2])
    return np.array(corners)


def rotation_deg(R1, R2) -> float:
    return float(np.degrees(np.arccos(np.clip((np.trace(R1.T @ R2) - 1) / 2, -1, 1))))


@pytest.mark.parametrize("distance,tilt,yaw,offset", POSES)
def test_corners_and_pose_come_back_with_opencv(renderer, target, intrinsics, tmp_path, pose_at, distance, tilt, yaw, offset):
    K, proj = intrinsics
    pose = pose_at(distance, tilt, yaw, offset)
    img = render(renderer, target, proj, pose, marker_item(tmp_path))
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)

    obj = marker_corners_marker_frame(EDGE_M)
    expected, _ = cv2.projectPoints(obj, cv2.Rodrigues(pose[:3, :3])[0], pose[:3, 3], K, None)
    expected = expected.reshape(4, 2)
    found = find_square(grey)
    # match each expected corner with the nearest found one (contour order is OpenCV's own)
    dists = np.linalg.norm(expected[:, None] - found[None], axis=2)
    assert dists.min(axis=1).max() < 0.25, f"corners off by {dists.min(axis=1)} px"
    ordered = found[dists.argmin(axis=1)]

    # IPPE_SQUARE wants the square in its own z = 0 plane (x right, y up): marker (x, y, z) -> (x, -z, y)
    to_ippe = np.array([[1.0, 0, 0], [0, 0, -1], [0, 1, 0]])
    ok, rvec, tvec = cv2.solvePnP(obj @ to_ippe.T, ordered, K, None, flags=cv2.SOLVEPNP_IPPE_SQUARE)
    assert ok
    R = cv2.Rodrigues(rvec)[0] @ to_ippe
    assert rotation_deg(R, pose[:3, :3]) < 0.5
    assert np.linalg.norm(tvec.ravel() - pose[:3, 3]) < 0.004 * distance


@pytest.mark.parametrize("distance,tilt,yaw,offset", POSES)
def test_tracking_engine_recovers_the_pose(renderer, target, intrinsics, tmp_path, pose_at, distance, tilt, yaw, offset):
    from museum_ar.tracking.intrinsics import CameraIntrinsics
    from museum_ar.tracking.tracker import Tracker

    K, proj = intrinsics
    pose = pose_at(distance, tilt, yaw, offset)
    img = render(renderer, target, proj, pose, marker_item(tmp_path))
    tracker = Tracker(CameraIntrinsics(K[0, 0], K[1, 1], K[0, 2], K[1, 2], target.width, target.height), [MarkerSpec.for_payload(PAYLOAD, EDGE_M * 1000, "schaedel-1")], smoothing=False)
    detections = tracker.process(cv2.cvtColor(img, cv2.COLOR_RGB2BGR), 0.0)
    assert [d.marker_id for d in detections] == ["schaedel-1"]
    got = detections[0].raw_pose if detections[0].raw_pose is not None else detections[0].pose
    assert rotation_deg(got[:3, :3], pose[:3, :3]) < 1.0
    assert np.linalg.norm(got[:3, 3] - pose[:3, 3]) < 0.01 * distance
