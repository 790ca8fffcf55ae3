"""The One Euro filter: less jitter when still, little lag when moving; continuity through
frames whose code cannot be read."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.tracking import SyntheticCamera, Tracker, facing_pose, rotation_error_deg
from museum_ar.tracking.tracker import DECODED, TRACKED

pytestmark = pytest.mark.slow  # hundreds of frames tracked per test


def _spread(poses):
    t = np.array([p[:3, 3] for p in poses])
    R0 = poses[0][:3, :3]
    ang = [rotation_error_deg(p, R0) for p in poses]
    return float(np.sqrt(np.mean(np.sum((t - t.mean(0)) ** 2, axis=1)))), float(np.std(ang))


def test_filter_reduces_still_jitter(intr, exhibit_markers):
    spec = exhibit_markers[0]
    still = facing_pose(0.8, 25, 30)
    cam = SyntheticCamera([spec], intr, lambda i: [still], frames=60, noise=5.0, blur=0.9, seed=9)
    tr = Tracker(intr, exhibit_markers)
    raw, filt = [], []
    for f in cam:
        d = tr.process(f.image, f.timestamp_s)[0]
        if f.index >= 15:
            raw.append(d.raw_pose)
            filt.append(d.pose)
    (rt, rr), (ft, fr) = _spread(raw), _spread(filt)
    assert ft < 0.5 * rt and fr < 0.7 * rr
    assert rotation_error_deg(filt[-1], still) < 0.3


def test_filter_follows_motion(intr, exhibit_markers):
    """Moving at 0.3 m/s the filtered pose stays within a few millimetres of the truth."""
    spec = exhibit_markers[0]
    start = facing_pose(0.6, 20, 90, 0, (-0.15, 0))

    def at(i):
        T = start.copy()
        T[0, 3] += 0.3 * i / 30
        return [T]

    tr = Tracker(intr, exhibit_markers)
    errs = []
    for f in SyntheticCamera([spec], intr, at, frames=30, seed=10):
        d = tr.process(f.image, f.timestamp_s)[0]
        if f.index >= 10:
            errs.append(np.linalg.norm(d.pose[:3, 3] - f.truth[0].pose[:3, 3]))
    assert np.mean(errs) < 0.006


def _smudge_code(image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Grey out the inside of the marker (the QR code), leaving the frame: undecodable."""
    c = corners.mean(axis=0)
    inner = (c + (corners - c) * 0.7).astype(np.int32)
    out = image.copy()
    cv2.fillConvexPoly(out, inner, (128, 128, 128))
    return out


def test_tracking_continues_through_undecodable_frames(intr, exhibit_markers):
    spec = exhibit_markers[1]
    start = facing_pose(0.6, 30, 45, 20)

    def at(i):
        T = start.copy()
        T[0, 3] += 0.002 * i
        return [T]

    tr = Tracker(intr, exhibit_markers)
    states = []
    for f in SyntheticCamera([spec], intr, at, frames=8, seed=11):
        img = f.image if f.index < 3 else _smudge_code(f.image, f.truth[0].corners)
        if f.index == 3:
            assert Tracker(intr, exhibit_markers).process(img, 0) == []  # really undecodable
        dets = tr.process(img, f.timestamp_s)
        assert [d.marker_id for d in dets] == [spec.id]
        d = dets[0]
        states.append(d.state)
        assert np.abs(d.corners - f.truth[0].corners).max() < 0.6  # still in TL TR BR BL order
        assert rotation_error_deg(d.raw_pose, f.truth[0].pose) < 0.5
    assert states == [DECODED] * 3 + [TRACKED] * 5


def test_window_search_between_full_scans(intr, exhibit_markers):
    """While tracking, frames are searched only near last frame's markers; the result is the same
    as searching everything, and a marker that comes into view is found at the next full scan."""
    s0, s1 = exhibit_markers[:2]
    m0, m1 = s0.id, s1.id
    a = facing_pose(0.6, 25, 30, 10, (-0.15, 0.0))
    b = facing_pose(0.7, 15, 100, 200, (0.18, 0.05))

    def at(i):
        A, B = a.copy(), b.copy()
        A[0, 3] += 0.004 * i
        B[1, 3] -= 0.003 * i
        return [A, B if i >= 4 else None]  # the second marker comes into view at frame 4

    fast = Tracker(intr, exhibit_markers, full_scan_every=5)
    full = Tracker(intr, exhibit_markers, full_scan_every=1)
    for f in SyntheticCamera([s0, s1], intr, at, frames=12, seed=15):
        got = {d.marker_id: d for d in fast.process(f.image, f.timestamp_s)}
        ref = {d.marker_id: d for d in full.process(f.image, f.timestamp_s)}
        # (coarse corners come from a smaller image: refinement ends within hundredths of a pixel)
        assert m0 in got and np.abs(got[m0].corners - ref[m0].corners).max() < 0.05
        assert np.abs(got[m0].pose[:3, 3] - ref[m0].pose[:3, 3]).max() < 2e-4
        if f.index < 4:
            assert m1 not in got
        elif f.index >= 5:  # full scans at frames 0, 5, 10 (counting from 0)
            assert m1 in got and np.abs(got[m1].corners - ref[m1].corners).max() < 0.05
