// The page's side of the tracker thread (tracker_worker.js): same interface as Tracker
// (process(video, tSec) -> results, intrinsics(), grabPath), but the tracking runs in a Web
// Worker, so the page's thread stays free for drawing and the visitor's touches. The worker's
// script is checked against its hash in the signed manifest before it starts (integrity.js).
import { Tracker } from "./tracker.js";
import { fetchVerified, verifiedUrl } from "./integrity.js";

export class WorkerTracker {
  /** Resolves to a WorkerTracker, or to a plain Tracker on the page's thread when no worker can
   * be started (then `runtime` says "main"). */
  static async create(manifest, markers, hfovDeg, tracking) {
    const cards = markers.filter((m) => !m.target); // artworks are found by their pictures, not a code
    const local = new Tracker(cards, hfovDeg, tracking);
    try {
      // boot.js started it from its checked bytes (for this manifest), else it is started here
      const boot = globalThis.museumArBoot;
      const worker = boot && boot.manifest === manifest && boot.worker ? await boot.worker : new Worker(await verifiedUrl(manifest, "tracker_worker.js"));
      const targets = [];
      for (const m of markers) if (m.target && m.target.file) targets.push({ id: m.id, buffer: await fetchVerified(manifest, m.target.file) });
      worker.postMessage({ type: "init", markers: cards, hfov: hfovDeg, tracking, targets }, targets.map((t) => t.buffer));
      return new WorkerTracker(local, worker);
    } catch (e) {
      console.warn("tracking on the page's thread (no worker):", e);
      local.runtime = "main";
      return local;
    }
  }

  constructor(local, worker) {
    this.local = local; // grabs frames and knows the intrinsics; its own tracking is not used
    this.worker = worker;
    this.runtime = "worker";
    this.seq = 0;
    this.pending = new Map();
    this.buffers = [];
    this.workerMs = 0;
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type !== "result") return;
      if (m.buffer) this.buffers.push(m.buffer);
      this.workerMs = m.ms;
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if (!p || m.error) {
        if (m.picture) m.picture.close();
        if (p) p.reject(new Error("tracker worker: " + m.error));
        return;
      }
      m.results.picture = m.picture || null;
      p.resolve(m.results);
    };
    worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error("tracker worker failed: " + e.message));
      this.pending.clear();
    };
  }

  get grabPath() {
    return this.local.grabPath;
  }

  intrinsics(vw, vh) {
    return this.local.intrinsics(vw, vh);
  }

  /** Track the video's current frame; resolves to the results, with `results.picture` an
   * ImageBitmap of the same frame to draw (the caller closes it) when wantPicture. */
  async process(video, tSec, wantPicture = false) {
    // Where the camera gives YUV VideoFrames, the frame itself goes to the worker (transferred, not
    // copied), which reads its Y plane there: the page's thread no longer copies 2 x 0.9 MB per
    // frame (1280x720). The worker also makes the picture to show from it (tracker_worker.js).
    const frame = this.transferFrames !== false ? this.local.videoFrame(video) : null;
    if (frame) {
      try {
        return await this.send({ type: "frame", seq: ++this.seq, frame, t: tSec, picture: wantPicture }, [frame]);
      } catch (e) {
        frame.close();
        if (!(e instanceof DOMException)) throw e;
        this.transferFrames = false; // a browser that cannot transfer VideoFrames: copy the grey image
      }
    }
    const shot = wantPicture ? createImageBitmap(video).catch(() => null) : null; // same task, same frame
    const img = await this.local.grab(video);
    if (!img) {
      if (shot) shot.then((b) => b && b.close());
      return [];
    }
    const n = img.w * img.h;
    let buffer = this.buffers.pop();
    if (!buffer || buffer.byteLength < n) buffer = new ArrayBuffer(n);
    new Uint8Array(buffer, 0, n).set(img.g.subarray(0, n));
    const results = await this.send({ type: "frame", seq: ++this.seq, buffer, w: img.w, h: img.h, t: tSec }, [buffer]);
    results.picture = shot && (await shot);
    return results;
  }

  /** Post a frame to the worker; resolves to its results. Throws (synchronously in the promise)
   * when the message cannot be sent. */
  send(message, transfer) {
    return new Promise((resolve, reject) => {
      this.worker.postMessage(message, transfer);
      this.pending.set(message.seq, { resolve, reject });
    });
  }
}
