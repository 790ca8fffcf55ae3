"""The bundle's manifest.json: what the viewer needs to know about every marker and item, and the
SHA-256 of every file. Versioned, described by a JSON Schema shipped in this package
(schema/manifest-1.schema.json), and validated on export and on verify.

The item kinds come from their core records (core/item_kinds.py), never from a list here or in the
schema file: `manifest_schema()` fills the schema's `kind` enum from ITEM_KINDS, and the manifest's
`kinds` carries the name (de/en) of every kind the bundle holds, which the viewer shows, and how
the viewer shows it (`shown_as`: its record in viewer/src/kinds.js)."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from .. import __version__
from ..core.errors import BundleError
from ..core.exhibit import Exhibit, Item, Marker
from ..core.frames import content_to_marker
from ..core.item_kinds import ITEM_KINDS
from ..core.schema import playback_to_json
from ..markers import MarkerSpec
from ..markers import tracking_params

MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
# The largest manifest.json export writes and verify/serve/the viewer read. 200 items with two full
# 20,000-character texts each stay under it; a bigger file is refused by its size before parsing
# (a 31 MB one used to take 25 s to refuse, in schema validation).
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MANIFEST_VERSION = 1
FORMAT = "museum-ar-bundle"
# Horizontal field of view the viewer assumes for a tablet's rear camera in video mode when the
# browser does not tell it (iPad and common Android tablets film at 60-70 degrees). The tracker
# needs it to turn pixels into metres. One source with the desktop tracker: tracking_params.
DEFAULT_HFOV_DEG = tracking_params.DEFAULT_HFOV_DEG


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"schema/manifest-{MANIFEST_VERSION}.schema.json").read_text("utf-8")
    schema = json.loads(text)
    schema["$defs"]["kind"]["enum"] = [k.value for k in ITEM_KINDS]  # the file leaves it out: one list of kinds, core's
    return schema


def manifest_schema() -> dict[str, Any]:
    """The manifest's JSON Schema as export and verify apply it: the shipped file with the `kind`
    enum filled in from core's ITEM_KINDS (a copy: the caller may change it)."""
    return copy.deepcopy(_schema())


def validate_manifest(data: Any, where: str = MANIFEST_FILE) -> None:
    """Raise BundleError naming the first field that breaks the schema."""
    if not isinstance(data, dict):
        raise BundleError("is not a JSON object", path=where)
    if data.get("format") != FORMAT:
        raise BundleError(f"is not a museum-ar bundle manifest (format {data.get('format')!r})", path=where)
    if data.get("manifest_version") != MANIFEST_VERSION:
        raise BundleError(
            f"has manifest_version {data.get('manifest_version')!r}; this museum-ar reads version {MANIFEST_VERSION}",
            path=where,
        )
    validator = jsonschema.Draft202012Validator(_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        field = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise BundleError(error.message[:300], path=where, field=field)


def marker_image_path(marker: Marker) -> str:
    return f"markers/{marker.id}.png"


def _item_entry(item: Item, bundle_paths: dict[str, str], captions: dict[str, dict[str, str]]) -> dict[str, Any]:
    t = item.transform
    entry: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title.to_json(),
        "caption": item.caption.to_json(),
        "description": item.description.to_json(),
        "transform": {"translation": list(t.translation), "rotation": list(t.rotation), "scale": list(t.scale)},
        "playback": playback_to_json(item.playback),  # with a model's clip choice when one was made
        "visible": item.visible,
    }
    for key in ("asset", "thumbnail", "poster"):
        rel = getattr(item, key)
        if rel:
            entry[key] = bundle_paths[rel]
    if captions.get(item.id):
        entry["captions"] = dict(captions[item.id])
    w, h = item.info.get("width"), item.info.get("height")
    if isinstance(w, (int, float)) and isinstance(h, (int, float)) and w > 0 and h > 0:
        entry["aspect"] = float(w) / float(h)
    d = item.info.get("duration_s")
    if isinstance(d, (int, float)) and d >= 0:
        entry["duration_s"] = float(d)
    return entry


def build_manifest(exhibit: Exhibit, bundle_paths: dict[str, str], hfov_deg: float = DEFAULT_HFOV_DEG, captions: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """The manifest without its `files` table (the writer adds it once every file is written).
    bundle_paths maps project-relative asset paths to bundle-relative ones; captions maps item
    ids to {language: bundle path of a WebVTT file}."""
    captions = captions or {}
    markers = []
    for m in exhibit.markers:
        spec = MarkerSpec.of(m, exhibit)
        layout = spec.layout
        markers.append(
            {
                "id": spec.id,
                "size_mm": spec.size_mm,
                "edge_m": spec.edge_m,
                "mount": m.mount.value,
                "label": m.label.to_json(),
                "payload": spec.payload,
                "layout": {
                    "symbol_modules": layout.symbol_modules,
                    "quiet_modules": layout.quiet_modules,
                    "frame_modules": layout.frame_modules,
                    "units": layout.units,
                    "symbol_offset": layout.symbol_offset,
                },
                "modules": ["".join("1" if v else "0" for v in row) for row in spec.modules],
                "content_to_marker": [float(v) for v in content_to_marker(m.mount).reshape(-1)],
                "image": marker_image_path(m),
                "items": [_item_entry(it, bundle_paths, captions) for it in m.items],
            }
        )
    return {
        "format": FORMAT,
        "manifest_version": MANIFEST_VERSION,
        "generator": f"museum-ar {__version__}",
        "exhibit": {
            "id": exhibit.id,
            "title": exhibit.title.to_json(),
            "description": exhibit.description.to_json(),
            "publish_url": exhibit.publish_url,
            "languages": list(exhibit.languages),
        },
        "markers": markers,
        # The name of each kind of item the bundle holds, in German and English, from its core
        # record: the viewer shows it (list view) and needs no words of its own per kind.
        "kinds": {k.value: {"label": dict(spec.labels), "shown_as": spec.shown_as} for k, spec in ITEM_KINDS.items() if any(it.kind is k for _, it in exhibit.items())},
        "files": {},
        "viewer": {"hfov_deg": hfov_deg},
        # The tracker's parameters (identity, filter, pose), copied from the one Python source so
        # the tablet tracks as the desktop does; the viewer hard-codes none of them.
        "tracking": tracking_params.as_manifest(),
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
