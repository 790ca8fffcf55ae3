"""exhibit.json <-> Exhibit, with every shape error turned into a typed error naming the field.

The reader never trusts the file: any JSON value at any place yields either an Exhibit or a
ProjectError (tests fuzz it with hypothesis).
"""

from __future__ import annotations

import math
from enum import Enum
from typing import Any, TypeVar, overload
from collections.abc import Callable

from .errors import CorruptProjectError, InvalidValueError, MuseumArError, SchemaVersionError
from .exhibit import (
    Exhibit,
    ImageTarget,
    Item,
    ItemKind,
    Marker,
    Mount,
    Playback,
    check_marker_id,
    check_marker_size,
    check_transform,
    check_unique_ids,
)
from .item_kinds import check_item_asset
from .localized import LocalizedText
from .transform import Quat, Transform, Vec3

SCHEMA_VERSION = 1
T = TypeVar("T")


# ---------------------------------------------------------------- writing


MAX_TEXT_CHARS = 20_000  # one text field; a long wall text is ~3,000
MAX_ID_CHARS = 200
_EXHIBIT_KEYS = {"schema_version", "id", "title", "description", "publish_url", "languages", "markers"}
_MARKER_KEYS = {"id", "label", "size_mm", "mount", "items", "target"}
_ITEM_KEYS = {"id", "kind", "asset", "source_name", "thumbnail", "poster", "transform", "title", "caption", "description", "playback", "visible", "info"}


def check_text(value: str, where: str, max_chars: int = MAX_TEXT_CHARS, source: str | None = None) -> str:
    """The one text policy (exhibit.json, CLI options, export): valid Unicode (no lone
    surrogates, no NUL) and at most max_chars characters."""
    if len(value) > max_chars:
        raise InvalidValueError(f"is {len(value):,} characters long; at most {max_chars:,} are allowed", path=source, field=where)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError("contains an invalid character (a lone surrogate); fix the text", path=source, field=where) from None
    if "\x00" in value:
        raise InvalidValueError("contains a NUL character", path=source, field=where)
    return value


def check_publish_url(url: str, source: str | None = None) -> str:
    """The publish address goes into every QR code: empty, or an http(s) address (never
    javascript:, data:, file: ...), without spaces or control characters."""
    check_text(url, "publish_url", 2000, source)
    if url and (not url.lower().startswith(("https://", "http://")) or any(c.isspace() or ord(c) < 32 for c in url)):
        raise InvalidValueError(f"'{url[:80]}' is not an http:// or https:// address", path=source, field="publish_url")
    return url


def _with_unknown(known: dict[str, Any], unknown: dict[str, Any] | None) -> dict[str, Any]:
    """Fields a newer version wrote, which this one does not know, are kept as they were."""
    if not unknown:
        return known
    return {**{k: v for k, v in unknown.items() if k not in known}, **known}


def exhibit_to_json(ex: Exhibit) -> dict[str, Any]:
    unknown = getattr(ex, "unknown_fields", None) or {}
    out = {
        "schema_version": SCHEMA_VERSION,
        "id": ex.id,
        "title": ex.title.to_json(),
        "description": ex.description.to_json(),
        "publish_url": ex.publish_url,
        "languages": list(ex.languages),
        "markers": [_marker_to_json(m, unknown) for m in ex.markers],
    }
    return _with_unknown(out, unknown.get(""))


def _marker_to_json(m: Marker, unknown: dict) -> dict[str, Any]:
    out = {
        "id": m.id,
        "label": m.label.to_json(),
        "size_mm": m.size_mm,
        "mount": m.mount.value,
        "items": [_item_to_json(it, unknown) for it in m.items],
    }
    if m.target is not None:  # additive: QR-card markers are written exactly as before
        t = m.target
        target: dict[str, Any] = {"image": t.image, "width_mm": t.width_mm}
        if t.crop is not None:
            target["crop"] = list(t.crop)
        if t.outline:  # written only when chosen: other artworks save byte for byte as before
            target["outline"] = True
        out["target"] = target
    return _with_unknown(out, unknown.get(f"marker:{m.id}"))


def playback_to_json(p: Playback) -> dict[str, Any]:
    """An item's playback options (exhibit.json and the bundle manifest alike). The clip choice is
    written only when made: projects that never chose a clip save byte for byte as before, and an
    older museum-ar, which does not read it, plays the first clip as it always did."""
    out: dict[str, Any] = {"autoplay": p.autoplay, "loop": p.loop, "tap_to_play": p.tap_to_play}
    if p.clip:
        out["clip"] = p.clip
    if p.all_clips:
        out["all_clips"] = True
    return out


def _item_to_json(it: Item, unknown: dict) -> dict[str, Any]:
    return _with_unknown({
        "id": it.id,
        "kind": it.kind.value,
        "asset": it.asset,
        "source_name": it.source_name,
        "thumbnail": it.thumbnail,
        "poster": it.poster,
        "transform": {
            "translation": list(it.transform.translation),
            "rotation": list(it.transform.rotation),
            "scale": list(it.transform.scale),
        },
        "title": it.title.to_json(),
        "caption": it.caption.to_json(),
        "description": it.description.to_json(),
        "playback": playback_to_json(it.playback),
        "visible": it.visible,
        "info": it.info,
    }, unknown.get(f"item:{it.id}"))


# ---------------------------------------------------------------- reading


class _Reader:
    """Reads one JSON object, remembering where it is so errors can name the field."""

    def __init__(self, data: Any, where: str, source: str | None):
        if not isinstance(data, dict):
            raise CorruptProjectError(f"expected an object, got {type(data).__name__}", path=source, field=where or None)
        self.data = data
        self.where = where
        self.source = source

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, msg: str) -> MuseumArError:
        return InvalidValueError(msg, path=self.source, field=self.path(key))

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, nullable: bool = False) -> Any:
        if key not in self.data:
            if default is ...:
                raise CorruptProjectError("is missing", path=self.source, field=self.path(key))
            return default
        value = self.data[key]
        if value is None and nullable:
            return None
        # bool is an int in Python; a JSON true must not pass as a number.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(key, f"expected {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got {_json_type(value)}")
        if isinstance(value, str):
            check_text(value, self.path(key), source=self.source)
        return value

    def raw(self, key: str) -> Any:
        """The value as it is (a check of its own names the wrong type); missing: CorruptProjectError."""
        if key not in self.data:
            raise CorruptProjectError("is missing", path=self.source, field=self.path(key))
        return self.data[key]

    def text(self, key: str) -> LocalizedText:
        raw = self.get(key, (dict, str), default={})
        if isinstance(raw, str):  # a plain string is taken as German, the houses' first language
            return LocalizedText({"de": raw} if raw else {})
        for lang, value in raw.items():
            if not isinstance(value, str):
                raise self.fail(f"{key}.{lang}", f"expected a string, got {_json_type(value)}")
            check_text(lang, self.path(f"{key}"), 16, self.source)
            check_text(value, self.path(f"{key}.{lang}"), source=self.source)
        return LocalizedText(dict(raw))

    def child(self, key: str, default: Any = ...) -> _Reader:
        return _Reader(self.get(key, dict, default), self.path(key), self.source)

    def numbers(self, key: str, n: int, default: tuple) -> tuple[float, ...]:
        raw = self.get(key, list, default=list(default))
        if len(raw) != n:
            raise self.fail(key, f"expected {n} numbers, got {len(raw)}")
        out = []
        for i, v in enumerate(raw):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise self.fail(f"{key}[{i}]", f"expected a finite number, got {v!r}")
            out.append(float(v))
        return tuple(out)

    def vec3(self, key: str, default: Vec3) -> Vec3:
        x, y, z = self.numbers(key, 3, default)  # numbers() has checked there are 3
        return (x, y, z)

    def quat(self, key: str, default: Quat) -> Quat:
        x, y, z, w = self.numbers(key, 4, default)  # numbers() has checked there are 4
        return (x, y, z, w)

    def enum(self, key: str, enum_type: type[Enum], default: Any = ...) -> Any:
        raw = self.get(key, str, default)
        if not isinstance(raw, str):
            return raw
        try:
            return enum_type(raw)
        except ValueError:
            allowed = ", ".join(e.value for e in enum_type)
            raise self.fail(key, f"'{raw}' is not one of: {allowed}") from None


def exhibit_from_json(data: Any, source: str | None = None) -> Exhibit:
    """Build an Exhibit from parsed exhibit.json (already migrated to SCHEMA_VERSION)."""
    r = _Reader(data, "", source)
    version = r.get("schema_version", int)
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(f"schema_version {version} where {SCHEMA_VERSION} was expected", path=source)
    languages = r.get("languages", list, default=["de", "en"])
    if not languages or not all(isinstance(x, str) and 2 <= len(x) <= 8 for x in languages):
        raise r.fail("languages", "expected a non-empty list of language codes such as \"de\"")
    markers_raw = r.get("markers", list, default=[])
    ex = Exhibit(
        id=r.get("id", str),
        title=r.text("title"),
        description=r.text("description"),
        publish_url=check_publish_url(r.get("publish_url", str, default=""), source),
        languages=list(languages),
        markers=[_marker_from_json(_Reader(m, f"markers[{i}]", source)) for i, m in enumerate(markers_raw)],
    )
    _attach_source(lambda: check_unique_ids(ex), source)
    ex.unknown_fields = _unknown_fields(data)  # type: ignore[attr-defined]
    return ex


def _unknown_fields(data: dict) -> dict[str, dict]:
    """Fields this version does not read, by place ('' for the exhibit, 'marker:ID', 'item:ID')."""
    out: dict[str, dict] = {}
    top = {k: v for k, v in data.items() if k not in _EXHIBIT_KEYS}
    if top:
        out[""] = top
    for m in data.get("markers", []):
        extra = {k: v for k, v in m.items() if k not in _MARKER_KEYS}
        if extra:
            out[f"marker:{m['id']}"] = extra
        for it in m.get("items", []):
            extra = {k: v for k, v in it.items() if k not in _ITEM_KEYS}
            if extra:
                out[f"item:{it['id']}"] = extra
    return out


def _marker_from_json(r: _Reader) -> Marker:
    marker_id = _attach_source(lambda: check_marker_id(r.get("id", str), r.path("id")), r.source)
    target = _target_from_json(r)
    if target is not None:  # an artwork's size is its own width (murals exceed a card's range)
        size = target.width_mm
    else:
        size = _attach_source(lambda: check_marker_size(r.raw("size_mm"), r.path("size_mm")), r.source)
    items_raw = r.get("items", list, default=[])
    return Marker(
        id=marker_id,
        size_mm=size,
        label=r.text("label"),
        mount=r.enum("mount", Mount, default="table"),
        items=[_item_from_json(_Reader(it, r.path(f"items[{j}]"), r.source)) for j, it in enumerate(items_raw)],
        target=target,
    )


def _target_from_json(r: _Reader) -> ImageTarget | None:
    """The optional image target of a marker (absent: a QR card)."""
    if r.get("target", dict, default=None, nullable=True) is None:
        return None
    t = r.child("target")
    image = _check_rel_path(t, "image", t.get("image", str))
    width = _attach_source(lambda: check_marker_size(t.raw("width_mm"), t.path("width_mm"), artwork=True), t.source)
    crop_raw = t.get("crop", list, default=None, nullable=True)
    crop = None
    if crop_raw is not None:
        if len(crop_raw) != 4 or not all(isinstance(v, int) and not isinstance(v, bool) for v in crop_raw) or crop_raw[2] <= 0 or crop_raw[3] <= 0 or min(crop_raw[:2]) < 0:
            raise t.fail("crop", f"must be [x, y, width, height] in whole image pixels, not {crop_raw!r}")
        crop = tuple(crop_raw)
    outline = t.get("outline", bool, default=False)
    return ImageTarget(image=image, width_mm=width, crop=crop, outline=outline)


def _item_from_json(r: _Reader) -> Item:
    t = r.child("transform", default={})
    transform = Transform(
        t.vec3("translation", (0.0, 0.0, 0.0)),
        t.quat("rotation", (0.0, 0.0, 0.0, 1.0)),
        t.vec3("scale", (1.0, 1.0, 1.0)),
    )
    _attach_source(lambda: check_transform(transform, t.where), r.source)
    p = r.child("playback", default={})
    kind = r.enum("kind", ItemKind)
    item_id = r.get("id", str)
    if not item_id:
        raise r.fail("id", "must not be empty")
    asset = r.get("asset", str, default=None, nullable=True)
    check_item_asset(kind, asset, r.path("asset"), r.source)
    return Item(
        kind=kind,
        id=item_id,
        asset=_check_rel_path(r, "asset", asset),
        source_name=r.get("source_name", str, default=""),
        thumbnail=_check_rel_path(r, "thumbnail", r.get("thumbnail", str, default=None, nullable=True)),
        poster=_check_rel_path(r, "poster", r.get("poster", str, default=None, nullable=True)),
        transform=transform,
        title=r.text("title"),
        caption=r.text("caption"),
        description=r.text("description"),
        playback=Playback(
            autoplay=p.get("autoplay", bool, default=False),
            loop=p.get("loop", bool, default=False),
            tap_to_play=p.get("tap_to_play", bool, default=True),
            clip=p.get("clip", str, default=""),
            all_clips=p.get("all_clips", bool, default=False),
        ),
        visible=r.get("visible", bool, default=True),
        info=r.get("info", dict, default={}),
    )


@overload
def _check_rel_path(r: _Reader, key: str, value: str) -> str: ...
@overload
def _check_rel_path(r: _Reader, key: str, value: None) -> None: ...
@overload
def _check_rel_path(r: _Reader, key: str, value: str | None) -> str | None: ...
def _check_rel_path(r: _Reader, key: str, value: str | None) -> str | None:
    """Asset references stay inside the project: no absolute paths, no '..', forward slashes."""
    if value is None:
        return None
    parts = value.split("/")
    if not value or value.startswith("/") or "\\" in value or ":" in value or any(p in ("", ".", "..") for p in parts):
        raise r.fail(key, f"'{value}' is not a path inside the project")
    return value


def _attach_source(fn: Callable[[], T], source: str | None) -> T:
    try:
        return fn()
    except MuseumArError as e:
        if e.path is None and source is not None:
            raise type(e)(e.detail, path=source, field=e.field, code=e.code, params=e.params) from None
        raise


def _kind_name(kind) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false"}
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )
