"""An artwork as marker on the tablet: an exhibit whose only marker is a painting (image target),
exported, opened in headless Chromium with a fake camera that films the painting on a wall; the
viewer's tracker Worker finds it by its picture and anchors the content on it."""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
import pytest
import trimesh

from museum_ar.export import export_bundle
from museum_ar.export.serve import BundleServer
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall
from viewer_browser import launch, open_page
from y4m_camera import write_y4m

pytestmark = [pytest.mark.browser, pytest.mark.slow]
W, H, HFOV = 1280, 720, 65.0  # the viewer assumes the bundle's 65 degrees: the frames are filmed with it


def test_the_viewer_finds_a_painting_and_anchors_its_content(tmp_path: Path, chromium_path, cli):
    painting = tmp_path / "Gemälde.png"
    cv2.imwrite(str(painting), sa.painting(3))
    box = tmp_path / "Kiste.glb"
    trimesh.creation.box(extents=(0.08, 0.08, 0.08)).export(box)
    root = tmp_path / "Bilder"
    assert cli("new", root, "--title", "Bilder", "--url", "https://ar.example.org/bilder/").returncode == 0
    assert cli("add-marker", root, "--id", "gemaelde", "--image", painting, "--width-mm", "400").returncode == 0
    assert cli("attach", root, "gemaelde", box, "--unit", "m").returncode == 0
    bundle = export_bundle(root, tmp_path / "bundle", usdz=False)

    intr = CameraIntrinsics.default_for(W, H, HFOV)
    rng = np.random.default_rng(3)
    bg = wall(W, H, rng)
    pose = facing_pose(0.9, 15, 30)
    frames = [degrade(render_artwork(bg, cv2.imread(str(painting)), 0.4, pose, intr), rng, lighting=0.1, noise=1.0) for _ in range(8)]
    y4m = write_y4m(tmp_path / "wand.y4m", frames)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", y4m, (960, 540))
        try:
            page, errors = open_page(ctx, server.url)
            assert page.evaluate("window.museumAR.tracker.runtime") == "worker"
            page.wait_for_function("window.museumAR.tracked.gemaelde", timeout=60_000)
            tracked = page.evaluate("window.museumAR.tracked.gemaelde")
            t_est, t_true = np.array(tracked["t"]), pose[:3, 3]
            assert np.linalg.norm(t_est - t_true) < 0.05 * np.linalg.norm(t_true), (t_est, t_true)
            R_est = np.array(tracked["R"])
            cosang = (np.trace(R_est.T @ pose[:3, :3]) - 1) / 2
            assert math.degrees(math.acos(max(-1.0, min(1.0, cosang)))) < 5.0
            assert page.locator("#hint").is_hidden()  # an anchored marker: no "point the tablet" hint
            page.wait_for_timeout(500)
            page.screenshot(path=str(tmp_path / "viewer-artwork.png"))
            assert not errors, errors
        finally:
            ctx.close()


def test_the_viewer_finds_a_plain_wash_by_its_outline(tmp_path: Path, chromium_path, cli):
    """A wash without features, marked "track by its outline" (--outline): exported plain, found by
    the tracker Worker with the manifest's tracking.plain on a view whose outline shows (the
    desktop's first of tests/tracking/test_plain_picture.py's views), posed by its outline. The
    camera's Y plane is the desktop's grey (full range): in video range (16-235, contrast x 0.86,
    as write_y4m's conversion gives) this view's faint outline no longer closes a quad, in the
    viewer as on the desktop."""
    wash = tmp_path / "Lasur.png"
    cv2.imwrite(str(wash), sa.collection()["wash"])
    box = tmp_path / "Kiste.glb"
    trimesh.creation.box(extents=(0.08, 0.08, 0.08)).export(box)
    root = tmp_path / "Lasur"
    assert cli("new", root, "--title", "Lasur", "--url", "https://ar.example.org/lasur/").returncode == 0
    assert cli("add-marker", root, "--id", "lasur", "--image", wash, "--width-mm", "420", "--outline").returncode == 0
    assert cli("attach", root, "lasur", box, "--unit", "m").returncode == 0
    bundle = export_bundle(root, tmp_path / "bundle", usdz=False)

    intr = CameraIntrinsics.default_for(W, H, HFOV)
    pose = facing_pose(1.23, 18, 144, roll_deg=4)
    rng = np.random.default_rng(1013)
    frame = degrade(render_artwork(wall(W, H, rng), cv2.imread(str(wash)), 0.42, pose, intr), rng, lighting=0.3, noise=2.0, glare=0.15, motion_px=1.0)
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    y4m = tmp_path / "wand.y4m"
    with open(y4m, "wb") as f:  # YUV4MPEG2 4:2:0, Y = the grey itself, no colour
        f.write(f"YUV4MPEG2 W{W} H{H} F15:1 Ip A1:1 C420jpeg\n".encode("ascii"))
        for _ in range(8):
            f.write(b"FRAME\n" + grey.tobytes() + bytes([128]) * (W * H // 2))

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", y4m, (960, 540))
        try:
            page, errors = open_page(ctx, server.url)
            page.wait_for_function("window.museumAR.tracked.lasur", timeout=60_000)
            tracked = page.evaluate("window.museumAR.tracked.lasur")
            t_est, t_true = np.array(tracked["t"]), pose[:3, 3]
            assert np.linalg.norm(t_est - t_true) < 0.05 * np.linalg.norm(t_true), (t_est, t_true)
            cosang = (np.trace(np.array(tracked["R"]).T @ pose[:3, :3]) - 1) / 2
            assert math.degrees(math.acos(max(-1.0, min(1.0, cosang)))) < 5.0
            assert not errors, errors
        finally:
            ctx.close()
