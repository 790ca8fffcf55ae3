"""Real photogrammetry and range scans (issue #15): how they land, and the memory an import of a
dense scan or a PBR model holds.

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
import trimesh
from content_support import glb_attribute

from museum_ar.content import import_item
from museum_ar.content.mesh_parts import Part, weld
from museum_ar.content.mesh_place import orient_and_scale
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


def test_meshroom_scan_without_a_base_stands_on_minus_y(project, src):
    """AliceVision writes the first camera's coordinates (y down): on +Y the reconstruction came
    out upside down, its surface facing away from the viewer and culled by the tablet."""
    path = _meshroom_obj(src)
    info = import_item(project.root, path, fit_m=0.15).info
    assert info["up_axis"] == "-y" and "camera coordinates" in info["up_reason"]
    path.write_text(path.read_text().replace("AliceVision", "Blender 4.1"))
    assert import_item(project.root, path, fit_m=0.15).info["up_axis"] == "y"


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
    # turned -Y up, its surface (which faces the cameras) faces the viewer of the thumbnail and
    # the tablet: most of its area faces +Z (front) and up
    assert info["up_axis"] == "-y"
    normals = glb_attribute(project.root / import_item(project.root, path, fit_m=0.15).asset, "NORMAL")
    assert (normals[:, 2] > 0).mean() > 0.6 and (normals[:, 1] > 0).mean() > 0.5


@pytest.mark.slow
def test_real_nefertiti_scan_stands_up_at_its_size(project):
    path = _corpus_file("scan/nefertiti.obj")
    info = import_item(project.root, path, unit="mm").info
    assert info["up_axis"] == "z"  # Z-up scan: it lay on its back before the flat-base test
    assert info["size_m"][1] == pytest.approx(0.4946, abs=0.001)  # the bust is about 49 cm tall


# --- memory: the same outputs from fewer copies ----------------------------------------------

def _weld_by_bytes(positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The weld the outputs were made with (np.unique of the rows as raw bytes)."""
    pos = np.ascontiguousarray(positions, dtype=np.float64) + 0.0
    rows = pos.view(np.dtype((np.void, 24))).reshape(-1)
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    return pos[first], inverse.reshape(-1)


@pytest.mark.parametrize("seed", range(6))
def test_weld_gives_what_the_byte_unique_gave(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 3000))
    if seed % 2:
        pos = rng.choice(np.array([0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-300, -1e300, 256.0]), size=(n, 3))
    else:
        pos = rng.normal(size=(n, 3)) * 100
        pos[rng.integers(0, n, n // 2)] = pos[rng.integers(0, n, n // 2)]  # shared corners
    got, want = weld(pos), _weld_by_bytes(pos)
    assert got[0].tobytes() == want[0].tobytes()
    assert np.array_equal(got[1], want[1])
    assert np.array_equal(got[0][got[1]], pos + 0.0)  # every vertex finds its place


def test_weld_merges_both_zeros():
    unique, inverse = weld(np.array([[0.0, -0.0, 1.0], [-0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]))
    assert len(unique) == 1 and list(inverse) == [0, 0, 0] and not np.signbit(unique).any()


def test_orient_and_scale_changes_a_shared_array_once():
    pos = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    faces = np.array([[0, 1, 1]])
    a, b = Part(positions=pos, faces=faces), Part(positions=pos, faces=faces)
    rot = np.array([[1.0, 0, 0], [0, 0, 1], [0, -1, 0]])
    orient_and_scale([a, b], metres_per_unit=0.001, rotation=rot)
    want = (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]) * 0.001) @ rot.T
    assert a.positions.tobytes() == want.tobytes() and b.positions.tobytes() == want.tobytes()


def test_stl_read_in_slices_is_what_trimesh_reads(tmp_path, monkeypatch):
    from museum_ar.content import gltf_fast

    mesh = trimesh.creation.icosphere(subdivisions=3, radius=20.0)  # 1280 faces
    path = tmp_path / "Kugel.stl"
    mesh.export(path)
    monkeypatch.setattr(gltf_fast, "_STL_SLICE", 100)  # 13 slices, the last one short
    (part,) = gltf_fast.load_stl_fast(path)
    loaded = trimesh.load(path, process=False)
    assert part.positions.dtype == np.float64
    assert np.array_equal(part.positions, np.asarray(loaded.vertices, dtype=np.float64))
    assert np.array_equal(part.faces, np.asarray(loaded.faces))


def test_texture_pixels_are_let_go_once_encoded(tmp_path):
    """The import holds each map decoded only while its job works on it: after the jobs, the
    pictures are closed, and the GLB is the same as when they were kept."""
    from museum_ar.content.decimate import to_primitives
    from museum_ar.content.glb_write import TextureJobs, write_glb
    from museum_ar.content.mesh_load import load_parts

    source = Path(__file__).parents[1] / "data" / "gltf" / "helmet_small_draco.glb"
    out = []
    for release in (False, True):
        parts, _ = load_parts(source, [])
        maps = [img for p in parts for img in p.material.images().values()]
        assert len(maps) == 5
        with TextureJobs(2048, 88, "webp") as jobs:
            jobs.start(parts, release=release)
            prims = to_primitives(parts, 150_000, release=release)
            out.append(write_glb(prims, name="helm", textures=jobs)[0])
            jobs.thumbnail(parts[0].material.base_color_image)  # made by its job, not from the closed picture
        closed = []
        for img in maps:
            try:
                img.getpixel((0, 0))
                closed.append(False)
            except ValueError:
                closed.append(True)
        assert all(closed) if release else not any(closed)
        if release:
            assert all(len(p.positions) == 0 for p in parts)  # the source arrays went too
    assert out[0] == out[1]


# --- a leaning scan is stood level on its base ------------------------------------------------

def _turned(axis, deg: float) -> np.ndarray:
    a = np.asarray(axis, dtype=float) / np.linalg.norm(axis)
    k = np.array([[0.0, -a[2], a[1]], [a[2], 0.0, -a[0]], [-a[1], a[0], 0.0]])
    t = np.radians(deg)
    return np.eye(3) + np.sin(t) * k + (1 - np.cos(t)) * (k @ k)


@pytest.mark.slow
@pytest.mark.parametrize(("axis", "deg"), [((1, 0, 0), 3.0), ((0, 1, 0), 7.0), ((1, 0, 0), 15.0), ((1, -1, 0), -12.0)])
def test_real_scan_turned_off_level_is_stood_level(project, src, axis, deg):
    """Nefertiti (Z up, her plinth 0.4° off level in the file; her flat crown leans 18°) turned
    about a horizontal axis, as a camera-frame reconstruction comes out: her upright, as the file
    has it, is upright again within 1°."""
    from museum_ar.content.mesh_size import UP_ROTATIONS

    mesh = trimesh.load(_corpus_file("scan/nefertiti.obj"), process=False)
    turn = _turned(axis, deg)
    mesh.vertices = np.asarray(mesh.vertices) @ turn.T
    path = src / "nefertiti schief.obj"
    mesh.export(path)
    info = import_item(project.root, path, unit="mm").info
    assert info["up_axis"] == "z"
    level = np.asarray(info["level_rotation"])
    upright = level @ UP_ROTATIONS["z"] @ turn @ [0.0, 0.0, 1.0]
    assert np.degrees(np.arccos(upright[1])) < 1.0
    assert info["level_deg"] == pytest.approx(abs(deg), abs=1.0)
    assert info["size_m"][1] == pytest.approx(0.4946, abs=0.003)  # as tall as the level file


@pytest.mark.slow
def test_real_level_scan_and_helmet_are_left_alone(project):
    nefertiti = import_item(project.root, _corpus_file("scan/nefertiti.obj"), unit="mm").info
    assert nefertiti["level_rotation"] is None and nefertiti["level_deg"] == 0.0  # 0.4° off: left
    helmet = import_item(project.root, _corpus_file("DamagedHelmet.glb")).info
    assert helmet["level_rotation"] is None  # no flat base
    igea = import_item(project.root, _corpus_file("scan/igea.ply"), fit_m=0.15).info
    assert igea["level_rotation"] is None and igea["up_axis"] == "y"
