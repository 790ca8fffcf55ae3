// Telling a close rival apart (the desktop's identity.separation and _decide): an exhibit's codes
// share their address and differ in few modules, so far away or blurred a sibling scores within
// tracking.identity.min_margin of the true code from the shared modules alone. The two are then
// compared on the modules where they differ only. Used by the usual read (identify.js) and the
// motion-blur model (motion_blur.js).

/** Pearson correlation of two equally long arrays. */
export function pearson(p, v) {
  const N = p.length;
  let mp = 0, mv = 0;
  for (let d = 0; d < N; d++) { mp += p[d]; mv += v[d]; }
  mp /= N; mv /= N;
  let dot = 0, np = 0, nv = 0;
  for (let d = 0; d < N; d++) { const a = p[d] - mp, b = v[d] - mv; dot += a * b; np += a * a; nv += b * b; }
  return dot / (Math.sqrt(np * nv) + 1e-9);
}

/** Correlation of the samples `grid` with (p1 - p2), two codes predicted on the same seen grid
 * (under the same blur), over the modules where the two differ (|p1 - p2| above 15 % of its
 * largest), with what the two predictions share there taken out first (a partial correlation,
 * as the desktop's identity.separation): ~1 when the samples side with p1, ~0 when they cannot
 * tell, < 0 when they side with p2; -1 when the codes differ in fewer than 8 modules.
 *
 * On a small, blurred code a module where the two codes differ is seen with its neighbours, most
 * of them modules every code shares: their light (in (p1 + p2) / 2, the same under both) moves
 * the samples there as much as the module itself does, and correlated with (p1 - p2) alone it
 * only dilutes the answer (issue 14, 640x480 clutter: ids a and e on 39-55 px cards 0.46-0.49
 * plainly, 0.84-0.94 with the shared part out). Unblurred predictions share nothing there. */
export function separation(grid, p1, p2) {
  const n2 = grid.length;
  let top = 0;
  for (let k = 0; k < n2; k++) top = Math.max(top, Math.abs(p1[k] - p2[k]));
  const v = [], d = [], s = [];
  for (let k = 0; k < n2; k++) {
    const diff = p1[k] - p2[k];
    if (Math.abs(diff) > 0.15 * top) { v.push(grid[k]); d.push(diff); s.push(p1[k] + p2[k]); }
  }
  const N = v.length;
  if (N < 8) return -1;
  centre(v); centre(d); centre(s);
  const s2 = dot(s, s);
  if (s2 > 1e-9 * N) {
    // (least-squares residuals of both on the shared part: what neither code explains alone)
    const kv = dot(v, s) / s2, kd = dot(d, s) / s2;
    for (let i = 0; i < N; i++) { v[i] -= kv * s[i]; d[i] -= kd * s[i]; }
  }
  return dot(v, d) / (Math.sqrt(dot(v, v)) * Math.sqrt(dot(d, d)) + 1e-9);
}

function centre(a) {
  let m = 0;
  for (const x of a) m += x;
  m /= a.length;
  for (let i = 0; i < a.length; i++) a[i] -= m;
}

function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The best read of a sorted list [{score, m, ...}, best first] when it reaches `minScore` and
 * every rival within params.min_margin is told apart (`apart(best, rival)` >= min_separation; the
 * same code turned never is: a square's turn is read from the same modules); else null. A bundle
 * whose manifest has no min_separation asks the plain margin. */
export function decide(scored, params, minScore, apart) {
  const best = scored[0];
  if (!best || best.score < minScore) return null;
  for (const rival of scored.slice(1)) {
    if (best.score - rival.score >= params.min_margin) break;
    if (rival.m === best.m || params.min_separation === undefined || apart(best, rival) < params.min_separation) return null;
  }
  return best;
}
