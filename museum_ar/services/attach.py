"""Attach the curator's files to a marker: one workflow and one policy for the CLI and the app.

The policy for a list of files (issue #18):

* Every file is imported on its own. The files that import are attached; each file that does not
  gets an `AttachFailure` naming the file and the cause (a typed `MuseumArError`: a truncated
  GLB, an unknown extension, a symbolic link, a size that must be chosen, ...). One bad file does
  not cost the curator the good ones.
* Nothing is half-written: every import writes into a scratch folder; only the files that
  imported are stored in the project's assets/, and only once all files are done. A failing file
  leaves nothing behind; Cancel (CancelledError) leaves nothing at all.
* The exhibit changes in one undoable edit (a core `Batch` of `AddItem`s), laid out side by side
  on the marker. When that edit is refused, or the front end drops every item (the curator
  cancelled a question), the assets this run stored and nothing uses are removed again, so the
  project is as it was.
* Problems that concern the whole run (no such marker, a bad option, a full disk while storing)
  raise before or instead of any change.

Two steps, because the app asks its questions (a mesh's size, a text's language) between them,
on the GUI thread, while the import runs on a worker:

    imported = import_files(project_root, marker, paths, options=..., progress=...)
    result = imported.attach(exhibit, stack.push)        # or the app's Document.push

`attach_files(project, stack, marker_id, paths, ...)` does both at once (the CLI), putting texts
in their language without asking (`services.texts`; the app asks when the words do not tell).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core import commands as cmd
from ..core.errors import CancelledError, ContentError, InvalidValueError, MuseumArError
from ..core.exhibit import Exhibit, Item, Marker
from ..core.progress import NO_PROGRESS, Progress
from ..core.project import Project, store_asset

@dataclass(frozen=True)
class AttachFailure:
    """One file that was not attached, and why (the error names the file)."""

    path: Path
    error: MuseumArError

    @property
    def message(self) -> str:
        return str(self.error)


@dataclass
class AttachResult:
    """What an attach did: the items added to the marker (in the exhibit, as one undo step) and
    the files that failed, each with its own error."""

    marker_id: str
    added: list[Item] = field(default_factory=list)
    failed: list[AttachFailure] = field(default_factory=list)
    command: cmd.Command | None = None  # the edit that added them (None when nothing was added)
    assumed_language: list[str] = field(default_factory=list)  # texts put into German because nothing told their language

    @property
    def ok(self) -> bool:
        return not self.failed


def check_source_file(path: Path) -> None:
    """Attach reads only a regular file named directly: never through a symbolic link (a text
    item became /etc/passwd that way), never a device or pipe (which would be read forever)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise ContentError("no such file", path=path) from None
    except OSError as e:
        raise ContentError(f"cannot read: {e.strerror}", path=path) from None
    if stat.S_ISLNK(mode):
        raise ContentError("is a symbolic link; attach the file it points to by its own name", path=path)
    if not stat.S_ISREG(mode):
        raise ContentError("is not a regular file (a folder, device or pipe)", path=path)


def import_options(marker: Marker, options=None, *, fit: bool = False, **overrides):
    """The ImportOptions for files going onto `marker`: `options` (or the defaults) with the
    overrides that are not None, the marker's size (a model far larger than it is a question) and,
    with fit, the fitted size. Raises InvalidValueError for an option that cannot be used: that is
    a problem of the whole run, not of one file."""
    from ..content.importer import resolve_options  # content is heavy (trimesh): only when attaching
    from ..content.mesh_size import FIT_MARKER_EDGES

    marker_m = marker.edge_m
    if fit:
        if overrides.get("unit"):
            raise InvalidValueError("give either a unit or fit, not both", field="unit")
        overrides["fit_m"] = FIT_MARKER_EDGES * marker_m
    overrides["marker_m"] = marker_m
    return resolve_options(options, overrides)


@dataclass
class ImportedFiles:
    """The outcome of `import_files`: items whose assets are stored in the project but which are
    in no marker yet, the files that failed, and the asset files this run added (removed again by
    `discard` when the items are not added after all)."""

    root: Path
    marker_id: str
    items: list[Item]
    failed: list[AttachFailure]
    stored: list[str] = field(default_factory=list)  # project-relative asset paths this run created

    def attach(self, exhibit: Exhibit, push: Callable[[cmd.Command], object], items: Sequence[Item] | None = None) -> AttachResult:
        """Add `items` (default: all imported items; the app passes those the curator kept after
        its questions) to the marker in one undoable edit, laid out beside what it carries.
        `push` is the undo stack's push (raises MuseumArError when the edit is refused) or the
        app's Document.push (returns False). A refused or empty edit removes this run's assets."""
        from ..content.mesh_place import arrange_on_marker

        chosen = list(self.items if items is None else items)
        result = AttachResult(self.marker_id, [], list(self.failed))
        if not chosen:
            self.discard(exhibit)
            return result
        adds: list[cmd.Command] = [cmd.AddItem(self.marker_id, it) for it in chosen]
        batch = cmd.Batch(adds, text="attach files" if len(adds) > 1 else adds[0].text)
        try:
            arrange_on_marker(exhibit.marker(self.marker_id), chosen)  # the marker may have gone meanwhile
            accepted = push(batch)
        except BaseException:
            self.discard(exhibit)
            raise
        if accepted is False:
            self.discard(exhibit)
            return result
        self.discard(exhibit)  # what the exhibit now uses stays (an undo keeps it for the redo); a left-out item's files go
        result.added, result.command = chosen, batch
        return result

    def discard(self, exhibit: Exhibit | None = None) -> None:
        """Remove the assets this run stored that `exhibit` does not use."""
        used = exhibit.asset_paths() if exhibit is not None else set()
        for rel in self.stored:
            if rel not in used:
                (self.root / rel).unlink(missing_ok=True)
        self.stored = []


def import_files(project_root: str | Path, marker: Marker, paths: Sequence[str | Path], *, options=None,
                 fit: bool = False, progress: Progress = NO_PROGRESS, **overrides) -> ImportedFiles:
    """Import every file for `marker` (each on its own; see the module's policy) and store the
    assets of those that imported in the project. The exhibit is not touched: `attach` does that.
    Raises InvalidValueError for a bad option, CancelledError when cancelled (nothing stored), a
    ProjectError/OSError-based MuseumArError when storing fails (nothing stored)."""
    from ..content import import_item  # heavy (trimesh, cv2): only when needed, on the caller's thread

    root = Path(project_root)
    opts = import_options(marker, options, fit=fit, **overrides)
    sources = [Path(p) for p in paths]
    items: list[Item] = []
    failed: list[AttachFailure] = []
    with tempfile.TemporaryDirectory(prefix="museum-ar-attach-") as scratch:
        for n, p in enumerate(sources):
            step = progress.scaled(n / len(sources), (n + 1) / len(sources))
            try:
                check_source_file(p)
                items.append(import_item(scratch, p, step, opts))
            except CancelledError:
                raise  # the whole run stops; the scratch folder goes, nothing was stored
            except MuseumArError as e:
                failed.append(AttachFailure(p, e))
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, OSError, RuntimeError) as e:
                # A loader's own exception that no check turned into a ContentError: still this file's problem.
                error = ContentError(f"cannot be imported ({type(e).__name__}: {e})", path=p)
                error.__cause__ = e
                failed.append(AttachFailure(p, error))
        progress.check()  # the last moment to cancel: nothing is in the project yet
        stored = _store(root, Path(scratch), items)
    return ImportedFiles(root, marker.id, items, failed, stored)


def attach_files(project: Project, stack: cmd.UndoStack, marker_id: str, paths: Sequence[str | Path], *,
                 options=None, fit: bool = False, progress: Progress = NO_PROGRESS, **overrides) -> AttachResult:
    """Both steps at once, for a front end that asks nothing in between (the CLI): import, then
    add the items that imported as one undo step on `stack`. The caller saves."""
    from .texts import sort_text_languages

    marker = project.exhibit.marker(marker_id)  # fail before any import work
    imported = import_files(project.root, marker, paths, options=options, fit=fit, progress=progress, **overrides)
    items, assumed = sort_text_languages(imported.items)  # texts in their language; a German and an English file joined
    result = imported.attach(project.exhibit, stack.push, items)
    result.assumed_language = assumed
    return result


def _store(root: Path, scratch: Path, items: list[Item]) -> list[str]:
    """Copy the imported items' files from `scratch` into the project's assets/ (content-named,
    so the items' paths stay valid); returns those that were not there before. If storing fails
    half-way, what this call added is removed and the error raised."""
    added: list[str] = []
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
    return added


__all__ = ["AttachFailure", "AttachResult", "ImportedFiles", "attach_files", "check_source_file", "import_files", "import_options"]
