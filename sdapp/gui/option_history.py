"""The history of one action option: every version, and what it changed, word by word.

Each revision is a full snapshot; the selected one is compared with its parent. Short fields
show before and after; text fields show a word-level difference
(:func:`sdapp.core.textdiff.word_diff`) with deletions struck through in red and insertions
underlined in green. A review step shows as the status it moved to and its comment.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.richtext import plain_text, same_markdown
from sdapp.core.textdiff import DELETE, INSERT, changed_words, word_diff
from sdapp.gui.history_panel import local_time
from sdapp.gui.labels import Labels
from sdapp.gui.markdown_edit import MarkdownView, markdown_html
from sdapp.gui.option_common import describe, field_titles, status_text
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths, style_record_table
from sdapp.vault.revisions import Revision, field_diff

TEXT_FIELDS = ("title", "body", "proportionality_justification", "risks", "legal_basis", "time_to_effect")
HIDDEN_FIELDS = frozenset({"id", "dependency_id", "author", "edited_by", "agreed_fingerprint", "review_history"})
DELETE_STYLE = "background-color:#fde2e2; color:#8e2020; text-decoration:line-through;"
INSERT_STYLE = "background-color:#dcf2dc; color:#1b5e20; text-decoration:underline;"


def diff_html(old: str, new: str) -> str:
    """The word-level difference of two texts as HTML (every piece escaped)."""
    parts = []
    for chunk in word_diff(old, new):
        text = html.escape(chunk.text).replace("\n", "<br>")
        if chunk.op == DELETE:
            parts.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        elif chunk.op == INSERT:
            parts.append(f'<span style="{INSERT_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


class OptionHistoryPanel(QWidget):
    """Versions of one option, newest first, and the changes of the selected one."""

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("optionHistoryPanel")
        self._option_id: str | None = None
        self._revisions: list[Revision] = []

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table = style_record_table(QTableWidget(0, 4, self))
        set_widths(self.table, (60, 150, 140))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details = MarkdownView(self)
        self.details.setObjectName("optionHistoryDetails")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setAccessibleName(self.tr("Versions of this option"))
        self.details.setAccessibleName(self.tr("Changes in the selected version"))
        self.empty_label.setText(self.tr("Save the option to start its history."))
        if self._option_id:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()

    # data --------------------------------------------------------------------------------------
    def set_option(self, option_id: str | None) -> None:
        self._option_id = option_id
        self.table.clearSelection()
        self.refresh()

    def revisions(self) -> list[Revision]:
        return list(self._revisions)

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        repo = self.session.vault.options
        if self._option_id is None or not repo.exists(self._option_id):
            self._revisions = []
            self.table.setRowCount(0)
            self.stack.setCurrentIndex(0)
            return
        keep = self.selected_revision()
        self._revisions = repo.history(self._option_id)
        self.stack.setCurrentIndex(1)
        table = self.table
        blocked = table.blockSignals(True)
        table.setRowCount(len(self._revisions))
        for row, rev in enumerate(self._revisions):
            for column, text in enumerate((str(rev.seq), local_time(rev.ts), rev.author, self.what(rev))):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.blockSignals(blocked)
        ids = [r.rev_id for r in self._revisions]
        self.select_revision(keep.rev_id if keep is not None and keep.rev_id in ids else (ids[0] if ids else None))

    def what(self, rev: Revision) -> str:
        """What a revision did, in a few words."""
        review = (rev.provenance or {}).get("review")
        if review:
            return self.tr("Review step: %1").replace("%1", status_text(str(review)))
        return {
            "create": self.tr("Created"), "update": self.tr("Edited"), "delete": self.tr("Moved to the bin"),
            "restore": self.tr("Restored from the bin"), "import": self.tr("Imported"),
        }.get(rev.op, rev.op)

    def select_revision(self, rev_id: str | None) -> None:
        for row, rev in enumerate(self._revisions):
            if rev.rev_id == rev_id:
                self.table.selectRow(row)
                break
        self._show_selected()

    def selected_revision(self) -> Revision | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._revisions):
            return None
        return self._revisions[rows[0].row()]

    def parent_of(self, rev: Revision) -> Revision | None:
        return next((r for r in self._revisions if r.rev_id == rev.parent_rev), None)

    # the changes ----------------------------------------------------------------------------------
    def changes(self, old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str, str]]:
        """(field, kind, before, after) of what changed, kind "text" for word-diffed fields and
        "value" for the rest; workflow bookkeeping is left out."""
        lang = self.labels.language
        ref = self.session.ref
        out = []
        for name, before, after in field_diff(old, new):
            if name in HIDDEN_FIELDS:
                continue
            if name in TEXT_FIELDS:
                b, a = str(before or ""), str(after or "")
                if name == "body":
                    if same_markdown(b, a):
                        continue
                    b, a = plain_text(b), plain_text(a)
                out.append((name, "text", b, a))
            else:
                out.append((name, "value", describe(ref, lang, name, before), describe(ref, lang, name, after)))
        return out

    def details_html(self, rev: Revision | None) -> str:
        if rev is None:
            hint = self.tr("Select a version to see what it changed.")
            return f"<p>{html.escape(hint)}</p>"
        parent = self.parent_of(rev)
        old = parent.snapshot if parent is not None else {}
        new = rev.snapshot
        titles = field_titles()
        head = self.tr("Version %1, %2 by %3").replace("%1", str(rev.seq)).replace("%2", local_time(rev.ts)) \
            .replace("%3", rev.author)
        parts = [f"<h3>{html.escape(head)}</h3>"]
        review = (rev.provenance or {}).get("review")
        if review:
            steps = new.get("review_history") or []
            comment = str(steps[-1].get("comment", "")) if steps else ""
            step = f"{status_text(str(old.get('status', '')))} → {status_text(str(review))}"
            step_label, comment_label = self.tr("Review step:"), self.tr("Comment:")
            parts.append(f"<p><b>{html.escape(step_label)}</b> {html.escape(step)}</p>")
            if comment:
                parts.append(f"<p><b>{html.escape(comment_label)}</b> {html.escape(comment)}</p>")
        changes = self.changes(old, new) if parent is not None else []
        if parent is None:
            first, no_text = self.tr("The first version, with this text:"), self.tr("(no text)")
            parts.append(f"<p>{html.escape(first)}</p>")
            body = str(new.get("body", ""))
            parts.append(markdown_html(body) if body.strip() else f"<p>{html.escape(no_text)}</p>")
        elif not changes and not review:
            what = {"delete": self.tr("Moved to the bin; the content did not change."),
                    "restore": self.tr("Restored from the bin; the content did not change.")}.get(
                rev.op, self.tr("No field changed."))
            parts.append(f"<p>{html.escape(what)}</p>")
        values = [c for c in changes if c[1] == "value" and c[0] != "status"]
        if values:
            rows = "".join(
                f"<tr><td><b>{html.escape(titles.get(n, n))}</b></td>"
                f'<td><span style="{DELETE_STYLE}">{html.escape(b)}</span></td>'
                f'<td><span style="{INSERT_STYLE}">{html.escape(a)}</span></td></tr>' for n, _k, b, a in values)
            heads = (self.tr("Field"), self.tr("Before"), self.tr("After"))
            parts.append('<table cellspacing="0" cellpadding="4" border="1" style="border-color:#cfd8dc;">'
                         + "<tr>" + "".join(f"<th align=left>{html.escape(h)}</th>" for h in heads) + "</tr>"
                         + rows + "</table>")
        for name, _kind, before, after in (c for c in changes if c[1] == "text"):
            deleted, inserted = changed_words(word_diff(before, after))
            summary = self.tr("words removed: %1, added: %2").replace("%1", str(deleted)).replace("%2", str(inserted))
            parts.append(f"<h4>{html.escape(titles.get(name, name))} "
                         f"<span style='font-weight:normal; color:#546e7a;'>({html.escape(summary)})</span></h4>")
            parts.append(f"<p>{diff_html(before, after)}</p>")
        return "".join(parts)

    def _show_selected(self) -> None:
        rev = self.selected_revision()
        self.details.setHtml(self.details_html(rev))

    def details_text(self) -> str:
        """The details pane as plain text (for tests and screen readers)."""
        return self.details.toPlainText()
