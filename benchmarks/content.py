"""Content pipeline benchmark: a 2-million-triangle textured mesh imported and optimised to the
tablet budget, against `gltf-transform optimize` on the same mesh in the same run.

    python benchmarks/content.py            # prints one JSON object
    python benchmarks/content.py --lat 300 --budget 30000  # smaller mesh for a quick look
    python benchmarks/content.py --input glb  # ours reads the same GLB as gltf-transform
    python benchmarks/content.py --corpus DIR  # real files (benchmarks/corpus/fetch_corpus.py), per file and total
    python benchmarks/content.py --corpus DIR --compare OLD  # and OLD's museum_ar (e.g. main, exported), interleaved
    python benchmarks/content.py --corpus DIR --tablet  # and SSIM as the tablet viewer draws them (PBR models)

The mesh is a lumpy, skull-like sphere (UV-mapped, one seam) written as OBJ + MTL + PNG texture
(4096 x 2048), in millimetres, as a photogrammetry export would be. Ours imports the OBJ (parse,
unit guess, placement, decimation, texture downscale, GLB, thumbnail). gltf-transform cannot read
OBJ, so the same mesh is converted to GLB first (untimed) and optimised with the simplify ratio
that lands on the same triangle budget, its defaults otherwise (meshopt compression, texture
recompression, 2048 px textures). Each side runs in its own process, alternately, --repeat times
(default 3); seconds is the best run (shared machines), peak_mb the largest maximum resident set
(the child's own, through GNU time where installed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
NODE_TOOLS = REPO / "tools" / "node"
sys.path.insert(0, str(REPO / "tests" / "content"))
sys.path.insert(0, str(REPO))  # this tree's museum_ar, not whichever one is installed

import meshgen

BUDGET = 150_000


GNU_TIME = "/usr/bin/time"
_PEAK_MARK = b"benchmark-peak-kb="


def run_measured(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of a child process. A forked child's maximum RSS counts
    the pages it shared with its parent before exec, so wait4's figure is at least the
    benchmark's own size (~110 MB once it has rendered a file): small imports all read ~116 MB.
    GNU time (a process of ~1 MB) runs the child instead when it is installed, and reports the
    child's own peak."""
    timed = os.path.exists(GNU_TIME)
    full = [GNU_TIME, "-f", _PEAK_MARK.decode() + "%M", *cmd] if timed else cmd
    t0 = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    out, err = b"", b""
    # read pipes before reaping so the child never blocks on a full pipe
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    peak_kb = float(usage.ru_maxrss)
    if timed:
        marked = [line for line in err.splitlines() if line.startswith(_PEAK_MARK)]
        if marked:
            peak_kb = float(marked[-1][len(_PEAK_MARK):])
    return seconds, peak_kb / 1024.0, out.decode()


OURS = """
import json, sys
from museum_ar.core.project import create_project
from museum_ar.content import import_item
proj = create_project(sys.argv[1], "bench")
item = import_item(proj.root, sys.argv[2], max_triangles=int(sys.argv[3]))
print(json.dumps({"asset": str(proj.root / item.asset), "triangles": item.info["triangles_after"]}))
"""


def make_mesh(folder: Path, n_lat: int) -> None:
    """Child-process step: the OBJ + MTL + PNG, and the same mesh as GLB for gltf-transform."""
    import trimesh

    pos, uv, faces = meshgen.bumpy_sphere(n_lat, n_lat, radius=100.0)
    rng = np.random.default_rng(1)
    tex = np.asarray(meshgen.stripe_texture(4096, 2048), dtype=np.int16)
    tex = np.clip(tex + rng.integers(-6, 7, tex.shape), 0, 255).astype(np.uint8)  # a bit of photo grain
    obj = meshgen.write_obj(folder, "skull", pos, uv, faces, Image.fromarray(tex, "RGB"))
    (folder / "skull.glb").write_bytes(trimesh.load_scene(str(obj)).export(file_type="glb"))
    print(json.dumps({"obj": str(obj), "glb": str(folder / "skull.glb"), "triangles": len(faces)}))


OURS_CORPUS = """
import json, sys, time
from museum_ar.core.project import create_project
from museum_ar.content import import_item
from museum_ar.core.errors import MuseumArError
proj = create_project(sys.argv[1], "bench")
try:
    # what a bundle carries: WebP textures (default) and meshopt geometry
    item = import_item(proj.root, sys.argv[2], compress="meshopt", marker_m=0.1)
except MuseumArError as e:
    print(json.dumps({"refused": str(e).splitlines()[0]}))
    raise SystemExit(0)
i = item.info
print(json.dumps({"asset": str(proj.root / item.asset), "triangles": i["triangles_after"], "size_m": i["size_m"],
                  "unit": i["unit"], "unit_source": i["unit_source"], "up": i["up_axis"], "warnings": i["warnings"]}))
"""

RENDER = """
import json, sys
from museum_ar.render.headless import prepare_headless_platform
prepare_headless_platform()
from PIL import Image
from museum_ar.render.headless import HeadlessContext
from museum_ar.render.thumbnail import mesh_thumbnail
with HeadlessContext():
    for src, dst in json.loads(sys.argv[1]):
        try:
            Image.fromarray(mesh_thumbnail(src, 256)).save(dst)
        except Exception as e:
            print(src, e, file=sys.stderr)
"""


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Mean structural similarity of two greyscale images (Wang et al. 2004, Gaussian window 1.5)."""
    from scipy.ndimage import gaussian_filter

    a, b = a.astype(np.float64), b.astype(np.float64)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    mu_a, mu_b = gaussian_filter(a, 1.5), gaussian_filter(b, 1.5)
    var_a = gaussian_filter(a * a, 1.5) - mu_a ** 2
    var_b = gaussian_filter(b * b, 1.5) - mu_b ** 2
    cov = gaussian_filter(a * b, 1.5) - mu_a * mu_b
    m = ((2 * mu_a * mu_b + c1) * (2 * cov + c2)) / ((mu_a ** 2 + mu_b ** 2 + c1) * (var_a + var_b + c2))
    return float(m.mean())


def _grey_on_white(path: Path) -> np.ndarray | None:
    if not path.is_file():
        return None
    rgba = np.asarray(Image.open(path).convert("RGBA"), dtype=np.float64)
    a = rgba[..., 3:] / 255.0
    return (rgba[..., :3] * a + 255.0 * (1 - a)) @ [0.299, 0.587, 0.114]


def _plain_copy(src: Path, dst: Path) -> Path:
    """A copy the desktop renderer (trimesh) reads as glTF defines it: meshopt/quantised decoded,
    and absent material factors written out as their defaults (trimesh takes an absent
    baseColorFactor as grey, the spec as 1): applied alike to the source and to both outputs."""
    import shutil

    from museum_ar.content.glb_compress import join_glb, split_glb
    from museum_ar.content.gltf_decode import plain_glb
    from museum_ar.content.mesh_load import file_resolver

    if src.suffix.lower() not in (".glb", ".gltf"):
        return src
    if src.suffix.lower() == ".gltf":  # the JSON next to its .bin and images, in a copy of the folder
        folder = dst.parent / (dst.stem + "_gltf")
        shutil.copytree(src.parent, folder, dirs_exist_ok=True)
        doc = json.loads(src.read_text(encoding="utf-8"))
        _default_factors(doc)
        target = folder / src.name
        target.write_text(json.dumps(doc), encoding="utf-8")
        return target
    plain = plain_glb(src, file_resolver(src)) or src.read_bytes()
    doc, binary = split_glb(plain)
    _default_factors(doc)
    dst.write_bytes(join_glb(doc, binary))
    return dst


def _default_factors(doc: dict) -> None:
    for m in doc.get("materials", []) or []:
        m.setdefault("pbrMetallicRoughness", {}).setdefault("baseColorFactor", [1.0, 1.0, 1.0, 1.0])


def corpus_run(corpus: Path, repeat: int, compare: Path | None = None, tablet: bool = False) -> dict:
    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    files = sorted(p for p in corpus.rglob("*") if p.suffix.lower() in (".glb", ".gltf", ".obj", ".stl", ".ply", ".off", ".3mf"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        tmp = Path(tmp)
        renders = []
        for k, f in enumerate(files):
            name = str(f.relative_to(corpus))
            row: dict = {"file": name, "bytes_in": sum(p.stat().st_size for p in ([f] + ([*f.parent.glob("*.bin"), *f.parent.glob("*.jpg")] if f.suffix == ".gltf" else [])))}
            ours_runs, their_runs, before_runs, res = [], [], [], None
            for n in range(repeat):
                # the child imports museum_ar from its working directory (sys.path[0] of -c)
                sec, peak, out = run_measured([sys.executable, "-c", OURS_CORPUS, str(tmp / f"p{k}-{n}"), str(f)], cwd=REPO)
                res = json.loads(out.strip().splitlines()[-1])
                ours_runs.append((sec, peak))
                if compare is not None:  # the same import by another tree's code, interleaved
                    sec, peak, out = run_measured([sys.executable, "-c", OURS_CORPUS, str(tmp / f"b{k}-{n}"), str(f)], cwd=compare)
                    before_runs.append((sec, peak, json.loads(out.strip().splitlines()[-1])))
                if f.suffix.lower() in (".glb", ".gltf"):
                    their_out = tmp / f"t{k}.glb"
                    try:
                        sec, peak, _ = run_measured(["node", str(cli), "optimize", str(f), str(their_out)], cwd=NODE_TOOLS)
                        their_runs.append((sec, peak))
                    except SystemExit as e:
                        row["gltf_transform_error"] = str(e).splitlines()[-1][:160]
            if "refused" in res:
                row["ours"] = {"refused": res["refused"], "seconds": round(min(r[0] for r in ours_runs), 2)}
            else:
                asset = Path(res["asset"])
                for _ in range(3):  # (node has been seen to exit without a word on a machine under heavy load)
                    check = subprocess.run(["node", str(NODE_TOOLS / "validate-gltf.mjs"), str(asset)], capture_output=True, text=True)
                    if check.stdout.strip():
                        break
                else:
                    raise SystemExit(f"the glTF validator said nothing on {asset}: {check.returncode} {check.stderr[-500:]}")
                row["ours"] = {"seconds": round(min(r[0] for r in ours_runs), 2), "peak_mb": round(max(r[1] for r in ours_runs), 1),
                               "bytes": asset.stat().st_size, "triangles": res["triangles"],
                               "size_m": [round(x, 4) for x in res["size_m"]], "unit": f"{res['unit']} ({res['unit_source']})", "up": res["up"],
                               "validator_errors": json.loads(check.stdout.strip().splitlines()[-1])["errors"], "warnings": res["warnings"]}
                renders.append((str(_plain_copy(f, tmp / f"src{k}.glb")), str(tmp / f"r{k}-src.png")))
                renders.append((str(_plain_copy(asset, tmp / f"ours{k}.glb")), str(tmp / f"r{k}-ours.png")))
            if before_runs and "asset" in before_runs[0][2] and "asset" in res:
                before_asset = Path(before_runs[0][2]["asset"])
                row["before"] = {"seconds": round(min(r[0] for r in before_runs), 2), "peak_mb": round(max(r[1] for r in before_runs), 1),
                                 "bytes": before_asset.stat().st_size, "same_bytes": before_asset.read_bytes() == Path(res["asset"]).read_bytes()}
            if their_runs:
                their_out = tmp / f"t{k}.glb"
                counted = subprocess.run(["node", str(NODE_TOOLS / "count-triangles.mjs"), str(their_out)], capture_output=True, text=True, check=True)
                row["gltf_transform"] = {"seconds": round(min(r[0] for r in their_runs), 2), "peak_mb": round(max(r[1] for r in their_runs), 1),
                                         "bytes": their_out.stat().st_size, "triangles": int(json.loads(counted.stdout)["triangles"])}
                renders.append((str(_plain_copy(their_out, tmp / f"theirs{k}.glb")), str(tmp / f"r{k}-theirs.png")))
            rows.append(row)
        # one GL context for all renders (the desktop renderer: base colour and geometry only)
        subprocess.run([sys.executable, "-c", RENDER, json.dumps(renders)], capture_output=True, text=True)
        for k, row in enumerate(rows):
            src = _grey_on_white(tmp / f"r{k}-src.png")
            for side, tag in (("ours", "ours"), ("gltf_transform", "theirs")):
                img = _grey_on_white(tmp / f"r{k}-{tag}.png")
                if src is not None and img is not None and side in row and "bytes" in row[side]:
                    row[side]["ssim"] = round(ssim(src, img), 4)
            if tablet and "gltf_transform" in row and "bytes" in row.get("ours", {}):
                _tablet_column(row, files[k], tmp / f"t{k}.glb")
    both = [r for r in rows if "bytes" in r.get("ours", {}) and "gltf_transform" in r]
    total = {
        "files": len(rows), "imported": sum("bytes" in r.get("ours", {}) for r in rows),
        "refused": [f"{r['file']}: {r['ours']['refused']}" for r in rows if "refused" in r.get("ours", {})],
        "validator_errors": sum(r["ours"].get("validator_errors", 0) for r in rows if "ours" in r),
        "both_sides": len(both),
        "ours_seconds": round(sum(r["ours"]["seconds"] for r in both), 2), "gltf_transform_seconds": round(sum(r["gltf_transform"]["seconds"] for r in both), 2),
        "ours_bytes": sum(r["ours"]["bytes"] for r in both), "gltf_transform_bytes": sum(r["gltf_transform"]["bytes"] for r in both),
    }
    if compare is not None:
        total["before_seconds"] = round(sum(r["before"]["seconds"] for r in both if "before" in r), 2)
        total["before_same_bytes"] = sum(r["before"]["same_bytes"] for r in rows if "before" in r)
    return {"corpus": rows, "total": total}


def _tablet_column(row: dict, source: Path, theirs: Path) -> None:
    """ssim_tablet of ours and gltf-transform's output: both and the source drawn by the tablet
    viewer (benchmarks/tablet_ssim.py, in a child: headless Chromium), where the viewer can draw
    the source (not Draco)."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "tablet_ssim.py"), str(source), str(theirs)],
                          capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0 or not done.stdout.strip():
        row["ssim_tablet_error"] = (done.stderr.strip().splitlines() or ["no output"])[-1][:160]
        return
    got = json.loads(done.stdout.strip().splitlines()[-1])
    if got.get("ours") is None:
        row["ssim_tablet_skipped"] = got.get("why", "")
        return
    row["ours"]["ssim_tablet"] = got["ours"]
    row["gltf_transform"]["ssim_tablet"] = got["gltf_transform"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lat", type=int, default=1000, help="grid size; 1000 gives 2 million triangles")
    ap.add_argument("--budget", type=int, default=BUDGET)
    ap.add_argument("--input", choices=["obj", "glb"], default="obj",
                    help="what ours imports: the OBJ a scanner writes (default), or the same GLB gltf-transform reads")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each side; the best time counts")
    ap.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # internal: generate into this folder
    ap.add_argument("--corpus", type=Path, help="folder of real files (benchmarks/corpus/fetch_corpus.py) to run instead of the generated mesh")
    ap.add_argument("--compare", type=Path, help="with --corpus: a source tree (e.g. `git archive main | tar -x -C DIR`) whose "
                    "museum_ar also imports every file, interleaved with ours and gltf-transform: 'before' per file")
    ap.add_argument("--tablet", action="store_true", help="with --corpus: SSIM of ours and gltf-transform's output as the tablet "
                    "viewer draws them (headless Chromium), beside the desktop's 'ssim'")
    a = ap.parse_args()
    if a.corpus:
        if not a.corpus.is_dir():
            raise SystemExit(f"no corpus at {a.corpus}: make it with benchmarks/corpus/fetch_corpus.py MIRRORS {a.corpus}")
        print(json.dumps(corpus_run(a.corpus, a.repeat, a.compare.resolve() if a.compare else None, a.tablet)))
        return
    if a.make:
        make_mesh(a.make, a.lat)
        return
    with tempfile.TemporaryDirectory(prefix="bench-content-") as tmp:
        tmp = Path(tmp)
        # Generated in a child so this process stays small: a forked child's peak RSS starts at
        # its parent's size, which would inflate both measurements.
        made = subprocess.run([sys.executable, __file__, "--make", str(tmp / "src"), "--lat", str(a.lat)],
                              capture_output=True, text=True, check=True)
        made = json.loads(made.stdout.strip().splitlines()[-1])
        obj, glb_in, n_in = made["obj"], Path(made["glb"]), made["triangles"]

        ours_input = obj if a.input == "obj" else str(glb_in)
        glb_out = tmp / "skull-gltf-transform.glb"
        cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
        ratio = a.budget / n_in  # gltf-transform's ratio is of vertices; a closed mesh has ~2x faces
        ours_runs, their_runs = [], []
        # Alternate the two, several times, and keep each one's best: the machines are shared, and
        # the fastest run is the one least disturbed by other work.
        for n in range(a.repeat):
            sec, peak, out = run_measured([sys.executable, "-c", OURS, str(tmp / f"proj{n}"), ours_input, str(a.budget)], cwd=REPO)
            ours_runs.append((sec, peak, json.loads(out.strip().splitlines()[-1])))
            sec, peak, _ = run_measured(["node", str(cli), "optimize", str(glb_in), str(glb_out),
                                         "--simplify-ratio", f"{ratio:.6f}", "--simplify-error", "1"], cwd=NODE_TOOLS)
            their_runs.append((sec, peak))
        res = ours_runs[0][2]
        ours = {"seconds": round(min(r[0] for r in ours_runs), 2), "peak_mb": round(max(r[1] for r in ours_runs), 1),
                "bytes": Path(res["asset"]).stat().st_size, "triangles": res["triangles"]}
        counted = subprocess.run(["node", str(NODE_TOOLS / "count-triangles.mjs"), str(glb_out)], capture_output=True, text=True, check=True)
        theirs = {"seconds": round(min(r[0] for r in their_runs), 2), "peak_mb": round(max(r[1] for r in their_runs), 1),
                  "bytes": glb_out.stat().st_size, "triangles": int(json.loads(counted.stdout)["triangles"])}
    print(json.dumps({"ours": ours, "gltf_transform": theirs}))


if __name__ == "__main__":
    main()
