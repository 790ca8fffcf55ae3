"""Which kind of item a file becomes, from its name (the content pipeline then checks the bytes)."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import UnsupportedFileError
from ..core.exhibit import ItemKind

MESH_EXTS = {".obj", ".stl", ".ply", ".off", ".glb", ".gltf", ".3mf", ".dae", ".fbx", ".zip"}
IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".hif", ".svg"}
VIDEO_EXTS = {".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi"}
AUDIO_EXTS = {".wav", ".mp3", ".ogg", ".oga", ".flac", ".m4a", ".aac", ".opus"}
TEXT_EXTS = {".txt", ".md"}

_BY_EXT = {
    **{e: ItemKind.MESH for e in MESH_EXTS - {".zip", ".fbx"}},
    **{e: ItemKind.IMAGE for e in IMAGE_EXTS},
    **{e: ItemKind.VIDEO for e in VIDEO_EXTS},
    **{e: ItemKind.AUDIO for e in AUDIO_EXTS},
    **{e: ItemKind.TEXT for e in TEXT_EXTS},
}


def kind_of(path: str | Path) -> ItemKind:
    ext = Path(path).suffix.lower()
    try:
        return _BY_EXT[ext]
    except KeyError:
        known = " ".join(sorted(_BY_EXT))
        raise UnsupportedFileError(f"files ending in '{ext or '(none)'}' cannot be attached; known: {known}", path=path) from None
