"""Turn a file the curator brought into an Item whose assets are in the project.

Foundation version: checks the file exists and is not empty, and stores it as is. The content
pipeline (issue: import and optimise) replaces the body with validation and optimisation.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ContentError
from ..core.exhibit import Item, ItemKind
from ..core.localized import LocalizedText
from ..core.progress import NO_PROGRESS, Progress
from ..core.project import store_asset
from .kinds import kind_of


def import_item(project_root: str | Path, source: str | Path, progress: Progress = NO_PROGRESS) -> Item:
    source = Path(source)
    kind = kind_of(source)
    if not source.is_file():
        raise ContentError("no such file", path=source)
    if source.stat().st_size == 0:
        raise ContentError("the file is empty", path=source)
    progress.report(0.0, f"importing {source.name}")
    title = LocalizedText.of(de=source.stem, en=source.stem)
    if kind is ItemKind.TEXT:
        try:
            text = source.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ContentError("is not UTF-8 text", path=source) from None
        item = Item(kind, source_name=source.name, title=title, description=LocalizedText({"de": text}))
    else:
        rel = store_asset(project_root, source, source.suffix)
        item = Item(kind, asset=rel, source_name=source.name, title=title)
    progress.report(1.0, f"imported {source.name}")
    return item
