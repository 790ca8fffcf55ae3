"""A model's animation clips as the app names and chooses them, for every reader of the choice
(the inspector, the desktop preview's poser, the export; viewer/src/clips.js is the tablet's copy
of the same two rules).

- Names: a glTF animation's own `name`; an unnamed one is "animation N" (N from 1, as the import
  info has always listed it); a name seen before gets " (2)", " (3)" … so every clip can be chosen.
- Choice (an item's `Playback.clip` / `all_clips`): all clips together; else the clip of that
  name; else (no name given, or a name the model no longer has, e.g. after its file changed) the
  first clip, as model-viewer and three.js' examples play when nothing is chosen."""

from __future__ import annotations

from typing import Any


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
