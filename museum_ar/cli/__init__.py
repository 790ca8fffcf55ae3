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
    "doctor_cmd",     # doctor
    "image_cmds",     # rate-image (add-marker --image lives with add-marker)
    "playback_cmd",   # playback
)


EDITING_VERBS = {"add-marker", "attach", "playback"}  # verbs that load, change and save a project


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
        if args.command in EDITING_VERBS:
            from ..core.lock import project_lock

            # One editor at a time: load -> change -> save of two curators never interleave, so
            # no edit reported as saved is lost (the other waits, or is told who holds it).
            with project_lock(args.dir):
                return int(args.func(args) or 0)
        return int(args.func(args) or 0)
    except MuseumArError as e:
        print(f"museum-ar {args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"museum-ar {args.command}: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `museum-ar info P | head -3`: the reader went away; not an error worth a traceback.
        _silence_stdout()
        return 141
    except OSError as e:
        # A place the verb cannot read or write (read-only, a device, a pipe, no space): one line.
        where = f": {e.filename}" if e.filename else ""
        print(f"museum-ar {args.command}: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except (RecursionError, MemoryError) as e:
        print(f"museum-ar {args.command}: the input is too large or nested too deeply ({type(e).__name__})", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
