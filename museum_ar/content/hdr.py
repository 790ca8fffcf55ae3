"""HDR phone video (HLG from iPhones and Android, PQ/HDR10) -> SDR BT.709 that tablets show right.

Left alone, a 10-bit BT.2020 HLG clip re-encoded to 8 bits looks washed out and grey on every
tablet, and still says BT.2020. The bundled ffmpeg's zscale (zimg) and tonemap filters convert it:

    zscale  HLG/PQ -> linear light, where 1.0 = NOMINAL_NITS (203 cd/m2: HDR reference white of
            ITU-R BT.2408, i.e. what SDR shows as 100 % white)
    tonemap mobius: linear up to MOBIUS_KNEE of reference white, highlights up to the assumed peak
            (1000 cd/m2: HLG's nominal display peak; PQ phone clips rarely master above it)
            compressed smoothly into the rest; no desaturation
    zscale  BT.2020 -> BT.709 primaries, BT.709 transfer and matrix, limited range, 4:2:0 8-bit

and the encoder tags the result BT.709. Chosen by measurement (tests/content/test_media_formats.py,
docs/content.md): an SDR picture taken to HLG and back this way differs from the original by a
median 6 of 255 levels; hable lost 46, reinhard 38, mobius at its default knee 0.3 lost 33.
Assumed: a clip tagged neither HLG nor PQ is SDR.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ContentError
from .ffmpeg import Probe, has_filter

HDR_TRANSFERS = {"arib-std-b67": "hlg", "smpte2084": "pq"}
NOMINAL_NITS = 203.0
PEAK_NITS = 1000.0
MOBIUS_KNEE = 0.85


def hdr_kind(info: Probe) -> str | None:
    """'hlg', 'pq' or None (SDR) from the stream's transfer tag."""
    return HDR_TRANSFERS.get(info.color_transfer or "")


def tonemap_filter(info: Probe, source: Path) -> str:
    """The ffmpeg filter chain (yuv420p BT.709 out). The input's transfer, matrix, primaries and
    range are spelled out from the probe: a clip whose HEVC stream lacks the tags its container
    carries would otherwise be decoded with zimg's guesses. ContentError when this ffmpeg lacks
    the filters."""
    kind = hdr_kind(info) or "hdr"
    missing = [f for f in ("zscale", "tonemap") if not has_filter(f)]
    if missing:
        raise ContentError(
            f"is {kind.upper()} HDR video, and the ffmpeg here lacks the {' and '.join(missing)} filter needed to convert it "
            "for tablets; export it from the phone or editor as SDR (H.264, BT.709) and attach that",
            path=source,
        )
    peak = PEAK_NITS / NOMINAL_NITS
    matrix = info.color_space if info.color_space in ("bt2020nc", "bt2020c", "bt709") else "bt2020nc"
    primaries = info.color_primaries if info.color_primaries in ("bt2020", "bt709") else "bt2020"
    rng = "full" if ", pc," in info.video_line or "(pc," in info.video_line else "limited"
    return (
        f"zscale=tin={info.color_transfer}:min={matrix}:pin={primaries}:rin={rng}:t=linear:npl={NOMINAL_NITS:g},"
        "format=gbrpf32le,zscale=p=bt709,"
        f"tonemap=tonemap=mobius:param={MOBIUS_KNEE:g}:desat=0:peak={peak:.4f},"
        "zscale=t=bt709:m=bt709:r=tv,format=yuv420p"
    )


BT709_TAGS = ["-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709", "-color_range", "tv"]
