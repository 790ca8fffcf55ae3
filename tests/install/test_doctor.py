"""`museum-ar --version` and `museum-ar doctor`, run as a user runs them (a real subprocess),
checked against what this very interpreter has installed."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import museum_ar
from museum_ar.cli import doctor_cmd

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args, env_extra=None, timeout=300):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "museum_ar.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=timeout)  # fmt: skip


def test_version_is_the_projects():
    proc = run_cli("--version")
    assert proc.returncode == 0, proc.stderr
    declared = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert proc.stdout.strip() == f"museum-ar {declared}" == f"museum-ar {museum_ar.__version__}"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    config_home = tmp_path_factory.mktemp("config home")
    proc = run_cli("doctor", "--json", env_extra={"XDG_CONFIG_HOME": str(config_home)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout), config_home


@pytest.mark.slow
def test_doctor_reports_the_installed_versions(report):
    r, _ = report
    assert r["ok"] and r["problems"] == []
    assert r["museum_ar"] == museum_ar.__version__
    assert r["python"] == {"version": platform.python_version(), "executable": sys.executable, "frozen": False,
                           "venv": sys.prefix != sys.base_prefix}  # fmt: skip
    assert r["os"]["system"] == platform.system()
    for dist, version in r["packages"].items():
        assert version == metadata.version(dist), dist


@pytest.mark.slow
def test_doctor_finds_the_tools_this_process_finds(report):
    import cv2
    import imageio_ffmpeg
    from cv2 import videoio_registry as reg

    r, _ = report
    assert r["cameras"]["opencv"] == cv2.__version__
    assert r["cameras"]["camera"] == [reg.getBackendName(b) for b in reg.getCameraBackends()]
    assert "FFMPEG" in r["cameras"]["stream"]  # opencv's wheels always carry it: video files open
    assert r["tools"]["ffmpeg"]["path"] == imageio_ffmpeg.get_ffmpeg_exe()
    assert r["tools"]["ffmpeg"]["version"].startswith("ffmpeg ")
    assert r["tools"]["chromium"]["found"] == any(shutil.which(n) for n in doctor_cmd.CHROMIUM_NAMES)
    if shutil.which("node"):
        assert r["tools"]["node"]["version"].startswith("v")


@pytest.mark.slow
def test_doctor_reaches_opengl_in_child_processes(report):
    """scripts/install.sh brings Mesa's EGL and OSMesa: at least one headless context must work,
    and the probe reports the driver's own strings."""
    r, _ = report
    assert set(r["opengl"]) == {"egl", "osmesa", "qt"}
    working = [res for kind, res in r["opengl"].items() if kind != "qt" and res["ok"]]
    assert working, r["opengl"]
    assert all(res["renderer"] and res["version"][0].isdigit() for res in working)
    for res in r["opengl"].values():
        assert res["ok"] or res["error"]  # a failure always says why


@pytest.mark.slow
def test_doctor_writes_nothing_but_checks_the_config_folder(report):
    r, config_home = report
    assert r["config"] == {"path": str(config_home / "museum-ar"), "writable": True}
    assert not any(p.is_file() for p in config_home.rglob("*"))  # its test file is gone again


@pytest.mark.slow
def test_unwritable_config_folder_fails_with_a_clear_line(tmp_path):
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the configuration folder should go")
    proc = run_cli("doctor", "--no-gl", env_extra={"XDG_CONFIG_HOME": str(blocker)})
    assert proc.returncode == 1
    assert "NOT WRITABLE" in proc.stdout
    assert f"configuration folder {blocker / 'museum-ar'} is not writable" in proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_text_page_fits_one_screen(tmp_path):
    proc = run_cli("doctor", env_extra={"XDG_CONFIG_HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.rstrip("\n").splitlines()
    assert lines[0] == f"museum-ar {museum_ar.__version__}"
    assert lines[-1] == "status     ok"
    assert len(lines) <= 30 and max(map(len, lines)) <= 100, proc.stdout
    for label in ("Python", "packages", "OpenGL egl", "OpenGL osmesa", "cameras", "chromium", "ffmpeg", "node", "free disk", "config"):
        assert any(ln.startswith(label) for ln in lines), label


def test_a_missing_package_is_a_problem(monkeypatch):
    real = doctor_cmd.runtime_distributions()
    monkeypatch.setattr(doctor_cmd, "runtime_distributions", lambda: [*real, "no-such-dist"])
    r = doctor_cmd.collect(gl=False)
    assert r["packages"]["no-such-dist"] is None
    assert r["problems"] == ["package no-such-dist is not installed"] and not r["ok"]
    assert "no-such-dist MISSING" in doctor_cmd.format_report(r)


def test_doctor_names_a_binding_version_known_to_abort_the_app():
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per Qt call (see
    tests/qt/test_binding_refcounts.py); an old venv may still hold it."""
    import sys

    from museum_ar.cli.doctor_cmd import known_bad_versions

    found = known_bad_versions({"pyside6-essentials": "6.12.0", "numpy": "2.3.0"})
    if sys.version_info < (3, 12):
        assert len(found) == 1 and "6.12.0" in found[0] and "install.sh" in found[0]
    else:
        assert found == []
    assert known_bad_versions({"pyside6-essentials": "6.11.3"}) == []
