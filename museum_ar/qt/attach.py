"""Files into the exhibit: the Attach dialog, drops anywhere in the window (which marker they go
to), and the import on a worker thread that adds everything as one undo step or nothing at all."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core import commands as cmd
from ..core.project import store_asset
from . import i18n
from .dialogs import ask
from .document import Batch
from .i18n import plural, tr
from .workers import Job


def _store_imported(root: Path, scratch: Path, items: list) -> None:
    """Copy the imported items' files from `scratch` into the project's assets/ (content-named,
    so the items' paths stay valid); if that fails half-way, remove what this call added."""
    added = []
    try:
        for rel in sorted({p for it in items for p in it.asset_paths()}):
            existed = (root / rel).exists()
            store_asset(root, scratch / rel, Path(rel).suffix)
            if not existed:
                added.append(rel)
    except BaseException:
        for rel in added:
            (root / rel).unlink(missing_ok=True)
        raise


def _dialog_filter() -> str:
    from ..content.formats import dialog_filter  # the one format table (content is imported lazily)

    return dialog_filter(tr("Content"), tr("All files"))


def attach_dialog(window) -> None:
    marker_id = window.selected_marker()
    if marker_id is None:
        window.show_error(tr("Add a marker first: files are attached to a marker."))
        return
    files, _ = QFileDialog.getOpenFileNames(
        window, tr("Attach files to marker {id}", id=marker_id), "",
        _dialog_filter(),
    )
    if files:
        window.attach_files(marker_id, [Path(f) for f in files])

def drop_files(window, paths: list, marker_id: str = "") -> Job | None:
    """Files dropped anywhere in the window: onto `marker_id` when the drop named one, else
    the selected marker, the only marker, a new first marker, or the one the curator picks."""
    if window.doc is None:
        return None
    if not marker_id:
        markers = window.doc.exhibit.markers
        sel = window.tree.selected()
        if sel and sel[0] in ("marker", "item"):
            marker_id = window.selected_marker()
        elif len(markers) == 1:
            marker_id = markers[0].id
        elif not markers:
            marker_id = window.add_marker()
            window.show_info(tr("Added marker {id} for the dropped files.", id=marker_id))
        else:
            choice = ask(window, tr("Which marker?"), tr("Attach the dropped files to which marker?"),
                         [(f"{m.id} — {m.label.get(i18n.language())}" if m.label.get(i18n.language()) else m.id, QMessageBox.ButtonRole.AcceptRole) for m in markers[:8]]
                         + [(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)])
            if choice < 0 or choice >= len(markers[:8]):
                return None
            marker_id = markers[choice].id
    return window.attach_files(marker_id, paths) if marker_id else None

def attach_files(window, marker_id: str, paths: list) -> Job | None:
    """Import the files on a worker thread, then add them to the marker as one undo step."""
    if window.doc is None:
        return None

    doc, root, paths = window.doc, window.doc.root, [Path(p) for p in paths]
    marker_m = doc.exhibit.marker(marker_id).edge_m  # a model far larger than it is a question

    def work(progress):
        # heavy (trimesh, cv2): imported here, on the worker, so a first import never freezes the window
        from ..content import import_item

        # Import into a scratch folder and copy into the exhibit's assets/ only once every
        # file is done and Cancel was not pressed: a cancel (even one landing while a file's
        # outputs are being stored) or a later file failing leaves nothing in the project.
        with tempfile.TemporaryDirectory(prefix="museum-ar-attach-") as scratch:
            items = []
            for n, p in enumerate(paths):
                items.append(import_item(scratch, p, progress.scaled(n / len(paths), (n + 1) / len(paths)), marker_m=marker_m))
            progress.check()  # the last moment to cancel
            _store_imported(root, Path(scratch), items)
        return items

    names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
    job = Job(work, tr("Importing {names}", names=names), window)

    def done(ok: bool, result) -> None:
        window.jobs.remove(job)
        if not ok:
            if job.cancelled:
                window.show_info(tr("Import cancelled; nothing was changed."))
            else:
                window.show_error(tr("Could not attach the file. {error}", error=result))
            return
        if window.doc is not doc:
            return  # the exhibit was closed meanwhile
        from .mesh_size_dialog import ask_mesh_sizes
        from .texts import sort_text_languages

        result = ask_mesh_sizes(window, doc.exhibit.marker(marker_id), result)  # unit/up questions, side by side
        if not result:
            return

        def ask_language(name: str, text: str):
            preview = text if len(text) < 200 else text[:200] + "…"
            choice = ask(window, tr("Which language?"), tr("In which language is the text of {name}?\n\n{excerpt}", name=name, excerpt=preview),
                         [(tr("German"), QMessageBox.ButtonRole.AcceptRole), (tr("English"), QMessageBox.ButtonRole.AcceptRole)])
            return {0: "de", 1: "en"}.get(choice)

        items, assumed = sort_text_languages(result, ask_language)  # texts in their language; de + en files joined
        doc.end_merge()
        adds: list[cmd.Command] = [cmd.AddItem(marker_id, it) for it in items]
        if doc.push(Batch(adds, "attach files" if len(adds) > 1 else adds[0].text)):
            window.tree.select("item", items[-1].id)
            note = plural(len(result), "Attached {n} file to marker {id}.", "Attached {n} files to marker {id}.", id=marker_id)
            if assumed:
                note += " " + tr("The language of {names} was not clear: it went into the German text; move it in the properties if it is English.", names=", ".join(assumed))
            converted = conversion_notes(items)
            if converted:
                note += " " + converted
            window.show_info(note, stay=bool(assumed or converted))

    job.finished.connect(done)
    window.jobs.append(job)
    job.start()
    return job


def conversion_notes(items) -> str:
    """What import changed about the attached files (content/conversions.py), in the UI language:
    'Rose.heic: an iPhone HEIC photo, stored as JPEG …'."""
    from ..content.conversions import conversions

    texts = {
        "heic": lambda p: tr("an iPhone HEIC photo, stored as {format} (tablets cannot show HEIC)", **p),
        "svg": lambda p: tr("an SVG drawing, stored as a {w} x {h} px picture", **p),
        "bits": lambda p: tr("a {bits}-bit image, stored with 8 bits per channel", **p),
        "srgb": lambda p: tr("its colours converted from the profile “{profile}” to sRGB", **p),
        "animation": lambda p: tr("an animated {format} of {frames} frames, stored as a looping video", **p),
        "hdr": lambda p: tr("{hdr} HDR video, tone-mapped to ordinary (SDR) video", **p),
        "resampled": lambda p: tr("sound resampled from {before} Hz to {after} Hz for tablets", **p),
    }
    lines = []
    for it in items:
        said = [texts[code](params) for code, params in conversions(it.info, it.source_name) if code in texts]
        if said:
            lines.append(f"{it.source_name}: {'; '.join(said)}.")
    return " ".join(lines)
