"""What the app remembers between runs (recent exhibits, UI language) and where samples live."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings. MUSEUM_AR_SETTINGS=/path/file.ini keeps tests and screenshots away
    from the user's own settings."""
    path = os.environ.get("MUSEUM_AR_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("museum-ar", "museum-ar")


def recent_exhibits() -> list[Path]:
    value = settings().value("recent", [])
    if isinstance(value, str):  # QSettings returns a lone entry as a plain string
        entries = [value]
    elif isinstance(value, (list, tuple)):
        entries = list(value)
    else:  # nothing stored (None)
        entries = []
    return [Path(p) for p in entries if (Path(p) / "exhibit.json").is_file()]


def remember_recent(root: Path) -> None:
    root = Path(root).resolve()
    entries = [str(root)] + [str(p) for p in recent_exhibits() if Path(p).resolve() != root]
    s = settings()
    s.setValue("recent", entries[:MAX_RECENT])
    s.sync()


def saved_language() -> str | None:
    value = settings().value("language")
    return value if value in ("de", "en") else None


def save_language(lang: str) -> None:
    s = settings()
    s.setValue("language", lang)
    s.sync()


def default_language() -> str:
    lang = saved_language()
    if lang:
        return lang
    env = os.environ.get("LANG", "") or os.environ.get("LC_ALL", "")
    return "de" if env.lower().startswith("de") else "en"


def sample_exhibits() -> list[Path]:
    """The sample exhibits shipped with the project (exhibits/*/exhibit.json beside the package)."""
    candidates = [Path(__file__).resolve().parents[2] / "exhibits"]
    extra = os.environ.get("MUSEUM_AR_SAMPLES")
    if extra:
        candidates.insert(0, Path(extra))
    for folder in candidates:
        if folder.is_dir():
            found = sorted(p.parent for p in folder.glob("*/exhibit.json"))
            if found:
                return found
    return []
