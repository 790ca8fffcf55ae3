"""Following a found image target from frame to frame: the points it is followed by (the
reference's corners pulled onto the frame, or the frame's own corners on it), Lucas-Kanade flow
on them with a homography re-checked every frame, and when it is lost (image_target.py then
searches for it at once)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..markers.image_compile import CompiledTarget
from .image_homography import homography_is_sane

TRACK_MIN_POINTS = 24  # a followed target with fewer points is lost
FLOW_HALF_FROM_PX = 300  # points spread this wide on screen or more are followed at half resolution
FLOW_MARGIN_PX = 96  # the followed frame's flow looks this far around the points' box (a hand-held move: <= ~30 px a frame)


@dataclass
class Track:
    """A found target: its homography and the point pairs it is followed by."""

    H: np.ndarray  # reference -> frame
    ref_pts: np.ndarray  # (N, 2)
    img_pts: np.ndarray  # (N, 2)
    pose: np.ndarray | None = None
    followed: bool = False  # by optical flow since it was found (else found by the full search this frame)
    dense: bool = False  # H aligned on the whole picture (dense_homography): the pose comes from H itself


def frame_corners(t: CompiledTarget, tr: Track, grey: np.ndarray) -> None:
    """Follow the frame's own corners on the picture (goodFeaturesToTrack within it) instead of
    the points it was found by; left as it was when too few are there."""
    w, h = t.ref_size
    inner = np.array([[[8, 8], [w - 8, 8], [w - 8, h - 8], [8, h - 8]]], np.float32)
    mask = np.zeros(grey.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, np.int32(cv2.perspectiveTransform(inner, tr.H)[0]), 255)
    pts = cv2.goodFeaturesToTrack(grey, 200, 0.01, 8, mask=mask)
    if pts is None or len(pts) < 2 * TRACK_MIN_POINTS:
        return
    img = pts.reshape(-1, 2).astype(np.float32)
    tr.ref_pts = cv2.perspectiveTransform(img.reshape(1, -1, 2), np.linalg.inv(tr.H)).reshape(-1, 2)
    tr.img_pts = img


def refine(t: CompiledTarget, tr: Track, grey: np.ndarray) -> None:
    """Densify: warp the reference's own good corners into the frame and let LK pull them onto
    the image (template refinement) — more, better spread points for a steadier pose."""
    if t.reference is None:
        return
    cand = cv2.goodFeaturesToTrack(t.reference, 200, 0.01, 8)
    if cand is None:
        return
    cand = cand.reshape(-1, 2)
    # not at the picture's own edge: there the warped template meets black, the frame the wall
    w, h = t.ref_size
    inner = (cand[:, 0] > 10) & (cand[:, 1] > 10) & (cand[:, 0] < w - 10) & (cand[:, 1] < h - 10)
    cand = cand[inner]
    guess = cv2.perspectiveTransform(cand.reshape(1, -1, 2), tr.H).reshape(-1, 2)
    ok = (guess[:, 0] >= 0) & (guess[:, 1] >= 0) & (guess[:, 0] < grey.shape[1] - 1) & (guess[:, 1] < grey.shape[0] - 1)
    if ok.sum() < TRACK_MIN_POINTS:
        return
    cand, guess = cand[ok], guess[ok]
    # warp the reference into the frame and track reference-warp -> frame (template alignment)
    warped = cv2.warpPerspective(t.reference, tr.H, (grey.shape[1], grey.shape[0]))
    nxt, st, _ = cv2.calcOpticalFlowPyrLK(warped, grey, guess.reshape(-1, 1, 2).astype(np.float32), None, winSize=(15, 15), maxLevel=2)
    st = st.ravel().astype(bool)
    if st.sum() < TRACK_MIN_POINTS:
        return
    src, dst = cand[st], nxt.reshape(-1, 2)[st]
    H, inl = cv2.findHomography(src, dst, cv2.RANSAC, 2.0)
    if H is None or inl.sum() < TRACK_MIN_POINTS or not homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])):
        return
    inl = inl.ravel().astype(bool)
    tr.H, tr.ref_pts, tr.img_pts = H, src[inl], dst[inl]


def follow(prev: np.ndarray, grey: np.ndarray, tracks: dict[str, Track], targets: dict[str, CompiledTarget], refine_below: int) -> list[str]:
    """Each of `tracks` followed from `prev` to `grey` by pyramidal Lucas-Kanade flow on its points
    (checked forwards and backwards) and re-verified by a homography; the tracks that lose too many
    points are removed from `tracks` and their ids returned, the others updated in place (points
    thinned below `refine_below` are pulled in afresh by `refine`)."""
    lost = []
    for tid, tr in tracks.items():
        # the flow runs on both frames cropped around the points (FLOW_MARGIN_PX more each
        # side): each call builds both images' pyramids, and on the whole 720p frame that was
        # most of a followed frame
        x0, y0 = (max(0, int(v) - FLOW_MARGIN_PX) // 2 * 2 for v in tr.img_pts.min(axis=0))
        x1, y1 = (int(v) + FLOW_MARGIN_PX for v in tr.img_pts.max(axis=0))
        a, b = prev[y0:y1, x0:x1], grey[y0:y1, x0:x1]
        # A large picture on screen is followed at half resolution (one pyramid level up, a
        # window of the same reach): a fraction of the work per point, and its points are
        # still hundreds of px apart (painting clip at 0.8 m: points within 0.12 px of the full
        # resolution's, still jitter measured in docs/image_targets.md)
        k = 2 if float(np.ptp(tr.img_pts[:, 0])) >= FLOW_HALF_FROM_PX else 1
        if k == 2:
            a, b = cv2.pyrDown(a), cv2.pyrDown(b)
        off = np.array([x0, y0], np.float32)
        p0 = ((tr.img_pts - off) / k).reshape(-1, 1, 2).astype(np.float32)
        win = (21 // k + (k - 1), 21 // k + (k - 1))  # 21 px, or 11 at half resolution
        p1, st, _ = cv2.calcOpticalFlowPyrLK(a, b, p0, None, winSize=win, maxLevel=3 - (k - 1))
        p0b, st2, _ = cv2.calcOpticalFlowPyrLK(b, a, p1, None, winSize=win, maxLevel=3 - (k - 1))
        fb = np.linalg.norm(p0b.reshape(-1, 2) - p0.reshape(-1, 2), axis=1) * k
        good = st.ravel().astype(bool) & st2.ravel().astype(bool) & (fb < 1.0)
        p1 = p1 * k + off
        if good.sum() < TRACK_MIN_POINTS:
            lost.append(tid)
            continue
        src, dst = tr.ref_pts[good], p1.reshape(-1, 2)[good]
        H, inl = cv2.findHomography(src, dst, cv2.RANSAC, 2.0)
        if H is None or inl.sum() < TRACK_MIN_POINTS or not homography_is_sane(H, targets[tid].ref_size, (grey.shape[1], grey.shape[0])):
            lost.append(tid)
            continue
        inl = inl.ravel().astype(bool)
        tr.H, tr.ref_pts, tr.img_pts = H, src[inl], dst[inl]
        tr.followed, tr.dense = True, False
        if len(tr.ref_pts) < refine_below:  # thinning out: pull fresh points in
            refine(targets[tid], tr, grey)
    for tid in lost:
        del tracks[tid]
    return lost
