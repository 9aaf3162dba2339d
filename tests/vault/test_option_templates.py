"""Option templates in the vault: users' edits stored as overrides in the encrypted config, the
defaults for everything else, audit entries; option bodies stored as sanitised Markdown."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from sdapp.core.errors import ReferenceDataError
from sdapp.core.model import ActionOption, new_id
from sdapp.core.option_templates import OptionTemplate
from sdapp.vault.options import TEMPLATES_KEY
from sdapp.vault.vault import Created, Vault
from tests.conftest import PASSPHRASE
from tests.vault.conftest import add_dep

MakeVault = Callable[..., Created]


@pytest.fixture
def vault(make_vault: MakeVault) -> Vault:
    return make_vault().vault


def stored_doc(v: Vault) -> dict[str, Any] | None:
    row = v.conn.execute("SELECT value, author FROM config WHERE key = ?", (TEMPLATES_KEY,)).fetchone()
    return None if row is None else {"doc": json.loads(row[0]), "author": row[1]}


def test_a_new_vault_uses_the_shipped_templates(vault: Vault) -> None:
    assert vault.options.template_overrides() == {}
    assert vault.options.templates() == vault.options.default_templates()
    t = vault.options.template("stockpiling", "en")
    assert t.language == "en"
    assert "## Background" in t.body
    assert t.prompts


def test_edits_are_stored_as_overrides_and_survive_reopening(make_vault: MakeVault, ref: Any) -> None:
    created = make_vault()
    v = created.vault
    default = v.options.template("stockpiling", "nl")
    edited = OptionTemplate("stockpiling", "nl", (*default.prompts, "Wat kost opslag per jaar?"), default.body,
                            default.legal_basis, default.risks)
    with v.transaction():
        v.options.save_templates([edited, v.options.template("monitoring", "nl")])  # the second is unchanged
    saved = stored_doc(v)
    assert saved is not None
    assert saved["author"] == "anna"
    assert [t["category"] for t in saved["doc"]["templates"]] == ["stockpiling"]  # only the real change
    assert [e for e in v.audit.entries(limit=5) if e.action == "templates-saved"]
    path = v.path
    v.close(backup=False)
    again = Vault.unlock(path, ref, passphrase=PASSPHRASE)
    try:
        assert again.options.template("stockpiling", "nl").prompts[-1] == "Wat kost opslag per jaar?"
        assert again.options.template("stockpiling", "en") == again.options.default_templates()[("stockpiling",
                                                                                                  "en")]
        # reset: saving the default again removes the override
        with again.transaction():
            again.options.save_templates([again.options.default_templates()[("stockpiling", "nl")]])
        assert again.options.template_overrides() == {}
        assert again.check() == []
    finally:
        again.close(backup=False)


def test_a_bad_template_is_refused_and_nothing_stored(vault: Vault) -> None:
    bad = OptionTemplate("stockpiling", "nl", tuple(f"vraag {i}" for i in range(30)))
    with pytest.raises(ReferenceDataError, match="at most 20"), vault.transaction():
        vault.options.save_templates([bad])
    assert stored_doc(vault) is None


def test_option_bodies_are_stored_as_sanitised_markdown(vault: Vault) -> None:
    dep = add_dep(vault)
    body = f"## Kop\n\n**vet** ![x](file:///etc/passwd) <script>x</script> [dep](sdapp:dependency/{dep.id})"
    o = ActionOption(id=new_id(), dependency_id=dep.id, title="Monitoring", category="monitoring", rung=1,
                     lead_ministry="EZ", body=body)
    with vault.transaction():
        vault.options.save(o)
    body = vault.options.get(o.id).body
    assert body.startswith("## Kop\n\n**vet** x ")
    assert "file://" not in body
    assert "\\<script\\>" in body
    assert f"[dep](sdapp:dependency/{dep.id})" in body
    with vault.transaction():
        assert vault.options.save(vault.options.get(o.id)) is False  # sanitising twice changes nothing
