"""One tracker, two runtimes: the same frames through the tablet viewer's tracker (viewer/src in
node) and the desktop's (museum_ar.tracking.Tracker). The frames are what a visitor's tablet
sees: the whole printed card as `museum-ar markers --format png` makes it (label, margins, cut
marks) on a cluttered table, near and far, blurred, with another exhibit's card of the same museum
(84-85 % of its modules equal) that the bundle does not know. benchmarks/viewer_vs_desktop.py
measures the same at more frames and conditions."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from museum_ar.core import Exhibit, LocalizedText, Marker
from museum_ar.export.manifest import build_manifest
from museum_ar.markers import MarkerSpec, tracking_params
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker, facing_pose
from museum_ar.tracking.synthetic import printed_card
from test_tracker_accuracy import run_tracker

pytestmark = [pytest.mark.skipif(shutil.which("node") is None, reason="needs node (scripts/install.sh)"), pytest.mark.slow]  # both trackers, the JS one in node, over rendered clips

URL = "https://museum.example.org/natur/"
W, H = 1280, 720
EXHIBIT = Exhibit(title=LocalizedText.of(de="Natur und Umwelt"), publish_url=URL, markers=[
    Marker("ammonit", 100.0, label=LocalizedText.of(de="Ammonit", en="Ammonite")),
    Marker("grass-haus", 100.0, label=LocalizedText.of(de="Günter Grass-Haus")),
])
INTR = CameraIntrinsics.default_for(W, H, tracking_params.DEFAULT_HFOV_DEG)
# distance (m), tilt, turn, roll, offset in the picture (m at that distance)
POSES = [(0.35, 10, 0, 5, (0.02, 0.01)), (0.6, 40, 60, -20, (-0.08, 0.03)), (0.9, 25, 200, 15, (0.1, -0.05)),
         (1.3, 30, 120, 0, (-0.2, 0.1)), (1.7, 15, 300, 25, (0.25, -0.1)), (2.0, 35, 30, -10, (0.0, 0.0))]


def frames_of(marker_id: str, **trouble) -> list[np.ndarray]:
    card = printed_card(EXHIBIT, next(m for m in EXHIBIT.markers if m.id == marker_id))
    poses = [[facing_pose(d, tilt, turn, roll, off)] for d, tilt, turn, roll, off in POSES]
    cam = SyntheticCamera([MarkerSpec.of(EXHIBIT.marker(marker_id), EXHIBIT)], INTR, poses=poses, noise=3.0, blur=0.8, clutter=True, cards=[card], seed=3, **trouble)
    return [cam.render(cam._poses_at(i))[0] for i in range(len(poses))]


def desktop_reads(frames, poses: list | None = None, deblur: bool = True) -> list[dict]:
    """Per frame: {marker id: corners} from the desktop, starting fresh on each; `poses`, when
    given, gets per frame [the card's raw pose (4x4 marker -> camera) or None]. deblur: with the
    look through heavy blur (tracking.deblur, the viewer's deblur.js)."""
    desktop = Tracker(INTR, [MarkerSpec.of(EXHIBIT.marker("ammonit"), EXHIBIT)], smoothing=False, deblur=deblur)
    ours = []
    for i, f in enumerate(frames):
        desktop.reset()
        dets = desktop.process(f, i / 30)
        ours.append({d.marker_id: np.asarray(d.corners) for d in dets})
        if poses is not None:
            poses.append([next((d.raw_pose for d in dets if d.marker_id == "ammonit"), None)])
    return ours


def both(tmp_path, frames, poses: list | None = None):
    """Per frame: {marker id: corners} from the desktop (every stage) and from the viewer, both
    starting fresh. `poses`, when given, collects per frame the two raw poses (4x4 marker ->
    camera) of the card."""
    ours = desktop_reads(frames, poses)
    bundle = Exhibit(title=EXHIBIT.title, publish_url=URL, markers=[EXHIBIT.markers[0]])  # the one-marker bundle
    js = run_tracker(tmp_path, frames, build_manifest(bundle, {})["markers"], hfov=tracking_params.DEFAULT_HFOV_DEG)
    theirs = [{r["id"]: np.asarray(r["corners"], float) for r in rs} for rs in js["results"]]
    if poses is not None:
        for pair, rs in zip(poses, js["results"]):
            r = next((r for r in rs if r["id"] == "ammonit"), None)
            pair.append(None if r is None else np.block([[np.asarray(r["R"]), np.asarray(r["t"])[:, None]], [np.zeros((1, 3)), np.ones((1, 1))]]))
    return ours, theirs


@pytest.mark.parametrize("trouble", [{}, {"motion_blur": (5, 9)}, {"motion_blur": (9, 11)}], ids=["sharp", "motion-blur", "strong-motion-blur"])
def test_the_viewer_finds_the_printed_card_where_the_desktop_does_at_the_same_corners(tmp_path, trouble):
    frames = frames_of("ammonit", **trouble)
    desktop, viewer = both(tmp_path, frames)
    found_d = [bool(d.get("ammonit") is not None) for d in desktop]
    found_v = [bool(v.get("ammonit") is not None) for v in viewer]
    assert sum(found_d) >= len(POSES) // 2  # the frames are fair: the desktop finds most (strong blur beyond 1 m is hard)
    assert sum(found_v) >= sum(found_d), f"viewer {found_v} vs desktop {found_d}"
    # One algorithm: the same square, to a pixel; but a card the desktop finds only through its
    # deblurred look it reads at that look's corners as they are, 1-2 px off, where the viewer
    # refines them on the deblurred picture or found the card by the usual looks (strong blur,
    # frame 4: desktop 1.9 px from the truth, viewer 0.3): there the two agree within 2.5 px.
    usual = desktop_reads(frames, deblur=False)
    for d, v, u in zip(desktop, viewer, usual):
        if "ammonit" in d and "ammonit" in v:
            assert np.abs(d["ammonit"] - v["ammonit"]).max() < (1.0 if "ammonit" in u else 2.5)


def test_both_trackers_give_the_same_pose(tmp_path):
    """The same marker frame and the same pose method (IPPE on the square, both solutions, the
    inner frame corners joining): within 0.5 degrees and 0.5 % of the distance on every frame
    both found (the corners agree to a pixel, so the poses may differ by that much)."""
    from museum_ar.tracking import rotation_error_deg

    pairs: list = []
    both(tmp_path, frames_of("ammonit"), pairs)
    compared = 0
    for desktop, viewer in pairs:
        if desktop is None or viewer is None:
            continue
        compared += 1
        assert rotation_error_deg(desktop, viewer) < 0.5
        assert np.linalg.norm(desktop[:3, 3] - viewer[:3, 3]) < 0.005 * np.linalg.norm(desktop[:3, 3])
    assert compared >= len(POSES) - 1


@pytest.mark.parametrize("trouble", [{}, {"shadow": 1.0}, {"motion_blur": (13, 25)}], ids=["sharp", "shadow", "heavy-motion-blur"])
def test_neither_anchors_the_bundle_on_another_exhibits_card(tmp_path, trouble):
    """Also where the new stages read more: light-normalised modules, the line-shaped blur model."""
    desktop, viewer = both(tmp_path, frames_of("grass-haus", **trouble))
    assert all(not d for d in desktop)
    assert all(not v for v in viewer), viewer


# The desktop's stages for a visitor's hands (issue 14), ported to the viewer: drawn at random
# once (distance, tilt, turn, roll, offset; not picked) as benchmarks/viewer_vs_desktop.py's
# conditions. The viewer's tracker before the port found 7 of 10 / 7 of 12 / 7 of 12 of them.
STAGES = {
    # a shadow's edge across the card: the modules read against the light falling on them
    "shadow": ({"shadow": 1.0}, 9, [
        (0.66, 38, 52, 27, (-0.03, -0.01)), (0.88, 16, 198, -28, (0.04, 0.0)), (0.53, 32, 109, -3, (-0.06, -0.01)),
        (0.44, 10, 270, -13, (-0.0, 0.05)), (0.97, 29, 195, -13, (-0.05, 0.05)), (0.66, 5, 224, 17, (0.02, 0.04)),
        (0.33, 21, 165, -26, (0.02, 0.04)), (0.72, 10, 302, 1, (0.0, 0.03)), (0.4, 33, 246, 17, (-0.05, 0.03)),
        (0.43, 3, 308, 22, (0.06, -0.0))]),
    # 70-80 degrees: a long thin outline whose obtuse corners the 16-direction hull misses (9, as
    # the desktop: since a new id needs min_score_new, the viewer's 10th read, soft, is not taken)
    "steep-tilt": ({}, 9, [
        (0.43, 73, 293, -24, (0.02, 0.02)), (0.39, 71, 99, 9, (0.01, -0.03)), (0.52, 77, 152, 8, (0.07, 0.02)),
        (0.5, 72, 125, 1, (0.06, 0.03)), (0.46, 79, 170, 12, (-0.06, -0.04)), (0.4, 79, 245, 21, (0.02, -0.01)),
        (0.56, 76, 310, -4, (0.06, 0.01)), (0.71, 75, 249, -10, (0.0, -0.03)), (0.35, 70, 253, -3, (0.06, 0.03)),
        (0.49, 80, 213, 16, (-0.01, -0.03)), (0.39, 72, 217, -23, (-0.08, 0.03)), (0.35, 75, 176, 7, (0.0, 0.04))]),
    # 13-25 px of motion blur in single frames: the line-shaped blur model
    "heavy-motion-blur": ({"motion_blur": (13, 25)}, 8, [
        (0.36, 9, 288, 5, (-0.06, -0.01)), (0.64, 6, 264, -23, (-0.02, 0.0)), (0.6, 23, 266, 27, (-0.03, 0.01)),
        (0.79, 12, 1, 28, (-0.03, -0.02)), (0.92, 23, 170, 16, (-0.08, 0.02)), (0.56, 4, 238, 26, (-0.05, 0.01)),
        (0.51, 30, 260, -17, (0.05, 0.02)), (0.78, 33, 154, 16, (0.06, -0.04)), (0.89, 16, 173, -21, (0.03, -0.02)),
        (0.91, 11, 202, -6, (0.02, -0.03)), (0.43, 30, 271, 4, (0.07, -0.03)), (0.9, 7, 347, 7, (0.02, 0.05))]),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_the_viewer_has_the_desktops_stages_for_shadow_steep_tilt_and_heavy_blur(tmp_path, stage):
    """The same frames through both: the viewer finds the card in at least as many as the desktop
    (less one: the two find the square differently), with the one id; where both found it, the
    poses agree within test_both_trackers_give_the_same_pose's tolerance (at 70-80 degrees on all
    frames but one: a card at 80 degrees is a few pixels wide, its pose ill-conditioned). Under
    13-25 px of blur each tracker fits the smeared edges its own way (the viewer has no blurred
    refinement retry), so there the ids are compared, not the poses."""
    from museum_ar.tracking import rotation_error_deg

    trouble, need, stage_poses = STAGES[stage]
    card = printed_card(EXHIBIT, EXHIBIT.markers[0])
    cam = SyntheticCamera([MarkerSpec.of(EXHIBIT.marker("ammonit"), EXHIBIT)], INTR, poses=[[facing_pose(*p)] for p in stage_poses],
                          noise=3.0, blur=0.8, clutter=True, cards=[card], seed=3, **trouble)
    frames = [cam.render(cam._poses_at(i))[0] for i in range(len(stage_poses))]
    pairs: list = []
    desktop, viewer = both(tmp_path, frames, pairs)
    assert all(set(v) <= {"ammonit"} for v in viewer), viewer
    found_d, found_v = sum("ammonit" in d for d in desktop), sum("ammonit" in v for v in viewer)
    assert found_v >= need, f"viewer found {found_v} of {len(frames)}, desktop {found_d}"
    assert found_v >= found_d - 1
    if stage == "heavy-motion-blur":
        return
    off = [(rotation_error_deg(d, v), np.linalg.norm(d[:3, 3] - v[:3, 3]) / np.linalg.norm(d[:3, 3])) for d, v in pairs if d is not None and v is not None]
    outside = [o for o in off if o[0] >= 0.5 or o[1] >= 0.005]
    assert len(outside) <= (1 if stage == "steep-tilt" else 0), off
    assert len(off) >= found_d - 2


def clip(n: int, second_from: int | None = None):
    """A visitor's hand-held approach (sway, tremor, blur bursts) to the ammonite card; with
    `second_from`, the Grass-Haus card lies beside it from that frame on."""
    import math

    cards = [printed_card(EXHIBIT, m) for m in EXHIBIT.markers]

    def poses(i):
        s = i / 30
        d = 0.8 + 0.3 * math.cos(2 * math.pi * s / 4)
        off = (0.04 * math.sin(2 * math.pi * s / 2.3) + 0.004 * math.sin(37 * s), 0.03 * math.sin(2 * math.pi * s / 3.1))
        own = facing_pose(d, 25 + 10 * math.sin(2 * math.pi * s / 3), 20, 8 * math.sin(2 * math.pi * s / 5), off)
        beside = facing_pose(d, 25, 20, 0, (off[0] - 0.2, off[1])) if second_from is not None and i >= second_from else None
        return [own, beside]

    cam = SyntheticCamera([MarkerSpec.of(m, EXHIBIT) for m in EXHIBIT.markers], INTR, poses=poses, frames=n, noise=3.0,
                          blur=0.8, motion_blur=(0, 7), clutter=True, cards=cards, seed=5)
    rendered = [cam.render(cam._poses_at(i)) for i in range(n)]
    return [r[0] for r in rendered], [r[1] for r in rendered]


def test_the_viewer_follows_a_found_card_without_searching_the_whole_picture(tmp_path):
    """Once found, a card is looked for where it moved (its edges refined, its code read again);
    the whole-picture search runs only every `full_scan_every` frames. Nothing is lost by it:
    as many frames found, corners as exact."""
    frames, truths = clip(60)
    one = [m for m in build_manifest(EXHIBIT, {})["markers"] if m["id"] == "ammonit"]
    js = run_tracker(tmp_path, frames, one, hfov=tracking_params.DEFAULT_HFOV_DEG, continuous=True)
    found = [next((r for r in rs if r["id"] == "ammonit"), None) for rs in js["results"]]
    assert sum(f is not None for f in found) >= 58
    stats = js["stats"]
    assert stats["followed"] >= 0.8 * len(frames) and stats["full"] >= len(frames) // tracking_params.SEARCH["full_scan_every"]
    errors = []
    for f, truth in zip(found, truths):
        if f is not None:
            c, t = np.asarray(f["corners"], float), np.asarray(next(x for x in truth if x.payload.endswith("ammonit")).corners, float)
            errors.append(min(np.linalg.norm(np.roll(c, k, axis=0) - t, axis=1).max() for k in range(4)))
    assert np.percentile(errors, 90) < 1.0


def test_a_card_that_comes_into_view_while_another_is_followed_is_found_within_the_full_scan_interval(tmp_path):
    frames, _ = clip(45, second_from=15)
    js = run_tracker(tmp_path, frames, build_manifest(EXHIBIT, {})["markers"], hfov=tracking_params.DEFAULT_HFOV_DEG, continuous=True)
    first_seen = next(i for i, rs in enumerate(js["results"]) if any(r["id"] == "grass-haus" for r in rs))
    assert 15 <= first_seen <= 15 + tracking_params.SEARCH["full_scan_every"]


@pytest.mark.parametrize(("distance", "tilt", "table"), [(1.7, 40, "dark"), (1.9, 20, "dark"), (1.9, 40, "dark folder")])
def test_a_far_card_on_something_dark_is_found_by_the_full_resolution_look(tmp_path, distance, tilt, table):
    """At 1.7-2 m the card's white margin is a pixel or two; on a dark table (or a dark folder
    under half the card), halving the picture merges the frame with it. The search then looks at
    the full-resolution picture too, as the desktop does."""
    card = printed_card(EXHIBIT, EXHIBIT.markers[0])
    pose = facing_pose(distance, tilt, 30, 10, (0.0, 0.0))
    cam = SyntheticCamera([MarkerSpec.of(EXHIBIT.marker("ammonit"), EXHIBIT)], INTR, poses=[[pose]], noise=3.0, blur=0.8, cards=[card], seed=2)
    _, truth = cam.render([pose])
    if table == "dark":
        cam.background[:] = 25
    else:
        (x0, y0), (x1, y1) = truth[0].corners.min(axis=0), truth[0].corners.max(axis=0)
        cam.background[int(y0) - 40:int(y1) + 40, int((x0 + x1) / 2):int(x1) + 60] = 25
    frame = cam.render([pose])[0]
    desktop, viewer = both(tmp_path, [frame])
    assert "ammonit" in desktop[0]
    assert "ammonit" in viewer[0]


# --- a card at 70-80 degrees: the desktop's two last looks (issues #13, #14, #18) ---------------
# Frames of benchmarks/tracking.py's "tilt_70-80deg" set, rendered exactly as the benchmark (and
# tests/tracking/test_steep.py) renders them: our card among ids a-e, the other exhibit's card
# beside it, clutter. (our id, other id, camera seed, our pose, other pose; facing_pose arguments)
GRASS, NATUR = "https://ar.example.org/grass/", "https://ar.example.org/natur/"
STEEP_FRAMES = {
    # seed 1, frames 60 and 87: the desktop's faint last look found them (test_steep.py); the
    # viewer's wide relative threshold had kept their thin frames already
    "seed1-60": ("d", "c", 108060, (0.4017552854448645, 77.9226953503871, 157.18728778417855, 69.40330784976388, (-0.025215345233380523, -0.0194960674738363)), (0.5643393860967028, 3.0756107683538647, 330.63585030210714, 228.7911620846568, (0.004850930174016141, -0.020729766522654194))),
    "seed1-87": ("c", "c", 108087, (0.4564552663649102, 76.85536853082834, 202.71167820159678, 307.99858548699615, (0.17815367487718525, 0.025694389427535762)), (0.8477943438420528, 40.06398290234604, 101.10044259038963, 227.96805114383915, (-0.1936985660452485, -0.16018681984193753))),
    # seed 2, frame 25: only the faint last look at half resolution (window 5, offset 5) finds it
    "seed2-25": ("a", "e", 208025, (0.4570810219096418, 75.58685886486789, 174.579210203986, 306.22660976656476, (0.09252273075064271, -0.06190076472652609)), (0.5621086848715966, 2.06413392691997, 9.84285381712617, 38.64374303498047, (-0.16659256002919337, 0.06862349649874225))),
    # seed 2, frame 30: the thin frame broke up at full resolution; only its hull, allowed to
    # fill its quad within quads.hull_max_fill_error, gives the quad (the viewer read it 0.83, soft,
    # until its code was predicted blurred by the desktop's edge spread)
    "seed2-30": ("d", "c", 208030, (0.7229310318275222, 76.02052477942327, 322.9423346795143, 195.33930866149728, (0.14821684561628118, -0.022989048287381443)), (0.4556666430763622, 38.44208036920166, 143.80097273470713, 162.9762436410796, (-0.02243485353774321, -0.04222327788373564))),
}


def _card_exhibit(url: str, title: str) -> Exhibit:
    """tests/tracking/conftest.py's (and the benchmark's) exhibits: cards a-e, 100 mm."""
    return Exhibit(title=LocalizedText({"de": title, "en": title}), publish_url=url, markers=[Marker(i, 100.0, LocalizedText({"de": f"Objekt {i}", "en": f"Object {i}"})) for i in "abcde"])


def steep_frame(ours_id, other_id, seed, ours_pose, other_pose):
    """(frame, our card's true corners) as benchmarks/tracking.py renders it."""
    from museum_ar.markers.payload import payload_for

    grass, natur = _card_exhibit(GRASS, "Grass"), _card_exhibit(NATUR, "Natur")
    specs = [MarkerSpec.for_payload(payload_for(GRASS, ours_id), 100.0), MarkerSpec.for_payload(payload_for(NATUR, other_id), 100.0)]
    cards = [printed_card(grass, grass.marker(ours_id)), printed_card(natur, natur.marker(other_id))]
    cam = SyntheticCamera(specs, CameraIntrinsics.default_for(W, H), [[facing_pose(*ours_pose), facing_pose(*other_pose)]], cards=cards, noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, seed=seed)
    frame = cam.read()
    return frame.image, next(t for t in frame.truth if t.payload == specs[0].payload).corners


def test_the_viewer_reads_the_steep_cards_the_desktops_last_looks_find_with_the_same_pose(tmp_path):
    """Both trackers on the same frames, fresh on each: the viewer names our card and nothing else,
    its corners within a pixel of the truth, its pose within test_both_trackers_give_the_same_pose's
    tolerance of the desktop's. seed2-25 and seed2-30 need the ported looks (main's viewer found
    neither). A bundle exported before the looks' values were shared (no tracking.search.faint_*,
    no tracking.quads.hull_max_fill_error) reads the same: the viewer then takes the desktop's."""
    from museum_ar.markers.payload import payload_for
    from museum_ar.tracking import rotation_error_deg

    grass = _card_exhibit(GRASS, "Grass")
    rendered = {name: steep_frame(*args) for name, args in STEEP_FRAMES.items()}
    frames = [f for f, _ in rendered.values()]
    desktop = Tracker(CameraIntrinsics.default_for(W, H), [MarkerSpec.for_payload(payload_for(GRASS, i), 100.0, i) for i in "abcde"], smoothing=False)
    markers = build_manifest(grass, {})["markers"]
    js = run_tracker(tmp_path, frames, markers)
    old = tracking_params.as_manifest()
    del old["search"]["faint_window_px"], old["search"]["faint_offset"], old["quads"]["hull_max_fill_error"]
    js_old = run_tracker(tmp_path, frames, markers, tracking=old)
    for (name, args), frame, viewer, viewer_old in zip(STEEP_FRAMES.items(), frames, js["results"], js_old["results"]):
        ours = args[0]
        assert viewer_old == viewer, name
        assert [r["id"] for r in viewer] == [ours], name
        truth = rendered[name][1]
        corners = np.asarray(viewer[0]["corners"], float)
        assert min(np.abs(np.roll(corners, k, axis=0) - truth).max() for k in range(4)) < 1.0, name
        desktop.reset()
        d = next(d for d in desktop.process(frame, 0.0) if d.marker_id == ours)
        v = np.block([[np.asarray(viewer[0]["R"]), np.asarray(viewer[0]["t"])[:, None]], [np.zeros((1, 3)), np.ones((1, 1))]])
        assert rotation_error_deg(d.raw_pose, v) < 0.5, name
        assert np.linalg.norm(d.raw_pose[:3, 3] - v[:3, 3]) < 0.005 * np.linalg.norm(d.raw_pose[:3, 3]), name


# A card among its siblings (issue #13): ids a-e of one address differ in few modules, so far away
# a sibling reads within identity.min_margin of the true code from the shared modules alone, and
# at 70-80 degrees the true code reads soft unless predicted blurred by the frame's edge spread.
# Rendered as the benchmark renders (steep_frame), the other exhibit's card beside. (name: our id,
# other id, camera seed, our pose, other pose). far-2.2m: drawn at random (2.1-2.3 m, tilt 0-35);
# main's viewer missed all 12 of that draw. steep-75: of 12 drawn at random at 73-78 degrees, the
# one the desktop found and main's viewer did not (the viewer now finds all 11 the desktop does).
SIBLING_FRAMES = {
    "far-2.2m": ("e", "b", 313001, (2.2, 14, 197, -28, (0.15, 0.01)), (0.9, 30, 100, 10, (-0.3, 0.1))),
    "steep-75": ("c", "a", 313107, (0.63, 75, 323, 20, (-0.01, 0.04)), (0.8, 25, 40, 0, (-0.25, -0.1))),
}


def test_the_viewer_reads_a_far_and_a_steep_card_among_its_siblings_with_the_desktops_pose(tmp_path):
    """Both trackers fresh on each frame: the viewer names our card (a close sibling told apart
    where the codes differ, as the desktop's identity.separation; the code predicted blurred by
    the desktop's edge spread) and nothing else, its corners within a pixel of the desktop's, its
    pose within a degree and 1 % of the distance of the desktop's (a card 45 px wide at 2.2 m)."""
    from museum_ar.markers.payload import payload_for
    from museum_ar.tracking import rotation_error_deg

    frames = [steep_frame(*args)[0] for args in SIBLING_FRAMES.values()]
    desktop = Tracker(CameraIntrinsics.default_for(W, H), [MarkerSpec.for_payload(payload_for(GRASS, i), 100.0, i) for i in "abcde"], smoothing=False)
    js = run_tracker(tmp_path, frames, build_manifest(_card_exhibit(GRASS, "Grass"), {})["markers"])
    for (name, args), frame, viewer in zip(SIBLING_FRAMES.items(), frames, js["results"]):
        ours = args[0]
        desktop.reset()
        d = next(d for d in desktop.process(frame, 0.0) if d.marker_id == ours)
        assert [r["id"] for r in viewer] == [ours], name
        corners = np.asarray(viewer[0]["corners"], float)
        assert min(np.abs(np.roll(corners, k, axis=0) - d.corners).max() for k in range(4)) < 1.0, name
        v = np.block([[np.asarray(viewer[0]["R"]), np.asarray(viewer[0]["t"])[:, None]], [np.zeros((1, 3)), np.ones((1, 1))]])
        assert rotation_error_deg(d.raw_pose, v) < 1.0, name
        assert np.linalg.norm(d.raw_pose[:3, 3] - v[:3, 3]) < 0.01 * np.linalg.norm(d.raw_pose[:3, 3]), name


def test_the_viewers_faint_look_thresholds_as_the_desktop():
    """The last look's dark pixels (detect.js meanThreshold, window 5, offset 5 on the halved
    frame) are cv2.adaptiveThreshold's (mean, inverted) on the desktop's search image, pixel for
    pixel: one algorithm, one set of parameters, on a frame it was made for."""
    import json
    import subprocess
    from pathlib import Path

    import cv2

    from museum_ar.tracking.downscale import area_downscale

    frame, _ = steep_frame(*STEEP_FRAMES["seed2-25"])
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    small = area_downscale(grey, (W // 2, H // 2))
    block, c = tracking_params.SEARCH["faint_window_px"], tracking_params.SEARCH["faint_offset"]
    want = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, c) > 0
    src = (Path(__file__).parents[2] / "viewer/src/detect.js").as_uri()
    script = f"""import {{ halve, meanThreshold }} from {json.dumps(src)};
const chunks = []; for await (const c of process.stdin) chunks.push(c);
const g = new Uint8Array(Buffer.concat(chunks));
const s = halve(g, {W}, {H});
process.stdout.write(Buffer.from(meanThreshold(s.g, s.w, s.h, {block}, {c})));"""
    out = subprocess.run(["node", "--input-type=module", "-e", script], input=grey.tobytes(), capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode()
    got = np.frombuffer(out.stdout, np.uint8).reshape(H // 2, W // 2) > 0
    assert want.sum() > 1000  # (a real binary: the card, the clutter's edges)
    assert np.array_equal(got, want), int((got != want).sum())


# --- issue 14's clutter misses: a corner under another card, small blurred siblings -------------
# tests/tracking/test_clutter_misses.py's frames (benchmarks/tracking.py's clutter sets, seed 1),
# rendered as there. The viewer completes the hidden corner (cut_corner.js) and tells the small
# card from its sibling with the shared light taken out (separation.js), as the desktop does.


def _clutter_miss_frames(frames: list, size: tuple[int, int]) -> list:
    """Per frame (image, our card's true corners)."""
    from museum_ar.markers.payload import payload_for
    from test_viewer_identity_matches_desktop import tracking_tests

    OTHER_URL, URL = tracking_tests("conftest").OTHER_URL, tracking_tests("conftest").URL
    grass, natur = _card_exhibit(URL, "Grass"), _card_exhibit(OTHER_URL, "Natur")
    intr = CameraIntrinsics.default_for(*size)
    out = []
    for ours_id, other_id, seed, ours_pose, other_pose in frames:
        poses = [np.vstack([np.array(p), [0, 0, 0, 1]]) for p in (ours_pose, other_pose)]
        specs = [MarkerSpec.for_payload(payload_for(URL, ours_id), 100.0), MarkerSpec.for_payload(payload_for(OTHER_URL, other_id), 100.0)]
        cam = SyntheticCamera(specs, intr, [poses], cards=[printed_card(grass, grass.marker(ours_id)), printed_card(natur, natur.marker(other_id))], noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, seed=seed)
        frame = cam.read()
        out.append((frame.image, next(t for t in frame.truth if t.payload == specs[0].payload).corners))
    return out


@pytest.mark.parametrize(("which", "size", "need"), [("CORNER_HIDDEN", (1280, 720), 3), ("SMALL_SIBLINGS", (640, 480), 3)], ids=["corner-hidden-720p", "small-siblings-480p"])
def test_the_viewer_finds_the_clutter_cards_the_desktop_completes_and_tells_apart(tmp_path, which, size, need):
    """Both trackers fresh on each frame: the viewer names our card and nothing else, its corners
    within a pixel of the truth and within 1.5 px of the desktop's (test_clutter_misses.py's
    tolerance for the desktop: on frame 98 its hidden corner is 1.3 px off, the viewer's 0.1). Main's viewer found 2 of the 3 corner-hidden cards (frame 98,
    a quarter of the card under the other: the quad folded across the cut) and 2 of the 4 small
    siblings; the fourth small card (26 px a side) the viewer's search does not outline, though
    read at the desktop's corners it names it (test_viewer_identity_matches_desktop.py)."""
    from museum_ar.markers.payload import payload_for
    from test_viewer_identity_matches_desktop import tracking_tests

    URL = tracking_tests("conftest").URL
    frames_def = getattr(tracking_tests("test_clutter_misses"), which)
    rendered = _clutter_miss_frames(frames_def, size)
    frames = [f for f, _ in rendered]
    desktop = Tracker(CameraIntrinsics.default_for(*size), [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in "abcde"], smoothing=False)
    js = run_tracker(tmp_path, frames, build_manifest(_card_exhibit(URL, "Grass"), {})["markers"], hfov=65.0)
    found = 0
    for (ours, *_), (frame, truth), viewer in zip(frames_def, rendered, js["results"]):
        assert all(r["id"] == ours for r in viewer), (ours, viewer)
        if not viewer:
            continue
        found += 1
        desktop.reset()
        d = next(d for d in desktop.process(frame, 0.0) if d.marker_id == ours)
        corners = np.asarray(viewer[0]["corners"], float)
        assert min(np.abs(np.roll(corners, k, axis=0) - truth).max() for k in range(4)) < 1.0, ours
        assert min(np.abs(np.roll(corners, k, axis=0) - d.corners).max() for k in range(4)) < 1.5, ours
    assert found >= need
