"""A bundle's plain target (issue #19: 0 points, found by its outline) in the viewer's image tracker
(viewer/src/image_targets, run in Node on real compiled files and rendered frames): with the
manifest's tracking parameters (tracking.plain) the wash is found on the frames where the desktop
finds it, posed as the desktop poses it, and followed by its outline; an empty wall frame and
other pictures of its aspect never are it. Without tracking.plain (a bundle exported before) it
is never reported and does not break the featured artwork beside it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.markers.image_compile import target_bytes
from museum_ar.markers.tracking_params import as_manifest
from museum_ar.tracking import CameraIntrinsics, image_target, picture_outline
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall
import wash_targets as wash

A3_M = wash.A3_M
arts, targets = wash.arts, wash.targets  # the shared fixtures (tests/wash_targets.py)

# every test compiles targets or renders frames and runs node: slow (tests/conftest.py)
pytestmark = [pytest.mark.skipif(shutil.which("node") is None, reason="needs Node"), pytest.mark.slow]

SRC = Path(__file__).resolve().parents[2] / "viewer" / "src" / "image_targets"
INTR = CameraIntrinsics.default_for(1280, 720)
K = {"fx": INTR.fx, "fy": INTR.fy, "cx": INTR.cx, "cy": INTR.cy}
# Each run: the target files it tracks and its frames in order (one tracker: the 2nd frame on is followed).
SCRIPT = """
import { readFileSync } from "node:fs";
import { createImageTracker, parseTarget } from "%s/index.js";
const dir = process.argv[2], K = JSON.parse(process.argv[3]), tracking = JSON.parse(readFileSync(dir + "/tracking.json"));
const runs = JSON.parse(readFileSync(dir + "/runs.json"));
const buf = (p) => { const b = readFileSync(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); };
const out = runs.map(({ targets, frames, plain, videoRange }) => {
  const tr = createImageTracker(targets.map((n) => parseTarget(buf(dir + "/" + n + ".mait"))), plain ? tracking : null);
  return frames.map((f) => tr.process({ data: new Uint8Array(readFileSync(dir + "/" + f)), width: 1280, height: 720, videoRange }, K)
    .map((h) => ({ id: h.id, state: h.state, pose: h.pose, corners: h.corners })));
});
console.log(JSON.stringify(out));
"""


def viewer_runs(tmp_path: Path, targets, runs: list[tuple], plain: bool = True) -> list[list[list[dict]]]:
    """Each run (target names, frames (BGR or grey)[, video range]) through one viewer tracker of
    those targets: per run, per frame, the hits ({id, state, pose (16, row-major marker -> camera),
    corners})."""
    for name, t in targets.items():
        (tmp_path / f"{name}.mait").write_bytes(target_bytes(t))
    (tmp_path / "tracking.json").write_text(json.dumps(as_manifest()))
    plan = []
    for r, (names, frames, *video_range) in enumerate(runs):
        files = []
        for i, f in enumerate(frames):
            grey = f if f.ndim == 2 else cv2.cvtColor(f, cv2.COLOR_BGR2GRAY)
            files.append(f"r{r}f{i}.grey")
            np.ascontiguousarray(grey).tofile(str(tmp_path / files[-1]))
        plan.append({"targets": names, "frames": files, "plain": plain, "videoRange": bool(video_range and video_range[0])})
    (tmp_path / "runs.json").write_text(json.dumps(plan))
    (tmp_path / "run.mjs").write_text(SCRIPT % SRC.as_posix())
    out = subprocess.run(["node", str(tmp_path / "run.mjs"), str(tmp_path), json.dumps(K)], capture_output=True, text=True, timeout=600, check=True)
    return json.loads(out.stdout)


def _frame(art, pose, seed, **deg):
    rng = np.random.default_rng(seed)
    return degrade(render_artwork(wall(INTR.width, INTR.height, rng), art, A3_M, pose, INTR), rng, lighting=0.3, noise=2.0, **deg)


def _pose(hit: dict) -> np.ndarray:
    return np.asarray(hit["pose"], float).reshape(4, 4)


def test_the_viewer_mirrors_the_desktops_outline_constants():
    """The outline search's own constants are the desktop's (picture_outline, image_target); the
    acceptance constants come from the manifest (tracking.plain) and need no copy."""
    script = f"""
import * as o from "{SRC.as_posix()}/outline.js"; import * as p from "{SRC.as_posix()}/plain.js"; import * as t from "{SRC.as_posix()}/tracker.js";
console.log(JSON.stringify([o.MIN_SIDE_PX, o.MAX_LINES, o.MAX_QUADS, o.MIN_COVER, o.EDGE_GRAD, o.ASPECT_LOG, o.MAX_SKEW, p.OUTLINE_MIN_APPEARANCE, t.OUTLINE_EVERY]));
"""
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(out.stdout) == [picture_outline.MIN_SIDE_PX, picture_outline.MAX_LINES, picture_outline.MAX_QUADS, picture_outline.MIN_COVER,
                                      picture_outline.EDGE_GRAD, picture_outline.ASPECT_LOG, picture_outline.MAX_SKEW,
                                      image_target.OUTLINE_MIN_APPEARANCE, image_target.OUTLINE_EVERY]


# the desktop's views whose outline shows (tests/tracking/test_plain_picture.py: 3 of 40 random views)
WASH_VIEWS = [(1.23, 18, 144, 1013), (1.45, 40, 130, 1025), (1.04, 22, 19, 1035)]


def test_the_wash_is_found_where_the_desktop_finds_it_posed_alike(tmp_path, arts, targets):
    truths = [facing_pose(d, tilt, axis, roll_deg=4) for d, tilt, axis, _ in WASH_VIEWS]
    frames = [_frame(arts["wash"], p, seed, glare=0.15, motion_px=1.0) for p, (*_, seed) in zip(truths, WASH_VIEWS)]
    desktop = [ImageTargetTracker(list(targets.values()), INTR).process(f) for f in frames]
    assert [[d.target_id for d in ds] for ds in desktop] == [["wash"]] * 3
    # each frame a fresh tracker (a first search), all five targets wanted
    viewer = viewer_runs(tmp_path, targets, [(list(targets), [f]) for f in frames])
    for (d, *_), truth, [hits], ds in zip(WASH_VIEWS, truths, viewer, desktop):
        assert [h["id"] for h in hits] == ["wash"] and hits[0]["state"] == "decoded"
        # one algorithm: the same outline to a pixel, the same pose to a fraction of a degree
        assert np.abs(np.asarray(hits[0]["corners"]) - ds[0].corners).max() < 1.0
        assert rotation_error_deg(_pose(hits[0]), ds[0].pose) <= 0.5
        assert np.linalg.norm(_pose(hits[0])[:3, 3] - ds[0].pose[:3, 3]) <= 0.005 * d
        assert rotation_error_deg(_pose(hits[0]), truth) <= 3.0


def test_a_video_range_camera_plane_is_stretched_to_the_desktops_grey(tmp_path, arts, targets):
    """A tablet camera's Y plane in video range (16-235: what write_y4m's conversion and many
    cameras give) has 0.86 of the grey's contrast: the first view's faint outline then closes no
    quad. Said so (frame.videoRange, from the VideoFrame's colour space), the plain path stretches
    it back and finds the wash where the desktop does on the full-range grey."""
    d, tilt, axis, seed = WASH_VIEWS[0]
    frame = _frame(arts["wash"], facing_pose(d, tilt, axis, roll_deg=4), seed, glare=0.15, motion_px=1.0)
    y = cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420)[: INTR.height]
    assert 0.8 < y.std() / cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY).std() < 0.9
    [desktop] = ImageTargetTracker([targets["wash"]], INTR).process(frame)
    as_is, stretched = viewer_runs(tmp_path, targets, [(["wash"], [y], False), (["wash"], [y], True)])
    assert as_is == [[]]
    assert [h["id"] for h in stretched[0]] == ["wash"]
    assert np.abs(np.asarray(stretched[0][0]["corners"]) - desktop.corners).max() < 1.5


def test_the_wash_is_followed_by_its_outline_as_on_the_desktop(tmp_path, arts, targets):
    """The desktop's slow hand-held move at 1.2 m: found, then followed (no search) on every frame."""
    p0, p1 = facing_pose(1.23, 18, 144, roll_deg=4), facing_pose(1.22, 18.6, 143.4, roll_deg=4.3, offset_m=(0.006, 0.003))
    truths = [interpolate(p0, p1, k / 7) for k in range(8)]
    frames = [_frame(arts["wash"], p, 1013, glare=0.15, motion_px=1.0) for p in truths]
    desktop = ImageTargetTracker([targets["wash"], targets["painting-2"]], INTR)
    assert all([d.target_id for d in desktop.process(f)] == ["wash"] for f in frames)
    [viewer] = viewer_runs(tmp_path, targets, [(["wash", "painting-2"], frames)])
    assert [[h["id"] for h in hits] for hits in viewer] == [["wash"]] * 8
    assert [hits[0]["state"] for hits in viewer] == ["decoded"] + ["tracked"] * 7
    assert max(rotation_error_deg(_pose(hits[0]), t) for hits, t in zip(viewer, truths)) <= 3.0


def _empty_frames() -> list[np.ndarray]:
    """Empty frames of the wash's aspect: a dark one round the gallery wall (4 walls), a dark one
    and a white mount on a wall as plain as the wash (tests/tracking/test_plain_picture.py)."""
    out = []
    for seed in range(4):
        bg = wall(INTR.width, INTR.height, np.random.default_rng(seed))
        cv2.rectangle(bg, (474, 244), (767, 456), (60, 50, 40), 6)  # inside 281 x 200 px
        out.append(degrade(bg, np.random.default_rng(seed), lighting=0.3, noise=2.0))
    for grey in (60, 250):
        bg = np.full((INTR.height, INTR.width, 3), 185, np.uint8)
        cv2.rectangle(bg, (474, 244), (767, 456), (grey,) * 3, 6)
        out.append(degrade(bg, np.random.default_rng(3), lighting=0.3, noise=2.0))
    return out


QUADS_SCRIPT = """
import { readFileSync } from "node:fs";
import { pictureQuads } from "%s/outline.js";
import { workGrey } from "%s/tracker.js";
const dir = process.argv[2], K = JSON.parse(process.argv[3]), n = Number(process.argv[4]);
const out = [];
for (let i = 0; i < n; i++) {
  const g = workGrey({ data: new Uint8Array(readFileSync(dir + "/q" + i + ".grey")), width: 1280, height: 720 });
  out.push(pictureQuads(g.grey, g.w, g.h, K, [900 / 640]));
}
console.log(JSON.stringify(out));
"""


def test_the_viewers_outline_quads_are_the_desktops(tmp_path, arts):
    """The outline search ported (segments.js: OpenCV's LSD with its defaults; outline.js): on the
    wash's views, the empty frames and the pictures of its aspect, the same quads of the wash's
    aspect in the same order, to a pixel. Every frame closes at least one (the negatives below
    are judged by the plain tests, not spared by a missing outline)."""
    frames = [_frame(arts["wash"], facing_pose(d, tilt, axis, roll_deg=4), seed, glare=0.15, motion_px=1.0) for d, tilt, axis, seed in WASH_VIEWS]
    frames += _empty_frames() + _shown_frames(arts)
    greys = [cv2.cvtColor(f, cv2.COLOR_BGR2GRAY) for f in frames]
    for i, g in enumerate(greys):
        g.tofile(str(tmp_path / f"q{i}.grey"))
    (tmp_path / "quads.mjs").write_text(QUADS_SCRIPT % (SRC.as_posix(), SRC.as_posix()))
    out = subprocess.run(["node", str(tmp_path / "quads.mjs"), str(tmp_path), json.dumps(K), str(len(greys))], capture_output=True, text=True, timeout=600, check=True)
    viewer = [np.asarray(q, float).reshape(-1, 4, 2) for q in json.loads(out.stdout)]
    desktop = [np.asarray(picture_outline.picture_quads(g, INTR.matrix(), [900 / 640]), float).reshape(-1, 4, 2) for g in greys]
    assert [len(v) for v in viewer] == [len(d) for d in desktop]
    assert min(len(d) for d in desktop) >= 1
    for v, d in zip(viewer, desktop):
        assert np.abs(v - d).max() < 1.0


SEGMENTS_SCRIPT = """
import { readFileSync } from "node:fs";
import { lineSegments } from "%s/segments.js";
const dir = process.argv[2], n = Number(process.argv[3]);
console.log(JSON.stringify(Array.from({ length: n }, (_, i) => lineSegments(new Uint8Array(readFileSync(dir + "/s" + i + ".grey")), 640, 360))));
"""


def test_the_viewers_line_segments_are_opencvs(tmp_path, arts):
    """segments.js is OpenCV's createLineSegmentDetector() with its defaults: on the wash's views at
    half resolution (what the outline search gives it) the same segments, nearly all to 0.5 px."""
    smalls = []
    for i, (d, tilt, axis, seed) in enumerate(WASH_VIEWS):
        grey = cv2.cvtColor(_frame(arts["wash"], facing_pose(d, tilt, axis, roll_deg=4), seed, glare=0.15, motion_px=1.0), cv2.COLOR_BGR2GRAY)
        smalls.append(cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA))
        smalls[-1].tofile(str(tmp_path / f"s{i}.grey"))
    (tmp_path / "segments.mjs").write_text(SEGMENTS_SCRIPT % SRC.as_posix())
    out = subprocess.run(["node", str(tmp_path / "segments.mjs"), str(tmp_path), str(len(smalls))], capture_output=True, text=True, timeout=120, check=True)
    ours = [np.asarray(s, float).reshape(-1, 4) for s in json.loads(out.stdout)]
    close = total = 0
    for small, v in zip(smalls, ours):
        cv = cv2.createLineSegmentDetector().detect(small)[0].reshape(-1, 4)
        assert len(v) == len(cv) >= 10
        # each of OpenCV's segments: the nearest of ours, either way round (px, the larger coordinate error)
        err = np.array([np.minimum(np.abs(v - s).max(1), np.abs(v[:, [2, 3, 0, 1]] - s).max(1)).min() for s in cv])
        assert err.max() < 2.0
        close, total = close + int((err < 0.5).sum()), total + len(err)
    assert close >= 0.95 * total


def _shown_frames(arts) -> list[np.ndarray]:
    """The pictures of the wash's aspect near and far (tests/tracking/test_plain_picture.py)."""
    return [_frame(arts[k], facing_pose(dist, 15, 30, roll_deg=3), 7, glare=0.2) for k in ("panel-1", "etching-0", "series-0", "painting-2") for dist in (0.9, 2.2)]


def test_an_empty_wall_frame_or_another_picture_is_never_the_wash(tmp_path, arts, targets):
    """What the outline closes but is not the wash: empty frames (the band test), and the pictures
    of its aspect when only the wash is wanted (their inside is no wash)."""
    empty = _empty_frames()
    shown = _shown_frames(arts)
    runs = [(list(targets), [f]) for f in empty] + [(["wash"], [f]) for f in shown]
    viewer = viewer_runs(tmp_path, targets, runs)
    assert all(hits == [] for [hits] in viewer), [[h["id"] for h in hits] for [hits] in viewer]


def test_without_the_manifests_plain_constants_a_plain_target_is_never_reported(tmp_path, targets):
    """A bundle exported before tracking.plain: the plain target parses and is never reported, the
    featured artwork beside it is still found (on every frame: searched, then followed)."""
    frame = render_artwork(wall(1280, 720, np.random.default_rng(3)), sa.collection()["painting-2"], A3_M, facing_pose(0.9), INTR)
    [seen] = viewer_runs(tmp_path, {k: targets[k] for k in ("wash", "painting-2")}, [(["wash", "painting-2"], [frame] * 4)], plain=False)
    assert [[h["id"] for h in hits] for hits in seen] == [["painting-2"]] * 4
