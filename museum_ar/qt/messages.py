"""Errors and progress messages from the other packages, said in the UI language.

The packages below qt raise typed errors with an English message (the CLI prints it as is). An
error may carry a stable `code` and its `params` (core.errors): then the UI words it from
ERROR_CODES. Errors without a code are matched against the English messages the packages write
(ERROR_PATTERNS, values taken from the message); one that matches nothing is said by its kind
(a file could not be imported, a bundle could not be written, ...) with the original words kept
as a detail, so nothing is hidden. Progress lines work the same way; an unknown one is left out
rather than shown in the wrong language.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core import errors as E
from .i18n import language, number_locale, tr

# code -> (English, German); {params} filled from the error
ERROR_CODES: dict[str, tuple[str, str]] = {
    "marker.no_publish_url": (
        "the exhibit has no publish address yet: the printed QR codes need it",
        "die Ausstellung hat noch keine Veröffentlichungsadresse: die gedruckten QR-Codes brauchen sie",
    ),
    "export.exists": ("{path} already exists", "{path} gibt es schon"),
}

# English message (regex on the detail) -> German, with the regex's named groups as values
ERROR_PATTERNS: list[tuple[str, str]] = [
    # details that come from a library or the operating system are in English: left out in German
    (r"cannot be read: (?P<why>.+)", "kann nicht gelesen werden (fehlt die Berechtigung, oder ist das Laufwerk nicht erreichbar?)"),
    (r"no such file", "die Datei gibt es nicht"),
    (r"is being edited: opened by (?P<user>\S+) on (?P<host>\S+) \(process (?P<pid>\S+)\) since (?P<since>.+?); try again when they are done",
     "wird gerade bearbeitet: geöffnet von {user} auf {host} (Prozess {pid}) seit {since}; bitte erneut versuchen, wenn dort geschlossen ist"),
    (r"is not a file", "ist keine Datei"),
    # core.exhibit.check_marker_size, behind every way a size comes in
    (r"a marker's printed size (?P<v>\S+) mm is outside (?P<lo>\S+)-(?P<hi>\S+) mm \(smaller cannot be scanned at 30 cm\)",
     "{v} mm liegt außerhalb von {lo}–{hi} mm (kleiner lässt sich der Code aus 30 cm nicht scannen)"),
    (r"an artwork's width (?P<v>\S+) mm is outside (?P<lo>\S+)-(?P<hi>\S+) mm",
     "{v} mm liegt außerhalb von {lo}–{hi} mm, den Breiten, die ein Kunstwerk als Marker haben kann"),
    (r"(?:a marker's printed size|an artwork's width) must be a finite number of millimetres, got (?P<v>.+)",
     "die Größe muss eine Zahl in Millimetern sein, nicht {v}"),
    # services.attach's check of a source file (the CLI's words too)
    (r"is not a regular file \(a folder, device or pipe\)", "ist keine gewöhnliche Datei (ein Ordner, ein Gerät oder eine Pipe)"),
    (r"is a symbolic link; attach the file it points to by its own name", "ist eine symbolische Verknüpfung; bitte die Datei anhängen, auf die sie zeigt, unter ihrem eigenen Namen"),
    (r"cannot read: (?P<why>.+)", "kann nicht gelesen werden (fehlt die Berechtigung, oder ist das Laufwerk nicht erreichbar?)"),
    (r"the file is empty", "die Datei ist leer"),
    (r"is (?P<size>\S+ \S+), more than the (?P<limit>\S+ \S+) this kind of file may have", "ist {size} groß, mehr als die {limit}, die eine solche Datei haben darf"),
    (r"is named like (?P<kind>.+) but is a web page \(HTML\), not the file itself: download the file again",
     "ist wie {kind:file} benannt, ist aber eine Webseite (HTML), nicht die Datei selbst: bitte die Datei erneut herunterladen"),
    (r"is named like (?P<kind>.+) but its bytes are (?P<what>.+?); rename it or pick the right file", "ist wie {kind:file} benannt, enthält aber {what:file}; bitte umbenennen oder die richtige Datei wählen"),
    (r"has no extent \(all its points are in one place\)", "hat keine Ausdehnung (alle Punkte liegen an einer Stelle)"),
    (r"has nothing left to show after cleaning.*", "zeigt nach dem Bereinigen nichts mehr (nur entartete Dreiecke?)"),
    (r"'(?P<ext>[^']*)' meshes cannot be read here; convert to GLB, OBJ, STL or PLY", "„{ext}“-Modelle können hier nicht gelesen werden; bitte in GLB, OBJ, STL oder PLY umwandeln"),
    (r"is too large to load into memory", "ist zu groß für den Arbeitsspeicher"),
    (r"cannot be read as (?P<fmt>\w+): (?P<why>.+)", "kann nicht als {fmt} gelesen werden: die Datei ist beschädigt oder abgeschnitten, oder sie ist gar keine {fmt}-Datei"),
    (r"contains no triangles.*", "enthält keine Dreiecke (eine Punktwolke, eine Zeichnung oder gar kein 3D-Modell?)"),
    (r"ends in the middle of a line; the file looks truncated.*", "endet mitten in einer Zeile; die Datei scheint abgeschnitten (noch einmal kopieren?)"),
    (r"is not an image Pillow can read.*", "ist kein lesbares Bild"),
    (r"is damaged or truncated: (?P<why>.+)", "ist beschädigt oder abgeschnitten"),
    (r"files ending in '(?P<ext>[^']*)' cannot be attached; known: (?P<known>.+)", "Dateien mit der Endung „{ext}“ können nicht angehängt werden; möglich sind: {known}"),
    (r"is not text \(it contains NUL bytes\)", "ist kein Text (enthält NUL-Bytes)"),
    (r"is not UTF-8 text \(byte (?P<n>\d+)\)(; save it as UTF-8)?", "ist kein UTF-8-Text (Byte {n}); bitte als UTF-8 speichern"),
    (r"contains only white space", "enthält nur Leerraum"),
    (r"took too long to inspect; is it damaged\?", "ließ sich nicht rechtzeitig prüfen; ist sie beschädigt?"),
    (r"is not a video or audio file ffmpeg can read.*", "ist keine lesbare Video- oder Tondatei"),
    (r"has no video stream.*", "enthält kein Video (eine Tondatei bitte als Ton anhängen)"),
    (r"has no audio stream", "enthält keinen Ton"),
    (r"has no playable duration.*", "hat keine abspielbare Länge (leer oder beschädigt?)"),
    (r"an exhibit project is already here", "hier ist schon eine Ausstellung"),
    (r"exists and is not a folder", "gibt es schon und ist kein Ordner"),
    (r"folder is not empty; choose a new or empty folder", "der Ordner ist nicht leer; bitte einen neuen oder leeren Ordner wählen"),
    (r"cannot create the folder: (?P<why>.+)", "der Ordner kann nicht angelegt werden (fehlt die Berechtigung?)"),
    (r"no such folder", "den Ordner gibt es nicht"),
    (r"not an exhibit project: (?P<file>\S+) is missing", "keine Ausstellung: {file} fehlt"),
    (r"is empty", "ist leer"),
    (r"is not valid JSON: (?P<msg>.+) at line (?P<line>\d+), column (?P<col>\d+)", "ist kein gültiges JSON (Fehler in Zeile {line}, Spalte {col})"),
    (r"cannot save: (?P<why>.+); the last saved version is unchanged", "kann nicht speichern (Laufwerk voll oder schreibgeschützt?); die zuletzt gespeicherte Fassung ist unverändert"),
    (r"a marker with id '(?P<id>[^']*)' already exists", "einen Marker mit der Kennung „{id}“ gibt es schon"),
    (r"an item with id '(?P<id>[^']*)' already exists", "einen Inhalt mit der Kennung „{id}“ gibt es schon"),
    (r"marker id '(?P<id>[^']*)' is not allowed: .*", "die Marker-Kennung „{id}“ ist nicht erlaubt: nur Buchstaben A–Z, Ziffern, „-“ und „_“, höchstens 32 Zeichen"),
    (r"the exhibit has no publish address yet.*", "die Ausstellung hat noch keine Veröffentlichungsadresse: die gedruckten QR-Codes brauchen sie"),
    (r"publish address '(?P<url>[^']*)' must start with https:// and name a host", "die Veröffentlichungsadresse „{url}“ muss mit https:// beginnen und einen Server nennen"),
    (r"publish address '(?P<url>[^']*)' must not contain '#'.*", "die Veröffentlichungsadresse „{url}“ darf kein „#“ enthalten: dort steht die Marker-Kennung"),
    (r"publish address '(?P<url>[^']*)' contains spaces or characters outside ASCII.*", "die Veröffentlichungsadresse „{url}“ enthält Leerzeichen oder Sonderzeichen"),
    (r"the exhibit has no markers; add one before exporting", "die Ausstellung hat keine Marker; bitte vor dem Export einen hinzufügen"),
    (r"already exists; choose another name or pass --force", "gibt es schon; bitte einen anderen Namen wählen"),
    (r"the bundle may not be written inside the project folder", "das Paket darf nicht im Ordner der Ausstellung liegen"),
    (r"cannot write the bundle: (?P<why>.+)", "das Paket kann nicht geschrieben werden ({why:os})"),
    (r"'(?P<name>.+)' is a file where a folder should be", "„{name}“ ist eine Datei, wo ein Ordner sein müsste"),
    (r"cannot listen on (?P<where>\S+): (?P<why>.+)", "kann auf {where} nicht empfangen (ist der Anschluss schon belegt?)"),
    (r"cancelled; nothing was changed", "abgebrochen; nichts wurde geändert"),
    # exhibit.json damaged by hand or by another program (core/migrate.py, core/schema.py)
    (r"exhibit\.json must hold a JSON object", "exhibit.json muss ein JSON-Objekt enthalten"),
    (r"expected an object, got (?P<got>.+)", "erwartet war ein Objekt, gefunden {got:json}"),
    (r"expected (?P<want>a list|a string|a number|an object|true or false|a list or a string|a string or a list), got (?P<got>.+)", "erwartet war {want:json}, gefunden {got:json}"),
    (r"expected (?P<n>\d+) numbers, got (?P<m>\d+)", "erwartet waren {n} Zahlen, gefunden {m}"),
    (r"expected a finite number, got (?P<v>.+)", "erwartet war eine endliche Zahl, gefunden {v}"),
    (r"is missing", "fehlt"),
    (r"written by a newer museum-ar \(schema (?P<v>\d+); this version reads up to (?P<mine>\d+)\)\. Update museum-ar to open it",
     "mit einem neueren museum-ar geschrieben (Schema {v}; diese Version liest bis {mine}); bitte museum-ar aktualisieren"),
    # formats curators bring that are not read (content/kinds.py)
    (r"(?P<fmt>FBX|COLLADA) is not read; export it as GLB \(Blender: File > Export > glTF 2\.0\)",
     "{fmt} wird nicht gelesen; bitte als GLB exportieren (Blender: Datei > Exportieren > glTF 2.0)"),
    (r"Blender files are not read; export as GLB \(File > Export > glTF 2\.0\)", "Blender-Dateien werden nicht gelesen; bitte als GLB exportieren (Datei > Exportieren > glTF 2.0)"),
    (r"USDZ is not read; convert it to GLB", "USDZ wird nicht gelesen; bitte in GLB umwandeln"),
    (r"unpack the archive and attach the model file inside it", "bitte das Archiv entpacken und die Modelldatei darin anhängen"),
    (r"cannot write: (?P<why>.+)", "kann nicht geschrieben werden ({why:os})"),
    (r"cannot save or edit: the project's lock file cannot be opened \((?P<why>.+)\)",
     "kann nicht gespeichert oder bearbeitet werden: die Sperrdatei der Ausstellung lässt sich nicht öffnen ({why:os})"),
]

# JSON kinds as core/schema.py names them
JSON_KINDS_DE = {"a list": "eine Liste", "a string": "ein Text", "a number": "eine Zahl", "an object": "ein Objekt",
                 "true or false": "wahr oder falsch", "a boolean": "wahr oder falsch", "null": "nichts (null)",
                 "a list or a string": "eine Liste oder ein Text", "a string or a list": "ein Text oder eine Liste"}

# what a file is, as content/sniff.py and the importers name it ("a PNG image", "a GLB mesh")
FILE_KINDS_DE = {
    "image": "Bild", "audio file": "Tondatei", "video": "Video", "audio/video file": "Ton- oder Videodatei",
    "media file": "Mediendatei", "text file": "Textdatei", "model": "Modell", "mesh": "Modell", "archive": "Archiv", "document": "Dokument",
}


def file_kind_de(text: str) -> str:
    """'a PNG image' -> 'ein PNG-Bild', 'an audio file' -> 'eine Tondatei' (else as it is)."""
    special = {"a binary glTF (GLB) model": "ein binäres glTF-Modell (GLB)", "a ZIP archive (or 3MF)": "ein ZIP-Archiv (oder 3MF)"}
    if text.strip() in special:
        return special[text.strip()]
    m = re.fullmatch(r"an? (?:(?P<fmt>[\w/()\s]+?) )??(?P<noun>audio/video file|audio file|media file|text file|image|video|model|mesh|archive|document)(?P<rest>.*)", text.strip())
    if not m:
        return text
    noun = FILE_KINDS_DE[m.group("noun")]
    article = "eine" if noun in ("Tondatei", "Ton- oder Videodatei", "Mediendatei", "Textdatei") else "ein"
    fmt = (m.group("fmt") or "").strip()
    return f"{article} {fmt}-{noun}{m.group('rest')}" if fmt else f"{article} {noun}{m.group('rest')}"


# the operating system's words (strerror, English on every system here) by errno, said in German
OS_ERRORS_DE = {
    "Operation not permitted": "Vorgang nicht erlaubt", "Permission denied": "keine Berechtigung",
    "File exists": "gibt es schon", "No such file or directory": "gibt es nicht",
    "No space left on device": "Laufwerk voll", "Read-only file system": "Laufwerk schreibgeschützt",
    "Not a directory": "ist kein Ordner", "Is a directory": "ist ein Ordner",
    "Disk quota exceeded": "Speicherkontingent erschöpft", "Input/output error": "Lesefehler des Laufwerks",
    "File name too long": "Dateiname zu lang", "Device or resource busy": "Gerät belegt",
}


def os_error_de(text: str) -> str:
    """An operating system's error text in German where known (else as it is)."""
    return OS_ERRORS_DE.get(text.strip(), text)

# fallback by kind: what the curator needs to know when the exact words are unknown
KIND_TEXT: list[tuple[type, str]] = [
    (E.CancelledError, "Cancelled; nothing was changed."),
    (E.UnsupportedFileError, "This kind of file cannot be attached."),
    (E.ContentError, "The file cannot be imported."),
    (E.MarkerError, "The marker cannot be made as asked."),
    (E.TrackingError, "The camera or picture source cannot be used."),
    (E.BundleError, "The bundle cannot be written or read."),
    (E.CorruptProjectError, "The exhibit file is damaged."),
    (E.ProjectError, "The exhibit cannot be used."),
    (E.MuseumArError, "That did not work."),
]

FIELD_NAMES = {"publish_url": "Publish address", "id": "Marker id", "size_mm": "Printed size", "transform": "Placement"}

PROGRESS_PATTERNS: list[tuple[str, str]] = [
    (r"importing (?P<name>.+)", "Importing {name}"),
    (r"imported (?P<name>.+)", "Imported {name}"),
    (r"reading (?P<name>.+)", "Reading {name}"),
    (r"read (?P<n>[\d,]+) triangles", "Read {n} triangles"),
    (r"decimating (?P<n>[\d,]+) to (?P<m>[\d,]+) triangles", "Reducing {n} to {m} triangles"),
    (r"normals", "Computing normals"),
    (r"scaling and encoding", "Scaling and encoding"),
    (r"thumbnail", "Drawing the thumbnail"),
    (r"drawing thumbnail", "Drawing the thumbnail"),
    (r"writing GLB", "Writing the 3D file"),
    (r"adding to the project", "Adding to the exhibit"),
    (r"inspecting (?P<name>.+)", "Inspecting {name}"),
    (r"poster and thumbnail", "Poster and thumbnail"),
    (r"waveform thumbnail", "Drawing the waveform"),
    (r"marker (?P<id>\S+)", "Marker {id}"),
    (r"collecting files", "Collecting files"),
    (r"hashing (?P<name>.+)", "Checking {name}"),
    (r"writing the bundle", "Writing the bundle"),
    (r"checking the bundle", "Checking the bundle"),
    (r"exported (?P<n>\d+) files", "Exported {n} files"),
    (r"writing (?P<name>.+)", "Writing {name}"),
    (r"converting.*|transcoding.*|encoding.*", "Converting the media"),
]


def _number(text: str) -> str:
    """'83,750' (as Python's {:,} writes it) in the UI language: '83.750' in German."""
    try:
        if re.fullmatch(r"\d+\.\d+", text):  # a decimal as Python's {:g} writes it: 12,5 in German
            return number_locale(language()).toString(float(text), "g", 6)
        return number_locale(language()).toString(int(text.replace(",", "")))
    except ValueError:
        return text


def _match(patterns, text: str):
    for pattern, template in patterns:
        m = re.fullmatch(pattern, text.strip().rstrip("."), flags=re.S)
        if m:
            values = {k: (_number(v) if k != "pid" and re.fullmatch(r"[\d,]+|\d+\.\d+", v or "") else v) for k, v in m.groupdict().items()}  # a process id is no quantity
            return template, values
    return None


def _where(e: E.MuseumArError) -> str:
    parts = []
    if e.path:
        parts.append(Path(e.path).name or e.path)
    if e.field:
        base = e.field.split(".")[-1].split("[")[0]
        name = FIELD_NAMES.get(base)
        parts.append(tr(name) if name else e.field)
    return ": ".join(parts)


def error_detail(e: E.MuseumArError) -> str:
    """What went wrong, without where, in the UI language."""
    lang = language()
    if e.code == "ui":  # raised by the window itself, already in the UI language
        return e.detail
    if e.code in ERROR_CODES:
        en, de = ERROR_CODES[e.code]
        try:
            return (de if lang == "de" else en).format(**e.params)
        except (KeyError, IndexError, ValueError):
            pass
    if lang == "en":
        return e.detail
    found = _match(ERROR_PATTERNS, e.detail)
    if found:
        template, values = found
        return _fill_de(template, values)
    kind = next(text for cls, text in KIND_TEXT if isinstance(e, cls))
    return tr("{kind} (Details in English: {detail})", kind=tr(kind).rstrip("."), detail=e.detail)


def _fill_de(template: str, values: dict) -> str:
    """template.format(values), where {name:json} says a JSON kind and {name:os} an operating
    system's error text in German."""
    def one(m: re.Match) -> str:
        value = values.get(m.group(1)) or ""
        conv = m.group(2)
        if conv == "json":
            return JSON_KINDS_DE.get(value, value)
        if conv == "os":
            return os_error_de(value)
        if conv == "file":
            return file_kind_de(value)
        return value
    return re.sub(r"\{(\w+)(?::(\w+))?\}", one, template)


def error_text(e: BaseException) -> str:
    """The whole message for the message bar: where (file name, field) and what, in the UI
    language. OSError and other exceptions in plain words too."""
    if isinstance(e, E.MuseumArError):
        where, what = _where(e), error_detail(e)
        return f"{where}: {what}" if where else what[:1].upper() + what[1:]  # a file name keeps its case
    if isinstance(e, MemoryError):
        return tr("Not enough memory for this file.")
    if isinstance(e, OSError):
        where = f" ({e.filename})" if e.filename else ""
        error = e.strerror or str(e)
        return tr("The disk refused: {error}{where}.", error=os_error_de(error) if language() == "de" else error, where=where)
    return tr("Unexpected problem: {error}", error=repr(e))


def progress_text(message: str) -> str:
    """A progress line from content or export in the UI language ('' when unknown)."""
    if not message:
        return ""
    found = _match(PROGRESS_PATTERNS, message)
    if found is None:
        return message[:1].upper() + message[1:] if language() == "en" else ""
    template, values = found
    return tr(template, **values)
