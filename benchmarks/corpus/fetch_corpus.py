"""Assemble the real-world 3D corpus of `benchmarks/content.py --corpus` from local copies of public
repositories (no download here: the mirrors are git directories brought in beforehand).

    python benchmarks/corpus/fetch_corpus.py MIRRORS OUT

MIRRORS holds one folder per repository, `<owner>+<name>/repo` (a bare git directory), as listed in
files.json with each file's SHA-256; a file whose checksum differs is refused. Then the compressed
variants web exports use are made from DamagedHelmet and Fox with gltf-transform (tools/node):
Draco, meshopt (+ quantisation), quantisation alone, WebP textures. Licences are in files.json;
the corpus stays out of the repository (tests/data/gltf has small committed copies).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NODE_TOOLS = HERE.parents[1] / "tools" / "node"
VARIANTS = [  # (gltf-transform command, input, output)
    ("copy", "helmet/DamagedHelmet.gltf", "DamagedHelmet.glb"),
    ("draco", "DamagedHelmet.glb", "variants/helmet_draco.glb"),
    ("meshopt", "DamagedHelmet.glb", "variants/helmet_meshopt.glb"),
    ("quantize", "DamagedHelmet.glb", "variants/helmet_quantized.glb"),
    ("webp", "DamagedHelmet.glb", "variants/helmet_webp.glb"),
    ("meshopt", "Fox.glb", "variants/fox_meshopt.glb"),
]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    mirrors, out = Path(argv[0]), Path(argv[1])
    bad = 0
    for entry in json.loads((HERE / "files.json").read_text()):
        git_dir = mirrors / entry["repo"].replace("/", "+") / "repo"
        res = subprocess.run(["git", "-C", str(git_dir), "show", "HEAD:" + entry["path"]], capture_output=True)
        if res.returncode != 0:
            print(f"missing: {entry['repo']}:{entry['path']} (bring the repository into {mirrors} first)", file=sys.stderr)
            bad += 1
            continue
        if hashlib.sha256(res.stdout).hexdigest() != entry["sha256"]:
            print(f"checksum differs: {entry['repo']}:{entry['path']}", file=sys.stderr)
            bad += 1
            continue
        target = out / entry["name"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(res.stdout)
    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    for command, src, dst in VARIANTS:
        if not (out / src).is_file():
            continue
        (out / dst).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["node", str(cli), command, str(out / src), str(out / dst)], check=True, capture_output=True, cwd=NODE_TOOLS)
    print(json.dumps({"files": sum(1 for p in out.rglob("*") if p.is_file()), "refused": bad}))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
