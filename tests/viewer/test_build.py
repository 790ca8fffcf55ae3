"""The viewer build committed into the package (museum_ar/export/viewer_dist) is exactly what
`npm run build` makes from viewer/: a stale build fails here (and so in CI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

VIEWER = Path(__file__).resolve().parents[2] / "viewer"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("node") is None, reason="needs node (scripts/install.sh)")
def test_committed_viewer_build_is_up_to_date():
    if not (VIEWER / "node_modules" / "esbuild").is_dir():
        pytest.skip("viewer/node_modules missing: run `(cd viewer && npm ci)` (scripts/install.sh does)")
    out = subprocess.run(["node", "build.mjs", "--check"], cwd=VIEWER, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr + out.stdout


def test_packaged_viewer_has_what_the_bundle_needs():
    from museum_ar.export.writer import viewer_dist_files

    files = viewer_dist_files()
    for name in ("index.html", "viewer.js", "viewer.css", "icon.svg", "sw.template.js"):
        assert name in files
    html = files["index.html"].decode()
    # no remote resources: every src/href is relative
    assert "http://" not in html.replace("http-equiv", "") and "https://" not in html
    assert "__BUNDLE_ID__" in files["sw.template.js"].decode()
