"""Each PBR map encoded for what it holds (issue #15): a metallic-roughness map keeps its roughness
(G) and metalness (B) apart, which WebP lossy's half-resolution colour (4:2:0) smears together."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from museum_ar.content import import_item
from museum_ar.content.glb_compress import split_glb
from museum_ar.content.textures import map_kind, prepare_texture

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"


def images_by_slot(glb: bytes) -> dict[str, tuple[bytes, str]]:
    """{glTF slot: (image bytes, mime type)} of the first material."""
    doc, binary = split_glb(glb)
    mat = doc["materials"][0]
    refs = {**mat.get("pbrMetallicRoughness", {}), **mat}
    out = {}
    for slot, ref in refs.items():
        if not (isinstance(ref, dict) and "index" in ref):
            continue
        tex = doc["textures"][ref["index"]]
        src = tex["extensions"]["EXT_texture_webp"]["source"] if "extensions" in tex else tex["source"]
        image = doc["images"][src]
        view = doc["bufferViews"][image["bufferView"]]
        start = view.get("byteOffset", 0)
        out[slot] = (binary[start : start + view["byteLength"]], image["mimeType"])
    return out


def test_a_picture_in_several_slots_is_encoded_for_the_most_demanding():
    assert map_kind({"occlusionTexture", "metallicRoughnessTexture"}) == "metal_rough"  # an ORM map
    assert map_kind({"baseColorTexture", "emissiveTexture"}) == "base"
    assert map_kind({"normalTexture", "baseColorTexture"}) == "normal"
    assert map_kind({"someFutureTexture"}) == "base"


def test_roughness_and_metalness_stay_apart_in_a_metallic_roughness_map():
    # a real metallic-roughness map (DamagedHelmet's, 256 px), made larger than it came so neither
    # encoding can fall back to the source's own JPEG
    data, _ = images_by_slot((DATA / "helmet_small_draco.glb").read_bytes())["metallicRoughnessTexture"]
    src = Image.open(io.BytesIO(data)).convert("RGB").resize((512, 512), Image.Resampling.NEAREST)
    ref = np.asarray(src, dtype=np.float64)

    def channel_error(kind: str) -> tuple[np.ndarray, str]:
        out, mime, _ = prepare_texture(src.copy(), 2048, 88, "webp", kind=kind)
        got = np.asarray(Image.open(io.BytesIO(out)).convert("RGB"), dtype=np.float64)
        return np.sqrt(((got - ref) ** 2).mean(axis=(0, 1))), mime

    as_mr, mr_mime = channel_error("metal_rough")
    as_colour, colour_mime = channel_error("base")
    assert (mr_mime, colour_mime) == ("image/jpeg", "image/webp")
    # rms error of roughness (G) and metalness (B) in grey levels, measured: 2.6 / 4.5 as JPEG 4:4:4
    # q88 vs 5.9 / 13.2 as WebP q77
    assert as_mr[1] < 0.7 * as_colour[1] and as_mr[2] < 0.5 * as_colour[2], (as_mr, as_colour)


def test_a_metallic_roughness_map_with_transparency_or_from_webp_stays_webp():
    rgba = Image.new("RGBA", (64, 64), (0, 128, 255, 255))
    rgba.putpixel((3, 3), (0, 128, 255, 10))
    assert prepare_texture(rgba, 2048, 88, "webp", kind="metal_rough")[1] == "image/webp"
    buf = io.BytesIO()
    Image.effect_noise((64, 64), 40).convert("RGB").save(buf, "WEBP", quality=80)
    # its colour is 4:2:0 already: JPEG 4:4:4 would only spend bytes on it
    assert prepare_texture(Image.open(buf), 2048, 88, "webp", kind="metal_rough")[1] == "image/webp"
    assert prepare_texture(Image.open(buf), 2048, 88, "jpeg", kind="metal_rough")[1] == "image/jpeg"  # asked for JPEG


@pytest.mark.slow
def test_an_import_writes_its_metallic_roughness_map_as_jpeg_and_the_rest_as_webp(project):
    item = import_item(project.root, DATA / "helmet_small_meshopt.glb", max_texture_px=128)  # smaller than it came: re-encoded
    maps = images_by_slot((project.root / item.asset).read_bytes())
    assert maps["metallicRoughnessTexture"][1] == "image/jpeg"
    assert {maps[s][1] for s in ("baseColorTexture", "normalTexture", "occlusionTexture", "emissiveTexture")} == {"image/webp"}
    jpeg = Image.open(io.BytesIO(maps["metallicRoughnessTexture"][0]))
    assert jpeg.size == (128, 128) and jpeg.layer[0][1:3] == jpeg.layer[1][1:3] == (1, 1)  # 4:4:4: full-resolution colour


def test_a_map_that_re_encoding_would_barely_shrink_goes_in_as_it_came(project):
    # DamagedHelmet's metallic-roughness JPEG (256 px, 4:4:4): its re-encoding as JPEG 4:4:4 q88 is
    # 55 bytes smaller, a second lossy generation for 0.2 %; the base colour's WebP saves 24 %
    source = (DATA / "helmet_small_draco.glb").read_bytes()
    came = images_by_slot(source)
    item = import_item(project.root, DATA / "helmet_small_draco.glb", compress="meshopt", fit_m=0.2)
    maps = images_by_slot((project.root / item.asset).read_bytes())
    assert maps["metallicRoughnessTexture"] == came["metallicRoughnessTexture"]  # byte for byte
    # the base colour (a q85 JPEG) is repacked, not made WebP: its own tables, fewer bytes, the same picture
    base, came_base = maps["baseColorTexture"][0], came["baseColorTexture"][0]
    assert maps["baseColorTexture"][1] == "image/jpeg" and len(base) < len(came_base)
    assert Image.open(io.BytesIO(base)).quantization == Image.open(io.BytesIO(came_base)).quantization
    assert _grey_difference(base, came_base) < 0.5
    said = {m["kind"]: m for m in item.info["texture_maps"]}
    assert said["metal_rough"] == {"kind": "metal_rough", "mime": "image/jpeg", "bytes": len(came["metallicRoughnessTexture"][0]),
                                   "as_it_came": True}
    assert not said["base"]["as_it_came"] and said["base"]["mime"] == "image/jpeg"


def _grey_difference(a: bytes, b: bytes) -> float:
    """Mean absolute difference of two encoded pictures, in grey levels of their RGB channels."""
    pa, pb = (np.asarray(Image.open(io.BytesIO(x)).convert("RGB"), dtype=np.int16) for x in (a, b))
    return float(np.abs(pa - pb).mean())


def _photo_jpeg(quality: int) -> bytes:
    """A 256 px photograph-like picture (smooth colour and grain) as a JPEG of this quality."""
    y, x = np.mgrid[0:256, 0:256]
    rgb = np.stack([120 + 80 * np.sin(x / 23.0), 110 + 70 * np.cos(y / 31.0), 90 + 60 * np.sin((x + y) / 41.0)], axis=-1)
    rgb += np.random.default_rng(5).normal(0, 9, rgb.shape)
    buf = io.BytesIO()
    Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


@pytest.mark.parametrize("quality", [75, 85, 90])
def test_a_base_colour_jpeg_up_to_q90_is_repacked_not_made_webp(quality):
    from museum_ar.content.textures import jpeg_quality_of

    jpeg = _photo_jpeg(quality)
    assert jpeg_quality_of(Image.open(io.BytesIO(jpeg))) == pytest.approx(quality, abs=0.5)
    data, mime, size = prepare_texture(_opened(jpeg), 2048, 88, "webp", kind="base")
    assert mime == "image/jpeg" and size == (256, 256) and len(data) < len(jpeg)
    assert Image.open(io.BytesIO(data)).info.get("progressive")  # (what makes it smaller than it came)
    assert _grey_difference(data, jpeg) < 0.2
    # other kinds of map and scaled-down base colours are still re-encoded as their kind says
    assert prepare_texture(_opened(jpeg), 2048, 88, "webp", kind="occlusion")[1] == "image/webp"
    assert prepare_texture(_opened(jpeg), 128, 88, "webp", kind="base")[1] == "image/webp"


def test_a_base_colour_jpeg_above_q90_is_made_webp():
    # a q95-q100 export costs 2.3-3.7x its WebP as a repack: there the bytes count for more
    assert prepare_texture(_opened(_photo_jpeg(96)), 2048, 88, "webp", kind="base")[1] == "image/webp"


def _opened(data: bytes) -> Image.Image:
    from museum_ar.content.textures import keep_source

    return keep_source(Image.open(io.BytesIO(data)), data)


def test_what_goes_in_as_it_came_and_what_is_re_encoded():
    noise = Image.effect_noise((256, 256), 30).convert("RGB")
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=60)  # compressed harder than ours: re-encoding saves nothing
    jpeg = buf.getvalue()
    assert prepare_texture(_opened(jpeg), 2048, 88, "webp", kind="metal_rough")[:2] == (jpeg, "image/jpeg")
    assert prepare_texture(_opened(jpeg), 2048, 88, "jpeg")[:2] == (jpeg, "image/jpeg")
    assert prepare_texture(_opened(jpeg), 128, 88, "webp", kind="metal_rough")[0] != jpeg  # scaled down: re-encoded
    assert prepare_texture(Image.open(io.BytesIO(jpeg)), 2048, 88, "webp", kind="metal_rough")[0] != jpeg  # no bytes kept
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90°": Pillow and browsers would draw it differently
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=60, exif=exif.tobytes())
    assert prepare_texture(_opened(buf.getvalue()), 2048, 88, "webp", kind="metal_rough")[0] != buf.getvalue()
    buf = io.BytesIO()
    noise.save(buf, "WEBP", quality=50)
    webp = buf.getvalue()
    assert prepare_texture(_opened(webp), 2048, 88, "webp")[:2] == (webp, "image/webp")
    assert prepare_texture(_opened(webp), 2048, 88, "jpeg")[1] == "image/jpeg"  # a JPEG GLB cannot carry WebP
    checks = np.zeros((256, 256, 3), np.uint8)  # a hard-edged drawing: 982 bytes as PNG, 18,834 as WebP q77
    checks[((np.arange(256)[:, None] // 3 + np.arange(256)[None, :] // 5) % 2).astype(bool)] = (200, 30, 40)
    buf = io.BytesIO()
    Image.fromarray(checks).save(buf, "PNG")
    png = buf.getvalue()  # lossless and smaller than its re-encoding
    assert prepare_texture(_opened(png), 2048, 88, "webp")[:2] == (png, "image/png")
    buf = io.BytesIO()
    noise.save(buf, "PNG")  # lossless but 3x its WebP: re-encoded
    assert prepare_texture(_opened(buf.getvalue()), 2048, 88, "webp")[1] == "image/webp"


SWAPPED = Path("/usr/share/color/icc/colord/SwappedRedAndGreen.icc")  # a real RGB profile whose effect is plain to see


def _swapped_profile() -> bytes:
    if not SWAPPED.is_file():
        pytest.skip(f"needs {SWAPPED} (apt: colord-data; scripts/install.sh)")
    return SWAPPED.read_bytes()


def _tagged(fmt: str, icc: bytes, colour=(200, 30, 10), applies: bool = True) -> Image.Image:
    """A picture file with this profile; `applies`: as an OBJ's texture file (not a glTF's)."""
    from museum_ar.content.textures import profile_applies

    buf = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buf, fmt, icc_profile=icc, **({"quality": 85} if fmt == "JPEG" else {}))
    img = _opened(buf.getvalue())
    return profile_applies(img) if applies else img


@pytest.mark.parametrize("fmt, out", [("JPEG", "webp"), ("PNG", "webp"), ("JPEG", "jpeg")])
def test_a_colour_map_with_another_colour_profile_is_converted_to_srgb(fmt, out):
    icc = _swapped_profile()
    for kind in ("base", "emissive"):
        data, _, _ = prepare_texture(_tagged(fmt, icc), 2048, 88, out, kind=kind)
        px = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)[32, 32]
        assert np.abs(px - [30, 200, 10]).max() <= 8, (kind, px)  # red and green swapped back, as the profile says
        assert "icc_profile" not in Image.open(io.BytesIO(data)).info


def test_a_data_map_keeps_its_numbers_whatever_its_profile():
    icc = _swapped_profile()
    for kind in ("normal", "metal_rough", "occlusion"):
        data, _, _ = prepare_texture(_tagged("PNG", icc), 2048, 88, "webp", kind=kind)
        px = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)[32, 32]
        assert np.abs(px - [200, 30, 10]).max() <= 8, (kind, px)


def test_a_gltf_texture_profile_is_ignored_as_the_gltf_specification_says():
    # (Khronos' BoxTextured carries Apple's "Generic RGB Profile"; every glTF viewer draws its pixels)
    data, _, _ = prepare_texture(_tagged("PNG", _swapped_profile(), applies=False), 2048, 88, "webp", kind="base")
    px = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)[32, 32]
    assert np.abs(px - [200, 30, 10]).max() <= 8, px


def test_an_srgb_tagged_base_colour_still_goes_as_it_is_repacked():
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    jpeg = _photo_jpeg(85)
    tagged = io.BytesIO()
    Image.open(io.BytesIO(jpeg)).save(tagged, "JPEG", quality="keep", icc_profile=srgb)
    from museum_ar.content.textures import profile_applies

    data, mime, _ = prepare_texture(profile_applies(_opened(tagged.getvalue())), 2048, 88, "webp", kind="base")
    assert mime == "image/jpeg" and Image.open(io.BytesIO(data)).info.get("progressive")  # the repack, not a conversion


def test_an_obj_whose_texture_carries_a_profile_lands_in_srgb(project, tmp_path):
    from meshgen import bumpy_sphere, write_obj

    icc = _swapped_profile()
    pos, uv, faces = bumpy_sphere(20, 40)
    obj = write_obj(tmp_path / "src", "Vase", pos, uv, faces, Image.new("RGB", (32, 32), (200, 30, 10)))
    Image.new("RGB", (32, 32), (200, 30, 10)).save(tmp_path / "src" / "Vase texture.png", icc_profile=icc)
    item = import_item(project.root, obj, unit="mm")
    data, _ = images_by_slot((project.root / item.asset).read_bytes())["baseColorTexture"]
    px = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)[16, 16]
    assert np.abs(px - [30, 200, 10]).max() <= 8, px
    thumb = np.asarray(Image.open(project.root / item.thumbnail).convert("RGB"), dtype=int)[96:160, 96:160].reshape(-1, 3).mean(axis=0)
    assert thumb[1] > 2 * thumb[0], thumb  # the thumbnail shows the converted colour too
