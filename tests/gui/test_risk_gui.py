"""Risk assessment in the GUI, on the demo vault: the risk matrix page, the assessment tab of the
editor, the movements overview and the register's risky-strategic facet (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from sdapp.core.model import LIKELIHOOD_CODES, Assessment, Dependency, RiskScore, new_id
from sdapp.core.options import residual_risk
from sdapp.core.risk import is_risky_strategic
from sdapp.demo import DEMO_USER
from sdapp.gui.assessment_panel import AssessmentPanel
from sdapp.gui.dependency_editor import TAB_ASSESSMENT
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.matrix_view import ARROWS_INHERENT_RESIDUAL, ARROWS_PREVIOUS, RiskMatrixView, cell_layout
from sdapp.gui.register_view import RegisterView
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault
from tests.gui.conftest import SIZE, settle, shoot

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"


# fixtures -----------------------------------------------------------------------------------------



@pytest.fixture
def matrix_view(qtbot: QtBot, session: Session, labels: Labels) -> RiskMatrixView:
    view = RiskMatrixView(session, labels)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
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


def dep_id(vault: Vault, name: str) -> str:
    return next(d.id for d in vault.dependencies.all() if d.name == name)


# the matrix ---------------------------------------------------------------------------------------


def test_one_point_per_assessed_dependency_in_its_cell(matrix_view: RiskMatrixView, vault: Vault) -> None:
    latest = vault.assessments.latest_all()
    points = matrix_view.points()
    assert {p[0] for p in points} == set(latest)
    assert len(points) == len(latest) == vault.dependencies.count()
    for dep, x, y in points:
        current = latest[dep].current
        assert current is not None
        assert (math.floor(x), math.floor(y)) == (LIKELIHOOD_CODES.index(current.likelihood),
                                                  LIKELIHOOD_CODES.index(current.impact))
    radius = matrix_view.dots.radius
    for (_a, x1, y1), (_b, x2, y2) in itertools.combinations(points, 2):
        assert math.hypot(x1 - x2, y1 - y2) > 2 * radius, "points overlap"
    counts = matrix_view.grid.counts
    assert sum(counts.values()) == len(points)
    assert matrix_view.displayed_levels() == {d.classification for d in vault.dependencies.all()}


def test_cell_layout_is_a_grid_that_never_overlaps() -> None:
    for n in (1, 2, 5, 12, 40, 150):
        offsets, spacing = cell_layout(n)
        assert len(offsets) == n
        assert all(0 < x < 1 and 0 < y < 0.8 for x, y in offsets)
        for (x1, y1), (x2, y2) in itertools.combinations(offsets, 2):
            assert math.hypot(x1 - x2, y1 - y2) >= spacing - 1e-9


def test_domain_filter_reduces_the_points(matrix_view: RiskMatrixView, vault: Vault) -> None:
    energy = {d.id for d in vault.dependencies.all() if d.domain == "energy"}
    assert energy
    matrix_view.set_filter("domain", "energy")
    shown = {p[0] for p in matrix_view.points()}
    assert shown == energy
    assert len(shown) < vault.dependencies.count()
    matrix_view.set_filter("domain", "")
    assert len(matrix_view.points()) == vault.dependencies.count()


def test_inherent_and_residual_move_the_points(matrix_view: RiskMatrixView, vault: Vault) -> None:
    latest = vault.assessments.latest_all()
    options = vault.options.all()

    def residual(a: Assessment) -> RiskScore | None:  # planned or agreed options set it (issue 5)
        return residual_risk(a.current, a.residual, [o for o in options if o.dependency_id == a.dependency_id])[0]

    current = {d: (x, y) for d, x, y in matrix_view.points()}
    for kind in ("residual", "inherent"):
        matrix_view.set_kind(kind)
        moved = {d: (x, y) for d, x, y in matrix_view.points()}
        assert set(moved) == set(current)
        assert moved != current
        for dep, (x, y) in moved.items():
            score = residual(latest[dep]) if kind == "residual" else latest[dep].inherent
            assert score is not None
            assert (math.floor(x), math.floor(y)) == (LIKELIHOOD_CODES.index(score.likelihood),
                                                      LIKELIHOOD_CODES.index(score.impact))
    matrix_view.set_arrows(ARROWS_INHERENT_RESIDUAL)
    assert matrix_view.arrow_count() == sum(1 for a in latest.values() if a.inherent != residual(a))
    matrix_view.set_kind("current")
    matrix_view.set_arrows(ARROWS_PREVIOUS)
    previous = vault.assessments.previous_all()
    moved_since = sum(1 for d, a in previous.items()
                      if (a.current.likelihood, a.current.impact) != (latest[d].current.likelihood,
                                                                      latest[d].current.impact))
    assert matrix_view.arrow_count() == moved_since > 0
    matrix_view.set_arrows(None)
    assert matrix_view.arrow_count() == 0


def test_tooltip_names_the_point(matrix_view: RiskMatrixView, vault: Vault) -> None:
    gallium = dep_id(vault, GALLIUM)
    tip = matrix_view.tooltip(gallium)
    assert tip.splitlines()[0] == GALLIUM
    assert "Likelihood: " in tip
    assert "Risk level: High" in tip


def test_hovering_a_point_shows_its_tooltip(matrix_view: RiskMatrixView, vault: Vault, qtbot: QtBot) -> None:
    gallium = dep_id(vault, GALLIUM)
    point = matrix_view.point(gallium)
    assert point is not None
    vb = matrix_view.plot.getPlotItem().getViewBox()
    pos = matrix_view.plot.mapFromScene(vb.mapViewToScene(QPointF(point.x, point.y)))
    for dx in (40, 20, 1, 0):  # pyqtgraph sends hover events on moves, spaced in time
        QTest.mouseMove(matrix_view.plot.viewport(), QPoint(pos.x() + dx, pos.y() + dx))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: matrix_view.dots.hovered == gallium, timeout=2000)
    assert vb.toolTip() == matrix_view.tooltip(gallium)


def test_movements_since_a_date(matrix_view: RiskMatrixView, vault: Vault) -> None:
    matrix_view.set_since(dt.date(2025, 12, 1))
    movements = matrix_view.movements()
    assert movements
    previous = vault.assessments.previous_all()
    assert {m.dep_id for m in movements} <= set(previous)
    assert all(m.before and m.after and m.before != m.after for m in movements)
    assert matrix_view.movement_table.rowCount() == len(movements)
    matrix_view.set_since(dt.date.today())
    assert matrix_view.movements() == []


def test_exports_png_and_svg(matrix_view: RiskMatrixView, tmp_path: Path) -> None:
    png = matrix_view.export_png(tmp_path / "matrix.png")
    image = QImage(str(png))
    assert image.width() >= 1600
    assert image.height() > image.width() * 0.8
    svg = matrix_view.export_svg(tmp_path / "matrix.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert "STG. GEHEIM" in svg  # the highest level among the demo records shown, top and bottom


def test_clicking_a_point_opens_the_record_in_the_editor(window: MainWindow, qtbot: QtBot, vault: Vault) -> None:
    window.sidebar.setCurrentRow(next(i for i in range(window.sidebar.count())
                                      if window.sidebar.item(i).text() == "Risk matrix"))
    assert window.current_section() == "matrix"
    view = window._pages["matrix"]
    assert isinstance(view, RiskMatrixView)
    settle()
    gallium = dep_id(vault, GALLIUM)
    with qtbot.waitSignal(view.openRequested, timeout=2000) as opened:
        view.click_point(gallium)
    assert opened.args == [gallium]
    assert window.current_section() == "register"
    page = window.register_page()
    assert page.currentWidget() is page.editor_page
    assert page.editor.current_id() == gallium


# the assessment panel -------------------------------------------------------------------------------


def test_departing_from_the_suggestion_needs_a_justification(qtbot: QtBot, session: Session, labels: Labels,
                                                             vault: Vault) -> None:
    panel = AssessmentPanel(session, labels)
    qtbot.addWidget(panel)
    gallium = dep_id(vault, GALLIUM)
    panel.set_dependency(gallium)
    before = len(vault.assessments.for_dependency(gallium))
    assert len(panel.timeline()) == before
    panel.new_assessment()
    assert panel.is_new()
    assert panel.assessor_edit.text() == DEMO_USER
    suggested = panel.suggestion().likelihood
    assert suggested
    assert panel.likelihood_combo.currentData() == suggested
    # impacts come prefilled from the record's criticality
    dep = vault.dependencies.get(gallium)
    for score in dep.criticality:
        assert panel.level_combos[score.criterion].currentData() == score.level
    other = next(c for c in LIKELIHOOD_CODES if c != suggested)
    panel.set_likelihood(other)
    assert not panel.justification_error.isHidden()
    assert not panel.save()
    assert any("departs from the suggested class" in m for m in panel.error_messages())
    assert len(vault.assessments.for_dependency(gallium)) == before

    panel.justification_edit.setPlainText("New long-term contracts with a Japanese refiner.")
    assert panel.justification_error.isHidden()
    assert panel.save(), panel.error_messages()
    stored = vault.assessments.for_dependency(gallium)
    assert len(stored) == before + 1
    newest = next(a for a in stored if a.justification.startswith("New long-term"))
    assert newest.likelihood == other
    assert newest.suggested_likelihood == suggested
    assert newest.matrix_version == vault.assessments.matrix().version
    assert not panel.is_new()

    session.undo_stack.undo()
    assert len(vault.assessments.for_dependency(gallium)) == before
    assert len(panel.timeline()) == before
    session.undo_stack.redo()
    assert len(vault.assessments.for_dependency(gallium)) == before + 1
    assert len(panel.timeline()) == before + 1


def test_editing_an_assessment_keeps_its_matrix_version(qtbot: QtBot, session: Session, labels: Labels,
                                                        vault: Vault) -> None:
    panel = AssessmentPanel(session, labels)
    qtbot.addWidget(panel)
    gallium = dep_id(vault, GALLIUM)
    panel.set_dependency(gallium)
    newest = vault.assessments.latest(gallium)
    assert newest is not None
    assert not panel.is_new()
    lik, _imp = panel.risk_combos["residual"]
    lik.setCurrentIndex(lik.findData("B"))
    assert panel.is_dirty()
    assert panel.save(), panel.error_messages()
    edited = vault.assessments.get(newest.id)
    assert edited.residual is not None
    assert edited.residual.likelihood == "B"
    assert edited.matrix_version == newest.matrix_version
    session.undo_stack.undo()
    assert vault.assessments.get(newest.id).residual == newest.residual


def test_the_editor_has_an_assessment_tab(window: MainWindow, vault: Vault) -> None:
    page = window.register_page()
    gallium = dep_id(vault, GALLIUM)
    page.open_record(gallium)
    editor = page.editor
    assert editor.tabs.tabText(TAB_ASSESSMENT) == "Assessment"
    assert editor.assessment.dependency_id() == gallium
    page.open_record(None)
    assert editor.assessment.dependency_id() is None


# the register's risky-strategic facet ----------------------------------------------------------------


def test_risky_strategic_facet_filters_the_register(qtbot: QtBot, session: Session, labels: Labels,
                                                    prefs: Preferences, vault: Vault) -> None:
    view = RegisterView(session, labels, prefs)
    qtbot.addWidget(view)
    matrix = vault.assessments.matrix()
    latest = vault.assessments.latest_all()
    risky = {d for d, a in latest.items()
             if a.current is not None and is_risky_strategic(a.current.impact, a.current.likelihood, matrix)}
    assert 0 < len(risky) < len(latest)

    def shown() -> set[str]:
        return {view.model.row_at(r).id for r in range(view.model.rowCount())}

    view.set_facet("risky", {"yes"})
    assert shown() == risky
    view.set_facet("risky", {"no"})
    assert shown() == set(latest) - risky
    view.set_facet("risky", {"not-assessed"})
    assert shown() == set()

    new = Dependency(id=new_id(), name="Zeldzaam testmetaal", kind="raw-material", domain="raw-materials")
    session.add_dependency(new)
    assert shown() == {new.id}
    panel = AssessmentPanel(session, labels)
    qtbot.addWidget(panel)
    panel.set_dependency(new.id)
    panel.set_likelihood("E")
    panel.level_combos["3.2"].setCurrentIndex(panel.level_combos["3.2"].findData("D"))
    panel.rationale_edits["3.2"].setText("Production lines stop.")
    assert panel.save(), panel.error_messages()  # no supply evidence: no suggestion, no justification needed
    assert shown() == set()
    view.set_facet("risky", {"yes"})
    assert new.id in shown()
    view.set_facet("risky", set())
    assert len(shown()) == len(latest) + 1


# screenshots ----------------------------------------------------------------------------------------


def test_screenshots(window: MainWindow, qtbot: QtBot, vault: Vault) -> None:
    keys = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    matrix_row = keys.index("Risk matrix")
    gallium = dep_id(vault, GALLIUM)
    shots: list[Path] = []

    def matrix_shots(suffix: str) -> None:
        window.sidebar.setCurrentRow(matrix_row)
        view = window._pages["matrix"]
        assert isinstance(view, RiskMatrixView)
        view.set_since(dt.date(2025, 12, 1))
        view.set_kind("current")
        view.set_arrows(ARROWS_PREVIOUS)
        shots.append(shoot(window, f"risk_matrix_current{suffix}.png"))
        view.set_kind("residual")
        view.set_arrows(ARROWS_INHERENT_RESIDUAL)
        shots.append(shoot(window, f"risk_matrix_residual_arrows{suffix}.png"))
        view.set_kind("current")
        view.set_arrows(None)

    def assessment_shots(suffix: str) -> None:
        window.open_dependency(gallium)
        editor = window.register_page().editor
        editor.tabs.setCurrentIndex(TAB_ASSESSMENT)
        panel = editor.assessment
        panel.new_assessment()
        panel.set_likelihood("D")
        shots.append(shoot(window, f"assessment_tab{suffix}.png"))
        panel.form_area.verticalScrollBar().setValue(panel.likelihood_box.y())
        shots.append(shoot(window, f"assessment_evidence{suffix}.png"))
        panel.form_area.verticalScrollBar().setValue(panel.form_area.verticalScrollBar().maximum())
        shots.append(shoot(window, f"assessment_risk{suffix}.png"))
        panel.revert()
        window.register_page().show_table()

    matrix_shots("")
    assessment_shots("")
    window.set_language("nl")
    qtbot.wait(1)
    keys = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Risicomatrix" in keys
    matrix_shots("_nl")
    assessment_shots("_nl")
    window.set_language("en")
    qtbot.wait(1)
    assert all(p.stat().st_size > 20_000 for p in shots)
