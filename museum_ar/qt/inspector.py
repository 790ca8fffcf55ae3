"""The properties inspector: what is selected in the tree, as editable fields.

Every change becomes an undoable command on the Document. Typing into one field merges into one
undo step; leaving the field (editingFinished) ends the step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import commands as cmd
from ..core.exhibit import MAX_MARKER_MM, MIN_MARKER_MM, Mount
from ..core.item_kinds import kind_spec
from ..core.localized import LocalizedText
from ..core.transform import Transform, vec3
from .clip_choice import ClipChoice
from .document import Document
from .i18n import kind_name, tr
from .mesh_size_dialog import size_summary
from .outline_choice import OutlineChoice, tracked_how
from .placement import euler_from_quat, item_bounds, quat_from_euler, stand_on_marker, transform_command

LANG_NAMES = {"de": "German", "en": "English"}


def _spin(lo: float, hi: float, decimals: int, suffix: str, step: float) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(lo, hi)
    s.setDecimals(decimals)
    s.setSuffix(suffix)
    s.setSingleStep(step)
    s.setKeyboardTracking(False)  # one value per Enter / arrow click, not per keystroke
    # wide enough for the longest value with its unit ("-500,0 cm"), never cut to "31,2 c"
    widest = s.textFromValue(lo if len(s.textFromValue(lo)) >= len(s.textFromValue(hi)) else hi) + suffix
    s.setMinimumWidth(s.fontMetrics().horizontalAdvance(widest) + 34)
    return s


_CTRL_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y).toCombined()  # what QKeySequence("Ctrl+Y") holds


class UndoToDocument(QObject):
    """Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) in a focused field undo / redo the exhibit edit, not the
    field's own typing history: every value typed there already is an exhibit edit, and the
    field's undo would push a new edit instead of taking one back."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc

    def _which(self, e) -> str | None:
        if e.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if e.matches(QKeySequence.StandardKey.Redo) or e.keyCombination().toCombined() == _CTRL_Y:
            return "redo"
        return None

    def eventFilter(self, obj, e) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and self._which(e):
            e.accept()  # the key comes to the field (below), not to a window shortcut as well
            return True
        which = self._which(e) if e.type() == QEvent.Type.KeyPress else None
        if which is not None:
            self.doc.end_merge()
            getattr(self.doc, which)()
            return True
        return False


def _set_text(widget, text: str) -> None:
    """Update a text field from the exhibit without moving the cursor of one being typed into."""
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != text:
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)
            if not widget.hasFocus():
                widget.setCursorPosition(0)  # show the start of a long caption, not its end
        widget.blockSignals(False)


def _set_value(spin: QDoubleSpinBox, value: float) -> None:
    if abs(spin.value() - value) > 10 ** (-spin.decimals()) / 2:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)


class Inspector(QWidget):
    remove_requested = Signal(str, str)  # kind, id

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.doc = doc
        self.langs = list(doc.exhibit.languages) or ["de", "en"]
        self.selection: tuple[str, str | None] | None = None
        self._undo_filter = UndoToDocument(doc, self)
        self.pages = QStackedWidget()
        self.empty = QLabel(tr("Select the exhibit, a marker or an item in the tree to edit it."))
        self.empty.setWordWrap(True)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._exhibit_page())
        self.pages.addWidget(self._marker_page())
        self.pages.addWidget(self._item_page())
        self.pages.currentChanged.connect(self._fit_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        doc.changed.connect(self.refresh)

    # ------------------------------------------------------------ pages

    def _fit_page(self, index: int) -> None:
        """Size the stack to the page shown, not to the tallest page."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.adjustSize()

    @staticmethod
    def _form_page() -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        outer.addStretch(1)
        return page, form

    def _lang_fields(self, form: QFormLayout, label: str, on_edit, multiline: bool = False) -> dict:
        fields = {}
        columns = QHBoxLayout() if multiline else None  # long texts side by side, one column a language
        for lang in self.langs:
            w: QPlainTextEdit | QLineEdit
            if columns is not None:  # multiline
                w = plain = QPlainTextEdit()
                plain.installEventFilter(self._undo_filter)
                plain.setFixedHeight(96)
                plain.textChanged.connect(lambda lang=lang, w=plain: on_edit(lang, w.toPlainText()))
                col = QVBoxLayout()
                col.addWidget(QLabel(tr(LANG_NAMES.get(lang, lang))))
                col.addWidget(plain)
                columns.addLayout(col)
            else:
                w = line = QLineEdit()
                line.installEventFilter(self._undo_filter)
                line.textEdited.connect(lambda text, lang=lang: on_edit(lang, text))
                line.editingFinished.connect(self.doc.end_merge)
                form.addRow(f"{label} ({lang.upper()})", line)
            w.setToolTip(tr(LANG_NAMES.get(lang, lang)))
            fields[lang] = w
        if columns is not None:
            form.addRow(QLabel(label))
            form.addRow(columns)
        return fields

    def _exhibit_page(self) -> QWidget:
        page, form = self._form_page()
        form.addRow(QLabel(f"<b>{tr('Exhibit')}</b>"))
        self.ex_title = self._lang_fields(form, tr("Title"), lambda lang, v: self.doc.push(cmd.SetExhibitText("title", lang, v)))
        self.ex_desc = self._lang_fields(form, tr("Description"), lambda lang, v: self.doc.push(cmd.SetExhibitText("description", lang, v)), multiline=True)
        self.ex_url = QLineEdit()
        self.ex_url.setPlaceholderText("https://…/")
        self.ex_url.editingFinished.connect(self._url_edited)
        form.addRow(tr("Publish address"), self.ex_url)
        hint = QLabel(tr("The printed QR codes point to this address; the exported bundle is put there."))
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _marker_page(self) -> QWidget:
        page, form = self._form_page()
        self.mk_header = QLabel()
        self.mk_header.setWordWrap(True)  # an artwork marker says how it is found, in a long line
        form.addRow(self.mk_header)
        self.mk_outline = OutlineChoice()  # an artwork's: tracked by its outline (one undo step a click)
        self.mk_outline.chosen.connect(self._outline_chosen)
        form.addRow(self.mk_outline)
        self.mk_id = QLineEdit()
        self.mk_id.editingFinished.connect(self._marker_id_edited)
        form.addRow(tr("Marker id"), self.mk_id)
        self.mk_size = _spin(MIN_MARKER_MM, MAX_MARKER_MM, 1, " mm", 5.0)
        self.mk_size.valueChanged.connect(lambda v: self._edit_marker({"size_mm": v}))
        self.mk_size.editingFinished.connect(self.doc.end_merge)
        form.addRow(tr("Printed size"), self.mk_size)
        self.mk_mount = QComboBox()
        self.mk_mount.addItem(tr("On a table"), Mount.TABLE.value)
        self.mk_mount.addItem(tr("On a wall"), Mount.WALL.value)
        self.mk_mount.activated.connect(lambda i: self._edit_marker({"mount": Mount(self.mk_mount.itemData(i))}))
        form.addRow(tr("Mounted"), self.mk_mount)
        self.mk_label = self._lang_fields(form, tr("Label"), self._marker_label_edited)
        remove = QPushButton(tr("Remove marker"))
        remove.clicked.connect(lambda: self._remove_selected("marker"))
        form.addRow(remove)
        return page

    def _item_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.it_header = QLabel()
        self.it_header.setWordWrap(True)
        self.it_header.setMinimumHeight(40)
        outer.addWidget(self.it_header)
        texts = QGroupBox(tr("Texts"))
        form = QFormLayout(texts)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.it_visible = QCheckBox(tr("Visible on the tablet"))
        self.it_visible.toggled.connect(lambda on: self._edit_item({"visible": on}))
        form.addRow(self.it_visible)
        self.it_title = self._lang_fields(form, tr("Title"), lambda lang, v: self._edit_item({"title": v}, lang))
        self.it_caption = self._lang_fields(form, tr("Caption"), lambda lang, v: self._edit_item({"caption": v}, lang))
        self.it_desc = self._lang_fields(form, tr("Description"), lambda lang, v: self._edit_item({"description": v}, lang), multiline=True)
        outer.addWidget(texts)

        place = QGroupBox(tr("Placement on the marker"))
        pform = QFormLayout(place)
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.it_pos = [_spin(-500, 500, 1, " cm", 1.0) for _ in range(3)]
        self.it_rot = [_spin(-180, 180, 1, "°", 5.0) for _ in range(3)]
        self.it_scale = [_spin(0.001, 1000, 3, "×", 0.1) for _ in range(3)]
        pform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # three numbers need the width
        for row, spins, kind in ((tr("Position (x, up, z)"), self.it_pos, "move"), (tr("Turn, tilt, roll"), self.it_rot, "turn"), (tr("Scale (x, y, z)"), self.it_scale, "scale")):
            box = QHBoxLayout()
            for s in spins:
                s.valueChanged.connect(lambda _=0.0, kind=kind: self._transform_edited(kind))
                s.editingFinished.connect(self.doc.end_merge)
                s.installEventFilter(self._undo_filter)
                s.lineEdit().installEventFilter(self._undo_filter)
                box.addWidget(s)
            pform.addRow(row, box)
        buttons = QHBoxLayout()
        self.it_stand = QPushButton(tr("Stand on marker"))
        self.it_stand.setToolTip(tr("Move the item up or down so that its lowest point touches the marker."))
        self.it_stand.clicked.connect(self.stand_selected_on_marker)
        reset = QPushButton(tr("Reset placement"))
        reset.clicked.connect(lambda: self._push_transform(Transform(), "reset"))
        buttons.addWidget(self.it_stand)
        buttons.addWidget(reset)
        pform.addRow(buttons)
        outer.addWidget(place)

        self.it_play_box = QGroupBox(tr("Playback on the tablet"))
        play = QVBoxLayout(self.it_play_box)
        self.it_autoplay = QCheckBox(tr("Start by itself when the marker is seen"))
        self.it_loop = QCheckBox(tr("Repeat endlessly"))
        self.it_tap = QCheckBox(tr("Tap to play and pause"))
        for check, name in ((self.it_autoplay, "autoplay"), (self.it_loop, "loop"), (self.it_tap, "tap_to_play")):
            check.toggled.connect(lambda on, name=name: self._playback_edited(name, on))
            play.addWidget(check)
        self.it_clip = ClipChoice()  # a model with several clips: which one plays
        self.it_clip.chosen.connect(self._clip_chosen)
        play.addWidget(self.it_clip)
        outer.addWidget(self.it_play_box)
        remove = QPushButton(tr("Remove item"))
        remove.clicked.connect(lambda: self._remove_selected("item"))
        outer.addWidget(remove)
        outer.addStretch(1)
        return page

    # ------------------------------------------------------------ showing

    def _selected(self, kind: str) -> str | None:
        """The id of the marker or item shown, when one of that kind is."""
        if self.selection is not None and self.selection[0] == kind:
            return self.selection[1]
        return None

    def _remove_selected(self, kind: str) -> None:
        ident = self._selected(kind)
        if ident is not None:
            self.remove_requested.emit(kind, ident)

    def show_selection(self, selection) -> None:
        self.selection = selection
        self.refresh()

    def refresh(self) -> None:
        sel = self.selection
        ex = self.doc.exhibit
        try:
            if sel is None:
                self.pages.setCurrentIndex(0)
            elif sel[0] == "exhibit":
                self.pages.setCurrentIndex(1)
                for lang in self.langs:
                    _set_text(self.ex_title[lang], ex.title.values.get(lang, ""))
                    _set_text(self.ex_desc[lang], ex.description.values.get(lang, ""))
                _set_text(self.ex_url, ex.publish_url)
            elif sel[1] is None:  # a marker or an item always has its id: nothing to show
                self.selection = None
                self.pages.setCurrentIndex(0)
            elif sel[0] == "marker":
                m = ex.marker(sel[1])
                self.pages.setCurrentIndex(2)
                how = "" if m.target is None else "<br>" + tracked_how(self.doc.root, m)
                self.mk_header.setText(f"<b>{tr('Marker')} {m.id}</b>{how}")
                self.mk_outline.show_marker(self.doc.root, m)
                _set_text(self.mk_id, m.id)
                _set_value(self.mk_size, m.size_mm)
                self.mk_mount.setCurrentIndex(0 if m.mount is Mount.TABLE else 1)
                for lang in self.langs:
                    _set_text(self.mk_label[lang], m.label.values.get(lang, ""))
            else:
                self._refresh_item(sel[1])
        except Exception:  # the selection vanished (undo removed it): show nothing selected
            self.selection = None
            self.pages.setCurrentIndex(0)

    def _refresh_item(self, item_id: str) -> None:
        m, it = self.doc.exhibit.find_item(item_id)
        self.pages.setCurrentIndex(3)
        kind = kind_name(it.kind)
        self.it_header.setText(f"<b>{kind}</b> — {it.source_name or it.id}<br>{tr('on marker')} {m.id}{size_summary(it)}")
        self.it_visible.blockSignals(True)
        self.it_visible.setChecked(it.visible)
        self.it_visible.blockSignals(False)
        for lang in self.langs:
            _set_text(self.it_title[lang], it.title.values.get(lang, ""))
            _set_text(self.it_caption[lang], it.caption.values.get(lang, ""))
            _set_text(self.it_desc[lang], it.description.values.get(lang, ""))
        t = it.transform
        for s, v in zip(self.it_pos, t.translation):
            _set_value(s, v * 100)
        if not any(s.hasFocus() for s in self.it_rot):  # angles are not unique: keep what is typed
            for s, v in zip(self.it_rot, euler_from_quat(t.rotation)):
                _set_value(s, v)
        for s, v in zip(self.it_scale, t.scale):
            _set_value(s, v)
        # only what plays: media, and a model with a clip (the viewer and the app's preview play
        # it); for a still model, a picture or a text the options would do nothing
        timed = kind_spec(it.kind).timed or bool(it.info.get("animations"))
        self.it_play_box.setVisible(timed)
        for box, value in ((self.it_autoplay, it.playback.autoplay), (self.it_loop, it.playback.loop), (self.it_tap, it.playback.tap_to_play)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        if timed:
            self.it_clip.show_item(self.doc.root, it)
        else:
            self.it_clip.setVisible(False)

    # ------------------------------------------------------------ editing

    def _url_edited(self) -> None:
        if self.ex_url.text().strip() != self.doc.exhibit.publish_url:
            self.doc.push(cmd.SetPublishUrl(self.ex_url.text().strip()))
            self.doc.end_merge()

    def _edit_marker(self, changes: cmd.MarkerChanges) -> None:
        marker_id = self._selected("marker")
        if marker_id is not None and not self.doc.push(cmd.EditMarker(marker_id, changes)):
            self.refresh()

    def _outline_chosen(self, on: bool) -> None:
        """Ticked or unticked: one undo step each (the export compiles the target from the choice)."""
        self.doc.end_merge()
        self._edit_marker({"outline": on})
        self.doc.end_merge()

    def _marker_label_edited(self, lang: str, text: str) -> None:
        marker_id = self._selected("marker")
        if marker_id is not None:
            label: LocalizedText = self.doc.exhibit.marker(marker_id).label
            self._edit_marker({"label": label.with_text(lang, text)})

    def _marker_id_edited(self) -> None:
        old = self._selected("marker")
        if old is None:
            return
        new_id = self.mk_id.text().strip()
        if new_id == old:
            return
        self.selection = ("marker", new_id)
        if not self.doc.push(cmd.EditMarker(old, {"id": new_id})):
            self.selection = ("marker", old)
            _set_text(self.mk_id, old)
        else:
            from ..markers.payload import codes_too_close

            close = codes_too_close(self.doc.exhibit.publish_url, new_id, [m.id for m in self.doc.exhibit.markers])
            if close:
                self.doc.notice.emit(tr("The code of “{id}” differs from that of “{other}” in only {n} modules: a tablet far away may confuse them. Consider another id.", id=new_id, other=close[0][0], n=close[0][1]))
        self.doc.end_merge()

    def _edit_item(self, changes: cmd.ItemChanges, lang: str | None = None) -> None:
        item_id = self._selected("item")
        if item_id is not None:
            self.doc.push(cmd.EditItem(item_id, changes, lang))

    def _playback_edited(self, name: str, on: bool) -> None:
        item_id = self._selected("item")
        if item_id is not None:
            _, it = self.doc.exhibit.find_item(item_id)
            self.doc.push(cmd.set_playback(it, **{name: on}))

    def _clip_chosen(self, clip: str, all_clips: bool) -> None:
        item_id = self._selected("item")
        if item_id is not None:
            _, it = self.doc.exhibit.find_item(item_id)
            if (it.playback.clip, it.playback.all_clips) != (clip, all_clips):
                self.doc.push(cmd.set_playback(it, clip=clip, all_clips=all_clips))
                self.doc.end_merge()

    def _transform_edited(self, kind: str = "move") -> None:
        t = Transform(
            vec3(s.value() / 100 for s in self.it_pos),
            quat_from_euler(*(s.value() for s in self.it_rot)),
            vec3(s.value() for s in self.it_scale),
        )
        self._push_transform(t, kind)

    def _push_transform(self, t: Transform, kind: str = "move") -> None:
        item_id = self._selected("item")
        if item_id is not None:
            self.doc.push(transform_command(item_id, t, kind))

    def stand_selected_on_marker(self) -> None:
        item_id = self._selected("item")
        if item_id is not None:
            _, it = self.doc.exhibit.find_item(item_id)
            self.doc.end_merge()
            self._push_transform(stand_on_marker(it.transform, item_bounds(self.doc.root, it)), "stand")
            self.doc.end_merge()
