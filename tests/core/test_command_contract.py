"""The commands' contract: a command that refuses leaves the exhibit exactly as it was (the saved
JSON byte for byte), and one that succeeds can be undone to the same bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from museum_ar.core import commands as cmd
from museum_ar.core.errors import MuseumArError
from museum_ar.core.exhibit import Exhibit, ImageTarget, Item, ItemKind, Marker, Mount, Playback
from museum_ar.core.localized import LocalizedText
from museum_ar.core.schema import exhibit_to_json
from museum_ar.core.transform import Transform


def _exhibit() -> Exhibit:
    ex = Exhibit(title=LocalizedText.of("Trommel", "Drum"), publish_url="https://ar.example.org/x/")
    a = Marker(id="a", size_mm=80.0, label=LocalizedText.of("Eins", "One"))
    a.items.append(Item(kind=ItemKind.TEXT, id="t1", title=LocalizedText.of("Titel", "Title")))
    a.items.append(Item(kind=ItemKind.MESH, id="m1", asset="assets/x.glb"))
    ex.markers += [a, Marker(id="b", size_mm=100.0, mount=Mount.WALL)]
    ex.markers.append(Marker(id="w", size_mm=420.0, mount=Mount.WALL, target=ImageTarget("assets/w.png", 420.0, outline=True)))
    return ex


def _bytes(ex: Exhibit) -> str:
    return json.dumps(exhibit_to_json(ex), sort_keys=True, allow_nan=False)  # what a save writes must be JSON


ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.sampled_from(["table", "wall", "sideways", "mesh", "a", "b", "t1", "m1"]),
    st.just(LocalizedText.of("x", "y")), st.just(Playback(loop=True)), st.just({"unit": "mm"}),
    st.just({"size_m": float("inf")}), st.just({"when": object()}),
)
MARKER_KEYS = st.sampled_from(["id", "size_mm", "label", "mount", "outline", "items", "colour"])
ITEM_KEYS = st.sampled_from(["visible", "kind", "id", "transform", "title", "caption", "playback", "info", "asset", "source_name", "nonsense"])
IDS = st.sampled_from(["a", "b", "w", "t1", "m1", "nope"])

COMMANDS = st.one_of(
    st.builds(cmd.EditMarker, IDS, st.dictionaries(MARKER_KEYS, ANY_VALUE, min_size=1, max_size=3)),
    st.builds(cmd.EditItem, IDS, st.dictionaries(ITEM_KEYS, ANY_VALUE, min_size=1, max_size=3), st.sampled_from([None, "de", "en"])),
    st.builds(cmd.AddMarker, st.builds(Marker, st.sampled_from(["a", "c", "bad id", ""]), st.sampled_from([10.0, 80.0, 5000.0]))),
    st.builds(cmd.RemoveMarker, IDS),
    st.builds(cmd.RemoveItem, IDS),
    st.builds(cmd.MoveItemToMarker, IDS, IDS),
    st.builds(cmd.SetTransform, IDS, st.builds(Transform, scale=st.floats(allow_nan=True, allow_infinity=True))),
    st.builds(cmd.SetExhibitText, st.sampled_from(["title", "description", "id"]), st.sampled_from(["de", "en"]), ANY_VALUE),
)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COMMANDS, min_size=1, max_size=4))
def test_a_refused_command_changes_nothing_and_a_done_one_undoes_exactly(commands):
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    history = [_bytes(ex)]
    for c in commands:
        before = _bytes(ex)
        try:
            stack.push(c)
        except MuseumArError:
            assert _bytes(ex) == before, f"{c!r} refused but changed the exhibit"
            continue
        stack.end_merge()
        history.append(_bytes(ex))
    # every step that was taken comes back exactly
    while stack.undo():
        history.pop()
        assert _bytes(ex) == history[-1]
    assert _bytes(ex) == history[0]


def test_a_bad_mount_is_refused_before_anything_changes():
    ex = _exhibit()
    before = _bytes(ex)
    try:
        cmd.UndoStack(ex).push(cmd.EditMarker("a", {"label": LocalizedText.of("Neu", "New"), "mount": "sideways"}))
    except MuseumArError as e:
        assert "mount" in str(e) and "sideways" in str(e)
    else:
        raise AssertionError("mount 'sideways' was accepted")
    assert _bytes(ex) == before


def test_edit_item_refuses_kind_without_touching_visible():
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    try:
        stack.push(cmd.EditItem("t1", {"visible": False, "kind": "mesh"}))
    except MuseumArError:
        pass
    assert ex.find_item("t1")[1].visible is True
    assert not stack.can_undo()


@pytest.mark.parametrize("info", [{"size_m": float("nan")}, {"size_m": [1.0, float("inf")]}, {"made": object()}])
def test_edit_item_refuses_info_that_exhibit_json_cannot_hold(info):
    """A done edit must stay savable: NaN, Infinity or a Python object in `info` would make every
    later save fail (found by the fuzz test over exhibit.json)."""
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    with pytest.raises(MuseumArError, match="only JSON values") as e:
        stack.push(cmd.EditItem("m1", {"visible": False, "info": info}))
    assert e.value.field == "info" and ex.find_item("m1")[1].visible is True and not stack.can_undo()
    json.dumps(exhibit_to_json(ex), allow_nan=False)


def test_batch_is_all_or_nothing():
    ex = _exhibit()
    before = _bytes(ex)
    batch = cmd.Batch([cmd.AddMarker(Marker(id="c", size_mm=60.0)), cmd.AddMarker(Marker(id="a", size_mm=60.0))], text="add markers")
    stack = cmd.UndoStack(ex)
    try:
        stack.push(batch)
    except MuseumArError:
        pass
    assert _bytes(ex) == before and not stack.can_undo()
    ok = cmd.Batch([cmd.AddMarker(Marker(id="c", size_mm=60.0)), cmd.AddMarker(Marker(id="d", size_mm=60.0))], text="add markers")
    stack.push(ok)
    assert [m.id for m in ex.markers] == ["a", "b", "w", "c", "d"] and stack.undo_text() == "add markers"
    stack.undo()
    assert _bytes(ex) == before
