"""What the curator (or the CLI/GUI) can ask of an import, and the limits that keep it bounded."""

from __future__ import annotations

from dataclasses import dataclass

# Length units a mesh file may be in, as metres per unit. Formats without units (OBJ, STL, PLY, OFF)
# get theirs guessed from the size; glTF is metres by its spec.
UNITS: dict[str, float] = {"m": 1.0, "dm": 0.1, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048}

# Where the mesh sits on the marker: standing on it (bounding-box bottom at y=0, centred in x/z)
# or floating with its bounding-box centre on the marker's centre.
PLACEMENTS = ("stand", "centre")
UP_AXES = ("auto", "y", "z", "-y", "-z", "x", "-x")  # the file axis that points up

# File size limits, checked before anything is parsed: a hostile or mistaken file cannot make the
# import run out of memory. Measured: a 2-million-triangle OBJ (138 MB) peaks at 1.3 GB while
# trimesh parses it, about 10x. 512 MiB of OBJ (about 7 million triangles, far beyond what a tablet
# shows) thus stays around 5 GB on a curator's workstation.
MAX_MESH_FILE_BYTES = 512 << 20
MAX_IMAGE_FILE_BYTES = 256 << 20
MAX_MEDIA_FILE_BYTES = 8 << 30  # video is streamed through ffmpeg, never held in memory
MAX_TEXT_FILE_BYTES = 1 << 20
# Pixels an image may have when decoded (150 MP: a 600 dpi A2 scan; 600 MB as RGBA). Pillow's own
# decompression-bomb guard (179 MP) also stops anything larger inside mesh textures.
MAX_DECODED_PIXELS = 150_000_000


@dataclass(frozen=True)
class ImportOptions:
    """Knobs for `import_item`. The defaults suit tablets from about 2019 on."""

    max_triangles: int = 150_000  # per item, reached by quadric decimation
    unit: str | None = None  # one of UNITS; None = from the file (glTF, 3MF) or guessed from the size
    up: str = "auto"  # which file axis points up (UP_AXES); auto = the format's convention or the mesh's flat base
    placement: str = "stand"
    level: bool = True  # stand a scan whose flat base leans a few degrees level on it (mesh_level)
    fit_m: float | None = None  # scale the mesh so its longest side is this long (metres), whatever its unit
    marker_m: float | None = None  # edge of the marker it goes on (metres): a far larger mesh is a question
    ask: bool = False  # raise SizeQuestion instead of proposing a unit (the CLI without --unit/--fit)
    max_texture_px: int = 2048  # longest texture edge after import
    max_image_px: int = 4096  # longest edge of an imported image
    max_video_px: int = 1920  # longest edge of a transcoded video
    video_crf: int = 23  # x264 quality (lower is better and bigger)
    audio_kbps: int = 128
    thumbnail_px: int = 256
    jpeg_quality: int = 88  # JPEG quality of textures and images; also WebP's
    texture_format: str = "webp"  # "webp" (EXT_texture_webp: a quarter smaller; three.js, trimesh, Safari 14 read it) or "jpeg" (PNG where alpha is used)
    compress: str = "none"  # "meshopt": geometry through EXT_meshopt_compression (the tablet decodes it; trimesh cannot)

    def problems(self) -> list[tuple[str, str]]:
        """(option, message) for every value that cannot be used."""
        out = []
        if not isinstance(self.max_triangles, int) or not (4 <= self.max_triangles <= 10_000_000):
            out.append(("max_triangles", f"triangle budget must be 4 to 10,000,000, got {self.max_triangles!r}"))
        if self.unit is not None and self.unit not in UNITS:
            out.append(("unit", f"unknown unit {self.unit!r}; known: {', '.join(UNITS)}"))
        if self.up not in UP_AXES:
            out.append(("up", f"up axis must be one of {', '.join(UP_AXES)}, got {self.up!r}"))
        for name in ("fit_m", "marker_m"):
            v = getattr(self, name)
            if v is not None and not (isinstance(v, (int, float)) and 1e-4 <= v <= 1000):
                out.append((name, f"{name} must be 0.0001 to 1000 metres, got {v!r}"))
        if self.texture_format not in ("jpeg", "webp"):
            out.append(("texture_format", f"texture_format must be jpeg or webp, got {self.texture_format!r}"))
        if self.compress not in ("none", "meshopt"):
            out.append(("compress", f"compress must be none or meshopt, got {self.compress!r}"))
        if self.placement not in PLACEMENTS:
            out.append(("placement", f"placement must be one of {', '.join(PLACEMENTS)}, got {self.placement!r}"))
        for name in ("max_texture_px", "max_image_px", "max_video_px", "thumbnail_px"):
            v = getattr(self, name)
            if not isinstance(v, int) or not (16 <= v <= 16384):
                out.append((name, f"{name} must be 16 to 16384 pixels, got {v!r}"))
        if not (0 <= self.video_crf <= 51):
            out.append(("video_crf", f"video_crf must be 0 to 51, got {self.video_crf!r}"))
        if not (32 <= self.audio_kbps <= 320):
            out.append(("audio_kbps", f"audio_kbps must be 32 to 320, got {self.audio_kbps!r}"))
        return out


DEFAULT_OPTIONS = ImportOptions()
