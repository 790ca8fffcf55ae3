"""A model's animation clips matched to what the desktop renderer drew of it (the sampler itself,
node tracks, skins and morph targets, is core/gltf_animation.py: the USDZ export uses it too)."""

from __future__ import annotations

from pathlib import Path

from ..core.gltf_animation import ModelAnimation, _read_glb, clip_duration
from .mesh_data import MeshData

__all__ = ["ModelAnimation", "clip_duration", "read_animation"]


def read_animation(path: str | Path, mesh: MeshData) -> ModelAnimation | None:
    """The model's clips matched to `mesh` (what load_mesh read from the same file), or None
    when the file is no GLB, has no animation, or none of its parts could be matched."""
    path = Path(path)
    if path.suffix.lower() != ".glb":
        return None
    read = _read_glb(path)
    if read is None or not read[0].get("animations"):
        return None
    try:
        anim = ModelAnimation(*read)
    except (KeyError, ValueError, IndexError, TypeError):
        return None  # what this reader does not know stays still: the rest pose is still drawn
    return anim if any(c.channels for c in anim.clips) and anim.match(mesh) else None
