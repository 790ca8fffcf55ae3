"""How a model looks on the tablet: GLBs rendered by the tablet viewer itself (its three.js scene,
lights, GLTFLoader with the meshopt decoder, sRGB output) in headless Chromium, and compared by
SSIM with the source rendered the same way (issue #15: "SSIM >= gltf-transform's on every PBR
model", on the screen that counts).

    python benchmarks/tablet_ssim.py SOURCE.glb [THEIRS.glb] [--texture-format jpeg]   # one JSON object

Ours is what a bundle ships: the source imported as the app does (defaults: WebP textures, the
150k triangle budget) on a marker of an exhibit, exported (meshopt geometry), read from the bundle.
The viewer is opened on that bundle (no camera needed: it builds its scene from the manifest);
then each GLB is drawn in a fresh scene of the viewer's own class (window.museumAR.scene's) on a
canvas of SIZE px, framed by its bounding box from fixed directions (front, three-quarter, from
above), composited on mid grey (a camera picture is behind it on the tablet; a white model on
white would vanish), greyscale, and compared with the source's picture from the same direction,
within the box around what either draws (the background would make every pair look alike). The source must be readable by the viewer (GLB, meshopt, quantised, WebP; not Draco:
the viewer has no Draco decoder, and gives nothing to compare with); a .gltf is packed first
(gltf-transform copy, lossless). benchmarks/content.py --corpus DIR --tablet adds the column."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "viewer")]
from content import ssim  # benchmarks/content.py: the same SSIM as the desktop renders
NODE_TOOLS = REPO / "tools" / "node"
SIZE = 384
VIEWS = [(0.0, 0.0), (35.0, 10.0), (-120.0, 35.0)]  # (yaw, pitch) degrees: front, three-quarter, behind from above

# in the page: draw each GLB (base64) from each view with the viewer's own scene class
DRAW_JS = """
async ({ glbs, size, views }) => {
  const Scene = window.museumAR.scene.constructor;
  const out = [];
  for (const b64 of glbs) {
    const canvas = document.createElement("canvas");
    const sc = new Scene(canvas);
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const obj = await sc.loadMesh(bytes.buffer);
    const Group = obj.constructor;  // GLTFLoader's scene is a THREE.Group
    const pivot = new Group(), turn = new Group();
    turn.add(obj); pivot.add(turn); sc.scene.add(pivot);
    pivot.updateMatrixWorld(true);
    let box = null;
    obj.traverse((o) => {
      if (!o.isMesh) return;
      o.geometry.computeBoundingBox();
      const b = o.geometry.boundingBox.clone().applyMatrix4(o.matrixWorld);
      box = box ? box.union(b) : b;
    });
    const centre = box.getCenter(obj.position.clone());
    const radius = box.getSize(obj.position.clone()).length() / 2;
    obj.position.sub(centre);  // the box's centre on the pivot
    pivot.scale.setScalar(1 / radius);  // unit radius, whatever the model's size (the near/far planes are fixed)
    const f = size * 1.4;
    sc.setProjection({ fx: f, fy: f, cx: size / 2 - 0.5, cy: size / 2 - 0.5 }, size, size, size, size);
    pivot.position.set(0, 0, -1.02 / Math.sin(Math.atan(size / 2 / f)));  // the bounding sphere fills the view
    const pictures = [];
    for (const [yaw, pitch] of views) {
      turn.rotation.set(pitch * Math.PI / 180, yaw * Math.PI / 180, 0, "XYZ");
      sc.renderer.render(sc.scene, sc.camera);
      pictures.push(canvas.toDataURL("image/png"));
    }
    sc.renderer.dispose();
    out.push(pictures);
  }
  return out;
}
"""


def on_the_model(a: np.ndarray, b: np.ndarray, margin: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """The grey of both pictures (channel 0; channel 1 is coverage) cut to the box around what
    either draws (plus a margin): the background around the model would otherwise make every
    pair look alike."""
    drawn = (a[..., 1] > 0) | (b[..., 1] > 0)
    a, b = a[..., 0], b[..., 0]
    if not drawn.any():
        return a, b
    ys, xs = np.nonzero(drawn)
    y0, y1 = max(ys.min() - margin, 0), min(ys.max() + margin + 1, a.shape[0])
    x0, x1 = max(xs.min() - margin, 0), min(xs.max() + margin + 1, a.shape[1])
    return a[y0:y1, x0:x1], b[y0:y1, x0:x1]


BACKGROUND = 128.0  # mid grey, as a camera picture behind: a white model on white would vanish


def grey_and_coverage(data_url: str) -> np.ndarray:
    """(h, w, 2): the picture's grey composited on BACKGROUND, and its alpha (0-255)."""
    rgba = np.asarray(Image.open(io.BytesIO(base64.b64decode(data_url.split(",", 1)[1]))).convert("RGBA"), dtype=np.float64)
    a = rgba[..., 3:] / 255.0
    grey = (rgba[..., :3] * a + BACKGROUND * (1 - a)) @ [0.299, 0.587, 0.114]
    return np.stack([grey, rgba[..., 3]], axis=-1)


def viewer_readable(path: Path, tmp: Path) -> Path | None:
    """The file as one GLB the viewer reads, or None (Draco: the viewer has no decoder)."""
    from museum_ar.content.gltf_decode import read_gltf
    from museum_ar.content.mesh_load import file_resolver

    doc, _ = read_gltf(path, file_resolver(path))
    if "KHR_draco_mesh_compression" in (doc.get("extensionsUsed") or []):
        return None
    if path.suffix.lower() == ".glb":
        return path
    packed = tmp / (path.stem + "-packed.glb")
    cli = NODE_TOOLS / "node_modules" / "@gltf-transform" / "cli" / "bin" / "cli.js"
    subprocess.run(["node", str(cli), "copy", str(path), str(packed)], check=True, capture_output=True, cwd=NODE_TOOLS)
    return packed


def ours_in_a_bundle(source: Path, tmp: Path, **options) -> tuple[Path, Path]:
    """(bundle folder, our GLB in it): the source imported as the app does (or with `options`,
    import_item's) and exported."""
    from museum_ar.content import import_item
    from museum_ar.core import commands as cmd
    from museum_ar.core.exhibit import Marker
    from museum_ar.core.localized import LocalizedText
    from museum_ar.core.project import create_project
    from museum_ar.export import export_bundle

    project = create_project(tmp / "project", LocalizedText.of(de="SSIM", en="SSIM"), publish_url="https://example.org/ssim/")
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker("m", 100.0)))
    item = import_item(project.root, source, **options)
    stack.push(cmd.AddItem("m", item))
    project.save()
    bundle = export_bundle(project.root, tmp / "bundle")
    return bundle, bundle / item.asset


def draw(bundle: Path, glbs: list[Path], size: int = SIZE, views=VIEWS) -> list[list[np.ndarray]]:
    """Each GLB drawn by the viewer of `bundle` from each view: grey pictures with coverage."""
    from playwright.sync_api import sync_playwright

    from museum_ar.export.serve import BundleServer
    from viewer_browser import launch, open_page

    payload = [base64.b64encode(p.read_bytes()).decode() for p in glbs]
    with tempfile.TemporaryDirectory(prefix="tablet-ssim-profile-") as profile, \
            sync_playwright() as pw, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(pw, Path(profile), None, (size, size))
        try:
            page, errors = open_page(ctx, server.url)
            urls = page.evaluate(DRAW_JS, {"glbs": payload, "size": size, "views": [list(v) for v in views]})
            if errors:
                raise SystemExit(f"the viewer failed: {errors}")
        finally:
            ctx.close()
    return [[grey_and_coverage(u) for u in pictures] for pictures in urls]


def tablet_ssim(source: Path, theirs: Path | None = None, keep: Path | None = None, **options) -> dict:
    """{"ours": mean SSIM against the source, "gltf_transform": the same for theirs} (None where
    there is nothing to compare), over VIEWS, all drawn by the same viewer in one page.
    `keep`: a folder to save the pictures in (to look at); `options`: import_item's for ours."""
    with tempfile.TemporaryDirectory(prefix="tablet-ssim-") as tmp:
        tmp = Path(tmp)
        reference = viewer_readable(source, tmp)
        if reference is None:
            return {"ours": None, "gltf_transform": None, "why": "the source is Draco: the viewer cannot draw it"}
        bundle, ours = ours_in_a_bundle(source, tmp, **options)
        glbs = [reference, ours] + ([theirs] if theirs is not None else [])
        pictures = draw(bundle, glbs)
        ours_bytes = ours.stat().st_size
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        for name, pics in zip(("source", "ours", "theirs"), pictures):
            for v, pic in enumerate(pics):
                Image.fromarray(np.clip(pic[..., 0], 0, 255).astype(np.uint8)).save(keep / f"{source.stem}-{name}-{v}.png")
    ref = pictures[0]
    score = [round(float(np.mean([ssim(*on_the_model(r, p)) for r, p in zip(ref, pics)])), 4) for pics in pictures[1:]]
    return {"ours": score[0], "gltf_transform": score[1] if len(score) > 1 else None,
            "ours_bytes": ours_bytes, "views": len(VIEWS), "size_px": SIZE}


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="SSIM of ours and gltf-transform's output against the source, drawn by the tablet viewer")
    ap.add_argument("source", type=Path)
    ap.add_argument("theirs", type=Path, nargs="?")
    ap.add_argument("--texture-format", choices=["webp", "jpeg"], default=None, help="ours with this texture format (default: the import's)")
    ap.add_argument("--keep", type=Path, help="save the pictures into this folder")
    a = ap.parse_args(argv)
    print(json.dumps(tablet_ssim(a.source, a.theirs, a.keep, texture_format=a.texture_format)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
