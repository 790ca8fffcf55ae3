"""KTX2/Basis Universal textures (glTF KHR_texture_basisu, as Sketchfab, gltfpack -tc and
gltf-transform etc1s/uastc write them) are transcoded to PNG on import (issue #15).

`helmet_small_ktx2.glb` is `helmet_small_meshopt.glb` with its five JPEG maps encoded by Binomial's
basisu (tests/data/gltf/make_ktx2.py): base colour and emissive ETC1S sRGB, normal, occlusion and
metallic-roughness UASTC linear. The JPEGs of the source are the reference."""

from __future__ import annotations

import io
import json
import random
import struct
from pathlib import Path

import numpy as np
import pytest
from content_support import asset_files, validate_glb

from museum_ar.content import import_item, ktx2
from museum_ar.content.glb_compress import split_glb
from museum_ar.content.gltf_decode import pack_views, plain_glb, read_gltf
from museum_ar.core.errors import ContentError

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"
KTX_GLB = DATA / "helmet_small_ktx2.glb"
JPEG_GLB = DATA / "helmet_small_meshopt.glb"
SLOTS = ("baseColorTexture", "emissiveTexture", "normalTexture", "occlusionTexture", "metallicRoughnessTexture")
# Mean absolute difference (0-255 levels, RGB) of each transcoded map to the source JPEG, measured
# with basisu 1.15's defaults: ETC1S base colour 6.9, emissive 0.2; UASTC normal 0.3, occlusion
# 0.5, metallic-roughness 2.7. The bounds leave room for another encoder version, not for a
# colour-space conversion: sRGB -> linear would move the normal map's mean by 49 levels.
TOLERANCE = {"baseColorTexture": 8.0, "emissiveTexture": 1.5, "normalTexture": 1.5, "occlusionTexture": 1.5,
             "metallicRoughnessTexture": 4.0}


class NoFiles:
    def get(self, name):
        raise FileNotFoundError(name)


def slot_pixels(glb: bytes) -> dict[str, np.ndarray]:
    """slot -> the picture (RGB, int) a GLB's first material has there."""
    from PIL import Image

    doc, binary = split_glb(glb)
    mat = doc["materials"][0]
    out = {}
    for holder in (mat, mat.get("pbrMetallicRoughness", {})):
        for slot in SLOTS:
            if slot in holder:
                tex = doc["textures"][holder[slot]["index"]]
                source = tex.get("source", tex.get("extensions", {}).get("EXT_texture_webp", {}).get("source"))
                view = doc["bufferViews"][doc["images"][source]["bufferView"]]
                start = view.get("byteOffset", 0)
                data = binary[start : start + view["byteLength"]]
                out[slot] = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)
    return out


def ktx_by_slot() -> dict[str, bytes]:
    doc, binary = split_glb(KTX_GLB.read_bytes())
    mat = doc["materials"][0]
    out = {}
    for holder in (mat, mat["pbrMetallicRoughness"]):
        for slot in SLOTS:
            if slot in holder:
                source = doc["textures"][holder[slot]["index"]]["extensions"]["KHR_texture_basisu"]["source"]
                view = doc["bufferViews"][doc["images"][source]["bufferView"]]
                out[slot] = binary[view["byteOffset"] : view["byteOffset"] + view["byteLength"]]
    return out


def box_with_ktx2(ktx: bytes, name: str = "BoxTextured_draco.glb") -> tuple[dict, list[bytes]]:
    """Khronos' BoxTextured (Draco) with `ktx` as its base colour: KTX2 alongside Draco, as in
    Sketchfab downloads (or another one-image GLB of tests/data/gltf). Returns the document and
    its views' bytes."""
    doc, buffers = read_gltf(DATA / name, NoFiles())
    views = [buffers[v.get("buffer", 0)][v.get("byteOffset", 0) : v.get("byteOffset", 0) + v["byteLength"]] for v in doc["bufferViews"]]
    (image,) = doc["images"]
    views[image["bufferView"]] = ktx
    image["mimeType"] = "image/ktx2"
    for tex in doc["textures"]:
        tex["extensions"] = {"KHR_texture_basisu": {"source": tex.pop("source")}}
    for key in ("extensionsUsed", "extensionsRequired"):
        doc[key] = [*doc.get(key, []), "KHR_texture_basisu"]
    return doc, views


def write_glb(path: Path, doc: dict, views: list[bytes]) -> Path:
    binary = pack_views(doc, views)
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 4)
    path.write_bytes(struct.pack("<4sII", b"glTF", 2, 28 + len(js) + len(binary)) + struct.pack("<I4s", len(js), b"JSON") + js
                     + struct.pack("<I4s", len(binary), b"BIN\x00") + binary)
    return path


def test_ktx2_maps_are_decoded_with_the_same_values():
    """Each map decodes to what the source JPEG shows, in its own colour space (the normal map
    linear, base colour sRGB: values as stored, nothing converted)."""
    warnings: list[str] = []
    plain = plain_glb(KTX_GLB, NoFiles(), warnings)
    assert plain is not None and warnings == []
    doc, _ = split_glb(plain)
    assert "KHR_texture_basisu" not in json.dumps(doc)
    assert {img["mimeType"] for img in doc["images"]} == {"image/bmp"}  # in memory only; no alpha here
    got, want = slot_pixels(plain), slot_pixels(JPEG_GLB.read_bytes())
    assert set(got) == set(SLOTS)
    for slot in SLOTS:
        assert got[slot].shape == want[slot].shape == (256, 256, 3)
        mad = float(np.abs(got[slot] - want[slot]).mean())
        assert mad < TOLERANCE[slot], (slot, mad)
    assert abs(got["normalTexture"].mean() - want["normalTexture"].mean()) < 1.0  # linear stays linear


def test_ktx2_files_flags_are_what_the_slots_read():
    flags = {slot: ktx2.transcode(data).srgb for slot, data in ktx_by_slot().items()}
    assert flags == {"baseColorTexture": True, "emissiveTexture": True, "normalTexture": False,
                     "occlusionTexture": False, "metallicRoughnessTexture": False}


@pytest.mark.slow
def test_ktx2_glb_imports_with_every_map(project):
    item = import_item(project.root, KTX_GLB)
    info = item.info
    assert info["textured"] and info["triangles_after"] == 46356 // 3 and info["warnings"] == []
    assert info["texture_px"] == [[256, 256]] * 5
    out = (project.root / item.asset).read_bytes()
    assert b"KHR_texture_basisu" not in out
    got, want = slot_pixels(out), slot_pixels(JPEG_GLB.read_bytes())
    # after the pipeline's own WebP encoding, measured: base colour 6.9, normal 2.0 (the JPEG source
    # GLB through the same import: 0.2 and 1.9)
    assert float(np.abs(got["baseColorTexture"] - want["baseColorTexture"]).mean()) < 10.0
    assert float(np.abs(got["normalTexture"] - want["normalTexture"]).mean()) < 3.0
    report = validate_glb(project.root / item.asset)
    assert report["errors"] == 0, report


def test_ktx2_beside_draco_imports(project, src):
    item = import_item(project.root, write_glb(src / "Kiste ktx2.glb", *box_with_ktx2(ktx_by_slot()["baseColorTexture"])))
    assert item.info["textured"] and item.info["triangles_after"] == 12 and item.info["warnings"] == []


@pytest.mark.slow
def test_animated_gltf_with_ktx2_is_kept_with_its_texture(project, src):
    """The skinned Fox takes the path that keeps the document (gltf_keep): its KTX2 texture
    arrives there decoded and leaves as a glTF image format."""
    item = import_item(project.root, write_glb(src / "fuchs.glb", *box_with_ktx2(ktx_by_slot()["baseColorTexture"], "Fox.glb")), fit_m=0.15)
    assert item.info["animations"] and item.info["texture_px"] == [[256, 256]]
    doc, _ = split_glb((project.root / item.asset).read_bytes())
    assert "KHR_texture_basisu" not in json.dumps(doc)
    assert doc["images"][0]["mimeType"] in ("image/webp", "image/jpeg", "image/png")


def test_truncated_ktx2_names_file_and_texture(project, src):
    before = asset_files(project)
    ktx = ktx_by_slot()["baseColorTexture"]
    path = write_glb(src / "abgeschnitten.glb", *box_with_ktx2(ktx[: len(ktx) // 3]))
    with pytest.raises(ContentError) as e:
        import_item(project.root, path)
    message = str(e.value)
    assert str(path) in message and "texture 0 (base colour): image 0" in message and "ktx2" in message.lower(), message
    assert asset_files(project) == before


def test_corrupt_ktx2_beside_a_gltf_names_its_file(project, src):
    """A .gltf with the KTX2 as a file next to it (URI %-escaped): read, transcoded; damaged, the
    error names that file."""
    doc, views = box_with_ktx2(ktx_by_slot()["baseColorTexture"])
    image = doc["images"][0]
    ktx = views[image.pop("bufferView")]
    binary = pack_views(doc, views)  # (the image's old view stays as unused bytes: harmless)
    (src / "kiste.bin").write_bytes(binary)
    doc["buffers"][0]["uri"] = "kiste.bin"
    image["uri"] = "Farbe%20Basis.ktx2"
    gltf = src / "kiste.gltf"
    gltf.write_text(json.dumps(doc))
    (src / "Farbe Basis.ktx2").write_bytes(ktx)
    assert import_item(project.root, gltf).info["textured"]
    damaged = bytearray(ktx)
    damaged[12:16] = b"\x25\x00\x00\x00"  # vkFormat R8G8B8A8_UNORM: a KTX2 file, but no Basis data in it
    (src / "Farbe Basis.ktx2").write_bytes(bytes(damaged))
    with pytest.raises(ContentError, match=r"texture 0 \(base colour\): image 0 'CesiumLogoFlat', file 'Farbe Basis.ktx2' is not a readable KTX2/Basis texture"):
        import_item(project.root, gltf)


def test_colour_space_flag_at_odds_with_its_slot_is_said(project, src):
    """A linear (UASTC normal-map) KTX2 used as base colour: its values are kept, and the warning
    says the file and glTF disagree."""
    item = import_item(project.root, write_glb(src / "flach.glb", *box_with_ktx2(ktx_by_slot()["normalTexture"])))
    assert any("base colour" in w and "marked linear" in w and "kept as stored" in w for w in item.info["warnings"]), item.info["warnings"]


def test_damaged_ktx2_bytes_raise_only_ktx2error():
    """The native transcoder sees hostile bytes: every damaged copy either decodes or raises
    Ktx2Error (18,000 such copies were run once by hand; these 150 stay in the suite)."""
    data = ktx_by_slot()["normalTexture"]
    rng = random.Random(15)
    outcomes = set()
    for n in range(150):
        damaged = bytearray(data[: rng.randrange(len(data))] if n % 3 == 0 else data)
        for _ in range(0 if n % 3 == 0 else rng.randint(1, 6)):
            i = rng.randrange(200 if n % 3 == 1 else len(damaged))
            damaged[i] = rng.randrange(256)
        try:
            ktx2.transcode(bytes(damaged))
            outcomes.add("decoded")
        except ktx2.Ktx2Error:
            outcomes.add("refused")
    assert "refused" in outcomes


def test_a_texture_larger_than_the_import_decodes_is_refused_before_decoding():
    with pytest.raises(ktx2.Ktx2Error, match="megapixels"):
        ktx2.transcode(ktx_by_slot()["baseColorTexture"], max_pixels=256 * 255)
