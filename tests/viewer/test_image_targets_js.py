"""The viewer's image-target module (viewer/src/image_targets/*.js) standalone in headless Chromium:
the bundle's target files (compiled by the exporter) in, 1280x720 frames rendered at known poses in,
identities and poses out. Also: the JS features are the numpy ones (markers/tablet_features.py),
bit for bit, so the target data compiled on the desktop matches what the tablet computes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.markers import tablet_features as tf
from museum_ar.markers.image_compile import compile_target, target_bytes
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall
from viewer_browser import CHROMIUM, chromium_args, plain_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # headless Chromium running the JS image tracker on rendered frames

SRC = Path(__file__).parents[2] / "viewer" / "src" / "image_targets"
PAGE = """<!doctype html><meta charset="utf-8"><script type="module">
import * as it from "./image_targets/index.js";
window.it = it;
window.ready = true;
</script>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("needs /usr/bin/chromium")
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(SRC, root / "image_targets")
    shutil.copy(SRC.parent / "linalg.js", root / "linalg.js")  # shared with the card tracker
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def page(site):
    from playwright.sync_api import sync_playwright

    with plain_server(site) as srv, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=chromium_args(None))
        pg = browser.new_page()
        pg.goto(srv.url + "index.html")
        pg.wait_for_function("window.ready === true", timeout=30_000)
        yield pg, site, srv.url
        browser.close()


def _js_features(pg, grey: np.ndarray):
    return pg.evaluate(
        """([b64, w, h]) => {
            const bin = atob(b64); const g = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) g[i] = bin.charCodeAt(i);
            const f = window.it.features(g, w, h, 500);
            return { pts: f.pts, desc: Array.from(f.desc) };
        }""",
        [__import__("base64").b64encode(grey.tobytes()).decode(), grey.shape[1], grey.shape[0]],
    )


def test_js_features_equal_the_numpy_ones(page):
    pg, _, _ = page
    grey = cv2.cvtColor(cv2.resize(sa.painting(3), (480, 373), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
    pts, desc = tf.features(grey)
    js = _js_features(pg, grey)
    assert len(pts) > 200
    assert js["pts"] == pts.tolist()
    words = np.array(js["desc"], np.uint32).reshape(-1, 8)
    assert np.array_equal(words.view(np.uint8).reshape(-1, 32), desc)


def test_window_features_are_the_whole_frames_inside_it_with_scratch_reused(page):
    # A followed picture's features come from a window's crop (scratch buffers reused from call to
    # call, of whatever size the last window had): inside a window on the cell grid they must be the
    # whole frame's corners and descriptors, whichever windows came before.
    pg, _, _ = page
    rng = np.random.default_rng(3)
    intr = CameraIntrinsics.default_for(1280, 720)
    f = render_artwork(wall(1280, 720, rng), sa.painting(2), 0.297, facing_pose(1.6, 15, 30), intr)
    grey = cv2.cvtColor(f, cv2.COLOR_BGR2GRAY)
    got = pg.evaluate(
        """([b64, w, h, rois]) => {
            const bin = atob(b64); const g = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) g[i] = bin.charCodeAt(i);
            const key = (f) => f.pts.map((p, n) => [p[0], p[1], ...f.desc.subarray(n * 8, n * 8 + 8)].join(",")).sort();
            const full = window.it.features(g, w, h, 1e6);
            return rois.map((r) => {
                const inside = { pts: [], desc: [] }, idx = [];
                full.pts.forEach((p, n) => { if (p[0] >= r[0] && p[0] < r[2] && p[1] >= r[1] && p[1] < r[3]) idx.push(n); });
                const want = key({ pts: idx.map((n) => full.pts[n]), desc: Uint32Array.from(idx.flatMap((n) => Array.from(full.desc.subarray(n * 8, n * 8 + 8)))) });
                const win = window.it.features(g, w, h, 1e6, r);
                return { n: want.length, same: JSON.stringify(key(win)) === JSON.stringify(want) };
            });
        }""",
        [__import__("base64").b64encode(grey.tobytes()).decode(), 1280, 720, [[480, 200, 800, 520], [560, 280, 720, 440], [480, 200, 800, 520], [16, 16, 400, 304]]],
    )
    assert all(g["n"] > 30 for g in got[:3]), got
    assert [g["same"] for g in got] == [True] * 4, got


def _frames(tmp: Path, art, width_m, poses, seed=4):
    intr = CameraIntrinsics.default_for(1280, 720)
    rng = np.random.default_rng(seed)
    bg = wall(1280, 720, rng)
    names = []
    for k, pose in enumerate(poses):
        f = degrade(render_artwork(bg, art, width_m, pose, intr), rng, lighting=0.2, noise=1.5, motion_px=1.0, glare=0.1)
        p = tmp / f"f{k}.grey"
        p.write_bytes(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY).tobytes())
        names.append(p.name)
    return intr, names


RUN = """async ([targets, frames, K]) => {
    const ts = [];
    for (const t of targets) ts.push(window.it.parseTarget(await (await fetch(t)).arrayBuffer()));
    const tr = window.it.createImageTracker(ts);
    const out = [];
    for (const f of frames) {
        const data = new Uint8Array(await (await fetch(f)).arrayBuffer());
        const t0 = performance.now();
        const dets = tr.process({ data, width: 1280, height: 720 }, K);
        out.push({ ms: performance.now() - t0, dets });
    }
    return out;
}"""


def test_tracks_the_right_artwork_of_a_series_with_its_pose(page, tmp_path):
    pg, site, _url = page
    series = sa.series(11, n=3)
    for i, v in enumerate(series):
        (site / f"s{i}.mait").write_bytes(target_bytes(compile_target(f"blatt-{i}", v, 297)))
    # a hand-held drift over half a second at 30 fps (a few pixels per frame)
    p0, p1 = facing_pose(0.7, 10, 20, offset_m=(0.02, 0.0)), facing_pose(0.67, 16, 28, offset_m=(0.03, 0.01))
    poses = [interpolate(p0, p1, k / 14) for k in range(15)]
    intr, names = _frames(site, series[1], 0.297, poses)
    K = {"fx": intr.fx, "fy": intr.fy, "cx": intr.cx, "cy": intr.cy}
    res = pg.evaluate(RUN, [[f"s{i}.mait" for i in range(3)], names, K])
    errs = []
    for k, (r, truth) in enumerate(zip(res, poses)):
        ids = [d["id"] for d in r["dets"]]
        assert ids == ["blatt-1"], f"frame {k}: {ids}"
        pose = np.array(r["dets"][0]["pose"]).reshape(4, 4)
        errs.append(rotation_error_deg(pose, truth))
        assert np.linalg.norm(pose[:3, 3] - truth[:3, 3]) < 0.03 * truth[2, 3], (pose[:3, 3], truth[:3, 3])
    assert res[0]["dets"][0]["state"] == "decoded" and res[-1]["dets"][0]["state"] == "tracked"
    # measured: median ~1-2.5 degrees; single followed frames flip to the tilted plane's second
    # pose solution (up to ~30 degrees) -- a known gap, docs/image_targets.md. The desktop reaches
    # < 1 degree with full-resolution template refinement; the tablet works at 640 px wide.
    table = [(round(e, 1), r["dets"][0]["state"]) for e, r in zip(errs, res)]
    assert np.median(errs) <= 2.5, table
    assert np.mean(np.array(errs) <= 5.0) >= 0.8, table
    (tmp_path / "js_result.json").write_text(json.dumps({"rot_err": errs, "ms": [r["ms"] for r in res]}))
    print("rotation error", np.round(errs, 2), "ms", [round(r["ms"]) for r in res])


def test_an_unknown_picture_is_not_reported(page):
    pg, site, _ = page
    (site / "p.mait").write_bytes(target_bytes(compile_target("p", sa.painting(5), 297)))
    intr, names = _frames(site, sa.poster(8), 0.297, [facing_pose(0.7, 10, 20)], seed=9)
    K = {"fx": intr.fx, "fy": intr.fy, "cx": intr.cx, "cy": intr.cy}
    res = pg.evaluate(RUN, [["p.mait"], names, K])
    assert res[0]["dets"] == []


def test_a_far_artwork_is_found_and_followed(page, tmp_path):
    """An A4 painting and an etching at 2.0-2.2 m (about 140 px wide in 720p, 70 px in the 640 px
    work grey, where the tracker found none of the benchmark's far views): found by the full-size
    search, then followed on the full frame, the right one of three targets, with its pose."""
    pg, site, _url = page
    arts = {"far-painting": sa.painting(31), "far-etching": sa.etching(32, contrast=0.6), "other": sa.painting(33)}
    for k, v in arts.items():
        (site / f"{k}.mait").write_bytes(target_bytes(compile_target(k, v, 297)))
    for name, d in (("far-painting", 2.2), ("far-etching", 2.0)):
        p0, p1 = facing_pose(d, 12, 30, offset_m=(0.05, 0.0)), facing_pose(d - 0.04, 18, 36, offset_m=(0.07, 0.02))
        poses = [interpolate(p0, p1, k / 7) for k in range(8)]
        sub = tmp_path.name + name
        (site / sub).mkdir()
        intr, names = _frames(site / sub, arts[name], 0.297, poses, seed=12)
        K = {"fx": intr.fx, "fy": intr.fy, "cx": intr.cx, "cy": intr.cy}
        res = pg.evaluate(RUN, [[f"{k}.mait" for k in arts], [f"{sub}/{n}" for n in names], K])
        errs = []
        for k, (r, truth) in enumerate(zip(res, poses)):
            ids = [x["id"] for x in r["dets"]]
            assert ids == [name], f"{name} frame {k}: {ids}"
            pose = np.array(r["dets"][0]["pose"]).reshape(4, 4)
            assert np.linalg.norm(pose[:3, 3] - truth[:3, 3]) < 0.04 * truth[2, 3], (name, k, pose[:3, 3], truth[:3, 3])
            errs.append(rotation_error_deg(pose, truth))
        assert res[0]["dets"][0]["state"] == "decoded"
        assert sum(r["dets"][0]["state"] == "tracked" for r in res) >= 5, [r["dets"][0]["state"] for r in res]
        assert np.median(errs) <= 5.0, np.round(errs, 1)
        print(name, "rotation error", np.round(errs, 2), "ms", [round(r["ms"]) for r in res])
