"""What the renderer draws lands where the maths says, in the colours the files say."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from museum_ar.core.frames import content_to_marker, pose_cv_to_gl
from museum_ar.core.transform import Transform, quat_from_axis_angle
from museum_ar.render import DrawItem, Helpers
from museum_ar.render.geometry import project_points
from museum_ar.render.renderer import SELECTION_COLOUR
import itertools

def draw(renderer, target, view, proj, items, **kw) -> np.ndarray:
    target.bind()
    renderer.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1), **kw)
    return target.read_rgb()


def front_view(distance=0.5, height=0.05) -> np.ndarray:
    """GL view looking at the content frame's origin along -Z from +Z, +Y up."""
    v = np.eye(4)
    v[:3, 3] = (0.0, -height, -distance)
    return v


@pytest.mark.parametrize("mount", ["table", "wall"])
def test_mesh_bounding_box_lands_where_projected(renderer, target, intrinsics, pose_at, box_glb, mount):
    K, proj = intrinsics
    size = (0.05, 0.07, 0.03)
    path = box_glb(size)
    t = Transform((0.01, 0.0, -0.015), quat_from_axis_angle((0, 1, 0), 33), (1.2, 0.9, 1.0))
    item_to_marker = content_to_marker(mount) @ t.matrix()
    pose = pose_at(0.45, 35.0, 15.0, (0.01, 0.0))
    img = draw(renderer, target, pose_cv_to_gl(pose), proj, [DrawItem("box", "mesh", item_to_marker, asset=path)])
    mask = img.max(axis=2) > 10

    lo, hi = np.array([-size[0] / 2, 0, -size[2] / 2]), np.array([size[0] / 2, size[1], size[2] / 2])
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    item_to_cam = pose @ item_to_marker  # with OpenCV's own projection, independent of GL matrices
    in_cam = corners @ item_to_cam[:3, :3].T + item_to_cam[:3, 3]  # (the matrix has scale: no rvec)
    pts, _ = cv2.projectPoints(in_cam, np.zeros(3), np.zeros(3), K, None)
    pts = pts.reshape(-1, 2)
    ys, xs = np.nonzero(mask)
    # the silhouette's extreme pixels sit within a pixel of the projected box's extremes (a bit
    # more at a sharp corner, where the nearest covered pixel centre can lie beside the vertex)
    assert abs(xs.min() - pts[:, 0].min()) < 1.5 and abs(xs.max() - pts[:, 0].max()) < 1.5
    assert abs(ys.min() - pts[:, 1].min()) < 1.5 and abs(ys.max() - pts[:, 1].max()) < 1.5
    # a box's silhouette is the convex hull of its projected corners
    hull = np.zeros(mask.shape, np.uint8)
    cv2.fillConvexPoly(hull, np.round(cv2.convexHull(pts.astype(np.float32)).reshape(-1, 2) * 16).astype(np.int32), 1, shift=4)
    inter, union = np.logical_and(mask, hull).sum(), np.logical_or(mask, hull).sum()
    assert inter / union > 0.97
    # and the same matrices the renderer uses give the same pixels
    mvp = proj @ pose_cv_to_gl(pose) @ item_to_marker
    assert np.abs(project_points(corners, mvp, target.width, target.height) - pts).max() < 1e-6


def test_base_colour_texture_is_the_right_way_up(renderer, target, intrinsics, textured_quad_glb):
    _, proj = intrinsics
    img = draw(renderer, target, front_view(0.3), proj, [DrawItem("bild", "mesh", np.eye(4), asset=textured_quad_glb())])
    mvp = proj @ front_view(0.3)
    quarters = {"red": (-0.025, 0.075), "green": (0.025, 0.075), "blue": (-0.025, 0.025), "white": (0.025, 0.025)}
    for name, (x, y) in quarters.items():
        px, py = np.round(project_points(np.array([[x, y, 0.0]]), mvp, target.width, target.height)[0]).astype(int)
        r, g, b = img[py, px].astype(int)
        got = {"red": r > 2 * max(g, b), "green": g > 2 * max(r, b), "blue": b > 2 * max(r, g), "white": min(r, g, b) > 120}[name]
        assert got, f"{name} quadrant drawn as {(r, g, b)}"


def test_gltf_defaults_white_base_colour_and_repeating_textures(renderer, target, intrinsics, tmp_path):
    """glTF's defaults: a material without baseColorFactor is white (trimesh's main_color said 0.4
    grey), and textures repeat outside 0..1 (they were clamped: the edge colour smeared)."""
    import trimesh
    from PIL import Image

    from museum_ar.render.mesh_data import load_mesh

    v = np.array([[-0.05, 0, 0], [0.05, 0, 0], [0.05, 0.1, 0], [-0.05, 0.1, 0]])
    f = np.array([[0, 1, 2], [0, 2, 3]])
    plain = trimesh.Trimesh(v, f, process=False)
    plain.visual = trimesh.visual.TextureVisuals(uv=np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float), material=trimesh.visual.material.PBRMaterial())
    plain.export(tmp_path / "weiss.glb")
    assert load_mesh(tmp_path / "weiss.glb").parts[0].base_color == (1.0, 1.0, 1.0, 1.0)

    img = np.zeros((16, 16, 3), np.uint8)
    img[:, :8] = (255, 0, 0)  # left half red, right half blue: tiled twice across, red-blue-red-blue
    img[:, 8:] = (0, 0, 255)
    tiled = trimesh.Trimesh(v, f, process=False)
    material = trimesh.visual.material.PBRMaterial(baseColorTexture=Image.fromarray(img), baseColorFactor=[255, 255, 255, 255])
    tiled.visual = trimesh.visual.TextureVisuals(uv=np.array([[0, 0], [2, 0], [2, 1], [0, 1]], float), material=material)
    tiled.export(tmp_path / "kacheln.glb")
    _, proj = intrinsics
    drawn = draw(renderer, target, front_view(0.3), proj, [DrawItem("k", "mesh", np.eye(4), asset=tmp_path / "kacheln.glb")])
    mvp = proj @ front_view(0.3)
    colours = []
    for x in (-0.0375, -0.0125, 0.0125, 0.0375):
        px, py = np.round(project_points(np.array([[x, 0.05, 0.0]]), mvp, target.width, target.height)[0]).astype(int)
        r, _g, b = drawn[py, px].astype(int)
        colours.append("red" if r > 2 * b else "blue" if b > 2 * r else f"{(r, b)}")
    assert colours == ["red", "blue", "red", "blue"], colours


def test_vertex_colours_and_lighting_show_shape(renderer, target, intrinsics, pose_at, box_glb):
    _, proj = intrinsics
    path = box_glb((0.05, 0.05, 0.05), colour=(40, 90, 220, 255))
    m = Transform(rotation=quat_from_axis_angle((0, 1, 0), 40)).matrix()
    img = draw(renderer, target, pose_cv_to_gl(pose_at(0.35, 35.0)), proj, [DrawItem("b", "mesh", m, asset=path)])
    lit = img[img.max(axis=2) > 10].astype(int)
    assert len(lit) > 2000
    assert np.median(lit[:, 2]) > np.median(lit[:, 0]) + 40  # blue dominates
    # faces turned differently to the light get clearly different brightness
    assert np.percentile(lit.sum(axis=1), 90) - np.percentile(lit.sum(axis=1), 10) > 60


def test_vertex_colours_of_imported_meshes_survive(renderer, target, intrinsics, pose_at, tmp_path):
    """The content pipeline writes COLOR_0 next to a material; the colours must reach the screen."""
    from museum_ar.content import import_item
    from museum_ar.core import create_project

    import trimesh

    box = trimesh.creation.box((0.05, 0.05, 0.05))
    box.apply_translation((0, 0.025, 0))
    shades = np.linspace(150, 230, len(box.vertices)).astype(np.uint8)  # not one colour: it stays COLOR_0
    box.visual.vertex_colors = np.stack([shades, np.full_like(shades, 30), np.full_like(shades, 30), np.full_like(shades, 255)], 1)
    box.export(tmp_path / "rote Kiste.glb")
    project = create_project(tmp_path / "ex", "x")
    item = import_item(project.root, tmp_path / "rote Kiste.glb")
    import pygltflib

    gltf = pygltflib.GLTF2().load(str(project.root / item.asset))
    assert gltf.materials and gltf.meshes[0].primitives[0].attributes.COLOR_0 is not None  # the case under test
    _, proj = intrinsics
    img = draw(renderer, target, pose_cv_to_gl(pose_at(0.35, 35.0)), proj, [DrawItem("b", "mesh", np.eye(4), asset=project.root / item.asset)])
    lit = img[img.max(axis=2) > 10].astype(int)
    assert len(lit) > 2000
    assert np.median(lit[:, 0]) > 2 * np.median(lit[:, 1]) + 20  # red, not white


def test_image_video_and_label_quads(renderer, target, intrinsics, tmp_path):
    from PIL import Image

    _, proj = intrinsics
    view = front_view(0.6, 0.1)
    png = tmp_path / "Zeichnung Grass.png"
    Image.fromarray(np.full((40, 80, 3), (250, 30, 30), np.uint8)).save(png)
    left = Transform((-0.12, 0, 0), scale=(0.1, 0.1, 0.1)).matrix()
    right = Transform((0.12, 0, 0), scale=(0.1, 0.1, 0.1)).matrix()
    mvp = proj @ view
    probe = lambda x, y: tuple(int(v) for v in img[tuple(np.round(project_points(np.array([[x, y, 0]]), mvp, target.width, target.height)[0][::-1]).astype(int))])  # noqa: E731

    green_bgr = np.zeros((36, 64, 3), np.uint8)
    green_bgr[:, :, 1] = 240
    items = [DrawItem("img", "image", left, asset=png), DrawItem("vid", "video", right, frame=green_bgr)]
    img = draw(renderer, target, view, proj, items)
    assert probe(-0.12, 0.025)[0] > 200 and probe(-0.12, 0.025)[1] < 80  # red image, 2:1 -> 0.05 high
    assert probe(-0.12, 0.06) == (0, 0, 0)  # above the 2:1 image: nothing
    assert probe(0.12, 0.03)[1] > 200  # green video frame
    blue_bgr = np.zeros_like(green_bgr)
    blue_bgr[:, :, 0] = 240  # BGR: blue
    items[1] = DrawItem("vid", "video", right, frame=blue_bgr)
    img = draw(renderer, target, view, proj, items)
    assert probe(0.12, 0.03)[2] > 200 and probe(0.12, 0.03)[1] < 50  # the new frame is shown
    items[1] = DrawItem("vid", "video", right, frame=None)
    img = draw(renderer, target, view, proj, items)
    assert probe(0.12, 0.03)[2] > 200  # paused: the last frame stays

    label = DrawItem("txt", "text", Transform(scale=(0.5, 0.5, 0.5)).matrix(), text="Schädel – Größe")
    img = draw(renderer, target, view, proj, [label])
    lit = img.max(axis=2)
    assert (lit > 200).sum() > 300  # white glyphs
    assert ((lit > 5) & (lit < 60)).sum() > 3000  # on a dark plate


def test_labels_have_umlaut_glyphs():
    from museum_ar.render.text_label import rasterize_label

    plain, umlaut = rasterize_label("A"), rasterize_label("Ä")
    assert plain.shape == umlaut.shape
    diff = np.nonzero(np.abs(plain[..., 0].astype(int) - umlaut[..., 0].astype(int)) > 100)
    assert len(diff[0]) > 20  # the dots are there (not a missing-glyph box: the rest is equal)
    a_rows = np.nonzero((plain[..., 0] > 200).any(axis=1))[0]
    assert diff[0].max() < a_rows.min() + 3  # ... and they sit above the A


def test_selection_outline_only_when_selected(renderer, target, intrinsics, pose_at, box_glb):
    _, proj = intrinsics
    view = pose_cv_to_gl(pose_at(0.4, 30.0))
    items = [DrawItem("box", "mesh", np.eye(4), asset=box_glb())]
    sel = np.array(SELECTION_COLOUR[:3]) * 255
    is_sel = lambda im: (np.abs(im.astype(int) - sel).max(axis=2) < 12)  # noqa: E731
    assert is_sel(draw(renderer, target, view, proj, items)).sum() == 0
    ring = is_sel(draw(renderer, target, view, proj, items, selection="box"))
    plain = draw(renderer, target, view, proj, items).max(axis=2) > 10
    assert ring.sum() > 300
    assert (ring & plain).sum() < 0.05 * ring.sum()  # around the item, not over it


def test_helpers_marker_outline_grid_and_gizmo(renderer, target, intrinsics, pose_at):
    _, proj = intrinsics
    pose = pose_at(0.4, 30.0, 10.0)
    view = pose_cv_to_gl(pose)
    img = draw(renderer, target, view, proj, [], helpers=Helpers(marker_edge_m=0.1))
    corners = project_points(np.array([[-0.05, 0, -0.05], [0.05, 0, -0.05], [0.05, 0, 0.05], [-0.05, 0, 0.05]]), proj @ view, target.width, target.height)
    for x, y in np.round(corners).astype(int):
        patch = img[y - 2 : y + 3, x - 2 : x + 3].reshape(-1, 3).astype(int)
        assert (patch[:, 2] > 150).any(), f"no outline at corner {(x, y)}"
    assert (draw(renderer, target, view, proj, [], helpers=Helpers(grid=True)).max(axis=2) > 40).sum() > 2000
    img = draw(renderer, target, view, proj, [], helpers=Helpers(gizmo="rotate", gizmo_size=0.05))
    assert (img.max(axis=2) > 40).sum() > 500


def test_missing_and_broken_assets_show_a_placeholder(renderer, target, intrinsics, tmp_path):
    _, proj = intrinsics
    broken = tmp_path / "kaputt.glb"
    broken.write_bytes(b"glTF\x02\x00\x00\x00" + b"\x00" * 20)
    items = [
        DrawItem("gone", "mesh", Transform((-0.1, 0, 0), scale=(0.3,) * 3).matrix(), asset=tmp_path / "fehlt.glb"),
        DrawItem("bad", "mesh", Transform((0.1, 0, 0), scale=(0.3,) * 3).matrix(), asset=broken),
        DrawItem("pic", "image", np.eye(4), asset=tmp_path / "fehlt.png"),
    ]
    img = draw(renderer, target, front_view(0.6), proj, items)
    assert set(renderer.problems) == {"gone", "bad", "pic"}
    assert "fehlt.glb" in renderer.problems["gone"] and "kaputt.glb" in renderer.problems["bad"]
    assert (img.max(axis=2) > 200).sum() > 100  # the placeholders say so on screen


def test_a_placeholder_names_the_file_as_the_curator_attached_it(renderer, target, intrinsics, tmp_path):
    """Assets are stored under their hash; the curator knows 'Ammonit Scan.glb'."""
    _, proj = intrinsics
    stored = tmp_path / "3f9a0c1be27d44aa.glb"
    stored.write_bytes(b"glTF\x02\x00\x00\x00" + b"\x00" * 20)
    items = [DrawItem("scan", "mesh", np.eye(4), asset=stored, display_name="Ammonit Scan.glb")]
    draw(renderer, target, front_view(0.6), proj, items)
    assert "Ammonit Scan.glb" in renderer.problems["scan"] and "3f9a0c1b" not in renderer.problems["scan"]


def test_background_fills_the_view_pixel_for_pixel(renderer, target, intrinsics):
    _, proj = intrinsics
    rng = np.random.default_rng(5)
    frame_bgr = rng.integers(0, 255, (target.height, target.width, 3), dtype=np.uint8)
    frame_bgr[:40, :60] = (255, 0, 0)  # a blue top-left corner, in OpenCV's BGR
    target.bind()
    renderer.draw(frame_bgr, np.eye(4), proj, [])
    img = target.read_rgb()
    assert np.array_equal(img, frame_bgr[..., ::-1])
    # a camera image of another size is stretched over the whole view
    small = np.ascontiguousarray(frame_bgr[::2, ::2])
    renderer.draw(small, np.eye(4), proj, [])
    img = target.read_rgb()
    assert tuple(img[5, 5]) == (0, 0, 255) and tuple(img[37, 57]) == (0, 0, 255) and tuple(img[44, 64]) != (0, 0, 255)


@pytest.mark.slow
def test_level_of_detail_looks_the_same_and_follows_the_distance(renderer, target, intrinsics, pose_at, tmp_path):
    import trimesh

    from museum_ar.render import Renderer

    _, proj = intrinsics
    sphere = trimesh.creation.uv_sphere(radius=0.03, count=[120, 120])  # ~57k triangles
    sphere.apply_translation((0, 0.03, 0))
    sphere.visual.vertex_colors = (170, 200, 120, 255)
    path = tmp_path / "kugel.glb"
    sphere.export(path)
    items = [DrawItem("s", "mesh", np.eye(4), asset=path)]
    full = Renderer()
    full.lod_error_px = 0.0
    drawn_triangles = {}
    for distance in (0.6, 0.12, 0.05):
        view = pose_cv_to_gl(pose_at(distance, 30.0))
        target.bind()
        renderer.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
        lod = target.read_rgb().astype(int)
        entry = renderer.cache.entries[("mesh", str(path))]
        drawn = renderer._detail(entry, view @ items[0].matrix, proj, target.height)
        drawn_triangles[distance] = drawn[0].count // 3
        full.draw(None, view, proj, items, clear_colour=(0, 0, 0, 1))
        ref = target.read_rgb().astype(int)
        a, b = lod.max(axis=2) > 10, ref.max(axis=2) > 10
        assert np.logical_and(a, b).sum() / np.logical_or(a, b).sum() > 0.98  # the same silhouette
        assert np.abs(lod - ref)[b].mean() < 4  # and the same shading
    full.release()
    full_triangles = entry.parts[0].count // 3
    # far: a small fraction of the triangles; nearer: more; at arm's length of the surface: all
    assert drawn_triangles[0.6] < full_triangles / 16
    assert drawn_triangles[0.6] < drawn_triangles[0.12] <= full_triangles
    assert drawn_triangles[0.05] == full_triangles


def test_coarser_levels_keep_the_vertices_and_say_how_far_they_stray():
    import trimesh

    from museum_ar.render.mesh_data import MeshPart, detail_levels

    ball = trimesh.creation.icosphere(subdivisions=5, radius=0.05)  # 20k triangles, smooth
    v = np.zeros((len(ball.vertices), 12), dtype=np.float32)
    v[:, :3], v[:, 3:6], v[:, 8:12] = ball.vertices, ball.vertex_normals, (0.2, 0.4, 0.6, 1.0)
    levels = detail_levels(MeshPart(v, ball.faces.astype(np.uint32).reshape(-1)))
    assert len(levels) >= 4 and levels[0].error == 0.0
    for finer, coarser in itertools.pairwise(levels):
        assert coarser.triangles <= finer.triangles * 0.8 and coarser.error >= finer.error
    for lod in levels[1:]:
        # every vertex is one of the original ones (normals and colours exact), and the surface
        # stays within the stated error of the true sphere (up to the full mesh's own sagitta)
        assert np.isin(lod.vertices[:, :3].view("f4,f4,f4"), v[:, :3].copy().view("f4,f4,f4")).all()
        assert lod.indices.max() < len(lod.vertices)
        corners = lod.vertices[:, :3][lod.indices.reshape(-1, 3)].astype(np.float64)
        centroid_r = np.linalg.norm(corners.mean(axis=1), axis=1)
        assert (0.05 - centroid_r).max() <= 3 * lod.error + 1e-4
        assert lod.error < 0.05 * 0.2  # and the error is not absurd


@pytest.mark.slow
def test_hostile_inputs_do_not_stop_the_frame(renderer, target, intrinsics, tmp_path):
    from PIL import Image

    from museum_ar.render.gpu_cache import MAX_TEXTURE_PX
    from museum_ar.render.text_label import rasterize_label

    _, proj = intrinsics
    huge = tmp_path / "riesig – groß.png"
    Image.new("RGB", (MAX_TEXTURE_PX * 2 + 10, 300), (0, 200, 0)).save(huge)
    truncated = tmp_path / "halb.png"
    truncated.write_bytes(huge.read_bytes()[:200])
    not_png = tmp_path / "text.png"
    not_png.write_text("kein Bild")
    flat = np.diag([0.0, 1.0, 1.0, 1.0])
    items = [
        DrawItem("huge", "image", Transform(scale=(0.3,) * 3).matrix(), asset=huge),
        # beside the huge one: their placeholders (the reason wrapped under the name) would cover it
        DrawItem("trunc", "image", Transform((-2.0, 0, 0)).matrix(), asset=truncated),
        DrawItem("text", "image", Transform((2.0, 0, 0)).matrix(), asset=not_png),
        DrawItem("flat", "mesh", flat, asset=huge),
        DrawItem("nan", "text", np.full((4, 4), np.nan), text="x"),
        DrawItem("book", "text", Transform((0, 0.1, 0)).matrix(), text="Wort " * 5000 + "x" * 500),
    ]
    img = draw(renderer, target, front_view(0.6), proj, items)
    assert set(renderer.problems) == {"trunc", "text", "flat", "nan"}
    assert "halb.png" in renderer.problems["trunc"]
    assert img[..., 1].max() > 150  # the huge image is drawn (downscaled)
    entry = renderer.cache.entries[("image", str(huge))]
    assert renderer.pick(*project_points(np.array([[0.0, 0.01, 0.0]]), proj @ front_view(0.6), target.width, target.height)[0]).item_id == "huge"
    assert entry.bounds[1][1] == pytest.approx(300 / (MAX_TEXTURE_PX * 2 + 10))  # aspect kept
    assert rasterize_label("Wort " * 5000).shape[0] < 30 * 96


def test_a_stand_in_label_keeps_its_size_whatever_the_models_scale(renderer, target, intrinsics, tmp_path):
    """A model in millimetres carries a scale (or a huge one a curator set): its placeholder label
    is drawn at its own size, not scaled as the model would be (it filled the whole view)."""
    _, proj = intrinsics
    stored = tmp_path / "3f9a0c1be27d44aa.glb"
    stored.write_bytes(b"glTF\x02\x00\x00\x00" + b"\x00" * 20)  # unreadable: a placeholder stands in
    sizes = []
    for scale in (0.001, 1.0, 40.0):
        m = np.diag([scale, scale, scale, 1.0])
        items = [DrawItem("scan", "mesh", m, asset=stored, display_name="Ammonit.glb")]
        draw(renderer, target, front_view(0.6), proj, items)
        (_, matrix, bounds, _), = renderer.last_draw["items"]
        size = (np.asarray(bounds[1]) - np.asarray(bounds[0])) * np.linalg.norm(np.asarray(matrix)[:3, :3], axis=0)
        sizes.append(size)
    assert np.allclose(sizes[0], sizes[1]) and np.allclose(sizes[1], sizes[2])
    assert 0.05 < sizes[0][0] < 1.0  # readable at a glance, not the size of the room
