"""Files into the exhibit: the Attach dialog, drops anywhere in the window (which marker they go
to), and the import on a worker thread. The workflow and its policy are services.attach's (the
CLI's too): each file on its own, the ones that import added as one undo step, each failing file
named with its cause; here only the questions in between (a model's size, a text's language)."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from . import i18n
from .dialogs import ask
from .i18n import plural, tr
from .workers import Job


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
    """Import the files on a worker thread (services.attach.import_files), ask about sizes and
    languages, then add the files that imported to the marker as one undo step."""
    if window.doc is None:
        return None

    doc, root, paths = window.doc, window.doc.root, [Path(p) for p in paths]
    marker = copy.copy(doc.exhibit.marker(marker_id))  # its id and size, read on the worker: a copy the GUI does not edit

    def work(progress):
        # heavy (trimesh, cv2): imported on the worker, so a first import never freezes the window
        from ..services.attach import import_files

        return import_files(root, marker, paths, progress=progress)

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
        imported = result
        if window.doc is not doc:
            imported.discard(doc.exhibit)  # the exhibit was closed meanwhile
            return
        if not imported.items:
            imported.discard(doc.exhibit)
            window.show_error(failure_text(imported.failed, alone=True))
            return
        from .mesh_size_dialog import ask_mesh_sizes
        from ..services.texts import sort_text_languages

        kept = ask_mesh_sizes(window, doc.exhibit.marker(marker_id), imported.items)  # unit/up questions, side by side

        def ask_language(name: str, text: str):
            preview = text if len(text) < 200 else text[:200] + "…"
            choice = ask(window, tr("Which language?"), tr("In which language is the text of {name}?\n\n{excerpt}", name=name, excerpt=preview),
                         [(tr("German"), QMessageBox.ButtonRole.AcceptRole), (tr("English"), QMessageBox.ButtonRole.AcceptRole)])
            return {0: "de", 1: "en"}.get(choice)

        items, assumed = sort_text_languages(kept, ask_language)  # texts in their language; de + en files joined
        doc.end_merge()
        added = imported.attach(doc.exhibit, doc.push, items).added
        failed = failure_text(imported.failed, alone=not added)
        if not added:
            if failed:
                window.show_error(failed)
            return
        window.tree.select("item", added[-1].id)
        note = plural(len(kept), "Attached {n} file to marker {id}.", "Attached {n} files to marker {id}.", id=marker_id)
        if assumed:
            note += " " + tr("The language of {names} was not clear: it went into the German text; move it in the properties if it is English.", names=", ".join(assumed))
        converted = conversion_notes(added)
        if converted:
            note += " " + converted
        if failed:
            window.show_error(note + " " + failed)
        else:
            window.show_info(note, stay=bool(assumed or converted))

    job.finished.connect(done)
    window.jobs.append(job)
    job.start()
    return job


def failure_text(failed, alone: bool = False) -> str:
    """The files that were not attached, each with its cause, in the UI language (`alone`: no
    file was attached, and one failed: the old one-file wording)."""
    from .messages import error_text

    if not failed:
        return ""
    if alone and len(failed) == 1:
        return tr("Could not attach the file. {error}", error=error_text(failed[0].error))
    return plural(len(failed), "{n} file was not attached:", "{n} files were not attached:") + " " + " ".join(error_text(f.error) for f in failed)


def _decimal(text: str) -> str:
    """'7.5' in the UI language ('7,5' in German)."""
    from . import i18n

    return text.replace(".", ",") if i18n.language() == "de" else text


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
        "levelled": lambda p: tr("its flat base leaned {deg}° in the file: stood level on it (to undo, untick 'Level the base' in its size dialog)",
                                 deg=_decimal(p["deg"])),
    }
    lines = []
    for it in items:
        said = [texts[code](params) for code, params in conversions(it.info, it.source_name) if code in texts]
        if said:
            lines.append(f"{it.source_name}: {'; '.join(said)}.")
    return " ".join(lines)
