"""The app's size question for an imported model: proposal preselected, the result shown against
the marker, the choice applied as the item's transform (no second import), in both languages."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from test_true_size_and_up import scan_on_plinth_z_up

from museum_ar.content import import_item
from content_support import glb_attribute


@pytest.fixture
def scan_item(project, src):
    path, v = scan_on_plinth_z_up(src)
    return import_item(project.root, path, up="y"), v  # imported lying down: the curator turns it


def test_dialog_preselects_the_proposal_and_applies_unit_and_up(qtbot, project, scan_item):
    from museum_ar.qt import i18n
    from museum_ar.qt.mesh_size_dialog import MeshSizeDialog

    item, v = scan_item
    i18n.set_language("en")
    d = MeshSizeDialog(item, 80.0)
    qtbot.addWidget(d)
    assert d.units.currentData() == "mm"  # the proposal, preselected
    d.up.setCurrentIndex(d.up.findData("z"))  # which way is up: Z
    d.units.setCurrentIndex(d.units.findData("cm"))
    assert "1.05 m tall" in d.result_label.text() and "8 cm" in d.result_label.text()
    d.apply()
    assert item.info["unit"] == "cm" and item.info["unit_source"] == "asked" and item.info["up_axis"] == "z"
    # the stored GLB through the item's transform: 1.05 m tall, standing on the marker
    m = item.transform.matrix()
    pos = glb_attribute(project.root / item.asset, "POSITION") @ m[:3, :3].T + m[:3, 3]
    assert pos[:, 1].max() - pos[:, 1].min() == pytest.approx((v[:, 2].max() - v[:, 2].min()) / 100, rel=1e-3)
    assert pos[:, 1].min() == pytest.approx(0.0, abs=1e-4)
    assert item.info["size_m"][1] == pytest.approx(1.05, rel=1e-3)


def test_dialog_fit_and_german(qtbot, project, scan_item):
    from museum_ar.qt import i18n
    from museum_ar.qt.mesh_size_dialog import MeshSizeDialog

    item, _ = scan_item
    i18n.set_language("de")
    try:
        d = MeshSizeDialog(item, 100.0)
        qtbot.addWidget(d)
        assert d.windowTitle().startswith("Größe von")
        d.by_fit.setChecked(True)
        assert "15 cm" in d.result_label.text() and "hoch" in d.result_label.text()
        d.apply()
        assert max(item.info["size_m"]) == pytest.approx(0.15, rel=1e-3) and item.info["unit_source"] == "fit"
        grab = d.grab()
        assert grab.width() >= 400
    finally:
        i18n.set_language("en")
