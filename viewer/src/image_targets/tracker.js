// Image-target tracking for the viewer: a pure function API the tracker Worker can call.
//
//   const tracker = createImageTracker([parseTarget(buf), ...]);
//   const dets = tracker.process({ data, width, height, videoRange }, K);  // RGBA (or grey) pixels in
//   // (videoRange: grey from a camera's Y plane in video range, 16-235; the plain path stretches it)
//   // -> [{ id, pose: 16 numbers row-major marker -> camera (OpenCV axes, metres), corners,
//   //       inliers, score, state: "decoded" | "tracked" }]
//
// Each search: grey at about 640 px wide ("work"), "mab1" features (features.js), Hamming
// matching with a ratio test within each target (matching.js), RANSAC homography, a sane quad,
// then the appearance check (appearance.js). The targets not found there are searched again on
// the full-size frame against their small pyramid levels only, with corners on a finer grid: a
// far picture (1.5-2.5 m: 110-220 px wide in 720p) is half that in the work grey, too few pixels
// for its features (the desktop likewise searches the full 1280 px frame). A target found in the
// last frame is followed in a window around where it was, on the full-size frame while it is small
// there, and the others are searched every SEARCH_EVERY-th frame. Pose from the homography
// (geometry.js).
//
// A plain target (no features: a wash compiled "track by its outline") is found by the outline
// search (plain.js) when the bundle's tracking parameters carry tracking.plain, every
// OUTLINE_EVERY-th search and at once when it was lost, and followed by its outline.
import { appearance, MIN_APPEARANCE } from "./appearance.js";
import { features } from "./features.js";
import { apply, fitHomography, poseFromHomography, ransacHomography, refinePose, saneQuad } from "./geometry.js";
import { guided, levelRanges, match, RANSAC_PX } from "./matching.js";
import { IMAGE_SEARCH, searchParams } from "./params.js";
import { ASPECT_LOG, pictureQuads, rectangleAspect, rotations } from "./outline.js";
import { followPlain, OUTLINE_MIN_APPEARANCE, plainFind, referenceIsPlain } from "./plain.js";

export const WORK_WIDTH = 640, SEARCH_EVERY = 5;
export const MIN_INLIERS = IMAGE_SEARCH.min_inliers;
export { IMAGE_SEARCH, searchParams };
// RANSAC draws at least this many samples (the search's before it stopped by confidence)
const RANSAC_MIN_ITERS = 400;
export { MIN_APPEARANCE };
// The far pass: target levels up to FAR_MAX_SCALE of the reference (480 px: up to 240 px, a picture
// of that size on the full frame is found in the work grey already), corners every FAR_CELL px.
export const FAR_MAX_SCALE = 0.5, FAR_CELL = 4, FAR_FEATURES = 1000;
// The far pass costs several times the work-grey search (one target, nothing in view, node: ~80 ms
// against ~17 ms). While nothing is found it runs on the first search and then every FAR_EVERY-th
// one (a picture 2 m away stays put: found 4 frames later at most), and at once when a followed
// picture is lost, so the cards tracked in the same worker keep their frame rate. Measured on
// frames without the picture: mean 116 ms a frame with the far pass on every search, 33-38 with
// this, 21-24 before the far pass existed (medians 17 in both).
export const FAR_EVERY = 5;
// a followed picture narrower than this (full-frame px, its widest side) is followed on the full frame
export const FOLLOW_FULL_BELOW_PX = 260;
// the outline search (~LSD on the half-resolution grey) runs on every OUTLINE_EVERY-th search, as
// the desktop's (image_target.OUTLINE_EVERY), and at once when a plain picture was lost
export const OUTLINE_EVERY = 5;

/** RGBA or grey pixels -> grey, area-averaged by an integer factor to about WORK_WIDTH
 * (integer luma: (77 R + 150 G + 29 B) / 256). */
export function workGrey(frame, width = WORK_WIDTH) {
  const { data, width: fw, height } = frame;
  const ch = data.length === fw * height ? 1 : 4;
  const f = Math.max(1, Math.round(fw / width));
  if (f === 1 && ch === 1) return { grey: data, w: fw, h: height, f };
  const w = Math.floor(fw / f), h = Math.floor(height / f);
  const out = new Uint8Array(w * h), n = f * f, half = n >> 1;
  if (f === 2 && ch === 1) { // the usual case (a 1280 px camera's grey plane), without the inner loops
    for (let y = 0; y < h; y++) {
      let i = 2 * y * fw, o = y * w;
      for (let x = 0; x < w; x++, i += 2) out[o + x] = (data[i] + data[i + 1] + data[i + fw] + data[i + fw + 1] + 2) >> 2;
    }
    return { grey: out, w, h, f };
  }
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let s = 0;
    for (let dy = 0; dy < f; dy++) {
      let i = ((y * f + dy) * fw + x * f) * ch;
      for (let dx = 0; dx < f; dx++, i += ch) s += ch === 1 ? data[i] : (77 * data[i] + 150 * data[i + 1] + 29 * data[i + 2]) >> 8;
    }
    out[y * w + x] = ((s + half) / n) | 0;
  }
  return { grey: out, w, h, f };
}

/** workGrey's integer factor for this frame, without making the grey. */
export function workFactor(frame, width = WORK_WIDTH) { return Math.max(1, Math.round(frame.width / width)); }

// A grey level's pixels (x) -> full-frame pixels (u = f x + (f - 1) / 2) and back, for homographies.
function toFull(H, f) {
  const o = (f - 1) / 2;
  return [f * H[0] + o * H[6], f * H[1] + o * H[7], f * H[2] + o * H[8], f * H[3] + o * H[6], f * H[4] + o * H[7], f * H[5] + o * H[8], H[6], H[7], H[8]];
}
function fromFull(H, f) {
  const o = (f - 1) / 2;
  return [(H[0] - o * H[6]) / f, (H[1] - o * H[7]) / f, (H[2] - o * H[8]) / f, (H[3] - o * H[6]) / f, (H[4] - o * H[7]) / f, (H[5] - o * H[8]) / f, H[6], H[7], H[8]];
}

function quadOf(target, H) {
  return [[0, 0], [target.refW, 0], [target.refW, target.refH], [0, target.refH]].map(([x, y]) => apply(H, x, y));
}

/** One search of `targets` in the grey level `g` (optionally only inside `roi`); `far`: the far
 * pass's small target levels and finer corners; S: searchParams. Homographies in g's pixels. */
export function detect(targets, g, roi = null, far = false, S = IMAGE_SEARCH) {
  const { sub: pts, desc } = far ? features(g.grey, g.w, g.h, FAR_FEATURES, roi, FAR_CELL) : features(g.grey, g.w, g.h, 600, roi);
  const found = [];
  for (const t of targets) {
    const { src, dst } = match(t, desc, pts, levelRanges(t, far ? FAR_MAX_SCALE : Infinity), S);
    if (src.length < S.min_inliers) continue;
    const r = ransacHomography(src, dst, S.ransac_px / g.f, RANSAC_MIN_ITERS, S.ransac_confidence, S.ransac_max_iters);
    if (!r || r.inliers.length < S.min_inliers || r.inliers.length < S.min_inlier_share * src.length) continue;
    const fit = { H: r.H, inliers: r.inliers, pairs: { src: r.inliers.map((i) => src[i]), dst: r.inliers.map((i) => dst[i]) } };
    const g2 = guided(t, r.H, pts, desc);
    let hit = judged(t, g2 || fit, g);
    // guided matching can slide off a small picture (its few corners, the levels nearest its size):
    // then the ratio-test matches' own fit, as the desktop keeps its features' fit when the
    // refinement slid off (image_target._feature_finds)
    if (g2 && (!hit || hit.score < S.min_appearance)) {
      const h0 = judged(t, fit, g);
      if (h0 && (!hit || h0.score > hit.score)) hit = h0;
    }
    if (!hit || hit.score < S.min_appearance) continue;
    found.push(hit);
  }
  // look-alikes claiming the same place: the one that looks most like what is there wins
  found.sort((a, b) => b.score - a.score);
  const kept = [];
  for (const f of found) if (!kept.some((k) => overlap(k.quad, f.quad) > 0.5)) kept.push(f);
  return kept;
}

/** A fit ({H, inliers, pairs}) of target t in grey level g as a hit with its appearance score;
 * null when its quad cannot be a real view. */
function judged(t, fit, g) {
  const quad = quadOf(t, fit.H);
  if (!saneQuad(quad, t.refW, t.refH)) return null;
  return { target: t, H: fit.H, quad, inliers: fit.inliers.length, score: appearance(t, fit.H, g), pairs: fit.pairs };
}

function box(q) {
  const xs = q.map((p) => p[0]), ys = q.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
function overlap(a, b) {
  const A = box(a), B = box(b);
  const iw = Math.max(0, Math.min(A[2], B[2]) - Math.max(A[0], B[0])), ih = Math.max(0, Math.min(A[3], B[3]) - Math.max(A[1], B[1]));
  return (iw * ih) / Math.max(1, Math.min((A[2] - A[0]) * (A[3] - A[1]), (B[2] - B[0]) * (B[3] - B[1])));
}

/** Follow a target found in the last frame: its features matched only near where the last
 * homography puts them (FOLLOW_PX, a hand-held move between frames), then tightened (GUIDE_PX) —
 * no search through all descriptors. null when it is not there any more. */
const FOLLOW_PX = 16, FOLLOW_APPEARANCE = 0.85; // below: searched afresh in the same frame
export function follow(t, lastH, g, roi) {
  const { sub: pts, desc } = features(g.grey, g.w, g.h, 600, roi);
  const loose = guided(t, lastH, pts, desc, FOLLOW_PX);
  if (!loose || loose.inliers.length < 12) return null;
  const tight = guided(t, loose.H, pts, desc) || loose;
  const quad = quadOf(t, tight.H);
  if (!saneQuad(quad, t.refW, t.refH)) return null;
  const score = appearance(t, tight.H, g);
  if (score < FOLLOW_APPEARANCE) return null;
  return { target: t, H: tight.H, quad, inliers: tight.inliers.length, score, pairs: tight.pairs };
}

/** The wanted targets' plain finds on the outline quads of the full-size grey `full` (half: its
 * 2 x 2 means) that no hit covers already and no wanted featured target looks like (K: full-frame
 * pixels). Hits in full-frame pixels. */
function outlineFinds(wanted, plainTargets, full, half, work, K, hits, P) {
  const taken = hits.map((h) => h.quad), out = [];
  const aspects = [...new Set(wanted.map((t) => t.refW / t.refH))];
  for (const q of pictureQuads(half.grey, half.w, half.h, K, aspects)) {
    if (taken.some((b) => overlap(b, q) > 0.5)) continue;
    // the plain test first: most quads fail it, and then no featured target need be scored on them
    const hit = plainFind(plainTargets, wanted, q, full, K, P);
    if (!hit) continue;
    // a featured target whose reference looks like the inside claims the quad (a plain inside
    // correlates with a featured reference by chance, 0.2-0.3 seen on the desktop)
    let best = -1;
    const [aspect] = rectangleAspect(q, K);
    for (const t of wanted) {
      if (t.count === 0) continue;
      const r = t.refW / t.refH;
      for (const [k, turn] of rotations(q).entries()) {
        if (Math.abs(Math.log(aspect * (k % 2 ? r : 1 / r))) > ASPECT_LOG) continue;
        const H = fitHomography([[0, 0], [t.refW, 0], [t.refW, t.refH], [0, t.refH]], turn);
        if (H && saneQuad(turn, t.refW, t.refH)) best = Math.max(best, appearance(t, fromFull(H, work.f), work));
      }
    }
    if (best >= OUTLINE_MIN_APPEARANCE) continue;
    out.push(hit);
    taken.push(hit.quad);
    wanted = wanted.filter((t) => t !== hit.target);
  }
  return out;
}

/** K: {fx, fy, cx, cy} of the full-size frame (pixels). tracking: the manifest's `tracking`
 * object; its `plain` constants let plain targets be found by their outline (without: never). */
export function createImageTracker(targets, tracking = null) {
  let last = new Map(), frameNo = 0, searchNo = 0, outlineNo = 0; // last: id -> {quad, H (full-frame pixels), pose}
  const P = tracking && tracking.plain ? tracking.plain : null;
  const S = searchParams(tracking);
  const plainTargets = P ? targets.filter((t) => referenceIsPlain(t, P)) : [];
  return {
    reset() { last = new Map(); frameNo = 0; searchNo = 0; outlineNo = 0; },
    process(frame, K) {
      // the work grey and the full-size grey, each made when first needed: a small followed picture
      // with no search due needs only the full-size one (the work grey was a tenth of such a frame)
      let work = null, full = null;
      const workG = () => work || (work = workGrey(frame));
      const fullGrey = () => full || (full = workG().f === 1 ? workG() : workGrey(frame, frame.width));
      // The plain path's greys: the full-size one and its 2 x 2 means (the work grey of a 1280 px
      // frame), in full range. Its thresholds are the desktop's grey levels; a camera's Y plane in
      // video range (frame.videoRange: 16-235) has 0.86 of that contrast, and a wash's faint
      // outline no longer closes (the desktop's first test view: found in full range, not in video range).
      let plainFull = null, plainHalf = null;
      const plainG = () => plainFull || (plainFull = frame.videoRange ? fullRangeOf(fullGrey()) : fullGrey());
      const halfG = () => plainHalf || (plainHalf = frame.videoRange ? workGrey({ data: plainG().grey, width: frame.width, height: frame.height }, Math.round(frame.width / 2))
        : workG().f === 2 ? workG() : workGrey(frame, Math.round(frame.width / 2)));
      const out = [];
      const tracked = targets.filter((t) => last.has(t.id));
      const searchAll = tracked.length === 0 || frameNo % SEARCH_EVERY === 0;
      let hits = []; // H and quad in full-frame pixels from here on
      for (const t of tracked) { // a window around where it was; matched near its last homography
        const prev = last.get(t.id), b = box(prev.quad);
        if (t.count === 0) { // a plain picture: its outline near the last one
          const h = followPlain(t, prev.H, plainG(), halfG(), K, P);
          if (h) hits.push({ ...h, state: "tracked" });
          continue;
        }
        const small = Math.max(b[2] - b[0], b[3] - b[1]) < FOLLOW_FULL_BELOW_PX;
        const lv = small && workFactor(frame) > 1 ? fullGrey() : workG();
        const q = prev.quad.map(([u, v]) => [(u - (lv.f - 1) / 2) / lv.f, (v - (lv.f - 1) / 2) / lv.f]), bq = box(q);
        const pad = 0.1 * Math.max(bq[2] - bq[0], bq[3] - bq[1]) + 16;
        const roi = [Math.max(0, Math.floor(bq[0] - pad)), Math.max(0, Math.floor(bq[1] - pad)), Math.min(lv.w, Math.ceil(bq[2] + pad)), Math.min(lv.h, Math.ceil(bq[3] + pad))];
        const h = follow(t, fromFull(prev.H, lv.f), lv, roi);
        if (h) hits.push({ ...inFull(h, lv.f), state: "tracked" });
      }
      const missing = targets.filter((t) => !hits.some((h) => h.target.id === t.id));
      const lost = tracked.some((t) => !hits.some((h) => h.target.id === t.id)); // look everywhere at once
      if ((searchAll || lost) && missing.length) {
        const add = (found) => { hits = hits.concat(found.filter((h) => !hits.some((k) => overlap(k.quad, h.quad) > 0.5)).map((h) => ({ ...h, state: "decoded" }))); };
        const g = workG(), missingFeatured = missing.filter((t) => t.count > 0);
        if (missingFeatured.length) add(detect(missingFeatured, g, null, false, S).map((h) => inFull(h, g.f)));
        const still = missingFeatured.filter((t) => !hits.some((h) => h.target.id === t.id));
        const farDue = lost || searchNo % FAR_EVERY === 0;
        searchNo++;
        if (still.length && g.f > 1 && farDue) add(detect(still, fullGrey(), null, true, S));
        // plain pictures by their outline (the featured ones not found are wanted too: their
        // aspects are searched and they may claim a quad, as on the desktop)
        const outlineDue = lost || outlineNo % OUTLINE_EVERY === 0;
        outlineNo++;
        const wanted = missing.filter((t) => !hits.some((h) => h.target.id === t.id));
        if (outlineDue && plainTargets.some((t) => wanted.includes(t))) add(outlineFinds(wanted, plainTargets, plainG(), halfG(), g, K, hits, P));
      }
      const next = new Map();
      for (const h of hits) {
        const corners = h.quad;
        // A tilted plane has two nearby pose solutions that reproject almost alike; refine from the
        // homography's and from last frame's pose, and keep last frame's side unless it fits clearly worse.
        let pose = refinePose(poseFromHomography(h.H, h.target, K), h.target, h.pairs.src, h.pairs.dst, K), err = refinePose.error;
        const prev = last.get(h.target.id)?.pose;
        if (prev) {
          const p2 = refinePose(prev, h.target, h.pairs.src, h.pairs.dst, K);
          if (refinePose.error < 1.2 * err) pose = p2; // continuity unless it clearly fits worse (the flip)
        }
        out.push({ id: h.target.id, pose, corners, inliers: h.inliers, score: h.score, state: h.state });
        next.set(h.target.id, { quad: h.quad, H: h.H, pose });
      }
      last = next;
      frameNo++;
      return out;
    },
  };
}

/** A grey level ({grey, w, h, f}) of video-range values (16-235) stretched to full range (0-255). */
function fullRangeOf(g) {
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.max(0, Math.round(((v - 16) * 255) / 219)));
  const out = new Uint8Array(g.grey.length);
  for (let i = 0; i < out.length; i++) out[i] = lut[g.grey[i]];
  return { ...g, grey: out };
}

/** A hit found in a grey level of factor f, its homography, quad and matched points in full-frame pixels. */
function inFull(h, f) {
  if (f === 1) return h;
  const o = (f - 1) / 2, H = toFull(h.H, f);
  return { ...h, H, quad: quadOf(h.target, H), pairs: { src: h.pairs.src, dst: h.pairs.dst.map(([x, y]) => [f * x + o, f * y + o]) } };
}
