// Matching a frame's "mab1" descriptors to a target's: Hamming distances, Lowe's ratio test, and
// guided matching near a known homography. A target's points are stored level by level
// (format.js `levels`); a search may match only some levels (the far pass: the small ones).
import { apply, ransacHomography } from "./geometry.js";

export const RATIO = 0.8, RANSAC_PX = 2;

export function popcnt(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** [start, end) index ranges of the target's levels at scale <= maxScale (all: Infinity). */
export function levelRanges(target, maxScale = Infinity) {
  return target.levels.filter((l) => l.scale <= maxScale + 1e-9).map((l) => [l.start, l.start + l.count]);
}

// Lowe's ratio test against the nearest descriptor of *another place* in the picture (the
// desktop's ratio_other_place_px, tracking/image_target.py): the target holds a corner once per
// pyramid level, and the plain second neighbour is often the same corner a level further.
const NEIGHBOURS = 4, OTHER_PLACE_PX = 3;

/** Ratio-test matches of the frame's features (descriptors fd, points fpts) in the target's
 * points of `ranges`: {src: target points, dst: frame points}. */
export function match(target, fd, fpts, ranges = levelRanges(target)) {
  const src = [], dst = [];
  const td = target.desc, P = target.points;
  const bd = new Int32Array(NEIGHBOURS), bi = new Int32Array(NEIGHBOURS);
  for (let q = 0; q < fpts.length; q++) {
    bd.fill(257); bi.fill(-1);
    const o = q * 8;
    const f0 = fd[o], f1 = fd[o + 1], f2 = fd[o + 2], f3 = fd[o + 3], f4 = fd[o + 4], f5 = fd[o + 5], f6 = fd[o + 6], f7 = fd[o + 7];
    let worst = 257;
    for (const [a, b] of ranges) {
      for (let t = a; t < b; t++) {
        const p = t * 8;
        const d = popcnt(f0 ^ td[p]) + popcnt(f1 ^ td[p + 1]) + popcnt(f2 ^ td[p + 2]) + popcnt(f3 ^ td[p + 3])
          + popcnt(f4 ^ td[p + 4]) + popcnt(f5 ^ td[p + 5]) + popcnt(f6 ^ td[p + 6]) + popcnt(f7 ^ td[p + 7]);
        if (d >= worst) continue;
        let j = NEIGHBOURS - 1;
        while (j > 0 && bd[j - 1] > d) { bd[j] = bd[j - 1]; bi[j] = bi[j - 1]; j--; }
        bd[j] = d; bi[j] = t;
        worst = bd[NEIGHBOURS - 1];
      }
    }
    if (bi[0] < 0) continue;
    const x = P[bi[0] * 2], y = P[bi[0] * 2 + 1];
    let rival = Infinity; // all the neighbours at this place: unique
    for (let j = 1; j < NEIGHBOURS && bi[j] >= 0; j++) {
      if (Math.abs(P[bi[j] * 2] - x) + Math.abs(P[bi[j] * 2 + 1] - y) > OTHER_PLACE_PX) { rival = bd[j]; break; }
    }
    if (bd[0] < RATIO * rival) { src.push([x, y]); dst.push(fpts[q]); }
  }
  return { src, dst };
}

/** The target's levels whose scale is within a factor LEVEL_SPAN of `scale` (g's pixels per
 * reference pixel; at least the nearest level): the level a picture's size on screen calls for. */
const LEVEL_SPAN = 1.6;
export function rangesAtScale(target, scale) {
  const near = target.levels.filter((l) => l.count && l.scale <= scale * LEVEL_SPAN && l.scale >= scale / LEVEL_SPAN);
  const use = near.length ? near : [target.levels.reduce((a, l) => (Math.abs(Math.log(l.scale / scale)) < Math.abs(Math.log(a.scale / scale)) ? l : a))];
  return use.map((l) => [l.start, l.start + l.count]);
}

/** Guided matching: every target point (of the levels at the picture's size on screen) that the
 * homography puts within `radius` of a frame corner with a close enough descriptor joins (no ratio
 * test: the place is known), each frame corner to its nearest descriptor; then the homography is
 * fitted again on all of them — several times the ratio test's points, a steadier pose. Levels of
 * another size would claim a small picture's corners with wrong descriptors first. */
export const GUIDE_PX = 2.5, GUIDE_BITS = 70;
export function guided(target, H, fpts, fd, radius = GUIDE_PX) {
  const cell = Math.max(8, Math.ceil(radius)), grid = new Map();
  fpts.forEach(([x, y], i) => {
    const k = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(i);
  });
  const [ax, ay] = apply(H, 0, 0), [bx, by] = apply(H, target.refW, 0);
  const ranges = rangesAtScale(target, Math.hypot(bx - ax, by - ay) / target.refW);
  const owner = new Map(); // frame corner -> [distance, target point]
  for (const [lo, hi] of ranges) for (let t = lo; t < hi; t++) {
    const [u, v] = apply(H, target.points[t * 2], target.points[t * 2 + 1]);
    const gx = Math.floor(u / cell), gy = Math.floor(v / cell);
    let best = GUIDE_BITS, bi = -1;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      for (const i of grid.get(`${gx + dx},${gy + dy}`) || []) {
        if ((fpts[i][0] - u) ** 2 + (fpts[i][1] - v) ** 2 > radius * radius) continue;
        let d = 0;
        for (let k = 0; k < 8; k++) d += popcnt(fd[i * 8 + k] ^ target.desc[t * 8 + k]);
        if (d < best) { best = d; bi = i; }
      }
    }
    if (bi >= 0 && !(owner.get(bi)?.[0] <= best)) owner.set(bi, [best, t]);
  }
  const src = [], dst = [];
  for (const [i, [, t]] of owner) { src.push([target.points[t * 2], target.points[t * 2 + 1]]); dst.push(fpts[i]); }
  if (src.length < 12) return null;
  const r = ransacHomography(src, dst, RANSAC_PX, 100);
  return r && { ...r, pairs: { src: r.inliers.map((i) => src[i]), dst: r.inliers.map((i) => dst[i]) } };
}
