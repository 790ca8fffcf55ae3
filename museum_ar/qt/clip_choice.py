"""The inspector's choice of which animation clip a model plays (issue 15): the model's clips by
name, as its file lists them (core/clips.py), and "all together". A stored clip the model no
longer has (its file changed) is shown as such, with what plays instead: the first clip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ..core.clips import clip_missing, model_clip_names
from ..core.exhibit import Item
from .i18n import tr

class ClipChoice(QWidget):
    chosen = Signal(str, bool)  # clip name ("" with all), all clips together

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr("Animation"))
        self.combo = QComboBox()
        self.combo.setToolTip(tr("Which of the model's animations plays on the tablet and in the preview"))
        self.combo.activated.connect(self._activated)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b04000;")
        for w in (self.title, self.combo, self.warning):
            lay.addWidget(w)

    def show_item(self, root: Path, item: Item) -> bool:
        """Fill in the item's model's clips and its choice; False (and hidden) when there is
        nothing to choose: no clips, or one and no stale name."""
        names = model_clip_names(root, item)
        p = item.playback
        missing = clip_missing(names, p.clip, p.all_clips)
        self.combo.blockSignals(True)
        self.combo.clear()
        if missing:
            self.combo.addItem(tr("“{name}” (not in the model)", name=p.clip), ("missing", p.clip))
        for name in names:
            self.combo.addItem(name, ("clip", name))
        self.combo.addItem(tr("All together"), ("all", ""))
        if missing:
            index = 0
        elif p.all_clips:
            index = self.combo.count() - 1
        else:
            index = names.index(p.clip) if p.clip in names else 0
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.warning.setVisible(missing)
        if missing:
            self.warning.setText(tr("The model has no animation “{name}” (any more): its first, “{first}”, plays.", name=p.clip, first=names[0]))
        shown = len(names) > 1 or missing
        self.setVisible(shown)
        return shown

    def _activated(self, index: int) -> None:
        what, name = self.combo.itemData(index)
        if what == "clip":
            self.chosen.emit(name, False)
        elif what == "all":
            self.chosen.emit("", True)
