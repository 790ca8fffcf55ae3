"""The AR renderer: camera image behind, exhibit items in front, placement helpers on top.

Draws into whatever framebuffer and GL context are current (a QOpenGLWidget's in paintGL, an
`OffscreenTarget` headless). Call every method with the same context current; `release()` frees
all GL objects (call it before the context goes away, e.g. from the widget's aboutToBeDestroyed).
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

import numpy as np
from OpenGL import GL

from . import shaders
from .geometry import AXIS_COLOURS, gizmo_segments, ground_grid, marker_outline, pixel_ray, project_points, ray_aabb, ray_triangles, segment_pixel_distance
from .gl_util import GLObjects, RenderError, attrib, build_program, update_texture, upload_texture
from .gpu_cache import UPLOAD_BUDGET_S, Entry, GpuCache, GpuPart
from .scene import DrawItem, Helpers

SELECTION_COLOUR = (1.0, 0.62, 0.05, 1.0)
ACTIVE_HANDLE_COLOUR = (1.0, 0.95, 0.3, 1.0)
# Items whose triangles average at most this many pixels of footprint (back faces included, so
# about twice that per visible triangle) are lit per vertex: within a triangle of a few pixels the
# normal hardly turns, and software GL saves most of the per-pixel lighting.
VERTEX_LIGHTING_PX = 3.0
# Level of detail: a coarser version of a mesh is drawn when its surface lies within LOD_ERROR_PX
# of the full one on screen (the shape looks the same), and only while it keeps at least one
# triangle per LOD_MAX_PX_PER_TRIANGLE pixels of footprint (back faces included): colours and
# normals live at the vertices, so a flat but finely painted scan keeps its detail too.
LOD_ERROR_PX = 0.5
LOD_MAX_PX_PER_TRIANGLE = 8.0
OUTLINE_ERROR_PX = 1.0  # the selection ring is 3 px wide: its outer edge may stray this much


@dataclass
class PickHit:
    item_id: str
    distance: float  # along the ray, world units
    point: np.ndarray  # world coordinates of the hit


STAND_IN_SCALE = 0.25  # a loading/placeholder label: 2.5 cm lines (LINE_UNITS 0.1 m unscaled)


def _surface_name(textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
    return f"surface_t{int(textured)}_l{int(lit)}_a{int(alpha_test)}_p{int(pbr)}"


# texture units of a PBR part's maps (the base colour is unit 0)
PBR_UNITS = {"u_mr_tex": 1, "u_normal_tex": 2, "u_occlusion_tex": 3, "u_emissive_tex": 4}


def _f32(m: np.ndarray) -> np.ndarray:
    # GL wants column-major; numpy is row-major: pass the transpose.
    return np.ascontiguousarray(np.asarray(m, dtype=np.float32).T)


# 3x3 maths on plain floats: for one small matrix per item and frame, numpy's call overhead costs
# more than the arithmetic.
def _det3(m: list) -> float:
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def _inverse_transpose3_gl(m: list) -> np.ndarray:
    """inv(m).T for GL (column-major, float32): the cofactor matrix over the determinant."""
    (a, b, c), (d, e, f), (g, h, i) = m
    cof = ((e * i - f * h, f * g - d * i, d * h - e * g), (c * h - b * i, a * i - c * g, b * g - a * h), (b * f - c * e, c * d - a * f, a * e - b * d))
    det = a * cof[0][0] + b * cof[0][1] + c * cof[0][2]
    # row-major cof / det is inv(m).T; GL reads columns, so hand over its transpose's rows
    return np.array([[cof[r][col] / det for r in range(3)] for col in range(3)], dtype=np.float32)


class _Placed:
    """One drawn item's placement in this frame, worked out once and shared by all its parts."""

    __slots__ = ("_mv_gl", "_normal_gl", "depth", "entry", "footprint_px", "inside", "item", "mv", "px_per_unit", "tiny_triangles")

    def __init__(self, item: DrawItem, entry: Entry, mv: np.ndarray, depth: float, inside: bool, footprint_px: float, px_per_unit: float) -> None:
        self.item, self.entry, self.mv = item, entry, mv
        self.depth, self.inside, self.footprint_px, self.px_per_unit = depth, inside, footprint_px, px_per_unit
        self.tiny_triangles = False
        self._mv_gl: np.ndarray | None = None
        self._normal_gl: np.ndarray | None = None

    @classmethod
    def of(cls, item: DrawItem, entry: Entry, view: np.ndarray, proj: np.ndarray, height: int) -> _Placed:
        mv = view @ item.matrix
        return cls(item, entry, mv, *cls.measure(entry, mv, proj, height))

    @staticmethod
    def measure(entry: Entry, mv: np.ndarray, proj: np.ndarray, height: int) -> tuple[float, bool, float, float]:
        """Depth of the item's centre; whether the camera may be at or inside its bounding sphere
        (or it is behind); about how many pixels it covers (its largest side as a disc); how many
        pixels one unit of the item's own frame spans at its nearest point, at most."""
        c = entry.centre
        depth = -float(mv[2, 0] * c[0] + mv[2, 1] * c[1] + mv[2, 2] * c[2] + mv[2, 3])
        scale = math.sqrt(float((mv[:3, :3] ** 2).sum(axis=0).max()))  # largest axis scale
        inside = depth <= entry.radius * scale * 1.05
        focal_px = float(proj[1, 1]) * height / 2
        radius_px = entry.half_side * scale * focal_px / max(depth, 1e-9)
        nearest = max(depth - entry.radius * scale, 1e-9)
        return depth, inside, math.pi * radius_px**2, scale * focal_px / nearest

    @property
    def mirrored(self) -> bool:
        return _det3(self.mv[:3, :3].tolist()) < 0

    @property
    def mv_gl(self) -> np.ndarray:
        if self._mv_gl is None:
            self._mv_gl = _f32(self.mv)
        return self._mv_gl

    @property
    def normal_gl(self) -> np.ndarray:
        """The inverse transpose of the model-view's 3x3, column-major (normals stay at right angles
        to surfaces under non-uniform scale)."""
        if self._normal_gl is None:
            self._normal_gl = _inverse_transpose3_gl(self.mv[:3, :3].tolist())
        return self._normal_gl

    def mvp_gl(self, proj: np.ndarray) -> np.ndarray:
        return _f32(proj @ self.mv)


class Renderer:
    def __init__(self, background_loading: bool = False) -> None:
        """background_loading: read and simplify mesh and image files in a worker thread, showing
        a "loading" label meanwhile, so the GUI never freezes on a big file; draw again while
        `pending` is non-zero. Off: the first draw that needs a file loads it (tests, thumbnails)."""
        self.objects = GLObjects()
        self.cache = GpuCache(self.objects, background_loading)
        self._programs: dict[str, int] = {}
        self._uniforms: dict[tuple[str, str], int] = {}
        self._bg_tex = 0
        self._bg_shape: tuple = ()
        self._bg_ref: np.ndarray | None = None
        self._empty_vao = 0
        self._line_vao = self._line_vbo = 0
        self._last: dict = {}
        self._current_program = 0
        self._frame_programs: set[str] = set()
        self._up_eye = (0.0, 1.0, 0.0)
        self.problems: dict[str, str] = {}  # item id -> why its asset is shown as a placeholder
        # Level of detail: a dense mesh is drawn from a coarser version (mesh_data.detail_levels)
        # when that one's surface lies within this many pixels of the full one on screen. 0 =
        # always full detail.
        self.lod_error_px = LOD_ERROR_PX

    # -- setup ----------------------------------------------------------------------------------
    def _ensure_programs(self) -> None:
        if self._programs:
            return
        self._programs = {
            "bg": build_program(self.objects, shaders.BACKGROUND_VS, shaders.BACKGROUND_FS),
            **{_surface_name(*v): build_program(self.objects, shaders.surface_vs(*v), shaders.surface_fs(*v)) for v in shaders.SURFACE_VARIANTS},
            "outline": build_program(self.objects, shaders.OUTLINE_VS, shaders.FLAT_FS),
            "lines": build_program(self.objects, shaders.LINES_VS, shaders.LINES_FS, shaders.LINES_GS),
        }
        self._empty_vao = self.objects.vertex_array()
        self._line_vao = self.objects.vertex_array()
        self._line_vbo = self.objects.buffer()
        GL.glBindVertexArray(self._line_vao)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._line_vbo)
        attrib(0, 3, 28, 0)
        attrib(1, 4, 28, 12)
        GL.glBindVertexArray(0)

    def _use(self, name: str) -> int:
        prog = self._programs[name]
        if prog != self._current_program:  # switching programs costs; drawing the same one twice does not
            GL.glUseProgram(prog)
            self._current_program = prog
        return prog

    def _use_surface(self, textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
        """Use the surface shader variant; its per-frame uniforms are set on its first use in a frame."""
        name = _surface_name(textured, lit, alpha_test, pbr)
        self._use(name)
        if name not in self._frame_programs:
            self._frame_programs.add(name)
            GL.glUniform3f(self._u(name, "u_up_eye"), *self._up_eye)
            GL.glUniform1i(self._u(name, "u_tex"), 0)
            if pbr:
                for sampler, unit in PBR_UNITS.items():
                    GL.glUniform1i(self._u(name, sampler), unit)
        return name

    def _bind_pbr(self, prog: str, pbr) -> None:
        """The PBR part's factors and maps (units 1-4; the base colour keeps unit 0)."""
        GL.glUniform3f(self._u(prog, "u_metal_rough_occl"), pbr.metallic, pbr.roughness, 1.0 if pbr.occlusion else 0.0)
        GL.glUniform3f(self._u(prog, "u_emissive"), *pbr.emissive)
        GL.glUniform3f(self._u(prog, "u_maps"), float(bool(pbr.metallic_roughness)), float(bool(pbr.normal)), float(bool(pbr.emissive_map)))
        for tex, unit in ((pbr.metallic_roughness, 1), (pbr.normal, 2), (pbr.occlusion, 3), (pbr.emissive_map, 4)):
            if tex:
                GL.glActiveTexture(GL.GL_TEXTURE0 + unit)
                GL.glBindTexture(GL.GL_TEXTURE_2D, tex)
        GL.glActiveTexture(GL.GL_TEXTURE0)

    def _u(self, prog_name: str, uniform: str) -> int:
        key = (prog_name, uniform)
        loc = self._uniforms.get(key)
        if loc is None:
            loc = self._uniforms[key] = GL.glGetUniformLocation(self._programs[prog_name], uniform)
        return loc

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
        self._current_program = 0  # the host (Qt) may have used programs of its own since the last frame
        self._frame_programs = set()
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
            self._draw_background(frame_bgr, viewport)
        GL.glEnable(GL.GL_BLEND)
        GL.glBlendFunc(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)
        GL.glEnable(GL.GL_DEPTH_TEST)
        GL.glDepthFunc(GL.GL_LEQUAL)
        helpers = helpers or Helpers()
        self._draw_ground_helpers(helpers, proj @ view, viewport)
        GL.glDisable(GL.GL_BLEND)  # opaque parts: no read-modify-write per pixel

        drawn = self._gather(items)
        opaque: list[tuple[_Placed, GpuPart]] = []
        blended: list[tuple[_Placed, GpuPart]] = []
        premarked = set()  # selected items whose silhouette the main pass writes into the stencil
        up_eye = view[:3, :3] @ np.array([0.0, 1.0, 0.0])
        self._up_eye = tuple(up_eye / max(np.linalg.norm(up_eye), 1e-12))
        GL.glActiveTexture(GL.GL_TEXTURE0)
        placements = {}
        for it, entry in drawn:
            placed = placements[it.id] = _Placed.of(it, entry, view, proj, height)
            parts = self._detail_for(entry, placed.footprint_px, placed.px_per_unit, placed.inside)
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
                GL.glEnable(GL.GL_STENCIL_TEST)
                GL.glStencilFunc(GL.GL_ALWAYS, 1, 0xFF)
                GL.glStencilOp(GL.GL_KEEP, GL.GL_REPLACE, GL.GL_REPLACE)
            self._draw_part(proj, placed, part)
            if marked:
                GL.glDisable(GL.GL_STENCIL_TEST)
        GL.glDepthMask(GL.GL_FALSE)
        GL.glEnable(GL.GL_BLEND)
        for placed, part in sorted(blended, key=lambda b: -b[0].depth):  # far to near
            self._draw_part(proj, placed, part)
        GL.glDepthMask(GL.GL_TRUE)

        # the outline needs a silhouette, not detail: the coarsest version within a pixel
        outlined = [(it, e, [p.coarsest_within(OUTLINE_ERROR_PX / placements[it.id].px_per_unit, 0) for p in e.parts]) for it, e in drawn if it.id in selected]
        if outlined:
            self._draw_outline(outlined, view, proj, viewport, premarked)
        if helpers.gizmo:
            self._draw_gizmo(helpers, proj @ view, viewport)

        GL.glDisable(GL.GL_DEPTH_TEST)
        GL.glDisable(GL.GL_BLEND)
        GL.glDisable(GL.GL_CULL_FACE)
        GL.glFrontFace(GL.GL_CCW)
        GL.glBindVertexArray(0)
        GL.glUseProgram(0)
        self._current_program = 0
        self.cache.end_frame()
        self._last = {"view": view, "proj": proj, "viewport": viewport, "items": [(it.id, it.matrix, e.bounds, e.triangles) for it, e in drawn], "helpers": helpers}

    def _gather(self, items: Iterable[DrawItem]) -> list[tuple[DrawItem, Entry]]:
        """The items to draw with their GPU entries (made now within the upload budget); problems
        (a placeholder, a degenerate placement) noted in `problems`."""
        drawn: list[tuple[DrawItem, Entry]] = []
        self.problems = {}
        for it in items:
            entry = self._entry_for(it)
            if entry is None:
                continue
            if entry.problem:
                self.problems[it.id] = entry.problem
            m = np.asarray(it.matrix, dtype=np.float64)
            if m.shape != (4, 4) or not math.isfinite(float(m.sum())) or abs(_det3(m[:3, :3].tolist())) < 1e-18:
                self.problems[it.id] = "its placement is degenerate (zero scale or not finite): not drawn"
                continue
            if entry.label and it.kind == "mesh":
                # a "loading" or placeholder label standing in for a model: at its own size, not
                # scaled as the model's units are (a model in millimetres scaled up made a label
                # that filled the view). A picture's scale is its printed size: kept.
                unit = m.copy()
                unit[:3, :3] = m[:3, :3] / np.linalg.norm(m[:3, :3], axis=0) * STAND_IN_SCALE
                it = dataclasses.replace(it, matrix=unit)
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

    def _draw_background(self, frame: np.ndarray, viewport: tuple[int, int]) -> None:
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise RenderError(f"the camera frame must be HxWx3 uint8 BGR, got {frame.shape} {frame.dtype}")
        if self._bg_shape != frame.shape:
            self.objects.delete("texture", self._bg_tex)
            self._bg_tex = upload_texture(self.objects, frame, bgr=True, mipmaps=False)
            self._bg_shape, self._bg_ref = frame.shape, frame
        elif self._bg_ref is not frame:
            update_texture(self._bg_tex, frame, bgr=True)
            self._bg_ref = frame
        GL.glDisable(GL.GL_DEPTH_TEST)
        GL.glDisable(GL.GL_BLEND)
        GL.glDepthMask(GL.GL_FALSE)
        self._use("bg")
        GL.glActiveTexture(GL.GL_TEXTURE0)
        GL.glBindTexture(GL.GL_TEXTURE_2D, self._bg_tex)
        # one texel per pixel: nearest gives the same picture as linear, for less work
        same = (frame.shape[1], frame.shape[0]) == tuple(viewport)
        flt = GL.GL_NEAREST if same else GL.GL_LINEAR
        GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, flt)
        GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, flt)
        GL.glUniform1i(self._u("bg", "u_tex"), 0)
        GL.glBindVertexArray(self._empty_vao)
        GL.glDrawArrays(GL.GL_TRIANGLES, 0, 3)
        GL.glDepthMask(GL.GL_TRUE)

    def _draw_part(self, proj: np.ndarray, placed: _Placed, part) -> None:
        it = placed.item
        alpha_test = part.alpha_test or it.opacity < 1.0
        # double-sided, but closed and seen from outside (and opaque: no back face shows through):
        # the back faces are all hidden behind front faces, so culling them changes no pixel
        cull_closed = part.closed and not placed.inside and it.opacity >= 1.0 and not part.blended
        front_only = not part.double_sided or cull_closed
        lit = (2 if placed.tiny_triangles and front_only and not alpha_test else 1) if placed.entry.lit else 0
        pbr = part.pbr if lit == 1 else None  # (tiny triangles lit per vertex: the simple rig is enough there)
        prog = self._use_surface(bool(part.texture), lit, alpha_test, pbr is not None)
        if pbr is not None:
            self._bind_pbr(prog, pbr)
        GL.glUniformMatrix4fv(self._u(prog, "u_mvp"), 1, GL.GL_FALSE, placed.mvp_gl(proj))
        GL.glUniformMatrix4fv(self._u(prog, "u_mv"), 1, GL.GL_FALSE, placed.mv_gl)
        GL.glUniformMatrix3fv(self._u(prog, "u_normal_mat"), 1, GL.GL_FALSE, placed.normal_gl)
        GL.glUniform4f(self._u(prog, "u_base_color"), *part.base_color)
        GL.glUniform1f(self._u(prog, "u_opacity"), float(it.opacity))
        if not front_only:
            GL.glDisable(GL.GL_CULL_FACE)
        else:  # glTF's single-sided material: cull back faces (a mirroring matrix flips the winding)
            GL.glEnable(GL.GL_CULL_FACE)
            GL.glFrontFace(GL.GL_CW if placed.mirrored else GL.GL_CCW)
        GL.glBindTexture(GL.GL_TEXTURE_2D, part.texture)
        GL.glBindVertexArray(part.vao)
        GL.glDrawElements(GL.GL_TRIANGLES, part.count, GL.GL_UNSIGNED_INT, None)

    @staticmethod
    def _camera_inside(entry: Entry, mv: np.ndarray) -> bool:
        """True if the camera may be at or inside the item's bounding sphere (or it is behind)."""
        return _Placed.measure(entry, mv, np.eye(4), 1)[1]

    @staticmethod
    def _footprint_px(entry: Entry, mv: np.ndarray, proj: np.ndarray, height: int) -> float:
        """About how many pixels the item covers (its bounding box's largest side as a disc)."""
        return _Placed.measure(entry, mv, proj, height)[2]

    def _detail(self, entry: Entry, mv: np.ndarray, proj: np.ndarray, height: int, inside: bool | None = None) -> list:
        """The parts to draw: coarser versions when the item covers few pixels."""
        _, camera_inside, footprint, px_per_unit = _Placed.measure(entry, mv, proj, height)
        return self._detail_for(entry, footprint, px_per_unit, camera_inside if inside is None else inside)

    def _detail_for(self, entry: Entry, footprint_px: float, px_per_unit: float, inside: bool) -> list:
        if self.lod_error_px <= 0 or inside or not any(p.coarser for p in entry.parts):
            return entry.parts  # full detail asked for, or the camera is at or inside it
        max_error = self.lod_error_px / px_per_unit
        total = sum(p.count for p in entry.parts) / 3
        floor = footprint_px / LOD_MAX_PX_PER_TRIANGLE
        return [p.coarsest_within(max_error, floor * (p.count / 3) / total) for p in entry.parts]

    def _draw_outline(self, outlined, view, proj, viewport, premarked: AbstractSet[str] = frozenset()) -> None:
        GL.glEnable(GL.GL_STENCIL_TEST)
        GL.glDisable(GL.GL_DEPTH_TEST)
        # 1: mark the selected items' own pixels in the stencil
        GL.glColorMask(GL.GL_FALSE, GL.GL_FALSE, GL.GL_FALSE, GL.GL_FALSE)
        GL.glStencilFunc(GL.GL_ALWAYS, 1, 0xFF)
        GL.glStencilOp(GL.GL_KEEP, GL.GL_KEEP, GL.GL_REPLACE)
        # (opaque items were marked while drawn: one pass over their triangles saved)
        self._outline_pass([o for o in outlined if o[0].id not in premarked], view, proj, viewport, 0.0)
        # 2: the same, pushed outward by a few pixels, only outside the mark
        GL.glColorMask(GL.GL_TRUE, GL.GL_TRUE, GL.GL_TRUE, GL.GL_TRUE)
        GL.glStencilFunc(GL.GL_NOTEQUAL, 1, 0xFF)
        GL.glStencilOp(GL.GL_KEEP, GL.GL_KEEP, GL.GL_KEEP)
        self._outline_pass(outlined, view, proj, viewport, 3.0)
        GL.glDisable(GL.GL_STENCIL_TEST)
        GL.glDisable(GL.GL_CULL_FACE)
        GL.glEnable(GL.GL_DEPTH_TEST)

    def _outline_pass(self, outlined, view, proj, viewport, px: float) -> None:
        self._use("outline")
        GL.glUniform2f(self._u("outline", "u_viewport"), float(viewport[0]), float(viewport[1]))
        GL.glUniform1f(self._u("outline", "u_px"), px)
        GL.glUniform4f(self._u("outline", "u_color"), *SELECTION_COLOUR)
        for it, entry, parts in outlined:
            mv = view @ it.matrix
            mirrored = np.linalg.det(mv[:3, :3]) < 0
            mvp = proj @ mv
            centre = mvp @ np.append(entry.bounds.mean(axis=0), 1.0)
            GL.glUniformMatrix4fv(self._u("outline", "u_mvp"), 1, GL.GL_FALSE, _f32(mvp))
            GL.glUniform4f(self._u("outline", "u_center_clip"), *centre)
            for part in parts:
                if part.double_sided:  # single-sided: the front faces give the same silhouette
                    GL.glDisable(GL.GL_CULL_FACE)
                else:
                    GL.glEnable(GL.GL_CULL_FACE)
                    GL.glFrontFace(GL.GL_CW if mirrored else GL.GL_CCW)
                GL.glBindVertexArray(part.vao)
                GL.glDrawElements(GL.GL_TRIANGLES, part.count, GL.GL_UNSIGNED_INT, None)

    def _draw_lines(self, segments: np.ndarray, colours: np.ndarray, mvp: np.ndarray, viewport, width_px: float) -> None:
        if len(segments) == 0:
            return
        data = np.hstack([np.asarray(segments, dtype=np.float32).reshape(-1, 3), np.repeat(np.asarray(colours, dtype=np.float32), 2, axis=0)])
        data = np.ascontiguousarray(data, dtype=np.float32)
        self._use("lines")
        GL.glUniformMatrix4fv(self._u("lines", "u_mvp"), 1, GL.GL_FALSE, _f32(mvp))
        GL.glUniform2f(self._u("lines", "u_viewport"), float(viewport[0]), float(viewport[1]))
        GL.glUniform1f(self._u("lines", "u_width"), float(width_px))
        GL.glBindVertexArray(self._line_vao)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._line_vbo)
        GL.glBufferData(GL.GL_ARRAY_BUFFER, data.nbytes, data, GL.GL_STREAM_DRAW)
        GL.glDrawArrays(GL.GL_LINES, 0, len(data))

    def _draw_ground_helpers(self, helpers: Helpers, view_proj, viewport) -> None:
        GL.glDepthMask(GL.GL_FALSE)
        if helpers.grid:
            self._draw_lines(*ground_grid(helpers.grid_size_m, helpers.grid_step_m), view_proj, viewport, max(1.0, helpers.line_px / 2))
        if helpers.marker_edge_m:
            self._draw_lines(*marker_outline(helpers.marker_edge_m), view_proj, viewport, helpers.line_px)
        GL.glDepthMask(GL.GL_TRUE)

    def _draw_gizmo(self, helpers: Helpers, view_proj, viewport) -> None:
        mode = helpers.gizmo
        if not mode:  # (draw() asks only when there is one)
            return
        GL.glDisable(GL.GL_DEPTH_TEST)  # the gizmo is always on top
        segs, cols = [], []
        for name, s in gizmo_segments(mode, helpers.gizmo_size).items():
            segs.append(s)
            cols.append(np.tile(ACTIVE_HANDLE_COLOUR if name == helpers.gizmo_active else AXIS_COLOURS[name], (len(s), 1)))
        self._draw_lines(np.concatenate(segs), np.concatenate(cols), view_proj @ helpers.gizmo_matrix, viewport, helpers.line_px * 1.5)
        GL.glEnable(GL.GL_DEPTH_TEST)

    @property
    def last_draw(self) -> dict:
        """What the last `draw` used, for callers that frame or hit-test its picture: "view" and
        "proj" (4x4), "viewport" (w, h), "items" [(item id, item -> world matrix, (lo, hi) bounds
        in the item's frame as drawn, triangles)], "helpers". Empty before the first draw."""
        return self._last

    # -- picking (CPU, no GL needed) -------------------------------------------------------------
    def pick(self, x: float, y: float) -> PickHit | None:
        """The nearest item under pixel (x = column, y = row from the top) of the last draw."""
        if not self._last:
            return None
        w, h = self._last["viewport"]
        origin, direction = pixel_ray(x, y, self._last["proj"] @ self._last["view"], w, h)
        best = None
        for item_id, matrix, bounds, tris in self._last["items"]:
            inv = np.linalg.inv(matrix)
            o = inv[:3, :3] @ origin + inv[:3, 3]
            d = inv[:3, :3] @ direction  # not normalised: t stays in world units
            if ray_aabb(o, d, bounds[0], bounds[1]) is None:
                continue
            t = ray_triangles(o, d, tris)
            if t is not None and (best is None or t < best.distance):
                best = PickHit(item_id, t, origin + direction * t)
        return best

    def pick_gizmo(self, x: float, y: float, tolerance_px: float = 8.0) -> str | None:
        """Which gizmo handle ("x", "y", "z") of the last draw is within tolerance of the pixel."""
        helpers = self._last.get("helpers")
        if not helpers or not helpers.gizmo:
            return None
        w, h = self._last["viewport"]
        mvp = self._last["proj"] @ self._last["view"] @ helpers.gizmo_matrix
        best, best_d = None, tolerance_px
        for name, segs in gizmo_segments(helpers.gizmo, helpers.gizmo_size).items():
            s2d = project_points(segs.reshape(-1, 3), mvp, w, h).reshape(-1, 2, 2)
            d = segment_pixel_distance(np.array([x, y], dtype=float), s2d)
            if d <= best_d:
                best, best_d = name, d
        return best

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
        self._programs, self._uniforms = {}, {}
        self._current_program = 0
        self._bg_tex, self._bg_shape, self._bg_ref = 0, (), None
        self._last = {}
