// Which marker a detected square is, and which way up: sample the QR module grid through the
// square's homography and compare with each marker's expected module matrix from the manifest.
// Ported from museum_ar/tracking/identity.py (match_known): the frame and quiet zone must look
// like our card's (the ring test), and the comparison is a correlation over the *data* modules
// only — finder, timing and alignment patterns are the same in every QR code and made foreign
// museum-ar cards (same address, other fragment) score 0.80-0.85 when counted. An id is taken
// only above tracking.identity.min_score and with tracking.identity.min_margin to the runner-up
// (another code or this code turned). All thresholds come from the manifest.

import { applyH, homography } from "./pose.js";
import { bilinear } from "./detect.js";
import { allModules, seenIndex } from "./module_grid.js";
import { motionRead } from "./motion_blur.js";
import { decide, separation } from "./separation.js";

// Alignment pattern centres per QR version (ISO/IEC 18004 table E.1), versions 1-10.
const ALIGN = [[], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

/** Flat indices of the modules that carry data (differ between codes of this size): all but
 * the finder patterns with their separators, the timing patterns, alignment patterns and the
 * fixed dark module. */
export function dataIndices(n) {
  const v = (n - 17) / 4;
  const fixed = new Uint8Array(n * n);
  const mark = (r, c) => { if (r >= 0 && c >= 0 && r < n && c < n) fixed[r * n + c] = 1; };
  for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) { mark(r, c); mark(r, n - 1 - c); mark(n - 1 - r, c); }
  for (let i = 0; i < n; i++) { mark(6, i); mark(i, 6); }
  const al = ALIGN[v] || [];
  for (const r of al) for (const c of al) {
    if ((r < 9 && c < 9) || (r < 9 && c > n - 10) || (r > n - 10 && c < 9)) continue; // under a finder
    for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) mark(r + dr, c + dc);
  }
  mark(4 * v + 9, 8);
  const out = [];
  for (let k = 0; k < n * n; k++) if (!fixed[k]) out.push(k);
  return Int32Array.from(out);
}

/** Prepare the manifest's markers for matching: the expected modules (1 = dark) and which of
 * them carry data. */
export function prepareMarkers(markers) {
  return markers.map((m) => {
    const n = m.layout.symbol_modules;
    const bits = new Uint8Array(n * n);
    m.modules.forEach((row, i) => { for (let j = 0; j < n; j++) bits[i * n + j] = row.charCodeAt(j) === 49 ? 1 : 0; });
    return { id: m.id, layout: m.layout, bits, n, index: dataIndices(n), edgeM: m.edge_m };
  });
}

const median = (a) => { const s = Float32Array.from(a).sort(); return s[s.length >> 1]; };

/** How well the square looks like our card: the fraction (worst of the two) of points along the
 * middle of the frame that are dark and along the middle of the quiet zone that are light; with
 * the quiet zone's samples (for the uneven-light test). */
function ringScore(g, w, h, H, layout) {
  const { units: U, frame_modules: f, quiet_modules: q } = layout;
  if (!f) return { ring: 1, thr: null, quiet: null };
  const ring = (inset) => {
    const out = [];
    for (let i = 0; i < 24; i++) {
      const s = inset + ((U - 2 * inset) * i) / 23;
      for (const [x, y] of [[s, inset], [s, U - inset], [inset, s], [U - inset, s]]) {
        const [px, py] = applyH(H, x, y);
        out.push(bilinear(g, w, h, px, py));
      }
    }
    return out.filter((v) => v >= 0);
  };
  const frame = ring(f / 2), quiet = ring(f + q / 2);
  if (frame.length < 48 || quiet.length < 48) return { ring: 0, thr: 0, quiet: null };
  const dark = median(frame), light = median(quiet);
  const thr = (dark + light) / 2;
  if (light - dark < 10) return { ring: 0, thr, quiet, frameDark: 0 };
  const frameDark = frame.filter((v) => v < thr).length / frame.length;
  return { ring: Math.min(frameDark, quiet.filter((v) => v > thr).length / quiet.length), thr, quiet, frameDark };
}

// --- uneven light (uneven_light.py sample_lit) -------------------------------------------------
// A shadow's edge across the card leaves one part at 30-55 % of the other's light, so one threshold
// between the frame's dark and the quiet zone's light reads the shadowed light modules dark and
// the ring test fails. When it fails and the quiet zone is unevenly lit (its 10th percentile below
// tracking.lighting.max_ratio times its 90th), every module (and a ring of the card's white margin
// half a module out) is divided by the light falling on it: the grey levels' morphological closing
// over close_modules x close_modules modules, which keeps the shadow's edge where it is. Evenly lit
// squares are read as before.

function uneven(quiet, maxRatio) {
  const s = Float32Array.from(quiet).sort();
  const k = Math.floor(s.length / 10);
  return s[k] < maxRatio * s[s.length - 1 - k];
}

/** Grey morphological closing (max, then min) over k x k cells of an m x m grid, edges replicated. */
function closing(vals, m, k) {
  const r = k >> 1;
  const pass = (src, useMax) => {
    const tmp = new Float32Array(m * m), out = new Float32Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
      let v = src[i * m + j];
      for (let d = -r; d <= r; d++) { const x = src[i * m + (j + d < 0 ? 0 : j + d >= m ? m - 1 : j + d)]; v = useMax ? (x > v ? x : v) : (x < v ? x : v); }
      tmp[i * m + j] = v;
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
      let v = tmp[i * m + j];
      for (let d = -r; d <= r; d++) { const x = tmp[(i + d < 0 ? 0 : i + d >= m ? m - 1 : i + d) * m + j]; v = useMax ? (x > v ? x : v) : (x < v ? x : v); }
      out[i * m + j] = v;
    }
    return out;
  };
  return pass(pass(vals, true), false);
}

const ringCache = new Map();
/** Flat indices (in allModules' grid) of the frame's middle ring of modules and of the quiet
 * zone's rings. */
function ringModules(U, f, q) {
  const key = `${U}/${f}/${q}`;
  let r = ringCache.get(key);
  if (r) return r;
  const m = U + 2;
  const ring = (k, out) => {
    for (let a = k + 1; a < m - k - 1; a++) for (const [i, j] of [[k + 1, a], [m - k - 2, a], [a, k + 1], [a, m - k - 2]]) out.add(i * m + j);
    return out;
  };
  const quiet = new Set();
  for (let k = f; k < f + q; k++) ring(k, quiet);
  r = { frame: Int32Array.from(ring(f >> 1, new Set())), quiet: Int32Array.from(quiet) };
  ringCache.set(key, r);
  return r;
}

/** The symbol's modules divided by the light on them: {seen (n x n), thr, ring}. */
function sampleNormalised(g, w, h, H, layout, lighting) {
  const { units: U, frame_modules: f, quiet_modules: q, symbol_offset: o0, symbol_modules: n } = layout;
  const m = U + 2;
  const vals = allModules(g, w, h, H, U);
  const light = closing(vals, m, lighting.close_modules);
  const norm = new Float32Array(m * m);
  for (let k = 0; k < m * m; k++) norm[k] = vals[k] * (255 / Math.max(light[k], 8));
  const idx = ringModules(U, f, q);
  const frame = Array.from(idx.frame, (k) => norm[k]), quiet = Array.from(idx.quiet, (k) => norm[k]);
  const dark = median(frame), lit = median(quiet);
  const thr = (dark + lit) / 2;
  let ring = 0;
  if (lit - dark >= lighting.min_contrast) ring = Math.min(frame.filter((v) => v < thr).length / frame.length, quiet.filter((v) => v > thr).length / quiet.length);
  const o = o0 + 1, seen = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const [x, y] = applyH(H, o0 + j + 0.5, o0 + i + 0.5);
    seen[i * n + j] = x < 0 || y < 0 || x > w - 1.001 || y > h - 1.001 ? -1 : norm[(o + i) * m + o + j]; // (off the image: as the usual read)
  }
  return { seen, thr, ring };
}

// Mirrors museum_ar/tracking/identity.py and lens_blur.py (constants not yet in tracking_params.py; the lead is
// told): the fast path for codes seen large and sharp, the gate before the careful comparison,
// and the lens blur assumed when predicting how a code looks far away.
const FAST_MAX_DISTANCE = 0.03;
const FAST_MIN_RUNNER_UP = 0.12;
const SOFT_MAX_DISTANCE = 0.42;
const PSF_SIGMAS_PX = [0.5, 0.9, 1.4];
const LOOSE_RING = 0.5; // identity.looks_like_frame's min_ring
const SHARP_MIN_MODULE_SPREADS = 2.0; // identity.py: a code seen large and sharp ...
const SHARP_MIN_EACH_WAY = 0.04; // ... and every known code this wrong both ways: another code

/** px per module along the square's shortest side (the largest layout's modules). */
function moduleSide(img, prepared) {
  let shortest = Infinity;
  for (let k = 0; k < 4; k++) shortest = Math.min(shortest, Math.hypot(img[(k + 1) % 4][0] - img[k][0], img[(k + 1) % 4][1] - img[k][1]));
  return shortest / Math.max(...prepared.map((m) => m.layout.units));
}

const blurCache = new Map();
/** n x n Gaussian blur operator (sigma in modules, quantised so frames share it; rows sum to
 * <= 1: what falls outside is the light quiet zone). */
function blurMatrix(n, sigma) {
  sigma = Math.round(sigma * 20) / 20;
  const key = `${n}/${sigma}`;
  let B = blurCache.get(key);
  if (B) return B;
  B = new Float32Array(n * n);
  if (sigma < 0.05) for (let i = 0; i < n; i++) B[i * n + i] = 1;
  else for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) B[i * n + j] = Math.exp(-0.5 * ((i - j) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
  if (blurCache.size > 2048) blurCache.clear();
  blurCache.set(key, B);
  return B;
}

/** The code as the camera would see it, in printed orientation: dark modules (-1, light 0)
 * blurred by sy modules along columns and sx along rows. */
function predict(m, sx, sy) {
  const n = m.n, By = blurMatrix(n, sy), Bx = blurMatrix(n, sx);
  const tmp = new Float32Array(n * n), out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) {
    const b = By[i * n + k];
    if (b < 1e-4) continue;
    for (let j = 0; j < n; j++) if (m.bits[k * n + j]) tmp[i * n + j] -= b;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let acc = 0;
    for (let k = 0; k < n; k++) acc += tmp[i * n + k] * Bx[j * n + k];
    out[i * n + j] = acc;
  }
  return out;
}

/** A code's prediction (printed orientation) on the seen grid of turn r, on its data modules
 * only (0 elsewhere: as the desktop's masked predictions). */
function seenPrediction(m, r, pred) {
  const out = new Float32Array(m.n * m.n);
  for (let d = 0; d < m.index.length; d++) out[seenIndex(m.index[d], m.n, r)] = pred[m.index[d]];
  return out;
}

/** A square's module samples on the seen grid, those off the image at its threshold (as the
 * correlation reads them). */
function samplesOf(base) {
  if (!base.filled) base.filled = base.seen.map((s) => (s < 0 ? base.thr ?? 0 : s));
  return base.filled;
}

function correlate(v, pred, index) {
  let mv = 0, mp = 0;
  for (let d = 0; d < index.length; d++) { mv += v[d]; mp += pred[index[d]]; }
  mv /= index.length; mp /= index.length;
  let dot = 0, nv = 0, np = 0;
  for (let d = 0; d < index.length; d++) { const a = v[d] - mv, b = pred[index[d]] - mp; dot += a * b; nv += a * a; np += b * b; }
  return nv > 0 && np > 0 ? dot / Math.sqrt(nv * np) : 0;
}

/** Best (marker, rotation) for quad corners `img` (full-resolution pixels, clockwise on screen).
 * params: the manifest's tracking.identity {min_score, min_score_new, min_margin, min_ring, ...};
 * spread: the frame's edge spread per side (px), when measured, or a function that measures it
 * (asked only by the careful comparison: the fast path needs none); more: the manifest's
 * tracking.lighting and tracking.motion ({lighting, motion}; without them, neither stage runs),
 * and edgeSpread: a function measuring the frame's edge spread per side at these corners as the
 * desktop's edge_spread does (edge_spread.js), asked only when the usual read is not enough; and
 * rough: the corners before refinement (the motion model's corner fit also starts there);
 * refinedSpread: the refinement's own per-side spread, when it refined the corners; smeared: those
 * edges are as wide as motion.min_spread_px.
 * Returns {marker, corners (TL, TR, BR, BL as printed), score} or null.
 *
 * As the desktop's match_known: the usual read (lens blur, or the measured spread as a Gaussian
 * per axis); when it finds nothing or scores below min_score_new and the widest edge is blurred
 * over motion.min_spread_px, the line-shaped motion-blur model too (motion_blur.js: the corners
 * fitted to the blurred frame first). Where both read a code they must agree on it (else no id);
 * a read by the line model must reach min_score_new. The widest edge is the desktop's measure
 * (long profiles across each side) when given: on a card at 70-80 degrees it reads a sharp ~1 px
 * frame 3-4 px wide, and the line model reads the code there (benchmark tilt frame 131), where the
 * refinement's own lobe measure (0.5-0.7 px) keeps it from running. */
export function identify(g, w, h, img, prepared, params, spread = null, more = {}) {
  const looked = { ring: 0, otherCode: true };
  let measured; // (the spread, measured once when it is a function)
  const spreadNow = () => (typeof spread === "function" ? (measured = measured === undefined ? spread() : measured) : spread);
  // A smear (more.smeared: the refinement's own edges as wide as the line model's): its refined
  // corners are a few px off (no blurred refinement retry here), so the usual read asks the plain
  // margin there and a close rival goes to the line model, whose corner fit places them
  // (test_viewer_blurred_look frame 18: read at 3.5 px from the truth through separation, 0.95
  // by the line model)
  const usual = more.smeared ? { ...params, min_separation: undefined } : params;
  const found = identifyUsual(g, w, h, img, prepared, usual, spreadNow, more.lighting, looked);
  const widest = () => (more.edgeSpread ? Math.max(...more.edgeSpread()) : spreadNow() ? Math.max(...spreadNow()) : 0);
  // another code seen large and sharp (the desktop's known_verdict, which turns it down before any
  // read): the whole ring, every known code wrong both ways (a cover turns modules one way only),
  // modules along the shortest side >= SHARP_MIN_MODULE_SPREADS x the edge spread
  // (the spread the refinement measured on the edges it fitted, when it did: the desktop's long
  // profiles also take in the card's label and cut marks beyond its margin, 3-5 px on another
  // exhibit's sharp card, which then took the line model in every frame: +40 % worker time)
  const sharpness = () => (more.refinedSpread ? Math.max(...more.refinedSpread) : widest());
  const anotherCode = () => looked.otherCode && moduleSide(img, prepared) >= SHARP_MIN_MODULE_SPREADS * Math.max(1, sharpness());
  const motion = more.motion;
  if ((found && found.score >= params.min_score_new) || !motion) return found;
  // (the desktop's first test of any square, looks_like_frame: the frame's middle dark and the
  // quiet zone's light along half their length at least; it keeps the model off most clutter)
  if (looked.ring < LOOSE_RING) return found;
  if (widest() < motion.min_spread_px) return found;
  if (anotherCode()) return found; // (the other exhibit's card beside ours took the line model, ~15 ms, in every look)
  const moved = motionRead(g, w, h, img, prepared, params, motion, more.rough);
  if (!found || !moved) return found || moved;
  if (moved.marker !== found.marker) return null; // the two models disagree: no id
  return moved.score > found.score ? moved : found;
}

/** Does the square look like our card's frame at all (the desktop's looks_like_frame, loose: the
 * frame's middle dark and the quiet zone's light along at least LOOSE_RING of their length) for
 * one of the markers' layouts? A cheap gate before costlier reads of a rough square. */
export function looksLikeFrame(g, w, h, img, prepared) {
  const seen = new Set();
  for (const m of prepared) {
    const U = m.layout.units, key = `${U}/${m.layout.frame_modules}/${m.layout.quiet_modules}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const H = homography([[0, 0], [U, 0], [U, U], [0, U]], img);
    if (H && ringScore(g, w, h, H, m.layout).ring >= LOOSE_RING) return true;
  }
  return false;
}

function identifyUsual(g, w, h, img, prepared, params, spreadNow, lighting, looked) {
  const side = [0, 1, 2, 3].map((k) => Math.hypot(img[(k + 1) % 4][0] - img[k][0], img[(k + 1) % 4][1] - img[k][1]));
  const looks = []; // per marker and turn: {m, r, v (samples over the data modules)}
  const square = new Map(); // one homography, ring test and grid per layout
  let nearest = 1, fast = [];
  for (const m of prepared) {
    const U = m.layout.units, o = m.layout.symbol_offset, n = m.n;
    const key = `${n}/${U}/${o}`;
    let base = square.get(key);
    if (!base) {
      const H0 = homography([[0, 0], [U, 0], [U, U], [0, U]], img);
      base = { ok: false, H0 };
      if (H0) {
        const { ring, thr, quiet, frameDark } = ringScore(g, w, h, H0, m.layout);
        looked.ring = Math.max(looked.ring, ring);
        base.ok = ring >= params.min_ring;
        let seen = new Float32Array(n * n);
        if (base.ok) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
          const [x, y] = applyH(H0, o + j + 0.5, o + i + 0.5);
          seen[i * n + j] = bilinear(g, w, h, x, y);
        }
        let t = thr;
        if (!base.ok && quiet && lighting && frameDark >= params.min_ring && uneven(quiet, lighting.max_ratio)) {
          // a shadow across the card: read the modules against the light falling on each (only
          // where the frame itself reads dark all round — a shadow darkens the quiet zone, the
          // frame stays darker still — which keeps the cost off clutter's squares)
          const lit = sampleNormalised(g, w, h, H0, m.layout, lighting);
          if (lit.ring > ring && lit.ring >= params.min_ring) {
            base.ok = true;
            seen = lit.seen;
            t = lit.thr;
            base.lit = true;
          }
        }
        Object.assign(base, { seen, thr: t, ring: base.lit ? 0 : ring, both: Infinity });
      }
      square.set(key, base);
    }
    if (!base.ok) { looked.otherCode = false; continue; }
    let thr = base.thr;
    if (thr === null) { thr = 0; for (let k = 0; k < n * n; k++) thr += base.seen[k]; thr /= n * n; }
    for (let r = 0; r < 4; r++) {
      const v = new Float32Array(m.index.length);
      let bad = 0, wrong = 0, darkReadLight = 0;
      for (let d = 0; d < m.index.length; d++) {
        const s = base.seen[seenIndex(m.index[d], n, r)];
        if (s < 0) bad++;
        v[d] = s < 0 ? thr : s;
        const bit = m.bits[m.index[d]];
        if ((v[d] < thr ? 1 : 0) !== bit) { wrong++; darkReadLight += bit; }
      }
      if (bad > m.index.length * 0.05) continue; // the code runs off the image
      base.both = Math.min(base.both, Math.min(darkReadLight, wrong - darkReadLight) / m.index.length);
      const dist = wrong / m.index.length;
      nearest = Math.min(nearest, dist);
      fast.push({ m, r, dist });
      looks.push({ m, r, v, base });
    }
  }
  // another code seen whole (the desktop's known_verdict): the whole ring, and every known code in
  // every turn wrong both ways (a cover turns modules one way only)
  for (const base of square.values()) if (!(base.ok && base.ring >= 1 && base.both >= SHARP_MIN_EACH_WAY)) looked.otherCode = false;
  if (!looks.length) return null;
  const pickCorners = (r) => [0, 1, 2, 3].map((p) => img[(p - r + 4) % 4]);
  // Fast path: every data module but a few thresholds right, every other code and turn far off.
  fast.sort((a, b) => a.dist - b.dist);
  if (fast[0].dist <= FAST_MAX_DISTANCE && (fast.length < 2 || fast[1].dist >= FAST_MIN_RUNNER_UP))
    return { marker: fast[0].m, corners: pickCorners(fast[0].r), score: 1 - fast[0].dist };
  if (nearest > SOFT_MAX_DISTANCE) return null; // an empty frame, a picture frame: no code is close
  // Careful comparison: each code predicted as the camera sees it (blurred by the lens's spread,
  // in module units along each axis of the foreshortened square), correlated over data modules.
  // The lens's usual spread, and with a measured edge spread (motion blur, defocus) that spread
  // per axis and a little either side (the desktop's _psf_hypotheses): sides 0 and 2 are blurred
  // across by the blur along the seen grid's y, sides 1 and 3 by the blur along its x.
  const hypotheses = PSF_SIGMAS_PX.map((s) => [s, s]);
  const spread = spreadNow();
  if (spread) {
    const sy = (spread[0] + spread[2]) / 2, sx = (spread[1] + spread[3]) / 2;
    for (const f of params.blur_psf_factors) hypotheses.push([sx * f, sy * f]);
  }
  const scored = [];
  for (const { m, r, v, base } of looks) {
    const U = m.layout.units;
    let pxX = (side[0] + side[2]) / 2 / U, pxY = (side[1] + side[3]) / 2 / U;
    if (r % 2) [pxX, pxY] = [pxY, pxX]; // printed rows run along the seen columns
    let best = -1, blur = null;
    for (const [sx, sy] of hypotheses) {
      const [bx, by] = r % 2 ? [sy, sx] : [sx, sy];
      const c = correlate(v, predict(m, bx / pxX, by / pxY), m.index);
      if (c > best) { best = c; blur = [bx / pxX, by / pxY]; }
    }
    // (the best prediction on the seen grid, made only for a close rival's separation; `seenBlur`:
    // its blur along the seen grid's x and y, under which a rival is predicted: as the desktop's
    // lens model, a rival is told apart from the best read under the same blur — under blurs of
    // their own the two predictions differ all over the code, not only where the codes do)
    const seenBlur = r % 2 ? [blur[1], blur[0]] : blur;
    const under = (sb) => (r % 2 ? [sb[1], sb[0]] : sb); // a seen-grid blur in this turn's printed axes
    scored.push({ m, marker: m, rotation: r, score: best, base, seenBlur, predicted: (sb = seenBlur) => seenPrediction(m, r, predict(m, ...under(sb))) });
  }
  scored.sort((a, b) => b.score - a.score);
  // The best at min_score, and every rival within min_margin told apart where the codes differ
  // (the desktop's _decide): a far card's sibling scores within the margin from the shared
  // modules alone (benchmark 1.5-3 m: true reads 0.95-0.99 turned down for it).
  const best = decide(scored, params, params.min_score, (b, rv) => (rv.base !== b.base ? 1 : separation(samplesOf(b.base), b.predicted(), rv.predicted(b.seenBlur))));
  if (!best) return null;
  return { marker: best.marker, corners: pickCorners(best.rotation), score: best.score };
}
