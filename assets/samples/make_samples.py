"""Build the two sample exhibits in exhibits/ from the sources in this folder.

    python assets/samples/make_samples.py [OUT_DIR]     (default: exhibits/)

Sources: shapes.py (procedural tin drum and ammonite meshes), media.py (drawing, label, drum roll,
video), texts.json (German and English texts), and one artwork marker (image target) per exhibit:
procedural pictures made here (museum_ar.tracking.synthetic_artworks, fixed seeds; made by this
project, CC0) — an etching after the manner of a print series, an information panel. Everything goes through museum-ar's own public
path — create_project, the content pipeline's import_item, the undoable commands — so the samples
are exactly what a curator would get. Fixed seeds and ids: running it twice gives the same
exhibit.json.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import media  # noqa: E402
import shapes  # noqa: E402

from museum_ar.content import import_item  # noqa: E402
from museum_ar.core import Item, ItemKind, LocalizedText, Marker, Mount, Transform, create_project  # noqa: E402
from museum_ar.core import commands as cmd  # noqa: E402
from museum_ar.core.exhibit import ImageTarget  # noqa: E402
from museum_ar.tracking import synthetic_artworks as artworks  # noqa: E402


def _lt(d: dict) -> LocalizedText:
    return LocalizedText(dict(d))


def _attach(project, stack, marker_id: str, source: Path, item_id: str, **fields) -> None:
    item = import_item(project.root, source)
    item = replace(item, id=item_id, **fields)
    stack.push(cmd.AddItem(marker_id, item))


def _text_item(stack, marker_id: str, item_id: str, title: dict, text: dict, transform: Transform) -> None:
    stack.push(cmd.AddItem(marker_id, Item(ItemKind.TEXT, id=item_id, title=_lt(title), description=_lt(text), transform=transform)))


def _artwork_marker(project, stack, marker_id: str, picture, width_mm: float, label: dict, items: list) -> None:
    """An artwork tracked by its own picture (issue #19): the picture into assets/, the marker with
    its physical width; items as for any marker."""
    import cv2

    rel = f"assets/target-{marker_id}.png"
    cv2.imwrite(str(project.root / rel), picture, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    stack.push(cmd.AddMarker(Marker(marker_id, width_mm, label=_lt(label), mount=Mount.WALL, target=ImageTarget(rel, width_mm))))
    for item in items:
        stack.push(cmd.AddItem(marker_id, item))


def _new_exhibit(out: Path, t: dict, exhibit_id: str):
    """The exhibit's project with its title, address and description, and the undo stack every
    later step goes through."""
    project = create_project(out, _lt(t["title"]), publish_url=t["url"])
    project.exhibit.id = exhibit_id
    project.exhibit.description = _lt(t["description"])
    return project, cmd.UndoStack(project.exhibit)


def build_grass_haus(out: Path, src: Path, texts: dict) -> None:
    t = texts["grass-haus"]
    project, stack = _new_exhibit(out, t, "grass-haus-blechtrommel")
    for mid, m in t["markers"].items():
        stack.push(cmd.AddMarker(Marker(mid, float(m["size_mm"]), label=_lt(m["label"]), mount=Mount(m["mount"]))))

    m = t["markers"]["trommel"]
    shapes.tin_drum().export(src / "blechtrommel.glb")
    # The toy drum is about 30 cm across; at 60 % it sits on the 10 cm marker and fits a tablet's view.
    _attach(project, stack, "trommel", src / "blechtrommel.glb", "trommel-mesh", title=_lt(m["mesh_title"]), caption=_lt(m["mesh_caption"]),
            transform=Transform(scale=(0.6, 0.6, 0.6)))
    media.drum_roll(src / "trommelwirbel.wav")
    _attach(project, stack, "trommel", src / "trommelwirbel.wav", "trommel-audio", title=_lt(m["audio_title"]),
            transform=Transform((0.15, 0.0, 0.0), scale=(0.12, 0.12, 0.12)))
    # Flat items are 1 unit wide and text lines 0.1 units tall at scale 1 (render/geometry.py): scale to centimetres.
    _text_item(stack, "trommel", "trommel-text", m["text_title"], m["text"], Transform((-0.2, 0.02, 0.0), scale=(0.2, 0.2, 0.2)))

    m = t["markers"]["zeichnung"]
    media.drum_drawing(src / "skizze-trommel.png")
    _attach(project, stack, "zeichnung", src / "skizze-trommel.png", "zeichnung-bild", title=_lt(m["image_title"]),
            caption=_lt(m["image_caption"]), transform=Transform((0.0, 0.0, 0.0), scale=(0.24, 0.24, 0.24)))
    media.zigzag_video(src / "rhythmus.mp4")
    _attach(project, stack, "zeichnung", src / "rhythmus.mp4", "zeichnung-video", title=_lt(m["video_title"]),
            transform=Transform((0.22, 0.0, 0.0), scale=(0.16, 0.16, 0.16)))
    # An etching on the wall, tracked by its own picture: its text appears beside it.
    _artwork_marker(project, stack, "radierung", artworks.etching(44, w=720, h=512, contrast=0.6), 297.0,
                    {"de": "Radierung (Bildmarker)", "en": "Etching (image marker)"},
                    [Item(ItemKind.TEXT, id="radierung-text", title=_lt({"de": "Die Radierung", "en": "The etching"}),
                          description=_lt({"de": "Richten Sie das Tablet auf das Bild: der Text erscheint daneben.",
                                           "en": "Point the tablet at the picture: this text appears beside it."}),
                          transform=Transform((0.22, 0.02, 0.0), scale=(0.15, 0.15, 0.15)))])
    project.save()


def build_natur_und_umwelt(out: Path, src: Path, texts: dict) -> None:
    t = texts["natur-und-umwelt"]
    project, stack = _new_exhibit(out, t, "natur-und-umwelt-ammoniten")
    m = t["markers"]["ammonit"]
    stack.push(cmd.AddMarker(Marker("ammonit", float(m["size_mm"]), label=_lt(m["label"]), mount=Mount(m["mount"]))))
    shapes.ammonite().export(src / "ammonit.ply")
    _attach(project, stack, "ammonit", src / "ammonit.ply", "ammonit-mesh", title=_lt(m["mesh_title"]), caption=_lt(m["mesh_caption"]))
    media.museum_label(src / "etikett-ammonit.png", m["label_lines_de"], m["label_lines_en"])
    _attach(project, stack, "ammonit", src / "etikett-ammonit.png", "ammonit-etikett", title=_lt(m["label_title"]),
            transform=Transform((0.14, 0.0, 0.05), (-0.7071068, 0.0, 0.0, 0.7071068), (0.12, 0.12, 0.12)))  # lying flat beside the shell
    _text_item(stack, "ammonit", "ammonit-text", m["text_title"], m["text"], Transform((-0.16, 0.02, 0.0), scale=(0.18, 0.18, 0.18)))
    # The information panel on the wall is itself the marker (an image target).
    _artwork_marker(project, stack, "tafel", artworks.text_panel(52, w=720, h=512), 420.0,
                    {"de": "Infotafel (Bildmarker)", "en": "Information panel (image marker)"},
                    [Item(ItemKind.TEXT, id="tafel-text", title=_lt({"de": "Zur Tafel", "en": "About the panel"}),
                          description=_lt({"de": "Die Tafel selbst ist der Marker: kein QR-Code nötig.",
                                           "en": "The panel itself is the marker: no QR code needed."}),
                          transform=Transform((0.0, 0.02, 0.0), scale=(0.2, 0.2, 0.2)))])
    project.save()


BUILDERS = {"grass-haus": build_grass_haus, "natur-und-umwelt": build_natur_und_umwelt}


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else HERE.parents[1] / "exhibits"
    texts = json.loads((HERE / "texts.json").read_text(encoding="utf-8"))
    target.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        out = target / name
        if out.exists():
            shutil.rmtree(out)
        with tempfile.TemporaryDirectory() as src:
            build(out, Path(src), texts)
        print(f"built {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
