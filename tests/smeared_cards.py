"""A heavily blurred card alone on a cluttered table, ours or another exhibit's, for the deblurred
look's gate: the desktop's test (tests/tracking/test_deblur.py) and the viewer's
(tests/viewer/test_viewer_blurred_look.py) read the same frames."""

from __future__ import annotations

import numpy as np

from museum_ar.core import Exhibit, LocalizedText, Marker
from museum_ar.markers import tracking_params
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera
from museum_ar.tracking.synthetic import printed_card

# benchmarks/viewer_vs_desktop.py's exhibit (one museum address; the bundle knows only "ammonit",
# "grass-haus" is another exhibit's card) and its "other exhibit's card, heavily blurred" frame 74:
# the pose (marker -> camera) and camera seed; with our card at that pose, the desktop finds it
# only through the deblurred look.
MUSEUM = "https://museum.example.org/natur/"
SMEAR_POSE = [[0.871576221, -0.021351548, -0.489794858, -0.466603656], [0.488979717, -0.03429511, 0.871620721, 0.163416165],
              [-0.03540802, -0.999183645, -0.019450329, 0.928330804], [0.0, 0.0, 0.0, 1.0]]
SMEAR_SEED = 1074


def museum_exhibit() -> Exhibit:
    """benchmarks/viewer_vs_desktop.py's exhibit (the printed cards' labels as there: the frames are
    the same to the pixel); our bundle is its first marker alone."""
    return Exhibit(title=LocalizedText.of(de="Natur und Umwelt", en="Nature and Environment"), publish_url=MUSEUM,
                   markers=[Marker("ammonit", 100.0, label=LocalizedText.of(de="Ammonit", en="Ammonite")),
                            Marker("grass-haus", 100.0, label=LocalizedText.of(de="Günter Grass-Haus", en="Günter Grass House"))])


def smeared_card(shown: str):
    """(frame, the shown card's true corners, our bundle's marker specs, the camera): the card
    `shown` ("ammonit": ours, "grass-haus": the other exhibit's) alone on a cluttered table,
    smeared 13-25 px, as benchmarks/viewer_vs_desktop.py renders it."""
    ex = museum_exhibit()
    spec = MarkerSpec.of(ex.marker(shown), ex)
    intr = CameraIntrinsics.default_for(1280, 720, tracking_params.DEFAULT_HFOV_DEG)
    cam = SyntheticCamera([spec], intr, [[np.asarray(SMEAR_POSE)]], noise=(1.5, 4.0), blur=(0.4, 1.0), clutter=True, cards=[printed_card(ex, ex.marker(shown))], seed=SMEAR_SEED, motion_blur=(13, 25))
    frame = cam.read()
    return frame.image, frame.truth[0].corners, [MarkerSpec.of(ex.marker("ammonit"), ex)], intr
