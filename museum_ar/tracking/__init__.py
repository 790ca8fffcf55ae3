"""Frame sources, marker detection, pose estimation and filtering (numpy + cv2; no Qt, no GL).

    source = open_source("0" | "clip.mp4" | "photo.jpg" | "folder/")   # or SyntheticCamera(...)
    tracker = Tracker(intrinsics, specs_for(exhibit))  # markers.spec; or Tracker.from_exhibit
    while (frame := source.read()) is not None:
        for d in tracker.process(frame.image, frame.timestamp_s):
            d.marker_id, d.corners, d.pose   # pose: 4x4 marker -> OpenCV camera, metres
"""

from .frames import Frame, FrameSource, MarkerTruth  # noqa: F401
from .intrinsics import CameraIntrinsics  # noqa: F401
from .poses import facing_pose, rotation_error_deg  # noqa: F401
from .sources import open_source  # noqa: F401
from .synthetic import SyntheticCamera, demo_camera  # noqa: F401
from .tracker import Detection, Tracker  # noqa: F401
