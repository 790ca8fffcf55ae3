"""The warm-up scenes (render/warm_up.py): each draws with the renderer's own programs, uses the
programs and states it is there for, and leaves the renderer's entries, last draw and GL objects
as they were."""

from __future__ import annotations

import numpy as np
from OpenGL import GL

from museum_ar.render import DrawItem, Helpers
from museum_ar.render.warm_up import OFFSCREEN_SCENES, PLACEMENT_SCENES, PREVIEW_OFFSCREEN_SCENES, PREVIEW_SCENES, WarmUpScenes


def test_scenes_use_every_program_and_leave_the_renderer_as_it_was(renderer, target, intrinsics, box_glb):
    _, proj = intrinsics
    view = np.eye(4)
    view[2, 3] = -0.4
    box = DrawItem("box", "mesh", np.eye(4), asset=box_glb())
    target.bind()
    renderer.draw(None, view, proj, [box], selection="box", helpers=Helpers(marker_edge_m=0.1))
    before = target.read_rgb()
    entries, last = dict(renderer.cache.entries), renderer.last_draw
    objects = renderer.live_objects()

    scenes = WarmUpScenes(renderer)
    for _, step in scenes.preparation():
        step()
    used = set()
    for scene in PLACEMENT_SCENES + PREVIEW_SCENES:
        drawn = set()
        real_use = renderer.programs.use

        def use(name, real_use=real_use, drawn=drawn):
            drawn.add(name)
            return real_use(name)

        renderer.programs.use = use  # which programs the scene draws with: the real ones, counted
        try:
            target.bind()
            scenes.draw(scene, (target.width, target.height))
        finally:
            del renderer.programs.use
        assert drawn, f"scene {scene.name!r} drew nothing"
        used |= drawn
        assert GL.glGetError() == GL.GL_NO_ERROR
    # every program the renderer has, but unlit untextured surfaces (unlit are only pictures and
    # labels) and see-through PBR (left for when needed: 100-150 ms each to compile)
    assert set(renderer.programs.names()) - used == {"surface_t0_l0_a0_p0", "surface_t0_l0_a1_p0", "surface_t0_l1_a1_p1", "surface_t1_l1_a1_p1"}
    assert {s.name for s in OFFSCREEN_SCENES} < {s.name for s in PLACEMENT_SCENES}
    assert {s.name for s in PREVIEW_OFFSCREEN_SCENES} < {s.name for s in PREVIEW_SCENES}
    # offscreen: PBR with maps, selected and see-through too; untextured PBR left for when needed
    assert {"pbr", "model selected", "see-through", "see-through selected", "open selected"} <= {s.name for s in OFFSCREEN_SCENES}
    assert "pbr untextured" not in {s.name for s in OFFSCREEN_SCENES}

    # the renderer's own entries and last draw are untouched; its picture unchanged
    assert renderer.cache.entries == entries and renderer.last_draw is last
    scenes.release()
    # what stays: the programs linked, and the camera picture's texture (the renderer keeps one,
    # replaced when a frame of another size comes)
    assert renderer.live_objects() - objects == {"program": len(renderer.programs.by_name) - objects["program"], "texture": 1}
    target.bind()
    renderer.draw(None, view, proj, [box], selection="box", helpers=Helpers(marker_edge_m=0.1))
    assert np.array_equal(target.read_rgb(), before)


def test_preview_scenes_draw_as_the_preview_does(renderer, target):
    """The preview's scenes go through the preview's own draw (letterbox.draw_letterboxed): their
    items are in front of the eye (drawn with surface programs), and the camera picture is sampled
    nearest at one texel per pixel (the capture thread shrinks it to the preview's size) and
    linearly when stretched: each a state llvmpipe compiles code for."""
    scenes = WarmUpScenes(renderer)
    for _, step in scenes.preparation():
        step()
    filters = {}
    for scene in PREVIEW_SCENES:
        drawn: set[str] = set()
        real_use = renderer.programs.use

        def use(name, real_use=real_use, drawn=drawn):
            drawn.add(name)
            return real_use(name)

        renderer.programs.use = use
        try:
            target.bind()
            scenes.draw(scene, (target.width, target.height))
        finally:
            del renderer.programs.use
        assert "bg" in drawn, scene.name
        if scene.items:  # in front of the eye: seen over the black camera picture
            from museum_ar.render.warm_up import VIEWPORT_PX

            corner = target.read_rgb()[-VIEWPORT_PX[1] :, : VIEWPORT_PX[0]]
            assert corner.max() > 60, f"scene {scene.name!r} shows none of its items"
        GL.glBindTexture(GL.GL_TEXTURE_2D, renderer.background._tex)
        filters[scene.name] = int(GL.glGetTexParameteriv(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER))
        assert not GL.glIsEnabled(GL.GL_SCISSOR_TEST)  # the preview's scissor is left off again
    assert filters["camera"] == GL.GL_NEAREST and filters["camera stretched"] == GL.GL_LINEAR
    scenes.release()


def test_letterbox_keeps_the_pictures_aspect_and_centres_it():
    from museum_ar.render.letterbox import letterbox

    assert letterbox((1280, 720), (560, 420)) == (0, 52, 560, 315)  # bars above and below
    assert letterbox((640, 480), (800, 300)) == (200, 0, 400, 300)  # bars left and right
    assert letterbox((96, 54), (96, 72)) == (0, 9, 96, 54)  # the warm-up's picture: one texel per pixel
