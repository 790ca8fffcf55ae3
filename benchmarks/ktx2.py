"""What KTX2/Basis textures cost an import (issue #15): the small helmet of tests/data/gltf with its
five 256 px maps as KTX2 (`helmet_small_ktx2.glb`) against the same model with JPEG maps
(`helmet_small_meshopt.glb`, the baseline, measured in the same run), imported alternately in one
process after a warm-up; seconds are the best of `--repeat`. With `--texture FILE.ktx2 ...` also
the milliseconds of `ktx2.transcode` per texture (best of 3): a real map's size matters more than
the helmet's. `--ktx2 A.glb --baseline B.glb` compares another pair (the same model both ways).

Prints one JSON object. Run: python benchmarks/ktx2.py [--repeat 5] [--texture big.ktx2 ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from museum_ar.content import import_item, ktx2
from museum_ar.core.project import create_project

DATA = ROOT / "tests" / "data" / "gltf"
FILES = {"ktx2": DATA / "helmet_small_ktx2.glb", "jpeg (baseline)": DATA / "helmet_small_meshopt.glb"}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--texture", type=Path, nargs="*", default=[])
    ap.add_argument("--ktx2", type=Path, default=FILES["ktx2"])
    ap.add_argument("--baseline", type=Path, default=FILES["jpeg (baseline)"])
    args = ap.parse_args(argv)
    files = {"ktx2": args.ktx2, "jpeg (baseline)": args.baseline}
    result: dict = {"files": {name: path.name for name, path in (("ktx2", args.ktx2), ("baseline", args.baseline))},
                    "import_s": {}, "texture_ms": {}}
    with tempfile.TemporaryDirectory() as tmp:
        project = create_project(Path(tmp) / "bench", "ktx2")
        for path in files.values():  # warm-up: trimesh, scipy, the decoders
            import_item(project.root, path)
        best = {name: float("inf") for name in files}
        for _ in range(args.repeat):
            for name, path in files.items():
                start = time.perf_counter()
                import_item(project.root, path)
                best[name] = min(best[name], time.perf_counter() - start)
    result["import_s"] = {name: round(s, 3) for name, s in best.items()}
    result["import_ratio"] = round(best["ktx2"] / best["jpeg (baseline)"], 2)
    for path in args.texture:
        data = path.read_bytes()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            out = ktx2.transcode(data)
            times.append(time.perf_counter() - start)
        result["texture_ms"][path.name] = {"ms": round(min(times) * 1000, 1), "codec": out.codec,
                                           "px": [out.width, out.height], "bytes": len(data)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
