"""The install's own files agree with each other: pyproject's ranges, the lock file, the doctor's
list of runtime packages and what the code really imports; the scripts never pip-install into
the system interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from museum_ar.cli.doctor_cmd import runtime_distributions

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
RUNTIME = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
EXTRAS = {name: [Requirement(r) for r in reqs] for name, reqs in PYPROJECT["project"]["optional-dependencies"].items()}


def lock() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.lock").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def imports_in_package() -> set[str]:
    found = set()
    for path in (REPO / "museum_ar").rglob("*.py"):
        for m in re.finditer(r"^\s*(?:from|import)\s+([A-Za-z_][A-Za-z0-9_]*)", path.read_text("utf-8"), re.M):
            found.add(m.group(1))
    return found


def test_every_dependency_is_a_tested_range_and_the_lock_satisfies_it():
    pins = lock()
    for req in RUNTIME + [r for reqs in EXTRAS.values() for r in reqs]:
        specs = {s.operator for s in req.specifier}
        assert ">=" in specs and "<" in specs, f"{req}: write a range, the tested version as the lower end and the next major as the upper (docs/install.md)"
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in requirements.lock: bash scripts/lock.sh"
        assert req.specifier.contains(pins[name], prereleases=True), f"lock {name}=={pins[name]} outside {req}"
        lower = next(s.version for s in req.specifier if s.operator == ">=")
        assert pins[name] == lower, f"{name}: the lower end ({lower}) is the locked, tested version ({pins[name]})"


def test_runtime_set_is_what_the_code_imports():
    """Every runtime dependency is imported by museum_ar/, or its pyproject line says in a comment
    why it is needed anyway (trimesh's helpers); nothing test- or build-only is imported."""
    ours = imports_in_package()
    lines = {canonicalize_name(Requirement(ln.split("#")[0].strip().strip('",')).name): ln
             for ln in (REPO / "pyproject.toml").read_text("utf-8").splitlines()
             if ln.strip().startswith('"') and any(op in ln for op in (">=", "=="))}  # fmt: skip
    modules = {}  # distribution -> its top-level import names, as installed
    for module, dists in metadata.packages_distributions().items():
        for d in dists:
            modules.setdefault(canonicalize_name(d), set()).add(module)
    assert [canonicalize_name(d) for d in runtime_distributions()] == [canonicalize_name(r.name) for r in RUNTIME]
    for req in RUNTIME:
        name = canonicalize_name(req.name)
        imported = modules.get(name, set()) & ours
        assert imported or "#" in lines[name], f"{req.name}: museum_ar never imports it and its pyproject line says not why"
    for req in EXTRAS["test"] + EXTRAS["package"]:
        assert not (modules.get(canonicalize_name(req.name), set()) & ours), f"{req.name} is test/build-only but museum_ar imports it"


def test_the_alphas_are_explained():
    text = (REPO / "pyproject.toml").read_text("utf-8")
    pre = [r for r in RUNTIME if any(re.search(r"[ab]|rc", s.version) for s in r.specifier)]
    assert [r.name for r in pre] == ["meshoptimizer", "opengl-basisu"]
    assert "pre-releases" in text and "no final" in text  # meshoptimizer
    assert "An alpha, the only wheel" in text  # opengl-basisu


@pytest.mark.skipif(sys.prefix == sys.base_prefix or Path(sys.prefix).name != ".venv",
                    reason="runs inside the project-local .venv that scripts/install.sh makes")
def test_the_venv_holds_exactly_the_locked_versions():
    pins = lock()
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    for name, version in pins.items():
        if name in ("pyinstaller", "pyinstaller-hooks-contrib", "altgraph"):
            continue  # only packaging/build.sh brings those
        assert installed.get(name) == version, name


@pytest.mark.parametrize("script", ["scripts/install.sh", "scripts/test.sh", "scripts/demo.sh", ".ci/run",
                                    "scripts/lock.sh", "packaging/build.sh", "packaging/smoke.sh",
                                    "packaging/wheel_smoke.sh"])
def test_scripts_parse_and_keep_pip_out_of_the_system_python(script):
    path = REPO / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    text = path.read_text("utf-8")
    assert "--break-system-packages" not in text.replace("never pass --break-system-packages", "").replace("never --break-system-packages", "")
    for line in text.splitlines():
        code = line.split("#", 1)[0].strip()
        if code.startswith(("say ", "echo ")):
            continue
        if re.search(r"\bpip\b.*\binstall\b", code):
            assert re.search(r'"\$(VENV|SCRATCH/venv)/bin/python" -m pip|^build/wheel-venv/bin/python -m pip', code), f"{script}: pip outside a venv: {line.strip()}"


def test_install_lists_read_as_one_array_each():
    """Other engineers add to these lists; the script must still read them as bash does."""
    out = subprocess.run(["bash", "-c", f'eval "$(sed -n "/^APT_PACKAGES=(/,/^)/p;/^NPM_DIRS=(/,/^)/p" {REPO}/scripts/install.sh)"; '
                          'printf "%s\\n" "${APT_PACKAGES[@]}"; echo --; printf "%s\\n" "${NPM_DIRS[@]}"'],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    apt, npm = out.split("--\n")
    apt = apt.split()
    assert {"python3-venv", "python3-pip", "xvfb", "chromium", "poppler-utils", "nodejs"} <= set(apt)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in apt), apt
    for d in npm.split():
        assert (REPO / d / "package-lock.json").is_file(), d
