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
//               {type: "frame", seq, frame (a YUV VideoFrame, transferred; closed here), t, picture}
// Messages out: {type: "result", seq, results, ms, buffer (transferred back, if one came), error,
//                picture (an ImageBitmap of the tracked frame, transferred, when asked for)}
//
// The picture shown on the page is made here, from the very frame that was tracked: the page
// only hands it to its canvas (ImageBitmapRenderingContext, no copy). Drawing the VideoFrame into
// a 2D canvas on the page's thread had been its largest task per frame at 4x CPU throttling.
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

const frameStore = {};

/** videoRange: the grey is a Y plane the camera says is in video range (16-235). */
function track(grey, w, h, t, videoRange = false) {
  const results = tracker.processGrey(grey, w, h, t);
  if (!artworks) return results;
  return results.concat(artworks.process({ data: grey, width: w, height: h, videoRange }, tracker.intrinsics(w, h)).map(artworkResult));
}
 // the VideoFrame copy's buffers, kept between frames

self.onmessage = async (e) => {
  const m = e.data;
  if (m.type === "init") {
    tracker = new Tracker(m.markers, m.hfov, m.tracking);
    artworks = m.targets && m.targets.length ? createImageTracker(m.targets.map((t) => parseTarget(t.buffer)), m.tracking) : null;
    return;
  }
  if (m.type !== "frame") return;
  const t0 = performance.now();
  let results = [];
  let error = null;
  let shot = null, picture = null;
  try {
    let grey, w = m.w, h = m.h;
    if (m.frame) {
      // a YUV VideoFrame from the camera: its Y plane is the grey image. Its picture is made while
      // the plane is copied and tracked (the frame stays open until both are done).
      shot = m.picture ? createImageBitmap(m.frame).catch(() => null) : null;
      try {
        ({ g: grey, w, h } = await greyOfVideoFrame(m.frame, frameStore));
        results = track(grey, w, h, m.t, !!(m.frame.colorSpace && m.frame.colorSpace.fullRange === false));
        picture = shot && (await shot);
      } finally {
        m.frame.close();
      }
    } else results = track(new Uint8Array(m.buffer, 0, w * h), w, h, m.t);
  } catch (err) {
    error = String((err && err.stack) || err);
    if (shot) shot.then((b) => b && b.close());
    picture = null;
  }
  const transfer = [];
  if (m.buffer) transfer.push(m.buffer);
  if (picture) transfer.push(picture);
  self.postMessage({ type: "result", seq: m.seq, results, ms: performance.now() - t0, buffer: m.buffer, error, picture }, transfer);
};
