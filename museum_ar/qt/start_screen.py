"""What the window shows before an exhibit is open: new, open, the samples, recent exhibits."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import language, tr
from .icons import marker_icon
from .settings import recent_exhibits, sample_exhibits
from .widgets import fit_list_height

RECENT_MAX_ROWS = 8  # settings.MAX_RECENT are kept; should that grow, the list scrolls


def exhibit_summary(root: Path) -> tuple[str, int, int, Path | None]:
    """(title, markers, items, a thumbnail) read cheaply from exhibit.json for the start screen."""
    try:
        data = json.loads((root / "exhibit.json").read_text(encoding="utf-8"))
        title = data.get("title", {})
        name = title.get(language()) or title.get("de") or title.get("en") or root.name
        markers = data.get("markers", [])
        thumbs = [root / it["thumbnail"] for m in markers for it in m.get("items", []) if isinstance(it.get("thumbnail"), str) and it.get("kind") == "mesh"]
        thumb = next((p for p in thumbs if p.is_file()), None)
        return name, len(markers), sum(len(m.get("items", [])) for m in markers), thumb
    except (OSError, ValueError, AttributeError, TypeError):
        return root.name, 0, 0, None


class StartScreen(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    browse_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("startScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        title = QLabel(tr("museum-ar — augmented reality for exhibits"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        title.setFont(f)
        title.setWordWrap(True)  # a long German title must not widen the window
        outer.addWidget(title)
        sub = QLabel(tr("Attach 3D models, pictures, video, sound and text to printed QR markers; preview them through a camera; export a bundle for the tablets."))
        sub.setWordWrap(True)
        outer.addWidget(sub)
        outer.addSpacing(16)

        row = QHBoxLayout()
        new = QPushButton(tr("New exhibit…"))
        new.setObjectName("newButton")
        new.clicked.connect(self.new_requested)
        browse = QPushButton(tr("Open exhibit…"))
        browse.clicked.connect(self.browse_requested)
        for b in (new, browse):
            b.setMinimumHeight(40)
            b.setMinimumWidth(180)
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(16)

        samples = QGroupBox(tr("Sample exhibits"))
        grid = QGridLayout(samples)
        found = sample_exhibits()
        if not found:
            grid.addWidget(QLabel(tr("No sample exhibits were found next to the program.")), 0, 0)
        self.sample_buttons: list[QToolButton] = []
        for i, root in enumerate(found):
            name, n_markers, n_items, thumb = exhibit_summary(root)
            b = QToolButton()
            b.setObjectName(f"sample-{root.name}")
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setIcon(QIcon(str(thumb)) if thumb else marker_icon())
            b.setIconSize(QSize(64, 64))
            f = b.font()
            f.setPointSizeF(f.pointSizeF() * 1.15)
            b.setFont(f)
            b.setText(f"{name}\n{tr('Markers: {markers} · items: {items}', markers=n_markers, items=n_items)}")
            b.setToolTip(str(root))
            b.setMinimumHeight(84)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, root=root: self.open_requested.emit(root))
            grid.addWidget(b, i // 2, i % 2)
            self.sample_buttons.append(b)
        outer.addWidget(samples)

        recent = QGroupBox(tr("Recently opened"))
        lay = QVBoxLayout(recent)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setIconSize(QSize(24, 24))
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.itemClicked.connect(self._recent_activated)
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.recent_empty = QLabel(tr("No exhibit opened yet."))
        self.recent_empty.setObjectName("recentEmpty")
        lay.addWidget(self.recent_list)
        lay.addWidget(self.recent_empty)
        outer.addWidget(recent)
        outer.addStretch(1)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        """The recent exhibits as a list as tall as its entries, or a short remark when there are none."""
        self.recent_list.clear()
        for root in recent_exhibits():
            name, _n_markers, _, _ = exhibit_summary(root)
            it = QListWidgetItem(marker_icon(24), f"{name}  —  {root}")
            it.setData(Qt.ItemDataRole.UserRole, str(root))
            it.setToolTip(str(root))
            self.recent_list.addItem(it)
        n = self.recent_list.count()
        self.recent_list.setVisible(n > 0)
        self.recent_empty.setVisible(n == 0)
        if n:
            fit_list_height(self.recent_list, 1, RECENT_MAX_ROWS, min_row_px=28)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(Path(path))
