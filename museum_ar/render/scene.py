"""What to draw, independent of Qt and of GL: DrawItems and Helpers, and how an exhibit's
marker becomes a list of DrawItems.

A DrawItem's `matrix` maps the item's own frame to the *world* of a draw call; `view` maps world
to GL eye. Two usual set-ups:
  - one marker (AR preview, placement viewport): world = marker frame; view = pose_cv_to_gl(pose)
    in AR, an orbit camera in the placement viewport; use `items_for_marker`.
  - several tracked markers at once: world = GL eye, view = identity; use `items_for_poses`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..core.exhibit import Exhibit, Item, ItemKind, Marker
from ..core.frames import content_to_marker, pose_cv_to_gl
from ..core.item_kinds import ITEM_KINDS
from ..core.label import audio_label, text_label


@dataclass
class DrawItem:
    id: str
    kind: str  # the drawing primitive: "mesh" | "image" | "video" | "text" (the drawer of how its item kind is shown picks it: DRAW_AS)
    matrix: np.ndarray  # 4x4 item -> world
    asset: Path | None = None  # mesh file (GLB) or image file (image, or a video's poster)
    text: str = ""  # for text labels
    frame: np.ndarray | None = None  # the current video frame, HxWx3 BGR uint8 (pass a new array when it changes)
    visible: bool = True
    opacity: float = 1.0
    display_name: str = ""  # the file name the curator brought (assets are stored under their hash)
    anim_time: float | None = None  # a model's clips: seconds they have played (None: drawn at rest)
    anim_loop: bool = True  # ... and whether they loop (else each stops on its last pose)
    anim_clip: str = ""  # which clip (core/clips.py: by name, "" the first) ...
    anim_all: bool = False  # ... or all of them together


@dataclass
class Helpers:
    """Placement aids. All in world coordinates, except the gizmo, which sits at gizmo_matrix."""

    marker_edge_m: float | None = None  # outline of the tracked square at the world origin (marker frame)
    grid: bool = False
    grid_size_m: float = 0.5
    grid_step_m: float = 0.05
    gizmo: str | None = None  # "translate" | "rotate" | "scale"
    gizmo_matrix: np.ndarray = field(default_factory=lambda: np.eye(4))  # gizmo frame -> world (no scale)
    gizmo_size: float = 0.05  # length of the gizmo's axes in world units
    gizmo_active: str | None = None  # handle being dragged: drawn highlighted
    line_px: float = 2.0


# How each way of showing an item (core/item_kinds.py SHOWN_AS) is drawn: a function (item, item
# -> world matrix, project root, language, video frames by item id) -> DrawItem. DrawItem.kind is
# the drawing primitive the renderer knows ("mesh", "image", "video", "text"); a new presentation
# maps onto one of them here, or adds one to renderer._entry_for and gpu_cache. A kind is drawn as
# its record's `shown_as` (DRAWERS); every presentation has an entry (tests/core/test_item_kinds.py).
Drawer = Callable[[Item, np.ndarray, Path, str, dict[str, np.ndarray]], DrawItem]


def _draw_mesh(item: Item, m: np.ndarray, root: Path, language: str, frames: dict[str, np.ndarray]) -> DrawItem:
    return DrawItem(item.id, "mesh", m, asset=root / item.asset if item.asset else None, visible=item.visible, display_name=item.source_name,
                    anim_clip=item.playback.clip, anim_all=item.playback.all_clips)


def _draw_image(item: Item, m: np.ndarray, root: Path, language: str, frames: dict[str, np.ndarray]) -> DrawItem:
    return DrawItem(item.id, "image", m, asset=root / item.asset if item.asset else None, visible=item.visible, display_name=item.source_name)


def _draw_video(item: Item, m: np.ndarray, root: Path, language: str, frames: dict[str, np.ndarray]) -> DrawItem:
    poster = root / item.poster if item.poster else None
    return DrawItem(item.id, "video", m, asset=poster, frame=frames.get(item.id), visible=item.visible, display_name=item.source_name)


def _draw_audio(item: Item, m: np.ndarray, root: Path, language: str, frames: dict[str, np.ndarray]) -> DrawItem:
    title = item.title.get(language)
    return DrawItem(item.id, "text", m, text=audio_label(title), visible=item.visible)


def _draw_text(item: Item, m: np.ndarray, root: Path, language: str, frames: dict[str, np.ndarray]) -> DrawItem:
    title, body = item.title.get(language), item.description.get(language)
    return DrawItem(item.id, "text", m, text=text_label(title, body), visible=item.visible)


DRAW_AS: dict[str, Drawer] = {
    "mesh": _draw_mesh,
    "image": _draw_image,
    "video": _draw_video,
    "audio": _draw_audio,  # a ♪ label with its title
    "text": _draw_text,  # title and text on a label
}

DRAWERS: dict[ItemKind, Drawer] = {k: DRAW_AS[s.shown_as] for k, s in ITEM_KINDS.items()}


def items_for_marker(marker: Marker, project_root: str | Path, language: str = "de", video_frames: dict[str, np.ndarray] | None = None) -> list[DrawItem]:
    """The marker's items as DrawItems in the marker frame (mount applied), with asset paths
    resolved under project_root. Video items show `video_frames[item.id]` if given, else their poster."""
    root = Path(project_root)
    mount = content_to_marker(marker.mount)
    frames = video_frames or {}
    return [DRAWERS[ItemKind(item.kind)](item, mount @ item.transform.matrix(), root, language, frames) for item in marker.items]


def items_for_poses(exhibit: Exhibit, project_root: str | Path, poses_cv: dict[str, np.ndarray], language: str = "de", video_frames: dict[str, np.ndarray] | None = None) -> list[DrawItem]:
    """Items of every marker that has a pose (tracking's marker -> OpenCV camera), in GL eye
    coordinates: draw them with view = identity."""
    out = []
    for marker in exhibit.markers:
        pose = poses_cv.get(marker.id)
        if pose is None:
            continue
        to_eye = pose_cv_to_gl(pose)
        out += [replace(d, matrix=to_eye @ d.matrix) for d in items_for_marker(marker, project_root, language, video_frames)]
    return out
