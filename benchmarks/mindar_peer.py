"""MindAR (npm mind-ar 1.2.5, tfjs) as the peer of the image-target benchmark, in headless Chromium.

The package lives in benchmarks/peers/node_modules (benchmark-only, installed by
benchmarks/peers/install.sh when missing; never a dependency of the app or the viewer). Each
artwork is compiled into MindAR's target data (.mind) by MindAR's own Compiler in the same
Chromium and cached in a temp folder keyed by the picture's SHA-256. The frames are the
benchmark's own (a grey 1280x720 frame drawn on a canvas, what MindAR's InputLoader reads from a
video element).

What runs per frame is MindAR's Controller loop (`processVideo`) one tick at a time: the crop
detector's `detectMoving` (MindAR searches a 256 px square of a 1280x720 frame per tick, cycling
through 9 positions around the centre; the first tick is the centre crop, as `detect` does),
the matcher in its Worker over all loaded targets (`_workerMatch`: the first target whose keyframes
match wins), and on a match the tracker's update on the same frame (`_trackAndUpdate`; a match the
tracker cannot follow is dropped by MindAR at once). A still frame gets up to 9 ticks (MindAR's
whole search cycle); found = the first tick with a match that the tracker keeps.

Settings: MindAR's defaults (Controller: filterMinCF 0.001, filterBeta 1000, warmupTolerance 5,
missTolerance 5; the One Euro filter and warm-up only delay showing, so they are not applied
here), all targets in one search as ours has, and the camera's true intrinsics instead of its
assumed 45-degree vertical field of view (an app with a calibrated camera would set them; the pose
is then metric and comparable). Pose: MindAR's modelViewTransform (target pixels, origin top-left,
y down, z into the picture) turned into our marker frame (origin at the centre, +X right, +Y out
of the surface, +Z down).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).parent
PEERS = HERE / "peers"
DIST = PEERS / "node_modules" / "mind-ar" / "dist"
VERSION = "1.2.5"
TICKS = 9  # detectMoving's cycle: 3x3 crop positions
CACHE = Path(tempfile.gettempdir()) / "museum-ar-mindar-targets"

# MindAR marker coordinates (x right, y down, z into the picture) of our marker axes X, Y, Z.
TO_OURS = np.array([[1.0, 0, 0], [0, 0, 1], [0, -1, 0]])

PAGE = """<!doctype html><meta charset="utf-8"><script type="module">
import { Compiler, Controller } from "./mindar/mindar-image.prod.js";
window.M = { Compiler, Controller };
window.ready = true;
</script>"""

COMPILE = """async (url) => {
    const img = new Image(); img.src = url; await img.decode();
    const c = new window.M.Compiler();
    const t0 = performance.now();
    await c.compileImageTargets([img], () => {});
    const buf = c.exportData();
    let s = ""; for (let i = 0; i < buf.length; i += 32768) s += String.fromCharCode.apply(null, buf.subarray(i, i + 32768));
    return { ms: performance.now() - t0, data: btoa(s) };
}"""

SETUP = """async ([urls, W, H, K, maxTrack]) => {
    const all = [];
    for (const u of urls) all.push(...new window.M.Compiler().importData(await (await fetch(u)).arrayBuffer()));
    const c = new window.M.Compiler(); c.data = all;
    const canvas = document.createElement("canvas"); canvas.width = W; canvas.height = H;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (window.S) window.S.ctrl.dispose();
    const ctrl = new window.M.Controller({ inputWidth: W, inputHeight: H, maxTrack });
    ctrl.projectionTransform = [[K.fx, 0, K.cx], [0, K.fy, K.cy], [0, 0, 1]];
    ctrl.addImageTargetsFromBuffer(c.exportData());
    const t0 = performance.now();
    ctrl.dummyRun(canvas);  // builds the WebGL kernels (MindAR does this before its loop)
    window.S = { ctrl, canvas, ctx, W, H, all: all.map((_, i) => i) };
    const gl = document.createElement("canvas").getContext("webgl2");
    const dbg = gl && gl.getExtension("WEBGL_debug_renderer_info");
    return { targets: all.length, warmup_ms: performance.now() - t0, cropSize: ctrl.cropDetector.cropSize,
             renderer: dbg ? gl.getParameter(dbg.UNMASKED_RENDERER_WEBGL) : (gl ? "webgl2" : "no webgl2") };
}"""

# One still frame, up to `ticks` ticks of MindAR's loop (detectMoving, match, track on the frame).
FRAME = """async ([url, ticks]) => {
    const S = window.S, ctrl = S.ctrl;
    const g = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const im = S.ctx.createImageData(S.W, S.H), d = im.data;
    for (let i = 0, j = 0; i < g.length; i++, j += 4) { d[j] = d[j + 1] = d[j + 2] = g[i]; d[j + 3] = 255; }
    S.ctx.putImageData(im, 0, 0);
    ctrl.cropDetector.lastRandomIndex = 4;  // the centre crop first, as the loop starts
    const out = [];
    for (let k = 0; k < ticks; k++) {
        const t0 = performance.now();
        const inputT = ctrl.inputLoader.loadInput(S.canvas);
        const { featurePoints } = ctrl.cropDetector.detectMoving(inputT);
        const m = await ctrl._workerMatch(featurePoints, S.all);
        let tracked = null;
        if (m.targetIndex !== -1) tracked = await ctrl._trackAndUpdate(inputT, m.modelViewTransform, m.targetIndex);
        inputT.dispose();
        out.push({ ms: performance.now() - t0, points: featurePoints.length, target: m.targetIndex, tracked });
        if (m.targetIndex !== -1 && tracked) break;
    }
    return out;
}"""

# A clip as MindAR's loop runs it with one target: search (one detectMoving tick) until found,
# then the tracker on every frame until it loses the target.
CLIP = """async (urls) => {
    const S = window.S, ctrl = S.ctrl;
    ctrl.cropDetector.lastRandomIndex = 4;
    let mvt = null, idx = -1;
    const out = [];
    for (const url of urls) {
        const g = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const im = S.ctx.createImageData(S.W, S.H), d = im.data;
        for (let i = 0, j = 0; i < g.length; i++, j += 4) { d[j] = d[j + 1] = d[j + 2] = g[i]; d[j + 3] = 255; }
        S.ctx.putImageData(im, 0, 0);
        const t0 = performance.now();
        const inputT = ctrl.inputLoader.loadInput(S.canvas);
        let state = "tracked";
        if (mvt === null) {
            state = "searched";
            const { featurePoints } = ctrl.cropDetector.detectMoving(inputT);
            const m = await ctrl._workerMatch(featurePoints, S.all);
            if (m.targetIndex !== -1) { mvt = m.modelViewTransform; idx = m.targetIndex; }
        }
        if (mvt !== null) { mvt = await ctrl._trackAndUpdate(inputT, mvt, idx); }
        inputT.dispose();
        out.push({ ms: performance.now() - t0, state, found: mvt !== null, target: mvt !== null ? idx : -1, pose: mvt });
    }
    return out;
}"""


def ensure_installed() -> None:
    """benchmarks/peers/install.sh (npm ci) when mind-ar is not there."""
    if not (DIST / "mindar-image.prod.js").is_file():
        print("installing the MindAR peer (benchmarks/peers/install.sh)", file=sys.stderr)
        subprocess.run(["bash", str(PEERS / "install.sh")], check=True, stdout=sys.stderr)


def installed() -> bool:
    return (DIST / "mindar-image.prod.js").is_file()


def pose_to_ours(mvt, target_size_px: tuple[int, int], width_m: float) -> np.ndarray:
    """MindAR's modelViewTransform (3x4, target pixels) -> our 4x4 marker -> camera in metres."""
    T = np.asarray(mvt, float)
    w, h = target_size_px
    s = width_m / w  # metres per target pixel
    out = np.eye(4)
    out[:3, :3] = T[:, :3] @ TO_OURS
    out[:3, 3] = (T[:, :3] @ np.array([w / 2, h / 2, 0.0]) + T[:, 3]) * s
    return out


class MindAR:
    """Headless Chromium with MindAR loaded; compile(), load(), frame(), clip()."""

    def __init__(self, intr, cache: Path = CACHE):
        self.intr = intr
        self.cache = cache
        self.sizes: dict[str, tuple[int, int]] = {}
        self.names: list[str] = []
        self.compile_ms: dict[str, float] = {}
        self.info: dict = {}

    def __enter__(self) -> MindAR:
        sys.path.insert(0, str(HERE.parent / "tests" / "viewer"))
        from playwright.sync_api import sync_playwright
        from viewer_browser import CHROMIUM, chromium_args, plain_server

        ensure_installed()
        self.site = Path(tempfile.mkdtemp(prefix="mindar-peer-"))
        (self.site / "mindar").symlink_to(DIST.resolve())
        (self.site / "index.html").write_text(PAGE, encoding="utf-8")
        self._srv = plain_server(self.site).__enter__()
        self._pwcm = sync_playwright()
        self._pw = self._pwcm.__enter__()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=chromium_args(None))
        self.page = self._browser.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self._srv.url + "index.html")
        self.page.wait_for_function("window.ready === true", timeout=120_000)
        self._n = 0
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._browser.close()
        finally:
            self._pwcm.__exit__(*exc)
            self._srv.__exit__(*exc)
            shutil.rmtree(self.site, ignore_errors=True)

    def compile(self, arts: dict[str, np.ndarray]) -> dict[str, bool]:
        """Each picture (BGR) into a .mind (cached by the picture's hash); name -> compiled?"""
        self.cache.mkdir(parents=True, exist_ok=True)
        ok = {}
        for name, img in arts.items():
            key = hashlib.sha256(f"mind-ar {VERSION} {img.shape}".encode() + np.ascontiguousarray(img).tobytes()).hexdigest()[:24]
            f = self.cache / f"{key}.mind"
            if not f.is_file():
                png = self.site / f"src-{key}.png"
                cv2.imwrite(str(png), img)
                try:
                    r = self.page.evaluate(COMPILE, png.name)
                except Exception as e:  # MindAR's compiler failing on a picture (a plain wash): never detected
                    print(f"MindAR could not compile {name}: {str(e).splitlines()[0]}", file=sys.stderr)
                    ok[name] = False
                    continue
                tmp = f.with_suffix(f".{os.getpid()}.tmp")  # atomic: another run may compile the same picture
                tmp.write_bytes(base64.b64decode(r["data"]))
                tmp.replace(f)
                self.compile_ms[name] = round(r["ms"])
            shutil.copyfile(f, self.site / f"{name}.mind")
            self.sizes[name] = (img.shape[1], img.shape[0])
            ok[name] = True
        return ok

    def load(self, names: list[str], max_track: int = 1) -> dict:
        """A Controller with these targets (compiled before) at the camera's true intrinsics."""
        K = {"fx": self.intr.fx, "fy": self.intr.fy, "cx": self.intr.cx, "cy": self.intr.cy}
        self.names = list(names)
        self.info = self.page.evaluate(SETUP, [[f"{n}.mind" for n in names], self.intr.width, self.intr.height, K, max_track])
        return self.info

    def _put(self, frame: np.ndarray) -> str:
        name = f"f{self._n % 64}.grey"
        self._n += 1
        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        (self.site / name).write_bytes(np.ascontiguousarray(grey).tobytes())
        return name

    def frame(self, frame: np.ndarray, width_m: float, ticks: int = TICKS) -> list[dict]:
        """Up to `ticks` ticks of MindAR's loop on one still frame: per tick ms, feature points,
        target name (None: no match), tracked (the tracker kept it on this frame), pose (ours, 4x4)."""
        out = []
        for r in self.page.evaluate(FRAME, [self._put(frame), ticks]):
            name = self.names[r["target"]] if r["target"] >= 0 else None
            pose = pose_to_ours(r["tracked"], self.sizes[name], width_m) if name and r["tracked"] else None
            out.append({"ms": r["ms"], "points": r["points"], "target": name, "tracked": r["tracked"] is not None, "pose": pose})
        return out

    def clip(self, frames: list[np.ndarray], width_m: float) -> list[dict]:
        out = []
        for r in self.page.evaluate(CLIP, [self._put(f) for f in frames]):
            name = self.names[r["target"]] if r["target"] >= 0 else None
            r["target"] = name
            r["pose"] = pose_to_ours(r["pose"], self.sizes[name], width_m) if name else None
            out.append(r)
        return out


if __name__ == "__main__":  # a smoke run: one artwork, one frontal and one tilted frame
    sys.path.insert(0, str(HERE.parent))
    from museum_ar.tracking import CameraIntrinsics
    from museum_ar.tracking import synthetic_artworks as sa
    from museum_ar.tracking.poses import facing_pose, rotation_error_deg
    from museum_ar.tracking.synthetic_images import render_artwork, wall

    intr = CameraIntrinsics.default_for(1280, 720)
    art = sa.collection()["painting-1"]
    rng = np.random.default_rng(1)
    with MindAR(intr) as m:
        print(m.compile({"painting-1": art}), m.compile_ms)
        print(m.load(["painting-1"]))
        for tilt in (0, 30):
            pose = facing_pose(0.6, tilt, 20)
            ticks = m.frame(render_artwork(wall(1280, 720, rng), art, 0.297, pose, intr), 0.297)
            last = ticks[-1]
            print(json.dumps([{k: v for k, v in t.items() if k != "pose"} for t in ticks]),
                  None if last["pose"] is None else round(rotation_error_deg(last["pose"], pose), 2),
                  None if last["pose"] is None else np.round(last["pose"][:3, 3] - pose[:3, 3], 4).tolist())
        print("errors", m.errors)
