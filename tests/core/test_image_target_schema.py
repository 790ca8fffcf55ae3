"""exhibit.json: a marker may carry an image target; QR markers are written exactly as before."""

from __future__ import annotations

import pytest

from museum_ar.core.errors import MuseumArError
from museum_ar.core.exhibit import Exhibit, ImageTarget, Marker
from museum_ar.core.schema import exhibit_from_json, exhibit_to_json


def test_round_trip_with_an_image_target():
    ex = Exhibit(markers=[Marker("qr", 100.0), Marker("radierung", 420.0, target=ImageTarget("assets/radierung.png", 420.0, (10, 20, 800, 600)))])
    data = exhibit_to_json(ex)
    assert "target" not in data["markers"][0]
    assert data["markers"][1]["target"] == {"image": "assets/radierung.png", "width_mm": 420.0, "crop": [10, 20, 800, 600]}
    back = exhibit_from_json(data)
    assert back.markers[0].target is None
    assert back.markers[1].target == ImageTarget("assets/radierung.png", 420.0, (10, 20, 800, 600))


@pytest.mark.parametrize(
    "target,field",
    [({"image": "/etc/passwd", "width_mm": 300}, "image"), ({"image": "a.png", "width_mm": 0}, "width_mm"), ({"image": "a.png", "width_mm": 300, "crop": [0, 0, -1, 5]}, "crop"), ({"image": "a.png"}, "width_mm"), ("a.png", "target")],
)
def test_bad_targets_name_the_field(target, field):
    data = exhibit_to_json(Exhibit(markers=[Marker("m", 100.0)]))
    data["markers"][0]["target"] = target
    with pytest.raises(MuseumArError) as e:
        exhibit_from_json(data)
    assert field in str(e.value)


def test_outline_choice_round_trips_and_old_targets_load_unchanged():
    old = {"image": "assets/wash.png", "width_mm": 420.0}
    data = exhibit_to_json(Exhibit(markers=[Marker("m", 420.0, target=ImageTarget("assets/wash.png", 420.0))]))
    assert data["markers"][0]["target"] == old  # not chosen: written exactly as before
    assert exhibit_from_json(data).markers[0].target.outline is False
    data["markers"][0]["target"] = {**old, "outline": True}
    back = exhibit_from_json(data)
    assert back.markers[0].target.outline is True
    assert exhibit_to_json(back)["markers"][0]["target"] == {**old, "outline": True}
    data["markers"][0]["target"] = {**old, "outline": "yes"}
    with pytest.raises(MuseumArError, match="outline"):
        exhibit_from_json(data)
