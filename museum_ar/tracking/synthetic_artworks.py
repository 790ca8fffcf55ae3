"""Procedural flat artworks with real structure, for tests, benchmarks and the samples.

Each kind imitates what hangs in a museum: an etching (fine hatching, low contrast), a landscape
drawing, a poster (big shapes and lettering), a text-heavy information panel, an abstract painting,
and a *series* — variants of one picture (crops, a changed detail) — which is the hard case for
"never the wrong target". All deterministic from a seed; BGR uint8.
"""

from __future__ import annotations

import cv2
import numpy as np

WORDS = ["Die", "Blechtrommel", "Oskar", "Danzig", "Lübeck", "Radierung", "Museum", "Natur", "Umwelt", "Wald", "Meer", "Vogel", "Fisch", "Stadt", "Hafen", "Licht", "Schatten", "Glas", "Kupfer", "Papier", "Tinte"]


def _canvas(w: int, h: int, tone: int, rng) -> np.ndarray:
    paper = np.full((h, w), float(tone), np.float32)
    paper += cv2.GaussianBlur(rng.normal(0, 6, (h, w)).astype(np.float32), (0, 0), 3)
    return paper


def etching(seed: int, w: int = 900, h: int = 640, contrast: float = 0.35) -> np.ndarray:
    """Hatched forms on cream paper; `contrast` < 0.5 gives a faint, low-contrast print."""
    rng = np.random.default_rng(seed)
    img = _canvas(w, h, 225, rng)
    ink = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(10, 18))):  # shaded blobs (figures, hills, a drum)
        mask = np.zeros((h, w), np.uint8)
        c = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.ellipse(mask, c, (int(rng.integers(30, 200)), int(rng.integers(20, 150))), float(rng.uniform(0, 180)), 0, 360, 255, -1)
        hatch = np.zeros((h, w), np.uint8)
        ang = rng.uniform(0, np.pi)
        step = int(rng.integers(4, 9))
        d = np.array([np.cos(ang), np.sin(ang)])
        for k in range(-max(w, h) * 2, max(w, h) * 2, step):
            p = np.array([w / 2, h / 2]) + k * np.array([-d[1], d[0]])
            a, b = p - d * 2 * max(w, h), p + d * 2 * max(w, h)
            cv2.line(hatch, tuple(int(v) for v in a), tuple(int(v) for v in b), 255, 1)
        ink = np.maximum(ink, (hatch & mask).astype(np.float32) * rng.uniform(0.5, 1.0))
        cv2.ellipse(ink, c, (int(rng.integers(30, 200)), int(rng.integers(20, 150))), float(rng.uniform(0, 180)), 0, 360, 255, int(rng.integers(1, 3)))
    for _ in range(60):  # loose strokes
        pts = np.cumsum(rng.normal(0, 12, (8, 2)), axis=0) + rng.uniform([0, 0], [w, h])
        cv2.polylines(ink, [pts.astype(np.int32)], False, 255, 1)
    img -= ink / 255.0 * 200 * contrast
    return cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def painting(seed: int, w: int = 900, h: int = 700) -> np.ndarray:
    """Colour fields, strokes and figures, as an expressive oil painting's reproduction."""
    rng = np.random.default_rng(seed)
    img = np.zeros((h, w, 3), np.float32)
    small = rng.uniform(30, 230, (4, 5, 3)).astype(np.float32)
    img[:] = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    for _ in range(int(rng.integers(120, 220))):
        col = tuple(float(v) for v in rng.uniform(0, 255, 3))
        p = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        kind = rng.integers(0, 3)
        if kind == 0:
            cv2.circle(img, p, int(rng.integers(3, 40)), col, -1 if rng.random() < 0.6 else 2)
        elif kind == 1:
            q = (p[0] + int(rng.integers(-120, 120)), p[1] + int(rng.integers(-120, 120)))
            cv2.line(img, p, q, col, int(rng.integers(2, 10)))
        else:
            pts = (np.array(p) + rng.normal(0, 40, (5, 2))).astype(np.int32)
            cv2.fillPoly(img, [pts], col)
    img += rng.normal(0, 5, img.shape).astype(np.float32)
    return np.clip(cv2.GaussianBlur(img, (0, 0), 0.8), 0, 255).astype(np.uint8)


def poster(seed: int, w: int = 700, h: int = 990) -> np.ndarray:
    """A3-ish poster: a flat background, a few big shapes, a title and smaller lines of type."""
    rng = np.random.default_rng(seed)
    bg = tuple(float(v) for v in rng.uniform(40, 240, 3))
    img = np.full((h, w, 3), bg, np.float32)
    for _ in range(int(rng.integers(4, 8))):
        col = tuple(float(v) for v in rng.uniform(0, 255, 3))
        c = (int(rng.integers(0, w)), int(rng.integers(0, h * 2 // 3)))
        if rng.random() < 0.5:
            cv2.circle(img, c, int(rng.integers(40, 220)), col, -1)
        else:
            cv2.rectangle(img, c, (c[0] + int(rng.integers(60, 300)), c[1] + int(rng.integers(60, 300))), col, -1)
    img = np.clip(img, 0, 255).astype(np.uint8)  # putText draws on 8-bit images only
    words = rng.choice(WORDS, 3)
    cv2.putText(img, " ".join(words[:2]).upper(), (30, int(h * 0.78)), cv2.FONT_HERSHEY_DUPLEX, 1.7, (20, 20, 20), 4, cv2.LINE_AA)
    for i in range(5):
        line = " ".join(rng.choice(WORDS, 5))
        cv2.putText(img, line, (30, int(h * 0.84) + i * 28), cv2.FONT_HERSHEY_SIMPLEX, 0.75, (30, 30, 30), 2, cv2.LINE_AA)
    return img


def text_panel(seed: int, w: int = 900, h: int = 640) -> np.ndarray:
    """An information panel: a title, columns of running text, one small picture."""
    rng = np.random.default_rng(seed)
    img = np.full((h, w, 3), 245, np.uint8)
    cv2.putText(img, " ".join(rng.choice(WORDS, 2)), (40, 70), cv2.FONT_HERSHEY_TRIPLEX, 1.6, (30, 30, 30), 3, cv2.LINE_AA)
    for col in range(2):
        for i in range(16):
            line = " ".join(rng.choice(WORDS, 4))
            cv2.putText(img, line, (40 + col * 430, 130 + i * 30), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (40, 40, 40), 1, cv2.LINE_AA)
    pic = painting(seed + 1000, 220, 160)
    img[h - 190 : h - 30, w - 260 : w - 40] = pic
    return img


def series(seed: int, n: int = 4) -> list[np.ndarray]:
    """The same artist's series: one drawing, then variants — a different crop of a larger plate,
    and the same composition with one figure changed. Look-alikes by design."""
    rng = np.random.default_rng(seed)
    plate = etching(seed, 1400, 900, contrast=0.6)
    out = []
    for _i in range(n):
        x, y = int(rng.integers(0, 400)), int(rng.integers(0, 200))
        v = plate[y : y + 640, x : x + 900].copy()
        cv2.circle(v, (int(rng.integers(100, 800)), int(rng.integers(100, 540))), int(rng.integers(40, 90)), (60, 60, 60), -1)
        out.append(v)
    return out


def collection(seed: int = 7) -> dict[str, np.ndarray]:
    """24 artworks: 5 etchings (2 low contrast), 5 paintings, 4 posters, 4 text panels, a series of 4, 2 plain-ish."""
    arts: dict[str, np.ndarray] = {}
    for i in range(5):
        arts[f"etching-{i}"] = etching(seed + i, contrast=0.25 if i < 2 else 0.6)
    for i in range(5):
        arts[f"painting-{i}"] = painting(seed + 10 + i)
    for i in range(4):
        arts[f"poster-{i}"] = poster(seed + 20 + i)
    for i in range(4):
        arts[f"panel-{i}"] = text_panel(seed + 30 + i)
    for i, v in enumerate(series(seed + 40)):
        arts[f"series-{i}"] = v
    # two hard ones: a faint, nearly plain watercolour wash and a regular pattern (repetitive)
    rng = np.random.default_rng(seed + 50)
    wash = cv2.GaussianBlur(rng.uniform(150, 230, (640, 900, 3)).astype(np.float32), (0, 0), 25)
    arts["wash"] = np.clip(wash, 0, 255).astype(np.uint8)
    tile = np.zeros((40, 40, 3), np.uint8) + 230
    cv2.circle(tile, (20, 20), 12, (40, 80, 160), -1)
    arts["pattern"] = np.tile(tile, (16, 22, 1))
    return arts


# The plain wash and the pictures of its aspect (900 x 640) that an outline of it could be: the
# set the outline search is tested on, on the desktop and in the viewer.
WASH_AND_ITS_ASPECT = ("wash", "panel-1", "etching-0", "series-0", "painting-2")


def wash_and_its_aspect() -> dict[str, np.ndarray]:
    c = collection()
    return {k: c[k] for k in WASH_AND_ITS_ASPECT}
