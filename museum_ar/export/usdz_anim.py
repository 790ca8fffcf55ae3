"""A model's animation carried into AR Quick Look, sampled FPS times a second (USD time samples,
which AR Quick Look plays on a loop):
- parts that a clip moves whole (a turning drum, a swinging door): a transform per sample;
- skinned parts (a walking fox, a flapping bird): a UsdSkel skeleton (usdz_skel.py writes it) with
  the joints' transforms per sample, the mesh in its bind pose with its joints and weights.
Morph targets are not carried: such a model is still named as shown at rest (`usdz.still`).

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
MAX_SECONDS = 60.0  # a longer clip is not carried (the file grows with it): named as still, as morph targets are
MATCH_TOLERANCE = 1e-4  # of the model's extent: rest positions as both readers compute them
STILL_TOLERANCE = 1e-9  # a node whose matrix never moves more than this is not animated


@dataclass
class Skeleton:
    """One glTF skin as UsdSkel wants it: joints ordered parents first, named by their paths."""

    paths: list[str]  # "j3", "j3/j7", ...: the joint hierarchy as UsdSkel reads it
    bind: np.ndarray  # (J, 4, 4) each joint's matrix in the item's frame at bind time (inverse bind matrices inverted)
    rest: np.ndarray  # (J, 4, 4) each joint's matrix relative to its parent joint (a root joint: to the item's frame), at rest
    local: np.ndarray  # (frames, J, 4, 4) the same at each sample
    order: np.ndarray  # glTF skin slot -> joint index here


@dataclass
class SkinnedPart:
    skeleton: int  # index into ModelMotion.skeletons
    points: np.ndarray  # (N, 3) the vertices as the file has them (bind space; glTF ignores the node's transform)
    normals: np.ndarray | None
    joint_indices: np.ndarray  # (N, 4) into the Skeleton's joints
    weights: np.ndarray  # (N, 4) summing to 1


@dataclass
class ModelMotion:
    """What a model's chosen clips move: per part moved whole (index into the pieces) its
    transform at each sample, in the item's frame; per skinned part its skin and skeleton."""

    frames: int  # samples 0 .. frames - 1 at FPS
    seconds: float  # how long the chosen clips play
    tracks: dict[int, np.ndarray] = field(default_factory=dict)  # piece index -> (frames, 4, 4)
    skeletons: list[Skeleton] = field(default_factory=list)
    skinned: dict[int, SkinnedPart] = field(default_factory=dict)  # piece index -> its skin


def model_motion(glb: Path, pieces: list[MeshPiece], clip: str = "", all_clips: bool = False) -> tuple[ModelMotion | None, str]:
    """The chosen clips' motion of `pieces`, or (None, why not): no animation, morph targets, a
    clip over MAX_SECONDS, or a moving primitive that no part matches."""
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
    if seconds > MAX_SECONDS:
        return None, f"longer than {MAX_SECONDS:.0f} s"
    frames = int(round(seconds * FPS)) + 1
    rest = anim.node_matrices(None)
    posed = [anim.node_matrices(min(k / FPS, seconds), clips) for k in range(frames)]
    moving = {n for n in range(len(rest)) if any(not np.allclose(p[n], rest[n], atol=STILL_TOLERANCE, rtol=0) for p in posed)}
    motion = ModelMotion(frames, seconds)
    skeleton_of: dict[int, int] = {}  # glTF skin -> index into motion.skeletons
    taken: set[int] = set()
    for prim in anim.primitives:
        skin = anim.doc["nodes"][prim.node].get("skin") if prim.joints is not None else None
        moved_by_skin = skin is not None and bool(moving & {int(j) for j in anim.skins[skin][0]})
        if prim.node not in moving and not moved_by_skin:
            continue
        at_rest = anim.rest_positions(prim)
        scale = max(float(np.abs(at_rest).max(initial=0.0)), 1e-9)
        k = next((k for k, p in enumerate(pieces) if k not in taken and len(p.points) == len(at_rest)
                  and np.allclose(p.points, at_rest, atol=MATCH_TOLERANCE * scale, rtol=0)), None)
        if k is None:
            return None, "a moving part the USDZ writer did not read as it is"
        taken.add(k)
        if skin is not None:
            if skin not in skeleton_of:
                skeleton_of[skin] = len(motion.skeletons)
                motion.skeletons.append(_skeleton(anim, skin, rest, posed))
            sk = motion.skeletons[skeleton_of[skin]]
            assert prim.joints is not None and prim.weights is not None
            w = prim.weights / np.maximum(prim.weights.sum(axis=1, keepdims=True), 1e-12)
            motion.skinned[k] = SkinnedPart(skeleton_of[skin], prim.positions.astype(np.float64),
                                            None if prim.normals is None else prim.normals.astype(np.float64),
                                            sk.order[prim.joints.astype(np.intp)], w)
            continue
        back = np.linalg.inv(rest[prim.node])
        motion.tracks[k] = np.stack([p[prim.node] @ back for p in posed])
    if not motion.tracks and not motion.skinned:
        return None, "nothing drawn moves"
    return motion, ""


def _skeleton(anim: ModelAnimation, skin: int, rest: list[np.ndarray], posed: list[list[np.ndarray]]) -> Skeleton:
    """A glTF skin's joints for UsdSkel: parents before children (UsdSkel's topology wants it; a
    glTF skin may list them in any order), each joint's transform relative to its nearest joint
    ancestor (its other ancestors, e.g. the placement node, folded in)."""
    skin_joints, ibm = anim.skins[skin]
    joints = [int(j) for j in skin_joints]
    slot = {j: i for i, j in enumerate(joints)}

    def joint_parent(j: int) -> int | None:
        p = anim.parents.get(j)
        while p is not None and p not in slot:
            p = anim.parents.get(p)
        return p

    parent = {j: joint_parent(j) for j in joints}
    ordered: list[int] = []
    names: dict[int, str] = {}

    def visit(j: int) -> None:
        if j in names:
            return
        p = parent[j]
        if p is not None:
            visit(p)
        names[j] = (names[p] + "/" if p is not None else "") + f"j{j}"
        ordered.append(j)

    for j in joints:
        visit(j)

    def locals_(world: list[np.ndarray]) -> np.ndarray:
        return np.stack([world[j] if parent[j] is None else np.linalg.inv(world[parent[j]]) @ world[j] for j in ordered])  # type: ignore[index]

    order = np.array([ordered.index(j) for j in joints], dtype=np.intp)
    bind = np.stack([np.linalg.inv(ibm[slot[j]]) for j in ordered])
    return Skeleton([names[j] for j in ordered], bind, locals_(rest), np.stack([locals_(w) for w in posed]), order)
