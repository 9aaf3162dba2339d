"""The Exchange section: send register data to another workstation, import with a merge preview.

Export: a contact and a selection (everything, one lead ministry, hand-picked records, or
everything changed since the last exchange with that contact) become one sealed pack.
Import: a pack is verified and every record classified before anything is written; records
changed on both sides are resolved field by field (common ancestor, mine, theirs; keep mine,
take theirs or edit) and the whole pack is applied at once through the session. The exchange
log below lists what was sent and received per contact, and what each import applied.

Dialogs open without blocking (``open()``), so locking closes them with the page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.classification import highest_level
from sdapp.core.errors import DomainError
from sdapp.core.merge import (
    BOTH,
    CONFLICT,
    DELETED,
    DELETION,
    EDIT,
    FAST_FORWARD,
    MINE,
    MISSING,
    NEW,
    SAME,
    THEIRS,
    UNCHANGED,
    FieldMerge,
    MergeError,
    Resolution,
)
from sdapp.gui.app_setup import icon
from sdapp.gui.banner import ClassificationBanner
from sdapp.gui.history_panel import ERROR_COLOUR, local_time
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.tables import RowsTableModel, set_widths, style_record_table
from sdapp.packs.exchange import (
    ALL,
    IDS,
    MINISTRY,
    SINCE_LAST,
    ImportPreview,
    IncomingRecord,
    Selection,
    merged_state,
    read_pack,
    selected_dependencies,
)
from sdapp.vault.errors import VaultError
from sdapp.vault.exchange_log import RECEIVED, ExchangeEntry
from sdapp.vault.keys import Contact

if TYPE_CHECKING:
    from sdapp.gui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # texts outside widgets; lupdate reads translate("Context", "...")
OK_COLOUR = "#2e7d32"
MUTED = "#455a64"
KIND_COLOURS = {NEW: "#e3f2fd", FAST_FORWARD: "#e8f5e9", CONFLICT: "#fff3e0", DELETION: "#fce4ec", UNCHANGED: ""}
KIND_TEXT_COLOURS = {NEW: "#0d47a1", FAST_FORWARD: "#1b5e20", CONFLICT: "#e65100", DELETION: "#880e4f",
                     UNCHANGED: "#607d8b"}


def kind_title(kind: str) -> str:
    titles = {
        NEW: translate("ExchangeView", "New"),
        FAST_FORWARD: translate("ExchangeView", "Update"),
        CONFLICT: translate("ExchangeView", "Conflict"),
        DELETION: translate("ExchangeView", "Deletion"),
        UNCHANGED: translate("ExchangeView", "Unchanged"),
    }
    return titles.get(kind, kind)


def type_title(entity_type: str) -> str:
    titles = {
        "dependency": translate("ExchangeView", "Dependency"),
        "assessment": translate("ExchangeView", "Assessment"),
        "action_option": translate("ExchangeView", "Action option"),
    }
    return titles.get(entity_type, entity_type)


FIELD_TITLES = {  # English source texts, translated in field_title()
    DELETED: QT_TRANSLATE_NOOP("ExchangeView", "In the bin"),
    "review": QT_TRANSLATE_NOOP("ExchangeView", "Review (status and history)"),
    "name": QT_TRANSLATE_NOOP("ExchangeView", "Name"),
    "kind": QT_TRANSLATE_NOOP("ExchangeView", "Kind"),
    "domain": QT_TRANSLATE_NOOP("ExchangeView", "Domain"),
    "description": QT_TRANSLATE_NOOP("ExchangeView", "Description"),
    "cn_codes": QT_TRANSLATE_NOOP("ExchangeView", "CN codes"),
    "lead_ministry": QT_TRANSLATE_NOOP("ExchangeView", "Lead ministry"),
    "contact": QT_TRANSLATE_NOOP("ExchangeView", "Contact"),
    "status": QT_TRANSLATE_NOOP("ExchangeView", "Status"),
    "classification": QT_TRANSLATE_NOOP("ExchangeView", "Classification"),
    "tags": QT_TRANSLATE_NOOP("ExchangeView", "Tags"),
    "eu_lists": QT_TRANSLATE_NOOP("ExchangeView", "EU lists"),
    "review_date": QT_TRANSLATE_NOOP("ExchangeView", "Review date"),
    "stages": QT_TRANSLATE_NOOP("ExchangeView", "Supply chain"),
    "criticality": QT_TRANSLATE_NOOP("ExchangeView", "Criticality"),
    "import_reliance": QT_TRANSLATE_NOOP("ExchangeView", "Import reliance"),
    "stock_coverage_days": QT_TRANSLATE_NOOP("ExchangeView", "Stock coverage"),
    "substitutability": QT_TRANSLATE_NOOP("ExchangeView", "Substitutability"),
    "assessed_on": QT_TRANSLATE_NOOP("ExchangeView", "Assessed on"),
    "assessor": QT_TRANSLATE_NOOP("ExchangeView", "Assessor"),
    "matrix_version": QT_TRANSLATE_NOOP("ExchangeView", "Matrix version"),
    "impacts": QT_TRANSLATE_NOOP("ExchangeView", "Impacts"),
    "impact_rule": QT_TRANSLATE_NOOP("ExchangeView", "Impact rule"),
    "likelihood": QT_TRANSLATE_NOOP("ExchangeView", "Likelihood"),
    "suggested_likelihood": QT_TRANSLATE_NOOP("ExchangeView", "Suggested likelihood"),
    "justification": QT_TRANSLATE_NOOP("ExchangeView", "Justification"),
    "inherent": QT_TRANSLATE_NOOP("ExchangeView", "Inherent risk"),
    "current": QT_TRANSLATE_NOOP("ExchangeView", "Current risk"),
    "residual": QT_TRANSLATE_NOOP("ExchangeView", "Residual risk"),
    "title": QT_TRANSLATE_NOOP("ExchangeView", "Title"),
    "category": QT_TRANSLATE_NOOP("ExchangeView", "Category"),
    "rung": QT_TRANSLATE_NOOP("ExchangeView", "Rung"),
    "level": QT_TRANSLATE_NOOP("ExchangeView", "Level"),
    "involved_ministries": QT_TRANSLATE_NOOP("ExchangeView", "Involved ministries"),
    "body": QT_TRANSLATE_NOOP("ExchangeView", "Text"),
    "effect_likelihood": QT_TRANSLATE_NOOP("ExchangeView", "Effect on likelihood"),
    "effect_impact": QT_TRANSLATE_NOOP("ExchangeView", "Effect on impact"),
    "cost_once_low": QT_TRANSLATE_NOOP("ExchangeView", "One-off cost (low)"),
    "cost_once_high": QT_TRANSLATE_NOOP("ExchangeView", "One-off cost (high)"),
    "cost_yearly_low": QT_TRANSLATE_NOOP("ExchangeView", "Yearly cost (low)"),
    "cost_yearly_high": QT_TRANSLATE_NOOP("ExchangeView", "Yearly cost (high)"),
    "cost_bearer": QT_TRANSLATE_NOOP("ExchangeView", "Cost bearer"),
    "market_disruption": QT_TRANSLATE_NOOP("ExchangeView", "Market disruption"),
    "time_to_effect": QT_TRANSLATE_NOOP("ExchangeView", "Time to effect"),
    "legal_basis": QT_TRANSLATE_NOOP("ExchangeView", "Legal basis"),
    "risks": QT_TRANSLATE_NOOP("ExchangeView", "Risks"),
    "proportionality_justification": QT_TRANSLATE_NOOP("ExchangeView", "Proportionality"),
    "author": QT_TRANSLATE_NOOP("ExchangeView", "Author"),
    "edited_by": QT_TRANSLATE_NOOP("ExchangeView", "Last edited by"),
    "dependency_id": QT_TRANSLATE_NOOP("ExchangeView", "Dependency"),
}


def field_title(key: str) -> str:
    return translate("ExchangeView", FIELD_TITLES[key]) if key in FIELD_TITLES else key


def display_value(key: str, value: Any, labels: Labels) -> str:
    """A field's value as a person reads it (labels for reference-data slugs)."""
    if value is MISSING or value is None or value == "":
        return "—"
    if key == DELETED:
        return translate("ExchangeView", "In the bin") if value else translate("ExchangeView", "In the register")
    slug_maps: dict[str, dict[str, str]] = {
        "kind": labels.kinds, "domain": labels.domains, "status": labels.statuses, "classification": labels.levels,
        "lead_ministry": labels.ministry_names, "substitutability": labels.substitutability,
    }
    if isinstance(value, str):
        return slug_maps.get(key, {}).get(value, value)
    if isinstance(value, bool):
        return translate("ExchangeView", "yes") if value else translate("ExchangeView", "no")
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if key == "stages" and isinstance(value, list):
        parts = []
        for s in value:
            shares = ", ".join(f"{c.get('country')} {c.get('share', 0):g} %" for c in s.get("shares", []))
            parts.append(f"{labels.stages.get(s.get('stage', ''), s.get('stage', ''))}: {shares or '—'}")
        return "\n".join(parts) or "—"
    if key in ("criticality", "impacts") and isinstance(value, list):
        return "\n".join(f"{c.get('criterion')}: {c.get('level')}" + (f" — {c['rationale']}" if c.get("rationale")
                                                                       else "") for c in value) or "—"
    if key in ("inherent", "current", "residual") and isinstance(value, dict):
        return translate("ExchangeView", "likelihood %1, impact %2").replace("%1", str(value.get("likelihood"))) \
            .replace("%2", str(value.get("impact")))
    if key == "eu_lists" and isinstance(value, list):
        return ", ".join(labels.eu_lists.get(v, v) for v in value) or "—"
    if key == "review_history" and isinstance(value, list):
        return "\n".join(f"{e.get('at', '')[:16].replace('T', ' ')} {e.get('user')}: {e.get('from_status')} → "
                         f"{e.get('to_status')}" + (f" ({e['comment']})" if e.get("comment") else "")
                         for e in value) or "—"
    if key == "review" and isinstance(value, dict):
        status = labels.statuses.get(str(value.get("status")), str(value.get("status")))
        steps = display_value("review_history", value.get("review_history") or [], labels)
        return f"{status}\n{steps}"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "—"
    return json.dumps(value, ensure_ascii=False, indent=1)


def one_line(text: str, limit: int = 80) -> str:
    flat = " · ".join(part.strip() for part in text.splitlines() if part.strip())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def edit_text(value: Any) -> str:
    """The text a person edits for a value: plain text for text, JSON for anything else."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


def parse_edit(text: str, field: FieldMerge) -> Any:
    """An edited value back in the field's type: text for text fields, JSON otherwise."""
    samples = [v for v in (field.mine, field.theirs, field.ancestor) if v is not MISSING and v is not None]
    if not samples or any(isinstance(v, str) for v in samples):
        return text
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        text = translate("ExchangeView", "not valid JSON (%1); keep the form of the versions above")
        raise MergeError(text.replace("%1", exc.msg)) from None


def file_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(re.sub(r"[^a-z0-9]+", " ", plain).split())[:40] or "contact"


def _table(parent: QWidget, name: str) -> QTableView:
    table = style_record_table(QTableView(parent))
    table.setAccessibleName(name)
    return table


# the exchange log ---------------------------------------------------------------------------------


class ExchangeLogModel(RowsTableModel):
    def cells(self, row: ExchangeEntry) -> Sequence[str]:
        direction = translate("ExchangeView", "Received") if row.direction == RECEIVED else \
            translate("ExchangeView", "Sent")
        if row.direction == RECEIVED:
            c = row.counts
            what = " · ".join(f"{kind_title(k).lower()} {c.get(k, 0)}" for k in
                              (NEW, FAST_FORWARD, CONFLICT, DELETION, UNCHANGED) if c.get(k, 0))
        else:
            modes = {
                ALL: translate("ExchangeView", "everything"),
                IDS: translate("ExchangeView", "hand-picked"),
                MINISTRY: translate("ExchangeView", "ministry %1"),
                SINCE_LAST: translate("ExchangeView", "changed since the last exchange"),
            }
            mode = modes.get(str(row.selection.get("mode")), "")
            what = mode.replace("%1", str(row.selection.get("ministry", "")))
        return (local_time(row.at), direction, row.contact_name, str(row.records), what,
                row.by_user, row.peer_workstation or row.workstation, row.file_name, row.pack_id[:8])

    def style(self, row: ExchangeEntry, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor("#1565c0" if row.direction == RECEIVED else OK_COLOUR)
        return None


class AppliedModel(RowsTableModel):
    """What one import changed, record by record (or the records a sent pack carried)."""

    def cells(self, row: dict[str, Any]) -> Sequence[str]:
        fields = row.get("fields") or {}
        how = {MINE: translate("ExchangeView", "mine"), THEIRS: translate("ExchangeView", "theirs"),
               EDIT: translate("ExchangeView", "edited"), SAME: translate("ExchangeView", "same")}
        detail = ", ".join(f"{field_title(k)}: {how.get(v, v)}" for k, v in sorted(fields.items()))
        kind = str(row.get("kind"))
        if kind == "sent":
            state = translate("ExchangeView", "Changed here since") if row.get("changed_since") else \
                translate("ExchangeView", "As sent")
            return (type_title(str(row.get("entity_type"))), str(row.get("name", "")),
                    translate("ExchangeView", "Sent"), "", state)
        return (type_title(str(row.get("entity_type"))), str(row.get("name", "")), kind_title(kind),
                str(row.get("revisions", 0)), detail)

    def style(self, row: dict[str, Any], column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(KIND_TEXT_COLOURS.get(str(row.get("kind")), OK_COLOUR))
        return None


class ExchangeView(QWidget):
    """The section page. ``levelsChanged`` when the records named on screen change."""

    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("exchangeView")
        self.export_dialog: ExportDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None

        self.export_button = QPushButton(icon("exchange"), "", self)
        self.export_button.clicked.connect(lambda: self.start_export())
        self.import_button = QPushButton(icon("open"), "", self)
        self.import_button.clicked.connect(lambda: self.import_pack())
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {MUTED};")
        top = QHBoxLayout()
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addSpacing(12)
        top.addWidget(self.intro, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_caption = QLabel(self)
        self.contact_filter = QComboBox(self)
        self.contact_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.log_model = ExchangeLogModel([], self)
        self.log_table = _table(self, "exchange log")
        self.log_table.setModel(self.log_model)
        self.log_table.horizontalHeader().setStretchLastSection(False)
        self.log_table.selectionModel().selectionChanged.connect(lambda *_: self._show_entry())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}; font-size: 12pt; padding: 40px;")
        self.applied_caption = QLabel(self)
        self.applied_model = AppliedModel([], self)
        self.applied_table = _table(self, "applied records")
        self.applied_table.setModel(self.applied_model)

        log_box = QWidget(self)
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.log_caption, 1)
        head.addWidget(self.contact_filter)
        log_layout.addLayout(head)
        log_layout.addWidget(self.log_table, 1)
        log_layout.addWidget(self.empty, 1)
        applied_box = QWidget(self)
        applied_layout = QVBoxLayout(applied_box)
        applied_layout.setContentsMargins(0, 0, 0, 0)
        applied_layout.addWidget(self.applied_caption)
        applied_layout.addWidget(self.applied_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(log_box)
        self.splitter.addWidget(applied_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    @classmethod
    def for_window(cls, window: MainWindow) -> ExchangeView:
        view = cls(window.session, window.labels, window)
        view.levelsChanged.connect(window.update_banner)
        return view

    # texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.export_button.setText(self.tr("&Send records…"))
        self.export_button.setToolTip(self.tr("Seal records with their history for a contact's workstation"))
        self.import_button.setText(self.tr("&Import pack…"))
        self.import_button.setToolTip(self.tr("Check a contact's exchange pack and merge it, after a preview"))
        self.intro.setText(self.tr("Register data travels between workstations as sealed files. An import shows "
                                   "every record first: new, updated, changed on both sides, deleted or "
                                   "unchanged; nothing is written until you apply it."))
        self.log_caption.setText(self.tr("<b>Exchange log</b>: packs sent and received, newest first"))
        self.log_model.headers = [self.tr("When"), self.tr("Direction"), self.tr("Contact"), self.tr("Records"),
                                  self.tr("What"), self.tr("By"), self.tr("Made on"), self.tr("File"),
                                  self.tr("Pack")]
        self.applied_model.headers = [self.tr("Type"), self.tr("Record"), self.tr("Result"), self.tr("Revisions"),
                                      self.tr("Details")]
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.reload()

    # the log ---------------------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return self.session.vault.keys.contacts()

    def reload(self) -> None:
        if not self.session.vault.is_open:
            return
        contacts = self.contacts()
        current = self.contact_filter.currentData()
        self.contact_filter.blockSignals(True)
        self.contact_filter.clear()
        self.contact_filter.addItem(self.tr("All contacts"), None)
        for c in contacts:
            self.contact_filter.addItem(c.name, c.id)
        found = self.contact_filter.findData(current)
        self.contact_filter.setCurrentIndex(max(found, 0))
        self.contact_filter.blockSignals(False)
        entries = self.session.vault.exchanges.entries(self.contact_filter.currentData())
        self.log_model.set_rows(entries)
        set_widths(self.log_table, (140, 76, 130, 60, 300, 120, 90, 180, 80))
        self.log_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        has_entries = bool(entries)
        self.log_table.setVisible(has_entries)
        self.empty.setVisible(not has_entries)
        self.splitter.widget(1).setVisible(has_entries)
        if not contacts:
            self.empty.setText(self.tr("No contacts yet. Exchange packs go to and come from contacts: add them "
                                       "with their keys under Briefings › Contacts and keys."))
        else:
            self.empty.setText(self.tr("No packs sent or received yet.\nUse “Send records…” to seal records for a "
                                       "contact, or “Import pack…” to merge one you received."))
        self.export_button.setEnabled(bool(contacts))
        if has_entries and not self.log_table.selectionModel().selectedRows():
            self.log_table.selectRow(0)
        self._show_entry()

    def selected_entry(self) -> ExchangeEntry | None:
        rows = self.log_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.log_model.rows[row] if row < len(self.log_model.rows) else None

    def _show_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.applied_model.set_rows([])
            self.applied_caption.setText(self.tr("Select a received pack to see what it applied."))
        elif entry.direction == RECEIVED:
            self.applied_model.set_rows(entry.applied)
            text = self.tr("<b>Applied from %1</b> (%2): %3 records changed") if entry.applied else \
                self.tr("<b>Applied from %1</b> (%2): nothing to change, this vault had everything")
            self.applied_caption.setText(text.replace("%1", entry.contact_name).replace("%2", local_time(entry.at))
                                         .replace("%3", str(len(entry.applied))))
        else:
            self.applied_model.set_rows(self._sent_rows(entry))
            c = entry.counts
            self.applied_caption.setText(
                self.tr("<b>Sent to %1</b> (%2): dependencies %3, assessments %4, action options %5")
                .replace("%1", entry.contact_name).replace("%2", local_time(entry.at))
                .replace("%3", str(c.get("dependency", 0))).replace("%4", str(c.get("assessment", 0)))
                .replace("%5", str(c.get("action_option", 0))))
        set_widths(self.applied_table, (110, 380, 90, 76))
        self.levelsChanged.emit()

    def _sent_rows(self, entry: ExchangeEntry) -> list[dict[str, Any]]:
        """The records a sent pack carried, named as they are now."""
        vault = self.session.vault
        names: dict[str, str] = {}
        rows: list[dict[str, Any]] = []
        for entity_type, entity_id, rev_id in vault.exchanges.heads(entry.id):
            dep_id, name = entity_id, entity_id[:8]
            head = vault.revision_graph.head(entity_type, entity_id)
            try:
                if entity_type == "dependency":
                    name = names[entity_id] = vault.dependencies.get(entity_id, include_deleted=True).name
                elif entity_type == "assessment":
                    a = json.loads(vault.conn.execute("SELECT data FROM assessments WHERE id = ?",
                                                      (entity_id,)).fetchone()[0])
                    dep_id = a["dependency_id"]
                    name = f"{names.get(dep_id, '')} {a['assessed_on']}".strip()
                else:
                    option = vault.options.get_any(entity_id)
                    dep_id, name = option.dependency_id, option.title
            except (VaultError, TypeError):
                pass
            rows.append({"entity_type": entity_type, "entity_id": entity_id, "dependency_id": dep_id, "name": name,
                         "kind": "sent", "changed_since": head is not None and head.rev_id != rev_id})
        return rows

    def displayed_levels(self) -> set[str]:
        """The applied list names records: as classified as those records are now."""
        repo = self.session.vault.dependencies
        levels: set[str] = set()
        for item in self.applied_model.rows:
            try:
                levels.add(repo.get(str(item.get("dependency_id", "")), include_deleted=True).classification)
            except VaultError:
                continue
        return levels

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR}; font-weight: bold;")

    # export ----------------------------------------------------------------------------------------
    def start_export(self) -> ExportDialog:
        dialog = ExportDialog(self.session, self.labels, self)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, text: str) -> None:
        self.show_status(text)
        self.reload()

    # import ----------------------------------------------------------------------------------------
    def import_pack(self, path: Path | None = None) -> ImportPreviewDialog | None:
        """Choose a pack (unless given), verify and classify it, and show the preview."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import an exchange pack"), str(Path.home()),
                                                    self.tr("Sealed packs (*.sdpack);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            preview = read_pack(self.session.vault, path)
        except (DomainError, VaultError) as exc:
            self.show_status(self.tr("Not imported: %1").replace("%1", str(exc)), error=True)
            return None
        dialog = ImportPreviewDialog(self.session, self.labels, preview, self)
        dialog.applied.connect(self._applied)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _applied(self, text: str) -> None:
        self.show_status(text)
        self.reload()


# export dialog ------------------------------------------------------------------------------------


class PickModel(RowsTableModel):
    """Dependencies with a check box each, filtered by a search text."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Any], labels: Labels, parent: QWidget | None = None
                 ) -> None:
        super().__init__(headers, parent)
        self.all_rows = list(rows)
        self.labels = labels
        self.checked: set[str] = set()
        self.set_rows(self.all_rows)

    def filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.set_rows([r for r in self.all_rows if needle in r[1].casefold()] if needle else self.all_rows)

    def cells(self, row: tuple[str, str, str, str, bool]) -> Sequence[str]:
        return (row[1], self.labels.ministries.get(row[2], row[2]), self.labels.levels.get(row[3], row[3]),
                translate("ExchangeView", "in the bin") if row[4] else "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def style(self, row: tuple[str, str, str, str, bool], column: int, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row[0] in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row[4]:
            return QColor(MUTED)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.set_checked(self.rows[index.row()][0], value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value))
        return True

    def set_checked(self, dep_id: str, checked: bool) -> None:
        if checked:
            self.checked.add(dep_id)
        else:
            self.checked.discard(dep_id)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(r[0] for r in self.all_rows if r[0] in self.checked)


class ExportDialog(QDialog):
    """Contact, selection and file; sealing and writing happen on OK. ``exported(text)`` after."""

    exported = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setWindowTitle(self.tr("Send records to a contact"))
        self.resize(860, 640)
        vault = session.vault

        self.contact_combo = QComboBox(self)
        for c in vault.keys.contacts():
            self.contact_combo.addItem(f"{c.name} ({c.organisation})" if c.organisation else c.name, c.name)
        self.contact_combo.currentIndexChanged.connect(lambda _i: self._contact_changed())
        self.last_label = QLabel(self)
        self.last_label.setStyleSheet(f"color: {MUTED};")

        box = QGroupBox(self.tr("Which records"), self)
        self.mode_all = QRadioButton(self.tr("The whole register"), box)
        self.mode_since = QRadioButton(self.tr("Everything changed since the last exchange with this contact"), box)
        self.mode_ministry = QRadioButton(self.tr("The records of one lead ministry:"), box)
        self.mode_ids = QRadioButton(self.tr("Hand-picked records:"), box)
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.mode_all, self.mode_since, self.mode_ministry, self.mode_ids)):
            self.modes.addButton(b, i)
        self.mode_since.setChecked(True)
        self.ministry_combo = QComboBox(box)
        for slug, name in sorted(labels.ministry_names.items()):
            self.ministry_combo.addItem(name, slug)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Filter by name"))
        self.search.setClearButtonEnabled(True)
        repo = vault.dependencies
        rows = [(r.id, r.name, r.lead_ministry, r.classification, deleted)
                for deleted in (False, True) for r in repo.rows(deleted=deleted)]
        rows.sort(key=lambda r: r[1].casefold())
        self.pick_model = PickModel([self.tr("Record"), self.tr("Ministry"), self.tr("Classification"), ""], rows,
                                    labels, self)
        self.pick_table = _table(box, "records to send")
        self.pick_table.setModel(self.pick_model)
        for column, width in enumerate((380, 90, 170)):
            self.pick_table.setColumnWidth(column, width)
        self.search.textChanged.connect(self.pick_model.filter)
        self.pick_model.dataChanged.connect(lambda *_: self.update_count())
        self.modes.idToggled.connect(lambda _i, _c: self.update_count())
        self.ministry_combo.currentIndexChanged.connect(lambda _i: self.update_count())
        grid = QGridLayout(box)
        grid.addWidget(self.mode_since, 0, 0, 1, 2)
        grid.addWidget(self.mode_all, 1, 0, 1, 2)
        grid.addWidget(self.mode_ministry, 2, 0)
        grid.addWidget(self.ministry_combo, 2, 1)
        grid.addWidget(self.mode_ids, 3, 0)
        grid.addWidget(self.search, 3, 1)
        grid.addWidget(self.pick_table, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Seal and write"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("To"), self.contact_combo)
        form.addRow("", self.last_label)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._contact_changed()

    def contact(self) -> Contact | None:
        name = self.contact_combo.currentData()
        return self.session.vault.keys.contact(name) if name else None

    def selection(self) -> Selection:
        mode = self.modes.checkedId()
        if mode == 0:
            return Selection(ALL)
        if mode == 1:
            return Selection(SINCE_LAST)
        if mode == 2:
            return Selection(MINISTRY, ministry=str(self.ministry_combo.currentData()))
        return Selection(IDS, ids=self.pick_model.checked_ids())

    def _contact_changed(self) -> None:
        contact = self.contact()
        if contact is None:
            self.last_label.setText(self.tr("No contacts: add one under Briefings › Contacts and keys."))
            self.send_button.setEnabled(False)
            return
        last = self.session.vault.exchanges.last(contact.id)
        self.last_label.setText(self.tr("Never exchanged with %1 yet.").replace("%1", contact.name) if last is None
                                else self.tr("Last exchange with %1: %2 (%3)").replace("%1", contact.name)
                                .replace("%2", local_time(last.at))
                                .replace("%3", self.tr("received") if last.direction == RECEIVED else self.tr("sent")))
        self.path_edit.setText(str(Path.home() / f"exchange-{file_slug(contact.name)}-"
                                                 f"{dt.date.today().isoformat()}.sdpack"))
        self.update_count()

    def update_count(self) -> None:
        contact = self.contact()
        if contact is None:
            return
        selection = self.selection()
        self.pick_table.setEnabled(selection.mode == IDS)
        self.search.setEnabled(selection.mode == IDS)
        self.ministry_combo.setEnabled(selection.mode == MINISTRY)
        try:
            count = len(selected_dependencies(self.session.vault, selection, contact))
        except DomainError:
            count = 0
        self.count_label.setText(self.tr("Dependencies to send: %1, each with its assessments, action options and "
                                         "whole history.").replace("%1", str(count)))
        self.send_button.setEnabled(count > 0)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Write the exchange pack"), self.path_edit.text(),
                                                self.tr("Sealed packs (*.sdpack)"))
        if chosen:
            self.path_edit.setText(chosen)

    def export(self) -> None:
        contact = self.contact()
        if contact is None:
            return
        path = self.path_edit.text().strip()
        if not path:
            self.error.setText(self.tr("Choose where to write the pack."))
            return
        try:
            result = self.session.export_exchange(contact.name, self.selection(), Path(path))
        except (DomainError, VaultError) as exc:
            self.error.setText(self.tr("Nothing written: %1").replace("%1", str(exc)))
            return
        c = result.counts
        self.exported.emit(self.tr("Sealed for %1: dependencies %2, assessments %3, action options %4 → %5")
                           .replace("%1", contact.name).replace("%2", str(c["dependency"]))
                           .replace("%3", str(c["assessment"])).replace("%4", str(c["action_option"]))
                           .replace("%5", str(result.path)))
        self.accept()


# import preview -----------------------------------------------------------------------------------


class IncomingModel(RowsTableModel):
    """The records of a pack, their classification and whether a conflict has its choices."""

    def __init__(self, headers: Sequence[str], dialog: ImportPreviewDialog) -> None:
        super().__init__(headers, dialog)
        self.dialog = dialog

    def cells(self, row: IncomingRecord) -> Sequence[str]:
        return (type_title(row.entity_type), row.name, kind_title(row.kind), self.dialog.detail(row))

    def style(self, row: IncomingRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and column == 2 and KIND_COLOURS.get(row.kind):
            return QColor(KIND_COLOURS[row.kind])
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 3):
            if row.kind == CONFLICT and not self.dialog.is_resolved(row):
                return QColor(ERROR_COLOUR)
            return QColor(KIND_TEXT_COLOURS.get(row.kind, MUTED))
        if role == Qt.ItemDataRole.FontRole and column == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))


class ImportPreviewDialog(QDialog):
    """Every incoming record before anything is written; conflicts are resolved here, then
    Apply writes the whole pack at once. ``applied(text)`` after a successful apply."""

    applied = Signal(str)

    def __init__(self, session: Session, labels: Labels, preview: ImportPreview, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.preview = preview
        self.resolutions: dict[tuple[str, str], dict[str, Resolution]] = {}
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(self.tr("Import an exchange pack"))
        self.resize(1000, 680)
        ref = session.vault.ref
        level = ref.level(preview.classification) if preview.classification in ref.level_slugs else \
            highest_level([r.classification for r in preview.records if r.classification in ref.level_slugs], ref)
        self.top_banner = ClassificationBanner(self)
        self.top_banner.show_level(level)
        self.bottom_banner = ClassificationBanner(self)
        self.bottom_banner.show_level(level)

        self.signer = QLabel(self)
        self.signer.setWordWrap(True)
        self.signer.setStyleSheet(f"QLabel {{ background: #e8f5e9; border: 1px solid #a5d6a7; padding: 6px;"
                                  f" color: {OK_COLOUR}; font-weight: bold; }}")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.show_unchanged = QCheckBox(self.tr("Show unchanged records"), self)
        self.show_unchanged.toggled.connect(lambda _c: self._fill())
        self.model = IncomingModel([self.tr("Type"), self.tr("Record"), self.tr("Result"), self.tr("Details")], self)
        self.table = _table(self, "incoming records")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _i: self.resolve_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.resolve_button = QPushButton(self.tr("&Resolve conflict…"), self)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.mine_all = QPushButton(self.tr("Keep mine for all"), self)
        self.mine_all.setToolTip(self.tr("Every field changed differently on both sides keeps this vault's value; "
                                         "fields changed on one side still merge"))
        self.mine_all.clicked.connect(lambda: self.prefer_all(MINE))
        self.theirs_all = QPushButton(self.tr("Take theirs for all"), self)
        self.theirs_all.setToolTip(self.tr("Every field changed differently on both sides takes the pack's value; "
                                           "fields changed on one side still merge"))
        self.theirs_all.clicked.connect(lambda: self.prefer_all(THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        header.addWidget(self.counts, 1)
        header.addWidget(self.show_unchanged)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.resolve_button)
        actions.addSpacing(12)
        actions.addWidget(self.mine_all)
        actions.addWidget(self.theirs_all)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        body = QVBoxLayout()
        body.setContentsMargins(12, 10, 12, 10)
        body.setSpacing(8)
        body.addWidget(self.signer)
        body.addWidget(self.facts)
        body.addLayout(header)
        body.addWidget(self.table, 1)
        body.addWidget(self.status)
        body.addWidget(self.error)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.bottom_banner)
        self._describe()
        self._fill()

    # content ---------------------------------------------------------------------------------------
    def _describe(self) -> None:
        p = self.preview
        contact = f"{p.contact.name} ({p.contact.organisation})" if p.contact.organisation else p.contact.name
        self.signer.setText(self.tr("✔ Signed by %1, a trusted contact (key %2)").replace("%1", contact)
                            .replace("%2", p.signer.key_id))
        made = local_time(p.created) if p.created else "?"
        source = p.source
        facts = self.tr("Made by %1 (%2) on workstation %3, %4 · pack %5 · file %6") \
            .replace("%1", source.get("user", "?")).replace("%2", source.get("department", "") or "-") \
            .replace("%3", source.get("workstation", "?")).replace("%4", made).replace("%5", p.pack_id[:8]) \
            .replace("%6", p.file_name)
        if p.already_imported is not None:
            facts += "\n" + self.tr("This pack was imported before (%1, by %2): applying it again changes nothing.") \
                .replace("%1", local_time(p.already_imported.at)).replace("%2", p.already_imported.by_user)
        for warning in p.warnings:
            facts += "\n⚠ " + warning
        self.facts.setText(facts)
        c = p.counts()
        parts = [f"<span style='color:{KIND_TEXT_COLOURS[k]}'><b>{c[k]}</b> {kind_title(k).lower()}</span>"
                 for k in (NEW, FAST_FORWARD, CONFLICT, DELETION, UNCHANGED)]
        self.counts.setText(" &nbsp;·&nbsp; ".join(parts))

    def visible_records(self) -> list[IncomingRecord]:
        order = {CONFLICT: 0, DELETION: 1, NEW: 2, FAST_FORWARD: 3, UNCHANGED: 4}
        records = [r for r in self.preview.records if self.show_unchanged.isChecked() or r.kind != UNCHANGED]
        return sorted(records, key=lambda r: (order[r.kind], r.name.casefold()))

    def _fill(self) -> None:
        self.model.set_rows(self.visible_records())
        set_widths(self.table, (120, 380, 110))
        if self.model.rows:
            self.table.selectRow(0)
        self._update_state()

    def detail(self, r: IncomingRecord) -> str:
        if r.kind == CONFLICT and r.merge is not None:
            auto = len(r.merge.automatic)
            if not r.merge.conflicts:
                return self.tr("Changed on both sides; every field merges automatically (%1)") \
                    .replace("%1", ", ".join(field_title(f.key) for f in r.merge.automatic))
            if self.is_resolved(r):
                return self.tr("Resolved (fields chosen: %1, merged automatically: %2)") \
                    .replace("%1", str(len(self.resolutions.get(r.key, {})))).replace("%2", str(auto))
            names = ", ".join(field_title(f.key) for f in r.merge.conflicts)
            return self.tr("Needs a choice: %1").replace("%1", names)
        if r.kind == NEW:
            text = self.tr("Revisions: %1").replace("%1", str(len(r.to_store)))
            return text + (" · " + self.tr("arrives in the bin") if r.incoming.deleted else "")
        if r.kind == FAST_FORWARD:
            return self.tr("Newer revisions: %1, the last by %2 on %3").replace("%1", str(len(r.to_store))) \
                .replace("%2", r.incoming.author).replace("%3", r.incoming.workstation)
        if r.kind == DELETION:
            return self.tr("Moved to the bin by %1 on %2").replace("%1", r.incoming.author) \
                .replace("%2", r.incoming.workstation)
        return self.tr("This vault has a newer version") if r.local_ahead else self.tr("Same as here")

    def is_resolved(self, r: IncomingRecord) -> bool:
        if r.merge is None:
            return True
        chosen = self.resolutions.get(r.key, {})
        return all(f.key in chosen for f in r.merge.conflicts)

    def unresolved(self) -> list[IncomingRecord]:
        return [r for r in self.preview.conflicts if not self.is_resolved(r)]

    def selected_record(self) -> IncomingRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def select(self, entity_type: str, entity_id: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.key == (entity_type, entity_id):
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        r = self.selected_record()
        self.resolve_button.setEnabled(r is not None and r.kind == CONFLICT)

    def _update_state(self) -> None:
        open_ = self.unresolved()
        changing = [r for r in self.preview.records if r.kind != UNCHANGED]
        has_conflicts = bool([r for r in self.preview.conflicts if r.merge and r.merge.conflicts])
        self.mine_all.setVisible(has_conflicts)
        self.theirs_all.setVisible(has_conflicts)
        if open_:
            self.status.setText(self.tr("Conflicts still needing a choice: %1. Select one and press “Resolve "
                                        "conflict…” (or double-click it).").replace("%1", str(len(open_))))
            self.status.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        elif not changing:
            self.status.setText(self.tr("Nothing to apply: this vault has every record of the pack."))
            self.status.setStyleSheet(f"color: {MUTED};")
        else:
            self.status.setText(self.tr("Ready: records to change: %1, all in one step.")
                                .replace("%1", str(len(changing))))
            self.status.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
        self.apply_button.setEnabled(not open_)
        self.apply_button.setText(self.tr("&Apply") if changing else self.tr("&Done"))
        self._selection_changed()
        self.model.refresh()

    # resolving -------------------------------------------------------------------------------------
    def resolve_selected(self) -> ConflictDialog | None:
        r = self.selected_record()
        if r is None or r.kind != CONFLICT or r.merge is None:
            return None
        dialog = ConflictDialog(self.session, self.labels, r, self.resolutions.get(r.key, {}), self)
        dialog.accepted.connect(lambda: self.set_resolution(r, dialog.choices()))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def set_resolution(self, r: IncomingRecord, choices: dict[str, Resolution]) -> None:
        self.resolutions[r.key] = dict(choices)
        self.error.clear()
        self._update_state()

    def prefer_all(self, side: str) -> None:
        for r in self.preview.conflicts:
            if r.merge is not None:
                chosen = self.resolutions.setdefault(r.key, {})
                for f in r.merge.conflicts:
                    chosen[f.key] = Resolution(side)
        self.error.clear()
        self._update_state()

    def apply(self) -> None:
        if not [r for r in self.preview.records if r.kind != UNCHANGED]:
            self.accept()
            return
        try:
            result = self.session.apply_exchange(self.preview, self.resolutions)
        except (DomainError, VaultError) as exc:
            self.error.setText(self.tr("Nothing was applied: %1").replace("%1", str(exc)))
            return
        c = result.counts
        self.applied.emit(self.tr("Applied the pack from %1: new %2, updated %3, merged %4, deleted %5")
                          .replace("%1", self.preview.contact.name).replace("%2", str(c[NEW]))
                          .replace("%3", str(c[FAST_FORWARD])).replace("%4", str(c[CONFLICT]))
                          .replace("%5", str(c[DELETION])))
        self.accept()


# conflict resolution ------------------------------------------------------------------------------


class FieldModel(RowsTableModel):
    """The fields of one record that differ: ancestor, mine, theirs and the current choice."""

    def __init__(self, headers: Sequence[str], dialog: ConflictDialog) -> None:
        super().__init__(headers, dialog)
        self.dialog = dialog

    def cells(self, row: FieldMerge) -> Sequence[str]:
        labels = self.dialog.labels
        return (field_title(row.key), one_line(display_value(row.key, row.ancestor, labels), 60),
                one_line(display_value(row.key, row.mine, labels), 60),
                one_line(display_value(row.key, row.theirs, labels), 60), self.dialog.choice_text(row))

    def style(self, row: FieldMerge, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            if row.outcome == BOTH and row.key not in self.dialog.chosen:
                return QColor(ERROR_COLOUR)
            return QColor(OK_COLOUR if row.key in self.dialog.chosen else MUTED)
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.outcome == BOTH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.outcome == BOTH and column == 4:
            return QColor("#fff3e0")
        return None

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))


class ConflictDialog(QDialog):
    """One record changed on both sides: every differing field with the common ancestor, this
    vault's value and the pack's, and a choice per field (keep mine, take theirs, edit)."""

    def __init__(self, session: Session, labels: Labels, record: IncomingRecord,
                 chosen: dict[str, Resolution], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert record.merge is not None
        self.session = session
        self.labels = labels
        self.record = record
        self.merge = record.merge
        self.chosen: dict[str, Resolution] = dict(chosen)
        self._loading = False
        self.setWindowTitle(self.tr("Resolve: %1").replace("%1", record.name))
        self.resize(1100, 720)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        anc = record.ancestor
        local = record.local
        assert local is not None
        if anc is None:
            base = self.tr("There is no common version: the record was made on both sides.")
        else:
            base = self.tr("Common version: %1 by %2 on %3.").replace("%1", local_time(anc.ts)) \
                .replace("%2", anc.author).replace("%3", anc.workstation)
        self.intro.setText(
            self.tr("<b>%1</b> (%2) was changed in this vault and in the pack since they last agreed. %3<br>"
                    "Mine: %4 by %5. Theirs: %6 by %7 on %8. Fields changed on one side only merge by "
                    "themselves; choose for each field marked <span style='color:%9'>needs a choice</span>.")
            .replace("%1", record.name).replace("%2", type_title(record.entity_type)).replace("%3", base)
            .replace("%4", local_time(local.ts)).replace("%5", local.author)
            .replace("%6", local_time(record.incoming.ts)).replace("%7", record.incoming.author)
            .replace("%8", record.incoming.workstation).replace("%9", ERROR_COLOUR))

        self.model = FieldModel([self.tr("Field"), self.tr("Common ancestor"), self.tr("Mine (this vault)"),
                                 self.tr("Theirs (the pack)"), self.tr("Result")], self)
        self.model.set_rows(sorted(self.merge.fields, key=lambda f: (f.outcome != BOTH, field_title(f.key))))
        self.table = _table(self, "fields")
        self.table.setModel(self.model)
        set_widths(self.table, (170, 240, 240, 240))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_field())

        self.ancestor_text = self._text_box()
        self.mine_text = self._text_box()
        self.theirs_text = self._text_box()
        compare = QGridLayout()
        for column, (title, box) in enumerate(((self.tr("Common ancestor"), self.ancestor_text),
                                               (self.tr("Mine (this vault)"), self.mine_text),
                                               (self.tr("Theirs (the pack)"), self.theirs_text))):
            caption = QLabel(f"<b>{title}</b>", self)
            compare.addWidget(caption, 0, column)
            compare.addWidget(box, 1, column)

        self.keep_mine = QRadioButton(self.tr("Keep &mine"), self)
        self.take_theirs = QRadioButton(self.tr("Take &theirs"), self)
        self.edit_value = QRadioButton(self.tr("&Edit:"), self)
        self.choice_group = QButtonGroup(self)
        for i, b in enumerate((self.keep_mine, self.take_theirs, self.edit_value)):
            self.choice_group.addButton(b, i)
        self.choice_group.idToggled.connect(self._choice_toggled)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("The value to store"))
        self.editor.setMaximumHeight(90)
        self.editor.textChanged.connect(self._edited)
        choose = QHBoxLayout()
        choose.addWidget(self.keep_mine)
        choose.addWidget(self.take_theirs)
        choose.addWidget(self.edit_value)
        choose.addStretch(1)
        self.derived_note = QLabel(self)
        self.derived_note.setStyleSheet(f"color: {MUTED};")
        detail = QFrame(self)
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addLayout(compare, 1)
        detail_layout.addLayout(choose)
        detail_layout.addWidget(self.editor)
        detail_layout.addWidget(self.derived_note)

        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use these choices"))
        self.buttons.accepted.connect(self.accept_choices)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.table.selectRow(0)
        self._update_ok()

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setMinimumHeight(90)
        box.setStyleSheet(self._box_style(False))
        return box

    @staticmethod
    def _box_style(chosen: bool) -> str:
        border = f"2px solid {OK_COLOUR}" if chosen else "1px solid #b0bec5"
        return f"QPlainTextEdit {{ background: #f7f9fb; border: {border}; }}"

    def _mark_chosen(self, f: FieldMerge) -> None:
        """Outline the version the merged record takes for this field."""
        chosen = self.chosen.get(f.key)
        side = chosen.choice if chosen else (None if f.outcome == BOTH else (THEIRS if f.outcome == THEIRS else MINE))
        self.mine_text.setStyleSheet(self._box_style(side == MINE))
        self.theirs_text.setStyleSheet(self._box_style(side == THEIRS))

    # state -----------------------------------------------------------------------------------------
    def selected_field(self) -> FieldMerge | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_field(self, key: str) -> None:
        for i, f in enumerate(self.model.rows):
            if f.key == key:
                self.table.selectRow(i)
                return
        raise KeyError(key)

    def choice_text(self, f: FieldMerge) -> str:
        chosen = self.chosen.get(f.key)
        if chosen is not None:
            return {MINE: self.tr("Mine"), THEIRS: self.tr("Theirs"), EDIT: self.tr("Edited")}[chosen.choice]
        if f.derived:
            return self.tr("Computed after the merge")
        return {BOTH: self.tr("Needs a choice"), SAME: self.tr("Same change on both sides"),
                MINE: self.tr("Mine (changed only here)"), THEIRS: self.tr("Theirs (changed only there)")}[f.outcome]

    def _show_field(self) -> None:
        f = self.selected_field()
        if f is None:
            return
        self._loading = True
        try:
            self.ancestor_text.setPlainText(display_value(f.key, f.ancestor, self.labels)
                                            if self.record.ancestor is not None else self.tr("(no common version)"))
            self.mine_text.setPlainText(display_value(f.key, f.mine, self.labels))
            self.theirs_text.setPlainText(display_value(f.key, f.theirs, self.labels))
            editable = len(f.fields) == 1 and f.key != DELETED and not f.derived
            for b in (self.keep_mine, self.take_theirs):
                b.setEnabled(not f.derived)
            self.edit_value.setEnabled(editable)
            chosen = self.chosen.get(f.key)
            current = chosen.choice if chosen else (None if f.outcome == BOTH else
                                                    (THEIRS if f.outcome == THEIRS else MINE))
            self.choice_group.setExclusive(False)
            for b in (self.keep_mine, self.take_theirs, self.edit_value):
                b.setChecked(False)
            self.choice_group.setExclusive(True)
            if current == MINE:
                self.keep_mine.setChecked(True)
            elif current == THEIRS:
                self.take_theirs.setChecked(True)
            elif current == EDIT:
                self.edit_value.setChecked(True)
            value = chosen.value if chosen and chosen.choice == EDIT else (f.theirs if current == THEIRS else f.mine)
            self.editor.setPlainText(edit_text(value) if editable else "")
            self.editor.setEnabled(current == EDIT)
            self._mark_chosen(f)
            if f.derived:
                self.derived_note.setText(self.tr("This field is computed from the others after the merge."))
            elif not editable:
                self.derived_note.setText(self.tr("These values belong together: keep mine or take theirs."))
            else:
                self.derived_note.setText(self.tr("Text is stored as typed; other values as JSON, in the form "
                                                  "shown for the versions above."))
        finally:
            self._loading = False

    def _choice_toggled(self, button_id: int, checked: bool) -> None:
        if self._loading or not checked:
            return
        f = self.selected_field()
        if f is None:
            return
        if button_id == 2:
            self.editor.setEnabled(True)
            if not self.editor.toPlainText():
                self.editor.setPlainText(edit_text(f.mine))
            self._edited()
            return
        self.editor.setEnabled(False)
        self.choose(f.key, MINE if button_id == 0 else THEIRS)

    def _edited(self) -> None:
        if self._loading or not self.edit_value.isChecked():
            return
        f = self.selected_field()
        if f is None:
            return
        try:
            value = parse_edit(self.editor.toPlainText(), f)
        except MergeError as exc:
            self.chosen.pop(f.key, None)
            self.error.setText(str(exc))
            self._update_ok()
            return
        self.choose(f.key, EDIT, value)

    def choose(self, key: str, choice: str, value: Any = None) -> None:
        """Record the choice for one field (what the radio buttons and the editor do)."""
        f = next(x for x in self.model.rows if x.key == key)
        automatic = (THEIRS if f.outcome == THEIRS else MINE) if f.outcome != BOTH else None
        if choice == automatic and f.outcome != BOTH:
            self.chosen.pop(key, None)  # the automatic outcome needs no recorded choice
        else:
            self.chosen[key] = Resolution(choice, value)
        self.error.clear()
        self._mark_chosen(f)
        self._update_ok()

    def choices(self) -> dict[str, Resolution]:
        return dict(self.chosen)

    def unresolved(self) -> list[str]:
        return [f.key for f in self.merge.conflicts if f.key not in self.chosen]

    def _update_ok(self) -> None:
        open_ = self.unresolved()
        self.ok_button.setEnabled(not open_)
        self.ok_button.setToolTip(self.tr("Still to choose: %1").replace(
            "%1", ", ".join(field_title(k) for k in open_)) if open_ else "")
        self.model.refresh()

    def accept_choices(self) -> None:
        """Check that the merged record can be built, then close with the choices."""
        if self.unresolved():
            return
        try:
            merged_state(self.session.vault, self.record, self.chosen)
        except (DomainError, VaultError) as exc:
            self.error.setText(self.tr("These choices do not make a valid record: %1").replace("%1", str(exc)))
            return
        self.accept()

