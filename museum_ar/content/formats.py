"""The content layer's view of the file formats each item kind's record names
(core/item_kinds.py `formats`): which format an extension is, which kind of item it becomes, and
the file-dialog filter.

Everything else is derived from the records through here: which kind of item a file becomes
(`kinds.kind_of`), which magic bytes a file with that name may start with (`mesh_checks`), what a
mesh format says about its unit and up axis (`mesh_import`), which loader reads it
(`mesh_load`), the file-dialog filter the app offers (`dialog_filter()`), and how importer.py
imports a file of the kind (the record's `importer`). Before the records there were four
hand-kept lists that disagreed (the dialog offered `.dae`, the import refused it), and then a
content table per kind beside core's record, which a new kind had to touch as well.
"""

from __future__ import annotations

from ..core.exhibit import ItemKind
from ..core.file_formats import Format
from ..core.item_kinds import ITEM_KINDS

__all__ = ["BY_EXT", "KIND_BY_EXT", "Format", "dialog_filter", "extensions", "format_of"]

# Every extension the import accepts, in the records' order, with its format and its kind.
BY_EXT: dict[str, Format] = {e: f for spec in ITEM_KINDS.values() for f in spec.formats for e in f.exts}
KIND_BY_EXT: dict[str, ItemKind] = {e: spec.kind for spec in ITEM_KINDS.values() for f in spec.formats for e in f.exts}


def format_of(ext: str) -> Format | None:
    return BY_EXT.get(ext.lower())


def extensions(kind: ItemKind | None = None) -> list[str]:
    return [e for e, k in KIND_BY_EXT.items() if kind is None or k is kind]


def dialog_filter(content_label: str = "Content", all_label: str = "All files") -> str:
    """A Qt file-dialog filter listing every format the import accepts (labels translated by the
    caller), e.g. "Content (*.glb *.gltf …);;All files (*)"."""
    patterns = " ".join(f"*{e}" for e in extensions())
    return f"{content_label} ({patterns});;{all_label} (*)"
