"""Fixtures for the content pipeline tests: a project in a folder with umlauts and spaces, the
Khronos glTF validator, and real media files made with the ffmpeg that imageio-ffmpeg ships."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from museum_ar.content.ffmpeg import ffmpeg_exe
from museum_ar.core.project import Project, create_project

REPO = Path(__file__).resolve().parents[2]
NODE_TOOLS = REPO / "tools" / "node"


@pytest.fixture
def project(odd_dir: Path) -> Project:
    return create_project(odd_dir / "Ausstellung", "Test")


@pytest.fixture
def src(odd_dir: Path) -> Path:
    d = odd_dir / "Quelldateien Ü"
    d.mkdir()
    return d


def asset_files(project: Project) -> set[str]:
    return {p.name for p in (project.root / "assets").iterdir()}


def validate_glb(path: Path) -> dict:
    """The Khronos glTF validator's verdict on `path` (errors, warnings, first messages)."""
    if not (NODE_TOOLS / "node_modules" / "gltf-validator").is_dir():
        pytest.fail("gltf-validator is not installed: run (cd tools/node && npm ci)")
    res = subprocess.run(["node", str(NODE_TOOLS / "validate-gltf.mjs"), str(path)], capture_output=True, text=True, timeout=120)
    return json.loads(res.stdout.strip().splitlines()[-1])


def write_video(path: Path, seconds: float = 2.0, size: str = "320x240", vcodec: str = "mpeg4", extra: list[str] | None = None) -> Path:
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc=size={size}:rate=25:duration={seconds}",
                    "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-c:v", vcodec, "-c:a", "aac",
                    *(extra or []), "-shortest", str(path)], check=True, timeout=120)
    return path


def drawn_fraction(png: Path, background=(236, 233, 226)) -> float:
    """Share of a thumbnail's pixels that are not background (an empty thumbnail is ~0)."""
    from PIL import Image

    arr = np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)
    return float((np.abs(arr - np.array(background)).sum(axis=2) > 30).mean())


def glb_attribute(path: Path, name: str, primitive: int = 0) -> np.ndarray:
    """An attribute (e.g. COLOR_0) of the first mesh's primitive, read with pygltflib."""
    import pygltflib

    g = pygltflib.GLTF2().load(str(path))
    acc = g.accessors[getattr(g.meshes[0].primitives[primitive].attributes, name)]
    view = g.bufferViews[acc.bufferView]
    blob = g.binary_blob()
    dtype = {5126: np.float32, 5121: np.uint8, 5123: np.uint16, 5125: np.uint32}[acc.componentType]
    width = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}[acc.type]
    start = view.byteOffset + (acc.byteOffset or 0)
    return np.frombuffer(blob, dtype=dtype, count=acc.count * width, offset=start).reshape(acc.count, width)
