"""benchmarks/tablet_ssim.py, the tablet's SSIM column of the content benchmark (issue #15): the
source and the shipped model drawn by the viewer's own scene in headless Chromium. It must tell a
faithful copy from a different model, and from the right model turned the wrong way up."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
pytestmark = [pytest.mark.browser, pytest.mark.slow]
DATA = REPO / "tests" / "data" / "gltf"


def _turned_upside_down(src: Path, dst: Path) -> Path:
    """The same GLB under a root node turned 180° about X."""
    from museum_ar.content.glb_compress import join_glb, split_glb

    doc, binary = split_glb(src.read_bytes())
    scene = doc["scenes"][doc.get("scene", 0)]
    doc["nodes"].append({"children": list(scene["nodes"]), "rotation": [1.0, 0.0, 0.0, 0.0]})
    scene["nodes"] = [len(doc["nodes"]) - 1]
    dst.write_bytes(join_glb(doc, binary))
    return dst


def test_the_viewer_drawn_ssim_tells_the_shipped_model_from_wrong_ones(tmp_path, chromium_path):
    import tablet_ssim

    helmet = DATA / "helmet_small_meshopt.glb"
    flipped = _turned_upside_down(helmet, tmp_path / "kopfueber.glb")
    same = tablet_ssim.tablet_ssim(helmet, helmet, keep=tmp_path / "pics")
    assert same["gltf_transform"] == pytest.approx(1.0, abs=1e-6)  # the same bytes, the same pictures
    assert same["ours"] > 0.9  # imported, WebP, exported with meshopt: close to the source
    assert len(list((tmp_path / "pics").glob("*.png"))) == 3 * len(tablet_ssim.VIEWS)
    wrong = tablet_ssim.tablet_ssim(helmet, flipped)
    assert wrong["gltf_transform"] < same["ours"] - 0.1
    other = tablet_ssim.tablet_ssim(helmet, DATA / "Fox.glb")
    assert other["gltf_transform"] < same["ours"] - 0.1
