"""Frame sources: folders, images, video; clear errors for what cannot be opened."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import TrackingError
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, facing_pose, open_source


def _write_frames(folder, intr, spec, n=3):
    cam = SyntheticCamera([spec], intr, [[facing_pose(0.5, 10 * i, 30)] for i in range(n)], seed=1)
    for f in cam:
        _ok, png = cv2.imencode(".png", f.image)
        (folder / f"Bild {f.index:02d} ä.png").write_bytes(png.tobytes())


@pytest.mark.slow
def test_folder_sorted_with_bad_file_reported(odd_dir, intr, exhibit_markers):
    _write_frames(odd_dir, intr, exhibit_markers[0])
    (odd_dir / "Bild 01b kaputt.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    (odd_dir / "notes.txt").write_text("not an image")
    with open_source(odd_dir) as src:
        frames = list(src)
    assert [f.name for f in frames] == ["Bild 00 ä.png", "Bild 01 ä.png", "Bild 01b kaputt.png", "Bild 02 ä.png"]
    assert frames[2].image is None and "not a readable image" in frames[2].error
    assert frames[0].image.shape == (720, 1280, 3)


def test_video_file(odd_dir, intr, exhibit_markers):
    path = odd_dir / "Führung 1.avi"
    w = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25, (1280, 720))
    cam = SyntheticCamera([exhibit_markers[0]], intr, lambda i: [facing_pose(0.5, 20, 0)], frames=5)
    for f in cam:
        w.write(f.image)
    w.release()
    with open_source(str(path)) as src:
        frames = list(src)
    assert len(frames) == 5
    assert frames[1].timestamp_s == pytest.approx(1 / 25)


def test_single_image(odd_dir, intr, exhibit_markers):
    _write_frames(odd_dir, intr, exhibit_markers[0], n=1)
    src = open_source(odd_dir / "Bild 00 ä.png")
    assert src.read().image is not None and src.read() is None


@pytest.mark.parametrize(
    "spec,message",
    [
        ("7", "camera 7 cannot be opened"),
        (63, "camera 63 cannot be opened"),
        ("does/not/exist.mp4", "no such file or folder"),
    ],
)
def test_clear_errors(spec, message):
    with pytest.raises(TrackingError, match=message):
        open_source(spec)


def test_unreadable_files(odd_dir):
    (odd_dir / "leer.png").write_bytes(b"")
    (odd_dir / "falsch.jpg").write_bytes(b"<html>not a jpeg</html>")
    (odd_dir / "film.mp4").write_bytes(b"\x00" * 100)
    with pytest.raises(TrackingError, match="empty"):
        open_source(odd_dir / "leer.png")
    with pytest.raises(TrackingError, match="not a readable image"):
        open_source(odd_dir / "falsch.jpg")
    with pytest.raises(TrackingError, match="not a readable image or video"):
        open_source(odd_dir / "film.mp4")
    empty = odd_dir / "leer"
    empty.mkdir()
    with pytest.raises(TrackingError, match="no images"):
        open_source(empty)


def test_intrinsics_defaults_and_json(odd_dir):
    intr = CameraIntrinsics.default_for(1280, 720)
    assert intr.fx == pytest.approx(1004.6, abs=0.1) and intr.cx == 639.5 and intr.cy == 359.5
    cal = CameraIntrinsics(900.0, 905.0, 630.0, 350.0, 1280, 720, (0.1, -0.2, 0.0, 0.0, 0.05))
    cal.save(odd_dir / "Kamera ü.json")
    assert CameraIntrinsics.load(odd_dir / "Kamera ü.json") == cal
    half = cal.scaled_to(640, 360)
    assert half.fx == 450.0 and half.cx == pytest.approx(314.75)
    (odd_dir / "bad.json").write_text("{\"fx\": 1}")
    with pytest.raises(TrackingError, match="missing or has a bad value"):
        CameraIntrinsics.load(odd_dir / "bad.json")
    (odd_dir / "trunc.json").write_text("{\"fx\": ")
    with pytest.raises(TrackingError, match="not a readable calibration"):
        CameraIntrinsics.load(odd_dir / "trunc.json")
    with pytest.raises(TrackingError, match="four numbers"):
        CameraIntrinsics.from_string("1000,1000,640", 1280, 720)
    assert np.allclose(CameraIntrinsics.from_string("1000,1001,640,360", 1280, 720).matrix()[0], [1000, 0, 640])


def test_the_demo_camera_stands_where_a_visitor_reads_the_cards():
    """The app's synthetic camera (no webcam) must see the cards from their bottom edge, where the
    label is printed and a visitor stands: content that faces the reader (+Z of the marker frame)
    is then seen from the front. It stood beyond the top edges, so the preview drew the drum from
    behind and text labels mirrored."""
    from museum_ar.tracking import demo_camera

    cam = demo_camera([MarkerSpec.for_payload("https://ar.example.org/x#a", 60.0), MarkerSpec.for_payload("https://ar.example.org/x#b", 60.0)])
    for i in range(0, 30 * 60, 7):  # a minute of its sway
        for pose in cam.poses(i):
            R, t = pose[:3, :3], pose[:3, 3]
            eye = -R.T @ t  # the camera in the marker frame
            assert eye[1] > 0.3, (i, eye)  # above the printed surface
            assert eye[2] > 0.05, (i, eye)  # on the side of the cards' bottom edge


def test_the_demo_cameras_live_frames_are_the_reproducible_frames_statistically():
    """The preview's demo camera makes its frames in 8 bits from a background blurred once, the
    cards blurred only in their boxes (synthetic_live). Same brightness, same sensor noise, the
    cards where the truth says, and the tracker finds them as precisely as on the float frames."""
    from museum_ar.tracking import Tracker

    specs = [MarkerSpec.for_payload("https://ar.example.org/x#a", 60.0), MarkerSpec.for_payload("https://ar.example.org/x#b", 60.0)]
    poses = [[facing_pose(0.45 + 0.01 * i, 25 + i, 0, 5 * i, (-0.05, 0)), facing_pose(0.5, 20 - i, 0, -3 * i, (0.06, 0.01))] for i in range(6)]
    frames = {}
    for live in (False, True):
        cam = SyntheticCamera(specs, poses=poses, noise=2.5, blur=0.7, lighting=0.2, seed=3, live=live)
        assert (cam._live is not None) == live  # the 8-bit path is the live camera's
        tracker = Tracker(cam.intrinsics, specs)
        errs, grey, noise = [], [], []
        while (f := cam.read()) is not None:
            g = f.image[:, :, 0].astype(np.float32)
            grey.append(g.mean())
            patch = g[:120, :120]  # background: smooth clutter, so the high-pass is the noise
            noise.append(np.std(patch - cv2.GaussianBlur(patch, (0, 0), 2)))
            found = {d.payload: d for d in tracker.process(f.image, f.timestamp_s) if d.pose is not None}
            for t in f.truth:
                assert t.payload in found, (live, f.index)
                errs.append(np.abs(np.asarray(found[t.payload].corners) - t.corners).max())
        frames[live] = (np.mean(grey), np.mean(noise), np.max(errs))
    (g0, n0, e0), (g1, n1, e1) = frames[False], frames[True]
    assert abs(g1 - g0) < 1.5, frames
    assert abs(n1 - n0) < 0.15 * n0, frames
    assert e1 < 0.3 and e0 < 0.3, frames


def test_a_live_camera_with_hand_held_troubles_keeps_the_float_frames():
    """Ranges and troubles drawn per frame are the float path's (synthetic_live makes only plain frames)."""
    specs = [MarkerSpec.for_payload("https://ar.example.org/x#a", 60.0)]
    for troubles in ({"occlusion": 0.3}, {"motion_blur": (0.0, 4.0)}, {"blur": (0.5, 1.0)}, {"noise": (1.0, 3.0)}):
        cam = SyntheticCamera(specs, live=True, **troubles)
        assert cam._live is None, troubles
        assert cam.read().image.dtype == np.uint8
