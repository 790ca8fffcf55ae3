"""Copy the public-domain artworks of the image-target benchmark out of local copies of their
repositories and check each file's SHA-256. They stay out of the repository (1-3 MB each).

    python3 benchmarks/fetch_artworks.py SOURCE_DIR OUT_DIR
    PYTHONPATH=$PWD python3 benchmarks/image_targets.py --real OUT_DIR

SOURCE_DIR holds the repositories as folders named owner+name, each either a checkout or a git
directory (then the file is read with `git show HEAD:path`; e.g. a mirror of public repositories).
Nothing is downloaded. A missing or altered file is named, and the script exits non-zero.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

# (file name here, repository, path in it, SHA-256, what it is, licence as the repository states it)
ARTWORKS = [
    ("carceri.png", "mbartelsman-rug/pfvc_halftone", "docs/img/carceri.png", "580317c7418094cb28e5d0c277736cbf68077b095974ef84342061b032118a98", "G. B. Piranesi, Carceri (etching)", "public domain"),
    ("crypt.png", "mbartelsman-rug/pfvc_halftone", "docs/img/crypt.png", "1370807fc879e87c03c9affb4b9e9cf95fee30d10c1d4ea5cdee3b1b6841de54", "Dalziel Brothers, Rob Roy in the Crypt (wood engraving)", "public domain"),
    ("espinasse.png", "mbartelsman-rug/pfvc_halftone", "docs/img/espinasse.png", "8be7fe500f1c589b9050c26aba5edccf0cb0c536facda4d4ffb76fdd8d48890c", "Fonds Trutat, Espinasse pere (photograph)", "public domain"),
    ("renoir.png", "mbartelsman-rug/pfvc_halftone", "docs/img/renoir.png", "0faa239b8ec824d400facdc232360398daa25469b72a0cb3a4bf9f44baa2e369", "Dornac, Auguste Renoir (photograph)", "public domain"),
    ("bedouin.png", "mbartelsman-rug/pfvc_halftone", "docs/img/bedouin.png", "c96bfd32db8f38c3a48e9c632482425f539f965b81e8be8f04229c547160462e", "American Colony photographers, Bedouin woman (photograph)", "no known restrictions"),
    ("calanque.png", "mbartelsman-rug/pfvc_halftone", "docs/img/calanque.png", "6588351acfe85e72909e065c31af247eb22fc5ee93c6b68945de2b2fd1615ec4", "P. Signac, La Calanque (painting)", "public domain"),
    ("ernte.png", "mbartelsman-rug/pfvc_halftone", "docs/img/ernte.png", "1356500a89153ab91c907f3ffbc8a2fa5063ee9ba2e833f375aeedd86fb2d58b", "V. van Gogh, Ernte in der Provence (painting)", "public domain"),
    ("botanic.png", "mbartelsman-rug/pfvc_halftone", "docs/img/botanic.png", "f0e6c007e0cbf8bd0a7f9b213c64d6e1e69332dcce048170485f0be47c935ca8", "S. Edwards, The Botanical register, plate 70 (illustration)", "public domain"),
    ("snow.png", "mbartelsman-rug/pfvc_halftone", "docs/img/snow.png", "ba0bda66ba467fa7938dfafa2699dc8cc053e8ed099ff4a8084c86eb2ef72c54", "snow (public-domain picture, per the repository's licence list)", "public domain"),
    ("harvesters.jpeg", "google/wuffs", "test/data/harvesters.jpeg", "13657e9d92363f1c5d7dda4535dcba3d7e4158d77dd6e8e7a128705c07f4d499", "P. Bruegel the Elder, The Harvesters (painting, Met)", "public domain (Met)"),
    ("hibiscus.png", "google/wuffs", "test/data/hibiscus.regular.png", "c6a5374f1d8e8162de1cbdd85bd52660e6be57cd790f605ceabdc5c6e6d04a2e", "L. C. Tiffany, Hibiscus and Parrots (Met)", "public domain (Met)"),
]


def read_source(source_dir: Path, repo: str, path: str) -> bytes | None:
    folder = source_dir / repo.replace("/", "+")
    for base in (folder, folder / "repo"):
        f = base / path
        if f.is_file():
            return f.read_bytes()
    for git_dir in (folder / "repo", folder):
        if (git_dir / "HEAD").is_file():
            r = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], capture_output=True)
            if r.returncode == 0:
                return r.stdout
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    source_dir, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, repo, path, sha, what, licence in ARTWORKS:
        data = read_source(source_dir, repo, path)
        if data is None:
            print(f"missing: {repo}:{path} (not under {source_dir})", file=sys.stderr)
            bad += 1
            continue
        got = hashlib.sha256(data).hexdigest()
        if got != sha:
            print(f"altered: {repo}:{path} has SHA-256 {got}, expected {sha}", file=sys.stderr)
            bad += 1
            continue
        (out / name).write_bytes(data)
        print(f"ok {name}: {what} ({licence}; {repo})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
