"""The viewer's ports of the desktop's identity separation (a close rival told apart under the best
read's blur, the shared light taken out: identity.separation) and cut-corner completion
(tracking/cut_corner.py), run in node on the desktop's own inputs: the same numbers (issue 14).
The whole trackers on the frames these were made for: test_viewer_matches_desktop.py."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import types
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.markers import tracking_params

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs node (scripts/install.sh)")

SRC = Path(__file__).parents[2] / "viewer/src"


def tracking_tests(name: str) -> types.ModuleType:
    """A module of tests/tracking (its frames), loaded as a package of its own: tests/ is no
    package, and the name `tracking` may already be another module (benchmarks/tracking.py)."""
    if "_tracking_tests" not in sys.modules:
        pkg = types.ModuleType("_tracking_tests")
        pkg.__path__ = [str(Path(__file__).parents[1] / "tracking")]
        sys.modules["_tracking_tests"] = pkg
    return importlib.import_module(f"_tracking_tests.{name}")


def node(script: str, stdin: dict) -> object:
    out = subprocess.run(["node", "--input-type=module", "-e", script], input=json.dumps(stdin).encode(), capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout)


READ_STDIN = "const chunks = []; for await (const c of process.stdin) chunks.push(c); const job = JSON.parse(Buffer.concat(chunks));"


def small_sibling_frame(index: int):
    """(grey frame, the desktop tracker, its detection) of tests/tracking/test_clutter_misses.py's
    SMALL_SIBLINGS[index], rendered as there."""
    conftest = tracking_tests("conftest")
    OTHER_URL, URL, _card_exhibit = conftest.OTHER_URL, conftest.URL, conftest._card_exhibit
    SMALL_SIBLINGS = tracking_tests("test_clutter_misses").SMALL_SIBLINGS
    from museum_ar.markers.payload import payload_for
    from museum_ar.markers.spec import MarkerSpec
    from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker
    from museum_ar.tracking.synthetic import printed_card

    grass, natur = _card_exhibit(URL, "Grass"), _card_exhibit(OTHER_URL, "Natur")
    oid, xid, seed, op, xp = SMALL_SIBLINGS[index]
    intr = CameraIntrinsics.default_for(640, 480)
    poses = [np.vstack([np.array(p), [0, 0, 0, 1]]) for p in (op, xp)]
    specs = [MarkerSpec.for_payload(payload_for(URL, oid), 100.0), MarkerSpec.for_payload(payload_for(OTHER_URL, xid), 100.0)]
    cam = SyntheticCamera(specs, intr, [poses], cards=[printed_card(grass, grass.marker(oid)), printed_card(natur, natur.marker(xid))], noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, seed=seed)
    frame = cam.read()
    tracker = Tracker(intr, [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in "abcde"], smoothing=False)
    dets = tracker.process(frame.image, 0.0)
    assert [d.marker_id for d in dets] == [oid]
    return cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY), tracker, dets[0]


def test_the_viewers_separation_is_the_desktops_on_a_small_blurred_sibling():
    """A 640x480 clutter frame's small, blurred card 'a' (sibling 'e' within the margin): the
    desktop's samples, its best read's prediction and the rival's under the best read's blur, fed
    to separation.js, give the desktop's separation to 1e-9; it clears min_separation, where the
    plain correlation (main's viewer) did not: the shared light matters here."""
    from museum_ar.tracking import identity
    from museum_ar.tracking.code_templates import _groups
    from museum_ar.tracking.lens_blur import _soft_scores
    from museum_ar.tracking.uneven_light import sample_lit

    grey, tracker, det = small_sibling_frame(1)
    corners = np.asarray(det.corners, np.float64)
    (layout, group), = _groups(tuple(tracker.candidates)).items()
    grid, _, _ = sample_lit(grey, corners, layout)
    scored, makers = _soft_scores(grid, corners, layout, group, None)
    scored.sort(reverse=True)
    top, rival = scored[0], next(s for s in scored[1:] if s[1] != scored[0][1])
    assert top[0] - rival[0] < identity.MIN_MARGIN  # a close rival: told apart where the codes differ
    best_pred = makers[(top[1], top[2])]()
    rival_pred = makers[(rival[1], rival[2])](like=(top[1], top[2]))
    want = identity.separation((grid, best_pred, layout), (grid, rival_pred, layout))
    diff = best_pred - rival_pred
    sel = np.abs(diff) > 0.15 * np.abs(diff).max()
    plain = float(np.corrcoef(grid.ravel()[sel], diff[sel])[0, 1])

    got = node(f"""import {{ separation }} from {json.dumps((SRC / "separation.js").as_uri())};
{READ_STDIN}
process.stdout.write(JSON.stringify(separation(job.grid, job.p1, job.p2)));""", {"grid": grid.ravel().tolist(), "p1": best_pred.tolist(), "p2": rival_pred.tolist()})
    assert abs(got - want) < 1e-9, (got, want)
    assert want >= tracking_params.IDENTITY["min_separation"] > plain


def test_the_viewer_reads_the_small_siblings_at_the_desktops_corners_with_the_desktops_score():
    """identify.js at the desktop's corners of the four small, blurred 640x480 cards the desktop's
    separation now tells from their sibling: the same id and turn, the score within 0.005 of the
    desktop's (1 - distance); main's viewer turned down all but the two its plain correlation
    already told apart."""
    from museum_ar.export.manifest import build_manifest

    conftest = tracking_tests("conftest")
    URL, _card_exhibit = conftest.URL, conftest._card_exhibit
    frames = [small_sibling_frame(i) for i in range(4)]
    markers = build_manifest(_card_exhibit(URL, "Grass"), {})["markers"]
    got = node(f"""import {{ identify, prepareMarkers }} from {json.dumps((SRC / "identify.js").as_uri())};
{READ_STDIN}
const prepared = prepareMarkers(job.markers);
process.stdout.write(JSON.stringify(job.frames.map((f) => {{
  const id = identify(Uint8Array.from(Buffer.from(f.grey, "base64")), 640, 480, f.corners, prepared, job.identity, null, {{}});
  return id && {{ id: id.marker.id, corners: id.corners, score: id.score }};
}})));""", {"markers": markers, "identity": tracking_params.IDENTITY,
             "frames": [{"grey": __import__("base64").b64encode(g.tobytes()).decode(), "corners": np.asarray(d.corners).tolist()} for g, _, d in frames]})
    from museum_ar.tracking import identity

    for (grey, tracker, det), viewer in zip(frames, got):
        corners = np.asarray(det.corners, np.float64)
        want = identity.match_known(grey, corners, tracker.candidates, None)
        assert want is not None and viewer is not None, det.marker_id
        assert viewer["id"] == tracker.known[want.key].id == det.marker_id
        assert np.allclose(viewer["corners"], np.roll(corners, -want.rotation, axis=0))
        assert abs(viewer["score"] - (1 - want.distance)) < 0.005, (viewer["score"], 1 - want.distance)


def ring_drawings():
    """tests/tracking/test_clutter_misses.py's drawings: a square frame ring with its top-left
    corner under a light triangle, and a solid dark pentagon of the same outline; per drawing its
    binary, the desktop's hull, hull perimeter and outline length."""
    square = np.array([[100, 100], [300, 110], [290, 310], [95, 300]], np.int32)
    ring = np.zeros((400, 400), np.uint8)
    cv2.fillConvexPoly(ring, square, 255)
    cv2.fillConvexPoly(ring, np.array([[112, 112], [288, 122], [278, 298], [107, 288]], np.int32), 0)
    cv2.fillConvexPoly(ring, np.array([[60, 60], [215, 60], [60, 215]], np.int32), 0)
    out = []
    for binary in (ring, None):
        if binary is None:
            binary = np.zeros_like(ring)
            cv2.fillConvexPoly(binary, out[0][1].reshape(-1, 2), 255)
        outline = max(cv2.findContours(binary, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)[0], key=len)
        hull = cv2.convexHull(outline)
        out.append((binary, hull, cv2.arcLength(hull, True), cv2.arcLength(outline, True)))
    return square, out


def test_the_viewers_cut_corner_completes_the_desktops_quad():
    """cut_corner.js on the desktop's hull of a cut ring gives the desktop's quad (the hidden
    corner back within 2 px of the drawn one) and its seen stretches; on the dark pentagon, none
    (both with its outline and with the ring test set aside)."""
    from museum_ar.tracking.cut_corner import cut_corner_quad

    square, ((ring, hull, perimeter, outline), (solid, blob_hull, blob_perimeter, blob_outline)) = ring_drawings()
    want = cut_corner_quad(hull, perimeter, outline, ring)
    assert want is not None
    jobs = [(ring, hull, perimeter, outline), (solid, blob_hull, blob_perimeter, blob_outline), (solid, blob_hull, blob_perimeter, 2 * blob_perimeter)]
    got = node(f"""import {{ cutCornerQuad }} from {json.dumps((SRC / "cut_corner.js").as_uri())};
{READ_STDIN}
process.stdout.write(JSON.stringify(job.jobs.map((j) => {{
  const q = cutCornerQuad(j.hull, j.perimeter, j.outline, Uint8Array.from(Buffer.from(j.bin, "base64")), 400, 400, job.quads);
  return q && {{ quad: q, visible: q.visible }};
}})));""", {"quads": tracking_params.QUADS, "jobs": [{"bin": __import__("base64").b64encode((b > 0).astype(np.uint8).tobytes()).decode(), "hull": h.reshape(-1, 2).tolist(), "perimeter": p, "outline": o} for b, h, p, o in jobs]})
    assert got[0] is not None and got[1] is None and got[2] is None
    assert np.array_equal(np.asarray(got[0]["quad"]), want.reshape(4, 2))
    assert min(np.abs(np.asarray(got[0]["quad"]) - square[0]).max(axis=1)) <= 2
    # the two sides next to the hidden corner are seen from their far corner to the cut, the others whole
    visible = np.asarray(got[0]["visible"])
    assert sorted(map(tuple, visible.round(6).tolist())).count((0.0, 1.0)) >= 2
    assert ((visible[:, 1] - visible[:, 0]) > tracking_params.QUADS["cut_min_kept"]).all()
