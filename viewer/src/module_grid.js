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
