"""vault.assessments.matrix_history(): the stored versions of the risk matrix, for the settings dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sdapp.core.errors import ReferenceDataError
from sdapp.vault.vault import Created, Vault

MakeVault = Callable[..., Created]


@pytest.fixture
def vault(make_vault: MakeVault) -> Vault:
    return make_vault().vault


def test_a_new_vault_reports_the_national_default(vault: Vault) -> None:
    assert vault.assessments.matrix_history() == [(1, "", "sdapp")]
    assert vault.assessments.matrix_versions() == [1]


def test_every_saved_matrix_is_a_version_with_date_and_author(vault: Vault) -> None:
    repo = vault.assessments
    doc = repo.matrix().to_dict()
    doc["grid"]["E"]["A"] = "high"
    with vault.transaction():
        repo.save_matrix(doc)
    doc["risky_strategic"]["min_impact"] = "D"
    with vault.transaction():
        repo.save_matrix(doc)
    history = repo.matrix_history()
    assert [(v, author) for v, _created, author in history] == [(1, "sdapp"), (2, "anna"), (3, "anna")]
    assert [v for v, _c, _a in history] == repo.matrix_versions()
    stamps = [dt.datetime.fromisoformat(created) for _v, created, _a in history]
    assert all(s.tzinfo is not None for s in stamps)
    assert stamps == sorted(stamps)


def test_a_refused_matrix_adds_no_version(vault: Vault) -> None:
    repo = vault.assessments
    doc = repo.matrix().to_dict()
    doc["grid"]["E"]["A"] = "no-such-level"
    with pytest.raises(ReferenceDataError), vault.transaction():
        repo.save_matrix(doc)
    assert repo.matrix_history() == [(1, "", "sdapp")]
