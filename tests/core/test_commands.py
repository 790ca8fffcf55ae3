"""Undoable edits without Qt: do/undo/redo restore exact states; drags merge; the clean flag."""

from __future__ import annotations

import copy

import pytest

from museum_ar.core import DuplicateIdError, Exhibit, InvalidValueError, Item, ItemKind, Marker, Transform, UnknownIdError
from museum_ar.core import commands as cmd
from museum_ar.core.localized import LocalizedText


def _exhibit():
    ex = Exhibit(title=LocalizedText.of(de="T"))
    ex.markers.append(Marker("a", 80.0, items=[Item(ItemKind.TEXT, id="t1")]))
    return ex


def test_every_command_undoes_exactly_and_redoes():
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    states = [copy.deepcopy(ex)]
    edits = [
        cmd.AddMarker(Marker("b", 60.0)),
        cmd.AddItem("b", Item(ItemKind.TEXT, id="t2")),
        cmd.SetTransform("t2", Transform((0.0, 0.05, 0.0))),
        cmd.EditItem("t2", {"title": "Überschrift"}, lang="de"),
        cmd.EditItem("t2", {"visible": False}),
        cmd.MoveItemToMarker("t2", "a"),
        cmd.EditMarker("a", {"size_mm": 120.0, "id": "a2"}),
        cmd.SetExhibitText("title", "en", "Title"),
        cmd.SetPublishUrl("https://ar.example.org/"),
        cmd.RemoveItem("t1"),
        cmd.RemoveMarker("b"),
    ]
    for e in edits:
        stack.push(e)
        stack.end_merge()
        states.append(copy.deepcopy(ex))
    for expected in reversed(states[:-1]):
        assert stack.undo()
        assert ex == expected
    assert not stack.undo()
    for expected in states[1:]:
        assert stack.redo()
        assert ex == expected


def test_drag_merges_into_one_step_until_released():
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    for x in range(20):
        stack.push(cmd.SetTransform("t1", Transform((x / 100, 0.0, 0.0))))
    stack.end_merge()
    stack.push(cmd.SetTransform("t1", Transform((1.0, 0.0, 0.0))))
    stack.undo()
    assert ex.marker("a").items[0].transform.translation == (0.19, 0.0, 0.0)
    stack.undo()
    assert ex.marker("a").items[0].transform == Transform()


def test_clean_flag_follows_saved_state():
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    assert stack.is_clean()
    stack.push(cmd.AddMarker(Marker("b", 60.0)))
    assert not stack.is_clean()
    stack.set_clean()
    stack.push(cmd.SetTransform("t1", Transform((0.1, 0.0, 0.0))))
    stack.push(cmd.SetTransform("t1", Transform((0.2, 0.0, 0.0))))  # merges, but not into the saved step
    assert not stack.is_clean()
    stack.undo()
    assert stack.is_clean()
    stack.undo()
    assert not stack.is_clean()
    stack.redo()
    assert stack.is_clean()
    stack.undo()
    stack.push(cmd.AddMarker(Marker("c", 60.0)))  # the saved state can no longer be reached
    assert not stack.is_clean()
    while stack.undo():
        assert not stack.is_clean()


@pytest.mark.parametrize(
    "edit, error",
    [
        (cmd.AddMarker(Marker("a", 50.0)), DuplicateIdError),
        (cmd.AddMarker(Marker("bad id", 50.0)), InvalidValueError),
        (cmd.AddMarker(Marker("b", 5.0)), InvalidValueError),
        (cmd.EditMarker("a", {"size_mm": float("nan")}), InvalidValueError),
        (cmd.SetTransform("t1", Transform((0.0, float("inf"), 0.0))), InvalidValueError),
        (cmd.SetTransform("t1", Transform(rotation=(0.0, 0.0, 0.0, 2.0))), InvalidValueError),
        (cmd.RemoveItem("nope"), UnknownIdError),
        (cmd.AddItem("nope", Item(ItemKind.TEXT)), UnknownIdError),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(edit, error):
    ex = _exhibit()
    before = copy.deepcopy(ex)
    stack = cmd.UndoStack(ex)
    with pytest.raises(error):
        stack.push(edit)
    assert ex == before and not stack.can_undo()


def test_transform_matrix_round_trip():
    import numpy as np

    from museum_ar.core.transform import quat_from_axis_angle

    t = Transform((0.1, -0.2, 0.3), quat_from_axis_angle((1, 2, 3), 70), (0.5, 2.0, 1.5))
    back = Transform.from_matrix(t.matrix())
    assert np.allclose(back.matrix(), t.matrix())
