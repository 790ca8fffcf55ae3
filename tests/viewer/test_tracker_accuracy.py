"""The viewer's JS tracker (viewer/src, run in node on grey frames) against ground truth: the
printed marker rendered at known poses over a range of distances, tilts and turns. Identity,
rotation and translation must match; this is what anchors content in the tablet."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from exhibit_factory import PUBLISH_URL
from museum_ar.export.manifest import build_manifest
from museum_ar.markers import MarkerSpec, tracking_params
from museum_ar.core import Exhibit, LocalizedText, Marker
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, facing_pose
from museum_ar.tracking.synthetic import printed_card
from y4m_camera import Camera, look_at_pose, render_frame
import itertools

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs node (scripts/install.sh)")


def manifest_markers(ids=("trommel", "schaedel")) -> list[dict]:
    ex = Exhibit(title=LocalizedText.of(de="x"), publish_url=PUBLISH_URL, markers=[Marker(i, 100.0) for i in ids])
    return build_manifest(ex, {})["markers"]


def run_tracker(tmp_path: Path, frames: list[np.ndarray], markers: list[dict], hfov: float = tracking_params.DEFAULT_HFOV_DEG, continuous: bool = False, tracking: dict | None = None) -> dict:
    """The viewer's tracker (node) on the frames; `tracking`: the manifest's parameters (default:
    this museum-ar's)."""
    entries = []
    for i, f in enumerate(frames):
        p = tmp_path / f"f{i}.grey"
        p.write_bytes(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY).tobytes())
        entries.append({"path": str(p), "width": f.shape[1], "height": f.shape[0]})
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"markers": markers, "hfov_deg": hfov, "tracking": tracking or tracking_params.as_manifest(), "frames": entries, "continuous": continuous}))
    out = subprocess.run(["node", str(HERE / "track_frames.mjs"), str(job)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def rotation_error_deg(R_est, R_true) -> float:
    c = (np.trace(np.asarray(R_est).T @ R_true) - 1) / 2
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


# distance (m), elevation above the paper (deg; 90 = straight down), turn about the marker normal
POSES = [
    (d, elev, yaw)
    for d in (0.3, 0.6, 1.0, 1.4)
    for elev in (90, 60, 40)
    for yaw in (0, 40, 170)
]


@pytest.mark.slow
def test_js_tracker_finds_identifies_and_poses_the_marker(tmp_path: Path):
    cam = Camera(1280, 720)  # what the viewer asks a tablet for
    markers = manifest_markers()
    payload = markers[0]["payload"]
    poses = [look_at_pose(d, e, yaw_deg=y, shift_m=(0.02 * math.sin(i), 0.01, 0)) for i, (d, e, y) in enumerate(POSES)]
    frames = [render_frame(payload, 0.1, p, cam, seed=i) for i, p in enumerate(poses)]
    out = run_tracker(tmp_path, frames, markers)
    found, rot_err, pos_err = 0, [], []
    for (d, _e, _y), pose, res in zip(POSES, poses, out["results"]):
        assert all(r["id"] == "trommel" for r in res), res  # never the other marker
        if not res:
            continue
        found += 1
        rot_err.append(rotation_error_deg(res[0]["R"], pose[:3, :3]))
        pos_err.append(np.linalg.norm(np.array(res[0]["t"]) - pose[:3, 3]) / d)
    assert found >= len(POSES) - 2, f"found {found} of {len(POSES)}"
    # far and face-on, a square's two pose solutions come close (DESIGN.md): a few degrees at most
    assert np.median(rot_err) < 0.5 and max(rot_err) < 5.0, rot_err
    assert np.median(pos_err) < 0.005 and max(pos_err) < 0.02, pos_err


def test_js_tracker_ignores_a_foreign_code_and_blank_frames(tmp_path: Path):
    cam = Camera(640, 480)
    foreign = manifest_markers(("fremd",))[0]["payload"].replace("grass", "other")
    pose = look_at_pose(0.35, 70)
    frames = [render_frame(foreign, 0.1, pose, cam), np.full((480, 640, 3), 120, np.uint8)]
    out = run_tracker(tmp_path, frames, manifest_markers())
    assert out["results"] == [[], []]


@pytest.mark.slow
def test_js_tracker_in_dim_uneven_light(tmp_path: Path):
    """A showcase lit from one side: paper at a third of full brightness falling to a fifth, with
    the sensor noise of a small camera in the dark."""
    cam = Camera(1280, 720)
    markers = manifest_markers()
    poses = [look_at_pose(d, e, yaw_deg=y) for d in (0.4, 0.8) for e in (90, 50) for y in (0, 40)]
    frames = [render_frame(markers[0]["payload"], 0.1, p, cam, seed=i, noise=6.0, light=0.35, blur=0.9) for i, p in enumerate(poses)]
    out = run_tracker(tmp_path, frames, markers)
    errs = [rotation_error_deg(r[0]["R"], p[:3, :3]) for r, p in zip(out["results"], poses) if r]
    assert len(errs) == len(poses)
    assert np.median(errs) < 1.0


@pytest.mark.slow
def test_js_tracker_does_not_flip_on_a_far_facing_marker(tmp_path: Path):
    """Far and face-on, with noise, a square's two pose solutions come close and raw poses can flip
    between them from frame to frame. The viewer keeps the solution nearest the last frame and
    filters: what it draws follows a slow wobble without jumps."""
    cam = Camera(1280, 720)
    markers = manifest_markers()
    poses = [look_at_pose(1.1, 88 + 2 * math.sin(i / 6), yaw_deg=3 * math.sin(i / 9)) for i in range(40)]
    frames = [render_frame(markers[0]["payload"], 0.1, p, cam, seed=i, noise=6.0) for i, p in enumerate(poses)]
    out = run_tracker(tmp_path, frames, markers, continuous=True)
    drawn = [np.array(r[0]["pose"]).reshape(4, 4).T[:3, :3] for r in out["results"] if r]
    truth = [p[:3, :3] for p, r in zip(poses, out["results"]) if r]
    assert len(drawn) >= 38
    steps = [rotation_error_deg(a, b) for a, b in itertools.pairwise(drawn)]
    errors = [rotation_error_deg(d, t) for d, t in zip(drawn, truth)]
    assert max(steps) < 2.5, steps  # no flips (a flip jumps by twice the tilt: 4-10 degrees here)
    assert np.median(errors) < 1.5 and max(errors) < 3.0, errors


@pytest.mark.slow
def test_js_tracker_never_anchors_on_a_sibling_card_of_the_same_museum(tmp_path: Path):
    """museum-ar codes of one museum share 84-85 % of their modules (same address, another
    fragment): counted over all modules a foreign card scored 0.80-0.85 and the old viewer drew
    the ammonite on the Grass-Haus card. Identity now correlates over the data modules only,
    with the manifest's thresholds: a one-marker bundle must not anchor on its sibling's card,
    near or far, face-on or tilted — and still finds its own card in the same poses."""
    cam = Camera(1280, 720)
    bundle = manifest_markers(("ammonit",))
    sibling = manifest_markers(("grass-haus",))[0]["payload"]
    poses = [look_at_pose(d, e, yaw_deg=y) for d in (0.35, 0.7, 1.2, 1.6) for e in (90, 55) for y in (0, 100)]
    looks = [dict(blur=b, noise=n) for b in (0.6, 1.3) for n in (1.5, 5.0)]
    frames = [render_frame(sibling, 0.1, p, cam, seed=i, **look) for i, p in enumerate(poses) for look in looks]
    out = run_tracker(tmp_path, frames, bundle)
    assert all(r == [] for r in out["results"]), [i for i, r in enumerate(out["results"]) if r]
    own = [render_frame(bundle[0]["payload"], 0.1, p, cam, seed=i) for i, p in enumerate(poses[:12])]
    found = sum(1 for r in run_tracker(tmp_path, own, bundle)["results"] if r)
    assert found >= len(own) - 1, f"own card found in {found} of {len(own)}"


class FingerCamera(SyntheticCamera):
    """A visitor's finger where the test puts it (`at`): over corner k or over the middle of side
    k (k -> k + 1) of the first marker, reaching a fifth of the side into the card, a sixth of the
    side wide, drawn before the camera's blur and noise."""

    at: tuple[str, int] = ("corner", 0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, finger=1.0, **kwargs)

    def _finger(self, img, corners):
        side = float(np.mean(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1)))
        kind, k = self.at
        target = corners[k] if kind == "corner" else (corners[k] + corners[(k + 1) % 4]) / 2
        out = target - corners.mean(axis=0)
        out /= np.linalg.norm(out)
        tip, base = target - out * side * 0.2, target + out * side * 2
        cv2.line(img, tuple(int(v) for v in tip), tuple(int(v) for v in base), 140.0, max(3, int(side / 6)), cv2.LINE_AA)


def test_js_tracker_corners_are_exact_next_to_a_visitors_finger(tmp_path: Path):
    """A finger over a corner of the card merges with the frame's dark region in the search: that
    rough corner is 15-25 px off, the profiles sit askew on its two sides, and one look at the
    edges left the corner 1-2 px off (p90 1.3 px on benchmarks/viewer_vs_desktop.py's finger
    frames, the desktop 0.2 px). The edges are looked at again from where they were found, until
    the corners settle, as the desktop does. Every corner and every side under a finger, 0.4-0.9 m,
    tilted: the drawn card stays within a third of a pixel of the true corners (p90)."""
    ex = Exhibit(title=LocalizedText.of(de="x"), publish_url=PUBLISH_URL, markers=[Marker("trommel", 100.0, label=LocalizedText.of(de="Trommel"))])
    marker = ex.markers[0]
    intr = CameraIntrinsics.default_for(1280, 720, tracking_params.DEFAULT_HFOV_DEG)
    cam = FingerCamera([MarkerSpec.of(marker, ex)], intr, noise=2.5, blur=0.7, clutter=True, cards=[printed_card(ex, marker)], seed=11)
    frames, truths = [], []
    for i, (kind, k) in enumerate([(kind, k) for kind in ("corner", "side") for k in range(4)] * 2):
        d, tilt = (0.45, 15) if i < 8 else (0.8, 35)
        cam.at = (kind, k)
        frame, truth = cam.render([facing_pose(d, tilt, 40 * i, 25 - 7 * i, (0.03 * math.sin(i), 0.02 * math.cos(i)))])
        frames.append(frame)
        truths.append(np.asarray(truth[0].corners, float))
    out = run_tracker(tmp_path, frames, build_manifest(ex, {})["markers"])
    errors = []
    for res, truth in zip(out["results"], truths):
        assert all(r["id"] == "trommel" for r in res), res
        if res:
            c = np.asarray(res[0]["corners"], float)
            errors.append(min(np.linalg.norm(np.roll(c, j, axis=0) - truth, axis=1).max() for j in range(4)))
    assert len(errors) >= 12, f"found {len(errors)} of {len(frames)}"
    print("corner errors (px):", np.round(errors, 2))
    assert np.percentile(errors, 90) < 0.35, np.round(errors, 2)
