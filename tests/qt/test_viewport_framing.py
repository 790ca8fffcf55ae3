"""The placement view frames what is on the shown marker, and its tools bar is usable only when
there is an item to act on: the real window, the grass-haus sample, the renderer's own projection
of what it drew."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

pytestmark = [pytest.mark.gl, pytest.mark.slow]  # the GL window laid out and framed again and again

SAMPLE = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus"


@pytest.fixture
def grass_haus(window, tmp_path, qtbot):
    """A copy of the grass-haus sample open in a window as large as the documentation's
    screenshots, the AR preview panel beside the view (the view narrower than it is tall)."""
    root = tmp_path / "Grass Häus Kopie"
    shutil.copytree(SAMPLE, root)
    window.resize(1492, 900)
    assert window.open_exhibit(root), window.message_bar.text()
    window.preview_dock.show()
    window.preview_dock.raise_()
    window.resizeDocks([window.preview_dock], [720], Qt.Orientation.Horizontal)
    # keyboard shortcuts (F, Delete) need the active window; Xvfb has no window manager to make
    # a new window active, so ask for it (the offscreen platform activates windows by itself)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def placement_view(w, qtbot):
    vp = w.viewport
    if not hasattr(vp, "view"):
        pytest.skip("renderer not installed")
    view = vp.view
    qtbot.waitUntil(lambda: view.renderer is not None, timeout=10000)
    return vp, view


def settle(view, qtbot) -> None:
    """Paint until every file is loaded, then once more (a picture of now)."""

    def loaded():
        view.grabFramebuffer()  # draws now, exposed or not (repaint() may not)
        return not view.renderer.pending

    qtbot.waitUntil(loaded, timeout=60000)
    view.grabFramebuffer()  # draws now, exposed or not (repaint() may not)


def camera_state(view) -> tuple:
    c = view.camera
    return (tuple(np.round(c.target, 9)), round(c.distance, 9), c.yaw, c.pitch)


def projected(view, boxes: dict | None = None) -> tuple[dict[str, np.ndarray], tuple[int, int]]:
    """Each drawn item's bounding box (or the one in `boxes`), projected with the matrices of the
    renderer's last draw: (8, 2) pixel positions per item id, and the viewport's size."""
    from museum_ar.render.geometry import project_points

    last = view.renderer.last_draw
    w, h = last["viewport"]
    view_proj = last["proj"] @ last["view"]
    out = {}
    for item_id, matrix, drawn, _ in last["items"]:
        lo, hi = (boxes or {}).get(item_id, drawn)
        corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
        out[item_id] = project_points(corners, view_proj @ matrix, w, h)
    return out, (w, h)


def assert_all_in_view(view, marker, boxes: dict | None = None) -> None:
    boxes, (w, h) = projected(view, boxes)
    assert set(boxes) == {it.id for it in marker.items if it.visible}, "not every visible item was drawn"
    for item_id, px in boxes.items():
        inside = (px[:, 0] >= -0.5) & (px[:, 0] <= w - 0.5) & (px[:, 1] >= -0.5) & (px[:, 1] <= h - 0.5)
        assert inside.all(), f"{item_id} reaches out of the {w}x{h} view: {px.round().tolist()}"
    # and not lost in the middle either: together the items fill a good part of the view
    every = np.concatenate(list(boxes.values()))
    span = every.max(axis=0) - every.min(axis=0)
    assert span[0] > 0.5 * w or span[1] > 0.5 * h, f"the items fill only {span.round()} px of {w}x{h}"


def test_showing_a_marker_frames_it_and_all_its_items(grass_haus, qtbot):
    w = grass_haus
    _vp, view = placement_view(w, qtbot)
    for marker_id in ("zeichnung", "trommel", "zeichnung"):
        w.tree.select("marker", marker_id)
        settle(view, qtbot)
        marker = w.doc.exhibit.marker(marker_id)
        assert_all_in_view(view, marker)
        # picking agrees: the video quad is under the pixels its projection says
        if marker_id == "zeichnung":
            dpr = view.devicePixelRatioF()
            hits = {view.renderer.pick(x, y).item_id for y in range(0, int(view.height() * dpr), 8) for x in range(0, int(view.width() * dpr), 8) if view.renderer.pick(x, y)}
            assert hits == {"zeichnung-bild", "zeichnung-video"}


def test_items_the_marker_leaves_out_of_view_are_framed_too(grass_haus, qtbot):
    """An item moved far away before the marker is shown is framed; a hidden one does not count."""
    from museum_ar.core import commands as cmd

    w = grass_haus
    _vp, view = placement_view(w, qtbot)
    w.tree.select("marker", "trommel")
    settle(view, qtbot)
    video = w.doc.exhibit.find_item("zeichnung-video")[1]
    w.doc.push(cmd.SetTransform(video.id, video.transform.with_translation((0.6, 0.0, 0.2))))
    w.tree.select("marker", "zeichnung")
    settle(view, qtbot)
    assert_all_in_view(view, w.doc.exhibit.marker("zeichnung"))
    far = camera_state(view)
    # "Frame all" (F) frames on request, here after the user zoomed far out
    view.camera.distance *= 4
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F)
    settle(view, qtbot)
    assert camera_state(view) == far


def test_framed_again_once_loaded_unless_the_user_took_the_camera(grass_haus, qtbot):
    """The drum's mesh loads in the background (held back here until we let it go): the view is
    framed from what import recorded, then once more when it is in, but not after the user has
    moved the camera meanwhile."""
    w = grass_haus
    _vp, view = placement_view(w, qtbot)
    trommel = w.doc.exhibit.marker("trommel")
    for user_moves in (False, True):
        w.tree.select("marker", "zeichnung")
        settle(view, qtbot)  # the drum's mesh is freed: no item drawn uses it
        gate = threading.Event()
        view.renderer.cache.executor.submit(gate.wait)
        try:
            w.tree.select("marker", "trommel")
            view.grabFramebuffer()  # draws now, exposed or not (repaint() may not)
            assert view.renderer.pending and view._refit_when_loaded
            # labels are rasterised in the background too, beside the held-back mesh: the view is
            # framed again as each comes in
            qtbot.waitUntil(lambda: {k[0] for k in view.renderer.cache.pending} == {"mesh"}, timeout=10000)
            view.grabFramebuffer()
            assert view._refit_when_loaded
            # a "…" label (wider than the drum) stands in for the mesh meanwhile; the view is
            # framed for the drum's size as its import recorded it
            mesh = trommel.items[0]
            assert mesh.kind.value == "mesh"
            bbox = mesh.info["bounding_box_m"]
            assert_all_in_view(view, trommel, {mesh.id: (bbox["min"], bbox["max"])})
            framed = camera_state(view)
            if user_moves:  # pan: a refit would put the target back
                qtbot.mousePress(view, Qt.MouseButton.RightButton, pos=QPoint(20, 20))
                for x in range(30, 90, 10):
                    qtbot.mouseMove(view, QPoint(x, 30))
                qtbot.mouseRelease(view, Qt.MouseButton.RightButton, pos=QPoint(80, 30))
                assert camera_state(view)[0] != framed[0]
                framed = camera_state(view)
        finally:
            gate.set()
        settle(view, qtbot)
        assert not view._refit_when_loaded
        if user_moves:
            assert camera_state(view) == framed
        else:
            assert_all_in_view(view, trommel)


def test_editing_an_item_does_not_move_the_camera(grass_haus, qtbot):
    w = grass_haus
    vp, view = placement_view(w, qtbot)
    w.tree.select("marker", "zeichnung")
    settle(view, qtbot)
    framed = camera_state(view)
    w.tree.select("item", "zeichnung-video")  # same marker: the camera stays
    settle(view, qtbot)
    assert camera_state(view) == framed
    item = w.doc.exhibit.find_item("zeichnung-video")[1]

    # the inspector: 10 cm further right
    before = item.transform.translation
    w.inspector.it_pos[0].setValue(before[0] * 100 + 10)
    settle(view, qtbot)
    assert item.transform.translation[0] == pytest.approx(before[0] + 0.1)
    assert camera_state(view) == framed

    # the gizmo: drag the x arrow 60 px to the right (found with the last draw's matrices)
    from museum_ar.render.geometry import project_points

    vp.set_mode("translate")
    view.grabFramebuffer()  # draws now, exposed or not (repaint() may not)
    last = view.renderer.last_draw
    helpers = last["helpers"]
    tip = project_points(np.array([[helpers.gizmo_size * 0.8, 0, 0]]), last["proj"] @ last["view"] @ helpers.gizmo_matrix, *last["viewport"])[0]
    dpr = view.devicePixelRatioF()
    assert view.renderer.pick_gizmo(*tip) == "x"
    px = QPoint(int(tip[0] / dpr), int(tip[1] / dpr))
    before = item.transform.translation
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=px)
    for dx in range(10, 70, 10):
        qtbot.mouseMove(view, QPoint(px.x() + dx, px.y()))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(px.x() + 60, px.y()))
    settle(view, qtbot)
    assert item.transform.translation[0] != before[0]
    assert camera_state(view) == framed

    # undo and redo are edits too
    w.app_actions.undo.trigger()
    settle(view, qtbot)
    assert camera_state(view) == framed


def test_item_tools_are_usable_only_with_an_item_selected(grass_haus, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    w = grass_haus
    vp, view = placement_view(w, qtbot)
    by_text = {b.text(): b for b in vp.findChildren(QAbstractButton)}
    tools = [by_text[t] for t in ("Move", "Turn", "Scale", "Snap (1 cm, 15°)", "Stand on marker")]

    w.tree.select("marker", "zeichnung")
    for b in tools:
        assert not b.isEnabled(), b.text()
        assert "Select an item" in b.toolTip(), b.text()
    assert by_text["Frame all"].isEnabled()

    w.tree.select("item", "zeichnung-bild")
    for b in tools:
        assert b.isEnabled(), b.text()
        assert "Select an item" not in b.toolTip(), b.text()
    assert by_text["Snap (1 cm, 15°)"].toolTip() == "Also while holding Ctrl"
    # the checked mode is drawn in the selection colour, the others are not
    from PySide6.QtGui import QPalette

    from .test_gl_and_dialogs import qimage_rgb

    highlight = np.array(vp.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3])

    def highlighted_share(button) -> float:
        img = qimage_rgb(button.grab().toImage()).astype(int)
        return float(np.mean(np.abs(img - highlight).max(axis=2) < 12))

    move, turn = by_text["Move"], by_text["Turn"]
    assert move.isChecked() and highlighted_share(move) > 0.5 and highlighted_share(turn) < 0.05
    turn.click()
    assert vp.mode == "rotate" and highlighted_share(turn) > 0.5 and highlighted_share(move) < 0.05

    # back to the marker, and when the selected item goes away: the tools are off again
    w.tree.select("marker", "zeichnung")
    assert not any(b.isEnabled() for b in tools)
    w.tree.select("item", "zeichnung-bild")
    assert all(b.isEnabled() for b in tools)
    view.setFocus()  # a click into the view takes the focus (for F); Delete still removes the item
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "zeichnung-bild" not in [it.id for it in w.doc.exhibit.marker("zeichnung").items]
    assert not any(b.isEnabled() for b in tools)


def test_items_added_while_framed_are_brought_into_view_unless_the_user_took_the_camera(grass_haus, qtbot):
    """Files dropped on the shown marker: the camera, still as framing left it, takes the new
    items in at once (it had stayed close on the first model while the next ones' labels filled
    the view); once the user has moved it, it stays."""
    from museum_ar.core import commands as cmd
    from museum_ar.core.exhibit import Item, ItemKind
    from museum_ar.core.localized import LocalizedText
    from museum_ar.core.transform import Transform

    w = grass_haus
    _vp, view = placement_view(w, qtbot)
    w.tree.select("marker", "trommel")
    settle(view, qtbot)
    framed = camera_state(view)
    far = Item(kind=ItemKind.TEXT, id="weit-weg", title=LocalizedText.of("Weit weg", "Far away"), transform=Transform(translation=(0.7, 0.0, 0.3)))
    w.doc.push(cmd.AddItem("trommel", far))
    settle(view, qtbot)
    assert camera_state(view) != framed
    assert_all_in_view(view, w.doc.exhibit.marker("trommel"))

    view.camera.zoom(2)  # the user zooms in: from now on the camera is theirs
    view._camera_taken()
    settle(view, qtbot)
    taken = camera_state(view)
    w.doc.push(cmd.AddItem("trommel", Item(kind=ItemKind.TEXT, id="noch-weiter", title=LocalizedText.of("Noch weiter", "Further"), transform=Transform(translation=(-0.8, 0.0, 0.3)))))
    settle(view, qtbot)
    assert camera_state(view) == taken
    w.doc.stack.set_clean()
