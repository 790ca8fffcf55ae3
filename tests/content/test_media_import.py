"""Images, video, audio and text through the real decoders and the real ffmpeg; outputs probed
back (codec, size, duration) and looked at (thumbnails are not empty)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from content_support import drawn_fraction, write_video
from sound_files import write_wav
from PIL import Image

from museum_ar.content import import_item
from museum_ar.content.ffmpeg import ffmpeg_exe, probe
from museum_ar.core.exhibit import ItemKind


def test_ffmpeg_has_the_encoders_tablets_need():
    import subprocess

    out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-encoders"], capture_output=True, text=True).stdout
    assert " libx264 " in out and " aac " in out


def test_png_drawing_stays_lossless_png(project, src):
    img = Image.new("RGB", (800, 600), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(img).line([(0, 0), (800, 600)], fill="black", width=9)
    img.save(src / "Zeichnung Grass.png")
    item = import_item(project.root, src / "Zeichnung Grass.png")
    assert item.kind is ItemKind.IMAGE and item.asset.endswith(".png")
    back = Image.open(project.root / item.asset)
    assert back.size == (800, 600)
    assert np.array_equal(np.asarray(back.convert("RGB")), np.asarray(img))
    assert drawn_fraction(project.root / item.thumbnail) > 0.3  # white page on grey background


def test_jpeg_exif_orientation_is_applied(project, src):
    # a landscape-stored photo with a red top-left corner, tagged "rotate 90 CW to view" (6)
    arr = np.zeros((200, 300, 3), np.uint8)
    arr[:, :] = (40, 90, 160)
    arr[:50, :50] = (230, 20, 20)
    img = Image.fromarray(arr)
    exif = Image.Exif()
    exif[0x0112] = 6
    img.save(src / "Foto hochkant.jpg", "JPEG", exif=exif.tobytes(), quality=95)
    item = import_item(project.root, src / "Foto hochkant.jpg")
    assert item.info["exif_orientation_applied"] is True
    out = Image.open(project.root / item.asset)
    assert out.size == (200, 300)  # now portrait
    top_right = np.asarray(out.convert("RGB"))[:40, -40:].reshape(-1, 3).mean(axis=0)
    assert top_right[0] > 180 and top_right[2] < 80  # rotated clockwise: the red corner is top right
    assert out.getexif().get(0x0112) in (None, 1)


@pytest.mark.slow
def test_huge_image_is_scaled_and_webp_converted(project, src):
    Image.effect_noise((5000, 2500), 30).convert("RGB").save(src / "Panorama.webp", "WEBP", quality=60)
    item = import_item(project.root, src / "Panorama.webp", max_image_px=2000)
    out = Image.open(project.root / item.asset)
    assert out.format in ("JPEG", "PNG") and out.size == (2000, 1000)
    assert item.info["width_before"] == 5000 and item.info["width"] == 2000


def test_transparent_png_keeps_alpha(project, src):
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    img.paste((200, 10, 10, 255), (16, 16, 48, 48))
    img.save(src / "freigestellt.png")
    item = import_item(project.root, src / "freigestellt.png")
    out = Image.open(project.root / item.asset)
    assert out.mode == "RGBA" and out.getpixel((0, 0))[3] == 0 and out.getpixel((32, 32))[3] == 255


@pytest.mark.slow
def test_video_becomes_h264_aac_mp4_with_poster(project, src):
    video = write_video(src / "Film über Günter Grass.avi", seconds=2.0, size="320x240", vcodec="mpeg4")
    item = import_item(project.root, video)
    assert item.kind is ItemKind.VIDEO and item.asset.endswith(".mp4") and item.poster and item.thumbnail
    p = probe(project.root / item.asset)
    assert p.video_codec == "h264" and p.audio_codec == "aac"
    assert (p.width, p.height) == (320, 240)
    assert p.duration_s == pytest.approx(2.0, abs=0.15)
    assert item.info["codec_before"] == "mpeg4" and item.info["duration_s"] == pytest.approx(2.0, abs=0.15)
    # moov atom first (faststart): the tablet can start playing before the download ends
    head = (project.root / item.asset).read_bytes()[:4096]
    assert head.find(b"moov") != -1 and (head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat"))
    poster = Image.open(project.root / item.poster)
    assert poster.size == (320, 240) and np.asarray(poster).std() > 20  # the test pattern, not black


@pytest.mark.slow
def test_video_larger_than_limit_is_scaled_even(project, src):
    video = write_video(src / "gross.mp4", seconds=1.0, size="1000x562", vcodec="libx264")
    item = import_item(project.root, video, max_video_px=500)
    p = probe(project.root / item.asset)
    assert p.width == 500 and p.height % 2 == 0 and abs(p.height - 281) <= 1


def test_wav_becomes_aac_with_waveform_thumbnail(project, src):
    wav = write_wav(src / "Lesung – Die Blechtrommel.wav", seconds=2.0)
    item = import_item(project.root, wav)
    assert item.kind is ItemKind.AUDIO and item.asset.endswith(".m4a")
    p = probe(project.root / item.asset)
    assert p.audio_codec == "aac" and p.duration_s == pytest.approx(2.0, abs=0.1)
    assert item.info["bytes_after"] < item.info["bytes_before"]
    assert drawn_fraction(project.root / item.thumbnail) > 0.05


@pytest.mark.parametrize("ext,args", [(".mp3", ["-c:a", "libmp3lame"]), (".ogg", ["-c:a", "libopus"]), (".flac", ["-c:a", "flac"])])
def test_other_audio_formats(project, src, ext, args):
    import subprocess

    wav = write_wav(src / "ton.wav", seconds=1.0)
    out = src / f"Ton{ext}"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-i", str(wav), *args, str(out)], check=True)
    item = import_item(project.root, out)
    assert probe(project.root / item.asset).audio_codec == "aac"


def test_text_becomes_the_description(project, src):
    (src / "Wandtext.txt").write_text("Die Blechtrommel\r\nRoman von Günter Grass, 1959.\n", encoding="utf-8-sig")
    item = import_item(project.root, src / "Wandtext.txt")
    assert item.kind is ItemKind.TEXT and item.asset is None
    assert item.description.get("de") == "Die Blechtrommel\nRoman von Günter Grass, 1959.\n"
    thumb = Image.open(project.root / item.thumbnail)
    assert thumb.size == (256, 256)
    assert np.asarray(thumb.convert("L")).min() < 100  # some dark text was drawn


@pytest.mark.slow
def test_every_item_kind_gets_a_png_thumbnail(project, src):
    files = [write_wav(src / "a.wav", 1.0), write_video(src / "v.mp4", 1.0)]
    Image.new("RGB", (50, 40), "blue").save(src / "b.png")
    files.append(src / "b.png")
    for f in files:
        item = import_item(project.root, f)
        data = (project.root / item.thumbnail).read_bytes()
        assert data.startswith(b"\x89PNG")
        assert Image.open(io.BytesIO(data)).size == (256, 256)


@pytest.mark.slow
def test_phone_video_rotation_is_applied(project, src):
    import subprocess

    plain = write_video(src / "quer.mp4", 1.0, size="320x240", vcodec="libx264")
    rotated = src / "hochkant vom Telefon.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-display_rotation:v:0", "90", "-i", str(plain), "-c", "copy", str(rotated)], check=True)
    item = import_item(project.root, rotated)
    assert item.info["rotation_before"] == 90 and item.info["transcoded"] is True
    assert (item.info["width"], item.info["height"]) == (240, 320)
    assert Image.open(project.root / item.poster).size == (240, 320)


@pytest.mark.slow
def test_tablet_ready_mp4_is_rewrapped_not_reencoded(project, src):
    ready = write_video(src / "fertig.mp4", 1.0, size="320x240", vcodec="libx264", extra=["-pix_fmt", "yuv420p"])
    item = import_item(project.root, ready)
    assert item.info["transcoded"] is False
    p = probe(project.root / item.asset)
    assert p.video_codec == "h264" and (p.width, p.height) == (320, 240)
    head = (project.root / item.asset).read_bytes()[:4096]
    assert b"moov" in head  # faststart
