"""The Briefings section on the demo vault (pytest-qt, offscreen): the composer wizard, the copy
register, contacts and keys, and the Open pack dialog. Real ``age-keygen`` keys make the contacts,
and ``age -d`` proves a sealed copy opens for its addressee without sdapp."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from sdapp.app import unlock
from sdapp.core.model import new_id
from sdapp.demo import DEMO_PASSPHRASE, DEMO_USER
from sdapp.gui.briefing_composer import BriefingComposer
from sdapp.gui.contacts_view import AGE_PUB, MINISIGN_PUB, ContactsView
from sdapp.gui.copy_register_view import CopyRegisterView
from sdapp.gui.labels import Labels
from sdapp.gui.main_window import MainWindow
from sdapp.gui.pack_open_dialog import PackOpenDialog
from sdapp.gui.packs_page import TAB_CONTACTS, TAB_COPIES, PacksPage
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.packs.briefing_content import BriefingRequest, required_level
from sdapp.packs.briefing_pack import IssuedPack, PackAddressee, export_briefing
from sdapp.packs.envelope import MANIFEST, seal
from sdapp.packs.identity import add_contact, ensure_identity
from sdapp.packs.minisign import SecretKey
from sdapp.vault.vault import Vault
from tests.gui.conftest import SCREENSHOTS, SIZE, settle, shoot

pytestmark = pytest.mark.gui

GALLIUM = "Gallium (verwerking)"


# helpers ------------------------------------------------------------------------------------------


def age_keygen(folder: Path, name: str) -> tuple[Path, str]:
    """A real age key pair made by age-keygen: (identity file, recipient)."""
    key = folder / f"{name}.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    return key, recipient


def dep_ids(vault: Vault, *names: str) -> set[str]:
    ids = {r.id for r in vault.dependencies.rows() if r.name in names}
    assert len(ids) == len(names)
    return ids


def highest_record(vault: Vault) -> str:
    """The id of a record at the register's highest level, so a lower marking must be refused."""
    rows = vault.dependencies.rows()
    return max(rows, key=lambda r: vault.ref.level(r.classification).rank).id


def issue(vault: Vault, out: Path, addressees: list[PackAddressee], ids: tuple[str, ...] | None = None,
          title: str = "Kwetsbaarheden in de halfgeleiderketen") -> list[IssuedPack]:
    """Seal a briefing through the backend (set-up for the views that list or open packs)."""
    ids = ids or tuple(sorted(dep_ids(vault, GALLIUM)))
    out.mkdir(parents=True, exist_ok=True)
    request = BriefingRequest(title, ids, required_level(vault, ids).slug, DEMO_USER, ministry="EZ")
    return export_briefing(vault, request, addressees, out)


def contacts(vault: Vault, folder: Path, *names: tuple[str, str]) -> dict[str, Path]:
    """Contacts made from real age-keygen keys (with a minisign key each); name -> identity file."""
    keys = {}
    for name, organisation in names:
        key, recipient = age_keygen(folder, name.split()[0].lower())
        add_contact(vault, name, organisation, recipient, SecretKey.generate().public().to_file_text())
        keys[name] = key
    return keys


def shoot_dialog(widget: QWidget, name: str, size: tuple[int, int]) -> Path:
    """A dialog at a size a user would see it (the shared helper makes every shot 1280x800)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.resize(*size)
    widget.show()
    settle()
    path = SCREENSHOTS / name
    path.unlink(missing_ok=True)
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def clean_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR (Qt's and Python's) pointed at an empty folder, to prove nothing lands there."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


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
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def packs_page(window: MainWindow) -> PacksPage:
    window.sidebar.setCurrentRow(next(s for s in range(window.sidebar.count())
                                  if window.sidebar.item(s).text() == "Briefings"))
    page = window._pages["packs"]
    assert isinstance(page, PacksPage)
    return page


def compose(composer: BriefingComposer, ids: set[str], title: str = "Halfgeleiders en kritieke grondstoffen") -> None:
    """Fill pages (a) and (b) and move to the classification page."""
    composer.dependencies_page.model.set_checked(ids)
    composer.next()
    assert composer.currentPage() is composer.content_page
    composer.content_page.title_edit.setText(title)
    composer.next()
    assert composer.currentPage() is composer.classification_page


# the composer -------------------------------------------------------------------------------------


def test_composer_refuses_a_classification_below_the_content(qtbot: QtBot, session: Session, labels: Labels,
                                                             prefs: Preferences) -> None:
    composer = BriefingComposer(session, labels, prefs)
    qtbot.addWidget(composer)
    composer.show()
    next_button = composer.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing chosen yet
    top = highest_record(session.vault)
    needed = session.vault.ref.level(session.vault.dependencies.row(top).classification)
    assert needed.rank >= 2
    compose(composer, {top})
    page = composer.classification_page
    assert page.slug() == needed.slug  # preset to the least level the content allows
    assert needed.marking in page.required.text()
    assert page.isComplete()
    assert next_button.isEnabled()

    page.set_level("dep-vertrouwelijk")
    assert not page.isComplete()
    assert not next_button.isEnabled()
    assert "cannot be marked DEPARTEMENTAAL VERTROUWELIJK" in page.refusal()
    assert needed.marking in page.refusal()
    composer.next()  # refused: stays on the page
    assert composer.currentPage() is page

    page.set_level("stg-zeer-geheim")  # higher is allowed
    assert page.isComplete()
    assert next_button.isEnabled()
    page.official.setText("")
    qtbot.waitUntil(lambda: not page.isComplete(), timeout=2000)
    assert "classifying official" in page.refusal()


def test_composer_previews_and_seals_copies_that_age_opens(qtbot: QtBot, session: Session, labels: Labels,
                                                          prefs: Preferences, tmp_path: Path,
                                                          clean_tmp: Path) -> None:
    vault = session.vault
    keys = contacts(vault, tmp_path, ("Griffie Tweede Kamer", "Tweede Kamer"), ("Anna Jansen", "BZ"))
    out = tmp_path / "stick"
    out.mkdir()
    composer = BriefingComposer(session, labels, prefs)
    qtbot.addWidget(composer)
    composer.show()
    ids = dep_ids(vault, GALLIUM, "Helium")
    compose(composer, ids)
    composer.classification_page.review.setChecked(True)
    composer.next()

    page = composer.addressees_page
    assert composer.currentPage() is page
    assert not page.isComplete()
    assert "at least one contact" in page.error.text()
    page.check_contact("Griffie Tweede Kamer")
    page.check_contact("Anna Jansen")
    page.folder.setText(str(tmp_path / "missing"))
    assert not page.isComplete()
    assert "does not exist" in page.error.text()
    page.folder.setText(str(out))
    assert page.isComplete(), page.error.text()
    assert page.summary.text() == "2 numbered copies will be sealed."
    composer.next()

    preview = composer.preview_page
    assert composer.currentPage() is preview
    assert preview.page_count > 3
    assert len(preview.images) == 3
    assert all(not p.isNull() and p.width() > 100 for p in preview.images)
    assert f"{preview.page_count} pages" in preview.info.text()
    assert composer.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Seal 2 copies"
    assert list(clean_tmp.iterdir()) == []  # rendered from memory
    assert not any(out.iterdir())

    with qtbot.waitSignal(session.copiesChanged):
        composer.next()
    assert composer.currentPage() is composer.done_page, preview.error.text()
    issued = composer.issued
    assert [p.copy_number for p in issued] == [1, 2]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [p.path.name for p in issued] + [p.signature_path.name for p in issued])
    assert composer.done_page.files.count() == 4
    assert prefs.pack_folder == str(out)
    assert list(clean_tmp.iterdir()) == []

    # the addressee opens her copy with the age tool alone
    griffie = next(p for p in issued if p.addressee.name == "Griffie Tweede Kamer")
    plain = subprocess.run(["age", "-d", "-i", str(keys["Griffie Tweede Kamer"]), str(griffie.path)],
                           check=True, capture_output=True).stdout
    archive = zipfile.ZipFile(io.BytesIO(plain))
    manifest = json.loads(archive.read(MANIFEST))
    assert manifest["title"] == "Halfgeleiders en kritieke grondstoffen"
    assert (manifest["copy_number"], manifest["copies"]) == (griffie.copy_number, 2)
    assert manifest["addressee"]["name"] == "Griffie Tweede Kamer"
    assert manifest["classification"] == required_level(vault, tuple(ids)).slug
    assert manifest["classifying_official"] == DEMO_USER
    assert manifest["review_date"] is not None
    assert manifest["records"] == 2
    assert {"briefing.pdf", "data.json", "annex.xlsx", "annex.csv"} <= {f["name"] for f in manifest["files"]}
    assert archive.read("briefing.pdf").startswith(b"%PDF")
    # ... and not with the other addressee's key
    other = subprocess.run(["age", "-d", "-i", str(keys["Anna Jansen"]), str(griffie.path)], capture_output=True)
    assert other.returncode != 0

    # the copies are in the copy register
    assert {(c.addressee, c.copy_number) for c in vault.copies.all()} == {("Griffie Tweede Kamer", griffie.copy_number),
                                                                          ("Anna Jansen", 3 - griffie.copy_number)}
    composer.accept()


def test_composer_with_a_passphrase_addressee(qtbot: QtBot, session: Session, labels: Labels, prefs: Preferences,
                                              tmp_path: Path) -> None:
    composer = BriefingComposer(session, labels, prefs)
    qtbot.addWidget(composer)
    composer.show()
    compose(composer, dep_ids(session.vault, GALLIUM))
    composer.next()
    page = composer.addressees_page
    assert page.by_passphrase.isChecked()  # the demo vault has no contacts
    assert "No contacts yet" in page.no_contacts.text()
    page.pass_name.setText("Kamerlid De Boer")
    page.pass_org.setText("Tweede Kamer")
    page.passphrase.setText("te kort")
    page.passphrase2.setText("te kort")
    page.folder.setText(str(tmp_path))
    assert not page.isComplete()
    assert "at least 12 characters" in page.error.text()
    page.passphrase.setText("lange zin voor het pakket")
    assert "differ" in page.error.text()
    page.passphrase2.setText("lange zin voor het pakket")
    assert page.isComplete(), page.error.text()
    composer.next()
    composer.next()
    assert composer.currentPage() is composer.done_page
    (pack,) = composer.issued
    assert pack.addressee.passphrase
    assert pack.path.is_file()
    dialog = PackOpenDialog(session, labels)
    qtbot.addWidget(dialog)
    assert not dialog.load(pack.path)
    assert dialog.needs_passphrase()
    dialog.passphrase.setText("verkeerde zin voor het pakket")
    assert not dialog.open_pack()
    assert "wrong passphrase" in dialog.error.text()
    dialog.passphrase.setText("lange zin voor het pakket")
    assert dialog.open_pack()
    assert dialog.opened is not None
    assert dialog.opened.manifest["addressee"]["name"] == "Kamerlid De Boer"


# the copy register --------------------------------------------------------------------------------


def test_copy_register_lists_copies_and_records_returned_and_destroyed(
        qtbot: QtBot, session: Session, labels: Labels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = session.vault
    contacts(vault, tmp_path, ("Griffie Tweede Kamer", "Tweede Kamer"), ("Anna Jansen", "BZ"))
    issued = issue(vault, tmp_path / "out", [PackAddressee.from_contact(c) for c in vault.keys.contacts()])
    view = CopyRegisterView(session, labels)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 2
    pack_id = issued[0].sealed.manifest["pack_id"]
    first = view.model.copy_at(view.model.row_of(pack_id, 1))
    assert (first.title, first.status) == ("Kwetsbaarheden in de halfgeleiderketen", "issued")
    row = view.model.row_of(pack_id, 1)
    assert view.model.data(view.model.index(row, 1)) == "1/2"
    assert view.model.data(view.model.index(row, 6)) == "Issued"
    level = required_level(vault, tuple(dep_ids(vault, GALLIUM)))
    assert view.displayed_levels() == {level.slug}

    view.select([(pack_id, 1)])
    assert view.returned_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ingeleverd bij de CIP", True))
    view.ask_status("returned")
    returned = vault.copies.get(pack_id, 1)
    assert (returned.status, returned.status_note, returned.status_by) == ("returned", "ingeleverd bij de CIP",
                                                                           DEMO_USER)
    row = view.model.row_of(pack_id, 1)
    assert view.model.data(view.model.index(row, 6)) == "Returned"
    assert view.model.data(view.model.index(row, 8)).endswith(f" · {DEMO_USER}")
    assert "Recorded as returned" in view.message.text()

    assert not view.record_status([(pack_id, 1)], "returned", "again")  # refused by the vault
    assert "Refused" in view.message.text()
    assert "cannot become returned" in view.message.text()
    assert view.record_status([(pack_id, 1), (pack_id, 2)], "destroyed", "vernietigd, PV 2025-14")
    assert {c.status for c in vault.copies.all()} == {"destroyed"}
    assert not view.record_status([(pack_id, 2)], "returned", "")  # destroyed is final
    assert vault.copies.get(pack_id, 2).status == "destroyed"

    view.set_status_filter("issued")
    assert view.model.rowCount() == 0
    view.set_status_filter("")
    view.search.setText("anna")
    view.apply_filter()
    assert view.model.rowCount() == 1
    assert view.model.copy_at(0).addressee == "Anna Jansen"
    view.search.clear()
    view.apply_filter()

    assert view.export_marking() == level.marking
    assert view.export(tmp_path / "register.csv")
    text = (tmp_path / "register.csv").read_text(encoding="utf-8-sig")
    assert text.count("\n") == 3
    assert "vernietigd, PV 2025-14" in text
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "register"), "Excel workbook (*.xlsx)"))
    view.ask_export()
    assert (tmp_path / "register.xlsx").stat().st_size > 1000
    assert sum(e.action == "copies.export" for e in vault.audit.entries(limit=20)) == 2


# contacts and keys --------------------------------------------------------------------------------


def test_contacts_add_shows_the_backend_refusal_then_adds_the_row(
        qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = ContactsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisibleTo(view)
    assert view.make_button.isVisibleTo(view)  # no identity yet: viewing does not make one
    assert session.vault.keys.identity(DEMO_USER) is None

    dialog = view.open_add_dialog()
    dialog.name.setText("Griffie Tweede Kamer")
    dialog.organisation.setText("Tweede Kamer")
    dialog.recipient.setText("age1thisisnotakey")
    assert not dialog.submit()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "not a valid age recipient" in dialog.error.text()
    dialog.recipient.setText("AGE-SECRET-KEY-1ABC")
    assert not dialog.submit()
    assert "starts with 'age1'" in dialog.error.text()

    _key, recipient = age_keygen(tmp_path, "griffie")
    dialog.recipient.setText(recipient)
    dialog.minisign.setPlainText("untrusted comment: nonsense\nnot base64 at all")
    assert not dialog.submit()
    assert "minisign public key cannot be read" in dialog.error.text()
    pub = tmp_path / "griffie.minisign.pub"
    signing = SecretKey.generate().public()
    pub.write_text(signing.to_file_text(), encoding="utf-8")
    assert dialog.load_key_file(pub)
    assert dialog.submit()
    settle()
    assert view.model.rowCount() == 1
    row = [view.model.data(view.model.index(0, c)) for c in range(7)]
    assert row[0:2] == ["Griffie Tweede Kamer", "Tweede Kamer"]
    assert row[2].startswith(recipient[:14])
    assert "…" in row[2]
    assert row[3] == signing.id_text
    assert row[4] == signing.fingerprint
    assert row[5] == DEMO_USER
    assert "Added Griffie Tweede Kamer" in view.message.text()

    again = view.open_add_dialog()  # a second contact without a signing key; the same name is refused
    again.name.setText("griffie tweede kamer")
    again.recipient.setText(age_keygen(tmp_path, "other")[1])
    assert not again.submit()
    assert "already a contact" in again.error.text()
    again.name.setText("Anna Jansen")
    assert again.submit()
    settle()
    assert view.model.rowCount() == 2
    anna = next(r for r in range(2) if view.model.contact_at(r).name == "Anna Jansen")
    assert view.model.data(view.model.index(anna, 3)) == "no signing key"

    view.select("Anna Jansen")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.ask_remove()
    assert view.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.ask_remove()
    assert [c.name for c in session.vault.keys.contacts()] == ["Griffie Tweede Kamer"]
    assert view.model.rowCount() == 1


def test_own_keys_are_shown_copied_and_exported(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    view = ContactsView(session)
    qtbot.addWidget(view)
    view.show()
    written = view.export_keys(tmp_path)  # makes the identity on first need
    identity = ensure_identity(session.vault)
    assert written == [tmp_path / AGE_PUB, tmp_path / MINISIGN_PUB]
    assert (tmp_path / AGE_PUB).read_text() == identity.age_recipient + "\n"
    assert (tmp_path / MINISIGN_PUB).read_text() == identity.public_key.to_file_text()
    assert view.age_value.text() == identity.age_recipient
    assert view.age_value.isVisibleTo(view)
    assert identity.public_key.id_text in view.sign_value.text()
    assert identity.public_key.fingerprint in view.sign_value.text()
    assert not view.make_button.isVisibleTo(view)
    view.copy_recipient()
    assert QApplication.clipboard().text() == identity.age_recipient
    QApplication.clipboard().clear()
    # the age tool accepts the exported recipient
    sealed = subprocess.run(["age", "-r", identity.age_recipient], input=b"hello", capture_output=True, check=True)
    assert pyrage.decrypt(sealed.stdout, [x25519.Identity.from_str(identity.age_identity)]) == b"hello"
    assert any(e.action == "keys.export" for e in session.vault.audit.entries(limit=10))


# opening packs ------------------------------------------------------------------------------------


def own_pack(vault: Vault, out: Path, names: tuple[str, ...] = (GALLIUM,)) -> IssuedPack:
    identity = ensure_identity(vault)
    (pack,) = issue(vault, out, [PackAddressee("Demo Analist", "EZ", identity.age_recipient)],
                    tuple(sorted(dep_ids(vault, *names))))
    return pack


def test_open_dialog_shows_a_trusted_pack_and_saves_its_files(qtbot: QtBot, session: Session, labels: Labels,
                                                              tmp_path: Path, clean_tmp: Path) -> None:
    pack = own_pack(session.vault, tmp_path / "in")
    dialog = PackOpenDialog(session, labels)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load(pack.path)
    assert dialog.result_view.isVisibleTo(dialog)
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.signer_text().startswith("✔ Signed by Demo Analist, a trusted key")
    assert "#1b5e20" in dialog.signer.styleSheet()
    checks = dialog.file_checks()
    assert {name for name, _size, _ok in checks} == {"annex.csv", "annex.xlsx", "briefing.pdf", "data.json"}
    assert all(ok == "SHA-256 OK" for _n, _s, ok in checks)
    fields = dialog.shown_fields
    assert fields["Title"] == "Kwetsbaarheden in de halfgeleiderketen"
    assert fields["Copy"] == "1 of 1"
    assert fields["Addressee"] == "Demo Analist, EZ"
    assert fields["Author"] == DEMO_USER
    assert fields["Department"] == "EZ"
    assert fields["Classification"] == pack.sealed.manifest["classification_marking"]
    assert dialog.viewer.page_count() > 1
    assert dialog.viewer.currentWidget() is dialog.viewer.view
    assert dialog.displayed_levels() == {pack.sealed.manifest["classification"]}
    assert list(clean_tmp.iterdir()) == []  # decrypted and shown from memory only

    saved = tmp_path / "saved"
    written = dialog.save_files(saved)
    assert sorted(p.name for p in written) == ["annex.csv", "annex.xlsx", "briefing.pdf", "data.json",
                                               "manifest.json"]
    assert not dialog.save_files(saved)  # never over existing files
    assert "exists already" in dialog.message.text()
    actions = [e.action for e in session.vault.audit.entries(limit=10)]
    assert "pack.open" in actions
    assert "pack.save" in actions
    dialog.reject()
    assert dialog.opened is None
    assert dialog.viewer.page_count() == 0


def test_open_dialog_imports_data_after_saying_what_changes(qtbot: QtBot, session: Session, labels: Labels,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = session.vault
    identity = ensure_identity(vault)
    gallium = vault.dependencies.get(next(iter(dep_ids(vault, GALLIUM))))
    helium = vault.dependencies.get(next(iter(dep_ids(vault, "Helium"))))
    changed = dataclasses.replace(gallium, description=gallium.description + " Bijgewerkt door BZ.")
    brand_new = dataclasses.replace(helium, id=new_id(), name="Neon (halfgeleiderlasers)")
    doc = {"format": "sdapp-data", "version": 1, "kind": "briefing",
           "dependencies": [changed.to_dict(), brand_new.to_dict(), helium.to_dict()]}
    sealed = seal({"data.json": json.dumps(doc).encode()}, {"kind": "briefing", "pack_id": new_id(), "title": "Data",
                                                            "classification": "stg-confidentieel"},
                  identity.signing_key, recipients=[identity.age_recipient])
    path = tmp_path / "data.sdpack"
    path.write_bytes(sealed.data)
    dialog = PackOpenDialog(session, labels)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.viewer.currentWidget() is dialog.viewer.note  # no PDF in this pack
    _deps, new, updated, same = dialog.import_plan()
    assert (new, updated, same) == (1, 1, 1)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    count = vault.dependencies.count()
    with qtbot.waitSignal(session.registerReset):
        dialog.ask_import()
    assert "1 new, 1 updated" in asked[0]
    assert "1 unchanged" in asked[0]
    assert vault.dependencies.count() == count + 1
    assert vault.dependencies.get(gallium.id).description.endswith("Bijgewerkt door BZ.")
    assert "Imported: 1 new, 1 updated, 1 unchanged." in dialog.message.text()
    dialog.ask_import()  # a second time there is nothing left to do
    assert len(asked) == 1
    assert "Nothing to import" in dialog.message.text()

    # an exchange pack is merged in the Exchange section, never upserted here
    exchange = seal({"data.json": json.dumps(doc).encode()}, {"kind": "exchange", "pack_id": new_id(),
                                                              "title": "Data", "classification": "stg-confidentieel"},
                    identity.signing_key, recipients=[identity.age_recipient])
    path.write_bytes(exchange.data)
    assert dialog.load(path)
    dialog.ask_import()
    assert len(asked) == 1
    assert "Exchange section" in dialog.message.text()


def test_open_dialog_refuses_tampered_packs_and_writes_nothing(qtbot: QtBot, session: Session, labels: Labels,
                                                               tmp_path: Path, clean_tmp: Path) -> None:
    vault = session.vault
    pack = own_pack(vault, tmp_path / "in")
    identity = ensure_identity(vault)
    dialog = PackOpenDialog(session, labels)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"

    flipped = bytearray(pack.path.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    damaged = tmp_path / "damaged.sdpack"
    damaged.write_bytes(bytes(flipped))
    assert not dialog.load(damaged)
    assert dialog.error.isVisibleTo(dialog)
    assert not dialog.result_view.isVisibleTo(dialog)
    assert "damaged or was changed after sealing" in dialog.error.text()
    assert dialog.opened is None
    assert dialog.save_files(out) == []

    # re-sealed after changing the PDF: decrypts, but the signed manifest catches it
    plain = pyrage.decrypt(pack.path.read_bytes(), [x25519.Identity.from_str(identity.age_identity)])
    inner = zipfile.ZipFile(io.BytesIO(plain))
    files = {name: inner.read(name) for name in inner.namelist()}
    pdf = bytearray(files["briefing.pdf"])
    pdf[len(pdf) // 2] ^= 0x01  # same size, other bytes
    files["briefing.pdf"] = bytes(pdf)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    changed = tmp_path / "changed.sdpack"
    changed.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(identity.age_recipient)]))
    assert not dialog.load(changed)
    assert "briefing.pdf does not match its SHA-256" in dialog.error.text()

    not_a_pack = tmp_path / "notes.sdpack"
    not_a_pack.write_text("hello")
    assert not dialog.load(not_a_pack)
    assert "not age-encrypted" in dialog.error.text()
    assert not out.exists()
    assert list(clean_tmp.iterdir()) == []
    assert dialog.viewer.page_count() == 0


def test_open_dialog_warns_about_an_unknown_signer(qtbot: QtBot, session: Session, labels: Labels,
                                                   tmp_path: Path) -> None:
    identity = ensure_identity(session.vault)
    stranger = SecretKey.generate()
    sealed = seal({"briefing.pdf": b"%PDF-1.4 not really"}, {"pack_id": new_id(), "title": "Onbekend"}, stranger,
                  recipients=[identity.age_recipient])
    path = tmp_path / "stranger.sdpack"
    path.write_bytes(sealed.data)
    dialog = PackOpenDialog(session, labels)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert "UNKNOWN key" in dialog.signer_text()
    assert stranger.public().id_text in dialog.signer_text()
    assert "#ffa000" in dialog.signer.styleSheet()
    assert not dialog.import_button.isEnabled()  # no data.json


# the section in the main window -------------------------------------------------------------------


def test_briefings_section_opens_dialogs_without_blocking_and_lock_closes_them(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = packs_page(window)
    assert page.tabs.tabText(TAB_COPIES) == "Copy register"
    assert page.tabs.tabText(TAB_CONTACTS) == "Contacts and keys"
    pack = own_pack(window.session.vault, tmp_path / "in")
    window.session.copiesChanged.emit()
    assert page.copies.model.rowCount() == 1
    assert window.top_banner.text() == pack.sealed.manifest["classification_marking"]
    page.tabs.setCurrentIndex(TAB_CONTACTS)
    assert window.top_banner.text() == "ONGERUBRICEERD"
    composer = page.new_briefing()
    assert composer.isVisible()
    assert page.new_briefing() is composer
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(pack.path), ""))
    composer.reject()
    settle()
    dialog = page.open_pack()
    assert dialog.isVisible()
    assert dialog.opened is not None
    page.tabs.setCurrentIndex(TAB_CONTACTS)
    assert window.top_banner.text() == pack.sealed.manifest["classification_marking"]
    page.new_briefing()
    window.lock()
    settle()
    assert page.composer is None
    assert page.open_dialog is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, (BriefingComposer, PackOpenDialog)) and w.isVisible()]

    window.resume_with(unlock(window.vault_path, passphrase=DEMO_PASSPHRASE))  # back to the same section
    assert window.current_section() == "packs"
    page = window._pages["packs"]
    assert isinstance(page, PacksPage)
    assert page.copies.model.rowCount() == 1
    window.set_language("nl")  # relabels in place
    window.set_language("en")
    assert page.tabs.tabText(TAB_CONTACTS) == "Contacts and keys"


def test_a_received_pack_opens_from_the_file_menu_and_from_the_file_manager(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``sdapp NAME.sdpack`` (the desktop file's ``%f``) goes to the GUI launcher, which opens the
    pack once a vault is unlocked; the main window's File menu does the same for a chosen file."""
    from sdapp.cli import run
    from sdapp.gui.main import Launcher

    pack = own_pack(window.session.vault, tmp_path / "in")
    handed: list[list[str]] = []
    assert run([str(pack.path)], launch_gui=lambda argv: handed.append(argv) or 0) == 0
    assert handed == [["open-pack", str(pack.path)]]

    launcher = Launcher(window.prefs)
    launcher.pending_pack = pack.path
    launcher.show_welcome()
    assert launcher.welcome is not None
    launcher.welcome.show_pending_pack(pack.path)
    assert pack.path.name in launcher.welcome.pack_note.text()
    window.close()  # the launcher's window takes over the unlocked vault
    launcher.show_main(unlock(window.vault_path, passphrase=DEMO_PASSPHRASE))
    opened = launcher.windows[-1]
    qtbot.addWidget(opened)
    assert opened.current_section() == "packs"
    page = opened._pages["packs"]
    assert isinstance(page, PacksPage)
    assert page.open_dialog is not None
    assert page.open_dialog.opened is not None
    assert page.open_dialog.opened.manifest["pack_id"] == pack.sealed.manifest["pack_id"]
    assert launcher.pending_pack is None
    page.open_dialog.reject()
    settle()

    # File > Open a received pack… asks for the file, then opens it the same way
    assert opened.act_open_pack in opened.menu_file.actions()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(pack.path), ""))
    opened.act_open_pack.trigger()
    settle()
    assert page.open_dialog is not None
    assert page.open_dialog.opened is not None
    opened.lock()
    settle()
    assert not opened.act_open_pack.isEnabled()


# screenshots ----------------------------------------------------------------------------------------


def test_screenshots(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = window.session.vault
    page = packs_page(window)
    shoot(window, "40_briefings_copy_register_empty.png")
    page.tabs.setCurrentIndex(TAB_CONTACTS)
    shoot(window, "41_briefings_contacts_empty.png")
    page.tabs.setCurrentIndex(TAB_COPIES)
    contacts(vault, tmp_path, ("Griffie Tweede Kamer", "Tweede Kamer"), ("Anna Jansen", "Ministerie van BZ"),
             ("Pieter de Groot", "Ministerie van Defensie"))
    add_contact(vault, "CIP Tweede Kamer", "Centraal Informatiepunt", age_keygen(tmp_path, "cip")[1])
    addressees = [PackAddressee.from_contact(c) for c in vault.keys.contacts()]
    all_ids = tuple(r.id for r in vault.dependencies.rows())
    issued = issue(vault, tmp_path / "out", addressees[:3], all_ids[:12], "Stand van zaken kritieke grondstoffen")
    issue(vault, tmp_path / "out", addressees[1:], tuple(sorted(dep_ids(vault, GALLIUM))))
    with vault.transaction():
        vault.copies.set_status(issued[0].sealed.manifest["pack_id"], 1, "returned", "ingeleverd bij de CIP")
        vault.copies.set_status(issued[0].sealed.manifest["pack_id"], 2, "destroyed", "vernietigd, PV 2025-14")
    window.session.copiesChanged.emit()
    page.copies.select([(issued[0].sealed.manifest["pack_id"], 2)])
    page.copies.record_status(page.copies.selected_keys(), "returned", "")
    shoot(window, "40_briefings_copy_register.png")
    page.tabs.setCurrentIndex(TAB_CONTACTS)
    ensure_identity(vault)
    page.contacts.refresh()
    shoot(window, "41_briefings_contacts.png")
    add = page.contacts.open_add_dialog()
    add.name.setText("Kees Bakker")
    add.organisation.setText("Ministerie van EZ")
    add.recipient.setText("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqq")
    add.submit()
    shoot_dialog(add, "42_add_contact_error.png", (add.width(), add.sizeHint().height()))
    add.reject()

    composer = page.new_briefing()
    composer.dependencies_page.search.setText("g")
    composer.dependencies_page.model.set_checked(set(all_ids[:8]))
    shoot_dialog(composer, "43_composer_1_dependencies.png", (980, 700))
    composer.next()
    composer.content_page.title_edit.setText("Stand van zaken kritieke grondstoffen")
    shoot_dialog(composer, "43_composer_2_content.png", (980, 700))
    composer.next()
    composer.classification_page.set_level("ongerubriceerd")
    composer.classification_page.review.setChecked(True)
    shoot_dialog(composer, "43_composer_3_classification_refused.png", (980, 700))
    composer.classification_page.set_level(required_level(vault, composer.dependency_ids()).slug)
    composer.next()
    for name in ("Griffie Tweede Kamer", "Anna Jansen"):
        composer.addressees_page.check_contact(name)
    composer.addressees_page.folder.setText(str(tmp_path / "out"))
    shoot_dialog(composer, "43_composer_4_addressees.png", (980, 700))
    composer.addressees_page.by_passphrase.setChecked(True)
    composer.addressees_page.pass_name.setText("Kamerlid De Boer")
    composer.addressees_page.passphrase.setText("kort")
    shoot_dialog(composer, "43_composer_4_addressees_passphrase.png", (980, 700))
    composer.addressees_page.by_contacts.setChecked(True)
    composer.next()
    shoot_dialog(composer, "43_composer_5_preview.png", (980, 700))
    composer.next()
    shoot_dialog(composer, "43_composer_6_done.png", (980, 700))
    composer.accept()
    settle()

    own = own_pack(vault, tmp_path / "own", (GALLIUM, "Helium"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(own.path), ""))
    dialog = page.open_pack()
    assert dialog.opened is not None
    qtbot.wait(300)  # QPdfView renders pages asynchronously
    shoot_dialog(dialog, "44_open_pack.png", (1200, 800))
    qtbot.wait(300)
    shoot_dialog(dialog, "44_open_pack.png", (1200, 800))
    damaged = tmp_path / "damaged.sdpack"
    damaged.write_bytes(own.path.read_bytes()[:-40] + os.urandom(40))
    dialog.load(damaged)
    shoot_dialog(dialog, "44_open_pack_damaged.png", (1200, 800))

    opened = dialog.load(own.path) and dialog.opened
    assert opened
    stranger = seal(opened.files, {k: v for k, v in opened.manifest.items() if k not in ("files", "format",
                                                                                        "format_version")},
                    SecretKey.generate(), recipients=[ensure_identity(vault).age_recipient])
    unknown = tmp_path / "unknown.sdpack"
    unknown.write_bytes(stranger.data)
    assert dialog.load(unknown)
    qtbot.wait(300)
    shoot_dialog(dialog, "44_open_pack_unknown_signer.png", (1200, 800))
    (by_passphrase,) = issue(vault, tmp_path / "pp", [PackAddressee("Kamerlid De Boer", "Tweede Kamer",
                                                                    passphrase="lange zin voor het pakket")])
    assert not dialog.load(by_passphrase.path)
    shoot_dialog(dialog, "44_open_pack_passphrase.png", (1200, 800))
    dialog.reject()
