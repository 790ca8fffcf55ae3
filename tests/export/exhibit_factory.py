"""Builds a small but real exhibit project for export and viewer tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from museum_ar.content import import_item
from museum_ar.core import LocalizedText, Marker, Mount, Transform
from museum_ar.core.project import create_project, load_project
from sound_files import write_wav

PUBLISH_URL = "https://ar.example.org/grass/"
BOX_M = 0.04  # the red box's edge; it stands on the marker (bottom face on the paper)
MARKER_MM = 100.0


def red_box_glb(path: Path, edge_m: float = BOX_M) -> Path:
    import trimesh

    box = trimesh.creation.box(extents=(edge_m, edge_m, edge_m))
    box.apply_translation((0, edge_m / 2, 0))  # glTF +Y up: bottom face on the paper
    box.visual.face_colors = np.tile([230, 20, 20, 255], (len(box.faces), 1))
    path.write_bytes(box.export(file_type="glb"))
    return path


def make_exhibit(root: Path, *, with_image: bool = True, with_media: bool = False, mount: str = "table") -> Path:
    root.parent.mkdir(parents=True, exist_ok=True)
    create_project(root, LocalizedText.of(de="Die Blechtrommel", en="The Tin Drum"), publish_url=PUBLISH_URL)
    src = root.parent / f"{root.name}-sources"
    src.mkdir(exist_ok=True)
    box = import_item(root, red_box_glb(src / "Trommel Kiste.glb"))
    box.title = LocalizedText.of(de="Rote Kiste", en="Red box")
    (src / "text.txt").write_text("Oskar trommelt.", encoding="utf-8")
    text = import_item(root, src / "text.txt")
    text.title = LocalizedText.of(de="Über das Buch", en="About the book")
    text.description = LocalizedText.of(de="Oskar Matzerath trommelt auf seiner Blechtrommel.", en="Oskar Matzerath beats his tin drum.")
    text.transform = Transform(translation=(0.0, 0.0, -0.07), scale=(0.07, 0.07, 0.07))  # upright behind the box
    items = [box, text]
    if with_image:
        from PIL import Image

        img = Image.new("RGB", (320, 240), (40, 90, 160))
        img.save(src / "Zeichnung.png")
        pic = import_item(root, src / "Zeichnung.png")
        pic.title = LocalizedText.of(de="Zeichnung", en="Drawing")
        pic.transform = Transform(translation=(0.085, 0.0, 0.0), rotation=(0.0, -0.3826834, 0.0, 0.9238795), scale=(0.07, 0.07, 0.07))
        items.append(pic)
    if with_media:
        video = import_item(root, tiny_video(src / "Lesung Ausschnitt.mp4"))
        video.title = LocalizedText.of(de="Lesung", en="Reading")
        video.caption = LocalizedText.of(de="Günter Grass liest", en="Günter Grass reads")
        video.transform = Transform(translation=(-0.1, 0.0, 0.0), scale=(0.08, 0.08, 0.08))
        audio = import_item(root, write_wav(src / "Trommel.wav", seconds=1.0, rate=16000))
        audio.title = LocalizedText.of(de="Trommelwirbel", en="Drum roll")
        audio.transform = Transform(translation=(0.0, 0.0, 0.08), scale=(0.15, 0.15, 0.15))
        items += [video, audio]
    project = load_project(root, check_assets=False)
    project.exhibit.markers.append(Marker("trommel", MARKER_MM, label=LocalizedText.of(de="Die Trommel", en="The drum"), mount=Mount(mount), items=items))
    project.save()
    return root


def tiny_video(path: Path, seconds: float = 1.0, fps: int = 10) -> Path:
    """A short colourful H.264 MP4 (moving bars), written with the bundled ffmpeg."""
    import imageio_ffmpeg

    w, h = 160, 90
    writer = imageio_ffmpeg.write_frames(str(path), (w, h), fps=fps, codec="libx264", pix_fmt_out="yuv420p", macro_block_size=2)
    writer.send(None)
    for i in range(int(seconds * fps)):
        frame = np.zeros((h, w, 3), np.uint8)
        frame[:, :, 0] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
        frame[:, :, 1] = (i * 25) % 255
        frame[:, :, 2] = 120
        writer.send(frame.tobytes())
    writer.close()
    return path
