// A look through the motion blur (museum_ar/tracking/deblur.py; issues #13, #14): the frame's own
// blur line measured and undone before the square search.
//
// A quick turn of the tablet smears the whole frame along one line (13-25 px at 720p). The frame's
// sides across that line become ramps wider than any threshold window, its dark ring breaks up and
// no component follows the card. The blur is the camera's, so one line serves the whole frame:
// - direction: a line blur removes the gradients along it, so the gradients' structure tensor has
//   its smallest eigenvalue along the blur;
// - length: turned so the blur runs along the rows, the rows' second derivative turns each edge of
//   the sharp picture into a +/- pair of spikes L apart: their autocorrelation dips deepest at lag L;
// - undo: each row Wiener-deconvolved by that box (FFT), which gives the frame's sides back as
//   steps a threshold can follow.
// The same algorithm and parameters (tracking.deblur) as the desktop; the sums of the troughs are
// taken lag by lag (16 lags: cheaper in JS than the desktop's FFT, the same numbers) and the rows'
// FFTs are radix 2 (the desktop pads to OpenCV's optimal size: the same filter, other padding).

// The desktop's values (museum_ar/markers/tracking_params.py DEBLUR) for bundles exported before
// they were shared in the manifest (tracking.deblur).
const DEFAULTS = {
  search_scale: 1.0,
  min_anisotropy: 0.3,
  min_length_px: 4,
  max_length_px: 18,
  min_trough: 0.05,
  wiener_noise: 0.02,
  window_px: 11,
  offset: 10.0,
  angle_tries_deg: [-8.0, -4.0, 4.0, 8.0],
  angle_refine_deg: 2.0,
  presmooth_px: 0.7,
  trough_row_step: 3,
  gate_min_score: 0.5,
};

/** The look's parameters: the manifest's tracking.deblur over the desktop's defaults. */
export function deblurParams(tracking) {
  return { ...DEFAULTS, ...((tracking && tracking.deblur) || {}) };
}

const reflect = (i, n) => (i < 0 ? -i : i >= n ? 2 * n - 2 - i : i); // OpenCV's default border (101)

/** {angle (degrees, image coordinates), length (px)} of the line blur of the grey image {g, w, h},
 * or null when it shows none clearly (the desktop's blur_line). */
export function blurLine(img, p) {
  const { g, w, h } = img;
  // the gradients' structure tensor (3x3 Sobel, as cv2.Sobel)
  let a = 0, b = 0, c = 0;
  for (let y = 0; y < h; y++) {
    const r0 = reflect(y - 1, h) * w, r1 = y * w, r2 = reflect(y + 1, h) * w;
    for (let x = 0; x < w; x++) {
      const xl = reflect(x - 1, w), xr = reflect(x + 1, w);
      const gx = g[r0 + xr] - g[r0 + xl] + 2 * (g[r1 + xr] - g[r1 + xl]) + g[r2 + xr] - g[r2 + xl];
      const gy = g[r2 + xl] - g[r0 + xl] + 2 * (g[r2 + x] - g[r0 + x]) + g[r2 + xr] - g[r0 + xr];
      a += gx * gx; b += gx * gy; c += gy * gy;
    }
  }
  const root = Math.hypot(a - c, 2 * b);
  if (a + c <= 0 || root / (a + c) < p.min_anisotropy) return null;
  // the blur runs across the gradients' main direction; a few degrees off where the picture has its
  // own preferred direction: turns either side are tried too, the deepest trough wins
  const angle = (0.5 * Math.atan2(2 * b, a - c) * 180) / Math.PI + 90;
  const smooth = gaussian(g, w, h, p.presmooth_px);
  const at = (t) => [...trough(smooth, w, h, t, p), t];
  const first = at(angle);
  if (first[0] < p.min_trough) return null; // a sharp picture with straight lines
  let best = first;
  for (const d of p.angle_tries_deg) { const r = at(angle + d); if (r[0] > best[0]) best = r; }
  const centre = best[2];
  for (const d of [-p.angle_refine_deg, p.angle_refine_deg]) { const r = at(centre + d); if (r[0] > best[0]) best = r; }
  if (best[0] < p.min_trough) return null;
  return { angle: ((best[2] % 180) + 180) % 180, length: best[1] };
}

/** The image as floats, Gaussian-smoothed (sigma px; cv2.GaussianBlur's kernel for floats:
 * 2 * round(4 sigma) + 1 taps, edges reflected): the rows' second derivative is otherwise mostly
 * pixel noise. */
function gaussian(g, w, h, sigma) {
  const r = Math.max(1, Math.round(4 * sigma));
  const k = new Float64Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) { k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma)); sum += k[i + r]; }
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  const tmp = new Float32Array(w * h), out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let i = -r; i <= r; i++) acc += k[i + r] * g[row + reflect(x + i, w)];
      tmp[row + x] = acc;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let i = -r; i <= r; i++) acc += k[i + r] * tmp[reflect(y + i, h) * w + x];
      out[y * w + x] = acc;
    }
  }
  return out;
}

/** Bilinear sample of the float image f at (x, y), edges replicated (cv2.BORDER_REPLICATE). */
function sample(f, w, h, x, y) {
  const x0 = Math.floor(x), y0 = Math.floor(y), fx = x - x0, fy = y - y0;
  const xa = x0 < 0 ? 0 : x0 >= w ? w - 1 : x0, xb = x0 + 1 < 0 ? 0 : x0 + 1 >= w ? w - 1 : x0 + 1;
  const ya = (y0 < 0 ? 0 : y0 >= h ? h - 1 : y0) * w, yb = (y0 + 1 < 0 ? 0 : y0 + 1 >= h ? h - 1 : y0 + 1) * w;
  return (f[ya + xa] * (1 - fx) + f[ya + xb] * fx) * (1 - fy) + (f[yb + xa] * (1 - fx) + f[yb + xb] * fx) * fy;
}

/** [depth, lag px] of the deepest trough of the rows' second-derivative autocorrelation (of lag 0)
 * with the image turned so `angle` runs along the rows: the middle turned in place, every
 * trough_row_step-th row (the desktop's _trough). */
function trough(f, w, h, angle, p) {
  const step = p.trough_row_step, rows = Math.floor(h / step);
  const t = (angle * Math.PI) / 180, cs = Math.cos(t), sn = Math.sin(t);
  const cx = (w - 1) / 2, cy = (h - 1) / 2;
  // cv2.getRotationMatrix2D(centre, angle): (u, v) = R (p - c) + c with R = [[cs, sn], [-sn, cs]];
  // the output row y' holds v = step * y', sampled at p = R^T ((u, v) - c) + c
  const n = w - 2 - 16;
  if (n <= p.max_length_px + 2 || rows < 1) return [0, 0];
  const line = new Float32Array(w), d = new Float64Array(n);
  const maxLag = p.max_length_px;
  const ac = new Float64Array(maxLag + 1);
  for (let yr = 0; yr < rows; yr++) {
    const dv = yr * step - cy;
    for (let u = 0; u < w; u++) {
      const du = u - cx;
      line[u] = sample(f, w, h, cs * du - sn * dv + cx, sn * du + cs * dv + cy);
    }
    for (let x = 0; x < n; x++) d[x] = line[x + 10] - 2 * line[x + 9] + line[x + 8]; // np.diff(n=2)[:, 8:-8]
    for (let x = 0; x < n; x++) ac[0] += d[x] * d[x];
    for (let lag = p.min_length_px; lag <= maxLag; lag++) {
      let s = 0;
      for (let x = 0; x + lag < n; x++) s += d[x] * d[x + lag];
      ac[lag] += s;
    }
  }
  const r0 = ac[0];
  if (r0 <= 0) return [0, 0];
  const count = maxLag - p.min_length_px + 1;
  const r = new Float64Array(count);
  let i = 0;
  for (let k = 0; k < count; k++) { r[k] = ac[p.min_length_px + k] / r0; if (r[k] < r[i]) i = k; }
  if (i === 0 || i === count - 1) return [0, 0]; // no trough inside the lengths looked for
  let length = p.min_length_px + i;
  const den = r[i - 1] - 2 * r[i] + r[i + 1];
  if (den > 0) length += (0.5 * (r[i - 1] - r[i + 1])) / den; // parabola through the trough: sub-pixel
  return [-r[i], length];
}

/** The grey image turned so the direction `angle` (degrees) runs along the rows, on a canvas
 * holding all of it (edges replicated): {f (floats), w, h, M (2x3 image -> canvas)} (the desktop's
 * _rotated). */
function rotated(img, angle) {
  const { g, w, h } = img;
  const t = (angle * Math.PI) / 180, cs = Math.cos(t), sn = Math.sin(t);
  const W = Math.ceil(Math.abs(w * cs) + Math.abs(h * sn)) + 2, H = Math.ceil(Math.abs(w * sn) + Math.abs(h * cs)) + 2;
  const icx = (w - 1) / 2, icy = (h - 1) / 2;
  const tx = W / 2 - (cs * icx + sn * icy), ty = H / 2 - (-sn * icx + cs * icy);
  const M = [cs, sn, tx, -sn, cs, ty];
  const f = new Float32Array(W * H);
  for (let v = 0; v < H; v++) for (let u = 0; u < W; u++) {
    const du = u - tx, dv = v - ty; // p = R^T ((u, v) - t)
    f[v * W + u] = sample(g, w, h, cs * du - sn * dv, sn * du + cs * dv);
  }
  return { f, w: W, h: H, M };
}

/** In-place radix-2 complex FFT of (re, im), length a power of two; inverse unscaled. */
function fft(re, im, inverse) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) { let t = re[i]; re[i] = re[j]; re[j] = t; t = im[i]; im[i] = im[j]; im[j] = t; }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len, wr = Math.cos(ang), wi = Math.sin(ang), half = len >> 1;
    for (let i = 0; i < n; i += len) {
      let cr = 1, ci = 0;
      for (let k = 0; k < half; k++) {
        const a = i + k, b = a + half;
        const xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
        re[b] = re[a] - xr; im[b] = im[a] - xi;
        re[a] += xr; im[a] += xi;
        const nr = cr * wr - ci * wi; ci = cr * wi + ci * wr; cr = nr;
      }
    }
  }
}

/** The grey image {g, w, h} turned so the blur runs along its rows, each row Wiener-deconvolved by
 * a box of `length` px: {g (Uint8Array), w, h, M (2x3 image -> that picture)} (the desktop's
 * deblurred). */
export function deblurred(img, angle, length, noise) {
  const rot = rotated(img, angle);
  const pad = Math.ceil(length) * 2, width = rot.w + 2 * pad;
  let n = 1;
  while (n < width) n <<= 1;
  // the box centred on 0 (circularly), area-sampled at its ends; symmetric, so its spectrum and the
  // Wiener filter are real: two rows go through one complex FFT (one as the real part, one as the
  // imaginary) and come back apart
  const box = [];
  let sum = 0;
  for (let d = 0; d < n / 2; d++) {
    const v = Math.min(1, Math.max(0, length / 2 + 0.5 - d));
    if (v <= 0) break;
    box.push(v);
    sum += d ? 2 * v : v;
  }
  const G = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let H = box[0];
    for (let d = 1; d < box.length; d++) H += 2 * box[d] * Math.cos((2 * Math.PI * k * d) / n);
    H /= sum;
    G[k] = H / (H * H + noise) / n; // (with the inverse FFT's 1/n)
  }
  const out = new Uint8Array(rot.w * rot.h);
  const re = new Float64Array(n), im = new Float64Array(n);
  const put = (y, part) => {
    const row = rot.f.subarray(y * rot.w, (y + 1) * rot.w);
    part.fill(0);
    for (let x = 0; x < width; x++) part[x] = row[x < pad ? 0 : x >= pad + rot.w ? rot.w - 1 : x - pad]; // edges replicated
  };
  const take = (y, part) => {
    for (let x = 0; x < rot.w; x++) { const v = part[x + pad]; out[y * rot.w + x] = v <= 0 ? 0 : v >= 255 ? 255 : v | 0; }
  };
  for (let y = 0; y < rot.h; y += 2) {
    put(y, re);
    if (y + 1 < rot.h) put(y + 1, im); else im.fill(0);
    fft(re, im, false);
    for (let k = 0; k < n; k++) { re[k] *= G[k]; im[k] *= G[k]; }
    fft(re, im, true);
    take(y, re);
    if (y + 1 < rot.h) take(y + 1, im);
  }
  return { g: out, w: rot.w, h: rot.h, M: rot.M };
}

/** The 2x3 map M applied to [x, y]; and the inverse of a rotation-and-shift map. */
const apply = (M, [x, y]) => [M[0] * x + M[1] * y + M[2], M[3] * x + M[4] * y + M[5]];
function invert(M) {
  const det = M[0] * M[4] - M[1] * M[3];
  const a = M[4] / det, b = -M[1] / det, c = -M[3] / det, d = M[0] / det;
  return [a, b, -(a * M[2] + b * M[5]), c, d, -(c * M[2] + d * M[5])];
}

/** Squares found on the frame with its motion blur undone (the desktop's deblurred_look): `small`
 * ({g, w, h}: the frame downscaled `factor` times), its blur line measured and undone, `find(img)`
 * (the quads of the deblurred picture, [{corners, area}]) run there. Returns {quads: the squares'
 * corners at full resolution with their areas there, largest first, line: the blur line at full
 * resolution {angle, length}} or null when no line blur is measured. */
export function deblurredLook(small, factor, find, p) {
  const line = blurLine(small, p);
  if (!line) return null;
  const sharp = deblurred(small, line.angle, line.length, p.wiener_noise);
  const back = invert(sharp.M);
  const quads = find(sharp).map((q) => ({
    corners: q.corners.map((c) => apply(back, c).map((v) => v * factor + (factor - 1) / 2)),
    area: q.area * factor * factor,
  }));
  return { quads, line: { angle: line.angle, length: line.length * factor } };
}

/** The frame {g, w, h} around a square (full resolution) with the blur line undone, and the
 * square's corners there (the desktop's deblurred_patch): the code's modules, 3-4 px on a card
 * smeared 13-25 px, come back far enough for the usual reading. */
export function deblurredPatch(img, corners, line, noise) {
  const { g, w, h } = img;
  const pad = Math.ceil(line.length) + 8;
  const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
  const x0 = Math.max(Math.floor(Math.min(...xs)) - pad, 0), y0 = Math.max(Math.floor(Math.min(...ys)) - pad, 0);
  const x1 = Math.min(Math.ceil(Math.max(...xs)) + pad, w), y1 = Math.min(Math.ceil(Math.max(...ys)) + pad, h);
  if (x1 - x0 < 8 || y1 - y0 < 8) return null;
  const pw = x1 - x0, ph = y1 - y0, crop = new Uint8Array(pw * ph);
  for (let y = 0; y < ph; y++) crop.set(g.subarray((y + y0) * w + x0, (y + y0) * w + x1), y * pw);
  const sharp = deblurred({ g: crop, w: pw, h: ph }, line.angle, line.length, noise);
  return { img: { g: sharp.g, w: sharp.w, h: sharp.h }, corners: corners.map(([x, y]) => apply(sharp.M, [x - x0, y - y0])) };
}
