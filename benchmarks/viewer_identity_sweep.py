"""Found rate and time per frame of the viewer's JS tracker (node, viewer/src) against its version
at a given git commit (the baseline, default: main's tracker before the identity port), over a
distance sweep 0.3-2 m x 3 tilts x 3 turns with blur and noise, for the bundle's own card and for
a sibling card of the same museum (must stay 0). Prints one JSON object.
  PYTHONPATH=$PWD python3 benchmarks/viewer_identity_sweep.py [baseline-commit]
Uses the test helpers in tests/viewer (the printed card rendered at known poses; no label yet)."""
import sys
import json
import subprocess
import tarfile
import io
import tempfile
ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / 'tests/viewer')); sys.path.insert(0, str(ROOT / 'tests/export'))
base_commit = sys.argv[1] if len(sys.argv) > 1 else "e0754bf"
old = __import__("pathlib").Path(tempfile.mkdtemp())
tar = subprocess.run(["git", "-C", str(ROOT), "archive", base_commit, "viewer/src"], capture_output=True, check=True).stdout
tarfile.open(fileobj=io.BytesIO(tar)).extractall(old)
(old / "tests/viewer").mkdir(parents=True)
(old / "tests/viewer/track_frames.mjs").write_bytes((ROOT / "tests/viewer/track_frames.mjs").read_bytes())
from pathlib import Path
import test_tracker_accuracy as T
import cv2
from museum_ar.markers import tracking_params
cam = T.Camera(1280, 720)
bundle = T.manifest_markers(("ammonit",))
sib = T.manifest_markers(("grass-haus",))[0]["payload"]
res = {}
for label, pl in (("own", bundle[0]["payload"]), ("sibling", sib)):
  for d in (0.3, 0.6, 1.0, 1.4, 1.8, 2.0):
    poses = [T.look_at_pose(d, e, yaw_deg=y) for e in (90, 60, 35) for y in (0, 50, 170)]
    frames = [T.render_frame(pl, 0.1, p, cam, seed=i, blur=1.0, noise=3) for i, p in enumerate(poses)]
    tmp = Path(tempfile.mkdtemp())
    for i, f in enumerate(frames): (tmp/f"f{i}.grey").write_bytes(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY).tobytes())
    job = {"markers": bundle, "hfov_deg": 65, "tracking": tracking_params.as_manifest(), "frames": [{"path": str(tmp/f"f{i}.grey"), "width": 1280, "height": 720} for i in range(len(frames))], "continuous": False}
    (tmp/"job.json").write_text(json.dumps(job))
    row = {}
    for name, script in (("viewer", str(ROOT / "tests/viewer/track_frames.mjs")), ("baseline", str(old / "tests/viewer/track_frames.mjs"))):
        out = json.loads(subprocess.run(["node", script, str(tmp/"job.json")], capture_output=True, text=True).stdout)
        row[name] = {"found": sum(1 for r in out["results"] if r), "frames": len(frames), "median_ms": round(out["median_ms"], 1)}
    res[f"{label}@{d}m"] = row
print(json.dumps({"benchmark": "viewer_identity_sweep", "baseline": base_commit, "results": res}))
