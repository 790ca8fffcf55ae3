"""The camera image behind everything: one texture, updated in place while the frame's size
stays, drawn as one full-screen triangle without depth."""

from __future__ import annotations

import numpy as np
from OpenGL import GL

from .gl_util import GLObjects, RenderError, update_texture, upload_texture
from .programs import Programs


class CameraBackground:
    def __init__(self, objects: GLObjects, programs: Programs) -> None:
        self.objects, self.programs = objects, programs
        self._tex = 0
        self._shape: tuple = ()
        self._ref: np.ndarray | None = None
        self._vao = 0

    def setup(self) -> None:
        self._vao = self.objects.vertex_array()  # no attributes: the shader makes the triangle

    def draw(self, frame: np.ndarray, viewport: tuple[int, int]) -> None:
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise RenderError(f"the camera frame must be HxWx3 uint8 BGR, got {frame.shape} {frame.dtype}")
        if self._shape != frame.shape:
            self.objects.delete("texture", self._tex)
            self._tex = upload_texture(self.objects, frame, bgr=True, mipmaps=False)
            self._shape, self._ref = frame.shape, frame
        elif self._ref is not frame:
            update_texture(self._tex, frame, bgr=True)
            self._ref = frame
        GL.glDisable(GL.GL_DEPTH_TEST)
        GL.glDisable(GL.GL_BLEND)
        GL.glDepthMask(GL.GL_FALSE)
        self.programs.use("bg")
        GL.glActiveTexture(GL.GL_TEXTURE0)
        GL.glBindTexture(GL.GL_TEXTURE_2D, self._tex)
        # one texel per pixel: nearest gives the same picture as linear, for less work
        same = (frame.shape[1], frame.shape[0]) == tuple(viewport)
        flt = GL.GL_NEAREST if same else GL.GL_LINEAR
        GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, flt)
        GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, flt)
        GL.glUniform1i(self.programs.u("bg", "u_tex"), 0)
        GL.glBindVertexArray(self._vao)
        GL.glDrawArrays(GL.GL_TRIANGLES, 0, 3)
        GL.glDepthMask(GL.GL_TRUE)

    def forget(self) -> None:
        """After the GL objects were deleted: the next frame uploads its texture anew."""
        self._tex, self._shape, self._ref = 0, (), None
