"""German texts of the export dialog's check (export_dialog.py), merged into the catalogue by
i18n.py (kept apart from catalogue_de.py to spare merges, like mesh_size_dialog_de.py)."""

EXPORT_CHECK_GERMAN: dict[str, str] = {
    "Check": "Prüfen",
    "Runs every check of export on the exhibit as it is here, unsaved changes included, and writes nothing": "Führt jede Prüfung des Exports an der Ausstellung aus, wie sie hier ist, mit ungespeicherten Änderungen, und schreibt nichts",
    "Ready to export: the bundle would hold {n} file.": "Bereit zum Export: Das Paket enthielte {n} Datei.",
    "Ready to export: the bundle would hold {n} files.": "Bereit zum Export: Das Paket enthielte {n} Dateien.",
    "Not ready to export. {error}": "Nicht bereit zum Export. {error}",
    "“{name}” is found by its outline on this computer; tablets do not find it that way yet: visitors reach its content through the tablet's list.":
        "„{name}“ wird an diesem Computer an seinem Umriss erkannt; Tablets erkennen es so noch nicht: Besucher finden seine Inhalte in der Liste des Tablets.",
    "“{name}” on “{marker}” moves in the tablet viewer; AR Quick Look (iPhone, iPad) shows it still.":
        "„{name}“ auf „{marker}“ bewegt sich in der Tablet-Ansicht; AR Quick Look (iPhone, iPad) zeigt es unbewegt.",
}
