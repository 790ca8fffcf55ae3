"""Which SVG rasteriser for imported SVGs: resvg (resvg-py), CairoSVG, rsvg-convert (librsvg),
measured against headless Chromium (what the curator sees the SVG as in a browser).

Corpus: our own marker card (markers.marker_svg), the viewer's icon, and SVGs written here that
exercise what real drawings and logos use: linear/radial gradients, German text, clip paths,
masks, a Gaussian blur filter, patterns, CSS classes, nested transforms, stroke dashes, opacity.
Each is drawn at 512 px on its longest edge over white; per renderer: mean absolute difference
to Chromium (0-255), the same at quarter size (a sub-pixel shift of a fine pattern is no visible
difference), share of pixels off by more than 32, milliseconds per file, and whether
it is installable from PyPI alone (no system library).

Prints one JSON object. Run: python benchmarks/svg.py
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EDGE = 512

FEATURES = {
    "gradients": '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120"><defs><linearGradient id="a" x1="0" x2="1"><stop offset="0" stop-color="#0b5cad"/><stop offset="1" stop-color="#f2c230"/></linearGradient><radialGradient id="b"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#a01010"/></radialGradient></defs><rect width="200" height="60" fill="url(#a)"/><circle cx="100" cy="90" r="28" fill="url(#b)"/></svg>',
    "text_de": '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#f6f1e7"/><text x="150" y="45" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#202020">Günter Grass-Haus</text><text x="150" y="80" font-family="serif" font-size="20" text-anchor="middle" fill="#703010">„Die Blechtrommel“ – Größe ÄÖÜ</text></svg>',
    "clip_mask": '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"><defs><clipPath id="c"><circle cx="80" cy="80" r="60"/></clipPath><mask id="m"><rect width="160" height="160" fill="#fff"/><rect x="60" y="0" width="40" height="160" fill="#000"/></mask></defs><g clip-path="url(#c)" mask="url(#m)"><rect width="160" height="160" fill="#2a7a3a"/><rect y="80" width="160" height="80" fill="#d8d020"/></g></svg>',
    "blur_filter": '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><defs><filter id="f"><feGaussianBlur stdDeviation="4"/></filter></defs><rect x="20" y="20" width="120" height="60" fill="#333" filter="url(#f)"/><rect x="30" y="30" width="100" height="40" fill="#e33"/></svg>',
    "pattern_css": '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><style>.a{fill:#0a5;stroke:#030;stroke-width:3;stroke-dasharray:8 4}</style><defs><pattern id="p" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#889"/></pattern></defs><rect width="200" height="100" fill="url(#p)"/><rect class="a" x="40" y="20" width="120" height="60" rx="10"/></svg>',
    "transforms_opacity": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100mm"><g transform="translate(50 50) rotate(30) scale(1.2 0.8)"><rect x="-30" y="-20" width="60" height="40" fill="#1060c0" opacity="0.6"/><path d="M-30 -20 L30 20 M-30 20 L30 -20" stroke="#000" stroke-width="2"/></g><polygon points="10,90 30,60 50,90" fill="#c04080" fill-opacity="0.5"/></svg>',
}


def corpus() -> dict[str, str]:
    from museum_ar.core import Marker
    from museum_ar.core.exhibit import Exhibit
    from museum_ar.markers import marker_svg

    ex = Exhibit(publish_url="https://ar.example.org/grass/", markers=[Marker("trommel", 80.0)])
    out = {"marker_card": marker_svg(ex, "trommel"), "viewer_icon": (ROOT / "museum_ar/export/viewer_dist/icon.svg").read_text("utf-8")}
    out.update(FEATURES)
    return out


def flatten(png: bytes, size: tuple[int, int] | None = None) -> np.ndarray:
    img = Image.open(io.BytesIO(png)).convert("RGBA")
    if size and img.size != size:
        img = img.resize(size, Image.Resampling.LANCZOS)
    bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
    return np.asarray(Image.alpha_composite(bg, img).convert("RGB"), dtype=np.int16)


def size_of(path: Path) -> tuple[int, int]:
    from museum_ar.content.svg import svg_size

    w, h = svg_size(path)
    s = EDGE / max(w, h)
    return max(1, round(w * s)), max(1, round(h * s))


def r_resvg(path: Path, size) -> bytes:
    import resvg_py

    from museum_ar.content.svg import _font_families

    return bytes(resvg_py.svg_to_bytes(svg_string=path.read_text("utf-8"), dpi=96.0, width=size[0], **_font_families()))


def r_cairosvg(path: Path, size) -> bytes:
    import cairosvg

    return cairosvg.svg2png(url=str(path), output_width=size[0], output_height=size[1], unsafe=False)


def r_rsvg(path: Path, size) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size[0]), "-h", str(size[1]), str(path)], capture_output=True, check=True).stdout


def chromium_shots(paths: dict[str, Path], sizes: dict[str, tuple[int, int]]) -> dict[str, bytes]:
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page(device_scale_factor=1)
        for name, path in paths.items():
            w, h = sizes[name]
            page.set_viewport_size({"width": w, "height": h})
            page.set_content(f'<html><body style="margin:0;background:#fff"><img src="data:image/svg+xml;base64,{__import__("base64").b64encode(path.read_bytes()).decode()}" style="display:block;width:{w}px;height:{h}px"></body></html>')
            page.wait_for_timeout(100)
            out[name] = page.screenshot(clip={"x": 0, "y": 0, "width": w, "height": h})
        browser.close()
    return out


def _box4(a: np.ndarray) -> np.ndarray:
    """4x4 box average: a sub-pixel shift of a fine pattern is not a visible difference."""
    h, w = a.shape[0] // 4 * 4, a.shape[1] // 4 * 4
    return a[:h, :w].reshape(h // 4, 4, w // 4, 4, 3).mean(axis=(1, 3))


def main() -> None:
    renderers = {"resvg-py": (r_resvg, True), "cairosvg": (r_cairosvg, False), "rsvg-convert": (r_rsvg, False)}
    result: dict = {"edge_px": EDGE, "reference": "headless Chromium", "files": {}, "renderers": {}}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in corpus().items():
            paths[name] = Path(tmp) / f"{name}.svg"
            paths[name].write_text(text, encoding="utf-8")
        sizes = {n: size_of(p) for n, p in paths.items()}
        ref = {n: flatten(png) for n, png in chromium_shots(paths, sizes).items()}
        for rname, (fn, pypi_only) in renderers.items():
            if rname == "rsvg-convert" and not shutil.which("rsvg-convert"):
                result["renderers"][rname] = "not installed (apt librsvg2-bin)"
                continue
            if rname == "cairosvg":
                try:
                    import cairosvg  # noqa: F401 - a peer for the comparison, not a dependency
                except (ImportError, OSError):
                    result["renderers"][rname] = "not installed (pip cairosvg + system cairo)"
                    continue
            diffs, coarse, bad, times = [], [], [], []
            for name, path in paths.items():
                try:
                    fn(path, sizes[name])  # warm-up (fonts, imports)
                    t0 = time.perf_counter()
                    png = fn(path, sizes[name])
                    times.append((time.perf_counter() - t0) * 1000)
                    img = flatten(png, sizes[name])
                    d = np.abs(img - ref[name])
                    diffs.append(float(d.mean()))
                    coarse.append(float(np.abs(_box4(img) - _box4(ref[name])).mean()))
                    bad.append(float((d.max(axis=2) > 32).mean()))
                    result["files"].setdefault(name, {})[rname] = round(float(d.mean()), 2)
                except Exception as exc:
                    result["files"].setdefault(name, {})[rname] = f"failed: {str(exc)[:80]}"
                    diffs.append(255.0)
                    coarse.append(255.0)
                    bad.append(1.0)
            result["renderers"][rname] = {
                "mean_abs_diff_to_chromium": round(float(np.mean(diffs)), 2),
                "mean_abs_diff_at_quarter_size": round(float(np.mean(coarse)), 2),
                "share_px_off_by_32": round(float(np.mean(bad)), 4),
                "ms_per_file_median": round(float(np.median(times)), 1) if times else None,
                "pypi_only": pypi_only,
            }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
