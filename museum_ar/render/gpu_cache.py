"""GPU resources per asset (mesh file, image file, label text, video item), created on first use
and freed when no item of a draw call refers to them any more.

Each entry also keeps what picking needs on the CPU (triangles, bounds), so picking needs no GL.
"""

from __future__ import annotations

import textwrap
import time
from typing import Any

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from OpenGL import GL

from ..core.errors import ContentError, MuseumArError
from .geometry import quad_size, quad_vertices
from .gltf_animation import ModelAnimation, read_animation
from .gl_util import GLObjects, PreparedTexture, attrib, prepare_texture, update_texture, upload_texture
from .mesh_data import VERTEX_BYTES, MeshData, MeshPart, detail_levels, is_closed_outward, load_mesh
from .text_label import label_size_units, rasterize_label


# Textures are capped at this size: enough for any screen, and within every GPU's limits.
MAX_TEXTURE_PX = 4096
# GPU work one draw may spend making new entries (labels, finished meshes and pictures) when
# loading in the background: a few per frame keep each frame well under 100 ms on software GL.
UPLOAD_BUDGET_S = 0.015


def _fit_texture(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    if max(h, w) <= MAX_TEXTURE_PX:
        return image
    from PIL import Image

    im = Image.fromarray(image)
    im.thumbnail((MAX_TEXTURE_PX, MAX_TEXTURE_PX))
    return np.asarray(im)


@dataclass
class GpuPbr:
    """A part's PBR material on the GPU: factors, and texture names (0: none) of the maps."""

    metallic: float
    roughness: float
    emissive: tuple[float, float, float]
    metallic_roughness: int = 0
    normal: int = 0
    occlusion: int = 0
    emissive_map: int = 0


@dataclass
class GpuPart:
    vao: int
    buffers: tuple[int, int]
    count: int
    texture: int
    base_color: tuple[float, float, float, float]
    blended: bool = False
    double_sided: bool = True
    coarser: list[GpuPart] = field(default_factory=list)  # the same part with fewer triangles (LOD)
    closed: bool = False  # a closed, outward-wound surface: back faces never show from outside
    alpha_test: bool = True  # some fragment may be (nearly) transparent: the shader must test alpha

    error: float = 0.0  # a coarser level: how far its surface may lie from the full part (part units)
    pbr: GpuPbr | None = None  # metallic-roughness shading, when the material has more than a base colour

    def coarsest_within(self, max_error: float, min_triangles: float) -> GpuPart:
        """The coarsest version whose surface stays within `max_error` (part units) of the full
        part and that keeps at least `min_triangles` triangles."""
        best = self
        for lod in self.coarser:  # finest first, errors never shrinking
            if lod.error > max_error or lod.count // 3 < min_triangles:
                break
            best = lod
        return best


@dataclass
class Entry:
    parts: list[GpuPart]
    bounds: np.ndarray  # (2, 3) in the item's own frame
    triangles: np.ndarray  # (T, 3, 3) for picking
    lit: bool = True
    textures: list[int] = field(default_factory=list)
    frame_ref: object = None  # video: the last frame array uploaded
    frame_shape: tuple = ()
    problem: str = ""  # why the real asset is not shown (a placeholder is)
    label: bool = False  # a text label (drawn at its own size even where it stands in for a model)
    animation: ModelAnimation | None = None  # a model's clips (gltf_animation.py): posed on the CPU
    rest: list[np.ndarray] = field(default_factory=list)  # animated: each part's vertices as in the file
    posed_at: tuple | None = None  # animated: (time, loop, clips) its vertex buffers hold (None: at rest)
    frame_poses: dict = field(default_factory=dict)  # animated: this frame's poses by (time, loop, clips)

    def __post_init__(self) -> None:
        # asked for every item in every frame: worked out once
        b = np.asarray(self.bounds, dtype=np.float64)
        self.centre = b.mean(axis=0)
        self.radius = 0.5 * float(np.linalg.norm(b[1] - b[0]))  # bounding sphere about the centre
        self.half_side = 0.5 * float((b[1] - b[0]).max())


def _upload_part(objects: GLObjects, vertices: np.ndarray, indices: np.ndarray) -> tuple[int, int, int]:
    vao = objects.vertex_array()
    GL.glBindVertexArray(vao)
    vbo, ebo = objects.buffer(), objects.buffer()
    GL.glBindBuffer(GL.GL_ARRAY_BUFFER, vbo)
    GL.glBufferData(GL.GL_ARRAY_BUFFER, vertices.nbytes, vertices, GL.GL_STATIC_DRAW)
    GL.glBindBuffer(GL.GL_ELEMENT_ARRAY_BUFFER, ebo)
    GL.glBufferData(GL.GL_ELEMENT_ARRAY_BUFFER, indices.nbytes, indices, GL.GL_STATIC_DRAW)
    for loc, (size, offset) in enumerate(((3, 0), (3, 12), (2, 24), (4, 32))):
        attrib(loc, size, VERTEX_BYTES, offset)
    GL.glBindVertexArray(0)
    return vao, vbo, ebo


def read_image(path: Path) -> tuple[np.ndarray, float]:
    """(RGB or RGBA uint8 array at most MAX_TEXTURE_PX on a side, width / height of the file)."""
    from PIL import Image

    try:
        with Image.open(path) as src:
            src.draft("RGB", (MAX_TEXTURE_PX, MAX_TEXTURE_PX))  # JPEGs decode smaller right away
            im = src.convert("RGBA" if src.mode in ("RGBA", "LA", "P", "PA") else "RGB")
            aspect = im.width / im.height
            im.thumbnail((MAX_TEXTURE_PX, MAX_TEXTURE_PX))
            return np.asarray(im), aspect
    except Exception as exc:
        raise ContentError(f"cannot read this image: {exc}", path=path) from None


def _decode(kind: str, arg: str):
    """The CPU half of making an entry (file reading, simplification, rasterising a label): safe
    in a worker thread."""
    if kind == "text":
        img = rasterize_label(arg)
        return img, prepare_texture(img)
    if kind == "mesh":
        mesh = load_mesh(arg)
        return _prepare_mesh(mesh, read_animation(arg, mesh))
    img, aspect = read_image(Path(arg))
    return img, aspect, prepare_texture(img)


@dataclass
class _PreparedLevel:
    """One detail level of a part, with what its drawing needs to know worked out on the CPU."""

    level: MeshPart  # the part itself or a coarser version of it (vertices, indices, error)
    closed: bool
    alpha_test: bool


@dataclass
class _PreparedMesh:
    """Everything of a mesh entry but the GL objects, made on the loader thread: the GUI thread
    then only uploads (the closed-surface test and the picking triangles of a 100k-triangle model
    had taken it 30-60 ms)."""

    parts: list[MeshPart]
    blended: list[bool]  # per part: a see-through material (drawn after the opaque ones)
    levels: list[list[_PreparedLevel]]
    maps: list[dict[str, PreparedTexture]]
    bounds: np.ndarray
    triangles: np.ndarray
    animation: ModelAnimation | None = None


def _prepare_mesh(mesh: MeshData, animation: ModelAnimation | None = None) -> _PreparedMesh:
    levels, blended_parts = [], []
    moving = {prim.part for prim in animation.primitives if prim.part >= 0} if animation is not None else set()
    for k, p in enumerate(mesh.parts):
        blended = p.base_color[3] < 0.999 or (p.texture is not None and p.texture.shape[2] == 4 and p.texture[..., 3].min() < 250)
        blended_parts.append(blended)
        levels.append([
            # an opaque material can still be cut away by vertex colours of alpha ~0
            # a part that moves keeps its full detail (coarser levels would not move with it) and
            # is not taken as closed: a bending surface may show its back faces
            _PreparedLevel(level, closed=k not in moving and p.double_sided and is_closed_outward(level), alpha_test=blended or float(level.vertices[:, 11].min(initial=1.0)) < 0.05)
            for level in ([p] if k in moving else detail_levels(p))
        ])
    return _PreparedMesh(mesh.parts, blended_parts, levels, [_prepared_maps(p) for p in mesh.parts], mesh.bounds(), mesh.triangle_corners(), animation)


def _prepared_maps(part: MeshPart) -> dict[str, PreparedTexture]:
    """Every image of the part's material, ready to upload: "base" and the PBR maps."""
    maps = {"base": part.texture} if part.texture is not None else {}
    if part.pbr is not None:
        maps.update(part.pbr.maps())
    return {name: prepare_texture(_fit_texture(img)) for name, img in maps.items()}


def _capture(fn, *args) -> tuple[Any, MuseumArError | None]:  # (what fn returns, or None and the error)
    try:
        return fn(*args), None
    except MuseumArError as exc:
        return None, exc


def _start_lanes_aside(*lanes: ThreadPoolExecutor | None) -> None:
    """Start the loader lanes' threads from a helper thread. A lane starts its thread at its first
    submit, and threading.Thread.start() waits until the new thread has run: under load (2 cores,
    load 20) that stood the GUI thread still for up to 160 ms when the preview asked for its first
    file. `_thread.start_new_thread` does not wait, so only the helper does."""
    import _thread

    def start() -> None:
        for lane in lanes:
            try:
                if lane is not None:
                    lane.submit(int)  # a no-op: the lane's one thread is started, then idles
            except RuntimeError:  # the cache was released first, or Python is shutting down
                return

    _thread.start_new_thread(start, ())


class GpuCache:
    def __init__(self, objects: GLObjects, background_loading: bool = False) -> None:
        self.objects = objects
        self.entries: dict[tuple, Entry] = {}
        self._used: set[tuple] = set()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="render-load") if background_loading else None
        # labels have their own lane: a few ms each, they must not wait behind a big mesh's load
        self.label_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="render-label") if background_loading else None
        if background_loading:
            _start_lanes_aside(self.executor, self.label_executor)
        self.pending: dict[tuple, Future] = {}
        self.display_names: dict[str, str] = {}  # stored asset path -> the file name it was attached as
        # With background loading (the app), one draw makes new GPU entries for at most
        # UPLOAD_BUDGET_S; the rest wait for the next draw (`deferred`), so opening an exhibit with
        # many labels and pictures never stands the GUI thread still for the sum of them all.
        self.deferred = 0
        self._budget_left_s = UPLOAD_BUDGET_S

    # -- building entries ---------------------------------------------------------------------
    def _mesh_entry(self, mesh: _PreparedMesh) -> Entry:
        parts: list[GpuPart] = []
        textures: list[int] = []
        for p, blended, levels_cpu, maps in zip(mesh.parts, mesh.blended, mesh.levels, mesh.maps):
            names = {name: upload_texture(self.objects, img, repeat=True) for name, img in maps.items()}
            textures += names.values()
            tex = names.get("base", 0)
            pbr = None
            if p.pbr is not None:
                m = p.pbr
                pbr = GpuPbr(m.metallic, m.roughness, m.emissive, names.get("metallic_roughness", 0), names.get("normal", 0), names.get("occlusion", 0), names.get("emissive", 0))
            levels = []
            for prepared in levels_cpu:
                level = prepared.level
                vao, vbo, ebo = _upload_part(self.objects, level.vertices, level.indices)
                levels.append(GpuPart(vao, (vbo, ebo), len(level.indices), tex, p.base_color, blended, p.double_sided, closed=prepared.closed, alpha_test=prepared.alpha_test, error=level.error, pbr=pbr))
            levels[0].coarser = levels[1:]
            parts.append(levels[0])
        if mesh.animation is None:
            return Entry(parts, mesh.bounds, mesh.triangles, True, textures)
        return Entry(parts, mesh.bounds, mesh.triangles, True, textures, animation=mesh.animation, rest=[p.vertices for p in mesh.parts])

    @staticmethod
    def pose(entry: Entry, t: float | None, loop: bool = True, clips: tuple[int, ...] = (0,)) -> None:
        """Move an animated entry's vertices to `t` seconds into the chosen clips (None: back to
        rest); only the changed positions and normals are written into its vertex buffers."""
        at = None if t is None else (t, loop, clips)
        if entry.animation is None or at == entry.posed_at:
            return
        posed: dict[int, tuple[np.ndarray | None, np.ndarray | None]]
        if t is None:
            posed = {k: (None, None) for k in range(len(entry.rest))}
        else:  # worked out once a frame: two items of one model in different clips swap poses per draw
            if at not in entry.frame_poses:
                entry.frame_poses[at] = entry.animation.pose(t, clips, loop)
            posed = entry.frame_poses[at]
        for k, (pos, nrm) in posed.items():
            vertices = entry.rest[k]
            if pos is not None:
                vertices = vertices.copy()
                vertices[:, 0:3] = pos
                if nrm is not None:
                    vertices[:, 3:6] = nrm
            GL.glBindBuffer(GL.GL_ARRAY_BUFFER, entry.parts[k].buffers[0])
            GL.glBufferSubData(GL.GL_ARRAY_BUFFER, 0, vertices.nbytes, np.ascontiguousarray(vertices))
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, 0)
        entry.posed_at = at

    def _quad_entry(self, image: np.ndarray, width: float, height: float, *, bgr: bool = False, mipmaps: bool = True, prepared: PreparedTexture | None = None) -> Entry:
        v, idx = quad_vertices(width, height)
        vao, vbo, ebo = _upload_part(self.objects, v, idx)
        tex = upload_texture(self.objects, prepared if prepared is not None else image, bgr=bgr, mipmaps=mipmaps)
        blended = image.ndim == 3 and image.shape[2] == 4
        part = GpuPart(vao, (vbo, ebo), 6, tex, (1.0, 1.0, 1.0, 1.0), blended, alpha_test=blended)
        pos = v[:, :3].astype(np.float64)
        return Entry([part], np.stack([pos.min(0), pos.max(0)]), pos[idx.reshape(-1, 3)], False, [tex])

    def _label(self, text: str) -> Entry:
        return self._label_entry(rasterize_label(text))

    def _label_entry(self, img: np.ndarray, prepared: PreparedTexture | None = None) -> Entry:
        e = self._quad_entry(img, *label_size_units(img), prepared=prepared)
        e.label = True
        return e

    def _loading_label(self, asset) -> Entry | None:
        # "…" rather than an hourglass: the label font has no emoji (it showed a box)
        return self.get(("text", f"\u2026 {self.shown_name(asset)}"))

    def shown_name(self, asset) -> str:
        """The name a curator knows the file by: the one it was attached as, not its stored hash."""
        return self.display_names.get(str(asset)) or Path(str(asset)).name

    def _placeholder(self, problem: str, wrap: bool = False) -> Entry:
        # the file's name on the first line, why in lines of ~40 characters under it: a one-line
        # label of a long reason was a metre wide
        shown = problem
        if wrap and ": " in problem:
            name, why = problem.split(": ", 1)
            shown = name + "\n" + textwrap.fill(why, 40)
        e = self._label(f"\u26a0 {shown}")
        e.problem = problem
        return e

    # -- entries made from data in memory (the warm-up's scenes: render/warm_up.py) ----------------
    def put_mesh(self, key: tuple, mesh: MeshData) -> None:
        self.entries[key] = self._mesh_entry(_prepare_mesh(mesh))

    def put_picture(self, key: tuple, image: np.ndarray, width: float, height: float) -> None:
        self.entries[key] = self._quad_entry(image, width, height)

    def put_label(self, key: tuple, text: str) -> None:
        self.entries[key] = self._label(text)

    def keep_all(self) -> None:
        """The next draw frees none of the entries (end_frame frees those a draw did not use)."""
        self._used = set(self.entries)

    # -- lookups used by the renderer ---------------------------------------------------------
    def get(self, key: tuple) -> Entry | None:
        """The entry for `key`, made now if it can be. With background loading, files are read and
        labels rasterised on the loader thread, and a draw makes new GPU entries only while its
        upload budget lasts: meanwhile a mesh or picture shows a "loading" label and a text label
        nothing (None; `pending` / `deferred` say to draw again)."""
        self._used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            return entry
        kind, arg = key
        if kind not in ("text", "mesh", "image"):
            raise KeyError(kind)
        if self.executor is None:
            outcome = _capture(_decode, kind, arg)
        else:
            future = self.pending.get(key)
            if future is None:
                lane = self.label_executor if kind == "text" and self.label_executor is not None else self.executor
                future = self.pending[key] = lane.submit(_capture, _decode, kind, arg)
            if not future.done():
                return self._loading_label(arg) if kind != "text" else None
            if self._budget_left_s <= 0:
                self.deferred += 1
                return self._loading_label(arg) if kind != "text" else None
            outcome = self.pending.pop(key).result()
        t0 = time.perf_counter()
        entry = self._finish(key, outcome)
        self._budget_left_s -= time.perf_counter() - t0
        self.entries[key] = entry
        return entry

    def _finish(self, key: tuple, outcome: tuple) -> Entry:
        decoded, error = outcome
        if error is not None:  # never let one bad file stop the preview: a placeholder says why
            return self._placeholder(f"{self.shown_name(key[1])}: {error.detail}", wrap=True)
        if key[0] == "text":
            return self._label_entry(*decoded)
        if key[0] == "mesh":
            return self._mesh_entry(decoded)
        img, aspect, prepared = decoded
        return self._quad_entry(img, *quad_size(aspect), prepared=prepared)

    def video(self, item_id: str, frame: np.ndarray | None, poster: Path | None) -> Entry | None:
        """The quad of a video item, its texture refreshed when a new frame array is passed
        (None, as from get(), while its poster or label is still being made)."""
        key = ("video", item_id)
        self._used.add(key)
        entry = self.entries.get(key)
        if frame is None:
            if entry is not None and entry.frame_ref is not None:
                return entry  # keep the last frame when paused
            if poster is not None:
                return self.get(("image", str(poster)))
            return self.get(("text", "\u25b6"))
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            return self.get(("text", f"\u26a0 video frame must be HxWx3 uint8, got {frame.shape} {frame.dtype}"))
        if entry is not None and entry.frame_shape != frame.shape:
            self._free(key)
            entry = None
        if entry is None:
            entry = self._quad_entry(frame, *quad_size(frame.shape[1] / frame.shape[0]), bgr=True, mipmaps=False)
            entry.frame_shape = frame.shape
            entry.frame_ref = frame
            self.entries[key] = entry
        elif entry.frame_ref is not frame:
            update_texture(entry.textures[0], frame, bgr=True)
            entry.frame_ref = frame
        return entry

    # -- lifetime -------------------------------------------------------------------------------
    def _free(self, key: tuple) -> None:
        entry = self.entries.pop(key, None)
        if entry is None:
            return
        for p in [lod for part in entry.parts for lod in (part, *part.coarser)]:
            self.objects.delete("vertex_array", p.vao)
            for b in p.buffers:
                self.objects.delete("buffer", b)
        for t in entry.textures:
            self.objects.delete("texture", t)

    def begin_frame(self, budget_s: float = UPLOAD_BUDGET_S) -> None:
        """A new draw, which may spend `budget_s` making new entries (the first one that starts
        within it may overrun it; 0: only what is made already is drawn)."""
        self.deferred = 0
        self._budget_left_s = budget_s

    def end_frame(self) -> None:
        """Free every entry no item of this draw call used (its items were removed)."""
        for key in [k for k in self.entries if k not in self._used]:
            self._free(key)
        for key in [k for k in self.pending if k not in self._used]:
            self.pending.pop(key).cancel()  # nobody waits for it any more
        self._used = set()

    def clear(self) -> None:
        for key in list(self.entries):
            self._free(key)
        for future in self.pending.values():
            future.cancel()
        self.pending.clear()
        self._used = set()
