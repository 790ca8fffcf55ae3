"""Small animated GLBs made on the spot, with numpy and the glTF JSON alone:
- `write_turning_glb`: a flat base that stays and a box on it that turns once round its vertical
  axis in 2 s (rotation keys every quarter turn, LINEAR), a rigid (node) animation like a drum's;
- `write_morphing_glb`: a box that swells through a morph target (its weight animated), which AR
  Quick Look cannot be given (the USDZ names it as still)."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

TURN_SECONDS = 2.0


def _box(half: tuple[float, float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pos, nrm, idx = [], [], []
    for axis in range(3):
        for sign in (-1.0, 1.0):
            n = np.zeros(3)
            n[axis] = sign
            u, v = [a for a in range(3) if a != axis]
            base = len(pos)
            for du, dv in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                p = np.zeros(3)
                p[axis], p[u], p[v] = sign * half[axis], du * half[u], dv * half[v]
                pos.append(p)
                nrm.append(n)
            quad = [0, 1, 2, 0, 2, 3]
            # counter-clockwise seen from outside
            if np.dot(np.cross(pos[base + 1] - pos[base], pos[base + 2] - pos[base]), n) < 0:
                quad = [0, 2, 1, 0, 3, 2]
            idx += [base + q for q in quad]
    return np.array(pos, np.float32), np.array(nrm, np.float32), np.array(idx, np.uint16)


def turning_angle_deg(t: float) -> float:
    return 360.0 * min(t, TURN_SECONDS) / TURN_SECONDS


def write_turning_glb(path: Path) -> Path:
    return _write(path, morph=False)


def write_morphing_glb(path: Path) -> Path:
    return _write(path, morph=True)


def _write(path: Path, morph: bool) -> Path:
    blobs: list[bytes] = []
    views, accessors = [], []

    def add(arr: np.ndarray, kind: str, target: int | None = None, minmax: bool = False) -> int:
        data = arr.tobytes()
        offset = sum(len(b) for b in blobs)
        pad = (-len(data)) % 4
        blobs.append(data + b"\0" * pad)
        view = {"buffer": 0, "byteOffset": offset, "byteLength": len(data)}
        if target:
            view["target"] = target
        views.append(view)
        ctype = {np.dtype(np.float32): 5126, np.dtype(np.uint16): 5123}[arr.dtype]
        acc = {"bufferView": len(views) - 1, "componentType": ctype, "count": int(arr.shape[0]), "type": kind}
        if minmax:
            acc["min"] = [float(x) for x in np.atleast_1d(arr.min(axis=0))]
            acc["max"] = [float(x) for x in np.atleast_1d(arr.max(axis=0))]
        accessors.append(acc)
        return len(accessors) - 1

    meshes = []
    for half in ((0.1, 0.01, 0.1), (0.03, 0.04, 0.05)):
        p, n, i = _box(half)
        meshes.append({"primitives": [{"attributes": {"POSITION": add(p, "VEC3", 34962, True), "NORMAL": add(n, "VEC3", 34962)},
                                       "indices": add(i, "SCALAR", 34963), "material": 0}]})
    times = np.array([[k * TURN_SECONDS / 4] for k in range(5)], np.float32)
    t_acc = add(times, "SCALAR", minmax=True)
    if morph:  # the drum's box swells by 50 % and back
        p, _n, _i = _box((0.03, 0.04, 0.05))
        meshes[1]["primitives"][0]["targets"] = [{"POSITION": add((p * 0.5).astype(np.float32), "VEC3", 34962, True)}]
        meshes[1]["weights"] = [0.0]
        values = add(np.array([[0.0], [0.5], [1.0], [0.5], [0.0]], np.float32), "SCALAR")
        channel = {"sampler": 0, "target": {"node": 1, "path": "weights"}}
    else:
        quats = np.array([[0.0, math.sin(math.radians(a) / 2), 0.0, math.cos(math.radians(a) / 2)] for a in (0, 90, 180, 270, 360)], np.float32)
        values = add(quats, "VEC4")
        channel = {"sampler": 0, "target": {"node": 1, "path": "rotation"}}
    doc = {
        "asset": {"version": "2.0", "generator": "museum-ar tests"},
        "scene": 0,
        "scenes": [{"nodes": [0, 1]}],
        "nodes": [{"name": "base", "mesh": 0}, {"name": "drum", "mesh": 1, "translation": [0.0, 0.05, 0.0]}],
        "meshes": meshes,
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [0.8, 0.2, 0.1, 1.0], "metallicFactor": 0.0}}],
        "animations": [{"name": "swell" if morph else "turn", "samplers": [{"input": t_acc, "output": values, "interpolation": "LINEAR"}],
                        "channels": [channel]}],
        "buffers": [{"byteLength": sum(len(b) for b in blobs)}],
        "bufferViews": views,
        "accessors": accessors,
    }
    js = json.dumps(doc).encode()
    js += b" " * ((-len(js)) % 4)
    binary = b"".join(blobs)
    glb = struct.pack("<III", 0x46546C67, 2, 12 + 8 + len(js) + 8 + len(binary))
    glb += struct.pack("<II", len(js), 0x4E4F534A) + js + struct.pack("<II", len(binary), 0x004E4942) + binary
    path.write_bytes(glb)
    return path
