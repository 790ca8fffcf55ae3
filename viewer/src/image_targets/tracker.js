// Image-target tracking for the viewer: a pure function API the tracker Worker can call.
//
//   const tracker = createImageTracker([parseTarget(buf), ...]);
//   const dets = tracker.process({ data, width, height }, K);  // RGBA (or grey) pixels in
//   // -> [{ id, pose: 16 numbers row-major marker -> camera (OpenCV axes, metres), corners,
//   //       inliers, score, state: "decoded" | "tracked" }]
//
// Each frame: grey at about 640 px wide, "mab1" features (features.js), Hamming matching with a
// ratio test within each target, RANSAC homography, a sane quad, then the appearance check (the
// frame pulled back onto the target's small grey picture, band-passed, normalised
// cross-correlation >= MIN_APPEARANCE; it tells a series of look-alikes apart). A target found in
// the last frame is searched only in a window around where it was (features there only), and
// the others every SEARCH_EVERY-th frame. Pose from the homography (geometry.js).
import { features } from "./features.js";
import { apply, poseFromHomography, ransacHomography, refinePose, saneQuad } from "./geometry.js";

export const WORK_WIDTH = 640, RATIO = 0.8, MIN_INLIERS = 8, RANSAC_PX = 2, MIN_APPEARANCE = 0.4, SEARCH_EVERY = 5;

function popcnt(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** RGBA or grey pixels -> grey, area-averaged by an integer factor to about WORK_WIDTH
 * (integer luma: (77 R + 150 G + 29 B) / 256). */
export function workGrey(frame) {
  const { data, width, height } = frame;
  const ch = data.length === width * height ? 1 : 4;
  const f = Math.max(1, Math.round(width / WORK_WIDTH));
  const w = Math.floor(width / f), h = Math.floor(height / f);
  const out = new Uint8Array(w * h), n = f * f, half = n >> 1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let s = 0;
    for (let dy = 0; dy < f; dy++) {
      let i = ((y * f + dy) * width + x * f) * ch;
      for (let dx = 0; dx < f; dx++, i += ch) s += ch === 1 ? data[i] : (77 * data[i] + 150 * data[i + 1] + 29 * data[i + 2]) >> 8;
    }
    out[y * w + x] = ((s + half) / n) | 0;
  }
  return { grey: out, w, h, f };
}

function match(target, fd, fpts, keep) {
  const src = [], dst = [];
  const n = target.count, td = target.desc;
  for (let q = 0; q < fpts.length; q++) {
    if (keep && !keep(fpts[q])) continue;
    let b1 = 257, b2 = 257, bi = -1;
    const o = q * 8;
    for (let t = 0; t < n; t++) {
      const p = t * 8;
      let d = 0;
      for (let k = 0; k < 8; k++) d += popcnt(fd[o + k] ^ td[p + k]);
      if (d < b1) { b2 = b1; b1 = d; bi = t; } else if (d < b2) b2 = d;
    }
    if (bi >= 0 && b1 < RATIO * b2) {
      src.push([target.points[bi * 2], target.points[bi * 2 + 1]]);
      dst.push(fpts[q]);
    }
  }
  return { src, dst };
}

/** Guided matching: every target point the homography puts within GUIDE_PX of a frame corner
 * with a close enough descriptor joins (no ratio test: the place is known), then the homography
 * is fitted again on all of them — several times the ratio test's points, a steadier pose. */
const GUIDE_PX = 2.5, GUIDE_BITS = 70;
function guided(target, H, fpts, fd, radius = GUIDE_PX) {
  const cell = Math.max(8, Math.ceil(radius)), grid = new Map();
  fpts.forEach(([x, y], i) => {
    const k = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(i);
  });
  const src = [], dst = [], used = new Set();
  for (let t = 0; t < target.count; t++) {
    const [u, v] = apply(H, target.points[t * 2], target.points[t * 2 + 1]);
    const gx = Math.floor(u / cell), gy = Math.floor(v / cell);
    let best = GUIDE_BITS, bi = -1;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      for (const i of grid.get(`${gx + dx},${gy + dy}`) || []) {
        if ((fpts[i][0] - u) ** 2 + (fpts[i][1] - v) ** 2 > radius * radius) continue;
        let d = 0;
        for (let k = 0; k < 8; k++) d += popcnt(fd[i * 8 + k] ^ target.desc[t * 8 + k]);
        if (d < best) { best = d; bi = i; }
      }
    }
    if (bi >= 0 && !used.has(bi)) { used.add(bi); src.push([target.points[t * 2], target.points[t * 2 + 1]]); dst.push(fpts[bi]); }
  }
  if (src.length < 12) return null;
  const r = ransacHomography(src, dst, RANSAC_PX, 100);
  return r && { ...r, pairs: { src: r.inliers.map((i) => src[i]), dst: r.inliers.map((i) => dst[i]) } };
}

function gaussBlur(img, w, h, sigma) {
  const r = Math.ceil(3 * sigma), k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) { k[i + r] = Math.exp((-i * i) / (2 * sigma * sigma)); sum += k[i + r]; }
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  const refl = (i, n) => { while (i < 0 || i >= n) i = i < 0 ? -i : 2 * n - 2 - i; return i; };
  const ix = new Int32Array((w + 2 * r)), iy = new Int32Array((h + 2 * r));
  for (let i = -r; i < w + r; i++) ix[i + r] = refl(i, w);
  for (let i = -r; i < h + r; i++) iy[i + r] = refl(i, h) * w;
  const tmp = new Float32Array(w * h), out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = 0; i <= 2 * r; i++) s += k[i] * img[row + ix[x + i]];
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let s = 0;
    for (let i = 0; i <= 2 * r; i++) s += k[i] * tmp[iy[y + i] + x];
    out[y * w + x] = s;
  }
  return out;
}

const bandPass = (img, w, h) => { const a = gaussBlur(img, w, h, 1.5), b = gaussBlur(img, w, h, 8); return a.map((v, i) => v - b[i]); };

/** Band-passed NCC of the target's check picture and the frame pulled back onto it. */
export function appearance(target, H, g) {
  const cw = target.checkW, chh = target.checkH, s = cw / target.refW;
  const back = new Float32Array(cw * chh), valid = new Uint8Array(cw * chh);
  let nValid = 0;
  for (let j = 0; j < chh; j++) for (let i = 0; i < cw; i++) {
    const [u, v] = apply(H, i / s, j / s);
    const x = Math.min(Math.max(u, 0), g.w - 1.001), y = Math.min(Math.max(v, 0), g.h - 1.001);
    const x0 = Math.floor(x), y0 = Math.floor(y), ax = x - x0, ay = y - y0, p = y0 * g.w + x0;
    back[j * cw + i] = (1 - ay) * ((1 - ax) * g.grey[p] + ax * g.grey[p + 1]) + ay * ((1 - ax) * g.grey[p + g.w] + ax * g.grey[p + g.w + 1]);
    if (u >= 0 && v >= 0 && u <= g.w - 1 && v <= g.h - 1) { valid[j * cw + i] = 1; nValid++; }
  }
  if (nValid < 0.5 * cw * chh) return MIN_APPEARANCE;
  if (!target.band) target.band = bandPass(target.check, cw, chh); // the target's side once
  const a = bandPass(back, cw, chh), b = target.band;
  let ma = 0, mb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { ma += a[i]; mb += b[i]; }
  ma /= nValid; mb /= nValid;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { const x = a[i] - ma, y = b[i] - mb; sab += x * y; saa += x * x; sbb += y * y; }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

function quadOf(target, H) {
  return [[0, 0], [target.refW, 0], [target.refW, target.refH], [0, target.refH]].map(([x, y]) => apply(H, x, y));
}

/** One search of `targets` in the work-size grey frame `g` (optionally only inside `roi`). */
export function detect(targets, g, roi = null) {
  const { sub: pts, desc } = features(g.grey, g.w, g.h, 600, roi);
  const found = [];
  for (const t of targets) {
    const { src, dst } = match(t, desc, pts);
    if (src.length < MIN_INLIERS) continue;
    const r = ransacHomography(src, dst, RANSAC_PX);
    if (!r || r.inliers.length < MIN_INLIERS || r.inliers.length < 0.25 * src.length) continue;
    let pairs = { src: r.inliers.map((i) => src[i]), dst: r.inliers.map((i) => dst[i]) };
    const g2 = guided(t, r.H, pts, desc);
    if (g2) { r.H = g2.H; r.inliers = g2.inliers; pairs = g2.pairs; }
    const quad = quadOf(t, r.H);
    if (!saneQuad(quad, t.refW, t.refH)) continue;
    const score = appearance(t, r.H, g);
    if (score < MIN_APPEARANCE) continue;
    found.push({ target: t, H: r.H, quad, inliers: r.inliers.length, score, pairs });
  }
  // look-alikes claiming the same place: the one that looks most like what is there wins
  found.sort((a, b) => b.score - a.score);
  const kept = [];
  for (const f of found) if (!kept.some((k) => overlap(k.quad, f.quad) > 0.5)) kept.push(f);
  return kept;
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

/** K: {fx, fy, cx, cy} of the full-size frame (pixels). */
export function createImageTracker(targets) {
  let last = new Map(), frameNo = 0;
  return {
    reset() { last = new Map(); frameNo = 0; },
    process(frame, K) {
      const g = workGrey(frame);
      const out = [];
      const tracked = targets.filter((t) => last.has(t.id));
      const searchAll = tracked.length === 0 || frameNo % SEARCH_EVERY === 0;
      let hits = [];
      for (const t of tracked) { // a window around where it was; matched near its last homography
        const b = box(last.get(t.id).quad);
        const pad = 0.1 * Math.max(b[2] - b[0], b[3] - b[1]) + 16;
        const roi = [Math.max(0, Math.floor(b[0] - pad)), Math.max(0, Math.floor(b[1] - pad)), Math.min(g.w, Math.ceil(b[2] + pad)), Math.min(g.h, Math.ceil(b[3] + pad))];
        const h = follow(t, last.get(t.id).H, g, roi);
        if (h) hits.push({ ...h, state: "tracked" });
      }
      const missing = targets.filter((t) => !hits.some((h) => h.target.id === t.id));
      const lost = tracked.some((t) => !hits.some((h) => h.target.id === t.id)); // look everywhere at once
      if ((searchAll || lost) && missing.length) hits = hits.concat(detect(missing, g).filter((h) => !hits.some((k) => overlap(k.quad, h.quad) > 0.5)).map((h) => ({ ...h, state: "decoded" })));
      const next = new Map();
      const f = g.f, off = (f - 1) / 2;
      for (const h of hits) {
        // work pixels -> full-frame pixels: u = f * x + (f - 1) / 2
        const Hf = [f * h.H[0] + off * h.H[6], f * h.H[1] + off * h.H[7], f * h.H[2] + off * h.H[8],
          f * h.H[3] + off * h.H[6], f * h.H[4] + off * h.H[7], f * h.H[5] + off * h.H[8], h.H[6], h.H[7], h.H[8]];
        const corners = quadOf(h.target, Hf);
        const full = h.pairs.dst.map(([x, y]) => [f * x + off, f * y + off]);
        // A tilted plane has two nearby pose solutions that reproject almost alike; refine from the
        // homography's and from last frame's pose, and keep last frame's side unless it fits clearly worse.
        let pose = refinePose(poseFromHomography(Hf, h.target, K), h.target, h.pairs.src, full, K), err = refinePose.error;
        const prev = last.get(h.target.id)?.pose;
        if (prev) {
          const p2 = refinePose(prev, h.target, h.pairs.src, full, K);
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
