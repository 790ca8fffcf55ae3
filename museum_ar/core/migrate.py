"""Bring an older exhibit.json forward to the current schema; refuse a newer one.

Each step takes the parsed JSON of version N and returns version N+1. Steps never touch the file:
the migrated exhibit is written back only when the curator saves.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from .errors import CorruptProjectError, SchemaVersionError
from .schema import SCHEMA_VERSION


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the first prototype) stored the printed size in metres as `size_m` and had no
    language list."""
    data = dict(data)
    data.setdefault("languages", ["de", "en"])
    markers = []
    for m in data.get("markers", []) if isinstance(data.get("markers"), list) else []:
        if isinstance(m, dict) and "size_m" in m and "size_mm" not in m:
            m = dict(m)
            size_m = m.pop("size_m")
            m["size_mm"] = size_m * 1000.0 if isinstance(size_m, (int, float)) and not isinstance(size_m, bool) else size_m
        markers.append(m)
    if "markers" in data:
        data["markers"] = markers
    data["schema_version"] = 1
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}

# Item facts that early versions of the app recorded under another name (Item.info is free-form,
# so no schema version marks them): read under the one name the code uses.
#   bounds: [[x, y, z], [x, y, z]]  ->  bounding_box_m: {"min": [...], "max": [...]}
#   duration (seconds)              ->  duration_s


def _one_spelling_of_item_facts(data: dict[str, Any]) -> dict[str, Any]:
    for m in data.get("markers", []) if isinstance(data.get("markers"), list) else []:
        for it in m.get("items", []) if isinstance(m, dict) and isinstance(m.get("items"), list) else []:
            info = it.get("info") if isinstance(it, dict) else None
            if not isinstance(info, dict):
                continue
            bounds = info.pop("bounds", None)
            if isinstance(bounds, list) and len(bounds) == 2 and "bounding_box_m" not in info:
                info["bounding_box_m"] = {"min": bounds[0], "max": bounds[1]}
            duration = info.pop("duration", None)
            if duration is not None and "duration_s" not in info:
                info["duration_s"] = duration
    return data


def migrate(data: Any, source: str | None = None) -> tuple[dict[str, Any], int]:
    """Returns (data at SCHEMA_VERSION, the version it was read at)."""
    if not isinstance(data, dict):
        raise CorruptProjectError("exhibit.json must hold a JSON object", path=source)
    version = data.get("schema_version", 0 if "markers" in data and "id" in data else None)
    if isinstance(version, bool) or not isinstance(version, int):
        raise SchemaVersionError(f"schema_version is missing or not a whole number ({version!r})", path=source)
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"written by a newer museum-ar (schema {version}; this version reads up to {SCHEMA_VERSION}). "
            "Update museum-ar to open it",
            path=source,
        )
    if version < 0:
        raise SchemaVersionError(f"schema_version {version} is not a valid version", path=source)
    original = version
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return _one_spelling_of_item_facts(data), original
