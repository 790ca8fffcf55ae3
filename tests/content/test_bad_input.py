"""Hostile and mistaken files: each gives a typed error naming the file and the problem, in
bounded time and memory, and leaves the project's assets exactly as they were."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from content_support import NODE_TOOLS, asset_files, write_video
from meshgen import bumpy_sphere, stripe_texture, write_obj

from museum_ar.content import import_item
from museum_ar.core.errors import CancelledError, ContentError, InvalidValueError, UnsupportedFileError
from museum_ar.core.progress import Progress


def _refused(project, path: Path, *words: str, **options) -> ContentError:
    before = asset_files(project)
    with pytest.raises(ContentError) as e:
        import_item(project.root, path, **options)
    assert str(path) in str(e.value)  # names the file
    for w in words:
        assert w in str(e.value).lower(), str(e.value)
    assert asset_files(project) == before  # nothing half-added
    return e.value


@pytest.mark.parametrize("name", ["leer.obj", "leer.png", "leer.mp4", "leer.wav", "leer.txt", "leer.glb"])
def test_empty_files(project, src, name):
    (src / name).write_bytes(b"")
    _refused(project, src / name, "empty")


def test_missing_file_and_unknown_extension(project, src):
    _refused(project, src / "gibt es nicht.obj", "no such file")
    (src / "notiz.docx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnsupportedFileError, match="docx"):
        import_item(project.root, src / "notiz.docx")


def test_jpeg_named_obj(project, src):
    from PIL import Image

    Image.new("RGB", (32, 32), "red").save(src / "Schädel.obj", "JPEG")
    _refused(project, src / "Schädel.obj", "jpeg")


def test_png_named_mp4_and_wav_named_glb(project, src):
    from PIL import Image

    Image.new("RGB", (32, 32), "red").save(src / "film.mp4", "PNG")
    _refused(project, src / "film.mp4", "png")
    (src / "ton.glb").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64))
    _refused(project, src / "ton.glb", "wav")


@pytest.mark.parametrize("name", ["Helm ä.glb", "scan.obj", "Grass Portrait.jpg", "Führung.mp4", "notiz.txt"])
def test_a_web_page_saved_under_a_files_name_says_so(project, src, name):
    """What a failed download really gives (a repository's error page saved as DamagedHelmet.glb
    was met this way): it is named as what it is, not as a JSON or header error of a loader."""
    (src / name).write_bytes(b"\n\n\n<!DOCTYPE html>\n<html lang=\"en\">\n  <head><title>Not found</title></head><body></body></html>\n")
    _refused(project, src / name, "web page (html)")


def test_truncated_glb_and_obj(project, src):
    pos, uv, faces = bumpy_sphere(20, 40)
    first = import_item(project.root, write_obj(src, "ganz", pos, uv, faces, stripe_texture(64, 32)))
    glb = (project.root / first.asset).read_bytes()
    (src / "halb.glb").write_bytes(glb[: len(glb) // 2])
    _refused(project, src / "halb.glb", "cannot be read")
    text = (src / "ganz.obj").read_bytes()
    cut = text[: text.index(b"\nf ") + 12]  # vertices, then a face line cut mid-way
    (src / "halb.obj").write_bytes(cut)
    _refused(project, src / "halb.obj", "truncated")


def test_binary_garbage_as_stl_ply_and_3mf(project, src):
    import os

    rnd = os.urandom(4096)
    for name in ("müll.stl", "müll.ply", "müll.3mf", "müll.off"):
        (src / name).write_bytes(rnd)
        _refused(project, src / name)


def test_sparse_2gb_file_is_refused_without_reading_it(project, src):
    big = src / "riesig scan.obj"
    with open(big, "wb") as f:
        f.truncate(2 * 1024**3 + 1)  # sparse: takes no disk space, but says 2 GB
    _refused(project, big, "gb")


def _png_header_only(path: Path, w: int, h: int) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return path


def test_png_claiming_100k_by_100k_is_refused_before_decoding(project, src):
    _refused(project, _png_header_only(src / "Riesen Zeichnung.png", 100_000, 100_000), "10,000,000,000 pixels", "megapixels")
    _refused(project, _png_header_only(src / "Breit.png", 14_000, 12_000), "14000 x 12000", "megapixels")


def test_truncated_png_and_corrupt_jpeg(project, src):
    from PIL import Image

    Image.effect_noise((300, 300), 40).convert("RGB").save(src / "voll.png")
    data = (src / "voll.png").read_bytes()
    (src / "halb.png").write_bytes(data[: len(data) // 2])
    _refused(project, src / "halb.png", "truncated")
    (src / "kaputt.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x13" * 500)
    _refused(project, src / "kaputt.jpg")


def test_corrupt_video_and_audio(project, src):
    (src / "kaputt.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00garbage" * 400)
    _refused(project, src / "kaputt.mp4")
    (src / "kaputt.wav").write_bytes(b"RIFF\xff\xff\xff\xffWAVEfmt " + b"\x01" * 300)
    _refused(project, src / "kaputt.wav")
    good = write_video(src / "gut.mp4", seconds=1.0)
    data = good.read_bytes()
    (src / "halb.mp4").write_bytes(data[: len(data) // 3])  # moov atom at the end is gone
    _refused(project, src / "halb.mp4")


def test_mesh_with_no_triangles(project, src):
    (src / "punkte.obj").write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\n", encoding="utf-8")
    _refused(project, src / "punkte.obj", "no triangles")
    (src / "flach.obj").write_text("v 0 0 0\nv 0 0 0\nv 0 0 0\nf 1 2 3\n", encoding="utf-8")
    _refused(project, src / "flach.obj")


def test_text_that_is_not_utf8_or_is_binary(project, src):
    (src / "latin1.txt").write_bytes("Grüße aus Lübeck".encode("latin-1"))
    _refused(project, src / "latin1.txt", "utf-8")
    (src / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    _refused(project, src / "bild.txt", "png")


def test_bad_options_are_typed(project, src):
    pos, uv, faces = bumpy_sphere(10, 20)
    obj = write_obj(src, "k", pos, uv, faces)
    with pytest.raises(InvalidValueError, match="max_triangles"):
        import_item(project.root, obj, max_triangles=0)
    with pytest.raises(InvalidValueError, match="unknown import option"):
        import_item(project.root, obj, triangles=5)


def test_cancel_leaves_nothing_behind(project, src):
    pos, uv, faces = bumpy_sphere(60, 120)
    obj = write_obj(src, "abbruch", pos, uv, faces, stripe_texture(256, 128))
    before = asset_files(project)
    seen = []

    def on_report(fraction, message):
        seen.append(message)
        if fraction >= 0.9:  # after the GLB and thumbnail exist, just before storing
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(CancelledError):
        import_item(project.root, obj, progress)
    assert asset_files(project) == before
    assert any("decimat" in m or "writing" in m for m in seen)


@pytest.mark.slow
def test_cancel_during_video_transcode_kills_ffmpeg(project, src):
    video = write_video(src / "lang film.mp4", seconds=6.0, size="640x360")
    before = asset_files(project)

    def on_report(fraction, message):
        if "transcod" in message and fraction > 0.1:
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(CancelledError):
        import_item(project.root, video, progress)
    assert asset_files(project) == before


def test_failed_store_removes_what_it_added(project, src, monkeypatch):
    """If storing fails half-way (disk full), the assets this import stored are removed again."""
    from museum_ar.content import staging

    pos, uv, faces = bumpy_sphere(10, 20)
    obj = write_obj(src, "voll", pos, uv, faces)
    before = asset_files(project)
    calls = []
    real = staging.store_asset

    def flaky(root, data, ext):
        calls.append(ext)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(root, data, ext)

    monkeypatch.setattr(staging, "store_asset", flaky)
    with pytest.raises(OSError):
        import_item(project.root, obj)
    assert len(calls) == 2 and asset_files(project) == before


@pytest.mark.slow
def test_meshopt_glb_is_read_like_the_plain_one(project, src):
    """gltf-transform's default output (meshopt + quantisation) is decoded (gltf_decode) and lands
    at the same size and triangle count as the plain GLB it was made from."""
    import subprocess

    pos, uv, faces = bumpy_sphere(20, 40)
    plain = import_item(project.root, write_obj(src, "kugel", pos, uv, faces), unit="cm")
    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    packed = src / "gepackt.glb"
    subprocess.run(["node", str(cli), "meshopt", str(project.root / plain.asset), str(packed)], check=True, capture_output=True, timeout=120)
    again = import_item(project.root, packed)
    assert again.info["unit_source"] == "file" and again.info["triangles_after"] == plain.info["triangles_after"]
    assert again.info["size_m"] == pytest.approx(plain.info["size_m"], rel=2e-3)
    assert again.info["textured"] == plain.info["textured"]


def test_ktx2_glb_says_so_without_its_decoder(project, src, monkeypatch):
    """KTX2/Basis textures are transcoded with opengl-basisu (test_ktx2.py); an installation
    without it refuses them in one line with what to do."""
    import json
    import struct

    from museum_ar.content import ktx2

    monkeypatch.setattr(ktx2, "decoder_available", lambda: False)

    doc = {"asset": {"version": "2.0"}, "extensionsUsed": ["KHR_texture_basisu"], "extensionsRequired": ["KHR_texture_basisu"]}
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 4)
    path = src / "ktx.glb"
    path.write_bytes(struct.pack("<4sII", b"glTF", 2, 20 + len(js)) + struct.pack("<I4s", len(js), b"JSON") + js)
    _refused(project, path, "ktx2", "opengl-basisu", "gltf-transform png")


@pytest.mark.slow
def test_3mf_zip_bomb_is_refused_before_unpacking(project, src):
    import zipfile

    bomb = src / "Bombe.3mf"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z, z.open("3D/3dmodel.model", "w", force_zip64=True) as f:
        zeros = bytes(16 << 20)
        for _ in range(33):  # 528 MB of zeros, about half a megabyte on disk
            f.write(zeros)
    assert bomb.stat().st_size < 5 << 20
    _refused(project, bomb, "unpacks to")


def test_gltf_pointing_at_a_huge_bin_is_refused(project, src):
    import json

    (src / "riesig.bin").open("wb").truncate(2 * 1024**3)  # sparse
    doc = {"asset": {"version": "2.0"}, "buffers": [{"uri": "riesig.bin", "byteLength": 2 * 1024**3}]}
    (src / "klein.gltf").write_text(json.dumps(doc), encoding="utf-8")
    _refused(project, src / "klein.gltf", "refers to")
