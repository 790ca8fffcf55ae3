"""Undoable edits as command objects, usable without Qt (the GUI wraps them in a QUndoStack-like
front; the CLI applies them and saves).

A command changes the exhibit in `do`, restores it exactly in `undo`, and may `merge` a following
command of the same kind on the same target (dragging a gizmo makes one undo step, not hundreds).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import DuplicateIdError, InvalidValueError
from .exhibit import Exhibit, Item, Marker, check_marker_id, check_marker_size, check_transform
from .localized import LocalizedText
from .transform import Transform


class Command:
    text = "edit"  # shown in the Edit menu: "Undo <text>"

    def do(self, ex: Exhibit) -> None:
        raise NotImplementedError

    def undo(self, ex: Exhibit) -> None:
        raise NotImplementedError

    def merge(self, other: "Command") -> bool:
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
        if not self._done:
            return False
        cmd = self._done.pop()
        cmd.undo(self.exhibit)
        self._undone.append(cmd)
        self._merge_open = False
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        cmd = self._undone.pop()
        cmd.do(self.exhibit)
        self._done.append(cmd)
        self._merge_open = False
        return True

    def can_undo(self) -> bool:
        return bool(self._done)

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
        self._old, ex.publish_url = ex.publish_url, self.url

    def undo(self, ex):
        ex.publish_url = self._old


# ---------------------------------------------------------------- markers


@dataclass
class AddMarker(Command):
    marker: Marker
    index: int | None = None
    text = "add marker"

    def do(self, ex):
        check_marker_id(self.marker.id)
        if self.marker.target is None:  # an artwork is as wide as it is (see schema._target_from_json)
            check_marker_size(self.marker.size_mm)
        if any(m.id == self.marker.id for m in ex.markers):
            raise DuplicateIdError(f"a marker with id '{self.marker.id}' already exists", field="id")
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


@dataclass
class EditMarker(Command):
    """Change any of a marker's own fields: id, size_mm, label, mount."""

    marker_id: str
    changes: dict[str, Any]
    _old: dict[str, Any] = field(default_factory=dict)
    text = "edit marker"

    def do(self, ex):
        m = ex.marker(self.marker_id)
        if "id" in self.changes:
            check_marker_id(self.changes["id"])
            if self.changes["id"] != m.id and any(o.id == self.changes["id"] for o in ex.markers):
                raise DuplicateIdError(f"a marker with id '{self.changes['id']}' already exists", field="id")
        if "size_mm" in self.changes:
            self.changes["size_mm"] = check_marker_size(self.changes["size_mm"])
        self._old = {k: getattr(m, k) for k in self.changes}
        for k, v in self.changes.items():
            setattr(m, k, v)

    def undo(self, ex):
        m = ex.marker(self.changes.get("id", self.marker_id))
        for k, v in self._old.items():
            setattr(m, k, v)

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


@dataclass
class EditItem(Command):
    """Change an item's plain fields (visible, playback, source_name, info…) or, with `lang`,
    one language of a text field."""

    item_id: str
    changes: dict[str, Any]
    lang: str | None = None
    _old: dict[str, Any] = field(default_factory=dict)
    text = "edit item"

    def do(self, ex):
        _, it = ex.find_item(self.item_id)
        self._old = {k: copy.deepcopy(getattr(it, k)) for k in self.changes}
        for k, v in self.changes.items():
            if k in ("id", "kind", "transform"):
                raise InvalidValueError(f"'{k}' cannot be changed with EditItem", field=k)
            if k in _ITEM_TEXT_FIELDS and self.lang is not None:
                v = getattr(it, k).with_text(self.lang, v)
            setattr(it, k, v)

    def undo(self, ex):
        _, it = ex.find_item(self.item_id)
        for k, v in self._old.items():
            setattr(it, k, v)

    def merge(self, other):
        if isinstance(other, EditItem) and other.item_id == self.item_id and other.lang == self.lang and set(other.changes) == set(self.changes) and set(self.changes) <= set(_ITEM_TEXT_FIELDS):
            self.changes = dict(other.changes)
            return True
        return False


def set_playback(item: Item, **changes) -> EditItem:
    return EditItem(item.id, {"playback": replace(item.playback, **changes)})
