"""Thin, counted wrappers over the GL objects the renderer owns, and an offscreen target.

Every buffer, texture, vertex array, program and framebuffer the renderer makes goes through a
`GLObjects` ledger, so tests can count what is alive and prove nothing leaks. Calls that PyOpenGL
would tie to its own idea of the "current context" (glVertexAttribPointer with client arrays) go
through the raw bindings: that keeps the renderer working in a Qt (GLX) context even when
PyOpenGL was set up for EGL, and the other way round.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from typing import NamedTuple

import cv2
import numpy as np
from OpenGL import GL
from OpenGL.raw.GL.VERSION.GL_2_0 import glVertexAttribPointer as _raw_attrib_pointer

from ..core.errors import MuseumArError


class RenderError(MuseumArError):
    """The renderer cannot draw as asked (shader build failed, bad asset, bad argument)."""


class GLObjects:
    """Ledger of live GL names by kind ("buffer", "texture", "vertex_array", "program", ...)."""

    def __init__(self) -> None:
        self.live: dict[str, set[int]] = {}

    def add(self, kind: str, name: int) -> int:
        self.live.setdefault(kind, set()).add(int(name))
        return int(name)

    def counts(self) -> Counter:
        return Counter({k: len(v) for k, v in self.live.items() if v})

    def buffer(self) -> int:
        return self.add("buffer", GL.glGenBuffers(1))

    def texture(self) -> int:
        return self.add("texture", GL.glGenTextures(1))

    def vertex_array(self) -> int:
        return self.add("vertex_array", GL.glGenVertexArrays(1))

    def delete(self, kind: str, name: int) -> None:
        if not name or int(name) not in self.live.get(kind, ()):
            return
        self.live[kind].discard(int(name))
        arr = np.array([name], dtype=np.uint32)
        if kind == "buffer":
            GL.glDeleteBuffers(1, arr)
        elif kind == "texture":
            GL.glDeleteTextures(1, arr)
        elif kind == "vertex_array":
            GL.glDeleteVertexArrays(1, arr)
        elif kind == "framebuffer":
            GL.glDeleteFramebuffers(1, arr)
        elif kind == "renderbuffer":
            GL.glDeleteRenderbuffers(1, arr)
        elif kind == "program":
            GL.glDeleteProgram(int(name))

    def delete_all(self) -> None:
        for kind in list(self.live):
            for name in list(self.live[kind]):
                self.delete(kind, name)


def build_program(objects: GLObjects, vertex: str, fragment: str, geometry: str | None = None) -> int:
    stages = [(GL.GL_VERTEX_SHADER, vertex), (GL.GL_FRAGMENT_SHADER, fragment)]
    if geometry:
        stages.append((GL.GL_GEOMETRY_SHADER, geometry))
    program = GL.glCreateProgram()
    shaders = []
    for stage, source in stages:
        sh = GL.glCreateShader(stage)
        GL.glShaderSource(sh, source)
        GL.glCompileShader(sh)
        if not GL.glGetShaderiv(sh, GL.GL_COMPILE_STATUS):
            log = GL.glGetShaderInfoLog(sh).decode(errors="replace")
            raise RenderError(f"shader does not compile: {log}")
        GL.glAttachShader(program, sh)
        shaders.append(sh)
    GL.glLinkProgram(program)
    for sh in shaders:
        GL.glDetachShader(program, sh)
        GL.glDeleteShader(sh)
    if not GL.glGetProgramiv(program, GL.GL_LINK_STATUS):
        raise RenderError(f"shader program does not link: {GL.glGetProgramInfoLog(program).decode(errors='replace')}")
    return objects.add("program", program)


def attrib(index: int, size: int, stride: int, offset: int) -> None:
    """Describe a float attribute of the bound ARRAY_BUFFER (raw call: no per-context bookkeeping)."""
    GL.glEnableVertexAttribArray(index)
    _raw_attrib_pointer(index, size, GL.GL_FLOAT, GL.GL_FALSE, stride, ctypes.c_void_p(offset))


def _rgba(image: np.ndarray, bgr: bool) -> np.ndarray:
    """The image as contiguous HxWx4 RGBA bytes. Software GL (Mesa) stores RGBA8 textures in this
    byte order, so uploading it is a plain copy; handing it BGR or RGB makes Mesa convert pixel by
    pixel, about 3x slower for a 1280x720 camera frame than OpenCV's SIMD conversion plus the copy."""
    img = np.asarray(image)
    if img.dtype != np.uint8:
        img = img.astype(np.uint8)
    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2RGBA)
    channels = img.shape[2] if img.ndim == 3 else 0
    if channels not in (3, 4):
        raise RenderError(f"an image needs 1, 3 or 4 channels, got shape {img.shape}")
    if channels == 4 and not bgr:
        return np.ascontiguousarray(img)
    code = {(3, True): cv2.COLOR_BGR2RGBA, (3, False): cv2.COLOR_RGB2RGBA, (4, True): cv2.COLOR_BGRA2RGBA}[(channels, bgr)]
    return cv2.cvtColor(np.ascontiguousarray(img), code)


class PreparedTexture(NamedTuple):
    """An image made ready for upload, off the GL thread if wanted: RGBA level 0 and, when
    mipmapped, every smaller level (see prepare_texture)."""

    levels: list[np.ndarray]


def prepare_texture(image: np.ndarray, *, bgr: bool = False, mipmaps: bool = True) -> PreparedTexture:
    """The CPU half of upload_texture: RGBA bytes and a box-filtered mip chain (no GL; safe in a
    worker thread, so the GL thread only copies)."""
    img = _rgba(image, bgr)
    return PreparedTexture([img, *mip_levels(img)] if mipmaps else [img])


def upload_texture(objects: GLObjects, image: np.ndarray | PreparedTexture, *, bgr: bool = False, mipmaps: bool = True, name: int = 0, repeat: bool = False) -> int:
    """Upload an HxW (grey), HxWx3 or HxWx4 uint8 image, row 0 = top, into a (new) 2D texture.
    Texture v = 0 is the image's top row; the shaders sample accordingly. repeat: the texture
    tiles outside 0..1 (glTF's default wrap, for model textures); else its edge is stretched
    (pictures, labels, the camera frame). A PreparedTexture is uploaded as prepared (bgr and
    mipmaps were given to prepare_texture).

    Mipmaps come from the CPU, not glGenerateMipmap: Mesa's software GL compiles a blit shader on
    the first glGenerateMipmap of a context, which stood the GUI thread still for 100-130 ms when
    an exhibit opened; a box filter costs a few ms even for a 2048 px texture, can run on a loader
    thread, and gives the same pictures on every driver."""
    levels = (image if isinstance(image, PreparedTexture) else prepare_texture(image, bgr=bgr, mipmaps=mipmaps)).levels
    tex = name or objects.texture()
    GL.glBindTexture(GL.GL_TEXTURE_2D, tex)
    for level, img in enumerate(levels):
        GL.glTexImage2D(GL.GL_TEXTURE_2D, level, GL.GL_RGBA8, img.shape[1], img.shape[0], 0, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, img)
    wrap = GL.GL_REPEAT if repeat else GL.GL_CLAMP_TO_EDGE
    GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_S, wrap)
    GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_T, wrap)
    GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_LINEAR)
    GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAX_LEVEL, len(levels) - 1)
    minify = GL.GL_LINEAR_MIPMAP_LINEAR if len(levels) > 1 else GL.GL_LINEAR
    GL.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, minify)
    return tex


def mip_levels(img: np.ndarray) -> list[np.ndarray]:
    """The smaller levels of an HxWx4 image down to 1x1, each a box-filtered half of the one before
    (GL's own sizes: floor(w / 2), at least 1)."""
    levels = []
    while img.shape[0] > 1 or img.shape[1] > 1:
        h, w = max(1, img.shape[0] // 2), max(1, img.shape[1] // 2)
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
        levels.append(np.ascontiguousarray(img))
    return levels


def update_texture(tex: int, image: np.ndarray, *, bgr: bool = False) -> None:
    """Replace the pixels of a texture of the same size (a video frame): no reallocation."""
    img = _rgba(image, bgr)
    GL.glBindTexture(GL.GL_TEXTURE_2D, tex)
    GL.glTexSubImage2D(GL.GL_TEXTURE_2D, 0, 0, 0, img.shape[1], img.shape[0], GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, img)


class OffscreenTarget:
    """A framebuffer with RGBA8 colour and depth+stencil, for headless drawing and readback."""

    def __init__(self, width: int, height: int, objects: GLObjects | None = None) -> None:
        if width <= 0 or height <= 0:
            raise RenderError(f"an offscreen target needs a positive size, got {width}x{height}")
        self.width, self.height = int(width), int(height)
        self.objects = objects or GLObjects()
        self.fbo = self.objects.add("framebuffer", GL.glGenFramebuffers(1))
        GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, self.fbo)
        self._rbs = []
        for fmt, att in ((GL.GL_RGBA8, GL.GL_COLOR_ATTACHMENT0), (GL.GL_DEPTH24_STENCIL8, GL.GL_DEPTH_STENCIL_ATTACHMENT)):
            rb = self.objects.add("renderbuffer", GL.glGenRenderbuffers(1))
            GL.glBindRenderbuffer(GL.GL_RENDERBUFFER, rb)
            GL.glRenderbufferStorage(GL.GL_RENDERBUFFER, fmt, self.width, self.height)
            GL.glFramebufferRenderbuffer(GL.GL_FRAMEBUFFER, att, GL.GL_RENDERBUFFER, rb)
            self._rbs.append(rb)
        status = GL.glCheckFramebufferStatus(GL.GL_FRAMEBUFFER)
        if status != GL.GL_FRAMEBUFFER_COMPLETE:
            raise RenderError(f"offscreen framebuffer incomplete (status 0x{status:x})")
        GL.glViewport(0, 0, self.width, self.height)

    def bind(self) -> None:
        GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, self.fbo)
        GL.glViewport(0, 0, self.width, self.height)

    def read_rgb(self) -> np.ndarray:
        """HxWx3 uint8 RGB, row 0 = top (image order, unlike GL's bottom-up rows)."""
        GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, self.fbo)
        GL.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1)
        data = GL.glReadPixels(0, 0, self.width, self.height, GL.GL_RGB, GL.GL_UNSIGNED_BYTE)
        return np.frombuffer(data, dtype=np.uint8).reshape(self.height, self.width, 3)[::-1].copy()

    def close(self) -> None:
        for rb in self._rbs:
            self.objects.delete("renderbuffer", rb)
        self.objects.delete("framebuffer", self.fbo)
        self._rbs, self.fbo = [], 0
