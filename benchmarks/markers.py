"""Which QR error-correction level, and how small a printed marker may be.

Simulates a printed marker seen by a camera: the framed code (render_marker, the artwork's own
module matrix) is warped with a random tilt into a supersampled frame, box-filtered down to the
camera's pixels (sensor integration), blurred (optics, focus), given sensor noise and JPEG
compression; zxing-cpp then decodes it. Rates are per pixels-per-module (px/module) the camera
sees, so they hold for any printed size and distance: px/module = f_px * module_mm / distance_mm.

Prints one JSON object:
  versions       QR version per level for typical payloads (plain vs. compact encoding)
  decode         per level: decode rate per px/module, clean and with a glare spot
  range_50mm_m   per level: farthest distance (tablet camera) with >= 90 % decodes of a 50 mm marker
  min_px_per_module_95  smallest px/module with >= 95 % decodes (all levels, clean)
  print          PDF/SVG/PNG written, rendered back at 300 dpi, every frame measured: worst edge
                 error (mm), decode count; PDF size and write time for 1/12/48 markers, against a
                 baseline of reportlab's own QR widget drawing the same codes bare
Run: python benchmarks/markers.py [--trials N] [--skip-print]
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from museum_ar.markers.layout import MarkerLayout, render_marker
from museum_ar.markers.payload import payload_for, shortest_payload
from museum_ar.markers.symbol import EC_LEVELS, qr_modules, qr_version

# Typical publish addresses and ids of the two first houses (short, medium, long).
PAYLOADS = [
    ("https://ar.mnu-luebeck.de/", "schaedel"),
    ("https://museen-luebeck.de/ar/grass/", "blechtrommel"),
    ("https://museum-ar.example.org/guenter-grass-haus/", "zeichnung-07"),
]
PX_PER_MODULE = [1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.5, 4.0]
# A tablet's rear camera delivering 1280x720 to the viewer, ~65 deg horizontal field of view.
TABLET_F_PX = 640 / np.tan(np.radians(65 / 2))
MASTER_PPM = 8
SUPERSAMPLE = 4


def simulate(master: np.ndarray, units_px: int, ppm: float, rng: np.random.Generator, glare: bool) -> np.ndarray:
    """A camera frame (grey uint8) of the master image whose tracked square (units_px master px)
    appears with ppm camera pixels per module, at a random tilt."""
    margin = (master.shape[0] - units_px) / 2
    side = ppm * units_px / MASTER_PPM  # tracked square side in camera px (face-on)
    out = int(side * 1.8) + 24
    big = out * SUPERSAMPLE
    c = big / 2
    h = side * SUPERSAMPLE / 2
    tilt = np.radians(rng.uniform(0, 40))
    squeeze = np.cos(tilt)
    rot = np.radians(rng.uniform(-180, 180))
    pts = np.array([[-h, -h * squeeze * 1.03], [h, -h * squeeze * 0.97], [h, h * squeeze * 0.97], [-h, h * squeeze * 1.03]])
    R = np.array([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]])
    dst = (pts @ R.T + c + rng.uniform(-2, 2, size=(4, 2)) * SUPERSAMPLE).astype(np.float32)
    src = np.array([[margin, margin], [margin + units_px, margin], [margin + units_px, margin + units_px], [margin, margin + units_px]], dtype=np.float32)
    H = cv2.getPerspectiveTransform(src, dst)
    img = cv2.warpPerspective(master, H, (big, big), flags=cv2.INTER_LINEAR, borderValue=255).astype(np.float32)
    img = cv2.resize(img, (out, out), interpolation=cv2.INTER_AREA)
    # Paper is not white and ink is not black under room light; contrast ~ 30..220.
    img = 30 + img * (190 / 255)
    if glare:  # a specular spot over part of the symbol (laminated print, spotlight)
        cx, cy = c / SUPERSAMPLE + rng.uniform(-0.25, 0.25, 2) * side
        r = side * rng.uniform(0.12, 0.2)
        yy, xx = np.mgrid[0:out, 0:out]
        img += 200 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 0.9))
    img += rng.normal(0, 4, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    _ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return cv2.imdecode(jpg, cv2.IMREAD_GRAYSCALE)


def decode_rate(payload: str, level: str, ppm: float, trials: int, rng, glare: bool) -> float:
    layout = MarkerLayout(qr_modules(payload, level).shape[0])
    master = _master(payload, level, layout)
    units_px = layout.units * MASTER_PPM
    ok = 0
    for _ in range(trials):
        frame = simulate(master, units_px, ppm, rng, glare)
        found = zxingcpp.read_barcodes(frame, formats=zxingcpp.BarcodeFormat.QRCode)
        ok += any(b.text == payload for b in found)
    return ok / trials


_MASTERS: dict = {}


def _master(payload: str, level: str, layout: MarkerLayout) -> np.ndarray:
    key = (payload, level)
    if key not in _MASTERS:
        # render_marker uses the default level; build the grid for `level` the same way.
        modules = qr_modules(payload, level)
        units = layout.units
        grid = np.ones((units, units), dtype=bool)
        f = layout.frame_modules
        grid[f:-f, f:-f] = False
        o = layout.symbol_offset
        grid[o : o + layout.symbol_modules, o : o + layout.symbol_modules] = modules
        grid = np.pad(grid, 8, constant_values=False)
        img = np.where(grid, 0, 255).astype(np.uint8)
        _MASTERS[key] = np.kron(img, np.ones((MASTER_PPM, MASTER_PPM), dtype=np.uint8))
    return _MASTERS[key]


def measure_frames(grey: np.ndarray, dpi: float) -> list[tuple[str, float, float]]:
    """(payload, width_mm, height_mm) of every framed square in a rendered page."""
    dark = (grey < 128).astype(np.uint8)
    contours, _ = cv2.findContours(dark, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if w < 15 * dpi / 25.4 or abs(w - h) > 0.05 * w or cv2.contourArea(c) < 0.9 * w * h:
            continue
        pad = int(4 * dpi / 25.4)
        crop = np.ascontiguousarray(grey[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad])
        found = zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode)
        out.append((found[0].text if found else "", w * 25.4 / dpi, h * 25.4 / dpi))
    return out


def print_accuracy() -> dict:
    from museum_ar.core.exhibit import Exhibit, Marker
    from museum_ar.core.localized import LocalizedText
    from museum_ar.markers.files import write_marker_files
    from museum_ar.markers.sheet import sheet_pdf_bytes, write_sheet_pdf

    sizes = [31.0, 37.5, 45.0, 50.0, 62.5, 80.0, 100.0, 150.0]
    ex = Exhibit(title=LocalizedText.of("Günter Grass-Haus", "Günter Grass House"), publish_url=PAYLOADS[1][0])
    ex.markers = [Marker(f"m{i:02d}", s, LocalizedText.of(f"Schädel {i}", f"Skull {i}")) for i, s in enumerate(sizes)]
    want = {payload_for(ex.publish_url, m.id): m.size_mm for m in ex.markers}
    res: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_sheet_pdf(ex, tmp / "s.pdf")
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(tmp / "s.pdf"), str(tmp / "p")], check=True)
        frames = [f for p in sorted(tmp.glob("p-*.png")) for f in measure_frames(cv2.imread(str(p), cv2.IMREAD_GRAYSCALE), 300)]
        res["pdf"] = _errors(frames, want)
        svgs = write_marker_files(ex, tmp / "svg", "svg")
        frames = []
        for s in svgs:
            subprocess.run(["rsvg-convert", "-d", "300", "-p", "300", "-b", "white", "-o", str(s) + ".png", str(s)], check=True)
            frames += measure_frames(cv2.imread(str(s) + ".png", cv2.IMREAD_GRAYSCALE), 300)
        res["svg"] = _errors(frames, want)
        pngs = write_marker_files(ex, tmp / "png", "png", dpi=300)
        res["png"] = _errors([f for p in pngs for f in measure_frames(cv2.imread(str(p), cv2.IMREAD_GRAYSCALE), 300)], want)

    # PDF size and time, and a baseline: reportlab's QR widget drawing the same codes bare.
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing as RLDrawing
    from reportlab.pdfgen import canvas

    res["pdf_sizes"] = {}
    for n in (1, 12, 48):
        big = Exhibit(title=ex.title, publish_url=ex.publish_url)
        big.markers = [Marker(f"exponat-{i:02d}", 50.0, LocalizedText.of(f"Exponat {i} – Größe", f"Exhibit {i}")) for i in range(n)]
        t = time.perf_counter()
        data, pages = sheet_pdf_bytes(big)
        ours = time.perf_counter() - t
        t = time.perf_counter()
        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        for i, m in enumerate(big.markers):
            w = QrCodeWidget(payload_for(big.publish_url, m.id), barLevel="M")
            d = RLDrawing(140, 140)
            d.add(w)
            renderPDF.draw(d, c, 40 + (i % 3) * 180, 40 + (i // 3 % 4) * 180)
            if i % 12 == 11:
                c.showPage()
        c.save()
        base = time.perf_counter() - t
        res["pdf_sizes"][str(n)] = {"pages": len(pages), "bytes": len(data), "seconds": round(ours, 3),
                                   "baseline_reportlab_qr_widget": {"bytes": len(buf.getvalue()), "seconds": round(base, 3)}}
    return res


def _errors(frames, want: dict) -> dict:
    errs = [max(abs(w - want[p]), abs(h - want[p])) for p, w, h in frames if p in want]
    return {"frames": len(frames), "decoded": len(errs), "expected": len(want), "max_edge_error_mm": round(max(errs), 3) if errs else None,
            "mean_edge_error_mm": round(float(np.mean(errs)), 3) if errs else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=40)
    ap.add_argument("--skip-print", action="store_true")
    args = ap.parse_args()
    t0 = time.monotonic()
    rng = np.random.default_rng(4)
    # Sanity: the helper matches the artwork's renderer at the default level.
    p0 = payload_for(*PAYLOADS[0])
    assert np.array_equal(_master(p0, "M", MarkerLayout(qr_modules(p0).shape[0]))[64:-64, 64:-64], render_marker(p0, MASTER_PPM, 0))

    versions = {}
    for url, mid in PAYLOADS:
        plain = f"{url}#{mid}"
        versions[plain] = {lv: {"plain": qr_version(plain, lv), "compact": shortest_payload(url, mid, lv)[1]} for lv in EC_LEVELS}

    decode: dict = {}
    for lv in EC_LEVELS:
        decode[lv] = {}
        for url, mid in PAYLOADS:
            payload, v = shortest_payload(url, mid, lv)
            row = {str(p): round(decode_rate(payload, lv, p, args.trials, rng, False), 3) for p in PX_PER_MODULE}
            glare = {str(p): round(decode_rate(payload, lv, p, args.trials, rng, True), 3) for p in (2.0, 3.0, 4.0)}
            decode[lv][mid] = {"version": v, "units": MarkerLayout(4 * v + 17).units, "clean": row, "glare": glare}

    # Farthest distance with >= 90 % decodes for a 50 mm marker on a tablet camera, interpolating
    # the clean decode curve in px/module.
    range_50: dict = {}
    for lv in EC_LEVELS:
        range_50[lv] = {}
        for mid, d in decode[lv].items():
            need = next((p for p in PX_PER_MODULE if d["clean"][str(p)] >= 0.9), None)
            range_50[lv][mid] = None if need is None else round(TABLET_F_PX * (50 / d["units"]) / need / 1000, 2)

    all_rates = {p: min(decode[lv][mid]["clean"][str(p)] for lv in EC_LEVELS for mid in decode[lv]) for p in PX_PER_MODULE}
    min_ppm = next((p for p in PX_PER_MODULE if all_rates[p] >= 0.95), None)
    print(json.dumps({
        "benchmark": "markers",
        "trials": args.trials,
        "tablet_f_px": round(float(TABLET_F_PX), 1),
        "versions": versions,
        "decode": decode,
        "range_50mm_m": range_50,
        "min_px_per_module_95": min_ppm,
        "print": None if args.skip_print else print_accuracy(),
        "seconds": round(time.monotonic() - t0, 1),
    }, indent=1))


if __name__ == "__main__":
    main()
