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
      const url = await verifiedUrl(manifest, "tracker_worker.js");
      const worker = new Worker(url);
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
      this.buffers.push(m.buffer);
      this.workerMs = m.ms;
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if (!p) return;
      if (m.error) p.reject(new Error("tracker worker: " + m.error));
      else p.resolve(m.results);
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

  async process(video, tSec) {
    const img = await this.local.grab(video);
    if (!img) return [];
    const n = img.w * img.h;
    let buffer = this.buffers.pop();
    if (!buffer || buffer.byteLength < n) buffer = new ArrayBuffer(n);
    new Uint8Array(buffer, 0, n).set(img.g.subarray(0, n));
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ type: "frame", seq, buffer, w: img.w, h: img.h, t: tSec }, [buffer]);
    });
  }
}
