"""Running the ffmpeg binary that imageio-ffmpeg ships: probing, and long jobs with progress,
cancellation and a stall watchdog (so a broken file can never hang an import)."""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ContentError
from ..core.progress import Progress

PROBE_TIMEOUT_S = 60.0
STALL_TIMEOUT_S = 120.0  # no progress line from ffmpeg for this long: give up


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@dataclass
class Probe:
    duration_s: float | None = None
    video_codec: str | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    rotation: int = 0
    video_line: str = ""  # ffmpeg's description of the video stream (profile, pixel format)
    audio_codec: str | None = None
    audio_channels: str | None = None
    sample_rate: int | None = None
    container: str | None = None
    color_space: str | None = None  # e.g. bt709, bt2020nc (from the video stream's description)
    color_primaries: str | None = None  # e.g. bt709, bt2020
    color_transfer: str | None = None  # e.g. bt709, arib-std-b67 (HLG), smpte2084 (PQ)
    extra: dict = field(default_factory=dict)


_DURATION = re.compile(r"Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)")
_INPUT = re.compile(r"Input #0,\s*([^,]+)")
_VIDEO = re.compile(r"Stream #0:\d+.*?: Video: (\w+).*?(\d{2,5})x(\d{2,5})")
_FPS = re.compile(r"(\d+(?:\.\d+)?) fps")
_AUDIO = re.compile(r"Stream #0:\d+.*?: Audio: (\w+).*?(\d+) Hz, ([\w.() ]+?)(?:,|$)", re.M)
_ROTATION = re.compile(r"rotation of (-?\d+(?:\.\d+)?) degrees")
# "yuv420p10le(tv, bt2020nc/bt2020/arib-std-b67, progressive)": matrix/primaries/transfer; ffmpeg
# writes a single name when all three agree ("yuv420p(tv, bt709, progressive)")
_COLOUR = re.compile(r"\((?:tv|pc), ([\w-]+)(?:/([\w-]+)/([\w-]+))?[,)]")


def probe(path: Path) -> Probe:
    """What ffmpeg says about a media file; ContentError when it cannot read it at all."""
    try:
        res = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)], capture_output=True, timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ContentError("took too long to inspect; is it damaged?", path=path) from None
    text = res.stderr.decode("utf-8", "replace")
    if "Invalid data found" in text or ("could not find codec parameters" in text and "Stream #0" not in text):
        raise ContentError("is not a video or audio file ffmpeg can read (invalid data)", path=path)
    if "Input #0" not in text:
        last = text.strip().splitlines()[-1] if text.strip() else "unknown error"
        raise ContentError(f"cannot be read as media: {last[-200:]}", path=path)
    p = Probe()
    m = _INPUT.search(text)
    p.container = m.group(1).strip() if m else None
    m = _DURATION.search(text)
    if m:
        p.duration_s = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    m = _VIDEO.search(text)
    if m:
        p.video_codec, p.width, p.height = m.group(1), int(m.group(2)), int(m.group(3))
        line = text[m.start() : text.find("\n", m.start())]
        p.video_line = line
        f = _FPS.search(line)
        p.fps = float(f.group(1)) if f else None
        c = _COLOUR.search(line)
        if c:
            p.color_space = c.group(1)
            p.color_primaries = c.group(2) or c.group(1)
            p.color_transfer = c.group(3) or c.group(1)
    m = _AUDIO.search(text)
    if m:
        p.audio_codec, p.sample_rate, p.audio_channels = m.group(1), int(m.group(2)), m.group(3).strip()
    m = _ROTATION.search(text)
    if m:
        p.rotation = int(round(float(m.group(1)))) % 360
    return p


def _pump(stream, tag: str, out: queue.Queue) -> None:
    """Read a pipe to its end in a thread of its own, handing chunks to the waiting loop. Threads,
    not select(): on Windows select() works on sockets only, never on a child's pipes."""
    try:
        for chunk in iter(lambda: stream.read1(65536), b""):
            out.put((tag, chunk))
    finally:
        out.put((tag, b""))


def run_with_progress(args: list[str], *, duration_s: float | None, progress: Progress, path: Path, what: str) -> None:
    """Run ffmpeg with `-progress pipe:1`, reporting out_time/duration; kill it on cancel or stall."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-progress", "pipe:1", "-nostats", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err_chunks: list[bytes] = []
    chunks: queue.Queue = queue.Queue()
    readers = [threading.Thread(target=_pump, args=(s, tag, chunks), daemon=True)
               for s, tag in ((proc.stdout, "out"), (proc.stderr, "err"))]  # fmt: skip
    for r in readers:
        r.start()
    try:
        last_line = time.monotonic()
        buf = b""
        open_streams = {"out", "err"}
        while open_streams:
            try:
                tag, chunk = chunks.get(timeout=0.5)
            except queue.Empty:
                tag, chunk = None, None
            progress.check()
            if tag is None:
                if time.monotonic() - last_line > STALL_TIMEOUT_S:
                    raise ContentError(f"{what} stalled (no progress for {STALL_TIMEOUT_S:.0f} s); is the file damaged?", path=path)
                continue
            if not chunk:
                open_streams.discard(tag)
                continue
            if tag == "err":
                err_chunks.append(chunk)
                continue
            last_line = time.monotonic()
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                if line.startswith(b"out_time_us=") and duration_s:
                    try:
                        t = int(line.split(b"=", 1)[1]) / 1e6
                    except ValueError:
                        continue
                    progress.report(min(max(t / duration_s, 0.0), 1.0), what)
        rc = proc.wait(timeout=30)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        for r in readers:
            r.join(timeout=5)
    if rc != 0:
        err = b"".join(err_chunks).decode("utf-8", "replace").strip().splitlines()
        raise ContentError(f"{what} failed: {err[-1][:200] if err else f'ffmpeg exit code {rc}'}", path=path)


def run_quick(args: list[str], *, path: Path, what: str, timeout: float = PROBE_TIMEOUT_S) -> bytes:
    """A short ffmpeg job (a poster frame, a waveform); returns stdout."""
    try:
        res = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ContentError(f"{what} took too long", path=path) from None
    if res.returncode != 0:
        err = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ContentError(f"{what} failed: {err[-1][:200] if err else 'ffmpeg error'}", path=path)
    return res.stdout


_FILTERS: dict[str, bool] = {}


def has_filter(name: str) -> bool:
    """Whether the bundled ffmpeg has this filter (builds differ between platforms)."""
    if name not in _FILTERS:
        try:
            res = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-filters"], capture_output=True, timeout=PROBE_TIMEOUT_S)
            names = {line.split()[1] for line in res.stdout.decode("utf-8", "replace").splitlines() if len(line.split()) > 2 and line.startswith(" ")}
        except (OSError, subprocess.TimeoutExpired):
            names = set()
        for n in ("zscale", "tonemap"):
            _FILTERS[n] = n in names
        _FILTERS[name] = name in names
    return _FILTERS[name]
