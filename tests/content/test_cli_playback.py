"""`museum-ar playback` sets how a video, sound or animated model plays on the tablet, as the
inspector does: the real Fox (three clips) and a real sound attached through the CLI, their
playback set, saved, shown by `info`, and refused with a typed, named reason where it cannot apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from sound_files import write_wav

from museum_ar.cli import main
from museum_ar.core.project import load_project

FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


def _attach(project, src, capsys):
    assert main(["add-marker", str(project.root), "--id", "fuchs", "--size-mm", "80"]) == 0
    wav = write_wav(src / "Fuchs Laut.wav", 0.5)
    text = src / "Schild.txt"
    text.write_text("Der Rotfuchs", encoding="utf-8")
    assert main(["attach", str(project.root), "fuchs", str(FOX), str(wav), str(text), "--fit"]) == 0
    capsys.readouterr()
    return {it.source_name: it for it in load_project(project.root).exhibit.marker("fuchs").items}


def test_a_models_clip_and_a_sounds_loop_set_saved_and_shown(project, src, capsys):
    items = _attach(project, src, capsys)
    fox, sound = items["Fox.glb"], items["Fuchs Laut.wav"]

    assert main(["playback", str(project.root), "Fox.glb", "--clip", "Run", "--no-tap-to-play"]) == 0
    out = capsys.readouterr().out
    assert "clip 'Run' (of 'Survey', 'Walk', 'Run')" in out and "tap to play no" in out
    assert main(["playback", str(project.root), sound.id, "--loop", "--autoplay"]) == 0
    capsys.readouterr()

    saved = {it.id: it.playback for it in load_project(project.root).exhibit.marker("fuchs").items}
    assert (saved[fox.id].clip, saved[fox.id].all_clips, saved[fox.id].tap_to_play) == ("Run", False, False)
    assert (saved[sound.id].loop, saved[sound.id].autoplay) == (True, True)

    assert main(["playback", str(project.root), fox.id, "--all-clips"]) == 0
    assert "all clips together" in capsys.readouterr().out
    assert load_project(project.root).exhibit.find_item(fox.id)[1].playback.all_clips

    assert main(["info", str(project.root)]) == 0
    out = capsys.readouterr().out
    assert f"[{fox.id}]" in out and "plays: autoplay" in out and "all clips together" in out
    assert "plays: autoplay yes, loop yes" in out  # the sound's line


def test_what_cannot_apply_is_refused_and_nothing_is_saved(project, src, capsys):
    items = _attach(project, src, capsys)
    before = (project.root / "exhibit.json").read_bytes()

    assert main(["playback", str(project.root), "Fox.glb", "--clip", "Galopp"]) == 1
    err = capsys.readouterr().err
    assert "no clip 'Galopp'" in err and "'Survey', 'Walk', 'Run'" in err

    assert main(["playback", str(project.root), "Schild.txt", "--loop"]) == 1
    assert "nothing of it plays" in capsys.readouterr().err
    assert main(["playback", str(project.root), "Fuchs Laut.wav", "--clip", "Run"]) == 1
    assert "no animation clips" in capsys.readouterr().err
    assert main(["playback", str(project.root), "Wolf.glb"]) == 1
    assert "no item 'Wolf.glb'" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # argparse: one clip or all of them
        main(["playback", str(project.root), "Fox.glb", "--clip", "Run", "--all-clips"])
    assert (project.root / "exhibit.json").read_bytes() == before

    # without options: what it is, nothing written
    assert main(["playback", str(project.root), items["Fox.glb"].id]) == 0
    assert "clip 'Survey'" in capsys.readouterr().out
    assert (project.root / "exhibit.json").read_bytes() == before
