"""Undoable edits as command objects, usable without Qt (the GUI wraps them in a QUndoStack-like
front; the CLI applies them and saves).

A command changes the exhibit in `do`, restores it exactly in `undo`, and may `merge` a following
command of the same kind on the same target (dragging a gizmo makes one undo step, not hundreds).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypedDict

from .errors import DuplicateIdError, InvalidValueError, MuseumArError
from .item_kinds import check_item_asset
from .exhibit import Exhibit, Item, Marker, Mount, Playback, check_marker_id, check_marker_size, check_transform
from .localized import LocalizedText
from .transform import Transform


class Command:
    """The contract every command keeps: `do` checks everything first and changes nothing when it
    refuses (raising a typed MuseumArError), so a refused command leaves the exhibit as it was."""

    text = "edit"  # shown in the Edit menu: "Undo <text>"

    def do(self, ex: Exhibit) -> None:
        raise NotImplementedError

    def undo(self, ex: Exhibit) -> None:
        raise NotImplementedError

    def merge(self, other: Command) -> bool:
        """Absorb `other` (already done) into self; True when merged."""
        return False


class UndoStack:
    """Linear history with a clean mark (the state last saved)."""

    def __init__(self, exhibit: Exhibit):
        self.exhibit = exhibit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_at: int | None = 0
        self._merge_open = True

    def push(self, cmd: Command) -> None:
        cmd.do(self.exhibit)
        self._undone.clear()
        if self._clean_at is not None and self._clean_at > len(self._done):
            self._clean_at = None  # the saved state is no longer reachable
        if self._merge_open and self._done and len(self._done) != self._clean_at and self._done[-1].merge(cmd):
            return
        self._done.append(cmd)
        self._merge_open = True

    def end_merge(self) -> None:
        """The next push starts a new undo step (e.g. when the mouse button is released)."""
        self._merge_open = False

    def undo(self) -> bool:
        return self._move(self._done, self._undone, undo=True)

    def redo(self) -> bool:
        return self._move(self._undone, self._done, undo=False)

    def _move(self, source: list[Command], target: list[Command], *, undo: bool) -> bool:
        """Undo and redo are one step: the last command of one list, applied the other way, goes
        onto the other list (and no later push merges into it). False when there is none."""
        if not source:
            return False
        cmd = source.pop()
        if undo:
            cmd.undo(self.exhibit)
        else:
            cmd.do(self.exhibit)
        target.append(cmd)
        self._merge_open = False
        return True

    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def undo_depth(self) -> int:
        """How many steps undo can take back (a gesture merged into one step counts once)."""
        return len(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def is_clean(self) -> bool:
        return self._clean_at == len(self._done)

    def set_clean(self) -> None:
        self._clean_at = len(self._done)
        self._merge_open = False


# ---------------------------------------------------------------- exhibit-level edits


@dataclass
class SetExhibitText(Command):
    field_name: str  # "title" | "description"
    lang: str
    value: str
    _old: LocalizedText | None = None
    text = "edit exhibit text"

    def do(self, ex):
        if self.field_name not in ("title", "description"):
            raise InvalidValueError(f"'{self.field_name}' is not an exhibit text (title, description)", field=self.field_name)
        if not isinstance(self.value, str):
            raise InvalidValueError(f"{self.field_name} must be text, got {type(self.value).__name__}", field=self.field_name)
        self._old = getattr(ex, self.field_name)
        setattr(ex, self.field_name, self._old.with_text(self.lang, self.value))

    def undo(self, ex):
        setattr(ex, self.field_name, self._old)

    def merge(self, other):
        if isinstance(other, SetExhibitText) and (other.field_name, other.lang) == (self.field_name, self.lang):
            self.value = other.value
            return True
        return False


@dataclass
class SetPublishUrl(Command):
    url: str
    _old: str = ""
    text = "change publish address"

    def do(self, ex):
        if not isinstance(self.url, str):
            raise InvalidValueError(f"the publish address must be text, got {type(self.url).__name__}", field="publish_url")
        self._old, ex.publish_url = ex.publish_url, self.url

    def undo(self, ex):
        ex.publish_url = self._old


# ---------------------------------------------------------------- markers


def same_marker_id(a: str, b: str) -> bool:
    """Marker ids name files (markers/<id>.png in bundles and print folders): ids that differ only
    in upper/lower case would overwrite each other on Windows and macOS, so they count as equal."""
    return a.casefold() == b.casefold()


def _duplicate_marker_text(new: str, old: str) -> str:
    if new == old:
        return f"a marker with id '{new}' already exists"
    return (f"a marker with id '{old}' already exists; ids that differ only in upper/lower case "
            f"('{new}') would overwrite each other's files on Windows and macOS")


@dataclass
class AddMarker(Command):
    marker: Marker
    index: int | None = None
    text = "add marker"

    def do(self, ex):
        check_marker_id(self.marker.id)
        if self.marker.target is None:
            check_marker_size(self.marker.size_mm)
        else:  # an artwork's size is its width (schema._target_from_json): the two must agree
            width = check_marker_size(self.marker.target.width_mm, "target.width_mm", artwork=True)
            if self.marker.size_mm != width:
                raise InvalidValueError(f"an artwork marker's size_mm ({self.marker.size_mm!r}) must be its width ({width:g} mm)", field="size_mm")
        clash = next((m for m in ex.markers if same_marker_id(m.id, self.marker.id)), None)
        if clash is not None:
            raise DuplicateIdError(_duplicate_marker_text(self.marker.id, clash.id), field="id")
        ex.markers.insert(len(ex.markers) if self.index is None else self.index, self.marker)

    def undo(self, ex):
        ex.markers.remove(self.marker)


@dataclass
class RemoveMarker(Command):
    marker_id: str
    _marker: Marker | None = None
    _index: int = 0
    text = "remove marker"

    def do(self, ex):
        self._marker = ex.marker(self.marker_id)
        self._index = ex.markers.index(self._marker)
        ex.markers.pop(self._index)

    def undo(self, ex):
        ex.markers.insert(self._index, self._marker)


_MARKER_FIELDS = ("id", "size_mm", "label", "mount", "outline")


class MarkerChanges(TypedDict, total=False):
    """What EditMarker may change (the type checker checks callers; `do` still checks values,
    which come from the UI and the CLI)."""

    id: str
    size_mm: float
    label: LocalizedText
    mount: Mount | str
    outline: bool  # an artwork's: tracked by its outline (ImageTarget.outline), changeable after adding it


class ItemChanges(TypedDict, total=False):
    """What EditItem may change. With `lang`, a text field is one language's str, otherwise a
    LocalizedText."""

    title: LocalizedText | str
    caption: LocalizedText | str
    description: LocalizedText | str
    visible: bool
    playback: Playback
    source_name: str
    asset: str | None
    poster: str | None
    thumbnail: str | None
    info: dict[str, Any]


def _checked_marker_change(ex: Exhibit, m: Marker, k: str, v: Any) -> Any:
    """One change of a marker field as it will be stored, or a typed error naming it."""
    if k == "id":
        check_marker_id(v)
        clash = next((o for o in ex.markers if o is not m and same_marker_id(o.id, v)), None)
        if clash is not None:
            raise DuplicateIdError(_duplicate_marker_text(v, clash.id), field="id")
    elif k == "size_mm":  # an artwork's is its width, which follows (EditMarker.do)
        v = check_marker_size(v, artwork=m.target is not None)
    elif k == "label":
        if not isinstance(v, LocalizedText):
            raise InvalidValueError(f"a marker label must be a LocalizedText, got {type(v).__name__}", field=k)
    elif k == "outline":
        if m.target is None:
            raise InvalidValueError(f"marker '{m.id}' is a printed card, found by its code: only an artwork can be tracked by its outline", field=k)
        if not isinstance(v, bool):
            raise InvalidValueError(f"outline must be true or false, got {v!r}", field=k)
    elif k == "mount":
        try:
            v = Mount(v)
        except ValueError:
            allowed = ", ".join(x.value for x in Mount)
            raise InvalidValueError(f"mount {v!r} is not one of: {allowed}", field=k) from None
    else:
        raise InvalidValueError(f"'{k}' is not a marker field that can be edited ({', '.join(_MARKER_FIELDS)})", field=k)
    return v


def _checked(changes: Mapping[str, Any], check: Callable[[str, Any], Any]) -> dict[str, Any]:
    """EditMarker's and EditItem's changes, each field through `check` (its stored value, or a
    typed error naming the first bad one) before any is made."""
    return {k: check(k, v) for k, v in changes.items()}


def _swap(obj: Any, values: dict[str, Any], keep: Callable[[Any], Any] = lambda v: v) -> dict[str, Any]:
    """Set obj's fields to `values`; the values they had (through `keep`: a copy where the old
    value could be changed in place later) for undo."""
    old = {k: keep(getattr(obj, k)) for k in values}
    for k, v in values.items():
        setattr(obj, k, v)
    return old


@dataclass
class EditMarker(Command):
    """Change any of a marker's own fields: id, size_mm, label, mount; an artwork's outline choice."""

    marker_id: str
    changes: MarkerChanges
    _old: dict[str, Any] = field(default_factory=dict)
    text = "edit marker"

    def do(self, ex):
        m = ex.marker(self.marker_id)
        self.changes = _checked(self.changes, partial(_checked_marker_change, ex, m))
        stored: dict[str, Any] = dict(self.changes)
        # an artwork's size (exhibit.json keeps it as target.width_mm) and its outline choice live
        # in its ImageTarget, which is frozen: a new one replaces it (and the old one is undo's)
        target_changes = {"width_mm": stored["size_mm"]} if "size_mm" in stored and m.target is not None else {}
        if "outline" in stored:
            target_changes["outline"] = stored.pop("outline")
        if target_changes and m.target is not None:
            stored["target"] = replace(m.target, **target_changes)
        self._old = _swap(m, stored)

    def undo(self, ex):
        _swap(ex.marker(self.changes.get("id", self.marker_id)), self._old)

    def merge(self, other):
        if isinstance(other, EditMarker) and other.marker_id == self.marker_id and set(other.changes) == set(self.changes) and "id" not in self.changes:
            self.changes = dict(other.changes)
            return True
        return False


# ---------------------------------------------------------------- items


@dataclass
class AddItem(Command):
    marker_id: str
    item: Item
    text = "add item"

    def do(self, ex):
        if any(it.id == self.item.id for _, it in ex.items()):
            raise DuplicateIdError(f"an item with id '{self.item.id}' already exists", field="id")
        check_transform(self.item.transform, "transform")
        check_item_asset(self.item.kind, self.item.asset)
        ex.marker(self.marker_id).items.append(self.item)

    def undo(self, ex):
        ex.marker(self.marker_id).items.remove(self.item)


@dataclass
class RemoveItem(Command):
    item_id: str
    _marker_id: str = ""
    _item: Item | None = None
    _index: int = 0
    text = "remove item"

    def do(self, ex):
        m, it = ex.find_item(self.item_id)
        self._marker_id, self._item, self._index = m.id, it, m.items.index(it)
        m.items.pop(self._index)

    def undo(self, ex):
        ex.marker(self._marker_id).items.insert(self._index, self._item)


@dataclass
class MoveItemToMarker(Command):
    item_id: str
    to_marker_id: str
    _from: str = ""
    _index: int = 0
    text = "move item to marker"

    def do(self, ex):
        m, it = ex.find_item(self.item_id)
        target = ex.marker(self.to_marker_id)
        self._from, self._index = m.id, m.items.index(it)
        m.items.pop(self._index)
        target.items.append(it)

    def undo(self, ex):
        _, it = ex.find_item(self.item_id)
        ex.marker(self.to_marker_id).items.remove(it)
        ex.marker(self._from).items.insert(self._index, it)


@dataclass
class SetTransform(Command):
    """Place an item. Successive SetTransforms of one item merge into one undo step."""

    item_id: str
    transform: Transform
    _old: Transform | None = None
    text = "move item"

    def do(self, ex):
        check_transform(self.transform, "transform")
        _, it = ex.find_item(self.item_id)
        if self._old is None:
            self._old = it.transform
        it.transform = self.transform

    def undo(self, ex):
        _, it = ex.find_item(self.item_id)
        it.transform = self._old

    def merge(self, other):
        if isinstance(other, SetTransform) and other.item_id == self.item_id:
            self.transform = other.transform
            return True
        return False


_ITEM_TEXT_FIELDS = ("title", "caption", "description")
_ITEM_OPTIONAL_PATHS = ("asset", "thumbnail", "poster")
_ITEM_FIXED = ("id", "kind", "transform")  # identity, and placement (SetTransform)


def _checked_item_change(it: Item, lang: str | None, k: str, v: Any) -> Any:
    """One item field's new value (a text already merged for `lang`), or a typed error naming
    the bad change. Nothing is changed here."""
    if k in _ITEM_FIXED:
        raise InvalidValueError(f"'{k}' cannot be changed with EditItem", field=k)
    if k in _ITEM_TEXT_FIELDS:
        if lang is not None:
            if not isinstance(v, str):
                raise InvalidValueError(f"{k} ({lang}) must be text, got {type(v).__name__}", field=k)
            v = getattr(it, k).with_text(lang, v)
        elif not isinstance(v, LocalizedText):
            raise InvalidValueError(f"{k} must be a LocalizedText, got {type(v).__name__}", field=k)
    elif k == "visible":
        if not isinstance(v, bool):
            raise InvalidValueError(f"visible must be true or false, got {v!r}", field=k)
    elif k == "playback":
        if not isinstance(v, Playback):
            raise InvalidValueError(f"playback must be a Playback, got {type(v).__name__}", field=k)
        if not isinstance(v.clip, str) or not isinstance(v.all_clips, bool):  # exhibit.json would refuse them once saved
            raise InvalidValueError(f"a clip is chosen by its name (text) and all_clips is true or false, got {v.clip!r}, {v.all_clips!r}", field=k)
    elif k == "source_name":
        if not isinstance(v, str):
            raise InvalidValueError(f"source_name must be text, got {type(v).__name__}", field=k)
    elif k in _ITEM_OPTIONAL_PATHS:
        if v is not None and not isinstance(v, str):
            raise InvalidValueError(f"{k} must be a project path or nothing, got {type(v).__name__}", field=k)
        if k == "asset":
            check_item_asset(it.kind, v)  # exhibit.json would refuse the item once saved
    elif k == "info":
        if not isinstance(v, dict):
            raise InvalidValueError(f"info must be a mapping, got {type(v).__name__}", field=k)
        try:  # what exhibit.json can hold: no NaN or Infinity, no objects
            json.dumps(v, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise InvalidValueError(f"info must hold only JSON values (finite numbers, text, lists, mappings): {e}", field=k) from None
    else:
        raise InvalidValueError(f"'{k}' is not an item field that can be edited", field=k)
    return v



@dataclass
class EditItem(Command):
    """Change an item's plain fields (visible, playback, source_name, info…) or, with `lang`,
    one language of a text field."""

    item_id: str
    changes: ItemChanges
    lang: str | None = None
    _old: dict[str, Any] = field(default_factory=dict)
    text = "edit item"

    def do(self, ex):
        _, it = ex.find_item(self.item_id)
        new = _checked(self.changes, partial(_checked_item_change, it, self.lang))
        self._old = _swap(it, new, copy.deepcopy)

    def undo(self, ex):
        _swap(ex.find_item(self.item_id)[1], self._old)

    def merge(self, other):
        if isinstance(other, EditItem) and other.item_id == self.item_id and other.lang == self.lang and set(other.changes) == set(self.changes) and set(self.changes) <= set(_ITEM_TEXT_FIELDS):
            self.changes = dict(other.changes)
            return True
        return False


@dataclass
class Batch(Command):
    """Several commands as one undo step, all or nothing: when one refuses, those already done are
    undone in reverse order and the error is raised, so the exhibit is as it was."""

    commands: list[Command]
    text: str = "edit"  # type: ignore[assignment]  # per instance, e.g. "add 3 items"

    def do(self, ex):
        done: list[Command] = []
        try:
            for cmd in self.commands:
                cmd.do(ex)
                done.append(cmd)
        except MuseumArError:
            for cmd in reversed(done):
                cmd.undo(ex)
            raise

    def undo(self, ex):
        for cmd in reversed(self.commands):
            cmd.undo(ex)


def set_playback(item: Item, **changes) -> EditItem:
    return EditItem(item.id, {"playback": replace(item.playback, **changes)})
