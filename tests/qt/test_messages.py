"""Errors and progress lines of the other packages, said in the UI language."""

from __future__ import annotations

import pytest

from museum_ar.core.errors import BundleError, ContentError, MarkerError, MuseumArError
from museum_ar.qt import i18n
from museum_ar.qt.messages import error_text, progress_text


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_progress_lines_in_german_with_german_numbers(german):
    assert progress_text("read 83,750 triangles") == "83.750 Dreiecke gelesen"
    assert progress_text("importing Schädel.ply") == "Importiere Schädel.ply"
    assert progress_text("something new nobody translated") == ""  # left out, not shown in English


def test_progress_lines_in_english_stay_readable():
    assert progress_text("read 83,750 triangles") == "Read 83,750 triangles"


def test_errors_of_other_packages_in_german(german):
    e = ContentError("cannot be read as GLB: chunk was not expected length!", path="/x/Kaputt.glb")
    assert error_text(e) == "Kaputt.glb: kann nicht als GLB gelesen werden: die Datei ist beschädigt oder abgeschnitten, oder sie ist gar keine GLB-Datei"
    e = MarkerError("the exhibit has no publish address yet (where its viewer will be served); set it before printing markers", field="publish_url")
    assert error_text(e).startswith("Veröffentlichungsadresse: die Ausstellung hat noch keine")
    e = BundleError("already exists; choose another name or pass --force", path="/x/Paket.zip")
    assert error_text(e) == "Paket.zip: gibt es schon; bitte einen anderen Namen wählen"


def test_a_file_that_is_not_what_its_name_says_in_german(german):
    """The words come from content/sniff.py itself, so a change there that the catalogue misses
    shows up here (a web page saved as a model is what a failed download gives)."""
    from museum_ar.content.sniff import WEB_PAGE, mislabelled

    e = ContentError(mislabelled("a GLB mesh", WEB_PAGE), path="/x/Helm ä.glb")
    assert error_text(e) == "Helm ä.glb: ist wie ein GLB-Modell benannt, ist aber eine Webseite (HTML), nicht die Datei selbst: bitte die Datei erneut herunterladen"
    e = ContentError(mislabelled("a text file", "a PNG image"), path="/x/notiz.txt")
    assert error_text(e) == "notiz.txt: ist wie eine Textdatei benannt, enthält aber ein PNG-Bild; bitte umbenennen oder die richtige Datei wählen"


def test_an_error_with_a_code_is_worded_from_the_catalogue(german):
    e = BundleError("whatever the English says", code="export.exists", params={"path": "Paket.zip"})
    assert error_text(e) == "Paket.zip gibt es schon"
    i18n.set_language("en")
    assert error_text(e) == "Paket.zip already exists"


def test_an_unknown_error_is_said_by_its_kind_with_the_words_kept(german):
    e = ContentError("grumbled in a new way", path="a.obj")
    text = error_text(e)
    assert text.startswith("a.obj: Die Datei kann nicht importiert werden") and "grumbled in a new way" in text
    assert error_text(MuseumArError("x")).startswith("Das hat nicht geklappt")


@pytest.mark.parametrize("value, artwork, words", [
    (12.5, False, ["12,5 mm", "20–1.000 mm", "30 cm"]),
    (5, True, ["Kunstwerk", "5 mm"]),
    (float("nan"), False, ["Zahl in Millimetern", "nan"]),
])
def test_a_bad_marker_size_is_said_in_german(german, value, artwork, words):
    from museum_ar.core.exhibit import check_marker_size
    from museum_ar.core.errors import InvalidValueError

    with pytest.raises(InvalidValueError) as caught:
        check_marker_size(value, "size_mm", artwork=artwork)
    text = error_text(caught.value)
    assert all(w in text for w in words), text
    assert "outside" not in text and "must be" not in text and "Details in English" not in text, text
