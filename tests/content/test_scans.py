"""Real photogrammetry and range scans (issue #15): how they land.

The real files are fetched, not committed (benchmarks/corpus/fetch_corpus.py, checksums in
files.json; their licences are not all open): the tests that read them skip unless
MUSEUM_AR_CORPUS names the folder fetch_corpus.py filled. Each has a small synthetic stand-in
that goes through the same code."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np
import pytest
from content_support import glb_attribute

from museum_ar.content import import_item
from museum_ar.content.mesh_size import SizeQuestion

CORPUS = Path(os.environ.get("MUSEUM_AR_CORPUS", "/nonexistent"))


def _corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{name} not fetched: python benchmarks/corpus/fetch_corpus.py MIRRORS DEST and set MUSEUM_AR_CORPUS=DEST")
    return path


# --- a PLY stored as one triangle strip (Cyberware's 'Igea') -----------------------------------

def _one_strip_ply(path: Path, verts: list, strip: list[int]) -> None:
    """Binary PLY with a 'tristrips' element of one row, as Cyberware wrote it. One row means
    every row has the same length, and trimesh then hands the rows over as a structured array
    instead of a dict of lists: the reader had found no strip and refused the file."""
    head = (f"ply\nformat binary_little_endian 1.0\nelement vertex {len(verts)}\nproperty float x\nproperty float y\n"
            "property float z\nelement tristrips 1\nproperty list int int vertex_indices\nend_header\n").encode()
    body = np.asarray(verts, dtype="<f4").tobytes() + struct.pack("<i", len(strip)) + np.asarray(strip, dtype="<i4").tobytes()
    path.write_bytes(head + body)


def test_binary_ply_of_one_triangle_strip_is_read(project, src):
    verts = [(0, 0, 0), (10, 0, 0), (0, 10, 0), (10, 10, 0), (0, 20, 0), (10, 20, 5), (30, 0, 0), (40, 0, 0), (30, 10, 0)]
    path = src / "Igea klein.ply"
    _one_strip_ply(path, verts, [0, 1, 2, 3, 4, 5, -1, 6, 7, 8])
    item = import_item(project.root, path, unit="mm", up="y")
    assert item.info["triangles_after"] == 5  # 4 from the first run, 1 after the restart
    normals = glb_attribute(project.root / item.asset, "NORMAL")
    assert (normals[:, 2] > 0.5).mean() > 0.9  # the strip's alternating winding undone


@pytest.mark.slow
def test_real_cyberware_strip_scan_imports(project):
    path = _corpus_file("scan/igea.ply")
    item = import_item(project.root, path, fit_m=0.15)
    assert item.info["triangles_before"] == 268_686
    assert item.info["triangles_after"] == 150_000
    assert item.info["up_axis"] == "y"  # the face looks along +Z, the head stands on -Y


# --- a Meshroom scan has no real scale -----------------------------------------------------

def _meshroom_obj(folder: Path) -> Path:
    """Header and layout of Meshroom's texturedMesh.obj (AliceVision), a few faces of it."""
    (folder / "texturedMesh.mtl").write_text("# \n# Wavefront material file\n# Created with AliceVision\n# \n\n"
                                             "newmtl TextureAtlas_1001\nKd  0.6 0.6 0.6\nd  1.0\n")
    path = folder / "texturedMesh.obj"
    path.write_text("# \n# Wavefront OBJ file\n# Created with AliceVision\n# \nmtllib texturedMesh.mtl\n\ng TexturedMesh\n"
                    "v -0.47 0.06 2.14\nv 1.3 0.09 2.12\nv -0.73 1.5 2.13\nv 0.04 -0.03 3.4\n"
                    "usemtl TextureAtlas_1001\nf 1 2 3\nf 1 3 4\nf 1 4 2\nf 2 4 3\n")
    return path


def test_meshroom_scan_is_said_to_have_no_real_scale(project, src):
    path = _meshroom_obj(src)
    with pytest.raises(SizeQuestion) as asked:
        import_item(project.root, path, ask=True)
    line = str(asked.value)
    assert "Meshroom (AliceVision) reconstruction has no real scale" in line
    assert "give --fit" in line and "\n" not in line
    info = import_item(project.root, path).info  # the app's way: a proposal, asked afterwards
    assert info["scale_free"] == "Meshroom (AliceVision)"
    assert info["unit_source"] == "proposed" and info["size_question"] and "no real scale" in info["size_question"]
    fitted = import_item(project.root, path, fit_m=0.15).info
    assert max(fitted["size_m"]) == pytest.approx(0.15, abs=1e-6)


def test_an_obj_of_another_tool_gets_the_usual_proposal(project, src):
    path = _meshroom_obj(src)
    path.write_text(path.read_text().replace("AliceVision", "Blender 4.1"))
    info = import_item(project.root, path).info
    assert info["scale_free"] is None and "no real scale" not in info["size_question"]


@pytest.mark.slow
def test_real_meshroom_scan(project):
    path = _corpus_file("scan/meshroom/texturedMesh.obj")
    info = import_item(project.root, path, fit_m=0.15).info
    assert info["scale_free"] == "Meshroom (AliceVision)"
    assert info["triangles_after"] == 53_364 and info["textured"]
    assert info["texture_px"] == [[2048, 2048]]  # the 4096 px atlas, down to the budget


@pytest.mark.slow
def test_real_nefertiti_scan_stands_up_at_its_size(project):
    path = _corpus_file("scan/nefertiti.obj")
    info = import_item(project.root, path, unit="mm").info
    assert info["up_axis"] == "z"  # Z-up scan: it lay on its back before the flat-base test
    assert info["size_m"][1] == pytest.approx(0.4946, abs=0.001)  # the bust is about 49 cm tall
