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


def test_add_marker_warns_when_the_new_code_is_close_to_an_existing_one(tmp_path, cli, monkeypatch):
    """ids 'ah' and 'ey' under this address make codes that differ in 50 modules, the closest pair
    among 234 short ids; with a threshold above that (a museum that wants a wider margin) the
    command line says so, names the other marker, and still adds the marker."""
    from museum_ar.markers import payload

    url = "https://ar.example.org/grass/"
    root = tmp_path / "Ausstellung"
    assert cli("new", root, "--title", "Grass", "--url", url).returncode == 0
    assert cli("add-marker", root, "--id", "ah", "--size-mm", "60").returncode == 0
    quiet = cli("add-marker", root, "--id", "ey", "--size-mm", "60")
    assert quiet.returncode == 0 and "warning" not in quiet.stderr  # 50 >= the default threshold
    monkeypatch.setattr(payload, "MIN_DIFFERING_MODULES", 60)
    loud = cli("add-marker", root, "--id", "at", "--size-mm", "60")
    assert loud.returncode == 0 and "added marker 'at'" in loud.stdout
    assert "differs from that of 'ee'" not in loud.stderr
    assert payload.codes_too_close(url, "ee", ["ah", "ey", "at"]) == [("at", 50)]
    warned = cli("add-marker", root, "--id", "ee", "--size-mm", "60")
    assert warned.returncode == 0 and "code of 'ee' differs from that of 'at' in only 50 modules" in warned.stderr
