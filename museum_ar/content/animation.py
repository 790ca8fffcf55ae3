"""Animated GIF / PNG (APNG) / WebP -> a looping H.264 MP4: tablets' WebGL shows an image's first
frame only, while a muted video plays, loops and pauses like any clip. ffmpeg reads the animation
with each frame's own delay (variable frame rate kept); transparency is flattened onto white
(assumed: a video has no alpha). The item becomes a video set to autoplay and loop, and its info
carries a notice saying so."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..core.errors import ContentError
from ..core.progress import Progress
from .ffmpeg import probe, run_quick, run_with_progress
from .media import stage_video
from .options import ImportOptions
from .staging import Staging

MIN_DELAY_MS = 20  # browsers play shorter GIF delays (0, 10 ms) as 100 ms
BROWSER_DELAY_MS = 100
UPSCALE_TO_PX = 960
UPSCALE_MAX = 4


def _frame_count(img: Image.Image) -> int:
    # n_frames is only on the animated formats' image classes (GIF, APNG, WebP), not on Image
    return int(getattr(img, "n_frames", 1))


def _durations_ms(img: Image.Image) -> list[int]:
    out = []
    for i in range(_frame_count(img)):
        img.seek(i)
        d = int(img.info.get("duration") or 0)
        out.append(d if d >= MIN_DELAY_MS else BROWSER_DELAY_MS)
    img.seek(0)
    return out


def import_animation(source: Path, img: Image.Image, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    fmt = (img.format or "").lower()
    frames = _frame_count(img)
    durations = _durations_ms(img)
    total_s = sum(durations) / 1000
    w0, h0 = img.size
    out = staging.path("animation.mp4")
    edge = options.max_video_px
    # Small pixel art (most GIFs) is enlarged 2-4x with hard pixel edges first: 4:2:0 video halves
    # colour resolution, which smears a 100 px drawing's colours (7 levels off on average at 1x).
    k = min(UPSCALE_MAX, max(1, UPSCALE_TO_PX // max(w0, h0, 1)))
    graph = (
        "[0:v]format=rgba,split[a][b];[a]drawbox=c=white:t=fill[bg];[bg][b]overlay=format=auto,"
        + (f"scale=iw*{k}:ih*{k}:flags=neighbor," if k > 1 else "")
        + f"scale=w='min(iw,{edge})':h='min(ih,{edge})':force_original_aspect_ratio=decrease,"
        # RGB -> YUV with the BT.709 matrix it is tagged with (swscale's default is BT.601:
        # every colour would be a few levels off on the tablet)
        "pad=ceil(iw/2)*2:ceil(ih/2)*2:color=white,setsar=1,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,"
        "setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv[v]"
    )
    args = ["-y", "-i", str(source), "-filter_complex", graph, "-map", "[v]", "-an", "-fps_mode", "vfr",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", str(options.video_crf), "-profile:v", "high",
            "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709",
            "-movflags", "+faststart", "-f", "mp4", str(out)]
    run_with_progress(args, duration_s=total_s, progress=progress.scaled(0.0, 0.85), path=source, what=f"turning the animated {fmt.upper()} into a video")
    result = probe(out)
    if result.video_codec != "h264":
        raise ContentError(f"the animated {fmt.upper()} could not be turned into a video", path=source)
    raw = run_quick(["-i", str(out), "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "pipe:1"], path=source, what="taking the poster frame")
    stage_video(staging, out, raw, options)
    progress.report(1.0, "animation converted")
    seconds = result.duration_s or total_s
    return {
        "item_kind": "video",  # the importer makes the item a video that autoplays and loops
        "animated_from": fmt,
        "frames": frames,
        "frame_delays_ms": durations[:200],
        "duration_s": round(seconds, 3),
        "codec": "h264",
        "width_before": w0,
        "height_before": h0,
        "width": result.width,
        "height": result.height,
        "transparency_flattened_on": "white",
        "pixel_scale": k,
        "bytes_before": source.stat().st_size,
        "bytes_after": out.stat().st_size,
        "warnings": [
            f"the animated {fmt.upper()} ({frames} frames, {seconds:.1f} s) became a looping video: "
            "tablets play videos, not animated images; transparent parts are white"
        ],
    }
