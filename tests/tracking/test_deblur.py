"""The look through heavy motion blur (tracking.deblur): the camera's blur line measured from the
frame itself, and single frames smeared 16-24 px found with the right id."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import SyntheticCamera, Tracker, facing_pose
from museum_ar.tracking.deblur import blur_line, deblurred_look
from museum_ar.tracking.downscale import area_downscale
from museum_ar.tracking.quads import find_candidates

import smeared_cards  # tests/

from .conftest import URL


def _frame(cards, intr, seed: int, **opts):
    """Our card c at 0.5 m, tilted 25 degrees, on a cluttered table (greyscale), and its corners."""
    ours, _ = cards
    pose = facing_pose(0.5, 25, 40, 70, (-0.05, 0.02))
    cam = SyntheticCamera([MarkerSpec.for_payload(payload_for(URL, "c"), 100.0)], intr, [[pose]], cards=[ours["c"]], clutter=True, noise=(1.5, 4), blur=(0.4, 1.0), seed=seed, **opts)
    frame = cam.read()
    return cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY), frame.truth[0].corners


@pytest.mark.parametrize("length, angle", [(14.0, 10.0), (20.0, 75.0), (24.0, 140.0)])
def test_blur_line_is_measured_from_the_frame(cards, intr, length, angle):
    grey, _ = _frame(cards, intr, seed=int(angle), motion_blur=length, motion_angle=angle)
    line = blur_line(area_downscale(grey, (640, 360)))
    assert line is not None
    got_angle, got_length = line
    assert abs((got_angle - angle + 90) % 180 - 90) < 12.0  # (benchmark 13-25 px set: median 2.7, at most ~18 degrees off)
    assert got_length == pytest.approx(length / 2, abs=1.0)  # (half resolution)


def test_a_sharp_frame_has_no_blur_line_and_no_deblurred_look(cards, intr):
    grey, _ = _frame(cards, intr, seed=3)
    assert blur_line(area_downscale(grey, (640, 360))) is None
    assert deblurred_look(grey, 2.0, find_candidates) == ([], None)


def test_the_deblurred_look_gives_the_cards_square_within_a_few_px(cards, intr, card_markers):
    grey, truth = _frame(cards, intr, seed=7, motion_blur=20.0, motion_angle=30.0)
    inner_ratio = Tracker(intr, card_markers).inner_ratio  # (the frame's inner edge counts too, as in the tracker)
    quads, line = deblurred_look(grey, 2.0, find_candidates, block=11, c=10.0, inner_ratio=inner_ratio)
    assert line is not None and line[1] == pytest.approx(20.0, abs=2.0)  # (full resolution)
    best = min(float(np.abs(np.roll(q, r, axis=0) - truth).max()) for q in quads for r in range(4))
    assert best < 3.0  # px; edge refinement on the blurred frame leaves ~3-6 px


@pytest.mark.slow
def test_single_frames_smeared_16_24px_are_found_with_the_right_id(single_frames, intr):
    # main before this look: 9 of 12 (no square near the card, or its code unread among its
    # siblings a-e); the other exhibit's card (ids a-e too) is in view in every frame.
    found, wrong = single_frames(12, (0.35, 0.8), (0, 40), 1, 100, lambda d: -0.25 * d * 16 / 9 * 0.5, intr, motion_blur=(16.0, 24.0))
    assert wrong == 0
    assert found >= 11



# --- the look's gate (deblur_gate): another exhibit's smeared card turned down before any read --


def test_the_gate_turns_down_another_exhibits_smeared_card_before_reading_it(monkeypatch):
    """The other exhibit's card smeared 13-25 px (tests/smeared_cards.py): the deblurred look measures the line and finds its
    square, the gate scores it far below tracking.deblur.gate_min_score and no read of it runs (no
    placed identify, no deblurred patch); without the gate each look's square was read (the cost
    it saves, ~50 ms a frame) and turned down. Our own card at the same pose, which only that look
    finds, passes the gate and is read."""
    import museum_ar.tracking.tracker as tracker_module
    from museum_ar.tracking.deblur_gate import GATE_MIN_SCORE

    scores: list[float] = []
    gate = tracker_module.closest_code_score
    monkeypatch.setattr(tracker_module, "closest_code_score", lambda *a: scores.append(gate(*a)) or scores[-1])

    def run(shown: str, **kw):
        image, _, markers, intr = smeared_cards.smeared_card(shown)
        tracker = Tracker(intr, markers, smoothing=False, **kw)
        reads = {"patch": 0, "placed": 0}
        patch, identify = tracker._identify_deblurred, tracker._identify

        def counted_patch(*a):
            reads["patch"] += 1
            return patch(*a)

        def counted_identify(grey, corners, placed=False):
            reads["placed"] += placed
            return identify(grey, corners, placed)

        monkeypatch.setattr(tracker, "_identify_deblurred", counted_patch)
        monkeypatch.setattr(tracker, "_identify", counted_identify)
        scores.clear()
        return [d.marker_id for d in tracker.process(image, 0.0)], reads, list(scores)

    found, reads, foreign = run("grass-haus")
    assert found == [] and foreign  # (the look ran and gave the card's square)
    assert max(foreign) < GATE_MIN_SCORE - 0.1
    assert reads == {"patch": 0, "placed": 0}
    found, reads, ours = run("ammonit")
    assert found == ["ammonit"] and max(ours) >= GATE_MIN_SCORE + 0.1
    assert reads["placed"] >= 1
    assert run("ammonit", deblur=False)[0] == []  # (only the deblurred look finds it)
    monkeypatch.setattr(tracker_module, "GATE_MIN_SCORE", -2.0)
    found, reads, _ = run("grass-haus")
    assert found == [] and reads["placed"] >= 1 and reads["patch"] >= 1
