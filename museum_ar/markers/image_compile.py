"""Compile an artwork's picture into image-target data: keypoints and descriptors on a pyramid.

One compiler for both trackers: the desktop tracker (tracking.image_target) compiles in memory;
the bundle writer (export) stores the same data in a small binary file per artwork that the
tablet viewer reads (`target_bytes` / `read_target_bytes`, format below). It lives in `markers`
because both tracking and export may import markers, but not each other.

Binary format "MAIT" version 1 (little-endian), read by viewer/src/image_targets/format.js:
    4 bytes  magic b"MAIT"
    u32      header length L
    L bytes  header, UTF-8 JSON: {"version": 1, "id", "width_mm", "height_mm", "ref_w", "ref_h",
             "detector": "orb", "points": N, "descriptor_bytes": D, "check_w", "check_h",
             "point_scale": 8, "tablet_points": M, "tablet_levels": [[scale, points], ...]}
    N*4      points: u16 x, u16 y in reference pixels times point_scale (1/8 px)
    N*D      descriptors (ORB: 32 bytes each)
    check_w*check_h  the grey reference at check_w px wide (the appearance check)
    M*4      tablet points ("tablet_points": M in the header): u16 x, u16 y times point_scale
    M*32     tablet descriptors (markers/tablet_features.py, "mab1"), what the viewer matches
"tablet_levels" (optional; older files lack it): the tablet block level by level, each level's
scale (of the reference) and point count, in storage order; the viewer matches a far picture
searched on the full-size frame against the small levels only.
The ORB block serves desktop checks (and an OpenCV.js tracker, should one come); the viewer's own
tracker uses the tablet block.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..core.errors import MarkerError
from ..core.exhibit import edge_m_of

TARGET_PX = 480  # the artwork is described at this width (a sharp A4 at ~1 m in 720p spans ~450 px)
PYRAMID_SCALES = (1.0, 0.7, 0.5, 0.35)  # extra levels so far-away (small) artworks still match
FEATURES_PER_LEVEL = 600
# Affine-warped training views (as ASIFT does): the picture seen turned ~53 degrees about four
# in-picture axes (0, 45, 90, 135 degrees), each with TILT_FEATURES features mapped back into the
# reference. ORB is not invariant to that foreshortening; steep views of etchings and posters were
# missed for want of correct matches (benchmarks/image_targets.py --diagnose).
TILT_SQUEEZE = 0.6
TILT_AXES_DEG = (0.0, 45.0, 90.0, 135.0)
TILT_FEATURES = 200
CHECK_PX = 128  # the appearance check compares the picture at this width (tracking.image_target)
MAGIC = b"MAIT"
FORMAT_VERSION = 1
POINT_SCALE = 8  # points stored in 1/8 px


def make_detector(kind: str = "orb", n: int = FEATURES_PER_LEVEL, fast_threshold: int = 12):
    kind = kind.lower()
    if kind == "orb":
        return cv2.ORB.create(nfeatures=n, scaleFactor=1.3, nlevels=6, fastThreshold=fast_threshold)
    if kind in ("akaze", "brisk"):
        # OpenCV 5 moved AKAZE and BRISK out of the main package (opencv-contrib), and out of its
        # type stubs: looked up by name, and said so when this build lacks them
        create = getattr(cv2, kind.upper() + "_create", None)
        if create is None:
            raise MarkerError(f"feature detector '{kind}' is not in this OpenCV {cv2.__version__} build (only ORB and SIFT are)")
        return create(threshold=0.0008) if kind == "akaze" else create(thresh=25)
    if kind == "sift":
        return cv2.SIFT.create(nfeatures=n)
    raise MarkerError(f"unknown feature detector '{kind}' (orb, akaze, sift, brisk)")


def grey_of(img: np.ndarray) -> np.ndarray:
    if img.ndim == 3:
        return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY if img.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    return img


@dataclass
class CompiledTarget:
    """What a tracker (desktop or tablet) needs of one artwork."""

    target_id: str
    width_m: float
    height_m: float
    ref_size: tuple[int, int]  # (w, h) in reference pixels, the frame of `points`
    points: np.ndarray  # (N, 2) float32 keypoints in reference pixels
    descriptors: np.ndarray  # (N, D)
    detector: str = "orb"
    reference: np.ndarray | None = field(default=None, repr=False)  # the grey reference (for refinement)
    tablet_points: np.ndarray | None = field(default=None, repr=False)  # (M, 2) the viewer's features (tablet_features)
    tablet_descriptors: np.ndarray | None = field(default=None, repr=False)  # (M, 32) uint8
    # points per level of tablet_features.LEVELS, in the order they are stored (None: not known)
    tablet_level_counts: list[int] | None = field(default=None, repr=False)

    @property
    def plain(self) -> bool:
        """Compiled without features (compile_target's plain_ok): found by its outline alone."""
        return len(self.points) == 0

    def ref_to_marker(self, pts: np.ndarray) -> np.ndarray:
        """Reference pixels -> marker frame (x right, y = 0, z down), metres."""
        w, h = self.ref_size
        x = (pts[:, 0] / w - 0.5) * self.width_m
        z = (pts[:, 1] / h - 0.5) * self.height_m
        return np.stack([x, np.zeros_like(x), z], axis=1)

    def corners_ref(self) -> np.ndarray:
        w, h = self.ref_size
        return np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)

    def check_image(self) -> np.ndarray | None:
        """The grey reference at CHECK_PX wide (what the appearance check compares)."""
        if self.reference is None:
            return None
        w, h = self.ref_size
        return cv2.resize(self.reference, (CHECK_PX, max(8, round(h * CHECK_PX / w))), interpolation=cv2.INTER_AREA)

    def nbytes(self) -> int:
        """Bytes of the shipped data (the binary file of `target_bytes`)."""
        return len(target_bytes(self))


def crop_image(img: np.ndarray, crop: tuple[int, int, int, int] | None) -> np.ndarray:
    if crop is None:
        return img
    x, y, w, h = crop
    H, W = img.shape[:2]
    if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
        raise MarkerError(f"crop {list(crop)} reaches outside the {W}x{H} image")
    return img[y : y + h, x : x + w]


def _tilted_views(ref: np.ndarray, det) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Features of the picture foreshortened by TILT_SQUEEZE across each of TILT_AXES_DEG, in reference pixels."""
    h, w = ref.shape[:2]
    pts, descs = [], []
    c = np.array([w / 2, h / 2])
    for a in TILT_AXES_DEG:
        t = np.radians(a)
        R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
        A = R @ np.diag([TILT_SQUEEZE, 1.0]) @ R.T  # squeeze along the direction at angle a
        corners = (np.array([[0, 0], [w, 0], [w, h], [0, h]]) - c) @ A.T
        lo, hi = corners.min(0), corners.max(0)
        M = np.hstack([A, (-c @ A.T - lo)[:, None]])
        size = (int(np.ceil(hi[0] - lo[0])), int(np.ceil(hi[1] - lo[1])))
        view = cv2.warpAffine(ref, M, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
        inside = cv2.warpAffine(np.full(ref.shape[:2], 255, np.uint8), M, size, flags=cv2.INTER_NEAREST)
        kps, d = det.detectAndCompute(view, cv2.erode(inside, np.ones((7, 7), np.uint8)))
        if d is None:
            continue
        q = np.array([k.pt for k in kps], np.float64)
        back = (q - M[:, 2]) @ np.linalg.inv(A).T
        pts.append(back.astype(np.float32))
        descs.append(d)
    return pts, descs


class NoFeaturesError(MarkerError):
    """A picture without distinctive features, refused because tracking by its outline was not chosen
    (callers offer that choice: the CLI's --outline, the app's checkbox)."""


# What tracking by the outline means, said where a featureless picture is rated (rate-image)
OUTLINE_ADVICE = {
    "de": "Keine markanten Details: nur am Umriss erkennbar (beim Hinzufügen wählen, --outline). Dazu muss das Bild mit sichtbarer Kante vor einer Wand in deutlich anderem Ton hängen; ein Rahmen oder Passepartout in anderem Ton hilft, ein detailreicherer Ausschnitt mehr.",
    "en": "No distinctive details: it can only be found by its outline (choose it when adding, --outline). It must then hang with a visible edge against a wall of a clearly different tone; a contrasting frame or mount helps, a more detailed crop more.",
}


def _reference(target_id: str, image: np.ndarray, crop) -> np.ndarray:
    """The (cropped) picture in grey at the reference width TARGET_PX."""
    img = grey_of(crop_image(image, crop))
    if img.size == 0 or min(img.shape[:2]) < 32:
        raise MarkerError(f"image target '{target_id}': the picture is too small ({img.shape[1]}x{img.shape[0]} px)")
    h0, w0 = img.shape[:2]
    w = TARGET_PX
    h = max(1, round(h0 * w / w0))
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA if w0 >= w else cv2.INTER_CUBIC)


def _pyramid_features(ref: np.ndarray, det) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Keypoints (in reference pixels) and descriptors on each level of the reference's pyramid."""
    h, w = ref.shape[:2]
    pts, descs = [], []
    for s in PYRAMID_SCALES:
        lvl = ref if s == 1.0 else cv2.resize(ref, (max(8, round(w * s)), max(8, round(h * s))), interpolation=cv2.INTER_AREA)
        kps, d = det.detectAndCompute(lvl, None)
        if d is None:
            continue
        pts.append(np.array([k.pt for k in kps], np.float32) / s)
        descs.append(d)
    return pts, descs


MIN_FEATURES = 8  # RANSAC's least: a picture with fewer is found only by its outline


def _too_few(pts: list[np.ndarray]) -> bool:
    return sum(len(p) for p in pts) < MIN_FEATURES


def needs_outline(image: np.ndarray, crop=None) -> bool:
    """True when the picture has too few distinctive features to be compiled unless tracking by its
    outline is chosen (the same test as compile_target's; without the costly tilted views, which are
    only made for pictures that have features)."""
    ref = _reference("check", image, crop)
    pts, _ = _pyramid_features(ref, make_detector("orb"))
    return _too_few(pts)


def compile_target(target_id: str, image: np.ndarray, width_mm: float, crop=None, detector: str = "orb", tilt_views: bool = True,
                   plain_ok: bool = False) -> CompiledTarget:
    """Describe one artwork: features on a small pyramid of its (cropped) picture. A picture with
    no distinctive features (a plain wash) is refused, unless plain_ok: then it is compiled without
    features, from its appearance and aspect only (`CompiledTarget.plain`), for a tracker that
    finds such a picture by its outline (tracking.image_target)."""
    ref = _reference(target_id, image, crop)
    h, w = ref.shape[:2]
    det = make_detector(detector)
    pts, descs = _pyramid_features(ref, det)
    if tilt_views and not _too_few(pts):
        tp_, td_ = _tilted_views(ref, make_detector(detector, TILT_FEATURES))
        pts += tp_
        descs += td_
    if _too_few(pts):
        if not plain_ok:
            raise NoFeaturesError(f"image target '{target_id}' has no distinctive features: only tracking by its outline could find it")
        # the few features there are could only mislead (RANSAC needs 8): none at all
        pts, descs = [np.zeros((0, 2), np.float32)], [np.zeros((0, det.descriptorSize()), np.uint8 if det.descriptorType() == cv2.CV_8U else np.float32)]
    width_m = edge_m_of(width_mm)  # core's one mm -> m of a marker's printed size
    from .tablet_features import compile_levels

    tp, td, counts = compile_levels(ref)
    return CompiledTarget(target_id, width_m, width_m * h / w, (w, h), np.concatenate(pts), np.concatenate(descs), detector, ref, tp, td, counts)


def target_bytes(t: CompiledTarget) -> bytes:
    """The binary target file shipped in a bundle (format in the module doc)."""
    check = t.check_image()
    cw, ch = (0, 0) if check is None else (check.shape[1], check.shape[0])
    header = {
        "version": FORMAT_VERSION, "id": t.target_id, "width_mm": round(t.width_m * 1000, 3), "height_mm": round(t.height_m * 1000, 3),
        "ref_w": int(t.ref_size[0]), "ref_h": int(t.ref_size[1]), "detector": t.detector, "points": int(len(t.points)),
        "descriptor_bytes": int(t.descriptors.shape[1] * t.descriptors.itemsize), "check_w": cw, "check_h": ch, "point_scale": POINT_SCALE,
        "tablet": "mab1", "tablet_points": 0 if t.tablet_points is None else int(len(t.tablet_points)),
    }
    if t.tablet_level_counts is not None:  # [[scale, points], ...] in storage order
        from .tablet_features import LEVELS

        header["tablet_levels"] = [[s, int(n)] for s, n in zip(LEVELS, t.tablet_level_counts)]
    if t.descriptors.dtype != np.uint8:
        raise MarkerError(f"image target '{t.target_id}': only binary descriptors (ORB) can be shipped to the viewer, not {t.detector}")
    hb = json.dumps(header, separators=(",", ":")).encode("utf-8")
    pts = np.clip(np.round(t.points * POINT_SCALE), 0, 65535).astype("<u2")
    parts = [MAGIC, struct.pack("<I", len(hb)), hb, pts.tobytes(), np.ascontiguousarray(t.descriptors).tobytes()]
    if check is not None:
        parts.append(np.ascontiguousarray(check, np.uint8).tobytes())
    if t.tablet_points is not None and len(t.tablet_points):
        parts.append(np.clip(np.round(t.tablet_points * POINT_SCALE), 0, 65535).astype("<u2").tobytes())
        parts.append(np.ascontiguousarray(t.tablet_descriptors, np.uint8).tobytes())
    return b"".join(parts)


def read_target_bytes(data: bytes, where: str = "target") -> CompiledTarget:
    """Read a binary target file back (the bundle verifier and the tests); MarkerError when broken."""
    if len(data) < 8 or data[:4] != MAGIC:
        raise MarkerError(f"{where}: not an image-target file (no MAIT header)")
    (hl,) = struct.unpack("<I", data[4:8])
    try:
        head = json.loads(data[8 : 8 + hl].decode("utf-8"))
        n, d, cw, ch = int(head["points"]), int(head["descriptor_bytes"]), int(head["check_w"]), int(head["check_h"])
        scale = float(head["point_scale"])
        m = int(head.get("tablet_points", 0))
        levels = [int(n) for _s, n in head["tablet_levels"]] if "tablet_levels" in head else None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise MarkerError(f"{where}: broken header ({e})") from None
    off = 8 + hl
    want = off + n * 4 + n * d + cw * ch + m * 36
    if len(data) != want:
        raise MarkerError(f"{where}: {len(data)} bytes, the header promises {want}")
    pts = np.frombuffer(data, "<u2", n * 2, off).reshape(n, 2).astype(np.float32) / scale
    desc = np.frombuffer(data, np.uint8, n * d, off + n * 4).reshape(n, d).copy()
    check = np.frombuffer(data, np.uint8, cw * ch, off + n * 4 + n * d).reshape(ch, cw).copy() if cw * ch else None
    o2 = off + n * 4 + n * d + cw * ch
    tp = np.frombuffer(data, "<u2", m * 2, o2).reshape(m, 2).astype(np.float32) / scale
    td = np.frombuffer(data, np.uint8, m * 32, o2 + m * 4).reshape(m, 32).copy()
    w_mm, h_mm = float(head["width_mm"]), float(head["height_mm"])
    ref_w, ref_h = int(head["ref_w"]), int(head["ref_h"])
    ref = None if check is None else cv2.resize(check, (ref_w, ref_h), interpolation=cv2.INTER_LINEAR)
    if levels is not None and sum(levels) != m:
        raise MarkerError(f"{where}: the tablet levels hold {sum(levels)} points, the header says {m}")
    return CompiledTarget(str(head["id"]), edge_m_of(w_mm), edge_m_of(h_mm), (ref_w, ref_h), pts, desc, str(head["detector"]), ref, tp, td, levels)
