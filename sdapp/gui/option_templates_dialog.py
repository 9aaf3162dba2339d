"""The "Templates…" dialog: per category of the toolbox and per language, the questions the option
editor shows beside the text and the standard text a new option starts with.

The defaults ship as reference data; what users change is stored in the vault (only the
templates that differ from their default, see :mod:`sdapp.core.option_templates`), through
:meth:`Session.save_option_templates`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ReferenceDataError
from sdapp.core.option_templates import TEMPLATE_LANGUAGES, Key, OptionTemplate, same_template
from sdapp.core.richtext import same_markdown
from sdapp.gui.labels import Labels
from sdapp.gui.markdown_edit import FormattingBar, MarkdownEdit
from sdapp.gui.session import Session
from sdapp.vault.errors import VaultError

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class OptionTemplatesDialog(QDialog):
    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("optionTemplatesDialog")
        repo = session.vault.options
        self._defaults = repo.default_templates()
        self._stored = repo.templates()
        self._edited: dict[Key, OptionTemplate] = {}
        self._key: Key | None = None
        self._loading = False
        self._body_markdown = ""

        self.categories = QListWidget(self)
        self.categories.setMinimumWidth(300)
        self.categories.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.categories.setWordWrap(True)
        for c in session.ref.option_categories:
            item = QListWidgetItem(c.label.text(labels.language), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, c.slug)
        self.categories.currentRowChanged.connect(lambda _r: self._switch())

        self.languages = QTabBar(self)
        for lang in TEMPLATE_LANGUAGES:
            self.languages.addTab(LANGUAGE_NAMES[lang])
        self.languages.setCurrentIndex(TEMPLATE_LANGUAGES.index(labels.language)
                                       if labels.language in TEMPLATE_LANGUAGES else 0)
        self.languages.currentChanged.connect(lambda _i: self._switch())
        self.rung_label = QLabel(self)
        self.rung_combo = QComboBox(self)
        self.rung_combo.addItem("", 0)
        for r in session.ref.ladder:
            self.rung_combo.addItem(f"{r.rung} - {r.label.text(labels.language)}", r.rung)
        self.rung_label.setBuddy(self.rung_combo)
        self.rung_combo.currentIndexChanged.connect(self._rung_changed)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)

        self.prompts_edit = QPlainTextEdit(self)
        self.prompts_edit.setTabChangesFocus(True)
        self.prompts_edit.setFixedHeight(100)
        self.body_edit = MarkdownEdit(self)
        self.body_edit.setMinimumHeight(200)
        self.format_bar = FormattingBar(self.body_edit, self)
        self.format_bar.link.hide()  # a template is for any dependency: no links to one record
        self.format_bar.unlink.hide()
        self.legal_edit = QLineEdit(self)
        self.risks_edit = QLineEdit(self)
        self.prompts_label, self.body_label = QLabel(self), QLabel(self)
        self.legal_label, self.risks_label = QLabel(self), QLabel(self)
        for label, buddy in ((self.prompts_label, self.prompts_edit), (self.body_label, self.body_edit),
                             (self.legal_label, self.legal_edit), (self.risks_label, self.risks_edit)):
            label.setBuddy(buddy)
        self.state_label = QLabel(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_to_default)

        right = QWidget(self)
        form_layout = QVBoxLayout(right)
        form_layout.setContentsMargins(8, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.rung_label)
        heading.addWidget(self.rung_combo)
        form_layout.addLayout(heading)
        form_layout.addWidget(self.languages)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.prompts_label, self.prompts_edit)
        body = QVBoxLayout()
        body.setSpacing(4)
        body.addWidget(self.format_bar)
        body.addWidget(self.body_edit, 1)
        form.addRow(self.body_label, body)
        form.addRow(self.legal_label, self.legal_edit)
        form.addRow(self.risks_label, self.risks_edit)
        form_layout.addLayout(form, 1)
        state = QHBoxLayout()
        state.addWidget(self.state_label, 1)
        state.addWidget(self.reset_button)
        form_layout.addLayout(state)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.categories)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([310, 730])
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        for edit in (self.prompts_edit, self.body_edit):
            edit.textChanged.connect(self._changed)
        for line in (self.legal_edit, self.risks_edit):
            line.textChanged.connect(self._changed)
        self.retranslate()
        self.resize(1060, 660)
        self.categories.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Option templates"))
        self.intro.setText(self.tr(
            "A new option starts from the template of its category, in the language chosen in the editor. The "
            "questions are shown beside the text as guidance; the standard text is where the option starts."))
        self.prompts_label.setText(self.tr("Questions\n(one per line):"))
        self.body_label.setText(self.tr("Standard text:"))
        self.legal_label.setText(self.tr("Legal basis:"))
        self.risks_label.setText(self.tr("Risks and side effects:"))
        self.rung_label.setText(self.tr("New options start on rung:"))
        self.rung_combo.setItemText(0, self.tr("(no suggestion)"))
        self.rung_combo.setToolTip(self.tr("The rung of the escalation ladder a new option of this category starts "
                                           "on (for both languages)"))
        self.reset_button.setText(self.tr("Reset to default"))
        self.reset_button.setToolTip(self.tr("Put back the template that comes with sdapp"))
        self.categories.setAccessibleName(self.tr("Categories of the toolbox"))

    # the form ---------------------------------------------------------------------------------------
    def current_key(self) -> Key | None:
        item = self.categories.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), TEMPLATE_LANGUAGES[max(0, self.languages.currentIndex())]

    def template(self, key: Key) -> OptionTemplate:
        """The template as this dialog has it now (edited, stored or default)."""
        if key in self._edited:
            return self._edited[key]
        return self._stored.get(key) or self._defaults.get(key) or OptionTemplate(*key)

    def form_template(self) -> OptionTemplate:
        assert self._key is not None
        body = self.body_edit.markdown()
        shown = self.template(self._key)
        if same_markdown(body, self._body_markdown):
            body = shown.body  # re-wrapped by the editor, not edited
        prompts = tuple(line.strip() for line in self.prompts_edit.toPlainText().splitlines() if line.strip())
        rung = self.rung_combo.currentData()
        return OptionTemplate(self._key[0], self._key[1], prompts, body, self.legal_edit.text().strip(),
                              self.risks_edit.text().strip(), int(rung) if isinstance(rung, int) else 0)

    def _switch(self) -> None:
        key = self.current_key()
        if key is None or key == self._key:
            return
        self._key = key
        self._show(self.template(key))

    def _show(self, t: OptionTemplate) -> None:
        self._loading = True
        try:
            name = self.categories.currentItem().text() if self.categories.currentItem() else t.category
            self.heading.setText(name)
            self.prompts_edit.setPlainText("\n".join(t.prompts))
            self.body_edit.set_markdown(t.body)
            self._body_markdown = self.body_edit.markdown()
            self.legal_edit.setText(t.legal_basis)
            self.risks_edit.setText(t.risks)
            self.rung_combo.setCurrentIndex(max(0, self.rung_combo.findData(t.rung)))
        finally:
            self._loading = False
        self._update_state()

    def _changed(self) -> None:
        if self._loading or self._key is None:
            return
        t = self.form_template()
        before = self._stored.get(self._key) or self._defaults.get(self._key) or OptionTemplate(*self._key)
        if same_template(t, before):
            self._edited.pop(self._key, None)
        else:
            self._edited[self._key] = t
        self._update_state()

    def _rung_changed(self) -> None:
        """The rung belongs to the category: both languages' templates follow."""
        if self._loading or self._key is None:
            return
        rung = self.rung_combo.currentData()
        category = self._key[0]
        for language in TEMPLATE_LANGUAGES:
            key = (category, language)
            if key == self._key:
                continue
            other = self.template(key)
            changed = OptionTemplate(other.category, other.language, other.prompts, other.body, other.legal_basis,
                                     other.risks, int(rung) if isinstance(rung, int) else 0)
            before = self._stored.get(key) or self._defaults.get(key) or OptionTemplate(*key)
            if same_template(changed, before):
                self._edited.pop(key, None)
            else:
                self._edited[key] = changed
        self._changed()

    def _update_state(self) -> None:
        if self._key is None:
            return
        t = self.template(self._key)
        default = self._defaults.get(self._key)
        customised = default is None or not same_template(t, default)
        if self._key in self._edited:
            self.state_label.setText(self.tr("Changed in this dialog (not saved yet)"))
        elif customised:
            self.state_label.setText(self.tr("Edited for this vault"))
        else:
            self.state_label.setText(self.tr("The default template"))
        self.reset_button.setEnabled(customised and default is not None)
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            slug = str(item.data(Qt.ItemDataRole.UserRole))
            edited = any(k[0] == slug for k in self._edited)
            font = item.font()
            font.setItalic(edited)
            item.setFont(font)

    def reset_to_default(self) -> None:
        if self._key is None or self._key not in self._defaults:
            return
        default = self._defaults[self._key]
        self._show(default)
        self._changed()

    def set_prompts(self, lines: list[str]) -> None:
        self.prompts_edit.setPlainText("\n".join(lines))

    def select(self, category: str, language: str) -> None:
        for row in range(self.categories.count()):
            if self.categories.item(row).data(Qt.ItemDataRole.UserRole) == category:
                self.categories.setCurrentRow(row)
        self.languages.setCurrentIndex(TEMPLATE_LANGUAGES.index(language))

    def edited(self) -> list[OptionTemplate]:
        return list(self._edited.values())

    # saving ------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self._edited:
            try:
                self.session.save_option_templates(self._edited.values())
            except (ReferenceDataError, VaultError) as exc:
                QMessageBox.warning(self, self.tr("Templates not saved"), str(exc))
                return False
        self.accept()
        return True
