"""The Exchange section on the demo vault (the ministry) with a second, real vault as the taskforce:
send records, import the taskforce's pack, walk the merge preview, resolve a conflict field by
field and apply it (pytest-qt, offscreen; screenshots for a person to look at)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sdapp.core.merge import CONFLICT, DELETION, EDIT, FAST_FORWARD, MINE, NEW, THEIRS, UNCHANGED
from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.gui.exchange_view import ConflictDialog, ExchangeView, ImportPreviewDialog, display_value, parse_edit
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.packs.exchange import IDS, SINCE_LAST, Selection, apply_import, export_exchange, read_pack
from sdapp.packs.identity import add_contact, ensure_identity
from sdapp.vault.vault import Created, Vault
from tests.gui.conftest import SIZE, settle, shoot

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"


@pytest.fixture
def taskforce(make_vault: Callable[..., Created], vault: Vault) -> Vault:
    """A second vault, each the other's contact."""
    other = make_vault("taskforce", user="Bert Taskforce", department="NCTV").vault
    mine, theirs = ensure_identity(vault), ensure_identity(other)
    add_contact(vault, "Taskforce", "NCTV", theirs.age_recipient, theirs.public_key.to_file_text())
    add_contact(other, "Ministry", "EZ", mine.age_recipient, mine.public_key.to_file_text())
    return other


@pytest.fixture
def view(qtbot: QtBot, session: Session, labels: Labels, taskforce: Vault) -> ExchangeView:
    v = ExchangeView(session, labels)
    qtbot.addWidget(v)
    v.resize(*SIZE)
    v.show()
    qtbot.waitExposed(v)
    return v


def dep_id(vault: Vault, name: str) -> str:
    return next(d.id for d in vault.dependencies.all() if d.name == name)


def edit(vault: Vault, dep_id_: str, **changes: object) -> None:
    d = copy.deepcopy(vault.dependencies.get(dep_id_))
    for k, v in changes.items():
        setattr(d, k, v)
    with vault.transaction():
        vault.dependencies.update(d)


def test_send_walk_the_preview_resolve_a_conflict_and_apply(qtbot: QtBot, view: ExchangeView, session: Session,
                                                            vault: Vault, taskforce: Vault, tmp_path: Path) -> None:
    shoot(view, "50_exchange_empty.png")
    assert view.empty.isVisible()
    assert not view.log_table.isVisible()

    # send everything to the taskforce
    dialog = view.start_export()
    assert [dialog.contact_combo.itemData(i) for i in range(dialog.contact_combo.count())] == ["Taskforce"]
    assert dialog.mode_since.isChecked()
    total = len(vault.dependencies.rows())
    assert dialog.count_label.text().startswith(f"Dependencies to send: {total},")  # never exchanged: all
    dialog.mode_ids.setChecked(True)
    assert not dialog.send_button.isEnabled()  # nothing picked yet
    dialog.search.setText("gall")
    assert [r[1] for r in dialog.pick_model.rows] == [GALLIUM]
    dialog.pick_model.setData(dialog.pick_model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.count_label.text().startswith("Dependencies to send: 1,")
    dialog.search.clear()
    dialog.mode_all.setChecked(True)
    out = tmp_path / "to-taskforce.sdpack"
    dialog.path_edit.setText(str(out))
    shoot(dialog, "51_exchange_export_dialog.png")
    dialog.export()
    assert out.is_file()
    assert not dialog.isVisible()
    assert "Sealed for Taskforce" in view.status.text()
    assert view.log_table.isVisible()
    assert view.log_model.rowCount() == 1

    # the taskforce imports it, edits, deletes, adds, and sends its picture back
    apply_import(taskforce, read_pack(taskforce, out))
    gallium = dep_id(vault, GALLIUM)
    edit(taskforce, gallium, description="Taskforce: China controls primary production.", tags=["taskforce"])
    germanium = next(r.id for r in taskforce.dependencies.rows() if r.name.startswith("Germanium"))
    with taskforce.transaction():
        taskforce.dependencies.delete(germanium)
    new = Dependency(new_id(), "Indium (taskforce)", "raw-material", "chips", cn_codes=["811292"],
                     stages=[SupplyStage("processing", [CountryShare("CN", 60.0)])])
    with taskforce.transaction():
        taskforce.dependencies.add(new)
    others = [r.id for r in taskforce.dependencies.rows() if r.id not in (gallium, new.id)][:1]
    edit(taskforce, others[0], description="Updated at the taskforce")
    back = tmp_path / "to-ministry.sdpack"
    export_exchange(taskforce, "Ministry", Selection(SINCE_LAST), back)

    # meanwhile the ministry changed the same record's description
    before = vault.dependencies.get(gallium)
    after = copy.deepcopy(before)
    after.description = "Ministry: export licences since 2023."
    session.save_dependency(before, after)

    preview_dialog = view.import_pack(back)
    assert isinstance(preview_dialog, ImportPreviewDialog)
    kinds = {r.name: r.kind for r in preview_dialog.model.rows}
    assert kinds[GALLIUM] == CONFLICT
    assert kinds["Indium (taskforce)"] == NEW
    assert DELETION in kinds.values()
    assert FAST_FORWARD in kinds.values()
    assert UNCHANGED not in kinds.values()  # hidden until asked for
    preview_dialog.show_unchanged.setChecked(True)
    assert UNCHANGED in {r.kind for r in preview_dialog.model.rows}
    preview_dialog.show_unchanged.setChecked(False)
    assert preview_dialog.model.rows[0].name == GALLIUM  # conflicts first
    assert not preview_dialog.apply_button.isEnabled()
    assert "Conflicts still needing a choice: 1." in preview_dialog.status.text()
    assert preview_dialog.signer.text().startswith("✔ Signed by Taskforce")
    shoot(preview_dialog, "52_exchange_preview.png")

    # resolve it field by field
    preview_dialog.select("dependency", gallium)
    conflict = preview_dialog.resolve_selected()
    assert isinstance(conflict, ConflictDialog)
    fields = {f.key: f for f in conflict.model.rows}
    assert fields["description"].outcome == "conflict"
    assert fields["tags"].outcome == THEIRS
    assert conflict.model.rows[0].key == "description"  # what needs a choice comes first
    assert conflict.unresolved() == ["description"]
    assert not conflict.ok_button.isEnabled()
    conflict.select_field("description")
    assert conflict.mine_text.toPlainText() == "Ministry: export licences since 2023."
    assert conflict.theirs_text.toPlainText() == "Taskforce: China controls primary production."
    assert conflict.ancestor_text.toPlainText() == before.description
    shoot(conflict, "53_exchange_conflict.png")
    conflict.take_theirs.setChecked(True)
    assert conflict.choices()["description"].choice == THEIRS
    conflict.edit_value.setChecked(True)
    assert conflict.editor.isEnabled()
    conflict.editor.setPlainText("Agreed: export licences since 2023; China controls primary production.")
    assert conflict.choices()["description"].choice == EDIT
    assert conflict.ok_button.isEnabled()
    conflict.select_field("tags")
    assert conflict.take_theirs.isChecked()  # the automatic outcome
    conflict.keep_mine.setChecked(True)  # overriding it is allowed, and recorded
    assert conflict.choices()["tags"].choice == MINE
    conflict.take_theirs.setChecked(True)
    assert "tags" not in conflict.choices()
    conflict.select_field("description")
    assert conflict.edit_value.isChecked()
    shoot(conflict, "54_exchange_conflict_edited.png")
    conflict.accept_choices()
    assert conflict.result() == ConflictDialog.DialogCode.Accepted
    assert preview_dialog.apply_button.isEnabled()
    assert preview_dialog.model.rows[0].kind == CONFLICT
    assert preview_dialog.detail(preview_dialog.model.rows[0]).startswith("Resolved")
    shoot(preview_dialog, "55_exchange_preview_resolved.png")

    with qtbot.waitSignal(session.registerReset, timeout=5000):
        preview_dialog.apply()
    merged = vault.dependencies.get(gallium)
    assert merged.description == "Agreed: export licences since 2023; China controls primary production."
    assert merged.tags == ["taskforce"]
    assert vault.dependencies.is_deleted(germanium)
    assert vault.dependencies.get(new.id).name == "Indium (taskforce)"
    assert session.undo_stack.count() == 0  # undo cannot put back versions from before the merge
    assert "Applied the pack from Taskforce" in view.status.text()
    assert view.log_model.rowCount() == 2
    assert view.log_model.rows[0].direction == "received"
    assert {i["name"] for i in view.applied_model.rows} >= {GALLIUM, "Indium (taskforce)"}
    assert view.displayed_levels()  # the applied list names records: the banner follows them
    shoot(view, "56_exchange_log.png")

    # importing the same pack again finds nothing to do
    again = view.import_pack(back)
    assert again is not None
    assert "imported before" in again.facts.text()
    assert again.apply_button.text() == "&Done"
    again.apply()
    assert view.log_model.rowCount() == 2


def test_a_refused_pack_and_no_contacts_are_explained(qtbot: QtBot, view: ExchangeView, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-pack.sdpack"
    bad.write_bytes(b"hello")
    assert view.import_pack(bad) is None
    assert "Not imported" in view.status.text()
    assert "not age-encrypted" in view.status.text()
    with view.session.vault.transaction():
        view.session.vault.keys.remove_contact("Taskforce")
    view.reload()
    assert not view.export_button.isEnabled()
    assert "No contacts yet" in view.empty.text()


def test_export_errors_stay_in_the_dialog(qtbot: QtBot, view: ExchangeView, tmp_path: Path) -> None:
    dialog = view.start_export()
    dialog.mode_all.setChecked(True)
    taken = tmp_path / "taken.sdpack"
    taken.write_bytes(b"x")
    dialog.path_edit.setText(str(taken))
    dialog.export()
    assert dialog.isVisible()
    assert "exists already" in dialog.error.text()
    assert taken.read_bytes() == b"x"


def test_values_and_edits(labels: Labels) -> None:
    from sdapp.core.merge import FieldMerge, MergeError

    assert display_value("stages", [{"stage": "processing", "shares": [{"country": "CN", "share": 98.0}]}],
                         labels) == "Processing and refining: CN 98 %"
    assert display_value("__deleted__", True, labels) == "In the bin"
    assert display_value("tags", [], labels) == "—"
    number = FieldMerge("import_reliance", ("import_reliance",), None, 50.0, 60.0, "conflict")
    assert parse_edit("75.5", number) == 75.5
    assert parse_edit("", number) is None
    with pytest.raises(MergeError, match="not valid JSON"):
        parse_edit("seventy", number)
    text = FieldMerge("name", ("name",), "a", "b", "c", "conflict")
    assert parse_edit("free text", text) == "free text"


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, prefs: Preferences, taskforce: Vault) -> Iterator[MainWindow]:
    w = MainWindow(vault, prefs)
    w.idle.stop()
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_section_is_in_the_main_window(window: MainWindow, tmp_path: Path) -> None:
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())]
    assert "exchange" in keys
    assert "exchange" not in window._pages  # built when first shown
    window.sidebar.setCurrentRow(keys.index("exchange"))
    settle()
    page = window._pages["exchange"]
    assert isinstance(page, ExchangeView)
    assert window.sidebar.currentItem().text() == "Exchange"
    dialog = page.start_export()
    dialog.mode_ids.setChecked(True)
    dialog.pick_model.setData(dialog.pick_model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.path_edit.setText(str(tmp_path / "one.sdpack"))
    dialog.export()
    settle()
    shoot(window, "57_exchange_main_window.png")
    assert page.log_model.rows[0].selection == {"mode": IDS, "ids": [dialog.pick_model.checked_ids()[0]]}
