"""The Options tab of a dependency on the demo vault: new options from templates, Markdown text
with record links, proportionality, undo, the review workflow with a second user and
re-agreement after an edit, the word-level history (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sdapp.app import unlock
from sdapp.core.model import ActionOption, Dependency, new_id
from sdapp.core.options import apply_transition, changed_since_agreement
from sdapp.demo import DEMO_PASSPHRASE, DEMO_REVIEWER, DEMO_USER
from sdapp.gui.dependency_editor import TAB_OPTIONS
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.option_editor import TAB_DETAILS, TAB_TEXT
from sdapp.gui.option_history import DELETE_STYLE, INSERT_STYLE
from sdapp.gui.option_list import OptionsPanel
from sdapp.gui.option_review import OptionReviewDialog
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.errors import NotFound
from sdapp.vault.keyslots import KdfParams
from sdapp.vault.vault import Vault
from tests.gui.conftest import SIZE, settle

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"
REVIEWER_PASSPHRASE = "reviewer passphrase for tests"


def dep_id(vault: Vault, name: str) -> str:
    return next(d.id for d in vault.dependencies.all() if d.name == name)


def make_panel(qtbot: QtBot, session: Session, labels: Labels, dep: str) -> OptionsPanel:
    panel = OptionsPanel(session, labels)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    panel.set_dependency(dep)
    settle()
    return panel


@pytest.fixture
def panel(qtbot: QtBot, session: Session, labels: Labels, vault: Vault) -> OptionsPanel:
    return make_panel(qtbot, session, labels, dep_id(vault, GALLIUM))


def new_dependency(session: Session, name: str = "Testafhankelijkheid") -> str:
    dep = Dependency(id=new_id(), name=name, kind="product", domain="energy", lead_ministry="EZ",
                     status="signalled", classification="dep-vertrouwelijk")
    session.add_dependency(dep)
    return dep.id


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: button)


@pytest.fixture(autouse=True)
def _no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody expected would block the offscreen run: fail instead."""
    def ask(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected question: {args[2] if len(args) > 2 else args}")

    monkeypatch.setattr(QMessageBox, "question", ask)


# templates and the text ------------------------------------------------------------------------------


def test_a_new_option_starts_from_its_category_template(panel: OptionsPanel, vault: Vault) -> None:
    editor = panel.editor
    assert panel.new_option("stockpiling")
    en = vault.options.template("stockpiling", "en")
    nl = vault.options.template("stockpiling", "nl")
    assert editor.is_new()
    assert editor.rung_combo.currentData() == en.rung == 4  # the category's suggested rung
    assert editor.needs_justification()
    assert editor.is_dirty() is False
    assert "## Background" in editor.body_edit.markdown()
    assert editor.legal_edit.text() == en.legal_basis
    assert editor.risks_edit.toPlainText() == en.risks
    assert en.prompts[0] in editor.prompts_label.text()
    editor.set_template_language("nl")  # untouched: the Dutch template replaces the English one
    assert "## Aanleiding" in editor.body_edit.markdown()
    assert editor.legal_edit.text() == nl.legal_basis
    assert nl.prompts[0] in editor.prompts_label.text()
    editor.category_combo.setCurrentIndex(editor.category_combo.findData("monitoring"))
    monitoring = vault.options.template("monitoring", "nl")
    assert monitoring.prompts[0] in editor.prompts_label.text()
    assert editor.rung_combo.currentData() == 1  # the suggested rung moved with the category
    assert "signaalwaarden" in editor.body_edit.markdown()  # the monitoring standard text
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.body_edit.insertPlainText("Eigen tekst van de analist.")
    editor.category_combo.setCurrentIndex(editor.category_combo.findData("stockpiling"))
    assert "Eigen tekst van de analist." in editor.body_edit.markdown()  # edited text is never replaced
    assert "signaalwaarden" in editor.body_edit.markdown()


def test_text_is_stored_as_markdown_with_record_links_and_saving_is_undoable(
        panel: OptionsPanel, session: Session, vault: Vault) -> None:
    editor = panel.editor
    germanium = dep_id(vault, "Germanium (verwerking)")
    panel.new_option("monitoring")
    editor.title_edit.setText("Kwartaalmonitor gallium")
    edit = editor.body_edit
    edit.set_markdown("")
    edit.setFocus()
    QTest.keyClicks(edit, "Kop van de optie")
    edit.set_heading(2)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(edit, Qt.Key.Key_Return)  # after a heading: a plain paragraph
    QTest.keyClicks(edit, "De prijs is ")
    editor.format_bar.bold.click()
    QTest.keyClicks(edit, "hoog")
    editor.format_bar.bold.click()
    QTest.keyClicks(edit, ", zie ")
    edit.insert_link(f"sdapp:dependency/{germanium}", "Germanium")
    QTest.keyClicks(edit, ".")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClicks(edit, "punt een")
    editor.format_bar.bullets.click()
    assert editor.save(), editor.error_messages()
    stored = vault.options.get(editor.option_id())
    assert stored.title == "Kwartaalmonitor gallium"
    assert stored.status == "concept"
    assert stored.author == DEMO_USER
    assert stored.body.startswith("## Kop van de optie")
    assert "**hoog**" in stored.body
    assert f"[Germanium](sdapp:dependency/{germanium})" in stored.body
    assert "- punt een" in stored.body
    assert "<" not in stored.body
    assert panel.model.row_of(stored.id) >= 0
    assert panel.selected_id() == stored.id
    assert session.undo_stack.undoText() == "Add option Kwartaalmonitor gallium"
    session.undo_stack.undo()
    assert vault.options.is_deleted(stored.id)
    with pytest.raises(NotFound):
        vault.options.get(stored.id)
    assert panel.model.row_of(stored.id) < 0
    session.undo_stack.redo()
    assert vault.options.get(stored.id).body == stored.body
    assert panel.model.row_of(stored.id) >= 0


def test_ctrl_click_on_a_record_link_opens_it(qtbot: QtBot, vault: Vault, prefs: Preferences) -> None:
    window = MainWindow(vault, prefs)
    window.idle.stop()
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    gallium, germanium = dep_id(vault, GALLIUM), dep_id(vault, "Germanium (verwerking)")
    stock = next(o for o in vault.options.for_dependency(gallium) if o.category == "stockpiling")
    window.open_option(gallium, stock.id)
    editor = window.register_page().editor
    assert editor.tabs.currentIndex() == TAB_OPTIONS
    option_editor = editor.options.editor
    assert option_editor.option_id() == stock.id
    settle()
    edit = option_editor.body_edit
    block = edit.document().begin()
    position = -1
    while block.isValid() and position < 0:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == f"sdapp:dependency/{germanium}":
                position = fragment.position() + 2
                break
            it += 1
        block = block.next()
    assert position >= 0, "the demo option links to Germanium"
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    point: QPoint = edit.cursorRect(cursor).center()
    with qtbot.waitSignal(edit.linkActivated, timeout=2000) as blocker:
        QTest.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)
    assert blocker.args == [f"sdapp:dependency/{germanium}"]
    settle()
    assert editor.current_id() == germanium
    window.close()


# proportionality ------------------------------------------------------------------------------------------


def test_rung_four_and_up_always_needs_a_justification(panel: OptionsPanel, vault: Vault) -> None:
    editor = panel.editor
    panel.new_option("regulation")
    editor.title_edit.setText("Meldplicht voor importeurs")
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(5))
    editor.justification_edit.setPlainText("")
    assert editor.needs_justification()
    assert editor.proportionality_hint.text().startswith("Required: an option on rung 4 or higher")
    editor.tabs.setCurrentIndex(TAB_DETAILS)
    before = len(vault.options.for_dependency(panel.dependency_id() or ""))
    assert not editor.save()
    assert editor.tabs.currentIndex() == TAB_TEXT
    assert editor.error_messages() == ["Proportionality: rung 5 needs a justification of why lower rungs fall short"]
    assert editor.text_error.isVisibleTo(editor)
    assert len(vault.options.for_dependency(panel.dependency_id() or "")) == before
    editor.justification_edit.setPlainText("Afspraken met de sector zijn niet afdwingbaar gebleken.")
    assert editor.error_messages() == []  # messages follow the edits after a refused save
    assert editor.save()


def test_a_rung_above_those_tried_needs_a_justification(qtbot: QtBot, session: Session, labels: Labels,
                                                        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    dep = new_dependency(session)
    panel = make_panel(qtbot, session, labels, dep)
    editor = panel.editor
    panel.new_option("awareness")
    editor.title_edit.setText("Informeren")
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(2))
    assert editor.needs_justification()  # nothing tried: only rung 1 (the market) counts
    assert "above the highest rung tried for this dependency (1)" in editor.proportionality_hint.text()
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(1))
    assert not editor.needs_justification()
    assert editor.proportionality_hint.text().startswith("Not required")
    # an agreed rung-3 option (agreed by a second user) makes rungs 2 and 3 "tried"
    agreed = ActionOption(id=new_id(), dependency_id=dep, title="Convenant", category="sector-agreements", rung=3,
                          lead_ministry="EZ", proportionality_justification="Voorlichting bleek onvoldoende.",
                          author=DEMO_USER, edited_by=DEMO_USER)
    agreed = apply_transition(apply_transition(agreed, "in-review", DEMO_USER, "2026-01-01T00:00:00+00:00"),
                              "agreed", DEMO_REVIEWER, "2026-01-02T00:00:00+00:00")
    with vault.transaction():
        vault.options.import_options([agreed], source="test")
    session.optionChanged.emit(dep)
    answer(monkeypatch, QMessageBox.StandardButton.Discard)  # the unsaved draft above
    panel.new_option("awareness")
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(3))
    assert not editor.needs_justification()
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(4))
    assert editor.needs_justification()


# the review workflow with a second user -------------------------------------------------------------------


def reopen_as(vault: Vault, user: str, passphrase: str) -> Vault:
    path = vault.path
    if vault.is_open:
        vault.close(backup=False)
    return unlock(path, passphrase=passphrase, user=user)


def test_review_needs_a_second_user_and_an_edit_needs_re_agreement(
        qtbot: QtBot, vault: Vault, labels: Labels, monkeypatch: pytest.MonkeyPatch) -> None:
    gallium = dep_id(vault, GALLIUM)
    session = Session(vault)
    panel = make_panel(qtbot, session, labels, gallium)
    editor = panel.editor
    panel.new_option("export-controls")
    editor.title_edit.setText("Vergunningplicht kennisexport")
    editor.rung_combo.setCurrentIndex(editor.rung_combo.findData(5))
    editor.justification_edit.setPlainText("Lagere treden houden de kennisoverdracht niet tegen.")
    assert editor.save()
    option_id = editor.option_id()
    review = editor.review
    assert review.steps() == {"in-review": True, "decided-withdrawn": True}
    assert editor.take_step("in-review", "Klaar voor review.")
    assert vault.options.get(option_id).status == "in-review"
    assert review.steps() == {"concept": True, "agreed": False, "decided-withdrawn": True}
    assert "author cannot agree" in review.step_buttons["agreed"].toolTip()
    assert review.second_user_hint.isVisibleTo(review)
    assert "this vault has one user" in review.second_user_hint.text()
    vault.add_user(DEMO_REVIEWER, "BZ", REVIEWER_PASSPHRASE, KdfParams(iterations=1))
    session.undo_stack.clear()
    panel.close()  # as locking does: the pages go before the vault closes

    # the second user agrees
    bert = reopen_as(vault, DEMO_REVIEWER, REVIEWER_PASSPHRASE)
    try:
        panel_b = make_panel(qtbot, Session(bert), labels, gallium)
        assert panel_b.select_option(option_id)
        assert panel_b.editor.review.steps()["agreed"] is True
        assert panel_b.editor.take_step("agreed", "Akkoord.")
        agreed = bert.options.get(option_id)
        assert agreed.status == "agreed"
        assert agreed.review_history[-1].user == DEMO_REVIEWER
        assert agreed.review_history[-1].comment == "Akkoord."
        assert agreed.review_history[-1].revision == bert.options.history(option_id)[0].seq
        assert not panel_b.editor.changed_badge.isVisibleTo(panel_b.editor)
        panel_b.close()
    finally:
        bert.close(backup=False)

    # the author edits after agreement: changed, no briefing until agreed again; undo clears it
    anna = unlock(vault.path, passphrase=DEMO_PASSPHRASE, user=DEMO_USER)
    try:
        session_a = Session(anna)
        panel_a = make_panel(qtbot, session_a, labels, gallium)
        assert panel_a.select_option(option_id)
        ed = panel_a.editor
        ed.body_edit.moveCursor(QTextCursor.MoveOperation.End)
        ed.body_edit.insertPlainText("\n\nAangevuld na akkoord.")
        assert "saving them needs a new agreement" in ed.state_label.text()
        assert ed.save()
        assert changed_since_agreement(anna.options.get(option_id))
        assert ed.changed_badge.isVisibleTo(ed)
        row = panel_a.model.row_of(option_id)
        assert panel_a.model.index(row, 3).data().endswith("⚠")
        steps = ed.review.steps()
        assert steps["in-briefing"] is False
        assert steps["agreed"] is False
        assert "again" in ed.review.step_buttons["in-briefing"].toolTip()
        session_a.undo_stack.undo()  # "changed since agreement" is computed: undoing the edit clears it
        assert not changed_since_agreement(anna.options.get(option_id))
        assert not ed.changed_badge.isVisibleTo(ed)
        assert ed.review.steps()["in-briefing"] is True
        session_a.undo_stack.redo()
        assert changed_since_agreement(anna.options.get(option_id))
        session_a.undo_stack.clear()
        panel_a.close()
    finally:
        anna.close(backup=False)

    bert = reopen_as(vault, DEMO_REVIEWER, REVIEWER_PASSPHRASE)
    try:
        panel_b = make_panel(qtbot, Session(bert), labels, gallium)
        panel_b.select_option(option_id)
        review_b = panel_b.editor.review
        assert review_b.step_buttons["agreed"].text() == "Agree again"
        assert review_b.steps()["agreed"] is True
        answer(monkeypatch, QMessageBox.StandardButton.Save)
        assert panel_b.editor.take_step("agreed", "Akkoord met de aanvulling.")
        final = bert.options.get(option_id)
        assert not changed_since_agreement(final)
        assert final.status == "agreed"
        assert [e.to_status for e in final.review_history] == ["in-review", "agreed", "agreed"]
        assert review_b.table.rowCount() == 3
        assert review_b.table.item(0, 4).text() == "Akkoord met de aanvulling."
        assert review_b.steps()["in-briefing"] is True
        panel_b.close()
    finally:
        bert.close(backup=False)


def test_the_review_dialog_asks_a_comment_for_moves_back(qtbot: QtBot, vault: Vault) -> None:
    option = next(o for o in vault.options.all() if o.status == "in-review")
    back = OptionReviewDialog(option, "concept", 3, "saved today by Demo Analist")
    qtbot.addWidget(back)
    assert back.required
    assert not back.ok_button.isEnabled()
    assert back.ok_button.text() == "Send back to concept"
    assert "version 3" in back.version_label.text()
    back.comment_edit.setPlainText("   ")
    assert not back.ok_button.isEnabled()
    back.comment_edit.setPlainText("Onderbouwing kosten ontbreekt.")
    assert back.ok_button.isEnabled()
    assert back.comment() == "Onderbouwing kosten ontbreekt."
    agree = OptionReviewDialog(option, "agreed", 3, "")
    qtbot.addWidget(agree)
    assert not agree.required
    assert agree.ok_button.isEnabled()


def test_decided_options_are_read_only(qtbot: QtBot, session: Session, labels: Labels, vault: Vault) -> None:
    decided = next(o for o in vault.options.all() if o.status == "decided-adopted")
    panel = make_panel(qtbot, session, labels, decided.dependency_id)
    assert panel.select_option(decided.id)
    editor = panel.editor
    assert not editor.tabs.widget(TAB_TEXT).widget().isEnabled()  # type: ignore[attr-defined]
    assert not editor.delete_button.isEnabled()
    assert not editor.save_button.isEnabled()
    assert "Decided options are final" in editor.notice.text()
    assert editor.review.steps() == {}


# history -----------------------------------------------------------------------------------------------------


def test_history_shows_the_words_that_changed(panel: OptionsPanel, vault: Vault) -> None:
    editor = panel.editor
    concept = next(o for o in panel.options() if o.status == "concept" and o.category == "monitoring")
    assert panel.select_option(concept.id)
    editor.title_edit.setText(concept.title.replace("Monitoring", "Kwartaalmonitoring"))
    editor.body_edit.set_markdown(concept.body.replace("Periodieke analyse", "Maandelijkse analyse"))
    editor.effect_i_spin.setValue(1)
    assert editor.save()
    history = editor.history
    revisions = history.revisions()
    assert [r.op for r in revisions][:2] == ["update", "import"]
    history.select_revision(revisions[0].rev_id)
    html = history.details_html(revisions[0])
    assert f'<span style="{DELETE_STYLE}">Periodieke</span>' in html
    assert f'<span style="{INSERT_STYLE}">Maandelijkse</span>' in html
    assert f'<span style="{DELETE_STYLE}">Monitoring</span>' in html
    text = history.details_text()
    assert "Effect on impact" in text
    assert "−0 classes" in text
    assert "−1 class" in text
    assert "words removed: 1, added: 1" in text
    history.select_revision(revisions[-1].rev_id)
    assert "The first version" in history.details_text()
