"""An animated, skinned model (Khronos' Fox, tests/data/gltf) imported, exported (meshopt-compressed,
as bundles ship 3D models) and opened in the tablet viewer in headless Chromium: its first clip plays through three.js' AnimationMixer by the
item's playback options (autoplay + loop after import), and a tap toggles it (issue 15 item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from museum_ar.content import import_item
from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import create_project
from museum_ar.export import export_bundle
from museum_ar.export.serve import BundleServer
from viewer_browser import launch, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


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
    from museum_ar.content.glb_compress import split_glb

    shipped, _ = split_glb((bundle / item.asset).read_bytes())
    assert "EXT_meshopt_compression" in shipped["extensionsRequired"]  # what the tablet decodes
    assert (bundle / item.asset).stat().st_size < (project.root / item.asset).stat().st_size
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", None, (800, 600))
        try:
            page, errors = open_page(ctx, server.url)
            page.wait_for_function("window.museumAR.scene.mixers && window.museumAR.scene.mixers.length === 1", timeout=30_000)
            clip = page.evaluate("window.museumAR.scene.mixers[0].animation.action.getClip().name")
            assert clip == "Survey"
            page.wait_for_function("window.museumAR.scene.mixers[0].animation.mixer.time > 0.3", timeout=20_000)
            # a tap pauses it; another resumes
            paused = page.evaluate("(() => { const s = window.museumAR.scene; s.toggleAnimation(s.mixers[0].item); return s.mixers[0].animation.action.paused; })()")
            assert paused is True
            t = page.evaluate("window.museumAR.scene.mixers[0].animation.action.time")
            page.wait_for_timeout(400)
            assert page.evaluate("window.museumAR.scene.mixers[0].animation.action.time") == pytest.approx(t)
            assert not errors, errors
        finally:
            ctx.close()
