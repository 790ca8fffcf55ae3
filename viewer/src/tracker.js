// Camera frames -> marker ids and poses. Detection runs on a downscaled grey image; corner
// refinement, identification and pose use the full-resolution one.

import { findQuads, halve, quadArea, refineCorners, toGrey } from "./detect.js";
import { deblurParams, deblurredLook, deblurredPatch } from "./deblur.js";
import { closestCodeScore } from "./deblur_gate.js";
import { edgeSpread } from "./edge_spread.js";
import { identify, looksLikeFrame, prepareMarkers } from "./identify.js";
import { PoseFilter } from "./filter.js";
import { applyH, homography, poseMatrixCV, quatFromR, RFromQuat, rotationAngle, solveSquarePose } from "./pose.js";

const MAX_DETECT_WIDTH = 720;
const REFINE_LOOKS = 3; // as the desktop's refine_corners(iterations=3)
const REFINE_SETTLED_PX = 0.05; // corners that moved less than this have settled
// Quads read per look, largest first. Was 8: a card at 1.8-2 m (~35 px) on a cluttered table came
// 9th (viewer_vs_desktop 1.8-2.0 m, frame 23; the desktop tries up to 64).
const MAX_QUADS = 16;

const YUV_FORMATS = new Set(["I420", "NV12", "I420A", "I422", "I444"]);

/** The Y plane of a YUV VideoFrame as a grey image {g, w, h}; store keeps the buffers between
 * frames (its .yuv and .grey). Where the plane is stored without padding, the grey image is a
 * view of the copied frame (no second copy). */
export async function greyOfVideoFrame(frame, store) {
  const vw = frame.visibleRect.width, vh = frame.visibleRect.height;
  const size = frame.allocationSize();
  if (!store.yuv || store.yuv.length !== size) store.yuv = new Uint8Array(size);
  const layout = await frame.copyTo(store.yuv);
  const { offset, stride } = layout[0];
  if (stride === vw) return { g: store.yuv.subarray(offset, offset + vw * vh), w: vw, h: vh };
  if (!store.grey || store.grey.length !== vw * vh) store.grey = new Uint8Array(vw * vh);
  for (let y = 0; y < vh; y++) store.grey.set(store.yuv.subarray(offset + y * stride, offset + y * stride + vw), y * vw);
  return { g: store.grey, w: vw, h: vh };
}

export class Tracker {
  /** markers: the manifest's markers; hfovDeg: the camera's horizontal field of view (from the
   * device, else the bundle's default); tracking: the manifest's `tracking` object, the one
   * source of every identity, filter and pose parameter (museum_ar/markers/tracking_params.py). */
  constructor(markers, hfovDeg, tracking) {
    if (!tracking || !tracking.identity || !tracking.filter) throw new Error("manifest has no tracking parameters: export the bundle again with this museum-ar");
    this.params = tracking;
    this.prepared = prepareMarkers(markers);
    // the desktop's stages for shadows and heavy motion blur (identify.js), when the bundle's
    // manifest carries their parameters (bundles exported before them read as before)
    this.stages = { lighting: tracking.lighting || null, motion: tracking.motion || null };
    this.hfov = (hfovDeg * Math.PI) / 180;
    this.canvas = null; // made on first use, so the tracker also runs in node on grey frames
    this.ctx = null;
    this.filters = new Map();
    this.grey = null;
    const u = this.prepared.map((m) => m.layout.frame_modules / m.layout.units);
    this.frameFraction = u.length ? Math.min(...u) : 0.06;
    // how far inside a square's edge the edge-spread profiles reach: the frame and half the quiet
    // zone of the largest layout, as a fraction of the side (the desktop's Tracker.inner_frac)
    const units = this.prepared.map((m) => m.layout.units);
    this.innerFrac = units.length && this.prepared[0].layout.frame_modules ? (this.prepared[0].layout.frame_modules + this.prepared[0].layout.quiet_modules / 2) / Math.max(...units) : 0.05;
    // Markers found in the last frame, followed from their corners without the whole-image search
    // (as the desktop does): id -> {corners, velocity (px per frame per corner), t}.
    this.following = new Map();
    this.fullScanEvery = (tracking.search && tracking.search.full_scan_every) || 10;
    this.sinceFullScan = Infinity;
    this.stats = { full: 0, followed: 0, fullResolution: 0 };
    // While nothing is found, every fallbackEvery frames the search also runs on the full-resolution
    // image: far away (1.4-2 m) the card's white margin is one or two pixels, and halving the image
    // merges the frame with a dark thing the card lies on (as the desktop's fallback look).
    this.fallbackEvery = (tracking.search && tracking.search.fallback_every) || 4;
    this.sinceFallback = Infinity;
    // The desktop's two looks for a card at 70-80 degrees that both searches missed
    // (tracking.search.faint_*, tracking.quads.hull_max_fill_error); a bundle exported before they
    // were shared carries no values and gets the desktop's of that time.
    const search = tracking.search || {};
    this.faint = { block: search.faint_window_px ?? 5, c: search.faint_offset ?? 5 };
    const qp = tracking.quads;
    this.quadOpts = qp ? { minSideRatio: qp.min_side_ratio, quads: { hull_max_fill_error: 0.15, ...qp } } : {};
    this.stats.faint = 0;
    // The desktop's look for a heavily motion-blurred card (tracking.search.blurred_*): only with
    // the motion-blur model (tracking.motion) that reads its squares; a bundle exported before the
    // look's values were shared gets the desktop's of that time.
    this.blurredLook = this.stages.motion ? { factor: search.blurred_scale_factor ?? 2, block: search.blurred_window_px ?? 11, c: search.blurred_offset ?? 5 } : null;
    this.stats.blurred = 0;
    // The desktop's look through the blur (tracking.deblur; deblur.js) after the blurred look, with
    // it; a bundle exported before its values were shared gets the desktop's of that time.
    this.deblur = this.blurredLook ? deblurParams(tracking) : null;
    this.stats.deblurred = 0;
    this.stats.gated = 0; // the look's squares no code of ours is close to (deblur_gate.js): not read
    this.stats.placedReads = 0; // ... and those read
  }

  /** Pinhole intrinsics guessed from the video size and a typical tablet field of view. OpenCV
   * convention: pixel centres at integers. */
  intrinsics(vw, vh) {
    const f = vw / 2 / Math.tan(this.hfov / 2);
    return { fx: f, fy: f, cx: (vw - 1) / 2, cy: (vh - 1) / 2 };
  }

  /** The current video frame as a grey image {g, w, h}. Where WebCodecs' VideoFrame gives a YUV
   * frame, its Y plane is the grey image already (no colour conversion, no canvas readback);
   * otherwise the frame is drawn to a canvas and converted. */
  async grab(video) {
    const vw = video.videoWidth, vh = video.videoHeight;
    if (!vw || !vh) return null;
    const frame = this.videoFrame(video);
    if (frame) {
      try {
        return await greyOfVideoFrame(frame, this);
      } finally {
        frame.close();
      }
    }
    this.grabPath = "canvas";
    return this.grabCanvas(video, vw, vh);
  }

  /** The current video frame as a WebCodecs VideoFrame whose first plane is the grey image (a YUV
   * frame of the whole picture), or null (no WebCodecs, or RGB frames: then the canvas path). The
   * caller closes it, or transfers it to the tracker's worker, which reads the Y plane there. */
  videoFrame(video) {
    if (typeof VideoFrame === "undefined" || this.useVideoFrame === false) return null;
    const vw = video.videoWidth, vh = video.videoHeight;
    let frame = null;
    try {
      frame = new VideoFrame(video);
      const r = frame.visibleRect;
      if (YUV_FORMATS.has(frame.format) && r.width === vw && r.height === vh) {
        this.grabPath = "videoframe-" + frame.format;
        return frame;
      }
    } catch (e) {
      // no frame to be had this way
    }
    if (frame) frame.close();
    this.useVideoFrame = false; // RGB frames: the canvas path is as good
    return null;
  }

  grabCanvas(video, vw, vh) {
    if (!this.canvas) this.canvas = document.createElement("canvas");
    if (this.canvas.width !== vw || this.canvas.height !== vh) {
      this.canvas.width = vw; this.canvas.height = vh;
      this.ctx = this.canvas.getContext("2d", { willReadFrequently: true });
    }
    this.ctx.drawImage(video, 0, 0, vw, vh);
    const rgba = this.ctx.getImageData(0, 0, vw, vh).data;
    this.grey = toGrey(rgba, vw, vh, this.grey);
    return { g: this.grey, w: vw, h: vh };
  }

  /** Grab and track the current video frame; resolves to [{id, pose (16, column-major,
   * marker -> OpenCV camera), raw {R, t}, corners, score, err}], with `.picture` an ImageBitmap of
   * the same frame when wantPicture (the caller closes it). */
  async process(video, tSec, wantPicture = false) {
    const shot = wantPicture && typeof createImageBitmap !== "undefined" ? createImageBitmap(video).catch(() => null) : null; // same task, same frame
    const img = await this.grab(video);
    const results = img ? this.processGrey(img.g, img.w, img.h, tSec) : [];
    results.picture = shot && (await shot);
    return results;
  }

  processGrey(g, w, h, tSec) {
    const K = this.intrinsics(w, h);
    this.unread = []; // this frame's squares read as none of ours (see read)
    // While every marker of the last frame is found again near where it moved, the whole-image
    // search (~2/3 of a frame's work) is skipped, except every fullScanEvery frames for markers
    // that came into view. A marker is only kept by identifying it again at its new place.
    let found = null;
    if (this.following.size && this.sinceFullScan < this.fullScanEvery) found = this.follow(g, w, h, K);
    if (found) {
      this.sinceFullScan++;
      this.stats.followed++;
    } else {
      found = this.search(g, w, h, K);
      this.sinceFullScan = 0;
      this.stats.full++;
    }
    const following = new Map();
    for (const r of found.values()) {
      const before = this.following.get(r.id);
      const velocity = before ? r.corners.map((c, k) => [c[0] - before.corners[k][0], c[1] - before.corners[k][1]]) : null;
      following.set(r.id, { corners: r.corners, velocity });
    }
    this.following = following;
    return this.finish(found, tSec, K);
  }

  /** The markers of the last frame, each looked for where its corners moved (the last motion
   * continued); null when one of them is not found there (then the whole image is searched). */
  follow(g, w, h, K) {
    const found = new Map();
    for (const [id, f] of this.following) {
      const rough = f.corners.map((c, k) => (f.velocity ? [c[0] + f.velocity[k][0], c[1] + f.velocity[k][1]] : c));
      if (rough.some(([x, y]) => x < 2 || y < 2 || x > w - 3 || y > h - 3)) return null;
      const r = this.read(g, w, h, K, rough, Math.sqrt(Math.abs(quadArea(rough))), true);
      if (!r || r.id !== id) return null;
      found.set(id, r);
    }
    return found;
  }

  /** The whole-image search: dark quads on the downscaled image, each refined and identified;
   * when that finds nothing, now and then on the full-resolution image too. */
  search(g, w, h, K) {
    let small = { g, w, h }, factor = 1;
    while (small.w > MAX_DETECT_WIDTH) { small = halve(small.g, small.w, small.h); factor *= 2; }
    let found = this.searchIn(g, w, h, K, small, factor);
    if (found.size) {
      this.sinceFallback = Infinity;
    } else if (factor > 1 && ++this.sinceFallback >= this.fallbackEvery) {
      this.sinceFallback = 0;
      this.stats.fullResolution++;
      // (a dark region's convex hull may fill its quad less exactly here: a thin frame broken up)
      found = this.searchIn(g, w, h, K, { g, w, h }, 1, { hulls: true });
      if (!found.size && this.blurredLook) found = this.searchBlurred(g, w, h, K, small, factor);
      if (!found.size) {
        // A card at 70-80 degrees whose long frame sides are ~1 px wide: halved, they are a faint
        // grey line the wide threshold drops. A last look at the search's scale with a small
        // window and a low offset keeps it, as the desktop's last look (only here: on a frame
        // where nothing was found, at the fallback's pace).
        this.stats.faint++;
        found = this.searchIn(g, w, h, K, small, factor, { threshold: this.faint });
      }
    }
    return found;
  }

  /** Heavy motion blur (13-25 px) smears the frame's sides into ramps wider than the search's
   * threshold window: its ring breaks up and no component follows the card. At a quarter of the
   * resolution (tracking.search.blurred_scale_factor times the search's; the blur shrinks with it)
   * with the desktop's mean threshold (blurred_window_px, blurred_offset) the ring holds (the
   * desktop's Tracker._blurred_look). Its squares are read as blurred: their edges' spread decides
   * the line-shaped model even where the refinement fails (the corners are then fitted to the
   * blurred frame, motion_blur.js). Only on a frame where the full-resolution look found nothing
   * too, at the fallback's pace. */
  searchBlurred(g, w, h, K, small, factor) {
    this.stats.blurred++;
    let img = small, f = factor;
    for (let k = 1; k < this.blurredLook.factor; k *= 2) { img = halve(img.g, img.w, img.h); f *= 2; }
    const look = { threshold: { block: this.blurredLook.block, c: this.blurredLook.c }, minSide: Math.max(4, Math.round(32 / f)) };
    const found = this.searchIn(g, w, h, K, img, f, look, true);
    return found.size || !this.deblur ? found : this.searchDeblurred(g, w, h, K, small, factor);
  }

  /** Still nothing: the frame's blur line measured on the search's image and undone (deblur.js,
   * the desktop's deblurred look), squares searched there with tracking.deblur's threshold and read
   * on the blurred frame at the corners found (readPlaced). */
  searchDeblurred(g, w, h, K, small, factor) {
    this.stats.deblurred++;
    let img = small, f = factor;
    for (let k = 1; k < this.deblur.search_scale; k *= 2) { img = halve(img.g, img.w, img.h); f *= 2; }
    const threshold = { block: this.deblur.window_px, c: this.deblur.offset };
    // (each square's edges refined on the deblurred picture, where they are steps again: the hull's
    // corners were up to 4.3 px off on a smeared card, refined 0.5-1.9; the desktop's contour
    // polygon's 1.6-2.5; benchmark heavy-blur frames 1, 2, 8, 14)
    const find = (sharp) => {
      const all = findQuads(sharp.g, sharp.w, sharp.h, { ...this.quadOpts, threshold });
      return all.filter((q) => !q.hull).slice(0, MAX_QUADS).map((q) => ({ ...q, corners: refineCorners(sharp.g, sharp.w, sharp.h, q.corners, Math.sqrt(q.area) * this.frameFraction) || q.corners }));
    };
    const look = deblurredLook(img, f, find, this.deblur);
    const found = new Map();
    if (!look) return found;
    for (const q of look.quads) {
      const r = this.readPlaced(g, w, h, K, q.corners, Math.sqrt(q.area), look.line);
      if (!r) continue;
      const prev = found.get(r.id);
      if (prev && prev.score >= r.score) continue;
      found.set(r.id, r);
    }
    return found;
  }

  /** A square of the deblurred look, whose corners are as good as edges give (~1-2 px off on a card
   * smeared 13-25 px, where refining on the blurred frame often moves them 3-6 px away): read at
   * them on the blurred frame (its edge spread measured there: the motion-blur model), else on the
   * frame around it with the blur line undone (deblurredPatch: the usual read of the modules come
   * back), else refined and read as any blurred square (the desktop's _scan with placed=True). */
  readPlaced(g, w, h, K, corners, side, line) {
    if (!looksLikeFrame(g, w, h, corners, this.prepared)) return null; // (the desktop's first test of any square)
    // Is any code of ours even close under the measured line (deblur_gate.js, ~0.2 ms)? Another
    // exhibit's smeared card otherwise cost every read below (~10-40 ms a square, the look's
    // squares ~70 ms a frame), and never anchors.
    if (closestCodeScore({ g, w, h }, corners, this.prepared, line) < this.deblur.gate_min_score) { this.stats.gated++; return null; }
    this.stats.placedReads++;
    const accept = (id) => (id && (id.score >= (this.params.identity.min_score_new ?? 0) || this.continues(id.marker.id, id.corners)) ? id : null);
    const readAt = (img, at) => {
      const spread = edgeSpread(img.g, img.w, img.h, at, this.innerFrac);
      return accept(identify(img.g, img.w, img.h, at, this.prepared, this.params.identity, spread, { ...this.stages, edgeSpread: () => spread }));
    };
    let id = readAt({ g, w, h }, corners);
    if (!id) {
      const patch = deblurredPatch({ g, w, h }, corners, line, this.deblur.wiener_noise);
      const there = patch && readAt(patch.img, patch.corners);
      if (there) {
        // the read's first corner, as printed, is one of the square's: the same turn on the frame
        let k0 = 0;
        for (let k = 1; k < 4; k++) if (Math.hypot(there.corners[0][0] - patch.corners[k][0], there.corners[0][1] - patch.corners[k][1]) < Math.hypot(there.corners[0][0] - patch.corners[k0][0], there.corners[0][1] - patch.corners[k0][1])) k0 = k;
        id = { ...there, corners: [0, 1, 2, 3].map((p) => corners[(k0 + p) % 4]) };
      }
    }
    if (!id) return this.read(g, w, h, K, corners, side, false, true);
    const pose = solveSquarePose(id.corners, id.marker.edgeM, K, innerCorners(g, w, h, id));
    if (!pose) return null;
    return { id: id.marker.id, corners: id.corners, score: id.score, err: pose.err, raw: pose };
  }

  /** The quads of `small` (the frame, or it halved `factor` times) refined and read at full
   * resolution. look: findQuads' options for this look ({hulls} or {threshold}); blurred: the
   * blurred look's squares (see read). */
  searchIn(g, w, h, K, small, factor, look = {}, blurred = false) {
    // (quads as thin as the desktop's candidates, tracking.quads: a card at 70-80 degrees)
    const all = findQuads(small.g, small.w, small.h, { ...this.quadOpts, ...look });
    // the MAX_QUADS largest; on the full-resolution look the quads only its hull allowance gave
    // come after them (up to 8 more), so that none displaces a usual candidate (the desktop tries
    // up to 64)
    const quads = all.filter((q) => !q.hull).slice(0, MAX_QUADS).concat(all.filter((q) => q.hull).slice(0, 8));
    const found = new Map();
    for (const q of quads) {
      // a box-averaged pixel i covers full-resolution pixels factor*i .. factor*i + factor - 1
      const rough = q.corners.map(([x, y]) => [x * factor + (factor - 1) / 2, y * factor + (factor - 1) / 2]);
      if (q.corners.visible) rough.visible = q.corners.visible; // (a frame with a hidden corner: its sides' seen stretches)
      const r = this.read(g, w, h, K, rough, Math.sqrt(q.area) * factor, false, blurred);
      if (!r) continue;
      const prev = found.get(r.id);
      if (prev && prev.score >= r.score) continue;
      found.set(r.id, r);
    }
    return found;
  }

  /** Refine, identify and pose one quad: a result, or null when it is none of our markers.
   * `strict`: the edges must be found (a followed marker's predicted corners are a guess; the
   * search's quads are the dark shapes themselves and may stand for their corners). `blurred`: a
   * square of the blurred look, whose edges may be too smeared to refine: the line-shaped blur
   * model may read it at its rough corners (elsewhere only refined squares go to it, as on the
   * desktop, whose blurred refinement the viewer does not have). */
  read(g, w, h, K, rough, side, strict = false, blurred = false) {
    const band = side * this.frameFraction;
    let refined = refineCorners(g, w, h, rough, band);
    if (!refined && strict) return null;
    // A rough corner can be many pixels off (a finger over it merges with the frame's dark
    // region; a predicted corner is a guess): the profiles then sit askew on its two sides and
    // the edge runs out of their reach near that end. Look again from where the edges were found,
    // as the desktop does (quads._refine: up to 3 looks, until the corners stop moving); a look
    // that fails keeps the last good corners.
    for (let look = 1; refined && look < REFINE_LOOKS; look++) {
      const again = refineCorners(g, w, h, refined, band);
      if (!again) break;
      let moved = 0;
      for (let k = 0; k < 4; k++) moved = Math.max(moved, Math.hypot(again[k][0] - refined[k][0], again[k][1] - refined[k][1]));
      refined = again;
      if (moved < REFINE_SETTLED_PX) break;
    }
    const corners = refined || rough;
    // The looks of one frame give the same square again (each look's threshold finds the card, the
    // other exhibit's card, a picture frame): read once, as the desktop's scans keep their unread
    // squares. (The motion-blur model costs ~15 ms a read; on another exhibit's blurred card it
    // ran in every look.)
    // (an unrefined square read where the motion model may not run is read again where it may)
    // (and from the same rough corners: the motion model's corner fit starts there too)
    const full = Boolean(refined || blurred);
    if (this.unread && this.unread.some((u) => (u.full || !full) && sameCorners(u.corners, corners) && sameCorners(u.rough, rough))) return null;
    const none = () => { if (this.unread) this.unread.push({ corners, rough, full }); return null; };
    // the desktop's edge spread (long profiles across each side), for the motion-blur model's
    // gate and the usual read's blur (measured only when asked)
    let spread = null;
    const measure = refined || blurred ? () => (spread = spread || edgeSpread(g, w, h, corners, this.innerFrac)) : null;
    // Edges wider than tracking.edges.blur_min_spread_px: the codes are predicted blurred so, by
    // that spread per axis (the desktop's _spread and _psf_hypotheses). Measured the desktop's way,
    // not by the refinement's lobe: a card at 70-80 degrees whose ~1 px frame sides the lobe reads
    // 0.6-1.3 px wide spreads 1.2-4.3 px there, and its code reads 0.72-0.85 without it, 0.85-0.90
    // with it (benchmark tilt frames 19, 63, 95, 173). Except where the lobe itself is as wide as
    // a smear the line model reads (motion.min_spread_px): the refined corners of a 13-25 px smear
    // are a few px off (the viewer has no blurred refinement retry), and the desktop's wider
    // measure let the usual read take them (heavy-blur frame 5: 0.9 -> 6.7 px from the truth),
    // where the line model's corner fit places them.
    const smeared = refined && this.stages.motion && Math.max(...refined.spread) >= this.stages.motion.min_spread_px;
    const blur = smeared ? refined.spread : measure && (() => { const s = measure(); return Math.max(...s) >= this.params.edges.blur_min_spread_px ? s : null; });
    const id = identify(g, w, h, corners, this.prepared, this.params.identity, blur, { ...this.stages, edgeSpread: measure, rough: refined ? rough : null, refinedSpread: refined ? refined.spread : null, smeared });
    if (!id) return none();
    // A soft read (under min_score_new) only continues a marker where it was last frame; a new one
    // must be clear (the desktop's Tracker._identify): another exhibit's code 72 modules from ours
    // scores 0.73-0.77, sharp or blurred (benchmark heavy-blur frame 162: 0.76 on the other card;
    // VGA frame 21: 0.77, sharp, 0.9 px a module). A card at 70-80 degrees that reads only
    // 0.72-0.85 is then not found on that frame (benchmark tilt: 5 of 200 single frames; so the
    // desktop too).
    const soft = id.score < (this.params.identity.min_score_new ?? 0);
    if (!strict && soft && !this.continues(id.marker.id, id.corners)) return none();
    const pose = solveSquarePose(id.corners, id.marker.edgeM, K, innerCorners(g, w, h, id));
    if (!pose) return null;
    return { id: id.marker.id, corners: id.corners, score: id.score, err: pose.err, raw: pose };
  }

  /** Does a square at `corners` continue marker `id` of the last frame (near where its corners
   * moved; the desktop's loose _same_quad: centres within a quarter of the side, areas within 30 %)? */
  continues(id, corners) {
    const f = this.following.get(id);
    if (!f) return false;
    const before = f.corners.map((c, k) => (f.velocity ? [c[0] + f.velocity[k][0], c[1] + f.velocity[k][1]] : c));
    const centre = (q) => [0, 1].map((a) => (q[0][a] + q[1][a] + q[2][a] + q[3][a]) / 4);
    const [ax, ay] = centre(before), [bx, by] = centre(corners);
    const side = (Math.hypot(before[1][0] - before[0][0], before[1][1] - before[0][1]) + Math.hypot(before[2][0] - before[1][0], before[2][1] - before[1][1])) / 2;
    if (Math.hypot(ax - bx, ay - by) >= Math.max(3, 0.25 * side)) return false;
    return Math.abs(Math.abs(quadArea(before)) / Math.max(Math.abs(quadArea(corners)), 1e-6) - 1) < 0.3;
  }

  /** Temporal filtering and the choice between the two pose solutions. */
  finish(found, tSec, K) {
    const out = [];
    for (const r of found.values()) {
      let f = this.filters.get(r.id);
      if (!f) { f = new PoseFilter(this.params.filter); this.filters.set(r.id, f); }
      const alt = r.raw.alt;
      if (alt && f.last && tSec - f.lastTime < 0.5) {
        // two near-equal solutions: keep the one closer to the last frame (no flips)
        const prev = RFromQuat(f.last);
        if (rotationAngle(prev, alt.R) < rotationAngle(prev, r.raw.R)) r.raw = { ...alt, alt: r.raw };
      }
      const sm = f.apply(quatFromR(r.raw.R), r.raw.t, tSec);
      r.pose = poseMatrixCV(RFromQuat(sm.q), sm.t);
      r.K = K;
      out.push(r);
    }
    return out;
  }
}

/** Two quads with every corner within a pixel, in some turn (a square found again). */
function sameCorners(a, b) {
  for (let r = 0; r < 4; r++) {
    let far = false;
    for (let k = 0; k < 4 && !far; k++) far = Math.hypot(a[k][0] - b[(k + r) % 4][0], a[k][1] - b[(k + r) % 4][1]) > 1;
    if (!far) return true;
  }
  return false;
}

/** The frame's inner corners (where it meets the quiet zone), refined like the outer ones: four
 * more points for the pose, halving its noise. null when they cannot be measured. */
function innerCorners(g, w, h, id) {
  const { units: U, frame_modules: f, quiet_modules: q } = id.marker.layout;
  if (!f || !q) return null;
  const H = homography([[0, 0], [U, 0], [U, U], [0, U]], id.corners);
  if (!H) return null;
  const guess = [[f, f], [U - f, f], [U - f, U - f], [f, U - f]].map(([x, y]) => applyH(H, x, y));
  const side = Math.hypot(id.corners[1][0] - id.corners[0][0], id.corners[1][1] - id.corners[0][1]);
  const band = (side / U) * Math.min(f, q);
  if (band < 2.5) return null; // too small to measure apart from the outer edge
  const img = refineCorners(g, w, h, guess, band, false);
  if (!img) return null;
  const s = (id.marker.edgeM / 2) * ((U - 2 * f) / U);
  return { obj: [[-s, 0, -s], [s, 0, -s], [s, 0, s], [-s, 0, s]], img };
}
