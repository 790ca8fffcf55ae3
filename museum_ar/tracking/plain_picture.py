"""A plain picture (a wash: no features, nothing for an appearance check to correlate) found by
its outline, and told from what else an outline can close by how plain its inside is.

The image-target compiler refuses a picture without distinctive features unless asked
(`compile_target(..., plain_ok=True)`: the rating still warns the curator). Such a target has only
an aspect and a reference with no texture. An outline quad (picture_outline) of that aspect is
taken for it when the frame inside the quad, pulled back onto the reference and band-passed as the
appearance check does, is about as flat as camera noise (`texture` <= PLAIN_MAX_TEXTURE), when its
outline is one step from wall to picture and not a frame's band (`framed` <= MAX_FRAMED), when no
featured target looks like what is inside, and when it is the only plain target of that aspect.
Measured on 420 frames of the benchmark's kind (benchmarks/image_targets.py, seeds 1 and 2): the
flatness test alone let 4 empty wall frames 120-160 px wide through (0.47-0.75 grey levels; the
wash's own quads 0.27-0.53); their bands measure >= 54 grey levels, the wash's outlines 3.8-13.2.

What it cannot tell: a frameless plain panel of the wash's aspect and grey. And a wash as light as
its wall shows little outline: 3 of 40 random views close a quad (docs/image_targets.md).
"""

from __future__ import annotations

import cv2
import numpy as np

from ..markers.image_compile import CompiledTarget
from ..markers.tracking_params import PLAIN
from . import picture_outline as _outline
from .image_dense import grid
from .image_homography import homography_is_sane

# the acceptance constants live in markers/tracking_params.PLAIN (the manifest carries them to the viewer)
PLAIN_MAX_TEXTURE = float(PLAIN["max_texture"])
INSET = float(PLAIN["inset"])
FOLLOW_MARGIN_PX = int(PLAIN["follow_margin_px"])
CHECK_PX = int(PLAIN["check_px"])
BAND_REACH = float(PLAIN["band_reach"])
MAX_FRAMED = float(PLAIN["max_framed"])
BAND = (float(PLAIN["band"][0]), float(PLAIN["band"][1]))


def texture(grey: np.ndarray, H: np.ndarray, ref_size: tuple[int, int]) -> float:
    """Band-passed std (grey levels) of the frame inside the picture that H (reference -> frame)
    places, pulled back at CHECK_PX wide; inf when the picture is not all in the frame."""
    w, h = ref_size
    s = CHECK_PX / w
    sw, sh = CHECK_PX, max(8, round(h * s))
    Hb = np.diag([s, s, 1.0]) @ np.linalg.inv(H)
    c = cv2.perspectiveTransform(np.array([[[0, 0], [w, 0], [w, h], [0, h]]], np.float32), H)[0]
    if c.min() < -0.5 or c[:, 0].max() > grey.shape[1] + 0.5 or c[:, 1].max() > grey.shape[0] + 0.5:
        return float("inf")  # partly outside: the part outside could hold anything
    back = cv2.warpPerspective(grey.astype(np.float32), Hb, (sw, sh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    band = cv2.GaussianBlur(back, (0, 0), BAND[0]) - cv2.GaussianBlur(back, (0, 0), BAND[1])
    m, n = max(1, round(INSET * sw)), max(1, round(INSET * sh))
    return float(band[n:-n, m:-m].std())


def framed(grey: np.ndarray, H: np.ndarray, ref_size: tuple[int, int]) -> float:
    """How much the outline looks like a frame's band rather than a step from wall to picture: the
    deepest dip or ridge (grey levels) in the frame's profile across a side, from BAND_REACH of the
    width outside to as far inside (each side's middle 60 %, median along it), of the second most
    banded side. An empty wall frame's inner outline has its dark band just outside every side, its
    outer outline just inside; a plain picture's outline is one step (beyond it the wall's slow
    blotches), with now and then another frame hung against one side (the benchmark's wash at 1.24 m)."""
    w, h = ref_size
    s = CHECK_PX / w
    sw, sh = CHECK_PX, max(8, round(h * s))
    m = max(4, round(BAND_REACH * sw))
    # check pixels (u, v) from -m to sw + m: frame = H . diag(1/s) . shift(-m)
    Hb = np.linalg.inv(H @ np.diag([1 / s, 1 / s, 1.0]) @ np.array([[1, 0, -m], [0, 1, -m], [0, 0, 1.0]]))
    back = cv2.warpPerspective(grey.astype(np.float32), Hb, (sw + 2 * m, sh + 2 * m), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    cx0, cx1 = m + round(0.2 * sw), m + round(0.8 * sw)
    cy0, cy1 = m + round(0.2 * sh), m + round(0.8 * sh)
    profiles = [
        np.median(back[0 : 2 * m, cx0:cx1], axis=1),  # top: outside -> inside
        np.median(back[sh : sh + 2 * m, cx0:cx1], axis=1)[::-1],  # bottom
        np.median(back[cy0:cy1, 0 : 2 * m], axis=0),  # left
        np.median(back[cy0:cy1, sw : sw + 2 * m], axis=0)[::-1],  # right
    ]
    per_side = sorted(max(float(min(p[0], p[-1]) - p.min()), float(p.max() - max(p[0], p[-1]))) for p in profiles)
    return per_side[-2]


def looks_plain(grey: np.ndarray, H: np.ndarray, ref_size: tuple[int, int]) -> bool:
    """The picture H places is a plain one: its inside as flat as camera noise, its outline no frame's band."""
    return texture(grey, H, ref_size) <= PLAIN_MAX_TEXTURE and framed(grey, H, ref_size) <= MAX_FRAMED


def reference_is_plain(reference: np.ndarray) -> bool:
    """The reference itself passes the test (a feature-less picture may still have soft texture:
    then the outline alone cannot say it is there)."""
    h, w = reference.shape[:2]
    return texture(reference, np.eye(3), (w, h)) <= PLAIN_MAX_TEXTURE


def upright_turn(q: np.ndarray, K: np.ndarray, aspect: float, max_aspect_log: float) -> np.ndarray | None:
    """The quad's corners in the order TL TR BR BL of the picture, for a picture of this
    width/height aspect: of the turns whose rectangle has that aspect, the one whose top edge
    runs most nearly left to right (a plain picture looks the same every turn; pictures hang
    upright). None when no turn has that aspect."""
    quad_aspect, _skew = _outline.rectangle_aspect(q, K)
    best, best_level = None, -2.0
    for k, corners in enumerate(_outline.rotations(q)):
        r = quad_aspect if k % 2 == 0 else 1 / quad_aspect
        if abs(np.log(r / aspect)) > max_aspect_log:
            continue
        d = corners[1] - corners[0]
        level = float(d[0] / max(1e-9, np.linalg.norm(d)))
        if level > best_level:
            best, best_level = corners, level
    return best


def quads_near(grey: np.ndarray, K: np.ndarray, corners: np.ndarray, aspects: list[float]) -> list[np.ndarray]:
    """Outline quads (frame pixels) in a crop FOLLOW_MARGIN_PX around the last corners: a followed
    plain picture has no points for the flow, but its outline."""
    x0, y0 = (max(0, int(v) - FOLLOW_MARGIN_PX) // 2 * 2 for v in corners.min(0))
    x1, y1 = (min(lim, int(v) + FOLLOW_MARGIN_PX) for v, lim in zip(corners.max(0), (grey.shape[1], grey.shape[0])))
    if x1 - x0 < 32 or y1 - y0 < 32:
        return []
    Kc = K.copy()
    Kc[0, 2] -= x0
    Kc[1, 2] -= y0
    return [q + np.array([x0, y0], np.float32) for q in _outline.picture_quads(grey[y0:y1, x0:x1], Kc, aspects)]


def placed(t: CompiledTarget, corners: np.ndarray, grey: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The plain target t at these frame corners (its upright turn): (H, reference points, frame
    points) of a grid through H, or None when H is not sane or the inside there is not plain."""
    H = cv2.getPerspectiveTransform(t.corners_ref(), corners.astype(np.float32))
    if not homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])) or not looks_plain(grey, H, t.ref_size):
        return None
    g = grid(t)
    return H, g, cv2.perspectiveTransform(g.reshape(1, -1, 2), H).reshape(-1, 2)


def follow(t: CompiledTarget, last_H: np.ndarray, grey: np.ndarray, K: np.ndarray, max_aspect_log: float) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A followed plain picture has no points for the flow: its outline is looked for around the
    last one (quads_near), taken in the corner order nearest the last, and must still be as plain.
    As `placed`; None: lost."""
    aspect = t.ref_size[0] / t.ref_size[1]
    last = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), last_H)[0]
    best = None
    for q in quads_near(grey, K, last, [aspect]):
        quad_aspect, _skew = _outline.rectangle_aspect(q, K)
        for k, corners in enumerate(_outline.rotations(q)):
            if abs(np.log((quad_aspect if k % 2 == 0 else 1 / quad_aspect) / aspect)) > max_aspect_log:
                continue
            moved = float(np.linalg.norm(corners - last, axis=1).max())
            if moved <= FOLLOW_MARGIN_PX and (best is None or moved < best[0]):
                best = (moved, corners)
    return None if best is None else placed(t, best[1], grey)
