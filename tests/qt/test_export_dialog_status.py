"""The export dialog says one thing at a time: the newest outcome. A declined replace used to be
stacked above the previous export's "Bundle written … checksums verified", two statuses that
contradict each other."""

from __future__ import annotations

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import create_project


@pytest.mark.slow  # a whole export (viewer, manifest, the check after it)
def test_the_summary_shows_only_the_newest_outcome(window, qtbot, tmp_path):
    from museum_ar.qt.export_dialog import ExportDialog

    root = tmp_path / "Ausstellung"
    p = create_project(root, LocalizedText.of(de="Grüße", en="Greetings"), publish_url="https://ar.example.org/x/")
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("M1", 100.0)))
    p.save()
    assert window.open_exhibit(root)
    dlg = ExportDialog(window.doc, window)
    out = tmp_path / "Paket.zip"

    def export(path, replace=None):
        job = dlg.export(path, replace=replace)
        if job is not None:
            qtbot.waitUntil(lambda: dlg.export_button.isEnabled(), timeout=120000)
        return dlg.summary.text()

    written = export(out)
    assert written.startswith("Bundle written to") and "To publish it on your web host:" in written, written
    steps = written[written.index("To publish it on your web host:"):]
    stamp = out.stat().st_mtime_ns

    # Export again, the replace question answered "Cancel": nothing written, said once, and the
    # steps of the bundle that is still there stay (they are still true); no old status under it
    kept = export(out, replace=False)
    assert out.stat().st_mtime_ns == stamp
    assert kept.startswith(f"Nothing was written; {out} is unchanged."), kept
    assert "Bundle written" not in kept and "checksums verified" not in kept, kept
    assert kept.endswith(steps), kept
    assert kept.count("Nothing was written") == 1
    kept = export(out, replace=False)  # again: still one note, not two
    assert kept.count("Nothing was written") == 1, kept

    # declined for another existing file: the earlier bundle's steps would be about something else
    other = tmp_path / "Anderes.zip"
    other.write_bytes(b"PK")
    declined = export(other, replace=False)
    assert declined == f"Nothing was written; {other} is unchanged.", declined

    # a failure after a success: only the failure
    failed = export(root / "Paket.zip")  # inside the project folder: refused
    assert failed.startswith("The bundle was not written.") and "Bundle written" not in failed and "Nothing" not in failed, failed

    # and a new export replacing the first: only its own summary
    again = export(out, replace=True)
    assert again.startswith("Bundle written to") and "Nothing was written" not in again and "not written" not in again, again
    assert out.stat().st_mtime_ns != stamp
    dlg.close()
