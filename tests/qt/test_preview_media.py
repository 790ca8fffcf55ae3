"""The preview's playback rules (qt/preview_media.py), with real players on the grass-haus
sample's H.264 clip. No Qt, no GL: the rules take the time as an argument, so "unseen for 3 s" is
checked without waiting 3 s."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from museum_ar.core.exhibit import Item, ItemKind, Playback
from museum_ar.core.project import load_project
from museum_ar.qt.preview_media import PAUSE_AFTER_S, PreviewMedia

SAMPLE = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus"
VIDEO = "zeichnung-video"


@pytest.fixture
def exhibit():
    """The sample, with a second copy of its video on the other marker ("trommel")."""
    ex = load_project(SAMPLE).exhibit
    video = ex.find_item(VIDEO)[1]
    ex.marker("trommel").items.append(replace(video, id="trommel-video", playback=Playback()))
    return ex


@pytest.fixture
def media(exhibit):
    m = PreviewMedia(SAMPLE, exhibit)
    yield m
    m.close()


def wait_for(cond, timeout_s: float = 20.0) -> None:
    end = time.monotonic() + timeout_s
    while not cond():
        assert time.monotonic() < end, "condition not reached"
        time.sleep(0.005)


def test_one_video_at_a_time(media):
    media.toggle(VIDEO)
    assert media.playing(VIDEO)
    media.toggle("trommel-video")
    assert media.playing("trommel-video") and not media.playing(VIDEO)
    assert media.players[VIDEO].state == "paused"
    wait_for(lambda: media.frames().get("trommel-video") is not None)


def test_autoplay_on_first_sight_pause_when_unseen_again_on_return(exhibit, media):
    video = exhibit.find_item(VIDEO)[1]
    video.playback = replace(video.playback, autoplay=True)
    media.sync(exhibit)
    t = 1000.0
    media.markers_seen(["trommel"], t)  # no autoplay video there: nothing starts
    assert not media.players
    media.markers_seen(["zeichnung"], t)
    assert media.playing(VIDEO)
    media.markers_seen([], t + PAUSE_AFTER_S * 0.9)  # out of view briefly: keeps playing
    assert media.playing(VIDEO)
    media.markers_seen(["zeichnung"], t + PAUSE_AFTER_S * 1.0)
    media.markers_seen([], t + PAUSE_AFTER_S * 2.1)  # unseen for longer: paused
    assert media.players[VIDEO].state == "paused"
    media.markers_seen(["zeichnung"], t + PAUSE_AFTER_S * 2.2)  # back in view: starts again
    assert media.playing(VIDEO)


def test_an_autoplay_audio_item_first_on_the_marker_starts_no_video(exhibit, media):
    marker = exhibit.marker("zeichnung")
    marker.items.insert(0, Item(ItemKind.AUDIO, id="ton", playback=Playback(autoplay=True)))
    video = exhibit.find_item(VIDEO)[1]
    video.playback = replace(video.playback, autoplay=True)
    media.sync(exhibit)
    media.markers_seen(["zeichnung"], 1.0)
    assert not media.players  # on the tablet the audio would start, and the app plays no sound


def test_a_hidden_video_does_not_autoplay_and_tap_respects_tap_to_play(exhibit, media):
    video = exhibit.find_item(VIDEO)[1]
    video.playback = replace(video.playback, autoplay=True, tap_to_play=False)
    video.visible = False
    media.sync(exhibit)
    media.markers_seen(["zeichnung"], 1.0)
    assert not media.players
    assert media.tap(VIDEO) is False and not media.players
    assert media.tap("zeichnung-bild") is False  # a picture is not a video


def test_removing_the_item_or_changing_its_file_frees_the_decoder(exhibit, media):
    media.toggle(VIDEO)
    player = media.players[VIDEO]
    wait_for(lambda: player.frame is not None)
    thread = player._thread
    video = exhibit.find_item(VIDEO)[1]
    video.playback = replace(video.playback, loop=True)
    media.sync(exhibit)
    assert media.players[VIDEO] is player and player.loop  # loop follows without a restart
    video.asset = "assets/other.mp4"
    media.sync(exhibit)
    assert VIDEO not in media.players and not thread.is_alive()
    media.toggle("trommel-video")
    other = media.players["trommel-video"]
    exhibit.marker("trommel").items.pop()
    media.sync(exhibit)
    assert not media.players and other.frame is None


FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


@pytest.fixture(scope="module")
def fox_exhibit(tmp_path_factory):
    """A project with the imported Fox (autoplay + loop after import, its clip 3.4 s)."""
    from museum_ar.content import import_item
    from museum_ar.core.exhibit import Marker
    from museum_ar.core.localized import LocalizedText
    from museum_ar.core.project import create_project

    root = tmp_path_factory.mktemp("fuchs") / "Fuchs Ä"
    project = create_project(root, LocalizedText.of(de="Fuchs", en="Fox"))
    project.exhibit.markers.append(Marker("wald", 100.0))
    fox = import_item(root, FOX, fit_m=0.15)
    project.exhibit.markers[0].items.append(replace(fox, id="fuchs"))
    return root, project.exhibit


def test_a_models_clip_plays_pauses_resumes_and_restarts_as_in_the_viewer(fox_exhibit):
    root, exhibit = fox_exhibit
    fox = exhibit.find_item("fuchs")[1]
    assert fox.playback.autoplay and fox.playback.loop and fox.playback.tap_to_play
    media = PreviewMedia(root, exhibit)
    assert media.clip_times(100.0) == {"fuchs": (0.0, True)}  # autoplay: from the preview's start
    assert media.clip_times(101.5)["fuchs"][0] == pytest.approx(1.5)
    assert media.tap("fuchs", now=102.0) is True  # pause
    assert media.clip_times(105.0)["fuchs"][0] == pytest.approx(2.0)
    media.tap("fuchs", now=106.0)  # resume where it stopped
    assert media.clip_times(106.5)["fuchs"][0] == pytest.approx(2.5)
    assert media.clips["fuchs"].duration == pytest.approx(3.4166667, abs=1e-4)  # from the file

    # played once: it ends on its last pose (the renderer holds it there); a tap plays it again
    fox.playback = replace(fox.playback, loop=False)
    media.sync(exhibit)
    assert media.clip_times(110.0)["fuchs"] == (pytest.approx(6.0), False)
    media.tap("fuchs", now=110.0)
    assert media.clip_times(110.25)["fuchs"][0] == pytest.approx(0.25)

    # not autoplay: at rest (no time) until tapped; tap_to_play off: a tap does nothing
    fox.playback = Playback(autoplay=False, loop=True, tap_to_play=False)
    still = PreviewMedia(root, exhibit)
    assert still.clip_times(1.0) == {}
    assert still.tap("fuchs", now=2.0) is False and still.clip_times(3.0) == {}
    fox.playback = Playback(autoplay=False, loop=True, tap_to_play=True)
    still.sync(exhibit)
    assert still.tap("fuchs", now=4.0) is True and still.clip_times(5.0)["fuchs"][0] == pytest.approx(1.0)
    fox.playback = Playback(autoplay=True, loop=True, tap_to_play=True)


def test_a_model_without_animation_has_no_clip(exhibit, media):
    assert media.clip_times(1.0) == {}  # the sample's models stand still


def test_the_chosen_clip_sets_the_preview_clock_and_a_new_choice_restarts_it(fox_exhibit):
    root, exhibit = fox_exhibit
    fox = exhibit.find_item("fuchs")[1]
    kept = fox.playback
    try:
        fox.playback = Playback(autoplay=True, loop=False, tap_to_play=True, clip="Walk")
        media = PreviewMedia(root, exhibit)
        media.clip_times(10.0)
        assert media.clips["fuchs"].duration == pytest.approx(0.7083333, abs=1e-4)  # Walk's length, not Survey's
        assert media.clips["fuchs"].ended(10.8)
        fox.playback = replace(fox.playback, clip="Run")
        media.sync(exhibit)
        assert media.clip_times(20.0)["fuchs"][0] == 0.0  # another clip: from its start
        assert media.clips["fuchs"].duration == pytest.approx(1.1583333, abs=1e-4)
        fox.playback = replace(fox.playback, clip="", all_clips=True)
        media.sync(exhibit)
        media.clip_times(30.0)
        assert media.clips["fuchs"].duration == pytest.approx(3.4166667, abs=1e-4)  # together: until the longest ends
        assert not media.clips["fuchs"].ended(32.0)
        fox.playback = replace(fox.playback, clip="Galopp", all_clips=False)  # not in the model: the first plays
        media.sync(exhibit)
        media.clip_times(40.0)
        assert media.clips["fuchs"].duration == pytest.approx(3.4166667, abs=1e-4)
    finally:
        fox.playback = kept
