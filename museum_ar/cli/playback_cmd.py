"""`museum-ar playback`: how an item that plays (video, sound, an animated model) behaves on the
tablet — autoplay, loop, tap to play, and which of a model's animation clips plays — as the app's
inspector sets it. Without options it shows the item's playback. The item is named by its id or
by the file name it came from (`info` lists both)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..core import commands as cmd
from ..core.clips import clip_missing, model_clip_names
from ..core.errors import InvalidValueError, UnknownIdError
from ..core.exhibit import Exhibit, Item, Playback
from ..core.item_kinds import kind_spec
from ..core.project import load_project


def register(sub) -> None:
    p = sub.add_parser("playback", help="show or set how a video, sound or animated model plays on the tablet")
    p.add_argument("dir", type=Path)
    p.add_argument("item", help="the item's id, or the name of the file it came from (museum-ar info lists both)")
    for name, what in (("autoplay", "starts by itself when its marker is seen"),
                       ("loop", "starts again at its end"),
                       ("tap-to-play", "a tap on it starts and pauses it")):
        dest = name.replace("-", "_")
        group = p.add_mutually_exclusive_group()
        group.add_argument(f"--{name}", dest=dest, action="store_true", default=None, help=what)
        group.add_argument(f"--no-{name}", dest=dest, action="store_false", default=None, help=f"it does not: the opposite of --{name}")
    clips = p.add_mutually_exclusive_group()
    clips.add_argument("--clip", default=None, metavar="NAME", help="the animation clip of a model that plays, by its name ('' for the first)")
    clips.add_argument("--all-clips", action="store_true", default=None, help="all of a model's animation clips play together")
    p.set_defaults(func=_playback)


def find_item(exhibit: Exhibit, name: str) -> Item:
    """An item by its id, else by the file name it came from (when only one item has it)."""
    for _, it in exhibit.items():
        if it.id == name:
            return it
    same = [it for _, it in exhibit.items() if it.source_name == name]
    if len(same) == 1:
        return same[0]
    if same:
        ids = ", ".join(it.id for it in same)
        raise UnknownIdError(f"{len(same)} items came from '{name}' ({ids}): name the item by its id")
    raise UnknownIdError(f"the exhibit has no item '{name}' (by id or file name; museum-ar info lists them)")


def chosen_playback(root: Path, item: Item, a) -> Playback:
    """The item's playback with the options given; a typed error for an option that cannot apply."""
    spec = kind_spec(item.kind)
    clips = model_clip_names(root, item) if item.kind.value == "mesh" else []
    plays = spec.timed or bool(clips)
    changes = {k: getattr(a, k) for k in ("autoplay", "loop", "tap_to_play") if getattr(a, k) is not None}
    if (changes or a.clip is not None or a.all_clips) and not plays:
        what = "a model without animation" if item.kind.value == "mesh" else f"of kind {item.kind.value}"
        raise InvalidValueError(f"item '{item.id}' ({item.source_name or item.id}) is {what}: nothing of it plays", field="playback")
    if a.clip is not None or a.all_clips:
        if not clips:
            raise InvalidValueError(f"item '{item.id}' has no animation clips to choose from", field="--clip")
        if a.all_clips:
            changes.update(clip="", all_clips=True)
        else:
            if clip_missing(clips, a.clip):
                raise InvalidValueError(f"the model of item '{item.id}' has no clip '{a.clip}'; its clips: "
                                        + ", ".join(f"'{n}'" for n in clips), field="--clip")
            changes.update(clip=a.clip, all_clips=False)
    return replace(item.playback, **changes)


def playback_text(root: Path, item: Item) -> str:
    """'autoplay no, loop yes, tap to play yes, clip "Run" (of "Survey", "Walk", "Run")' for the CLI."""
    p = item.playback
    yes = {True: "yes", False: "no"}
    text = f"autoplay {yes[p.autoplay]}, loop {yes[p.loop]}, tap to play {yes[p.tap_to_play]}"
    clips = model_clip_names(root, item) if item.kind.value == "mesh" else []
    if clips:
        if p.all_clips:
            chosen = "all clips together"
        elif clip_missing(clips, p.clip):
            chosen = f"clip '{p.clip}' (not in the model: '{clips[0]}' plays)"
        else:
            chosen = f"clip '{p.clip or clips[0]}'"
        text += f", {chosen} (of " + ", ".join(f"'{n}'" for n in clips) + ")"
    return text


def _playback(a) -> int:
    project = load_project(a.dir, check_assets=False)
    item = find_item(project.exhibit, a.item)
    new = chosen_playback(project.root, item, a)
    if new != item.playback:
        stack = cmd.UndoStack(project.exhibit)
        stack.push(cmd.EditItem(item.id, {"playback": new}))
        project.save()
        print(f"set the playback of {item.source_name or item.id} ({item.id}): {playback_text(project.root, item)}")
    else:
        print(f"{item.source_name or item.id} ({item.id}): {playback_text(project.root, item)}")
    return 0
