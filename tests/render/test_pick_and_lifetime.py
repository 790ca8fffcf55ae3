"""Ray picking agrees with the pixels drawn; GPU resources are freed when items go away."""

from __future__ import annotations

import numpy as np
import pytest
from OpenGL import GL

from museum_ar.core.exhibit import Item, ItemKind, Marker, Mount
from museum_ar.core.frames import pose_cv_to_gl
from museum_ar.core.localized import LocalizedText
from museum_ar.core.transform import Transform
from museum_ar.render import DrawItem, Helpers, items_for_marker, items_for_poses
from museum_ar.render.geometry import project_points
from museum_ar.render.gl_util import OffscreenTarget


@pytest.mark.slow
def test_pick_matches_the_drawn_pixels(renderer, target, intrinsics, pose_at, box_glb):
    _, proj = intrinsics
    view = pose_cv_to_gl(pose_at(0.4, 35.0, 20.0))
    blue = DrawItem("blue", "mesh", Transform((0.0, 0.0, 0.03)).matrix(), asset=box_glb((0.03, 0.03, 0.03), (30, 30, 250, 255), "a.glb"))
    red = DrawItem("red", "mesh", Transform((0.0, 0.0, -0.03)).matrix(), asset=box_glb((0.05, 0.09, 0.03), (250, 30, 30, 255), "b.glb"))
    target.bind()
    renderer.draw(None, view, proj, [red, blue], clear_colour=(0, 0, 0, 1))
    img = target.read_rgb().astype(int)
    # every 5th pixel: picking names the item whose colour was drawn there (the nearer one where
    # they overlap), and nothing where nothing was drawn; a few silhouette-edge pixels may differ
    ys, xs = np.mgrid[0 : target.height : 5, 0 : target.width : 5]
    disagree = hits = 0
    for x, y in zip(xs.ravel(), ys.ravel()):
        hit = renderer.pick(x, y)
        r, _, b = img[y, x]
        drawn = "blue" if b > r + 20 else "red" if r > b + 20 else None
        hits += hit is not None
        disagree += (hit.item_id if hit else None) != drawn
    assert hits > 300 and disagree <= 4
    top = project_points(np.array([[0.0, 0.09, -0.03]]), proj @ view, target.width, target.height)[0]
    hit = renderer.pick(top[0], top[1] + 1)
    assert hit.item_id == "red" and abs(hit.point[1] - 0.09) < 0.003
    assert renderer.pick(2, 2) is None


def test_pick_gizmo_handles(renderer, target, intrinsics, pose_at):
    _, proj = intrinsics
    view = pose_cv_to_gl(pose_at(0.4, 35.0, 20.0))
    for mode in ("translate", "scale", "rotate"):
        h = Helpers(gizmo=mode, gizmo_size=0.06)
        target.bind()
        renderer.draw(None, view, proj, [], helpers=h)
        for axis, point in {"x": (0.06, 0, 0), "y": (0, 0.06, 0), "z": (0, 0, 0.06)}.items():
            if mode == "rotate":  # rings: the x ring lies in the y-z plane
                point = {"x": (0, 0.06 * 0.7071, 0.06 * 0.7071), "y": (0.06 * 0.7071, 0, 0.06 * 0.7071), "z": (0.06 * 0.7071, 0.06 * 0.7071, 0)}[axis]
            px = project_points(np.array([point]), proj @ view, target.width, target.height)[0]
            assert renderer.pick_gizmo(*px) == axis, (mode, axis)
        assert renderer.pick_gizmo(3, 3) is None


def _gl_names_alive(renderer) -> dict[str, int]:
    is_alive = {"buffer": GL.glIsBuffer, "texture": GL.glIsTexture, "vertex_array": GL.glIsVertexArray, "program": GL.glIsProgram}
    return {k: sum(bool(is_alive[k](n)) for n in names) for k, names in renderer.objects.live.items() if k in is_alive}


@pytest.mark.slow
def test_thousands_of_frames_and_item_churn_leak_nothing(renderer, target, intrinsics, pose_at, box_glb, tmp_path):
    from PIL import Image

    _, proj = intrinsics
    target = OffscreenTarget(160, 120, renderer.objects)  # small: this test is about objects, not pixels
    view = pose_cv_to_gl(pose_at(0.4, 30.0))
    png = tmp_path / "bild.png"
    Image.fromarray(np.full((16, 32, 3), 200, np.uint8)).save(png)
    mesh = box_glb()
    bg = np.zeros((target.height, target.width, 3), np.uint8)
    target.bind()
    renderer.draw(bg, view, proj, [])
    for name in renderer.programs._sources:  # each program is made on its first use, once: not a leak
        renderer.programs.get(name)
    baseline = renderer.live_objects()  # programs, the helper VAOs, the background texture
    every_name = {k: set(v) for k, v in renderer.objects.live.items()}

    frame = np.zeros((24, 32, 3), np.uint8)
    for i in range(3000):
        block = i // 10  # the set of items changes every 10 frames; video frames change every frame
        items = []
        if block % 3:
            items.append(DrawItem("m", "mesh", np.eye(4), asset=mesh))
        if block % 4 < 2:
            items.append(DrawItem("p", "image", np.eye(4), asset=png))
        if block % 5:
            frame = frame.copy()
            frame[0, 0] = i % 256
            items.append(DrawItem("v", "video", np.eye(4), frame=frame if block % 7 else frame[:12].copy()))
        items.append(DrawItem("t", "text", np.eye(4), text=f"Etikett {block % 7} – Größe"))
        renderer.draw(bg, view, proj, items, selection="m", helpers=Helpers(marker_edge_m=0.1, gizmo="translate") if i % 2 else None)
        for k, v in renderer.objects.live.items():
            every_name.setdefault(k, set()).update(v)
        if i == 1001:
            mid = renderer.live_objects()
    assert mid - baseline, "items made GPU objects"
    renderer.draw(bg, view, proj, [])  # every item removed
    assert renderer.live_objects() == baseline
    # and GL agrees: the names we deleted are gone, the ones we keep are alive
    alive = _gl_names_alive(renderer)
    assert alive == {k: v for k, v in baseline.items() if k in alive}
    kept = {n for v in renderer.objects.live.values() for n in v}
    gone_textures = every_name["texture"] - renderer.objects.live.get("texture", set())
    assert gone_textures and not any(GL.glIsTexture(n) for n in gone_textures if n not in kept)
    renderer.release()
    assert sum(renderer.live_objects().values()) == 0


def test_items_for_marker_applies_mount_and_resolves_assets(tmp_path):
    root = tmp_path / "Ausstellung Grüße"
    mesh = Item(ItemKind.MESH, id="schaedel", asset="assets/ab.glb", transform=Transform((0.0, 0.02, 0.0)))
    text = Item(ItemKind.TEXT, id="txt", title=LocalizedText.of(de="Schädel", en="Skull"), description=LocalizedText.of(de="Ein Fuchs."))
    audio = Item(ItemKind.AUDIO, id="ton", title=LocalizedText.of(de="Lesung"))
    video = Item(ItemKind.VIDEO, id="vid", poster="assets/p.png")
    wall = Marker("m1", 100.0, mount=Mount.WALL, items=[mesh, text, audio, video])
    frame = np.zeros((4, 4, 3), np.uint8)
    out = {d.id: d for d in items_for_marker(wall, root, "en", video_frames={"vid": frame})}
    assert out["schaedel"].asset == root / "assets/ab.glb" and out["schaedel"].kind == "mesh"
    # on a wall, content "up" (+Y) is up the wall: marker -Z
    assert np.allclose(out["schaedel"].matrix[:3, 3], (0, 0, -0.02))
    assert out["txt"].text.startswith("Skull\n") and out["ton"].kind == "text" and "Lesung" in out["ton"].text
    assert out["vid"].frame is frame and out["vid"].asset == root / "assets/p.png"
    # several markers: items land in GL eye coordinates through each marker's pose
    from museum_ar.core.exhibit import Exhibit

    pose = np.eye(4)
    pose[:3, 3] = (0.1, 0.0, 0.5)
    ex = Exhibit(markers=[wall, Marker("m2", 80.0, items=[Item(ItemKind.MESH, id="x", asset="a.glb")])])
    eye = {d.id: d for d in items_for_poses(ex, root, {"m1": pose})}
    assert set(eye) == {"schaedel", "txt", "ton", "vid"}  # m2 is not seen
    assert np.allclose(eye["schaedel"].matrix[:3, 3], (0.1, 0.0, -0.48))


def test_background_loading_shows_a_label_then_the_mesh(gl, target, intrinsics, pose_at, box_glb, tmp_path):
    import time

    from museum_ar.render import Renderer

    _, proj = intrinsics
    view = pose_cv_to_gl(pose_at(0.4, 30.0))
    broken = tmp_path / "kaputt.glb"
    broken.write_bytes(b"glTF" + b"\x00" * 10)
    items = [DrawItem("box", "mesh", np.eye(4), asset=box_glb((0.05, 0.05, 0.05), (30, 30, 250, 255))), DrawItem("bad", "mesh", Transform((0.1, 0, 0)).matrix(), asset=broken)]
    r = Renderer(background_loading=True)
    target.bind()
    r.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
    first_pending = r.pending
    deadline = time.monotonic() + 60
    while r.pending and time.monotonic() < deadline:
        time.sleep(0.02)
        r.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
    r.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
    img = target.read_rgb().astype(int)
    assert first_pending >= 1 and r.pending == 0
    assert ((img[..., 2] > img[..., 0] + 60).sum()) > 1000  # the blue box is drawn
    assert set(r.problems) == {"bad"}
    r.release()
    assert sum(r.live_objects().values()) == 0


def test_programs_are_compiled_on_first_use_and_every_one_compiles(renderer, target, intrinsics, pose_at):
    """A frame compiles only the programs it uses (all 17 took 80-150 ms on llvmpipe at the first
    paint); every program still compiles and links when asked for."""
    from museum_ar.render.programs import Programs

    _, proj = intrinsics
    target.bind()
    renderer.draw(None, pose_cv_to_gl(pose_at(0.4, 35.0, 20.0)), proj, [], helpers=Helpers(gizmo="translate", gizmo_size=0.06))
    programs: Programs = renderer.programs
    assert programs.built and len(programs.by_name) < len(programs._sources)
    for name in programs._sources:
        assert programs.get(name) > 0, name
    assert len(programs.by_name) == len(programs._sources)


def test_loader_lanes_start_before_the_first_file_is_asked_for(gl):
    """A renderer that loads in the background has its loader and label threads running before
    any draw asks for a file: the GUI thread's first request no longer waits for a thread to start
    (gpu_cache._start_lanes_aside)."""
    import time

    from museum_ar.render import Renderer

    r = Renderer(background_loading=True)
    try:
        lanes = (r.cache.executor, r.cache.label_executor)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not all(lane._threads for lane in lanes):
            time.sleep(0.01)
        assert all(len(lane._threads) == 1 for lane in lanes)  # started aside, no draw asked
        assert all(t.is_alive() for lane in lanes for t in lane._threads)
        assert not r.pending
    finally:
        r.release()
