"""Media as curators bring it, through the real importer: 16-bit and greyscale PNG/TIFF, ICC
profiles, iPhone HEIC, HDR (HLG, PQ) phone video, 96 kHz audio, animated GIF/APNG/WebP and SVG.
The files are made with real tools (Pillow, pillow-heif, the bundled ffmpeg, usd-free) and, where
tools/fetch_media_samples.py copied them (MUSEUM_AR_MEDIA_SAMPLES), real public samples.
Every test asserts pixel values, colour tags or sample rates of what the import wrote."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from content_support import ffmpeg_exe
from museum_ar.content import import_item
from museum_ar.content.ffmpeg import probe
from museum_ar.core.errors import ContentError

COLORD = Path("/usr/share/color/icc/colord")
ICC_FREE = Path("/usr/share/color/icc")


def _asset(project, item) -> Path:
    return project.root / item.asset


def _pixels(path: Path, mode="RGB") -> np.ndarray:
    with Image.open(path) as img:
        return np.asarray(img.convert(mode), dtype=np.int32)


def _profile(path: Path) -> bytes:
    if not path.is_file():
        pytest.skip(f"needs {path} (apt: colord-data, icc-profiles-free; scripts/install.sh)")
    return path.read_bytes()


# -- images ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_16_bit_greyscale_keeps_its_tones(project, src, fmt):
    ramp = np.round(np.linspace(0, 65535, 512)).astype(np.uint16)[None, :].repeat(40, axis=0)
    path = src / f"Archiv 16 bit.{fmt.lower()}"
    Image.fromarray(ramp).save(path, fmt)
    assert Image.open(path).mode.startswith("I;16")
    item = import_item(project.root, path)
    out = _pixels(_asset(project, item), "L")
    want = np.round(ramp.astype(float) / 257.0)
    assert np.abs(out - want).max() <= 1  # was 255 everywhere above 255 ("pure white")
    assert out[:, 256].mean() == pytest.approx(127.5, abs=1)
    assert item.info["bits_before"] == 16 and item.info["mode_before"].startswith("I;16")


def test_8_bit_greyscale_and_16_bit_rgb_come_through(project, src):
    import cv2

    grey = np.tile(np.arange(0, 256, dtype=np.uint8), (20, 1))
    Image.fromarray(grey, "L").save(src / "grau.png")
    rgb16 = np.zeros((16, 64, 3), np.uint16)
    rgb16[..., 0] = 65535
    rgb16[..., 1] = 32896  # 128 * 257
    cv2.imwrite(str(src / "farbe16.png"), rgb16[..., ::-1])
    g = import_item(project.root, src / "grau.png")
    assert np.array_equal(_pixels(_asset(project, g), "L")[0], np.arange(256))
    c = import_item(project.root, src / "farbe16.png")
    assert np.abs(_pixels(_asset(project, c))[5, 5] - [255, 128, 0]).max() <= 1


def test_icc_profile_is_converted_to_srgb(project, src):
    swapped = _profile(COLORD / "SwappedRedAndGreen.icc")
    img = Image.new("RGB", (64, 32), (200, 30, 10))
    img.save(src / "vertauscht.png", icc_profile=swapped)
    item = import_item(project.root, src / "vertauscht.png")
    out = Image.open(_asset(project, item))
    assert "icc_profile" not in out.info  # sRGB, untagged: what browsers assume
    assert np.abs(np.asarray(out.convert("RGB"))[10, 10] - [30, 200, 10]).max() <= 1  # red and green swapped back
    assert item.info["colour_profile_before"] == "Swapped Red and Green" and item.info["converted_to_srgb"]


def test_adobe_rgb_jpeg_matches_littlecms_and_differs_from_ignoring_it(project, src):
    adobe = _profile(COLORD / "AdobeRGB1998.icc")
    rng = np.random.default_rng(3)
    arr = rng.integers(30, 226, size=(48, 64, 3), dtype=np.uint8).repeat(4, axis=0).repeat(4, axis=1)
    Image.fromarray(arr).save(src / "kamera.png", icc_profile=adobe)  # PNG: lossless, so the expectation is exact
    item = import_item(project.root, src / "kamera.png")
    out = _pixels(_asset(project, item))
    ref = ImageCms.profileToProfile(Image.fromarray(arr), ImageCms.ImageCmsProfile(io.BytesIO(adobe)), ImageCms.createProfile("sRGB"),
                                    renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC, outputMode="RGB")
    assert np.abs(out - np.asarray(ref, dtype=np.int32)).max() <= 1
    assert np.abs(out - arr.astype(np.int32)).mean() > 5  # the profile mattered: ignoring it would be visibly off


def test_grey_profile_and_alpha_survive(project, src):
    grey = _profile(ICC_FREE / "Gray.icc")
    la = Image.merge("LA", (Image.new("L", (32, 32), 100), Image.linear_gradient("L").resize((32, 32))))
    la.save(src / "grau_alpha.png", icc_profile=grey)
    item = import_item(project.root, src / "grau_alpha.png")
    out = Image.open(_asset(project, item))
    assert out.mode == "RGBA"
    ref = ImageCms.profileToProfile(Image.new("L", (1, 1), 100), ImageCms.ImageCmsProfile(io.BytesIO(grey)), ImageCms.createProfile("sRGB"), outputMode="RGB")
    px = np.asarray(out)
    assert np.abs(px[5, 5, :3] - np.asarray(ref)[0, 0]).max() <= 1
    assert np.array_equal(px[:, 5, 3], np.asarray(la.getchannel("A"))[:, 5])  # alpha untouched


def test_grey_picture_with_an_rgb_profile_is_converted_not_refused(project, src):
    adobe = _profile(COLORD / "AdobeRGB1998.icc")
    Image.new("L", (16, 16), 90).save(src / "grau_adobe.png", icc_profile=adobe)
    item = import_item(project.root, src / "grau_adobe.png")
    ref = ImageCms.profileToProfile(Image.new("RGB", (1, 1), (90, 90, 90)), ImageCms.ImageCmsProfile(io.BytesIO(adobe)), ImageCms.createProfile("sRGB"), outputMode="RGB")
    assert np.abs(_pixels(_asset(project, item))[3, 3] - np.asarray(ref)[0, 0]).max() <= 1


def test_iphone_heic_written_by_pillow_heif_is_imported(project, src):
    import pillow_heif

    adobe = _profile(COLORD / "AdobeRGB1998.icc")
    arr = np.zeros((240, 320, 3), np.uint8)
    arr[:, :160] = (180, 60, 40)
    arr[:, 160:] = (40, 90, 200)
    heif = pillow_heif.from_pillow(Image.fromarray(arr))
    heif.info["icc_profile"] = adobe
    heif.save(src / "IMG_0042.HEIC", quality=95)
    item = import_item(project.root, src / "IMG_0042.HEIC")
    out = _pixels(_asset(project, item))
    assert (item.info["width"], item.info["height"]) == (320, 240)
    assert "Adobe RGB" in item.info["colour_profile_before"]
    src_profile = ImageCms.ImageCmsProfile(io.BytesIO(adobe))
    for x, colour in ((80, (180, 60, 40)), (240, (40, 90, 200))):
        want = np.asarray(ImageCms.profileToProfile(Image.new("RGB", (1, 1), colour), src_profile, ImageCms.createProfile("sRGB"), outputMode="RGB"))[0, 0]
        assert np.abs(out[120, x] - want).max() <= 8, (x, out[120, x], want)  # HEVC is lossy


def test_damaged_heic_is_a_clear_error(project, src):
    (src / "IMG_0001.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 2000)
    with pytest.raises(ContentError, match="HEIC/HEIF image that cannot be decoded"):
        import_item(project.root, src / "IMG_0001.HEIC")
    assert not list((project.root / "assets").iterdir())


def test_real_iphone_heic_sample(project, samples):
    path = samples / "pug.heic"  # an iPhone portrait photo, Display P3 (pillow-heif's test images)
    item = import_item(project.root, path)
    assert item.info["colour_profile_before"] == "Display P3"
    assert (item.info["width"], item.info["height"]) == (4032, 3024)
    out = Image.open(_asset(project, item))
    assert "icc_profile" not in out.info and out.mode == "RGB"
    import pillow_heif

    pillow_heif.register_heif_opener()
    raw = Image.open(path)
    # P3 -> sRGB pulls saturated colours in: the converted picture is never more saturated
    sat = lambda a: (a.max(axis=2) - a.min(axis=2)).mean()  # noqa: E731
    small_out = np.asarray(out.resize((400, 300)), dtype=float)
    small_raw = np.asarray(raw.convert("RGB").resize((400, 300)), dtype=float)
    assert sat(small_out) >= sat(small_raw)  # the same colour needs more sRGB saturation than P3 numbers
    assert np.abs(small_out - small_raw).mean() < 12  # and it is the same picture


@pytest.mark.slow
def test_svg_is_rasterised_sharp_and_transparent(project, src):
    (src / "geheim.png").write_bytes(_png_bytes((255, 0, 255)))
    (src / "Plan.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40mm" height="20mm" viewBox="0 0 200 100">'
        '<rect x="20" y="20" width="60" height="60" fill="#d01010"/>'
        '<image x="120" y="20" width="60" height="60" xlink:href="geheim.png"/>'
        '<text x="100" y="95" font-size="10" text-anchor="middle" fill="#000">Grüße</text></svg>',
        encoding="utf-8",
    )
    item = import_item(project.root, src / "Plan.svg")
    out = _pixels(_asset(project, item), "RGBA")
    assert out.shape[1] == 2048 and abs(out.shape[0] - 1024) <= 8 and item.info["format"] == "svg"
    assert item.info["svg_size_px"] == pytest.approx([151.18, 75.59], abs=0.01)  # 40 x 20 mm at 96 px/in
    s = 2048 / 200
    assert list(out[int(50 * s), int(50 * s)]) == [208, 16, 16, 255]
    assert out[5, 5, 3] == 0  # transparent where nothing is drawn
    assert out[int(50 * s), int(150 * s), 3] == 0  # the file next to it was not loaded
    text = out[int(86 * s):int(97 * s), int(80 * s):int(120 * s)]
    assert (text[..., 3] > 128).mean() > 0.05  # the text is drawn


@pytest.mark.slow
def test_svg_of_our_own_marker_card_still_scans(project, src):
    """A marker card exported as SVG (markers.marker_svg), imported as a picture: zxing reads the
    code back from the raster, so nothing of the artwork is lost."""
    import zxingcpp

    from museum_ar.core import Marker
    from museum_ar.core.exhibit import Exhibit
    from museum_ar.markers import marker_svg, payload_for

    ex = Exhibit(publish_url="https://ar.example.org/grass/", markers=[Marker("trommel", 60.0)])
    (src / "karte.svg").write_text(marker_svg(ex, "trommel"), encoding="utf-8")
    item = import_item(project.root, src / "karte.svg")
    img = Image.open(_asset(project, item)).convert("RGBA")
    flat = Image.new("RGB", img.size, "white")
    flat.paste(img, mask=img.getchannel("A"))
    found = zxingcpp.read_barcodes(np.asarray(flat.convert("L")))
    assert [r.text for r in found] == [payload_for(ex.publish_url, "trommel")]


def test_broken_svg_is_a_clear_error(project, src):
    (src / "kaputt.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect", encoding="utf-8")
    with pytest.raises(ContentError, match="not a readable SVG"):
        import_item(project.root, src / "kaputt.svg")
    (src / "ohne.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect width='5' height='5'/></svg>", encoding="utf-8")
    with pytest.raises(ContentError, match="no size"):
        import_item(project.root, src / "ohne.svg")


def _png_bytes(colour) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buf, "PNG")
    return buf.getvalue()


# -- animation ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["gif", "png", "webp"])
def test_animated_image_becomes_a_looping_video(project, src, fmt):
    frames, delays = [], [100, 100, 200, 100, 100, 300]
    for i in range(6):
        im = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
        im.paste((220, 30, 30, 255), (i * 15, 10, i * 15 + 30, 60))
        frames.append(im)
    path = src / f"Trommel animiert.{fmt}"
    extra = {"disposal": 2, "transparency": 0} if fmt == "gif" else {}
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=delays, loop=0, **extra)
    item = import_item(project.root, path)
    assert item.kind.value == "video" and item.asset.endswith(".mp4")
    assert item.playback.autoplay and item.playback.loop
    assert "looping video" in item.info["warnings"][0]
    info = probe(_asset(project, item))
    assert info.video_codec == "h264" and info.duration_s == pytest.approx(0.9, abs=0.05)
    # the first frame at or after 0.19 s is the third (shown 0.2-0.4 s): the square at x 30..60
    rgb = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", "0.19", "-i", str(_asset(project, item)), "-frames:v", "1",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], capture_output=True, check=True).stdout
    frame = np.frombuffer(rgb, np.uint8).reshape(info.height, info.width, 3).astype(int)
    k = item.info["pixel_scale"]  # small animations are enlarged with hard pixel edges
    assert k == 4 and (info.width, info.height) == (120 * k, 80 * k)
    assert np.abs(frame[35 * k, 45 * k] - [220, 30, 30]).max() <= 6
    assert np.abs(frame[35 * k, 10 * k] - [255, 255, 255]).max() <= 6  # transparent -> white, not black
    assert np.abs(frame[35 * k, 70 * k] - [255, 255, 255]).max() <= 6  # the next frame's place is still empty
    assert (info.color_primaries, info.color_transfer, info.color_space) == ("bt709", "bt709", "bt709")
    assert item.poster and item.thumbnail


# -- video and audio ------------------------------------------------------------------------------


def _sdr_and_hdr(src: Path, transfer: str) -> tuple[Path, Path]:
    sdr = src / "sdr.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=2",
                    "-pix_fmt", "yuv420p", "-c:v", "libx264", "-crf", "12",
                    "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709", str(sdr)], check=True, timeout=120)
    hdr = src / f"iPhone {transfer}.mov"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-i", str(sdr), "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
                    "-vf", f"zscale=tin=bt709:min=bt709:pin=bt709:rin=tv:t={transfer}:m=bt2020nc:p=bt2020:r=tv:npl=203,format=yuv420p10le",
                    "-c:v", "libx265", "-x265-params", "log-level=error", "-tag:v", "hvc1",
                    "-color_primaries", "bt2020", "-color_trc", transfer, "-colorspace", "bt2020nc", "-c:a", "aac", "-shortest", str(hdr)],
                   check=True, timeout=300)
    return sdr, hdr


def _frame(path: Path, n: int = 25, vf: str | None = None) -> np.ndarray:
    """Frame number n (by count, not time: containers differ in their start offsets) as RGB."""
    chain = f"select=eq(n\\,{n})" + (f",{vf}" if vf else "")
    args = [ffmpeg_exe(), "-v", "error", "-i", str(path), "-vf", chain, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    raw = subprocess.run(args, capture_output=True, check=True, timeout=60).stdout
    return np.frombuffer(raw, np.uint8).reshape(360, 640, 3).astype(int)


@pytest.mark.slow
@pytest.mark.parametrize("transfer", ["arib-std-b67", "smpte2084"])
def test_hdr_phone_video_is_tone_mapped_to_sdr_bt709(project, src, transfer):
    sdr, hdr = _sdr_and_hdr(src, transfer)
    before = probe(hdr)
    assert before.color_transfer == transfer and before.color_primaries == "bt2020"
    item = import_item(project.root, hdr)
    out = _asset(project, item)
    after = probe(out)
    assert (after.color_space, after.color_primaries, after.color_transfer) == ("bt709", "bt709", "bt709")
    assert after.video_codec == "h264" and "yuv420p," in after.video_line.replace("(", ",")
    assert item.info["tone_mapped"] and item.info["hdr_before"] == {"arib-std-b67": "hlg", "smpte2084": "pq"}[transfer]
    want = _frame(sdr)
    got = _frame(out)
    naive = _frame(hdr, vf="format=yuv420p")  # what a plain re-encode shows: HDR numbers read as SDR
    err, naive_err = np.abs(got - want), np.abs(naive - want)
    assert np.median(err) <= 8 and err.mean() <= 14, (np.median(err), err.mean())
    assert np.median(naive_err) > 2 * np.median(err) + 10  # the test can tell tone-mapped from not
    assert item.info["audio_sample_rate"] == 48000


@pytest.mark.slow
def test_hdr_without_the_filters_says_what_to_do(project, src, monkeypatch):
    from museum_ar.content import hdr as hdr_module

    _, hdr = _sdr_and_hdr(src, "arib-std-b67")
    monkeypatch.setattr(hdr_module, "has_filter", lambda name: name != "zscale")  # as on an ffmpeg build without zimg
    with pytest.raises(ContentError, match="HLG HDR video.*zscale.*SDR"):
        import_item(project.root, hdr)
    assert not list((project.root / "assets").iterdir())


@pytest.mark.parametrize("rate, want", [(96000, 48000), (88200, 48000), (48000, 48000), (44100, 44100)])
def test_audio_above_48_khz_is_resampled(project, src, rate, want):
    path = src / f"Lesung {rate}.wav"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", f"sine=frequency=1000:sample_rate={rate}:duration=1.5",
                    "-c:a", "pcm_s24le", str(path)], check=True, timeout=60)
    item = import_item(project.root, path)
    info = probe(_asset(project, item))
    assert info.audio_codec == "aac" and info.sample_rate == want
    assert item.info["sample_rate_before"] == rate and item.info["sample_rate"] == want
    pcm = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(_asset(project, item)), "-f", "s16le", "-ac", "1", "pipe:1"],
                         capture_output=True, check=True).stdout
    x = np.frombuffer(pcm, "<i2").astype(float)[want // 4: want]  # a steady stretch
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    assert np.fft.rfftfreq(len(x), 1 / want)[spectrum.argmax()] == pytest.approx(1000, abs=3)  # still the same tone


@pytest.mark.slow
def test_video_with_96_khz_sound_gets_48_khz(project, src):
    path = src / "konzert.mov"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=1",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=96000:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-shortest", str(path)], check=True, timeout=60)
    item = import_item(project.root, path)
    assert probe(_asset(project, item)).sample_rate == 48000 and item.info["audio_sample_rate_before"] == 96000


# -- real public samples (tools/fetch_media_samples.py) -------------------------------------------


@pytest.fixture
def samples() -> Path:
    folder = os.environ.get("MUSEUM_AR_MEDIA_SAMPLES")
    if not folder or not (Path(folder) / "SHA256SUMS.json").is_file():
        pytest.skip("real media samples not present: python tools/fetch_media_samples.py DEST MIRROR... and set MUSEUM_AR_MEDIA_SAMPLES=DEST")
    return Path(folder)


def _sample(samples: Path, name: str) -> Path:
    path = samples / name
    if not path.is_file():
        pytest.skip(f"{name} was not among the fetched samples")
    return path


def test_real_16_bit_samples(project, samples):
    """pillow-heif's 16-bit PNGs (grey, grey+alpha, RGB, RGBA) and Pillow's 16-bit TIFFs (little
    and big endian, deflated, 12 bits stored in 16): what we store equals OpenCV's independent
    16-bit decode divided by 257 (the depth the file declares)."""
    import cv2

    names = [n for n in ("L_16__128x128.png", "LA_16__128x128.png", "RGB_16__128x128.png", "RGBA_16__128x128.png",
                         "16bit.cropped.tif", "16bit.MM.deflate.tif", "12in16bit.tif") if (samples / n).is_file()]
    assert names, "no 16-bit samples fetched"
    for name in names:
        item = import_item(project.root, samples / name)
        ref = cv2.imread(str(samples / name), cv2.IMREAD_UNCHANGED).astype(float) / 257.0
        if ref.ndim == 2:
            ref = np.repeat(ref[..., None], 3, axis=2)
        ref = ref[..., [2, 1, 0, 3]] if ref.shape[2] == 4 else ref[..., ::-1]
        out = _pixels(_asset(project, item), "RGBA" if ref.shape[2] == 4 else "RGB")
        visible = ref[..., 3] > 0 if ref.shape[2] == 4 else np.ones(ref.shape[:2], bool)
        assert np.abs(out - np.round(ref))[visible].max() <= 1, name


def test_real_tiff_with_icc_profile(project, samples):
    path = _sample(samples, "hopper.iccprofile.tif")
    item = import_item(project.root, path)
    src = Image.open(path)
    ref = ImageCms.profileToProfile(src, ImageCms.ImageCmsProfile(io.BytesIO(src.info["icc_profile"])), ImageCms.createProfile("sRGB"),
                                    renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC, outputMode="RGB",
                                    flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)
    out = _pixels(_asset(project, item))
    tolerance = 1 if item.asset.endswith(".png") else 12  # a photo may be stored as JPEG
    assert np.abs(out - np.asarray(ref, dtype=np.int32)).mean() <= tolerance
    assert item.info["converted_to_srgb"]


@pytest.mark.parametrize("name", ["dispose_prev.gif", "iss634.gif"])
def test_real_animated_gifs_play_frame_for_frame(project, samples, name):
    """Pillow's own GIFs (disposal "restore previous", and a 42-frame one): every video frame
    matches Pillow's independent compositing of that GIF frame, flattened on white. (Not
    dispose_bgnd.gif: for "restore to background" ffmpeg and Pillow disagree with each other and
    with browsers, which restore to transparent; see docs/content.md.)"""
    path = _sample(samples, name)
    gif = Image.open(path)
    want = []
    for i in range(gif.n_frames):
        gif.seek(i)
        rgba = gif.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        want.append(np.asarray(flat, dtype=np.int32))
    item = import_item(project.root, path)
    assert item.kind.value == "video" and item.info["frames"] == gif.n_frames
    info = probe(_asset(project, item))
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(_asset(project, item)), "-fps_mode", "passthrough",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], capture_output=True, check=True).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, info.height, info.width, 3).astype(np.int32)
    h, w = want[0].shape[:2]
    k = item.info["pixel_scale"]
    assert len(frames) == len(want) and frames.shape[1:3] == (h * k + (h * k) % 2, w * k + (w * k) % 2)
    errors = [float(np.abs(f[k // 2: h * k: k, k // 2: w * k: k] - g).mean()) for f, g in zip(frames, want)]
    assert max(errors) < 3, errors  # H.264 at CRF 23, pixels enlarged k times


def test_conversions_a_curator_would_not_guess_are_said(project, src):
    """attach prints, and the app shows, what import changed about a file (content/conversions.py)."""
    from museum_ar.content.conversions import conversion_texts, conversions

    ramp = np.round(np.linspace(0, 65535, 256)).astype(np.uint16)[None, :].repeat(20, axis=0)
    Image.fromarray(ramp).save(src / "Archiv.png")
    (src / "Plan.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm" viewBox="0 0 200 100"><rect width="200" height="100" fill="#123"/></svg>', encoding="utf-8")
    (src / "Foto.png").write_bytes(_png_bytes((10, 200, 30)))
    archive, plan, photo = (import_item(project.root, src / n) for n in ("Archiv.png", "Plan.svg", "Foto.png"))
    assert conversions(archive.info, archive.source_name) == [("bits", {"bits": 16})]
    [(code, size)] = conversions(plan.info, plan.source_name)
    assert code == "svg" and size == {"w": plan.info["width"], "h": plan.info["height"]} and size["w"] == 2048
    assert conversion_texts(plan.info, plan.source_name) == [f"an SVG drawing, stored as a 2048 x {size['h']} px picture"]
    assert conversions(photo.info, photo.source_name) == []  # nothing to say about an ordinary picture
