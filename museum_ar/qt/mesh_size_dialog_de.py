"""German texts of the 3D size dialog (mesh_size_dialog.py), merged into catalogue_de.GERMAN."""

MESH_SIZE_GERMAN: dict[str, str] = {
    "Size of {name}": "Größe von {name}",
    "The file does not say in which unit it was made. It is {n} units long; proposed: {unit}.": "Die Datei sagt nicht, in welcher Einheit sie erstellt wurde. Sie ist {n} Einheiten lang; Vorschlag: {unit}.",
    "At its true size it is far larger than its {mm} mm marker.": "In wahrer Größe ist es weit größer als sein {mm}-mm-Marker.",
    "metres": "Meter",
    "decimetres": "Dezimeter",
    "centimetres": "Zentimeter",
    "millimetres": "Millimeter",
    "inches": "Zoll",
    "feet": "Fuß",
    "True size in": "Wahre Größe in",
    "Fit to the marker ({size})": "Passend zum Marker ({size})",
    "Up in the file:": "Oben in der Datei:",
    "Turn: which way is up": "Drehen: wo ist oben",
    "Try the next axis as up": "Die nächste Achse als oben versuchen",
    "It will stand {h} tall ({x} × {y} × {z}); the marker is {m}.": "Es wird {h} hoch ({x} × {y} × {z}); der Marker misst {m}.",
    "Attach": "Anhängen",
    "Leave out": "Weglassen",
}
