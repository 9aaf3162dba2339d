"""The Options tab of a dependency: its action options in a list beside the editor, a comparison
of them, new options from the category templates, and the templates dialog."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.model import ActionOption
from sdapp.core.options import changed_since_agreement
from sdapp.core.reference import ReferenceData
from sdapp.core.richtext import parse_record_link
from sdapp.gui.labels import Labels
from sdapp.gui.option_common import CHANGED_COLOUR, STATUS_COLOURS, category_text, rung_text, status_text
from sdapp.gui.option_compare import OptionCompareView
from sdapp.gui.option_editor import OptionEditor
from sdapp.gui.option_templates_dialog import OptionTemplatesDialog
from sdapp.gui.session import Session
from sdapp.vault.errors import NotFound

Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_TITLE, COL_RUNG, COL_STATUS = range(4)
PAGE_EDIT, PAGE_COMPARE = range(2)


class OptionListModel(QAbstractTableModel):
    """The options of one dependency: number (as in the comparison), title, rung, status."""

    def __init__(self, ref: ReferenceData, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.labels = labels
        self.options: list[ActionOption] = []

    def set_options(self, options: list[ActionOption]) -> None:
        self.beginResetModel()
        self.options = list(options)
        self.endResetModel()

    def set_labels(self, labels: Labels) -> None:
        self.beginResetModel()
        self.labels = labels
        self.endResetModel()

    def row_of(self, option_id: str) -> int:
        return next((i for i, o in enumerate(self.options) if o.id == option_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        o = self.options[index.row()]
        column = index.column()
        changed = changed_since_agreement(o)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(index.row() + 1)
            if column == COL_TITLE:
                return o.title
            if column == COL_RUNG:
                return str(o.rung)
            return status_text(o.status) + (" ⚠" if changed else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lang = self.labels.language
            parts = [o.title, f"{category_text(self.ref, lang, o.category)} · {rung_text(self.ref, lang, o.rung)}"]
            if changed:
                parts.append(QCoreApplication.translate(
                    "OptionsPanel", "Changed since agreement: a second user must agree it again"))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor(CHANGED_COLOUR if changed else STATUS_COLOURS.get(o.status, "#000000")))
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_RUNG):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return o.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("#", QCoreApplication.translate("OptionsPanel", "Title"),
                    QCoreApplication.translate("OptionsPanel", "Rung"),
                    QCoreApplication.translate("OptionsPanel", "Status"))[section]
        return None


class OptionsPanel(QWidget):
    """The Options tab. ``openRecordRequested(kind, id)`` when a link in an option's text points
    to another dependency or to an option of another dependency."""

    openRecordRequested = Signal(str, str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("optionsPanel")
        self._dep_id: str | None = None
        self._in_bin = False
        self._selecting = False

        self.caption = QLabel(self)
        font = QFont(self.caption.font())
        font.setBold(True)
        self.caption.setFont(font)
        self.new_button = QPushButton(self)
        self.new_button.setMenu(QMenu(self.new_button))
        self.new_button.menu().aboutToShow.connect(self._fill_new_menu)
        self.templates_button = QPushButton(self)
        self.templates_button.clicked.connect(self.edit_templates)
        self.edit_toggle = QToolButton(self)
        self.compare_toggle = QToolButton(self)
        self.view_group = QButtonGroup(self)
        for i, button in enumerate((self.edit_toggle, self.compare_toggle)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_group.addButton(button, i)
        self.edit_toggle.setChecked(True)
        self.view_group.idClicked.connect(self._view_chosen)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.edit_toggle)
        top.addWidget(self.compare_toggle)
        top.addSpacing(12)
        top.addWidget(self.templates_button)
        top.addWidget(self.new_button)

        self.model = OptionListModel(session.ref, labels, self)
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RUNG, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(COL_NUMBER, 30)
        self.list.setMinimumWidth(250)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_empty = QLabel(self)
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_empty)

        self.editor = OptionEditor(session, labels, self)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.editor.linkActivated.connect(self.open_link)
        self.no_selection = QLabel(self)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.no_selection)
        self.editor_stack.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([290, 800])

        self.compare = OptionCompareView(session, labels, self)
        self.compare.optionActivated.connect(self._compare_activated)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.compare)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("font-size: 11pt;")
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(self.pages, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.stack)

        self.session.optionChanged.connect(self._options_changed)
        self.retranslate()
        self.set_dependency(None)

    # texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Save the dependency first; then you can draft its action options."))
        self.new_button.setText(self.tr("New option"))
        self.new_button.setToolTip(self.tr("Draft a new option, prefilled from the template of its category"))
        self.templates_button.setText(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Edit the prompts and standard texts per category"))
        self.edit_toggle.setText(self.tr("Options"))
        self.edit_toggle.setToolTip(self.tr("The options one by one, with the editor"))
        self.compare_toggle.setText(self.tr("Compare"))
        self.compare_toggle.setToolTip(self.tr("The options side by side, and cost against risk reduction"))
        self.list.setAccessibleName(self.tr("Options of this dependency"))
        self.list_empty.setText(self.tr("No options yet. Use \"New option\" to draft one from a template."))
        self.no_selection.setText(self.tr("Choose an option on the left, or draft a new one with \"New option\"."))
        self._update_caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.model.set_labels(labels)
        self.editor.set_labels(labels)
        self.compare.set_labels(labels)
        self.retranslate()

    def _update_caption(self) -> None:
        count = len(self.model.options)
        self.caption.setText(self.tr("Action options (%1)").replace("%1", str(count)))
        self.list.setVisible(count > 0)
        self.list_empty.setVisible(count == 0)

    # data ------------------------------------------------------------------------------------------
    def set_dependency(self, dep_id: str | None, in_bin: bool = False) -> None:
        """Show the options of ``dep_id`` (None: a dependency not saved yet)."""
        same = dep_id is not None and dep_id == self._dep_id
        self._dep_id = dep_id
        self._in_bin = in_bin
        if dep_id is None or not self.session.vault.is_open:
            self.model.set_options([])
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        keep = self.editor.option_id() if same else None
        self._reload(keep)
        if not same:
            self.show_compare(False)
        self.new_button.setEnabled(not in_bin)
        self.compare.set_dependency(dep_id)

    def dependency_id(self) -> str | None:
        return self._dep_id

    def _reload(self, keep: str | None) -> None:
        assert self._dep_id is not None
        options = self.session.vault.options.for_dependency(self._dep_id)
        self.model.set_options(options)
        self._update_caption()
        ids = [o.id for o in options]
        if keep and self.editor.is_new() and self.editor.dependency_id() == self._dep_id:
            return  # a new option being drafted stays in the editor
        if keep in ids:
            self._select_row(ids.index(keep))
            if not self.editor.is_dirty():
                self.editor.load(keep)
        elif ids:
            self._select_row(0)
            self.editor.load(ids[0])
            self.editor_stack.setCurrentIndex(1)
        else:
            self._select_row(-1)
            self.editor_stack.setCurrentIndex(0)

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            if row < 0:
                self.list.clearSelection()
            else:
                self.list.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.list.setCurrentIndex(self.model.index(row, COL_TITLE))
        finally:
            self._selecting = False

    def options(self) -> list[ActionOption]:
        return list(self.model.options)

    def selected_id(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.options[rows[0].row()].id if rows else None

    def select_option(self, option_id: str) -> bool:
        """Show ``option_id`` in the editor (after asking about unsaved edits)."""
        row = self.model.row_of(option_id)
        if row < 0:
            return False
        if self.editor.option_id() != option_id and not self.editor.request_leave():
            return False
        self.show_compare(False)
        self._select_row(row)
        self.editor.load(option_id)
        self.editor_stack.setCurrentIndex(1)
        return True

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._selecting:
            return
        option_id = self.selected_id()
        if option_id is None or (option_id == self.editor.option_id() and not self.editor.is_new()):
            return
        if not self.editor.request_leave():
            previous = self.model.row_of(self.editor.option_id())
            self._select_row(previous)
            return
        self.editor.load(option_id)
        self.editor_stack.setCurrentIndex(1)

    def _options_changed(self, dep_id: str) -> None:
        if dep_id != self._dep_id or not self.session.vault.is_open:
            return
        current = self.editor.option_id()
        self._reload(current)

    # actions ------------------------------------------------------------------------------------------
    def _fill_new_menu(self) -> None:
        menu = self.new_button.menu()
        menu.clear()
        lang = self.labels.language
        heading = menu.addAction(self.tr("Category of the new option:"))
        heading.setEnabled(False)
        for c in self.session.ref.option_categories:
            action = menu.addAction(c.label.text(lang))
            action.triggered.connect(lambda _c=False, slug=c.slug: self.new_option(slug))

    def new_option(self, category: str) -> bool:
        """Start a new option in ``category`` (after asking about unsaved edits)."""
        if self._dep_id is None or self._in_bin or not self.editor.request_leave():
            return False
        self.show_compare(False)
        self._select_row(-1)
        self.editor.new_option(self._dep_id, category)
        self.editor_stack.setCurrentIndex(1)
        return True

    def edit_templates(self) -> None:
        dialog = OptionTemplatesDialog(self.session, self.labels, self)
        dialog.exec()
        dialog.deleteLater()

    def show_compare(self, on: bool) -> None:
        if on and not self.editor.request_leave():
            on = False
        self.pages.setCurrentIndex(PAGE_COMPARE if on else PAGE_EDIT)
        (self.compare_toggle if on else self.edit_toggle).setChecked(True)

    def _view_chosen(self, index: int) -> None:
        self.show_compare(index == PAGE_COMPARE)

    def _compare_activated(self, option_id: str) -> None:
        self.select_option(option_id)

    def _saved(self, option_id: str) -> None:
        self._reload(option_id)
        self.editor_stack.setCurrentIndex(1)

    def _deleted(self, _option_id: str) -> None:
        self._reload(None)

    def open_link(self, url: str) -> None:
        """A record link in an option's text: an option of this dependency opens here; anything else
        goes to the window (``openRecordRequested``)."""
        target = parse_record_link(url)
        if target is None:
            return
        kind, record_id = target
        if kind == "option" and self.model.row_of(record_id) >= 0:
            self.select_option(record_id)
            return
        if kind == "option":
            try:
                self.session.vault.options.get(record_id)
            except NotFound:
                return
        self.openRecordRequested.emit(kind, record_id)

    def request_leave(self) -> bool:
        return self.editor.request_leave()
