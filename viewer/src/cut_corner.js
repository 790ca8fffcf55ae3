// A frame with one corner hidden: the square completed from what is left of its outline (the
// desktop's tracking/cut_corner.py, on the full-resolution look; issue 14).
//
// On a cluttered table another card (or anything light) can lie over one corner of ours: the dark
// frame is then a ring cut open at that corner, and no quad fits it (the largest quad inscribed
// in its hull has a corner on the cut). The convex hull of what is left is the square with that
// corner cut off: a pentagon whose short side is the cut. The two sides next to it, extended
// until they meet, give the hidden corner. The parameters are the manifest's tracking.quads
// cut_* (tracking_params.py QUADS), shared with the desktop.

const ALONG = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]; // where along the cut that is looked at (its ends lie on the frame)

/** Perimeter of a closed polygon [[x, y], ...]. */
export function perimeterOf(poly) {
  let s = 0;
  for (let k = 0; k < poly.length; k++) s += Math.hypot(poly[(k + 1) % poly.length][0] - poly[k][0], poly[(k + 1) % poly.length][1] - poly[k][1]);
  return s;
}

function area2(poly) {
  let s = 0;
  for (let k = 0; k < poly.length; k++) { const [x0, y0] = poly[k], [x1, y1] = poly[(k + 1) % poly.length]; s += x0 * y1 - x1 * y0; }
  return s; // twice the signed area
}

/** Distance of p from the line through a and b (from a, when a and b coincide). */
function lineDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1], len = Math.hypot(dx, dy);
  if (len < 1e-12) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / len;
}

/** Douglas-Peucker simplification of a closed polygon (its vertices, in order) within `eps`, as
 * cv2.approxPolyDP(closed) does it: split at two roughly farthest vertices (found by three rounds
 * of "the farthest from the last"), then each of the two chains split at its vertex farthest from
 * its chord while that is more than eps away. The kept vertices, in the polygon's order. */
export function approxClosed(poly, eps) {
  const n = poly.length;
  if (n <= 2) return poly.slice();
  let a = 0, b = 0;
  for (let round = 0; round < 3; round++) {
    let far = -1, at = a;
    for (let k = 0; k < n; k++) {
      const d = (poly[k][0] - poly[a][0]) ** 2 + (poly[k][1] - poly[a][1]) ** 2;
      if (d > far) { far = d; at = k; }
    }
    if (round < 2) [b, a] = [a, at];
    else b = at;
  }
  if (a === b) return [poly[a]];
  const keep = new Uint8Array(n);
  keep[a] = keep[b] = 1;
  const stack = [[a, b], [b, a]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let far = -1, at = -1;
    for (let k = (s + 1) % n; k !== e; k = (k + 1) % n) {
      const d = lineDistance(poly[k], poly[s], poly[e]);
      if (d > far) { far = d; at = k; }
    }
    if (at >= 0 && far > eps) { keep[at] = 1; stack.push([at, e], [s, at]); }
  }
  const out = [];
  for (let k = 0; k < n; k++) if (keep[k]) out.push(poly[k]);
  return out;
}

/** The quad ([[x, y] x 4], the hull's order) a pentagonal hull becomes with the hidden corner
 * restored, or null when the hull is no square with one corner cut off; its `visible`: per side
 * (corner k -> k + 1) the stretch [from, to] (fractions of the side) that is seen, for the
 * refinement's profiles (refineCorners: across the hidden stretch they meet what covers it). hull: the component's
 * convex hull (vertices in order), perimeter: the hull's, outline: the component's own outline
 * length; bin: the thresholded image it came from (dark = nonzero), w x h; p: tracking.quads.
 *
 * Which side is the cut the image says: just inside a frame's side the frame is dark, just inside
 * the cut it is not (what hides the corner is light, or the threshold would have joined it to the
 * frame). Of the sides light inside whose neighbours meet beyond them, the one restoring the least
 * area. (Least area alone picks wrongly where a quarter of the card is hidden: completing across a
 * short stretch of a true side can add less; a dark pentagon of the clutter gives no quad.) */
export function cutCornerQuad(hull, perimeter, outline, bin, w, h, p) {
  if (outline < p.cut_min_outline_over_hull * perimeter) return null; // no ring
  const poly = approxClosed(hull, p.cut_tolerance * perimeter);
  if (poly.length !== 5) return null;
  let cx = 0, cy = 0;
  for (const [x, y] of poly) { cx += x / 5; cy += y / 5; }
  let best = null;
  for (let k = 0; k < 5; k++) { // the cut: poly[k] -> poly[k + 1]
    const a0 = poly[(k + 4) % 5], a1 = poly[k], b1 = poly[(k + 1) % 5], b0 = poly[(k + 2) % 5];
    const u = [a1[0] - a0[0], a1[1] - a0[1]], v = [b1[0] - b0[0], b1[1] - b0[1]]; // the two sides next to the cut, both running towards it
    const den = u[0] * v[1] - u[1] * v[0];
    if (Math.abs(den) < 1e-9) continue;
    const wv = [b0[0] - a0[0], b0[1] - a0[1]];
    const s = (wv[0] * v[1] - wv[1] * v[0]) / den; // corner = a0 + s u = b0 + t v
    const t = (wv[0] * u[1] - wv[1] * u[0]) / den;
    if (s <= 1 || t <= 1 || 1 / s < p.cut_min_kept || 1 / t < p.cut_min_kept) continue; // the sides meet on this side of the cut, or far beyond it
    const corner = [a0[0] + s * u[0], a0[1] + s * u[1]];
    const cut = Math.abs((a1[0] - corner[0]) * (b1[1] - corner[1]) - (a1[1] - corner[1]) * (b1[0] - corner[0])) / 2;
    const quad = [a0, corner, b0, poly[(k + 3) % 5]];
    const area = Math.abs(area2(quad)) / 2;
    if (area <= 0 || cut > p.cut_max_area * area || (best && cut >= best.cut)) continue;
    const along = [b1[0] - a1[0], b1[1] - a1[1]];
    const len = Math.max(Math.hypot(along[0], along[1]), 1e-9);
    let nx = -along[1] / len, ny = along[0] / len;
    if (nx * (cx - a1[0]) + ny * (cy - a1[1]) < 0) { nx = -nx; ny = -ny; } // towards the inside
    let dark = 0, outside = false;
    for (const f of ALONG) {
      const x = Math.round(a1[0] + f * along[0] + 1.5 * nx), y = Math.round(a1[1] + f * along[1] + 1.5 * ny);
      if (x < 0 || y < 0 || x >= w || y >= h) { outside = true; break; }
      if (bin[y * w + x]) dark++;
    }
    if (outside || dark > p.cut_max_dark * ALONG.length) continue; // dark just inside: a side of the frame (or of a dark blob), not a cut
    // (what of each side is seen: the two next to the cut end where it begins)
    best = { cut, quad, visible: [[0, 1 / s], [1 - 1 / t, 1], [0, 1], [0, 1]] };
  }
  return best && Object.assign(best.quad.map(([x, y]) => [Math.round(x), Math.round(y)]), { visible: best.visible });
}
