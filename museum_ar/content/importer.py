"""Turn a file the curator brought into an Item whose assets are in the project.

    item = import_item(project_root, "Schädel 3.obj", progress, max_triangles=100_000, unit="mm")

Every kind is validated, normalised and optimised for tablets (see docs/content.md):
meshes -> one GLB (metres, Y up, standing on the marker, within the triangle budget), images ->
upright PNG/JPEG, video -> H.264/AAC MP4 + poster, audio -> AAC M4A, text -> the item's text.
Every item gets a PNG thumbnail. Outputs are staged and stored in the project only when the
whole import succeeded: a bad file or a cancel leaves the project as it was.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from pathlib import Path

from ..core.errors import ContentError, InvalidValueError
from ..core.exhibit import Item, ItemKind, Playback
from ..core.item_kinds import ITEM_KINDS
from ..core.localized import LocalizedText
from ..core.progress import NO_PROGRESS, Progress
from .kinds import kind_of
from .options import DEFAULT_OPTIONS, MAX_TEXT_FILE_BYTES, ImportOptions
from .sniff import check_file, mislabelled, sniff
from .staging import Staging
from .thumbnail import png_bytes, text_thumbnail


def import_text(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    """A text file becomes a text item: its text is the item's description (German; the app asks)."""
    text = _read_text(source)
    staging.add("thumbnail", png_bytes(text_thumbnail(text, options.thumbnail_px)), "png")
    return {"characters": len(text), "lines": text.count("\n") + 1, "item_text": text}  # item_text: the item's description


Importer = Callable[[Path, ImportOptions, Staging, Progress], dict]


def _resolve(name: str) -> Importer:
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), function)


# How a file becomes an item, per kind: the importer each kind's record names (core/item_kinds.py
# `importer`, "module:function" in this package), looked up once here. An importer is called as
# `importer(source, options, staging, progress) -> info` and stages the item's files ("asset",
# "thumbnail", "poster"); two keys are taken out of the info it returns: "item_kind" (an animated
# GIF comes back as a video) and "item_text" (the text of a text item). Core names the modules
# as data only: it imports none of them.
IMPORTERS: dict[ItemKind, Importer] = {k: _resolve(spec.importer) for k, spec in ITEM_KINDS.items()}


def import_item(
    project_root: str | Path,
    source: str | Path,
    progress: Progress = NO_PROGRESS,
    options: ImportOptions | None = None,
    **overrides,
) -> Item:
    """Import `source` into the project at `project_root` and return the new Item (not yet added
    to any marker). Options come from `options` and/or keyword overrides (e.g. max_triangles=…,
    unit="mm", up="z", placement="centre"). Raises ContentError / UnsupportedFileError naming the
    file and the problem, InvalidValueError for a bad option, CancelledError when cancelled."""
    options = resolve_options(options, overrides)
    source = Path(source)
    kind = kind_of(source)
    progress.report(0.0, f"importing {source.name}")
    title = LocalizedText.of(de=source.stem, en=source.stem)
    with Staging() as staging:
        info = IMPORTERS[kind](source, options, staging, progress.scaled(0.0, 0.97))
        progress.report(0.98, "adding to the project")
        stored = staging.commit(project_root)
    kind = ItemKind(info.pop("item_kind", kind.value))  # an animated GIF comes back as a video
    text = info.pop("item_text", None)
    item = Item(
        kind,
        asset=stored.get("asset"),
        thumbnail=stored.get("thumbnail"),
        poster=stored.get("poster"),
        source_name=source.name,
        title=title,
        info=info,
    )
    if text is not None:
        item.description = LocalizedText({"de": text})
    if info.get("animations") or info.get("animated_from"):  # an animated model or a former GIF: moves from the start, looping
        item.playback = Playback(autoplay=True, loop=True, tap_to_play=True)
    progress.report(1.0, f"imported {source.name}")
    return item


def resolve_options(options: ImportOptions | None, overrides: dict) -> ImportOptions:
    """`options` (or the defaults) with the overrides that are not None; InvalidValueError for an
    unknown option or a value that cannot be used."""
    options = options or DEFAULT_OPTIONS
    if overrides:
        names = {f.name for f in dataclasses.fields(ImportOptions)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise InvalidValueError(f"unknown import option(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}")
        options = dataclasses.replace(options, **{k: v for k, v in overrides.items() if v is not None})
    problems = options.problems()
    if problems:
        name, message = problems[0]
        raise InvalidValueError(message, field=name)
    return options


def _read_text(source: Path) -> str:
    check_file(source, MAX_TEXT_FILE_BYTES)
    raw = source.read_bytes()
    what = sniff(raw[:64])
    if what is not None:
        raise ContentError(mislabelled("a text file", what), path=source)
    if b"\x00" in raw:
        raise ContentError("is not text (it contains NUL bytes)", path=source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ContentError(f"is not UTF-8 text (byte {e.start}); save it as UTF-8", path=source) from None
    if not text.strip():
        raise ContentError("contains only white space", path=source)
    return text.replace("\r\n", "\n")
