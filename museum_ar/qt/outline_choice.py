"""The inspector's choice to track an artwork by its outline (ImageTarget.outline, issue #19),
changeable after the artwork was added: a checkbox and a line saying what the choice does for
this picture. It matters only for a picture without distinctive features (the test the compiler
uses, `needs_outline`): such a picture is tracked only with it, and the preview and the export
refuse it without. A picture with features is found by them whatever the choice, so there the
box is only enabled to take back a choice made before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ..core.errors import MuseumArError
from ..core.exhibit import Marker
from .i18n import tr
from .messages import error_text

_plain_cache: dict[tuple, bool] = {}


def picture_is_plain(root: Path, marker: Marker) -> bool:
    """Whether the artwork's (cropped) picture has too few features to be tracked but by its
    outline; a MuseumArError when it cannot be read. Cached per file state and crop: the
    inspector refreshes on every edit, and the test reads and describes the picture (~10 ms)."""
    from ..markers.image_compile import needs_outline
    from ..markers.image_rating import load_image

    t = marker.target
    assert t is not None
    path = Path(root) / t.image
    try:
        st = path.stat()
        key: tuple = (str(path), st.st_mtime_ns, st.st_size, t.crop)
    except OSError:
        key = (str(path), None, None, t.crop)  # load_image says what is wrong
    if key not in _plain_cache:
        _plain_cache[key] = needs_outline(load_image(path), t.crop)
    return _plain_cache[key]


def tracked_how(root: Path, marker: Marker) -> str:
    """How the artwork is found, for the marker's header in the inspector."""
    t = marker.target
    assert t is not None
    try:
        plain: bool | None = picture_is_plain(root, marker)
    except MuseumArError:
        plain = None  # unknown: say what was chosen
    if plain is False:
        return tr("Artwork, found by its details")
    if t.outline:
        return tr("Artwork, found by its outline: it needs a visible edge against a wall of a different tone")
    return tr("Artwork without distinctive details: not found until it is tracked by its outline")


class OutlineChoice(QWidget):
    chosen = Signal(bool)  # the curator ticked or unticked the box (not emitted when shown)

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(tr("Track it by its outline"))
        self.box.toggled.connect(self.chosen.emit)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.box)
        lay.addWidget(self.note)

    def show_marker(self, root: Path, marker: Marker) -> bool:
        """Show an artwork marker's choice and what it does; False (and hidden) for a QR card."""
        t = marker.target
        self.setVisible(t is not None)
        if t is None:
            return False
        self.box.blockSignals(True)
        self.box.setChecked(t.outline)
        self.box.blockSignals(False)
        warn = False
        try:
            plain: bool | None = picture_is_plain(root, marker)
            error = ""
        except MuseumArError as e:
            plain, error = None, error_text(e)
        if plain is None:
            text = tr("The artwork's picture cannot be read: {error}", error=error)
            warn = True
        elif plain and t.outline:
            text = tr("It must hang with a visible edge against a wall of a clearly different tone (a darker or lighter wall, a contrasting frame or mount).")
        elif plain:
            text = tr("Without it this picture cannot be tracked: it has no distinctive details, and the preview and the export refuse it.")
            warn = True
        elif t.outline:
            text = tr("This picture has distinctive details and is found by them: the outline changes nothing.")
        else:
            text = tr("Found by its details; the outline is needed only for a picture without them.")
        # a featured picture is found by its features either way: the box only takes back a choice
        self.box.setEnabled(plain is not False or t.outline)
        self.note.setText(text)
        self.note.setStyleSheet("color: #b04000;" if warn else "")
        return True
