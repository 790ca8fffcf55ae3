"""Attaching a 3D file that states no unit asks the curator (issue 15): the size dialog comes up
with the proposal preselected; the answer becomes the item's transform, one undo step with the
add; two models dropped on one marker stand side by side."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from .conftest import when_modal

pytestmark = pytest.mark.slow  # imports through the real window and its question


def answer_size_dialog(unit: str | None = None, leave_out: bool = False, look=None) -> list[str]:
    from museum_ar.qt.mesh_size_dialog import MeshSizeDialog

    seen: list[str] = []

    def answer(d: MeshSizeDialog):
        seen.append(d.units.currentData())
        if look is not None:
            look(d)
        if unit:
            d.units.setCurrentIndex(d.units.findData(unit))
        d.reject() if leave_out else d.accept()

    when_modal(MeshSizeDialog, answer)
    return seen


def test_obj_without_unit_is_asked_and_laid_side_by_side(window, qtbot, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    obj = src / "Schädel Scan.obj"
    trimesh.creation.icosphere(subdivisions=3, radius=60.0).export(obj)  # 120 units: proposed mm
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    seen = answer_size_dialog()
    job = window.attach_files("M1", [obj])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    qtbot.waitUntil(lambda: len(window.doc.exhibit.markers[0].items) == 1, timeout=20000)
    assert seen == ["mm"]
    first = window.doc.exhibit.markers[0].items[0]
    assert first.info["unit"] == "mm" and max(first.info["size_m"]) == pytest.approx(0.12, rel=0.01)

    seen = answer_size_dialog(unit="cm")  # the second time the curator says centimetres
    job = window.attach_files("M1", [obj])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    qtbot.waitUntil(lambda: len(window.doc.exhibit.markers[0].items) == 2, timeout=20000)
    second = window.doc.exhibit.markers[0].items[1]
    assert second.info["unit"] == "cm" and second.info["unit_source"] == "asked"
    assert np.allclose(second.transform.scale, 10.0)  # the stored GLB is in mm; the transform makes it cm
    assert max(second.info["size_m"]) == pytest.approx(1.2, rel=0.01)
    # next to the first, not inside it
    gap = second.transform.translation[0] - first.transform.translation[0]
    assert gap >= (first.info["size_m"][0] + second.info["size_m"][0]) / 2
    window.tree.select("item", second.id)
    header = window.inspector.it_header.text()
    assert "1.2 m tall" in header and "centimetres (chosen)" in header, header  # the inspector shows the choice
    window.app_actions.undo.trigger()
    assert len(window.doc.exhibit.markers[0].items) == 1


def test_leave_out_adds_nothing(window, qtbot, tmp_path):
    obj = tmp_path / "Teil.stl"
    trimesh.creation.box(extents=(20, 20, 20)).export(obj)
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    seen = answer_size_dialog(leave_out=True)
    job = window.attach_files("M1", [obj])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    qtbot.waitUntil(lambda: seen == ["mm"], timeout=20000)
    assert window.doc.exhibit.markers[0].items == []


def test_a_photogrammetry_scan_preselects_fit(window, qtbot, tmp_path):
    """A Meshroom reconstruction has no real scale: the question says so and fit is preselected
    (true size in the proposed unit would be a made-up size)."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "texturedMesh.mtl").write_text("# Created with AliceVision\nnewmtl TextureAtlas_1001\nKd 0.6 0.6 0.6\n")
    obj = src / "texturedMesh.obj"
    obj.write_text("# Wavefront OBJ file\n# Created with AliceVision\nmtllib texturedMesh.mtl\ng TexturedMesh\n"
                   "v -0.47 0.06 2.14\nv 1.3 0.09 2.12\nv -0.73 1.5 2.13\nv 0.04 -0.03 3.4\n"
                   "usemtl TextureAtlas_1001\nf 1 2 3\nf 1 3 4\nf 1 4 2\nf 2 4 3\n")
    assert window.new_exhibit(tmp_path / "ex", "Natur")
    window.add_marker()
    shown = {}

    def look(d):
        shown["fit"] = d.by_fit.isChecked()
        shown["text"] = " ".join(label.text() for label in d.findChildren(QLabel))

    from PySide6.QtWidgets import QLabel

    answer_size_dialog(look=look)
    job = window.attach_files("M1", [obj])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    qtbot.waitUntil(lambda: len(window.doc.exhibit.markers[0].items) == 1, timeout=20000)
    assert shown["fit"] and "no real scale" in shown["text"] and "Meshroom" in shown["text"], shown
    assert window.doc.exhibit.markers[0].items[0].info["unit"] == "fit"
