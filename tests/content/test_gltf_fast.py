"""The numpy glTF/STL reader gives exactly the parts trimesh's loader gives, hands what it does not
take to trimesh, and spares a glTF import the trimesh import."""

from __future__ import annotations

import base64
import io
import json
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from museum_ar.content.gltf_decode import plain_glb
from museum_ar.content.gltf_fast import load_gltf_fast, load_stl_fast
from museum_ar.content.mesh_load import file_resolver, load_parts

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"
REPO = Path(__file__).resolve().parents[2]


def _same_parts(path: Path) -> None:
    """load_parts through our reader and through trimesh alone: equal arrays, bit for bit."""
    fast_warnings: list[str] = []
    slow_warnings: list[str] = []
    fast, _ = load_parts(path, fast_warnings)
    slow, _ = load_parts(path, slow_warnings, fast_obj=False)
    assert len(fast) == len(slow)
    for a, b in zip(fast, slow):
        for key in ("positions", "faces", "uv", "colors", "normals"):
            x, y = getattr(a, key), getattr(b, key)
            assert (x is None) == (y is None), key
            if x is not None:
                assert x.dtype == y.dtype and np.array_equal(x, y), key
        for key in ("name", "base_color", "metallic", "roughness", "alpha_mode", "alpha_cutoff", "double_sided", "emissive_factor"):
            assert getattr(a.material, key) == getattr(b.material, key), key
        fa, fb = a.material.images(), b.material.images()
        assert fa.keys() == fb.keys()
        for slot in fa:
            assert (fa[slot].size, fa[slot].format, fa[slot].mode) == (fb[slot].size, fb[slot].format, fb[slot].mode)
            assert fa[slot].tobytes() == fb[slot].tobytes()
    assert fast_warnings == slow_warnings


def _taken(path: Path) -> bool:
    resolver = file_resolver(path)
    return load_gltf_fast(path, resolver, plain_glb(path, resolver)) is not None


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.glb")))
def test_committed_samples_read_alike(name):
    path = DATA / name
    assert _taken(path)
    _same_parts(path)


def _glb(doc: dict, binary: bytes) -> bytes:
    doc["buffers"] = [{"byteLength": len(binary)}]
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 4)
    binary += b"\0" * (-len(binary) % 4)
    return b"".join([struct.pack("<4sII", b"glTF", 2, 28 + len(js) + len(binary)), struct.pack("<I4s", len(js), b"JSON"), js,
                     struct.pack("<I4s", len(binary), b"BIN\0"), binary])


def _scene(tmp: Path) -> dict:
    """Nested nodes with matrix / TRS, a mesh used twice, two primitives (textured + float RGB
    vertex colours, uint8 RGBA colours + normals), no-index triangles, a PNG texture."""
    pos = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0.5], [0, 0, 1], [1, 0, 1]], np.float32)
    uv = np.array([[0, 0], [1, 0], [0, 1], [1, 1], [0.5, 0.5], [0.2, 0.7]], np.float32)
    idx = np.array([0, 1, 2, 1, 3, 2, 0, 4, 5, 1, 5, 3], np.uint16)
    rgb = np.linspace(0, 1, 18, dtype=np.float32).reshape(6, 3)
    rgba8 = (np.arange(24) * 10 % 256).astype(np.uint8).reshape(6, 4)
    nrm = np.tile(np.array([[0, 0, 1]], np.float32), (6, 1))
    png = io.BytesIO()
    Image.fromarray((np.arange(8 * 8 * 3) % 251).astype(np.uint8).reshape(8, 8, 3)).save(png, "PNG")
    chunks, views, accessors = bytearray(), [], []

    def add(arr: np.ndarray, ctype: int | None, atype: str | None) -> int:
        while len(chunks) % 4:
            chunks.append(0)
        views.append({"buffer": 0, "byteOffset": len(chunks), "byteLength": arr.nbytes})
        chunks.extend(arr.tobytes())
        if ctype is None:
            return len(views) - 1
        acc = {"bufferView": len(views) - 1, "componentType": ctype, "count": len(arr), "type": atype}
        if atype == "VEC3" and ctype == 5126:
            acc["min"], acc["max"] = arr.min(axis=0).tolist(), arr.max(axis=0).tolist()
        accessors.append(acc)
        return len(accessors) - 1

    a_pos, a_uv, a_idx = add(pos, 5126, "VEC3"), add(uv, 5126, "VEC2"), add(idx, 5123, "SCALAR")
    a_rgb, a_rgba8, a_nrm = add(rgb, 5126, "VEC3"), add(rgba8, 5121, "VEC4"), add(nrm, 5126, "VEC3")
    img_view = add(np.frombuffer(png.getvalue(), np.uint8), None, None)
    doc = {
        "asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0, 3]}],
        "nodes": [
            {"name": "root", "children": [1, 2], "translation": [0.1, 0.2, 0.3], "rotation": [0, 0.3826834, 0, 0.9238795], "scale": [2, 2, 2]},
            {"name": "a", "mesh": 0, "matrix": [1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0, 5, 6, 7, 1]},
            {"name": "b", "mesh": 1, "translation": [-1, 0, 0]},
            {"name": "c", "mesh": 0, "scale": [1, -1, 1]},
        ],
        "meshes": [
            {"name": "zwei", "primitives": [
                {"attributes": {"POSITION": a_pos, "TEXCOORD_0": a_uv, "COLOR_0": a_rgb}, "indices": a_idx, "material": 0},
                {"attributes": {"POSITION": a_pos, "COLOR_0": a_rgba8, "NORMAL": a_nrm}, "indices": a_idx},
            ]},
            {"name": "ohne", "primitives": [{"attributes": {"POSITION": a_pos, "COLOR_0": a_rgb}}]},
        ],
        "materials": [{"name": "Stein", "pbrMetallicRoughness": {"baseColorFactor": [0.8, 0.5, 0.2, 1.0], "baseColorTexture": {"index": 0},
                                                                   "metallicFactor": 0.1}, "emissiveFactor": [0.2, 0.1, 0.0],
                       "alphaMode": "MASK", "alphaCutoff": 0.3, "doubleSided": True}],
        "textures": [{"source": 0}], "images": [{"bufferView": img_view, "mimeType": "image/png"}],
        "accessors": accessors, "bufferViews": views,
    }
    return {"doc": doc, "bin": bytes(chunks)}


def test_nodes_materials_and_colours_read_alike(tmp_path):
    s = _scene(tmp_path)
    path = tmp_path / "szene.glb"
    path.write_bytes(_glb(s["doc"], s["bin"]))
    assert _taken(path)
    _same_parts(path)


def test_gltf_with_data_uri_and_file_next_to_it_read_alike(tmp_path):
    s = _scene(tmp_path)
    doc = s["doc"]
    (tmp_path / "daten 1.bin").write_bytes(s["bin"])
    doc["buffers"] = [{"byteLength": len(s["bin"]), "uri": "daten%201.bin"}]
    path = tmp_path / "szene.gltf"
    path.write_text(json.dumps(doc))
    assert _taken(path)
    _same_parts(path)
    doc["buffers"] = [{"byteLength": len(s["bin"]), "uri": "data:application/octet-stream;base64," + base64.b64encode(s["bin"]).decode()}]
    path.write_text(json.dumps(doc))
    assert _taken(path)
    _same_parts(path)


def test_what_it_does_not_take_goes_to_trimesh(tmp_path):
    s = _scene(tmp_path)
    doc = s["doc"]
    doc["meshes"][1]["primitives"][0]["mode"] = 5  # a triangle strip
    path = tmp_path / "streifen.glb"
    path.write_bytes(_glb(doc, s["bin"]))
    assert not _taken(path)
    parts, _ = load_parts(path)
    assert len(parts) == 5
    # a texture that is not there: trimesh's reader and its warning, as before
    doc = _scene(tmp_path)["doc"]
    doc["images"] = [{"uri": "fehlt.png"}]
    (tmp_path / "daten.bin").write_bytes(s["bin"])
    doc["buffers"] = [{"byteLength": len(s["bin"]), "uri": "daten.bin"}]
    path = tmp_path / "ohne_bild.gltf"
    path.write_text(json.dumps(doc))
    assert not _taken(path)
    warnings: list[str] = []
    load_parts(path, warnings)
    assert any("fehlt.png" in w for w in warnings)


def test_binary_stl_reads_alike_and_ascii_goes_to_trimesh(tmp_path):
    tri = np.random.default_rng(3).random((40, 3, 3)).astype(np.float32)
    rec = np.zeros(40, np.dtype([("n", "<f4", (3,)), ("v", "<f4", (3, 3)), ("a", "<u2")]))
    rec["v"] = tri
    path = tmp_path / "teil.stl"
    path.write_bytes(b"solid but binary".ljust(80, b" ") + struct.pack("<I", 40) + rec.tobytes())
    assert load_stl_fast(path) is not None
    _same_parts(path)
    ascii_stl = tmp_path / "ascii.stl"
    ascii_stl.write_text("solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid t\n")
    assert load_stl_fast(ascii_stl) is None
    assert load_parts(ascii_stl)[0][0].triangles == 1


def test_a_glb_import_does_not_import_trimesh(tmp_path):
    code = ("import sys\nfrom museum_ar.core.project import create_project\nfrom museum_ar.content import import_item\n"
            f"p = create_project({str(tmp_path / 'p')!r}, 't')\nimport_item(p.root, {str(DATA / 'helmet_small_draco.glb')!r})\n"
            "print('trimesh' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_decoded_webp_texture_keeps_its_pixels_without_its_decoder():
    from museum_ar.content.textures import in_mode, loaded, prepare_texture

    pic = Image.fromarray((np.arange(64 * 48 * 3) % 253).astype(np.uint8).reshape(48, 64, 3))
    buf = io.BytesIO()
    pic.save(buf, "WEBP", quality=90)
    expected = Image.open(io.BytesIO(buf.getvalue()))
    expected.load()
    img = loaded(Image.open(io.BytesIO(buf.getvalue())))
    assert getattr(img, "_decoder", None) is None  # the frame buffers are gone
    assert in_mode(img, "RGB") is img and img.tobytes() == expected.tobytes()
    assert prepare_texture(img, 2048, 88, "webp") == prepare_texture(expected, 2048, 88, "webp")


def _import_bytes(tmp: Path, source: Path, **options) -> tuple[bytes, bytes]:
    from museum_ar.content import import_item
    from museum_ar.core.project import create_project

    proj = create_project(tmp / f"p{len(list(tmp.glob('p*')))}", "t")
    item = import_item(proj.root, source, **options)
    return (proj.root / item.asset).read_bytes(), (proj.root / item.thumbnail).read_bytes()


@pytest.mark.parametrize("name", ["helmet_small_draco.glb", "helmet_small_meshopt.glb", "BoxTextured_draco.glb", "szene.glb"])
def test_imports_are_byte_identical_to_the_trimesh_reader_and_sequential_textures(tmp_path, monkeypatch, name):
    """The speed-ups of #15 change no byte of an import: our reader vs trimesh's, and textures
    encoded while the mesh is simplified vs after it (WebP + meshopt, as a bundle carries it).
    trimesh's reader keeps no source bytes, so a map cannot go in as it came through it
    (textures.pass_through): against it, every map is re-encoded on both sides."""
    import museum_ar.content.mesh_import as mesh_import
    from museum_ar.content import glb_write, textures

    if name == "szene.glb":
        s = _scene(tmp_path)
        source = tmp_path / name
        source.write_bytes(_glb(s["doc"], s["bin"]))
    else:
        source = DATA / name
    options = {"compress": "meshopt", "texture_format": "webp", "fit_m": 0.2}
    ours = _import_bytes(tmp_path, source, **options)
    with monkeypatch.context() as m:
        m.setattr(glb_write.TextureJobs, "start", lambda self, parts, **kw: self)  # nothing early: each encoded when written
        assert _import_bytes(tmp_path, source, **options) == ours
    with monkeypatch.context() as m:
        m.setattr(textures, "source_bytes", lambda img: None)
        reencoded = _import_bytes(tmp_path, source, **options)
        m.setattr(mesh_import, "load_parts", lambda path, warnings_out: load_parts(path, warnings_out, fast_obj=False))
        m.setattr(glb_write.TextureJobs, "start", lambda self, parts, **kw: self)
        assert _import_bytes(tmp_path, source, **options) == reencoded


def test_a_textured_obj_import_does_not_import_trimesh(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from meshgen import bumpy_sphere, stripe_texture, write_obj

    pos, uv, faces = bumpy_sphere(12, 24)
    obj = write_obj(tmp_path / "src", "Schädel", pos, uv, faces, stripe_texture(32, 16))
    code = ("import sys\nfrom museum_ar.core.project import create_project\nfrom museum_ar.content import import_item\n"
            f"p = create_project({str(tmp_path / 'p')!r}, 't')\nitem = import_item(p.root, {str(obj)!r}, unit='mm')\n"
            "print('trimesh' in sys.modules, item.info['textured'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.split() == ["False", "True"]
