// Homographies (4-point and least-squares DLT, RANSAC) and the marker pose from one.

import { solve } from "../linalg.js";

// Scratch for the homography fits (RANSAC fits hundreds of 4-point homographies a frame: these
// were a good part of its garbage). The arithmetic is that of the plain array code, operation for
// operation, so the fits are bit for bit the same.
const NA = new Float64Array(64), NB = new Float64Array(8), NM = new Float64Array(72), NR = new Float64Array(8);
let nx = new Float64Array(64), ny = new Float64Array(64), mx2 = new Float64Array(64), my2 = new Float64Array(64);

/** Hartley's normalisation of the points idx[0..n) of (xs, ys) into (ox, oy): centroid to the
 * origin, mean distance sqrt(2); returns T (9). */
function normaliseInto(xs, ys, idx, n, ox, oy) {
  let mx = 0, my = 0;
  for (let k = 0; k < n; k++) { mx += xs[idx[k]]; my += ys[idx[k]]; }
  mx /= n; my /= n;
  let d = 0;
  for (let k = 0; k < n; k++) d += Math.hypot(xs[idx[k]] - mx, ys[idx[k]] - my);
  const s = d > 0 ? (Math.SQRT2 * n) / d : 1;
  for (let k = 0; k < n; k++) { ox[k] = s * (xs[idx[k]] - mx); oy[k] = s * (ys[idx[k]] - my); }
  return [s, 0, -s * mx, 0, s, -s * my, 0, 0, 1];
}

function inv3(m) {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/** H (9 numbers, row-major, h33 = 1) mapping src[i] -> dst[i], least squares over all pairs
 * (on normalised coordinates: unnormalised pixel values make the system ill-conditioned). */
export function fitHomography(src, dst) {
  const n = src.length, idx = new Int32Array(n);
  const sx = new Float64Array(n), sy = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
  for (let i = 0; i < n; i++) { idx[i] = i; sx[i] = src[i][0]; sy[i] = src[i][1]; dx[i] = dst[i][0]; dy[i] = dst[i][1]; }
  return fitIndexed(sx, sy, dx, dy, idx, n);
}

/** fitHomography of the pairs idx[0..n) of the coordinate arrays. */
function fitIndexed(sx, sy, dx, dy, idx, n) {
  if (nx.length < n) { nx = new Float64Array(n); ny = new Float64Array(n); mx2 = new Float64Array(n); my2 = new Float64Array(n); }
  const Ts = normaliseInto(sx, sy, idx, n, nx, ny), Td = normaliseInto(dx, dy, idx, n, mx2, my2);
  const Hn = fitRaw(nx, ny, mx2, my2, n);
  if (!Hn) return null;
  const H = mul3(inv3(Td), mul3(Hn, Ts));
  return H.map((v) => v / H[8]);
}

function fitRaw(xs, ys, us, vs, n) {
  const A = NA, b = NB, r = NR;
  A.fill(0); b.fill(0);
  for (let i = 0; i < n; i++) {
    const x = xs[i], y = ys[i], u = us[i], v = vs[i];
    for (let row = 0; row < 2; row++) {
      const t = row ? v : u;
      if (row === 0) { r[0] = x; r[1] = y; r[2] = 1; r[3] = 0; r[4] = 0; r[5] = 0; r[6] = -u * x; r[7] = -u * y; }
      else { r[0] = 0; r[1] = 0; r[2] = 0; r[3] = x; r[4] = y; r[5] = 1; r[6] = -v * x; r[7] = -v * y; }
      for (let j = 0; j < 8; j++) { const rj = r[j]; b[j] += rj * t; for (let k = 0; k < 8; k++) A[j * 8 + k] += rj * r[k]; }
    }
  }
  const h = solve8(A, b);
  return h ? [...h, 1] : null;
}

/** solve() on the flat 8 x 8 system (the same steps). */
function solve8(A, b) {
  const n = 8, m = n + 1, M = NM;
  for (let i = 0; i < n; i++) { for (let k = 0; k < n; k++) M[i * m + k] = A[i * n + k]; M[i * m + n] = b[i]; }
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * m + c]) > Math.abs(M[p * m + c])) p = r;
    if (Math.abs(M[p * m + c]) < 1e-12) return null;
    if (p !== c) for (let k = 0; k < m; k++) { const t = M[c * m + k]; M[c * m + k] = M[p * m + k]; M[p * m + k] = t; }
    for (let r = c + 1; r < n; r++) {
      const f = M[r * m + c] / M[c * m + c];
      for (let k = c; k <= n; k++) M[r * m + k] -= f * M[c * m + k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r * m + n];
    for (let k = r + 1; k < n; k++) s -= M[r * m + k] * x[k];
    x[r] = s / M[r * m + r];
  }
  return x;
}

export function apply(H, x, y) {
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
}

/** The indices i of the pairs that H maps within sqrt(t2) of their partner, into `out`; their count. */
function inliersInto(H, sx, sy, dx, dy, n, t2, out) {
  const h0 = H[0], h1 = H[1], h2 = H[2], h3 = H[3], h4 = H[4], h5 = H[5], h6 = H[6], h7 = H[7], h8 = H[8];
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = sx[i], y = sy[i], w = h6 * x + h7 * y + h8;
    const du = (h0 * x + h1 * y + h2) / w - dx[i], dv = (h3 * x + h4 * y + h5) / w - dy[i];
    if (du * du + dv * dv < t2) out[c++] = i;
  }
  return c;
}

/** Whether the four sampled pairs s turn alike in the source and the destination (every triple's
 * orientation kept, as OpenCV's homography RANSAC checks a subset): a homography that maps a
 * picture to a real view keeps its orientation, so a sample failing this is outliers and needs no
 * fit (with a far picture's few right matches most samples are such). */
function sameTurn(sx, sy, dx, dy, s) {
  for (let k = 0; k < 4; k++) {
    const a = s[k], b = s[(k + 1) & 3], c = s[(k + 2) & 3];
    const o1 = (sx[b] - sx[a]) * (sy[c] - sy[a]) - (sy[b] - sy[a]) * (sx[c] - sx[a]);
    const o2 = (dx[b] - dx[a]) * (dy[c] - dy[a]) - (dy[b] - dy[a]) * (dx[c] - dx[a]);
    if (o1 * o2 <= 0) return false;
  }
  return true;
}

/** RANSAC: {H, inliers: [index]} or null. A fixed seed: the same frame gives the same answer.
 * At least `iterations` samples; with `confidence` (< 1) more, up to `maxIterations`, until a
 * better model is that unlikely to have been missed (the usual bound log(1 - confidence) /
 * log(1 - w^4), w the best inlier share so far), as the desktop's cv2.findHomography(maxIters,
 * confidence): a far picture's 10-20 right matches among 40-110 (w ~0.15-0.25) were missed by a
 * fixed 400 (a clean sample once in ~2000 draws at w = 0.15). */
export function ransacHomography(src, dst, threshold, iterations = 400, confidence = 1, maxIterations = iterations) {
  const n = src.length;
  if (n < 4) return null;
  const sx = new Float64Array(n), sy = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
  for (let i = 0; i < n; i++) { sx[i] = src[i][0]; sy[i] = src[i][1]; dx[i] = dst[i][0]; dy[i] = dst[i][1]; }
  let seed = 12345, bestH = null, bestN = 0, best = new Int32Array(n), cur = new Int32Array(n);
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
  const t2 = threshold * threshold, s = new Int32Array(4);
  const limit = Math.max(iterations, confidence < 1 ? maxIterations : iterations);
  for (let it = 0; it < limit; it++) {
    if (it >= iterations && confidence < 1 && bestN >= 4) { // enough draws for the best share so far?
      const w4 = (bestN / n) ** 4;
      const need = w4 >= 1 ? 0 : Math.log(1 - confidence) / Math.log(1 - w4);
      if (it >= need) break;
    }
    let k = 0; // four distinct indices in the order drawn
    while (k < 4) { const v = rand(); if ((k < 1 || v !== s[0]) && (k < 2 || v !== s[1]) && (k < 3 || v !== s[2])) s[k++] = v; }
    if (!sameTurn(sx, sy, dx, dy, s)) continue; // a folded or mirrored sample: no view of a flat picture
    const H = fitIndexed(sx, sy, dx, dy, s, 4);
    if (!H) continue;
    const c = inliersInto(H, sx, sy, dx, dy, n, t2, cur);
    if (!bestH || c > bestN) { bestH = H; bestN = c; const t = best; best = cur; cur = t; }
  }
  if (!bestH || bestN < 4) return null;
  for (let round = 0; round < 2; round++) { // refit on the inliers, then take the inliers again
    const H = fitIndexed(sx, sy, dx, dy, best, bestN);
    if (!H) break;
    const c = inliersInto(H, sx, sy, dx, dy, n, t2, cur);
    if (c < bestN) break;
    bestH = H; bestN = c; const t = best; best = cur; cur = t;
  }
  return { H: bestH, inliers: Array.from(best.subarray(0, bestN)) };
}

/** A real view of a flat picture: convex, not mirrored, not tiny or absurdly stretched. */
export function saneQuad(c, refW, refH) {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = c[i], b = c[(i + 1) % 4], d = c[(i + 2) % 4];
    const cross = (b[0] - a[0]) * (d[1] - b[1]) - (b[1] - a[1]) * (d[0] - b[0]);
    if (cross === 0 || (sign && Math.sign(cross) !== sign)) return false;
    sign = Math.sign(cross);
  }
  if (sign < 0) return false; // mirrored (image y grows downward: clockwise on screen = positive)
  let area = 0;
  for (let i = 0; i < 4; i++) area += c[i][0] * c[(i + 1) % 4][1] - c[(i + 1) % 4][0] * c[i][1];
  if (Math.abs(area) / 2 < 400) return false;
  const sides = [0, 1, 2, 3].map((i) => Math.hypot(c[(i + 1) % 4][0] - c[i][0], c[(i + 1) % 4][1] - c[i][1]));
  return Math.max(...sides) <= (8 * Math.min(...sides) * Math.max(refW, refH)) / Math.min(refW, refH);
}

/** Marker -> camera (OpenCV camera axes, row-major 4x4, metres) from the homography reference
 * pixels -> image pixels. Marker frame: +X right, +Z toward the picture's bottom, +Y out of it,
 * origin at its centre (DESIGN.md). K: {fx, fy, cx, cy}. */
export function poseFromHomography(H, target, K) {
  const wM = target.widthMm / 1000, hM = target.heightMm / 1000;
  // marker (x, z) -> reference pixels: u = (x / w + 0.5) refW, v = (z / h + 0.5) refH
  const A = [target.refW / wM, 0, target.refW / 2, 0, target.refH / hM, target.refH / 2, 0, 0, 1];
  const M = mul3(H, A);
  const Kinv = [1 / K.fx, 0, -K.cx / K.fx, 0, 1 / K.fy, -K.cy / K.fy, 0, 0, 1];
  const G = mul3(Kinv, M);
  const c0 = [G[0], G[3], G[6]], c1 = [G[1], G[4], G[7]], c2 = [G[2], G[5], G[8]];
  let s = 2 / (norm(c0) + norm(c1));
  if (c2[2] * s < 0) s = -s; // the picture is in front of the camera
  let x = c0.map((v) => v * s), z = c1.map((v) => v * s);
  const t = c2.map((v) => v * s);
  // orthonormalise X and Z symmetrically, then Y = Z x X (right-handed)
  x = unit(x); z = unit(z);
  const mid = unit(x.map((v, i) => v + z[i])), perp = unit(cross(cross(x, z), mid));
  const X = unit(mid.map((v, i) => v - perp[i])), Z = unit(mid.map((v, i) => v + perp[i]));
  const Y = cross(Z, X);
  return [X[0], Y[0], Z[0], t[0], X[1], Y[1], Z[1], t[1], X[2], Y[2], Z[2], t[2], 0, 0, 0, 1];
}

const norm = (v) => Math.hypot(v[0], v[1], v[2]);
const unit = (v) => { const n = norm(v); return v.map((x) => x / n); };
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
function mul3(a, b) {
  const o = new Array(9).fill(0);
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) for (let k = 0; k < 3; k++) o[r * 3 + c] += a[r * 3 + k] * b[k * 3 + c];
  return o;
}

/** Gauss-Newton on the reprojection error of `src` (reference pixels) seen at `dst` (image
 * pixels), from `pose` (row-major 4x4): the homography's pose is noisy where the picture is
 * tilted; all inliers together pin it down (the desktop does the same with Levenberg-Marquardt). */
export function refinePose(pose, target, src, dst, K, iterations = 6) {
  // typed buffers instead of arrays per residual and Jacobian row (two calls a tracked frame, up to
  // 18 steps each: their garbage); the sums run in the same order as the array code did
  const wM = target.widthMm / 1000, hM = target.heightMm / 1000, n = src.length, m = 2 * n;
  const X = new Float64Array(3 * n), D = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    X[3 * i] = (src[i][0] / target.refW - 0.5) * wM; X[3 * i + 1] = 0; X[3 * i + 2] = (src[i][1] / target.refH - 0.5) * hM;
    D[2 * i] = dst[i][0]; D[2 * i + 1] = dst[i][1];
  }
  let R = [pose[0], pose[1], pose[2], pose[4], pose[5], pose[6], pose[8], pose[9], pose[10]];
  let t = [pose[3], pose[7], pose[11]];
  const residuals = (R, t, r) => {
    for (let i = 0; i < n; i++) {
      const x = X[3 * i], y = X[3 * i + 1], z = X[3 * i + 2];
      const cx = R[0] * x + R[1] * y + R[2] * z + t[0], cy = R[3] * x + R[4] * y + R[5] * z + t[1], cz = R[6] * x + R[7] * y + R[8] * z + t[2];
      r[2 * i] = K.fx * cx / cz + K.cx - D[2 * i]; r[2 * i + 1] = K.fy * cy / cz + K.cy - D[2 * i + 1];
    }
    return r;
  };
  const sumSq = (r) => { let a = 0; for (let i = 0; i < m; i++) a += r[i] * r[i]; return a; };
  const step = (R, t, d) => { // small rotation (d[0..2], applied on the left) and translation
    const th = Math.hypot(d[0], d[1], d[2]);
    let D = [1, 0, 0, 0, 1, 0, 0, 0, 1];
    if (th > 0) {
      const k = [d[0] / th, d[1] / th, d[2] / th], c = Math.cos(th), s = Math.sin(th), C = 1 - c;
      D = [c + k[0] * k[0] * C, k[0] * k[1] * C - k[2] * s, k[0] * k[2] * C + k[1] * s,
        k[1] * k[0] * C + k[2] * s, c + k[1] * k[1] * C, k[1] * k[2] * C - k[0] * s,
        k[2] * k[0] * C - k[1] * s, k[2] * k[1] * C + k[0] * s, c + k[2] * k[2] * C];
    }
    return [mul3(D, R), [t[0] + d[3], t[1] + d[4], t[2] + d[5]]];
  };
  let r0 = residuals(R, t, new Float64Array(m)), r2 = new Float64Array(m), e0 = sumSq(r0), lambda = 1e-3;
  const J = new Float64Array(6 * m), rj = new Float64Array(m);
  for (let it = 0; it < 3 * iterations; it++) { // Levenberg-Marquardt: small, damped steps stay on this side
    for (let j = 0; j < 6; j++) {
      const d = [0, 0, 0, 0, 0, 0];
      d[j] = 1e-6;
      const [R2, t2] = step(R, t, d);
      residuals(R2, t2, rj);
      for (let i = 0; i < m; i++) J[j * m + i] = (rj[i] - r0[i]) / 1e-6;
    }
    const A = [], g = [];
    for (let j = 0; j < 6; j++) {
      const row = [];
      for (let k = 0; k < 6; k++) { let s = 0; for (let i = 0; i < m; i++) s += J[j * m + i] * J[k * m + i]; row.push(s); }
      A.push(row);
      let s = 0;
      for (let i = 0; i < m; i++) s += J[j * m + i] * r0[i];
      g.push(-s);
    }
    for (let j = 0; j < 6; j++) A[j][j] *= 1 + lambda;
    const d = solve(A, g);
    if (!d) break;
    const [R2, t2] = step(R, t, d);
    residuals(R2, t2, r2);
    const e2 = sumSq(r2);
    if (e2 < e0) {
      const done = e0 - e2 < 1e-6 * e0;
      R = R2; t = t2; const tmp = r0; r0 = r2; r2 = tmp; e0 = e2; lambda = Math.max(1e-7, lambda / 10);
      if (done) break;
    } else {
      lambda *= 10;
      if (lambda > 1e6) break;
    }
  }
  refinePose.error = Math.sqrt(e0 / Math.max(1, n));
  return [R[0], R[1], R[2], t[0], R[3], R[4], R[5], t[1], R[6], R[7], R[8], t[2], 0, 0, 0, 1];
}
