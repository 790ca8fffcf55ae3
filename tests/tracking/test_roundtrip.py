"""Render the real marker artwork at a known pose, detect it, compare (DESIGN.md round trip)."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.markers.layout import marker_corners_marker_frame
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import SyntheticCamera, Tracker, facing_pose, rotation_error_deg

POSES = [
    (0.3, 0, 0, 0),
    (0.5, 0, 0, 30),  # face-on: the pose is ill-conditioned here, the classic trap
    (0.6, 35, 20, 100),
    (0.9, 50, 120, 200),
    (1.2, 25, 250, 300),
    (1.4, 45, 60, 10),
]


@pytest.mark.parametrize("distance,tilt,axis,roll", POSES)
def test_pose_round_trip(intr, exhibit_markers, distance, tilt, axis, roll):
    spec = exhibit_markers[0]
    truth = facing_pose(distance, tilt, axis, roll, offset_m=(0.03, -0.02))
    cam = SyntheticCamera([spec], intr, [[truth]], noise=2.0, blur=0.7, seed=int(distance * 10))
    frame = cam.read()
    dets = Tracker(intr, exhibit_markers, smoothing=False).process(frame.image, frame.timestamp_s)
    assert [d.marker_id for d in dets] == [spec.id]
    d = dets[0]
    # Corners come in the marker frame's order (TL TR BR BL as read), whatever the roll.
    assert np.abs(d.corners - frame.truth[0].corners).max() < 0.5
    assert rotation_error_deg(d.pose, truth) < 0.5
    assert np.linalg.norm(d.pose[:3, 3] - truth[:3, 3]) < 0.01 * distance
    # The pose maps the marker frame's corners onto the corners seen.
    obj = marker_corners_marker_frame(spec.edge_m)
    cam_pts = (d.pose[:3, :3] @ obj.T).T + d.pose[:3, 3]
    proj = (intr.matrix() @ cam_pts.T).T
    assert np.abs(proj[:, :2] / proj[:, 2:] - d.corners).max() < 0.5


def test_marker_frame_axes(intr, exhibit_markers):
    """+Y out of the paper toward a camera that sees it, +X right, +Z down the code."""
    spec = exhibit_markers[0]
    cam = SyntheticCamera([spec], intr, [[facing_pose(0.5, 10, 0)]], seed=3)
    frame = cam.read()
    d = Tracker(intr, exhibit_markers).process(frame.image, 0.0)[0]
    R = d.pose[:3, :3]
    assert R[2, 1] < -0.9  # marker +Y points back at the camera (camera -Z)
    assert R[0, 0] > 0.9  # marker +X is image right
    assert R[1, 2] > 0.9  # marker +Z is image down
    assert d.corners[0][0] < d.corners[1][0] and d.corners[0][1] < d.corners[3][1]


def test_size_scales_translation(intr, exhibit_markers):
    """Pose scale comes from the printed size: the same image with a marker said to be twice as
    big is twice as far."""
    spec = exhibit_markers[0]
    frame = SyntheticCamera([spec], intr, [[facing_pose(0.5, 20, 40)]], seed=4).read()
    near = Tracker(intr, [spec]).process(frame.image, 0)[0]
    far = Tracker(intr, [MarkerSpec.for_payload(spec.payload, 2 * spec.size_mm, spec.id)]).process(frame.image, 0)[0]
    assert far.pose[2, 3] == pytest.approx(2 * near.pose[2, 3], rel=1e-3)
