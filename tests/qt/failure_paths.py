"""The failures a first-time curator meets, driven through the real main window, and every text the
window shows for them: the message bar, the export dialog's summary, and any message box.

Each step returns a Shown: the texts, and the specifics the text must name (a file name, a line
number) so that a translation that drops them is caught as surely as one that stays English.
Used by test_errors_in_german.py, which runs the same steps in German and in English."""

from __future__ import annotations

import io
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .curator_driver import REPO, wait


@dataclass
class Shown:
    step: str
    texts: list[str] = field(default_factory=list)
    specifics: list[str] = field(default_factory=list)  # must each appear in one of the texts


class BoxWatcher:
    """Records and closes every message box the window opens (QMessageBox.exec from `ask`, and
    the static critical/warning/information helpers), so no step hangs on a modal dialog."""

    def __init__(self, monkeypatch):
        self.texts: list[str] = []
        for name in ("critical", "warning", "information"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._static))
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def _static(self, parent, title, text, *args, **kwargs):
        self.texts += [title, text]
        return QMessageBox.StandardButton.Ok

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.texts += [box.windowTitle(), box.text(), box.informativeText()]
        # a question ("Save changes?") gets the answer that leaves things as they are on disk
        by_role = {box.buttonRole(b): b for b in box.buttons()}
        for role in (QMessageBox.ButtonRole.DestructiveRole, QMessageBox.ButtonRole.RejectRole):
            if role in by_role:
                by_role[role].click()
                return
        box.close()

    def take(self) -> list[str]:
        out, self.texts = [t for t in self.texts if t], []
        return out

    def stop(self) -> None:
        self._timer.stop()


# ------------------------------------------------------------ the curator's broken files


def _glb_bytes() -> bytes:
    import trimesh

    return trimesh.creation.box(extents=(0.1, 0.1, 0.1)).export(file_type="glb")


def _png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def _jpeg_bytes() -> bytes:
    import numpy as np
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (256, 256, 3), dtype=np.uint8)).save(buf, "JPEG", quality=95)
    return buf.getvalue()


OBJ_CUBE = "".join(f"v {x} {y} {z}\n" for x in (0, 1) for y in (0, 1) for z in (0, 1)) + "f 1 2 4\nf 1 4 3\nf 5 6 8\nf 5 8 7\n"


def broken_files(folder: Path) -> dict[str, Path]:
    """step -> a file as curators bring them when something went wrong on the way."""
    folder.mkdir(parents=True, exist_ok=True)
    umlaut = folder / "Dateien für Lübeck" / "Neue Übergabe"
    umlaut.mkdir(parents=True)
    glb, png, jpeg = _glb_bytes(), _png_bytes(), _jpeg_bytes()
    files = {
        "truncated OBJ": (folder / "Schädel.obj", OBJ_CUBE.encode() + b"f 1 5 "),
        "truncated GLB": (folder / "Ammonit.glb", glb[: len(glb) // 2]),
        "PNG named .glb": (folder / "Foto.glb", png),
        "PNG named .mp4": (folder / "Film.mp4", png),
        "empty GLB": (folder / "Leer.glb", b""),
        "empty picture": (folder / "Leer.jpg", b""),
        "truncated GLB in a folder with umlauts": (umlaut / "Größe Übersicht.glb", glb[: len(glb) // 3]),
        "truncated JPEG": (folder / "Zeichnung.jpg", jpeg[: len(jpeg) // 3]),
        "text not UTF-8": (folder / "Notiz.txt", "Die Trommel ist rot und groß.".encode("latin-1")),
        "unknown extension": (folder / "Begleittext.docx", b"PK\x03\x04 not really"),
        "FBX model": (folder / "Trommel.fbx", b"Kaydara FBX Binary  \x00"),
        "binary STL cut short": (folder / "Figur.stl", b"\x00" * 80 + (1000).to_bytes(4, "little") + b"\x00" * 100),
    }
    for path, data in files.values():
        path.write_bytes(data)
    out = {step: path for step, (path, _) in files.items()}
    out["file gone before import"] = folder / "Verschoben.glb"
    out["a folder, not a file"] = folder / "Ordner.glb"
    out["a folder, not a file"].mkdir()
    return out


# what each step's message must name besides the file (what is wrong), in either language
ATTACH_SPECIFICS: dict[str, list[str]] = {
    "text not UTF-8": ["UTF-8"],
    "unknown extension": [".docx"],
    "FBX model": ["GLB"],
}


# ------------------------------------------------------------ steps


def _sample_project(tmp: Path, name: str) -> Path:
    root = tmp / name
    shutil.copytree(REPO / "exhibits" / "natur-und-umwelt", root)
    return root


def _bar(w) -> list[str]:
    return [w.message_bar.text()] if w.message_bar.text() else []


def open_damaged_projects(w, tmp: Path) -> list[Shown]:
    """exhibit.json cut short, emptied, overwritten with something else; a folder that is no
    exhibit; an exhibit from a newer museum-ar."""
    good = (REPO / "exhibits" / "natur-und-umwelt" / "exhibit.json").read_bytes()
    doc = json.loads(good)
    cases = {
        "exhibit.json cut short": (good[: len(good) // 2], ["exhibit.json"]),
        "exhibit.json empty": (b"", ["exhibit.json"]),
        "exhibit.json not UTF-8": (b"\xff\xfe{\x00", ["exhibit.json"]),
        "exhibit.json a list": (b"[1, 2]", ["exhibit.json"]),
        "exhibit.json markers not a list": (json.dumps({**doc, "markers": "M1"}).encode(), ["exhibit.json", "markers"]),
        "exhibit.json marker without id": (json.dumps({**doc, "markers": [{k: v for k, v in doc["markers"][0].items() if k != "id"}]}).encode(), ["exhibit.json"]),
        "exhibit.json from a newer museum-ar": (json.dumps({**doc, "schema_version": 999}).encode(), ["exhibit.json", "999"]),
    }
    shown = []
    for step, (data, specifics) in cases.items():
        root = _sample_project(tmp, step.replace(" ", "_"))
        (root / "exhibit.json").write_bytes(data)
        assert not w.open_exhibit(root), step
        shown.append(Shown(step, _bar(w), specifics))
    line = good[: len(good) // 2].count(b"\n") + 1  # the JSON error names the line where the file stops
    shown[0].specifics.append(str(line))
    empty = tmp / "Leerer Ordner"
    empty.mkdir()
    assert not w.open_exhibit(empty)
    shown.append(Shown("folder without exhibit.json", _bar(w), ["exhibit.json"]))
    assert not w.open_exhibit(tmp / "Gibt es nicht")
    shown.append(Shown("folder that does not exist", _bar(w), []))
    return shown


def attach_broken_files(w, qtbot, tmp: Path) -> list[Shown]:
    """Each broken file attached to marker M1 of a new exhibit."""
    assert w.new_exhibit(tmp / "Anhängen", "Anhängen")
    w.add_marker()
    shown = []
    for step, path in broken_files(tmp / "Mitgebracht").items():
        w.message_bar.hide()
        w.attach_files("M1", [path])
        wait(qtbot, lambda: not w.jobs and w.message_bar.text(), 120000)
        assert not w.doc.exhibit.markers[0].items, step
        shown.append(Shown(step, _bar(w), [path.name, *ATTACH_SPECIFICS.get(step, [])]))
    return shown


def _unwritable_folder(tmp: Path) -> Path:
    """A folder this process may not write into. chmod does not stop root (the test containers
    run as root): there, sysfs, which refuses new files to everyone."""
    if os.geteuid() != 0:
        d = tmp / "Schreibgeschützt"
        d.mkdir()
        d.chmod(0o500)
        return d
    return Path("/sys/kernel")


def export_failures(w, qtbot, tmp: Path) -> list[Shown]:
    from museum_ar.qt.export_dialog import ExportDialog

    root = _sample_project(tmp, "Ammoniten")
    assert w.open_exhibit(root)
    dlg = ExportDialog(w.doc, w)
    a_file = tmp / "Notizen.txt"
    a_file.write_text("x", encoding="utf-8")
    cases = {
        "export into an unwritable folder": _unwritable_folder(tmp) / "Ausstellung Paket.zip",
        "export into a file, not a folder": a_file / "Paket.zip",
        "export into the exhibit's own folder": root / "Paket.zip",
    }
    shown = []
    try:
        for step, out in cases.items():
            job = dlg.export(out)
            assert job is not None, step
            wait(qtbot, lambda: dlg.export_button.isEnabled(), 120000)
            # the bundle the curator named, not a temporary file or folder on the way
            shown.append(Shown(step, [dlg.summary.text()], [out.name]))
            assert ".partial" not in dlg.summary.text(), step
    finally:
        dlg.close()
    return shown


def print_failures(w, qtbot, tmp: Path) -> list[Shown]:
    """The marker sheet saved where it cannot be written."""
    from museum_ar.qt.print_dialog import PrintDialog

    root = _sample_project(tmp, "Drucken")
    assert w.open_exhibit(root)
    dlg = PrintDialog(w.doc, w)
    out = _unwritable_folder(tmp) / "Marker Bögen.pdf"
    try:
        dlg.save_pdf(out, open_after=False)
        wait(qtbot, lambda: dlg.job.worker_thread.isFinished() and dlg.status.text(), 120000)
        return [Shown("marker sheet into an unwritable folder", [dlg.status.text()], [out.name])]
    finally:
        dlg.close()
