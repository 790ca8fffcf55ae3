"""The viewer's image-target search takes its acceptance values from the manifest (tracking.image_search),
the desktop's own (markers/tracking_params.IMAGE_SEARCH), and its RANSAC finds a far picture's few right
matches among many wrong ones as the desktop's does (node, the real modules)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from museum_ar.export.manifest import tracking_params
from museum_ar.tracking import image_target

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs node (scripts/install.sh)")

SRC = Path(__file__).parents[2] / "viewer" / "src" / "image_targets"


def _node(script: str) -> dict:
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def test_viewer_defaults_are_the_desktops_values_and_the_manifest_carries_them():
    js = _node(f'import {{ IMAGE_SEARCH }} from "{(SRC / "params.js").as_uri()}"; console.log(JSON.stringify(IMAGE_SEARCH));')
    assert js == tracking_params.IMAGE_SEARCH
    assert tracking_params.as_manifest()["image_search"] == tracking_params.IMAGE_SEARCH
    # the desktop search reads the same source
    desktop = (image_target.RATIO, image_target.MIN_INLIERS, image_target.RANSAC_PX, image_target.MIN_APPEARANCE)
    assert desktop == (js["ratio"], js["min_inliers"], js["ransac_px"], js["min_appearance"])


def test_the_manifests_values_reach_the_search():
    """searchParams overlays the manifest's values on the defaults; a key it lacks keeps its default."""
    js = _node(f'import {{ searchParams }} from "{(SRC / "params.js").as_uri()}";'
               ' console.log(JSON.stringify([searchParams(null), searchParams({image_search: {ratio: 0.7}})]));')
    assert js[0] == tracking_params.IMAGE_SEARCH
    assert js[1] == {**tracking_params.IMAGE_SEARCH, "ratio": 0.7}


RANSAC = """
import { ransacHomography, apply } from "%s";
// a far picture's matches: 20 right ones (a homography, 0.5 px noise) among 90 wrong ones
let seed = 7; const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
const H = [0.3, 0.05, 500, -0.02, 0.28, 300, 0.0001, 0.00005, 1];
const src = [], dst = [], right = new Set();
for (let i = 0; i < 110; i++) {
  const p = [rnd() * 480, rnd() * 640];
  src.push(p);
  if (i %% 5 === 0 && right.size < 20) { const [u, v] = apply(H, ...p); dst.push([u + rnd() - 0.5, v + rnd() - 0.5]); right.add(i); }
  else dst.push([400 + rnd() * 300, 200 + rnd() * 300]);
}
const fixed = ransacHomography(src, dst, 4, 400);
const adaptive = ransacHomography(src, dst, 4, 400, 0.999, 2000);
const hits = (r) => r ? r.inliers.filter((i) => right.has(i)).length : 0;
console.log(JSON.stringify({ right: right.size, fixed: hits(fixed), fixedAll: fixed ? fixed.inliers.length : 0, adaptive: hits(adaptive), adaptiveAll: adaptive ? adaptive.inliers.length : 0 }));
"""


def test_ransac_draws_until_a_far_pictures_few_right_matches_are_unlikely_to_be_missed():
    """20 right matches in 110 (share 0.18): a clean sample once in ~900 draws. The search's RANSAC
    keeps drawing (up to 2000) until the best model is that unlikely to be beaten, and finds them;
    with the earlier fixed 400 draws this set (fixed seed) ends on a wrong model."""
    r = _node(RANSAC % (SRC / "geometry.js").as_uri())
    assert r["right"] == 20
    assert r["adaptive"] == 20 and r["adaptiveAll"] <= 22, r
    assert r["fixed"] < 20, r  # the set is one the fixed draw count misses (else the test shows nothing)
