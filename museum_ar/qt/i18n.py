"""German and English for every string the window shows.

Strings are written in English in the code and looked up in a small catalogue (catalogue_de.py).
A catalogue in Python instead of Qt's .ts/.qm keeps the app installable with no Qt tools at build
time, and lets a test check that every `tr("…")` literal has a German entry. The names of the
item kinds are not in the catalogue: each kind's record carries them (`kind_name`).
Switching language rebuilds the window's widgets (see MainWindow.set_language), so nothing has to
remember to re-translate itself.
"""

from __future__ import annotations

from ..core.item_kinds import ItemKind, kind_spec
from .catalogue_de import GERMAN
from .export_check_de import EXPORT_CHECK_GERMAN

GERMAN.update(EXPORT_CHECK_GERMAN)  # may move into catalogue_de.py beside the other parts' texts

LANGUAGES = {"de": "Deutsch", "en": "English"}
_current = "en"


def language() -> str:
    return _current


def set_language(lang: str) -> None:
    """Switch the UI language; numbers in widgets made from now on follow it ("1,5 cm" in German,
    "1.5 cm" in English), whatever the computer's regional settings say, so that what a curator
    reads and types matches the language on screen."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}")
    _current = lang
    from PySide6.QtCore import QLocale

    QLocale.setDefault(number_locale(lang))
    _install_qt_translation(lang)


_qt_translator = None


def _install_qt_translation(lang: str) -> None:
    """Qt's own words in the UI language: shortcuts in menus ("Entf", "Strg+Z" rather than "Del",
    "Ctrl+Z"), standard buttons and the file dialogs, from the catalogue PySide6 ships."""
    global _qt_translator
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if lang == "en":
        return
    t = QTranslator(app)
    if t.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(t)
        _qt_translator = t


def shortcut_text(seq) -> str:
    """A key sequence as the platform writes it in the UI language ("Strg+Z", "Entf")."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(seq).toString(QKeySequence.SequenceFormat.NativeText)


def number_locale(lang: str):
    from PySide6.QtCore import QLocale

    if lang == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def tr(text: str, /, **values: object) -> str:
    """The text in the current UI language, with {placeholders} filled in. Numbers among the
    values are written as the UI language writes them ("1.234,5" in German)."""
    if _current == "de":
        text = GERMAN.get(text, text)
    return text.format(**values) if values else text


def kind_name(kind: ItemKind | str) -> str:
    """The name of an item kind in the current UI language ("3D-Modell"), from its core record
    (core/item_kinds.py `labels`), which the tablet viewer shows too."""
    return kind_spec(ItemKind(kind)).label(_current)


def plural(n: int, one: str, many: str, /, **values: object) -> str:
    """'1 file' / '3 files': `one` and `many` are both catalogue entries with {n}."""
    return tr(one if n == 1 else many, n=n, **values)


def number(value: float, decimals: int = 1) -> str:
    """A number as the UI language writes it: '31,2' in German, '31.2' in English."""
    return number_locale(_current).toString(float(value), "f", decimals)


def data_size(n_bytes: int) -> str:
    """A file size as the UI language writes it ("1,5 kB" / "1.5 kB"; 1024-based, as Windows'
    Explorer counts)."""
    from PySide6.QtCore import QLocale

    return number_locale(_current).formattedDataSize(int(n_bytes), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
