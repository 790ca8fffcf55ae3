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
