"""What import changed about a file that its curator would not guess from the file itself, read
from the facts the importers record in Item.info: a HEIC photo stored as JPEG, an SVG drawn at a
pixel size, 16-bit or ICC colours brought to 8-bit sRGB, an animated GIF made a looping video, HDR
video tone-mapped, 96 kHz audio resampled, a scan's leaning base stood level. `museum-ar attach` prints them; the app shows them
after attaching (qt/attach.py, in the UI language, from the same codes)."""

from __future__ import annotations

from pathlib import Path

# code -> the English sentence (the app has a German one for each code)
ENGLISH = {
    "heic": "an iPhone HEIC photo, stored as {format} (tablets cannot show HEIC)",
    "svg": "an SVG drawing, stored as a {w} x {h} px picture",
    "bits": "a {bits}-bit image, stored with 8 bits per channel",
    "srgb": "its colours converted from the profile “{profile}” to sRGB",
    "animation": "an animated {format} of {frames} frames, stored as a looping video",
    "hdr": "{hdr} HDR video, tone-mapped to ordinary (SDR) video",
    "resampled": "sound resampled from {before} Hz to {after} Hz for tablets",
    "levelled": "its flat base leaned {deg}° in the file: stood level on it (undo: --no-level, or untick 'Level the base')",
}


def conversions(info: dict, source_name: str) -> list[tuple[str, dict]]:
    """(code, parameters) for each conversion recorded in `info`, in the order of ENGLISH."""
    out: list[tuple[str, dict]] = []
    if Path(source_name).suffix.lower() in (".heic", ".heif", ".hif"):
        out.append(("heic", {"format": "JPEG" if info.get("mime") == "image/jpeg" else "PNG"}))
    if "svg_size_px" in info and isinstance(info.get("width"), int) and isinstance(info.get("height"), int):
        out.append(("svg", {"w": info["width"], "h": info["height"]}))  # the picture stored, not the drawing's own size
    if isinstance(info.get("bits_before"), int) and info["bits_before"] > 8:
        out.append(("bits", {"bits": info["bits_before"]}))
    if info.get("converted_to_srgb"):
        out.append(("srgb", {"profile": str(info.get("colour_profile_before") or "?")}))
    if info.get("animated_from"):
        out.append(("animation", {"format": str(info["animated_from"]).upper(), "frames": int(info.get("frames") or 0)}))
    if info.get("tone_mapped"):
        out.append(("hdr", {"hdr": str(info.get("hdr_before") or "").upper()}))
    if info.get("level_rotation") is not None and not info.get("level_undone"):
        out.append(("levelled", {"deg": f"{float(info.get('level_deg') or 0):.1f}"}))
    before, after = info.get("audio_sample_rate_before"), info.get("audio_sample_rate")
    if isinstance(before, int) and isinstance(after, int) and before > after:
        out.append(("resampled", {"before": before, "after": after}))
    return out


def conversion_texts(info: dict, source_name: str) -> list[str]:
    """The conversions in English sentences (for the command line)."""
    return [ENGLISH[code].format(**params) for code, params in conversions(info, source_name)]
