"""The exhibit's artworks (markers with an image target) inside the one Tracker, next to QR cards.

`compile_exhibit_targets` reads each artwork's picture from the exhibit folder and compiles it;
`ImageMarkers` runs the image-target tracker on each frame and hands the Tracker plain fields for
its `Detection` (marker id, corners, raw and filtered pose, state "decoded" when found by a full
search, "tracked" when followed by optical flow), so the preview and `museum-ar track` see cards
and artworks alike. Poses pass through the same temporal filter as the cards' poses.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..core.errors import MarkerError, TrackingError
from ..markers.image_compile import CompiledTarget, compile_target
from ..markers.image_rating import load_image
from .image_target import ImageTargetTracker
from .intrinsics import CameraIntrinsics
from .smoothing import PoseFilter


def compile_marker_target(marker, root: Path) -> CompiledTarget:
    """One marker's artwork, compiled; a TrackingError naming the marker and file when it fails."""
    t = marker.target
    path = Path(root) / t.image
    try:
        return compile_target(marker.id, load_image(path), t.width_mm, t.crop, plain_ok=t.outline)
    except MarkerError as e:
        raise TrackingError(f"marker '{marker.id}': {e}", path=str(path)) from None


def compile_exhibit_targets(exhibit, root) -> list[CompiledTarget]:
    targets = [m for m in exhibit.markers if m.target is not None]
    if not targets:
        return []
    if root is None:
        raise TrackingError(f"the exhibit's artworks ({', '.join(m.id for m in targets)}) need the exhibit folder to be tracked")
    return [compile_marker_target(m, Path(root)) for m in targets]


class ImageMarkers:
    def __init__(self, targets: list[CompiledTarget], intrinsics: CameraIntrinsics, smoothing: bool = True, idle_search_every: int | None = None):
        self.tracker = ImageTargetTracker(targets, intrinsics)
        if idle_search_every is not None:  # see Tracker's image_search_every
            self.tracker.idle_search_every = idle_search_every
        self.sizes = {t.target_id: t.width_m * 1000 for t in targets}
        self.smoothing = smoothing
        self.filters: dict[str, PoseFilter] = {}
        self.seen: set[str] = set()

    def reset(self) -> None:
        self.tracker.reset()
        self.filters.clear()
        self.seen.clear()

    def process(self, image: np.ndarray, timestamp_s: float, intrinsics: CameraIntrinsics) -> list[dict]:
        self.tracker.intr = intrinsics
        out = []
        now = set()
        for d in self.tracker.process(image):
            f = self.filters.setdefault(d.target_id, PoseFilter())
            if d.target_id not in self.seen:
                f.reset()  # lost for a while: do not smooth across the gap
            now.add(d.target_id)
            pose = f(d.pose, timestamp_s) if self.smoothing else d.pose
            out.append(
                dict(marker_id=d.target_id, payload="", corners=d.corners.astype(np.float32), pose=pose, raw_pose=d.pose,
                     size_mm=self.sizes[d.target_id], state="tracked" if d.tracked else "decoded", reprojection_px=d.reproj_px, kind="image")
            )
        self.seen = now
        return out
