// Marker pose from its four corners: homography -> initial [R|t] -> Gauss-Newton refinement of
// the reprojection error. Conventions as in museum_ar/core/frames.py: the marker frame has +X
// right, +Y out of the paper, +Z toward the code's bottom edge; the pose is marker -> camera in
// OpenCV camera coordinates (+X right, +Y down, +Z forward).

import { solve } from "./linalg.js";

/** Solve the 8x8 system for the homography mapping src[i] -> dst[i] (4 points each). */
export function homography(src, dst) {
  const A = [], b = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i], [u, v] = dst[i];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]); b.push(v);
  }
  const h = solve(A, b);
  if (!h) return null;
  return [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1];
}

export function applyH(H, x, y) {
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
}

const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a) => { const l = Math.hypot(a[0], a[1], a[2]); return [a[0] / l, a[1] / l, a[2] / l]; };

/** Corners of the tracked square in the marker frame: TL, TR, BR, BL as you read the code. */
export function markerCorners(edgeM) {
  const h = edgeM / 2;
  return [[-h, 0, -h], [h, 0, -h], [h, 0, h], [-h, 0, h]];
}

/** Rotation (3x3 row-major array of rows) from a rotation vector (Rodrigues). */
export function rodrigues(w) {
  const th = Math.hypot(w[0], w[1], w[2]);
  if (th < 1e-12) return [[1, -w[2], w[1]], [w[2], 1, -w[0]], [-w[1], w[0], 1]];
  const k = [w[0] / th, w[1] / th, w[2] / th];
  const c = Math.cos(th), s = Math.sin(th), v = 1 - c;
  return [
    [c + k[0] * k[0] * v, k[0] * k[1] * v - k[2] * s, k[0] * k[2] * v + k[1] * s],
    [k[1] * k[0] * v + k[2] * s, c + k[1] * k[1] * v, k[1] * k[2] * v - k[0] * s],
    [k[2] * k[0] * v - k[1] * s, k[2] * k[1] * v + k[0] * s, c + k[2] * k[2] * v],
  ];
}

const matmul3 = (A, B) => A.map((r) => [0, 1, 2].map((j) => r[0] * B[0][j] + r[1] * B[1][j] + r[2] * B[2][j]));

function project(K, R, t, P) {
  const x = R[0][0] * P[0] + R[0][1] * P[1] + R[0][2] * P[2] + t[0];
  const y = R[1][0] * P[0] + R[1][1] * P[1] + R[1][2] * P[2] + t[1];
  const z = R[2][0] * P[0] + R[2][1] * P[1] + R[2][2] * P[2] + t[2];
  return [K.fx * (x / z) + K.cx, K.fy * (y / z) + K.cy];
}

/** Pose of a square of side edgeM whose corners TL, TR, BR, BL were seen at `img` (pixels);
 * `extra` = {obj: [[x, 0, z]…], img: [[u, v]…]} adds points (the frame's inner corners) to the
 * refinement. Returns {R (rows), t, err (RMS px), alt} or null. */
export function solveSquarePose(img, edgeM, K, extra = null) {
  const outer = markerCorners(edgeM);
  // Homography from the paper's (X, Z) to normalised image coordinates.
  const norm2 = img.map(([u, v]) => [(u - K.cx) / K.fx, (v - K.cy) / K.fy]);
  const H = homography(outer.map((p) => [p[0], p[2]]), norm2);
  const obj = extra ? [...outer, ...extra.obj] : outer;
  if (extra) img = [...img, ...extra.img];
  if (!H) return null;
  const h1 = [H[0], H[3], H[6]], h2 = [H[1], H[4], H[7]], h3 = [H[2], H[5], H[8]];
  let lam = 2 / (Math.hypot(...h1) + Math.hypot(...h2));
  if (h3[2] * lam < 0) lam = -lam; // the marker is in front of the camera
  let r1 = h1.map((v) => v * lam), r3 = h2.map((v) => v * lam);
  const t = h3.map((v) => v * lam);
  r1 = norm(r1);
  r3 = norm(r3.map((v, i) => v - dot(r1, r3) * r1[i]));
  const r2 = cross(r3, r1);
  const R = [[r1[0], r2[0], r3[0]], [r1[1], r2[1], r3[1]], [r1[2], r2[2], r3[2]]];
  const first = refine(K, R, t, obj, img);
  if (!first) return null;
  // A square seen nearly face-on has a second pose that reprojects almost as well: the one whose
  // normal is mirrored about the line of sight (IPPE's two solutions). Refine it too; the caller
  // keeps the one closer to the previous frame when their errors are close.
  const alt = refine(K, mirroredRotation(first.R, first.t), first.t, obj, img);
  first.alt = alt && alt.err < first.err * 3 + 0.5 && rotationAngle(first.R, alt.R) > 0.5 ? alt : null;
  return first;
}

function mirroredRotation(R, t) {
  const v = norm(t);
  const n1 = [R[0][1], R[1][1], R[2][1]]; // the marker's +Y (normal) in camera coordinates
  const d = dot(v, n1);
  const n2 = norm([2 * d * v[0] - n1[0], 2 * d * v[1] - n1[1], 2 * d * v[2] - n1[2]]); // n1 turned 180 degrees about the line of sight
  // rotation taking n1 to n2, applied on the left
  const axis = cross(n1, n2);
  const s = Math.hypot(...axis), c = dot(n1, n2);
  if (s < 1e-9) return R;
  const ang = Math.atan2(s, c);
  return matmul3(rodrigues(axis.map((a) => (a / s) * ang)), R);
}

/** Angle between two rotations, degrees. */
export function rotationAngle(A, B) {
  let tr = 0;
  for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) tr += A[k][i] * B[k][i];
  return (Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2))) * 180) / Math.PI;
}

function residuals(K, R, t, obj, img) {
  const r = [];
  for (let i = 0; i < obj.length; i++) {
    const p = project(K, R, t, obj[i]);
    r.push(p[0] - img[i][0], p[1] - img[i][1]);
  }
  return r;
}

function refine(K, R, t, obj, img) {
  // Gauss-Newton on (small rotation w applied on the left, translation), numeric Jacobian.
  for (let iter = 0; iter < 12; iter++) {
    const r0 = residuals(K, R, t, obj, img);
    const J = r0.map(() => new Array(6).fill(0));
    const eps = 1e-6;
    for (let k = 0; k < 6; k++) {
      let R2 = R, t2 = t;
      if (k < 3) { const w = [0, 0, 0]; w[k] = eps; R2 = matmul3(rodrigues(w), R); }
      else { t2 = t.slice(); t2[k - 3] += eps; }
      const r1 = residuals(K, R2, t2, obj, img);
      for (let i = 0; i < r0.length; i++) J[i][k] = (r1[i] - r0[i]) / eps;
    }
    const JtJ = [...Array(6)].map((_, a) => [...Array(6)].map((_, b) => J.reduce((s, row) => s + row[a] * row[b], 0) + (a === b ? 1e-9 : 0)));
    const Jtr = [...Array(6)].map((_, a) => -J.reduce((s, row, i) => s + row[a] * r0[i], 0));
    const d = solve(JtJ, Jtr);
    if (!d) break;
    R = matmul3(rodrigues([d[0], d[1], d[2]]), R);
    t = [t[0] + d[3], t[1] + d[4], t[2] + d[5]];
    if (Math.hypot(...d) < 1e-10) break;
  }
  const r = residuals(K, R, t, obj, img);
  const err = Math.sqrt(r.reduce((s, v) => s + v * v, 0) / (r.length / 2));
  if (t[2] <= 0) return null;
  return { R, t, err };
}

/** 4x4 column-major (three.js order) marker -> camera matrix from R (rows) and t. */
export function poseMatrixCV(R, t) {
  return [R[0][0], R[1][0], R[2][0], 0, R[0][1], R[1][1], R[2][1], 0, R[0][2], R[1][2], R[2][2], 0, t[0], t[1], t[2], 1];
}

/** Unit quaternion (x, y, z, w) of a rotation given as rows. */
export function quatFromR(R) {
  const tr = R[0][0] + R[1][1] + R[2][2];
  let x, y, z, w;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    w = 0.25 * s; x = (R[2][1] - R[1][2]) / s; y = (R[0][2] - R[2][0]) / s; z = (R[1][0] - R[0][1]) / s;
  } else if (R[0][0] > R[1][1] && R[0][0] > R[2][2]) {
    const s = Math.sqrt(1 + R[0][0] - R[1][1] - R[2][2]) * 2;
    w = (R[2][1] - R[1][2]) / s; x = 0.25 * s; y = (R[0][1] + R[1][0]) / s; z = (R[0][2] + R[2][0]) / s;
  } else if (R[1][1] > R[2][2]) {
    const s = Math.sqrt(1 + R[1][1] - R[0][0] - R[2][2]) * 2;
    w = (R[0][2] - R[2][0]) / s; x = (R[0][1] + R[1][0]) / s; y = 0.25 * s; z = (R[1][2] + R[2][1]) / s;
  } else {
    const s = Math.sqrt(1 + R[2][2] - R[0][0] - R[1][1]) * 2;
    w = (R[1][0] - R[0][1]) / s; x = (R[0][2] + R[2][0]) / s; y = (R[1][2] + R[2][1]) / s; z = 0.25 * s;
  }
  const l = Math.hypot(x, y, z, w);
  return [x / l, y / l, z / l, w / l];
}

export function RFromQuat([x, y, z, w]) {
  return [
    [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
    [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
    [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
  ];
}
