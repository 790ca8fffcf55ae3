"""The app holds the project's lock while an exhibit is open: a colleague's command line (another
process) is refused with who has it open, and may edit again once the app closed the exhibit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TRY_EDIT = """
import sys
from museum_ar.core.lock import ProjectLockedError, project_lock
try:
    with project_lock(sys.argv[1], wait_s=0.3):
        print("edited")
except ProjectLockedError as e:
    print("refused:", e)
"""


def other_process_edits(root: Path) -> str:
    return subprocess.run([sys.executable, "-c", TRY_EDIT, str(root)], capture_output=True, text=True, timeout=120).stdout.strip()


@pytest.mark.slow
def test_an_open_exhibit_is_locked_for_other_editors_until_closed(window, qtbot, tmp_path):
    root = tmp_path / "Ausstellung Grass"
    assert window.new_exhibit(root, "Die Blechtrommel")
    answer = other_process_edits(root)
    assert answer.startswith("refused:") and "opened by" in answer and f"process {__import__('os').getpid()}" in answer, answer
    window.save()  # the app's own saves take the lock again (re-entrant), and succeed
    assert window.doc is not None and not window.doc.is_dirty()
    assert window.close_exhibit()
    assert other_process_edits(root) == "edited"
    assert window.open_exhibit(root)
    assert other_process_edits(root).startswith("refused:")


@pytest.mark.slow
def test_an_exhibit_another_process_has_open_is_not_opened(window, qtbot, tmp_path):
    from museum_ar.core.project import create_project

    root = tmp_path / "Geteilt"
    create_project(root, "Geteilt")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time\nfrom museum_ar.core.lock import SessionLock\nheld = SessionLock(sys.argv[1])\nprint('held', flush=True)\ntime.sleep(60)", str(root)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        shown: list[str] = []
        window.show_error = lambda text, *a, **k: shown.append(text)
        assert not window.open_exhibit(root)
        assert window.doc is None and shown and "opened by" in shown[0]
    finally:
        holder.kill()
        holder.wait()
    assert window.open_exhibit(root)  # the holder is gone: the OS released its lock


def test_the_lock_message_is_german_in_german(qtbot):
    from museum_ar.core.lock import ProjectLockedError, holder_text
    from museum_ar.qt import i18n
    from museum_ar.qt.messages import error_text

    info = {"user": "kurator", "host": "museum-pc", "pid": 4711, "since": 1_790_000_000}
    e = ProjectLockedError(f"is being edited: {holder_text(info)}; try again when they are done", path=Path("/ausstellung"))
    i18n.set_language("de")
    try:
        text = error_text(e)
    finally:
        i18n.set_language("en")
    assert "wird gerade bearbeitet: geöffnet von kurator auf museum-pc (Prozess 4711)" in text, text
