"""A model whose clip turns a part whole (a drum on its base) moves in AR Quick Look too: the
export writes that part under a transform sampled 30 times a second (usdz_anim), the rest as it
is, and no longer names the model as still there. Read back with usd-core at several times, the
turning part's points are its rest points turned by the clip's angle about its own axis, and the
base has not moved. A skinned model (the Fox, three clips) gets a UsdSkel skeleton: its points as
usd-core skins them are the glTF's as the desktop preview's sampler poses them. Morph targets stay
named as still (test_quicklook_still.py)."""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path

import numpy as np
import pytest

from museum_ar.cli import main
from museum_ar.core.glb import split_glb
from museum_ar.core.gltf_animation import ModelAnimation
from museum_ar.export.usdz_anim import FPS

from .animated_glb import TURN_SECONDS, turning_angle_deg, write_turning_glb


def _stage(usdz: Path, tmp: Path):
    from pxr import Usd

    with zipfile.ZipFile(usdz) as z:
        layer = next(n for n in z.namelist() if n.endswith((".usdc", ".usda")))
        (tmp / layer).write_bytes(z.read(layer))
    return Usd.Stage.Open(str(tmp / layer))


def _points_in(stage, mesh_prim, frame_prim, time: float) -> np.ndarray:
    """The mesh's points in frame_prim's frame at `time` (a time code)."""
    from pxr import UsdGeom

    cache = UsdGeom.XformCache(time)
    to_world = np.array(cache.GetLocalToWorldTransform(mesh_prim)).T  # column vectors
    frame_world = np.array(cache.GetLocalToWorldTransform(frame_prim)).T
    m = np.linalg.inv(frame_world) @ to_world
    pts = np.array(UsdGeom.Mesh(mesh_prim).GetPointsAttr().Get(time), dtype=np.float64)
    return pts @ m[:3, :3].T + m[:3, 3]


def _turned_about_y(points: np.ndarray, degrees: float) -> np.ndarray:
    c = points.mean(axis=0)  # the box is symmetric about its node's axis
    a = math.radians(degrees)
    r = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    return (points - c) @ r.T + c


def test_a_turning_part_turns_in_quick_look(odd_dir: Path, tmp_path: Path, capsys):
    glb = write_turning_glb(tmp_path / "Trommel dreht sich.glb")
    proj = odd_dir / "Trommel"
    assert main(["new", str(proj), "--title", "Trommel", "--url", "https://ar.example.org/t/"]) == 0
    assert main(["add-marker", str(proj), "--id", "t", "--size-mm", "100"]) == 0
    assert main(["attach", str(proj), "t", str(glb)]) == 0
    capsys.readouterr()
    out = tmp_path / "bundle"
    assert main(["export", str(proj), "--out", str(out)]) == 0
    assert "shows it still" not in capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    marker = manifest["markers"][0]
    assert "still" not in marker["usdz"]

    from pxr import UsdGeom

    stage = _stage(out / marker["usdz"]["anchored"]["de"], tmp_path)
    assert stage.GetTimeCodesPerSecond() == FPS
    assert stage.GetEndTimeCode() == pytest.approx(TURN_SECONDS * FPS)
    item = next(p for p in stage.Traverse() if p.GetCustomDataByKey("museumAr:itemId"))
    meshes = [p for p in stage.Traverse() if p.IsA(UsdGeom.Mesh)]
    moving = [m for m in meshes if "moving" in str(m.GetPath())]
    still = [m for m in meshes if "moving" not in str(m.GetPath())]
    assert len(moving) == 1 and len(still) == 1, [str(m.GetPath()) for m in meshes]
    drum_rest = _points_in(stage, moving[0], item, 0.0)
    base_rest = _points_in(stage, still[0], item, 0.0)
    for seconds in (0.25, 0.8, 1.3, 2.0):
        code = seconds * FPS
        drum = _points_in(stage, moving[0], item, code)
        expected = _turned_about_y(drum_rest, turning_angle_deg(seconds))
        size = np.ptp(drum_rest, axis=0).max()
        assert np.abs(drum - expected).max() < 2e-3 * size, (seconds, np.abs(drum - expected).max())
        assert np.allclose(_points_in(stage, still[0], item, code), base_rest)
    # halfway the drum is really turned (not a still file that happens to match at rest)
    assert np.abs(_points_in(stage, moving[0], item, 0.5 * FPS) - drum_rest).max() > 0.1 * np.ptp(drum_rest, axis=0).max()


FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


def test_the_fox_walks_in_quick_look(odd_dir: Path, tmp_path: Path, capsys):
    from pxr import Usd, UsdGeom, UsdSkel, Vt

    proj = odd_dir / "Füchse im Wald"
    assert main(["new", str(proj), "--title", "Füchse", "--url", "https://ar.example.org/fuchs/"]) == 0
    assert main(["add-marker", str(proj), "--id", "fuchs", "--size-mm", "80"]) == 0
    assert main(["attach", str(proj), "fuchs", str(FOX), "--fit"]) == 0
    item = json.loads((proj / "exhibit.json").read_text("utf-8"))["markers"][0]["items"][0]
    assert main(["playback", str(proj), item["id"], "--clip", "Walk"]) == 0
    capsys.readouterr()
    out = tmp_path / "bundle"
    assert main(["export", str(proj), "--out", str(out)]) == 0
    assert "shows it still" not in capsys.readouterr().out
    marker = json.loads((out / "manifest.json").read_text("utf-8"))["markers"][0]
    assert "still" not in marker["usdz"]

    anim = ModelAnimation(*split_glb((proj / item["asset"]).read_bytes()))
    clips = anim.choose("Walk")
    prim = next(p for p in anim.primitives if p.joints is not None)
    stage = _stage(out / marker["usdz"]["anchored"]["de"], tmp_path)
    assert stage.GetEndTimeCode() == pytest.approx(round(anim.length(clips) * FPS))
    root = UsdSkel.Root(next(p for p in stage.Traverse() if p.IsA(UsdSkel.Root)))
    cache = UsdSkel.Cache()
    cache.Populate(root, Usd.TraverseInstanceProxies())
    binding = cache.ComputeSkelBindings(root, Usd.TraverseInstanceProxies())[0]
    skel = cache.GetSkelQuery(binding.GetSkeleton())
    target = binding.GetSkinningTargets()[0]
    rest = anim.posed_positions(prim, 0.0, clips)
    size = np.ptp(rest, axis=0).max()
    for seconds in (0.0, 0.3, 0.5, round(anim.length(clips) * FPS) / FPS):  # on samples (between them USD blends joints)
        code = seconds * FPS
        points = Vt.Vec3fArray(UsdGeom.Mesh(target.GetPrim()).GetPointsAttr().Get())
        assert target.ComputeSkinnedPoints(skel.ComputeSkinningTransforms(code), points, code)
        expected = anim.posed_positions(prim, seconds, clips)
        assert np.abs(np.array(points, np.float64) - expected).max() < 1e-3 * size, seconds
    # it walks: halfway its legs are elsewhere than at the start
    assert np.abs(anim.posed_positions(prim, 0.3, clips) - rest).max() > 0.05 * size
