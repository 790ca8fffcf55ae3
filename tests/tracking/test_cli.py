"""`museum-ar track` and `museum-ar calibrate` end to end, in folders with umlauts and spaces."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from museum_ar.cli import main
from museum_ar.markers.layout import MarkerLayout
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import SyntheticCamera, facing_pose
from museum_ar.tracking.calibration import Board

from .conftest import URL


@pytest.fixture
def exhibit_dir(odd_dir):
    d = odd_dir / "Blechtrommel Ausstellung"
    assert main(["new", str(d), "--title", "Die Blechtrommel", "--url", URL]) == 0
    assert main(["add-marker", str(d), "--id", "trommel", "--size-mm", "100"]) == 0
    assert main(["add-marker", str(d), "--id", "zeichnung", "--size-mm", "60"]) == 0
    return d


@pytest.fixture
def frames_dir(odd_dir, intr):
    d = odd_dir / "Aufnahmen für Tests"
    d.mkdir()
    markers = [MarkerSpec.for_payload(p, s) for p, s in [(f"{URL}#trommel", 100.0), (f"{URL}#zeichnung", 60.0), ("https://fremd.example/#x", 80.0)]]
    poses = [[facing_pose(0.6, 20, 0, 0, (-0.15, 0)), facing_pose(0.5, 15, 90, 0, (0.1, 0.05)), facing_pose(0.7, 0, 0, 0, (0.05, -0.15))]] * 2
    for f in SyntheticCamera(markers, intr, poses, seed=12):
        cv2.imwrite(str(d / "tmp.png"), f.image)
        (d / "tmp.png").rename(d / f"frame {f.index} ü.png")
    (d / "frame 9 kaputt.jpg").write_bytes(b"\xff\xd8\xff broken")
    return d


def _lines(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_track_json_with_exhibit(exhibit_dir, frames_dir, capsys):
    assert main(["track", str(frames_dir), "--exhibit", str(exhibit_dir), "--json"]) == 0
    lines = _lines(capsys)
    assert [r["frame"] for r in lines] == [0, 1, 2]
    assert [r["source"] for r in lines] == ["frame 0 ü.png", "frame 1 ü.png", "frame 9 kaputt.jpg"]
    first = lines[0]
    assert set(first) == {"frame", "source", "ms", "markers"} and first["ms"] > 0
    assert sorted(m["id"] for m in first["markers"]) == ["trommel", "zeichnung"]  # not the foreign code
    for m in first["markers"]:
        assert {"id", "payload", "corners", "pose"} <= set(m)
        assert m["payload"] == f"{URL}#{m['id']}"
        assert np.array(m["corners"]).shape == (4, 2)
        pose = np.array(m["pose"])
        assert pose.shape == (4, 4) and np.allclose(pose[3], [0, 0, 0, 1])
    z = {m["id"]: m["pose"][2][3] for m in first["markers"]}
    assert z["trommel"] == pytest.approx(0.6, rel=0.01) and z["zeichnung"] == pytest.approx(0.5, rel=0.01)
    assert lines[2]["markers"] == [] and "not a readable image" in lines[2]["error"]


def test_track_without_exhibit(frames_dir, capsys):
    assert main(["track", str(frames_dir), "--json", "--size-mm", "80", "--intrinsics", "1004.6,1004.6,639.5,359.5"]) == 0
    first = _lines(capsys)[0]
    got = {m["payload"]: m for m in first["markers"]}
    assert set(got) == {f"{URL}#trommel", f"{URL}#zeichnung", "https://fremd.example/#x"}
    assert got["https://fremd.example/#x"]["id"] == "x"
    assert got["https://fremd.example/#x"]["pose"][2][3] == pytest.approx(0.7, rel=0.01)  # 80 mm is its true size

    assert main(["track", str(frames_dir), "--json"]) == 0  # no size: payloads, no poses
    assert all(m["pose"] is None for m in _lines(capsys)[0]["markers"])


def test_track_demo_camera(exhibit_dir, capsys):
    """Curators without a webcam: a synthetic camera showing the exhibit's own markers."""
    assert main(["track", "demo", "--exhibit", str(exhibit_dir), "--json", "--max-frames", "3"]) == 0
    lines = _lines(capsys)
    assert len(lines) == 3
    assert all(sorted(m["id"] for m in r["markers"]) == ["trommel", "zeichnung"] for r in lines)


@pytest.mark.parametrize(
    "args,message",
    [
        (["track", "5"], "camera 5 cannot be opened"),
        (["track", "nirgends/video.mp4"], "no such file or folder"),
        (["track", "FRAMES", "--intrinsics", "1,2"], "four numbers"),
        (["track", "FRAMES", "--camera", "fehlt.json"], "calibration file not found"),
        (["track", "FRAMES", "--size-mm", "-3"], "size"),
        pytest.param(["calibrate", "FRAMES"], "distinct views", marks=pytest.mark.slow),  # looks for a board in every frame
    ],
)
def test_clear_errors(frames_dir, capsys, args, message):
    args = [str(frames_dir) if a == "FRAMES" else a for a in args]
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1


class BoardCamera(SyntheticCamera):
    """The synthetic camera showing a printed checkerboard (square: 7x7 inner corners)."""

    def __init__(self, board: Board, *a, **kw):
        squares = board.cols if board.kind == "charuco" else board.cols + 1
        # no QR code: the board's squares in a frameless layout, drawn by artwork() below
        spec = MarkerSpec(None, "board", MarkerLayout(squares, 0, 0), squares * board.square_mm, np.zeros((squares, squares), bool))
        super().__init__([spec], *a, **kw)
        self.board = board

    def artwork(self, payload, ppm, layout, margin_px):
        if self.board.kind == "charuco":
            side = layout.units * ppm
            img = self.board.charuco().generateImage((side, side), marginSize=0)
            return np.pad(img, max(margin_px, ppm), constant_values=255)
        sq = np.indices((self.board.rows + 1, self.board.cols + 1)).sum(axis=0) % 2 == 0
        img = np.kron(np.where(sq, 0, 255).astype(np.uint8), np.ones((ppm, ppm), np.uint8))
        return np.pad(img, max(margin_px, ppm), constant_values=255)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["checkerboard", "charuco"])
def test_calibrate_recovers_focal_length(odd_dir, capsys, kind):
    from museum_ar.tracking import CameraIntrinsics

    truth = CameraIntrinsics(1100.0, 1100.0, 650.0, 340.0, 1280, 720)
    board = Board(kind, 7, 7, 20.0, 14.0)
    rng = np.random.default_rng(13)
    poses = [[facing_pose(rng.uniform(0.45, 0.7), rng.uniform(15, 45), rng.uniform(0, 360), rng.uniform(0, 360), (rng.uniform(-0.1, 0.1), rng.uniform(-0.05, 0.05)))] for _ in range(12)]
    views = odd_dir / "Schachbrett Ansichten"
    views.mkdir()
    for f in BoardCamera(board, truth, poses, noise=1.5, blur=0.6, seed=14):
        cv2.imwrite(str(views / f"v{f.index:02d}.png"), f.image)
    out = odd_dir / "Kamera ö.json"
    assert main(["calibrate", str(views), "--board", kind, "--cols", "7", "--rows", "7", "--square-mm", "20", "--marker-mm", "14", "--out", str(out)]) == 0
    cal = CameraIntrinsics.load(out)
    assert cal.fx == pytest.approx(1100, rel=0.01) and cal.fy == pytest.approx(1100, rel=0.01)
    assert cal.cx == pytest.approx(650, abs=6) and cal.cy == pytest.approx(340, abs=6)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["views"] >= 6 and saved["rms_px"] < 0.5
    assert "calibrated 1280x720" in capsys.readouterr().out
