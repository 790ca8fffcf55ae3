"""Export of a plain artwork (a wash without features, issue #19): compiled plain only when the
curator chose tracking by its outline, its target data reads back as a plain target carrying the
appearance the outline tracker needs, its manifest entry passes the schema and says `plain`, and
the manifest carries the plain-picture constants from their one Python source."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import cv2
import jsonschema
import pytest

from museum_ar.core.errors import BundleError
from museum_ar.export import verify as _verify
from museum_ar.export.targets import BUDGET_BYTES, target_entry, target_files, target_path
from museum_ar.markers import tracking_params
from museum_ar.markers.image_compile import read_target_bytes
from museum_ar.tracking import plain_picture
from museum_ar.tracking import synthetic_artworks as sa

SCHEMA = Path(__file__).resolve().parents[2] / "museum_ar" / "export" / "schema" / "manifest-1.schema.json"


def _marker(root: Path, name: str, outline: bool) -> SimpleNamespace:
    # the core's ImageTarget gains `outline` on the plainapp19 branch; export reads it by name
    return SimpleNamespace(id=name, target=SimpleNamespace(image=f"assets/{name}.png", width_mm=420.0, crop=None, outline=outline))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("plain")
    (root / "assets").mkdir()
    c = sa.collection()
    cv2.imwrite(str(root / "assets" / "wash.png"), c["wash"])
    cv2.imwrite(str(root / "assets" / "etching.png"), c["etching-0"])
    return root


def test_plain_wash_exports_only_when_outline_is_chosen(project: Path):
    with pytest.raises(BundleError, match="no distinctive features"):
        target_files(project, _marker(project, "wash", outline=False))
    m = _marker(project, "wash", outline=True)
    files = target_files(project, m)
    data = files[target_path(m)]
    assert len(data) <= BUDGET_BYTES
    t = read_target_bytes(data)
    assert t.plain and t.reference is not None
    assert abs(t.ref_size[0] / t.ref_size[1] - 900 / 640) < 0.01
    # the shipped appearance is as flat as the desktop requires of a plain reference
    assert plain_picture.reference_is_plain(t.reference)
    entry = target_entry(m, files)
    assert entry["plain"] is True and entry["points"] == 0 and entry["bytes"] == len(data)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(entry, schema["$defs"]["marker"]["properties"]["target"] | {"$defs": schema["$defs"]})


def test_featured_artwork_stays_featured_with_outline_chosen(project: Path):
    m = _marker(project, "etching", outline=True)
    files = target_files(project, m)
    entry = target_entry(m, files)
    assert "plain" not in entry and entry["points"] >= 8


def test_manifest_carries_the_plain_constants_the_desktop_uses():
    plain = tracking_params.as_manifest()["plain"]
    assert plain["max_texture"] == plain_picture.PLAIN_MAX_TEXTURE
    assert plain["max_framed"] == plain_picture.MAX_FRAMED
    assert tuple(plain["band"]) == plain_picture.BAND
    assert json.loads(json.dumps(plain)) == plain


def test_verify_refuses_a_plain_entry_with_points_or_without_constants(tmp_path: Path):
    ok = {"file": "targets/w.mait", "points": 0, "plain": True}
    _verify._check_target_kind("w", ok, tmp_path)
    with pytest.raises(BundleError, match="plain image target has 3"):
        _verify._check_target_kind("w", ok | {"points": 3}, tmp_path)
    with pytest.raises(BundleError, match="fewer than the 8"):
        _verify._check_target_kind("w", {"file": "targets/w.mait", "points": 0}, tmp_path)
