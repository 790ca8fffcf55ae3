"""The exhibit tree: the exhibit, its markers, the items on each. Files dropped from the file
manager onto a marker (or one of its items) are attached to that marker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..core.exhibit import Exhibit
from .i18n import kind_name, language, number, tr
from .icons import ICON_PX, item_icon, marker_row_icon

ROLE = Qt.ItemDataRole.UserRole  # ("exhibit", None) | ("marker", marker_id) | ("item", item_id)


class ExhibitTree(QTreeWidget):
    selection_changed = Signal(object)  # (kind, id) or None
    files_dropped = Signal(str, list)  # marker id ("" = the exhibit: the window picks or asks), [Path]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("exhibitTree")
        self.setHeaderHidden(True)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a long marker label or item title wraps onto a second line beside its icon instead of
        # ending in "…" in a narrow panel (the tooltip still has the whole text)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setStretchLastSection(True)
        self.itemSelectionChanged.connect(self._on_selection)
        self._rebuilding = False

    # ------------------------------------------------------------ content

    def rebuild(self, exhibit: Exhibit, root: Path, prefer: tuple | None = None) -> None:
        """Show `exhibit`, selecting `prefer` (e.g. a marker just renamed), else keeping the
        current selection when it still exists."""
        keep = self.selected()
        self._rebuilding = True
        try:
            self.clear()
            lang = language()
            top = QTreeWidgetItem([exhibit.title.get(lang) or tr("(untitled exhibit)")])
            top.setData(0, ROLE, ("exhibit", None))
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            self.addTopLevelItem(top)
            for m in exhibit.markers:
                label = m.label.get(lang)
                text = f"{m.id} — {label}" if label else m.id
                mi = QTreeWidgetItem([text])
                if m.target is None:
                    tip = tr("Marker {id}, {size} mm. Drop files here to attach them.", id=m.id, size=f"{m.size_mm:g}")
                else:  # an artwork tracked by its own picture: its size is the width it hangs at
                    tip = tr("Artwork marker {id}, {size} mm wide. Drop files here to attach them.", id=m.id, size=number(m.size_mm, 0))
                mi.setToolTip(0, f"{label}\n{tip}" if label else tip)  # the whole label: a narrow tree cuts it
                mi.setIcon(0, marker_row_icon(m))  # a QR card or an artwork (image target)
                mi.setData(0, ROLE, ("marker", m.id))
                top.addChild(mi)
                for it in m.items:
                    name = it.title.get(lang) or it.source_name or kind_name(it.kind)
                    ii = QTreeWidgetItem([name if it.visible else tr("{name} (hidden)", name=name)])
                    ii.setToolTip(0, f"{name}\n{kind_name(it.kind)}: {it.source_name}")
                    ii.setIcon(0, item_icon(root, it))
                    ii.setData(0, ROLE, ("item", it.id))
                    mi.addChild(ii)
            self.expandAll()
            if not (prefer and self.select(*prefer)) and not (keep and self.select(*keep)):
                self.setCurrentItem(top)
        finally:
            self._rebuilding = False
        if self.selected() != keep:
            self._on_selection()

    def selected(self) -> tuple[str, str | None] | None:
        items = self.selectedItems()
        return items[0].data(0, ROLE) if items else None

    def select(self, kind: str, ident: str | None) -> bool:
        for node in self._walk():
            if node.data(0, ROLE) == (kind, ident):
                self.setCurrentItem(node)
                return True
        return False

    def node_for(self, kind: str, ident: str | None) -> QTreeWidgetItem | None:
        return next((n for n in self._walk() if n.data(0, ROLE) == (kind, ident)), None)

    def _walk(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.child(i) for i in range(node.childCount()))

    def _on_selection(self) -> None:
        if not self._rebuilding:
            self.selection_changed.emit(self.selected())

    # ------------------------------------------------------------ drops from the file manager

    def _marker_at(self, pos) -> str | None:
        """The marker under `pos` (or of the item there); "" on the exhibit's row or the empty
        space below the rows, where the window decides (the only marker, or it asks)."""
        node = self.itemAt(pos)
        if node is None:
            return ""
        while node is not None:
            kind, ident = node.data(0, ROLE)
            if kind == "marker":
                return ident
            node = node.parent()
        return ""

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e):
        if e.mimeData().hasUrls() and self._marker_at(e.position().toPoint()) is not None:
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e):
        marker_id = self._marker_at(e.position().toPoint())
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if marker_id is None or not paths:
            e.ignore()
            return
        e.acceptProposedAction()
        self.files_dropped.emit(marker_id, paths)


def tree_signature(exhibit, lang: str) -> tuple:
    """What the exhibit tree shows: when an edit leaves it alike (a placement, a description),
    the tree is not rebuilt — rebuilding it on every mouse move of a drag stalled the window."""
    return (
        exhibit.title.get(lang),
        tuple(
            (m.id, m.label.get(lang), m.size_mm, tuple((it.id, it.kind.value, it.title.get(lang), it.source_name, it.visible, it.thumbnail) for it in m.items))
            for m in exhibit.markers
        ),
    )
