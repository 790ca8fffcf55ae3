"""German texts of the export dialog's check (export_dialog.py), merged into the catalogue by
i18n.py (kept apart from catalogue_de.py to spare merges, like mesh_size_dialog_de.py)."""

EXPORT_CHECK_GERMAN: dict[str, str] = {
    "Check": "Prüfen",
    "Runs every check of export on the exhibit as it is here, unsaved changes included, and writes nothing": "Führt jede Prüfung des Exports an der Ausstellung aus, wie sie hier ist, mit ungespeicherten Änderungen, und schreibt nichts",
    "Ready to export: the bundle would hold {n} file.": "Bereit zum Export: Das Paket enthielte {n} Datei.",
    "Ready to export: the bundle would hold {n} files.": "Bereit zum Export: Das Paket enthielte {n} Dateien.",
    "Not ready to export. {error}": "Nicht bereit zum Export. {error}",
    "“{name}” is found by its outline only where its edge stands out against the wall, on this computer and on tablets alike: visitors can always reach its content through the tablet's list.":
        "„{name}“ wird an seinem Umriss nur erkannt, wo sich sein Rand deutlich von der Wand abhebt, an diesem Computer wie auf Tablets: Besucher finden seine Inhalte immer auch in der Liste des Tablets.",
    "“{name}” on “{marker}” moves in the tablet viewer; AR Quick Look (iPhone, iPad) shows it still.":
        "„{name}“ auf „{marker}“ bewegt sich in der Tablet-Ansicht; AR Quick Look (iPhone, iPad) zeigt es unbewegt.",
    "The models on “{marker}” have {before} triangles; AR Quick Look (iPhone, iPad) gets them simplified to {after} (the tablet viewer shows them as imported).":
        "Die Modelle auf „{marker}“ haben {before} Dreiecke; AR Quick Look (iPhone, iPad) erhält sie vereinfacht auf {after} (die Tablet-Ansicht zeigt sie wie importiert).",
    "“{name}” on “{marker}” has vertex colours and a colour texture; AR Quick Look (iPhone, iPad) shows the texture only.":
        "„{name}“ auf „{marker}“ hat Punktfarben und eine Farbtextur; AR Quick Look (iPhone, iPad) zeigt nur die Textur.",
}
