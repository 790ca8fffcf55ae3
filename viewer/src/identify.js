// Which marker a detected square is, and which way up: sample the QR module grid through the
// square's homography and compare with each marker's expected module matrix from the manifest.
// Cheaper and more robust than decoding the QR code itself (no error correction needed, works at
// module sizes where decoders give up), and it also fixes the rotation.

import { applyH, homography } from "./pose.js";
import { bilinear } from "./detect.js";

/** Prepare the manifest's markers for matching. */
export function prepareMarkers(markers) {
  return markers.map((m) => {
    const n = m.layout.symbol_modules;
    const bits = new Uint8Array(n * n);
    m.modules.forEach((row, i) => { for (let j = 0; j < n; j++) bits[i * n + j] = row.charCodeAt(j) === 49 ? 1 : 0; });
    return { id: m.id, layout: m.layout, bits, n, edgeM: m.size_mm / 1000 };
  });
}

// Unit-square corners of the tracked square (column, row in modules) for the corner order TL,
// TR, BR, BL as printed; rotation r means the image's first corner is the printed corner r.
function unitCorners(units) {
  return [[0, 0], [units, 0], [units, units], [0, units]];
}

/** Best (marker, rotation) for quad corners `img` (full-resolution pixels, clockwise on screen).
 * Returns {marker, corners (TL, TR, BR, BL as printed), score} or null. */
export function identify(g, w, h, img, prepared, minScore = 0.8) {
  let best = null, second = 0;
  for (const m of prepared) {
    const U = m.layout.units, o = m.layout.symbol_offset, n = m.n;
    const uc = unitCorners(U);
    for (let r = 0; r < 4; r++) {
      // image corner k shows printed corner (k + r) % 4
      const src = [0, 1, 2, 3].map((k) => uc[(k + r) % 4]);
      const H = homography(src, img);
      if (!H) continue;
      const vals = new Float32Array(n * n);
      let lo = 255, hi = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const [x, y] = applyH(H, o + j + 0.5, o + i + 0.5);
          const v = bilinear(g, w, h, x, y);
          vals[i * n + j] = v;
          if (v >= 0) { if (v < lo) lo = v; if (v > hi) hi = v; }
        }
      if (hi - lo < 15) continue;
      const mid = (lo + hi) / 2;
      let same = 0, total = 0;
      for (let k = 0; k < n * n; k++) {
        if (vals[k] < 0) continue;
        total++;
        if ((vals[k] < mid ? 1 : 0) === m.bits[k]) same++;
      }
      const score = total ? same / (n * n) : 0;
      if (!best || score > best.score) {
        if (best) second = Math.max(second, best.score);
        best = { marker: m, rotation: r, score };
      } else second = Math.max(second, score);
    }
  }
  if (!best || best.score < minScore || best.score - second < 0.08) return null;
  // Re-order the image corners as printed TL, TR, BR, BL.
  const corners = [0, 1, 2, 3].map((p) => img[(p - best.rotation + 4) % 4]);
  return { marker: best.marker, corners, score: best.score };
}
