// The appearance check: the frame pulled back onto the target's small grey picture through a
// homography, both band-passed, normalised cross-correlation (it tells a series of look-alikes
// apart, and a homography that slid off the picture).
import { apply } from "./geometry.js";

export const MIN_APPEARANCE = 0.4;

function gaussBlur(img, w, h, sigma) {
  const r = Math.ceil(3 * sigma), k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) { k[i + r] = Math.exp((-i * i) / (2 * sigma * sigma)); sum += k[i + r]; }
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  const refl = (i, n) => { while (i < 0 || i >= n) i = i < 0 ? -i : 2 * n - 2 - i; return i; };
  const ix = new Int32Array((w + 2 * r)), iy = new Int32Array((h + 2 * r));
  for (let i = -r; i < w + r; i++) ix[i + r] = refl(i, w);
  for (let i = -r; i < h + r; i++) iy[i + r] = refl(i, h) * w;
  const tmp = new Float32Array(w * h), out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = 0; i <= 2 * r; i++) s += k[i] * img[row + ix[x + i]];
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let s = 0;
    for (let i = 0; i <= 2 * r; i++) s += k[i] * tmp[iy[y + i] + x];
    out[y * w + x] = s;
  }
  return out;
}

const bandPass = (img, w, h) => { const a = gaussBlur(img, w, h, 1.5), b = gaussBlur(img, w, h, 8); return a.map((v, i) => v - b[i]); };

/** Band-passed NCC of the target's check picture and the grey image `g` ({grey, w, h}) pulled
 * back onto it through H (reference pixels -> g's pixels). */
export function appearance(target, H, g) {
  const cw = target.checkW, chh = target.checkH, s = cw / target.refW;
  const back = new Float32Array(cw * chh), valid = new Uint8Array(cw * chh);
  let nValid = 0;
  for (let j = 0; j < chh; j++) for (let i = 0; i < cw; i++) {
    const [u, v] = apply(H, i / s, j / s);
    const x = Math.min(Math.max(u, 0), g.w - 1.001), y = Math.min(Math.max(v, 0), g.h - 1.001);
    const x0 = Math.floor(x), y0 = Math.floor(y), ax = x - x0, ay = y - y0, p = y0 * g.w + x0;
    back[j * cw + i] = (1 - ay) * ((1 - ax) * g.grey[p] + ax * g.grey[p + 1]) + ay * ((1 - ax) * g.grey[p + g.w] + ax * g.grey[p + g.w + 1]);
    if (u >= 0 && v >= 0 && u <= g.w - 1 && v <= g.h - 1) { valid[j * cw + i] = 1; nValid++; }
  }
  if (nValid < 0.5 * cw * chh) return MIN_APPEARANCE;
  if (!target.band) target.band = bandPass(target.check, cw, chh); // the target's side once
  const a = bandPass(back, cw, chh), b = target.band;
  let ma = 0, mb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { ma += a[i]; mb += b[i]; }
  ma /= nValid; mb /= nValid;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { const x = a[i] - ma, y = b[i] - mb; sab += x * y; saa += x * x; sbb += y * y; }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
