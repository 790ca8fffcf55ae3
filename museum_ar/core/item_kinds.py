"""The kinds of item, one record each: what a kind stores, what core checks about it, its name,
its icon in the app and how it is shown.

This is the core's part of the item-kind registry. A kind is shown as one of SHOWN_AS (today
each of the five first kinds is its own: a model, a picture, a video, a sound, a text label); the
layers that behave differently per kind keep one table keyed by that, next to the code it
dispatches to (core imports nothing of ours, so the tables cannot live here), and derive their
per-kind table from the record's `shown_as`:

    render    render/scene.py      DRAW_AS -> DRAWERS: a DrawItem
    export    export/item_kinds.py BUNDLE_AS -> BUNDLE_KINDS: tablet formats, captions, compression, its USDZ part
    qt        qt/item_kinds.py     QT_KINDS: icon (the record's colour and symbol), badge, preview playback
    viewer    viewer/src/kinds.js  KINDS: its AR object, list card, controls under the AR view (the
                                   manifest's `kinds` carries each kind's `shown_as` to the viewer)

The record also lists the files that become the kind (`formats`, plain data: core/file_formats.py)
and names its importer (`importer`, "module:function" in museum_ar.content: core names it as data
and imports nothing; content/importer.py resolves it), so content keeps no table per kind. A kind
shown as an existing presentation touches none of the tables above.

Everything else is derived from this record: the app names a kind by `labels` (qt/i18n.py
`kind_name`), the bundle's manifest carries the `labels` and `shown_as` of the kinds it holds to
the viewer (`kinds`), the manifest schema's `kind` enum is ITEM_KINDS (export/manifest.py fills it
in), content's extension lookups and the file dialog come from `formats` (content/formats.py), and
docs/content.md's table of kinds from `formats` and `becomes` (scripts/kinds_table.py).

tests/core/test_item_kinds.py fails, naming the layer, when a kind or presentation is missing from
any table. The checklist for a new kind is in CONTRIBUTING.md ("Adding an item kind").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .errors import InvalidValueError
from .file_formats import Format


class ItemKind(str, Enum):
    MESH = "mesh"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    TEXT = "text"


# How a kind can be shown: the render, export and viewer tables hold one entry for each.
SHOWN_AS = ("mesh", "image", "video", "audio", "text")

# The Item fields every kind has (identity, placement, texts, playback, visibility, import facts).
COMMON_FIELDS = frozenset({"kind", "id", "source_name", "thumbnail", "transform", "title", "caption", "description", "playback", "visible", "info"})


@dataclass(frozen=True)
class KindSpec:
    kind: ItemKind
    labels: dict[str, str] = field(hash=False)  # its name by language ("de", "en"): the app's tree and inspector, the viewer's list (via the manifest)
    shown_as: str  # one of SHOWN_AS: how the app's view, the bundle and the viewer show it
    colour: str  # the app's icon for it: its symbol on this colour (qt/icons.py symbol_icon)
    symbol: str
    needs_asset: bool  # an item of this kind without an asset file is refused (exhibit.json, commands)
    fields: frozenset[str]  # the Item fields beyond COMMON_FIELDS that hold its content
    info_keys: frozenset[str]  # Item.info keys other parts read (import records more; all is kept)
    spatial: bool  # placed at its transform in the AR scene (the gizmo moves it)
    timed: bool  # plays (autoplay / loop / tap to play apply; the inspector shows them)
    default_size: str  # "own": its file's size in metres (info size_m); "unit-wide": 1 unit wide, height by aspect;
    #                    "label": 0.1 unit per line (render/geometry.py; viewer/src/scene.js matches)
    formats: tuple[Format, ...]  # the files that become it (content/formats.py derives its lookups and the file dialog from them)
    importer: str  # "module:function" in museum_ar.content that makes the item (content/importer.py resolves it; the contract is there)
    becomes: str  # what an import makes of such a file, for docs/content.md's table (scripts/kinds_table.py writes it)

    @property
    def value(self) -> str:
        return self.kind.value

    def label(self, language: str) -> str:
        """Its name in `language` (English when the record has none in it)."""
        return self.labels.get(language) or self.labels["en"]


def _spec(kind: ItemKind, labels: dict[str, str], shown_as: str, icon: tuple[str, str], *, needs_asset: bool, fields: set[str], info_keys: set[str], timed: bool, default_size: str,
          formats: tuple[Format, ...], importer: str, becomes: str, spatial: bool = True) -> KindSpec:
    if shown_as not in SHOWN_AS:
        raise ValueError(f"kind {kind.value}: shown_as {shown_as!r} is not one of {SHOWN_AS}")
    if not formats or not importer.count(":") == 1:
        raise ValueError(f"kind {kind.value}: needs its formats and an importer named 'module:function'")
    return KindSpec(kind, dict(labels), shown_as, *icon, needs_asset, frozenset(fields), frozenset(info_keys), spatial, timed, default_size, formats, importer, becomes)


ITEM_KINDS: dict[ItemKind, KindSpec] = {
    s.kind: s
    for s in (
        _spec(ItemKind.MESH, {"en": "3D model", "de": "3D-Modell"}, "mesh", ("#2f6db5", "◆"), needs_asset=True, fields={"asset"},
              info_keys={"size_m", "size_question", "unit", "unit_source", "up_axis", "metres_per_unit", "bounding_box_m", "animations", "choice_scale"},
              timed=False, default_size="own",  # timed only with animations (info), see qt/inspector.py
              # OBJ, PLY and OFF state no unit and no up axis: scanners and CAD often write Z up,
              # Blender/Meshroom exports Y up; "?" lets the mesh itself decide (mesh_orient.guess_up).
              formats=(
                  Format("glTF binary", (".glb",), ("GLB",), unit="m", up="y", loader="glb"),
                  Format("glTF", (".gltf",), (), unit="m", up="y", loader="gltf"),
                  Format("Wavefront OBJ", (".obj",), (), up="?", loader="obj"),
                  Format("STL", (".stl",), (), up="z", loader="stl", usual_unit="mm"),  # CAD, CT and 3D printing: Z up, millimetres
                  Format("PLY", (".ply",), (), up="?", loader="ply"),
                  Format("OFF", (".off",), (), up="?", loader="off"),
                  Format("3MF", (".3mf",), ("ZIP",), unit="mm", up="z", loader="3mf"),  # the spec's default unit
              ),
              importer="mesh_import:import_mesh",
              becomes="one GLB: metres, Y up, standing on the marker, ≤ budget, all PBR maps ≤ 2048 px as WebP, the file's normals or smooth ones; "
                      "with an OBJ its MTL and textures, with a PLY its vertex/face colours and triangle strips, with a glTF its external .bin and "
                      "images (%-escaped URIs) and Draco, meshopt, quantised, WebP and KTX2/Basis data; a thumbnail"),
        _spec(ItemKind.IMAGE, {"en": "Image", "de": "Bild"}, "image", ("#3b8f4a", "▨"), needs_asset=True, fields={"asset"},
              info_keys={"width", "height", "bounding_box_m"}, timed=False, default_size="unit-wide",
              formats=(
                  Format("PNG", (".png",)),
                  Format("JPEG", (".jpg", ".jpeg")),
                  Format("WebP", (".webp",)),
                  Format("GIF", (".gif",)),
                  Format("BMP", (".bmp",)),
                  Format("TIFF", (".tif", ".tiff")),
                  Format("HEIC (iPhone photo)", (".heic",), ("MP4",)),  # ISO-BMFF like MP4: images.py checks the brand
                  Format("HEIF", (".heif", ".hif"), ("MP4",)),
                  Format("SVG drawing", (".svg",), ()),  # rasterised on import (svg.py)
              ),
              importer="images:import_image",
              becomes="upright (EXIF) 8-bit sRGB PNG or JPEG ≤ 4096 px; drawings stay lossless PNG (see \"Media\" below); a thumbnail"),
        _spec(ItemKind.VIDEO, {"en": "Video", "de": "Video"}, "video", ("#b5482f", "▶"), needs_asset=True, fields={"asset", "poster"},
              info_keys={"width", "height", "duration_s", "animated_from", "bounding_box_m"}, timed=True, default_size="unit-wide",
              formats=(
                  Format("MP4", (".mp4", ".m4v")),
                  Format("QuickTime", (".mov",), ("MP4",)),
                  Format("WebM", (".webm",), ("Matroska",)),
                  Format("Matroska", (".mkv",)),
                  Format("AVI", (".avi",)),
              ),
              importer="media:import_video",
              becomes="H.264 High 4.1 yuv420p + AAC stereo MP4, `+faststart`, ≤ 1920 px, even size, phone rotation applied, HDR tone-mapped to SDR BT.709, "
                      "audio ≤ 48 kHz; an MP4 that already is SDR H.264/AAC 4:2:0 ≤ 48 kHz, upright and small enough is only re-wrapped "
                      "(`info.transcoded = false`); an animated GIF, PNG or WebP becomes a video too; a poster (JPEG, frame at min(1 s, ⅓)) and a thumbnail"),
        _spec(ItemKind.AUDIO, {"en": "Audio", "de": "Ton"}, "audio", ("#8a4fb0", "♪"), needs_asset=True, fields={"asset"},
              info_keys={"duration_s"}, timed=True, default_size="label",  # a ♪ label where it is placed
              formats=(
                  Format("WAV", (".wav",)),
                  Format("MP3", (".mp3",)),
                  Format("Ogg", (".ogg", ".oga")),
                  Format("Opus", (".opus",), ("Ogg",)),
                  Format("FLAC", (".flac",)),
                  Format("M4A", (".m4a",), ("MP4",)),
                  Format("AAC", (".aac",), ()),
              ),
              importer="media:import_audio",
              becomes="AAC in M4A, resampled to 48 kHz when above; a waveform thumbnail"),
        _spec(ItemKind.TEXT, {"en": "Text", "de": "Text"}, "text", ("#a08020", "T"), needs_asset=False, fields=set(),
              info_keys={"characters", "lines"}, timed=False, default_size="label",  # title + description on a label
              formats=(Format("text", (".txt",), ()), Format("Markdown", (".md",), ())),  # UTF-8
              importer="importer:import_text",
              becomes="no file: the text (UTF-8) is the item's German description; a page thumbnail"),
    )
}


def kind_spec(kind: ItemKind) -> KindSpec:
    return ITEM_KINDS[ItemKind(kind)]


def check_item_asset(kind: ItemKind, asset: str | None, field: str = "asset", source: str | None = None) -> None:
    """An item of a kind that needs an asset file must name one (exhibit.json and the commands
    refuse it alike)."""
    if ITEM_KINDS[kind].needs_asset and not asset:
        raise InvalidValueError(f"a {kind.value} item needs an asset file", path=source, field=field)
