"""The fast OBJ reader agrees with trimesh's on the layouts it takes, and hands the rest over."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from meshgen import bumpy_sphere, stripe_texture, write_obj

from museum_ar.content.mesh_load import _resolver, load_parts
from museum_ar.content.obj_fast import load_obj_fast


def _triangles(parts) -> np.ndarray:
    """Every triangle as its sorted corner coordinates (+ uv), sorted: layout-independent."""
    rows = []
    for p in parts:
        corners = p.positions[p.faces]
        if p.uv is not None:
            corners = np.concatenate([corners, p.uv[p.faces]], axis=2)
        if p.colors is not None:
            corners = np.concatenate([corners, p.colors[p.faces][:, :, :3].astype(float)], axis=2)
        corners = np.round(corners, 5)
        rows.append(np.array([sorted(map(tuple, tri)) for tri in corners.tolist()]).reshape(len(corners), -1))
    out = np.concatenate(rows)
    return out[np.lexsort(out.T[::-1])]


def _agree(path: Path) -> None:
    fast = load_obj_fast(path, _resolver(path))
    assert fast is not None, "expected the fast reader to take this file"
    slow, _ = load_parts(path, fast_obj=False)
    assert len(fast) == len(slow)
    assert np.array_equal(_triangles(fast), _triangles(slow))
    assert [p.material.base_color_image is not None for p in fast] == [p.material.base_color_image is not None for p in slow]


def test_textured_triangles(src):
    pos, uv, faces = bumpy_sphere(12, 24)
    _agree(write_obj(src, "Schädel", pos, uv, faces, stripe_texture(32, 16)))


def test_plain_triangles_without_uv(src):
    pos, _, faces = bumpy_sphere(12, 24)
    _agree(write_obj(src, "nur", pos, None, faces))


def test_quads_two_materials_normals_groups_and_crlf(src):
    (src / "zwei.mtl").write_text("newmtl rot\nKd 0.8 0.1 0.1\nnewmtl blau\nKd 0.1 0.1 0.8\n", encoding="utf-8")
    text = (
        "# two quads and a triangle\r\nmtllib zwei.mtl\r\no Sockel\r\n"
        "v 0 0 0\r\nv 1 0 0\r\nv 1 1 0\r\nv 0 1 0\r\nv 0 0 1\r\nv 1 0 1\r\n"
        "vn 0 0 1\r\ng unten\r\ns off\r\nusemtl rot\r\nf 1//1 2//1 3//1 4//1\r\nf 1//1 2//1 6//1 5//1\r\n"
        "usemtl blau\r\nf 4//1 3//1 6//1\r\n"
    )
    path = src / "zwei.obj"
    path.write_bytes(text.encode())
    fast = load_obj_fast(path, _resolver(path))
    assert [len(p.faces) for p in fast] == [4, 1]
    _agree(path)


def test_vertex_colours(src):
    lines = ["v 0 0 0 1 0 0", "v 1 0 0 0 1 0", "v 0 1 0 0 0 1", "v 0 0 1 1 1 1", "f 1 2 3", "f 1 3 4", "f 1 4 2", "f 2 4 3"]
    path = src / "bunt.obj"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast = load_obj_fast(path, _resolver(path))
    assert fast[0].colors is not None and fast[0].colors[:, :3].tolist()[0] == [255, 0, 0]
    _agree(path)


@pytest.mark.parametrize("body", [
    "v 0 0 0\nv 1 0 0\nv 0 1 0\nf -3 -2 -1\n",  # relative indices
    "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 1 0\nf 1 2 3\nf 1 2 3 4\n",  # mixed triangle and quad
    "v 0 0 0\nv 1 0 0\nv 0 1 0\nl 1 2\nf 1 2 3\n",  # a polyline
    "  v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n",  # indented
])
def test_unusual_files_are_left_to_trimesh(src, body):
    path = src / "anders.obj"
    path.write_text(body, encoding="utf-8")
    assert load_obj_fast(path, _resolver(path)) is None
    parts, _ = load_parts(path)  # trimesh reads it
    assert sum(len(p.faces) for p in parts) >= 1


MTLS = {
    "textured": "newmtl skin\nKd 1 1 1\nmap_Kd Haut 1.png\n",
    "colours and glass": "# comment\nnewmtl Glas\nKa 0.1 0.1 0.1\nKd 0.2 0.5 0.8\nKs 0.5 0.5 0.5 1\nNs 12\nd 0.4\nillum 2\n\nnewmtl Stein\nKd 0.6 0.6 0.55\nTr 0.25\n",
    "no Kd": "newmtl grau\nNs 4\n",
    "before newmtl": "Kd 1 0 0\nfoo bar\nnewmtl rot\nKd 0.9 0.1 0.1\n",
}


@pytest.mark.parametrize("name", sorted(MTLS))
def test_mtl_reader_gives_what_trimesh_gives(src, name):
    from trimesh.exchange.obj import parse_mtl
    from trimesh.visual.material import SimpleMaterial

    from museum_ar.content.mesh_load import material_of
    from museum_ar.content.obj_fast import parse_mtl_fast

    stripe_texture(8, 4).save(src / "Haut 1.png")
    data = MTLS[name].encode()
    path = src / "m.obj"
    fast = parse_mtl_fast(data, _resolver(path))
    slow = {k: SimpleMaterial(**kw) for k, kw in parse_mtl(data, resolver=_resolver(path)).items()}
    assert fast is not None and fast.keys() == slow.keys()
    for key in fast:
        a, b = material_of(fast[key]), material_of(slow[key])
        assert (a.name, a.base_color, a.alpha_mode) == (b.name, b.base_color, b.alpha_mode)
        assert (a.base_color_image is None) == (b.base_color_image is None)
        if a.base_color_image is not None:
            assert a.base_color_image.tobytes() == b.base_color_image.tobytes()


@pytest.mark.parametrize("mtl", ["newmtl a\nKd 0.5\n", "map_Kd x.png\nnewmtl a\n", "newmtl a\nmap_Kd fehlt.png\n", "newmtl a\nimage x\n"])
def test_mtl_reader_leaves_the_unusual_to_trimesh(src, mtl):
    from museum_ar.content.obj_fast import parse_mtl_fast

    assert parse_mtl_fast(mtl.encode(), _resolver(src / "m.obj")) is None
