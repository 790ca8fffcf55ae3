"""Copy real public media samples for tests/content/test_media_formats.py out of local mirrors of
two repositories' test images, checking each file's SHA-256. They stay out of this repository
(pug.heic is 1.3 MB; the licences are the sources' own):
  github bigcat88/pillow_heif (BSD-3-Clause): an iPhone portrait HEIC in Display P3, 16-bit PNGs
  github python-pillow/Pillow (MIT-CMU): 16-bit TIFFs (little/big endian, 12 bits in 16), a TIFF
  with an ICC profile, animated GIFs using each disposal method

    python tools/fetch_media_samples.py DEST MIRROR [MIRROR ...]
    MUSEUM_AR_MEDIA_SAMPLES=DEST pytest tests/content/test_media_formats.py

A MIRROR is a checkout or a bare git directory of one of them (e.g. what the team's fetch tool
brings to /work/.mirror/bigcat88+pillow_heif/repo and /work/.mirror/python-pillow+Pillow/repo).
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
    "Tests/images/16bit.cropped.tif": "b4c1ef25fad27950f6116303d0afcaa304e42854ee1f172cdda3a00b2702488c",
    "Tests/images/16bit.MM.deflate.tif": "6e06ec2159d2d50213b8ef80a7820402697f224f6139de015737b6aeeeb5f013",
    "Tests/images/12in16bit.tif": "1ee4b1c3f82b6d17ff41ae62cdf189d53ed76886f928b6489cc2211a814f7c30",
    "Tests/images/hopper.iccprofile.tif": "c4656984ee90693d4c5cd8c649260e9ec44a1fa5ccda0dd3e5332ae3e7dbc6b9",
    "Tests/images/dispose_bgnd.gif": "d6375eddcc9d190c2376bbc091030d9ed0b7236b53e801e3f9500a059603f5e1",
    "Tests/images/dispose_prev.gif": "7a5ad1fe2d055cabda5b198941f3ebb2315023be128cc7278061f05eca8da076",
    "Tests/images/iss634.gif": "3ad971599fa36b013c0a6f4da76effbbda3cd98961bfe9bb2951c7930baaee76",
}


def _read(mirror: Path, rel: str) -> bytes:
    if (mirror / rel).is_file():
        return (mirror / rel).read_bytes()
    return subprocess.run(["git", f"--git-dir={mirror}", "show", f"HEAD:{rel}"], capture_output=True, check=True).stdout


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    dest, mirrors = Path(argv[0]), [Path(m) for m in argv[1:]]
    dest.mkdir(parents=True, exist_ok=True)
    sums = {}
    for rel, want in SAMPLES.items():
        data = None
        for mirror in mirrors:
            try:
                data = _read(mirror, rel)
                break
            except subprocess.CalledProcessError:
                continue
        if data is None:
            print(f"skipped (in none of the mirrors): {rel}", file=sys.stderr)
            continue
        got = hashlib.sha256(data).hexdigest()
        if got != want:
            print(f"SHA-256 mismatch for {rel}: {got}", file=sys.stderr)
            return 1
        name = Path(rel).name
        (dest / name).write_bytes(data)
        sums[name] = got
    (dest / "SHA256SUMS.json").write_text(json.dumps(sums, indent=1) + "\n")
    print(f"{len(sums)} samples in {dest}")
    return 0 if sums else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
