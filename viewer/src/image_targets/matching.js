// Matching a frame's "mab1" descriptors to a target's: Hamming distances, Lowe's ratio test, and
// guided matching near a known homography. A target's points are stored level by level
// (format.js `levels`); a search may match only some levels (the far pass: the small ones).
import { apply, ransacHomography } from "./geometry.js";
import { IMAGE_SEARCH } from "./params.js";

// RANSAC_PX: guided matching's refit (in the grey level's pixels); the search's own values are the
// manifest's tracking.image_search (tracker.js)
export const RANSAC_PX = 2;

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
// (ratio, ratio_other_place_px, neighbours: the manifest's tracking.image_search)

/** Ratio-test matches of the frame's features (descriptors fd, points fpts) in the target's
 * points of `ranges`: {src: target points, dst: frame points}. S: {ratio, ratio_other_place_px,
 * neighbours}. */
export function match(target, fd, fpts, ranges = levelRanges(target), S = IMAGE_SEARCH) {
  const NEIGHBOURS = S.neighbours, OTHER_PLACE_PX = S.ratio_other_place_px, RATIO = S.ratio;
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
  // the frame's corners bucketed by grid cell (a counting sort: each cell's corners in index
  // order, as the string-keyed map this replaced had them, so ties resolve alike)
  const cell = Math.max(8, Math.ceil(radius)), nf = fpts.length;
  let gx0 = Infinity, gy0 = Infinity, gx1 = -Infinity, gy1 = -Infinity;
  const key = new Int32Array(nf);
  for (let i = 0; i < nf; i++) {
    const cx = Math.floor(fpts[i][0] / cell), cy = Math.floor(fpts[i][1] / cell);
    if (cx < gx0) gx0 = cx; if (cx > gx1) gx1 = cx; if (cy < gy0) gy0 = cy; if (cy > gy1) gy1 = cy;
  }
  const gw = nf ? gx1 - gx0 + 1 : 0, gh = nf ? gy1 - gy0 + 1 : 0, start = new Int32Array(gw * gh + 1), order = new Int32Array(nf);
  for (let i = 0; i < nf; i++) { key[i] = (Math.floor(fpts[i][1] / cell) - gy0) * gw + Math.floor(fpts[i][0] / cell) - gx0; start[key[i] + 1]++; }
  for (let c = 0; c < gw * gh; c++) start[c + 1] += start[c];
  const fill = start.slice(0, gw * gh);
  for (let i = 0; i < nf; i++) order[fill[key[i]]++] = i;
  const [ax, ay] = apply(H, 0, 0), [bx, by] = apply(H, target.refW, 0);
  const ranges = rangesAtScale(target, Math.hypot(bx - ax, by - ay) / target.refW);
  // frame corner -> [distance, target point], in the order corners were first claimed
  const ownD = new Int32Array(nf).fill(-1), ownT = new Int32Array(nf), claimed = [];
  const P = target.points, TD = target.desc, r2 = radius * radius;
  const h0 = H[0], h1 = H[1], h2 = H[2], h3 = H[3], h4 = H[4], h5 = H[5], h6 = H[6], h7 = H[7], h8 = H[8];
  for (const [lo, hi] of ranges) for (let t = lo; t < hi; t++) {
    const px = P[t * 2], py = P[t * 2 + 1], w = h6 * px + h7 * py + h8;
    const u = (h0 * px + h1 * py + h2) / w, v = (h3 * px + h4 * py + h5) / w;
    const gx = Math.floor(u / cell) - gx0, gy = Math.floor(v / cell) - gy0;
    let best = GUIDE_BITS, bi = -1;
    const p = t * 8, t0 = TD[p], t1 = TD[p + 1], t2 = TD[p + 2], t3 = TD[p + 3], t4 = TD[p + 4], t5 = TD[p + 5], t6 = TD[p + 6], t7 = TD[p + 7];
    for (let dy = -1; dy <= 1; dy++) {
      const yy = gy + dy;
      if (yy < 0 || yy >= gh) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const xx = gx + dx;
        if (xx < 0 || xx >= gw) continue;
        const c = yy * gw + xx;
        for (let k = start[c], e = start[c + 1]; k < e; k++) {
          const i = order[k], f = fpts[i];
          if ((f[0] - u) ** 2 + (f[1] - v) ** 2 > r2) continue;
          const o = i * 8;
          const d = popcnt(fd[o] ^ t0) + popcnt(fd[o + 1] ^ t1) + popcnt(fd[o + 2] ^ t2) + popcnt(fd[o + 3] ^ t3)
            + popcnt(fd[o + 4] ^ t4) + popcnt(fd[o + 5] ^ t5) + popcnt(fd[o + 6] ^ t6) + popcnt(fd[o + 7] ^ t7);
          if (d < best) { best = d; bi = i; }
        }
      }
    }
    if (bi < 0) continue;
    if (ownD[bi] < 0) claimed.push(bi);
    if (ownD[bi] < 0 || ownD[bi] > best) { ownD[bi] = best; ownT[bi] = t; }
  }
  const src = [], dst = [];
  for (const i of claimed) { const t = ownT[i]; src.push([P[t * 2], P[t * 2 + 1]]); dst.push(fpts[i]); }
  if (src.length < 12) return null;
  const r = ransacHomography(src, dst, RANSAC_PX, 100);
  return r && { ...r, pairs: { src: r.inliers.map((i) => src[i]), dst: r.inliers.map((i) => dst[i]) } };
}
