// The viewer's stages on the frames the desktop finds and the viewer misses (driven by
// benchmarks/viewer_misses.py, which describes the columns). One line per such frame.
//   node viewer_misses.mjs job.json
// job.json: {"tracker": path of tracker.js, "markers", "hfov_deg", "tracking", "frames": raw grey
//            frames (n x h x w bytes), "n", "width", "height", "want": [our id per frame],
//            "desktop": [[{id, corners}] per frame]}
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const src = (f) => pathToFileURL(join(dirname(job.tracker), f)).href;
const { Tracker } = await import(src("tracker.js"));
const { findQuads, halve, quadArea, refineCorners } = await import(src("detect.js"));
const { identify } = await import(src("identify.js"));
const { edgeSpread } = await import(src("edge_spread.js"));

const W = job.width, H = job.height, raw = readFileSync(job.frames);
const ungated = { ...job.tracking.identity, min_score: 0, min_score_new: 0, min_margin: 0 };

/** Largest corner distance between two quads, in the best turn and order. */
function cornerError(q, t) {
  let best = Infinity;
  for (const dir of [1, -1]) for (let r = 0; r < 4; r++) {
    let worst = 0;
    for (let k = 0; k < 4; k++) { const j = (((dir * k + r) % 4) + 4) % 4; worst = Math.max(worst, Math.hypot(q[j][0] - t[k][0], q[j][1] - t[k][1])); }
    best = Math.min(best, worst);
  }
  return best;
}

const named = (r) => (r ? `${(r.marker || r).id}:${r.score.toFixed(3)}` : "none");

for (let i = 0; i < job.n; i++) {
  const want = job.want[i];
  const desk = job.desktop[i].find((d) => d.id === want);
  if (!desk) continue;
  const g = new Uint8Array(raw.buffer, raw.byteOffset + i * W * H, W * H);
  const tr = new Tracker(job.markers, job.hfov_deg, job.tracking);
  const got = tr.processGrey(g, W, H, 0).map((r) => r.id);
  if (got.includes(want)) continue;
  const truth = desk.corners;
  const side = Math.sqrt(Math.abs(quadArea(truth)));
  let small = { g, w: W, h: H }, f = 1;
  while (small.w > 720) { small = halve(small.g, small.w, small.h); f *= 2; } // as tracker.js search
  const looks = {
    search: [findQuads(small.g, small.w, small.h, tr.quadOpts), f],
    full: [findQuads(g, W, H, { ...tr.quadOpts, hulls: true }), 1],
    faint: [findQuads(small.g, small.w, small.h, { ...tr.quadOpts, threshold: tr.faint }), f],
  };
  const line = [`#${i} ${want} got [${got}] side ${side.toFixed(1)} px`];
  let nearest = null, nearestErr = Infinity;
  for (const [name, [quads, k]] of Object.entries(looks)) {
    let err = Infinity, rank = -1;
    quads.forEach((q, j) => {
      const full = q.corners.map(([x, y]) => [x * k + (k - 1) / 2, y * k + (k - 1) / 2]);
      const e = cornerError(full, truth);
      if (e < err) { err = e; rank = j; }
      if (e < nearestErr) { nearestErr = e; nearest = full; }
    });
    line.push(`${name} ${err.toFixed(1)} #${rank}/${quads.length}`);
  }
  const refined = nearest && refineCorners(g, W, H, nearest, side * tr.frameFraction);
  line.push(`refined ${refined ? cornerError(refined, truth).toFixed(2) : "failed"}`);
  if (refined) {
    const spread = edgeSpread(g, W, H, refined, tr.innerFrac);
    const blur = Math.max(...spread) >= job.tracking.edges.blur_min_spread_px ? spread : null;
    line.push(`id ${named(identify(g, W, H, refined, tr.prepared, job.tracking.identity, blur, tr.stages))} ungated ${named(identify(g, W, H, refined, tr.prepared, ungated, blur, tr.stages))}`);
  }
  const K = tr.intrinsics(W, H);
  const read = (q) => { tr.unread = []; return named(tr.read(g, W, H, K, q, Math.sqrt(Math.abs(quadArea(q))))); };
  line.push(`read: nearest ${nearest ? read(nearest) : "-"} desktop's ${read(truth.map((p) => p.slice()))}`);
  console.log(line.join(" | "));
}
