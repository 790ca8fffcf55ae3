"""Real glTF files from the field (tests/data/gltf, licences there): compressed inputs read,
PBR materials kept, true metres, the compressed output valid and lossless (issue 15, items 4-7)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from content_support import validate_glb

from museum_ar.content import import_item
from museum_ar.content.glb_compress import compress_glb, split_glb
from museum_ar.content.gltf_decode import plain_glb

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"


def doc_of(path: Path) -> dict:
    return split_glb(path.read_bytes())[0]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["helmet_small_meshopt.glb", "helmet_small_draco.glb"])
def test_compressed_helmet_keeps_every_pbr_map_and_its_metres(project, name):
    item = import_item(project.root, DATA / name)
    info = item.info
    assert info["triangles_after"] == 46356 // 3 and info["unit_source"] == "file"
    assert info["size_m"] == pytest.approx([1.89, 1.80, 2.0], abs=0.01)  # as the file says (metres)
    out = project.root / item.asset
    mat = doc_of(out)["materials"][0]
    assert {"baseColorTexture", "metallicRoughnessTexture"} <= set(mat["pbrMetallicRoughness"])
    assert {"normalTexture", "occlusionTexture", "emissiveTexture"} <= set(mat) and mat["emissiveFactor"] == [1.0, 1.0, 1.0]
    report = validate_glb(out)
    assert report["errors"] == 0, report


def test_draco_boxes_are_read(project):
    plain = import_item(project.root, DATA / "Box_draco.glb").info
    textured = import_item(project.root, DATA / "BoxTextured_draco.glb").info
    assert plain["triangles_after"] == textured["triangles_after"] == 12
    assert textured["textured"] and textured["size_m"] == pytest.approx([1, 1, 1], abs=1e-3)


def test_fox_keeps_its_true_metres_and_asks(project):
    info = import_item(project.root, DATA / "Fox.glb", marker_m=0.1).info
    assert info["unit"] == "m" and max(info["size_m"]) == pytest.approx(154.72, rel=0.01)
    assert "true size" in info["size_question"]


@pytest.mark.slow
def test_fox_quantised_by_gltf_transform_keeps_its_true_metres(project, src):
    """gltf-transform's meshopt Fox holds its positions in -1..1 with the dequantising scale in
    the skin's inverse bind matrices (not the mesh node, which a skinned mesh ignores): it is as
    long as the Fox, and placed by the skin, not 2 m (issue #15: read through the node)."""
    import subprocess

    from content_support import NODE_TOOLS

    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    packed = src / "fox_meshopt.glb"
    subprocess.run(["node", str(cli), "meshopt", str(DATA / "Fox.glb"), str(packed)], check=True, capture_output=True, timeout=120)
    fox = import_item(project.root, DATA / "Fox.glb", marker_m=0.1).info
    info = import_item(project.root, packed, marker_m=0.1).info
    assert info["unit"] == "m" and info["skins"] == 1
    assert info["size_m"] == pytest.approx(fox["size_m"], rel=0.01)
    assert info["bounding_box_m"]["min"][1] == pytest.approx(0.0, abs=1e-6)


@pytest.mark.slow
def test_animation_that_cannot_be_kept_is_said(project, src):
    """A Draco-compressed animated Fox takes the static path: the warning says what is lost."""
    import subprocess

    from content_support import NODE_TOOLS

    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    packed = src / "Fuchs draco.glb"
    subprocess.run(["node", str(cli), "draco", str(DATA / "Fox.glb"), str(packed)], check=True, capture_output=True, timeout=120)
    info = import_item(project.root, packed, fit_m=0.15).info
    assert "animations" not in info
    assert any("3 animations" in w and "not kept" in w for w in info["warnings"]), info["warnings"]


@pytest.mark.slow
def test_meshopt_output_is_valid_smaller_and_lossless(project):
    item = import_item(project.root, DATA / "helmet_small_meshopt.glb")
    plain = (project.root / item.asset).read_bytes()
    packed = compress_glb(plain, quantize=False, reorder=False)  # the codec alone: bit for bit
    assert len(packed) < len(plain)
    path = project.root / "packed.glb"
    path.write_bytes(packed)
    report = validate_glb(path)
    assert report["errors"] == 0, report
    assert "EXT_meshopt_compression" in doc_of(path)["extensionsRequired"]

    class NoFiles:
        def get(self, name):
            raise FileNotFoundError(name)

    a_doc, a_bin = split_glb(plain)
    b_doc, b_bin = split_glb(plain_glb(path, NoFiles()))

    def view(doc, data, i):
        v = doc["bufferViews"][i]
        return data[v["byteOffset"] : v["byteOffset"] + v["byteLength"]]

    prim = a_doc["meshes"][0]["primitives"][0]
    for name, acc in prim["attributes"].items():  # vertex data bit for bit
        i = a_doc["accessors"][acc]["bufferView"]
        assert view(a_doc, a_bin, i) == view(b_doc, b_bin, i), name
    i = a_doc["accessors"][prim["indices"]]["bufferView"]
    ta = np.frombuffer(view(a_doc, a_bin, i), np.uint16).reshape(-1, 3)
    tb = np.frombuffer(view(b_doc, b_bin, i), np.uint16).reshape(-1, 3)

    def canonical(t):  # the codec may rotate a triangle's corners, never its winding
        r = np.argmin(t, axis=1)
        rolled = np.stack([np.roll(row, -k) for row, k in zip(t, r)])
        return sorted(map(tuple, rolled))

    assert canonical(ta) == canonical(tb)


@pytest.mark.slow
def test_webp_textures_are_declared_and_smaller_than_jpeg(project):
    webp = import_item(project.root, DATA / "helmet_small_draco.glb")
    jpeg = import_item(project.root, DATA / "helmet_small_draco.glb", texture_format="jpeg")
    doc = doc_of(project.root / webp.asset)
    mimes = [i["mimeType"] for i in doc["images"]]
    # WebP where it is smaller; a JPEG already compressed harder than that is kept as it came
    assert doc["extensionsRequired"] == ["EXT_texture_webp"] and "image/webp" in mimes and set(mimes) <= {"image/webp", "image/jpeg"}
    for t in doc["textures"]:
        src = t["extensions"]["EXT_texture_webp"]["source"] if "extensions" in t else t["source"]
        assert ("extensions" in t) == (doc["images"][src]["mimeType"] == "image/webp")
    assert webp.info["bytes_after"] < jpeg.info["bytes_after"]
    assert validate_glb(project.root / webp.asset)["errors"] == 0


@pytest.mark.slow
def test_fox_animations_and_skin_survive_and_are_placed(project):
    """The skinned, animated Fox is kept as a document (gltf_keep): its 3 animations and skin are
    in the output, one root node places it (fitted to 15 cm, standing on the marker), it plays
    looping from the start, and the Khronos validator finds no error."""
    from museum_ar.content.glb_compress import split_glb as split

    item = import_item(project.root, DATA / "Fox.glb", fit_m=0.15)
    info = item.info
    assert info["animations"] == ["Survey", "Walk", "Run"] and info["skins"] == 1
    assert not any("not kept" in w for w in info["warnings"])
    assert max(info["size_m"]) == pytest.approx(0.15, rel=1e-3) and info["bounding_box_m"]["min"][1] == pytest.approx(0.0, abs=1e-6)
    assert item.playback.autoplay and item.playback.loop
    out = project.root / item.asset
    doc = split(out.read_bytes())[0]
    assert len(doc["animations"]) == 3 and len(doc["skins"]) == 1
    root = doc["nodes"][doc["scenes"][doc["scene"]]["nodes"][0]]
    m = np.array(root["matrix"]).reshape(4, 4).T
    assert np.linalg.norm(m[:3, 0]) == pytest.approx(0.15 / 154.72, rel=1e-3)
    report = validate_glb(out)
    assert report["errors"] == 0, report


@pytest.mark.slow
def test_quantised_meshopt_output_keeps_the_size_and_passes_the_validator(project):
    """The tablet output (quantised + meshopt, as gltfpack writes): 0 validator errors, and read
    back it is the same size within 0.01 %."""
    item = import_item(project.root, DATA / "helmet_small_draco.glb", compress="meshopt")
    out = project.root / item.asset
    doc = doc_of(out)
    assert {"EXT_meshopt_compression", "KHR_mesh_quantization"} <= set(doc["extensionsRequired"])
    # every vertex view encoded, the padded 16-bit VEC3 ones (stride 8) too: those had been left raw
    vertex_views = [v for v in doc["bufferViews"] if v.get("target") == 34962]
    assert len(vertex_views) == 3 and all("EXT_meshopt_compression" in v.get("extensions", {}) for v in vertex_views)
    assert validate_glb(out)["errors"] == 0
    plain = import_item(project.root, DATA / "helmet_small_draco.glb")
    assert item.info["bytes_after"] < 0.8 * plain.info["bytes_after"]
    again = import_item(project.root, out)
    assert again.info["size_m"] == pytest.approx(plain.info["size_m"], rel=1e-4)
