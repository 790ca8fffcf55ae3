"""Meshes through the real loaders into a budgeted, normalised GLB that the Khronos validator
accepts; then read back with trimesh (a different reader than the writer) and checked."""

from __future__ import annotations

import json

import numpy as np
import pytest
import trimesh

from museum_ar.content.mesh_size import SizeQuestion
from content_support import drawn_fraction, glb_attribute, validate_glb
from meshgen import bumpy_sphere, stripe_texture, write_colored_ply, write_obj
from PIL import Image

from museum_ar.content import import_item
from museum_ar.core.exhibit import ItemKind


def _read_back(project, item) -> trimesh.Trimesh:
    scene = trimesh.load_scene(str(project.root / item.asset))
    assert len(scene.geometry) >= 1
    return scene.to_geometry() if len(scene.geometry) > 1 else next(iter(scene.geometry.values()))


@pytest.mark.slow
def test_textured_obj_is_decimated_to_budget_keeping_its_texture(project, src):
    pos, uv, faces = bumpy_sphere(120, 240)  # ~57k triangles, 200 mm across, one UV seam
    obj = write_obj(src / "Schädel mit Textur", "Schädel 3", pos, uv, faces, stripe_texture())
    item = import_item(project.root, obj, max_triangles=8000)
    assert item.kind is ItemKind.MESH and item.asset.endswith(".glb")
    info = item.info
    assert info["triangles_before"] == len(faces)
    assert 7000 <= info["triangles_after"] <= 8000
    assert info["unit"] == "mm" and info["unit_source"] == "proposed"
    assert info["textured"] and info["bytes_after"] < info["bytes_before"]

    report = validate_glb(project.root / item.asset)
    assert report["errors"] == 0, report["messages"]

    mesh = _read_back(project, item)
    assert len(mesh.faces) == info["triangles_after"]
    # metres, standing on the marker, centred on it
    lo, hi = mesh.bounds
    assert lo[1] == pytest.approx(0.0, abs=1e-6)
    assert (lo[[0, 2]] + hi[[0, 2]]) == pytest.approx([0, 0], abs=1e-6)
    assert 0.19 < (hi - lo)[0] < 0.24
    # texture survived: seam faces do not smear across the whole texture, and the texture colour
    # at each vertex's UV matches the stripes the generator painted at that longitude
    uvs = mesh.visual.uv[mesh.faces]
    assert (uvs[..., 0].max(axis=1) - uvs[..., 0].min(axis=1)).max() < 0.1
    tex = mesh.visual.material.baseColorTexture
    assert tex is not None and max(tex.size) <= 2048


@pytest.mark.slow
def test_texture_is_downscaled_to_the_option(project, src):
    pos, uv, faces = bumpy_sphere(20, 40)
    obj = write_obj(src, "gross", pos, uv, faces, stripe_texture(2048, 1024))
    item = import_item(project.root, obj, max_texture_px=256)
    assert item.info["texture_px"] == [[256, 128]]
    assert validate_glb(project.root / item.asset)["errors"] == 0


@pytest.mark.slow
def test_ply_vertex_colours_survive_decimation(project, src):
    ply = write_colored_ply(src / "Blechtrommel.ply")
    before = trimesh.load(str(ply), process=False)
    item = import_item(project.root, ply, max_triangles=1000, up="z")
    assert item.info["vertex_colors"] and item.info["triangles_after"] <= 1000
    assert validate_glb(project.root / item.asset)["errors"] == 0
    mesh = _read_back(project, item)
    colours = {tuple(c) for c in glb_attribute(project.root / item.asset, "COLOR_0")[:, :3].tolist()}
    assert colours <= {tuple(c) for c in np.asarray(before.visual.vertex_colors)[:, :3].tolist()}  # no new, smeared colours
    assert len(colours) == 2
    # Z-up file stood upright: the drum's 120 mm height is now along Y
    assert (mesh.bounds[1] - mesh.bounds[0])[1] == pytest.approx(0.12, abs=1e-4)
    assert drawn_fraction(project.root / item.thumbnail) > 0.2


def test_stl_is_z_up_by_default_and_unit_can_be_asked(project, src):
    box = trimesh.creation.box(extents=(10, 20, 50))  # a tall column in a Z-up CAD file
    stl = src / "Säule.stl"
    stl.write_bytes(box.export(file_type="stl"))
    item = import_item(project.root, stl, unit="cm")
    assert item.info["up_axis"] == "z" and item.info["unit"] == "cm" and item.info["unit_source"] == "asked"
    assert item.info["size_m"] == pytest.approx([0.1, 0.5, 0.2])
    assert validate_glb(project.root / item.asset)["errors"] == 0


def test_off_centre_placement(project, src):
    off = src / "würfel.off"
    off.write_text(trimesh.creation.box(extents=(1, 1, 1)).export(file_type="off"), encoding="utf-8")
    item = import_item(project.root, off, placement="centre")
    assert item.info["unit"] == "m"
    assert item.info["bounding_box_m"] == {"min": [-0.5, -0.5, -0.5], "max": [0.5, 0.5, 0.5]}


def test_gltf_with_external_bin_and_image(project, src):
    pos, uv, faces = bumpy_sphere(30, 60, radius=0.1)
    mesh = trimesh.Trimesh(pos, faces, process=False)
    mesh.visual = trimesh.visual.TextureVisuals(uv=uv, image=stripe_texture(256, 128))
    files = trimesh.Scene(mesh).export(file_type="gltf")
    folder = src / "Ammonit glTF"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    # trimesh puts the texture into the .bin; move it out to an image file next to it, with a
    # space and an umlaut in its (URI-escaped) name, as exporters do
    gltf = json.loads(files["model.gltf"])
    view = gltf["bufferViews"][gltf["images"][0].pop("bufferView")]
    bin_name = gltf["buffers"][view["buffer"]]["uri"]
    png = files[bin_name][view.get("byteOffset", 0) : view.get("byteOffset", 0) + view["byteLength"]]
    (folder / "Ammonit Ölfarbe.png").write_bytes(png)
    gltf["images"][0]["uri"] = "Ammonit%20%C3%96lfarbe.png"
    gltf["images"][0].pop("mimeType", None)
    (folder / "model.gltf").write_text(json.dumps(gltf), encoding="utf-8")
    assert (folder / bin_name).is_file() and png.startswith(b"\x89PNG")
    item = import_item(project.root, folder / "model.gltf")
    assert item.info["unit"] == "m" and item.info["unit_source"] == "file" and item.info["textured"]
    assert validate_glb(project.root / item.asset)["errors"] == 0


def test_3mf_multi_material_glb_keeps_every_part(project, src):
    a = trimesh.creation.box(extents=(40, 40, 10))
    a.visual.face_colors = [200, 40, 40, 255]
    b = trimesh.creation.icosphere(subdivisions=3, radius=15)
    b.apply_translation([0, 0, 30])
    b.visual.face_colors = [40, 40, 200, 255]
    three = src / "Sockel.3mf"
    three.write_bytes(trimesh.Scene([a, b]).export(file_type="3mf"))
    item = import_item(project.root, three, max_triangles=200)
    assert item.info["unit"] == "mm" and item.info["up_axis"] == "z"
    assert item.info["parts"] == 2 and item.info["triangles_after"] <= 200
    assert item.info["size_m"] == pytest.approx([0.04, 0.05, 0.04], abs=1e-3)  # box from z=-5 to sphere top at 45 mm
    assert validate_glb(project.root / item.asset)["errors"] == 0


@pytest.mark.slow
def test_glb_round_trip_is_idempotent_in_size(project, src):
    """Importing our own output again changes nothing essential (same triangles, same size)."""
    pos, uv, faces = bumpy_sphere(40, 80)
    first = import_item(project.root, write_obj(src, "kugel", pos, uv, faces, stripe_texture(128, 64)))
    again = import_item(project.root, project.root / first.asset)
    assert again.info["triangles_after"] == first.info["triangles_after"]
    assert again.info["size_m"] == pytest.approx(first.info["size_m"], abs=1e-6)
    assert validate_glb(project.root / again.asset)["errors"] == 0


def test_mesh_thumbnail_shows_the_texture(project, src):
    pos, uv, faces = bumpy_sphere(40, 80)
    red = Image.new("RGB", (64, 64), (220, 20, 20))
    item = import_item(project.root, write_obj(src, "rot", pos, uv, faces, red))
    thumb = Image.open(project.root / item.thumbnail).convert("RGB")
    assert thumb.size == (256, 256)
    arr = np.asarray(thumb, dtype=np.int16)
    centre = arr[96:160, 96:160].reshape(-1, 3).mean(axis=0)
    assert centre[0] > 100 and centre[0] > 2 * centre[1] and centre[0] > 2 * centre[2]  # red, shaded
    assert drawn_fraction(project.root / item.thumbnail) > 0.3


def test_inside_out_closed_mesh_is_turned_outwards(project, src):
    pos, uv, faces = bumpy_sphere(30, 60)
    item = import_item(project.root, write_obj(src, "innen", pos, uv, faces[:, ::-1].copy()))
    assert item.info["inside_out_fixed"] is True
    mesh = _read_back(project, item)
    assert mesh.volume > 0
    ok = import_item(project.root, write_obj(src, "aussen", pos, uv, faces))
    assert ok.info["inside_out_fixed"] is False


def test_our_coloured_glb_reimports_with_its_colours(project, src):
    first = import_item(project.root, write_colored_ply(src / "Trommel.ply"), up="z")
    again = import_item(project.root, project.root / first.asset)
    assert again.info["vertex_colors"] is True
    a = glb_attribute(project.root / first.asset, "COLOR_0")
    b = glb_attribute(project.root / again.asset, "COLOR_0")
    assert {tuple(c) for c in a.tolist()} == {tuple(c) for c in b.tolist()}


def test_obj_with_absolute_windows_texture_path_finds_the_texture_next_to_it(project, src):
    pos, uv, faces = bumpy_sphere(20, 40)
    obj = write_obj(src, "win", pos, uv, faces, stripe_texture(64, 32))
    mtl = src / "win.mtl"
    mtl.write_text(mtl.read_text(encoding="utf-8").replace("map_Kd win texture.png", "map_Kd C:\\Scans\\Schädel\\win texture.png"), encoding="utf-8")
    item = import_item(project.root, obj)
    assert item.info["textured"] and item.info["warnings"] == []


def test_texture_outside_the_folder_is_not_read(project, src):
    pos, uv, faces = bumpy_sphere(20, 40)
    inner = src / "innen"
    obj = write_obj(inner, "k", pos, uv, faces, stripe_texture(64, 32))
    (inner / "k texture.png").rename(src / "geheim.png")
    (inner / "k.mtl").write_text("newmtl skin\nmap_Kd ../geheim.png\n", encoding="utf-8")
    item = import_item(project.root, obj)
    assert not item.info["textured"] and item.info["warnings"]


def test_hard_edges_stay_sharp(project, src):
    stl = src / "Sockel.stl"
    stl.write_bytes(trimesh.creation.box(extents=(40, 40, 60)).export(file_type="stl"))
    item = import_item(project.root, stl)
    assert item.info["vertices_after"] == 24  # 4 per side: every side shaded flat
    normals = glb_attribute(project.root / item.asset, "NORMAL")
    assert np.allclose(np.abs(normals).max(axis=1), 1.0, atol=1e-5)


def test_glb_keeps_its_true_metres_and_asks_when_far_larger_than_its_marker(project, src):
    """glTF is metres by its spec: a 200-unit GLB is 200 m, never silently shrunk (Khronos' Fox
    is 155 m). Far larger than its marker, that is a question: refused when asked (the CLI),
    stored with the question otherwise (the app), and --fit makes it marker-sized."""
    pos, _uv, faces = bumpy_sphere(20, 40)  # 200 units across, written to a GLB as if metres
    glb = src / "Sketchfab Schädel.glb"
    glb.write_bytes(trimesh.Trimesh(pos, faces, process=False).export(file_type="glb"))
    item = import_item(project.root, glb, marker_m=0.1)
    assert item.info["unit"] == "m" and item.info["unit_source"] == "file"
    assert max(item.info["size_m"]) == pytest.approx(float((pos.max(axis=0) - pos.min(axis=0)).max()), rel=0.01)
    assert "--fit" in item.info["size_question"]
    with pytest.raises(SizeQuestion, match="true size"):
        import_item(project.root, glb, marker_m=0.1, ask=True)
    fitted = import_item(project.root, glb, marker_m=0.1, ask=True, fit_m=0.15)
    assert fitted.info["unit_source"] == "fit" and max(fitted.info["size_m"]) == pytest.approx(0.15, rel=1e-3)

