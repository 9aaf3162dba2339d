"""Deleted action options in the bin: listed with their dependency, restored any day after
(not only through undo), and held back while their dependency is in the bin itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sdapp.core.model import ActionOption, CountryShare, Dependency, SupplyStage, new_id
from sdapp.gui.app_setup import install_language
from sdapp.gui.bin_view import BinView
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault import vault as vault_mod
from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def session(make_vault: Callable[..., vault_mod.Created]) -> Iterator[Session]:
    s = Session(make_vault().vault)
    yield s
    s.undo_stack.clear()


def add_dependency(session: Session, name: str, level: str = "ongerubriceerd") -> Dependency:
    dep = Dependency(id=new_id(), name=name, kind="raw-material", domain="chips", classification=level,
                     stages=[SupplyStage("processing", [CountryShare("CN", 90.0)])])
    session.add_dependency(dep)
    return dep


def add_option(session: Session, dep: Dependency, title: str, rung: int = 1) -> ActionOption:
    option = ActionOption(id=new_id(), dependency_id=dep.id, title=title, category="monitoring", rung=rung,
                          lead_ministry="EZ", effect_likelihood=1)
    session.save_option(None, option)
    return option


def test_a_deleted_option_is_listed_and_restored_after_the_undo_history_is_gone(session: Session,
                                                                               qtbot: QtBot) -> None:
    gallium = add_dependency(session, "Gallium", "stg-confidentieel")
    option = add_option(session, gallium, "Monitor gallium stocks")
    view = BinView(session, Labels(session.ref, "en"))
    qtbot.addWidget(view)
    assert view.options.ids() == []
    assert view.tabs.tabText(1) == "Action options (0)"

    session.delete_option(option.id)
    session.undo_stack.clear()  # another day: undo cannot bring it back
    assert view.options.ids() == [option.id]
    assert view.tabs.tabText(1) == "Action options (1)"
    cells = view.options.model.cells(view.options.model.rows[0])
    assert cells[:4] == ("Monitor gallium stocks", "Gallium", "Monitoring and early warning", "Concept")
    assert cells[5] == session.vault.actor.user
    view.tabs.setCurrentWidget(view.options)
    assert view.displayed_levels() == {"stg-confidentieel"}  # the banner marks the option as its dependency

    assert not view.options.restore_button.isEnabled()
    view.options.select(option.id)
    with qtbot.waitSignal(view.options.restored, timeout=1000):
        view.options.restore_button.click()
    assert [o.id for o in session.vault.options.for_dependency(gallium.id)] == [option.id]
    assert view.options.ids() == []
    assert view.options.stack.currentWidget() is view.options.empty_label
    assert [r.op for r in session.vault.options.history(option.id)][:2] == ["restore", "delete"]
    session.undo_stack.undo()  # the restore itself is undoable
    assert view.options.ids() == [option.id]


def test_an_option_waits_while_its_dependency_is_in_the_bin(session: Session, qtbot: QtBot) -> None:
    gallium = add_dependency(session, "Gallium")
    option = add_option(session, gallium, "Stockpile gallium")
    session.delete_option(option.id)
    session.delete_dependency(gallium.id)
    view = BinView(session, Labels(session.ref, "en"))
    qtbot.addWidget(view)
    view.options.select(option.id)
    assert not view.options.restore_selected()
    assert "its dependency Gallium is in the bin" in view.options.status_label.text()
    assert session.vault.options.is_deleted(option.id)

    view.dependencies.select(gallium.id)
    assert view.dependencies.restore_selected()  # the dependency first, then the option
    view.options.select(option.id)
    assert view.options.restore_selected()
    assert not session.vault.options.is_deleted(option.id)


def test_option_bin_screenshot(session: Session, qtbot: QtBot, prefs: Preferences) -> None:
    for language in ("en", "nl"):
        install_language(language)
        gallium = add_dependency(session, f"Gallium {language}", "stg-confidentieel")
        lithium = add_dependency(session, f"Lithium {language}")
        for dep, title in ((gallium, "Monitor gallium stocks"), (gallium, "Joint purchasing of gallium"),
                           (lithium, "Diversify lithium refining")):
            session.delete_option(add_option(session, dep, title).id)
        session.delete_dependency(lithium.id)
        view = BinView(session, Labels(session.ref, language))
        qtbot.addWidget(view)
        view.tabs.setCurrentWidget(view.options)
        view.options.select(view.options.ids()[0])
        assert shoot(view, f"bin_options_{language}.png").stat().st_size > 10_000
        assert view.tabs.tabText(1) == ("Action options (3)" if language == "en" else "Handelingsopties (6)")


def test_restoring_from_a_stale_list_says_so_instead_of_claiming_success(session: Session, qtbot: QtBot) -> None:
    """The list was read before the option came back another way (undo while the bin was hidden)."""
    gallium = add_dependency(session, "Gallium")
    option = add_option(session, gallium, "Stockpile gallium")
    session.delete_option(option.id)
    view = BinView(session, Labels(session.ref, "en"))
    qtbot.addWidget(view)
    view.options.select(option.id)
    session.undo_stack.undo()  # the delete undone: the option is back, the hidden list not yet re-read
    assert not session.vault.options.is_deleted(option.id)
    assert view.options.selected_id() == option.id
    assert not view.options.restore_selected()
    assert view.options.status_label.text() == (
        "This action option cannot be restored: the action option 'Stockpile gallium' is not in the bin "
        "(restored already?)")
    assert [r.op for r in session.vault.options.history(option.id)][:2] == ["restore", "delete"]  # the undo only


def test_tab_titles_and_lists_follow_a_language_switch(session: Session, qtbot: QtBot, prefs: Preferences) -> None:
    gallium = add_dependency(session, "Gallium")
    session.delete_option(add_option(session, gallium, "Monitor gallium stocks").id)
    view = BinView(session, Labels(session.ref, "en"))
    qtbot.addWidget(view)
    view.options.ensure_fresh()
    assert view.options.count_label.text() == "1 deleted action option"
    install_language("nl")
    view.set_labels(Labels(session.ref, "nl"))
    assert [view.tabs.tabText(i) for i in range(2)] == ["Afhankelijkheden (0)", "Handelingsopties (1)"]
    assert view.options.count_label.text() == "1 verwijderde handelingsoptie"
    assert view.options.model.headerData(0, Qt.Orientation.Horizontal) == "Handelingsoptie"
    assert view.dependencies.empty_label.text() == "De prullenbak is leeg."
