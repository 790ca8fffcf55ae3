"""The tablet viewer plays the animation clip an item's playback chooses (issue 15): Khronos' Fox
four times on one card — Walk, all clips together, a name the model does not have, and no choice —
exported (meshopt-compressed) and opened in headless Chromium. The clips three.js plays are the
chosen ones; the three clips together pose the fox as the desktop preview does; a tap pauses and
resumes clips played together as one. The names the viewer chooses by (viewer/src/clips.js) are
the desktop's (core/clips.py), checked in node on awkward names."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from museum_ar.content import import_item
from museum_ar.core import commands as cmd
from museum_ar.core.clips import chosen_clips, clip_names
from museum_ar.core.exhibit import Marker, Playback
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import create_project
from museum_ar.core.transform import Transform
from museum_ar.export import export_bundle
from museum_ar.export.serve import BundleServer
from museum_ar.markers import payload_for
from posed_vertices import POSED_VERTICES_JS
from viewer_browser import launch, open_page
from y4m_camera import Camera, look_at_pose, render_frame, write_y4m

FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"
CLIPS_JS = Path(__file__).resolve().parents[2] / "viewer" / "src" / "clips.js"
VIEW = (800, 600)

def test_clips_js_names_and_chooses_as_the_desktop_does(tmp_path):
    docs = [
        {"animations": [{"name": "Lauf"}, {}, {"name": ""}, {"name": "Lauf"}, {"name": "Lauf"}, {"name": "animation 2"}]},
        {"animations": [{"name": "Survey"}, {"name": "Walk"}, {"name": "Run"}]},
        {},
    ]
    choices = [{}, {"clip": "Walk"}, {"clip": "Lauf (3)"}, {"clip": "Galopp"}, {"clip": "Walk", "all_clips": True}, {"all_clips": False, "clip": ""}]
    script = tmp_path / "clips.mjs"
    script.write_text(
        f"import {{ clipNames, chosenClips }} from {json.dumps(CLIPS_JS.as_uri())};\n"
        f"const docs = {json.dumps(docs)}, choices = {json.dumps(choices)};\n"
        "console.log(JSON.stringify(docs.map((d) => { const n = clipNames(d); return [n, choices.map((c) => chosenClips(n, c))]; })));\n",
        encoding="utf-8",
    )
    js = json.loads(subprocess.run(["node", str(script)], capture_output=True, text=True, check=True, timeout=60).stdout)
    py = [[clip_names(d), [chosen_clips(clip_names(d), c.get("clip", ""), c.get("all_clips", False)) for c in choices]] for d in docs]
    assert js == py
    assert py[0][0][3:5] == ["Lauf (2)", "Lauf (3)"]  # the check is of names that needed the rule


@pytest.mark.browser
@pytest.mark.slow
def test_the_viewer_plays_the_chosen_clip(tmp_path: Path, chromium_path):
    from playwright.sync_api import sync_playwright

    from museum_ar.render.gltf_animation import read_animation
    from museum_ar.render.mesh_data import load_mesh

    project = create_project(tmp_path / "Füchse", LocalizedText.of(de="Füchse", en="Foxes"), publish_url="https://example.org/fuchs/")
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker("fuchs", 100.0)))
    fox = import_item(project.root, FOX, fit_m=0.05)
    choices = {"geht": Playback(True, True, True, clip="Walk"), "alle": Playback(True, True, True, all_clips=True),
               "galopp": Playback(True, True, True, clip="Galopp"), "erste": Playback(True, True, True)}
    for k, (item_id, playback) in enumerate(choices.items()):
        t = Transform(((k - 1.5) * 0.05, 0.0, 0.0), fox.transform.rotation, fox.transform.scale)
        stack.push(cmd.AddItem("fuchs", replace(fox, id=item_id, playback=playback, transform=t)))
    project.save()
    bundle = export_bundle(project.root, tmp_path / "bundle")
    manifest = json.loads((bundle / "manifest.json").read_text("utf-8"))
    shipped = {it["id"]: it["playback"] for it in manifest["markers"][0]["items"]}
    assert shipped["geht"]["clip"] == "Walk" and shipped["alle"]["all_clips"] is True
    assert "clip" not in shipped["erste"] and "all_clips" not in shipped["erste"]
    desktop = read_animation(project.root / fox.asset, load_mesh(project.root / fox.asset))

    cam, pose = Camera(), look_at_pose(0.45, 60)
    frames = [render_frame(payload_for("https://example.org/fuchs/", "fuchs"), 0.1, pose, cam, seed=i) for i in range(8)]
    y4m = write_y4m(tmp_path / "camera.y4m", frames)
    played = "Object.fromEntries(window.museumAR.scene.mixers.map((r) => [r.item.id, r.animation.actions.map((a) => [a.getClip().name, a.isRunning()])]))"
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", y4m, VIEW)
        try:
            page, errors = open_page(ctx, server.url)
            page.wait_for_function("window.museumAR.scene.mixers && window.museumAR.scene.mixers.length === 4", timeout=30_000)
            page.wait_for_function("window.museumAR.scene.mixers.every((r) => r.animation.mixer.time > 0.2)", timeout=20_000)
            assert page.evaluate(played) == {
                "geht": [["Walk", True]],
                "alle": [["Survey", True], ["Walk", True], ["Run", True]],
                "galopp": [["Survey", True]],  # a name the model lacks: the first
                "erste": [["Survey", True]],
            }
            # the three clips together: three.js' mix is the desktop preview's (render/gltf_animation.py)
            together = desktop.choose(all_clips=True)
            moved = []
            for t in (0.3, 1.0, 2.5):
                tablet = np.array(page.evaluate(POSED_VERTICES_JS, ["alle", t])).reshape(-1, 3)
                here = next(iter(desktop.pose(t, together, loop=True).values()))[0]
                nearest = np.sqrt(((tablet[:, None, :] - here[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
                assert nearest.max() < 0.001, (t, nearest.max())
                walk_only = next(iter(desktop.pose(t, desktop.choose("Walk"), loop=True).values()))[0]
                moved.append(np.abs(here - walk_only).max())
            assert min(moved) > 0.005  # together is not one clip alone
            # a tap on clips played together pauses them all, the next resumes them all
            toggle = "window.museumAR.scene.toggleAnimation({id: 'alle'})"
            page.evaluate(toggle)
            paused = page.evaluate("window.museumAR.scene.mixers.find((r) => r.item.id === 'alle').animation.actions.map((a) => [a.paused, a.time])")
            assert all(p for p, _ in paused)
            page.wait_for_timeout(300)
            assert page.evaluate("window.museumAR.scene.mixers.find((r) => r.item.id === 'alle').animation.actions.map((a) => a.time)") == pytest.approx([t for _, t in paused])
            page.evaluate(toggle)
            page.wait_for_function("window.museumAR.scene.mixers.find((r) => r.item.id === 'alle').animation.actions.every((a) => a.isRunning())", timeout=5_000)
            assert not errors, errors
        finally:
            ctx.close()
