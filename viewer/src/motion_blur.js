// Heavy motion blur (museum_ar/tracking/motion_blur.py): a quick turn of the tablet smears the card
// along one direction by 13-25 px: 4-8 modules of a card 100-200 px wide. The Gaussian-per-axis
// prediction (identify.js) then scores true codes 0.4-0.6; predicted with the blur's real shape — a
// line of some length and direction — the true code scores ~0.96.
// The line is found from the modules every code shares (frame, quiet zone, the card's margin): each
// hypothesis (tracking.motion angles x lengths, then the best one's neighbours) blurs that known
// pattern and the best fit wins. Refined edges of a card smeared that much leave its corners 1.5-4 px
// off, where siblings cannot be told apart: the corners are first moved to where the blurred known
// pattern fits best (fitCorners, the desktop's fit_corners). Then every known code, as seen in each
// turn, is blurred by the line and correlated over the data modules. The module grid is piecewise
// constant, so the line becomes a kernel of whole-module shifts.

import { applyH, homography } from "./pose.js";
import { allModules, sampleClamped, seenIndex, squareToQuad } from "./module_grid.js";
import { decide, pearson, separation } from "./separation.js";

// Bundles exported before the corner fit's constants were shared get the desktop's of that time.
const FIT_STEPS_PX = [2.0, 1.0, 0.5];
const FIT_MAX_PASSES = 4;
const FIT_START_MIN_FIT = 0.5;

/** The best read of the heavy-blur model at corners `img`: {marker, corners (as printed), score,
 * model: "motion"} or null (below min_score_new, or a close rival not told apart).
 * params: tracking.identity; motion: tracking.motion; rough: the square's corners before refinement,
 * when it was refined: the corner fit starts from both and keeps the better fit (on a card smeared
 * 13-25 px the refined edges can lie several px inside a ramp, beyond the fit's reach). */
export function motionRead(g, w, h, img, prepared, params, motion, rough = null) {
  const groups = layoutGroups(prepared);
  const scored = [];
  for (const group of groups.values()) {
    // (fitted to the pattern every code shares: no code favoured; only from a start where a line
    // explains that pattern at all, which keeps the model's cost off most clutter)
    let fitted = null;
    for (const start of rough && rough.some(([x, y], k) => Math.hypot(x - img[k][0], y - img[k][1]) > 1) ? [img, rough] : [img]) {
      const f = fitCorners(g, w, h, start, group, motion);
      if (f.fit > -1 && (!fitted || f.fit > fitted.fit)) fitted = f;
    }
    if (!fitted) continue; // (no line fits: clutter, or not our frame)
    for (const s of motionScores(g, w, h, fitted.corners, group, motion)) scored.push(s);
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score);
  // A rival within min_margin (an exhibit's codes share their address: blurred, a sibling scores
  // ~0.75 from the shared modules alone) is told apart on the modules where the two differ, as the
  // desktop's _decide does (separation.js).
  const best = decide(scored, params, params.min_score_new, (b, r) => (r.grid !== b.grid ? 1 : separation(b.grid, b.predicted(), r.predicted())));
  if (!best) return null;
  return { marker: best.m, corners: [0, 1, 2, 3].map((p) => best.corners[(p - best.r + 4) % 4]), score: best.score, model: "motion" };
}

/** The prepared markers grouped by layout (one group per symbol size, units, offset and frame),
 * kept with the markers: each group caches its framed codes (framedCodes). */
export function layoutGroups(prepared) {
  let groups = prepared.motionGroups;
  if (!groups) {
    groups = new Map();
    for (const m of prepared) {
      const key = `${m.n}/${m.layout.units}/${m.layout.symbol_offset}/${m.layout.frame_modules}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(m);
    }
    prepared.motionGroups = groups;
  }
  return groups;
}

/** Each code of the group, framed, with one ring of white margin, light 1 / dark 0, as seen in
 * turn r ((U + 2)^2, row by row); and the group's known pattern: every data module at the codes'
 * mean, with where the modules every code shares are (all but the symbol). Cached on the group. */
export function framedCodes(group) {
  if (group.framed) return group.framed;
  const L = group[0].layout, U = L.units, f = L.frame_modules, n = group[0].n, m = U + 2, o = L.symbol_offset + 1;
  const codes = group.map((c) => [0, 1, 2, 3].map((r) => {
    const a = new Float32Array(m * m).fill(1);
    if (f) for (let i = 0; i < U; i++) for (let j = 0; j < U; j++) if (i < f || j < f || i >= U - f || j >= U - f) a[(i + 1) * m + j + 1] = 0;
    for (let k = 0; k < n * n; k++) { const s = seenIndex(k, n, r); a[(o + ((s / n) | 0)) * m + o + (s % n)] = c.bits[k] ? 0 : 1; }
    return a;
  }));
  const shared = new Uint8Array(m * m).fill(1);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) shared[(o + i) * m + o + j] = 0;
  const pattern = new Float32Array(m * m);
  for (const c of codes) for (let k = 0; k < m * m; k++) pattern[k] += c[0][k] / codes.length;
  let mean = 0;
  for (let k = 0; k < m * m; k++) if (!shared[k]) mean += pattern[k];
  mean /= n * n;
  for (let k = 0; k < m * m; k++) if (!shared[k]) pattern[k] = mean;
  const sharedIdx = [];
  for (let k = 0; k < m * m; k++) if (shared[k]) sharedIdx.push(k);
  group.framed = { codes, pattern, shared: Int32Array.from(sharedIdx), m };
  return group.framed;
}

/** A blur line of `length` px at `angle` degrees in the image as whole-module shifts with their
 * weights ({dx, dy, w} lists); J: module offset per image px (columns x, y). */
export function lineKernel(J, angle, length) {
  const t = (angle * Math.PI) / 180;
  const bx = (J[0] * Math.cos(t) + J[1] * Math.sin(t)) * length, by = (J[2] * Math.cos(t) + J[3] * Math.sin(t)) * length;
  const k = Math.max(8, Math.ceil(4 * Math.hypot(bx, by)));
  const bins = new Map();
  for (let i = 0; i < k; i++) {
    const s = (i + 0.5) / k - 0.5;
    const dx = Math.floor(s * bx + 0.5), dy = Math.floor(s * by + 0.5);
    const key = dy * 4096 + dx;
    bins.set(key, (bins.get(key) || 0) + 1 / k);
  }
  const dx = [], dy = [], wt = [];
  for (const [key, v] of bins) { const y = Math.round(key / 4096); dy.push(y); dx.push(key - y * 4096); wt.push(v); }
  return { dx, dy, wt };
}

/** The m x m grid `a` blurred by the kernel (as cv2.filter2D, edges replicated), at cell k. */
function blurredAt(a, m, kernel, k) {
  const i = (k / m) | 0, j = k % m;
  let acc = 0;
  for (let t = 0; t < kernel.wt.length; t++) {
    const ii = Math.min(m - 1, Math.max(0, i + kernel.dy[t])), jj = Math.min(m - 1, Math.max(0, j + kernel.dx[t]));
    acc += kernel.wt[t] * a[ii * m + jj];
  }
  return acc;
}

/** The m x m grid `a` with its edges replicated m cells out on every side ((3m)^2): a kernel's
 * shifts (clamped to +-m, beyond which they read the edge anyway) then need no clamping per tap,
 * which made the line fit ~3x slower. Cached on the array. */
function padded(a, m) {
  if (a.padded) return a.padded;
  const M = 3 * m, out = new Float32Array(M * M);
  for (let i = 0; i < M; i++) for (let j = 0; j < M; j++) {
    const ii = Math.min(m - 1, Math.max(0, i - m)), jj = Math.min(m - 1, Math.max(0, j - m));
    out[i * M + j] = a[ii * m + jj];
  }
  a.padded = out;
  return out;
}

/** The grid blurred by the kernel (as blurredAt) at the cells `cells` of the m x m grid, into out. */
export function blurredCells(a, m, kernel, cells, out) {
  const P = padded(a, m), M = 3 * m, taps = kernel.wt.length;
  const off = new Int32Array(taps);
  for (let t = 0; t < taps; t++) off[t] = Math.max(-m, Math.min(m, kernel.dy[t])) * M + Math.max(-m, Math.min(m, kernel.dx[t]));
  const wt = Float64Array.from(kernel.wt);
  for (let d = 0; d < cells.length; d++) {
    const k = cells[d], base = (((k / m) | 0) + m) * M + (k % m) + m;
    let acc = 0;
    for (let t = 0; t < taps; t++) acc += wt[t] * P[base + off[t]];
    out[d] = acc;
  }
  return out;
}

/** The blur line that best explains the pattern all the group's codes share at corners `img`:
 * {fit, kernel, vals (the sampled module grid), H}, or null below motion.min_fit (the desktop's
 * _line_fit). */
function lineFit(g, w, h, img, group, motion, minFit = motion.min_fit) {
  const U = group[0].layout.units;
  const unit = [[0, 0], [U, 0], [U, U], [0, U]];
  const H = homography(unit, img), Hinv = homography(img, unit);
  if (!H || !Hinv) return null;
  const vals = allModules(g, w, h, H, U);
  const { pattern, shared, m } = framedCodes(group);
  // image -> module coordinates near the square's centre (the blur is a line there)
  const cx = (img[0][0] + img[1][0] + img[2][0] + img[3][0]) / 4, cy = (img[0][1] + img[1][1] + img[2][1] + img[3][1]) / 4;
  const p0 = applyH(Hinv, cx, cy), p1 = applyH(Hinv, cx + 1, cy), p2 = applyH(Hinv, cx, cy + 1);
  const J = [p1[0] - p0[0], p2[0] - p0[0], p1[1] - p0[1], p2[1] - p0[1]]; // [[dmx/dx, dmx/dy], [dmy/dx, dmy/dy]]
  const vKnown = Float32Array.from(shared, (k) => vals[k]);
  const p = new Float32Array(shared.length);
  const fit = (angle, length) => pearson(blurredCells(pattern, m, lineKernel(J, angle, length), shared, p), vKnown);
  let best = -2, a0 = 0, l0 = 0;
  for (const a of motion.angles_deg) for (const ln of motion.lengths_px) { const s = fit(a, ln); if (s > best) { best = s; a0 = a; l0 = ln; } }
  const [ca, cl] = [a0, l0];
  for (const a of [ca - motion.fine_angle_deg, ca, ca + motion.fine_angle_deg]) for (const ln of [cl - motion.fine_length_px, cl, cl + motion.fine_length_px]) {
    const s = fit(a, ln);
    if (s > best) { best = s; a0 = a; l0 = ln; }
  }
  if (best < minFit) return null;
  return { fit: best, kernel: lineKernel(J, a0, l0), vals };
}

/** Corners moved to where the known pattern (frame, quiet zone, margin), blurred by the line
 * fitted at `img`, best matches the samples: {corners, fit} (the desktop's fit_corners). Coordinate
 * ascent on the fit, one corner coordinate at a time in steps of tracking.motion.fit_steps_px, at
 * most fit_max_passes passes a step; on heavily blurred squares only. Kept as they are (fit -1) where
 * no line explains the pattern at least motion.fit_start_min_fit well (the desktop: min_fit). */
export function fitCorners(g, w, h, img, group, motion) {
  const fitted = lineFit(g, w, h, img, group, motion, motion.fit_start_min_fit ?? FIT_START_MIN_FIT);
  if (!fitted) return { corners: img, fit: -1 };
  const { pattern, shared, m } = framedCodes(group);
  const U = group[0].layout.units;
  // the blurred known pattern at the shared modules, centred and of unit length
  const p = Float64Array.from(blurredCells(pattern, m, fitted.kernel, shared, new Float32Array(shared.length)));
  let mean = 0;
  for (const v of p) mean += v;
  mean /= p.length;
  let norm = 0;
  for (let d = 0; d < p.length; d++) { p[d] -= mean; norm += p[d] * p[d]; }
  norm = Math.sqrt(norm) + 1e-9;
  for (let d = 0; d < p.length; d++) p[d] /= norm;
  const px = Float64Array.from(shared, (k) => (k % m) - 0.5), py = Float64Array.from(shared, (k) => ((k / m) | 0) - 0.5);
  const v = new Float64Array(p.length);
  const score = (c) => {
    const H = squareToQuad(U, c);
    if (!H) return -2;
    let mv = 0;
    for (let d = 0; d < p.length; d++) {
      const den = H[6] * px[d] + H[7] * py[d] + H[8];
      v[d] = sampleClamped(g, w, h, (H[0] * px[d] + H[1] * py[d] + H[2]) / den, (H[3] * px[d] + H[4] * py[d] + H[5]) / den);
      mv += v[d];
    }
    mv /= p.length;
    let dot = 0, nv = 0;
    for (let d = 0; d < p.length; d++) { const a = v[d] - mv; dot += p[d] * a; nv += a * a; }
    return dot / (Math.sqrt(nv) + 1e-9);
  };
  const c = img.map(([x, y]) => [x, y]);
  let best = score(c);
  for (const step of motion.fit_steps_px || FIT_STEPS_PX) {
    for (let pass = 0; pass < (motion.fit_max_passes || FIT_MAX_PASSES); pass++) {
      let improved = false;
      for (let k = 0; k < 4; k++) for (let axis = 0; axis < 2; axis++) {
        for (const sign of [1, -1]) {
          c[k][axis] += sign * step; // (tried in place, put back unless it fits better)
          const s = score(c);
          if (s > best) { best = s; improved = true; break; }
          c[k][axis] -= sign * step;
        }
      }
      if (!improved) break;
    }
  }
  return { corners: c, fit: best };
}

/** Every code of the group in every turn, read with the line fitted at `img`: [{m, r, score,
 * corners}] (none when no line fits). */
function motionScores(g, w, h, img, group, motion) {
  const fitted = lineFit(g, w, h, img, group, motion);
  if (!fitted) return [];
  const { kernel, vals } = fitted;
  const L = group[0].layout, n = group[0].n, o = L.symbol_offset + 1;
  const { codes, m } = framedCodes(group);
  // the symbol's samples, for telling close rivals apart (one grid per square and layout)
  const grid = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) grid[i * n + j] = vals[(o + i) * m + o + j];
  const out = [];
  for (let ci = 0; ci < group.length; ci++) {
    const c = group[ci];
    for (let r = 0; r < 4; r++) {
      const seen = Int32Array.from(c.index, (k) => seenIndex(k, n, r));
      const cells = Int32Array.from(seen, (s) => (o + ((s / n) | 0)) * m + o + (s % n));
      const v = Array.from(cells, (k) => vals[k]);
      const pred = Array.from(cells, (k) => blurredAt(codes[ci][r], m, kernel, k));
      // the prediction over the symbol grid, data modules only (dark < light; 0 elsewhere), made
      // only for the best read and its close rivals
      const predicted = () => { const a = new Float32Array(n * n); seen.forEach((s, d) => { a[s] = pred[d] - 1; }); return a; };
      out.push({ m: c, r, score: pearson(pred, v), corners: img, grid, predicted });
    }
  }
  return out;
}
