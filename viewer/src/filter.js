// One Euro filter (Casiez, Roussel, Vogel 2012), ported from museum_ar/tracking/smoothing.py:
// smooths jitter when the marker is still and follows quickly when it moves. Applied to the
// pose's translation (metres) and rotation quaternion. The parameters come from the manifest's
// `tracking.filter` (museum_ar/markers/tracking_params.py), never from here.

const alpha = (cutoff, dt) => { const tau = 1 / (2 * Math.PI * cutoff); return 1 / (1 + tau / dt); };

export class OneEuro {
  constructor({ min_cutoff, beta, d_cutoff }) {
    if (!(min_cutoff > 0) || !(beta >= 0) || !(d_cutoff > 0)) throw new Error("tracking.filter: min_cutoff, beta, d_cutoff missing from the manifest");
    Object.assign(this, { minCutoff: min_cutoff, beta, dCutoff: d_cutoff });
    this.reset();
  }
  reset() { this.x = null; this.dx = null; this.t = null; }
  apply(v, tSec) {
    if (this.x === null) { this.x = v.slice(); this.dx = v.map(() => 0); this.t = tSec; return v.slice(); }
    if (tSec <= this.t) tSec = this.t + 1e-3; // repeated or backwards timestamp: a millisecond later
    const dt = tSec - this.t;
    const ad = alpha(this.dCutoff, dt);
    // the speed is the norm of the whole vector's derivative, as smoothing.py does
    this.dx = v.map((x, i) => ad * ((x - this.x[i]) / dt) + (1 - ad) * this.dx[i]);
    const cutoff = this.minCutoff + this.beta * Math.hypot(...this.dx);
    const a = alpha(cutoff, dt);
    this.x = v.map((x, i) => a * x + (1 - a) * this.x[i]);
    this.t = tSec;
    return this.x.slice();
  }
}

/** Filters a pose {q: quaternion, t: metres}; restarts after the marker was lost for a while.
 * params: the manifest's tracking.filter {translation, rotation}. */
export class PoseFilter {
  constructor(params) {
    this.q = new OneEuro(params.rotation);
    this.t = new OneEuro(params.translation);
    this.last = null; this.lastTime = -1e9;
  }
  apply(q, t, tSec) {
    if (tSec - this.lastTime > 0.5) { this.q.reset(); this.t.reset(); this.last = null; }
    // q and -q are the same rotation: stay in one hemisphere
    if (this.last && q[0] * this.last[0] + q[1] * this.last[1] + q[2] * this.last[2] + q[3] * this.last[3] < 0) q = q.map((v) => -v);
    this.last = q;
    let fq = this.q.apply(q, tSec);
    const l = Math.hypot(...fq); fq = fq.map((v) => v / l);
    const ft = this.t.apply(t, tSec);
    this.lastTime = tSec;
    return { q: fq, t: ft, qRaw: q };
  }
}
