"""Thumbnails (PNG) for every kind of item, drawn without OpenGL (content must not import render).

Meshes are drawn by a tiny software rasteriser: orthographic view from front-right-above,
back faces culled, faces painted far to near (painter's algorithm through Pillow's polygon fill)
at twice the size and scaled down for smooth edges, each face shaded by a head light and
coloured by its material, texture (sampled at the face centre) and vertex colours.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

from .decimate import Primitive
from .textures import fit_within, in_mode

BACKGROUND = (236, 233, 226)  # warm paper grey: light content and dark content both stand out


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _view_rotation(azimuth_deg: float = 35.0, elevation_deg: float = 20.0) -> np.ndarray:
    a, e = np.radians(azimuth_deg), np.radians(elevation_deg)
    ry = np.array([[np.cos(a), 0, np.sin(a)], [0, 1, 0], [-np.sin(a), 0, np.cos(a)]])
    rx = np.array([[1, 0, 0], [0, np.cos(e), -np.sin(e)], [0, np.sin(e), np.cos(e)]])
    return rx @ ry  # world -> view; the camera looks down -Z of the view frame


def mesh_thumbnail(primitives: list[Primitive], size: int = 256, textures: Callable[[Image.Image], np.ndarray] | None = None) -> Image.Image:
    """`textures`: the base-colour maps as `thumbnail_texture` gives them (glb_write.TextureJobs
    makes them next to the encoding); else made here."""
    scale_up = 2
    px = size * scale_up
    rot = _view_rotation()
    light = np.array([0.35, 0.5, 0.8])
    light /= np.linalg.norm(light)
    all_xy, all_z, all_rgb = [], [], []
    for p in primitives:
        v = p.positions.astype(np.float64) @ rot.T
        tri = v[p.indices.astype(np.int64)]  # (m, 3, 3)
        n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        if np.einsum("ij,ij->", tri[:, 0], n) < 0:
            n = -n  # negative volume: the scan's winding is inside out; show its outside anyway
        front = n[:, 2] > 0 if not p.part.material.double_sided else np.ones(len(n), bool)
        norm = np.linalg.norm(n, axis=1, keepdims=True)
        unit = np.divide(n, norm, out=np.zeros_like(n), where=norm > 0)
        shade = 0.35 + 0.65 * np.abs(unit @ light) if p.part.material.double_sided else 0.35 + 0.65 * np.clip(unit @ light, 0, 1)
        rgb = _face_colours(p, textures or thumbnail_texture) * shade[:, None]
        all_xy.append(tri[front][:, :, :2])
        all_z.append(tri[front][:, :, 2].mean(axis=1))
        all_rgb.append(rgb[front])
    img = Image.new("RGB", (px, px), BACKGROUND)
    xy = np.concatenate(all_xy) if all_xy else np.zeros((0, 3, 2))
    if len(xy):
        z, rgb = np.concatenate(all_z), np.concatenate(all_rgb)
        lo = np.concatenate([q.reshape(-1, 2) for q in all_xy]).min(axis=0)
        hi = np.concatenate([q.reshape(-1, 2) for q in all_xy]).max(axis=0)
        extent = max(float((hi - lo).max()), 1e-9)
        s = px * 0.86 / extent
        centre = (lo + hi) / 2
        screen = (xy - centre) * s
        screen[..., 0] += px / 2
        screen[..., 1] = px / 2 - screen[..., 1]  # image y grows downwards
        order = np.argsort(z)  # far (most negative z) first
        draw = ImageDraw.Draw(img)
        colours = np.clip(rgb[order] * 255 + 0.5, 0, 255).astype(np.uint8).tolist()
        for poly, colour in zip(screen[order].reshape(-1, 6).tolist(), colours):
            draw.polygon(poly, fill=tuple(colour))
    return img.resize((size, size), Image.Resampling.LANCZOS)


THUMBNAIL_TEXTURE_PX = 512  # the longest edge of a base-colour map as the thumbnail samples it


def thumbnail_texture(img: Image.Image) -> np.ndarray:
    """(h, w, 3) float64 0..1: a base-colour map as `mesh_thumbnail` samples it."""
    return np.asarray(fit_within(in_mode(img, "RGB"), THUMBNAIL_TEXTURE_PX), dtype=np.float64) / 255.0


def _face_colours(p: Primitive, textures: Callable[[Image.Image], np.ndarray]) -> np.ndarray:
    """sRGB 0..1 colour per face: factor x texture at the face centre x vertex colours."""
    m = p.part.material
    base = np.array(m.base_color[:3], dtype=np.float64)
    base = np.where(base <= 0.0031308, base * 12.92, 1.055 * np.power(base, 1 / 2.4) - 0.055)  # linear -> sRGB
    rgb = np.tile(base, (len(p.indices), 1))
    idx = p.indices.astype(np.int64)
    if p.uv is not None and m.base_color_image is not None:
        arr = textures(m.base_color_image)
        h, w = arr.shape[:2]
        uv = p.uv[idx].mean(axis=1) % 1.0
        x = np.clip((uv[:, 0] * w).astype(np.int64), 0, w - 1)
        y = np.clip(((1.0 - uv[:, 1]) * h).astype(np.int64), 0, h - 1)
        rgb = rgb * arr[y, x]
    if p.colors is not None:
        rgb = rgb * (p.colors[idx][:, :, :3].astype(np.float64).mean(axis=1) / 255.0)
    return rgb


def image_thumbnail(img: Image.Image, size: int = 256) -> Image.Image:
    """The picture fitted into a square on the background (letterboxed, never cropped)."""
    im = img.convert("RGBA")
    im.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = Image.new("RGB", (size, size), BACKGROUND)
    out.paste(im, ((size - im.width) // 2, (size - im.height) // 2), im)
    return out


def waveform_thumbnail(samples: np.ndarray, size: int = 256) -> Image.Image:
    """Audio: a symmetric envelope of the loudness over time, with a play-button hint."""
    img = Image.new("RGB", (size, size), BACKGROUND)
    draw = ImageDraw.Draw(img)
    cols = size - 32
    if len(samples):
        chunks = np.array_split(samples.astype(np.float64), cols)
        env = np.array([np.sqrt(np.mean(c * c)) if len(c) else 0.0 for c in chunks])  # loudness (RMS)
        env = env / max(env.max(), 1e-9)
        mid, half = size // 2, size * 0.34
        for i, a in enumerate(env):
            x = 16 + i
            draw.line([(x, mid - a * half), (x, mid + a * half)], fill=(60, 90, 140))
    r = size // 10
    draw.polygon([(size - 3 * r, size - 3 * r), (size - 3 * r, size - r), (size - r, size - 2 * r)], fill=(40, 40, 40))
    return img


def text_thumbnail(text: str, size: int = 256) -> Image.Image:
    """The first lines of a text on a page."""
    img = Image.new("RGB", (size, size), (250, 248, 242))
    draw = ImageDraw.Draw(img)
    font = _font(max(10, size // 16))
    y, margin = size // 12, size // 12
    step = int(getattr(font, "size", 14) * 1.35)
    for line in _wrap(draw, text, font, size - 2 * margin):
        if y + step > size - margin:
            break
        draw.text((margin, y), line, fill=(30, 30, 30), font=font)
        y += step
    return ImageOps.expand(img.crop((1, 1, size - 1, size - 1)), border=1, fill=(180, 175, 165))


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Greedy word wrap by rendered width (long words are cut)."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            trial = f"{line} {word}".strip()
            if draw.textlength(trial, font=font) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while draw.textlength(word, font=font) > width and len(word) > 1:
                word = word[:-1]
            line = word
        lines.append(line)
    return lines


def _font(px: int):
    # The package's own DejaVu (shipped for the printed markers, read as a file so content stays
    # independent of markers) before any system font: the same thumbnails on every OS.
    packaged = Path(__file__).resolve().parents[1] / "markers" / "fonts" / "DejaVuSans.ttf"
    for name in (str(packaged), "DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, px)
        except OSError:
            continue
    return ImageFont.load_default(size=px)
