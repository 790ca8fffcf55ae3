// The appearance check: the frame pulled back onto the target's small grey picture through a
// homography, both band-passed, normalised cross-correlation (it tells a series of look-alikes
// apart, and a homography that slid off the picture).
import { apply } from "./geometry.js";
import { gaussian } from "./gaussian.js";

export const MIN_APPEARANCE = 0.4;

/** A wide Gaussian as three box blurs (running sums; Wells 1986): the sigma-8 kernel's 49 taps per
 * pixel and pass were a tenth of a followed frame's time; the three boxes' variance equals sigma^2
 * to within a box width's rounding. Edges mirrored like gaussian.js's. */
function boxGauss(img, w, h, sigma) {
  const n = 3, wi = Math.floor(Math.sqrt((12 * sigma * sigma) / n + 1)), wl = wi % 2 ? wi : wi - 1, wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - n * wl * wl - 4 * n * wl - 3 * n) / (-4 * wl - 4));
  let a = Float32Array.from(img), b = new Float32Array(w * h);
  for (let k = 0; k < n; k++) {
    const r = ((k < m ? wl : wu) - 1) / 2;
    boxPass(a, b, w, h, r, 1, w); // along rows
    boxPass(b, a, h, w, r, w, 1); // along columns
  }
  return a;
}
const mirror = (i, n) => { while (i < 0 || i >= n) i = i < 0 ? -i : 2 * n - 2 - i; return i; };
/** Box mean of radius r along lines of length len (step `step`), `lines` lines `stride` apart. */
function boxPass(src, dst, len, lines, r, step, stride) {
  const norm = 1 / (2 * r + 1);
  for (let l = 0; l < lines; l++) {
    const o = l * stride;
    let s = 0;
    for (let i = -r; i <= r; i++) s += src[o + mirror(i, len) * step];
    for (let i = 0; i < len; i++) {
      dst[o + i * step] = s * norm;
      // mirrored indices only near the ends (the same values: mirror() is the identity inside)
      if (i >= r && i + r + 1 < len) s += src[o + (i + r + 1) * step] - src[o + (i - r) * step];
      else s += src[o + mirror(i + r + 1, len) * step] - src[o + mirror(i - r, len) * step];
    }
  }
}

const bandPass = (img, w, h, fine = 1.5) => { const a = gaussian(img, w, h, fine), b = boxGauss(img, w, h, 8); return a.map((v, i) => v - b[i]); };

// A picture smaller on screen than its check picture (a far one) has lost the check picture's
// finest detail: the check picture is blurred to the screen's resolution before comparing (an
// image px spans cw / width check px; a box of that width has sigma ~0.5 of it), in steps of 0.5
// (each step's band cached on the target).
function targetBand(target, onScreenPx) {
  const k = target.checkW / Math.max(1, onScreenPx), extra = k > 1 ? 0.5 * Math.sqrt(k * k - 1) : 0;
  const step = Math.round(extra * 2) / 2, key = `band${step}`;
  if (!target[key]) target[key] = bandPass(target.check, target.checkW, target.checkH, Math.hypot(1.5, step));
  return target[key];
}

/** Band-passed NCC of the target's check picture and the grey image `g` ({grey, w, h}) pulled
 * back onto it through H (reference pixels -> g's pixels). */
export function appearance(target, H, g) {
  const cw = target.checkW, chh = target.checkH, s = cw / target.refW;
  const back = new Float32Array(cw * chh), valid = new Uint8Array(cw * chh);
  let nValid = 0;
  const h0 = H[0], h1 = H[1], h2 = H[2], h3 = H[3], h4 = H[4], h5 = H[5], h6 = H[6], h7 = H[7], h8 = H[8];
  for (let j = 0; j < chh; j++) for (let i = 0; i < cw; i++) {
    const px = i / s, py = j / s, w = h6 * px + h7 * py + h8; // apply(H, ...) inline: no array a pixel
    const u = (h0 * px + h1 * py + h2) / w, v = (h3 * px + h4 * py + h5) / w;
    const x = Math.min(Math.max(u, 0), g.w - 1.001), y = Math.min(Math.max(v, 0), g.h - 1.001);
    const x0 = Math.floor(x), y0 = Math.floor(y), ax = x - x0, ay = y - y0, p = y0 * g.w + x0;
    back[j * cw + i] = (1 - ay) * ((1 - ax) * g.grey[p] + ax * g.grey[p + 1]) + ay * ((1 - ax) * g.grey[p + g.w] + ax * g.grey[p + g.w + 1]);
    if (u >= 0 && v >= 0 && u <= g.w - 1 && v <= g.h - 1) { valid[j * cw + i] = 1; nValid++; }
  }
  if (nValid < 0.5 * cw * chh) return MIN_APPEARANCE;
  const [x0, y0] = apply(H, 0, 0), [x1, y1] = apply(H, target.refW, 0), [x2, y2] = apply(H, target.refW, target.refH), [x3, y3] = apply(H, 0, target.refH);
  const onScreen = 0.5 * (Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x3, y2 - y3)); // mean width in g's pixels
  const a = bandPass(back, cw, chh), b = targetBand(target, onScreen);
  let ma = 0, mb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { ma += a[i]; mb += b[i]; }
  ma /= nValid; mb /= nValid;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < a.length; i++) if (valid[i]) { const x = a[i] - ma, y = b[i] - mb; sab += x * y; saa += x * x; sbb += y * y; }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
