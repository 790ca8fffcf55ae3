"""The plain wash and the pictures of its aspect, as A3 prints, compiled as targets: the set the
outline search is tested on, on the desktop (tests/tracking) and in the viewer (tests/viewer).
A test module takes the fixtures by importing them."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.markers.image_compile import compile_target
from museum_ar.tracking import synthetic_artworks as sa

A3_M = 0.42  # the prints' width


@pytest.fixture(scope="module")
def arts() -> dict[str, np.ndarray]:
    return sa.wash_and_its_aspect()


@pytest.fixture(scope="module")
def targets(arts):
    return {k: compile_target(k, v, A3_M * 1000, plain_ok=True) for k, v in arts.items()}
