"""The AR preview's frame: the camera picture letterboxed (its aspect ratio kept) inside the view,
the exhibit drawn over it. One function for the preview (qt/preview_dock.py) and for the warm-up's
preview scenes (warm_up.py), so that the warm-up draws with the very same states: llvmpipe compiles
code per drawing state, and the scissored clear and the picture's filter (nearest when the capture
thread shrank it to one texel per pixel, linear otherwise) are states of their own, which the GUI
thread compiled at the preview's first frames (up to 4 programs, 30-50 ms each, cold cache)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from OpenGL import GL

from .scene import DrawItem

BORDER_COLOUR = (0.1, 0.1, 0.11, 1.0)  # around the picture


def letterbox(picture_wh: tuple[int, int], target_wh: tuple[int, int]) -> tuple[int, int, int, int]:
    """(x, y, w, h) of the picture in a target of target_wh pixels, y from the bottom (GL): as
    large as fits, centred. int() as capture.shrink_for_display sizes the picture it shrinks."""
    (iw, ih), (w, h) = picture_wh, target_wh
    scale = min(w / iw, h / ih)
    vw, vh = max(1, int(iw * scale)), max(1, int(ih * scale))
    return (w - vw) // 2, (h - vh) // 2, vw, vh


def draw_letterboxed(renderer, picture: np.ndarray, proj: np.ndarray, items: Iterable[DrawItem], target_wh: tuple[int, int], frame_wh: tuple[int, int] | None = None, origin: tuple[int, int] = (0, 0)) -> tuple[int, int, int, int]:
    """Clear the target (w x h pixels from `origin` in the bound framebuffer) to the border
    colour, then draw the picture and the items (eye coordinates) inside the picture's box only
    (the renderer's own clear scissored to it). The box is the camera frame's (frame_wh; default:
    the picture's own size), of which the picture may be a shrunk copy. Returns the box (x, y, w,
    h), y from the bottom; leaves the viewport at the whole target."""
    x, y, vw, vh = letterbox(frame_wh or (picture.shape[1], picture.shape[0]), target_wh)
    x, y = x + origin[0], y + origin[1]
    GL.glClearColor(*BORDER_COLOUR)
    GL.glClear(GL.GL_COLOR_BUFFER_BIT)
    GL.glViewport(x, y, vw, vh)
    GL.glEnable(GL.GL_SCISSOR_TEST)
    GL.glScissor(x, y, vw, vh)
    try:
        renderer.draw(picture, np.eye(4), proj, items, viewport=(vw, vh))
    finally:
        GL.glDisable(GL.GL_SCISSOR_TEST)
        GL.glViewport(origin[0], origin[1], *target_wh)
    return x - origin[0], y - origin[1], vw, vh
