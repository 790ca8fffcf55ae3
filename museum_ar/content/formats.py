"""The content layer's one table per kind of item (its part of the item-kind registry,
core/item_kinds.py): the file formats that become the kind and the importer that makes the item.

Everything else is derived from it: which kind of item a file becomes (`kinds.kind_of`), which
magic bytes a file with that name may start with (`mesh_checks`), what a mesh format says about its
unit and up axis (`mesh_import`), which loader reads it, and the file-dialog filter the app offers
(`dialog_filter()`), and how importer.py imports a file of the kind. Before this table there were
four hand-kept lists that disagreed (the dialog offered `.dae`, the import refused it), and the
importers were a second table beside it.

An importer is named "module:function" inside museum_ar.content (importer.py resolves the names
when it is imported): the mesh importer reads this table itself, so the table cannot import it.
It is called as `importer(source, options, staging, progress) -> info` and stages the item's files
("asset", "thumbnail", "poster"); two keys are taken out of the info it returns: "item_kind" (an
animated GIF comes back as a video) and "item_text" (the text of a text item). Every ItemKind has
an entry (tests/core/test_item_kinds.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind


@dataclass(frozen=True)
class Format:
    ext: str  # with the dot, lower case
    kind: ItemKind
    name: str  # how a curator knows it
    magic: tuple[str, ...] = ()  # sniff() names its bytes may have ("GLB", "ZIP"); () = text, no magic
    unit: str | None = None  # unit the format's specification fixes (glTF: metres); None = not stated
    up: str = "y"  # up axis by convention: "y", "z", or "?" (unknown: decided from the mesh)
    loader: str = ""  # mesh loader: "obj" (ours, falls back to trimesh), or a trimesh file type
    usual_unit: str | None = None  # not stated, but what files of this format nearly always use (proposed first)


@dataclass(frozen=True)
class ContentKind:
    kind: ItemKind
    importer: str  # "module:function" in museum_ar.content (see above)
    formats: tuple[Format, ...]  # the files that become an item of this kind (each Format names the kind too)

    def __post_init__(self) -> None:
        wrong = [f.ext for f in self.formats if f.kind is not self.kind]
        if wrong or not self.formats:
            raise ValueError(f"content kind {self.kind.value}: formats {wrong or '(none)'} do not name it")


_M, _I, _V, _A, _T = ItemKind.MESH, ItemKind.IMAGE, ItemKind.VIDEO, ItemKind.AUDIO, ItemKind.TEXT

CONTENT_KINDS: dict[ItemKind, ContentKind] = {c.kind: c for c in (
    ContentKind(_M, "mesh_import:import_mesh", (
        # OBJ, PLY and OFF state no unit and no up axis: scanners and CAD often write Z up,
        # Blender/Meshroom exports Y up; "?" lets the mesh itself decide (mesh_orient.guess_up).
        Format(".glb", _M, "glTF binary", ("GLB",), unit="m", up="y", loader="glb"),
        Format(".gltf", _M, "glTF", (), unit="m", up="y", loader="gltf"),
        Format(".obj", _M, "Wavefront OBJ", (), up="?", loader="obj"),
        Format(".stl", _M, "STL", (), up="z", loader="stl", usual_unit="mm"),  # CAD, CT and 3D printing: Z up, millimetres
        Format(".ply", _M, "PLY", (), up="?", loader="ply"),
        Format(".off", _M, "OFF", (), up="?", loader="off"),
        Format(".3mf", _M, "3MF", ("ZIP",), unit="mm", up="z", loader="3mf"),  # the spec's default unit
    )),
    ContentKind(_I, "images:import_image", (
        Format(".png", _I, "PNG", ("PNG",)),
        Format(".jpg", _I, "JPEG", ("JPEG",)),
        Format(".jpeg", _I, "JPEG", ("JPEG",)),
        Format(".webp", _I, "WebP", ("WebP",)),
        Format(".gif", _I, "GIF", ("GIF",)),
        Format(".bmp", _I, "BMP", ("BMP",)),
        Format(".tif", _I, "TIFF", ("TIFF",)),
        Format(".tiff", _I, "TIFF", ("TIFF",)),
        Format(".heic", _I, "HEIC (iPhone photo)", ("MP4",)),  # ISO-BMFF like MP4: images.py checks the brand
        Format(".heif", _I, "HEIF", ("MP4",)),
        Format(".hif", _I, "HEIF", ("MP4",)),
        Format(".svg", _I, "SVG drawing", ()),  # rasterised on import (svg.py)
    )),
    ContentKind(_V, "media:import_video", (
        Format(".mp4", _V, "MP4", ("MP4",)),
        Format(".m4v", _V, "MP4", ("MP4",)),
        Format(".mov", _V, "QuickTime", ("MP4",)),
        Format(".webm", _V, "WebM", ("Matroska",)),
        Format(".mkv", _V, "Matroska", ("Matroska",)),
        Format(".avi", _V, "AVI", ("AVI",)),
    )),
    ContentKind(_A, "media:import_audio", (
        Format(".wav", _A, "WAV", ("WAV",)),
        Format(".mp3", _A, "MP3", ("MP3",)),
        Format(".ogg", _A, "Ogg", ("Ogg",)),
        Format(".oga", _A, "Ogg", ("Ogg",)),
        Format(".opus", _A, "Opus", ("Ogg",)),
        Format(".flac", _A, "FLAC", ("FLAC",)),
        Format(".m4a", _A, "M4A", ("MP4",)),
        Format(".aac", _A, "AAC", ()),
    )),
    ContentKind(_T, "importer:import_text", (
        Format(".txt", _T, "text", ()),
        Format(".md", _T, "Markdown", ()),
    )),
)}

FORMATS: tuple[Format, ...] = tuple(f for c in CONTENT_KINDS.values() for f in c.formats)

BY_EXT: dict[str, Format] = {f.ext: f for f in FORMATS}


def format_of(ext: str) -> Format | None:
    return BY_EXT.get(ext.lower())


def extensions(kind: ItemKind | None = None) -> list[str]:
    return [f.ext for f in FORMATS if kind is None or f.kind is kind]


def dialog_filter(content_label: str = "Content", all_label: str = "All files") -> str:
    """A Qt file-dialog filter listing every format the import accepts (labels translated by the
    caller), e.g. "Content (*.glb *.gltf …);;All files (*)"."""
    patterns = " ".join(f"*{e}" for e in extensions())
    return f"{content_label} ({patterns});;{all_label} (*)"
