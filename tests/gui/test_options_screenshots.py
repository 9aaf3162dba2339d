"""Screenshots of the action-option views on the demo vault, in English and Dutch, for review by
eye (screenshots/, git-ignored): the editor's tabs, a new option from a template, the review
with its dialog, the word-level history, the comparison, the overview, the templates dialog and
the residual risk the options feed into the assessment tab. Each file is checked not to be blank."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sdapp.gui.dependency_editor import TAB_ASSESSMENT, TAB_OPTIONS
from sdapp.gui.main_window import SECTIONS, MainWindow
from sdapp.gui.option_editor import TAB_DETAILS, TAB_HISTORY, TAB_REVIEW, TAB_TEXT
from sdapp.gui.option_review import OptionReviewDialog
from sdapp.gui.option_templates_dialog import OptionTemplatesDialog
from sdapp.gui.options_overview import OptionsOverview
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault
from tests.gui.conftest import SCREENSHOTS, SIZE

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"
LARGE = (1920, 1080)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str, size: tuple[int, int] | None = SIZE) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    if size is not None:
        widget.resize(*size)
    widget.show()
    settle()
    path = SCREENSHOTS / name
    path.unlink(missing_ok=True)
    assert widget.grab().save(str(path))
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    if size is not None:
        assert (image.width(), image.height()) == size
    colours = len(set(memoryview(image.constBits()).cast("I")))
    assert colours > 40, f"{name} looks blank"
    return path


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, prefs: Preferences, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    w = MainWindow(vault, prefs)
    w.idle.stop()
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_option_screenshots(window: MainWindow, qtbot: QtBot, vault: Vault) -> None:
    gallium = next(d.id for d in vault.dependencies.all() if d.name == GALLIUM)
    options = {o.category: o for o in vault.options.for_dependency(gallium)}
    stock, capacity = options["stockpiling"], options["capacity"]
    shots: list[Path] = []

    # an edit after agreement, so that the history has a word-level diff and the option is "changed"
    window.open_option(gallium, stock.id)
    panel = window.register_page().editor.options
    editor = panel.editor
    cursor = editor.body_edit.document().find("90 dagen")
    assert not cursor.isNull()
    cursor.insertText("120 dagen")
    editor.risks_edit.setPlainText("Prijsopdrijving bij aankoop; veroudering; opslagkosten lopen op.")
    editor.cost_spins["cost_once_high"].setValue(80.0)
    assert editor.save(), editor.error_messages()

    def editor_shots(suffix: str) -> None:
        window.open_option(gallium, stock.id)
        for tab, name in ((TAB_TEXT, "text"), (TAB_DETAILS, "details"), (TAB_HISTORY, "history")):
            editor.tabs.setCurrentIndex(tab)
            if tab == TAB_HISTORY:
                editor.history.select_revision(editor.history.revisions()[0].rev_id)
            shots.append(shoot(window, f"options_editor_{name}{suffix}.png"))
        panel.select_option(capacity.id)  # in review: the author cannot agree it
        editor.tabs.setCurrentIndex(TAB_REVIEW)
        shots.append(shoot(window, f"options_editor_review{suffix}.png"))
        panel.new_option("stockpiling")
        editor.set_template_language("nl" if suffix else "en")
        editor.title_edit.setText("Gezamenlijke inkoop met Duitsland" if suffix else "Joint purchasing with Germany")
        editor.tabs.setCurrentIndex(TAB_TEXT)
        editor.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
        shots.append(shoot(window, f"options_new_from_template{suffix}.png"))
        editor.revert()
        panel.select_option(stock.id)
        panel.show_compare(True)
        shots.append(shoot(window, f"options_compare{suffix}.png"))
        if not suffix:
            shots.append(shoot(window, "options_compare_1920x1080.png", LARGE))
            window.resize(*SIZE)
        panel.show_compare(False)
        page = window.register_page().editor
        page.tabs.setCurrentIndex(TAB_ASSESSMENT)
        assessment = page.assessment
        assessment.form_area.verticalScrollBar().setValue(assessment.form_area.verticalScrollBar().maximum())
        assert assessment.residual_note.isVisibleTo(assessment)
        shots.append(shoot(window, f"options_residual_in_assessment{suffix}.png"))
        page.tabs.setCurrentIndex(TAB_OPTIONS)

    def overview_shots(suffix: str) -> None:
        window.sidebar.setCurrentRow([s.key for s in SECTIONS].index("options"))
        view = window._pages["options"]
        assert isinstance(view, OptionsOverview)
        view.clear_filters()
        shots.append(shoot(window, f"options_overview{suffix}.png"))
        if not suffix:
            shots.append(shoot(window, "options_overview_1920x1080.png", LARGE))
            window.resize(*SIZE)
            view.set_facet("status", {"agreed", "in-briefing"})
            view.set_changed_only(True)
            shots.append(shoot(window, "options_overview_filtered.png"))
            view.clear_filters()

    def dialog_shots(suffix: str) -> None:
        dialog = OptionTemplatesDialog(window.session, window.labels, window)
        dialog.select("stockpiling", "nl" if suffix else "en")
        shots.append(shoot(dialog, f"options_templates_dialog{suffix}.png", None))
        dialog.reject()
        review = OptionReviewDialog(vault.options.get(capacity.id), "concept", 2, "2026-04-09 12:00 by Demo Analist",
                                    window)
        review.comment_edit.setPlainText("De kostenraming mist de bijdrage van de EU; graag aanvullen.")
        shots.append(shoot(review, f"options_review_dialog{suffix}.png", None))
        review.reject()

    editor_shots("")
    overview_shots("")
    dialog_shots("")
    window.set_language("nl")
    qtbot.wait(1)
    window.sidebar.setCurrentRow(0)
    editor_shots("_nl")
    overview_shots("_nl")
    dialog_shots("_nl")
    window.set_language("en")
    assert all(p.stat().st_size > 15_000 for p in shots)
