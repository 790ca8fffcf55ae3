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
//               {type: "frame", seq, frame (a YUV VideoFrame, transferred; closed here), t}
// Messages out: {type: "result", seq, results, ms, buffer (transferred back, if one came), error}
import { Tracker, greyOfVideoFrame } from "./tracker.js";
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

const frameStore = {}; // the VideoFrame copy's buffers, kept between frames

self.onmessage = async (e) => {
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
    let grey, w = m.w, h = m.h;
    if (m.frame) {
      // a YUV VideoFrame from the camera: its Y plane is the grey image
      try {
        ({ g: grey, w, h } = await greyOfVideoFrame(m.frame, frameStore));
      } finally {
        m.frame.close();
      }
    } else grey = new Uint8Array(m.buffer, 0, w * h);
    results = tracker.processGrey(grey, w, h, m.t);
    if (artworks) results = results.concat(artworks.process({ data: grey, width: w, height: h }, tracker.intrinsics(w, h)).map(artworkResult));
  } catch (err) {
    error = String((err && err.stack) || err);
  }
  self.postMessage({ type: "result", seq: m.seq, results, ms: performance.now() - t0, buffer: m.buffer, error }, m.buffer ? [m.buffer] : []);
};
