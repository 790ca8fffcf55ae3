"""Image targets on the command line: rate an artwork's trackability; add an artwork as a marker."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from ..core import commands as cmd
from ..core.errors import InvalidValueError
from ..core.exhibit import ImageTarget, Marker, Mount, check_marker_id, check_marker_size
from ..core.localized import LocalizedText
from ..core.project import load_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rate-image", help="how well an artwork can be tracked: score, advice, heat map")
    p.add_argument("file", type=Path)
    p.add_argument("--width-mm", type=float, default=None, help="physical width of the artwork (adds advice on size)")
    p.add_argument("--heat-map", type=Path, default=None, help="write the heat map over the picture to this PNG")
    p.add_argument("--lang", choices=["de", "en"], default="de")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_rate)


def _rate(a) -> int:
    import cv2

    from ..markers.image_compile import OUTLINE_ADVICE, needs_outline
    from ..markers.image_rating import heat_overlay, load_image, rate_image

    width = None if a.width_mm is None else check_marker_size(a.width_mm, "--width-mm", artwork=True)
    img = load_image(a.file)
    r = rate_image(img, width)
    if needs_outline(img):
        for lang in r.advice:
            r.advice[lang].append(OUTLINE_ADVICE[lang])
    if a.heat_map is not None:
        cv2.imwrite(str(a.heat_map), heat_overlay(img, r.heat))
    if a.json:
        print(json.dumps({"score": r.score, "verdict": r.verdict, "features": r.features, "spread": round(r.spread, 3), "repetitive_share": round(r.repetitive_share, 3), "contrast": round(r.contrast, 1), "advice": r.advice}, ensure_ascii=False))
    else:
        word = {"de": {"good": "gut", "fair": "mäßig", "poor": "schlecht"}, "en": {"good": "good", "fair": "fair", "poor": "poor"}}[a.lang][r.verdict]
        print(f"{a.file.name}: {r.score}/100 ({word})")
        for line in r.advice[a.lang]:
            print(f"  - {line}")
    return 0


def _check_trackable(a, img) -> None:
    """Refuse, before anything is copied, a picture the tracker could not follow as chosen: one
    without distinctive features needs the curator's explicit --outline (never chosen silently)."""
    from ..markers.image_compile import NoFeaturesError, needs_outline

    if not a.outline and needs_outline(img):
        raise NoFeaturesError(f"the picture of '{a.id}' has no distinctive features. Hint: add --outline to track it by its outline (it must hang with a visible edge against a differently-toned wall), or use a picture with more detail", field="--image")


def add_image_marker(a) -> int:
    """add-marker DIR --id ID --image FILE --width-mm N: copy the picture into assets/ and add the marker."""
    from ..markers.image_rating import load_image, rate_image

    if a.width_mm is None:
        raise InvalidValueError("an artwork marker needs --width-mm, the artwork's physical width in millimetres", field="--width-mm")
    width = check_marker_size(a.width_mm, "--width-mm", artwork=True)
    project = load_project(a.dir, check_assets=False)
    check_marker_id(a.id)
    img = load_image(a.image)  # a clear error before anything is copied
    rating = rate_image(img, width)
    _check_trackable(a, img)
    rel = f"assets/target-{a.id}{a.image.suffix.lower()}"
    label = LocalizedText.of(de=a.label, en=a.label_en if a.label_en is not None else a.label)
    h_mm = width * img.shape[0] / img.shape[1]
    marker = Marker(a.id, width, label=label, mount=Mount(a.mount), target=ImageTarget(rel, width, outline=a.outline))
    cmd.UndoStack(project.exhibit).push(cmd.AddMarker(marker))  # checks first: nothing copied for a bad marker
    dest = project.root / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(a.image, dest)
    project.save()
    print(f"added artwork marker '{a.id}' ({width:g} x {h_mm:.0f} mm), trackability {rating.score}/100")
    if a.outline:
        print("  tracked by its outline: hang it with a visible edge against a differently-toned wall")
    for line in rating.advice["en"]:
        print(f"  - {line}")
    return 0
