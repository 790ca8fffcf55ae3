// The look through the blur's gate (issue #13): is any code of this bundle close to a square the
// deblurred look found, judged before the square's costly reads (the motion model's line and corner
// fits, the patch deconvolved at full resolution, the refinement).
//
// The look has measured the frame's blur line already (deblur.js blurLine), so no line need be
// searched: each code of the bundle, framed as printed and seen in each turn, is blurred by that
// line (mapped into module units at the square's centre) and correlated with the module grid
// sampled at the square's corners, over the data modules — the motion model's read (motion_blur.js)
// without its fits, ~0.2 ms. Another exhibit's card of the same museum, heavily blurred, scored at
// most 0.43 (benchmarks/viewer_vs_desktop.py, 180 frames), clutter less; our own cards read from
// the look's squares (~1-2 px off) 0.64-0.99. Only squares no code reaches
// tracking.deblur.gate_min_score (0.5) on are refused; the rest are read as before (a sibling
// code missing from the bundle shares more modules and may pass: read and turned down at the old
// cost). The same as the desktop's tracking/deblur_gate.py.

import { applyH, homography } from "./pose.js";
import { allModules, seenIndex } from "./module_grid.js";
import { blurredCells, framedCodes, layoutGroups, lineKernel } from "./motion_blur.js";
import { pearson } from "./separation.js";

/** The best correlation of any code of the bundle (any turn), blurred by `line` ({angle (degrees,
 * image coordinates), length (px)}, full resolution), with the module grid at `corners` (full
 * resolution, the grey image {g, w, h}), over the data modules; -1 where no square maps. */
export function closestCodeScore(img, corners, prepared, line) {
  const { g, w, h } = img;
  let best = -1;
  for (const group of layoutGroups(prepared).values()) {
    const L = group[0].layout, U = L.units, n = group[0].n, o = L.symbol_offset + 1;
    const unit = [[0, 0], [U, 0], [U, U], [0, U]];
    const H = homography(unit, corners), Hinv = homography(corners, unit);
    if (!H || !Hinv) continue;
    const vals = allModules(g, w, h, H, U);
    const { codes, m } = framedCodes(group);
    // the line in module units near the square's centre, as the motion model maps its hypotheses
    const cx = (corners[0][0] + corners[1][0] + corners[2][0] + corners[3][0]) / 4, cy = (corners[0][1] + corners[1][1] + corners[2][1] + corners[3][1]) / 4;
    const p0 = applyH(Hinv, cx, cy), p1 = applyH(Hinv, cx + 1, cy), p2 = applyH(Hinv, cx, cy + 1);
    const kernel = lineKernel([p1[0] - p0[0], p2[0] - p0[0], p1[1] - p0[1], p2[1] - p0[1]], line.angle, line.length);
    for (let ci = 0; ci < group.length; ci++) {
      const c = group[ci];
      const pred = new Float32Array(c.index.length), v = new Float32Array(c.index.length);
      for (let r = 0; r < 4; r++) {
        const cells = Int32Array.from(c.index, (k) => { const s = seenIndex(k, n, r); return (o + ((s / n) | 0)) * m + o + (s % n); });
        for (let d = 0; d < cells.length; d++) v[d] = vals[cells[d]];
        best = Math.max(best, pearson(blurredCells(codes[ci][r], m, kernel, cells, pred), v));
      }
    }
  }
  return best;
}
