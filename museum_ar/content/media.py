"""Video -> H.264/AAC MP4 (yuv420p, faststart: plays on iPad and Android) with a poster frame;
audio -> AAC in M4A; both probed first and given a thumbnail. HDR video (HLG, PQ) is tone-mapped
to SDR BT.709 and tagged so (hdr.py); audio above 48 kHz is resampled to 48 kHz (tablets' AAC
decoders and the web audio path expect at most 48 kHz)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import numpy as np
from PIL import Image

from ..core.errors import ContentError
from ..core.item_kinds import ITEM_KINDS, ItemKind
from ..core.progress import Progress
from .ffmpeg import Probe, probe, run_quick, run_with_progress
from .hdr import BT709_TAGS, hdr_kind, tonemap_filter
from .options import MAX_MEDIA_FILE_BYTES, ImportOptions
from .sniff import check_file, expect_not, read_head
from .staging import Staging
from .textures import encode
from .thumbnail import image_thumbnail, png_bytes, waveform_thumbnail

# What the first bytes of a video or audio file may be: any of the media formats' (ffmpeg reads a
# WebM called .mp4; a JPEG called .mp4 is refused before ffprobe sees it).
_MEDIA_MAGIC = tuple(sorted({m for kind in (ItemKind.VIDEO, ItemKind.AUDIO) for f in ITEM_KINDS[kind].formats for m in f.magic}))
MAX_DURATION_S = 4 * 3600
MAX_SAMPLE_RATE = 48_000


def _audio_rate_args(sample_rate: int | None) -> list[str]:
    return ["-ar", str(MAX_SAMPLE_RATE)] if sample_rate and sample_rate > MAX_SAMPLE_RATE else []


def _inspect(source: Path, what: str, progress: Progress, *, stream: str, missing: str) -> tuple[int, Probe]:
    """(size in bytes, ffprobe's facts) of a media file within the size limit that is not some
    other kind of file (`what`: "a video", "an audio file"), has a `stream` ("video" or "audio";
    else ContentError(`missing`)) and a playable duration."""
    size = check_file(source, MAX_MEDIA_FILE_BYTES)
    expect_not(source, read_head(source), _MEDIA_MAGIC, what)
    progress.report(0.01, f"inspecting {source.name}")
    info = probe(source)
    if (info.video_codec if stream == "video" else info.audio_codec) is None:
        raise ContentError(missing, path=source)
    _check_duration(info.duration_s, source)
    return size, info


def stage_video(staging: Staging, video: Path, poster_png: bytes, options: ImportOptions) -> None:
    """A video item's files: the MP4, its poster (`poster_png`, a frame of it, encoded as any
    picture) and a thumbnail of the poster."""
    poster = Image.open(BytesIO(poster_png))
    poster.load()
    poster_bytes, mime = encode(poster, jpeg_quality=options.jpeg_quality)
    staging.add("asset", video, "mp4")
    staging.add("poster", poster_bytes, "png" if mime == "image/png" else "jpg")
    staging.add("thumbnail", png_bytes(image_thumbnail(poster, options.thumbnail_px)), "png")


def import_video(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size, info = _inspect(source, "a video", progress, stream="video", missing="has no video stream (attach an audio file as audio)")
    out = staging.path("video.mp4")
    edge = options.max_video_px
    hdr = hdr_kind(info)
    if _tablet_ready(info, edge) and not hdr:
        # already what tablets play: only re-wrap (moov first), no quality lost, seconds not minutes
        args = ["-y", "-i", str(source), "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", "-movflags", "+faststart", "-f", "mp4", str(out)]
        what = "re-wrapping the MP4 for streaming"
    else:
        vf = f"scale=w='min(iw,{edge})':h='min(ih,{edge})':force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p"
        if hdr:
            vf = tonemap_filter(info, source) + "," + vf
        args = ["-y", "-i", str(source), "-map", "0:v:0", "-map", "0:a:0?", "-vf", vf,
                "-c:v", "libx264", "-preset", "veryfast", "-crf", str(options.video_crf), "-profile:v", "high", "-level:v", "4.1",
                *(BT709_TAGS if hdr else []),
                "-c:a", "aac", "-b:a", f"{options.audio_kbps}k", "-ac", "2", *_audio_rate_args(info.sample_rate),
                "-movflags", "+faststart", "-f", "mp4", str(out)]
        what = f"tone-mapping {hdr.upper()} HDR to SDR and transcoding to H.264/AAC MP4" if hdr else "transcoding to H.264/AAC MP4"
    run_with_progress(args, duration_s=info.duration_s, progress=progress.scaled(0.03, 0.9), path=source, what=what)
    result = probe(out)
    t = min(1.0, (result.duration_s or 0.0) / 3)
    raw = run_quick(["-ss", f"{t:.3f}", "-i", str(out), "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "pipe:1"], path=source, what="taking the poster frame")
    progress.report(0.95, "poster and thumbnail")
    stage_video(staging, out, raw, options)
    facts = {
        "container_before": info.container,
        "codec_before": info.video_codec,
        "audio_codec_before": info.audio_codec,
        "width_before": info.width,
        "height_before": info.height,
        "rotation_before": info.rotation,
        "fps": info.fps,
        "duration_s": round(result.duration_s or info.duration_s or 0.0, 3),
        "codec": "h264",
        "transcoded": not what.startswith("re-wrapping"),
        "audio_codec": "aac" if result.audio_codec else None,
        "width": result.width,
        "height": result.height,
        "bytes_before": size,
        "bytes_after": out.stat().st_size,
        "color_before": "/".join(str(v) for v in (info.color_space, info.color_primaries, info.color_transfer)) if info.color_transfer else None,
        "color": "/".join(str(v) for v in (result.color_space, result.color_primaries, result.color_transfer)) if result.color_transfer else None,
        "audio_sample_rate_before": info.sample_rate,
        "audio_sample_rate": result.sample_rate,
    }
    if hdr:
        facts["hdr_before"] = hdr
        facts["tone_mapped"] = True
    return facts


def import_audio(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size, info = _inspect(source, "an audio file", progress, stream="audio", missing="has no audio stream")
    out = staging.path("audio.m4a")
    args = ["-y", "-i", str(source), "-map", "0:a:0", "-vn", "-c:a", "aac", "-b:a", f"{options.audio_kbps}k", *_audio_rate_args(info.sample_rate),
            "-movflags", "+faststart", "-f", "ipod", str(out)]
    run_with_progress(args, duration_s=info.duration_s, progress=progress.scaled(0.03, 0.85), path=source, what="encoding to AAC")
    result = probe(out)
    progress.report(0.9, "waveform thumbnail")
    pcm = run_quick(["-i", str(out), "-ac", "1", "-ar", "2000", "-f", "s16le", "pipe:1"], path=source, what="reading the waveform")
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2")
    staging.add("asset", out, "m4a")
    staging.add("thumbnail", png_bytes(waveform_thumbnail(samples, options.thumbnail_px)), "png")
    return {
        "codec_before": info.audio_codec,
        "sample_rate_before": info.sample_rate,
        "sample_rate": result.sample_rate,
        "channels_before": info.audio_channels,
        "duration_s": round(result.duration_s or info.duration_s or 0.0, 3),
        "codec": "aac",
        "bitrate_kbps": options.audio_kbps,
        "bytes_before": size,
        "bytes_after": out.stat().st_size,
    }


def _tablet_ready(info, max_edge: int) -> bool:
    """H.264 (Baseline/Main/High, 8-bit 4:2:0) with AAC or no audio, upright, small enough."""
    line = info.video_line
    profile_ok = any(f"({p})" in line for p in ("High", "Main", "Baseline", "Constrained Baseline"))
    return (info.video_codec == "h264" and profile_ok and "yuv420p," in line.replace(")", ",").replace("(", ",")
            and info.audio_codec in (None, "aac") and (info.sample_rate or 0) <= MAX_SAMPLE_RATE and info.rotation == 0
            and info.width is not None and max(info.width, info.height) <= max_edge
            and (info.container or "").startswith("mov"))


def _check_duration(duration: float | None, source: Path) -> None:
    if duration is None or duration <= 0:
        raise ContentError("has no playable duration (empty or damaged?)", path=source)
    if duration > MAX_DURATION_S:
        raise ContentError(f"is {duration / 3600:.1f} hours long; split it (limit {MAX_DURATION_S // 3600} hours)", path=source)
