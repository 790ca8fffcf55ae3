"""The print preview (and anything that follows a field's every change) is drawn off the GUI
thread by `LatestOnly`: only the newest request's result reaches the view."""

from __future__ import annotations

import threading

import pytest

from museum_ar.core.errors import MuseumArError


def test_only_the_newest_request_is_delivered_and_errors_arrive_as_errors(qtbot):
    from museum_ar.qt.workers import LatestOnly

    worker = LatestOnly("test")
    gate, started = threading.Event(), threading.Event()
    seen: list[tuple[bool, object]] = []
    threads: list[str] = []
    worker.ready.connect(lambda ok, result: seen.append((ok, result)))

    def slow(value):
        def fn():
            threads.append(threading.current_thread().name)
            started.set()
            gate.wait(10)
            return value
        return fn

    worker.submit(slow(1))
    assert started.wait(10)  # running, held at the gate
    for v in (2, 3, 4):  # each replaces the one still waiting
        worker.submit(slow(v))
    assert not worker.idle()
    gate.set()
    qtbot.waitUntil(worker.idle, timeout=10000)
    assert seen == [(True, 4)]  # 1 finished after newer requests: dropped; 2 and 3 never ran
    assert threads == ["museum-ar-test", "museum-ar-test"]

    def fails():
        raise MuseumArError("no paper that small", field="paper")

    worker.submit(fails)
    qtbot.waitUntil(worker.idle, timeout=10000)
    ok, error = seen[-1]
    assert not ok and isinstance(error, MuseumArError) and error.field == "paper"
    worker.close()


@pytest.mark.slow
def test_the_print_dialog_returns_before_the_page_is_drawn(window, tmp_path, qtbot):
    from museum_ar.core import commands as cmd
    from museum_ar.qt.print_dialog import PrintDialog

    assert window.new_exhibit(tmp_path / "Drucken", "Drucken")
    window.add_marker()
    window.doc.push(cmd.SetPublishUrl("https://museum.example/ar/"))
    dlg = PrintDialog(window.doc, window)
    qtbot.addWidget(dlg)
    assert not dlg.preview_ready() and not dlg.save_button.isEnabled()  # nothing saved unseen
    qtbot.waitUntil(dlg.preview_ready, timeout=30000)
    first = dlg.preview.pixmap().toImage()
    assert not first.isNull() and dlg.save_button.isEnabled()
    dlg.paper.setCurrentIndex(dlg.paper.findData("A3"))  # a bigger sheet: a different page, drawn anew
    assert not dlg.preview_ready()
    qtbot.waitUntil(dlg.preview_ready, timeout=30000)
    second = dlg.preview.pixmap().toImage()
    assert second != first
    # what the status line says about the saved PDF outlives a page drawn after it (a late page
    # had wiped "Saved …", and the curator was left wondering)
    job = dlg.save_pdf(tmp_path / "Bogen.pdf", open_after=False)
    qtbot.waitUntil(lambda: job.dialog is None and "Bogen.pdf" in dlg.status.text(), timeout=60000)
    dlg.refresh()
    qtbot.waitUntil(dlg.preview_ready, timeout=30000)
    assert "Bogen.pdf" in dlg.status.text()
    dlg.reject()
    window.doc.stack.set_clean()
