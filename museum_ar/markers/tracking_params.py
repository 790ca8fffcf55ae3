"""The tracker's parameters, one source for both runtimes.

The desktop tracker (`museum_ar.tracking`) reads these constants; the bundle writer copies
`as_manifest()` into manifest.json (`tracking`), and the tablet viewer's tracker takes every value
from there, so the app's preview predicts what a visitor's tablet does. Change a value here, never
in JS. Keys are the contract with `viewer/src`: rename one only together with the viewer.

It lives in `markers` (not `tracking`) because export may not import tracking, and both sit above
markers.
"""

from __future__ import annotations

from typing import Any, TypedDict


# The groups' keys and value types (what the viewer reads from the manifest).
class IdentityParams(TypedDict):
    min_score: float
    min_score_new: float
    min_margin: float
    min_separation: float
    min_ring: float
    psf_sigmas_px: list[float]
    blur_psf_factors: list[float]


class SearchParams(TypedDict):
    search_height_px: int
    fallback_every: int
    max_coast_frames: int
    full_scan_every: int
    faint_window_px: int
    faint_offset: float
    blurred_scale_factor: float
    blurred_window_px: int
    blurred_offset: float


class EdgeParams(TypedDict):
    blur_min_spread_px: float
    blur_max_spread_px: float
    blur_retry_factors: list[float]


class LightingParams(TypedDict):
    max_ratio: float
    close_modules: int
    min_contrast: float


class MotionParams(TypedDict):
    min_spread_px: float
    min_fit: float
    angles_deg: list[float]
    lengths_px: list[float]
    fine_angle_deg: float
    fine_length_px: float
    fit_steps_px: list[float]
    fit_max_passes: int
    fit_start_min_fit: float


class DeblurParams(TypedDict):
    search_scale: float
    min_anisotropy: float
    min_length_px: int
    max_length_px: int
    min_trough: float
    wiener_noise: float
    window_px: int
    offset: float
    angle_tries_deg: list[float]
    angle_refine_deg: float
    presmooth_px: float
    trough_row_step: int
    gate_min_score: float


class QuadParams(TypedDict):
    min_side_ratio: float
    thin_min_fill: float
    thin_max_fill_error: float
    finer_tolerances: list[float]
    hull_max_fill_error: float
    cut_tolerance: float
    cut_max_area: float
    cut_min_kept: float
    cut_max_dark: float
    cut_min_outline_over_hull: float


class FilterParams(TypedDict):
    min_cutoff: float
    beta: float
    d_cutoff: float


class PoseParams(TypedDict):
    method: str
    refine: str


# Identity: correlation of the sampled data modules with an expected code.
IDENTITY: IdentityParams = dict(
    min_score=0.72,  # the code's correlation must reach this to continue a track where it was seen ...
    # ... and this to start one (a first identification, or a square away from its track's
    # predicted corners): true reads score >= 0.89 unless blurred 13-25 px (measured, 8 conditions
    # x 30 frames); another exhibit's code 72 modules from ours scored 0.73-0.77, blurred too.
    min_score_new=0.85,
    min_margin=0.25,  # ... and a runner-up (another code, or this code turned) this much lower, or:
    # a rival code within min_margin is told apart on the modules where the two differ: the samples
    # there correlate at least this much with (best - rival) predicted (an exhibit's ids a-e share
    # their address; blurred or far, a sibling scores ~0.6 from the shared modules alone).
    min_separation=0.5,
    min_ring=0.75,  # frame dark / quiet zone light along at least this fraction of their middles
    psf_sigmas_px=[0.5, 0.9, 1.4],  # lens blur assumed when predicting a code (the best counts)
    blur_psf_factors=[0.75, 1.0, 1.3],  # with a measured edge spread: that spread per axis times these
)

# Finding and refining the frame.
SEARCH: SearchParams = dict(
    search_height_px=360,  # whole-frame search on the frame area-downscaled to about this height
    fallback_every=4,  # frames between full-resolution looks while nothing is tracked
    max_coast_frames=6,  # frames in a row a too-blurred marker keeps its predicted corners (a quick turn)
    full_scan_every=10,  # while markers are tracked, frames between whole-image searches (new markers appear within 1/3 s)
    # The last look when a card is still missing after the full-resolution one: the search's
    # scale again, an adaptive threshold with this small window (px) and low offset (grey levels)
    # keeps a card at 70-80 degrees whose ~1 px frame sides average into a faint line there
    # (the usual: 11 and 10). (desktop: Tracker._codes; viewer: tracker.js search)
    faint_window_px=5,
    faint_offset=5.0,
    # The look for a heavily motion-blurred card (13-25 px), while a known card is missing after
    # the full-resolution one: the search's downscale times this (720p: a quarter), an adaptive
    # threshold with this window (px of that image) and offset; its squares go to the motion-blur
    # model (desktop: Tracker._blurred_look; viewer: tracker.js blurredLook)
    blurred_scale_factor=2.0,
    blurred_window_px=11,
    blurred_offset=5.0,
)
# Blurred edges: when the sharp refinement fails, the frame's edge spread (std of the dark->light
# gradient across the edge, px) is measured and the refinement repeated with windows widened by it.
EDGES: EdgeParams = dict(
    blur_min_spread_px=1.2,  # narrower edges are sharp: no blurred retry
    blur_max_spread_px=8.0,  # a box blur of ~28 px
    blur_retry_factors=[1.0, 1.6],  # spreads tried: measured times these
)

# Uneven light (a shadow's edge across the card): when the ring test fails and the quiet zone's
# light varies this much, every module is divided by the light falling on it (uneven_light.sample_lit;
# viewer/src/identify.js sampleLit).
LIGHTING: LightingParams = dict(
    max_ratio=0.75,  # quiet zone's light: 10th percentile below this times the 90th = unevenly lit
    close_modules=5,  # the light = the grey levels' morphological closing over this many modules a side
    min_contrast=40.0,  # normalised frame dark vs quiet light (of 255) for a ring at all
)
# Heavy motion blur (13-25 px): the code predicted blurred by a line whose length and angle are
# fitted on the modules every code shares (motion_blur._motion_scores; identify.js motionScores).
MOTION: MotionParams = dict(
    min_spread_px=3.0,  # widest side's edge spread (px) from which the line model is tried (the Gaussian one fails)
    min_fit=0.8,  # the known pattern, blurred, must correlate this well with the samples (our frame, blurred)
    angles_deg=[float(a) for a in range(0, 180, 15)],  # degrees, in the image
    lengths_px=[8.0, 11.0, 14.0, 17.0, 20.0, 23.0, 26.0, 30.0],
    fine_angle_deg=5.0,  # then the best one's neighbours this far either side
    fine_length_px=1.5,
    # Corners fitted to the blurred frame pattern every code shares before the code is read
    # (desktop: motion_blur.fit_corners; viewer: motion_blur.js fitCorners): corner moves tried,
    # coarse to fine (px), and passes over the 8 coordinates per step.
    fit_steps_px=[2.0, 1.0, 0.5],
    fit_max_passes=4,
    # The viewer starts the fit where a line explains the known pattern this well (the read still
    # needs min_fit at the fitted corners): its refinement has no blurred retry and leaves a smeared
    # card's corners 3-7 px off, where the line fits 0.5-0.8 (benchmark heavy-blur frame 12); the
    # desktop's blurred refinement starts within min_fit (fit_corners keeps corners below it).
    fit_start_min_fit=0.5,
)
# The look through heavy motion blur (desktop: tracking.deblur; viewer: deblur.js): the frame's
# blur line measured on the frame downscaled by the search's factor times search_scale, undone row
# by row, and squares searched there with this adaptive threshold.
DEBLUR: DeblurParams = dict(
    search_scale=1.0,  # x the search's downscale (720p: 640x360)
    min_anisotropy=0.3,  # gradients' tensor (max - min) / (max + min) eigenvalue below this: no line blur
    min_length_px=4,  # blur lengths looked for, px of the searched image (720p 13-25 px -> 6.5-12.5)
    max_length_px=18,
    min_trough=0.05,  # the row derivative's autocorrelation must dip this far below 0 (of lag 0) at the blur's length
    wiener_noise=0.02,  # Wiener filter's noise-to-signal power: less ringing, less sharpening
    window_px=11,  # adaptive threshold on the deblurred picture (px, grey levels)
    offset=10.0,
    # The blur's direction from the gradients is a few degrees off when the picture has its own
    # preferred direction (benchmark: up to ~8): these turns about it are tried, the deepest
    # trough wins, then angle_refine_deg either side of that.
    angle_tries_deg=[-8.0, -4.0, 4.0, 8.0],
    angle_refine_deg=2.0,
    presmooth_px=0.7,  # Gaussian sigma before the trough search (benchmark 13-25 px set: length at most 1.0 px off, was 6)
    trough_row_step=3,  # rows used for the troughs: every third (the sums over ~120 rows need no more)
    # A square the look found is read (line and corner fits, the patch deconvolved) only when some
    # code of the bundle, blurred by the measured line, correlates at least this well with its
    # modules at the look's corners (deblur_gate; viewer deblur_gate.js). The squares read as our
    # card scored 0.64-0.99 (benchmark 13-25 px set, viewer_vs_desktop's heavily blurred frames),
    # another exhibit's heavily blurred card of the same museum <= 0.43 (viewer_vs_desktop, 180
    # frames), clutter less: halfway, nearer the foreign card (a refused card of ours is lost).
    gate_min_score=0.5,
)
# Candidate quads: a card at 70-80 degrees is a long thin quad (desktop: quads._finer_polygon; the
# viewer's hull quad: detect.js quadFromHull).
QUADS: QuadParams = dict(
    min_side_ratio=0.06,  # shortest over longest side of a candidate (a card at 80 degrees: ~0.17)
    thin_min_fill=0.01,  # area / perimeter^2 of a contour worth a finer polygon (a 1:16 rectangle: 0.013; a stroke: less)
    thin_max_fill_error=0.05,  # ... whose area is within this of the finer quad's
    finer_tolerances=[0.02, 0.01],  # of the perimeter, tried after the usual 4 %
    # On the full-resolution look, a dark region's convex hull gets the finer polygon too, with
    # this allowance: a thin frame broken up into a stroke with modules attached, whose hull takes
    # in what touches the frame (desktop: quads.find_candidates hulls=True; viewer: thinQuad).
    hull_max_fill_error=0.15,
    # ... and a frame with one corner hidden (another card over it: a ring cut open, its hull a
    # pentagon) is completed from its hull (desktop: tracking/cut_corner.py; viewer: cut_corner.js):
    cut_tolerance=0.02,  # of the hull's perimeter: the polygon that keeps a cut of ~1/4 of a side (4 % folds it away)
    cut_max_area=0.2,  # the hidden triangle may be at most this share of the completed square's area
    cut_min_kept=0.25,  # ... and each side next to the cut keeps at least this share of its length
    cut_max_dark=0.5,  # just inside the cut, at most this share of the points dark (inside a frame's side: nearly all)
    cut_min_outline_over_hull=1.4,  # a ring cut open is outlined along both edges: 1.6-1.9x its hull's perimeter; a solid blob's ~1
)

class ImageSearchParams(TypedDict):
    ratio: float
    ratio_other_place_px: float
    neighbours: int
    min_inliers: int
    min_inlier_share: float
    ransac_px: float
    ransac_max_iters: int
    ransac_confidence: float
    min_appearance: float


# An artwork's feature search (desktop: tracking/image_target.py; viewer: image_targets/tracker.js
# and matching.js): the ratio test, the homography RANSAC and what a find must pass. One source,
# so the tablet searches as the desktop does (it missed far pictures the desktop found with a
# fixed 400-sample RANSAC at 2 px on the full frame).
IMAGE_SEARCH: ImageSearchParams = dict(
    ratio=0.8,  # Lowe's ratio test ...
    ratio_other_place_px=3.0,  # ... against the nearest descriptor of another place (a corner is stored once per pyramid level)
    neighbours=4,  # descriptors looked at for that rival
    min_inliers=8,  # few, when the appearance check confirms the whole picture
    min_inlier_share=0.25,  # of the target's ratio-test matches
    ransac_px=4.0,  # reprojection threshold, full-frame (1280 px) pixels
    ransac_max_iters=2000,  # samples at most, fewer once a better model is this unlikely to be missed:
    ransac_confidence=0.999,
    min_appearance=0.4,  # band-passed NCC of the picture pulled back onto the reference (the right one >= 0.74, a series' neighbour <= 0.06)
)

# A plain picture (a wash compiled without features, compile_target's plain_ok) is found and
# followed by its outline alone; these decide when an outline quad is taken for it
# (tracking/plain_picture.py, measured there). One source for desktop and the viewer's worker.
PLAIN: dict[str, Any] = dict(
    max_texture=0.75,  # grey levels (band-passed std of the inside): the wash 0.27-0.53; other quads of its aspect from 0.47 (empty wall frames: max_framed tells those)
    inset=0.15,  # the inside starts this share of the width and height in from each side (the outline's 1-2 px error, the wall beyond)
    follow_margin_px=96,  # a followed plain picture's outline is looked for this far around its last one
    check_px=128,  # compared at this width (as the appearance check)
    band_reach=0.1,  # `framed` looks this share of the width either side of the outline
    max_framed=25.0,  # grey levels: a dip or ridge deeper along two sides is a frame's band (the wash 3.8-13.2, empty frames >= 54)
    band=[1.5, 8.0],  # band-pass sigmas (px at check_px), as the appearance check
)

# One Euro filter (Casiez et al. 2012) on the pose: translation in metres, rotation as a quaternion.
FILTER_TRANSLATION: FilterParams = dict(min_cutoff=0.8, beta=50.0, d_cutoff=1.0)  # Hz, s/m, Hz
FILTER_ROTATION: FilterParams = dict(min_cutoff=0.8, beta=10.0, d_cutoff=1.0)  # Hz, per unit-quaternion speed

# Pose: IPPE on the square, both solutions, keep the one closest to the last frame, then refine.
POSE: PoseParams = dict(method="ippe_square", refine="lm")

# Default horizontal field of view of a tablet's rear camera when the browser does not tell it.
DEFAULT_HFOV_DEG = 65.0


def as_manifest() -> dict[str, Any]:
    """The parameters as the manifest's `tracking` object (plain JSON types)."""
    return {
        "identity": dict(IDENTITY),
        "filter": {"translation": dict(FILTER_TRANSLATION), "rotation": dict(FILTER_ROTATION)},
        "pose": dict(POSE),
        "search": dict(SEARCH),
        "edges": dict(EDGES),
        "lighting": dict(LIGHTING),
        "motion": {k: list(v) if isinstance(v, list) else v for k, v in MOTION.items()},
        "quads": {k: list(v) if isinstance(v, list) else v for k, v in QUADS.items()},
        "plain": {k: list(v) if isinstance(v, list) else v for k, v in PLAIN.items()},
        "image_search": dict(IMAGE_SEARCH),
        "deblur": {k: list(v) if isinstance(v, list) else v for k, v in DEBLUR.items()},
        "default_hfov_deg": DEFAULT_HFOV_DEG,
    }
