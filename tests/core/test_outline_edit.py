"""EditMarker's 'outline': an artwork's choice to be tracked by its outline, changed after adding
it (issue 19): one undoable edit of its ImageTarget, saved only when chosen; refused on a QR card
and for a value that is not true or false, leaving the exhibit as it was."""

from __future__ import annotations

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.errors import InvalidValueError
from museum_ar.core.exhibit import Exhibit, ImageTarget, Marker, Mount
from museum_ar.core.schema import exhibit_to_json


def _exhibit() -> Exhibit:
    return Exhibit(markers=[
        Marker("aquarell", 420.0, mount=Mount.WALL, target=ImageTarget("assets/wash.png", 420.0, crop=(1, 2, 300, 200), outline=True)),
        Marker("karte", 80.0),
    ])


def _target_json(ex: Exhibit) -> dict:
    return exhibit_to_json(ex)["markers"][0]["target"]


def test_unticking_and_ticking_are_undoable_and_keep_the_rest_of_the_target():
    ex = _exhibit()
    stack = cmd.UndoStack(ex)
    before = _target_json(ex)
    assert before["outline"] is True
    stack.push(cmd.EditMarker("aquarell", {"outline": False}))
    stack.end_merge()
    t = ex.marker("aquarell").target
    assert t == ImageTarget("assets/wash.png", 420.0, crop=(1, 2, 300, 200), outline=False)
    assert "outline" not in _target_json(ex)  # written only when chosen
    stack.push(cmd.EditMarker("aquarell", {"outline": True, "size_mm": 500.0}))
    assert ex.marker("aquarell").target == ImageTarget("assets/wash.png", 500.0, crop=(1, 2, 300, 200), outline=True)
    assert stack.undo() and not ex.marker("aquarell").target.outline and ex.marker("aquarell").size_mm == 420.0
    assert stack.undo() and _target_json(ex) == before


@pytest.mark.parametrize("marker_id,value,says", [("karte", True, "printed card"), ("aquarell", "ja", "true or false"), ("aquarell", 1, "true or false")])
def test_refused_on_a_card_or_a_non_boolean_and_nothing_changes(marker_id, value, says):
    ex = _exhibit()
    before = exhibit_to_json(ex)
    stack = cmd.UndoStack(ex)
    with pytest.raises(InvalidValueError, match=says) as e:
        stack.push(cmd.EditMarker(marker_id, {"outline": value}))
    assert e.value.field == "outline"
    assert exhibit_to_json(ex) == before and not stack.can_undo()
