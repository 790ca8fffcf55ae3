"""Video items play in the AR preview: the real window, the grass-haus sample (its H.264 clip on
marker "zeichnung"), the synthetic camera, and the preview's own pixels.

The synthetic camera sways, so two pictures of the preview taken at different camera frames
differ everywhere. To see what the video alone does, both pictures are drawn from the *same*
camera result (`view.result` put back before the second grab): then only a video frame that moved
on can change a pixel."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from museum_ar.core import commands as cmd

from .test_gl_and_dialogs import qimage_rgb

pytestmark = [pytest.mark.gl, pytest.mark.slow]  # real video decoding in the GL preview

SAMPLE = Path(__file__).resolve().parents[2] / "exhibits" / "grass-haus"
VIDEO = "zeichnung-video"


@pytest.fixture
def grass_haus(window, tmp_path):
    """A copy of the grass-haus sample in a folder with umlauts and spaces, open in the window."""
    root = tmp_path / "Grass Häus Kopie"
    shutil.copytree(SAMPLE, root)
    assert window.open_exhibit(root), window.message_bar.text()
    return window


def video_item(w):
    return w.doc.exhibit.find_item(VIDEO)[1]


def set_playback(w, **changes):
    w.doc.push(cmd.set_playback(video_item(w), **changes))
    w.doc.stack.set_clean()


def start_preview(w, qtbot):
    from museum_ar.qt.capture import SourceSpec

    w.preview_dock.show()
    w.preview_dock.raise_()
    view = w.preview.view
    assert view is not None, w.preview.missing
    w.preview.start(SourceSpec("synthetic"))
    qtbot.waitUntil(lambda: w.preview.last is not None and "zeichnung" in w.preview.last.seen and view.frames_drawn > 3 and view.renderer is not None and not view.renderer.pending, timeout=60000)
    return view


def video_point(view) -> QPoint:
    """A widget position on the video quad, found with the renderer's pick of the last picture."""
    hits = [(x, y) for y in range(0, view.height(), 5) for x in range(0, view.width(), 5) if view.item_at(x, y) == VIDEO]
    assert len(hits) > 10, "the video quad is not in the picture"
    xs, ys = zip(*hits)
    return QPoint(int(np.median(xs)), int(np.median(ys)))


def tap(view, qtbot) -> None:
    view.repaint()  # pick from a picture of now
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=video_point(view))


def two_pictures(view, qtbot, wait) -> tuple[np.ndarray, np.ndarray]:
    """Grab the preview, wait until `wait()` holds, grab it again from the same camera result."""
    r = view.result
    a = qimage_rgb(view.grabFramebuffer())
    qtbot.waitUntil(wait, timeout=20000)
    view.result = r
    b = qimage_rgb(view.grabFramebuffer())
    return a, b


def test_video_plays_on_tap_and_pauses_on_the_next(grass_haus, qtbot):
    w = grass_haus
    set_playback(w, loop=True)  # the sample's clip is 3 s: keep it going however slow the machine
    assert not video_item(w).playback.autoplay
    view = start_preview(w, qtbot)
    try:
        media = w.preview.media
        assert media.players == {}  # not autoplay: the poster until tapped
        tap(view, qtbot)
        assert media.playing(VIDEO)
        player = media.players[VIDEO]
        qtbot.waitUntil(lambda: player.frames_shown >= 3 and "playing" in w.preview.status.text(), timeout=20000)

        # playing: the same camera picture, a later video frame -> the quad's pixels change
        n = player.frame_number
        a, b = two_pictures(view, qtbot, lambda: player.frame_number not in (n, n + 1))
        changed = np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 24
        assert changed.mean() > 0.002, "the video quad did not change while playing"
        ys, xs = np.nonzero(changed)
        dpr = view.devicePixelRatioF()
        sample = np.random.default_rng(0).choice(len(xs), size=min(40, len(xs)), replace=False)
        on_video = [view.item_at(xs[i] / dpr, ys[i] / dpr) == VIDEO for i in sample]
        assert np.mean(on_video) > 0.9, "pixels changed outside the video quad"

        # a second tap pauses: more camera frames go by, the quad stays as it is
        tap(view, qtbot)
        assert not media.playing(VIDEO) and player.state == "paused"
        qtbot.waitUntil(lambda: "paused" in w.preview.status.text(), timeout=10000)
        shown = player.frames_shown
        index = w.preview.last.index
        a, b = two_pictures(view, qtbot, lambda: w.preview.last is not None and w.preview.last.index >= index + 5)
        assert player.frames_shown == shown
        assert np.array_equal(a, b), "the picture changed while the video was paused"
    finally:
        w.preview.stop()
    assert w.preview.media is None and player.frame is None  # decoder freed with the preview


def test_autoplay_starts_when_the_marker_is_seen_and_removal_frees_the_decoder(grass_haus, qtbot):
    w = grass_haus
    set_playback(w, autoplay=True, loop=True)
    start_preview(w, qtbot)
    try:
        media = w.preview.media
        qtbot.waitUntil(lambda: media.playing(VIDEO), timeout=20000)
        player = media.players[VIDEO]
        qtbot.waitUntil(lambda: player.frames_shown >= 2, timeout=20000)
        w.doc.push(cmd.RemoveItem(VIDEO))
        assert VIDEO not in media.players and player.frame is None and player._thread is None
    finally:
        w.doc.stack.set_clean()
        w.preview.stop()


def test_tap_is_ignored_when_tap_to_play_is_off(grass_haus, qtbot):
    w = grass_haus
    set_playback(w, tap_to_play=False)
    view = start_preview(w, qtbot)
    try:
        tap(view, qtbot)
        assert w.preview.media.players == {}
    finally:
        w.preview.stop()


def test_truncated_video_says_so_and_keeps_the_poster(grass_haus, qtbot):
    w = grass_haus
    clip = w.doc.root / video_item(w).asset
    data = clip.read_bytes()
    clip.write_bytes(data[: len(data) // 2])  # a copy that stopped half-way
    view = start_preview(w, qtbot)
    try:
        r = view.result
        poster = qimage_rgb(view.grabFramebuffer())
        tap(view, qtbot)
        player = w.preview.media.players[VIDEO]
        qtbot.waitUntil(lambda: player.state == "error", timeout=20000)
        qtbot.waitUntil(lambda: "cannot play" in w.preview.status.text(), timeout=10000)
        assert "cut short" in w.preview.status.text()
        assert player.error.reason == "truncated"
        view.result = r
        after = qimage_rgb(view.grabFramebuffer())
        assert np.array_equal(poster, after), "the poster did not stay"
        assert w.preview.running()  # the preview goes on
    finally:
        w.preview.stop()


def test_playback_options_show_for_media_only_and_a_click_is_undoable(grass_haus, qtbot):
    w = grass_haus
    w.inspector_dock.raise_()
    shown = {}
    for kind, item_id in (("mesh", "trommel-mesh"), ("image", "zeichnung-bild"), ("text", "trommel-text"), ("audio", "trommel-audio"), ("video", VIDEO)):
        assert w.tree.select("item", item_id)
        shown[kind] = w.inspector.it_play_box.isVisible()
    assert shown == {"mesh": False, "image": False, "text": False, "audio": True, "video": True}
    box = w.inspector.it_loop
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert video_item(w).playback.loop is True and w.isWindowModified()
    w.doc.undo()
    assert video_item(w).playback.loop is False and not box.isChecked()
