// Line segments of a grey image, as the desktop's outline search finds them (OpenCV's
// createLineSegmentDetector() with its defaults: the LSD algorithm of von Gioi et al. 2012, image
// scaled by 0.8 after a Gaussian of sigma 0.6 / 0.8, gradient angle tolerance 22.5 degrees, regions
// refined to a density of 0.7, no NFA test: that is OpenCV's LSD_REFINE_STD). Written from the
// algorithm's description for the viewer's plain pictures (plain.js, outline.js): the segments only
// propose the lines a picture's outline may lie on; outline.js measures how much of each is edge.

import { gaussian } from "./gaussian.js";

const SCALE = 0.8, SIGMA = 0.6 / SCALE, ANG_TH = 22.5, QUANT = 2, DENSITY = 0.7, BINS = 1024;
const PREC = (Math.PI * ANG_TH) / 180, P_ALIGNED = ANG_TH / 180, RHO = QUANT / Math.sin(PREC);
const NOTDEF = -1024, TWO_PI = 2 * Math.PI;

/** The image blurred (sigma SIGMA, 7 taps as OpenCV sizes it for bytes) and scaled by SCALE
 * (bilinear, pixel centres aligned), rounded to bytes as OpenCV keeps them. */
function scaled(img, w, h) {
  const blur = gaussian(img, w, h, SIGMA, { r: Math.ceil(SIGMA * Math.sqrt(6 * Math.log(10))), bytes: true });
  const sw = Math.round(w * SCALE), sh = Math.round(h * SCALE), out = new Uint8Array(sw * sh);
  const at = (d, n) => { // source index and weight of the next one along an axis
    const f = (d + 0.5) / SCALE - 0.5;
    let i = Math.floor(f), a = f - i;
    if (i < 0) { i = 0; a = 0; }
    if (i >= n - 1) { i = n - 1; a = 0; }
    return [i, a];
  };
  for (let y = 0; y < sh; y++) {
    const [y0, ay] = at(y, h), y1 = Math.min(h - 1, y0 + 1);
    for (let x = 0; x < sw; x++) {
      const [x0, ax] = at(x, w), x1 = Math.min(w - 1, x0 + 1);
      const v = (1 - ay) * ((1 - ax) * blur[y0 * w + x0] + ax * blur[y0 * w + x1]) + ay * ((1 - ax) * blur[y1 * w + x0] + ax * blur[y1 * w + x1]);
      out[y * sw + x] = Math.round(v);
    }
  }
  return { img: out, w: sw, h: sh };
}

/** Gradient angle (0..2 pi, NOTDEF under RHO) and norm of every pixel from its 2x2 block (valid
 * at the block's centre: the +0.5 added to the segments), and the pixels by falling norm in
 * BINS steps (ties in raster order). */
function gradients(img, w, h) {
  const angle = new Float64Array(w * h).fill(NOTDEF), norm = new Float64Array(w * h);
  let max = 0;
  for (let y = 0; y < h - 1; y++) for (let x = 0; x < w - 1; x++) {
    const i = y * w + x, da = img[i + w + 1] - img[i], bc = img[i + 1] - img[i + w];
    const gx = da + bc, gy = da - bc, n = Math.sqrt((gx * gx + gy * gy) / 4);
    norm[i] = n;
    if (n > RHO) {
      let a = Math.atan2(gx, -gy);
      if (a < 0) a += TWO_PI;
      angle[i] = a;
      if (n > max) max = n;
    }
  }
  const coef = max > 0 ? (BINS - 1) / max : 0, count = new Int32Array(BINS), bin = new Int32Array(w * h);
  for (let y = 0; y < h - 1; y++) for (let x = 0; x < w - 1; x++) { const i = y * w + x; bin[i] = Math.min(BINS - 1, Math.floor(norm[i] * coef)); count[bin[i]]++; }
  const start = new Int32Array(BINS);
  for (let b = BINS - 2; b >= 0; b--) start[b] = start[b + 1] + count[b + 1];
  const order = new Int32Array((w - 1) * (h - 1));
  for (let y = 0; y < h - 1; y++) for (let x = 0; x < w - 1; x++) { const i = y * w + x; order[start[bin[i]]++] = i; }
  return { angle, norm, order };
}

function aligned(a, theta, prec) {
  if (a === NOTDEF) return false;
  let d = Math.abs(theta - a);
  if (d > 1.5 * Math.PI) d = Math.abs(d - TWO_PI);
  return d <= prec;
}
function angleDiffSigned(a, b) {
  let d = a - b;
  while (d <= -Math.PI) d += TWO_PI;
  while (d > Math.PI) d -= TWO_PI;
  return d;
}

/** The 8-connected region of pixels aligned with its running mean angle, grown from seed. */
function grow(seed, g, used, w, h, prec) {
  const reg = [seed];
  let theta = g.angle[seed], sx = Math.cos(theta), sy = Math.sin(theta);
  used[seed] = 1;
  for (let n = 0; n < reg.length; n++) {
    const px = reg[n] % w, py = (reg[n] - px) / w;
    for (let y = Math.max(0, py - 1); y <= Math.min(h - 1, py + 1); y++) for (let x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
      const i = y * w + x;
      if (used[i] || !aligned(g.angle[i], theta, prec)) continue;
      used[i] = 1;
      reg.push(i);
      sx += Math.cos(g.angle[i]); sy += Math.sin(g.angle[i]);
      theta = Math.atan2(sy, sx);
      if (theta < 0) theta += TWO_PI;
    }
  }
  return { reg, theta };
}

/** The region's rectangle: centre of gradient mass, its axis of least inertia (turned to the
 * region's angle), its extent along and across. */
function rect(reg, theta0, g, w) {
  let x = 0, y = 0, sum = 0;
  for (const i of reg) { const m = g.norm[i]; x += (i % w) * m; y += Math.floor(i / w) * m; sum += m; }
  x /= sum; y /= sum;
  let ixx = 0, iyy = 0, ixy = 0;
  for (const i of reg) { const m = g.norm[i], dx = (i % w) - x, dy = Math.floor(i / w) - y; ixx += dy * dy * m; iyy += dx * dx * m; ixy -= dx * dy * m; }
  const lambda = 0.5 * (ixx + iyy - Math.sqrt((ixx - iyy) * (ixx - iyy) + 4 * ixy * ixy));
  let theta = Math.abs(ixx) > Math.abs(iyy) ? Math.atan2(lambda - ixx, ixy) : Math.atan2(ixy, lambda - iyy);
  if (Math.abs(angleDiffSigned(theta, theta0)) > PREC) theta += Math.PI;
  const dx = Math.cos(theta), dy = Math.sin(theta);
  let lMin = 0, lMax = 0, wMin = 0, wMax = 0;
  for (const i of reg) {
    const rx = (i % w) - x, ry = Math.floor(i / w) - y, l = rx * dx + ry * dy, c = -rx * dy + ry * dx;
    if (l > lMax) lMax = l; else if (l < lMin) lMin = l;
    if (c > wMax) wMax = c; else if (c < wMin) wMin = c;
  }
  return { x1: x + lMin * dx, y1: y + lMin * dy, x2: x + lMax * dx, y2: y + lMax * dy, width: Math.max(1, wMax - wMin) };
}
const density = (reg, r) => reg.length / (Math.hypot(r.x2 - r.x1, r.y2 - r.y1) * r.width);

/** A region too sparse for its rectangle (an arc, two lines at an angle) grown again with the
 * angle spread near its seed, then cut to ever smaller radii round the seed until dense enough.
 * The region and rectangle, or null. */
function refine(reg, theta, r, g, used, w, h) {
  if (density(reg, r) >= DENSITY) return { reg, r };
  const seed = reg[0], xc = seed % w, yc = Math.floor(seed / w), a0 = g.angle[seed];
  let sum = 0, sq = 0, n = 0;
  for (const i of reg) {
    used[i] = 0;
    if (Math.hypot(xc - (i % w), yc - Math.floor(i / w)) < r.width) { const d = angleDiffSigned(g.angle[i], a0); sum += d; sq += d * d; n++; }
  }
  const mean = sum / n, tau = 2 * Math.sqrt((sq - 2 * mean * sum) / n + mean * mean);
  ({ reg, theta } = grow(seed, g, used, w, h, tau));
  if (reg.length < 2) return null;
  r = rect(reg, theta, g, w);
  let dens = density(reg, r);
  if (dens >= DENSITY) return { reg, r };
  let rad = Math.max((xc - r.x1) ** 2 + (yc - r.y1) ** 2, (xc - r.x2) ** 2 + (yc - r.y2) ** 2);
  while (dens < DENSITY) {
    rad *= 0.75 * 0.75;
    const keep = [];
    for (const i of reg) { if ((xc - (i % w)) ** 2 + (yc - Math.floor(i / w)) ** 2 > rad) used[i] = 0; else keep.push(i); }
    reg = keep;
    if (reg.length < 2) return null;
    r = rect(reg, theta, g, w);
    dens = density(reg, r);
  }
  return { reg, r };
}

/** Line segments [x1, y1, x2, y2] (the image's pixels, centre of pixel 0 at 0) of a grey image. */
export function lineSegments(grey, w, h) {
  const s = scaled(grey, w, h), g = gradients(s.img, s.w, s.h), used = new Uint8Array(s.w * s.h);
  const logNT = (5 * (Math.log10(s.w) + Math.log10(s.h))) / 2 + Math.log10(11);
  const minReg = Math.floor(-logNT / Math.log10(P_ALIGNED)); // the fewest points that can be meaningful
  const out = [];
  for (const seed of g.order) {
    if (used[seed] || g.angle[seed] === NOTDEF) continue;
    const { reg, theta } = grow(seed, g, used, s.w, s.h, PREC);
    if (reg.length < minReg) continue;
    const found = refine(reg, theta, rect(reg, theta, g, s.w), g, used, s.w, s.h);
    if (!found) continue;
    const { r } = found;
    out.push([(r.x1 + 0.5) / SCALE, (r.y1 + 0.5) / SCALE, (r.x2 + 0.5) / SCALE, (r.y2 + 0.5) / SCALE]);
  }
  return out;
}
