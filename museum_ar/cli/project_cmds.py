"""Verbs on the exhibit project: new, add-marker, attach, info, validate, open."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..core import commands as cmd
from ..core.errors import InvalidValueError, MuseumArError
from ..core.exhibit import Marker, Mount, check_marker_id, check_marker_size
from ..core.item_kinds import kind_spec
from ..core.localized import LocalizedText
from ..core.schema import check_publish_url
from ..core.progress import Progress
from ..core.project import create_project, load_project, missing_assets, unused_assets
from .playback_cmd import playback_text
from .progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an exhibit project in a new or empty folder")
    p.add_argument("dir", type=Path, help="folder to create")
    p.add_argument("--title", required=True, help="exhibit title (German; use --title-en for English)")
    p.add_argument("--title-en", help="English title (defaults to the German one)")
    p.add_argument("--url", default="", help="publish address of the exhibit's viewer, e.g. https://ar.example.org/grass/ (the markers' QR codes point there)")
    p.set_defaults(func=_new)

    p = sub.add_parser("add-marker", help="add a QR marker (or, with --image, an artwork as its own marker) to the exhibit")
    p.add_argument("dir", type=Path)
    p.add_argument("--id", required=True, help="short marker id (letters, digits, . _ ~ -); it goes into the QR code")
    p.add_argument("--size-mm", type=float, help="printed edge length of the tracked square, in millimetres (QR markers)")
    p.add_argument("--image", type=Path, help="the artwork's photo or scan: track the picture itself instead of a QR card")
    p.add_argument("--width-mm", type=float, help="physical width of the artwork, in millimetres (with --image)")
    p.add_argument("--outline", action="store_true", help="track an artwork without distinctive features (a plain wash) by its outline; it must hang with a visible edge against a differently-toned wall (with --image)")
    p.add_argument("--label", default="", help="label printed under the marker (German)")
    p.add_argument("--label-en", default=None, help="English label (defaults to the German one)")
    p.add_argument("--mount", choices=[m.value for m in Mount], default="table", help="where the printed marker hangs")
    p.set_defaults(func=_add_marker)

    p = sub.add_parser("attach", help="attach files (3D models, images, video, audio, text) to a marker")
    p.add_argument("dir", type=Path)
    p.add_argument("marker_id")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--max-triangles", type=int, default=None, help="triangle budget per 3D model (default 150000)")
    p.add_argument("--unit", default=None, help="length unit of the 3D models: m, dm, cm, mm, in, ft (needed when a file states none, or to keep the true size of one far larger than its marker)")
    p.add_argument("--fit", action="store_true", help="scale 3D models so their longest side is 1.5 marker edges, whatever their unit")
    p.add_argument("--up", choices=["auto", "y", "z", "-y", "-z", "x", "-x"], default=None, help="which axis of the 3D model points up (default: the format's convention, else found from a flat base)")
    p.add_argument("--placement", choices=["stand", "centre"], default=None, help="3D model stands on the marker (default) or is centred on it")
    p.add_argument("--no-level", dest="level", action="store_false", default=None,
                   help="keep a scan's lean: by default a flat base that leans 1-20° is stood level (and said so)")
    p.set_defaults(func=_attach)

    p = sub.add_parser("info", help="describe an exhibit project")
    p.add_argument("dir", type=Path)
    p.add_argument("--json", action="store_true", help="print exhibit.json as loaded (migrated)")
    p.set_defaults(func=_info)

    p = sub.add_parser("validate", help="check an exhibit project; exit 1 with the first problem")
    p.add_argument("dir", type=Path)
    p.set_defaults(func=_validate)

    p = sub.add_parser("open", help="open an exhibit in the authoring app")
    p.add_argument("dir", type=Path, nargs="?")
    p.set_defaults(func=lambda a: run_gui(a.dir))


def _new(a) -> int:
    check_publish_url(a.url)
    title = LocalizedText.of(de=a.title, en=a.title_en or a.title)
    project = create_project(a.dir, title, publish_url=a.url)
    print(f"created exhibit '{a.title}' in {project.root}")
    return 0


def _add_marker(a) -> int:
    if a.image is not None:
        from .image_cmds import add_image_marker  # cv2: only when needed

        return add_image_marker(a)
    if a.outline:
        raise InvalidValueError("--outline is for an artwork without distinctive features (with --image); a QR card is found by its code", field="--outline")
    if a.size_mm is None:
        raise InvalidValueError("a QR marker needs --size-mm (or give --image and --width-mm for an artwork)", field="--size-mm")
    project = load_project(a.dir, check_assets=False)
    check_marker_id(a.id)
    size = check_marker_size(a.size_mm, "--size-mm")
    label = LocalizedText.of(de=a.label, en=a.label_en if a.label_en is not None else a.label)
    stack = cmd.UndoStack(project.exhibit)
    stack.push(cmd.AddMarker(Marker(a.id, size, label=label, mount=Mount(a.mount))))
    project.save()
    print(f"added marker '{a.id}' ({size:g} mm)")
    from ..markers.payload import codes_too_close

    for other, n in codes_too_close(project.exhibit.publish_url, a.id, [m.id for m in project.exhibit.markers]):
        print(f"warning: the code of '{a.id}' differs from that of '{other}' in only {n} modules; "
              f"a tablet far away or shaken may confuse them: consider another id (any other letters)", file=sys.stderr)
    return 0


def _attach(a) -> int:
    from ..services.attach import attach_files

    project = load_project(a.dir, check_assets=False)
    project.exhibit.marker(a.marker_id)  # fail before any import work
    if a.fit and a.unit:
        raise MuseumArError("give either --unit or --fit, not both")
    stack = cmd.UndoStack(project.exhibit)
    # Each file on its own (services/attach.py): the good ones are attached as one edit, each bad
    # one is named with its cause, and the exit status is 1 when any failed.
    result = attach_files(project, stack, a.marker_id, a.files, progress=Progress(TextProgress()), fit=a.fit,
                          max_triangles=a.max_triangles, unit=a.unit, up=a.up, placement=a.placement, level=a.level, ask=True)
    if result.added:
        project.save()
    from ..content.conversions import conversion_texts

    for item in result.added:
        print(f"attached {item.source_name} as {item.kind.value} ({item.id}){_import_summary(item.info)}")
        for text in conversion_texts(item.info, item.source_name):
            print(f"  note: {text}")
        for note in item.info.get("warnings", []):
            print(f"  note: {note}")
    if result.assumed_language:
        print(f"  note: the language of {', '.join(result.assumed_language)} was not clear: it went into the German text "
              "(name the file …_en.txt for English)")
    for failure in result.failed:
        print(f"museum-ar attach: {failure.message}", file=sys.stderr)
    if result.failed:
        if len(a.files) > 1:
            print(f"museum-ar attach: {len(result.failed)} of {len(a.files)} file(s) not attached"
                  + ("; the others were" if result.added else ""), file=sys.stderr)
        return 1
    return 0


def _import_summary(info: dict) -> str:
    """What import did, in a few words (triangles, unit) for the attach output."""
    bits = []
    if "triangles_after" in info:
        bits.append(f"{info['triangles_before']:,} -> {info['triangles_after']:,} triangles")
    if "unit" in info:
        bits.append(mesh_size_text(info))
    if "duration_s" in info:
        bits.append(f"{info['duration_s']:.1f} s")
    return f": {', '.join(bits)}" if bits else ""


def mesh_size_text(info: dict, scale: float = 1.0) -> str:
    """'28 cm tall, 12 x 28 x 9 cm (unit mm: no unit in the file ...), Z up (...)' for attach and info."""
    size = [float(x) * float(scale) for x in info.get("size_m", [0, 0, 0])]
    big = max(size) if size else 0.0
    div, name = (1.0, "m") if big >= 1 else ((0.01, "cm") if big >= 0.01 else (0.001, "mm"))
    dims = " x ".join(f"{x / div:.3g}" for x in size)
    unit = info.get("unit", "?")
    why = info.get("unit_reason", "")
    text = f"{size[1] / div:.3g} {name} tall ({dims} {name}), unit {unit} ({info.get('unit_source', '')}: {why})"
    if info.get("up_axis"):
        text += f", {info['up_axis'].upper()} up ({info.get('up_reason', '')})"
    return text


def _info(a) -> int:
    project = load_project(a.dir, check_assets=False)
    ex = project.exhibit
    if a.json:
        from ..core.schema import exhibit_to_json

        json.dump(exhibit_to_json(ex), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"{ex.title.get('de')} / {ex.title.get('en')}")
    print(f"  folder:      {project.root}")
    print(f"  id:          {ex.id}")
    print(f"  publish at:  {ex.publish_url or '(not set)'}")
    print(f"  languages:   {', '.join(ex.languages)}")
    if project.migrated_from is not None:
        print(f"  note:        read from schema {project.migrated_from}; saving will update it")
    print(f"  markers:     {len(ex.markers)}")
    for m in ex.markers:
        print(f"    {m.id:<16} {m.size_mm:g} mm, {m.mount.value}, {len(m.items)} item(s)  {m.label.get('de')}")
        if m.target is not None:
            how = "by its outline (no distinctive features; needs a visible edge against a differently-toned wall)" if m.target.outline else "by its features"
            print(f"      artwork {m.target.image}, tracked {how}")
        for it in m.items:
            name = it.title.get("de") or it.source_name
            print(f"      - {it.kind.value:<6} {name}  [{it.id}]{'' if it.visible else '  (hidden)'}")
            if it.kind.value == "mesh" and "size_m" in it.info:
                print(f"          {mesh_size_text(it.info, it.transform.scale[0])}")
            if kind_spec(it.kind).timed or (it.kind.value == "mesh" and it.info.get("animations")):
                print(f"          plays: {playback_text(project.root, it)}")
    missing = missing_assets(project.root, ex)
    if missing:
        print(f"  MISSING:     {len(missing)} asset file(s); run 'museum-ar validate' for details")
    return 0


def _validate(a) -> int:
    project = load_project(a.dir, check_assets=True)
    ex = project.exhibit
    warnings = []
    if not ex.markers:
        warnings.append("the exhibit has no markers")
    for m in ex.markers:
        if not m.items:
            warnings.append(f"marker '{m.id}' carries no items")
    if not ex.publish_url:
        warnings.append("no publish address: markers cannot be printed yet")
    unused = unused_assets(project.root, ex)
    if unused:
        warnings.append(f"{len(unused)} asset file(s) are no longer used")
    for w in warnings:
        print(f"warning: {w}")
    if ex.markers and ex.publish_url:
        # Everything export checks, nothing written: validate never says ok for a project export
        # then refuses. (Without markers or address the project is unfinished, not broken: warned above.)
        from ..export import check_exportable  # pxr, PIL: only here

        check_exportable(project.root)
    n_items = sum(len(m.items) for m in ex.markers)
    print(f"ok: {len(ex.markers)} marker(s), {n_items} item(s)")
    return 0


def run_gui(directory: Path | None) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        # Qt would abort with a core dump; say what is wrong instead.
        raise MuseumArError(
            "no display to open the app on (DISPLAY is not set). On a server, use the headless "
            "commands (museum-ar --help), or run the app under a virtual screen: xvfb-run museum-ar open DIR"
        )
    try:
        from ..qt.app import run
    except ImportError as e:
        raise MuseumArError(f"the authoring app cannot start: {e}") from None
    return run(directory)
