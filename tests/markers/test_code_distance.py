"""An exhibit's codes share their address: how far apart their printed matrices are, and the
warning for a new code too close to an existing one (markers.payload)."""

from museum_ar.markers.payload import MIN_DIFFERING_MODULES, differing_modules, payload_for, too_close

URL = "https://ar.example.org/grass/"


def test_siblings_differ_in_modules_and_a_code_equals_itself():
    a, e, b = (payload_for(URL, i) for i in "aeb")
    assert differing_modules(a, a) == 0
    assert 0 < differing_modules(a, e) < differing_modules(a, b)  # "a" and "e" share more modules
    assert differing_modules(a, payload_for(URL, "zeichnung-und-manuskript")) is None


def test_too_close_names_the_closest_codes_first():
    codes = [payload_for(URL, i) for i in "abcde"]
    assert MIN_DIFFERING_MODULES <= 66 and too_close(codes[0], codes[1:]) == []  # ids a-e are told apart (benchmark)
    close = too_close(codes[0], codes[1:], min_modules=160)
    assert close[0][0] == codes[4] and close[0][1] == differing_modules(codes[0], codes[4])
    assert [n for _, n in close] == sorted(n for _, n in close)
