"""What to draw, independent of Qt and of GL: DrawItems and Helpers, and how an exhibit's
marker becomes a list of DrawItems.

A DrawItem's `matrix` maps the item's own frame to the *world* of a draw call; `view` maps world
to GL eye. Two usual set-ups:
  - one marker (AR preview, placement viewport): world = marker frame; view = pose_cv_to_gl(pose)
    in AR, an orbit camera in the placement viewport; use `items_for_marker`.
  - several tracked markers at once: world = GL eye, view = identity; use `items_for_poses`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..core.exhibit import Exhibit, Item, ItemKind, Marker
from ..core.frames import content_to_marker, pose_cv_to_gl


@dataclass
class DrawItem:
    id: str
    kind: str  # "mesh" | "image" | "video" | "text" (ItemKind values; audio is drawn as a text label)
    matrix: np.ndarray  # 4x4 item -> world
    asset: Path | None = None  # mesh file (GLB) or image file (image, or a video's poster)
    text: str = ""  # for text labels
    frame: np.ndarray | None = None  # the current video frame, HxWx3 BGR uint8 (pass a new array when it changes)
    visible: bool = True
    opacity: float = 1.0
    display_name: str = ""  # the file name the curator brought (assets are stored under their hash)


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


def _text_of(item: Item, language: str) -> str:
    title = item.title.get(language)
    if item.kind is ItemKind.AUDIO:
        return f"\u266a {title}" if title else "\u266a"
    if item.kind is ItemKind.TEXT:
        body = item.description.get(language)
        return f"{title}\n{body}" if title and body else (title or body or " ")
    return title


def items_for_marker(marker: Marker, project_root: str | Path, language: str = "de", video_frames: dict[str, np.ndarray] | None = None) -> list[DrawItem]:
    """The marker's items as DrawItems in the marker frame (mount applied), with asset paths
    resolved under project_root. Video items show `video_frames[item.id]` if given, else their poster."""
    root = Path(project_root)
    mount = content_to_marker(marker.mount)
    frames = video_frames or {}
    out = []
    for item in marker.items:
        m = mount @ item.transform.matrix()
        kind = ItemKind(item.kind)
        if kind is ItemKind.MESH:
            out.append(DrawItem(item.id, "mesh", m, asset=root / item.asset if item.asset else None, visible=item.visible, display_name=item.source_name))
        elif kind is ItemKind.IMAGE:
            out.append(DrawItem(item.id, "image", m, asset=root / item.asset if item.asset else None, visible=item.visible, display_name=item.source_name))
        elif kind is ItemKind.VIDEO:
            poster = root / item.poster if item.poster else None
            out.append(DrawItem(item.id, "video", m, asset=poster, frame=frames.get(item.id), visible=item.visible, display_name=item.source_name))
        else:  # text and audio: a label
            out.append(DrawItem(item.id, "text", m, text=_text_of(item, language), visible=item.visible))
    return out


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
