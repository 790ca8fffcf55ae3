"""The selection outline: a 3 px orange ring around the selected items' silhouettes, drawn with
the stencil (value 1 marks an item's own pixels; the ring, the same triangles pushed outward in
the vertex shader, is drawn only outside the mark). Opaque items mark their pixels while the main
pass draws them (`start_marking`), which saves a pass over their triangles."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import numpy as np
from OpenGL import GL

from .gpu_cache import Entry, GpuPart
from .placement import gl_matrix
from .programs import Programs
from .scene import DrawItem

SELECTION_COLOUR = (1.0, 0.62, 0.05, 1.0)
OUTLINE_ERROR_PX = 1.0  # the selection ring is 3 px wide: its outer edge may stray this much

Outlined = tuple[DrawItem, Entry, list[GpuPart]]


def silhouette_parts(entry: Entry, px_per_unit: float) -> list[GpuPart]:
    """The outline needs a silhouette, not detail: the coarsest version within a pixel."""
    return [p.coarsest_within(OUTLINE_ERROR_PX / px_per_unit, 0) for p in entry.parts]


def start_marking() -> None:
    """Until the stencil test is disabled, drawn pixels are marked as the outline's pass 1 would
    mark them (hidden ones too)."""
    GL.glEnable(GL.GL_STENCIL_TEST)
    GL.glStencilFunc(GL.GL_ALWAYS, 1, 0xFF)
    GL.glStencilOp(GL.GL_KEEP, GL.GL_REPLACE, GL.GL_REPLACE)


def draw_outline(programs: Programs, outlined: Sequence[Outlined], view: np.ndarray, proj: np.ndarray, viewport: tuple[int, int], premarked: AbstractSet[str] = frozenset()) -> None:
    GL.glEnable(GL.GL_STENCIL_TEST)
    GL.glDisable(GL.GL_DEPTH_TEST)
    # 1: mark the selected items' own pixels in the stencil
    GL.glColorMask(GL.GL_FALSE, GL.GL_FALSE, GL.GL_FALSE, GL.GL_FALSE)
    GL.glStencilFunc(GL.GL_ALWAYS, 1, 0xFF)
    GL.glStencilOp(GL.GL_KEEP, GL.GL_KEEP, GL.GL_REPLACE)
    # (opaque items were marked while drawn: one pass over their triangles saved)
    _outline_pass(programs, [o for o in outlined if o[0].id not in premarked], view, proj, viewport, 0.0)
    # 2: the same, pushed outward by a few pixels, only outside the mark
    GL.glColorMask(GL.GL_TRUE, GL.GL_TRUE, GL.GL_TRUE, GL.GL_TRUE)
    GL.glStencilFunc(GL.GL_NOTEQUAL, 1, 0xFF)
    GL.glStencilOp(GL.GL_KEEP, GL.GL_KEEP, GL.GL_KEEP)
    _outline_pass(programs, outlined, view, proj, viewport, 3.0)
    GL.glDisable(GL.GL_STENCIL_TEST)
    GL.glDisable(GL.GL_CULL_FACE)
    GL.glEnable(GL.GL_DEPTH_TEST)


def _outline_pass(programs: Programs, outlined: Sequence[Outlined], view: np.ndarray, proj: np.ndarray, viewport: tuple[int, int], px: float) -> None:
    programs.use("outline")
    GL.glUniform2f(programs.u("outline", "u_viewport"), float(viewport[0]), float(viewport[1]))
    GL.glUniform1f(programs.u("outline", "u_px"), px)
    GL.glUniform4f(programs.u("outline", "u_color"), *SELECTION_COLOUR)
    for it, entry, parts in outlined:
        mv = view @ it.matrix
        mirrored = np.linalg.det(mv[:3, :3]) < 0
        mvp = proj @ mv
        centre = mvp @ np.append(entry.bounds.mean(axis=0), 1.0)
        GL.glUniformMatrix4fv(programs.u("outline", "u_mvp"), 1, GL.GL_FALSE, gl_matrix(mvp))
        GL.glUniform4f(programs.u("outline", "u_center_clip"), *centre)
        for part in parts:
            if part.double_sided:  # single-sided: the front faces give the same silhouette
                GL.glDisable(GL.GL_CULL_FACE)
            else:
                GL.glEnable(GL.GL_CULL_FACE)
                GL.glFrontFace(GL.GL_CW if mirrored else GL.GL_CCW)
            GL.glBindVertexArray(part.vao)
            GL.glDrawElements(GL.GL_TRIANGLES, part.count, GL.GL_UNSIGNED_INT, None)
