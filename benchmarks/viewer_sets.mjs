// Two viewer trackers (e.g. main's viewer/src and this tree's) on the same raw grey frames, in one
// node process, the order alternating per frame, CPU time of each call (process.cpuUsage: the load
// of a shared machine counts less than in wall-clock time). Driven by benchmarks/viewer_sets.py.
//   node viewer_sets.mjs job.json  ->  JSON {runs: [{results: [[{id, corners}]], ms: [...]}, ...]}
// job.json: {"trackers": [path of tracker.js, ...], "markers": [...], "hfov_deg", "tracking",
//            "frames": path of the raw frames (n x h x w bytes), "n", "width", "height",
//            "continuous": false (a fresh tracker on each frame) | true (one tracker, 30 fps)}
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const Trackers = [];
for (const p of job.trackers) Trackers.push((await import(pathToFileURL(p).href)).Tracker);
const raw = readFileSync(job.frames);
const size = job.width * job.height;
const runs = Trackers.map(() => ({ results: [], ms: [] }));
let kept = Trackers.map(() => null);
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < job.n; i++) {
  const grey = new Uint8Array(raw.buffer, raw.byteOffset + i * size, size);
  const order = i % 2 ? [...Trackers.keys()].reverse() : [...Trackers.keys()];
  for (const j of order) {
    if (!job.continuous || !kept[j]) kept[j] = new Trackers[j](job.markers, job.hfov_deg, job.tracking);
    const t0 = cpuMs();
    const found = kept[j].processGrey(grey, job.width, job.height, job.continuous ? i / 30 : i);
    runs[j].ms.push(cpuMs() - t0);
    runs[j].results.push(found.map((r) => ({ id: r.id, corners: r.corners, score: r.score })));
  }
}
console.log(JSON.stringify({ runs }));
