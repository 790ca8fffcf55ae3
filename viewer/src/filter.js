// One Euro filter (Casiez, Roussel, Vogel 2012): smooths jitter when the marker is still and
// follows quickly when it moves. Applied to the pose's translation and rotation quaternion.

class LowPass {
  constructor() { this.y = null; }
  apply(x, a) { this.y = this.y === null ? x : a * x + (1 - a) * this.y; return this.y; }
}

const alpha = (cutoff, dt) => { const tau = 1 / (2 * Math.PI * cutoff); return 1 / (1 + tau / dt); };

export class OneEuro {
  constructor(dims, { minCutoff = 1.0, beta = 0.3, dCutoff = 1.0 } = {}) {
    Object.assign(this, { dims, minCutoff, beta, dCutoff });
    this.reset();
  }
  reset() {
    this.x = [...Array(this.dims)].map(() => new LowPass());
    this.dx = [...Array(this.dims)].map(() => new LowPass());
    this.prev = null; this.t = null;
  }
  apply(v, tSec) {
    if (this.t === null || tSec <= this.t) {
      this.t = tSec; this.prev = v.slice();
      return v.map((x, i) => this.x[i].apply(x, 1));
    }
    const dt = tSec - this.t; this.t = tSec;
    const out = v.map((x, i) => {
      const d = (x - this.prev[i]) / dt;
      const ed = this.dx[i].apply(d, alpha(this.dCutoff, dt));
      const cutoff = this.minCutoff + this.beta * Math.abs(ed);
      return this.x[i].apply(x, alpha(cutoff, dt));
    });
    this.prev = v.slice();
    return out;
  }
}

/** Filters a pose {q: quaternion, t: metres}; restarts after the marker was lost for a while. */
export class PoseFilter {
  constructor() {
    this.q = new OneEuro(4, { minCutoff: 1.5, beta: 2.0 });
    this.t = new OneEuro(3, { minCutoff: 1.5, beta: 20.0 });
    this.last = null; this.lastTime = -1e9;
  }
  apply(q, t, tSec) {
    if (tSec - this.lastTime > 0.5) { this.q.reset(); this.t.reset(); this.last = null; }
    if (this.last && q[0] * this.last[0] + q[1] * this.last[1] + q[2] * this.last[2] + q[3] * this.last[3] < 0) q = q.map((v) => -v);
    let fq = this.q.apply(q, tSec);
    const l = Math.hypot(...fq); fq = fq.map((v) => v / l);
    const ft = this.t.apply(t, tSec);
    this.last = fq; this.lastTime = tSec;
    return { q: fq, t: ft };
  }
}
