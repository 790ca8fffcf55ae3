"""Why ours misses a condition's frames, stage by stage (issue 14: analyse before fixing).

    python benchmarks/tracking_misses.py [--only motion_blur_13-25px] [--frames 200] [--seed 1]

The frames are benchmarks/tracking.py's (the same poses, cards and degradations). Per frame the
tracker (reset: a single frame) runs; for each frame it misses: did any candidate stage give a
square near our card's true corners (largest corner error, any turn) — the half-resolution
search, the full-resolution look, the quads dropped as plain (before the blurred filter),
the low-offset look, the quarter-resolution blurred look or the deblurred look (with the blur line
it measured: length px, angle deg); did the refinement keep the nearest one and how far off it ended; the
edge spread; and the identity read at the refined corners and at the true corners: the
accepted id (or none) and the scores of the true code and of the best rival under the lens-blur
and the motion-blur model (with the motion model's fit of the shared pattern). Prints one line
per missed frame and a JSON breakdown at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tracking as bench

from museum_ar.tracking import Tracker
from museum_ar.tracking.identity import MIN_SCORE_NEW, match_known
from museum_ar.tracking.lens_blur import _soft_scores
from museum_ar.tracking.module_sampling import square_to_quad, _all_centres
from museum_ar.tracking.motion_blur import MOTION_ANGLES, MOTION_LENGTHS_PX, _known_pattern, _line_kernel, _motion_scores
from museum_ar.tracking.code_templates import _groups
from museum_ar.tracking.quads import edge_spread, find_candidates, plain_candidates, refine_corners
from museum_ar.tracking.uneven_light import sample_lit
from museum_ar.markers.tracking_params import DEBLUR
from museum_ar.tracking.deblur import blur_line, deblurred_look
from museum_ar.tracking.downscale import area_downscale
from museum_ar.tracking.search_scales import first_search_scale, search_scale
from museum_ar.tracking.tracker import BLURRED_SEARCH, FAINT_THRESHOLD

NEAR_FRAC = 0.1  # a square whose corners are all within this fraction of the side of the truth is "near"


def corner_error(q: np.ndarray, truth: np.ndarray) -> float:
    """Largest corner distance, in the best turn and order."""
    q = np.asarray(q, float)
    return min(float(np.abs(np.roll(q[::f], r, axis=0) - truth).max()) for f in (1, -1) for r in range(4))


def aligned(q: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """q in the turn and order closest to the truth's (TL TR BR BL of the code)."""
    q = np.asarray(q, float)
    return min((np.roll(q[::f], r, axis=0) for f in (1, -1) for r in range(4)), key=lambda c: float(np.abs(c - truth).max())).astype(np.float32)


def motion_fit(grey: np.ndarray, corners: np.ndarray, layout, group) -> float:
    """The motion model's best fit of the shared pattern (as motion_blur._motion_scores, coarse grid)."""
    units = layout.units
    H = square_to_quad(units, corners)
    img = cv2.perspectiveTransform(_all_centres(units), H)
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).reshape(units + 2, units + 2).astype(np.float32)
    known, shared = _known_pattern(tuple(group))
    Hinv = np.linalg.inv(H)
    c = corners.astype(np.float64).mean(axis=0)
    probe = cv2.perspectiveTransform(np.array([[c, c + (1, 0), c + (0, 1)]], np.float64), Hinv)[0]
    J = np.stack([probe[1] - probe[0], probe[2] - probe[0]], axis=1)
    v = vals[shared] - vals[shared].mean()
    v /= np.linalg.norm(v) + 1e-9
    best = -1.0
    for a in MOTION_ANGLES:
        for ln in MOTION_LENGTHS_PX:
            p = cv2.filter2D(known, -1, _line_kernel(J, a, ln), borderType=cv2.BORDER_REPLICATE)[shared]
            p = p - p.mean()
            best = max(best, float(p @ v / (np.linalg.norm(p) + 1e-9)))
    return best


def scores(grey: np.ndarray, corners: np.ndarray, tracker: Tracker, want: int, spread: np.ndarray) -> dict:
    """Identity at these corners: the id accepted (or None), the true code's and the best rival's
    scores (true code in the turn that puts corner 0 top-left; rival: any other code or turn)
    under both models, the motion model's fit and the ring."""
    out: dict = {}
    ident = match_known(grey, corners, tracker.candidates, spread)
    out["id"] = None if ident is None else tracker.known[ident.key].id
    out["score"] = None if ident is None else round(1 - ident.distance, 3)
    for layout, group in _groups(tuple(tracker.candidates)).items():
        grid, _thr, ring = sample_lit(grey, corners, layout)
        out["ring"] = round(float(ring), 2)
        for name, scored in (("lens", _soft_scores(grid, corners, layout, group, spread)[0]), ("motion", _motion_scores(grey, corners, layout, group)[0])):
            if not scored:
                out[name] = None
                continue
            true = max((s for s, k, r in scored if k == want and r == 0), default=float("nan"))
            rival = max((s for s, k, r in scored if not (k == want and r == 0)), default=float("nan"))
            out[name] = (round(true, 3), round(rival, 3))
        out["fit"] = round(motion_fit(grey, corners, layout, group), 3)
    return out


def analyse(name: str, n: int, seed: int) -> dict:
    exhibit = [bench._spec(bench.payload_for(bench.URL, i), i) for i in bench.EX_IDS]
    gen = bench.condition_frames(name, n, seed, kinds=("ours",))
    intr = next(gen)
    tracker = Tracker(intr, exhibit, smoothing=False)
    causes: Counter = Counter()
    rows = []
    for i, t, _o, frames, _truth in gen:
        f, deg = frames["ours"]
        payload = bench.payload_for(bench.URL, bench.EX_IDS[t])
        truth = next(m.corners for m in f.truth if m.payload == payload).astype(np.float32)
        tracker.reset()
        dets = tracker.process(f.image, 0.0)
        if any(d.marker_id == bench.EX_IDS[t] for d in dets):
            continue
        grey = cv2.cvtColor(f.image, cv2.COLOR_BGR2GRAY)
        side = float(np.mean(np.hypot(*(truth[[1, 2, 3, 0]] - truth).T)))
        near = NEAR_FRAC * side
        scale = search_scale(grey.shape[0])
        plain: list = []
        stages = {
            "search": find_candidates(grey, scale=first_search_scale(grey.shape[0]), inner_ratio=tracker.inner_ratio, plain_out=plain),
            "full_res": find_candidates(grey, scale=1, inner_ratio=tracker.inner_ratio, hulls=True),
        }
        stages["plain"] = list(plain_candidates(plain, lambda q: True))
        block, c = FAINT_THRESHOLD
        stages["faint"] = find_candidates(grey, scale=scale, block=block, c=c, inner_ratio=tracker.inner_ratio)
        factor, block, c = BLURRED_SEARCH
        stages["blurred"] = find_candidates(grey, scale=scale * factor, block=block, c=c, inner_ratio=tracker.inner_ratio)
        deblur_scale = scale * DEBLUR["search_scale"]
        stages["deblurred"], _ = deblurred_look(grey, deblur_scale, find_candidates, block=DEBLUR["window_px"], c=DEBLUR["offset"], inner_ratio=tracker.inner_ratio)
        errs = {k: min((corner_error(q, truth) for q in v), default=float("inf")) for k, v in stages.items()}
        best_quad = min((q for v in stages.values() for q in v), key=lambda q: corner_error(q, truth), default=None)
        row: dict = {"frame": i, "id": bench.EX_IDS[t], "motion": [round(x, 1) for x in deg.get("motion", ())], "side_px": round(side, 1)}
        row["nearest_px"] = {k: round(v, 1) for k, v in errs.items()}
        small = area_downscale(grey, (int(round(grey.shape[1] / deblur_scale)), int(round(grey.shape[0] / deblur_scale))))
        line = blur_line(small)
        row["blur_line_measured"] = None if line is None else [round(line[1] * grey.shape[0] / small.shape[0], 1), round(line[0], 1)]
        edge_spread(grey, truth.astype(np.float64), tracker.inner_frac)
        row["spread_at_truth"] = round(float(edge_spread.per_side.max()), 2)
        spread_truth = edge_spread.per_side.copy()
        want = next(c.key for c in tracker.candidates if tracker.known[c.key].id == bench.EX_IDS[t])
        row["at_truth"] = scores(grey, truth, tracker, want, spread_truth)
        if best_quad is None or corner_error(best_quad, truth) > near:
            cause = "no square near the card"
        else:
            refined = refine_corners(grey, best_quad, tracker.inner_frac, iterations=3)
            if refined is None:
                cause = "square near, refinement refused it"
                at = aligned(best_quad, truth)
                row["at_rough"] = scores(grey, at, tracker, want, np.full(4, row["spread_at_truth"]))
            else:
                row["refined_px"] = round(corner_error(refined, truth), 2)
                at = aligned(refined, truth)
                row["at_refined"] = scores(grey, at, tracker, want, tracker._spread(grey, refined))
                got, score = row["at_refined"]["id"], row["at_refined"]["score"]
                if got is None:
                    cause = "refined, id refused"
                elif got != bench.EX_IDS[t]:
                    cause = "refined, WRONG id"
                elif score < MIN_SCORE_NEW:
                    cause = "refined, read below min_score_new"
                else:
                    cause = "refined and read here (the tracker's path did not get there)"
        row["truth_read"] = row["at_truth"]["id"]
        row["cause"] = cause
        causes[cause] += 1
        causes["(id read at the true corners: " + str(row["at_truth"]["id"] == bench.EX_IDS[t]) + ")"] += 1
        rows.append(row)
        print(json.dumps(row), flush=True)
    return {"condition": name, "frames": n, "missed": len(rows), "causes": dict(causes)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="motion_blur_13-25px")
    ap.add_argument("--frames", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    cv2.setNumThreads(1)
    for name in a.only.split(","):
        print(json.dumps(analyse(name, a.frames, a.seed)), flush=True)


if __name__ == "__main__":
    main()
