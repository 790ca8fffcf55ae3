"""The placement helpers drawn as screen-width lines: the ground grid and the marker outline
(under the items, depth-tested, not writing depth) and the gizmo (over everything)."""

from __future__ import annotations

import numpy as np
from OpenGL import GL

from .geometry import AXIS_COLOURS, gizmo_segments, ground_grid, marker_outline
from .gl_util import GLObjects, attrib
from .placement import gl_matrix
from .programs import Programs
from .scene import Helpers

ACTIVE_HANDLE_COLOUR = (1.0, 0.95, 0.3, 1.0)


class Overlays:
    def __init__(self, objects: GLObjects, programs: Programs) -> None:
        self.objects, self.programs = objects, programs
        self._vao = self._vbo = 0

    def setup(self) -> None:
        """One stream buffer of (x, y, z, r, g, b, a) vertices, two per segment."""
        self._vao = self.objects.vertex_array()
        self._vbo = self.objects.buffer()
        GL.glBindVertexArray(self._vao)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._vbo)
        attrib(0, 3, 28, 0)
        attrib(1, 4, 28, 12)
        GL.glBindVertexArray(0)

    def draw_lines(self, segments: np.ndarray, colours: np.ndarray, mvp: np.ndarray, viewport: tuple[int, int], width_px: float) -> None:
        if len(segments) == 0:
            return
        data = np.hstack([np.asarray(segments, dtype=np.float32).reshape(-1, 3), np.repeat(np.asarray(colours, dtype=np.float32), 2, axis=0)])
        data = np.ascontiguousarray(data, dtype=np.float32)
        programs = self.programs
        programs.use("lines")
        GL.glUniformMatrix4fv(programs.u("lines", "u_mvp"), 1, GL.GL_FALSE, gl_matrix(mvp))
        GL.glUniform2f(programs.u("lines", "u_viewport"), float(viewport[0]), float(viewport[1]))
        GL.glUniform1f(programs.u("lines", "u_width"), float(width_px))
        GL.glBindVertexArray(self._vao)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._vbo)
        GL.glBufferData(GL.GL_ARRAY_BUFFER, data.nbytes, data, GL.GL_STREAM_DRAW)
        GL.glDrawArrays(GL.GL_LINES, 0, len(data))

    def draw_ground_helpers(self, helpers: Helpers, view_proj: np.ndarray, viewport: tuple[int, int]) -> None:
        GL.glDepthMask(GL.GL_FALSE)
        if helpers.grid:
            self.draw_lines(*ground_grid(helpers.grid_size_m, helpers.grid_step_m), view_proj, viewport, max(1.0, helpers.line_px / 2))
        if helpers.marker_edge_m:
            self.draw_lines(*marker_outline(helpers.marker_edge_m), view_proj, viewport, helpers.line_px)
        GL.glDepthMask(GL.GL_TRUE)

    def draw_gizmo(self, helpers: Helpers, view_proj: np.ndarray, viewport: tuple[int, int]) -> None:
        mode = helpers.gizmo
        if not mode:  # (draw() asks only when there is one)
            return
        GL.glDisable(GL.GL_DEPTH_TEST)  # the gizmo is always on top
        segs, cols = [], []
        for name, s in gizmo_segments(mode, helpers.gizmo_size).items():
            segs.append(s)
            cols.append(np.tile(ACTIVE_HANDLE_COLOUR if name == helpers.gizmo_active else AXIS_COLOURS[name], (len(s), 1)))
        self.draw_lines(np.concatenate(segs), np.concatenate(cols), view_proj @ helpers.gizmo_matrix, viewport, helpers.line_px * 1.5)
        GL.glEnable(GL.GL_DEPTH_TEST)
