"""A real crash: the app runs in its own process, edits an exhibit once a second, and is killed
with SIGKILL. The autosave, written a moment after each edit, must hold every edit made more than
5 s before the kill; reopening offers the changes back and says what they are."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from museum_ar.core.project import has_recovery, load_recovery
from museum_ar.qt import i18n
from museum_ar.qt.i18n import tr

from .conftest import answer_next_question, close_window

pytestmark = pytest.mark.slow  # a real app process edited for seconds and killed

REPO = Path(__file__).resolve().parents[2]

EDITING_APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from museum_ar.qt.app import create_window

    app, w = create_window(Path(sys.argv[1]))
    w.show()
    n = [0]

    def edit():
        n[0] += 1
        marker_id = w.add_marker()  # an undoable edit through the window, as the toolbar does
        print(f"EDIT {marker_id} {time.time():.3f}", flush=True)

    t = QTimer()
    t.timeout.connect(edit)
    t.start(1000)
    print("READY", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_at_most_the_last_5_seconds(tmp_path, qtbot, monkeypatch):
    root = tmp_path / "Absturz Test"
    shutil.copytree(REPO / "exhibits" / "natur-und-umwelt", root)
    from museum_ar.core.project import load_project as _load

    saved_ids = {m.id for m in _load(root).exhibit.markers}  # the sample's own markers (a card and an artwork)
    script = tmp_path / "editing_app.py"
    script.write_text(EDITING_APP, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), MUSEUM_AR_SETTINGS=str(tmp_path / "child.ini"))
    proc = subprocess.Popen([sys.executable, str(script), str(root)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    edits: list[tuple[str, float]] = []
    try:
        assert proc.stdout.readline().strip() == "READY"
        while len(edits) < 7:  # seven edits, a second apart
            line = proc.stdout.readline()
            assert line, "the app ended by itself"
            _, marker_id, stamp = line.split()
            edits.append((marker_id, float(stamp)))
        time.sleep(0.5)  # the kill lands half a second after the last edit
        killed_at = time.time()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert has_recovery(root)
    kept = {m.id for m in load_recovery(root).markers}
    must_have = [m for m, t in edits if t < killed_at - 5.0]
    assert must_have and set(must_have) <= kept, (must_have, kept)
    # (the autosave follows 2 s after an edit, so on an idle machine all but the last one or two
    # survive; under load it can lag, and the promise tested above is the 5 s one)

    # reopening offers the changes back and says what was restored, in the UI language
    from museum_ar.qt.main_window import MainWindow

    for lang in ("de", "en"):
        i18n.set_language(lang)
        w = MainWindow()
        w.show()
        try:
            answer_next_question(tr("Recover changes"))
            assert w.open_exhibit(root)
            said = w.message_bar.text()
            added = sorted(kept - saved_ids, key=lambda s: int(s[1:]) if s[1:].isdigit() else 0)
            assert tr("{n} markers added ({ids})", n=len(added), ids=", ".join(m for m in [m.id for m in w.doc.exhibit.markers] if m in added)) in said, said
            assert w.isWindowModified()
        finally:
            close_window(w)
    i18n.set_language("en")
    assert has_recovery(root)  # declining nothing: the kept changes stay until saved or refused
