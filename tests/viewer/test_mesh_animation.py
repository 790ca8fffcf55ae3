"""An animated, skinned model (Khronos' Fox, tests/data/gltf) imported, exported (meshopt-compressed,
as bundles ship 3D models) and opened in the tablet viewer in headless Chromium: its first clip plays through three.js' AnimationMixer by the
item's playback options (autoplay + loop after import), and a visitor's tap on the fox, seen
through a fake camera on its printed marker, pauses and resumes it (issue 15 item 7)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from museum_ar.content import import_item
from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import create_project
from museum_ar.export import export_bundle
from museum_ar.export.serve import BundleServer
from museum_ar.core.frames import content_to_marker
from museum_ar.markers import payload_for
from posed_vertices import POSED_VERTICES_JS
from viewer_browser import launch, open_page
from y4m_camera import Camera, look_at_pose, render_frame, write_y4m
from y4m_camera import project as project_points

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"
VIEW = (800, 600)  # 4:3 like the fake camera: the picture fills the page without cropping


def test_fox_walks_in_the_viewer(tmp_path: Path, chromium_path):
    from playwright.sync_api import sync_playwright

    project = create_project(tmp_path / "Fuchs", LocalizedText.of(de="Fuchs", en="Fox"), publish_url="https://example.org/fuchs/")
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker("fuchs", 100.0)))
    item = import_item(project.root, FOX, fit_m=0.15)
    assert item.playback.autoplay and item.playback.loop
    stack.push(cmd.AddItem("fuchs", item))
    project.save()
    bundle = export_bundle(project.root, tmp_path / "bundle")
    from museum_ar.render.gltf_animation import read_animation
    from museum_ar.render.mesh_data import load_mesh

    desktop_animation = read_animation(project.root / item.asset, load_mesh(project.root / item.asset))
    from museum_ar.content.glb_compress import split_glb

    shipped, _ = split_glb((bundle / item.asset).read_bytes())
    assert "EXT_meshopt_compression" in shipped["extensionsRequired"]  # what the tablet decodes
    assert (bundle / item.asset).stat().st_size < (project.root / item.asset).stat().st_size
    cam, pose = Camera(), look_at_pose(0.45, 60)
    frames = [render_frame(payload_for("https://example.org/fuchs/", "fuchs"), 0.1, pose, cam, seed=i) for i in range(8)]
    y4m = write_y4m(tmp_path / "camera.y4m", frames)
    # the middle of the fox's box, where a visitor taps: item frame -> content frame -> marker frame -> page
    box = item.info["bounding_box_m"]
    middle = [(a + b) / 2 for a, b in zip(box["min"], box["max"])]
    centre = (content_to_marker("table") @ item.transform.matrix() @ [*middle, 1.0])[:3]
    x, y = (project_points(cam.K, pose, centre[None]) + 0.5)[0] * (VIEW[0] / cam.width) - 0.5
    action = "window.museumAR.scene.mixers[0].animation.action"
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", y4m, VIEW)
        try:
            page, errors = open_page(ctx, server.url)
            page.wait_for_function("window.museumAR.scene.mixers && window.museumAR.scene.mixers.length === 1", timeout=30_000)
            clip = page.evaluate(f"{action}.getClip().name")
            assert clip == "Survey"
            page.wait_for_function("window.museumAR.scene.mixers[0].animation.mixer.time > 0.3", timeout=20_000)
            page.wait_for_function("window.museumAR.tracked.fuchs", timeout=30_000)
            page.wait_for_timeout(500)
            assert page.evaluate(f"{action}.paused") is False
            page.wait_for_function(f"{action}.time > 0.8 && {action}.time < 2.0", timeout=10_000)
            page.mouse.click(float(x), float(y))  # the visitor's tap on the fox pauses it
            page.wait_for_function(f"{action}.paused === true", timeout=5_000)
            t = page.evaluate(f"{action}.time")
            page.wait_for_timeout(400)
            assert page.evaluate(f"{action}.time") == pytest.approx(t)
            page.mouse.click(float(x), float(y))  # and another resumes it where it stopped
            page.wait_for_function(f"{action}.paused === false", timeout=5_000)
            duration = page.evaluate(f"{action}.getClip().duration")
            assert (page.evaluate(f"{action}.time") - t) % duration < 0.6  # not back at its start
            page.wait_for_function(f"{action}.time > {t} + 0.1 || {action}.time < {t}", timeout=5_000)
            page.mouse.click(5.0, 5.0)  # a tap beside it changes nothing
            page.wait_for_timeout(200)
            assert page.evaluate(f"{action}.paused") is False
            # The same moment of the clip on the desktop (render/gltf_animation.py, on the project's
            # GLB) and in three.js (on the bundle's meshopt-coded GLB): the same fox, within 1 mm.
            for t in (0.0, 1.3, 2.9):
                tablet = np.array(page.evaluate(POSED_VERTICES_JS, [None, t])).reshape(-1, 3)
                desktop = next(iter(desktop_animation.pose(t).values()))[0]
                assert len(tablet) == len(desktop)
                nearest = np.sqrt(((tablet[:, None, :] - desktop[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
                assert nearest.max() < 0.001, (t, nearest.max())
            moved = np.abs(next(iter(desktop_animation.pose(1.3).values()))[0] - next(iter(desktop_animation.pose(0.0).values()))[0]).max()
            assert moved > 0.005  # the comparison is of poses that differ
            assert not errors, errors
        finally:
            ctx.close()
