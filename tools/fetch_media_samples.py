"""Copy real public media samples for tests/content/test_media_formats.py out of a local mirror of
pillow-heif's repository (github bigcat88/pillow_heif, BSD-3-Clause; its test images), checking
each file's SHA-256. They stay out of the repository (pug.heic is 1.3 MB).

    python tools/fetch_media_samples.py MIRROR DEST
    MUSEUM_AR_MEDIA_SAMPLES=DEST pytest tests/content/test_media_formats.py

MIRROR is a checkout or a bare git directory of that repository (e.g. the mirror the team's
fetch tool brings to /work/.mirror/bigcat88+pillow_heif/repo).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

SAMPLES = {  # path in the repository -> SHA-256
    "tests/images/heif_other/pug.heic": "1ddce96766efbfa0f6bdf634bdab26bdeff831393df8d67f4cdc7b7a7afebc67",  # iPhone portrait, Display P3
    "tests/images/non_heif/L_16__128x128.png": "99c9b094b94c5068689e3e6337b394e1c346a89738988987fd179daa4c734fb0",
    "tests/images/non_heif/LA_16__128x128.png": "0638ecc6935f7f2dd85c6230ea56bd7466c92d4ddb20acb23d2eb1cd40bae1f8",
    "tests/images/non_heif/RGB_16__128x128.png": "a190230f175d984334bf6c34a7e61974ced56c4e511ca43289dbe27d2498f38a",
    "tests/images/non_heif/RGBA_16__128x128.png": "a0c242411d10f652514c47c1fb9912f80314630629f1d0bf4f8ad9ee2ce9d932",
}


def _read(mirror: Path, rel: str) -> bytes:
    if (mirror / rel).is_file():
        return (mirror / rel).read_bytes()
    return subprocess.run(["git", f"--git-dir={mirror}", "show", f"HEAD:{rel}"], capture_output=True, check=True).stdout


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    mirror, dest = Path(argv[0]), Path(argv[1])
    dest.mkdir(parents=True, exist_ok=True)
    sums = {}
    for rel, want in SAMPLES.items():
        try:
            data = _read(mirror, rel)
        except subprocess.CalledProcessError:
            print(f"missing in the mirror: {rel}", file=sys.stderr)
            return 1
        got = hashlib.sha256(data).hexdigest()
        if got != want:
            print(f"SHA-256 mismatch for {rel}: {got}", file=sys.stderr)
            return 1
        name = Path(rel).name
        (dest / name).write_bytes(data)
        sums[name] = got
    (dest / "SHA256SUMS.json").write_text(json.dumps(sums, indent=1) + "\n")
    print(f"{len(sums)} samples in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
