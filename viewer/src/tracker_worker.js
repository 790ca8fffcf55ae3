// The tracker's own thread (a Web Worker). The page grabs each camera frame's grey image (a copy
// of the video frame's Y plane, or a canvas readback) and transfers its buffer here; the whole
// tracker (quads, identity, pose, filters) runs here and answers with the ids and poses, giving
// the buffer back for the next frame. The page's thread only grabs and draws.
//
// Messages in:  {type: "init", markers, hfov, tracking}
//               {type: "frame", seq, buffer (ArrayBuffer, transferred), w, h, t}
// Messages out: {type: "result", seq, results, ms, buffer (transferred back), error}
import { Tracker } from "./tracker.js";

let tracker = null;

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") {
    tracker = new Tracker(m.markers, m.hfov, m.tracking);
    return;
  }
  if (m.type !== "frame") return;
  const t0 = performance.now();
  let results = [];
  let error = null;
  try {
    results = tracker.processGrey(new Uint8Array(m.buffer, 0, m.w * m.h), m.w, m.h, m.t);
  } catch (err) {
    error = String((err && err.stack) || err);
  }
  self.postMessage({ type: "result", seq: m.seq, results, ms: performance.now() - t0, buffer: m.buffer, error }, [m.buffer]);
};
