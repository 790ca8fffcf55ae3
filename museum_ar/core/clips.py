"""A model's animation clips as the app names and chooses them, for every reader of the choice
(the inspector, the desktop preview's poser, the export; viewer/src/clips.js is the tablet's copy
of the same two rules).

- Names: a glTF animation's own `name`; an unnamed one is "animation N" (N from 1, as the import
  info has always listed it); a name seen before gets " (2)", " (3)" … so every clip can be chosen.
- Choice (an item's `Playback.clip` / `all_clips`): all clips together; else the clip of that
  name; else (no name given, or a name the model no longer has, e.g. after its file changed) the
  first clip, as model-viewer and three.js' examples play when nothing is chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .glb import read_glb_json

if TYPE_CHECKING:
    from .exhibit import Item


def clip_names(doc: dict[str, Any]) -> list[str]:
    """The names of a glTF document's animations, in file order, unique."""
    out: list[str] = []
    animations = doc.get("animations") if isinstance(doc, dict) else None
    for i, a in enumerate(animations if isinstance(animations, list) else []):
        name = a.get("name") if isinstance(a, dict) else None
        base = name if isinstance(name, str) and name else f"animation {i + 1}"
        unique, k = base, 2
        while unique in out:
            unique, k = f"{base} ({k})", k + 1
        out.append(unique)
    return out


def chosen_clips(names: list[str], clip: str = "", all_clips: bool = False) -> list[int]:
    """The indices of the clips that play (empty: the model has none)."""
    if not names:
        return []
    if all_clips:
        return list(range(len(names)))
    return [names.index(clip)] if clip in names else [0]


def clip_missing(names: list[str], clip: str = "", all_clips: bool = False) -> bool:
    """A named clip the model does not have (the first plays instead: the inspector says so)."""
    return bool(names) and not all_clips and bool(clip) and clip not in names


_names_cache: dict[tuple[str, int, int], list[str]] = {}


def model_clip_names(root: Path, item: Item) -> list[str]:
    """The clips of the item's model, read from its GLB's JSON (the file is what the preview and
    the tablet play); the import's list when the file cannot be read. Cached per file state: the
    inspector asks on every edit."""
    if item.asset:
        path = Path(root) / item.asset
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None:
            key = (str(path), st.st_mtime_ns, st.st_size)
            if key not in _names_cache:
                doc = read_glb_json(path)
                _names_cache[key] = clip_names(doc) if doc is not None else []
            if _names_cache[key]:
                return _names_cache[key]
    listed = item.info.get("animations")
    return [str(n) for n in listed] if isinstance(listed, list) else []
