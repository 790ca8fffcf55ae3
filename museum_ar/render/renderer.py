"""The AR renderer: camera image behind, exhibit items in front, placement helpers on top.

Draws into whatever framebuffer and GL context are current (a QOpenGLWidget's in paintGL, an
`OffscreenTarget` headless). Call every method with the same context current; `release()` frees
all GL objects (call it before the context goes away, e.g. from the widget's aboutToBeDestroyed).

This module orchestrates a frame: which items are drawn with which GPU entries (`gpu_cache`),
where they land and in how much detail (`placement`), and the passes in order: the camera image
(`background`), the ground helpers (`overlays`), opaque parts near to far and blended parts far to
near (`surfaces`), the selection outline (`outline`), the gizmo (`overlays`). Picking the last
frame is `picking`; the shader programs are `programs`.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable

import numpy as np
from OpenGL import GL

from .background import CameraBackground
from .gl_util import GLObjects, RenderError
from .gpu_cache import UPLOAD_BUDGET_S, Entry, GpuCache, GpuPart
from .outline import SELECTION_COLOUR, draw_outline, silhouette_parts, start_marking
from .overlays import Overlays
from .picking import PickHit, pick, pick_gizmo
from .placement import LOD_ERROR_PX, Placed, det3, detail_for
from .programs import Programs
from .scene import DrawItem, Helpers
from .surfaces import draw_part

# Names other code imports from here: the outline's colour (tests compare pixels with it), and the
# small-matrix helpers under their former names (tests/render/test_speedups_same_picture.py).
from .placement import det3 as _det3, gl_matrix as _f32, inverse_transpose3_gl as _inverse_transpose3_gl  # noqa: F401  (see above)

__all__ = ["SELECTION_COLOUR", "STAND_IN_SCALE", "VERTEX_LIGHTING_PX", "PickHit", "Renderer"]

# Items whose triangles average at most this many pixels of footprint (back faces included, so
# about twice that per visible triangle) are lit per vertex: within a triangle of a few pixels the
# normal hardly turns, and software GL saves most of the per-pixel lighting.
VERTEX_LIGHTING_PX = 3.0
STAND_IN_SCALE = 0.25  # a loading/placeholder label: 2.5 cm lines (LINE_UNITS 0.1 m unscaled)


class Renderer:
    def __init__(self, background_loading: bool = False) -> None:
        """background_loading: read and simplify mesh and image files in a worker thread, showing
        a "loading" label meanwhile, so the GUI never freezes on a big file; draw again while
        `pending` is non-zero. Off: the first draw that needs a file loads it (tests, thumbnails)."""
        self.objects = GLObjects()
        self.cache = GpuCache(self.objects, background_loading)
        self.programs = Programs(self.objects)
        self.background = CameraBackground(self.objects, self.programs)
        self.overlays = Overlays(self.objects, self.programs)
        self._last: dict = {}
        self._poses: dict[str, tuple] = {}  # animated item id -> its pose (time, loop, clips) this frame
        self.problems: dict[str, str] = {}  # item id -> why its asset is shown as a placeholder
        # Level of detail: a dense mesh is drawn from a coarser version (mesh_data.detail_levels)
        # when that one's surface lies within this many pixels of the full one on screen. 0 =
        # always full detail.
        self.lod_error_px = LOD_ERROR_PX

    # -- setup ----------------------------------------------------------------------------------
    def prepare_programs(self) -> None:
        """Know the programs' sources and set up the passes' buffers (each program is compiled at
        its first use, or by `programs.get`): done by the first draw otherwise."""
        self._ensure_programs()

    def _ensure_programs(self) -> None:
        if self.programs.built:
            return
        self.programs.build()
        self.background.setup()
        self.overlays.setup()

    @property
    def _current_program(self) -> int:
        """The program in use as the renderer knows it (0 after a frame: the host's GL is its own)."""
        return self.programs.current

    # -- drawing --------------------------------------------------------------------------------
    def draw(self, frame_bgr: np.ndarray | None, view: np.ndarray, proj: np.ndarray, items: Iterable[DrawItem] = (), selection: str | Iterable[str] | None = None, helpers: Helpers | None = None, viewport: tuple[int, int] | None = None, clear_colour=(0.16, 0.17, 0.19, 1.0), same_frame: bool = False, upload_budget_s: float = UPLOAD_BUDGET_S) -> None:
        """Draw one frame into the bound framebuffer.

        frame_bgr  camera image (HxWx3 uint8, OpenCV BGR, row 0 = top) stretched over the viewport, or None
        view       4x4 world -> GL eye; proj 4x4 GL projection (core.frames.projection_from_intrinsics)
        items      DrawItems (scene.py); GPU resources of assets no item uses any more are freed
        selection  item id(s) outlined; helpers: marker outline, grid, gizmo
        viewport   (width, height) in pixels; default: the current GL viewport
        same_frame a second draw for the same picture (the host re-framed after the first): it
                   shares the first one's upload budget instead of getting its own
        upload_budget_s  with background loading: time this draw may spend making new GPU entries
                   (labels, loaded meshes and pictures); the rest are drawn by later draws
        """
        self._ensure_programs()
        if not same_frame:
            self.cache.begin_frame(upload_budget_s)
        programs = self.programs
        programs.begin_frame()
        if viewport is None:
            vp = GL.glGetIntegerv(GL.GL_VIEWPORT)
            viewport = (int(vp[2]), int(vp[3]))
        _width, height = viewport
        view, proj = np.asarray(view, dtype=np.float64), np.asarray(proj, dtype=np.float64)
        selected = {selection} if isinstance(selection, str) else set(selection or ())
        GL.glClearColor(*clear_colour)
        GL.glClearStencil(0)
        GL.glDepthMask(GL.GL_TRUE)
        GL.glStencilMask(0xFF)
        GL.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT | GL.GL_STENCIL_BUFFER_BIT)
        GL.glDisable(GL.GL_CULL_FACE)
        if frame_bgr is not None:
            self.background.draw(frame_bgr, viewport)
        GL.glEnable(GL.GL_BLEND)
        GL.glBlendFunc(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)
        GL.glEnable(GL.GL_DEPTH_TEST)
        GL.glDepthFunc(GL.GL_LEQUAL)
        helpers = helpers or Helpers()
        self.overlays.draw_ground_helpers(helpers, proj @ view, viewport)
        GL.glDisable(GL.GL_BLEND)  # opaque parts: no read-modify-write per pixel

        drawn = self._gather(items)
        opaque: list[tuple[Placed, GpuPart]] = []
        blended: list[tuple[Placed, GpuPart]] = []
        premarked = set()  # selected items whose silhouette the main pass writes into the stencil
        up_eye = view[:3, :3] @ np.array([0.0, 1.0, 0.0])
        programs.up_eye = tuple(up_eye / max(np.linalg.norm(up_eye), 1e-12))
        GL.glActiveTexture(GL.GL_TEXTURE0)
        placements = {}
        for it, entry in drawn:
            placed = placements[it.id] = Placed.of(it, entry, view, proj, height)
            parts = detail_for(entry, placed.footprint_px, placed.px_per_unit, placed.inside, self.lod_error_px)
            # triangles of a few pixels: lighting per vertex looks the same as per pixel, for less work
            placed.tiny_triangles = not placed.inside and placed.footprint_px <= VERTEX_LIGHTING_PX * sum(p.count for p in parts) / 3
            for part in parts:
                (blended if part.blended or it.opacity < 1.0 else opaque).append((placed, part))
            if it.id in selected and it.opacity >= 1.0 and not any(p.blended or p.alpha_test for p in parts):
                premarked.add(it.id)
        # opaque near to far: nearer surfaces fill the depth buffer first, so the fragments they
        # hide fail the depth test before shading (early z)
        for placed, part in sorted(opaque, key=lambda b: b[0].depth):
            marked = placed.item.id in premarked
            if marked:  # mark its pixels for the outline, hidden ones too (as pass 1 would)
                start_marking()
            self._show_pose(placed)
            draw_part(programs, proj, placed, part)
            if marked:
                GL.glDisable(GL.GL_STENCIL_TEST)
        GL.glDepthMask(GL.GL_FALSE)
        GL.glEnable(GL.GL_BLEND)
        for placed, part in sorted(blended, key=lambda b: -b[0].depth):  # far to near
            self._show_pose(placed)
            draw_part(programs, proj, placed, part)
        GL.glDepthMask(GL.GL_TRUE)

        outlined = [(it, e, silhouette_parts(e, placements[it.id].px_per_unit)) for it, e in drawn if it.id in selected]
        if outlined:
            draw_outline(programs, outlined, view, proj, viewport, premarked)
        if helpers.gizmo:
            self.overlays.draw_gizmo(helpers, proj @ view, viewport)

        GL.glDisable(GL.GL_DEPTH_TEST)
        GL.glDisable(GL.GL_BLEND)
        GL.glDisable(GL.GL_CULL_FACE)
        GL.glFrontFace(GL.GL_CCW)
        GL.glBindVertexArray(0)
        programs.end_frame()
        for _, entry in drawn:
            entry.frame_poses.clear()
        self.cache.end_frame()
        self._last = {"view": view, "proj": proj, "viewport": viewport, "items": [(it.id, it.matrix, e.bounds, e.triangles) for it, e in drawn], "helpers": helpers}

    def _gather(self, items: Iterable[DrawItem]) -> list[tuple[DrawItem, Entry]]:
        """The items to draw with their GPU entries (made now within the upload budget); problems
        (a placeholder, a degenerate placement) noted in `problems`."""
        drawn: list[tuple[DrawItem, Entry]] = []
        self.problems = {}
        self._poses = {}
        fresh: set[int] = set()
        for it in items:
            entry = self._entry_for(it)
            if entry is None:
                continue
            if entry.problem:
                self.problems[it.id] = entry.problem
            m = np.asarray(it.matrix, dtype=np.float64)
            if m.shape != (4, 4) or not math.isfinite(float(m.sum())) or abs(det3(m[:3, :3].tolist())) < 1e-18:
                self.problems[it.id] = "its placement is degenerate (zero scale or not finite): not drawn"
                continue
            if entry.label and it.kind == "mesh":
                # a "loading" or placeholder label standing in for a model: at its own size, not
                # scaled as the model's units are (a model in millimetres scaled up made a label
                # that filled the view). A picture's scale is its printed size: kept.
                unit = m.copy()
                unit[:3, :3] = m[:3, :3] / np.linalg.norm(m[:3, :3], axis=0) * STAND_IN_SCALE
                it = dataclasses.replace(it, matrix=unit)
            if entry.animation is not None:
                if id(entry) not in fresh:  # poses of an earlier gather (lay_out without a draw) are stale
                    entry.frame_poses.clear()
                    fresh.add(id(entry))
                self._poses[it.id] = (it.anim_time, it.anim_loop, entry.animation.choose(it.anim_clip, it.anim_all))
                self.cache.pose(entry, *self._poses[it.id])
            if it.visible:
                drawn.append((it, entry))
        return drawn

    def lay_out(self, items: Iterable[DrawItem], view: np.ndarray, proj: np.ndarray, viewport: tuple[int, int], upload_budget_s: float = UPLOAD_BUDGET_S) -> None:
        """What draw() would place, without drawing anything: makes the entries (within the upload
        budget) and records `last_draw`, for a host that frames its camera from the items' sizes
        before drawing. The draw that follows passes same_frame=True (one budget for both)."""
        self.cache.begin_frame(upload_budget_s)
        drawn = self._gather(items)
        self._last = {"view": np.asarray(view, dtype=np.float64), "proj": np.asarray(proj, dtype=np.float64), "viewport": viewport, "items": [(it.id, it.matrix, e.bounds, e.triangles) for it, e in drawn], "helpers": self._last.get("helpers")}

    def _entry_for(self, it: DrawItem) -> Entry | None:
        if it.asset is not None and it.display_name:
            self.cache.display_names[str(it.asset)] = it.display_name  # "loading"/placeholder labels name it
        if it.kind == "mesh":
            return self.cache.get(("mesh", str(it.asset))) if it.asset else self.cache.get(("text", "\u26a0 mesh without a file"))
        if it.kind == "image":
            return self.cache.get(("image", str(it.asset))) if it.asset else self.cache.get(("text", "\u26a0 image without a file"))
        if it.kind == "video":
            return self.cache.video(it.id, it.frame, it.asset)
        if it.kind in ("text", "audio"):
            return self.cache.get(("text", it.text or " "))
        raise RenderError(f"item '{it.id}' has an unknown kind {it.kind!r}")

    def _show_pose(self, placed: Placed) -> None:
        """Before drawing a part: its model's vertex buffers in this item's pose (items sharing
        one animated model, e.g. in different clips, share its buffers)."""
        pose = self._poses.get(placed.item.id)
        if pose is not None:
            self.cache.pose(placed.entry, *pose)

    def _detail(self, entry: Entry, mv: np.ndarray, proj: np.ndarray, height: int, inside: bool | None = None) -> list[GpuPart]:
        """The parts a draw would use for an item with this model-view: coarser versions when it
        covers few pixels."""
        _, camera_inside, footprint, px_per_unit = Placed.measure(entry, mv, proj, height)
        return detail_for(entry, footprint, px_per_unit, camera_inside if inside is None else inside, self.lod_error_px)

    @property
    def last_draw(self) -> dict:
        """What the last `draw` used, for callers that frame or hit-test its picture: "view" and
        "proj" (4x4), "viewport" (w, h), "items" [(item id, item -> world matrix, (lo, hi) bounds
        in the item's frame as drawn, triangles)], "helpers". Empty before the first draw."""
        return self._last

    # -- picking (CPU, no GL needed) -------------------------------------------------------------
    def pick(self, x: float, y: float) -> PickHit | None:
        """The nearest item under pixel (x = column, y = row from the top) of the last draw."""
        return pick(self._last, x, y)

    def pick_gizmo(self, x: float, y: float, tolerance_px: float = 8.0) -> str | None:
        """Which gizmo handle ("x", "y", "z") of the last draw is within tolerance of the pixel."""
        return pick_gizmo(self._last, x, y, tolerance_px)

    # -- lifetime -------------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Files still loading in the background, and entries the last draw left for the next one
        (its upload budget was spent): schedule another draw while this is non-zero."""
        return len(self.cache.pending) + self.cache.deferred

    def live_objects(self) -> Counter:
        """Live GL objects by kind, as the renderer's ledger counts them."""
        return self.objects.counts()

    def release(self) -> None:
        """Delete every GL object this renderer made (its context must be current)."""
        self.cache.clear()
        self.objects.delete_all()
        self.programs.forget()
        self.background.forget()
        self._last = {}
