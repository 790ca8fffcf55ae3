"""MarkerSpec is the one source of a card's payload, QR modules, layout and edge (issue #18): the
artwork, the bundle manifest, the tracker and the synthetic camera all read the same spec, and a
card rendered at a known pose is recovered at the spec's edge."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from museum_ar.core import Exhibit, LocalizedText, Marker
from museum_ar.core.exhibit import ImageTarget
from museum_ar.export.manifest import build_manifest
from museum_ar.markers import MarkerSpec, build_card, layout_for, payload_for, qr_modules, specs_for
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker, facing_pose, rotation_error_deg

URL = "https://ar.example.org/grass/"
SIZES = {"trommel": 60.0, "zeichnung": 100.0, "manuskript": 150.0}


@pytest.fixture(scope="module")
def exhibit() -> Exhibit:
    cards = [Marker(mid, size, label=LocalizedText.of(de=mid)) for mid, size in SIZES.items()]
    artwork = Marker("bild", 300.0, target=ImageTarget("assets/x.png", 300.0))  # tracked by its picture, no card
    return Exhibit(title=LocalizedText.of(de="Grass"), publish_url=URL, markers=[*cards, artwork])


def _cards_only(exhibit: Exhibit) -> Exhibit:
    """(the artwork's picture is no file here; the tracker would want to compile it)"""
    return dataclasses.replace(exhibit, markers=[m for m in exhibit.markers if m.target is None])


def test_spec_fields(exhibit):
    specs = specs_for(exhibit)
    assert [s.id for s in specs] == list(SIZES)  # the QR cards only, in order
    for s in specs:
        assert s.payload == payload_for(URL, s.id)
        assert s.layout == layout_for(s.payload)
        assert np.array_equal(s.modules, qr_modules(s.payload)) and not s.modules.flags.writeable
        assert s.size_mm == SIZES[s.id] and s.edge_m == pytest.approx(SIZES[s.id] / 1000)
        assert s.edge_m == exhibit.marker(s.id).edge_m  # what the app passes to the renderer (outline, grid)
        assert s == MarkerSpec.of(exhibit.marker(s.id), exhibit) and hash(s) == hash(MarkerSpec.of(exhibit.marker(s.id), exhibit))
    with pytest.raises(dataclasses.FrozenInstanceError):
        specs[0].size_mm = 1.0  # type: ignore[misc]
    frameless = specs[0].with_layout(frame_modules=0)
    assert frameless.layout.frame_modules == 0 and frameless.modules is specs[0].modules and frameless.edge_m == specs[0].edge_m


def test_manifest_artwork_and_tracker_read_the_same_spec(exhibit):
    specs = {s.id: s for s in specs_for(exhibit)}
    entries = {e["id"]: e for e in build_manifest(exhibit, {})["markers"]}
    for mid, s in specs.items():
        e = entries[mid]
        assert (e["payload"], e["size_mm"], e["edge_m"]) == (s.payload, s.size_mm, s.edge_m)  # edge_m: what the viewer tracks with (identify.js)
        assert e["layout"] == {"symbol_modules": s.layout.symbol_modules, "quiet_modules": s.layout.quiet_modules, "frame_modules": s.layout.frame_modules,
                               "units": s.layout.units, "symbol_offset": s.layout.symbol_offset}
        assert e["modules"] == ["".join("1" if v else "0" for v in row) for row in s.modules]
        card = build_card(exhibit, exhibit.marker(mid))
        assert (card.marker_id, card.payload, card.layout, card.edge_mm) == (s.id, s.payload, s.layout, s.size_mm)
    tracker = Tracker.from_exhibit(_cards_only(exhibit), CameraIntrinsics.default_for(1280, 720))
    assert tracker.known == list(specs.values())
    for c in tracker.candidates:  # identity compares against the spec's matrix itself, not a recomputed copy
        assert c.modules is tracker.known[c.key].modules and c.layout == tracker.known[c.key].layout


def test_rendered_at_known_poses_recovered_at_the_specs_edge(exhibit):
    """Three cards of different sizes in one frame: each is found under its id, and its distance
    is right only if the tracker used that card's own edge (a wrong edge scales the translation)."""
    specs = specs_for(exhibit)
    intr = CameraIntrinsics.default_for(1280, 720)
    truths = [facing_pose(0.45, 15, 20, 0, (-0.16, -0.02)), facing_pose(0.6, 20, 80, 10, (0.02, 0.03)), facing_pose(0.8, 10, 200, 0, (0.25, -0.03))]
    frame = SyntheticCamera(specs, intr, [truths], noise=2.0, blur=0.7, seed=3).read()
    assert frame is not None and {t.payload for t in frame.truth} == {s.payload for s in specs}
    dets = {d.marker_id: d for d in Tracker.from_exhibit(_cards_only(exhibit), intr, smoothing=False).process(frame.image, 0.0)}
    assert set(dets) == set(SIZES)
    for s, truth in zip(specs, truths):
        d = dets[s.id]
        assert d.payload == s.payload and d.size_mm == s.size_mm
        assert np.linalg.norm(d.pose[:3, 3] - truth[:3, 3]) < 0.01 * np.linalg.norm(truth[:3, 3])
        assert rotation_error_deg(d.pose, truth) < 1.0
