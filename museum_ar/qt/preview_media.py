"""Which video plays in the AR preview, by the tablet viewer's rules (viewer/src/main.js):

- a marker coming into view (first time, or after PAUSE_AFTER_S unseen) starts its first visible
  item marked autoplay;
- a tap on a video toggles play / pause unless its playback says tap_to_play: false;
- only one medium plays at a time (starting one pauses the others);
- media pause once their marker has been out of view for PAUSE_AFTER_S;
- loop as the item says; a clip that ended starts again from the top when played.

A model's animation (the clip its playback chooses: core/clips.py) plays as the viewer's three.js mixer plays it: from the
start of the preview when its playback says autoplay, looped or stopping on its last pose; a tap
(tap_to_play) pauses it, resumes it where it stopped, or plays it again once it has ended. It plays
beside a video (the viewer does not count clips as media). The renderer poses the model
(DrawItem.anim_time).

The app plays no sound, so audio items are never started here (an autoplay audio item that comes
first on its marker starts nothing, as on the tablet it would start the audio, not a video).

Decoding is `render.video_playback.VideoPlayer`'s (one thread per started video; made on first
play, closed when its item goes away, its file changes, or the preview stops). No Qt in here: the
dock calls these methods from the GUI thread, with the time passed in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

import numpy as np

from ..core.exhibit import Exhibit, Item
from ..core.item_kinds import kind_spec
from ..render.gltf_animation import clip_duration
from ..render.video_playback import VideoPlayer
from .item_kinds import QT_KINDS

PAUSE_AFTER_S = 3.0  # as the viewer's PAUSE_AFTER_S


@dataclass
class ClipClock:
    """How far a model's clip has played: seconds before `started`, plus the time since it (None
    while paused or not started)."""

    loop: bool
    duration: float | None
    started: float | None = None
    played: float = 0.0
    asset: str = ""  # the model file it was made for (a new file starts a new clock) ...
    choice: tuple[str, bool] = ("", False)  # ... and the clip choice (another clip starts a new one)

    def time(self, now: float) -> float:
        return self.played + (now - self.started if self.started is not None else 0.0)

    def ended(self, now: float) -> bool:
        return not self.loop and self.duration is not None and self.time(now) >= self.duration

    def toggle(self, now: float) -> None:
        if self.started is not None and not self.ended(now):
            self.played, self.started = self.time(now), None  # pause where it is
        elif self.started is None and not self.ended(now):
            self.started = now  # resume (or start)
        else:
            self.played, self.started = 0.0, now  # ended: from the start


def _animated(it: Item) -> bool:
    return bool(it.asset) and bool(it.info.get("animations"))


def _choice(it: Item) -> tuple[str, bool]:
    return it.playback.clip, it.playback.all_clips


class PreviewMedia:
    def __init__(self, root: str | Path, exhibit: Exhibit, make_player: Callable[..., VideoPlayer] = VideoPlayer):
        self.root = Path(root)
        self._make = make_player
        self.players: dict[str, VideoPlayer] = {}  # item id -> its decoder (only videos started once)
        self._items: dict[str, tuple[str, Item]] = {}  # item id -> (marker id, item)
        self._order: dict[str, list[str]] = {}  # marker id -> its item ids in order
        self.last_seen: dict[str, float] = {}  # marker id -> when it was last seen
        self.clips: dict[str, ClipClock] = {}  # item id -> its model's clip clock (animated models)
        self.sync(exhibit)

    # -- the exhibit ------------------------------------------------------------------------------
    def sync(self, exhibit: Exhibit) -> None:
        """The exhibit changed: forget players whose item is gone or whose file changed; follow loop."""
        self._items = {it.id: (m.id, it) for m in exhibit.markers for it in m.items}
        self._order = {m.id: [it.id for it in m.items] for m in exhibit.markers}
        for item_id, player in list(self.players.items()):
            entry = self._items.get(item_id)
            if entry is None or not QT_KINDS[entry[1].kind].preview_plays or player.path != self._path(entry[1]):
                self.players.pop(item_id).close()
            else:
                player.set_loop(entry[1].playback.loop)
        for item_id in list(self.clips):
            entry = self._items.get(item_id)
            if entry is None or not _animated(entry[1]) or entry[1].asset != self.clips[item_id].asset or _choice(entry[1]) != self.clips[item_id].choice:
                del self.clips[item_id]
            else:
                self.clips[item_id].loop = entry[1].playback.loop

    def _path(self, item: Item) -> Path:
        return self.root / (item.asset or "")

    def item(self, item_id: str) -> Item | None:
        entry = self._items.get(item_id)
        return entry[1] if entry else None

    # -- rules ------------------------------------------------------------------------------------
    def markers_seen(self, seen: list[str], now: float) -> None:
        """Call once per tracked camera frame with the markers in it."""
        for marker_id in seen:
            last = self.last_seen.get(marker_id)
            if last is None or now - last > PAUSE_AFTER_S:
                self._autoplay(marker_id)
            self.last_seen[marker_id] = now
        for marker_id, last in list(self.last_seen.items()):
            if now - last > PAUSE_AFTER_S:
                self.pause_marker(marker_id)
                del self.last_seen[marker_id]

    def _autoplay(self, marker_id: str) -> None:
        for item_id in self._order.get(marker_id, []):
            it = self._items[item_id][1]
            if it.visible and it.playback.autoplay and kind_spec(it.kind).timed:
                if QT_KINDS[it.kind].preview_plays and not self.playing(item_id):
                    self.toggle(item_id)
                return

    def tap(self, item_id: str, now: float | None = None) -> bool:
        """A tap on an item in the picture: True when it toggled a video or a model's clip."""
        it = self.item(item_id)
        if it is None or not it.playback.tap_to_play:
            return False
        if _animated(it):
            now = time.monotonic() if now is None else now
            self._clip(it, now).toggle(now)
            return True
        if not QT_KINDS[it.kind].preview_plays:
            return False
        self.toggle(item_id)
        return True

    def _clip(self, it: Item, now: float) -> ClipClock:
        clock = self.clips.get(it.id)
        if clock is None:
            duration = clip_duration(self._path(it), it.playback.clip, it.playback.all_clips)
            clock = self.clips[it.id] = ClipClock(it.playback.loop, duration, started=now if it.playback.autoplay else None, asset=it.asset or "", choice=_choice(it))
        return clock

    def clip_times(self, now: float) -> dict[str, tuple[float, bool]]:
        """item id -> (seconds its clip has played, loops) for every animated model that has
        started; a model not started is drawn at rest. Autoplay clips start on the first call."""
        out = {}
        for item_id, (_, it) in self._items.items():
            if _animated(it):
                clock = self._clip(it, now)
                if clock.started is not None or clock.played > 0.0:
                    out[item_id] = (clock.time(now), clock.loop)
        return out

    def toggle(self, item_id: str) -> None:
        it = self.item(item_id)
        if it is None or not QT_KINDS[it.kind].preview_plays:
            return
        player = self.players.get(item_id)
        if player is not None and player.playing:
            player.pause()
            return
        for other_id, other in self.players.items():
            if other_id != item_id:
                other.pause()  # one medium at a time
        if player is None:
            player = self.players[item_id] = self._make(self._path(it), loop=it.playback.loop)
        player.play()

    def pause_marker(self, marker_id: str) -> None:
        for item_id in self._order.get(marker_id, []):
            if item_id in self.players:
                self.players[item_id].pause()

    def playing(self, item_id: str) -> bool:
        p = self.players.get(item_id)
        return p is not None and p.playing

    # -- what to draw and say ---------------------------------------------------------------------
    def frames(self) -> dict[str, np.ndarray]:
        """item id -> the picture to show (videos that have shown a frame and did not fail)."""
        return {i: p.frame for i, p in self.players.items() if p.frame is not None and p.error is None}

    def states(self) -> list[tuple[str, str, object]]:
        """(item id, state, error or None) of every started video, in exhibit order."""
        return [(i, self.players[i].state, self.players[i].error) for i in self._items if i in self.players]

    def close(self) -> None:
        """Stop every decoder thread and free the decoders."""
        for player in self.players.values():
            player.close()
        self.players.clear()
