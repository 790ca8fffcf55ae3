"""Procedural media for the sample exhibits: a pen drawing, a museum label, a drum roll, a short
video. Deterministic (fixed seeds), small on disk."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PAPER = (244, 238, 222)
INK = (38, 34, 30)


def _font(path: str, size: int):
    try:
        return ImageFont.truetype(path, size)
    except OSError:  # fonts-dejavu-core missing: still make the file, with the bitmap font
        return ImageFont.load_default()


def drum_drawing(out: Path, width=900, height=675) -> None:
    """A pen-and-ink style sketch of the tin drum with sticks, hatched, on paper."""
    rng = np.random.default_rng(1959)
    img = Image.new("RGB", (width, height), PAPER)
    d = ImageDraw.Draw(img)
    cx, top, rx, ry, h = width // 2, 220, 260, 70, 230

    def wobble(points, amount=1.6):
        return [(x + rng.normal(0, amount), y + rng.normal(0, amount)) for x, y in points]

    def ellipse_pts(y, start=0, end=2 * math.pi, n=120):
        return [(cx + rx * math.cos(t), y + ry * math.sin(t)) for t in np.linspace(start, end, n)]

    for _ in range(2):  # two passes of a nervous pen
        d.line(wobble(ellipse_pts(top)), fill=INK, width=3)
        d.line(wobble(ellipse_pts(top + h, 0, math.pi)), fill=INK, width=3)
        d.line(wobble([(cx - rx, top), (cx - rx, top + h)]), fill=INK, width=3)
        d.line(wobble([(cx + rx, top), (cx + rx, top + h)]), fill=INK, width=3)
    # the zigzag, hatched on alternate triangles
    n = 14
    xs = [cx + rx * math.cos(math.pi - k * math.pi / n) for k in range(n + 1)]
    for k in range(n):
        x0, x1 = xs[k], xs[k + 1]
        xm = (x0 + x1) / 2
        y_b = top + h - 28 + ry * math.sin(math.pi - (k + 0.5) * math.pi / n) * 0.9
        y_t = top + 40 + ry * math.sin(math.pi - (k + 0.5) * math.pi / n) * 0.9
        tri = [(x0, y_b), (x1, y_b), (xm, y_t)]
        d.line(wobble(tri + [tri[0]], 1.0), fill=INK, width=2)
        if k % 2 == 0:
            for s in np.linspace(0.1, 0.9, 7):
                a = (x0 + (xm - x0) * s, y_b + (y_t - y_b) * s)
                b = (x1 + (xm - x1) * s, y_b + (y_t - y_b) * s)
                d.line(wobble([a, b], 0.8), fill=INK, width=1)
    # sticks
    for (x0, y0, x1, y1) in ((cx - 300, 120, cx + 80, top - 10), (cx + 320, 95, cx - 40, top - 20)):
        d.line(wobble([(x0, y0), (x1, y1)], 1.0), fill=INK, width=7)
        d.ellipse((x0 - 12, y0 - 12, x0 + 12, y0 + 12), outline=INK, width=3)
    f = _font(FONT_SERIF, 26)
    d.text((40, height - 60), "Die Blechtrommel — Skizze nach Günter Grass", fill=INK, font=f)
    img.save(out, optimize=True)


def museum_label(out: Path, lines_de: list[str], lines_en: list[str], width=1000, height=420) -> None:
    """A museum object label, German above English, like the cards in the showcases."""
    img = Image.new("RGB", (width, height), (250, 250, 247))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width - 1, height - 1), outline=(40, 40, 40), width=4)
    d.rectangle((0, 0, 24, height), fill=(30, 90, 60))
    y = 40
    for i, line in enumerate(lines_de):
        f = _font(FONT, 54 if i == 0 else 32)
        d.text((70, y), line, fill=(20, 20, 20), font=f)
        y += 70 if i == 0 else 44
    y += 30
    for i, line in enumerate(lines_en):
        f = _font(FONT, 40 if i == 0 else 28)
        d.text((70, y), line, fill=(90, 90, 90), font=f)
        y += 54 if i == 0 else 38
    img.save(out, optimize=True)


def drum_roll(out: Path, seconds=2.5, rate=22050) -> None:
    """A snare-like roll that swells and ends on an accent: noise bursts through a resonant tone."""
    rng = np.random.default_rng(3)
    n = int(seconds * rate)
    audio = np.zeros(n)
    hits = np.arange(0.05, seconds - 0.35, 0.055)
    for k, start in enumerate(hits):
        amp = 0.25 + 0.6 * (k / len(hits))
        i0 = int(start * rate)
        length = int(0.09 * rate)
        seg = np.arange(length) / rate
        env = np.exp(-seg * 38)
        tone = np.sin(2 * np.pi * 190 * seg) * 0.5
        noise = rng.normal(0, 1, length) * 0.6
        audio[i0 : i0 + length] += amp * env * (tone + noise)[: len(audio[i0 : i0 + length])]
    i0 = int((seconds - 0.3) * rate)  # the final accent
    seg = np.arange(n - i0) / rate
    audio[i0:] += np.exp(-seg * 12) * (np.sin(2 * np.pi * 150 * seg) + rng.normal(0, 0.8, n - i0))
    audio /= np.max(np.abs(audio)) * 1.1
    pcm = (audio * 32767).astype("<i2")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def zigzag_video(out: Path, seconds=3.0, fps=15, size=(320, 240)) -> None:
    """The red-and-white zigzag scrolling past, with a beat that flashes: a stand-in for a film
    clip. H.264 in MP4 via the ffmpeg that imageio-ffmpeg ships."""
    import imageio_ffmpeg

    w, h = size
    writer = imageio_ffmpeg.write_frames(
        str(out), size, fps=fps, codec="libx264", pix_fmt_out="yuv420p", macro_block_size=16,
        output_params=["-crf", "30", "-preset", "veryslow", "-fflags", "+bitexact", "-map_metadata", "-1"],
    )
    writer.send(None)
    ys, xs = np.mgrid[0:h, 0:w]
    for f in range(int(seconds * fps)):
        shift = f * 6
        period = 64
        phase = ((xs + shift) % period) / period
        zig = np.abs(phase - 0.5) * 2 * (h * 0.5) + h * 0.25
        red = ys > zig
        frame = np.empty((h, w, 3), np.uint8)
        frame[:] = (245, 243, 236)
        frame[red] = (200, 20, 28)
        if f % 8 < 2:  # the beat
            frame[: h // 10] = (30, 30, 30)
            frame[-h // 10 :] = (30, 30, 30)
        writer.send(np.ascontiguousarray(frame))
    writer.close()
