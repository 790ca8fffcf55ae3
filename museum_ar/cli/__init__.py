"""The `museum-ar` command. Each area registers its verbs from its own module; the GUI is
imported only when asked for, so the headless verbs start fast and need no display."""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..core.errors import MuseumArError

# Verb modules, each with `register(subparsers)`. A module that is not there yet is skipped.
VERB_MODULES = (
    "project_cmds",   # new, add-marker, attach, info, validate, open
    "markers_cmd",    # markers
    "track_cmd",      # track, calibrate
    "export_cmds",    # export, verify, serve
    "image_cmds",     # rate-image (add-marker --image lives with add-marker)
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="museum-ar",
        description="Build augmented-reality museum exhibits on printed QR markers. "
        "With no command, the authoring app opens.",
    )
    parser.add_argument("--version", action="version", version=f"museum-ar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in VERB_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"{__name__}.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .project_cmds import run_gui

        return run_gui(None)
    try:
        return int(args.func(args) or 0)
    except MuseumArError as e:
        print(f"museum-ar {args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"museum-ar {args.command}: cancelled", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
