// How wide a square's edges are: the desktop's edge_spread (museum_ar/tracking/quads.py), which
// decides when the line-shaped motion-blur model is worth trying. Long profiles across each side
// (up to 10 px out, inward no farther than the frame), the standard deviation of each profile's
// dark -> light gradient, the median per side and over all four. ~0.6-1 px for a sharp camera; a
// box blur of length L adds L / sqrt(12) along its direction. (The refinement's own measure,
// detect.js, looks only at the lobe of the edge it picked and reads less on a steep card.)

import { sampleClamped } from "./module_grid.js";

const FRACTIONS = Array.from({ length: 12 }, (_, k) => 0.12 + (0.76 * k) / 11); // along each side (np.linspace(0.12, 0.88, 12))

/** Per-side spread (px; side k runs from corner k to k + 1) of the clockwise quad `q` (4 [x, y],
 * full-resolution pixels); innerFrac: how far inside the edge the profiles may reach, as a fraction
 * of the shortest side (the frame and half the quiet zone). Zeros for a quad under 8 px a side. */
export function edgeSpread(g, w, h, q, innerFrac) {
  const len = [0, 1, 2, 3].map((k) => Math.hypot(q[(k + 1) % 4][0] - q[k][0], q[(k + 1) % 4][1] - q[k][1]));
  const shortest = Math.min(...len);
  if (shortest < 8) return [0, 0, 0, 0];
  const inner = Math.min(Math.max(innerFrac * shortest, 1.5), 10);
  const offs = [];
  for (let o = -inner; o <= 10 + 1e-6; o += 0.5) offs.push(o);
  const O = offs.length;
  const prof = new Float32Array(O), smooth = new Float32Array(O), grad = new Float32Array(O - 1);
  const out = [];
  for (let s = 0; s < 4; s++) {
    const [ax, ay] = q[s], [bx, by] = q[(s + 1) % 4];
    const tx = (bx - ax) / len[s], ty = (by - ay) / len[s];
    const nx = ty, ny = -tx; // outward for a clockwise quad (image y down)
    const sds = [];
    for (const f of FRACTIONS) {
      const cx = ax + f * len[s] * tx, cy = ay + f * len[s] * ty;
      for (let i = 0; i < O; i++) prof[i] = sampleClamped(g, w, h, cx + offs[i] * nx, cy + offs[i] * ny);
      // a 3-sample box along the profile, the ends reflected (cv2.blur's default border): noise would fake width
      for (let i = 0; i < O; i++) smooth[i] = (prof[i > 0 ? i - 1 : 1] + prof[i] + prof[i < O - 1 ? i + 1 : O - 2]) / 3;
      let top = 0;
      for (let i = 0; i < O - 1; i++) { grad[i] = Math.max(0, smooth[i + 1] - smooth[i]); top = Math.max(top, grad[i]); }
      // the 25 % floor trims the tails (~1/1.4 of the true spread: scaled back below)
      let mass = 1e-6, m1 = 0, m2 = 0;
      for (let i = 0; i < O - 1; i++) {
        const v = Math.max(0, grad[i] - 0.25 * top);
        mass += v; m1 += v * i; m2 += v * i * i;
      }
      const c = m1 / mass;
      sds.push(Math.sqrt(Math.max(0, m2 / mass - c * c)) * 0.5); // samples 0.5 px apart
    }
    sds.sort((a, b) => a - b);
    out.push(((sds[5] + sds[6]) / 2) * 1.4);
  }
  return out;
}
