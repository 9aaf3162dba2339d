"""The risk settings dialog on the demo vault: the risk matrix as versioned data users edit, and
the likelihood rules (pytest-qt, offscreen)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sdapp.core.errors import ReferenceDataError
from sdapp.core.indicators import evidence
from sdapp.core.model import LIKELIHOOD_CODES
from sdapp.core.risk import parse_rules, suggest_likelihood, validate_assessment
from sdapp.gui.app_setup import install_language
from sdapp.gui.assessment_panel import AssessmentPanel
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.matrix_view import RiskMatrixView
from sdapp.gui.risk_settings_dialog import B_MIN, L_EN, L_NL, RiskSettingsDialog
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault
from tests.gui.conftest import SIZE, shoot

pytestmark = pytest.mark.gui




@pytest.fixture
def dialog(qtbot: QtBot, session: Session, labels: Labels) -> RiskSettingsDialog:
    d = RiskSettingsDialog(session, labels)
    qtbot.addWidget(d)
    d.resize(*SIZE)
    d.show()
    qtbot.waitExposed(d)
    return d


# the risk matrix ----------------------------------------------------------------------------------


def test_changing_a_cell_saves_a_new_matrix_version(qtbot: QtBot, dialog: RiskSettingsDialog, session: Session,
                                                    labels: Labels, vault: Vault) -> None:
    view = RiskMatrixView(session, labels)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.grid.matrix is not None
    assert view.grid.matrix.version == 1
    scored = vault.assessments.latest_all()
    assert scored
    assert {a.matrix_version for a in scored.values()} == {1}
    v1 = vault.assessments.matrix()
    assert v1.grid["E"]["A"] == "medium"

    assert dialog.matrix_dirty() is False
    assert not dialog.save_matrix_button.isEnabled()
    combo = dialog.cell_combo("E", "A")
    combo.setCurrentIndex(combo.findData("very-high"))
    assert dialog.matrix_dirty()
    assert dialog.save_matrix_button.isEnabled()
    assert "#e53935" in combo.styleSheet()  # coloured by the chosen level
    with qtbot.waitSignal(session.riskSettingsChanged, timeout=2000):
        qtbot.mouseClick(dialog.save_matrix_button, Qt.MouseButton.LeftButton)

    # a new version in the vault; version 1 unchanged
    repo = vault.assessments
    assert repo.matrix_versions() == [1, 2]
    v2 = repo.matrix()
    assert v2.version == 2
    assert v2.lookup("A", "E").code == "very-high"
    assert repo.matrix(1).lookup("A", "E").code == "medium"
    assert repo.matrix(1).to_dict() == v1.to_dict()
    assert {k: v for k, v in v2.to_dict().items() if k != "grid"} == \
        {k: v for k, v in v1.to_dict().items() if k != "grid"}
    history = repo.matrix_history()
    assert [h[0] for h in history] == [1, 2]
    assert history[1][2] == vault.actor.user
    assert any(e.action == "matrix-saved" and e.entity_id == "2" for e in vault.audit.entries())

    # earlier assessments still report and validate against version 1
    for a in repo.latest_all().values():
        assert a.matrix_version == 1
        repo.validate(a)  # raises RecordInvalid if it no longer holds under its own version
        assert any(e.field == "matrix_version" for e in validate_assessment(a, vault.ref, v2))

    # the dialog shows the new version, saved and clean
    assert dialog.matrix_dirty() is False
    assert not dialog.save_matrix_button.isEnabled()
    assert dialog.versions_table.rowCount() == 2
    assert "2" in dialog.matrix_title.text()
    assert dialog.matrix_message.property("kind") == "saved"
    assert "2" in dialog.matrix_message.text()

    # the matrix page follows the new grid
    qtbot.waitUntil(lambda: view.grid.matrix is not None and view.grid.matrix.version == 2, timeout=3000)
    assert view.grid.matrix is not None
    assert view.grid.matrix.lookup("A", "E").code == "very-high"


def test_thresholds_levels_and_order_are_saved(dialog: RiskSettingsDialog, vault: Vault) -> None:
    dialog.min_impact_combo.setCurrentIndex(dialog.min_impact_combo.findData("D"))
    # a new level, ranked between medium and high, used by one cell
    medium_row = next(r for r in range(dialog.levels_table.rowCount())
                      if dialog.levels_table.item(r, 0).text() == "medium")
    dialog.levels_table.setCurrentCell(medium_row, L_NL)
    dialog.add_level()
    new_row = medium_row
    assert dialog.levels_table.item(new_row, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.levels_table.item(new_row + 1, 0).flags() & Qt.ItemFlag.ItemIsEditable  # stored codes stay
    dialog.levels_table.item(new_row, 0).setText("elevated")
    dialog.levels_table.item(new_row, L_NL).setText("Verhoogd")
    dialog.levels_table.item(new_row, L_EN).setText("Elevated")
    dialog.set_level_colour(new_row, "#ffc107")
    dialog.set_cell("C", "C", "elevated")
    assert "#ffc107" in dialog.cell_combo("C", "C").styleSheet()
    # a level in use cannot go
    assert not dialog.remove_level(new_row)
    assert dialog.matrix_message.property("kind") == "error"
    assert dialog.levels_table.rowCount() == 5
    assert dialog.save_matrix()

    matrix = vault.assessments.matrix()
    assert matrix.version == 2
    assert matrix.min_impact == "D"
    assert matrix.min_likelihood == "C"
    assert [lv.code for lv in sorted(matrix.levels, key=lambda lv: lv.rank)] == \
        ["low", "medium", "elevated", "high", "very-high"]
    assert matrix.level("elevated").label.nl == "Verhoogd"
    assert matrix.level("elevated").colour == "#ffc107"
    assert matrix.lookup("C", "C").code == "elevated"
    assert vault.assessments.matrix(1).min_impact == "C"

    # once unused, a level may go (and a move changes the ranks)
    dialog.set_cell("C", "C", "medium")
    row = next(r for r in range(dialog.levels_table.rowCount())
               if dialog.levels_table.item(r, 0).text() == "elevated")
    assert dialog.remove_level(row)
    dialog.move_level(0, 1)  # very-high one rank down, below high
    assert dialog.save_matrix()
    matrix = vault.assessments.matrix()
    assert matrix.version == 3
    assert [lv.code for lv in sorted(matrix.levels, key=lambda lv: lv.rank)] == \
        ["low", "medium", "very-high", "high"]


def test_an_old_version_comes_back_as_a_new_one(dialog: RiskSettingsDialog, vault: Vault) -> None:
    dialog.set_cell("A", "E", "high")
    assert dialog.save_matrix()
    assert vault.assessments.matrix().version == 2
    rows = {dialog.versions_table.item(r, 0).data(Qt.ItemDataRole.UserRole): r
            for r in range(dialog.versions_table.rowCount())}
    assert rows == {2: 0, 1: 1}  # newest first
    dialog.versions_table.cellDoubleClicked.emit(rows[1], 0)
    assert dialog.cell_combo("A", "E").currentData() == "medium"
    assert dialog.matrix_dirty()
    assert "version 3" in dialog.matrix_message.text()
    assert dialog.save_matrix()
    repo = vault.assessments
    assert repo.matrix_versions() == [1, 2, 3]
    assert repo.matrix(3).to_dict() == repo.matrix(1).to_dict()


def test_an_empty_label_saves_nothing(qtbot: QtBot, dialog: RiskSettingsDialog, session: Session,
                                      vault: Vault) -> None:
    before = vault.assessments.matrix().to_dict()
    dialog.levels_table.item(0, L_NL).setText("   ")
    assert dialog.save_matrix_button.isEnabled()
    with qtbot.assertNotEmitted(session.riskSettingsChanged):
        qtbot.mouseClick(dialog.save_matrix_button, Qt.MouseButton.LeftButton)
    assert dialog.matrix_message.property("kind") == "error"
    assert "Dutch label is required" in dialog.matrix_message.text()
    assert "red" in dialog.matrix_message.styleSheet() or "#c62828" in dialog.matrix_message.styleSheet()
    assert vault.assessments.matrix_versions() == [1]
    assert vault.assessments.matrix().to_dict() == before
    assert dialog.matrix_dirty()  # the edit stays for the user to fix


def test_a_refused_document_is_shown_inline(qtbot: QtBot, dialog: RiskSettingsDialog, session: Session,
                                            vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # the session stores nothing and tells no one when the vault refuses a document
    bad = vault.assessments.matrix().to_dict()
    del bad["grid"]["C"]["B"]
    with qtbot.assertNotEmitted(session.riskSettingsChanged), pytest.raises(ReferenceDataError):
        session.save_matrix(bad)
    with qtbot.assertNotEmitted(session.riskSettingsChanged), pytest.raises(ReferenceDataError):
        session.save_rules({"base": [], "adjustments": []})
    assert vault.assessments.matrix_versions() == [1]

    # the dialog shows the vault's reason in red
    dialog.set_cell("A", "A", "medium")

    def refuse(doc: object) -> object:
        raise ReferenceDataError("risk matrix: cell impact A x likelihood A names no risk level ('x')")

    monkeypatch.setattr(session, "save_matrix", refuse)
    assert not dialog.save_matrix()
    assert dialog.matrix_message.property("kind") == "error"
    assert "names no risk level" in dialog.matrix_message.text()
    assert vault.assessments.matrix_versions() == [1]


# the likelihood rules -------------------------------------------------------------------------------


def test_a_new_rule_threshold_changes_the_suggestion(qtbot: QtBot, dialog: RiskSettingsDialog, session: Session,
                                                     labels: Labels, vault: Vault) -> None:
    doc = vault.assessments.rules_document()
    assert doc["base"][0]["min_hhi"] == 0.6
    assert doc["base"][0]["class"] == "D"
    changed = copy.deepcopy(doc)
    changed["base"][0]["min_hhi"] = 0.95
    rules, new_rules = vault.assessments.rules(), parse_rules(changed)
    moved = [(d, suggest_likelihood(evidence(d, vault.ref), rules).likelihood,
              suggest_likelihood(evidence(d, vault.ref), new_rules).likelihood)
             for d in vault.dependencies.all()]
    moved = [m for m in moved if m[1] != m[2]]
    assert moved, "no demo dependency has an HHI between 0.6 and 0.95"
    dep, before, after = moved[0]
    assert LIKELIHOOD_CODES.index(after) == LIKELIHOOD_CODES.index(before) - 1

    panel = AssessmentPanel(session, labels)
    qtbot.addWidget(panel)
    panel.set_dependency(dep.id)
    assert panel.suggestion().likelihood == before

    dialog.tabs.setCurrentWidget(dialog.rules_tab)
    assert not dialog.save_rules_button.isEnabled()
    spin = dialog.base_min_spin(0)
    assert spin.value() == pytest.approx(0.6)
    spin.setValue(0.95)
    assert dialog.save_rules_button.isEnabled()
    with qtbot.waitSignal(session.riskSettingsChanged, timeout=2000):
        qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    assert dialog.rules_message.property("kind") == "saved"
    assert not dialog.save_rules_button.isEnabled()

    stored = vault.assessments.rules_document()
    assert stored["base"][0]["min_hhi"] == 0.95
    assert stored["note"] == doc["note"]  # the note of the document is kept
    assert stored["adjustments"] == doc["adjustments"]
    assert suggest_likelihood(evidence(dep, vault.ref), vault.assessments.rules()).likelihood == after
    assert panel.suggestion().likelihood == after  # an open panel follows the new rules
    fresh = AssessmentPanel(session, labels)
    qtbot.addWidget(fresh)
    fresh.set_dependency(dep.id)
    assert fresh.suggestion().likelihood == after
    # the stored assessments keep the class suggested when they were made
    assert all(a.matrix_version == 1 for a in vault.assessments.for_dependency(dep.id))


def test_invalid_rules_save_nothing(qtbot: QtBot, dialog: RiskSettingsDialog, session: Session,
                                    vault: Vault) -> None:
    before = vault.assessments.rules_document()
    table = dialog.adjust_table
    table.item(0, 1).setText("half")
    with qtbot.assertNotEmitted(session.riskSettingsChanged):
        assert not dialog.save_rules()
    assert dialog.rules_message.property("kind") == "error"
    assert "not a number" in dialog.rules_message.text()
    table.item(0, 1).setText("0,7")  # either decimal sign
    table.item(0, 2).setText("0.5")
    assert not dialog.save_rules()
    assert "minimum is above the maximum" in dialog.rules_message.text()
    table.item(0, 2).setText("")
    row = dialog.add_adjustment_row()
    assert not dialog.save_rules()
    assert f"Adjustment {row + 1}: give a minimum, a maximum or both." in dialog.rules_message.text()
    assert vault.assessments.rules_document() == before

    table.item(row, 1).setText("0.9")
    table.item(row, 4).setText("Bijna alles uit één land (%1)")
    table.item(row, 5).setText("Nearly everything from one country (%1)")
    dialog.base_table.item(0, 2).setText("")
    assert not dialog.save_rules()
    assert "Threshold 1: the Dutch and English explanations are required." in dialog.rules_message.text()
    dialog.base_table.item(0, 2).setText("Zeer hoge concentratie (HHI %1)")
    dialog.add_base_row(0.8, "E", "Vrijwel monopolie (HHI %1)", "Near monopoly (HHI %1)")
    assert dialog.base_table.cellWidget(4, B_MIN) is not None
    assert dialog.save_rules(), dialog.rules_message.text()
    stored = vault.assessments.rules_document()
    assert [b["min_hhi"] for b in stored["base"]] == [0.8, 0.6, 0.4, 0.25, 0.0]  # highest first
    assert stored["adjustments"][0]["min"] == pytest.approx(0.7)
    assert "max" not in stored["adjustments"][0]
    assert stored["adjustments"][-1] == {"indicator": "strained_share", "min": 0.9, "delta": 1,
                                         "why": {"nl": "Bijna alles uit één land (%1)",
                                                 "en": "Nearly everything from one country (%1)"}}
    parse_rules(stored)


# the main window ----------------------------------------------------------------------------------


def test_settings_menu_opens_the_dialog(qtbot: QtBot, vault: Vault, prefs: Preferences,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(vault, prefs)
    window.idle.stop()
    qtbot.addWidget(window)
    assert window.act_risk_settings in window.menu_settings.actions()
    assert window.act_risk_settings.text() == "Risk matrix and rules…"
    opened: list[RiskSettingsDialog] = []

    def fake_exec(self: RiskSettingsDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(RiskSettingsDialog, "exec", fake_exec)
    window.act_risk_settings.trigger()
    assert len(opened) == 1
    assert opened[0].session is window.session
    window.lock()
    assert not window.act_risk_settings.isEnabled()
    window.close()


# screenshots ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_screenshots(qtbot: QtBot, session: Session, vault: Vault, language: str) -> None:
    install_language(language)
    d = RiskSettingsDialog(session, Labels(vault.ref, language))
    qtbot.addWidget(d)
    suffix = "" if language == "en" else "_nl"
    shoot(d, f"risk_settings_matrix{suffix}.png")
    d.tabs.setCurrentWidget(d.rules_tab)
    shoot(d, f"risk_settings_rules{suffix}.png")
    if language == "nl":
        assert d.tabs.tabText(0) == "Risicomatrix"
        assert d.save_matrix_button.text() == "Opslaan als nieuwe versie"
