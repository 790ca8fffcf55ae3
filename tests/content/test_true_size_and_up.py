"""Never a silent size, upright, side by side (issue 15, items 1-3), through the real import and CLI."""

from __future__ import annotations


import numpy as np
import pytest
import trimesh
from content_support import asset_files, glb_attribute

from museum_ar.cli import main
from museum_ar.content import import_item
from museum_ar.content.mesh_place import lay_out
from museum_ar.content.mesh_size import SizeQuestion, header_unit
from museum_ar.core.frames import content_to_marker
from museum_ar.core.project import load_project


def scan_on_plinth_z_up(folder, name="Ammonit Scan.obj", header="") -> tuple:
    """A Z-up 'scan': a bumpy dome 80 x 60 wide and 120 tall (file units) on a flat plinth, as
    photogrammetry and CAD write it (Z up, base at the bottom)."""
    body = trimesh.creation.icosphere(subdivisions=4, radius=1.0)
    v = body.vertices * [40.0, 30.0, 60.0]
    v[:, 2] = np.maximum(v[:, 2], -45.0)  # cut flat at the bottom: the plinth
    path = folder / name
    lines = [header] if header else []
    lines += [f"v {x:.5f} {y:.5f} {z:.5f}" for x, y, z in v] + [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in body.faces]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, v


def test_obj_without_unit_is_a_proposal_with_its_reason(project, src):
    path, _v = scan_on_plinth_z_up(src)
    item = import_item(project.root, path)
    info = item.info
    assert info["unit_source"] == "proposed" and info["unit"] == "mm"
    assert "105 units long" in info["unit_reason"] and "10.5 cm" in info["unit_reason"]
    assert "--unit mm" in info["size_question"] and "--fit" in info["size_question"]
    with pytest.raises(SizeQuestion, match="states no unit"):
        import_item(project.root, path, ask=True)


def test_z_up_scan_is_stood_up_by_its_flat_base(project, src):
    path, v = scan_on_plinth_z_up(src)
    info = import_item(project.root, path, unit="mm").info
    assert info["up_axis"] == "z" and "flat base" in info["up_reason"]
    # file z (105 tall) is the height now; x stays x
    assert info["size_m"][1] == pytest.approx((v[:, 2].max() - v[:, 2].min()) / 1000, rel=1e-3)
    assert info["size_m"][0] == pytest.approx((v[:, 0].max() - v[:, 0].min()) / 1000, rel=1e-3)
    assert info["bounding_box_m"]["min"][1] == pytest.approx(0.0, abs=1e-6)  # standing on the marker


def test_unit_stated_in_an_obj_header_is_kept(project, src):
    path, _v = scan_on_plinth_z_up(src, "CAD Teil.obj", header="# Units: millimeters")
    assert header_unit(path) == "mm"
    info = import_item(project.root, path, ask=True).info  # no question: the file says
    assert info["unit_source"] == "file" and info["unit"] == "mm" and "header" in info["unit_reason"]
    assert max(info["size_m"]) == pytest.approx(0.105, rel=0.01)


def test_glb_true_metres_within_one_percent(project, src):
    """A 23.4 cm box in a GLB (metres by the spec) stays 23.4 cm: no plausibility guessing."""
    glb = src / "Kiste.glb"
    trimesh.creation.box(extents=(0.234, 0.1, 0.05)).export(glb)
    info = import_item(project.root, glb, marker_m=0.1, ask=True).info
    assert info["unit_source"] == "file" and info["size_m"] == pytest.approx([0.234, 0.1, 0.05], rel=0.01)


@pytest.mark.slow
def test_cli_refuses_without_unit_then_keeps_choice_and_lays_items_side_by_side(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "m1", "--size-mm", "80"]) == 0
    path, _v = scan_on_plinth_z_up(src)
    before = asset_files(project)
    assert main(["attach", str(project.root), "m1", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "states no unit" in err and "--unit mm" in err and "Traceback" not in err
    assert asset_files(project) == before
    assert main(["attach", str(project.root), "m1", str(path), str(path), "--unit", "mm"]) == 0
    out = capsys.readouterr().out
    assert "10.5 cm tall" in out and "unit mm (asked" in out
    items = load_project(project.root).exhibit.marker("m1").items
    xs = sorted(it.transform.translation[0] for it in items)
    width = items[0].info["size_m"][0]
    assert xs[1] - xs[0] >= width  # next to each other, not inside each other
    assert xs[0] == pytest.approx(-xs[1])  # the pair is centred on the marker
    # a third one continues the row to the right
    assert main(["attach", str(project.root), "m1", str(path), "--fit"]) == 0
    out = capsys.readouterr().out
    assert "12 cm tall" in out  # 1.5 marker edges
    items = load_project(project.root).exhibit.marker("m1").items
    assert items[2].transform.translation[0] > xs[1] + width / 2
    assert main(["info", str(project.root)]) == 0
    assert "unit fit (fit: fitted" in capsys.readouterr().out


def test_cli_asks_before_putting_a_truck_on_a_small_marker(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "klein", "--size-mm", "60"]) == 0
    glb = src / "Lastwagen.glb"
    trimesh.creation.box(extents=(4.87, 2.0, 2.2)).export(glb)
    assert main(["attach", str(project.root), "klein", str(glb)]) == 1
    err = capsys.readouterr().err
    assert "4.87 m long at its true size" in err and "--fit" in err
    assert main(["attach", str(project.root), "klein", str(glb), "--unit", "m"]) == 0  # true size, asked for
    item = load_project(project.root).exhibit.marker("klein").items[0]
    assert item.info["size_m"] == pytest.approx([4.87, 2.0, 2.2], rel=0.01)


def test_wall_marker_content_faces_the_visitor(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "wand", "--size-mm", "100", "--mount", "wall"]) == 0
    glb = src / "Relief.glb"
    trimesh.creation.box(extents=(0.1, 0.2, 0.02)).export(glb)  # 20 cm tall, 2 cm deep
    assert main(["attach", str(project.root), "wand", str(glb)]) == 0
    marker = load_project(project.root).exhibit.marker("wand")
    item = marker.items[0]
    m = content_to_marker(marker.mount) @ item.transform.matrix()  # item -> content -> marker
    up = m[:3, :3] @ [0, 1, 0]
    front = m[:3, :3] @ [0, 0, 1]
    assert up == pytest.approx([0, 0, -1], abs=1e-9)  # up the wall: toward the code's top edge
    assert front == pytest.approx([0, 1, 0], abs=1e-9)  # out of the wall, toward the visitor
    # the back of the relief touches the wall (marker y = 0), nothing sinks into it
    pos = glb_attribute(project.root / item.asset, "POSITION")
    world = pos @ m[:3, :3].T + m[:3, 3]
    assert world[:, 1].min() == pytest.approx(0.0, abs=1e-4)


def test_lay_out_is_pure_and_leaves_gaps():
    placed = lay_out([], [(0.1, 0.2, 0.1), (0.3, 0.1, 0.1), (0.1, 0.1, 0.1)])
    xs = [t[0] for t, _ in placed]
    assert xs == sorted(xs)
    assert xs[1] - xs[0] >= 0.05 + 0.15 and xs[2] - xs[1] >= 0.15 + 0.05
    more = lay_out([(-0.4, 0.2)], [(0.1, 0.1, 0.1)])
    assert more[0][0][0] > 0.2 + 0.05  # the row's right end is nearer the marker's centre


def test_files_dropped_one_after_another_stay_around_the_marker():
    """A model dropped first stands centred; its picture and text, dropped next, go one to each
    side (they used to continue the row to the right, out of the AR preview's picture)."""
    model = lay_out([], [(0.14, 0.1, 0.14)])
    assert model[0][0][0] == pytest.approx(0.0)
    occupied = [(-0.07, 0.07)]
    picture, text = lay_out(occupied, [(0.1, 0.07, 0.0), (0.2, 0.05, 0.0)])
    assert picture[0][0] > 0.07 and text[0][0] < -0.07  # one on each side, none inside the model
    assert picture[0][0] - 0.05 >= 0.07 and text[0][0] + 0.1 <= -0.07
    group = (text[0][0] - 0.1, picture[0][0] + 0.05)
    assert abs(sum(group) / 2) < 0.06  # the group's middle stays near the marker's centre
    # more of them keep alternating to whichever end is nearer
    xs = [t[0] for t, _ in lay_out(occupied, [(0.1, 0.1, 0.1)] * 4)]
    assert sorted(x > 0 for x in xs) == [False, False, True, True]


def test_stl_calibration_cube_is_proposed_in_millimetres(project, src):
    """The 20 mm calibration cube every 3D printer prints: STL states no unit, but STL files are
    nearly always millimetres, so 20 units are proposed as 2 cm (was: 20 cm)."""
    path = src / "xyz Kalibrierwürfel.stl"
    trimesh.creation.box(extents=(20, 20, 20)).export(path)
    info = import_item(project.root, path).info
    assert info["unit_source"] == "proposed" and info["unit_proposal"] == "mm"
    assert "STL files are nearly always in millimetres: 2 cm" in info["unit_reason"]
    assert info["size_m"] == pytest.approx([0.02, 0.02, 0.02], rel=1e-3)


def test_dropped_text_label_is_marker_sized_and_beside_the_model():
    """A long text dropped with a model on a 10 cm marker: its label is drawn at one LINE_UNITS a
    line, so unscaled it was ~2.6 m wide and covered the model. It gets a scale that makes it at
    most two markers wide, with lines under 1.5 cm, and stands beside the model, not over it."""
    from museum_ar.content.mesh_place import _label_units, arrange_on_marker
    from museum_ar.core.exhibit import Item, Marker
    from museum_ar.core.item_kinds import ItemKind
    from museum_ar.core.label import LINE_UNITS
    from museum_ar.core.localized import LocalizedText

    de = ("Oskar Matzerath beschließt an seinem dritten Geburtstag, nicht mehr zu wachsen – und trommelt. "
          "Eine Station im Günter Grass-Haus Lübeck.")
    marker = Marker("M1", 100.0)
    model = Item(ItemKind("mesh"), info={"size_m": [0.12, 0.1, 0.12]})
    text = Item(ItemKind("text"), title=LocalizedText({"de": "Trommel", "en": "Drum"}), description=LocalizedText({"de": de}))
    arrange_on_marker(marker, [model, text])
    k = text.transform.scale[0]
    w, _h = _label_units(text)
    assert 0.05 <= w * k <= 2 * 0.1 + 1e-9, w * k  # about the marker's size, not metres
    assert 0.004 <= LINE_UNITS * k <= 0.015  # readable lines, not huge letters
    boxes = sorted([(model.transform.translation[0] - 0.06, model.transform.translation[0] + 0.06),
                    (text.transform.translation[0] - w * k / 2, text.transform.translation[0] + w * k / 2)])
    assert boxes[0][1] <= boxes[1][0], boxes  # side by side
    # a short title alone gets lines at most LABEL_LINE_MARKERS of the marker tall
    title = Item(ItemKind("text"), title=LocalizedText({"de": "Trommel"}))
    arrange_on_marker(marker, [title])
    assert LINE_UNITS * title.transform.scale[0] <= 0.12 * 0.1 + 1e-9


def test_dropped_picture_is_marker_sized_beside_the_model():
    """Pictures are drawn one unit wide: unscaled, a picture on a 10 cm marker was a 1 m wall behind
    the model. It gets 1.5 markers' width and stands beside the model."""
    from museum_ar.content.mesh_place import arrange_on_marker
    from museum_ar.core.exhibit import Item, Marker
    from museum_ar.core.item_kinds import ItemKind

    marker = Marker("M1", 100.0)
    model = Item(ItemKind("mesh"), info={"size_m": [0.12, 0.1, 0.12]})
    marker.items.append(model)
    picture = Item(ItemKind("image"), info={"width": 1600, "height": 1200})
    arrange_on_marker(marker, [picture])
    k = picture.transform.scale[0]
    assert abs(k - 0.15) < 1e-9, k
    assert picture.transform.translation[0] - k / 2 >= model.transform.translation[0] + 0.06  # beside, not behind


def test_dropped_picture_on_a_table_faces_up_towards_the_visitor():
    """On a table marker a visitor looks down at it: an upright picture was seen edge-on. A new
    picture or label is leaned back so its face (+Z) points up and towards the visitor."""
    from museum_ar.content.mesh_place import arrange_on_marker
    from museum_ar.core.exhibit import Item, Marker
    from museum_ar.core.item_kinds import ItemKind
    from museum_ar.core.localized import LocalizedText

    marker = Marker("M1", 100.0)
    picture = Item(ItemKind("image"), info={"width": 800, "height": 600})
    text = Item(ItemKind("text"), title=LocalizedText({"de": "Trommel"}))
    arrange_on_marker(marker, [picture, text])
    for it in (picture, text):
        face = it.transform.matrix()[:3, :3] @ np.array([0.0, 0.0, 1.0])
        face /= np.linalg.norm(face)
        assert face[1] > 0.5 and face[2] > 0.5, face  # up (Y) and towards the visitor (+Z)
