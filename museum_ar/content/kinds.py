"""Which kind of item a file becomes, from its name (the content pipeline then checks the bytes).
Derived from the kinds' records through `formats.py`."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import UnsupportedFileError
from ..core.exhibit import ItemKind
from .formats import KIND_BY_EXT, extensions

MESH_EXTS = set(extensions(ItemKind.MESH))
IMAGE_EXTS = set(extensions(ItemKind.IMAGE))
VIDEO_EXTS = set(extensions(ItemKind.VIDEO))
AUDIO_EXTS = set(extensions(ItemKind.AUDIO))
TEXT_EXTS = set(extensions(ItemKind.TEXT))

# Formats curators bring that are not read, with what to do instead (one line).
_CONVERT_HINT = {
    ".dae": "COLLADA is not read; export it as GLB (Blender: File > Export > glTF 2.0)",
    ".fbx": "FBX is not read; export it as GLB (Blender: File > Export > glTF 2.0)",
    ".blend": "Blender files are not read; export as GLB (File > Export > glTF 2.0)",
    ".usdz": "USDZ is not read; convert it to GLB",
    ".zip": "unpack the archive and attach the model file inside it",
}


def kind_of(path: str | Path) -> ItemKind:
    ext = Path(path).suffix.lower()
    if ext in KIND_BY_EXT:
        return KIND_BY_EXT[ext]
    if ext in _CONVERT_HINT:
        raise UnsupportedFileError(_CONVERT_HINT[ext], path=path)
    known = " ".join(sorted(KIND_BY_EXT))
    raise UnsupportedFileError(f"files ending in '{ext or '(none)'}' cannot be attached; known: {known}", path=path)
