"""Fixtures for driving the real main window (offscreen Qt; GL tests get Xvfb from pytest-xvfb)."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


# QOpenGLWidget needs a real X server: pytest-xvfb provides one (DISPLAY) before this file is
# read, and the QApplication is created later, by the first test that needs it.
if os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"

# Mesa's shader cache starts empty in each test session, as on a new machine's first start: a
# cache warmed by earlier runs hid the GUI stalls of compiling shaders at a first draw
# (test_curator_path measures them). Read when the first GL context is made, after this file;
# set MESA_SHADER_CACHE_DIR to keep one across runs. The directory goes with the session.
if "MESA_SHADER_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["MESA_SHADER_CACHE_DIR"] = _cache = tempfile.mkdtemp(prefix="museum-ar-mesa-cache-")
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _real_x_server():
    """When only tests/qt is run, this file is read before pytest-xvfb sets DISPLAY: switch to
    the X server here, before the first test makes the QApplication, so the GL tests draw on the
    same platform as in the whole suite (not on "offscreen", which does not support QOpenGLWidget)."""
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Keep recent files and language of the test run away from the user's settings."""
    monkeypatch.setenv("MUSEUM_AR_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture
def window(qtbot):
    from museum_ar.qt import i18n
    from museum_ar.qt.main_window import MainWindow

    i18n.set_language("en")
    w = MainWindow()  # not qtbot.addWidget: its teardown would close before we mark the work clean
    w.show()
    yield w
    close_window(w, qtbot)


def close_window(w, qtbot=None) -> None:
    """Close a test's main window without the questions a curator would get: jobs cancelled (and
    waited for, given qtbot), the work marked clean so a failed test does not hang on "Save
    changes?", no recovery left to offer."""
    for job in list(w.jobs):
        job.cancel()
        if qtbot is not None:
            qtbot.waitUntil(lambda job=job: job not in w.jobs, timeout=20000)
    if w.doc is not None:
        w.doc.stack.set_clean()
        w.doc._recovered = False
    w.close()
    w.deleteLater()


def when_modal(kind: type, act) -> None:
    """Once a modal `kind` is up (its own event loop runs the timers), `act(widget)` on it, as a
    curator would: the test goes on to the call that opens it."""

    def poll():
        w = QApplication.activeModalWidget()
        if not isinstance(w, kind):
            QTimer.singleShot(20, poll)
            return
        act(w)

    QTimer.singleShot(0, poll)


def answer_next_question(button_text: str) -> list[str]:
    """Click the button named `button_text` in the next modal question, as a curator would.
    Returns a list that receives the question's text (to assert on)."""
    seen: list[str] = []

    def click(box: QMessageBox):
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    when_modal(QMessageBox, click)
    return seen


@pytest.fixture
def box_glb(tmp_path) -> Path:
    """A real 10 cm cube GLB whose lowest point is 5 cm below its origin."""
    import trimesh

    path = tmp_path / "Würfel Box.glb"
    trimesh.creation.box(extents=(0.1, 0.1, 0.1)).export(path)
    return path
