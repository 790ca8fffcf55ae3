"""The curator's afternoon, driven through the real window in German and in English: from the start
screen to a published exhibit with real files, only through what the window shows (buttons by
their visible text, drops from the file manager, mouse drags, the questions it asks).

Each step: a screenshot (docs/img/ with MUSEUM_AR_WRITE_DOCS_IMG=1), no word of the other language
on screen, and the GUI thread's longest stall measured (StallMeter)."""

from __future__ import annotations

import json
import shutil
import ssl
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from museum_ar.qt import i18n
from museum_ar.qt.i18n import tr

from .scheduling_control import SchedulingControl
from .curator_driver import REPO, Shots, button, click, drop, in_modal, wait, wrong_language

# The GUI thread's longest stall while driving the whole path (the test's own screenshots and
# widget walks excluded). The aim is 100 ms. Mesa's shader cache starts empty in each test session
# (conftest.py), as on a new machine's first start: the de run meets it empty, the en run after it
# finds what de compiled. The window starts as the app does (prepare_gl_views), and the test waits
# on the start screen until the GL views' warm-up is over (qt/gl_warm_up.py; its stalls counted).
# Measured 2026-12-04, cold cache, load 6-10 (others' test runs on 2 cores), 3 runs per language:
# without the warm-up the first drop on the 3D view stalled 446-1584 ms, with it 23-97 ms; the
# longest stall of the path is then 124-320 ms, mostly the preview step (the 3D view's first paint
# at a new size when the preview dock is raised, inside Qt). Under that load a ceiling of 100 ms
# would fail on scheduling alone; this looser one, stated plainly, still catches a return of the
# multi-second freezes (a mesh import or an export on the GUI thread); benchmarks/app.py reports
# longest_stall_ms.
STALL_CEILING_MS = 3000
# ... and the aim itself where the machine was quiet: a control process that only sleeps
# (scheduling_control.py) never woke more than QUIET_MS late during the path. Measured 2026-12-05
# on an idle machine, cold cache: longest stall 48 ms (de) and 41 ms (en), the control 1-3 ms.
STALL_AIM_MS = 100
QUIET_MS = 15


def sample_files(tmp: Path) -> dict[str, Path]:
    """Real files as a curator brings them: a scanned ammonite (GLB), a drawing (JPEG), and the
    station's text as one file per language."""
    d = tmp / "Dateien vom Museum"
    d.mkdir()
    nat = REPO / "exhibits" / "natur-und-umwelt"
    gg = REPO / "exhibits" / "grass-haus"
    glb = next(p for p in (nat / "assets").iterdir() if p.suffix == ".glb")
    jpg = next(p for p in (gg / "assets").iterdir() if p.suffix == ".jpg")
    texts = json.loads((REPO / "assets" / "samples" / "texts.json").read_text(encoding="utf-8"))["grass-haus"]["description"]
    files = {"mesh": d / "Ammonit.glb", "picture": d / "Zeichnung.jpg", "de": d / "Trommel_de.txt", "en": d / "Trommel_en.txt"}
    shutil.copy(glb, files["mesh"])
    shutil.copy(jpg, files["picture"])
    files["de"].write_text(texts["de"], encoding="utf-8")
    files["en"].write_text(texts["en"], encoding="utf-8")
    return files


def project(view, point_world: np.ndarray) -> np.ndarray:
    """Where a world point is drawn in the 3D view, in widget (logical) pixels."""
    vp, w, h = view.view_proj()
    p = vp @ np.append(point_world, 1.0)
    dpr = view.devicePixelRatioF()
    return np.array([(p[0] / p[3] + 1) / 2 * w / dpr, (1 - p[1] / p[3]) / 2 * h / dpr])


@pytest.fixture(params=["de", "en"])
def lang(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.mark.slow
def test_curators_afternoon(lang, qtbot, tmp_path):
    from museum_ar.qt.main_window import MainWindow
    from museum_ar.qt.stall_meter import StallMeter

    files = sample_files(tmp_path)
    title_de, title_en = "Ammoniten und Trommeln", "Ammonites and drums"
    url = "https://www.museum-luebeck.de/ar/"
    user_data = [title_de, title_en, "Ammonit", "Zeichnung", "Trommel", "Blechtrommel", "Dateien vom Museum", "Paket.zip", "Marker.pdf", "Kaputt"]
    shots = Shots(tmp_path, lang)
    w = MainWindow()
    w.resize(1280, 800)
    w.prepare_gl_views()  # as the app starts (app.create_window): the GL views made, their warm-up begun
    w.show()
    qtbot.waitExposed(w)
    meter = StallMeter().start()
    control = SchedulingControl()

    def check(step: str, widget=None) -> None:
        meter.pause()  # the screenshot and the walk over all widgets are the test's work
        try:
            shots.take(widget or w, step)
            bad = wrong_language(lang, user_data)
            assert not bad, f"{step}: words of the other language on screen: {bad[:8]}"
        finally:
            meter.resume()

    try:
        # 1. the start screen says what to do; meanwhile the 3D views compile their shaders (as
        # while a curator reads it: qt/gl_warm_up.py), its stalls measured too
        meter.mark("start")
        check("start")
        wait(qtbot, w.gl_warm_up_over, 60000)

        # 2. a new exhibit: titles in both languages; the publish address is optional and explained
        meter.mark("new")

        def fill_new(dlg):
            from PySide6.QtTest import QTest

            assert dlg.publish_url.placeholderText().startswith("https://")
            QTest.keyClicks(dlg.title_de, title_de)
            QTest.keyClicks(dlg.title_en, title_en)
            dlg.location.setText(str(tmp_path))
            check("new-exhibit", dlg)
            click(qtbot, button(dlg, tr("Create")))

        in_modal(lambda: click(qtbot, button(w.start_screen, tr("New exhibit…"))), fill_new)
        wait(qtbot, lambda: w.doc is not None)
        root = w.doc.root
        assert root == tmp_path / title_de and w.doc.exhibit.publish_url == ""
        check("exhibit-created")

        # 3. a marker from the toolbar, then files dropped on the 3D view, and on the exhibit's name
        meter.mark("marker")
        toolbar = w.app_actions.toolbar
        click(qtbot, toolbar.widgetForAction(w.app_actions.add_marker))
        assert [m.id for m in w.doc.exhibit.markers] == ["M1"]
        # a damaged file first: said in the UI language, naming the file; nothing is added
        meter.mark("bad-drop")
        broken = files["mesh"].with_name("Kaputt.glb")
        broken.write_bytes(files["mesh"].read_bytes()[:3000])
        assert drop(w.tree.viewport(), w.tree.visualItemRect(w.tree.node_for("marker", "M1")).center(), [broken])
        wait(qtbot, lambda: not w.jobs and w.message_bar.kind == "error" and w.message_bar.isVisible())
        assert "Kaputt.glb" in w.message_bar.text() and not w.doc.exhibit.markers[0].items
        check("error-in-plain-words")
        meter.mark("drop")
        view = w.viewport.view
        assert drop(view, view.rect().center(), [files["mesh"]]), "the 3D view refused the drop"
        wait(qtbot, lambda: not w.jobs and len(w.doc.exhibit.markers[0].items) == 1)
        assert w.message_bar.kind == "info"  # the error went away with the import that worked
        top = w.tree.node_for("exhibit", None)
        assert drop(w.tree.viewport(), w.tree.visualItemRect(top).center(), [files["picture"], files["de"], files["en"]])
        wait(qtbot, lambda: not w.jobs and len(w.doc.exhibit.markers[0].items) == 3)
        items = w.doc.exhibit.markers[0].items
        text_item = next(it for it in items if it.kind.value == "text")
        de_text = files["de"].read_text(encoding="utf-8")
        en_text = files["en"].read_text(encoding="utf-8")
        # one text item, German and English each in its own language
        assert text_item.description.values == {"de": de_text, "en": en_text}
        # side by side at sensible sizes: no item wider than 2.5 markers, no two overlapping
        from itertools import pairwise

        from museum_ar.content.mesh_place import _label_units

        edge = w.doc.exhibit.markers[0].edge_m
        spans = []
        for it in items:
            label = _label_units(it)
            k = float(it.transform.scale[0])
            width = label[0] * k if label else (float(it.info["size_m"][0]) if it.kind.value == "mesh" else k)
            assert 0.2 * edge <= width <= 2.5 * edge, (it.kind, width, edge)
            spans.append((it.transform.translation[0] - width / 2, it.transform.translation[0] + width / 2))
        spans.sort()
        assert all(a[1] <= b[0] + 1e-9 for a, b in pairwise(spans)), spans
        wait(qtbot, lambda: view.renderer is not None and not view.renderer.pending, 30000)  # drawn, not "… loading"
        view.repaint()
        check("files-dropped")

        # 4. the gizmo: the grabbed point of the arrow stays under the pointer, at two zooms
        meter.mark("gizmo")
        mesh = next(it for it in items if it.kind.value == "mesh")
        w.tree.select("item", mesh.id)
        click(qtbot, w.viewport.mode_buttons["translate"])
        wait(qtbot, lambda: view.renderer is not None)
        for zoom in (0, 3):
            view.camera.zoom(zoom)
            view.repaint()
            drag_arrow_and_check(qtbot, w, view, mesh)
        assert tr("move item") in w.app_actions.undo.text()
        # the turn ring: one undo step named "turn item"
        click(qtbot, w.viewport.mode_buttons["rotate"])
        turn_ring(qtbot, w, view, mesh)
        assert tr("turn item") in w.app_actions.undo.text(), w.app_actions.undo.text()
        check("gizmo")

        # 5. Ctrl+Z in a focused number field undoes the exhibit edit
        meter.mark("ctrl-z")
        from PySide6.QtTest import QTest

        w.inspector_dock.raise_()
        spin = w.inspector.it_pos[0]
        before = mesh.transform
        spin.lineEdit().setFocus()
        spin.lineEdit().selectAll()
        QTest.keyClicks(spin.lineEdit(), i18n.number(7.5))
        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        assert abs(mesh.transform.translation[0] - 0.075) < 1e-9
        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert mesh.transform == before, "Ctrl+Z in the field did not undo the edit"
        check("inspector")

        # 6. the preview runs without a publish address; after Stop nothing old stays
        meter.mark("preview")
        w.preview_dock.show()
        w.preview_dock.raise_()
        docked_width = w.preview_dock.width()
        click(qtbot, button(w.preview, tr("Start")))
        wait(qtbot, lambda: w.preview.last is not None and "M1" in w.preview.last.seen and w.preview.view.frames_drawn > 3)
        wait(qtbot, lambda: "M1" in w.preview.status.text(), 5000)
        # the files drawn, not their "… loading" labels: a curator sees the exhibit after a moment
        wait(qtbot, lambda: w.preview.view.renderer is not None and not w.preview.view.renderer.pending, 30000)
        w.preview.view.repaint()
        check("preview")
        meter.mark("preview-own-window")
        click(qtbot, button(w.preview, tr("Own window")))
        wait(qtbot, lambda: w.preview_dock.isFloating(), 5000)
        qtbot.wait(300)
        screen = w.preview_dock.screen().availableGeometry()
        assert w.preview_dock.width() >= 0.65 * screen.width() and w.preview_dock.width() > docked_width  # large
        assert screen.width() >= 1280  # (a full-HD test screen: pyproject's xvfb_width)
        # the picture fills the window, not a strip as tall as the docked one's least height
        wait(qtbot, lambda: w.preview.view.height() >= 0.7 * w.preview_dock.height(), 5000)
        check("preview-large", w.preview_dock)
        meter.mark("preview-docked-again")
        click(qtbot, button(w.preview, tr("Own window")))
        assert not w.preview_dock.isFloating() and w.preview.view.hasHeightForWidth()  # 16:9 at the dock's width again
        meter.mark("preview-stop")
        click(qtbot, button(w.preview, tr("Stop")))
        assert w.preview.last is None and w.preview.view.result is None
        assert tr("Stopped. Press Start to see the exhibit through the camera again.") == w.preview.status.text()

        # 7. printing asks for the publish address in place
        meter.mark("print")

        def print_markers(dlg):
            wait(qtbot, dlg.preview_ready, 30000)  # the page (here: why there is none) is drawn off the GUI thread
            assert dlg.address.isVisible() and not dlg.save_button.isEnabled()
            assert dlg.address.placeholderText().startswith("https://")
            check("print-asks-address", dlg)
            dlg.address.setFocus()
            QTest.keyClicks(dlg.address, url)
            QTest.keyClick(dlg.address, Qt.Key.Key_Return)
            wait(qtbot, lambda: dlg.save_button.isEnabled() and not dlg.preview.pixmap().isNull(), 30000)
            check("print", dlg)
            job = dlg.save_pdf(tmp_path / "Marker.pdf", open_after=False)
            wait(qtbot, lambda: (tmp_path / "Marker.pdf").is_file() and job.dialog is None, 60000)

        in_modal(lambda: w.app_actions.print_markers.trigger(), print_markers)
        assert w.doc.exhibit.publish_url == url
        assert (tmp_path / "Marker.pdf").read_bytes().startswith(b"%PDF")

        # 8. publish: export a zip (with the steps for a web host), asked before replacing it, and
        # shown on tablets here over HTTPS with a QR code
        meter.mark("export")
        out = tmp_path / "Paket.zip"

        def publish(dlg):
            dlg.out.setText(str(out))
            click(qtbot, button(dlg, tr("Export")))
            wait(qtbot, lambda: dlg.serve_button.isEnabled(), 120000)
            assert tr("To publish it on your web host:") in dlg.summary.text()
            check("exported", dlg)
            stamp = out.stat().st_mtime_ns
            asked = []

            def answer():
                box = QApplication.activeModalWidget()
                if isinstance(box, QMessageBox):
                    asked.append(box.text())
                    check("replace-question", box)
                    button(box, tr("Cancel")).click()

            from PySide6.QtCore import QTimer

            QTimer.singleShot(200, answer)
            click(qtbot, button(dlg, tr("Export")))
            wait(qtbot, lambda: bool(asked), 10000)
            assert out.stat().st_mtime_ns == stamp  # not replaced
            meter.mark("serve")
            click(qtbot, dlg.serve_button)
            wait(qtbot, lambda: dlg.serving is not None, 60000)
            serving = dlg.serving
            assert serving.url.startswith("https://") and not dlg.qr.pixmap().isNull()
            port = serving.url.rstrip("/").rsplit(":", 1)[1]
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE  # what the tablet does when the curator taps "Proceed"
            with urllib.request.urlopen(f"https://127.0.0.1:{port}/manifest.json", context=ctx, timeout=10) as r:
                assert json.loads(r.read())["exhibit"]["publish_url"] == url
            check("show-on-tablets", dlg)
            click(qtbot, dlg.serve_button)
            assert dlg.serving is None

        in_modal(lambda: w.app_actions.export.trigger(), publish)
        meter.mark("end")
        qtbot.wait(100)
    finally:
        meter.stop()
        control_late_ms = control.stop()
        for job in list(w.jobs):
            job.cancel()
        if w.doc is not None:
            w.doc.stack.set_clean()
            w.doc._recovered = False
        w.preview.stop()
        w.close()
        w.deleteLater()
    print(f"control woke at most {control_late_ms:.0f} ms late; longest GUI stall {meter.longest_ms:.0f} ms during '{meter.where}'; per step: " + ", ".join(f"{k} {v:.0f}" for k, v in meter.per_step.items()))
    if meter.blame:
        print(meter.report_blame(40))
    assert meter.longest_ms < STALL_CEILING_MS, (meter.where, meter.per_step)
    if control_late_ms < QUIET_MS:
        assert meter.longest_ms < STALL_AIM_MS, ("a quiet machine", meter.where, meter.per_step)


def drag_arrow_and_check(qtbot, w, view, item) -> None:
    """Press on the x arrow, drag along it on screen, release: the point grabbed stays under the
    pointer (within 2 px), and the drag is one undo step."""
    from museum_ar.qt.gizmo_drag import axis_parameter
    from museum_ar.render.geometry import pixel_ray

    vpw = w.viewport
    marker = w.doc.exhibit.markers[0]
    g = vpw.gizmo_matrix(marker, item.transform)
    size = vpw.gizmo_size(marker, item.transform)
    origin, axis = g[:3, 3], g[:3, 0] / np.linalg.norm(g[:3, 0])
    start = project(view, origin + axis * size * 0.7)
    tip = project(view, origin + axis * size)
    direction = (tip - start) / np.linalg.norm(tip - start)
    press = QPoint(int(round(start[0])), int(round(start[1])))
    assert view.handle_at(press.toPointF()) == "x", "the x arrow is not where it is drawn"
    depth = w.doc.stack.undo_depth
    dpr = view.devicePixelRatioF()
    vp, ww, hh = view.view_proj()
    o, d = pixel_ray(press.x() * dpr, press.y() * dpr, vp, ww, hh)
    grabbed = origin + axis * axis_parameter(o, d, origin, axis)
    before = item.transform.translation
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    end = press
    for step in range(1, 9):
        end = QPoint(int(round(press.x() + direction[0] * 10 * step)), int(round(press.y() + direction[1] * 10 * step)))
        qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    moved = np.array(item.transform.translation) - np.array(before)
    assert moved[0] != 0 and moved[1] == 0 and moved[2] == 0
    now = project(view, grabbed + axis * moved[0])
    assert np.linalg.norm(now - np.array([end.x(), end.y()])) < 2.0, (now, end)
    assert w.doc.stack.undo_depth == depth + 1


def turn_ring(qtbot, w, view, item) -> None:
    """Drag the ring around the vertical axis a quarter of the way round: one undo step."""
    marker = w.doc.exhibit.markers[0]
    vpw = w.viewport
    g = vpw.gizmo_matrix(marker, item.transform)
    size = vpw.gizmo_size(marker, item.transform)
    for angle in np.linspace(0, 2 * np.pi, 24, endpoint=False):
        local = size * np.array([np.sin(angle), 0, np.cos(angle), 1.0])
        p = project(view, (g @ local)[:3])
        press = QPoint(int(round(p[0])), int(round(p[1])))
        if view.handle_at(press.toPointF()) == "y":
            break
    else:
        raise AssertionError("no point of the turn ring picks it")
    before = item.transform.rotation
    depth = w.doc.stack.undo_depth
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    for step in range(1, 6):
        qtbot.mouseMove(view, QPoint(press.x() + 8 * step, press.y() + 4 * step))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(press.x() + 40, press.y() + 20))
    assert item.transform.rotation != before
    assert w.doc.stack.undo_depth == depth + 1


def test_the_language_check_sees_a_stray_word(qtbot):
    """The check above would fail on an untranslated text: one English error on a German screen
    (and one German word on an English screen) is found, with where it is."""
    from PySide6.QtWidgets import QLabel

    label = QLabel("Die Datei cannot be read")
    qtbot.addWidget(label)
    label.show()
    i18n.set_language("de")
    try:
        assert wrong_language("de", [])[0][:2] == ("cannot", "QLabel")
    finally:
        i18n.set_language("en")
    label.setText("The file is beschädigt")
    assert [w for w, *_ in wrong_language("en", [])] == ["beschädigt"]


def test_german_shortcuts_and_a_refusal_that_goes_away(qtbot, tmp_path):
    """Shortcuts in the platform's German ("Entf", "Strg+Z"); a refused marker id is said, and the
    message goes once the next edit goes through."""
    from museum_ar.qt.main_window import MainWindow

    i18n.set_language("de")
    w = MainWindow()
    w.show()
    try:
        assert i18n.shortcut_text(w.app_actions.remove.shortcut()) == "Entf"
        assert i18n.shortcut_text(w.app_actions.undo.shortcut()) == "Strg+Z"
        assert w.new_exhibit(tmp_path / "Neu", "Neu")
        w.add_marker()
        w.tree.select("marker", "M1")
        field = w.inspector.mk_id
        field.setText("M 1 ?")
        field.editingFinished.emit()
        assert w.message_bar.kind == "error" and w.message_bar.isVisible()
        assert "Marker-Kennung" in w.message_bar.text(), w.message_bar.text()
        field.setText("Trommel")
        field.editingFinished.emit()
        assert not w.message_bar.isVisible()
        assert [m.id for m in w.doc.exhibit.markers] == ["Trommel"]
    finally:
        w.doc.stack.set_clean()
        w.close()
        w.deleteLater()
        i18n.set_language("en")


def test_one_file_with_both_languages_is_split():
    from museum_ar.services.texts import detect_language, split_bilingual

    both = "Deutsch:\nDie Trommel ist das Symbol des Romans.\nEnglish:\nThe drum is the symbol of the novel.\n"
    assert split_bilingual(both) == {"de": "Die Trommel ist das Symbol des Romans.", "en": "The drum is the symbol of the novel."}
    dashed = "The drum is the symbol of the novel and it is red.\n---\nDie Trommel ist das Symbol des Romans und sie ist rot.\n"
    assert split_bilingual(dashed)["de"].startswith("Die Trommel")
    assert split_bilingual("Die Trommel ist rot und das ist gut.") is None
    assert detect_language("Oskar 1959") is None  # too little to tell: the window asks the curator to check


@pytest.mark.slow
def test_drops_go_to_the_marker_shown_or_the_window_asks(qtbot, tmp_path, box_glb):
    """Two markers: a drop on the 3D view goes to the marker it shows; a drop on the exhibit's
    name with no marker selected asks which, with buttons named after the markers."""
    from museum_ar.qt.main_window import MainWindow

    from .conftest import answer_next_question

    i18n.set_language("en")
    w = MainWindow()
    w.show()
    try:
        assert w.new_exhibit(tmp_path / "Two", "Zwei", "Two")
        w.add_marker()
        w.add_marker()
        w.tree.select("marker", "M2")
        view = w.viewport.view
        assert drop(view, view.rect().center(), [box_glb])
        wait(qtbot, lambda: not w.jobs and w.doc.exhibit.marker("M2").items)
        w.tree.select("exhibit", None)
        asked = answer_next_question("M1")
        top = w.tree.node_for("exhibit", None)
        assert drop(w.tree.viewport(), w.tree.visualItemRect(top).center(), [box_glb])
        wait(qtbot, lambda: not w.jobs and w.doc.exhibit.marker("M1").items)
        assert asked == [tr("Attach the dropped files to which marker?")]
    finally:
        for job in list(w.jobs):
            job.cancel()
        w.doc.stack.set_clean()
        w.close()
        w.deleteLater()


@pytest.mark.slow
def test_scale_drag_and_full_screen_preview(qtbot, tmp_path, box_glb):
    """A scale drag is one undo step named "scale item" and grows the item when dragged outwards;
    Full screen puts the preview over the whole screen and Esc brings it back."""
    from museum_ar.qt.main_window import MainWindow

    i18n.set_language("en")
    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    try:
        assert w.new_exhibit(tmp_path / "Scale", "Größe", "Scale")
        w.add_marker()
        w.attach_files("M1", [box_glb])
        wait(qtbot, lambda: not w.jobs and w.doc.exhibit.markers[0].items)
        item = w.doc.exhibit.markers[0].items[0]
        w.tree.select("item", item.id)
        vpw, view = w.viewport, w.viewport.view
        click(qtbot, vpw.mode_buttons["scale"])
        wait(qtbot, lambda: view.renderer is not None)
        view.repaint()
        marker = w.doc.exhibit.markers[0]
        g = vpw.gizmo_matrix(marker, item.transform)
        size = vpw.gizmo_size(marker, item.transform)
        start = project(view, (g @ np.array([0, size * 0.9, 0, 1.0]))[:3])
        tip = project(view, (g @ np.array([0, size * 1.2, 0, 1.0]))[:3])
        press = QPoint(int(round(start[0])), int(round(start[1])))
        assert view.handle_at(press.toPointF()) == "y"
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
        outward = (tip - start) / np.linalg.norm(tip - start)
        end = press
        for k in range(1, 5):
            end = QPoint(int(round(press.x() + outward[0] * 10 * k)), int(round(press.y() + outward[1] * 10 * k)))
            qtbot.mouseMove(view, end)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
        assert item.transform.scale[0] > 1.05 and len(set(item.transform.scale)) == 1
        assert w.app_actions.undo.text() == tr("&Undo {what}", what=tr("scale item"))

        w.preview_dock.show()
        click(qtbot, button(w.preview, tr("Full screen")))
        wait(qtbot, lambda: w.preview_dock.isFullScreen(), 5000)
        wait(qtbot, lambda: w.preview.view.height() >= 0.7 * w.preview_dock.height(), 5000)  # the picture fills the screen
        w.preview.leave_full_screen()
        wait(qtbot, lambda: not w.preview_dock.isFullScreen(), 5000)
        click(qtbot, button(w.preview, tr("Own window")))  # back beside the properties
        assert not w.preview_dock.isFloating()
    finally:
        w.doc.stack.set_clean()
        w.close()
        w.deleteLater()


@pytest.mark.slow
def test_export_to_a_folder_says_how_to_publish_it(qtbot, tmp_path):
    """A folder bundle for a web host: written, checked, and the steps say to copy the folder's
    contents to where the publish address points."""
    from museum_ar.qt.export_dialog import ExportDialog
    from museum_ar.qt.main_window import MainWindow

    root = tmp_path / "Ammoniten"
    shutil.copytree(REPO / "exhibits" / "natur-und-umwelt", root)
    i18n.set_language("de")
    w = MainWindow()
    w.show()
    try:
        assert w.open_exhibit(root)
        dlg = ExportDialog(w.doc, w)
        dlg.as_folder.setChecked(True)
        assert not dlg.out.text().endswith(".zip")
        out = Path(dlg.out.text())
        assert dlg.export(out) is not None
        wait(qtbot, lambda: dlg.serve_button.isEnabled(), 120000)
        assert (out / "manifest.json").is_file() and (out / "index.html").is_file()
        text = dlg.summary.text()
        assert tr("Open the folder {name}.", name=out.name) in text and w.doc.exhibit.publish_url in text
        dlg.close()
    finally:
        w.doc.stack.set_clean()
        w.close()
        w.deleteLater()
        i18n.set_language("en")


def test_a_text_whose_language_is_unclear_is_asked_about(qtbot, tmp_path):
    from museum_ar.qt.main_window import MainWindow

    from .conftest import answer_next_question

    note = tmp_path / "Notiz.txt"
    note.write_text("Oskar, 1959 – Danzig.", encoding="utf-8")
    i18n.set_language("de")
    w = MainWindow()
    w.show()
    try:
        assert w.new_exhibit(tmp_path / "Texte", "Texte")
        w.add_marker()
        asked = answer_next_question(tr("English"))
        w.attach_files("M1", [note])
        wait(qtbot, lambda: not w.jobs and w.doc.exhibit.markers[0].items)
        assert asked and "Notiz.txt" in asked[0]
        assert w.doc.exhibit.markers[0].items[0].description.values == {"en": "Oskar, 1959 – Danzig."}
    finally:
        w.doc.stack.set_clean()
        w.close()
        w.deleteLater()
        i18n.set_language("en")
