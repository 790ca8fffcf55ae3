// A card's module grid as seen through its square's homography: what identify.js (the usual read,
// the uneven-light read) and motion_blur.js (the line-shaped blur model, the corner fit) sample.

import { applyH } from "./pose.js";
import { bilinear } from "./detect.js";

/** The grey level at (x, y), the nearest pixel's off the image (cv2.remap's BORDER_REPLICATE). */
export function sampleClamped(g, w, h, x, y) {
  return bilinear(g, w, h, Math.min(Math.max(x, 0), w - 1.001), Math.min(Math.max(y, 0), h - 1.001));
}

/** The grey levels at every module centre of the square plus one ring of modules outside it
 * ((U + 2)^2, row by row; samples off the image take the nearest pixel). */
export function allModules(g, w, h, H, U) {
  const m = U + 2, vals = new Float32Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    const [x, y] = applyH(H, j - 0.5, i - 0.5);
    vals[i * m + j] = sampleClamped(g, w, h, x, y);
  }
  return vals;
}

/** Seen-grid index of printed module k for turn r (image corner c shows printed corner c + r). */
export function seenIndex(k, n, r) {
  const i = (k / n) | 0, j = k % n;
  if (r === 0) return k;
  if (r === 1) return (n - 1 - j) * n + i;
  if (r === 2) return (n - 1 - i) * n + (n - 1 - j);
  return j * n + (n - 1 - i);
}

/** The homography (3x3, row-major, 9 numbers) from the square [0, U]^2 to the quad `c` (TL TR BR
 * BL), in closed form (Heckbert's square-to-quad mapping, as the desktop's square_to_quad): no
 * linear solve and no arrays made, for the corner fit's ~200 looks a square. null when degenerate. */
export function squareToQuad(U, c) {
  const [x0, y0] = c[0], [x1, y1] = c[1], [x2, y2] = c[2], [x3, y3] = c[3];
  const dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  if (den === 0) return null;
  const g = (dx3 * dy2 - dx2 * dy3) / den, h = (dx1 * dy3 - dx3 * dy1) / den, s = 1 / U;
  return [(x1 - x0 + g * x1) * s, (x3 - x0 + h * x3) * s, x0, (y1 - y0 + g * y1) * s, (y3 - y0 + h * y3) * s, y0, g * s, h * s, 1];
}
