"""USDZ for AR Quick Look, per sample exhibit and marker.

Prints one JSON object: per USDZ file its bytes, triangles, textures, seconds to write, the ARKit
compliance checker's and UsdValidation's problems, Quick Look limit problems, and the largest
round-trip placement error of its items (translation m, rotation deg); per exhibit, the export
time and bundle bytes with USDZ against the same export without (the baseline, same run), and
the GLB/image bytes the markers carry in the tablet viewer's own format.

With --shots DIR it also draws every anchored USDZ with museum_ar.render (EGL/OSMesa) from the
USDZ's own geometry into DIR/usdz-<marker>.png (docs/img holds the committed ones).
No iOS device was available here: nothing in it measures Quick Look itself.

Run: python benchmarks/usdz.py [--shots docs/img]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from museum_ar.render.headless import prepare_headless_platform

prepare_headless_platform()

import numpy as np

from museum_ar.core.frames import content_to_marker
from museum_ar.core.project import load_project
from museum_ar.export import export_bundle
from museum_ar.export.usdz import marker_usdz
from museum_ar.export.usdz_check import compliance_problems, item_matrices, limit_problems, validation_problems

SAMPLES = ["grass-haus", "natur-und-umwelt"]


def _errors(got: np.ndarray, want: np.ndarray) -> tuple[float, float]:
    t = float(np.linalg.norm(got[:3, 3] - want[:3, 3]))
    rg = got[:3, :3] / np.linalg.norm(got[:3, :3], axis=0)
    rw = want[:3, :3] / np.linalg.norm(want[:3, :3], axis=0)
    cos = (np.trace(rg.T @ rw) - 1) / 2
    return t, math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def _bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shots", type=Path, help="write usdz-<marker>.png screenshots here")
    ap.add_argument("--glb", type=Path, action="append", default=[], help="also a real GLB (e.g. DamagedHelmet.glb), 20 cm tall on a 100 mm marker")
    args = ap.parse_args()
    out: dict = {"exhibits": {}, "ios_device": "none available: Quick Look itself not checked"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in SAMPLES:
            project = load_project(ROOT / "exhibits" / name)
            ex = project.exhibit
            t0 = time.perf_counter()
            base = export_bundle(project.root, tmp / f"{name}-plain", usdz=False)
            t_base = time.perf_counter() - t0
            t0 = time.perf_counter()
            full = export_bundle(project.root, tmp / f"{name}-usdz")
            t_full = time.perf_counter() - t0
            entry = {
                "export_s_without_usdz": round(t_base, 2), "export_s_with_usdz": round(t_full, 2),
                "bundle_bytes_without_usdz": _bytes(base), "bundle_bytes_with_usdz": _bytes(full), "markers": {},
            }
            for marker in ex.markers:
                viewer_bytes = sum((project.root / it.asset).stat().st_size for it in marker.items if it.asset and it.kind.value in ("mesh", "image"))
                files = {}
                for anchored in (True, False):
                    for lang in ex.languages:
                        t0 = time.perf_counter()
                        data, facts = marker_usdz(ex, marker, project.root, anchored=anchored, language=lang)
                        seconds = time.perf_counter() - t0
                        path = tmp / f"{marker.id}-{lang}-{anchored}.usdz"
                        path.write_bytes(data)
                        mount = content_to_marker(marker.mount) if anchored else np.eye(4)
                        got = item_matrices(path)
                        errs = [_errors(got[it.id], mount @ it.transform.matrix()) for it in marker.items if it.id in got]
                        files[f"{'anchored' if anchored else 'table'}.{lang}"] = {
                            "bytes": len(data), "seconds": round(seconds, 2), "triangles": facts.triangles,
                            "textures": [f"{w}x{h} {b} B" for _, w, h, b in facts.textures],
                            "items": len(facts.items), "omitted": facts.omitted, "warnings": facts.warnings,
                            "arkit_checker_problems": compliance_problems(path),
                            "usd_validation_errors": validation_problems(path),
                            "quick_look_limit_problems": limit_problems(path),
                            "max_translation_error_m": max((e[0] for e in errs), default=0.0),
                            "max_rotation_error_deg": max((e[1] for e in errs), default=0.0),
                        }
                        if args.shots and anchored and lang == ex.languages[0]:
                            from usdz_preview import render_usdz

                            from museum_ar.render.headless import HeadlessContext
                            from PIL import Image

                            wall = marker.mount.value == "wall"
                            with HeadlessContext():
                                rgb = render_usdz(path, tmp / f"shot-{marker.id}", 900, 600, yaw_deg=0 if wall else 25, pitch_deg=70 if wall else 30)
                            args.shots.mkdir(parents=True, exist_ok=True)
                            Image.fromarray(rgb).save(args.shots / f"usdz-{marker.id}.png")
                entry["markers"][marker.id] = {"size_mm": marker.size_mm, "mount": marker.mount.value, "viewer_asset_bytes": viewer_bytes, "usdz": files}
            out["exhibits"][name] = entry
        for glb in args.glb:
            out.setdefault("glb", {})[glb.name] = _glb_case(glb, tmp, args.shots)
    print(json.dumps(out, indent=1, ensure_ascii=False))


def _glb_case(glb: Path, tmp: Path, shots: Path | None) -> dict:
    """One real GLB on a marker of its own: bytes, time, checker, textures, screenshot."""
    from museum_ar.core import LocalizedText, Marker, Transform
    from museum_ar.core.exhibit import Item, ItemKind
    from museum_ar.core.project import create_project, load_project, store_asset
    from museum_ar.export.usdz_mesh import read_glb_pieces

    root = tmp / f"glb-{glb.stem}"
    create_project(root, LocalizedText.of(de=glb.stem, en=glb.stem), publish_url="https://ar.example.org/x/")
    project = load_project(root)
    pieces = read_glb_pieces(glb, glb.name)
    lo = np.min([p.points.min(axis=0) for p in pieces], axis=0)
    hi = np.max([p.points.max(axis=0) for p in pieces], axis=0)
    s = 0.2 / max(float(hi[1] - lo[1]), 1e-9)
    t = Transform(translation=(float(-s * (lo[0] + hi[0]) / 2), float(-s * lo[1]), float(-s * (lo[2] + hi[2]) / 2)), scale=(s, s, s))
    item = Item(ItemKind.MESH, id="glb", asset=store_asset(root, glb, "glb"), transform=t)
    project.exhibit.markers.append(Marker("probe", 100.0, items=[item]))
    t0 = time.perf_counter()
    data, facts = marker_usdz(project.exhibit, project.exhibit.markers[0], root, anchored=True, language="de")
    seconds = time.perf_counter() - t0
    path = tmp / f"{glb.stem}.usdz"
    path.write_bytes(data)
    if shots:
        from usdz_preview import render_usdz

        from museum_ar.render.headless import HeadlessContext
        from PIL import Image

        with HeadlessContext():
            rgb = render_usdz(path, tmp / f"shot-{glb.stem}", 900, 600, yaw_deg=20, pitch_deg=15)
        Image.fromarray(rgb).save(shots / f"usdz-{glb.stem}.png")
    return {
        "glb_bytes": glb.stat().st_size, "usdz_bytes": len(data), "seconds": round(seconds, 2), "triangles": facts.triangles,
        "textures": [f"{n} {w}x{h} {b} B" for n, w, h, b in facts.textures],
        "arkit_checker_problems": compliance_problems(path), "usd_validation_errors": validation_problems(path),
        "quick_look_limit_problems": limit_problems(path),
    }


if __name__ == "__main__":
    main()
