"""Which of a model's animation clips plays (issue 15): the names every reader shares, the choice
with its fallback, and the choice kept by the project (old projects load and save unchanged)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from museum_ar.core import InvalidValueError, Item, ItemKind, LocalizedText, Marker, create_project, load_project
from museum_ar.core import commands as cmd
from museum_ar.core.clips import chosen_clips, clip_missing, clip_names
from museum_ar.core.exhibit import Playback
from museum_ar.core.project import EXHIBIT_FILE, store_asset
from museum_ar.core.schema import exhibit_from_json, exhibit_to_json

REPO = Path(__file__).resolve().parents[2]


def test_clip_names_are_the_files_own_made_unique():
    doc = {"animations": [{"name": "Lauf"}, {}, {"name": ""}, {"name": "Lauf"}, {"name": "Lauf"}, {"name": "animation 2"}]}
    assert clip_names(doc) == ["Lauf", "animation 2", "animation 3", "Lauf (2)", "Lauf (3)", "animation 2 (2)"]
    assert clip_names({}) == [] and clip_names({"animations": "kaputt"}) == []


def test_the_choice_and_its_fallback_to_the_first_clip():
    names = ["Survey", "Walk", "Run"]
    assert chosen_clips(names) == [0]  # nothing chosen: the first, as model-viewer plays
    assert chosen_clips(names, "Run") == [2]
    assert chosen_clips(names, "Run", all_clips=True) == [0, 1, 2]
    assert chosen_clips(names, "Galopp") == [0] and clip_missing(names, "Galopp")
    assert not clip_missing(names, "Walk") and not clip_missing(names, "") and not clip_missing(names, "Galopp", all_clips=True)
    assert chosen_clips([], "Walk") == [] and not clip_missing([], "Walk")


def test_a_chosen_clip_survives_save_and_load(tmp_path):
    root = tmp_path / "Füchse"
    p = create_project(root, LocalizedText.of(de="Füchse", en="Foxes"))
    m = Marker("wald", 100.0)
    asset = store_asset(root, b"glTF stand-in", "glb")
    walk = Item(ItemKind.MESH, id="geht", asset=asset, playback=Playback(autoplay=True, loop=True, clip="Walk"))
    together = Item(ItemKind.MESH, id="alle", asset=asset, playback=Playback(all_clips=True))
    first = Item(ItemKind.MESH, id="erste", asset=asset)
    m.items += [walk, together, first]
    p.exhibit.markers.append(m)
    p.save()
    saved = json.loads((root / EXHIBIT_FILE).read_text("utf-8"))["markers"][0]["items"]
    assert saved[0]["playback"] == {"autoplay": True, "loop": True, "tap_to_play": True, "clip": "Walk"}
    assert saved[1]["playback"] == {"autoplay": False, "loop": False, "tap_to_play": True, "all_clips": True}
    assert saved[2]["playback"] == {"autoplay": False, "loop": False, "tap_to_play": True}  # no choice: nothing new written
    back = load_project(root).exhibit.markers[0].items
    assert [it.playback for it in back] == [walk.playback, together.playback, first.playback]


@pytest.mark.parametrize("name", ["grass-haus", "natur-und-umwelt"])
def test_projects_without_a_choice_load_and_save_unchanged(name):
    data = json.loads((REPO / "exhibits" / name / EXHIBIT_FILE).read_text("utf-8"))
    ex = exhibit_from_json(data)
    assert all(it.playback.clip == "" and not it.playback.all_clips for m in ex.markers for it in m.items)
    assert exhibit_to_json(ex) == data


def test_a_clip_that_is_not_text_is_refused_naming_the_field():
    data = json.loads((REPO / "exhibits" / "grass-haus" / EXHIBIT_FILE).read_text("utf-8"))
    data["markers"][0]["items"][0]["playback"]["clip"] = 3
    with pytest.raises(InvalidValueError) as e:
        exhibit_from_json(data)
    assert "playback.clip" in str(e.value)
    data["markers"][0]["items"][0]["playback"].update(clip="Walk", all_clips="ja")
    with pytest.raises(InvalidValueError) as e:
        exhibit_from_json(data)
    assert "playback.all_clips" in str(e.value)


def test_choosing_a_clip_is_one_undoable_edit():
    ex = exhibit_from_json(json.loads((REPO / "exhibits" / "grass-haus" / EXHIBIT_FILE).read_text("utf-8")))
    it = ex.markers[0].items[0]
    before = it.playback
    stack = cmd.UndoStack(ex)
    stack.push(cmd.set_playback(it, clip="Run"))
    assert ex.markers[0].items[0].playback == replace(before, clip="Run")
    stack.undo()
    assert ex.markers[0].items[0].playback == before
    with pytest.raises(InvalidValueError):
        stack.push(cmd.set_playback(ex.markers[0].items[0], clip=None))
