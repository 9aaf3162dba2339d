"""The Trade data and Stress test sections on the demo vault: figures on screen, import with
the validation report and the good-rows-only choice, scenarios, exports, screenshots."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from sdapp.analysis.trade_store import TradeImportRefused, import_trade_file
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.gui.stress_view import StressView
from sdapp.gui.trade_view import ImportReportDialog, TradeView
from sdapp.vault.vault import Vault
from tests.analysis.trade_samples import generic_lines, write_csv
from tests.gui.conftest import SCREENSHOTS, SIZE, settle, shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def trade_view(qtbot: QtBot, session: Session, labels: Labels) -> TradeView:
    view = TradeView(session, labels)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


@pytest.fixture
def stress_view(qtbot: QtBot, session: Session, labels: Labels) -> StressView:
    view = StressView(session, labels)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def when_dialog(kind: type, action: Callable[[object], None]) -> QTimer:
    """Run ``action`` on the first modal dialog of ``kind`` once it is open (exec() blocks)."""
    timer = QTimer()
    timer.setInterval(30)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            action(dialog)

    timer.timeout.connect(check)
    timer.start()
    return timer


def rows_of(view: TradeView) -> dict[str, dict[str, object]]:
    return {str(r["product"]): r for r in view.model.rows}


def test_trade_view_shows_the_demo_figures(trade_view: TradeView, vault: Vault) -> None:
    assert trade_view.main.isVisible()
    assert trade_view.year_combo.currentData() == 2024
    rows = rows_of(trade_view)
    assert set(rows) == set(vault.trade.product_codes())
    gallium = rows["81129289"]
    assert gallium["top1_partner"] == "CN"
    assert "Gallium (verwerking)" in str(gallium["linked"])
    assert "Germanium (verwerking)" in str(gallium["linked"])
    # the table sorts by HHI, highest first
    hhis = [float(r["hhi"]) for r in trade_view.model.rows]
    assert hhis == sorted(hhis, reverse=True)
    # the chart of the selected product: one bar series per partner, shares per year adding up to 1
    trade_view.select_product("85423111")
    settle()
    assert trade_view._product == "85423111"
    bars = [i for i in trade_view.shares_plot.getPlotItem().items if type(i).__name__ == "BarGraphItem"]
    assert len(bars) >= 7
    assert "Taiwan" in trade_view.legend.text()
    curves = trade_view.hhi_plot.getPlotItem().listDataItems()
    assert len(curves) == 1
    xs, ys = curves[0].getData()
    assert list(xs) == [2021, 2022, 2023, 2024]
    assert all(0 < y < 0.4 for y in ys)


def test_levels_flows_and_search(trade_view: TradeView) -> None:
    trade_view.set_choice("level", 4)
    assert set(rows_of(trade_view)) == {"2804", "2825", "2836", "2711", "2941", "8101", "8112", "8505", "8507",
                                        "8541", "8542"}
    trade_view.set_choice("flow", "export")
    assert set(rows_of(trade_view)) == {"8507", "8541", "8542"}
    assert rows_of(trade_view)["8542"]["top1_partner"] == "DE"
    trade_view.set_choice("flow", "import")
    trade_view.set_choice("level", None)
    trade_view.search.setText("zonnepanelen")
    assert set(rows_of(trade_view)) == {"85414300"}
    trade_view.search.setText("")
    trade_view.set_choice("year", 2021)
    assert rows_of(trade_view)["27111100"]["top1_partner"] == "US"


def test_import_with_report_then_good_rows_only(trade_view: TradeView, vault: Vault, tmp_path: Path,
                                               qtbot: QtBot) -> None:
    lines = generic_lines()
    lines[1][1] = "XY"
    path = write_csv(tmp_path / "mine.csv", lines)
    seen: list[tuple[int, str, str]] = []

    def answer(dialog: object) -> None:
        assert isinstance(dialog, ImportReportDialog)
        seen.append((dialog.model.rowCount(), dialog.model.rows[0]["column"], dialog.model.rows[0]["reason"]))
        dialog.good_button.click()

    timer = when_dialog(ImportReportDialog, answer)
    result = trade_view.import_path(path)
    timer.stop()
    assert len(seen) == 1
    assert seen[0][:2] == (1, "partner")
    assert "'XY' is not a known country code" in seen[0][2]
    assert result is not None
    assert result.rows == 10
    assert len(vault.trade.files()) == 2
    assert "10 rows imported from mine.csv" in trade_view.status_label.text()
    assert "85423190" in rows_of(trade_view)


def shoot_as_shown(widget: QWidget, name: str) -> Path:
    """Dialogs at the size they open with (the shared helper makes everything 1280x800)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.show()
    settle()
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path


def test_report_dialog_lists_every_problem(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    lines = generic_lines()
    lines[1][1], lines[2][2], lines[3][3], lines[4][4], lines[5][5], lines[6][6] = \
        "XY", "85x", "transit", "20233", "-3", "n/a"
    lines.insert(8, ["NL", "CN", "8542", "import", "2023", "5", "1", "extra"])
    path = write_csv(tmp_path / "comext-extract-2024.csv", lines)
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, path)
    dialog = ImportReportDialog(info.value.report)
    qtbot.addWidget(dialog)
    assert [(r["row"], r["column"]) for r in dialog.model.rows] == [
        (2, "partner"), (3, "product"), (4, "flow"), (5, "year"), (6, "value_eur"), (7, "quantity_kg"), (9, "")]
    assert "7 with problems" in dialog.summary.text()
    assert dialog.good_button.text() == "Import only the 6 good rows"  # 13 rows, 7 bad (one is the World row)
    shoot_as_shown(dialog, "trade_2_validation_report.png")
    out = tmp_path / "report.txt"
    dialog.save_to(out)
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("row 2, column partner:")


def test_refused_import_can_be_left(trade_view: TradeView, vault: Vault, tmp_path: Path) -> None:
    lines = generic_lines()
    lines[3][5] = "lots"
    path = write_csv(tmp_path / "bad.csv", lines)
    timer = when_dialog(ImportReportDialog, lambda d: d.reject())  # type: ignore[attr-defined]
    assert trade_view.import_path(path) is None
    timer.stop()
    assert len(vault.trade.files()) == 1


def test_unreadable_file_gives_a_message(trade_view: TradeView, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert trade_view.import_path(path) is None
    assert "do not match a known trade format" in shown[0]


def test_empty_vault_explains_what_to_import(qtbot: QtBot, session: Session, labels: Labels) -> None:
    for f in session.vault.trade.files():
        with session.vault.transaction():
            session.vault.trade.remove_file(f.id)
    view = TradeView(session, labels)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.refresh()
    assert not view.main.isVisible()
    assert view.empty_title.text() == "No trade data in this vault yet"
    assert not view.filter_bar.isVisible()
    shoot(view, "trade_3_empty.png")


def test_stress_view_runs_saved_scenarios(stress_view: StressView, vault: Vault, tmp_path: Path) -> None:
    assert stress_view.scenario_list.count() == 2
    stress_view.scenario_list.setCurrentRow(0)  # sorted by name: the Taiwan blockade first
    assert stress_view.name_edit.text() == "Blokkade van de Straat van Taiwan"
    rows = stress_view.model.rows
    assert rows[0]["name"] == "Geavanceerde AI-chips (GPU's en versnellers)"
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert any(r["stage"] == "trade" for r in rows)
    assert stress_view.displayed_levels()
    bars = [i for i in stress_view.plot.getPlotItem().items if type(i).__name__ == "BarGraphItem"]
    assert len(bars) == 12
    out = tmp_path / "stress.xlsx"
    stress_view.export(out)
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row == len(rows) + 1
    assert vault.audit.entries(1)[0].action == "export"


def test_stress_scenario_edit_save_delete(stress_view: StressView, vault: Vault) -> None:
    stress_view.new_scenario()
    assert not stress_view.run_button.isEnabled()
    stress_view.add_country("RU", 100)
    stress_view.add_country("BY", 50)
    rows = stress_view.run()
    assert rows
    assert (rows[0].name, rows[0].stage, rows[0].lost_share) == ("Verrijkt uranium (splijtstof)", "processing",
                                                                  pytest.approx(0.4))  # RU 40 %
    potash = next(r for r in rows if r.name == "Kaliummeststoffen (potas)")
    assert potash.lost_share == pytest.approx(0.275)  # RU 20 % + BY 15 % at 50 %
    assert not stress_view.save()  # no name yet
    assert "a scenario needs a name" in stress_view.error_label.text()
    stress_view.name_edit.setText("Rusland en Belarus")
    assert stress_view.save()
    assert [s.name for s in vault.trade.scenarios()][-1] == "Rusland en Belarus"
    assert not stress_view.save_button.isEnabled()
    stress_view.losses.setData(stress_view.losses.index(1, 1), "80")
    assert stress_view.save_button.isEnabled()
    assert stress_view.save()
    assert vault.trade.scenario("Rusland en Belarus").losses[1].loss == 80
    stress_view.delete_current()
    assert len(vault.trade.scenarios()) == 2


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


def test_sections_in_the_window_and_screenshots(window: MainWindow) -> None:
    keys = [window.sidebar.item(i).data(0x0100) for i in range(window.sidebar.count())]
    window.sidebar.setCurrentRow(keys.index("trade"))
    settle()
    page = window._pages["trade"]
    assert isinstance(page, TradeView)
    page.select_product("85076000")
    settle()
    shoot(window, "trade_1_section.png")
    window.sidebar.setCurrentRow(keys.index("stress"))
    settle()
    stress = window._pages["stress"]
    assert isinstance(stress, StressView)
    stress.scenario_list.setCurrentRow(1)
    settle()
    shoot(window, "stress_1_section.png")
    assert window.top_banner.isVisible()


def test_evidence_panel_shows_the_linked_trade_figures(window: MainWindow, vault: Vault) -> None:
    from sdapp.gui.dependency_editor import TAB_ASSESSMENT

    magnets = next(d for d in vault.dependencies.all() if d.name.startswith("Permanente magneten"))
    page = window.register_page()
    page.open_record(magnets.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(TAB_ASSESSMENT)
    settle()
    box = editor.assessment.trade_evidence
    assert box.isVisible()
    rows = {r["product"]: r for r in box.model.rows}
    assert set(rows) == {"850511"}  # 280530 has no trade data in the demo
    assert rows["850511"]["year"] == 2024
    assert rows["850511"]["top1_partner"] == "CN"
    assert rows["850511"]["change"] is not None
    scroll = box.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    window.show()
    settle()
    scroll.ensureWidgetVisible(box, 0, 0)
    shoot(window, "trade_4_evidence_panel.png")
    helium = next(d for d in vault.dependencies.all() if d.name == "Helium")
    page.open_record(helium.id)
    settle()
    assert not editor.assessment.trade_evidence.isVisible()
