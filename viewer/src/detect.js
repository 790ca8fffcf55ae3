// Finds dark square frames (the markers' thick black border) in a grey image.
// Adaptive threshold -> connected components of dark pixels -> for each component its extreme
// boundary points in 16 directions (a coarse convex hull) -> the largest inscribed quad -> corners
// refined to sub-pixel accuracy by fitting lines to the frame's outer edges.

import { approxClosed, cutCornerQuad, perimeterOf } from "./cut_corner.js";

const DIRS = 16;
const COS = new Float32Array(DIRS);
const SIN = new Float32Array(DIRS);
for (let k = 0; k < DIRS; k++) {
  COS[k] = Math.cos((2 * Math.PI * k) / DIRS);
  SIN[k] = Math.sin((2 * Math.PI * k) / DIRS);
}

/** Grey (Uint8) image from RGBA ImageData-like pixels. */
export function toGrey(rgba, w, h, out) {
  const g = out && out.length === w * h ? out : new Uint8Array(w * h);
  for (let i = 0, j = 0; i < g.length; i++, j += 4) {
    g[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
  }
  return g;
}

/** Halve an image by 2x2 box averaging (detection runs at <= ~640 px width). */
export function halve(g, w, h) {
  const w2 = w >> 1, h2 = h >> 1;
  const o = new Uint8Array(w2 * h2);
  for (let y = 0; y < h2; y++) {
    const r0 = 2 * y * w, r1 = r0 + w;
    for (let x = 0; x < w2; x++) {
      const x2 = 2 * x;
      o[y * w2 + x] = (g[r0 + x2] + g[r0 + x2 + 1] + g[r1 + x2] + g[r1 + x2 + 1] + 2) >> 2;
    }
  }
  return { g: o, w: w2, h: h2 };
}

function threshold(g, w, h) {
  // Dark = darker than the local mean by a margin. The window is wide (1/8 of the width) so the
  // inside of a thick frame close to the camera still counts as dark.
  const W = w + 1;
  const integ = new Float64Array(W * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += g[y * w + x];
      integ[(y + 1) * W + x + 1] = integ[y * W + x + 1] + row;
    }
  }
  const r = Math.max(8, Math.round(w / 16));
  const bin = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r), y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r), x1 = Math.min(w, x + r + 1);
      const sum = integ[y1 * W + x1] - integ[y0 * W + x1] - integ[y1 * W + x0] + integ[y0 * W + x0];
      const mean = sum / ((y1 - y0) * (x1 - x0));
      bin[y * w + x] = g[y * w + x] < mean * 0.94 - 4 ? 1 : 0; // relative margin: works in dim light too
    }
  }
  return bin;
}

/** The desktop's adaptive threshold (cv2.adaptiveThreshold: mean, inverted): dark = at most `c`
 * below the mean of the block x block window (the mean rounded to a grey level, the border
 * replicated). Only for the last look at a thin, steep frame (tracking.search.faint_*): a small
 * window with a low offset keeps a ~1 px frame side that the wide relative threshold above, and
 * the desktop's usual one, drop. */
export function meanThreshold(g, w, h, block, c) {
  const r = block >> 1, n = block * block;
  // window sums slid along each row, then down each column (exact integers: the same pixels as
  // summing every window); outside the image the edge pixel repeats
  const rows = new Int32Array(w * h);
  for (let y = 0, o = 0; y < h; y++, o += w) {
    let s = 0;
    for (let k = -r; k <= r; k++) s += g[o + (k < 0 ? 0 : k >= w ? w - 1 : k)];
    for (let x = 0; x < w; x++) {
      rows[o + x] = s;
      const out = x - r, inn = x + r + 1;
      s += g[o + (inn >= w ? w - 1 : inn)] - g[o + (out < 0 ? 0 : out)];
    }
  }
  const bin = new Uint8Array(w * h);
  const col = new Int32Array(w);
  for (let k = -r; k <= r; k++) { const o = (k < 0 ? 0 : k >= h ? h - 1 : k) * w; for (let x = 0; x < w; x++) col[x] += rows[o + x]; }
  for (let y = 0, o = 0; y < h; y++, o += w) {
    const out = (y - r < 0 ? 0 : y - r) * w, inn = (y + r + 1 >= h ? h - 1 : y + r + 1) * w;
    for (let x = 0; x < w; x++) {
      bin[o + x] = g[o + x] <= Math.round(col[x] / n) - c ? 1 : 0;
      col[x] += rows[inn + x] - rows[out + x];
    }
  }
  return bin;
}

function find(parent, a) {
  while (parent[a] !== a) {
    parent[a] = parent[parent[a]];
    a = parent[a];
  }
  return a;
}

/** Candidate quads (4 corners, clockwise on screen, in the given image's pixel coordinates).
 * opts: minSide; minSideRatio and quads (tracking.quads) for thin quads; threshold {block, c}:
 * the desktop's mean threshold instead of the viewer's own; hulls: the full-resolution look
 * (a component's hull may fill its quad within quads.hull_max_fill_error, as the desktop's
 * find_candidates(hulls=True)); debug: a list that collects the rejected components. */
export function findQuads(g, w, h, opts = {}) {
  const minSide = opts.minSide ?? 16;
  // a frame with one corner hidden, completed from its hull (the full-resolution look, as the
  // desktop's; a bundle without tracking.quads.cut_* does not look for them)
  const cut = opts.hulls && opts.quads && opts.quads.cut_tolerance !== undefined ? opts.quads : null;
  const bin = opts.threshold ? meanThreshold(g, w, h, opts.threshold.block, opts.threshold.c) : threshold(g, w, h);
  const labels = new Int32Array(w * h);
  const parent = [0];
  let next = 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!bin[i]) continue;
      const up = y > 0 ? labels[i - w] : 0;
      const left = x > 0 ? labels[i - 1] : 0;
      if (up && left) {
        const a = find(parent, up), b = find(parent, left);
        labels[i] = Math.min(a, b);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      } else if (up || left) {
        labels[i] = up || left;
      } else {
        labels[i] = next;
        parent.push(next);
        next++;
      }
    }
  }
  // Per component: pixel count, bbox, extreme boundary points in DIRS directions.
  const comps = new Map();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!labels[i]) continue;
      const root = find(parent, labels[i]);
      let c = comps.get(root);
      if (!c) {
        c = { n: 0, x0: x, x1: x, y0: y, y1: y, edges: 0, rim: 0, best: new Float32Array(DIRS).fill(-1e9), px: new Float32Array(DIRS), py: new Float32Array(DIRS) };
        comps.set(root, c);
      }
      c.n++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      if (cut) {
        // (the outline's length, for cut corners: its pixels and their edges against the light,
        // counted as the boundary test itself)
        const e = (x === 0 || !bin[i - 1]) + (x === w - 1 || !bin[i + 1]) + (y === 0 || !bin[i - w]) + (y === h - 1 || !bin[i + w]);
        if (!e) continue;
        c.rim++;
        c.edges += e;
      } else if (!(x === 0 || y === 0 || x === w - 1 || y === h - 1 || !bin[i - 1] || !bin[i + 1] || !bin[i - w] || !bin[i + w])) continue;
      for (let k = 0; k < DIRS; k++) {
        const d = x * COS[k] + y * SIN[k];
        if (d > c.best[k]) {
          c.best[k] = d;
          c.px[k] = x;
          c.py[k] = y;
        }
      }
    }
  }
  const quads = [];
  const maxFillError = opts.quads && (opts.hulls ? opts.quads.hull_max_fill_error : opts.quads.thin_max_fill_error);
  for (const [root, c] of comps) {
    const bw = c.x1 - c.x0 + 1, bh = c.y1 - c.y0 + 1;
    if (bw < minSide || bh < minSide || c.n < 4 * minSide) continue;
    const reject = (why) => opts.debug && opts.debug.push({ why, bbox: [c.x0, c.y0, c.x1, c.y1], n: c.n });
    if (c.x0 === 0 || c.y0 === 0 || c.x1 === w - 1 || c.y1 === h - 1) { reject("edge"); continue; } // cut by the image edge
    let q = quadFromHull(c.px, c.py, opts.minSideRatio);
    // A card at 70-80 degrees is a long thin quad whose obtuse corners are extreme in too narrow a
    // range of directions for the 16 looked at: they are missed and the quad folds into a
    // triangle or a line. Its exact hull finds them (the desktop's finer polygon, quads.py). On
    // the full-resolution look the hull may fill its quad less exactly: a thin frame broken up
    // into a stroke with modules attached, the hull takes in what touches the frame (the
    // desktop's hull polygon there).
    if (!q && opts.quads) q = thinQuad(labels, parent, root, c, w, maxFillError, opts.quads.thin_min_fill, opts.minSideRatio);
    const cutQuad = cut && completedCorner(labels, parent, root, c, w, h, bin, cut, minSide, opts.minSideRatio);
    if (cutQuad) quads.push(cutQuad);
    if (!q) { reject("not a quad"); continue; }
    const area = quadArea(q);
    if (area < minSide * minSide) { reject("small"); continue; }
    // A frame is a ring: it fills a fraction of its quad (about 0.2-0.45 for 1-4 module frames
    // on 21-41 unit markers); solid blobs and thin outlines are something else.
    const fill = c.n / area;
    if (fill < 0.08 || fill > 0.7) { reject(`fill ${fill.toFixed(2)}`); continue; }
    // (hull: only the full-resolution look's allowance let it through; the tracker tries those
    // after the usual candidates, so they never displace one)
    quads.push({ corners: q, area, fill, hull: q.fillError > opts.quads?.thin_max_fill_error });
  }
  quads.sort((a, b) => b.area - a.area);
  return quads;
}

export function quadArea(q) {
  let s = 0;
  for (let i = 0; i < 4; i++) {
    const [x0, y0] = q[i], [x1, y1] = q[(i + 1) % 4];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2; // positive = clockwise on screen (y down)
}

function quadFromHull(px, py, minSideRatio) {
  // The farthest pair of hull points is one diagonal; the points farthest on either side of it
  // are the other two corners.
  let a = 0, c = 0, best = -1;
  for (let i = 0; i < DIRS; i++)
    for (let j = i + 1; j < DIRS; j++) {
      const d = (px[i] - px[j]) ** 2 + (py[i] - py[j]) ** 2;
      if (d > best) { best = d; a = i; c = j; }
    }
  const dx = px[c] - px[a], dy = py[c] - py[a];
  const len = Math.sqrt(best);
  let b = -1, d = -1, bMax = 0, dMax = 0;
  for (let i = 0; i < DIRS; i++) {
    const cross = (dx * (py[i] - py[a]) - dy * (px[i] - px[a])) / len;
    if (cross > bMax) { bMax = cross; b = i; }
    if (-cross > dMax) { dMax = -cross; d = i; }
  }
  if (b < 0 || d < 0) return null;
  // Pixel centres of the outermost dark pixels sit half a pixel inside the true edge.
  const q = [[px[a], py[a]], [px[b], py[b]], [px[c], py[c]], [px[d], py[d]]];
  if (minSideRatio === undefined) {
    if (bMax < 0.1 * len || dMax < 0.1 * len) return null; // strongly foreshortened squares are flat
  } else {
    // as the desktop's candidates: the shortest side at least tracking.quads.min_side_ratio of the
    // longest (a card at 70-80 degrees is a long thin quad, ~0.17)
    let lo = Infinity, hi = 0;
    for (let k = 0; k < 4; k++) { const s = Math.hypot(q[(k + 1) % 4][0] - q[k][0], q[(k + 1) % 4][1] - q[k][1]); lo = Math.min(lo, s); hi = Math.max(hi, s); }
    if (lo < minSideRatio * hi || bMax < 1 || dMax < 1) return null;
  }
  return quadArea(q) > 0 ? q : [q[0], q[3], q[2], q[1]];
}

/** The quad of a thin component from its exact convex hull (of each row's outermost pixels):
 * the largest quad on the hull's vertices.
 * Only a hull that is not a line (area >= quads.thin_min_fill x perimeter^2) and that its quad
 * fills (areas within maxFillError, quads.thin_max_fill_error: a card's outline does, strokes and
 * blobs that fold into a triangle mostly do not), with the shortest side >= minSideRatio x the
 * longest. The quad carries its fillError. */
function thinQuad(labels, parent, root, c, w, maxFillError, minFill, minSideRatio) {
  const hull = componentHull(labels, parent, root, c, w);
  if (hull.length < 4) return null;
  let perimeter = 0;
  for (let k = 0; k < hull.length; k++) perimeter += Math.hypot(hull[(k + 1) % hull.length][0] - hull[k][0], hull[(k + 1) % hull.length][1] - hull[k][1]);
  let hullArea = 0;
  for (let k = 0; k < hull.length; k++) { const [x0, y0] = hull[k], [x1, y1] = hull[(k + 1) % hull.length]; hullArea += (x0 * y1 - x1 * y0) / 2; }
  hullArea = Math.abs(hullArea);
  if (hullArea < minFill * perimeter * perimeter) return null;
  // The largest quad on the hull's vertices (each pair as a diagonal, the farthest vertex on
  // either side of it): seen in perspective, a thin card's long side can be longer than its
  // diagonals, so the farthest pair of points need not be corners opposite each other.
  const n = hull.length;
  const tri = (i, j, k) => Math.abs((hull[j][0] - hull[i][0]) * (hull[k][1] - hull[i][1]) - (hull[j][1] - hull[i][1]) * (hull[k][0] - hull[i][0]));
  let best = -1, q = null;
  for (let i = 0; i < n; i++) for (let k = i + 2; k < n; k++) {
    let b = 0, bi = -1, d = 0, di = -1;
    for (let j = i + 1; j < k; j++) { const t = tri(i, j, k); if (t > b) { b = t; bi = j; } }
    for (let j = k + 1; j < n + i; j++) { const t = tri(i, j % n, k); if (t > d) { d = t; di = j % n; } }
    if (bi >= 0 && di >= 0 && b + d > best) { best = b + d; q = [hull[i], hull[bi], hull[k], hull[di]]; }
  }
  if (!q) return null;
  if (quadArea(q) < 0) q = [q[0], q[3], q[2], q[1]];
  const fillError = Math.abs(hullArea / Math.max(quadArea(q), 1) - 1);
  if (fillError > maxFillError) return null;
  let lo = Infinity, hi = 0;
  for (let k = 0; k < 4; k++) { const s = Math.hypot(q[(k + 1) % 4][0] - q[k][0], q[(k + 1) % 4][1] - q[k][1]); lo = Math.min(lo, s); hi = Math.max(hi, s); }
  return lo >= minSideRatio * hi ? Object.assign(q, { fillError }) : null;
}

/** The exact convex hull of a component (of each row's outermost pixels), vertices in order. */
function componentHull(labels, parent, root, c, w) {
  const left = [], right = [];
  for (let y = c.y0; y <= c.y1; y++) {
    let lo = -1, hi = -1;
    for (let x = c.x0, i = y * w + c.x0; x <= c.x1; x++, i++) {
      if (labels[i] && find(parent, labels[i]) === root) { if (lo < 0) lo = x; hi = x; }
    }
    if (lo >= 0) { left.push([lo, y]); right.push([hi, y]); }
  }
  return convexHull(left.concat(right));
}

/** A component that is a frame ring cut open at one corner (cut_corner.js), as a candidate:
 * {corners, area, fill, hull: true} (tried after the usual ones, as the hull's quads), or null.
 * As the desktop's find_candidates: only a ring (its outline >= cut_min_outline_over_hull x its
 * hull's perimeter: the cheap test first, most of the clutter stops there) whose hull folds into
 * 4 or 5 corners at 4 %, and the completed quad passes the usual size and fill tests. */
function completedCorner(labels, parent, root, c, w, h, bin, p, minSide, minSideRatio) {
  // (as cv2.arcLength of the 8-connected contour: along a straight edge at angle a from an axis,
  // L cos a pixels, L (cos a + sin a) pixel edges, the contour's length L (cos a + (sqrt 2 - 1) sin a))
  const outline = c.rim + (Math.SQRT2 - 1) * (c.edges - c.rim);
  // (the polygon through the component's extreme points in the 16 directions lies inside its
  // hull, so its perimeter is at most the hull's: the test before the hull is made, which most of
  // the clutter's components stop at)
  let inscribed = 0;
  for (let k = 0; k < DIRS; k++) inscribed += Math.hypot(c.px[(k + 1) % DIRS] - c.px[k], c.py[(k + 1) % DIRS] - c.py[k]);
  if (outline < p.cut_min_outline_over_hull * inscribed) return null;
  // (and a pentagon already in those points, as the desktop's cheap test: 4 or 5 corners at 4 %,
  // 5 or more at cut_tolerance (a quad's, a full ring's fold into 4); the exact hull, a scan of
  // the bounding box, only for the rest)
  const extremes = [];
  for (let k = 0; k < DIRS; k++) if (!extremes.length || c.px[k] !== extremes[extremes.length - 1][0] || c.py[k] !== extremes[extremes.length - 1][1]) extremes.push([c.px[k], c.py[k]]);
  const folded = approxClosed(extremes, 0.04 * inscribed).length;
  if ((folded !== 4 && folded !== 5) || approxClosed(extremes, p.cut_tolerance * inscribed).length < 5) return null;
  const hull = componentHull(labels, parent, root, c, w);
  const perimeter = perimeterOf(hull);
  const coarse = approxClosed(hull, 0.04 * perimeter).length;
  if (coarse !== 4 && coarse !== 5) return null;
  let q = cutCornerQuad(hull, perimeter, outline, bin, w, h, p);
  if (!q) return null;
  if (quadArea(q) < 0) q = Object.assign([q[0], q[3], q[2], q[1]], { visible: [3, 2, 1, 0].map((k) => [1 - q.visible[k][1], 1 - q.visible[k][0]]) });
  const area = quadArea(q);
  let lo = Infinity, hi = 0;
  for (let k = 0; k < 4; k++) { const s = Math.hypot(q[(k + 1) % 4][0] - q[k][0], q[(k + 1) % 4][1] - q[k][1]); lo = Math.min(lo, s); hi = Math.max(hi, s); }
  if (lo < minSide || lo < (minSideRatio ?? 0) * hi) return null;
  if (q.some(([x, y]) => x < 1 || y < 1 || x > w - 2 || y > h - 2)) return null; // the hidden corner off the picture: a guess
  const fill = c.n / area;
  if (fill < 0.08 || fill > 0.7) return null;
  return { corners: q, area, fill, hull: true, cut: true };
}

/** Convex hull (Andrew's monotone chain) of integer points, in order. */
function convexHull(pts) {
  pts.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const cross = (o, p, q) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const lower = [], upper = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

function bilinear(g, w, h, x, y) {
  if (x < 0 || y < 0 || x > w - 1.001 || y > h - 1.001) return -1;
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const fx = x - x0, fy = y - y0;
  const i = y0 * w + x0;
  return (g[i] * (1 - fx) + g[i + 1] * fx) * (1 - fy) + (g[i + w] * (1 - fx) + g[i + w + 1] * fx) * fy;
}
export { bilinear };

/** Refine rough corners (full-resolution coordinates) by fitting a line to each outer edge:
 * along each side, sample profiles across the edge and find where the grey value steps from the
 * dark frame to the light paper, to a fraction of a pixel. `band` is the frame's thickness in
 * pixels (roughly); profiles stay within it. Returns null when edges are unclear.
 *
 * As on the desktop (tracking/quads.py _fit_edges), an edge point is placed at the centroid of
 * the gradient's lobe (the 50 % crossing, unbiased for a symmetric blur), and only the frame, half
 * the quiet zone and the card's white margin are looked at. Each profile may hold more than one
 * strong step — a module's edge inside, a finger's edge over the card, the printed label under
 * it — so every strong step is a candidate, and the side's line is the one most profiles agree on
 * (a consensus over candidate pairs), refitted by least squares on the profiles within a pixel.
 * corners.visible (a frame with one corner hidden, cut_corner.js): per side the stretch that is
 * seen; the profiles stay on it (the refined corners carry it on). */
export function refineCorners(g, w, h, corners, band, darkInside = true) {
  const reach = Math.max(1.5, Math.min(6, band * 0.6));
  let shortest = Infinity, area = 0;
  for (let s = 0; s < 4; s++) {
    const [ax, ay] = corners[s], [bx, by] = corners[(s + 1) % 4];
    shortest = Math.min(shortest, Math.hypot(bx - ax, by - ay));
    area += ax * by - bx * ay;
  }
  // Outward, only the card's white margin (the label and the table lie beyond it).
  const outer = reach * 2;
  // Inward, the frame and half the quiet zone. Across a side the frame is thinner the more that
  // side is foreshortened: its thickness scales with the quad's height over the side.
  const meanSide = Math.sqrt(Math.abs(area) / 2);
  const lines = [];
  for (let s = 0; s < 4; s++) {
    const [ax, ay] = corners[s], [bx, by] = corners[(s + 1) % 4];
    const len = Math.hypot(bx - ax, by - ay);
    const ux = (bx - ax) / len, uy = (by - ay) / len;
    const nx = uy, ny = -ux; // clockwise quad on a y-down screen: (uy, -ux) points outward
    let height = Infinity;
    for (const [px, py] of [corners[(s + 2) % 4], corners[(s + 3) % 4]]) height = Math.min(height, Math.abs((px - ax) * uy - (py - ay) * ux));
    const inner = Math.max(1.5, Math.min(reach * 2, (1.5 * band * Math.min(height, shortest)) / meanSide));
    // (12 % in from a corner; on a stretch that ends where the side is hidden, 5 % from that end)
    const [from, to] = corners.visible ? corners.visible[s] : [0, 1];
    const t0 = from > 0 ? from + 0.05 : 0.12, t1 = to < 1 ? to - 0.05 : 0.88;
    const samples = Math.max(8, Math.min(40, Math.round((len * (t1 - t0)) / 2.28)));
    const cands = [];
    for (let k = 0; k < samples; k++) {
      const t = t0 + ((t1 - t0) * k) / (samples - 1);
      const here = edgeSteps(g, w, h, ax + (bx - ax) * t, ay + (by - ay) * t, nx, ny, reach, inner, outer, darkInside);
      if (here.length) cands.push(here);
    }
    if (cands.length < 5) return null;
    const line = consensusLine(cands, (ax + bx) / 2, (ay + by) / 2, nx, ny);
    if (!line) return null;
    lines.push(line);
  }
  const out = [];
  for (let s = 0; s < 4; s++) {
    const p = intersect(lines[(s + 3) % 4], lines[s]);
    if (!p || Math.hypot(p[0] - corners[s][0], p[1] - corners[s][1]) > band * 2 + 4) return null;
    out.push(p);
  }
  out.spread = lines.map((l) => l.spread); // per side (corner k -> k + 1): edge spread, px
  if (corners.visible) out.visible = corners.visible;
  return out;
}

/** The strong dark-to-light steps (light-to-dark for the frame's inner edge) along one profile
 * across an edge at (cx, cy), outward normal (nx, ny): at most three points, strongest first. */
function edgeSteps(g, w, h, cx, cy, nx, ny, reach, inner, outer, darkInside) {
  const steps = Math.ceil(reach * 4) * 2 + 1; // about 0.5 px apart, from -2 reach to +2 reach
  const prof = new Float32Array(steps);
  let lo = 255, hi = 0;
  for (let i = 0; i < steps; i++) {
    const o = -reach * 2 + (4 * reach * i) / (steps - 1);
    const v = bilinear(g, w, h, cx + nx * o, cy + ny * o);
    if (v < 0) return [];
    prof[i] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo < 12) return [];
  const sign = darkInside ? 1 : -1;
  const first = Math.max(0, Math.ceil(((reach * 2 - inner) * (steps - 1)) / (4 * reach)));
  const last = Math.min(steps - 1, Math.floor(((outer + reach * 2) * (steps - 1)) / (4 * reach)));
  const d = (i) => (i >= first && i < last ? sign * (prof[i + 1] - prof[i]) : -Infinity);
  let best = 0;
  for (let i = first; i < last; i++) best = Math.max(best, d(i));
  if (best <= 0) return [];
  const found = [];
  for (let i = first; i < last; i++) {
    const di = d(i);
    if (di < 0.5 * best || di < d(i - 1) || di < d(i + 1) || (di === d(i - 1) && i > first)) continue;
    // the centroid over the whole lobe of the step (a blurred edge spreads over pixels)
    let mass = 0, moment = 0, second = 0;
    for (const dir of [-1, 1]) {
      for (let j = dir < 0 ? i : i + 1; j >= first && j < last; j += dir) {
        const wgt = d(j) - 0.2 * di;
        if (wgt <= 0) break;
        mass += wgt; moment += wgt * j; second += wgt * j * j;
      }
    }
    const step = (4 * reach) / (steps - 1); // px between samples
    const centre = moment / mass;
    const o = -reach * 2 + step * (centre + 0.5);
    // how wide the edge is (std of its gradient, px; the 20 % floor trims ~1/1.4 of it, as on
    // the desktop): a blurred card's codes are predicted blurred as much (identify.js)
    const spread = Math.sqrt(Math.max(0, second / mass - centre * centre)) * step * 1.4;
    found.push({ strength: di, x: cx + nx * o, y: cy + ny * o, spread });
  }
  found.sort((a, b) => b.strength - a.strength);
  return found.slice(0, 3).map((f) => Object.assign([f.x, f.y], { spread: f.spread }));
}

/** The line most profiles agree on: each profile (a list of candidate points) counts once when
 * one of its candidates lies within a pixel. Candidate lines run through pairs of profiles half
 * and a third of the side apart. Of the lines nearly as well supported as the best, the outermost
 * wins (seen from the side's middle (mx, my) along its outward normal): the frame's edge is the
 * outermost straight edge there — a row of module edges inside lines up too, and near a finger
 * the rough side can start a few pixels inside. The winner is refitted on its agreeing points. */
function consensusLine(cands, mx, my, nx, ny) {
  const n = cands.length;
  const found = [];
  let top = 0;
  for (const gap of [Math.floor(n / 2), Math.floor(n / 3)]) {
    for (let a = 0; a + gap < n; a++) {
      for (const p of cands[a]) {
        for (const q of cands[a + gap]) {
          const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
          if (len < 1e-6) continue;
          const dx = (q[0] - p[0]) / len, dy = (q[1] - p[1]) / len;
          let support = 0;
          for (const c of cands) {
            for (const [x, y] of c) {
              if (Math.abs((x - p[0]) * dy - (y - p[1]) * dx) <= 1.0) { support++; break; }
            }
          }
          if (support < top * 0.75) continue;
          top = Math.max(top, support);
          const along = (mx - p[0]) * dx + (my - p[1]) * dy;
          found.push({ support, line: { px: p[0], py: p[1], dx, dy }, out: (p[0] + along * dx - mx) * nx + (p[1] + along * dy - my) * ny });
        }
      }
    }
  }
  let bestLine = null, bestSupport = 0, bestOut = -Infinity;
  for (const f of found) {
    if (f.support < top * 0.75) continue;
    if (f.out > bestOut + 0.5 || (f.out > bestOut - 0.5 && f.support > bestSupport)) {
      bestOut = Math.max(bestOut, f.out); bestSupport = f.support; bestLine = f.line;
    }
  }
  if (!bestLine || bestSupport < Math.max(5, n * 0.4)) return null;
  const near = [];
  for (const c of cands) {
    let pick = null, r = Infinity;
    for (const pt of c) {
      const ri = Math.abs((pt[0] - bestLine.px) * bestLine.dy - (pt[1] - bestLine.py) * bestLine.dx);
      if (ri < r) { r = ri; pick = pt; }
    }
    if (r <= 1.0) near.push(pick);
  }
  const spreads = near.map((pt) => pt.spread).sort((a, b) => a - b);
  return Object.assign(fitLine(near), { spread: spreads[spreads.length >> 1] });
}

function fitLine(pts) {
  let mx = 0, my = 0;
  for (const [x, y] of pts) { mx += x; my += y; }
  mx /= pts.length; my /= pts.length;
  let sxx = 0, sxy = 0, syy = 0;
  for (const [x, y] of pts) {
    sxx += (x - mx) ** 2; sxy += (x - mx) * (y - my); syy += (y - my) ** 2;
  }
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy); // direction of largest spread
  return { px: mx, py: my, dx: Math.cos(theta), dy: Math.sin(theta) };
}

function intersect(l1, l2) {
  const det = l1.dx * -l2.dy - l1.dy * -l2.dx;
  if (Math.abs(det) < 1e-6) return null;
  const rx = l2.px - l1.px, ry = l2.py - l1.py;
  const t = (rx * -l2.dy - ry * -l2.dx) / det;
  return [l1.px + l1.dx * t, l1.py + l1.dy * t];
}
