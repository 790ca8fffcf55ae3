"""The preview's Stop button leaves the GUI at once (qt/capture.py, Capture.stop_soon): the capture
thread ends after the frame it is on, nothing of it reaches the window any more, and the curator can
start again. Real window, synthetic camera, the grass-haus sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gl]

SAMPLE = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus"


def test_stop_does_not_wait_for_the_capture_thread(window, qtbot, tmp_path):
    from museum_ar.qt.capture import SourceSpec, stopping

    root = tmp_path / "grass-haus"
    shutil.copytree(SAMPLE, root)
    assert window.open_exhibit(root)
    preview = window.preview
    window.preview_dock.show()
    window.preview_dock.raise_()
    preview.start(SourceSpec("synthetic"))
    qtbot.waitUntil(lambda: preview.view.frames_drawn > 3, timeout=60000)
    cap = preview.capture
    # the worker cannot hand over its next result while the GUI holds this lock: it cannot end
    # before we let go, so a Stop that waited for it would still be waiting
    with cap.worker._lock:
        preview.start_button.click()  # Stop
        assert preview.capture is None and preview.view.result is None
        assert "Stopped" in preview.status.text() and preview.start_button.text() == "Start"
        assert cap.worker_thread.isRunning() and stopping() == 1  # left to end by itself
    thread = cap.worker_thread
    qtbot.waitUntil(lambda: stopping() == 0, timeout=20000)  # ended, then let go of
    assert thread.isFinished()
    drawn = preview.view.frames_drawn
    qtbot.wait(300)
    assert preview.view.result is None and preview.last is None  # its last frame was not shown
    assert preview.view.frames_drawn == drawn
    # and the curator can start again
    preview.start_button.click()
    qtbot.waitUntil(lambda: preview.view.frames_drawn > drawn + 3, timeout=60000)
    preview.stop()
    assert stopping() == 0
