"""The numpy footprint hull (content/hull2d.py) gives what scipy's qhull gave mesh_level."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import ConvexHull, QhullError

from museum_ar.content.hull2d import hull, inside_distance


def _clouds():
    rng = np.random.default_rng(3)
    for t in range(120):
        n = int(rng.integers(3, 3000))
        kind = t % 4
        if kind == 0:
            p = rng.normal(size=(n, 2))
        elif kind == 1:
            p = rng.uniform(-1, 1, size=(n, 2))
        elif kind == 2:  # every point on the hull
            a = rng.uniform(0, 2 * np.pi, n)
            p = np.column_stack([np.cos(a), np.sin(a)])
        else:  # a grid: duplicates and points in a line along the hull's edges
            p = np.round(rng.uniform(-5, 5, size=(n, 2)))
        p = p * rng.uniform(0.001, 1000) + rng.uniform(-100, 100, 2)
        yield p, p.mean(axis=0) + rng.normal(size=2) * p.std(axis=0)


def test_inside_distance_is_qhulls():
    for p, c in _clouds():
        ref = ConvexHull(p)
        want = float(np.min(-(ref.equations[:, :2] @ c + ref.equations[:, 2])))
        assert inside_distance(p, c) == pytest.approx(want, rel=1e-9, abs=1e-12 * np.abs(p).max())
        assert len(hull(p)) == len(ref.vertices)


def test_a_footprint_without_area_has_no_hull():
    line = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    with pytest.raises(QhullError):
        ConvexHull(line)
    assert inside_distance(line, np.zeros(2)) is None
    assert inside_distance(np.ones((5, 2)), np.zeros(2)) is None


_BASE = """
import sys
import numpy as np
from museum_ar.content.mesh_level import find_base
rng = np.random.default_rng(0)
n = 4000
# a disc of faces facing down at y = 0 (the base) under a dome of faces facing outwards
r, a = np.sqrt(rng.uniform(0, 1, n)), rng.uniform(0, 2 * np.pi, n)
base = np.column_stack([r * np.cos(a), np.zeros(n), r * np.sin(a)])
d = rng.normal(size=(n, 3)); d[:, 1] = np.abs(d[:, 1]); d /= np.linalg.norm(d, axis=1)[:, None]
centres = np.concatenate([base, d])
normals = np.concatenate([np.tile([0.0, -1.0, 0.0], (n, 1)), d])
got = find_base(np.full(2 * n, 1e-3), normals, centres, np.array([0.0, -1.0, 0.0]))
print(round(got.stability, 3), "scipy" in sys.modules)
"""


def test_the_base_is_found_without_loading_scipy():
    """scipy.spatial costs ~38 MB of resident memory, loaded in the middle of an import (issue #15)."""
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _BASE], capture_output=True, text=True, cwd=repo, check=True).stdout.split()
    assert float(out[0]) > 0 and out[1] == "False"
