"""A bundle's plain target (issue #19: 0 points, found by its outline on the desktop) does not
break the viewer's image tracker, which has no outline search yet: it parses, is never reported,
and the featured artwork beside it is still found (real compiled files, the viewer's own modules
run in Node)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from museum_ar.markers.image_compile import compile_target, target_bytes
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.poses import facing_pose
from museum_ar.tracking.synthetic_images import render_artwork, wall

SRC = Path(__file__).resolve().parents[2] / "viewer" / "src" / "image_targets" / "index.js"
SCRIPT = """
import { readFileSync } from "node:fs";
import { createImageTracker, parseTarget } from "%s";
const dir = process.argv[2], K = JSON.parse(process.argv[3]);
const buf = (p) => { const b = readFileSync(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); };
const frame = { data: new Uint8Array(readFileSync(dir + "/frame.grey")), width: 1280, height: 720 };
const tr = createImageTracker(["wash", "painting"].map((n) => parseTarget(buf(dir + "/" + n + ".mait"))));
const seen = [];
for (let i = 0; i < 4; i++) seen.push(tr.process(frame, K).map((h) => h.id));
console.log(JSON.stringify(seen));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node")
def test_plain_target_is_harmless_to_the_viewer_tracker(tmp_path: Path):
    c = sa.collection()
    (tmp_path / "wash.mait").write_bytes(target_bytes(compile_target("wash", c["wash"], 420, plain_ok=True)))
    (tmp_path / "painting.mait").write_bytes(target_bytes(compile_target("painting-2", c["painting-2"], 420)))
    intr = CameraIntrinsics.default_for(1280, 720)
    frame = render_artwork(wall(1280, 720, np.random.default_rng(3)), c["painting-2"], 0.42, facing_pose(0.9), intr)
    cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY).tofile(str(tmp_path / "frame.grey"))
    (tmp_path / "run.mjs").write_text(SCRIPT % SRC.as_posix())
    K = [[intr.fx, 0, intr.cx], [0, intr.fy, intr.cy], [0, 0, 1]]
    out = subprocess.run(["node", str(tmp_path / "run.mjs"), str(tmp_path), json.dumps(K)], capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(out.stdout)
    assert all(ids == ["painting-2"] for ids in seen), seen
