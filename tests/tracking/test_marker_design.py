"""The marker design the tracker owns (markers.layout constants) stays readable by a phone's
camera app: zxing-cpp decodes the printed artwork, and the synthetic camera's view of it."""

from __future__ import annotations

import cv2
import pytest
import zxingcpp

from museum_ar.markers.layout import MarkerLayout, layout_for, render_marker
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import SyntheticCamera, facing_pose

PAYLOADS = ["https://ar.example.org/grass/#trommel", "HTTPS://AR.MUSEUM.DE/#skull", "https://museum-luebeck.example/natur/#schaedel-hoehlenbaer"]


def test_frame_is_thicker_than_the_quiet_zone_is_wide():
    lay = MarkerLayout(29)
    assert lay.frame_modules == 3 and lay.quiet_modules == 2 and lay.units == 39


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("ppm", [2, 3, 5, 10])
def test_zxing_reads_the_artwork(payload, ppm):
    img = render_marker(payload, px_per_module=ppm, margin_modules=1, layout=layout_for(payload))
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [payload]


@pytest.mark.parametrize("distance,tilt", [(0.25, 0), (0.4, 35), (0.55, 20)])
def test_zxing_reads_the_marker_through_a_camera(intr, distance, tilt):
    payload = PAYLOADS[0]
    frame = SyntheticCamera([MarkerSpec.for_payload(payload, 100.0)], intr, [[facing_pose(distance, tilt, 30, 15)]], noise=3, blur=0.8, seed=2).read()
    grey = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    assert payload in [r.text for r in zxingcpp.read_barcodes(grey)]
