"""One exhibit, QR cards and artworks at once: the Tracker built from the exhibit folder finds both in
the same frames, follows the artwork by optical flow, and never reports a look-alike of the same
series. Also `museum-ar track --exhibit` on such an exhibit (real project on disk, real images)."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.core.exhibit import ImageTarget, Marker
from museum_ar.core.project import create_project, save_exhibit
from museum_ar.markers import layout_for, payload_for, render_marker
from museum_ar.tracking import CameraIntrinsics, Tracker
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

URL = "https://ar.example.org/blechtrommel/"
CARD_MM = 100.0
ART_MM = 297.0


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """An exhibit on disk: a QR card and three etchings of one series (crops of a plate, a changed figure)."""
    root = tmp_path_factory.mktemp("mixed") / "ausstellung"
    proj = create_project(root, "Gemischt", URL)
    ex = proj.exhibit
    ex.markers.append(Marker("karte", CARD_MM))
    variants = sa.series(5, n=3)
    for i, v in enumerate(variants):
        rel = f"assets/blatt-{i}.png"
        cv2.imwrite(str(root / rel), v)
        ex.markers.append(Marker(f"blatt-{i}", ART_MM, target=ImageTarget(rel, ART_MM)))
    save_exhibit(root, ex)
    return root, ex, variants


def _card_image() -> np.ndarray:
    payload = payload_for(URL, "karte")
    grey = render_marker(payload, px_per_module=8, margin_modules=0, layout=layout_for(payload))
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def _clip(variant, n=12, seed=3):
    """A hand-held pan: the etching left, the card right, both drifting a little."""
    intr = CameraIntrinsics.default_for(1280, 720)
    rng = np.random.default_rng(seed)
    bg = wall(1280, 720, rng)
    card = _card_image()
    a0, a1 = facing_pose(0.9, 15, 20, offset_m=(-0.12, 0.0)), facing_pose(0.85, 22, 30, offset_m=(-0.10, 0.02))
    c0, c1 = facing_pose(0.9, 15, 20, offset_m=(0.22, 0.0)), facing_pose(0.85, 22, 30, offset_m=(0.24, 0.02))
    for k in range(n):
        s = k / (n - 1)
        pa, pc = interpolate(a0, a1, s), interpolate(c0, c1, s)
        f = render_artwork(bg, variant, ART_MM / 1000, pa, intr)
        f = render_artwork(f, card, CARD_MM / 1000, pc, intr)
        yield degrade(f, rng, lighting=0.2, noise=1.5, motion_px=1.0), pa, pc, intr


@pytest.mark.slow
def test_cards_and_artworks_in_one_tracker(project):
    root, ex, variants = project
    intr = CameraIntrinsics.default_for(1280, 720)
    tracker = Tracker.from_exhibit(ex, intr, root=root)
    states, rot_art, rot_card = [], [], []
    for k, (frame, pa, pc, _) in enumerate(_clip(variants[1])):
        dets = {d.marker_id: d for d in tracker.process(frame, k / 30)}
        assert "blatt-0" not in dets and "blatt-2" not in dets, f"frame {k}: a look-alike of the series was reported"
        assert set(dets) == {"karte", "blatt-1"}, f"frame {k}: saw {sorted(dets)}"
        art, card = dets["blatt-1"], dets["karte"]
        assert art.kind == "image" and card.kind == "qr"
        rot_art.append(rotation_error_deg(art.raw_pose, pa))
        rot_card.append(rotation_error_deg(card.raw_pose, pc))
        assert np.linalg.norm(art.raw_pose[:3, 3] - pa[:3, 3]) < 0.01 * pa[2, 3]
        states.append(art.state)
        assert art.to_json()["kind"] == "image" and "kind" not in card.to_json()
    assert states[0] == "decoded" and states[-1] == "tracked", states  # found once, then followed by flow
    assert np.median(rot_art) <= 1.0 and max(rot_art) <= 2.0, rot_art


@pytest.mark.slow
def test_artworks_only_exhibit_reports_no_stray_codes(project):
    root, ex, variants = project
    only = type(ex)(markers=[m for m in ex.markers if m.target is not None], publish_url=URL)
    tracker = Tracker.from_exhibit(only, CameraIntrinsics.default_for(1280, 720), root=root)
    frame, *_ = next(_clip(variants[2]))
    assert [d.marker_id for d in tracker.process(frame, 0.0)] == ["blatt-2"]  # the card in view is not ours here


def test_artworks_need_the_exhibit_folder(project):
    _, ex, _ = project
    with pytest.raises(TrackingError, match="exhibit folder"):
        Tracker.from_exhibit(ex, CameraIntrinsics.default_for(1280, 720))


def test_missing_artwork_picture_is_a_clear_error(project, tmp_path):
    _, ex, _ = project
    with pytest.raises(TrackingError, match="blatt-0"):
        Tracker.from_exhibit(ex, CameraIntrinsics.default_for(1280, 720), root=tmp_path)


@pytest.mark.slow
def test_track_command_reports_cards_and_artworks(project, tmp_path):
    root, _, variants = project
    frames = tmp_path / "frames"
    frames.mkdir()
    for k, (frame, *_rest) in enumerate(_clip(variants[0], n=3)):
        cv2.imwrite(str(frames / f"{k:03d}.png"), frame)
    out = subprocess.run([sys.executable, "-m", "museum_ar", "track", str(frames), "--exhibit", str(root), "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(lines) == 3
    for rec in lines:
        ids = {m["id"]: m for m in rec["markers"]}
        assert set(ids) == {"karte", "blatt-0"}, ids
        assert ids["blatt-0"]["kind"] == "image" and ids["blatt-0"]["pose"] is not None


@pytest.mark.slow
@pytest.mark.parametrize("sample,marker", [("grass-haus", "radierung"), ("natur-und-umwelt", "tafel")])
def test_sample_exhibits_track_their_artwork(sample, marker):
    """Each sample exhibit has an artwork marker; the tracker built from the sample finds it."""
    from pathlib import Path

    from museum_ar.core.project import load_project

    root = Path(__file__).parents[2] / "exhibits" / sample
    ex = load_project(root).exhibit
    m = ex.marker(marker)
    picture = cv2.imread(str(root / m.target.image))
    intr = CameraIntrinsics.default_for(1280, 720)
    truth = facing_pose(1.0, 20, 10)
    rng = np.random.default_rng(2)
    frame = degrade(render_artwork(wall(1280, 720, rng), picture, m.target.width_mm / 1000, truth, intr), rng, lighting=0.2, motion_px=1.0)
    dets = Tracker.from_exhibit(ex, intr, root=root).process(frame, 0.0)
    assert [d.marker_id for d in dets] == [marker]
    assert rotation_error_deg(dets[0].raw_pose, truth) <= 1.0
