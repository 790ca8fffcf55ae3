"""Peak memory of importing mesh files, against the input's own size in memory (issue #15), for
one or more source trees interleaved per file in the same run (shared machines: only figures of
one run compare).

    python benchmarks/import_memory.py FILE... [--tree DIR ...] [--repeat N]

Each import runs in its own process under GNU time, whose maximum resident set is the child's own
(wait4's figure of a forked child counts pages it shared with this process). The input's size in
memory is what the mesh holds once read: the parts' arrays (positions, faces, uv, colours,
normals) plus the decoded textures (width x height x bands), measured in a separate process by the
first tree. `sha256` of each output GLB shows whether the trees' outputs are byte-identical;
`seconds` is each child's wall time (interpreter start included; noisy on shared cores: compare
medians of one run only).
The baseline interpreter + libraries (~40 MB) is reported as `base_mb`: an import of a 12-triangle
OBJ.
Libraries an import loads on first use beyond that baseline's (trimesh, scipy, ...: modules in
sys.modules after the import that the 12-triangle import did not load) are a one-time cost of the
process, not of the file: `libs` names them and `libs_mb` is their resident size, measured in a
separate child (the 12-triangle import, then those modules imported); `ratio_net` counts them,
`ratio_files` is `(peak - base - libs) / input`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GNU_TIME = "/usr/bin/time"
_MARK = "peak-kb="
_WALL = " wall-s="

IMPORT = """
import hashlib, json, sys
from pathlib import Path
from museum_ar.core.project import create_project
from museum_ar.content import import_item
before = set(sys.modules)
proj = create_project(sys.argv[1], "bench")
extra = {"unit": "mm"} if sys.argv[2].lower().endswith(".stl") else {}
item = import_item(proj.root, sys.argv[2], compress="meshopt", marker_m=0.1, **extra)
print(json.dumps({"sha256": hashlib.sha256((proj.root / item.asset).read_bytes()).hexdigest(),
                  "modules": sorted(set(sys.modules) - before)}))
"""

# resident MB the modules named in argv[3] (JSON) add after the 12-triangle import of argv[2]
LIBS = """
import importlib, json, sys
from museum_ar.core.project import create_project
from museum_ar.content import import_item
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20
import_item(create_project(sys.argv[1], "bench").root, sys.argv[2], marker_m=0.1)
before = rss()
for name in json.loads(sys.argv[3]):
    try:
        importlib.import_module(name)
    except Exception:
        pass  # (a module only importable inside its package's own import order)
print(json.dumps({"libs_mb": rss() - before}))
"""

INPUT_SIZE = """
import json, sys
from pathlib import Path
from museum_ar.content.mesh_load import load_parts
parts, _ = load_parts(Path(sys.argv[1]))
n = 0
seen = set()
for p in parts:
    for a in (p.positions, p.faces, p.uv, p.colors, p.normals):
        n += 0 if a is None else a.nbytes
    for im in p.material.images().values():
        if id(im) not in seen:
            seen.add(id(im))
            n += im.width * im.height * len(im.getbands())
print(json.dumps({"input_mb": n / 2**20}))
"""


def run(tree: Path, code: str, *args: str) -> tuple[float, dict]:
    """(peak MB, the child's printed JSON with its wall time as "seconds")."""
    cmd = [GNU_TIME, "-f", _MARK + "%M" + _WALL + "%e", sys.executable, "-c", code, *args]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=tree)  # the child imports the tree's museum_ar
    if res.returncode != 0:
        raise SystemExit(f"{tree}: {args} failed:\n{res.stderr[-2000:]}")
    peak, wall = [ln for ln in res.stderr.splitlines() if ln.startswith(_MARK)][-1][len(_MARK):].split(_WALL)
    return int(peak) / 1024.0, {**json.loads(res.stdout.strip().splitlines()[-1]), "seconds": float(wall)}


def _packages(modules: set[str], base: set[str]) -> list[str]:
    """The packages (not the standard library's, nor C helpers like _cython_3_2_4) `modules` add to `base`."""
    top = {m.split(".")[0] for m in modules} - {m.split(".")[0] for m in base} - set(sys.stdlib_module_names)
    return sorted(t for t in top if not t.startswith("_") and t != "cython_runtime")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--tree", type=Path, action="append", help="source tree(s) to compare; default this one")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    trees = args.tree or [REPO]
    rows = []
    with tempfile.TemporaryDirectory(prefix="import-memory-") as tmp:
        tiny = Path(tmp) / "tiny.obj"
        tiny.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 3 4\nf 1 4 2\nf 2 4 3\n")
        base_runs = [run(trees[0], IMPORT, str(Path(tmp) / f"b{k}"), str(tiny)) for k in range(2)]
        base = statistics.median(r[0] for r in base_runs)
        base_modules = set(base_runs[0][1]["modules"])
        for f in args.files:
            _, size = run(trees[0], INPUT_SIZE, str(f.resolve()))
            row: dict = {"file": f.name, "input_mb": round(size["input_mb"], 1)}
            peaks: dict[str, list[float]] = {str(t): [] for t in trees}
            shas: dict[str, set] = {str(t): set() for t in trees}
            secs: dict[str, list[float]] = {str(t): [] for t in trees}
            mods: dict[str, set[str]] = {str(t): set() for t in trees}
            for n in range(args.repeat):
                for k, t in enumerate(trees):  # alternated per run
                    peak, out = run(t, IMPORT, str(Path(tmp) / f"{f.stem}-{k}-{n}"), str(f.resolve()))
                    peaks[str(t)].append(peak)
                    shas[str(t)].add(out["sha256"])
                    secs[str(t)].append(out["seconds"])
                    mods[str(t)] |= set(out["modules"]) - base_modules
            for k, t in enumerate(trees):
                med = statistics.median(peaks[str(t)])
                libs_mb = 0.0
                if mods[str(t)]:
                    _, got = run(t, LIBS, str(Path(tmp) / f"l{k}-{f.stem}"), str(tiny), json.dumps(sorted(mods[str(t)])))
                    libs_mb = got["libs_mb"]
                row[str(t)] = {"peak_mb": [round(p) for p in peaks[str(t)]], "median_mb": round(med),
                               "ratio_net": round((med - base) / size["input_mb"], 2),
                               "libs": _packages(mods[str(t)], base_modules), "libs_mb": round(libs_mb),
                               "ratio_files": round((med - base - libs_mb) / size["input_mb"], 2),
                               "sha256": sorted(shas[str(t)])[0][:16],
                               "seconds": secs[str(t)], "median_s": round(statistics.median(secs[str(t)]), 2)}
            row["same_bytes"] = len({s for v in shas.values() for s in v}) == 1
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(json.dumps({"base_mb": round(base), "files": len(rows)}))


if __name__ == "__main__":
    main()
