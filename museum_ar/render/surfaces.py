"""Drawing one part of an item (a mesh primitive, an image/video/label quad): the surface shader
variant it needs, its matrices and material, face culling."""

from __future__ import annotations

import numpy as np
from OpenGL import GL

from .gpu_cache import GpuPart, GpuPbr
from .placement import Placed
from .programs import Programs


def bind_pbr(programs: Programs, prog: str, pbr: GpuPbr) -> None:
    """The PBR part's factors and maps (units 1-4; the base colour keeps unit 0)."""
    GL.glUniform3f(programs.u(prog, "u_metal_rough_occl"), pbr.metallic, pbr.roughness, 1.0 if pbr.occlusion else 0.0)
    GL.glUniform3f(programs.u(prog, "u_emissive"), *pbr.emissive)
    GL.glUniform3f(programs.u(prog, "u_maps"), float(bool(pbr.metallic_roughness)), float(bool(pbr.normal)), float(bool(pbr.emissive_map)))
    for tex, unit in ((pbr.metallic_roughness, 1), (pbr.normal, 2), (pbr.occlusion, 3), (pbr.emissive_map, 4)):
        if tex:
            GL.glActiveTexture(GL.GL_TEXTURE0 + unit)
            GL.glBindTexture(GL.GL_TEXTURE_2D, tex)
    GL.glActiveTexture(GL.GL_TEXTURE0)


def draw_part(programs: Programs, proj: np.ndarray, placed: Placed, part: GpuPart) -> None:
    it = placed.item
    alpha_test = part.alpha_test or it.opacity < 1.0
    # double-sided, but closed and seen from outside (and opaque: no back face shows through):
    # the back faces are all hidden behind front faces, so culling them changes no pixel
    cull_closed = part.closed and not placed.inside and it.opacity >= 1.0 and not part.blended
    front_only = not part.double_sided or cull_closed
    lit = (2 if placed.tiny_triangles and front_only and not alpha_test else 1) if placed.entry.lit else 0
    pbr = part.pbr if lit == 1 else None  # (tiny triangles lit per vertex: the simple rig is enough there)
    prog = programs.use_surface(bool(part.texture), lit, alpha_test, pbr is not None)
    if pbr is not None:
        bind_pbr(programs, prog, pbr)
    u = programs.u
    GL.glUniformMatrix4fv(u(prog, "u_mvp"), 1, GL.GL_FALSE, placed.mvp_gl(proj))
    GL.glUniformMatrix4fv(u(prog, "u_mv"), 1, GL.GL_FALSE, placed.mv_gl)
    GL.glUniformMatrix3fv(u(prog, "u_normal_mat"), 1, GL.GL_FALSE, placed.normal_gl)
    GL.glUniform4f(u(prog, "u_base_color"), *part.base_color)
    GL.glUniform1f(u(prog, "u_opacity"), float(it.opacity))
    if not front_only:
        GL.glDisable(GL.GL_CULL_FACE)
    else:  # glTF's single-sided material: cull back faces (a mirroring matrix flips the winding)
        GL.glEnable(GL.GL_CULL_FACE)
        GL.glFrontFace(GL.GL_CW if placed.mirrored else GL.GL_CCW)
    GL.glBindTexture(GL.GL_TEXTURE_2D, part.texture)
    GL.glBindVertexArray(part.vao)
    GL.glDrawElements(GL.GL_TRIANGLES, part.count, GL.GL_UNSIGNED_INT, None)
