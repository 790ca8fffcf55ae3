"""Verbs on camera frames: track (markers and poses, one JSON line per frame) and calibrate."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..core.errors import MuseumArError, TrackingError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("track", help="find markers and their poses in a camera, video, image or folder of images")
    p.add_argument("source", help="camera index (0, 1 …), video file, image file, folder of images (sorted by name), "
                   "or 'demo': a synthetic camera looking at the exhibit's markers (no webcam needed)")
    p.add_argument("--exhibit", type=Path, help="exhibit folder: report only its markers, with their ids and printed sizes")
    p.add_argument("--size-mm", type=float, help="printed edge length for codes of unknown size (without --exhibit): gives them a pose")
    cam = p.add_mutually_exclusive_group()
    cam.add_argument("--intrinsics", help="camera as fx,fy,cx,cy in pixels (default: a typical 65° webcam at the frame's resolution)")
    cam.add_argument("--camera", type=Path, help="a calibration file written by 'museum-ar calibrate'")
    p.add_argument("--json", action="store_true", help="one JSON object per frame on stdout")
    p.add_argument("--max-frames", type=int, default=None, help="stop after this many frames (a camera runs until Ctrl+C otherwise)")
    p.add_argument("--width", type=int, help="camera resolution to ask for")
    p.add_argument("--height", type=int)
    p.add_argument("--no-smoothing", action="store_true", help="report raw per-frame poses (no temporal filter)")
    p.set_defaults(func=_track)

    p = sub.add_parser("calibrate", help="calibrate a camera from views of a checkerboard or ChArUco board")
    p.add_argument("source", help="camera index, video file, or folder of images of the board")
    p.add_argument("--board", choices=["checkerboard", "charuco"], default="checkerboard")
    p.add_argument("--cols", type=int, default=None, help="inner corners across (checkerboard, default 9) or squares across (ChArUco, default 7)")
    p.add_argument("--rows", type=int, default=None, help="inner corners down (checkerboard, default 6) or squares down (ChArUco, default 5)")
    p.add_argument("--square-mm", type=float, default=25.0, help="printed side of one square")
    p.add_argument("--marker-mm", type=float, default=18.0, help="printed side of a ChArUco marker")
    p.add_argument("--out", type=Path, help="where to store the calibration (default: the user's museum-ar camera folder)")
    p.add_argument("--max-frames", type=int, default=600)
    p.add_argument("--print-board", type=Path, metavar="PNG", help="write the board as a PNG to print, and stop")
    p.set_defaults(func=_calibrate)


def _intrinsics_for(a, shape, current):
    """The camera model for a frame of `shape`: the user's, or a default at its resolution."""
    from ..tracking import CameraIntrinsics

    h, w = shape[:2]
    if current is not None and (current.width, current.height) == (w, h):
        return current
    if a.camera:
        return CameraIntrinsics.load(a.camera).scaled_to(w, h)
    if a.intrinsics:
        if current is not None:
            return current.scaled_to(w, h)
        return CameraIntrinsics.from_string(a.intrinsics, w, h)
    return CameraIntrinsics.default_for(w, h)


def _exhibit(a):
    if a.exhibit is None:
        return None
    from ..core.project import load_project

    ex = load_project(a.exhibit, check_assets=False).exhibit
    if not ex.markers:
        raise TrackingError("the exhibit has no markers to look for", path=a.exhibit)
    return ex


def _markers(ex):
    """The exhibit's QR cards (artworks are tracked by their pictures, not by a code)."""
    if ex is None:
        return None
    from ..markers.spec import specs_for

    return specs_for(ex)


def _track(a) -> int:
    from ..core.exhibit import check_marker_size
    from ..tracking import Tracker, open_source
    from ..tracking.frames import FrameSource

    if a.size_mm is not None:
        check_marker_size(a.size_mm, "--size-mm")
    if a.camera:
        from ..tracking import CameraIntrinsics

        CameraIntrinsics.load(a.camera)  # fail before opening the camera
    ex = _exhibit(a)
    markers = _markers(ex)
    images = None
    if ex is not None:
        from ..tracking.image_markers import compile_exhibit_targets

        images = compile_exhibit_targets(ex, a.exhibit) or None  # compiled once, before the camera opens
    source: FrameSource
    if a.source == "demo":
        from ..tracking import demo_camera

        from ..markers.spec import MarkerSpec

        shown = markers or [MarkerSpec.for_payload("https://ar.example.org/demo/#beispiel", a.size_mm or 100.0)]
        source = demo_camera(shown, frames=a.max_frames or 300)
    else:
        source = open_source(a.source, width=a.width, height=a.height)
    tracker = None
    out = sys.stdout
    n = 0
    try:
        while a.max_frames is None or n < a.max_frames:
            frame = source.read()
            if frame is None:
                break
            n += 1
            record = {"frame": frame.index, "source": frame.name}
            if frame.image is None:
                record |= {"ms": 0.0, "markers": [], "error": frame.error}
            else:
                intr = _intrinsics_for(a, frame.image.shape, tracker.intrinsics if tracker else None)
                if tracker is None or (tracker.intrinsics.width, tracker.intrinsics.height) != (intr.width, intr.height):
                    # New camera or new picture size: no continuity across it.
                    tracker = Tracker(intr, markers, default_size_mm=a.size_mm, smoothing=not a.no_smoothing, image_targets=images)
                t = time.perf_counter()
                dets = tracker.process(frame.image, frame.timestamp_s)
                ms = (time.perf_counter() - t) * 1000
                record |= {"ms": round(ms, 2), "markers": [d.to_json() for d in dets]}
            if a.json:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                _print_human(record, out)
            out.flush()
    finally:
        source.close()
    if n == 0:
        raise TrackingError(f"{a.source}: no frames")
    return 0


def _print_human(record: dict, out) -> None:
    if "error" in record:
        out.write(f"{record['source']}: unreadable ({record['error']})\n")
        return
    if not record["markers"]:
        out.write(f"{record['source']}: no markers ({record['ms']:.1f} ms)\n")
    for m in record["markers"]:
        where = ""
        if m["pose"] is not None:
            x, y, z = (m["pose"][i][3] for i in range(3))
            where = f" at x={x:+.3f} y={y:+.3f} z={z:.3f} m"
        out.write(f"{record['source']}: {m['id'] or '-'} ({m['payload']}){where} [{m['state']}] ({record['ms']:.1f} ms)\n")


def _calibrate(a) -> int:
    from ..tracking import open_source
    from ..tracking.calibration import Board, calibrate, default_calibration_path
    from .progress import TextProgress

    charuco = a.board == "charuco"
    board = Board(a.board, a.cols or (7 if charuco else 9), a.rows or (5 if charuco else 6), a.square_mm, a.marker_mm)
    if min(board.cols, board.rows) < 2 or a.square_mm <= 0 or (charuco and not 0 < a.marker_mm < a.square_mm):
        raise TrackingError("board needs at least 2x2 corners, a positive square size and (ChArUco) a marker smaller than its square")
    if a.print_board:
        import cv2

        ok, png = cv2.imencode(".png", board.image())
        if not ok:
            raise MuseumArError("could not encode the board image")
        if a.print_board.exists() and not a.print_board.is_file():
            # A FIFO would block until someone reads it; a device or folder is a mistake.
            raise TrackingError("is not a regular file (a folder, device or pipe); choose a .png file name", path=a.print_board)
        a.print_board.write_bytes(png.tobytes())
        print(f"wrote the {board.kind} ({board.cols}x{board.rows}, print squares at {board.square_mm:g} mm) to {a.print_board}")
        return 0
    source = open_source(a.source)
    try:
        result = calibrate(source, board, max_frames=a.max_frames, progress=TextProgress())
    finally:
        source.close()
    intr = result.intrinsics
    path = a.out or default_calibration_path(source.name, intr.width, intr.height)
    path.parent.mkdir(parents=True, exist_ok=True)
    intr.save(path, rms_px=result.rms_px, views=result.views, board=f"{board.kind} {board.cols}x{board.rows} {board.square_mm:g} mm", source=source.name)
    print(f"calibrated {intr.width}x{intr.height}: fx={intr.fx:.1f} fy={intr.fy:.1f} cx={intr.cx:.1f} cy={intr.cy:.1f}, "
          f"reprojection error {result.rms_px:.2f} px from {result.views} views; saved to {path}")
    return 0
