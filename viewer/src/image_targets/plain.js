// A plain picture (a wash: compiled with no features, issue #19) found and followed by its outline,
// as the desktop does it (museum_ar/tracking/plain_picture.py, ImageTargetTracker._plain_find;
// the reasons and measurements are written there). An outline quad (outline.js) of the target's
// aspect is the target when no featured target looks like its inside, it is the only plain target
// of that aspect, its inside pulled back onto the reference is about as flat as camera noise
// (texture), and its outline is one step from wall to picture, not a frame's band (framed).
// The acceptance constants come from the manifest (tracking.plain: markers/tracking_params.PLAIN).
import { apply, fitHomography, saneQuad } from "./geometry.js";
import { ASPECT_LOG, pictureQuads, rectangleAspect, rotations } from "./outline.js";

// a featured target that looks at least this alike on a quad claims it (image_target.OUTLINE_MIN_APPEARANCE)
export const OUTLINE_MIN_APPEARANCE = 0.6;
const GRID = 7; // the pose is solved on GRID x GRID points through the homography (image_dense.grid)

/** Python's round (half to even): the desktop's pixel counts. */
function pyRound(x) {
  const f = Math.floor(x), d = x - f;
  return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
}
const refCorners = (t) => [[0, 0], [t.refW, 0], [t.refW, t.refH], [0, t.refH]];

/** The grey image `g` ({grey, w, h}) sampled (bilinear, edges replicated) for each pixel (i, j) of
 * a w x h picture at H (s0 (i - m), s0 (j - m)): H maps reference pixels to g's. */
function sample(g, w, h, H, s0, m) {
  const out = new Float32Array(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) {
    const px = s0 * (i - m), py = s0 * (j - m), d = H[6] * px + H[7] * py + H[8]; // apply() inline: no array a pixel
    const x = Math.min(Math.max((H[0] * px + H[1] * py + H[2]) / d, 0), g.w - 1), y = Math.min(Math.max((H[3] * px + H[4] * py + H[5]) / d, 0), g.h - 1);
    const x0 = Math.min(Math.floor(x), g.w - 2), y0 = Math.min(Math.floor(y), g.h - 2), ax = x - x0, ay = y - y0, p = y0 * g.w + x0;
    out[j * w + i] = (1 - ay) * ((1 - ax) * g.grey[p] + ax * g.grey[p + 1]) + ay * ((1 - ax) * g.grey[p + g.w] + ax * g.grey[p + g.w + 1]);
  }
  return out;
}

/** A Gaussian of `sigma` with OpenCV's radius for float images (4 sigma) and mirrored edges; the
 * rows and columns padded once (the sigma-8 kernel reaches past most of a 91 px high picture). */
function gauss(img, w, h, sigma) {
  const r = pyRound(4 * sigma), k = new Float64Array(2 * r + 1);
  let s = 0;
  for (let i = -r; i <= r; i++) s += (k[i + r] = Math.exp((-i * i) / (2 * sigma * sigma)));
  for (let i = 0; i <= 2 * r; i++) k[i] /= s;
  const refl = (i, n) => { while (i < 0 || i >= n) i = i < 0 ? -i : 2 * n - 2 - i; return i; };
  const pass = (src, dst, len, lines, step, stride) => {
    const pad = new Float64Array(len + 2 * r);
    for (let l = 0; l < lines; l++) {
      for (let i = -r; i < len + r; i++) pad[i + r] = src[l * stride + refl(i, len) * step];
      for (let i = 0; i < len; i++) { let a = 0; for (let q = 0; q <= 2 * r; q++) a += k[q] * pad[i + q]; dst[l * stride + i * step] = a; }
    }
  };
  const tmp = new Float64Array(w * h), out = new Float64Array(w * h);
  pass(img, tmp, w, h, 1, w);
  pass(tmp, out, h, w, w, 1);
  return out;
}

/** Std (grey levels) of the band-passed picture inside the inset. */
function insideStd(img, sw, sh, P) {
  const a = gauss(img, sw, sh, P.band[0]), b = gauss(img, sw, sh, P.band[1]);
  const m = Math.max(1, pyRound(P.inset * sw)), n = Math.max(1, pyRound(P.inset * sh));
  let s = 0, s2 = 0, k = 0;
  for (let y = n; y < sh - n; y++) for (let x = m; x < sw - m; x++) { const v = a[y * sw + x] - b[y * sw + x]; s += v; s2 += v * v; k++; }
  return k ? Math.sqrt(Math.max(0, s2 / k - (s / k) ** 2)) : Infinity;
}

/** Band-passed std (grey levels) of the frame inside the picture that H (reference -> g's pixels)
 * places, pulled back at check_px wide; Infinity when the picture is not all in the frame. */
export function texture(g, H, t, P) {
  const s = P.check_px / t.refW, sw = P.check_px, sh = Math.max(8, pyRound(t.refH * s));
  const c = refCorners(t).map(([x, y]) => apply(H, x, y));
  if (c.some(([x, y]) => x < -0.5 || y < -0.5 || x > g.w + 0.5 || y > g.h + 0.5)) return Infinity; // the part outside could hold anything
  return insideStd(sample(g, sw, sh, H, 1 / s, 0), sw, sh, P);
}

/** How much the outline looks like a frame's band rather than a step from wall to picture: the
 * deepest dip or ridge (grey levels) across a side, band_reach of the width out and in, median
 * along the side's middle 60 %, of the second most banded side. */
export function framed(g, H, t, P) {
  const s = P.check_px / t.refW, sw = P.check_px, sh = Math.max(8, pyRound(t.refH * s)), m = Math.max(4, pyRound(P.band_reach * sw));
  const W = sw + 2 * m, back = sample(g, W, sh + 2 * m, H, 1 / s, m);
  const cx0 = m + pyRound(0.2 * sw), cx1 = m + pyRound(0.8 * sw), cy0 = m + pyRound(0.2 * sh), cy1 = m + pyRound(0.8 * sh);
  const median = (v) => { v.sort((a, b) => a - b); const k = v.length >> 1; return v.length % 2 ? v[k] : 0.5 * (v[k - 1] + v[k]); };
  const row = (y) => median(Array.from({ length: cx1 - cx0 }, (_, k) => back[y * W + cx0 + k]));
  const col = (x) => median(Array.from({ length: cy1 - cy0 }, (_, k) => back[(cy0 + k) * W + x]));
  const across = (f, from, step) => Array.from({ length: 2 * m }, (_, k) => f(from + step * k)); // outside -> inside
  const profiles = [across(row, 0, 1), across(row, sh + 2 * m - 1, -1), across(col, 0, 1), across(col, sw + 2 * m - 1, -1)];
  const perSide = profiles.map((p) => {
    const ends = [p[0], p[p.length - 1]];
    return Math.max(Math.min(...ends) - Math.min(...p), Math.max(...p) - Math.max(...ends));
  }).sort((a, b) => a - b);
  return perSide[2];
}

/** The picture H places is a plain one: its inside as flat as camera noise, its outline no frame's band. */
export const looksPlain = (g, H, t, P) => texture(g, H, t, P) <= P.max_texture && framed(g, H, t, P) <= P.max_framed;

/** The target's own check picture passes the flatness test (a featureless picture may still have
 * soft texture: then its outline alone cannot say it is there). */
export const referenceIsPlain = (t, P) => t.count === 0 && insideStd(Float32Array.from(t.check), t.checkW, t.checkH, P) <= P.max_texture;

/** The quad's corners in the order TL TR BR BL of a picture of this width/height aspect: of the
 * turns of that aspect, the one whose top edge runs most nearly left to right; null when none. */
export function uprightTurn(q, K, aspect) {
  const [quadAspect] = rectangleAspect(q, K);
  let best = null, bestLevel = -2;
  rotations(q).forEach((c, k) => {
    const r = k % 2 === 0 ? quadAspect : 1 / quadAspect;
    if (Math.abs(Math.log(r / aspect)) > ASPECT_LOG) return;
    const level = (c[1][0] - c[0][0]) / Math.max(1e-9, Math.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1]));
    if (level > bestLevel) { best = c; bestLevel = level; }
  });
  return best;
}

/** The plain target t at these frame corners (full-frame grey `g`): a hit {target, H, quad, pairs:
 * a grid through H, inliers, score 0}, or null when H is not sane or the inside is not plain there. */
export function placed(t, corners, g, P) {
  const H = fitHomography(refCorners(t), corners);
  if (!H || !H.every(Number.isFinite) || !saneQuad(corners, t.refW, t.refH) || !looksPlain(g, H, t, P)) return null;
  const src = [];
  for (let j = 0; j < GRID; j++) for (let i = 0; i < GRID; i++) src.push([(i * t.refW) / (GRID - 1), (j * t.refH) / (GRID - 1)]);
  return { target: t, H, quad: corners.map((p) => p.slice()), inliers: src.length, score: 0, pairs: { src, dst: src.map(([x, y]) => apply(H, x, y)) } };
}

/** The plain target this outline quad is: the only plain target of its aspect (two of one aspect:
 * the outline cannot tell them apart, so neither), and a wanted one, posed by its upright turn. */
export function plainFind(plainTargets, wanted, q, g, K, P) {
  const fits = [];
  for (const t of plainTargets) { const c = uprightTurn(q, K, t.refW / t.refH); if (c) fits.push([t, c]); }
  if (fits.length !== 1 || !wanted.includes(fits[0][0])) return null;
  return placed(fits[0][0], fits[0][1], g, P);
}

/** A followed plain picture has no points to match: its outline is looked for in the half-resolution
 * grey `half` (2 x 2 pixel means of g) follow_margin_px around the last one, taken in the corner
 * order nearest it, and must still look plain. As `placed`; null: lost. */
export function followPlain(t, lastH, g, half, K, P) {
  const M = P.follow_margin_px, aspect = t.refW / t.refH, last = refCorners(t).map(([x, y]) => apply(lastH, x, y));
  const x0 = Math.floor(Math.max(0, Math.trunc(Math.min(...last.map((p) => p[0]))) - M) / 2) * 2;
  const y0 = Math.floor(Math.max(0, Math.trunc(Math.min(...last.map((p) => p[1]))) - M) / 2) * 2;
  const x1 = Math.min(g.w, Math.trunc(Math.max(...last.map((p) => p[0]))) + M), y1 = Math.min(g.h, Math.trunc(Math.max(...last.map((p) => p[1]))) + M);
  if (x1 - x0 < 32 || y1 - y0 < 32) return null;
  const cw = Math.min(half.w - x0 / 2, (x1 - x0) >> 1), ch = Math.min(half.h - y0 / 2, (y1 - y0) >> 1), crop = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y++) crop.set(half.grey.subarray((y0 / 2 + y) * half.w + x0 / 2, (y0 / 2 + y) * half.w + x0 / 2 + cw), y * cw);
  const Kc = { ...K, cx: K.cx - x0, cy: K.cy - y0 };
  let best = null;
  for (const cq of pictureQuads(crop, cw, ch, Kc, [aspect])) {
    const q = cq.map(([x, y]) => [x + x0, y + y0]), [quadAspect] = rectangleAspect(q, K);
    rotations(q).forEach((c, k) => {
      if (Math.abs(Math.log((k % 2 === 0 ? quadAspect : 1 / quadAspect) / aspect)) > ASPECT_LOG) return;
      const moved = Math.max(...c.map((p, i) => Math.hypot(p[0] - last[i][0], p[1] - last[i][1])));
      if (moved <= M && (!best || moved < best[0])) best = [moved, c];
    });
  }
  return best && placed(t, best[1], g, P);
}
