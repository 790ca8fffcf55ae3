// The tracker's own thread (a Web Worker). The page grabs each camera frame's grey image (a copy
// of the video frame's Y plane, or a canvas readback) and transfers its buffer here; the whole
// tracker (quads, identity, pose, filters) runs here and answers with the ids and poses, giving
// the buffer back for the next frame. The page's thread only grabs and draws.
//
// Artworks (image targets, viewer/src/image_targets) are tracked here too, on the same grey frame,
// when the bundle has them: their compiled target files come with "init".
//
// Messages in:  {type: "init", markers, hfov, tracking, targets: [{id, buffer}]}
//               {type: "frame", seq, buffer (ArrayBuffer, transferred), w, h, t}
// Messages out: {type: "result", seq, results, ms, buffer (transferred back), error}
import { Tracker } from "./tracker.js";
import { poseMatrixCV } from "./pose.js";
import { createImageTracker, parseTarget } from "./image_targets/index.js";

let tracker = null;
let artworks = null;

/** An artwork's detection in the shape of a card's result (pose column-major, raw R rows, t). */
function artworkResult(d) {
  const P = d.pose; // row-major marker -> OpenCV camera
  const R = [[P[0], P[1], P[2]], [P[4], P[5], P[6]], [P[8], P[9], P[10]]];
  const t = [P[3], P[7], P[11]];
  return { id: d.id, kind: "artwork", pose: poseMatrixCV(R, t), corners: d.corners, score: d.score, err: 0, raw: { R, t }, state: d.state };
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") {
    tracker = new Tracker(m.markers, m.hfov, m.tracking);
    artworks = m.targets && m.targets.length ? createImageTracker(m.targets.map((t) => parseTarget(t.buffer))) : null;
    return;
  }
  if (m.type !== "frame") return;
  const t0 = performance.now();
  let results = [];
  let error = null;
  try {
    const grey = new Uint8Array(m.buffer, 0, m.w * m.h);
    results = tracker.processGrey(grey, m.w, m.h, m.t);
    if (artworks) results = results.concat(artworks.process({ data: grey, width: m.w, height: m.h }, tracker.intrinsics(m.w, m.h)).map(artworkResult));
  } catch (err) {
    error = String((err && err.stack) || err);
  }
  self.postMessage({ type: "result", seq: m.seq, results, ms: performance.now() - t0, buffer: m.buffer, error }, [m.buffer]);
};
