"""Warming a renderer's GL context before the curator needs it: small scenes that use each shader
program and each drawing state the app's views use, drawn one per call.

Why: Mesa's software renderer (llvmpipe) compiles machine code for every program *and* drawing
state (blending, depth and stencil tests, the framebuffer's format, the textures' sampling) at the
first draw that uses it, on the thread that draws: the GUI thread. With an empty shader cache (a
new machine's first start) the first file dropped on the 3D view stood the window still for
144-224 ms. Compiled code belongs to the context and to the framebuffer format it was made for
(a headless context filled cache entries the app's windows never used), so the warm-up draws with
the view's own renderer (its programs are the ones later drawn with) into the view's own
framebuffer, never shown.

A scene is drawn from entries of its own (`WarmUpScenes.cache`, made here from tiny synthetic
meshes and pictures, no files), so the renderer's real entries, pending loads and last draw (for
picking and framing) stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import numpy as np

from .camera import look_at, perspective
from .gpu_cache import GpuCache
from .letterbox import draw_letterboxed
from .mesh_data import MeshData, MeshPart, PbrMaterial
from .scene import DrawItem, Helpers

# The warm-up draws into a corner this size: the compiled code does not depend on the size, and
# few pixels keep each scene's drawing itself to a few ms
VIEWPORT_PX = (96, 72)


@dataclass
class Scene:
    """One warm-up draw: items (keys into WarmUpScenes' cache), which is selected, the helpers,
    and whether a camera picture is drawn behind, letterboxed as the preview draws it
    (letterbox.py): at one texel per pixel (the capture thread shrinks it to the preview's size:
    sampled nearest) or stretched (a picture smaller than the preview: sampled linearly)."""

    name: str
    items: list[tuple[str, str, np.ndarray]] = field(default_factory=list)  # (id, cache key's arg, item -> world)
    selected: str | None = None
    helpers: bool = True
    gizmo: str | None = None
    camera_picture: bool = False
    stretched: bool = False


def _box(colour=(1.0, 1.0, 1.0, 1.0)) -> tuple[np.ndarray, np.ndarray]:
    """A closed, outward-wound unit cube (24 vertices, 12 triangles) with UVs and vertex colours."""
    vertices: list[list[float]] = []
    indices: list[int] = []
    for axis in range(3):
        for sign in (-1.0, 1.0):
            n = np.zeros(3)
            n[axis] = sign
            u, v = np.roll(np.eye(3), 1, axis=0)[axis], np.roll(np.eye(3), 2, axis=0)[axis]
            if sign > 0:
                u, v = v, u  # counter-clockwise seen from outside: u x v along the normal
            base = len(vertices)
            for cu, cv in ((0, 0), (1, 0), (1, 1), (0, 1)):
                p = 0.5 * n + (cu - 0.5) * u + (cv - 0.5) * v
                vertices.append([*p, *n, cu, cv, *colour])
            indices += [base, base + 1, base + 2, base, base + 2, base + 3]
    return np.asarray(vertices, dtype=np.float32), np.asarray(indices, dtype=np.uint32)


def _texture(channels: int = 3, alpha: int = 255, size: tuple[int, int] = (8, 8)) -> np.ndarray:
    """A checked picture; 8x8 (sides powers of two, as a model's textures mostly are) unless
    `size` (h, w) says otherwise: llvmpipe compiles a sampler for a power-of-two side apart."""
    img = np.zeros((*size, channels), dtype=np.uint8)
    img[::2, ::2] = 200
    img[1::2, 1::2] = 90
    if channels == 4:
        img[..., 3] = alpha
    return img


def _meshes() -> dict[str, MeshData]:
    """The kinds of mesh parts the surface shader variants and states are chosen by."""
    v, i = _box()
    see_through = _box((1.0, 1.0, 1.0, 0.5))
    pbr = PbrMaterial(metallic=0.5, roughness=0.5, metallic_roughness=_texture(), normal=_texture(), occlusion=_texture(), emissive_map=_texture())
    return {
        "textured": MeshData([MeshPart(v, i, texture=_texture())]),  # closed: back faces culled
        "open textured": MeshData([MeshPart(v, i[:30], texture=_texture())]),  # open: both sides drawn
        "pbr": MeshData([MeshPart(v, i, texture=_texture(), pbr=pbr)]),
        "pbr untextured": MeshData([MeshPart(v, i, pbr=PbrMaterial(metallic=0.3, roughness=0.6))]),
        "colours": MeshData([MeshPart(v, i, double_sided=False)]),  # a scan: vertex colours, single-sided
        "open colours": MeshData([MeshPart(v, i[:30])]),
        "see-through": MeshData([MeshPart(*see_through, base_color=(1.0, 1.0, 1.0, 0.5))]),
        "see-through textured": MeshData([MeshPart(v, i, texture=_texture(4, alpha=128))]),
    }


def _at(x: float = 0.0, z: float = 0.0, scale: float = 0.05) -> np.ndarray:
    m = np.diag([scale, scale, scale, 1.0])
    m[:3, 3] = (x, scale / 2, z)
    return m


EYE = np.array([0.15, 0.2, 0.3])
VIEW = look_at(EYE, np.zeros(3))
# 20 m down the line of sight: a few pixels on screen, lit per vertex (renderer.VERTEX_LIGHTING_PX)
FAR = _at(scale=0.01)
FAR[:3, 3] = EYE - 20.0 * EYE / np.linalg.norm(EYE)

# The placement view's scenes, most needed first (the first drop of a model, its selection and
# gizmo), each alone so that one draw compiles a few states only (each 10-40 ms on llvmpipe).
PLACEMENT_SCENES = [
    Scene("helpers"),
    Scene("gizmo", gizmo="translate"),
    Scene("label", [("l", "label", _at())]),
    Scene("scan", [("c", "colours", _at())]),
    Scene("scan selected", [("c", "colours", _at())], selected="c"),
    Scene("far", [("f", "textured", FAR), ("g", "colours", FAR)]),
    Scene("label selected", [("l", "label", _at())], selected="l"),
    Scene("picture", [("p", "picture", _at())]),
    Scene("picture selected", [("p", "picture", _at())], selected="p"),
    Scene("model", [("m", "textured", _at())]),
    Scene("model selected", [("m", "textured", _at())], selected="m"),
    Scene("open", [("m", "open textured", _at())]),
    Scene("open colours", [("c", "open colours", _at())]),
    Scene("open selected", [("m", "open textured", _at())], selected="m"),
    Scene("see-through", [("s", "see-through", _at()), ("t", "see-through textured", _at(0.1))]),
    Scene("see-through selected", [("s", "see-through", _at())], selected="s"),
    Scene("pbr", [("m", "pbr", _at())]),
    Scene("pbr untextured", [("u", "pbr untextured", _at())]),
]


def offscreen(scenes: list[Scene]) -> list[Scene]:
    """What screenshots and repaint() draw into a framebuffer object. Counted in Mesa's shader
    cache (a cold cache, llvmpipe, Mesa 22.3), the views find the filler thread's code for every
    scene but those with untextured PBR: those the view compiled on the GUI thread all the same
    (245-1061 ms at load 15, in both views), so they are left for when needed. The rest (PBR with
    maps, selected, see-through, open, far) each load in a fraction of the compile's time."""
    return [s for s in scenes if all(arg != "pbr untextured" for _, arg, _ in s.items)]


OFFSCREEN_SCENES = offscreen(PLACEMENT_SCENES)

# The AR preview's: the camera picture behind, items as the tracker places them, no helpers.
PREVIEW_SCENES = [
    Scene("camera", helpers=False, camera_picture=True),
    Scene("camera stretched", helpers=False, camera_picture=True, stretched=True),
    # before any textured PBR part has left its maps bound to units 1-4: an exhibit of scans
    # with PBR factors only (the sample drum) draws with those units empty
    Scene("preview pbr untextured", [("u", "pbr untextured", _at()), ("c", "open colours", _at(0.1))], helpers=False, camera_picture=True),
    Scene("preview scan", [("c", "colours", _at()), ("f", "colours", FAR)], helpers=False, camera_picture=True),
    Scene("preview model", [("m", "textured", _at()), ("l", "label", _at(0.1))], helpers=False, camera_picture=True),
    Scene("preview picture", [("p", "picture", _at()), ("m", "pbr", _at(0.1))], helpers=False, camera_picture=True),
    Scene("preview others", [("o", "open textured", _at()), ("s", "see-through", _at(0.1)), ("f", "textured", FAR)], helpers=False, camera_picture=True),
    Scene("preview see-through textured", [("t", "see-through textured", _at()), ("u", "pbr untextured", _at(0.1))], helpers=False, camera_picture=True),
]


PREVIEW_OFFSCREEN_SCENES = offscreen(PREVIEW_SCENES)


class WarmUpScenes:
    """Entries for the warm-up scenes in the renderer's context; `release()` frees them (with that
    context current). The work comes in small steps: `preparation()` (link the programs, make the
    entries: no framebuffer needed) and then `draw(scene)` per scene."""

    def __init__(self, renderer) -> None:
        self.renderer = renderer
        self.cache = GpuCache(renderer.objects)  # its own: the renderer's entries are left alone
        # the preview's camera picture: one texel per pixel of the warm-up's corner, or smaller
        self._picture = np.zeros((VIEWPORT_PX[0] * 9 // 16, VIEWPORT_PX[0], 3), dtype=np.uint8)
        # (sides not powers of two, as a camera's: llvmpipe compiles a sampler for a power-of-two
        # side apart, so a 64 px wide picture left the preview's first stretched frame to compile)
        self._small_picture = np.zeros((27, 48, 3), dtype=np.uint8)

    def preparation(self) -> list[tuple[str, Callable[[], object]]]:
        """(name, step) for each program to link (2-30 ms each on llvmpipe) and each entry to
        make, one per step; run them in order, with the renderer's context current."""
        programs, cache = self.renderer.programs, self.cache
        self.renderer.prepare_programs()
        steps: list[tuple[str, Callable[[], object]]] = [(f"link {name}", partial(programs.get, name)) for name in programs.names()]
        steps += [(f"make {name}", partial(cache.put_mesh, ("mesh", name), mesh)) for name, mesh in _meshes().items()]
        # a picture's sides are seldom powers of two (a photo, a scan): the preview's first frame
        # with the sample's drawing compiled its sampler on the GUI thread (200 ms at load 10)
        steps.append(("make picture", partial(cache.put_picture, ("image", "picture"), _texture(size=(6, 10)), 1.0, 0.75)))
        steps.append(("make label", partial(cache.put_label, ("text", "label"), "Museum AR")))
        return steps

    def draw(self, scene: Scene, target_size: tuple[int, int]) -> None:
        """Draw `scene` into the bound framebuffer's lower left corner with the renderer's
        programs and states (the renderer's own cache and last draw are put back)."""
        from OpenGL import GL

        w, h = min(VIEWPORT_PX[0], target_size[0]), min(VIEWPORT_PX[1], target_size[1])
        GL.glViewport(0, 0, w, h)
        items = [_draw_item(item_id, arg, m) for item_id, arg, m in scene.items if ("mesh", arg) in self.cache.entries or arg in ("label", "picture")]
        helpers = Helpers(marker_edge_m=0.1, grid=True, gizmo=scene.gizmo, gizmo_size=0.03) if scene.helpers else None
        r = self.renderer
        saved = r.cache, r.last_draw, r.problems
        r.cache = self.cache
        self.cache.keep_all()
        try:
            if scene.camera_picture:
                picture = self._small_picture if scene.stretched else self._picture
                in_eye = [replace(it, matrix=VIEW @ it.matrix) for it in items]  # the preview draws in eye coordinates
                draw_letterboxed(r, picture, perspective(45.0, w / h), in_eye, (w, h))
            else:
                r.draw(None, VIEW, perspective(45.0, w / h), items, selection=scene.selected, helpers=helpers, viewport=(w, h))
        finally:
            r.cache, r._last, r.problems = saved

    def release(self) -> None:
        """Free the warm-up's GL objects (the renderer's context must be current)."""
        self.cache.clear()


def _draw_item(item_id: str, arg: str, matrix: np.ndarray) -> DrawItem:
    """A DrawItem the renderer looks up under the warm-up cache's keys: ("mesh", arg),
    ("image", "picture"), ("text", "label")."""
    if arg == "label":
        return DrawItem(item_id, "text", matrix, text="label")
    return DrawItem(item_id, "image" if arg == "picture" else "mesh", matrix, asset=Path(arg))
