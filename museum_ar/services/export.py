"""Export a bundle from the exhibit as the curator has it: in memory, unsaved edits included
(issue #18). The app no longer saves before exporting; the CLI exports the saved project.

    snap = snapshot(doc.exhibit)                                  # on the GUI thread
    result = export_exhibit(snap, root, out, verify=True, ...)    # on a worker
    n_files = check_export(snap, root)                            # the same checks, nothing written

The snapshot is the exhibit as saving would write it (through the schema, so it is checked the
same way a load would check it) and a copy that nobody edits while the worker reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.exhibit import Exhibit
from ..core.progress import NO_PROGRESS, Progress
from ..core.project import load_project
from ..core.schema import exhibit_from_json, exhibit_to_json

if TYPE_CHECKING:
    from ..export.verify import VerifyReport


@dataclass(frozen=True)
class ExportResult:
    path: Path
    report: VerifyReport | None = None  # when verified


def snapshot(exhibit: Exhibit) -> Exhibit:
    """A copy of `exhibit` exactly as it would be saved and loaded again: what the bundle shows,
    independent of edits made while the export runs. Raises the schema's typed error for an
    exhibit that could not be saved either."""
    return exhibit_from_json(exhibit_to_json(exhibit), "the exhibit being exported")


def export_exhibit(exhibit: Exhibit, project_root: str | Path, out: str | Path, *, signing_key=None, hfov_deg: float | None = None,
                   overwrite: bool = False, usdz: bool = True, compress_meshes: bool = True, verify: bool = False,
                   progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write the bundle of `exhibit` (not re-read from exhibit.json) with the assets in
    `project_root`'s assets/; with verify, check the written bundle as `museum-ar verify` would.
    Pass a `snapshot` when the exhibit may change meanwhile (the app)."""
    from ..export import export_exhibit as write, verify_bundle  # jsonschema, usd-core: only when exporting

    path = write(exhibit, project_root, out, signing_key=signing_key, hfov_deg=hfov_deg, overwrite=overwrite, usdz=usdz,
                 compress_meshes=compress_meshes, progress=progress.scaled(0.0, 0.9) if verify else progress)
    if not verify:
        return ExportResult(Path(path))
    progress.report(0.95, "checking the bundle")
    return ExportResult(Path(path), verify_bundle(path))


def check_export(exhibit: Exhibit, project_root: str | Path, *, usdz: bool = True, progress: Progress = NO_PROGRESS) -> int:
    """Everything `export_exhibit` checks for `exhibit` as it is in memory (unsaved edits
    included, not exhibit.json), writing nothing; the number of files the bundle would hold, or
    the typed error export would raise. Pass a `snapshot` when the exhibit may change meanwhile."""
    from ..export import check_exportable  # jsonschema, usd-core: only when checking

    return check_exportable(project_root, exhibit=exhibit, usdz=usdz, progress=progress)


def export_project(project_dir: str | Path, out: str | Path, **options) -> ExportResult:
    """The saved project in `project_dir` (the CLI): loaded with every asset checked, then as
    `export_exhibit`."""
    project = load_project(project_dir, check_assets=True)
    return export_exhibit(project.exhibit, project.root, out, **options)


__all__ = ["ExportResult", "check_export", "export_exhibit", "export_project", "snapshot"]
