"""The briefing composer: a wizard from a choice of records to sealed, numbered personal copies.

Pages: dependencies, content (title, language, sections), classification, addressees and
output folder, preview, done. Every rule (the level may not be lower than the content's, an
addressee needs a key or a passphrase of 12+ characters) is the backend's: the pages ask
:func:`check_request` and :func:`check_addressees` and show their reason, disabling Next.
Sealing runs on the GUI thread under a modal progress dialog fed by the export's callback.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sdapp.core.errors import DomainError
from sdapp.gui.history_panel import ERROR_COLOUR
from sdapp.gui.labels import Labels
from sdapp.gui.pdf_preview import PDF_AVAILABLE, MemoryPdf
from sdapp.gui.risk_common import NOT_ASSESSED, RISKY_YES, risky_states
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.packs.briefing_content import SECTIONS, BriefingRequest, check_request, read_content, required_level
from sdapp.packs.briefing_pack import IssuedPack, PackAddressee, check_addressees, export_briefing
from sdapp.packs.briefing_pdf import Addressee, BriefingLayout, render_copy
from sdapp.vault.errors import VaultError
from sdapp.vault.keys import Contact

Index = QModelIndex | QPersistentModelIndex
PREVIEW_PAGES = 3
PREVIEW_WIDTH = 280  # three A4 pages side by side in the wizard's minimum width
HINT_STYLE = "color: #455a64;"
ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"


class _Cancelled(Exception):
    """The user cancelled sealing; the export removes what it wrote and registers nothing."""


@dataclass(frozen=True)
class _Row:
    id: str
    name: str
    domain: str
    level: str
    risky: str


class DependencyChoiceModel(QAbstractTableModel):
    """The register as a checklist: name (checkable), domain, classification, risky strategic."""

    checkedChanged = Signal()

    def __init__(self, rows: list[_Row], labels: Labels, headers: list[str], risky_texts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._labels = labels
        self._headers = headers
        self._risky_texts = risky_texts
        self._texts = [f"{r.name} {labels.domains.get(r.domain, r.domain)} {labels.levels.get(r.level, r.level)}"
                       .lower() for r in rows]
        self._visible = list(range(len(rows)))
        self.checked: set[str] = set()

    # filtering and choosing -------------------------------------------------------------------
    def set_filter(self, text: str, risky_only: bool) -> None:
        text = text.strip().lower()
        self.beginResetModel()
        self._visible = [i for i, r in enumerate(self._rows)
                         if (not text or text in self._texts[i]) and (not risky_only or r.risky == RISKY_YES)]
        self.endResetModel()

    def set_visible_checked(self, on: bool) -> None:
        """Select all / none acts on what the filter shows, so a filter plus "all" picks a theme."""
        ids = {self._rows[i].id for i in self._visible}
        self.checked = self.checked | ids if on else self.checked - ids
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, 0))
        self.checkedChanged.emit()

    def set_checked(self, ids: set[str]) -> None:
        self.beginResetModel()
        self.checked = set(ids)
        self.endResetModel()
        self.checkedChanged.emit()

    def checked_ids(self) -> tuple[str, ...]:
        """The chosen records in the register's order (the briefing keeps it)."""
        return tuple(r.id for r in self._rows if r.id in self.checked)

    def total(self) -> int:
        return len(self._rows)

    def visible_ids(self) -> list[str]:
        return [self._rows[i].id for i in self._visible]

    # Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            lb = self._labels
            return (row.name, lb.domains.get(row.domain, row.domain), lb.levels.get(row.level, row.level),
                    self._risky_texts.get(row.risky, row.risky))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(self._labels.level_colours.get(row.level, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.risky == RISKY_YES:
            return QColor("#c62828")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        dep_id = self._rows[self._visible[index.row()]].id
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self.checked.add(dep_id)
        else:
            self.checked.discard(dep_id)
        self.dataChanged.emit(index, index)
        self.checkedChanged.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


# pages --------------------------------------------------------------------------------------------


class DependenciesPage(QWizardPage):
    """(a) Which records go into the briefing."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the dependencies"))
        self.setSubTitle(self.tr("The briefing holds these records in the register's order. Its classification "
                                 "will be at least the highest level among them."))
        session = wizard.session
        risky = risky_states(session.vault.assessments)
        rows = [_Row(r.id, r.name, r.domain, r.classification, risky.get(r.id, NOT_ASSESSED))
                for r in session.vault.dependencies.rows()]
        self.model = DependencyChoiceModel(
            rows, wizard.labels,
            [self.tr("Name"), self.tr("Domain"), self.tr("Classification"), self.tr("Risky strategic")],
            {RISKY_YES: self.tr("Yes"), "no": self.tr("No"), NOT_ASSESSED: self.tr("Not assessed")}, self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, domain or classification"))
        self.search.setAccessibleName(self.tr("Filter the dependencies"))
        self.risky_only = QCheckBox(self.tr("Only risky strategic"), self)
        self.all_button = QPushButton(self.tr("Select &all"), self)
        self.all_button.setToolTip(self.tr("Select every dependency the filter shows"))
        self.none_button = QPushButton(self.tr("Select &none"), self)
        self.none_button.setToolTip(self.tr("Clear the selection of every dependency the filter shows"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dependencies to include"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 190), (2, 150), (3, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.clicked.connect(self._toggle_clicked)
        self.count = QLabel(self)
        self.count.setStyleSheet(HINT_STYLE)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.risky_only)
        top.addWidget(self.all_button)
        top.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._filter)
        self.risky_only.toggled.connect(self._filter)
        self.all_button.clicked.connect(lambda: self.model.set_visible_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_visible_checked(False))
        self.model.checkedChanged.connect(self._changed)
        self._changed()

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.risky_only.isChecked())
        self._changed()

    def _toggle_clicked(self, index: QModelIndex) -> None:
        """A click anywhere on a row other than its check box toggles it too: quicker with a long list."""
        if index.column() == 0:
            return
        first = self.model.index(index.row(), 0)
        state = self.model.data(first, Qt.ItemDataRole.CheckStateRole)
        self.model.setData(first, Qt.CheckState.Unchecked if state == Qt.CheckState.Checked
                           else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def _changed(self) -> None:
        chosen = len(self.model.checked)
        self.count.setText(self.tr("%1 of %2 dependencies chosen (%3 shown)")
                           .replace("%1", str(chosen)).replace("%2", str(self.model.total()))
                           .replace("%3", str(self.model.rowCount())))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.model.checked)

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() does not ask isComplete itself


class ContentPage(QWizardPage):
    """(b) Title, language and the sections of the PDF."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Title, language and sections"))
        self.setSubTitle(self.tr("The title is printed on the cover and in every copy's file name."))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the briefing"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Risicovolle strategische afhankelijkheden, stand 2025"))
        self.dutch = QRadioButton(self.tr("Dutch"), self)
        self.english = QRadioButton(self.tr("English"), self)
        self.dutch.setChecked(True)
        self.language_group = QButtonGroup(self)
        self.language_group.addButton(self.dutch)
        self.language_group.addButton(self.english)
        languages = QHBoxLayout()
        languages.addWidget(self.dutch)
        languages.addWidget(self.english)
        languages.addStretch(1)
        texts = {
            "cover": self.tr("Cover page (title, classification, copy number and addressee)"),
            "summary": self.tr("Summary table of the dependencies"),
            "matrix": self.tr("Risk matrix"),
            "dependencies": self.tr("One section per dependency (supply, assessment, action options)"),
            "annex": self.tr("Annex (list of the records; the spreadsheet annex is always attached)"),
        }
        self.sections: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Sections of the PDF"), self)
        box_layout = QVBoxLayout(box)
        for key in SECTIONS:
            check = QCheckBox(texts[key], box)
            check.setChecked(True)
            check.toggled.connect(lambda _on: self.completeChanged.emit())
            self.sections[key] = check
            box_layout.addWidget(check)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Language"), languages)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.title_edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def language(self) -> str:
        return "en" if self.english.isChecked() else "nl"

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(k for k, check in self.sections.items() if check.isChecked())

    def isComplete(self) -> bool:
        missing = []
        if not self.title_edit.text().strip():
            missing.append(self.tr("Give the briefing a title."))
        if not self.chosen_sections():
            missing.append(self.tr("Choose at least one section."))
        self.hint.setText(" ".join(missing))
        return not missing

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() does not ask isComplete itself


class ClassificationPage(QWizardPage):
    """(c) The marking, preset to the least level the content allows; a lower one is refused."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Classification"))
        self.setSubTitle(self.tr("A document carries the highest level of what it contains. The marking goes on "
                                 "the top and bottom of every page."))
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("Classification level"))
        ref = wizard.session.vault.ref
        for level in ref.levels:
            label = wizard.labels.levels.get(level.slug, level.slug)
            text = label if label.upper() == level.marking.upper() else f"{label}  ({level.marking})"
            self.level.addItem(text, level.slug)
            self.level.setItemData(self.level.count() - 1, QColor(level.colour), Qt.ItemDataRole.ForegroundRole)
        self.required = QLabel(self)
        self.required.setWordWrap(True)
        self.required.setTextFormat(Qt.TextFormat.RichText)
        self.official = QLineEdit(wizard.session.vault.actor.user, self)
        self.official.setAccessibleName(self.tr("Classifying official"))
        self.review = QCheckBox(self.tr("Review the classification on"), self)
        self.review_date = QDateEdit(QDate.currentDate().addYears(1), self)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setAccessibleName(self.tr("Review date"))
        self.review_date.setEnabled(False)
        self.review.toggled.connect(self.review_date.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addWidget(self.review_date)
        review_row.addStretch(1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why this classification is refused"))
        self.level.setMinimumWidth(360)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addStretch(1)
        level_label = QLabel(self.tr("&Level"), self)
        level_label.setBuddy(self.level)
        official_label = QLabel(self.tr("Classifying &official"), self)
        official_label.setBuddy(self.official)
        grid = QGridLayout(self)  # a form layout leaves gaps around the wrapped notes
        grid.setVerticalSpacing(8)
        grid.addWidget(level_label, 0, 0)
        grid.addLayout(level_row, 0, 1)
        grid.addWidget(self.required, 1, 1)
        grid.addWidget(self.error, 2, 1)
        grid.addWidget(official_label, 3, 0)
        grid.addWidget(self.official, 3, 1)
        grid.addWidget(QLabel(self.tr("Review"), self), 4, 0)
        grid.addLayout(review_row, 4, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.level.currentIndexChanged.connect(self._check)
        # the check reads the register (slow at 100 000 records): not on every keystroke
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._check)
        self.official.textChanged.connect(lambda _t: self._debounce.start())
        self._chosen: str | None = None  # the user's own choice, kept across Back and Next

    def initializePage(self) -> None:
        vault = self._wizard.session.vault
        needed = required_level(vault, self._wizard.dependency_ids())
        marking = f"<b style='color: {needed.colour}'>{html.escape(needed.marking)}</b>"
        self.required.setText(self.tr("The chosen records are marked up to %1, so the briefing needs at least "
                                      "that level.").replace("%1", marking))
        keep = self._chosen is not None and vault.ref.level(self._chosen).rank >= needed.rank
        self.set_level(self._chosen if keep and self._chosen else needed.slug)

    def set_level(self, slug: str) -> None:
        self.level.setCurrentIndex(self.level.findData(slug))
        self._check()

    def slug(self) -> str:
        return str(self.level.currentData())

    def review_on(self) -> dt.date | None:
        if not self.review.isChecked():
            return None
        d = self.review_date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _check(self) -> None:
        """Ask the backend whether this request may be made; its reason is shown as is."""
        self._chosen = self.slug()
        try:
            check_request(self._wizard.session.vault, self._wizard.request())
        except DomainError as exc:
            self.error.setText(self.tr("Refused: %1").replace("%1", str(exc)))
        else:
            self.error.clear()
        self.completeChanged.emit()

    def refusal(self) -> str:
        return self.error.text()

    def isComplete(self) -> bool:
        return not self.error.text()

    def validatePage(self) -> bool:
        self._debounce.stop()
        self._check()  # the official's name may have changed since the last check
        return self.isComplete()  # QWizard.next() does not ask isComplete itself


class AddresseesPage(QWizardPage):
    """(d) Who gets a numbered copy, and where the sealed files go."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Addressees and output folder"))
        self.setSubTitle(self.tr("Each addressee gets a personal numbered copy, sealed to them and logged in the "
                                 "copy register."))
        self.contacts: list[Contact] = wizard.session.vault.keys.contacts()
        self.by_contacts = QRadioButton(self.tr("&Contacts (sealed to each one's age key)"), self)
        self.by_passphrase = QRadioButton(self.tr("One addressee with a &passphrase"), self)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_contacts)
        self.mode.addButton(self.by_passphrase)
        self.contact_list = QListWidget(self)
        self.contact_list.setAccessibleName(self.tr("Contacts to send a copy to"))
        self.contact_list.setStyleSheet("QListWidget::item { padding: 3px; }")
        for contact in self.contacts:
            text = f"{contact.name} — {contact.organisation}" if contact.organisation else contact.name
            item = QListWidgetItem(text, self.contact_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, contact.name)
            item.setToolTip(contact.age_recipient)
        self.no_contacts = QLabel(self.tr("No contacts yet. Add them under Briefings › Contacts and keys, or seal "
                                          "one copy with a passphrase."), self)
        self.no_contacts.setWordWrap(True)
        self.no_contacts.setStyleSheet(HINT_STYLE)
        self.no_contacts.setVisible(not self.contacts)
        self.contact_list.setVisible(bool(self.contacts))

        self.pass_box = QWidget(self)
        self.pass_name = QLineEdit(self.pass_box)
        self.pass_name.setAccessibleName(self.tr("Addressee's name"))
        self.pass_org = QLineEdit(self.pass_box)
        self.pass_org.setAccessibleName(self.tr("Addressee's organisation"))
        self.passphrase = QLineEdit(self.pass_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Pack passphrase"))
        self.passphrase2 = QLineEdit(self.pass_box)
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2.setAccessibleName(self.tr("Repeat the pack passphrase"))
        pass_hint = QLabel(self.tr("At least 12 characters. Give the passphrase to the addressee by another way "
                                   "than the pack (in person or by phone)."), self.pass_box)
        pass_hint.setWordWrap(True)
        pass_hint.setStyleSheet(HINT_STYLE)
        pass_grid = QGridLayout(self.pass_box)  # not a form layout: it leaves a gap above a wrapped hint
        pass_grid.setContentsMargins(24, 0, 0, 0)
        for row, (text, edit) in enumerate(((self.tr("Name"), self.pass_name),
                                            (self.tr("Organisation"), self.pass_org),
                                            (self.tr("Passphrase"), self.passphrase),
                                            (self.tr("Repeat"), self.passphrase2))):
            pass_grid.addWidget(QLabel(text, self.pass_box), row, 0)
            pass_grid.addWidget(edit, row, 1)
        pass_grid.addWidget(pass_hint, 4, 1)
        pass_grid.setColumnStretch(1, 1)

        self.folder = QLineEdit(wizard.prefs.pack_folder or str(Path.home()), self)
        self.folder.setAccessibleName(self.tr("Output folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Output &folder"), self)
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(HINT_STYLE)

        contacts_box = QVBoxLayout()
        contacts_box.setContentsMargins(24, 0, 0, 0)
        contacts_box.addWidget(self.contact_list)
        contacts_box.addWidget(self.no_contacts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_contacts)
        layout.addLayout(contacts_box, 1)
        layout.addWidget(self.by_passphrase)
        layout.addWidget(self.pass_box)
        layout.addLayout(folder_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)

        (self.by_contacts if self.contacts else self.by_passphrase).setChecked(True)
        self.by_contacts.toggled.connect(self._changed)
        self.contact_list.itemChanged.connect(lambda _i: self._changed())
        for edit in (self.pass_name, self.pass_org, self.passphrase, self.passphrase2, self.folder):
            edit.textChanged.connect(lambda _t: self._changed())
        self._changed()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the sealed copies"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def check_contact(self, name: str, on: bool = True) -> None:
        for i in range(self.contact_list.count()):
            item = self.contact_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def addressees(self) -> list[PackAddressee]:
        if self.by_passphrase.isChecked():
            return [PackAddressee(self.pass_name.text().strip(), self.pass_org.text().strip(),
                                  passphrase=self.passphrase.text())]
        chosen = {str(self.contact_list.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.contact_list.count())
                  if self.contact_list.item(i).checkState() == Qt.CheckState.Checked}
        return [PackAddressee.from_contact(c) for c in self.contacts if c.name in chosen]

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _changed(self) -> None:
        use_pass = self.by_passphrase.isChecked()
        self.pass_box.setEnabled(use_pass)
        self.contact_list.setEnabled(not use_pass)
        self.error.setText(self._problem())
        count = len(self.addressees())
        self.summary.setText(self.tr("%1 numbered copies will be sealed.").replace("%1", str(count))
                             if count != 1 else self.tr("1 numbered copy will be sealed."))
        self.completeChanged.emit()

    def _problem(self) -> str:
        """What stops sealing, in the order a user fixes it; "" also while a field is still empty."""
        addressees = self.addressees()
        use_pass = self.by_passphrase.isChecked()
        if not addressees:
            return self.tr("Choose at least one contact.")
        if use_pass and not addressees[0].name:
            return self.tr("Name the addressee: the name is printed on the copy.")
        if use_pass and not self.passphrase.text():
            return ""
        try:
            check_addressees(addressees)
        except DomainError as exc:
            return str(exc)
        if use_pass and self.passphrase2.text() and self.passphrase2.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        if not self.out_dir().is_dir():
            return self.tr("The output folder does not exist.")
        return ""

    def isComplete(self) -> bool:
        if not self.addressees() or self.error.text():
            return False
        return not self.by_passphrase.isChecked() or (
            bool(self.passphrase.text()) and self.passphrase.text() == self.passphrase2.text())

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() does not ask isComplete itself


class PreviewPage(QWizardPage):
    """(e) The first pages of copy 1, rendered from memory; Next seals (no way back after)."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setCommitPage(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.pages_widget = QWidget()
        self.pages_layout = QHBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setContentsMargins(12, 12, 12, 12)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setStyleSheet("QScrollArea { background: #78909c; } QScrollArea > QWidget > QWidget "
                                  "{ background: #78909c; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        self.page_count = 0
        self.images: list[QPixmap] = []

    def initializePage(self) -> None:
        addressees = self._wizard.addressees()
        count = len(addressees)
        self.setSubTitle(self.tr("Copy 1 as its addressee will see it. Sealing writes %1 copies and logs them in "
                                 "the copy register; it cannot be undone.").replace("%1", str(count)))
        self._wizard.setButtonText(QWizard.WizardButton.CommitButton,
                                   self.tr("&Seal %1 copies").replace("%1", str(count)) if count != 1
                                   else self.tr("&Seal 1 copy"))
        self.error.clear()
        self._render(addressees[0], count)

    def _render(self, first: PackAddressee, count: int) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.images = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = self._wizard.session.vault
            layout = BriefingLayout(read_content(vault, self._wizard.request()))
            pdf_bytes = render_copy(layout, 1, count, Addressee(first.name, first.organisation),
                                    dt.datetime.now(dt.UTC))
            pdf = MemoryPdf(pdf_bytes, self)
            try:
                self.page_count = pdf.page_count() or layout.total_pages
                scale = self.devicePixelRatioF()
                for page in range(min(PREVIEW_PAGES, pdf.page_count())):
                    image = pdf.render_page(page, round(PREVIEW_WIDTH * scale))
                    pixmap = QPixmap.fromImage(image)
                    pixmap.setDevicePixelRatio(scale)
                    self.images.append(pixmap)
            finally:
                pdf.close()
                pdf.deleteLater()
        except (DomainError, VaultError) as exc:
            self.error.setText(self.tr("The preview cannot be made: %1").replace("%1", str(exc)))
            self.page_count = 0
        finally:
            QApplication.restoreOverrideCursor()
        for number, pixmap in enumerate(self.images, 1):
            label = QLabel(self.pages_widget)
            label.setPixmap(pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("background: white; border: 1px solid #37474f;")
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        if not PDF_AVAILABLE:
            note = QLabel(self.tr("This build of sdapp cannot show PDF pages."), self.pages_widget)
            self.pages_layout.addWidget(note)
        self.pages_layout.addStretch(1)
        who = f"{first.name}, {first.organisation}" if first.organisation else first.name
        self.info.setText(self.tr("Copy 1 of %1 for %2: %3 pages in all; the first %4 are shown.")
                          .replace("%1", str(count)).replace("%2", who).replace("%3", str(self.page_count))
                          .replace("%4", str(len(self.images))))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.error.text()

    def validatePage(self) -> bool:
        return self.isComplete() and self._wizard.seal()


class DonePage(QWizardPage):
    """(f) What was written, for the user to take to the courier."""

    def __init__(self, wizard: BriefingComposer) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Sealed"))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Files written"))
        self.note = QLabel(self.tr("Each .sdpack file is one addressee's copy; the .minisig beside it lets a "
                                   "courier check the sealed file without opening it. The copies are logged in "
                                   "the copy register, where their return or destruction is recorded."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        issued = self._wizard.issued
        folder = issued[0].path.parent if issued else self._wizard.addressees_page.out_dir()
        self.info.setText(self.tr("%1 copies were sealed into %2").replace("%1", str(len(issued)))
                          .replace("%2", str(folder)))
        self.files.clear()
        for pack in issued:
            size = pack.path.stat().st_size if pack.path.exists() else 0
            self.files.addItem(self.tr("Copy %1 for %2: %3 (%4 KB)").replace("%1", str(pack.copy_number))
                               .replace("%2", pack.addressee.name).replace("%3", pack.path.name)
                               .replace("%4", f"{max(1, round(size / 1024))}"))
            self.files.addItem(f"    {pack.signature_path.name}")


class BriefingComposer(QWizard):
    """New briefing…: compose, preview and seal. ``issued`` lists the copies once sealed."""

    sealed = Signal(list)

    def __init__(self, session: Session, labels: Labels, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.prefs = prefs
        self.issued: list[IssuedPack] = []
        self.setWindowTitle(self.tr("New briefing"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(900, 660)
        self.dependencies_page = DependenciesPage(self)
        self.content_page = ContentPage(self)
        self.classification_page = ClassificationPage(self)
        self.addressees_page = AddresseesPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.dependencies_page, self.content_page, self.classification_page, self.addressees_page,
                     self.preview_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

    # the choices as backend objects ----------------------------------------------------------------
    def dependency_ids(self) -> tuple[str, ...]:
        return self.dependencies_page.model.checked_ids()

    def request(self) -> BriefingRequest:
        c = self.classification_page
        return BriefingRequest(
            title=self.content_page.title_edit.text().strip(), dependency_ids=self.dependency_ids(),
            classification=c.slug(), classifying_official=c.official.text().strip(), review_date=c.review_on(),
            language=self.content_page.language(), sections=self.content_page.chosen_sections(),
            ministry=self.session.vault.actor.department)

    def addressees(self) -> list[PackAddressee]:
        return self.addressees_page.addressees()

    # sealing ---------------------------------------------------------------------------------------
    def seal(self) -> bool:
        """Write, seal and register every copy; False (with the reason on the preview page) if refused."""
        addressees = self.addressees()
        out_dir = self.addressees_page.out_dir()
        progress = QProgressDialog(self.tr("Laying out the briefing…"), self.tr("Cancel"), 0, len(addressees), self)
        progress.setWindowTitle(self.tr("Sealing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setValue(0)
        QApplication.processEvents()

        def step(done: int, total: int) -> None:
            progress.setLabelText(self.tr("Sealed copy %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))
            progress.setValue(done)  # a modal progress dialog processes events here: the UI stays live
            if progress.wasCanceled():
                raise _Cancelled

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self.issued = export_briefing(self.session.vault, self.request(), addressees, out_dir, progress=step)
        except _Cancelled:
            self.preview_page.error.setText(self.tr("Sealing was cancelled: nothing was written or registered."))
            return False
        except (DomainError, VaultError, OSError) as exc:
            self.preview_page.error.setText(self.tr("Sealing failed, nothing was written or registered: %1")
                                            .replace("%1", str(exc)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        self.prefs.pack_folder = str(out_dir)
        self.session.copiesChanged.emit()
        self.sealed.emit(self.issued)
        return True


__all__ = ["BriefingComposer", "DependencyChoiceModel"]
