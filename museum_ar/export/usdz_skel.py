"""A skinned part of a model written as UsdSkel for AR Quick Look (usdz_anim samples it): per
glTF skin one SkelRoot under the item, holding the Skeleton (joints parents first, bind and rest
transforms), its SkelAnimation (every joint's transform at each sample) and the meshes it moves,
in their bind pose with four joint indices and weights a vertex. Skeleton and meshes sit at the
SkelRoot's own frame, the item's: UsdSkel's skinned points are then the glTF's
(sum of w * world_j(t) * inverseBind_j * p)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .usdz_anim import ModelMotion
from .usdz_mesh import MeshPiece


def skeleton_root(w, parent: str, motion: ModelMotion, index: int) -> str:
    """The SkelRoot of skeleton `index` under `parent` (made on first use), its path."""
    from pxr import Gf, UsdSkel, Vt

    path = f"{parent}/skin{index}"
    if w.stage.GetPrimAtPath(path):
        return path
    sk = motion.skeletons[index]
    root = UsdSkel.Root.Define(w.stage, path)
    skel = UsdSkel.Skeleton.Define(w.stage, f"{path}/Skeleton")
    as_usd = lambda ms: Vt.Matrix4dArray([Gf.Matrix4d(m.T.tolist()) for m in ms])  # noqa: E731  (USD: row vectors)
    skel.CreateJointsAttr(Vt.TokenArray(sk.paths))
    skel.CreateBindTransformsAttr(as_usd(sk.bind))
    skel.CreateRestTransformsAttr(as_usd(sk.rest))
    anim = UsdSkel.Animation.Define(w.stage, f"{path}/Animation")
    anim.CreateJointsAttr(Vt.TokenArray(sk.paths))
    for k, local in enumerate(sk.local):
        anim.SetTransforms(as_usd(local), float(k))
    UsdSkel.BindingAPI.Apply(skel.GetPrim()).CreateAnimationSourceRel().SetTargets([anim.GetPath()])
    UsdSkel.BindingAPI.Apply(root.GetPrim()).CreateSkeletonRel().SetTargets([skel.GetPath()])
    w.frames = max(w.frames, len(sk.local))
    return path


def write_skinned(w, parent: str, motion: ModelMotion, k: int, piece: MeshPiece, name: str) -> None:
    """Piece k in its bind pose under its skeleton's SkelRoot, bound to the skeleton."""
    from pxr import Sdf, UsdGeom, UsdSkel, Vt

    part = motion.skinned[k]
    root = skeleton_root(w, parent, motion, part.skeleton)
    normals = part.normals if part.normals is not None else piece.normals
    normals = normals / np.maximum(np.linalg.norm(normals, axis=1, keepdims=True), 1e-12)
    mesh = w.mesh(root, replace(piece, points=part.points, normals=normals), name)
    binding = UsdSkel.BindingAPI.Apply(mesh.GetPrim())
    binding.CreateSkeletonRel().SetTargets([Sdf.Path(f"{root}/Skeleton")])
    binding.CreateJointIndicesPrimvar(False, 4).Set(Vt.IntArray.FromNumpy(part.joint_indices.astype(np.int32).reshape(-1)))
    binding.CreateJointWeightsPrimvar(False, 4).Set(Vt.FloatArray.FromNumpy(part.weights.astype(np.float32).reshape(-1)))
    binding.CreateGeomBindTransformAttr().Set(UsdGeom.Xformable(mesh).GetLocalTransformation())
