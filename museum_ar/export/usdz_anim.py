"""A model's rigid (node) animation carried into AR Quick Look: the parts that a clip moves
whole — a turning drum, a swinging pendulum, a door — get a transform sampled FPS times a second
(USD time samples on an xformOp, which AR Quick Look plays on a loop), the rest of the model stays
as it is. What moves vertices rather than nodes (skins, morph targets) is not carried: such a
model is still named as shown at rest (`usdz.still`), as before.

The parts are the USDZ writer's (usdz_mesh.read_glb_pieces: trimesh's scene, each node's rest
transform baked into its points); each is matched to the glTF primitive it came from by vertex
count and rest positions (core/gltf_animation's own rest pose), so the two readers need not agree
on an order. A part's samples are `world(t) @ world(rest)^-1`: its baked points moved as its node
moves, in the item's own frame."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.glb import is_glb, split_glb
from ..core.gltf_animation import ModelAnimation
from .usdz_mesh import MeshPiece

FPS = 30  # samples a second: smooth on a tablet, small (16 doubles a sample and moving part)
MAX_SECONDS = 60.0  # a longer clip is cut here (the file's size grows with it): the export says so
MATCH_TOLERANCE = 1e-4  # of the model's extent: rest positions as both readers compute them
STILL_TOLERANCE = 1e-9  # a node whose matrix never moves more than this is not animated


@dataclass
class RigidMotion:
    """Per moving part (index into the pieces): its transform at each sample, in the item's frame."""

    frames: int  # samples 0 .. frames - 1 at FPS
    seconds: float  # how long the chosen clips play
    tracks: dict[int, np.ndarray] = field(default_factory=dict)  # piece index -> (frames, 4, 4)
    cut: bool = False  # longer than MAX_SECONDS: cut there


def rigid_motion(glb: Path, pieces: list[MeshPiece], clip: str = "", all_clips: bool = False) -> tuple[RigidMotion | None, str]:
    """The chosen clips' motion of `pieces`, or (None, why not): no animation, skins or morph
    targets (they move vertices), or a moving primitive that no part matches."""
    data = glb.read_bytes()
    if not is_glb(data):
        return None, "not a GLB"
    doc, binary = split_glb(data)
    if not doc.get("animations"):
        return None, "no animation"
    try:
        anim = ModelAnimation(doc, binary)
    except (KeyError, ValueError, IndexError, TypeError) as e:
        return None, f"its animation cannot be read ({e})"
    clips = anim.choose(clip, all_clips)
    channels = [ch for i in clips for ch in anim.clips[i].channels]
    if any(ch.path == "weights" for ch in channels):
        return None, "morph targets"
    seconds = anim.length(clips)
    if not channels or seconds <= 0:
        return None, "no animation"
    cut = seconds > MAX_SECONDS
    seconds = min(seconds, MAX_SECONDS)
    frames = int(round(seconds * FPS)) + 1
    rest = anim.node_matrices(None)
    posed = [anim.node_matrices(min(k / FPS, seconds), clips) for k in range(frames)]
    moving = {n for n in range(len(rest)) if any(not np.allclose(p[n], rest[n], atol=STILL_TOLERANCE, rtol=0) for p in posed)}
    for joints, _ibm in anim.skins:
        if moving & {int(j) for j in joints}:
            return None, "a skin"
    motion = RigidMotion(frames, seconds, cut=cut)
    taken: set[int] = set()
    for prim in anim.primitives:
        if prim.node not in moving:
            continue
        at_rest = anim.rest_positions(prim)
        scale = max(float(np.abs(at_rest).max(initial=0.0)), 1e-9)
        k = next((k for k, p in enumerate(pieces) if k not in taken and len(p.points) == len(at_rest)
                  and np.allclose(p.points, at_rest, atol=MATCH_TOLERANCE * scale, rtol=0)), None)
        if k is None:
            return None, "a moving part the USDZ writer did not read as it is"
        taken.add(k)
        back = np.linalg.inv(rest[prim.node])
        motion.tracks[k] = np.stack([p[prim.node] @ back for p in posed])
    if not motion.tracks:
        return None, "nothing drawn moves"
    return motion, ""
