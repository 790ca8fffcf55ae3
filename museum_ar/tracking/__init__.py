"""Frame sources, marker detection, pose estimation and filtering (numpy + cv2; no Qt, no GL)."""
