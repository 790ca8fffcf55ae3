// Runs the viewer's own tracker (viewer/src, the code that is bundled) on raw grey frames in node:
//   node track_frames.mjs job.json  ->  prints JSON [{frame, id, R, t, corners, score}] per frame
// job.json: {"markers": [manifest marker entries], "hfov_deg": 60, "frames": [{"path", "width", "height"}]}
import { readFileSync } from "node:fs";
import { Tracker } from "../../viewer/src/tracker.js";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = [];
const times = [];
job.frames.forEach((f, i) => {
  const grey = new Uint8Array(readFileSync(f.path));
  const tracker = new Tracker(job.markers, job.hfov_deg); // fresh: no filtering across frames
  const t0 = performance.now();
  const found = tracker.processGrey(grey, f.width, f.height, i);
  times.push(performance.now() - t0);
  out.push(found.map((r) => ({ id: r.id, R: r.raw.R, t: r.raw.t, corners: r.corners, score: r.score, err: r.err })));
});
times.sort((a, b) => a - b);
console.log(JSON.stringify({ results: out, median_ms: times[Math.floor(times.length / 2)] }));
