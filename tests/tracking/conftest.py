"""Fixtures for the tracking tests: the exhibit's markers and the synthetic camera."""

from __future__ import annotations

import pytest

from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics

URL = "https://ar.example.org/grass/"
IDS = ("trommel", "zeichnung", "manuskript", "lesung")


@pytest.fixture
def intr() -> CameraIntrinsics:
    return CameraIntrinsics.default_for(1280, 720)


@pytest.fixture
def exhibit_markers() -> list[MarkerSpec]:
    """The markers' specs (printed 100 mm) as Tracker and SyntheticCamera take them."""
    return [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in IDS]
