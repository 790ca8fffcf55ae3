// The tablet's image-target features ("mab1"), the same definition as
// museum_ar/markers/tablet_features.py (see there): 5x5 box blur, Harris corners (one per cell),
// intensity-centroid orientation in 32 bins, 256 pixel comparisons from a fixed pattern.
export const RADIUS = 12, BINS = 32, MARGIN = 16, CELL = 8, HARRIS_K = 0.04, HARRIS_MIN = 500;

export function pattern() {
  let state = 0x4d41;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >> 8) % (2 * RADIUS + 1) - RADIUS;
  };
  const out = [];
  while (out.length < 256) {
    const x1 = next(), y1 = next(), x2 = next(), y2 = next();
    if (x1 * x1 + y1 * y1 > RADIUS * RADIUS || x2 * x2 + y2 * y2 > RADIUS * RADIUS || (x1 === x2 && y1 === y2)) continue;
    out.push([x1, y1, x2, y2]);
  }
  return out;
}

let ROT = null; // [bin] -> Int32Array(256 * 4)
function rotated() {
  if (ROT) return ROT;
  const p = pattern();
  ROT = [];
  for (let k = 0; k < BINS; k++) {
    const a = (2 * Math.PI * k) / BINS, c = Math.cos(a), s = Math.sin(a);
    const r = new Int32Array(256 * 4);
    for (let i = 0; i < 256; i++) {
      for (const j of [0, 2]) {
        const x = p[i][j], y = p[i][j + 1];
        r[i * 4 + j] = Math.floor(x * c - y * s + 0.5);
        r[i * 4 + j + 1] = Math.floor(x * s + y * c + 0.5);
      }
    }
    ROT.push(r);
  }
  return ROT;
}

const reflect = (i, n) => (i < 0 ? -i : i >= n ? 2 * n - 2 - i : i);

/** 5x5 box mean, edges mirrored (reflect-101), rounded: cv2.blur's result. Running sums; the
 * mirrored index only at the two-pixel borders. Integer rounding: round(s / 25) of a whole s >= 0
 * is floor((s + 12) / 25) (s / 25 never ends in .5). */
let blurTmp = new Int32Array(0);
export function boxBlur(src, w, h, out = new Uint8Array(w * h)) {
  if (blurTmp.length < w * h) blurTmp = new Int32Array(w * h); // scratch: reused, no garbage per frame
  const tmp = blurTmp;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let s = 0;
    for (let x = 0; x < w; x++) {
      if (x >= 3 && x < w - 2) { // running sum (integers: exact)
        s += src[row + x + 2] - src[row + x - 3];
      } else if (x === 2 && x < w - 2) {
        s = src[row] + src[row + 1] + src[row + 2] + src[row + 3] + src[row + 4];
      } else {
        s = 0;
        for (let d = -2; d <= 2; d++) s += src[row + reflect(x + d, w)];
      }
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < h; y++) {
    const inner = y >= 2 && y < h - 2;
    const r0 = (inner ? y - 2 : reflect(y - 2, h)) * w, r1 = (inner ? y - 1 : reflect(y - 1, h)) * w, r2 = y * w;
    const r3 = (inner ? y + 1 : reflect(y + 1, h)) * w, r4 = (inner ? y + 2 : reflect(y + 2, h)) * w;
    for (let x = 0; x < w; x++) {
      const s = tmp[r0 + x] + tmp[r1 + x] + tmp[r2 + x] + tmp[r3 + x] + tmp[r4 + x];
      out[r2 + x] = ((s + 12) / 25) | 0;
    }
  }
  return out;
}

// Harris scratch (gradient products and column sums), grown as needed and reused: a followed
// frame's window allocated ~1 MB of them per frame (garbage collection).
let hxx = new Int32Array(0), hyy = new Int32Array(0), hxy = new Int32Array(0);
let cxx = new Int32Array(0), cyy = new Int32Array(0), cxy = new Int32Array(0);

/** Harris response in the rectangle [x0, x1) x [y0, y1) (the rest stays 0). 5x5 sums of the
 * gradient products by running column and row sums. Integer math: the doubled central
 * differences' products (exact in Int32), the response scaled by 1/16 at the end — bit for bit
 * the float result of the half differences (all the scalings are powers of two). */
export function harris(b, w, h, x0 = 0, y0 = 0, x1 = w, y1 = h, r = new Float64Array(w * h)) {
  const ax = Math.max(1, x0 - 2), bx = Math.min(w - 1, x1 + 2), ay = Math.max(1, y0 - 2), by = Math.min(h - 1, y1 + 2);
  const W = bx - ax, H = by - ay;
  if (W <= 0 || H <= 0) return r;
  if (hxx.length < W * H) { hxx = new Int32Array(W * H); hyy = new Int32Array(W * H); hxy = new Int32Array(W * H); }
  if (cxx.length < W) { cxx = new Int32Array(W); cyy = new Int32Array(W); cxy = new Int32Array(W); }
  const xx = hxx, yy = hyy, xy = hxy;
  for (let y = ay; y < by; y++) {
    let i = y * w + ax, j = (y - ay) * W;
    for (let x = ax; x < bx; x++, i++, j++) {
      const gx = b[i + 1] - b[i - 1], gy = b[i + w] - b[i - w];
      xx[j] = gx * gx; yy[j] = gy * gy; xy[j] = gx * gy;
    }
  }
  const lo = Math.max(y0, 2, ay + 2), hi = Math.min(y1, h - 2, by - 2), lx = Math.max(x0, 2, ax + 2), hx = Math.min(x1, w - 2, bx - 2);
  if (lo >= hi || lx >= hx) return r;
  // column sums over rows lo-2..lo+2, then moved down a row at a time (exact: integers)
  cxx.fill(0, 0, W); cyy.fill(0, 0, W); cxy.fill(0, 0, W);
  for (let dy = -2; dy <= 2; dy++) {
    const row = (lo + dy - ay) * W;
    for (let k = 0; k < W; k++) { cxx[k] += xx[row + k]; cyy[k] += yy[row + k]; cxy[k] += xy[row + k]; }
  }
  const k0 = lx - ax, k1 = hx - ax;
  for (let y = lo; y < hi; y++) {
    if (y > lo) {
      const add = (y + 2 - ay) * W, sub = (y - 3 - ay) * W;
      for (let k = 0; k < W; k++) { cxx[k] += xx[add + k] - xx[sub + k]; cyy[k] += yy[add + k] - yy[sub + k]; cxy[k] += xy[add + k] - xy[sub + k]; }
    }
    let sxx = cxx[k0 - 2] + cxx[k0 - 1] + cxx[k0] + cxx[k0 + 1], syy = cyy[k0 - 2] + cyy[k0 - 1] + cyy[k0] + cyy[k0 + 1], sxy = cxy[k0 - 2] + cxy[k0 - 1] + cxy[k0] + cxy[k0 + 1];
    let o = y * w + lx;
    for (let k = k0; k < k1; k++, o++) {
      sxx += cxx[k + 2]; syy += cyy[k + 2]; sxy += cxy[k + 2];
      r[o] = (sxx * syy - sxy * sxy - HARRIS_K * (sxx + syy) * (sxx + syy)) * 0.0625;
      sxx -= cxx[k - 2]; syy -= cyy[k - 2]; sxy -= cxy[k - 2];
    }
  }
  return r;
}

/** Strongest Harris pixel per cell above HARRIS_MIN, strongest first: [[x, y], ...]. `cell`
 * smaller than CELL gives a frame more corners than the compiled target has (a far picture's few
 * pixels: more chances to hit the corners the target kept). */
export function corners(b, w, h, maxPoints = 500, roi = null, response = null, cell = CELL) {
  const [x0, y0, x1, y1] = roi || [0, 0, w, h];
  const r = response || harris(b, w, h, x0, y0, x1, y1);
  const pts = [];
  const cy0 = MARGIN + Math.max(0, Math.ceil((y0 - MARGIN) / cell)) * cell, cx0 = MARGIN + Math.max(0, Math.ceil((x0 - MARGIN) / cell)) * cell;
  for (let cy = cy0; cy < Math.min(h - MARGIN, y1); cy += cell) {
    for (let cx = cx0; cx < Math.min(w - MARGIN, x1); cx += cell) {
      let best = -Infinity, bx = 0, by = 0;
      for (let y = cy; y < Math.min(cy + cell, h - MARGIN); y++) for (let x = cx; x < Math.min(cx + cell, w - MARGIN); x++) {
        const v = r[y * w + x];
        if (v > best) { best = v; bx = x; by = y; }
      }
      if (best > HARRIS_MIN) pts.push([best, bx, by]);
    }
  }
  pts.sort((a, c) => c[0] - a[0]);
  return pts.slice(0, maxPoints).map((p) => [p[1], p[2]]);
}

// The orientation disc's pixels (dx, dy, dx^2 + dy^2 <= 49) in the loop order of the definition.
const DISC = [];
for (let dy = -7; dy <= 7; dy++) for (let dx = -7; dx <= 7; dx++) if (dx * dx + dy * dy <= 49) DISC.push([dx, dy]);
const DISC_X = Int8Array.from(DISC, (d) => d[0]), DISC_Y = Int8Array.from(DISC, (d) => d[1]);

// For a row width w: the disc's and each bin's pattern pairs as offsets into the image (dy w + dx),
// so a descriptor is 256 loads and compares at p + offset (cached: a follow window keeps its width
// from frame to frame, the work grey too).
let offW = -1, discOff = null, rotOff = null;
function offsets(w) {
  if (offW === w) return;
  const rot = rotated();
  discOff = Int32Array.from(DISC, ([dx, dy]) => dy * w + dx);
  rotOff = rot.map((r) => {
    const o = new Int32Array(512);
    for (let i = 0; i < 256; i++) { o[2 * i] = r[i * 4 + 1] * w + r[i * 4]; o[2 * i + 1] = r[i * 4 + 3] * w + r[i * 4 + 2]; }
    return o;
  });
  offW = w;
}

function orientationBin(b, w, x, y) {
  let m10 = 0, m01 = 0;
  const p = y * w + x;
  for (let k = 0; k < discOff.length; k++) {
    const v = b[p + discOff[k]];
    m10 += v * DISC_X[k]; m01 += v * DISC_Y[k];
  }
  const a = Math.atan2(m01, m10);
  return ((Math.floor((a / (2 * Math.PI)) * BINS + 0.5) % BINS) + BINS) % BINS;
}

/** Descriptors (Uint32Array, 8 words each; bit j = byte j>>3, bit j&7, little-endian words). */
export function describe(b, w, pts) {
  offsets(w);
  const out = new Uint32Array(pts.length * 8);
  for (let n = 0; n < pts.length; n++) {
    const x = pts[n][0], y = pts[n][1], p = y * w + x;
    const o = rotOff[orientationBin(b, w, x, y)];
    for (let word = 0; word < 8; word++) {
      let bits = 0;
      for (let i = word * 32, e = i + 32, bit = 1; i < e; i++, bit <<= 1) if (b[p + o[2 * i]] < b[p + o[2 * i + 1]]) bits |= bit;
      out[n * 8 + word] = bits;
    }
  }
  return out;
}

/** Sub-pixel positions: a parabola through the Harris response at each corner and its neighbours
 * (descriptors stay at the whole pixel, as on the desktop). */
export function subpixel(r, w, pts) {
  return pts.map(([x, y]) => {
    const i = y * w + x, c = r[i];
    const dx = r[i - 1] - 2 * c + r[i + 1], dy = r[i - w] - 2 * c + r[i + w];
    const ox = dx < 0 ? Math.max(-0.5, Math.min(0.5, (r[i - 1] - r[i + 1]) / (2 * dx))) : 0;
    const oy = dy < 0 ? Math.max(-0.5, Math.min(0.5, (r[i - w] - r[i + w]) / (2 * dy))) : 0;
    return [x + ox, y + oy];
  });
}

/** Corners (whole and sub-pixel) and descriptors of `grey` (w x h), only in `roi` [x0, y0, x1, y1]
 * when given. With a roi, only the roi and a border around it are blurred: the border (PAD)
 * covers the corner margin, so the features are those of the whole picture, for a window's cost
 * (a followed target on the full-size frame). */
const PAD = 3 * CELL; // >= MARGIN + the blur's 2 px, a multiple of CELL (the cells' grid stays put)
// A window's crop, blur and Harris response: scratch reused from frame to frame (a followed
// picture's window on the full frame is ~50k pixels, ~0.5 MB of garbage a frame otherwise).
let cropBuf = new Uint8Array(0), blurBuf = new Uint8Array(0), respBuf = new Float64Array(0);
export function features(grey, w, h, maxPoints = 500, roi = null, cell = CELL) {
  if (roi) {
    const cx = Math.max(0, Math.floor((roi[0] - PAD) / CELL) * CELL), cy = Math.max(0, Math.floor((roi[1] - PAD) / CELL) * CELL);
    const ex = Math.min(w, roi[2] + PAD), ey = Math.min(h, roi[3] + PAD);
    if (cx > 0 || cy > 0 || ex < w || ey < h) {
      const cw = ex - cx, ch = ey - cy;
      if (cropBuf.length < cw * ch) { cropBuf = new Uint8Array(cw * ch); blurBuf = new Uint8Array(cw * ch); respBuf = new Float64Array(cw * ch); }
      const sub = cropBuf.subarray(0, cw * ch);
      for (let y = 0; y < ch; y++) sub.set(grey.subarray((y + cy) * w + cx, (y + cy) * w + ex), y * cw);
      const r = respBuf.subarray(0, cw * ch);
      r.fill(0); // harris writes only the window; corners' neighbours outside it read 0
      const f = featuresOf(sub, cw, ch, maxPoints, [roi[0] - cx, roi[1] - cy, roi[2] - cx, roi[3] - cy], cell, blurBuf.subarray(0, cw * ch), r);
      for (const p of f.pts) { p[0] += cx; p[1] += cy; }
      for (const p of f.sub) { p[0] += cx; p[1] += cy; }
      return { pts: f.pts, sub: f.sub, desc: f.desc };
    }
  }
  return featuresOf(grey, w, h, maxPoints, roi, cell);
}

function featuresOf(grey, w, h, maxPoints, roi, cell, blurOut = undefined, resp = undefined) {
  const b = boxBlur(grey, w, h, blurOut);
  const [x0, y0, x1, y1] = roi || [0, 0, w, h];
  const r = harris(b, w, h, x0, y0, x1, y1, resp);
  const pts = corners(b, w, h, maxPoints, roi, r, cell);
  return { pts, sub: subpixel(r, w, pts), desc: describe(b, w, pts), blur: b };
}
