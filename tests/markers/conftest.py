"""Helpers for marker tests: sample exhibits, and finding + measuring + decoding printed markers in
rendered pixels (the real PDF/SVG/PNG rasterised back, never a mock)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from museum_ar.core.exhibit import Exhibit, Marker
from museum_ar.core.localized import LocalizedText as LT

URL = "https://ar.example.org/grass/"


def make_exhibit(sizes: dict[str, float] | None = None, url: str = URL) -> Exhibit:
    ex = Exhibit(title=LT.of("Günter Grass-Haus: Die Blechtrommel", "Günter Grass House: The Tin Drum"), publish_url=url)
    labels = [("Schädel eines Höhlenbären", "Cave bear skull"), ("Die Blechtrommel – Oskars Trommel", "The Tin Drum"),
              ("Zeichnung „Gänse“ (1979)", "Drawing “Geese” (1979)"), ("Größe ÄÖÜ äöü ß", "Size")]
    sizes = sizes or {"schaedel": 40, "trommel": 60, "zeichnung-07": 100}
    for n, (mid, size) in enumerate(sizes.items()):
        de, en = labels[n % len(labels)]
        ex.markers.append(Marker(mid, float(size), LT.of(de, en)))
    return ex


@pytest.fixture
def exhibit() -> Exhibit:
    return make_exhibit()


@dataclass
class Found:
    payload: str
    edge_mm: float  # measured outer side of the frame (mean of width and height)
    width_mm: float
    height_mm: float
    bbox_px: tuple[int, int, int, int]  # x, y, w, h


def find_markers(grey: np.ndarray, dpi: float, min_edge_mm: float = 15.0) -> list[Found]:
    """Every framed marker in a page image: the outermost dark squares, their edge measured in mm
    (dark = below mid grey, so anti-aliased edges count by half), and the payload decoded from a
    crop around each."""
    dark = (grey < 128).astype(np.uint8)
    contours, _ = cv2.findContours(dark, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    px_mm = dpi / 25.4
    found = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if w < min_edge_mm * px_mm or abs(w - h) > 0.05 * w:
            continue
        if cv2.contourArea(c) < 0.9 * w * h:  # a filled/framed square, not a line or a glyph
            continue
        pad = int(4 * px_mm)
        crop = grey[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad]
        results = zxingcpp.read_barcodes(np.ascontiguousarray(crop), formats=zxingcpp.BarcodeFormat.QRCode)
        payload = results[0].text if results else ""
        found.append(Found(payload, (w + h) / 2 / px_mm, w / px_mm, h / px_mm, (x, y, w, h)))
    found.sort(key=lambda f: (f.bbox_px[1], f.bbox_px[0]))
    return found


def rasterise_pdf(pdf: Path, dpi: int = 300) -> list[np.ndarray]:
    out = pdf.parent / f"{pdf.stem}-r{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out)], check=True)
    pages = sorted(pdf.parent.glob(f"{pdf.stem}-r{dpi}-*.png"))
    return [cv2.imread(str(p), cv2.IMREAD_GRAYSCALE) for p in pages]


def rasterise_svg(svg: Path, dpi: int = 300) -> np.ndarray:
    png = svg.with_suffix(".rsvg.png")
    subprocess.run(["rsvg-convert", "-d", str(dpi), "-p", str(dpi), "-b", "white", "-o", str(png), str(svg)], check=True)
    return cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
