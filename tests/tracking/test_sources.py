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
