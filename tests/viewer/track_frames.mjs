// Runs the viewer's own tracker (viewer/src, the code that is bundled) on raw grey frames in node:
//   node track_frames.mjs job.json  ->  prints JSON [{frame, id, R, t, corners, score}] per frame
// job.json: {"markers": [manifest marker entries], "hfov_deg": 60, "frames": [{"path", "width", "height"}],
//            "continuous": false}  continuous: one tracker over all frames (30 fps), so filtering and
//            the choice between the two pose solutions act as in the viewer; "pose" is then filtered.
import { readFileSync } from "node:fs";
import { Tracker } from "../../viewer/src/tracker.js";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = [];
const times = [];
let tracker = null;
job.frames.forEach((f, i) => {
  const grey = new Uint8Array(readFileSync(f.path));
  if (!job.continuous || !tracker) tracker = new Tracker(job.markers, job.hfov_deg, job.tracking); // fresh: no filtering across frames
  const t0 = performance.now();
  const found = tracker.processGrey(grey, f.width, f.height, job.continuous ? i / 30 : i);
  times.push(performance.now() - t0);
  out.push(found.map((r) => ({ id: r.id, R: r.raw.R, t: r.raw.t, pose: r.pose, corners: r.corners, score: r.score, err: r.err })));
});
times.sort((a, b) => a - b);
console.log(JSON.stringify({ results: out, median_ms: times[Math.floor(times.length / 2)], stats: tracker ? tracker.stats : null }));
