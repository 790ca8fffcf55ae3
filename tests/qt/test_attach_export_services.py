"""The app's attach and export run services.attach / services.export (issue #18): the same mixed
list of real files gives the same result in the window as on the command line, and export writes
the exhibit as it is in the window, unsaved edits included, without saving it first."""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import EXHIBIT_FILE, create_project, load_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_samples import DATA, MARKER_MM, mixed_files  # tests/services: the same real files


def _project(root: Path) -> Path:
    p = create_project(root, LocalizedText.of(de="Grüße", en="Greetings"), publish_url="https://ar.example.org/x/")
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("M1", MARKER_MM)))
    p.save()
    return root


def _placed(items) -> list[tuple]:
    return [(it.source_name, it.kind.value, it.asset, it.thumbnail, tuple(round(x, 9) for x in it.transform.translation)) for it in items]


@pytest.mark.slow  # two imports of five files, one of them in the window
def test_mixed_files_give_the_same_result_in_the_window_as_on_the_command_line(window, qtbot, odd_dir, cli):
    files, bad = mixed_files(odd_dir / "Quelldateien Ü")
    gui_root = _project(odd_dir / "Im Fenster")
    cli_root = odd_dir / "Befehlszeile"
    shutil.copytree(gui_root, cli_root)

    run = cli("attach", cli_root, "M1", *files)
    assert run.returncode == 1
    cli_items = load_project(cli_root).exhibit.marker("M1").items

    assert window.open_exhibit(gui_root)
    seen = []
    job = window.attach_files("M1", files)
    job.finished.connect(lambda ok, result: seen.append(result))
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    gui_items = window.doc.exhibit.marker("M1").items

    assert _placed(gui_items) == _placed(cli_items)
    assert [it.source_name for it in gui_items] == ["Schädel Kiste ü.glb", "Würfel mit Bild.glb"]
    failures = seen[0].failed
    assert {f.path.name for f in failures} == set(bad)
    for f in failures:  # word for word what the command line said of the file
        assert f"museum-ar attach: {f.message}" in run.stderr.splitlines()
    text = window.message_bar.text()
    assert text.startswith("Attached 2 files to marker M1.") and "3 files were not attached" in text
    assert all(name in text for name in bad)
    # one undo step, and the assets on disk are the same ones
    assert window.doc.stack.undo_text() == "attach files"
    assert sorted(p.name for p in (gui_root / "assets").iterdir()) == sorted(p.name for p in (cli_root / "assets").iterdir())


@pytest.mark.slow  # the window and a worker; tests/services checks the same policy fast
def test_only_bad_files_leave_the_window_s_exhibit_unchanged(window, qtbot, odd_dir):
    files, bad = mixed_files(odd_dir / "Quelle")
    root = _project(odd_dir / "Ausstellung")
    before = (root / EXHIBIT_FILE).read_bytes()
    assert window.open_exhibit(root)
    job = window.attach_files("M1", [f for f in files if f.name in bad])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    assert window.doc.exhibit.marker("M1").items == [] and not window.doc.is_dirty()
    assert window.message_bar.text().startswith("3 files were not attached:")
    window.doc.save()
    assert (root / EXHIBIT_FILE).read_bytes() == before
    assert not any((root / "assets").iterdir())


@pytest.mark.slow  # a whole export with its AR Quick Look scenes and the check after it
def test_export_dialog_exports_unsaved_edits_without_saving(window, qtbot, odd_dir):
    from museum_ar.qt.export_dialog import ExportDialog

    root = _project(odd_dir / "Ausstellung")
    p = load_project(root)
    from museum_ar.services.attach import attach_files

    assert attach_files(p, cmd.UndoStack(p.exhibit), "M1", [DATA / "Box_draco.glb"]).ok
    p.save()
    on_disk = (root / EXHIBIT_FILE).read_bytes()
    assert window.open_exhibit(root)
    window.doc.push(cmd.SetExhibitText("title", "de", "Noch nicht gespeichert"))
    assert window.doc.is_dirty()

    dlg = ExportDialog(window.doc, window)
    out = odd_dir / "Paket ü.zip"
    assert dlg.export(out) is not None
    qtbot.waitUntil(lambda: dlg.serve_button.isEnabled() or "not written" in dlg.summary.text(), timeout=120000)
    assert "Bundle written" in dlg.summary.text(), dlg.summary.text()
    with zipfile.ZipFile(out) as z:
        assert json.loads(z.read("manifest.json"))["exhibit"]["title"]["de"] == "Noch nicht gespeichert"
    assert (root / EXHIBIT_FILE).read_bytes() == on_disk and window.doc.is_dirty()
    dlg.close()


@pytest.mark.slow  # the window, a worker and the AR Quick Look scenes of the check (1.2 s here)
def test_export_dialog_check_sees_the_unsaved_exhibit(window, qtbot, odd_dir):
    """The dialog's Check runs export's checks on the window's exhibit: a marker added but not
    saved makes it ready; undoing it makes it not, while exhibit.json (no markers) stays as it was."""
    from museum_ar.qt.export_dialog import ExportDialog

    p = create_project(odd_dir / "Leer ü", "Leer", publish_url="https://ar.example.org/x/")
    on_disk = (p.root / EXHIBIT_FILE).read_bytes()
    assert window.open_exhibit(p.root)
    window.doc.push(cmd.AddMarker(Marker("M1", MARKER_MM)))
    dlg = ExportDialog(window.doc, window)

    def check() -> str:
        job = dlg.check()
        assert job is not None
        qtbot.waitUntil(lambda: dlg.check_button.isEnabled(), timeout=60000)
        return dlg.summary.text()

    assert check().startswith("Ready to export: the bundle would hold "), dlg.summary.text()
    window.doc.stack.undo()
    text = check()
    assert text.startswith("Not ready to export.") and "no markers" in text, text
    assert (p.root / EXHIBIT_FILE).read_bytes() == on_disk and list(odd_dir.glob("*.zip")) == []
    dlg.close()
