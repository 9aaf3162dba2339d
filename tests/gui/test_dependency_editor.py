"""The dependency editor, its history tab and the bin, driven as a user would (offscreen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sdapp.gui.bin_view import BinView
from sdapp.gui.dependency_editor import TAB_CRITICALITY, TAB_GENERAL, TAB_HISTORY, TAB_SUPPLY, DependencyEditor
from sdapp.gui.history_panel import HistoryPanel
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.vault import vault as vault_mod

pytestmark = pytest.mark.gui

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def session(make_vault: Callable[..., vault_mod.Created]) -> Iterator[Session]:
    created = make_vault()
    s = Session(created.vault)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def labels(session: Session) -> Labels:
    return Labels(session.ref, "en")


@pytest.fixture
def editor(qtbot: QtBot, session: Session, labels: Labels) -> DependencyEditor:
    widget = DependencyEditor(session, labels)
    qtbot.addWidget(widget)
    return widget


def choose(combo: QComboBox, slug: str) -> None:
    index = combo.findData(slug)
    assert index >= 0, slug
    combo.setCurrentIndex(index)


def fill_basics(editor: DependencyEditor, name: str = "Gallium") -> None:
    editor.name_edit.setText(name)
    choose(editor.kind_combo, "raw-material")
    choose(editor.domain_combo, "chips")


def new_gallium(editor: DependencyEditor) -> str:
    """Fill and save a new record with a processing stage CN 94 %, DE 3 %; returns its id."""
    editor.load(None)
    fill_basics(editor)
    editor.add_stage("processing")
    editor.add_country_row("CN", 94)
    editor.add_country_row("DE", 3)
    assert editor.save(), editor.error_messages()
    return editor.current_id()


def test_new_record_with_stage_is_saved(editor: DependencyEditor, session: Session, qtbot: QtBot) -> None:
    assert editor.is_new()
    editor.load(None)
    fill_basics(editor)
    editor.add_stage("processing")
    editor.add_country_row("CN", 94)
    editor.add_country_row("DE", 3)
    assert editor.total_label.text() == "Total: 97 %"
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=1000) as saved:
        assert editor.save()
    dep_id = saved.args[0]
    stored = session.vault.dependencies.get(dep_id)
    assert stored.name == "Gallium"
    assert (stored.kind, stored.domain) == ("raw-material", "chips")
    assert [(s.stage, [(c.country, c.share) for c in s.shares]) for s in stored.stages] == [
        ("processing", [("CN", 94.0), ("DE", 3.0)])]
    assert not editor.is_new()
    assert not editor.is_dirty()
    assert editor.displayed_level() == "ongerubriceerd"


def test_all_general_fields_round_trip(editor: DependencyEditor, session: Session) -> None:
    editor.load(None)
    fill_basics(editor, "Active pharmaceutical ingredients")
    editor.description_edit.setPlainText("Generic antibiotics.")
    editor.cn_edit.setText("2941, 300420;3004")
    choose(editor.ministry_combo, "VWS")
    editor.contact_edit.setText("Team Leveringszekerheid")
    choose(editor.status_combo, "under-analysis")
    choose(editor.classification_combo, "dep-vertrouwelijk")
    editor.tags_edit.setText("medicines, antibiotics")
    editor.eu_list.item(2).setCheckState(Qt.CheckState.Checked)
    editor.no_review_date.setChecked(False)
    editor.review_date_edit.setDate(QDate(2026, 3, 31))
    editor.reliance_spin.setValue(80)
    editor.stock_spin.setValue(45)
    choose(editor.substitutability_combo, "low")
    assert editor.save(), editor.error_messages()
    dep = session.vault.dependencies.get(editor.current_id())
    assert dep.cn_codes == ["2941", "300420", "3004"]
    assert dep.lead_ministry == "VWS"
    assert dep.contact == "Team Leveringszekerheid"
    assert (dep.status, dep.classification) == ("under-analysis", "dep-vertrouwelijk")
    assert dep.tags == ["medicines", "antibiotics"]
    assert dep.eu_lists == [session.ref.eu_lists[2].slug]
    assert dep.review_date == dt.date(2026, 3, 31)
    assert (dep.import_reliance, dep.stock_coverage_days, dep.substitutability) == (80.0, 45.0, "low")
    assert editor.displayed_level() == "dep-vertrouwelijk"
    editor.reliance_spin.setValue(editor.reliance_spin.minimum())  # "not known"
    editor.no_review_date.setChecked(True)
    assert editor.save()
    dep = session.vault.dependencies.get(editor.current_id())
    assert dep.import_reliance is None
    assert dep.review_date is None


def test_required_fields_are_reported_in_their_section(editor: DependencyEditor, session: Session) -> None:
    editor.load(None)
    editor.tabs.setCurrentIndex(TAB_CRITICALITY)
    assert not editor.save()
    messages = editor.error_messages()
    assert any(m.startswith("Name:") for m in messages["identity"])
    assert any(m.startswith("Kind:") for m in messages["identity"])
    assert any(m.startswith("Domain:") for m in messages["identity"])
    assert editor.tabs.currentIndex() == TAB_GENERAL  # moved to where the problems are
    assert editor.state_label.text() == f"Not saved: {sum(map(len, messages.values()))} problems to fix."
    assert session.vault.dependencies.count() == 0
    fill_basics(editor)  # messages follow the edits after a refused save
    assert "identity" not in editor.error_messages()
    assert editor.save()


def test_shares_over_100_are_refused_inline(editor: DependencyEditor, session: Session) -> None:
    editor.load(None)
    fill_basics(editor)
    editor.add_stage("processing")
    editor.add_country_row("CN", 94)
    row = editor.add_country_row("DE", 3)
    editor.set_share(row, 10)
    assert editor.total_label.text() == "Total: 104 %"
    assert not editor.stage_error_label.isHidden()
    assert "more than 100 %" in editor.stage_error_label.text()
    assert not editor.save()
    assert any("more than 100 %" in m for m in editor.error_messages()["stages"])
    assert session.vault.dependencies.count() == 0
    editor.set_share(row, 3)
    assert editor.stage_error_label.isHidden()
    assert editor.save()
    # an existing record keeps its stored version when a later edit is refused
    editor.set_share(row, 30)
    assert not editor.save()
    stored = session.vault.dependencies.get(editor.current_id())
    assert [c.share for c in stored.stages[0].shares] == [94.0, 3.0]


def test_unknown_country_is_refused(editor: DependencyEditor, session: Session) -> None:
    editor.load(None)
    fill_basics(editor)
    editor.add_stage("extraction")
    editor.add_country_row("Narnia", 5)
    assert "unknown country" in editor.stage_error_label.text()
    assert not editor.save()
    assert any("unknown country" in m for m in editor.error_messages()["stages"])
    assert session.vault.dependencies.count() == 0
    # names and completer entries resolve to ISO codes
    assert editor.parse_country("NL - Netherlands") == "NL"
    assert editor.parse_country("germany") == "DE"
    assert editor.parse_country("chn") == "CN"
    editor.share_table.item(0, 0).setText("Chile")
    assert editor.share_table.item(0, 0).text() == "CL - Chile"
    assert editor.save()
    assert session.vault.dependencies.get(editor.current_id()).stages[0].shares[0].country == "CL"


def test_stages_add_remove_and_note(editor: DependencyEditor, session: Session) -> None:
    editor.load(None)
    fill_basics(editor)
    editor.add_stage("final-product")
    editor.add_stage("extraction")
    editor.add_stage("processing")
    assert editor.stage_slugs() == ["extraction", "processing", "final-product"]  # reference order
    editor.select_stage("extraction")
    editor.add_country_row("CN", 98)
    editor.stage_note_edit.setText("USGS 2024")
    editor.select_stage("final-product")
    editor.remove_current_stage()
    assert editor.stage_slugs() == ["extraction", "processing"]
    assert editor.save()
    stages = session.vault.dependencies.get(editor.current_id()).stages
    assert [(s.stage, s.note) for s in stages] == [("extraction", "USGS 2024"), ("processing", "")]
    editor.select_stage("extraction")
    assert editor.share_table.rowCount() == 1
    editor.share_table.selectRow(0)
    editor.remove_selected_countries()
    assert editor.save()
    assert session.vault.dependencies.get(editor.current_id()).stages[0].shares == []


def test_criticality_scores_and_overall_impact(editor: DependencyEditor, session: Session) -> None:
    dep_id = new_gallium(editor)
    assert editor.overall_label.text().startswith("X - No impact")
    choose(editor.level_combos["3.2"], "C")
    editor.rationale_edits["3.2"].setText("Chip production stops within weeks.")
    choose(editor.level_combos["2.1"], "A")
    assert editor.overall_label.text() == "C - Serious"
    assert editor.save()
    scores = {c.criterion: (c.level, c.rationale) for c in session.vault.dependencies.get(dep_id).criticality}
    assert scores == {"2.1": ("A", ""), "3.2": ("C", "Chip production stops within weeks.")}
    choose(editor.level_combos["3.2"], "")  # "not scored" omits the criterion
    editor.rationale_edits["3.2"].setText("")
    assert editor.save()
    assert [c.criterion for c in session.vault.dependencies.get(dep_id).criticality] == ["2.1"]


def test_undo_restores_vault_and_editor(editor: DependencyEditor, session: Session, qtbot: QtBot) -> None:
    dep_id = new_gallium(editor)
    editor.name_edit.setText("Gallium (refined)")
    assert editor.save()
    assert session.vault.dependencies.get(dep_id).name == "Gallium (refined)"
    session.undo_stack.undo()
    assert session.vault.dependencies.get(dep_id).name == "Gallium"
    assert editor.name_edit.text() == "Gallium"
    assert not editor.is_dirty()
    session.undo_stack.redo()
    assert editor.name_edit.text() == "Gallium (refined)"
    # with unsaved edits the form is left alone and says so
    editor.contact_edit.setText("someone")
    session.undo_stack.undo()
    assert editor.contact_edit.text() == "someone"
    assert not editor.notice.isHidden()
    editor.revert()
    assert editor.name_edit.text() == "Gallium"
    assert editor.contact_edit.text() == ""


def test_history_lists_revisions_and_restores_first(editor: DependencyEditor, session: Session,
                                                    qtbot: QtBot) -> None:
    dep_id = new_gallium(editor)
    editor.name_edit.setText("Gallium (refined)")
    editor.add_country_row("JP", 2)
    assert editor.save()
    panel = editor.history
    revisions = panel.revisions()
    assert len(revisions) >= 2
    assert [r.op for r in revisions] == ["update", "create"]  # newest first
    assert panel.revision_table.item(0, 4).text() == "Edited"
    assert panel.revision_table.item(0, 1).text() == "anna"
    rows = {title: (before, after) for title, before, after in panel.diff_rows()}
    assert rows["Name"] == ("Gallium", "Gallium (refined)")
    assert rows["Supply chain: Processing and refining"] == ("CN 94 %, DE 3 %", "CN 94 %, DE 3 %, JP 2 %")
    assert not panel.restore_button.isEnabled()  # the newest version is the current one
    first = revisions[-1]
    panel.select_revision(first.rev_id)
    assert panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.restored, timeout=1000):
        panel.restore_button.click()
    assert session.vault.dependencies.get(dep_id).name == "Gallium"
    assert editor.name_edit.text() == "Gallium"
    assert len(panel.revisions()) == 3
    session.undo_stack.undo()  # restoring is undoable
    assert session.vault.dependencies.get(dep_id).name == "Gallium (refined)"


def test_delete_moves_to_bin_and_bin_restores(editor: DependencyEditor, session: Session, labels: Labels,
                                              qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dep_id = new_gallium(editor)
    bin_view = BinView(session, labels)
    qtbot.addWidget(bin_view)
    assert bin_view.dependencies.ids() == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not editor.delete()
    assert not session.vault.dependencies.is_deleted(dep_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.closed, timeout=1000):
        assert editor.delete()
    assert session.vault.dependencies.is_deleted(dep_id)
    assert [r.id for r in session.vault.dependencies.rows(deleted=True)] == [dep_id]
    assert bin_view.dependencies.ids() == [dep_id]
    assert not editor.save_button.isEnabled()  # the form shows it is in the bin
    assert not editor.notice.isHidden()
    assert not bin_view.dependencies.restore_button.isEnabled()
    bin_view.dependencies.select(dep_id)
    with qtbot.waitSignal(bin_view.dependencies.restored, timeout=1000):
        bin_view.dependencies.restore_button.click()
    assert not session.vault.dependencies.is_deleted(dep_id)
    assert bin_view.dependencies.ids() == []
    assert editor.delete_button.isEnabled()
    assert editor.notice.isHidden()
    ops = [r.op for r in session.vault.dependencies.history(dep_id)]
    assert ops[:2] == ["restore", "delete"]


def test_new_record_revert_and_level_signal(editor: DependencyEditor, qtbot: QtBot) -> None:
    editor.load(None)
    with qtbot.waitSignal(editor.levelChanged, timeout=1000):
        choose(editor.classification_combo, "stg-geheim")
    assert editor.displayed_level() == "stg-geheim"
    editor.name_edit.setText("Something")
    assert editor.is_dirty()
    editor.revert()
    assert editor.name_edit.text() == ""
    assert not editor.is_dirty()
    assert editor.displayed_level() == "ongerubriceerd"


def test_reload_keeps_the_stage_being_edited(editor: DependencyEditor) -> None:
    new_gallium(editor)
    editor.add_stage("extraction")
    editor.add_country_row("CN", 98)
    editor.select_stage("processing")
    editor.add_country_row("JP", 2)
    assert editor.save()
    assert editor.current_stage().stage == "processing"


def test_language_switch_keeps_values(editor: DependencyEditor, session: Session) -> None:
    new_gallium(editor)
    choose(editor.level_combos["3.1"], "B")
    editor.set_labels(Labels(session.ref, "nl"))
    assert editor.kind_combo.currentText() == "Grondstof"
    assert editor.kind_combo.currentData() == "raw-material"
    assert editor.level_combos["3.1"].currentText() == "B - Aanzienlijk"
    assert editor.stage_list.item(0).text().startswith("Verwerking en raffinage")
    assert editor.is_dirty()  # the unsaved score survived
    assert editor.save()
    assert [c.level for c in session.vault.dependencies.get(editor.current_id()).criticality] == ["B"]


def test_save_shortcut(editor: DependencyEditor, session: Session, qtbot: QtBot) -> None:
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    fill_basics(editor)
    editor.name_edit.setFocus()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert session.vault.dependencies.count() == 1


# screenshots ---------------------------------------------------------------------------------------


def realistic_record(editor: DependencyEditor) -> None:
    editor.load(None)
    editor.name_edit.setText("Gallium (refined, 4N and higher)")
    choose(editor.kind_combo, "raw-material")
    choose(editor.domain_combo, "chips")
    editor.cn_edit.setText("811292, 811299")
    editor.description_edit.setPlainText(
        "Refined gallium for compound semiconductors (GaN, GaAs) used in power electronics, radar and "
        "5G base stations. Almost all primary production is a by-product of alumina refining in China, "
        "which introduced export licensing in 2023.")
    choose(editor.ministry_combo, "EZ")
    editor.contact_edit.setText("Team Strategische Afhankelijkheden, DG Economie en Digitalisering")
    choose(editor.status_combo, "under-analysis")
    choose(editor.classification_combo, "dep-vertrouwelijk")
    editor.tags_edit.setText("metals, semiconductors, export controls")
    for row in range(editor.eu_list.count()):
        if editor.eu_list.item(row).data(Qt.ItemDataRole.UserRole) in ("crma-strategic", "crma-critical"):
            editor.eu_list.item(row).setCheckState(Qt.CheckState.Checked)
    editor.no_review_date.setChecked(False)
    editor.review_date_edit.setDate(QDate(2026, 3, 31))
    editor.reliance_spin.setValue(100)
    editor.stock_spin.setValue(45)
    choose(editor.substitutability_combo, "low")
    editor.add_stage("extraction")
    for code, share in (("CN", 98), ("RU", 1), ("JP", 0.5)):
        editor.add_country_row(code, share)
    editor.stage_note_edit.setText("Primary gallium, USGS Mineral Commodity Summaries 2024")
    editor.add_stage("processing")
    for code, share in (("CN", 94), ("DE", 3), ("JP", 2), ("KR", 0.5)):
        editor.add_country_row(code, share)
    editor.add_stage("components")
    for code, share in (("JP", 35), ("US", 30), ("DE", 20), ("TW", 10)):
        editor.add_country_row(code, share)
    editor.select_stage("processing")
    scores = {"3.1": ("C", "Price shock on GaN/GaAs wafers; estimated EUR 200-500 million"),
              "3.2": ("D", "Fabs for power electronics and RF stop within 6-8 weeks"),
              "1.2": ("B", "Dependence limits room for manoeuvre in EU trade policy"),
              "2.3": ("X", ""),
              "6.3": ("A", "Use of export licences as a geopolitical instrument")}
    for code, (level, why) in scores.items():
        choose(editor.level_combos[code], level)
        editor.rationale_edits[code].setText(why)


def shoot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.resize(1280, 800)
    widget.show()
    for _ in range(3):  # let scroll areas and wrapped table rows settle before grabbing
        QApplication.processEvents()
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path


def test_screenshots(editor: DependencyEditor, session: Session, labels: Labels, qtbot: QtBot,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    realistic_record(editor)
    assert editor.save(), editor.error_messages()
    dep_id = editor.current_id()
    editor.name_edit.setText("Gallium (refined, 4N+)")
    editor.select_stage("processing")
    editor.set_share(1, 2.5)
    editor.add_country_row("US", 0.5)
    choose(editor.level_combos["3.2"], "E")
    editor.rationale_edits["3.2"].setText("Fabs for power electronics, RF and defence radar stop within 6 weeks")
    assert editor.save()
    shots = []
    for tab, name in ((TAB_GENERAL, "editor_general.png"), (TAB_SUPPLY, "editor_supply_chain.png"),
                      (TAB_CRITICALITY, "editor_criticality.png"), (TAB_HISTORY, "editor_history.png")):
        editor.tabs.setCurrentIndex(tab)
        shots.append(shoot(editor, name))

    editor.set_share(1, 10)  # 94 + 10 + 2 + 0.5 + 0.5 > 100
    editor.add_country_row("Narnia", 1)
    editor.name_edit.setText("")
    assert not editor.save()
    editor.tabs.setCurrentIndex(TAB_SUPPLY)
    shots.append(shoot(editor, "editor_validation_supply.png"))
    editor.tabs.setCurrentIndex(TAB_GENERAL)
    shots.append(shoot(editor, "editor_validation_general.png"))
    editor.revert()

    panel = HistoryPanel(session, labels)
    qtbot.addWidget(panel)
    panel.set_dependency(dep_id)
    panel.select_revision(panel.revisions()[0].rev_id)
    shots.append(shoot(panel, "history_panel.png"))

    others = [("Lithium carbonate (battery grade)", "stg-confidentieel"), ("Penicillin API", "ongerubriceerd")]
    for name, level in others:
        editor.load(None)
        fill_basics(editor, name)
        choose(editor.classification_combo, level)
        assert editor.save()
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        assert editor.delete()
    bin_view = BinView(session, labels)
    qtbot.addWidget(bin_view)
    bin_view.dependencies.select(bin_view.dependencies.ids()[0])
    shots.append(shoot(bin_view, "bin_view.png"))
    empty_bin = BinView(session, labels)
    qtbot.addWidget(empty_bin)
    for dep in list(bin_view.dependencies.ids()):
        bin_view.dependencies.select(dep)
        assert bin_view.dependencies.restore_selected()
    shots.append(shoot(empty_bin, "bin_view_empty.png"))
    assert all(p.stat().st_size > 10_000 for p in shots)
