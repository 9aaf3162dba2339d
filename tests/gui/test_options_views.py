"""The option views on the demo vault: the comparison (table and efficient frontier), the overview
of all options with its filters and exports, the templates dialog, and the residual risk that
planned options feed into the assessment tab and the risk matrix (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sdapp.core.classification import highest_level
from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, new_id
from sdapp.core.options import changed_since_agreement, cost_estimate, efficient_options, residual_risk
from sdapp.gui.assessment_panel import AssessmentPanel
from sdapp.gui.dependency_editor import TAB_OPTIONS
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import SECTIONS, MainWindow
from sdapp.gui.matrix_view import RiskMatrixView
from sdapp.gui.option_compare import OptionCompareView
from sdapp.gui.option_list import OptionsPanel
from sdapp.gui.option_templates_dialog import OptionTemplatesDialog
from sdapp.gui.options_overview import OptionsOverview
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault
from tests.gui.conftest import SIZE, settle

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"


def dep_id(vault: Vault, name: str) -> str:
    return next(d.id for d in vault.dependencies.all() if d.name == name)


@pytest.fixture(autouse=True)
def _no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected question: {args}")

    monkeypatch.setattr(QMessageBox, "question", ask)


@pytest.fixture
def overview(qtbot: QtBot, session: Session, labels: Labels) -> OptionsOverview:
    view = OptionsOverview(session, labels)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    settle()
    return view


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, prefs: Preferences) -> Iterator[MainWindow]:
    w = MainWindow(vault, prefs)
    w.idle.stop()
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


# compare --------------------------------------------------------------------------------------------------


def test_compare_shows_the_options_side_by_side_with_the_efficient_ones(
        qtbot: QtBot, session: Session, labels: Labels, vault: Vault) -> None:
    gallium = dep_id(vault, GALLIUM)
    view = OptionCompareView(session, labels)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.set_dependency(gallium)
    options = vault.options.for_dependency(gallium)
    assert len(options) >= 5
    years = vault.ref.reference_period_years
    expected = efficient_options(options, years)
    assert view.efficient() == expected
    assert expected
    assert len(expected) < len(options)
    model = view.model
    assert model.columnCount() == len(options)
    for column, o in enumerate(options):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert header == (f"{column + 1} ★" if o.id in expected else str(column + 1))
    keys = [r.key for r in model.rows]
    assert {"title", "rung", "status", "reduction", "residual", "estimate", "efficient"} <= set(keys)
    estimate_row = keys.index("estimate")
    stock = next(i for i, o in enumerate(options) if o.category == "stockpiling")
    assert model.index(estimate_row, stock).data() == "€ 57.5 m"
    plotted = {pid: (cost, red) for pid, cost, red in view.plotted()}
    assert set(plotted) == {o.id for o in options if cost_estimate(o, years) is not None}
    for o in options:
        if o.id in plotted:
            assert plotted[o.id] == (max(0.01, cost_estimate(o, years) or 0.0),
                                     float(o.effect_likelihood + o.effect_impact))
    spots = view.scatter.points()
    assert len(spots) == len(plotted)
    filled = {s.data() for s in spots if s.brush().color().name() == "#2e7d32"}
    assert filled == expected
    assert len(view.frontier.getData()[0]) == len(expected)
    assert [round(10 ** x, 6) for x in view.frontier.getData()[0]] == sorted(round(plotted[i][0], 6) for i in expected)
    with qtbot.waitSignal(view.optionActivated) as blocker:
        view.scatter.sigClicked.emit(view.scatter, [spots[0]], None)
    assert blocker.args == [spots[0].data()]


def test_compare_follows_edits_and_a_click_opens_the_option(
        qtbot: QtBot, session: Session, labels: Labels, vault: Vault) -> None:
    gallium = dep_id(vault, GALLIUM)
    panel = OptionsPanel(session, labels)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    panel.set_dependency(gallium)
    panel.show_compare(True)
    before = panel.compare.efficient()
    dearest = max(panel.options(), key=lambda o: cost_estimate(o, 5) or 0.0)
    assert dearest.id not in before
    edited = vault.options.get(dearest.id)
    edited.effect_likelihood, edited.effect_impact = 3, 1  # now the biggest reduction of all
    session.save_option(vault.options.get(dearest.id), edited)
    assert dearest.id in panel.compare.efficient()
    panel.compare.optionActivated.emit(dearest.id)
    assert panel.pages.currentIndex() == 0
    assert panel.editor.option_id() == dearest.id
    assert panel.selected_id() == dearest.id


# the overview -----------------------------------------------------------------------------------------------


def test_overview_lists_every_option_and_filters(overview: OptionsOverview, vault: Vault) -> None:
    everything = vault.options.all()
    assert len(overview.shown_rows()) == len(everything)
    assert overview.count_label.text().startswith(f"{len(everything)} options")

    def shown() -> set[str]:
        return {r.option.id for r in overview.shown_rows()}

    overview.set_facet("status", {"agreed", "in-briefing"})
    assert shown() == {o.id for o in everything if o.status in ("agreed", "in-briefing")}
    overview.set_facet("status", set())
    overview.set_facet("ministry", {"VWS"})
    assert shown() == {o.id for o in everything if "VWS" in (o.lead_ministry, *o.involved_ministries)}
    overview.clear_filters()
    overview.set_facet("category", {"stockpiling", "regulation"})
    overview.set_facet("rung", {"5"})
    assert shown() == {o.id for o in everything if o.category in ("stockpiling", "regulation") and o.rung == 5}
    assert "of" in overview.count_label.text()
    overview.clear_filters()
    overview.set_changed_only(True)
    changed = {o.id for o in everything if changed_since_agreement(o)}
    assert changed
    assert shown() == changed
    assert all(r.changed for r in overview.shown_rows())
    overview.clear_filters()
    overview.search.setText("voorraad")
    assert shown() == {o.id for o in everything if "voorraad" in o.title.casefold()}
    overview.clear_filters()
    values = dict(overview.facet_values("rung"))
    assert set(values) == {str(o.rung) for o in everything}


def test_overview_drops_options_of_dependencies_in_the_bin(overview: OptionsOverview, session: Session,
                                                           vault: Vault) -> None:
    gallium = dep_id(vault, GALLIUM)
    before = len(overview.shown_rows())
    own = len(vault.options.for_dependency(gallium))
    session.delete_dependency(gallium)
    assert len(overview.shown_rows()) == before - own
    session.undo_stack.undo()
    assert len(overview.shown_rows()) == before


def test_overview_sets_the_banner_levels(overview: OptionsOverview, vault: Vault) -> None:
    levels = {r.classification for r in vault.dependencies.rows()}
    assert overview.displayed_levels() == levels
    overview.set_facet("ministry", {"VWS"})
    assert overview.displayed_levels() == {r.classification for r in overview.shown_rows()}


def test_export_to_xlsx_and_csv(overview: OptionsOverview, session: Session, vault: Vault, tmp_path: Path) -> None:
    gallium = dep_id(vault, GALLIUM)
    session.save_option(None, ActionOption(id=new_id(), dependency_id=gallium, title="=HYPERLINK(\"http://x\")",
                                           category="monitoring", rung=1, lead_ministry="EZ"))
    overview.set_facet("rung", {"1"})
    rows = overview.shown_rows()
    xlsx = tmp_path / "opties.xlsx"
    assert overview.export_to(xlsx) == len(rows)
    ws = openpyxl.load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    assert header[:5] == ["Classification", "Dependency", "Title", "Category", "Rung"]
    data = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(data) == len(rows)
    assert {r[header.index("Rung")] for r in data} == {1}  # a native number
    assert "'=HYPERLINK(\"http://x\")" in [r[header.index("Title")] for r in data]
    marking = highest_level(overview.displayed_levels(), vault.ref).marking
    assert ws.oddHeader.center.text == marking
    assert {r[0] for r in data} <= {lv.marking for lv in vault.ref.levels}
    assert [r[header.index("Option id")] for r in data] == [r.option.id for r in rows]
    csv_path = tmp_path / "opties.csv"
    overview.export_to(csv_path)
    lines = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert lines[0] == header
    assert len(lines) == len(rows) + 1
    exports = [e for e in vault.audit.entries(limit=10) if e.action == "export" and e.entity_type == "action_option"]
    assert len(exports) == 2
    assert vault.audit.verify() == []


def test_opening_an_option_from_the_overview(window: MainWindow, vault: Vault) -> None:
    window.sidebar.setCurrentRow([s.key for s in SECTIONS].index("options"))
    view = window._pages["options"]
    assert isinstance(view, OptionsOverview)
    target = next(r for r in view.shown_rows() if r.option.category == "stockpiling")
    view.select(target.option.id)
    index = view.table.currentIndex()
    view.table.doubleClicked.emit(view.table.model().index(index.row(), 1))
    settle()
    assert window.current_section() == "register"
    editor = window.register_page().editor
    assert editor.current_id() == target.option.dependency_id
    assert editor.tabs.currentIndex() == TAB_OPTIONS
    assert editor.options.editor.option_id() == target.option.id


# templates ------------------------------------------------------------------------------------------------------


def test_templates_dialog_edits_what_new_options_start_with(qtbot: QtBot, session: Session, labels: Labels,
                                                           vault: Vault) -> None:
    dialog = OptionTemplatesDialog(session, labels)
    qtbot.addWidget(dialog)
    dialog.select("stockpiling", "nl")
    default = vault.options.template("stockpiling", "nl")
    assert dialog.prompts_edit.toPlainText().splitlines() == list(default.prompts)
    assert not dialog.reset_button.isEnabled()
    dialog.set_prompts([*default.prompts, "Welke opslaglocaties komen in aanmerking?"])
    dialog.legal_edit.setText("Wet voorraadvorming (concept)")
    dialog.rung_combo.setCurrentIndex(dialog.rung_combo.findData(5))
    assert "not saved yet" in dialog.state_label.text()
    dialog.select("monitoring", "en")  # switching keeps the edit
    dialog.select("stockpiling", "nl")
    assert dialog.legal_edit.text() == "Wet voorraadvorming (concept)"
    assert dialog.save()
    stored = vault.options.template("stockpiling", "nl")
    assert stored.prompts[-1] == "Welke opslaglocaties komen in aanmerking?"
    assert stored.legal_basis == "Wet voorraadvorming (concept)"
    assert stored.body == default.body
    assert sorted(vault.options.template_overrides()) == [("stockpiling", "en"), ("stockpiling", "nl")]
    assert vault.options.template("stockpiling", "en").rung == 5  # the rung belongs to the category

    panel = OptionsPanel(session, labels)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_dependency(dep_id(vault, GALLIUM))
    panel.editor.set_template_language("nl")
    panel.new_option("stockpiling")
    assert "Welke opslaglocaties komen in aanmerking?" in panel.editor.prompts_label.text()
    assert panel.editor.legal_edit.text() == "Wet voorraadvorming (concept)"
    assert panel.editor.rung_combo.currentData() == 5

    again = OptionTemplatesDialog(session, labels)
    qtbot.addWidget(again)
    again.select("stockpiling", "nl")
    assert again.state_label.text() == "Edited for this vault"
    assert again.reset_button.isEnabled()
    again.reset_to_default()
    again.select("stockpiling", "en")
    again.reset_to_default()
    assert again.save()
    assert vault.options.template_overrides() == {}


# residual risk from planned options ----------------------------------------------------------------------------------


def test_planned_options_set_the_residual_risk_in_the_assessment_and_on_the_matrix(
        qtbot: QtBot, session: Session, labels: Labels, vault: Vault) -> None:
    # a dependency whose options are all concepts: the entered residual risk applies
    by_dep: dict[str, list[ActionOption]] = {}
    for o in vault.options.all():
        by_dep.setdefault(o.dependency_id, []).append(o)
    latest = vault.assessments.latest_all()
    dep = next(d for d, opts in by_dep.items() if d in latest and latest[d].current is not None
               and all(o.status == "concept" for o in opts)
               and LIKELIHOOD_CODES.index(latest[d].current.likelihood) >= 2)
    a = latest[dep]
    assert residual_risk(a.current, a.residual, by_dep[dep]) == (a.residual, 0)

    panel = AssessmentPanel(session, labels)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_dependency(dep)
    assert panel.residual() == (a.residual, 0)
    assert not panel.residual_note.isVisibleTo(panel)
    matrix = RiskMatrixView(session, labels)
    qtbot.addWidget(matrix)
    matrix.resize(1000, 700)
    matrix.show()
    matrix.set_kind("residual")

    def cell() -> tuple[int, int]:
        p = matrix.point(dep)
        assert p is not None
        return math.floor(p.x), math.floor(p.y)

    assert a.residual is not None
    assert cell() == (LIKELIHOOD_CODES.index(a.residual.likelihood), LIKELIHOOD_CODES.index(a.residual.impact))

    # submitting a concept for review plans it: its expected effect now sets the residual risk
    option = next(o for o in by_dep[dep])
    edited = vault.options.get(option.id)
    edited.effect_likelihood, edited.effect_impact = 2, 1
    session.save_option(vault.options.get(option.id), edited)
    session.transition_option(option.id, "in-review", "")
    assert a.current is not None
    expected = residual_risk(a.current, a.residual, vault.options.for_dependency(dep))
    assert expected[1] >= 1
    score = expected[0]
    assert score is not None
    assert score.likelihood == LIKELIHOOD_CODES[LIKELIHOOD_CODES.index(a.current.likelihood) - 2]
    assert panel.residual() == expected
    assert panel.residual_note.isVisibleTo(panel)
    assert panel.residual_derived[0].text().startswith(score.likelihood)
    assert not panel.risk_combos["residual"][0].isVisibleTo(panel)
    assert panel.risk_badges["residual"].text() == matrix._matrices.level_of(a, score).label.text("en")
    settle()
    assert cell() == (LIKELIHOOD_CODES.index(score.likelihood), LIKELIHOOD_CODES.index(score.impact))
    # withdrawing it plans nothing again: back to the entered residual risk
    session.transition_option(option.id, "decided-withdrawn", "Niet nodig.")
    settle()
    assert cell() == (LIKELIHOOD_CODES.index(a.residual.likelihood), LIKELIHOOD_CODES.index(a.residual.impact))
    assert panel.residual() == (a.residual, 0)


def test_deleting_an_option_goes_to_the_bin_and_undo_or_restore_bring_it_back(
        qtbot: QtBot, session: Session, labels: Labels, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    gallium = dep_id(vault, GALLIUM)
    panel = OptionsPanel(session, labels)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_dependency(gallium)
    target = panel.options()[1]
    assert panel.select_option(target.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert panel.editor.delete()
    assert vault.options.is_deleted(target.id)
    assert target.id not in {o.id for o in panel.options()}
    assert panel.editor.option_id() != target.id  # the editor moved on
    session.undo_stack.undo()
    assert not vault.options.is_deleted(target.id)
    assert target.id in {o.id for o in panel.options()}
    session.undo_stack.redo()
    session.restore_option_from_bin(target.id)
    assert vault.options.get(target.id) == target
    assert session.undo_stack.undoText() == f"Restore option {target.title} from the bin"
    assert [r.op for r in vault.options.history(target.id)][:3] == ["restore", "delete", "restore"]
