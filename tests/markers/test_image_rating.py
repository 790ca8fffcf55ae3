"""The trackability rating: a score, a heat map where the features are, advice in de and en."""

from __future__ import annotations

import numpy as np
import pytest

from museum_ar.core.errors import MarkerError
from museum_ar.markers.image_rating import heat_overlay, load_image, rate_image
from museum_ar.tracking import synthetic_artworks as sa


def test_busy_painting_rates_well_plain_and_repetitive_poorly():
    good = rate_image(sa.painting(4), 400)
    plain = rate_image(np.full((400, 600, 3), 200, np.uint8), 400)
    tile = np.zeros((40, 40, 3), np.uint8) + 230
    tile[12:28, 12:28] = (40, 80, 160)
    pattern = rate_image(np.tile(tile, (12, 16, 1)), 400)
    assert good.score >= 70 and good.verdict == "good"
    assert plain.score < 20 and pattern.score < 40
    assert pattern.repetitive_share > 0.5
    assert any("repeat" in a for a in pattern.advice["en"]) and any("wiederholen" in a for a in pattern.advice["de"])
    assert len(plain.advice["de"]) == len(plain.advice["en"]) >= 2


def test_heat_map_is_where_the_features_are():
    img = np.full((400, 600, 3), 235, np.uint8)
    img[:, :300] = sa.painting(2, 300, 400)  # busy left half, blank right half
    r = rate_image(img, 500)
    assert r.heat.shape == img.shape[:2]
    assert r.heat[:, :300].mean() > 5 * r.heat[:, 300:].mean()
    assert any("crop" in a or "few places" in a for a in r.advice["en"])
    assert heat_overlay(img, r.heat).shape == img.shape


def test_small_print_gets_advice():
    r = rate_image(sa.painting(4), 100)
    assert any("100 mm" in a for a in r.advice["en"])


def test_bad_files_give_clear_errors(tmp_path):
    with pytest.raises(MarkerError, match="no such image"):
        load_image(tmp_path / "missing.png")
    (tmp_path / "x.png").write_text("not an image")
    with pytest.raises(MarkerError, match="not an image"):
        load_image(tmp_path / "x.png")
