"""The history of one dependency: every revision, what it changed, and a way back.

Revisions are full snapshots (DESIGN.md section 3), so the diff of a revision is the
field-level difference with its parent snapshot. Values are shown the way the form shows
them (labels in the interface language, shares as "CN 94 %"), never as raw JSON slugs.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.model import Dependency
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths, style_record_table
from sdapp.gui.validation_text import translated_reason
from sdapp.vault.errors import RecordInvalid, VaultError
from sdapp.vault.revisions import Revision, field_diff

BEFORE_COLOUR = "#8e2020"
AFTER_COLOUR = "#1b5e20"
ERROR_COLOUR = "#b00020"

DiffRow = tuple[str, str, str]  # field title, value before, value after


def local_time(ts: str) -> str:
    """A stored UTC timestamp in the workstation's local time, to the second."""
    try:
        return dt.datetime.fromisoformat(ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return ts


def format_number(value: float) -> str:
    """94.0 -> "94", 2.5 -> "2,5" in Dutch ("2.5" in English): no trailing zeros, the
    interface locale's decimal sign."""
    text = QLocale().toString(float(value), "f", 2)
    sep = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(sep) if sep in text else text


class HistoryPanel(QWidget):
    """Revisions of one dependency (newest first) and the changes of the selected one.

    Emits ``restored(rev_id)`` after the user made an earlier version current again.
    """

    restored = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("historyPanel")
        self._dep_id: str | None = None
        self._deleted = False
        self._revisions: list[Revision] = []

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 11pt;")

        self.revision_table = style_record_table(QTableWidget(0, 5, self))
        set_widths(self.revision_table, (160, 160, 120, 200))
        self.revision_table.itemSelectionChanged.connect(self._show_selected)

        self.diff_caption = QLabel(self)
        self.diff_caption.setWordWrap(True)
        self.diff_table = QTableWidget(0, 3, self)
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.diff_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.diff_table.setWordWrap(True)
        self.diff_table.verticalHeader().setVisible(False)
        self.diff_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        diff_header = self.diff_table.horizontalHeader()
        diff_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        diff_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        diff_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_table.setColumnWidth(0, 260)
        # wrapped cells need their height again whenever a column gets wider or narrower
        # (once the resize has settled: mid-resize the other stretched column still has its old width)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rows)
        diff_header.sectionResized.connect(lambda *_args: self._fit_timer.start())

        self.restore_hint = QLabel(self)
        self.restore_hint.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status_label.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.revisions_caption = QLabel(top)
        self.revisions_caption.setStyleSheet("font-weight: bold;")
        top_layout.addWidget(self.revisions_caption)
        top_layout.addWidget(self.revision_table)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.diff_caption)
        bottom_layout.addWidget(self.diff_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_hint, 1)
        buttons.addWidget(self.restore_button)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)
        self.setTabOrder(self.revision_table, self.restore_button)

        self.session.dependencyChanged.connect(self._record_changed)
        self.session.registerReset.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.revision_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Department"), self.tr("Workstation"), self.tr("Operation")])
        self.diff_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.revisions_caption.setText(self.tr("Versions, newest first"))
        self.revision_table.setAccessibleName(self.tr("Versions of this dependency"))
        self.diff_table.setAccessibleName(self.tr("Changes in the selected version"))
        self.restore_button.setText(self.tr("Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected version"))
        self.restore_hint.setText(self.tr(
            "Restoring makes the selected version the current one again. It is stored as a new version "
            "and can be undone."))
        self.empty_label.setText(self.tr("Save the dependency to start its history."))
        if self._dep_id:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()

    def field_titles(self) -> dict[str, str]:
        """Field name -> title in the interface language (shared with the editor's messages)."""
        return {
            "id": self.tr("Identifier"),
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "domain": self.tr("Domain"),
            "description": self.tr("Description"),
            "cn_codes": self.tr("CN/HS codes"),
            "lead_ministry": self.tr("Lead ministry"),
            "contact": self.tr("Contact"),
            "status": self.tr("Status"),
            "classification": self.tr("Classification"),
            "tags": self.tr("Tags"),
            "eu_lists": self.tr("EU lists"),
            "review_date": self.tr("Review date"),
            "stages": self.tr("Supply chain"),
            "criticality": self.tr("Criticality"),
            "import_reliance": self.tr("Import reliance"),
            "stock_coverage_days": self.tr("Stock coverage"),
            "substitutability": self.tr("Substitutability"),
        }

    def operation_text(self, op: str) -> str:
        return {
            "create": self.tr("Created"),
            "update": self.tr("Edited"),
            "delete": self.tr("Moved to the bin"),
            "restore": self.tr("Restored from the bin"),
            "import": self.tr("Imported"),
            "merge": self.tr("Merged (exchange)"),
        }.get(op, op)

    # data ---------------------------------------------------------------------------
    def set_dependency(self, dep_id: str | None) -> None:
        """Show the history of ``dep_id``; None for a record not saved yet."""
        self._dep_id = dep_id
        self.revision_table.clearSelection()
        self.refresh()

    def dependency_id(self) -> str | None:
        return self._dep_id

    def revisions(self) -> list[Revision]:
        return list(self._revisions)

    def refresh(self) -> None:
        if not self.session.vault.is_open:  # locked: a late language change must not touch the vault
            return
        repo = self.session.vault.dependencies
        self.status_label.hide()
        if self._dep_id is None or not repo.exists(self._dep_id):
            self._revisions = []
            self._deleted = False
            self.revision_table.setRowCount(0)
            self.diff_table.setRowCount(0)
            self.stack.setCurrentIndex(0)
            return
        current = self.selected_revision()
        self._revisions = repo.history(self._dep_id)
        self._deleted = repo.is_deleted(self._dep_id)
        self.stack.setCurrentIndex(1)
        table = self.revision_table
        table.blockSignals(True)
        table.setRowCount(len(self._revisions))
        for row, rev in enumerate(self._revisions):
            values = (local_time(rev.ts), rev.author, rev.department, rev.workstation, self.operation_text(rev.op))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rev.rev_id)
                table.setItem(row, column, item)
        table.blockSignals(False)
        keep = current.rev_id if current else None
        ids = [r.rev_id for r in self._revisions]
        self.select_revision(keep if keep in ids else (ids[0] if ids else None))

    def _record_changed(self, dep_id: str) -> None:
        if dep_id == self._dep_id:
            self.revision_table.clearSelection()  # a new version arrived: show it
            self.refresh()

    # selection and diff ----------------------------------------------------------------
    def select_revision(self, rev_id: str | None) -> None:
        for row, rev in enumerate(self._revisions):
            if rev.rev_id == rev_id:
                self.revision_table.selectRow(row)
                self.revision_table.scrollToItem(self.revision_table.item(row, 0))
                break
        self._show_selected()

    def selected_revision(self) -> Revision | None:
        rows = self.revision_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._revisions):
            return None
        return self._revisions[rows[0].row()]

    def parent_of(self, rev: Revision) -> Revision | None:
        return next((r for r in self._revisions if r.rev_id == rev.parent_rev), None)

    def diff_rows(self) -> list[DiffRow]:
        """What the selected revision changed against its parent, as displayed."""
        rev = self.selected_revision()
        if rev is None:
            return []
        parent = self.parent_of(rev)
        return self.diff_rows_between(parent.snapshot if parent else {}, rev.snapshot)

    def diff_rows_between(self, old: dict[str, Any], new: dict[str, Any]) -> list[DiffRow]:
        titles = self.field_titles()
        rows: list[DiffRow] = []
        for name, before, after in field_diff(old, new):
            if name == "id":
                continue
            if name == "stages":
                rows.extend(self._stage_rows(before or [], after or []))
            elif name == "criticality":
                rows.extend(self._criticality_rows(before or [], after or []))
            else:
                rows.append((titles.get(name, name), self.describe(name, before), self.describe(name, after)))
        return [r for r in rows if r[1] != r[2]]

    def _show_selected(self) -> None:
        rev = self.selected_revision()
        self.status_label.hide()
        rows = self.diff_rows()
        table = self.diff_table
        table.setRowCount(len(rows))
        for row, (title, before, after) in enumerate(rows):
            items = (QTableWidgetItem(title), QTableWidgetItem(before), QTableWidgetItem(after))
            items[0].setFont(self._bold())
            items[1].setForeground(QColor(BEFORE_COLOUR))
            items[2].setForeground(QColor(AFTER_COLOUR))
            for column, item in enumerate(items):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
        self._fit_rows()
        self.diff_caption.setText(self._caption(rev, rows))
        can, why = self._can_restore(rev)
        self.restore_button.setEnabled(can)
        self.restore_button.setToolTip(why)

    def _fit_rows(self) -> None:
        """Wrapped cells get the height of their text plus a little air."""
        self.diff_table.resizeRowsToContents()
        for row in range(self.diff_table.rowCount()):
            self.diff_table.setRowHeight(row, self.diff_table.rowHeight(row) + 6)

    def _bold(self) -> QFont:
        font = self.diff_table.font()
        font.setBold(True)
        return font

    def _caption(self, rev: Revision | None, rows: list[DiffRow]) -> str:
        if rev is None:
            return self.tr("Select a version to see what it changed.")
        who = self.tr("%1 by %2").replace("%1", local_time(rev.ts)).replace("%2", rev.author)
        if rev.op == "delete" and not rows:
            return self.tr("%1: moved to the bin; the content did not change.").replace("%1", who)
        if rev.op == "restore" and not rows:
            return self.tr("%1: restored from the bin; the content did not change.").replace("%1", who)
        if self.parent_of(rev) is None:
            return self.tr("%1: first version, with these values.").replace("%1", who)
        if not rows:
            return self.tr("%1: no field changed.").replace("%1", who)
        return self.tr("%1: changes compared with the version before.").replace("%1", who)

    def _can_restore(self, rev: Revision | None) -> tuple[bool, str]:
        if rev is None:
            return False, ""
        if self._deleted:
            return False, self.tr("The dependency is in the bin; restore it from the bin first.")
        if self._revisions and rev.snapshot == self._revisions[0].snapshot:
            return False, self.tr("This version has the same content as the current one.")
        return True, ""

    # restoring ---------------------------------------------------------------------------
    def restore_selected(self) -> bool:
        """Make the selected version current again (undoable); False with a message if refused."""
        rev = self.selected_revision()
        if rev is None or self._dep_id is None or not self._can_restore(rev)[0]:
            return False
        try:
            # Check first: a version written under older reference data may no longer be valid,
            # and the session must not push a command that cannot run.
            self.session.vault.dependencies.validate(Dependency.from_dict(rev.snapshot))
            self.session.restore_revision(self._dep_id, rev.rev_id)
        except RecordInvalid as exc:
            titles = self.field_titles()
            lines = [f"{titles.get(v.field, v.field)}: {translated_reason(self, v)}" for v in exc.violations]
            self._show_error(self.tr("This version cannot be restored:") + "\n" + "\n".join(lines))
            return False
        except (VaultError, KeyError, TypeError, ValueError) as exc:
            self._show_error(self.tr("This version cannot be restored: %1").replace("%1", str(exc)))
            return False
        self.restored.emit(rev.rev_id)
        return True

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    # readable values ------------------------------------------------------------------------
    def describe(self, name: str, value: Any) -> str:
        """One snapshot value as the user reads it, in the interface language."""
        if value is None or value == "" or value == []:
            return self.tr("(empty)")
        lb = self.labels
        lookups = {
            "kind": lb.kinds, "domain": lb.domains, "status": lb.statuses, "classification": lb.levels,
            "substitutability": lb.substitutability, "lead_ministry": lb.ministry_names,
        }
        if name in lookups:
            return lookups[name].get(str(value), str(value))
        if name == "eu_lists" and isinstance(value, list):
            return "\n".join(lb.eu_lists.get(v, str(v)) for v in value)
        if name in ("cn_codes", "tags") and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if name == "import_reliance" and isinstance(value, int | float):
            return f"{format_number(float(value))} %"
        if name == "stock_coverage_days" and isinstance(value, int | float):
            return self.tr("%1 days").replace("%1", format_number(float(value)))
        if name == "stages" and isinstance(value, list):
            return "\n".join(f"{self._stage_title(s)}: {self._stage_text(s)}" for s in value)
        if name == "criticality" and isinstance(value, list):
            return "\n".join(self._score_text(c) for c in value)
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def _stage_title(self, stage: dict[str, Any]) -> str:
        slug = str(stage.get("stage", ""))
        return self.labels.stages.get(slug, slug)

    def _stage_text(self, stage: dict[str, Any] | None) -> str:
        if stage is None:
            return self.tr("(not listed)")
        shares = stage.get("shares") or []
        text = ", ".join(f"{s.get('country', '?')} {format_number(float(s.get('share', 0)))} %" for s in shares)
        text = text or self.tr("no countries entered")
        if stage.get("note"):
            text += "\n" + self.tr("Note: %1").replace("%1", str(stage["note"]))
        return text

    def _stage_rows(self, before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[DiffRow]:
        old = {str(s.get("stage")): s for s in before}
        new = {str(s.get("stage")): s for s in after}
        order = [t.slug for t in self.session.ref.stages]
        slugs = [s for s in order if s in old or s in new] + sorted((set(old) | set(new)) - set(order))
        title = self.tr("Supply chain: %1")
        return [
            (title.replace("%1", self.labels.stages.get(slug, slug)),
             self._stage_text(old.get(slug)), self._stage_text(new.get(slug)))
            for slug in slugs if old.get(slug) != new.get(slug)
        ]

    def _level_text(self, code: str) -> str:
        for level in self.session.ref.impact_scale:
            if level.code == code:
                return f"{code} - {level.label.text(self.labels.language)}"
        return code or self.tr("(no level)")

    def _score_text(self, score: dict[str, Any] | None, with_criterion: bool = True) -> str:
        if score is None:
            return self.tr("(not scored)")
        code = str(score.get("criterion", ""))
        text = self._level_text(str(score.get("level", "")))
        if with_criterion:
            text = f"{code} {self.labels.criteria.get(code, '')}: {text}"
        if score.get("rationale"):
            text += "\n" + str(score["rationale"])
        return text

    def _criticality_rows(self, before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[DiffRow]:
        old = {str(c.get("criterion")): c for c in before}
        new = {str(c.get("criterion")): c for c in after}
        order = [c.code for c in self.session.ref.criteria()]
        codes = [c for c in order if c in old or c in new] + sorted((set(old) | set(new)) - set(order))
        title = self.tr("Criticality: %1")
        return [
            (title.replace("%1", f"{code} {self.labels.criteria.get(code, '')}".strip()),
             self._score_text(old.get(code), False), self._score_text(new.get(code), False))
            for code in codes if old.get(code) != new.get(code)
        ]

    def displayed_levels(self) -> set[str]:
        """Levels of the versions on screen: an earlier version may have been higher."""
        rev = self.selected_revision()
        if rev is None:
            return set()
        shown = [rev, self.parent_of(rev)]
        return {str(r.snapshot.get("classification")) for r in shown if r is not None}
