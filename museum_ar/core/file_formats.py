"""A file format an item kind accepts, as plain data: its name, its extensions, what the first
bytes of such a file may be named, and for models what the format says about units and up.

Each kind's record (item_kinds.py) lists its formats, so a new kind or format is one record.
Core only holds the facts: the content layer reads the files (content/formats.py derives its
lookups from these records; mesh_load picks the `loader`, mesh_checks compares `magic` with
content/sniff.py's verdict, mesh_import decides units and up from `unit`, `up`, `usual_unit`).
"""

from __future__ import annotations

from dataclasses import dataclass

# The default of Format.magic, replaced by the format's own name (compared by identity).
OWN_NAME: tuple[str, ...] = ("<the format's name>",)


@dataclass(frozen=True)
class Format:
    name: str  # how a curator knows it
    exts: tuple[str, ...]  # with the dot, lower case
    # The names content/sniff.py may give its first bytes (matched within its verdict, "a PNG
    # image"). Not given: the format's own name, which is what sniff calls most binary formats;
    # () for a text format (or one sniff knows no bytes of): any recognised bytes are refused.
    magic: tuple[str, ...] = OWN_NAME
    unit: str | None = None  # unit the format's specification fixes (glTF: metres); None = not stated
    up: str = "y"  # up axis by convention: "y", "z", or "?" (unknown: decided from the mesh)
    loader: str = ""  # mesh loader: "obj" (ours, falls back to trimesh), or a trimesh file type
    usual_unit: str | None = None  # not stated, but what files of this format nearly always use (proposed first)

    def __post_init__(self) -> None:
        if not self.exts or any(not e.startswith(".") or e != e.lower() for e in self.exts):
            raise ValueError(f"format {self.name}: extensions {self.exts} must be lower case and start with a dot")
        if self.magic is OWN_NAME:
            object.__setattr__(self, "magic", (self.name,))
