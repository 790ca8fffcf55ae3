// A picture's outline: the convex quads that a frame's straight edges close, and which of them can
// be the image of a rectangle of a given aspect through the camera. The viewer's copy of the
// desktop's museum_ar/tracking/picture_outline.py (its reasons are written there): segments
// (segments.js) merged into lines, each line's stretches that are edge across it, four lines whose
// sides between their crossings are mostly edge make a quad. Used for plain pictures (plain.js).
import { gaussian } from "./gaussian.js";
import { lineSegments } from "./segments.js";
import { fitHomography } from "./geometry.js";

// picture_outline's constants (tests/viewer/test_plain_target_in_viewer.py checks they agree)
export const MIN_SIDE_PX = 40, MAX_LINES = 24, MAX_QUADS = 12, MIN_COVER = 0.6, EDGE_GRAD = 2.5, ASPECT_LOG = 0.12, MAX_SKEW = 0.15;
const MERGE_COS = Math.cos((2.0 * Math.PI) / 180), MERGE_PX = 2.0;

/** Segments merged into lines {p, u, total}: longest first, each joins the first line it lies on
 * (both ends within MERGE_PX, direction within 2 degrees) or starts one; the MAX_LINES longest in
 * total that reach minLen. */
function lines(segs, minLen) {
  const order = segs.map((s, i) => [Math.hypot(s[2] - s[0], s[3] - s[1]), i]).sort((a, b) => b[0] - a[0]);
  const L = [];
  for (const [len, i] of order) {
    if (len < 4) break;
    const [x1, y1, x2, y2] = segs[i], dx = (x2 - x1) / len, dy = (y2 - y1) / len;
    const on = L.find((l) => Math.abs(l.u[0] * dx + l.u[1] * dy) > MERGE_COS
      && Math.abs(-l.u[1] * (x1 - l.p[0]) + l.u[0] * (y1 - l.p[1])) < MERGE_PX && Math.abs(-l.u[1] * (x2 - l.p[0]) + l.u[0] * (y2 - l.p[1])) < MERGE_PX);
    if (on) on.total += len;
    else L.push({ p: [x1, y1], u: [dx, dy], total: len });
  }
  // a stable sort by total: the desktop's order for equal totals (its line numbers)
  return L.filter((l) => l.total >= minLen).sort((a, b) => b.total - a.total).slice(0, MAX_LINES);
}

/** Sobel of the image blurred (sigma 1, rounded to bytes as OpenCV keeps it), grey levels per px. */
function sobel(img, w, h) {
  const refl = (i, n) => (i < 0 ? -i : i >= n ? 2 * n - 2 - i : i), b = gaussian(img, w, h, 1.0, { r: 3, bytes: true });
  const gx = new Float32Array(w * h), gy = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const ym = refl(y - 1, h) * w, y0 = y * w, yp = refl(y + 1, h) * w;
    for (let x = 0; x < w; x++) {
      const xm = refl(x - 1, w), xp = refl(x + 1, w);
      gx[y0 + x] = (b[ym + xp] - b[ym + xm] + 2 * (b[y0 + xp] - b[y0 + xm]) + b[yp + xp] - b[yp + xm]) / 8;
      gy[y0 + x] = (b[yp + xm] - b[ym + xm] + 2 * (b[yp + x] - b[ym + x]) + b[yp + xp] - b[ym + xp]) / 8;
    }
  }
  return { gx, gy };
}

/** Along each line, how many of its samples (1 px apart, from -reach) up to each one are edge: a
 * gradient of EDGE_GRAD or more mostly across the line, on it or 1 px beside it. */
function edgeProfiles(img, w, h, L) {
  const { gx, gy } = sobel(img, w, h), reach = w + h, n = 2 * reach;
  const cum = L.map((l) => {
    const c = new Int32Array(n + 1), nx = -l.u[1], ny = l.u[0];
    for (let j = 0; j < n; j++) {
      const t = j - reach;
      let edge = false;
      for (let off = -1; off <= 1; off++) {
        const x = Math.round(l.p[0] + t * l.u[0] + off * nx), y = Math.round(l.p[1] + t * l.u[1] + off * ny);
        if (x < 0 || y < 0 || x >= w || y >= h) continue;
        const ax = gx[y * w + x], ay = gy[y * w + x], across = Math.abs(ax * nx + ay * ny), along = Math.abs(ax * l.u[0] + ay * l.u[1]);
        if (across >= EDGE_GRAD && across >= along) { edge = true; break; }
      }
      c[j + 1] = c[j] + (edge ? 1 : 0);
    }
    return c;
  });
  /** The share of line i that is edge between t0 and t1. */
  return (i, t0, t1) => {
    const c = cum[i], clip = (v) => Math.min(n, Math.max(0, Math.round(v + reach)));
    const a = clip(Math.min(t0, t1)), b = clip(Math.max(t0, t1));
    return (c[b] - c[a]) / Math.max(1, b - a);
  };
}

const UNIT_SQUARE = [[0, 0], [1, 0], [1, 1], [0, 1]];

/** The width/height of the rectangle whose image the quad (clockwise, frame pixels) would be, and
 * how far it is from one (|cos| of the angle between its sides in 3D). K: {fx, fy, cx, cy}. */
export function rectangleAspect(q, K) {
  const H = fitHomography(UNIT_SQUARE, q);
  if (!H) return [1, 1];
  const col = (c) => [(H[c] - (K.cx * H[6 + c])) / K.fx, (H[3 + c] - K.cy * H[6 + c]) / K.fy, H[6 + c]];
  const h1 = col(0), h2 = col(1), n1 = Math.hypot(...h1), n2 = Math.hypot(...h2);
  if (!(n1 > 0 && n2 > 0)) return [1, 1];
  return [n1 / n2, Math.abs(h1[0] * h2[0] + h1[1] * h2[1] + h1[2] * h2[2]) / (n1 * n2)];
}

/** The quad's four corner orders (the picture turned by 0, 90, 180, 270 degrees on screen). */
export const rotations = (q) => [0, 1, 2, 3].map((k) => q.slice(k).concat(q.slice(0, k)));

function clockwise(q) {
  const cx = (q[0][0] + q[1][0] + q[2][0] + q[3][0]) / 4, cy = (q[0][1] + q[1][1] + q[2][1] + q[3][1]) / 4;
  const s = q.slice().sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
  let first = 0;
  for (let k = 1; k < 4; k++) if (s[k][0] + s[k][1] < s[first][0] + s[first][1]) first = k;
  return rotations(s)[first];
}

function convex(q) {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i], b = q[(i + 1) % 4], c = q[(i + 2) % 4];
    const cr = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cr !== 0) { if (sign && Math.sign(cr) !== sign) return false; sign = Math.sign(cr); }
  }
  return sign !== 0;
}

/** Convex quads ([4][2], frame pixels = 2 x the half-resolution grey `small`'s, clockwise on screen
 * from the corner nearest the top left) whose four sides are mostly edge (MIN_COVER), best covered
 * first; only those that can be the image of a rectangle (MAX_SKEW) of one of `aspects` (width /
 * height, either way round, within ASPECT_LOG) through K (full-frame pixels); of nearly the same
 * quads the best covered. */
export function pictureQuads(small, w, h, K, aspects) {
  const L = lines(lineSegments(small, w, h), MIN_SIDE_PX / 4), n = L.length;
  const cover = edgeProfiles(small, w, h, L);
  const t = Array.from({ length: n }, () => new Float64Array(n).fill(NaN)); // t[i][j]: where line j crosses line i, along i
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const [a, c] = L[i].u, [b, d] = [-L[j].u[0], -L[j].u[1]], det = a * d - b * c; // columns u_i, -u_j
    if (Math.abs(det) < 0.17) continue; // under ~10 degrees apart
    const rx = L[j].p[0] - L[i].p[0], ry = L[j].p[1] - L[i].p[1];
    t[i][j] = (d * rx - b * ry) / det;
    t[j][i] = (a * ry - c * rx) / det;
  }
  // sides: line i between its crossings with j and k, long enough and covered; support = covered length
  const sides = L.map(() => new Set()), support = new Map(), key = (a, b, c) => (a * 64 + b) * 64 + c;
  for (let i = 0; i < n; i++) {
    const cross = [];
    for (let j = 0; j < n; j++) if (!Number.isNaN(t[i][j])) cross.push(j);
    for (let p = 0; p < cross.length; p++) for (let q = p + 1; q < cross.length; q++) {
      const j = cross[p], k = cross[q], span = Math.abs(t[i][j] - t[i][k]), c = cover(i, t[i][j], t[i][k]);
      if (span < MIN_SIDE_PX / 2 || c < MIN_COVER) continue;
      sides[i].add(j * 64 + k); sides[i].add(k * 64 + j);
      support.set(key(j, i, k), c * span); support.set(key(k, i, j), c * span);
    }
  }
  const has = (i, j, k) => sides[i].has(j * 64 + k);
  const found = new Map();
  // cycles i -> j -> k -> l -> i, each a covered side between its neighbours; each cycle once
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) for (let l = j + 1; l < n; l++) {
    if (!has(i, j, l)) continue;
    for (let k = i + 1; k < n; k++) {
      if (k === l || k === j || !has(j, i, k) || !has(k, j, l) || !has(l, k, i)) continue;
      const cyc = [i, j, k, l];
      const q = cyc.map((a, m) => { const b = cyc[(m + 1) % 4]; return [L[a].p[0] + t[a][b] * L[a].u[0], L[a].p[1] + t[a][b] * L[a].u[1]]; });
      if (!convex(q) || q.some(([x, y]) => x < -w || y < -h || x > 2 * w || y > 2 * h)) continue;
      const quad = clockwise(q.map(([x, y]) => [2 * x, 2 * y]));
      const [aspect, skew] = rectangleAspect(quad, K);
      if (skew > MAX_SKEW || !aspects.some((r) => Math.abs(Math.log(aspect / r)) <= ASPECT_LOG || Math.abs(Math.log(aspect * r)) <= ASPECT_LOG)) continue;
      const id = cyc.slice().sort((a, b) => a - b).join(",");
      if (found.has(id)) continue;
      let s = 0;
      for (let m = 0; m < 4; m++) s += support.get(key(cyc[(m + 3) % 4], cyc[m], cyc[(m + 1) % 4]));
      found.set(id, { s, quad });
    }
  }
  const kept = [];
  for (const { quad } of [...found.values()].sort((a, b) => b.s - a.s)) {
    if (kept.every((k) => k.some((p, m) => Math.max(Math.abs(p[0] - quad[m][0]), Math.abs(p[1] - quad[m][1])) > 12))) kept.push(quad);
  }
  return kept.slice(0, MAX_QUADS);
}
