"""A scan whose flat base leans (issue #15): photogrammetry writes its mesh in a camera's frame, so
after the up axis is chosen the object still leans a few degrees. Import stands it level on its
base when the evidence is clear, says so, and the curator can put the lean back."""

from __future__ import annotations

import os

import numpy as np
import pytest
import trimesh
from content_support import glb_attribute
from test_true_size_and_up import scan_on_plinth_z_up

from museum_ar.content import import_item
from museum_ar.content.conversions import conversion_texts
from museum_ar.content.mesh_size import UP_ROTATIONS, rechoose

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def turned(axis, deg: float) -> np.ndarray:
    """The rotation by `deg` about `axis`."""
    a = np.asarray(axis, dtype=float)
    a /= np.linalg.norm(a)
    k = np.array([[0.0, -a[2], a[1]], [a[2], 0.0, -a[0]], [-a[1], a[0], 0.0]])
    t = np.radians(deg)
    return np.eye(3) + np.sin(t) * k + (1 - np.cos(t)) * (k @ k)


def write_turned(folder, name: str, vertices: np.ndarray, faces: np.ndarray, rot: np.ndarray):
    path = folder / name
    v = vertices @ rot.T
    lines = [f"v {x:.6f} {y:.6f} {z:.6f}" for x, y, z in v] + [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in faces]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def angle_deg(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.degrees(np.arccos(np.clip(a @ b / np.linalg.norm(a) / np.linalg.norm(b), -1, 1))))


def file_to_marker(info: dict) -> np.ndarray:
    """The rotation import applied to the file's vertices: the up axis's, then the levelling."""
    level = np.asarray(info["level_rotation"] if info["level_rotation"] is not None else np.eye(3))
    return level @ UP_ROTATIONS[info["up_axis"]]


def footprint_mm(positions: np.ndarray, within_mm: float = 1.0) -> float:
    """The narrower side (x or z, mm) of what lies within `within_mm` of the bottom: a level
    plinth (53 x 40 mm) lies there whole, a leaning one only along its lowest edge."""
    low = positions[positions[:, 1] < positions[:, 1].min() + within_mm / 1000]
    return float(min(np.ptp(low[:, 0]), np.ptp(low[:, 2])) * 1000)


@pytest.mark.parametrize(("axis", "deg"), [((1, 0, 0), 3.0), ((0, 1, 0), -8.0), ((1, 1, 0), 15.0)])
def test_a_leaning_scan_is_stood_level_on_its_base(project, src, axis, deg):
    _, v = scan_on_plinth_z_up(src, name="level.obj")
    faces = trimesh.creation.icosphere(subdivisions=4).faces
    rot = turned(axis, deg)
    item = import_item(project.root, write_turned(src, "Scan schief.obj", v, faces, rot), unit="mm")
    info = item.info
    assert info["up_axis"] == "z"
    # the plinth's normal in the file (-Z before the turn) points down again: the lean is undone
    assert angle_deg(file_to_marker(info) @ rot @ [0, 0, -1.0], np.array([0, -1.0, 0])) < 1.0
    assert info["level_deg"] == pytest.approx(abs(deg), abs=1.0)
    # the GLB itself: the whole plinth rests on the marker, not one edge of it
    assert footprint_mm(glb_attribute(project.root / item.asset, "POSITION")) > 35
    assert any("leaned" in t and f"{abs(deg):.0f}" in t for t in conversion_texts(info, item.source_name))


def test_a_level_scan_and_a_round_one_are_left_alone(project, src):
    path, _ = scan_on_plinth_z_up(src)
    level = import_item(project.root, path, unit="mm").info
    assert level["level_rotation"] is None and level["level_deg"] == 0.0
    assert not any("leaned" in t for t in conversion_texts(level, path.name))
    ball = trimesh.creation.icosphere(subdivisions=4, radius=50.0)
    tilted = write_turned(src, "Kugel.obj", ball.vertices, ball.faces, turned((1, 0, 0), 10.0))
    assert import_item(project.root, tilted, unit="mm").info["level_rotation"] is None


def test_no_level_keeps_the_lean(project, src):
    _, v = scan_on_plinth_z_up(src, name="level.obj")
    faces = trimesh.creation.icosphere(subdivisions=4).faces
    path = write_turned(src, "schief.obj", v, faces, turned((1, 0, 0), 6.0))
    info = import_item(project.root, path, unit="mm", level=False).info
    assert info["level_rotation"] is None
    assert angle_deg(UP_ROTATIONS[info["up_axis"]] @ turned((1, 0, 0), 6.0) @ [0, 0, -1.0], np.array([0, -1.0, 0])) == pytest.approx(6.0, abs=0.01)


def test_the_curator_puts_the_lean_back(project, src):
    """rechoose(level=False): the item's transform turns the stored, levelled GLB back."""
    _, v = scan_on_plinth_z_up(src, name="level.obj")
    faces = trimesh.creation.icosphere(subdivisions=4).faces
    item = import_item(project.root, write_turned(src, "schief.obj", v, faces, turned((0, 1, 0), 9.0)), unit="mm")
    scale, rot, translation, changes = rechoose(item.info, level=False)
    assert scale == 1.0 and changes["level_undone"]
    pos = glb_attribute(project.root / item.asset, "POSITION") @ rot.T + translation
    assert footprint_mm(pos) < 20  # it rests on one edge of its plinth again
    assert pos[:, 1].min() == pytest.approx(0.0, abs=1e-4)  # still standing on the marker
    # the plinth's normal ends where an import without levelling puts it
    plinth = turned((0, 1, 0), 9.0) @ [0, 0, -1.0]
    assert angle_deg(rot @ file_to_marker(item.info) @ plinth, UP_ROTATIONS["z"] @ plinth) < 1e-3
    info = {**item.info, **changes}
    assert not any("leaned" in t for t in conversion_texts(info, item.source_name))
    # another up axis drops the levelling too (it was measured on this axis's base)
    assert rechoose(item.info, up="y")[3]["level_undone"]
    assert not rechoose(item.info)[3]["level_undone"]


def test_dialog_offers_the_levelling_in_both_languages(qtbot, project, src):
    from museum_ar.qt import i18n
    from museum_ar.qt.attach import conversion_notes
    from museum_ar.qt.mesh_size_dialog import MeshSizeDialog, size_summary

    _, v = scan_on_plinth_z_up(src, name="level.obj")
    faces = trimesh.creation.icosphere(subdivisions=4).faces
    item = import_item(project.root, write_turned(src, "schief.obj", v, faces, turned((1, 0, 0), 7.0)), unit="mm")
    try:
        i18n.set_language("de")
        assert "geneigt" in conversion_notes([item]) and "gerade darauf gestellt" in conversion_notes([item])
        assert "gerade gestellt" in size_summary(item)
        d = MeshSizeDialog(item, 80.0)
        qtbot.addWidget(d)
        assert d.windowTitle().startswith("Wo ist oben") and d.level.isChecked() and not d.level.isHidden()
        i18n.set_language("en")
        d = MeshSizeDialog(item, 80.0)
        qtbot.addWidget(d)
        assert d.choice() == {"up": "z", "level": True}  # the size was stated: only up and level asked
        d.level.setChecked(False)
        d.apply()
        assert item.info["level_undone"] and "levelled" not in size_summary(item)
        pos = glb_attribute(project.root / item.asset, "POSITION")
        m = item.transform.matrix()
        assert footprint_mm(pos @ m[:3, :3].T + m[:3, 3]) < 20
    finally:
        i18n.set_language("en")


def test_attach_says_it_levelled_and_no_level_keeps_the_lean(project, src, capsys):
    from museum_ar.cli import main
    from museum_ar.core.project import load_project

    _, v = scan_on_plinth_z_up(src, name="level.obj")
    faces = trimesh.creation.icosphere(subdivisions=4).faces
    path = write_turned(src, "Scan schief.obj", v, faces, turned((1, 0, 0), 8.0))
    assert main(["add-marker", str(project.root), "--id", "m1", "--size-mm", "80"]) == 0
    assert main(["attach", str(project.root), "m1", str(path), "--unit", "mm"]) == 0
    out = capsys.readouterr().out
    assert "leaning 8°" in out and "note: its flat base leaned 8.0° in the file: stood level on it" in out
    assert main(["attach", str(project.root), "m1", str(path), "--unit", "mm", "--no-level"]) == 0
    out = capsys.readouterr().out
    assert "leaned" not in out
    first, second = load_project(project.root).exhibit.marker("m1").items
    assert first.info["level_deg"] == pytest.approx(8.0, abs=0.5) and second.info["level_rotation"] is None
