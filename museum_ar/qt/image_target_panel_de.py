"""German texts of the artwork-marker panel (image_target_panel.py), merged into catalogue_de.GERMAN."""

IMAGE_TARGET_GERMAN: dict[str, str] = {
    "Add &artwork marker…": "&Bildmarker hinzufügen…",
    "Add a marker that is the artwork itself (a drawing, painting or poster), tracked by its picture": "Einen Marker hinzufügen, der das Kunstwerk selbst ist (Zeichnung, Gemälde, Plakat), erkannt an seinem Bild",
    "Add artwork marker": "Bildmarker hinzufügen",
    "A photo or scan of the flat artwork": "Ein Foto oder Scan des flachen Kunstwerks",
    "Picture:": "Bild:",
    "The artwork's physical width as it hangs: poses are in true size only with it": "Die wirkliche Breite des Kunstwerks, wie es hängt: nur damit stimmen Lage und Größe",
    "Physical width:": "Wirkliche Breite:",
    "Marker id:": "Marker-ID:",
    "Artwork marker {id}, {size} mm wide. Drop files here to attach them.": "Bildmarker {id}, {size} mm breit. Dateien hierher ziehen, um sie anzuhängen.",
    "Label:": "Beschriftung:",
    "Choose a picture to see how well it can be tracked.": "Wählen Sie ein Bild, um zu sehen, wie gut es erkannt werden kann.",
    "Heat map: red = many distinctive details (good anchors), blue = none.": "Wärmebild: rot = viele markante Details (gute Anker), blau = keine.",
    "Add": "Hinzufügen",
    "Choose the artwork's picture": "Bild des Kunstwerks wählen",
    "Pictures": "Bilder",
    "fair": "mäßig",
    "poor": "schlecht",
    "Trackability: {score}/100 ({verdict})": "Erkennbarkeit: {score}/100 ({verdict})",
    "The picture cannot be copied into the exhibit: {error}": "Das Bild kann nicht in die Ausstellung kopiert werden: {error}",
}
