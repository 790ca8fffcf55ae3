"""What playing a model's clip costs the desktop preview per frame (render/gltf_animation.py):
posing on the CPU and writing the vertex buffers, against drawing the same model still, in the
same run (frames alternate still / moving). Models: the imported Khronos Fox (1,728 vertices,
24 joints) and skinned tubes written here of 20k and 100k vertices (16 joints, two a vertex).

    python benchmarks/animation.py [--frames 40]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def skinned_tube(path: Path, rings: int, around: int, joints: int = 16) -> Path:
    """A 1 m tube along +Y, `rings` x `around` vertices, skinned to a chain of `joints` joints (each
    vertex to the two nearest), every joint swaying about Z over a 2 s clip of 25 keys."""
    f32 = np.float32
    y = np.linspace(0, 1, rings)
    a = np.linspace(0, 2 * math.pi, around, endpoint=False)
    pos = np.stack([np.repeat(y, around) * 0 + np.tile(np.cos(a), rings) * 0.05, np.repeat(y, around), np.tile(np.sin(a), rings) * 0.05], axis=1).astype(f32)
    r, c = np.meshgrid(np.arange(rings - 1), np.arange(around), indexing="ij")
    v0 = (r * around + c).ravel()
    v1 = (r * around + (c + 1) % around).ravel()
    idx = np.stack([v0, v0 + around, v1, v1, v0 + around, v1 + around], axis=1).astype(np.uint32).ravel()
    seg = np.repeat(y, around) * (joints - 1)
    j0 = np.minimum(np.floor(seg), joints - 2).astype(np.uint8)
    frac = (seg - j0).astype(f32)
    jts = np.stack([j0, j0 + 1, np.zeros_like(j0), np.zeros_like(j0)], axis=1).astype(np.uint8)
    wts = np.stack([1 - frac, frac, 0 * frac, 0 * frac], axis=1).astype(f32)
    step = 1.0 / (joints - 1)
    ibm = np.stack([np.array([[1, 0, 0, 0], [0, 1, 0, -k * step], [0, 0, 1, 0], [0, 0, 0, 1]]).T.ravel() for k in range(joints)]).astype(f32)
    times = np.linspace(0, 2, 25).astype(f32)
    turn = np.stack([[0, 0, math.sin(0.1 * math.sin(math.pi * t) / 2), math.cos(0.1 * math.sin(math.pi * t) / 2)] for t in times]).astype(f32)
    nodes = [{"mesh": 0, "skin": 0}] + [{"children": [k + 2]} if k < joints - 1 else {} for k in range(joints)]
    for k in range(1, joints):
        nodes[k + 1]["translation"] = [0, step, 0]
    blobs = [pos, idx, jts, wts, ibm, times, turn]
    binary, views, accessors = b"", [], []
    kinds = {1: "SCALAR", 3: "VEC3", 4: "VEC4", 16: "MAT4"}
    for arr in blobs:
        width = 1 if arr.ndim == 1 else arr.shape[1]
        views.append({"buffer": 0, "byteOffset": len(binary), "byteLength": arr.nbytes})
        ctype = {np.dtype(np.float32): 5126, np.dtype(np.uint32): 5125, np.dtype(np.uint8): 5121}[arr.dtype]
        acc = {"bufferView": len(views) - 1, "componentType": ctype, "count": len(arr), "type": kinds[width]}
        if arr is pos:
            acc.update(min=arr.min(axis=0).tolist(), max=arr.max(axis=0).tolist())
        if arr is times:
            acc.update(min=[0.0], max=[2.0])
        accessors.append(acc)
        binary += arr.tobytes() + b"\0" * (-arr.nbytes % 4)
    doc = {"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0, 1]}], "nodes": nodes,
           "skins": [{"joints": list(range(1, joints + 1)), "inverseBindMatrices": 4}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "JOINTS_0": 2, "WEIGHTS_0": 3}, "indices": 1}]}],
           "animations": [{"name": "sway", "samplers": [{"input": 5, "output": 6}], "channels": [{"sampler": 0, "target": {"node": k + 1, "path": "rotation"}} for k in range(joints)]}],
           "buffers": [{"byteLength": len(binary)}], "bufferViews": views, "accessors": accessors}
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(binary), 0x004E4942) + binary
    path.write_bytes(struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body)
    return path


def fox(folder: Path) -> Path:
    from museum_ar.content import import_item
    from museum_ar.core.localized import LocalizedText
    from museum_ar.core.project import create_project

    create_project(folder / "fox", LocalizedText.of(de="Fuchs", en="Fox"))
    return folder / "fox" / import_item(folder / "fox", ROOT / "tests" / "data" / "gltf" / "Fox.glb", fit_m=0.15).asset


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frames", type=int, default=40)
    args = ap.parse_args(argv)
    from museum_ar.core.frames import projection_from_intrinsics
    from museum_ar.render import DrawItem, Renderer
    from museum_ar.render.gl_util import OffscreenTarget
    from museum_ar.render.gltf_animation import read_animation
    from museum_ar.render.headless import HeadlessContext
    from museum_ar.render.mesh_data import load_mesh

    ctx = HeadlessContext()
    ctx.make_current()
    target = OffscreenTarget(1280, 720)
    renderers = {"still": Renderer(), "moving": Renderer()}  # own GPU caches: the still one is never posed
    proj = projection_from_intrinsics(900, 900, 639.5, 359.5, 1280, 720)
    view = np.eye(4)
    view[:3, 3] = (0, -0.4, -1.6)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        models = {"Fox (imported)": fox(folder), "tube 20k": skinned_tube(folder / "tube20k.glb", 200, 100), "tube 100k": skinned_tube(folder / "tube100k.glb", 500, 200)}
        for name, path in models.items():
            mesh = load_mesh(path)
            anim = read_animation(path, mesh)
            assert anim is not None, name
            pose_ms = []
            for k in range(args.frames):
                t0 = time.perf_counter()
                anim.pose(0.05 * k)
                pose_ms.append((time.perf_counter() - t0) * 1000)
            times: dict[str, list[float]] = {"still": [], "moving": []}
            for k in range(2 * args.frames + 2):  # alternate; the first two load and warm up
                which = "still" if k % 2 == 0 else "moving"
                t = None if which == "still" else 0.05 * k
                target.bind()
                t0 = time.perf_counter()
                renderers[which].draw(None, view, proj, [DrawItem("m", "mesh", np.eye(4), asset=path, anim_time=t)])
                target.read_rgb()  # waits for the GPU (llvmpipe) to finish the frame
                if k >= 2:
                    times[which].append((time.perf_counter() - t0) * 1000)
            still, moving = times["still"], times["moving"]
            rows.append((name, len(mesh.parts[0].vertices), statistics.median(pose_ms), statistics.median(still), statistics.median(moving)))
    import os

    print(json.dumps({
        "load": round(os.getloadavg()[0], 1),
        "frames": args.frames,
        "note": "medians at 1280x720 (read back included); still and moving frames alternated, each with its own renderer",
        "models": [{"model": name, "vertices": n, "pose_ms": round(p, 2), "still_frame_ms": round(st, 2), "moving_frame_ms": round(m, 2), "extra_ms": round(m - st, 2)} for name, n, p, st, m in rows],
    }, indent=1))
    for r in renderers.values():
        r.release()
    target.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
