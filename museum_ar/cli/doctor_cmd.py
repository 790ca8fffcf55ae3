"""The `doctor` verb: one screen that says what this installation has — the page a museum's IT
sends when something fails. Python and OS, the installed packages with their versions, which
OpenGL can be reached (each tried in a child process of its own, so a driver that crashes or
hangs cannot take the report down, and this process never imports Qt or picks a PyOpenGL
platform), OpenCV's camera backends, whether Chromium, ffmpeg and node are found, free disk, and
whether the configuration folder is writable. `--json` for machines.

Exit status: 0 when everything the app needs to run is there (packages, a writable configuration
folder); 1 otherwise. What only tests or the tablet preview use (Chromium, node) is reported,
never a failure."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import __version__

# Import names that differ from the distribution's name (for a frozen app without metadata).
IMPORT_NAMES = {"pillow": "PIL", "opencv-python-headless": "cv2", "zxing-cpp": "zxingcpp", "pyopengl": "OpenGL",
                "pyside6-essentials": "PySide6", "imageio-ffmpeg": "imageio_ffmpeg"}  # fmt: skip
_SOURCE_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
GL_PROBES = ("egl", "osmesa", "qt")
PROBE_TIMEOUT_S = 30.0
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge")
CHROMIUM_PATHS = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="what this installation has: packages, OpenGL, cameras, Chromium/ffmpeg/node, disk",
        description="Prints one screen about this installation (send it along when something fails): "
        "Python, OS, package versions, which OpenGL works, OpenCV's camera backends, whether "
        "Chromium, ffmpeg and node are found, free disk and the configuration folder. "
        "Exit status 1 when something the app needs is missing.",
    )
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")
    p.add_argument("--no-gl", action="store_true", help="skip the OpenGL probes (each starts a child process)")
    # The child side of a GL probe: run by `doctor` itself, not by users.
    p.add_argument("--probe-gl", choices=GL_PROBES, help=argparse.SUPPRESS)
    p.set_defaults(func=_doctor)


def _doctor(a: argparse.Namespace) -> int:
    if a.probe_gl:
        return _probe_gl_child(a.probe_gl)
    report = collect(gl=not a.no_gl)
    if a.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0 if report["ok"] else 1


# -- collecting ---------------------------------------------------------------------------------
def collect(*, gl: bool = True) -> dict:
    """Everything the report shows, as plain data (the --json output)."""
    packages = package_versions()
    config = config_folder()
    report: dict[str, Any] = {
        "museum_ar": __version__,
        "python": {"version": platform.python_version(), "executable": sys.executable,
                   "frozen": bool(getattr(sys, "frozen", False)), "venv": sys.prefix != sys.base_prefix},
        "os": {"system": platform.system(), "release": platform.release(), "platform": platform.platform(),
               "machine": platform.machine()},
        "packages": packages,
        "opengl": probe_all_gl() if gl else {},
        "cameras": camera_backends(),
        "tools": {"chromium": find_chromium(), "ffmpeg": find_ffmpeg(), "node": find_node()},
        "disk": disk_free([Path.home(), Path(tempfile.gettempdir()), Path.cwd()]),
        "config": config,
    }  # fmt: skip
    missing = [name for name, v in packages.items() if v is None]
    report["problems"] = [f"package {name} is not installed" for name in missing]
    if not config["writable"]:
        report["problems"].append(f"configuration folder {config['path']} is not writable")
    report["problems"] += known_bad_versions(packages)
    report["ok"] = not report["problems"]
    return report


# (distribution, version, the Pythons it breaks on: (major, minor) below which, why)
KNOWN_BAD = (
    ("pyside6-essentials", "6.12.0", (3, 12), "loses a reference to None on every Qt call without a result: the app aborts after minutes (none_dealloc); run scripts/install.sh to get the tested 6.11.3"),
)


def known_bad_versions(packages: dict) -> list[str]:
    """Installed versions known to break here (pyproject.toml excludes them; an older venv or a
    hand-made install may still hold one)."""
    found = []
    for dist, version, below_python, why in KNOWN_BAD:
        installed = next((v for name, v in packages.items() if name.lower().replace("_", "-") == dist), None)
        if installed == version and sys.version_info[:2] < below_python:
            found.append(f"package {dist} {version} on Python {platform.python_version()} {why}")
    return found


def runtime_distributions() -> list[str]:
    """The runtime dependencies, from the one list there is: pyproject.toml's `dependencies` when
    running from a checkout (so a dependency merged a minute ago counts), else the installed
    metadata of museum-ar (a wheel install, the frozen app)."""
    requirements: list[str] = []
    if _SOURCE_PYPROJECT.is_file():
        import tomllib

        data = tomllib.loads(_SOURCE_PYPROJECT.read_text("utf-8"))
        if data.get("project", {}).get("name") == "museum-ar":
            requirements = list(data["project"].get("dependencies", []))
    if not requirements:
        try:
            requirements = [r for r in metadata.requires("museum-ar") or [] if "extra ==" not in r]
        except metadata.PackageNotFoundError:
            return []
    names = (re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", r) for r in requirements)
    return [m.group(1).lower() for m in names if m]


def package_versions() -> dict[str, str | None]:
    """Installed version per runtime distribution; None when it cannot be imported or found."""
    out: dict[str, str | None] = {}
    for dist in runtime_distributions():
        module = IMPORT_NAMES.get(dist, dist.replace("-", "_"))
        try:
            out[dist] = metadata.version(dist)
            continue
        except metadata.PackageNotFoundError:
            pass
        try:  # a frozen app without the metadata: the module's own idea of its version
            mod = __import__(module)
            out[dist] = str(getattr(mod, "__version__", "") or "installed")
        except ImportError:
            out[dist] = None
    return out


def self_command() -> list[str]:
    """How to start this very `museum-ar` again: the frozen executable, or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "museum_ar.cli"]


def probe_all_gl() -> dict[str, dict]:
    return {kind: probe_gl(kind) for kind in GL_PROBES}


def probe_gl(kind: str) -> dict:
    """Try one way to an OpenGL context in a child process; {'ok', 'renderer'/'error'}."""
    env = dict(os.environ)
    if kind in ("egl", "osmesa"):
        env["PYOPENGL_PLATFORM"] = kind
    elif not has_display():
        # Qt's offscreen plugin has no OpenGL; the app needs a screen anyway (X11/Wayland).
        return {"ok": False, "error": "not tried: no display (DISPLAY/WAYLAND_DISPLAY unset)"}
    try:
        done = subprocess.run([*self_command(), "doctor", "--probe-gl", kind], env=env, capture_output=True,
                              text=True, timeout=PROBE_TIMEOUT_S)  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"no answer within {PROBE_TIMEOUT_S:.0f} s"}
    except OSError as exc:
        return {"ok": False, "error": str(exc)}
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode == 0 and lines:
        return json.loads(lines[-1])
    err_lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
    # Qt's abort ends in a long list of plugins; the cause is the line that names the display.
    err = next((ln for ln in err_lines if "could not connect to display" in ln), err_lines[-1])
    return {"ok": False, "error": err[:160]}


def has_display() -> bool:
    """Whether Qt can open windows: always on Windows/macOS, on Linux when an X11/Wayland display
    is named (or a Qt platform plugin chosen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _probe_gl_child(kind: str) -> int:
    """In the child: make a context of this kind, print {'ok': true, 'renderer': ..., 'version': ...}."""
    try:
        if kind == "qt":
            info = _qt_gl_info()
        else:
            from ..render.headless import HeadlessContext

            with HeadlessContext() as ctx:
                if ctx.kind != kind:
                    raise RuntimeError(f"got {ctx.kind} instead")
                info = _gl_strings()
    except Exception as exc:
        text = str(exc).strip().splitlines()
        print(f"{type(exc).__name__}: {text[0] if text else ''}"[:200], file=sys.stderr)
        return 1
    print(json.dumps({"ok": True, **info}))
    return 0


def _gl_strings() -> dict:
    from OpenGL import GL

    def s(name):
        v = GL.glGetString(name)
        return v.decode("utf-8", "replace") if v else ""

    return {"renderer": s(GL.GL_RENDERER), "version": s(GL.GL_VERSION)}


def _qt_gl_info() -> dict:
    """Qt's own OpenGL (what the app's viewports use), on whatever platform plugin is set."""
    from ..qt.gl_format import gl_info_standalone

    return dict(gl_info_standalone(sys.argv[0]))


def camera_backends() -> dict:
    """OpenCV's video I/O backends (which of them can open cameras, which can read files)."""
    try:
        import cv2
        from cv2 import videoio_registry as reg
    except ImportError as exc:
        return {"error": str(exc)}
    names = reg.getBackendName
    return {"opencv": cv2.__version__, "camera": [names(b) for b in reg.getCameraBackends()],
            "stream": [names(b) for b in reg.getStreamBackends()]}  # fmt: skip


def _tool(path: str | None, version_args: list[str] | None = None) -> dict:
    if not path:
        return {"found": False}
    out = {"found": True, "path": path}
    if version_args is not None:
        try:
            done = subprocess.run([path, *version_args], capture_output=True, text=True, timeout=20)
            first = (done.stdout.strip() or done.stderr.strip()).splitlines()
            out["version"] = first[0][:80] if first else ""
        except (OSError, subprocess.TimeoutExpired) as exc:
            out["version"] = f"does not run: {exc}"[:80]
    return out


def find_chromium() -> dict:
    """Headless Chromium plays exported bundles in the tests and the preview of the tablet viewer."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return _tool(path, ["--version"])
    for path in CHROMIUM_PATHS:
        if Path(path).is_file():
            return _tool(path, ["--version"])
    return {"found": False}


def find_ffmpeg() -> dict:
    """The ffmpeg that imports video and sound: the binary imageio-ffmpeg ships (not the system's)."""
    try:
        from ..content.ffmpeg import ffmpeg_exe

        found = _tool(ffmpeg_exe(), ["-hide_banner", "-version"])
        # "ffmpeg version n9.0.2-17-g2a57 Copyright ..." -> "ffmpeg n9.0.2-17-g2a57"
        words = found.get("version", "").split()
        if len(words) >= 3 and words[1] == "version":
            found["version"] = f"ffmpeg {words[2]}"
        return found
    except Exception as exc:
        return {"found": False, "error": str(exc)[:160]}


def find_node() -> dict:
    """node builds the tablet viewer and runs the glTF tools (development only)."""
    return _tool(shutil.which("node"), ["--version"])


def disk_free(folders: list[Path]) -> dict[str, float]:
    """Free space in GB per folder (home, temp, current); a file system already listed is skipped."""
    out: dict[str, float] = {}
    seen: set[int] = set()
    for folder in folders:
        try:
            device = folder.stat().st_dev
            if device not in seen:
                seen.add(device)
                out[str(folder)] = round(shutil.disk_usage(folder).free / 1e9, 1)
        except OSError:
            continue
    return out


def config_folder() -> dict:
    """The folder of settings and camera calibrations: exists or can be made, and is writable."""
    from ..tracking.calibration import calibration_dir

    folder = calibration_dir().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
        return {"path": str(folder), "writable": True}
    except OSError as exc:
        return {"path": str(folder), "writable": False, "error": str(exc)[:160]}


# -- the text page ------------------------------------------------------------------------------
def format_report(r: dict) -> str:
    """One screen of plain text (under 40 lines, lines under 100 characters)."""
    py, osi = r["python"], r["os"]
    where = "frozen app" if py["frozen"] else ("venv" if py["venv"] else "system interpreter")
    lines = [
        f"museum-ar {r['museum_ar']}",
        f"Python     {py['version']} ({where}) {_short(py['executable'], 60)}",
        f"OS         {_short(osi['platform'], 70)} ({osi['machine']})",
        "packages   " + _wrap([f"{k} {v or 'MISSING'}" for k, v in r["packages"].items()], 11),
    ]
    if r["opengl"]:
        for kind, res in r["opengl"].items():
            text = f"{res.get('renderer', '')}, {res.get('version', '')}" if res.get("ok") else f"no: {res.get('error', '')}"
            lines.append(f"OpenGL {kind:<7}{_short(text, 85)}")
    else:
        lines.append("OpenGL     not probed (--no-gl)")
    cams = r["cameras"]
    if "error" in cams:
        lines.append(f"cameras    OpenCV missing: {cams['error']}")
    else:
        lines.append(f"cameras    {', '.join(cams['camera']) or 'none'} (OpenCV {cams['opencv']})")
        lines.append(f"video in   {', '.join(cams['stream']) or 'none'}")
    for name, t in r["tools"].items():
        text = f"{t.get('version', '')}  {t['path']}" if t["found"] else "not found"
        lines.append(f"{name:<11}{_short(text, 88)}")
    lines.append("free disk  " + ", ".join(f"{k} {v} GB" for k, v in r["disk"].items()))
    cfg = r["config"]
    lines.append(f"config     {cfg['path']} ({'writable' if cfg['writable'] else 'NOT WRITABLE'})")
    lines.append("status     " + ("ok" if r["ok"] else "PROBLEMS: " + "; ".join(r["problems"])))
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(parts: list[str], indent: int, width: int = 99) -> str:
    lines, line = [], ""
    for part in parts:
        if line and indent + len(line) + 2 + len(part) > width:
            lines.append(line + ",")
            line = part
        else:
            line = f"{line}, {part}" if line else part
    lines.append(line)
    return ("\n" + " " * indent).join(lines)
