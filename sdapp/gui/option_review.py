"""The review workflow of one option: its status, the next steps, the record of earlier steps,
and the dialog that takes a step with a comment.

Which steps exist and who may take them is decided by :mod:`sdapp.core.options`
(:func:`transition_choices`, :func:`comment_required`); this module shows the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.model import ActionOption
from sdapp.core.options import DECIDED, changed_since_agreement, comment_required, transition_choices
from sdapp.gui.history_panel import local_time
from sdapp.gui.labels import Labels
from sdapp.gui.option_common import (
    changed_badge_style,
    status_badge_style,
    status_text,
    step_explanation,
    step_text,
)
from sdapp.gui.session import Session
from sdapp.gui.validation_text import translated_reason

NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b34a; padding: 6px; color: #4a3a00; }"
HINT_STYLE = "QLabel { color: palette(window-text); }"


class OptionReviewPanel(QWidget):
    """Status and review record of the option the editor shows. ``stepRequested(to_status)``
    when the user picks a step (the editor checks for unsaved edits, then opens the dialog)."""

    stepRequested = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("optionReviewPanel")
        self._option: ActionOption | None = None
        self.step_buttons: dict[str, QPushButton] = {}

        self.status_caption = QLabel(self)
        self.status_badge = QLabel(self)
        self.changed_badge = QLabel(self)
        self.changed_badge.setStyleSheet(changed_badge_style())
        self.since_label = QLabel(self)
        for label in (self.status_caption, self.status_badge, self.changed_badge, self.since_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.addWidget(self.status_caption)
        top.addWidget(self.status_badge)
        top.addWidget(self.changed_badge)
        top.addSpacing(8)
        top.addWidget(self.since_label, 1)

        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet(HINT_STYLE)
        self.steps_caption = QLabel(self)
        self.steps_caption.setStyleSheet("font-weight: bold;")
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(6)
        self.no_steps = QLabel(self)
        self.steps_row.addWidget(self.no_steps)
        self.steps_row.addStretch(1)
        self.second_user_hint = QLabel(self)
        self.second_user_hint.setWordWrap(True)
        self.second_user_hint.setStyleSheet(NOTICE_STYLE)
        self.second_user_hint.hide()

        self.history_caption = QLabel(self)
        self.history_caption.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 130, 210, 70)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.steps_caption)
        layout.addLayout(self.steps_row)
        layout.addWidget(self.second_user_hint)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self._stretch = layout.count() - 1
        self.retranslate()

    # texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.status_caption.setText(self.tr("Status:"))
        self.changed_badge.setText(self.tr("Changed since agreement"))
        self.steps_caption.setText(self.tr("Next step"))
        self.history_caption.setText(self.tr("Review record, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Step"), self.tr("Version"),
                                              self.tr("Comment")])
        self.table.setAccessibleName(self.tr("Review steps of this option"))
        self.empty.setText(self.tr("No review steps yet: the option is a concept."))
        self.no_steps.setText(self.tr("None: decided options are final."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()

    # data ---------------------------------------------------------------------------------------
    def set_option(self, option: ActionOption | None) -> None:
        """Show the stored ``option`` (None: not saved yet)."""
        self._option = option
        self.refresh()

    def refresh(self) -> None:
        option = self._option
        for button in self.step_buttons.values():
            self.steps_row.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; until then it must not show
            button.deleteLater()
        self.step_buttons.clear()
        self.second_user_hint.hide()
        if option is None:
            self.status_badge.setText(status_text("concept"))
            self.status_badge.setStyleSheet(status_badge_style("concept"))
            self.changed_badge.hide()
            self.since_label.setText(self.tr("not saved yet"))
            self.explain.setText(self.tr("Save the option first; then you can submit it for review."))
            self.no_steps.hide()
            self.table.setRowCount(0)
            self._fill_table_empty()
            return
        self.status_badge.setText(status_text(option.status))
        self.status_badge.setStyleSheet(status_badge_style(option.status))
        changed = changed_since_agreement(option)
        self.changed_badge.setVisible(changed)
        last = option.review_history[-1] if option.review_history else None
        self.since_label.setText(self.tr("since %1, by %2").replace("%1", local_time(last.at))
                                 .replace("%2", last.user) if last else self.tr("author: %1")
                                 .replace("%1", option.author))
        self.explain.setText(self._explanation(option, changed))
        actor = self.session.vault.actor.user
        choices = transition_choices(option, actor)
        self.no_steps.setVisible(not choices)
        refused_agreement = False
        for position, (to_status, errors) in enumerate(choices):
            button = QPushButton(step_text(option.status, to_status), self)
            button.setObjectName(f"step-{to_status}")
            button.setEnabled(not errors)
            if errors:
                button.setToolTip("\n".join(translated_reason(self, e) for e in errors))
                refused_agreement |= to_status == "agreed"
            else:
                button.setToolTip(step_explanation(option.status, to_status))
            if to_status == "agreed" and not errors:
                font = QFont(button.font())
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(lambda _c=False, s=to_status: self.stepRequested.emit(s))
            self.steps_row.insertWidget(position, button)
            self.step_buttons[to_status] = button
        if refused_agreement:
            users = [u for u in self.session.vault.users() if u.kind == "passphrase"]
            if len(users) < 2:
                self.second_user_hint.setText(self.tr(
                    "Only a second user can agree this option, and this vault has one user. An administrator "
                    "can add a user (sdapp vault add-user); that user then unlocks the vault and agrees."))
            else:
                self.second_user_hint.setText(self.tr(
                    "Only a second user can agree this option: not its author (%1), nor the last person who "
                    "edited it (%2). Lock the vault (Ctrl+L) and let another user unlock it to agree.")
                    .replace("%1", option.author).replace("%2", option.edited_by or option.author))
            self.second_user_hint.show()
        self._fill_table(option)

    def _explanation(self, option: ActionOption, changed: bool) -> str:
        if changed:
            return self.tr("The option was edited after it was agreed. It can go into a briefing or be decided "
                           "only after a second user agrees it again.")
        if option.status in DECIDED:
            return self.tr("The decision is recorded. Decided options are final and can no longer be edited.")
        return {
            "concept": self.tr("A concept. Submit it for review when the text is ready."),
            "in-review": self.tr("In review. A second user agrees it or sends it back."),
            "agreed": self.tr("Agreed by a second user. Edits from now on need a new agreement."),
            "in-briefing": self.tr("In the briefing. Record the decision when it is taken."),
        }.get(option.status, "")

    def _fill_table(self, option: ActionOption) -> None:
        entries = list(reversed(option.review_history))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            step = f"{status_text(e.from_status)} → {status_text(e.to_status)}"
            version = str(e.revision) if e.revision else self.tr("imported")
            for column, text in enumerate((local_time(e.at), e.user, step, version, e.comment)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 3:
                    item.setToolTip(self.tr("The version of the option this step recorded (see History)"))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # with no table, the texts stay at the top
            layout.setStretch(self._stretch, 0 if entries else 1)

    def _fill_table_empty(self) -> None:
        self.table.hide()
        self.empty.show()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(self._stretch, 1)

    def steps(self) -> dict[str, bool]:
        """The steps on offer and whether each is enabled (for tests and accessibility)."""
        return {s: b.isEnabled() for s, b in self.step_buttons.items()}


class OptionReviewDialog(QDialog):
    """Take one review step: what it means, which version it applies to, and a comment."""

    def __init__(self, option: ActionOption, to_status: str, version: int, version_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionReviewDialog")
        self.option = option
        self.to_status = to_status
        self.required = comment_required(option.status, to_status)
        self.setWindowTitle(step_text(option.status, to_status))
        title = QLabel(option.title, self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        title.setWordWrap(True)
        move = QLabel(self)
        move.setTextFormat(Qt.TextFormat.RichText)
        move.setText(f"{status_text(option.status)} &nbsp;→&nbsp; <b>{status_text(to_status)}</b>")
        explain = QLabel(step_explanation(option.status, to_status), self)
        explain.setWordWrap(True)
        self.version_label = QLabel(self.tr("This step applies to version %1 of the option (%2).")
                                    .replace("%1", str(version)).replace("%2", version_text), self)
        self.version_label.setWordWrap(True)
        self.comment_label = QLabel(self.tr("Comment (required):") if self.required else self.tr("Comment:"), self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(
            self.tr("Why this step? The comment is kept in the review record.") if self.required
            else self.tr("Optional: a remark for the review record."))
        self.comment_label.setBuddy(self.comment_edit)
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(step_text(option.status, to_status))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.comment_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(move)
        layout.addWidget(explain)
        layout.addWidget(self.version_label)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(540, 380)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.required or bool(self.comment().strip()))

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()
