"""The warm-up scenes (render/warm_up.py): each draws with the renderer's own programs, uses the
programs and states it is there for, and leaves the renderer's entries, last draw and GL objects
as they were."""

from __future__ import annotations

import numpy as np
from OpenGL import GL

from museum_ar.render import DrawItem, Helpers
from museum_ar.render.warm_up import OFFSCREEN_SCENES, PLACEMENT_SCENES, PREVIEW_SCENES, WarmUpScenes


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

    # the renderer's own entries and last draw are untouched; its picture unchanged
    assert renderer.cache.entries == entries and renderer.last_draw is last
    scenes.release()
    # what stays: the programs linked, and the camera picture's texture (the renderer keeps one,
    # replaced when a frame of another size comes)
    assert renderer.live_objects() - objects == {"program": len(renderer.programs.by_name) - objects["program"], "texture": 1}
    target.bind()
    renderer.draw(None, view, proj, [box], selection="box", helpers=Helpers(marker_edge_m=0.1))
    assert np.array_equal(target.read_rgb(), before)
