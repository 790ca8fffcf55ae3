"""A glTF model's animation played in the desktop preview (issue 15: "animations and skins play in
the preview and the tablet viewer"): skinning, morph targets and the three interpolations checked
against values worked out by hand from the glTF specification on a GLB written here, then the
real skinned Fox imported and drawn in a real GL context, moving, and back at rest."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np
import pytest

from museum_ar.render import DrawItem
from museum_ar.render.gltf_animation import read_animation
from museum_ar.render.mesh_data import load_mesh

from .test_drawing import draw, front_view

FOX = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Fox.glb"


def _glb(doc: dict, blobs: list[np.ndarray]) -> bytes:
    """A GLB of `doc` whose buffer views are the arrays in `blobs` (one view and accessor each)."""
    binary, views, accessors = b"", [], []
    kinds = {1: "SCALAR", 2: "VEC2", 3: "VEC3", 4: "VEC4", 16: "MAT4"}
    for a in blobs:
        a = np.ascontiguousarray(a)
        width = 1 if a.ndim == 1 else a.shape[1]
        views.append({"buffer": 0, "byteOffset": len(binary), "byteLength": a.nbytes})
        ctype = {np.dtype(np.float32): 5126, np.dtype(np.uint16): 5123, np.dtype(np.uint8): 5121}[a.dtype]
        acc = {"bufferView": len(views) - 1, "componentType": ctype, "count": len(a), "type": kinds[width]}
        if width in (1, 3) and ctype == 5126:  # positions and animation times must state them
            acc.update(min=np.atleast_1d(a.min(axis=0)).tolist(), max=np.atleast_1d(a.max(axis=0)).tolist())
        accessors.append(acc)
        binary += a.tobytes() + b"\0" * (-a.nbytes % 4)
    doc = {**doc, "asset": {"version": "2.0"}, "buffers": [{"byteLength": len(binary)}], "bufferViews": views, "accessors": accessors}
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(binary), 0x004E4942) + binary
    return struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body


def bending_bar(path: Path) -> Path:
    """A 2 m bar from y = 0 up, skinned to two joints (the upper joint at y = 1 carries its top
    row); the clip turns the upper joint 90° about Z over a second (LINEAR). Beside it a square
    with a morph target lifting it 1 m (weights STEP: off before 1 s, on after) that slides along
    Z on a CUBICSPLINE with flat tangents (0 -> 1 m over a second)."""
    f32 = np.float32
    bar = np.array([[-0.1, 0, 0], [0.1, 0, 0], [-0.1, 1, 0], [0.1, 1, 0], [-0.1, 2, 0], [0.1, 2, 0]], f32)
    bar_idx = np.array([0, 1, 3, 0, 3, 2, 2, 3, 5, 2, 5, 4], np.uint16)
    joints = np.array([[0, 0, 0, 0]] * 4 + [[1, 0, 0, 0]] * 2, np.uint8)
    weights = np.array([[1, 0, 0, 0]] * 6, f32)
    ibm = np.stack([np.eye(4), np.array([[1, 0, 0, 0], [0, 1, 0, -1], [0, 0, 1, 0], [0, 0, 0, 1]])]).transpose(0, 2, 1).reshape(2, 16).astype(f32)
    times = np.array([0, 1], f32)
    turn = np.array([[0, 0, 0, 1], [0, 0, math.sin(math.pi / 4), math.cos(math.pi / 4)]], f32)
    square = np.array([[2, 0, 0], [3, 0, 0], [3, 1, 0], [2, 1, 0]], f32)
    square_idx = np.array([0, 1, 2, 0, 2, 3], np.uint16)
    lift = np.array([[0, 1, 0]] * 4, f32)
    step_times, step_weights = np.array([0, 1], f32), np.array([0, 1], f32)
    # CUBICSPLINE: (in-tangent, value, out-tangent) per key
    slide = np.array([[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 0]], f32)
    doc = {
        "scene": 0, "scenes": [{"nodes": [0, 1, 3]}],
        "nodes": [{"mesh": 0, "skin": 0}, {"children": [2]}, {"translation": [0, 1, 0]}, {"mesh": 1}],
        "skins": [{"joints": [1, 2], "inverseBindMatrices": 4}],
        "meshes": [
            {"primitives": [{"attributes": {"POSITION": 0, "JOINTS_0": 2, "WEIGHTS_0": 3}, "indices": 1}]},
            {"primitives": [{"attributes": {"POSITION": 7}, "indices": 8, "targets": [{"POSITION": 9}]}], "weights": [0]},
        ],
        "animations": [{"name": "Biegen", "samplers": [
            {"input": 5, "output": 6},
            {"input": 10, "output": 11, "interpolation": "STEP"},
            {"input": 5, "output": 12, "interpolation": "CUBICSPLINE"},
        ], "channels": [
            {"sampler": 0, "target": {"node": 2, "path": "rotation"}},
            {"sampler": 1, "target": {"node": 3, "path": "weights"}},
            {"sampler": 2, "target": {"node": 3, "path": "translation"}},
        ]}],
    }
    path.write_bytes(_glb(doc, [bar, bar_idx, joints, weights, ibm, times, turn, square, square_idx, lift, step_times, step_weights, slide]))
    return path


def _part_with(posed: dict, mesh, x_below: float) -> tuple[int, np.ndarray]:
    for k, (pos, _) in posed.items():
        if mesh.parts[k].vertices[:, 0].max() < x_below:
            return k, pos
    raise AssertionError("part not found")


def test_skin_morph_and_interpolations_as_the_gltf_specification_says(tmp_path):
    path = bending_bar(tmp_path / "Biegestab Ü.glb")
    mesh = load_mesh(path)
    anim = read_animation(path, mesh)
    assert anim is not None and anim.name == "Biegen" and anim.duration == pytest.approx(1.0)
    assert sorted(p.part for p in anim.primitives) == [0, 1]  # both matched to load_mesh's parts
    for t, angle in ((0.0, 0.0), (0.5, 45.0), (1.0, 90.0), (7.0, 90.0)):
        posed = anim.pose(t)
        _, bar = _part_with(posed, mesh, 1.0)
        a = math.radians(angle)
        # the top row turns about the upper joint (0, 1, 0); the lower rows stay
        top = [(-0.1 * math.cos(a) - 1 * math.sin(a), 1 + (-0.1) * math.sin(a) + math.cos(a), 0), (0.1 * math.cos(a) - math.sin(a), 1 + 0.1 * math.sin(a) + math.cos(a), 0)]
        rest_bar = next(p for p in mesh.parts if p.vertices[:, 0].max() < 1.0).vertices[:, :3]
        np.testing.assert_allclose(bar[rest_bar[:, 1] < 1.5], rest_bar[rest_bar[:, 1] < 1.5], atol=1e-6)
        np.testing.assert_allclose(sorted(map(tuple, bar[rest_bar[:, 1] > 1.5].tolist())), sorted(top), atol=1e-5)
        _, square = _part_with({k: v for k, v in posed.items() if mesh.parts[k].vertices[:, 0].max() > 1.0}, mesh, 99.0)
        lifted = 1.0 if t >= 1.0 else 0.0  # STEP
        s = min(t, 1.0)
        slid = 3 * s * s - 2 * s**3  # Hermite with flat tangents
        rest_square = next(p for p in mesh.parts if p.vertices[:, 0].max() > 1.0).vertices[:, :3]
        np.testing.assert_allclose(square, rest_square + [0, lifted, slid], atol=1e-5)
    # and between keys of the spline: smoothstep (0.15625), not a straight line (0.25)
    _, square = _part_with({k: v for k, v in anim.pose(0.25).items() if mesh.parts[k].vertices[:, 0].max() > 1.0}, mesh, 99.0)
    assert square[0, 2] == pytest.approx(0.15625, abs=1e-5)


def test_a_model_without_animation_has_none(box_glb):
    path = box_glb()
    assert read_animation(path, load_mesh(path)) is None


def _fox_asset(tmp_path: Path) -> Path:
    from museum_ar.content import import_item
    from museum_ar.core.localized import LocalizedText
    from museum_ar.core.project import create_project

    create_project(tmp_path / "Fuchs Projekt", LocalizedText.of(de="Fuchs", en="Fox"))
    item = import_item(tmp_path / "Fuchs Projekt", FOX, fit_m=0.15)
    return tmp_path / "Fuchs Projekt" / item.asset


def test_the_imported_fox_moves_in_the_preview_and_returns_to_rest(renderer, target, intrinsics, tmp_path):
    """The project's kept GLB (what the importer wrote), drawn at rest, at two clip times, and at
    rest again: the picture changes with the clip, repeats for the same time, and rest is rest."""
    asset = _fox_asset(tmp_path)
    _, proj = intrinsics
    view = front_view(0.3, 0.04)
    turn = np.eye(4)
    turn[:3, :3] = [[0, 0, 1], [0, 1, 0], [-1, 0, 0]]  # side on: the fox's length across the picture

    def picture(t):
        item = DrawItem("fuchs", "mesh", turn, asset=asset, anim_time=t)
        return draw(renderer, target, view, proj, [item]).astype(int)

    rest = picture(None)
    assert (rest.sum(axis=2) > 0).mean() > 0.01  # the fox is there
    assert renderer.cache.entries[("mesh", str(asset))].animation.name == "Survey"
    early, late = picture(0.4), picture(1.6)
    changed = lambda a, b: (np.abs(a - b).sum(axis=2) > 30).mean()  # noqa: E731
    assert changed(rest, late) > 0.002 and changed(early, late) > 0.002
    assert changed(late, picture(1.6)) == 0.0
    looped = picture(1.6 + renderer.cache.entries[("mesh", str(asset))].animation.duration)  # anim_loop: wraps
    assert changed(late, looped) < 0.0005
    assert changed(rest, picture(None)) == 0.0


# -- which clip plays (an item's playback.clip / all_clips; core/clips.py) ---------------------------


def three_clips(path: Path) -> Path:
    """Two triangles (node 0 at x = 0, node 1 at x = 3) and three clips over one second, LINEAR:
    "Hoch" lifts node 0 by 1 m; "Quer" moves node 1 1 m along Z and node 0 1 m down; an unnamed
    third doubles node 1's size."""
    f32 = np.float32
    tri_a = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], f32)
    tri_b = tri_a.copy()
    idx = np.array([0, 1, 2], np.uint16)
    times = np.array([0, 1], f32)
    up = np.array([[0, 0, 0], [0, 1, 0]], f32)
    down = np.array([[0, 0, 0], [0, -1, 0]], f32)
    across = np.array([[3, 0, 0], [3, 0, 1]], f32)
    grow = np.array([[1, 1, 1], [2, 2, 2]], f32)
    doc = {
        "scene": 0, "scenes": [{"nodes": [0, 1]}],
        "nodes": [{"mesh": 0}, {"mesh": 1, "translation": [3, 0, 0]}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 2}]}, {"primitives": [{"attributes": {"POSITION": 1}, "indices": 2}]}],
        "animations": [
            {"name": "Hoch", "samplers": [{"input": 3, "output": 4}], "channels": [{"sampler": 0, "target": {"node": 0, "path": "translation"}}]},
            {"name": "Quer", "samplers": [{"input": 3, "output": 6}, {"input": 3, "output": 5}],
             "channels": [{"sampler": 0, "target": {"node": 1, "path": "translation"}}, {"sampler": 1, "target": {"node": 0, "path": "translation"}}]},
            {"samplers": [{"input": 3, "output": 7}], "channels": [{"sampler": 0, "target": {"node": 1, "path": "scale"}}]},
        ],
    }
    path.write_bytes(_glb(doc, [tri_a, tri_b, idx, times, up, down, across, grow]))
    return path


def test_the_chosen_clip_plays_and_all_together_mix_as_three_js(tmp_path):
    path = three_clips(tmp_path / "Drei Clips.glb")
    mesh = load_mesh(path)
    anim = read_animation(path, mesh)
    assert anim is not None and anim.names == ["Hoch", "Quer", "animation 3"]
    a = next(k for k, p in enumerate(mesh.parts) if p.vertices[:, 0].max() < 2)
    b = 1 - a
    rest = {k: mesh.parts[k].vertices[:, :3] for k in (a, b)}

    def moved(clips, t=0.5, loop=False):
        posed = anim.pose(t, clips, loop)
        return {k: np.round(posed[k][0] - rest[k], 6) for k in (a, b)}

    assert anim.choose() == (0,) and anim.choose("Quer") == (1,) and anim.choose("Galopp") == (0,)
    assert anim.choose("Quer", all_clips=True) == (0, 1, 2)
    hoch, quer = moved(anim.choose("Hoch")), moved(anim.choose("Quer"))
    np.testing.assert_allclose(hoch[a], [[0, 0.5, 0]] * 3)
    np.testing.assert_allclose(hoch[b], 0)
    np.testing.assert_allclose(quer[a], [[0, -0.5, 0]] * 3)
    np.testing.assert_allclose(quer[b], [[0, 0, 0.5]] * 3)
    # together: node 0's two translations are averaged (three.js' PropertyMixer with two actions
    # of weight 1); node 1 moves across and grows 1.5x about its origin
    together = anim.pose(0.5, anim.choose(all_clips=True))
    np.testing.assert_allclose(together[a][0], rest[a], atol=1e-6)
    np.testing.assert_allclose(together[b][0], (rest[b] - [3, 0, 0]) * 1.5 + [3, 0, 0.5], atol=1e-6)
    # each clip by its own length: looped, 1.25 s in is 0.25 s in; played once, it holds its end
    np.testing.assert_allclose(moved((1,), 1.25, loop=True)[a], [[0, -0.25, 0]] * 3, atol=1e-6)
    np.testing.assert_allclose(moved((1,), 1.25, loop=False)[a], [[0, -1, 0]] * 3, atol=1e-6)
    from museum_ar.render.gltf_animation import clip_duration

    assert clip_duration(path) == clip_duration(path, "Quer") == clip_duration(path, "", all_clips=True) == pytest.approx(1.0)


def test_the_fox_drawn_differs_per_chosen_clip_at_the_same_time(renderer, target, intrinsics, tmp_path):
    """The imported Fox at 0.5 s into each of its clips: three different pictures; the same clip
    twice is the same picture; no choice and a name the model lacks draw its first clip."""
    asset = _fox_asset(tmp_path)
    _, proj = intrinsics
    view = front_view(0.3, 0.04)
    turn = np.eye(4)
    turn[:3, :3] = [[0, 0, 1], [0, 1, 0], [-1, 0, 0]]

    def picture(clip="", together=False, t=0.5):
        item = DrawItem("fuchs", "mesh", turn, asset=asset, anim_time=t, anim_clip=clip, anim_all=together)
        return draw(renderer, target, view, proj, [item]).astype(int)

    changed = lambda a, b: (np.abs(a - b).sum(axis=2) > 30).mean()  # noqa: E731
    survey, walk, run = picture("Survey"), picture("Walk"), picture("Run")
    assert min(changed(survey, walk), changed(survey, run), changed(walk, run)) > 0.002
    assert changed(walk, picture("Walk")) == 0.0
    assert changed(survey, picture("")) == 0.0 and changed(survey, picture("Galopp")) == 0.0
    together = picture(together=True)
    assert min(changed(together, survey), changed(together, walk), changed(together, run)) > 0.001
    # Walk is 0.71 s long: looped, 0.5 + 0.71 s is 0.5 s again
    duration = renderer.cache.entries[("mesh", str(asset))].animation.clips[1].duration
    assert changed(walk, picture("Walk", t=0.5 + duration)) < 0.0005


def test_two_items_of_one_model_in_different_clips_each_show_their_own(renderer, target, intrinsics, tmp_path):
    """One GLB (one GPU entry) placed twice in one frame, walking and running: each half of the
    picture is what that fox alone draws (their shared vertex buffers are posed per item)."""
    asset = _fox_asset(tmp_path)
    _, proj = intrinsics
    view = front_view(0.45, 0.04)

    def fox(item_id, x, clip):
        m = np.eye(4)
        m[:3, :3] = [[0, 0, 1], [0, 1, 0], [-1, 0, 0]]
        m[0, 3] = x
        return DrawItem(item_id, "mesh", m, asset=asset, anim_time=0.5, anim_clip=clip)

    left, right = fox("geht", -0.09, "Walk"), fox("rennt", 0.09, "Run")
    both = draw(renderer, target, view, proj, [left, right]).astype(int)
    alone_left = draw(renderer, target, view, proj, [left]).astype(int)
    alone_right = draw(renderer, target, view, proj, [right]).astype(int)
    half = both.shape[1] // 2
    assert (alone_left[:, :half].sum(axis=2) > 0).mean() > 0.005 and (alone_right[:, half:].sum(axis=2) > 0).mean() > 0.005
    assert not alone_left[:, half:].any() and not alone_right[:, :half].any()  # each fox within its half
    assert np.array_equal(both[:, :half], alone_left[:, :half])
    assert np.array_equal(both[:, half:], alone_right[:, half:])
    ran_left = draw(renderer, target, view, proj, [fox("geht", -0.09, "Run")]).astype(int)
    assert (np.abs(ran_left[:, :half] - alone_left[:, :half]).sum(axis=2) > 30).mean() > 0.001  # the clips do differ there
