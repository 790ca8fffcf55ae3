"""Fixtures for the tracking tests: the exhibit's markers and the synthetic camera."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from museum_ar.core.exhibit import Exhibit, Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker, facing_pose
from museum_ar.tracking.synthetic import printed_card

URL = "https://ar.example.org/grass/"
IDS = ("trommel", "zeichnung", "manuskript", "lesung")


@pytest.fixture(scope="session")
def intr() -> CameraIntrinsics:
    """A 720p camera (frozen: one for the whole session, module fixtures may use it)."""
    return CameraIntrinsics.default_for(1280, 720)


@pytest.fixture
def exhibit_markers() -> list[MarkerSpec]:
    """The markers' specs (printed 100 mm) as Tracker and SyntheticCamera take them."""
    return [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in IDS]


# --- two exhibits' printed cards (ids a-e each, same museum address): test_hand_held.py and
# test_robust_conditions.py put our card and the other exhibit's in view of single frames

OTHER_URL = "https://ar.example.org/natur/"
CARD_IDS = tuple("abcde")


def _card_exhibit(url: str, title: str) -> Exhibit:
    return Exhibit(title=LocalizedText({"de": title, "en": title}), publish_url=url, markers=[Marker(i, 100.0, LocalizedText({"de": f"Objekt {i}", "en": f"Object {i}"})) for i in CARD_IDS])


@pytest.fixture(scope="session")
def cards() -> tuple[dict, dict]:
    """({id: our printed card}, {id: the other exhibit's printed card}) as `museum-ar markers` prints them."""
    grass, natur = _card_exhibit(URL, "Grass"), _card_exhibit(OTHER_URL, "Natur")
    return {m.id: printed_card(grass, m) for m in grass.markers}, {m.id: printed_card(natur, m) for m in natur.markers}


@pytest.fixture
def card_markers() -> list[MarkerSpec]:
    """Our exhibit's markers a-e (100 mm), as the tracker takes them."""
    return [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in CARD_IDS]


@pytest.fixture
def single_frames(cards, card_markers) -> Callable[..., tuple[int, int]]:
    """run(n, dist, tilt, rng_seed, frame_seed, x_of, intr, **camera options) -> (found, wrong ids)
    over n single frames (the tracker reset before each): our card k % 5 on the left at
    x = x_of(distance), the other exhibit's card (k + 2) % 5 on the right, a cluttered table."""
    ours, others = cards

    def run(n: int, dist, tilt, rng_seed: int, frame_seed: int, x_of: Callable[[float], float], intr: CameraIntrinsics, **opts) -> tuple[int, int]:
        tracker = Tracker(intr, card_markers, smoothing=False)
        rng = np.random.default_rng(rng_seed)
        found = wrong = 0
        for k in range(n):
            t, o = CARD_IDS[k % 5], CARD_IDS[(k + 2) % 5]
            d = rng.uniform(*dist)
            target = facing_pose(d, rng.uniform(*tilt), rng.uniform(0, 360), rng.uniform(0, 360), (x_of(d), rng.uniform(-0.05, 0.05) * d))
            other = facing_pose(0.7, 20, rng.uniform(0, 360), 0, (0.2, 0.0))
            cam = SyntheticCamera([MarkerSpec.for_payload(payload_for(URL, t), 100.0), MarkerSpec.for_payload(payload_for(OTHER_URL, o), 100.0)], intr, [[target, other]], cards=[ours[t], others[o]], clutter=True, noise=(1.5, 4), blur=(0.4, 1.0), seed=frame_seed + k, **opts)
            tracker.reset()
            dets = tracker.process(cam.read().image, 0.0)
            found += any(d.marker_id == t for d in dets)
            wrong += sum(d.marker_id != t for d in dets)
        return found, wrong

    return run
