"""Files that were refused or damaged although nothing was wrong with them (issue 15, item 8)."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from content_support import glb_attribute

from museum_ar.content import import_item


def test_ply_of_triangle_strips_is_read(project, src):
    verts = [(0, 0, 0), (10, 0, 0), (0, 10, 0), (10, 10, 0), (0, 20, 0), (10, 20, 5), (30, 0, 0), (40, 0, 0), (30, 10, 0)]
    hdr = (f"ply\nformat ascii 1.0\nelement vertex {len(verts)}\nproperty float x\nproperty float y\nproperty float z\n"
           "element tristrips 1\nproperty list int int vertex_indices\nend_header\n")
    body = "".join("{:g} {:g} {:g}\n".format(*v) for v in verts) + "10 0 1 2 3 4 5 -1 6 7 8\n"
    path = src / "Streifen.ply"
    path.write_text(hdr + body)
    info = import_item(project.root, path, unit="mm").info
    assert info["triangles_after"] == 5  # 4 from the first strip, 1 from the second
    # all five face the same side (+z here): strips alternate their winding
    item = import_item(project.root, path, unit="mm", up="y")
    normals = glb_attribute(project.root / item.asset, "NORMAL")
    assert (normals[:, 2] > 0.5).mean() > 0.9


@pytest.mark.parametrize("last", [b"f 2 4 3", b"f 2/2 4/3 3/1", b"vt 0.5", b"# done", b"s off"])
def test_obj_without_final_newline_is_read(project, src, last):
    text = b"v 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\nvt 0 0\nvt 1 0\nvt 0 1\nf 1 2 3\nf 1 3 4\nf 1 4 2\n"
    if not last.startswith(b"f"):
        text += b"f 2 4 3\n"
    path = src / "ohne Zeilenende.obj"
    path.write_bytes(text + last)
    assert import_item(project.root, path, unit="mm").info["triangles_after"] == 4


def test_missing_texture_is_named(project, src):
    (src / "Vase.mtl").write_text("newmtl glasur\nmap_Kd Vase Textur 4k.jpg\n")
    path = src / "Vase.obj"
    path.write_text("mtllib Vase.mtl\nv 0 0 0\nv 10 0 0\nv 0 10 0\nvt 0 0\nvt 1 0\nvt 0 1\nusemtl glasur\nf 1/1 2/2 3/3\n")
    warnings = import_item(project.root, path, unit="mm").info["warnings"]
    assert any("'Vase Textur 4k.jpg'" in w and "not found" in w for w in warnings), warnings


@pytest.mark.slow
def test_open_bowl_scan_is_not_turned_inside_out(project, src):
    """The inside of a bowl, scanned from above: open, faces toward the hollow (negative volume
    about its centre). The old 'closed with <= 1 % border edges' test flipped it."""
    sphere = trimesh.creation.icosphere(subdivisions=5, radius=50.0)
    keep = sphere.triangles_center[:, 2] < 20.0  # lower part: a deep bowl with a small rim
    bowl = trimesh.Trimesh(sphere.vertices, sphere.faces[keep][:, ::-1], process=True)  # faces toward the centre
    path = src / "Schale innen.ply"
    bowl.export(path)
    item = import_item(project.root, path, unit="mm", up="z")
    assert not item.info["inside_out_fixed"]
    pos = glb_attribute(project.root / item.asset, "POSITION")
    nrm = glb_attribute(project.root / item.asset, "NORMAL")
    centre = (pos.max(axis=0) + pos.min(axis=0)) / 2 + [0, 0.02, 0]
    towards = np.einsum("ij,ij->i", nrm, centre - pos)
    assert (towards > 0).mean() > 0.9  # still facing the hollow, as authored


def test_closed_inside_out_scan_is_still_fixed(project, src):
    sphere = trimesh.creation.icosphere(subdivisions=4, radius=50.0)
    inverted = trimesh.Trimesh(sphere.vertices, sphere.faces[:, ::-1], process=False)
    path = src / "umgestülpt.ply"
    inverted.export(path)
    assert import_item(project.root, path, unit="mm").info["inside_out_fixed"]


@pytest.mark.slow
def test_two_million_repeated_faces_are_dropped_not_simplified_for_minutes(project, src):
    """Issue 21 item 10: 2M copies of one face ran > 300 s in the simplifier; repeats are now
    dropped first (and said so)."""
    path = src / "doppelt.obj"
    with open(path, "w") as f:
        f.write("v 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\n")
        f.write("f 1 2 3\n" * 2_000_000)
        f.write("f 1 3 4\nf 1 4 2\nf 2 4 3\n")
    info = import_item(project.root, path, unit="mm").info
    assert info["triangles_before"] == 2_000_003 and info["triangles_after"] == 4
    assert any("1,999,999 repeated faces" in w for w in info["warnings"])


def test_ten_million_triangle_stl_is_refused_from_its_header(project, src):
    """Issue 21 item 10: a 10M-triangle STL peaked at 5.26 GB; its header says how many
    triangles it has, so it is refused in one line before anything is read (a sparse file here)."""
    import tracemalloc

    path = src / "riesig.stl"
    with open(path, "wb") as f:
        f.write(b"\0" * 80 + np.uint32(10_000_000).tobytes())
        f.truncate(84 + 50 * 10_000_000)
    from museum_ar.core.errors import ContentError

    tracemalloc.start()
    with pytest.raises(ContentError, match=r"10,000,000 triangles, more than the 6,000,000"):
        import_item(project.root, path, unit="mm")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 << 20


@pytest.mark.slow
def test_a_fan_of_too_many_faces_on_one_vertex_is_refused(project, src):
    n = 120_000
    ring = np.column_stack([np.cos(np.linspace(0, 6.28, n)), np.sin(np.linspace(0, 6.28, n)), np.zeros(n)]) * 50
    path = src / "Fächer.obj"
    with open(path, "w") as f:
        f.write("v 0 0 10\n" + "".join(f"v {x:.4f} {y:.4f} {z:.1f}\n" for x, y, z in ring))
        f.write("".join(f"f 1 {i + 2} {i + 3}\n" for i in range(n - 1)))
    from museum_ar.core.errors import ContentError

    with pytest.raises(ContentError, match="used by 119,999 faces"):
        import_item(project.root, path, unit="mm")
