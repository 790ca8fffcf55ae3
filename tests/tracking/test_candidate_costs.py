"""The candidate search's cheaper paths (issue 14, clutter speed) give what the plain ones gave:
on a rendered clutter frame with two printed cards, the contour-side fit equals the plain
numpy formulation bit for bit, the module counts of the fast match equal counting the
comparisons, the closed-form homography equals OpenCV's, the careful comparison with its blurred
codes kept between calls equals the one that blurred them every time; and a square no known code is near
is turned down without its edge blur being measured (0.2-0.4 ms a square)."""

from __future__ import annotations

from functools import partial

import cv2
import numpy as np
import pytest

from museum_ar.core.exhibit import Exhibit, Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, facing_pose
from museum_ar.tracking import identity, lens_blur, quads
from museum_ar.tracking.synthetic import printed_card

URL, OTHER = "https://ar.example.org/grass/", "https://ar.example.org/natur/"
IDS = list("abcde")


def _exhibit(url: str) -> Exhibit:
    return Exhibit(title=LocalizedText({"de": "T", "en": "T"}), publish_url=url, markers=[Marker(i, 100.0, LocalizedText({"de": i, "en": i})) for i in IDS])


@pytest.fixture(scope="module")
def scene():
    """A 720p clutter frame: our card 'b' tilted on the left, another exhibit's 'd' on the right."""
    ours, other = _exhibit(URL), _exhibit(OTHER)
    intr = CameraIntrinsics.default_for(1280, 720)
    specs = [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in IDS]
    cam = SyntheticCamera(
        [MarkerSpec.for_payload(payload_for(URL, "b"), 100.0), MarkerSpec.for_payload(payload_for(OTHER, "d"), 100.0)],
        intr, [[facing_pose(0.5, 35, 30, 20, (-0.12, 0.02)), facing_pose(0.6, 20, 200, 0, (0.15, -0.02))]],
        cards=[printed_card(ours, ours.markers[1]), printed_card(other, other.markers[3])], clutter=True, noise=2.0, blur=0.7, seed=7,
    )
    f = cam.read()
    return quads.to_grey(f.image), f.truth, specs


def _plain_fit(pts: np.ndarray, q: np.ndarray) -> np.ndarray | None:
    """_fit_contour_sides as plain numpy (the formulation before issue 14's speed work)."""
    a = q.astype(np.float64)
    d = a[[1, 2, 3, 0]] - a
    length = np.hypot(d[:, 0], d[:, 1])
    t = d / length[:, None]
    frame = np.concatenate([t, t[:, ::-1] * np.array([-1.0, 1.0])])
    p = pts.astype(np.float32).astype(np.float64)
    proj = frame @ p.T - np.einsum("ki,ki->k", frame, np.concatenate([a, a]))[:, None]
    w = ((np.abs(proj[4:]) < 2.5) & (proj[:4] > 0.15 * length[:, None]) & (proj[:4] < 0.85 * length[:, None])).astype(np.float64)
    sw = w.sum(axis=1)
    if sw.min() < 3:
        return None
    terms = np.column_stack([p, p * p, p[:, 0] * p[:, 1]])
    m = w @ terms / sw[:, None]
    sxx, syy, sxy = m[:, 2] - m[:, 0] ** 2, m[:, 3] - m[:, 1] ** 2, m[:, 4] - m[:, 0] * m[:, 1]
    angle = 0.5 * np.arctan2(2 * sxy, sxx - syy)
    out = quads._intersect_neighbours(m[:, :2], np.stack([np.cos(angle), np.sin(angle)], 1))
    if out is None or np.abs(out - a).max() > 4:
        return None
    return out.astype(np.float32)


def test_contour_side_fit_equals_the_plain_formulation(scene, monkeypatch):
    grey = scene[0]
    seen = []
    fit = quads._fit_contour_sides
    monkeypatch.setattr(quads, "_fit_contour_sides", lambda pts, q: seen.append((pts, q, fit(pts, q))) or seen[-1][2])
    found = quads.find_candidates(grey, scale=2, inner_ratio=0.85)
    assert len(found) >= 2 and len(seen) >= len(found)  # both cards at least, and the clutter's squares
    for pts, q, got in seen:
        want = _plain_fit(pts, q)
        assert (got is None) == (want is None)
        if got is not None:
            assert np.array_equal(got, want)


def test_fast_match_counts_equal_counting_the_comparisons(scene):
    grey, truth, specs = scene
    group = [identity.Candidate(k, s.modules, s.layout) for k, s in enumerate(specs)]
    index, light = identity._fast_templates(tuple(group))
    for det in truth:
        for shift in (0.0, 0.7, -1.3):  # exact corners and corners off by about a module
            grid, thr, _ = identity.sample_grid_and_rings(grey, det.corners.astype(np.float32) + shift, specs[0].layout)
            seen = (grid.ravel()[index] > thr)[:, None, :]
            differ = np.count_nonzero(seen != light, axis=2).ravel() / index.shape[1]
            both_ways = float(np.minimum(np.count_nonzero(seen & ~light, axis=2), np.count_nonzero(light & ~seen, axis=2)).min()) / index.shape[1]
            counts = identity._light_counts(grid, thr, group)
            assert identity._fast_match(grid, thr, group, counts)[1] == differ.min()
            assert identity._both_ways(grid, thr, group, counts) == both_ways


def test_closed_form_homography_is_opencvs(scene):
    _, truth, specs = scene
    units = specs[0].layout.units
    rng = np.random.default_rng(3)
    quads_seen = [d.corners for d in truth] + [np.array([[0, 0], [100, 0], [100, 100], [0, 100]], float) + rng.normal(0, 12, (4, 2)) + rng.uniform(0, 900, 2) for _ in range(50)]
    square = np.array([[0, 0], [units, 0], [units, units], [0, units]], np.float32)
    centres = (np.stack(np.meshgrid(np.arange(units) + 0.5, np.arange(units) + 0.5), -1).reshape(-1, 1, 2)).astype(np.float32)
    for c in quads_seen:
        mine = identity.square_to_quad(units, c)
        ref = cv2.getPerspectiveTransform(square, c.astype(np.float32))
        assert np.abs(cv2.perspectiveTransform(square.reshape(-1, 1, 2), mine).reshape(4, 2) - c.astype(np.float32)).max() < 1e-3
        assert np.abs(cv2.perspectiveTransform(centres, mine) - cv2.perspectiveTransform(centres, ref)).max() < 1e-3


def test_a_square_far_from_every_code_is_turned_down_without_measuring_its_blur():
    """A framed code of another museum (far from all of ours) seen large and sharp: the verdict
    is False on the modules alone; the edge spread (for the 'another code seen sharp' test, which
    only matters for squares a known code is near) is never measured. Before: measured."""
    intr = CameraIntrinsics.default_for(1280, 720)
    specs = [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in IDS]
    candidates = [identity.Candidate(k, s.modules, s.layout) for k, s in enumerate(specs)]
    foreign = MarkerSpec.for_payload("https://other.example.com/museum/#x", 100.0)
    calls = []

    def spread(grey, corners):
        calls.append(1)
        quads.edge_spread(grey, corners.astype(np.float64), 0.08)
        return float(quads.edge_spread.per_side.max())

    for k in range(2):
        f = SyntheticCamera([foreign], intr, [[facing_pose(0.35 + 0.1 * k, 20 * k, 30 * k, 0)]], clutter=True, noise=2.0, blur=0.6, seed=k).read()
        grey, corners = quads.to_grey(f.image), f.truth[0].corners.astype(np.float32)
        grid, thr, ring = identity.sample_grid_and_rings(grey, corners, specs[0].layout)
        assert ring == 1.0 and identity._both_ways(grid, thr, candidates) >= identity.SHARP_MIN_EACH_WAY  # (what made it ask before)
        assert identity.known_verdict(grey, corners, candidates, partial(spread, grey, corners)) is False
    assert calls == []


def _plain_soft_scores(grid, corners, layout, group, spread=None):
    """_soft_scores as it was before its blurred codes were kept between calls: every code
    blurred per hypothesis, every prediction for `separation` made."""
    side = np.hypot(*(corners[[1, 2, 3, 0]] - corners).T)
    n = layout.symbol_modules
    dark, gather, gather_all = lens_blur._soft_layout(tuple(group))
    index, _ = lens_blur._fast_templates(tuple(group))
    px_x, px_y = (side[0] + side[2]) / 2 / layout.units, (side[1] + side[3]) / 2 / layout.units
    v = grid.ravel()[index].astype(float)
    v -= v.mean(axis=1, keepdims=True)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    fulls, best, which = [], np.full((4, len(group)), -1.0), np.zeros((4, len(group)), np.intp)
    for h, (sx, sy) in enumerate(lens_blur._psf_hypotheses(spread)):
        by = lens_blur._blur_matrix_q(n, round(sy / px_y * 20) / 20)
        bx = lens_blur._blur_matrix_q(n, round(sx / px_x * 20) / 20)
        full = np.concatenate([((by @ dark).reshape(-1, n) @ bx.T).ravel(), ((bx @ dark).reshape(-1, n) @ by.T).ravel()])
        pred = full.take(gather)
        pred -= pred.mean(axis=2, keepdims=True)
        corr = np.einsum("rkd,rd->rk", pred, v) / (np.linalg.norm(pred, axis=2) + 1e-9)
        which[corr > best] = h
        np.maximum(best, corr, out=best)
        fulls.append(full)
    best_full = np.stack(fulls)[which[..., None], gather_all]
    masked = np.zeros_like(best_full)
    for r in range(4):
        masked[r][:, index[r]] = best_full[r][:, index[r]]
    return [(float(best[r, i]), c.key, r) for r in range(4) for i, c in enumerate(group)], {(c.key, r): masked[r, i] for r in range(4) for i, c in enumerate(group)}


def test_soft_scores_with_kept_blurs_equal_the_plain_formulation(scene):
    """The careful comparison's blurred codes kept between calls (lens_blur._blurred_codes) and
    its predictions for `separation` made on demand: the same scores and predictions, bit for
    bit, on both cards, at exact and shifted corners, with and without a measured blur, asked
    twice (the second time from what was kept)."""
    grey, truth, specs = scene
    group = [identity.Candidate(k, s.modules, s.layout) for k, s in enumerate(specs)]
    layout = specs[0].layout
    lens_blur._blurred_codes.cache_clear()
    for det in truth:
        for shift in (0.0, 0.6):
            corners = det.corners.astype(np.float32) + shift
            grid = identity.sample_grid(grey, corners, layout)[0]
            for spread in (None, np.array([1.6, 2.4, 1.7, 2.2])):
                want_scores, want_preds = _plain_soft_scores(grid, corners, layout, group, spread)
                for _ in range(2):
                    scores, preds = lens_blur._soft_scores(grid, corners, layout, group, spread)
                    assert scores == want_scores
                    assert preds.keys() == want_preds.keys()
                    for key, make in preds.items():
                        assert np.array_equal(make(), want_preds[key])
    assert lens_blur._blurred_codes.cache_info().hits > 0
