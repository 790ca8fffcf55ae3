// A separable Gaussian with mirrored edges (OpenCV's default border, reflect-101), for the
// appearance check (float output) and the outline search's line segments (byte output).

/** `img` (w x h, one channel) blurred by a Gaussian of `sigma`, `r` taps either side (default
 * ceil(3 sigma)). bytes: rounded and clamped into a Uint8Array, as OpenCV's GaussianBlur of a
 * byte image keeps it; else a Float32Array. */
export function gaussian(img, w, h, sigma, { r = Math.ceil(3 * sigma), bytes = false } = {}) {
  const k = new Float64Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += (k[i + r] = Math.exp((-i * i) / (2 * sigma * sigma)));
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  const refl = (i, n) => { while (i < 0 || i >= n) i = i < 0 ? -i : 2 * n - 2 - i; return i; };
  const ix = new Int32Array(w + 2 * r), iy = new Int32Array(h + 2 * r);
  for (let i = -r; i < w + r; i++) ix[i + r] = refl(i, w);
  for (let i = -r; i < h + r; i++) iy[i + r] = refl(i, h) * w;
  const tmp = new Float64Array(w * h), out = bytes ? new Uint8Array(w * h) : new Float32Array(w * h);
  // away from the edges the mirrored index tables are the identity: direct indices, the same sums
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      if (x >= r && x + r < w) for (let i = 0, p = row + x - r; i <= 2 * r; i++) s += k[i] * img[p + i];
      else for (let i = 0; i <= 2 * r; i++) s += k[i] * img[row + ix[x + i]];
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < h; y++) {
    const inner = y >= r && y + r < h;
    for (let x = 0; x < w; x++) {
      let s = 0;
      if (inner) for (let i = 0, p = (y - r) * w + x; i <= 2 * r; i++, p += w) s += k[i] * tmp[p];
      else for (let i = 0; i <= 2 * r; i++) s += k[i] * tmp[iy[y + i] + x];
      out[y * w + x] = bytes ? Math.min(255, Math.round(s)) : s;
    }
  }
  return out;
}
