"""Payloads: what the QR code says, the shortest spelling, and what is refused."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from museum_ar.core.errors import MarkerError
from museum_ar.markers import layout_for, marker_id_from_payload, payload_for, qr_version, render_marker
from museum_ar.markers.payload import MAX_QR_VERSION, shortest_payload
from museum_ar.markers.printability import check_scannable, max_scan_distance_mm, min_edge_mm
from museum_ar.markers.symbol import EC_LEVELS, ERROR_CORRECTION, qr_modules

ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-"
ids = st.builds(lambda a, b: a + b, st.sampled_from(ID_CHARS[:62]), st.text(ID_CHARS, max_size=15))
urls = st.sampled_from(["https://ar.example.org/grass/", "https://museen-luebeck.de/ar/NHM/", "http://localhost:8000/", "https://a.de"])


def decode(payload: str, px: int = 4) -> str:
    img = render_marker(payload, px_per_module=px)
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0].text


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=urls, marker_id=ids)
def test_payload_round_trips_through_a_real_decoder(url, marker_id):
    payload = payload_for(url, marker_id)
    text = decode(payload)
    assert text == payload
    assert marker_id_from_payload(text, url) == marker_id
    assert marker_id_from_payload(text) == marker_id
    assert marker_id_from_payload(text, "https://other.example.org/") is None
    # The fragment is the id, byte for byte; the rest is the publish address, up to case of scheme/host.
    base, _, frag = text.partition("#")
    assert frag == marker_id
    assert base.lower() == (url if url.endswith("/") else url + "/").lower() or base.lower() == url.lower()


def test_capitals_only_when_they_lower_the_version():
    # 'HTTPS://AR.MUSEUM.DE/' goes in alphanumeric mode: version 2 instead of 3 at level M.
    assert qr_version("https://ar.museum.de/#skull") == 3
    assert payload_for("https://ar.museum.de/", "skull") == "HTTPS://AR.MUSEUM.DE/#skull"
    assert qr_version("HTTPS://AR.MUSEUM.DE/#skull") == 2
    # Path and id keep their case; user info is never touched.
    assert payload_for("https://ar.museum.de/Grass/", "Trommel").endswith("/Grass/#Trommel")
    p = payload_for("https://user@ar.museum.de/", "x")
    assert p.startswith("https://user@")
    # When capitals gain nothing, the familiar lower-case spelling stays.
    u = "https://ar.example.org/grass/"
    plain = f"{u}#trommel"
    chosen = payload_for(u, "trommel")
    assert qr_version(chosen) <= qr_version(plain)
    if chosen != plain:
        assert qr_version(chosen) < qr_version(plain)


@pytest.mark.parametrize("bad_id", ["", "a b", "ä", "x/y", "a#b", "-x", "x" * 33, None, 5])
def test_ids_a_url_cannot_carry_are_refused(bad_id):
    with pytest.raises(MarkerError, match="cannot be carried in a URL"):
        payload_for("https://ar.example.org/", bad_id)


@pytest.mark.parametrize(
    "url, match",
    [("", "no publish address"), ("   ", "no publish address"), ("ar.example.org", "https://"),
     ("ftp://ar.example.org/", "https://"), ("https://ar.example.org/#x", "must not contain '#'"),
     ("https://ar.example.org/räume/", "outside ASCII"), ("https://ar.example.org/a b/", "spaces")],
)
def test_bad_publish_addresses_are_refused(url, match):
    with pytest.raises(MarkerError, match=match):
        payload_for(url, "trommel")


def test_too_long_for_a_far_scanning_code_is_refused_with_the_reason():
    url = "https://museum-ar.example.org/guenter-grass-haus/ausstellung-2026/"
    with pytest.raises(MarkerError, match=rf"QR version \d+; at most version {MAX_QR_VERSION}"):
        payload_for(url, "x" * 32)
    _payload, version = shortest_payload(url, "x" * 32)
    assert version > MAX_QR_VERSION


def test_every_level_decodes_and_default_is_m():
    assert ERROR_CORRECTION == "M"
    p = payload_for("https://ar.example.org/grass/", "trommel")
    versions = [qr_version(p, lv) for lv in EC_LEVELS]
    assert versions == sorted(versions)  # more correction, never fewer modules
    for lv in EC_LEVELS:
        assert qr_modules(p, lv).shape[0] == 17 + 4 * qr_version(p, lv)


def test_minimum_size_follows_the_code_and_refuses_below_it():
    small = layout_for(payload_for("https://a.de/", "x"))
    big = layout_for(payload_for("https://museum-ar.example.org/guenter-grass-haus/", "zeichnung-07"))
    assert small.units < big.units
    assert 20 <= min_edge_mm(small) < min_edge_mm(big) <= 40
    # At the minimum size the code gives the measured px/module at 30 cm.
    assert max_scan_distance_mm(big, min_edge_mm(big)) >= 300
    check_scannable("ok", min_edge_mm(big), big)
    with pytest.raises(MarkerError, match="needs at least"):
        check_scannable("tiny", min_edge_mm(big) - 0.5, big)


def test_frame_grid_matches_render_marker():
    p = payload_for("https://ar.example.org/grass/", "trommel")
    from museum_ar.markers import marker_grid

    grid = marker_grid(p)
    img = render_marker(p, px_per_module=1, margin_modules=0)
    assert np.array_equal(img == 0, grid)
    L = layout_for(p)
    f = L.frame_modules
    if f:
        assert grid[:f].all() and grid[-f:].all() and grid[:, :f].all() and grid[:, -f:].all()
        q = L.quiet_modules
        assert not grid[f : f + q, f:-f].any()  # white quiet zone inside the frame
