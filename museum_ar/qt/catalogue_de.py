"""German texts of the window, keyed by the English text in the code (see i18n.py)."""

GERMAN: dict[str, str] = {
}
