"""Ask the curator how big an imported 3D model is and which way is up, when the file does not say
(OBJ, STL, PLY without a unit) or when its true size is far larger than the marker; and show a
scan whose leaning base was stood level, with the choice to keep its lean or turn it.

The import has already run with the proposed unit and the detected up axis; the dialog shows that
proposal preselected with its reason and the size it gives next to the marker, and applies the
choice as the item's transform (content.mesh_size.rechoose): no second import.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..content.mesh_size import FIT_MARKER_EDGES, UP_ROTATIONS, quat_of, rechoose
from ..content.options import UNITS
from ..core.exhibit import edge_m_of
from ..core.transform import Transform, vec3
from . import i18n
from .i18n import tr
from .widgets import ok_cancel_buttons

_UNIT_LABELS = {"m": "metres", "dm": "decimetres", "cm": "centimetres", "mm": "millimetres", "in": "inches", "ft": "feet"}
_UP_ORDER = ["y", "z", "-z", "-y", "x", "-x"]


def length_text(m: float) -> str:
    """'10.5 cm' (English) or '10,5 cm' (German: numbers follow the UI language)."""
    if m >= 1.0:
        text = f"{m:.3g} m"
    elif m >= 0.01:
        text = f"{m * 100:.3g} cm"
    else:
        text = f"{m * 1000:.3g} mm"
    return text.replace(".", ",") if i18n.language() == "de" else text


class MeshSizeDialog(QDialog):
    """Unit (preselected: the file's or the proposal) or "fit to the marker", and the up axis."""

    def __init__(self, item, marker_mm: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meshSizeDialog")
        self.item, self.marker_m = item, edge_m_of(marker_mm)
        info = item.info
        self.sized = bool(info.get("size_question"))  # else only the up axis and the levelling are asked
        self.setWindowTitle(tr("Size of {name}", name=item.source_name) if self.sized else tr("Which way is up: {name}", name=item.source_name))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        if not self.sized:
            why = ""
        elif info.get("unit_source") == "proposed":
            units = max(info["size_m"]) / float(info.get("metres_per_unit") or 1.0)
            n = f"{units:.4g}".replace(".", ",") if i18n.language() == "de" else f"{units:.4g}"
            why = tr("The file does not say in which unit it was made. It is {n} units long; proposed: {unit}.",
                     n=n, unit=tr(_UNIT_LABELS[info["unit_proposal"]]))
        else:
            why = tr("At its true size it is far larger than its {mm} mm marker.", mm=f"{marker_mm:g}")
        if self.sized and info.get("scale_free"):  # a photogrammetry reconstruction: no unit can be right for it
            why = tr("Made with {tool}: a reconstruction like this has no real scale. Measure the object and choose the unit that gives its size, or fit it to the marker.",
                     tool=info["scale_free"])
        if info.get("level_rotation") is not None:
            lean = f"{float(info.get('level_deg') or 0):.1f}"
            why = (why + " " if why else "") + tr("Its flat base leaned {deg}° in the file; it now stands level on it.",
                                                  deg=lean.replace(".", ",") if i18n.language() == "de" else lean)
        intro = QLabel(why)
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.units = QComboBox()
        self.units.setObjectName("unit")
        for u in UNITS:
            self.units.addItem(tr(_UNIT_LABELS[u]), u)
        self.units.setCurrentIndex(list(UNITS).index(info.get("unit") if info.get("unit") in UNITS else info.get("unit_proposal", "m")))
        self.by_unit = QRadioButton(tr("True size in"))
        self.by_fit = QRadioButton(tr("Fit to the marker ({size})", size=length_text(FIT_MARKER_EDGES * self.marker_m)))
        group = QButtonGroup(self)
        group.addButton(self.by_unit)
        group.addButton(self.by_fit)
        # fit is preselected where the file's numbers mean no size at all
        (self.by_fit if info.get("scale_free") else self.by_unit).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.by_unit)
        row.addWidget(self.units, 1)
        if self.sized:
            lay.addLayout(row)
            lay.addWidget(self.by_fit)

        up_row = QHBoxLayout()
        up_row.addWidget(QLabel(tr("Up in the file:")))
        self.up = QComboBox()
        self.up.setObjectName("up")
        for a in _UP_ORDER:
            self.up.addItem(a.upper(), a)
        self.up.setCurrentIndex(_UP_ORDER.index(info.get("up_axis", "y")))
        up_row.addWidget(self.up, 1)
        turn = QPushButton(tr("Turn: which way is up"))
        turn.setObjectName("turnUp")
        turn.setToolTip(tr("Try the next axis as up"))
        turn.clicked.connect(lambda: self.up.setCurrentIndex((self.up.currentIndex() + 1) % len(_UP_ORDER)))
        up_row.addWidget(turn)
        lay.addLayout(up_row)
        # the levelling was measured on the base of the detected up axis: another axis drops it
        self.level = QCheckBox(tr("Level the base"))
        self.level.setObjectName("level")
        self.level.setChecked(True)
        self.level.setVisible(info.get("level_rotation") is not None)
        lay.addWidget(self.level)

        self.result_label = QLabel()  # not `result`: that is QDialog.result()
        self.result_label.setObjectName("sizeResult")
        self.result_label.setWordWrap(True)
        lay.addWidget(self.result_label)
        buttons = ok_cancel_buttons(self, tr("Attach"), tr("Leave out"))
        lay.addWidget(buttons)
        for w in (self.units.currentIndexChanged, self.up.currentIndexChanged, self.by_unit.toggled, self.level.toggled):
            w.connect(self._update)
        self._update()

    def choice(self) -> dict:
        up = self.up.currentData()
        level = self.level.isChecked()
        if not self.sized:  # the size stays as imported
            return {"up": up, "level": level}
        if self.by_fit.isChecked():
            return {"fit_m": FIT_MARKER_EDGES * self.marker_m, "up": up, "level": level}
        return {"unit": self.units.currentData(), "up": up, "level": level}

    def _update(self) -> None:
        self.units.setEnabled(self.by_unit.isChecked())
        self.level.setEnabled(self.up.currentData() == self.item.info.get("up_axis", "y"))
        _, _, _, changes = rechoose(self.item.info, **self.choice())
        x, y, z = changes["size_m"]
        self.result_label.setText(tr("It will stand {h} tall ({x} × {y} × {z}); the marker is {m}.",
                               h=length_text(y), x=length_text(x), y=length_text(y), z=length_text(z), m=length_text(self.marker_m)))

    def apply(self) -> None:
        """Set the item's transform and info to the chosen size and up axis."""
        apply_choice(self.item, **self.choice())


def size_summary(item) -> str:
    """'<br>28 cm tall · unit: millimetres (asked) · Z up' for a mesh item in the inspector; '' otherwise."""
    info = item.info
    if item.kind.value != "mesh" or "size_m" not in info:
        return ""
    scale = float(item.transform.scale[1]) / float(info.get("choice_scale", 1.0))
    height = length_text(float(info["size_m"][1]) * scale)
    unit = info.get("unit", "")
    unit_text = tr("fitted to the marker") if unit == "fit" else tr(_UNIT_LABELS.get(unit, unit))
    source = {"asked": tr("chosen"), "file": tr("stated by the file"), "proposed": tr("proposed, not confirmed"), "fit": tr("chosen")}.get(info.get("unit_source"), "")
    text = "<br>" + tr("{h} tall · unit: {unit} ({source}) · {up} up", h=height, unit=unit_text, source=source, up=str(info.get("up_axis", "y")).upper())
    if info.get("level_rotation") is not None and not info.get("level_undone"):
        lean = f"{float(info.get('level_deg') or 0):.1f}"
        text += " · " + tr("levelled by {deg}°", deg=lean.replace(".", ",") if i18n.language() == "de" else lean)
    return text


def apply_choice(item, **choice) -> None:
    scale, rot, translation, changes = rechoose(item.info, **choice)
    item.transform = Transform(vec3(translation), quat_of(rot), (scale, scale, scale))
    item.info = {**item.info, **changes, "choice_scale": scale}


def ask_mesh_sizes(parent, marker, items: list) -> list:
    """For each imported mesh whose size is a question, or whose leaning base was stood level, ask.
    Returns the items to add (a model the
    curator chose to leave out is dropped); services.attach lays them out on the marker."""
    keep = []
    for it in items:
        if it.kind.value == "mesh" and (it.info.get("size_question") or it.info.get("level_rotation") is not None):
            dialog = MeshSizeDialog(it, marker.size_mm, parent)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if accepted:
                dialog.apply()
            dialog.deleteLater()  # Qt deletes it (with its parent alive), never Python's GC at exit
            if not accepted:
                continue
        keep.append(it)
    return keep


__all__ = ["UP_ROTATIONS", "MeshSizeDialog", "apply_choice", "ask_mesh_sizes"]
