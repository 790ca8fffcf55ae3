"""Thumbnails of mesh files: framed, lit, on a transparent background.

In a process that has a GL context current: `mesh_thumbnail(path, 256)`. From the Qt app (which
must not touch PyOpenGL's platform) run it as a process of its own:

    python -m museum_ar.render.thumbnail MESH.glb OUT.png [--size 256]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np


def mesh_thumbnail(path: str | Path, size: int = 256, yaw_deg: float = 30.0, pitch_deg: float = 20.0) -> np.ndarray:
    """size x size x 4 RGBA uint8 (row 0 = top) of the mesh, framed to fill the picture.
    Needs a current GL context; raises ContentError naming the file if it cannot be read."""
    from OpenGL import GL

    from ..core.errors import ContentError
    from .camera import depth_range, framing, perspective
    from .gl_util import OffscreenTarget
    from .gpu_cache import _capture, _decode
    from .renderer import Renderer
    from .scene import DrawItem

    decoded, error = _capture(_decode, "mesh", str(path))
    if error is not None:
        raise error
    bounds = decoded.bounds
    renderer = Renderer()
    _target = OffscreenTarget(size, size, renderer.objects)  # makes the GL context current; kept alive while drawing
    try:
        fov = 30.0
        view = framing(bounds, fov, yaw_deg, pitch_deg, margin=1.02)
        item = DrawItem("thumb", "mesh", np.eye(4), asset=Path(path))
        renderer.draw(None, view, perspective(fov, 1.0, *depth_range(bounds, view)), [item], clear_colour=(0, 0, 0, 0))
        if renderer.problems:
            raise ContentError(renderer.problems["thumb"], path=path)
        GL.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1)
        data = GL.glReadPixels(0, 0, size, size, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE)
        return np.frombuffer(data, dtype=np.uint8).reshape(size, size, 4)[::-1].copy()
    finally:
        renderer.release()


def main(argv: list[str] | None = None) -> int:
    from .headless import prepare_headless_platform

    prepare_headless_platform()  # a process of its own: before OpenGL is imported
    ap = argparse.ArgumentParser(prog="python -m museum_ar.render.thumbnail", description="PNG thumbnail of a mesh file")
    ap.add_argument("mesh", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=256)
    args = ap.parse_args(argv)
    from PIL import Image

    from ..core.errors import MuseumArError
    from .headless import HeadlessContext

    try:
        with HeadlessContext():
            rgba = mesh_thumbnail(args.mesh, max(16, min(args.size, 2048)))
    except MuseumArError as exc:
        print(f"museum-ar thumbnail: {exc}", file=sys.stderr)
        return 1
    Image.fromarray(rgba).save(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
