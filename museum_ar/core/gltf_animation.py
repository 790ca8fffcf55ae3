"""A glTF model's animation clips played on the CPU (the desktop preview's poser, render/
gltf_animation.py; the USDZ export's node tracks, export/usdz_anim.py): node
translation/rotation/scale and morph weights sampled at a time (LINEAR, STEP, CUBICSPLINE, as
glTF defines them), skins applied to the vertices (up to four joints a vertex, JOINTS_0 and
WEIGHTS_0), so the preview moves as the tablet's three.js AnimationMixer does. Which clip plays is
the item's choice (core/clips.py: one by name, the first by default, or all together; clips played
together are mixed as three.js mixes actions of equal weight). No GL here.

The content pipeline keeps animated models as plain GLBs (gltf_keep.py: no Draco, no meshopt, no
quantised attributes), so only what such a file holds is read. `load_mesh` bakes each primitive's
node transform into its vertices in trimesh's scene order; the animated parts are matched to those
parts by vertex count and rest positions, so the two readers need not agree on an order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from typing import Any

from .clips import chosen_clips, clip_names
from .glb import is_glb, read_glb_json, split_glb

_DTYPES = {5120: np.int8, 5121: np.uint8, 5122: np.int16, 5123: np.uint16, 5125: np.uint32, 5126: np.float32}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}
_NORMALISE = {np.int8: 127.0, np.uint8: 255.0, np.int16: 32767.0, np.uint16: 65535.0}


def _read_glb(path: Path) -> tuple[dict, bytes] | None:
    data = path.read_bytes()
    return split_glb(data) if is_glb(data) else None


def _accessor(doc: dict, binary: bytes, index: int) -> np.ndarray:
    """An accessor as float64 (normalised integers scaled to 0..1 / -1..1) or its integers."""
    a = doc["accessors"][index]
    if "sparse" in a or "bufferView" not in a:
        raise ValueError("sparse or view-less accessors are not read here")
    view = doc["bufferViews"][a["bufferView"]]
    dtype = np.dtype(_DTYPES[a["componentType"]])
    width, count = _WIDTH[a["type"]], a["count"]
    start = view.get("byteOffset", 0) + a.get("byteOffset", 0)
    stride = view.get("byteStride", width * dtype.itemsize)
    rows = np.ndarray((count, width), dtype=dtype, buffer=binary, offset=start, strides=(stride, dtype.itemsize)).copy()
    if a.get("normalized") and dtype.type in _NORMALISE:
        return np.maximum(rows / _NORMALISE[dtype.type], -1.0)
    return rows.astype(np.float64) if dtype.kind == "f" else rows


def _quat_matrix(q: np.ndarray) -> np.ndarray:
    x, y, z, w = q / max(float(np.linalg.norm(q)), 1e-12)
    return np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                     [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                     [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])


def _slerp(a: np.ndarray, b: np.ndarray, s: float) -> np.ndarray:
    d = float(np.dot(a, b))
    if d < 0.0:  # the shorter way round, as three.js
        b, d = -b, -d
    if d > 0.9995:
        q = a + s * (b - a)
    else:
        theta = np.arccos(d)
        q = (np.sin((1 - s) * theta) * a + np.sin(s * theta) * b) / np.sin(theta)
    return q / max(float(np.linalg.norm(q)), 1e-12)


@dataclass
class _Channel:
    node: int
    path: str  # translation | rotation | scale | weights
    times: np.ndarray  # (K,)
    values: np.ndarray  # (K, width) or (3K, width) for CUBICSPLINE (in-tangent, value, out-tangent)
    interpolation: str

    def sample(self, t: float) -> np.ndarray:
        times, k = self.times, len(self.times)
        cubic = self.interpolation == "CUBICSPLINE"
        value = (lambda i: self.values[3 * i + 1]) if cubic else (lambda i: self.values[i])
        if t <= times[0] or k == 1:
            return value(0)
        if t >= times[-1]:
            return value(k - 1)
        i = int(np.searchsorted(times, t, side="right")) - 1
        dt = float(times[i + 1] - times[i])
        s = (t - float(times[i])) / dt if dt > 0 else 0.0
        if self.interpolation == "STEP":
            return value(i)
        if cubic:  # glTF's Hermite spline: tangents scaled by the key interval
            p0, m0 = self.values[3 * i + 1], self.values[3 * i + 2] * dt
            p1, m1 = self.values[3 * (i + 1) + 1], self.values[3 * (i + 1)] * dt
            s2, s3 = s * s, s * s * s
            v = (2 * s3 - 3 * s2 + 1) * p0 + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * p1 + (s3 - s2) * m1
            return v / max(float(np.linalg.norm(v)), 1e-12) if self.path == "rotation" else v
        if self.path == "rotation":
            return _slerp(value(i), value(i + 1), s)
        return value(i) + s * (value(i + 1) - value(i))


@dataclass
class _Clip:
    name: str
    channels: list[_Channel]
    duration: float  # its last key's time

    def time(self, t: float, loop: bool) -> float:
        """Where in this clip a model is after t seconds of play: wrapped (loop) or, sampled past
        its end, held on its last pose (each clip of several playing together by its own length,
        as three.js' actions)."""
        if not loop:
            return t
        return t % self.duration if self.duration > 0 else 0.0


def _mix(values: list[np.ndarray], rotation: bool) -> np.ndarray:
    """Several clips' values for one property, mixed as three.js' PropertyMixer accumulates
    actions of weight 1: the k-th value blended in by 1/k (a mean; quaternions by slerp)."""
    out = values[0]
    for k, v in enumerate(values[1:], start=2):
        out = _slerp(out, v, 1.0 / k) if rotation else out + (v - out) / k
    return out


@dataclass
class _Primitive:
    """One drawn primitive of a node, with what moves it."""

    node: int
    positions: np.ndarray  # (N, 3) as in the file
    normals: np.ndarray | None
    joints: np.ndarray | None  # (N, 4) joint slots of the node's skin
    weights: np.ndarray | None  # (N, 4)
    targets: list[tuple[np.ndarray, np.ndarray | None]]  # morph targets: (position deltas, normal deltas)
    mesh: int
    part: int = -1  # its index among load_mesh's parts
    _pairs: tuple | None = None  # the skin as (vertex, weight) pairs grouped by joint, made once

    def skin_pairs(self) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int]]]:
        """Every (vertex, joint, weight) with a weight, sorted by joint: vertex indices, weights
        (normalised per vertex) and (joint slot, start, end) runs."""
        if self._pairs is None:
            assert self.joints is not None and self.weights is not None
            w = self.weights / np.maximum(self.weights.sum(axis=1, keepdims=True), 1e-12)
            vertex, slot = np.nonzero(w > 0)
            joint = self.joints[vertex, slot].astype(np.intp)
            order = np.argsort(joint, kind="stable")
            vertex, joint, weight = vertex[order], joint[order], w[vertex[order], slot[order]].astype(np.float32)
            starts = np.flatnonzero(np.r_[True, joint[1:] != joint[:-1]])
            ends = np.r_[starts[1:], len(joint)]
            self._pairs = (vertex, weight, [(int(joint[a]), int(a), int(b)) for a, b in zip(starts, ends)])
        return self._pairs


class ModelAnimation:
    """The clips of a glTF model. `pose(t, clips)` gives, for each matched part of `load_mesh`'s
    MeshData, its vertices t seconds into the chosen clips (positions and normals in the model
    frame); `name`, `duration` and `pose(t)` alone are the first clip's."""

    def __init__(self, doc: dict, binary: bytes) -> None:
        self.doc = doc
        self.clips: list[_Clip] = []
        for name, clip in zip(clip_names(doc), doc["animations"]):
            channels = []
            for ch in clip["channels"]:
                target = ch["target"]
                if "node" not in target:
                    continue
                sampler = clip["samplers"][ch["sampler"]]
                times = _accessor(doc, binary, sampler["input"])[:, 0]
                values = _accessor(doc, binary, sampler["output"])
                if target["path"] == "weights":  # all weights of a key in one run of scalars
                    n = len(doc["meshes"][doc["nodes"][target["node"]]["mesh"]]["primitives"][0].get("targets", []))
                    values = values.reshape(-1, max(n, 1))
                channels.append(_Channel(target["node"], target["path"], times, values, sampler.get("interpolation", "LINEAR")))
            self.clips.append(_Clip(name, channels, max((float(c.times[-1]) for c in channels), default=0.0)))
        self.name: str = self.clips[0].name
        self.duration: float = self.clips[0].duration
        self.parents: dict[int, int] = {c: i for i, nd in enumerate(doc["nodes"]) for c in nd.get("children", [])}
        self.skins = []
        for skin in doc.get("skins", []):
            ibm = _accessor(doc, binary, skin["inverseBindMatrices"]).reshape(-1, 4, 4).transpose(0, 2, 1) if "inverseBindMatrices" in skin else np.tile(np.eye(4), (len(skin["joints"]), 1, 1))
            self.skins.append((np.asarray(skin["joints"]), ibm))
        self.primitives: list[_Primitive] = []
        for i, nd in enumerate(doc["nodes"]):
            if "mesh" not in nd:
                continue
            for p in doc["meshes"][nd["mesh"]]["primitives"]:
                if p.get("mode", 4) != 4:
                    continue
                a = p["attributes"]
                get = lambda key, attrs=a: _accessor(doc, binary, attrs[key]) if key in attrs else None  # noqa: E731
                targets = [(_accessor(doc, binary, t["POSITION"]) if "POSITION" in t else np.zeros((doc["accessors"][a["POSITION"]]["count"], 3)),
                            _accessor(doc, binary, t["NORMAL"]) if "NORMAL" in t else None) for t in p.get("targets", [])]
                skinned = "skin" in nd and "JOINTS_0" in a and "WEIGHTS_0" in a
                self.primitives.append(_Primitive(i, _accessor(doc, binary, a["POSITION"]), get("NORMAL"), get("JOINTS_0") if skinned else None,
                                                  get("WEIGHTS_0") if skinned else None, targets, nd["mesh"]))

    # -- which clips ------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [c.name for c in self.clips]

    def choose(self, clip: str = "", all_clips: bool = False) -> tuple[int, ...]:
        """The clips an item's playback choice plays (a name the model lacks: the first)."""
        return tuple(chosen_clips(self.names, clip, all_clips))

    def length(self, clips: tuple[int, ...] = (0,)) -> float:
        """How long the chosen clips play until the last of them ends."""
        return max((self.clips[i].duration for i in clips), default=0.0)

    # -- the node hierarchy -----------------------------------------------------------------------
    def node_matrices(self, t: float | None, clips: tuple[int, ...] = (0,)) -> list[np.ndarray]:
        """Every node's model-frame matrix t seconds into the chosen clips (None: at rest, as in
        the file); past a clip's end its last pose holds."""
        return self._globals(t, clips, loop=False)[0]

    def posed_positions(self, prim: _Primitive, t: float, clips: tuple[int, ...] = (0,)) -> np.ndarray:
        """A primitive's vertices t seconds into the chosen clips (skinned, morphed), model frame."""
        g, weights = self._globals(t, clips)
        return self._posed(prim, g, weights, t)[0]

    def rest_positions(self, prim: _Primitive) -> np.ndarray:
        """A primitive's vertices at rest in the model frame (its node's transform applied), as
        trimesh and load_mesh bake them."""
        g, weights = self._globals(None)
        return self._posed(prim, g, weights, None)[0]

    def _globals(self, t: float | None, clips: tuple[int, ...] = (0,), loop: bool = False) -> tuple[list[np.ndarray], dict[int, np.ndarray]]:
        """Every node's model-frame matrix t seconds into the chosen clips (None: as in the
        file, no clip applied), and each mesh node's morph weights then."""
        nodes = self.doc["nodes"]
        trs = [[np.asarray(nd.get("translation", (0, 0, 0)), float), np.asarray(nd.get("rotation", (0, 0, 0, 1)), float), np.asarray(nd.get("scale", (1, 1, 1)), float)] for nd in nodes]
        weights = {i: np.asarray(nodes[i].get("weights", self.doc["meshes"][nodes[i]["mesh"]].get("weights", [])), float) for i, nd in enumerate(nodes) if "mesh" in nd}
        if t is not None:
            sampled: dict[tuple[int, str], list[np.ndarray]] = {}
            for i in clips:
                clip = self.clips[i]
                at = clip.time(t, loop)
                for ch in clip.channels:
                    sampled.setdefault((ch.node, ch.path), []).append(np.asarray(ch.sample(at), float))
            for (node, path), values in sampled.items():
                v = _mix(values, path == "rotation")
                if path == "weights":
                    weights[node] = v
                else:
                    trs[node][{"translation": 0, "rotation": 1, "scale": 2}[path]] = v
        local = []
        for nd, (tr, rot, sc) in zip(nodes, trs):
            if "matrix" in nd:
                local.append(np.asarray(nd["matrix"], float).reshape(4, 4).T)
            else:
                m = np.eye(4)
                m[:3, :3] = _quat_matrix(rot) * sc
                m[:3, 3] = tr
                local.append(m)
        out: list[np.ndarray | None] = [None] * len(nodes)

        def world(i: int) -> np.ndarray:
            if out[i] is None:
                p = self.parents.get(i)
                out[i] = local[i] if p is None else world(p) @ local[i]
            return out[i]  # type: ignore[return-value]

        return [world(i) for i in range(len(nodes))], weights

    def _posed(self, prim: _Primitive, g: list[np.ndarray], weights: dict[int, np.ndarray], t: float | None) -> tuple[np.ndarray, np.ndarray | None]:
        pos, nrm = prim.positions.astype(np.float64), None if prim.normals is None else prim.normals.astype(np.float64)
        for w, (dp, dn) in zip(weights.get(prim.node, np.zeros(0)), prim.targets):
            if w:
                pos = pos + w * dp
                if nrm is not None and dn is not None:
                    nrm = nrm + w * dn
        if prim.joints is None or prim.weights is None or t is None:  # rest: the node's transform, as load_mesh bakes it
            m = g[prim.node]
            pos = pos @ m[:3, :3].T + m[:3, 3]
            if nrm is not None:
                nrm = nrm @ np.linalg.inv(m[:3, :3])
        else:  # skinned: the joints' matrices in the model frame (the mesh node's own is ignored)
            joints, ibm = self.skins[self.doc["nodes"][prim.node]["skin"]]
            joint_m = (np.stack([g[j] for j in joints]) @ ibm)[:, :3, :].astype(np.float32)  # (J, 3, 4)
            vertex, weight, runs = prim.skin_pairs()
            # Each joint moves the vertices it holds with one small matrix product (BLAS), and
            # the weighted results are summed per vertex: a 4x4 blend per vertex cost ~10x more.
            src = pos.astype(np.float32)[vertex]
            moved = np.empty_like(src)
            src_n = nrm.astype(np.float32)[vertex] if nrm is not None else None
            moved_n = np.empty_like(src_n) if src_n is not None else None
            for j, a, b in runs:
                m = joint_m[j]
                moved[a:b] = src[a:b] @ m[:, :3].T + m[:, 3]
                if src_n is not None and moved_n is not None:
                    moved_n[a:b] = src_n[a:b] @ m[:, :3].T
            n = len(pos)
            pos = np.stack([np.bincount(vertex, weights=moved[:, c] * weight, minlength=n) for c in range(3)], axis=1)
            if moved_n is not None:
                nrm = np.stack([np.bincount(vertex, weights=moved_n[:, c] * weight, minlength=n) for c in range(3)], axis=1)
        if nrm is not None:
            nrm /= np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)
        return pos, nrm

    # -- what the renderer asks -------------------------------------------------------------------
    def match(self, mesh: Any, tolerance: float = 1e-4) -> int:
        """Find each primitive's part in `mesh` (render.MeshData: its `parts`, each with
        `vertices`; same vertex count, same rest positions); returns
        how many were matched. Unmatched primitives stay still."""
        g, weights = self._globals(None)
        taken: set[int] = set()
        for prim in self.primitives:
            rest, _ = self._posed(prim, g, weights, None)
            for k, part in enumerate(mesh.parts):
                if k not in taken and len(part.vertices) == len(rest):
                    scale = max(float(np.abs(rest).max(initial=0.0)), 1e-9)
                    if np.allclose(part.vertices[:, :3], rest, atol=tolerance * scale):
                        prim.part = k
                        taken.add(k)
                        break
        return len(taken)

    def pose(self, t: float, clips: tuple[int, ...] = (0,), loop: bool = False) -> dict[int, tuple[np.ndarray, np.ndarray | None]]:
        """part index -> (positions, normals) after `t` seconds of the chosen clips (float32);
        loop: each clip wraps at its own end, else it holds its last pose."""
        g, weights = self._globals(t, clips, loop)
        out = {}
        for prim in self.primitives:
            if prim.part >= 0:
                pos, nrm = self._posed(prim, g, weights, t)
                out[prim.part] = (pos.astype(np.float32), None if nrm is None else nrm.astype(np.float32))
        return out


def clip_duration(path: str | Path, clip: str = "", all_clips: bool = False) -> float | None:
    """How long a GLB's chosen clips (core/clips.py) play until the last ends, from its JSON alone
    (glTF requires a sampler's input accessor to state its max), or None when it has none."""
    doc = read_glb_json(Path(path))
    try:
        if doc is None or not doc.get("animations"):
            return None
        animations = doc["animations"]
        return max(float(doc["accessors"][s["input"]]["max"][0]) for i in chosen_clips(clip_names(doc), clip, all_clips) for s in animations[i]["samplers"])
    except (KeyError, ValueError, IndexError, TypeError):
        return None
