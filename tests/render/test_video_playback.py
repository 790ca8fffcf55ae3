"""The video frame source of the AR preview (render/video_playback.py), on real MP4 files.

Pacing is checked with a clock the test moves by hand, never against the wall clock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.core.errors import MuseumArError
from museum_ar.render.video_playback import VideoPlaybackError, VideoPlayer, mp4_cut_short

SAMPLE_CLIP = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus" / "assets" / "453a7c29c98fff227f090f62c1cae1caa36c493fa9f2cdf1905a0aa77bc475a8.mp4"
FRAMES = 12
FPS = 10.0


def level(i: int) -> int:
    return 20 + 18 * i  # frame i is grey at this level: the decoded picture says which frame it is


def frame_index(img: np.ndarray) -> int:
    return int(round((float(img.mean()) - 20) / 18))


@pytest.fixture
def clip(odd_dir) -> Path:
    """A real MP4 (cv2.VideoWriter, MPEG-4 part 2) in a folder with umlauts and spaces."""
    path = odd_dir / "Übung Video ä ö.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), FPS, (64, 48))
    assert writer.isOpened()
    for i in range(FRAMES):
        writer.write(np.full((48, 64, 3), level(i), np.uint8))
    writer.release()
    assert path.stat().st_size > 0
    return path


class HandClock:
    def __init__(self):
        self.t = 100.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            return self.t

    def advance(self, s: float) -> None:
        with self.lock:
            self.t += s


@pytest.fixture
def player():
    """VideoPlayer(...), closed (its decoder thread stopped) when the test ends, passed or failed."""
    made: list[VideoPlayer] = []

    def make(*args, **kw) -> VideoPlayer:
        made.append(VideoPlayer(*args, **kw))
        return made[-1]

    yield make
    for p in made:
        p.close()


def shows_first_frame(p: VideoPlayer) -> None:
    p.play()
    wait_for(lambda: p.frame is not None)


def wait_for(cond, timeout_s: float = 20.0) -> None:
    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            raise AssertionError("condition not reached")
        time.sleep(0.005)


@pytest.mark.slow
def test_the_sample_h264_clip_decodes_and_plays_to_its_end(player):
    p = player(SAMPLE_CLIP)
    assert p.state == "stopped" and p.frame is None
    p.play()
    wait_for(lambda: p.state == "ended")
    assert p.error is None
    assert p.fps == 15.0 and p.frame_count == 45
    assert p.frame.shape == (240, 320, 3) and p.frame.dtype == np.uint8
    assert p.frame_number == 44  # the last frame stays when the clip ends


@pytest.mark.slow
def test_frames_follow_the_clock_and_are_new_arrays(clip, player):
    clock = HandClock()
    p = player(clip, clock=clock)
    shows_first_frame(p)
    assert p.frame_number == 0 and frame_index(p.frame) == 0
    assert p.fps == FPS
    first = p.frame
    time.sleep(0.3)  # the clock stands still: no frame is due, none is shown
    assert p.frame_number == 0 and p.frame is first
    seen = [first]
    for n in range(1, 5):
        clock.advance(1 / FPS)
        wait_for(lambda n=n: p.frame_number == n)
        assert frame_index(p.frame) == n
        seen.append(p.frame)
    assert len({id(f) for f in seen}) == len(seen)  # a new array object for every frame
    clock.advance(4.5 / FPS)  # behind by four frames: skips ahead rather than crawling
    wait_for(lambda: p.frame_number >= 8)
    assert frame_index(p.frame) == p.frame_number


@pytest.mark.slow
def test_pause_holds_the_frame_and_play_goes_on_from_it(clip, player):
    clock = HandClock()
    p = player(clip, clock=clock)
    shows_first_frame(p)
    clock.advance(2 / FPS)
    wait_for(lambda: p.frame_number == 2)
    p.pause()
    assert p.state == "paused" and not p.playing
    held = p.frame
    clock.advance(5 / FPS)
    time.sleep(0.3)
    assert p.frame is held and p.frame_number == 2
    p.play()  # resumes on the clock as it is now: the next frame one frame period later
    time.sleep(0.1)
    assert p.frame_number == 2
    clock.advance(1 / FPS)
    wait_for(lambda: p.frame_number == 3)


class TrapClock(HandClock):
    """A hand clock that stops the first reader for which `when()` is true until released: lets a
    test put a pause and a clock jump exactly between the decoder's read of a frame and its timing."""

    def __init__(self):
        super().__init__()
        self.when = lambda: False
        self.sprung = False
        self.caught = threading.Event()
        self.release = threading.Event()

    def __call__(self) -> float:
        if not self.sprung and self.when():
            self.sprung = True
            self.caught.set()
            self.release.wait(10)
        return super().__call__()


@pytest.mark.slow
def test_a_pause_between_reading_a_frame_and_timing_it_holds_the_frame(clip):
    """The race once seen under load: the player paused, the clock jumped 5 frames, and only then did
    the decoder time the frame it had just read. It skipped ahead and, on play, showed the old
    picture numbered as frame 6."""
    clock = TrapClock()
    p = VideoPlayer(clip, clock=clock)
    # The decoder's first clock read after it showed frame 2 is the timing of frame 3, just read.
    clock.when = lambda: p.frame_number == 2
    try:
        p.play()
        wait_for(lambda: p.frame is not None)
        clock.advance(2 / FPS)
        assert clock.caught.wait(10)
        p.pause()
        clock.advance(5 / FPS)
        clock.release.set()
        time.sleep(0.3)
        assert p.frame_number == 2 and frame_index(p.frame) == 2
        p.play()
        time.sleep(0.1)
        assert p.frame_number == 2
        clock.advance(1 / FPS)
        wait_for(lambda: p.frame_number == 3)
        assert frame_index(p.frame) == 3
    finally:
        clock.release.set()
        p.close()


@pytest.mark.slow
def test_end_loop_and_rewind(clip, player):
    clock = HandClock()
    p = player(clip, clock=clock)
    shows_first_frame(p)
    for n in range(1, FRAMES):  # one frame period at a time: every frame is shown
        clock.advance(1 / FPS)
        wait_for(lambda n=n: p.frame_number == n)
    clock.advance(1 / FPS)
    wait_for(lambda: p.state == "ended")
    assert p.frame_number == FRAMES - 1 and p.error is None  # the last frame stays
    p.play()  # an ended clip plays from the top
    wait_for(lambda: p.frame_number == 0)
    p.set_loop(True)
    numbers = [0]
    for _ in range(FRAMES + 2):
        shown = p.frames_shown
        clock.advance(1 / FPS)
        wait_for(lambda shown=shown: p.frames_shown > shown)
        numbers.append(p.frame_number)
    assert p.state == "playing"  # looped instead of ending
    assert numbers == [i % FRAMES for i in range(FRAMES + 3)]
    p.rewind()
    wait_for(lambda: p.frame_number == 0)


def test_a_player_behind_the_clock_skips_but_ends_on_the_last_frame(clip, player):
    clock = HandClock()
    p = player(clip, clock=clock)
    shows_first_frame(p)
    clock.advance(3 * FRAMES / FPS)  # far behind: everything between is skipped
    wait_for(lambda: p.state == "ended")
    assert p.frame_number == FRAMES - 1 and frame_index(p.frame) == FRAMES - 1
    assert p.frames_shown < FRAMES


def test_close_stops_the_decoder_thread(clip):
    p = VideoPlayer(clip, loop=True)
    shows_first_frame(p)
    thread = p._thread
    p.close()
    assert not thread.is_alive()
    assert p.frame is None and not p.playing


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.2])
def test_a_truncated_file_is_a_typed_error_not_a_crash(clip, keep, player):
    data = clip.read_bytes()
    cut = clip.with_name("abgeschnitten ü.mp4")
    cut.write_bytes(data[: int(len(data) * keep)])
    p = player(cut)
    p.play()
    wait_for(lambda: p.state == "error")
    assert isinstance(p.error, VideoPlaybackError) and isinstance(p.error, MuseumArError)
    assert p.error.reason == "truncated"
    assert "cut short" in str(p.error) and cut.name in str(p.error)
    assert p.frame is None  # the poster shows again
    p.play()  # stays failed, raises nothing
    assert p.state == "error"


def test_the_sample_clip_cut_short_is_caught(tmp_path):
    data = SAMPLE_CLIP.read_bytes()
    cut = tmp_path / "clip.mp4"
    cut.write_bytes(data[: len(data) * 3 // 5])
    assert mp4_cut_short(SAMPLE_CLIP) is None
    assert mp4_cut_short(cut) == (len(data), len(data) * 3 // 5)


def test_missing_and_not_a_video(tmp_path):
    p = VideoPlayer(tmp_path / "fehlt.mp4")
    p.play()
    wait_for(lambda: p.state == "error")
    assert p.error.reason == "missing"
    p.close()
    junk = tmp_path / "kein Video.mp4"
    junk.write_bytes(b"\x00\x01 not a video " * 200)
    p = VideoPlayer(junk)
    p.play()
    wait_for(lambda: p.state == "error")
    assert p.error.reason == "unreadable"
    p.close()


def test_cut_short_mid_stream_is_caught_when_the_boxes_look_whole(tmp_path, player):
    """A stream that ends well before the frame count its header promises (the box sizes were
    patched to fit, so only the decoder can tell)."""
    data = bytearray(SAMPLE_CLIP.read_bytes())
    i = data.find(b"mdat") - 4
    keep = i + (len(data) - i) // 2
    data = data[:keep]
    data[i : i + 4] = (keep - i).to_bytes(4, "big")
    cut = tmp_path / "halb.mp4"
    cut.write_bytes(bytes(data))
    assert mp4_cut_short(cut) is None
    p = player(cut)
    p.play()
    wait_for(lambda: p.state in ("error", "ended"))
    assert p.state == "error" and p.error.reason == "truncated", p.state
    assert p.frame is None
