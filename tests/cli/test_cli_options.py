"""``sdapp options list``: the action options as CSV (columns, counts on the demo vault,
formula neutralisation) or tab-separated lines."""

from __future__ import annotations

import csv
import io

from sdapp.assets import load_reference
from sdapp.core.model import ActionOption, new_id
from sdapp.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, CliVault, assert_ok, assert_refused
from tests.vault.conftest import add_dep

COLUMNS = ["id", "dependency_id", "title", "category", "rung", "status", "lead_ministry", "cost_range",
           "expected_effect", "changed_since_agreement"]


def csv_rows(v: CliVault) -> list[dict[str, str]]:
    out = assert_ok(v.cmd("options", "list", "--format", "csv")).out
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == COLUMNS
    return list(reader)


def test_demo_options_as_csv(demo_vault: CliVault) -> None:
    rows = csv_rows(demo_vault)
    assert len(rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["category"] for r in rows}) >= 6
    assert len({r["status"] for r in rows}) >= 4
    assert {r["changed_since_agreement"] for r in rows} == {"yes", "no"}
    assert all(r["rung"] in {"1", "2", "3", "4", "5", "6"} for r in rows)
    assert all(r["expected_effect"].startswith("likelihood -") for r in rows)
    assert all(r["cost_range"] for r in rows)
    deps = {line.split("\t")[0] for line in demo_vault.list_rows()}
    assert {r["dependency_id"] for r in rows} <= deps
    changed = [r for r in rows if r["changed_since_agreement"] == "yes"]
    assert all(r["status"] in ("agreed", "in-briefing") for r in changed)


def test_tab_separated_is_the_default(demo_vault: CliVault) -> None:
    lines = assert_ok(demo_vault.cmd("options", "list")).out_lines
    assert len(lines) == len(csv_rows(demo_vault))
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def test_an_empty_vault_lists_only_the_header(vault: CliVault) -> None:
    assert assert_ok(vault.cmd("options", "list", "--format", "csv")).out_lines == [",".join(COLUMNS)]


def test_formulas_are_neutralised(vault: CliVault) -> None:
    v = Vault.unlock(vault.path, load_reference(), passphrase=PASSPHRASE)
    try:
        dep = add_dep(v)
        with v.transaction():
            v.options.save(ActionOption(id=new_id(), dependency_id=dep.id, title="=HYPERLINK(\"http://x\")",
                                        category="monitoring", rung=1, lead_ministry="EZ"))
    finally:
        v.close(backup=False)
    rows = csv_rows(vault)
    assert [r["title"] for r in rows] == ["'=HYPERLINK(\"http://x\")"]
    assert rows[0]["status"] == "concept"
    assert rows[0]["changed_since_agreement"] == "no"


def test_a_wrong_passphrase_is_refused(demo_vault: CliVault) -> None:
    demo_vault.passphrase_file.write_text("wrong\n", encoding="utf-8")
    assert_refused(demo_vault.cmd("options", "list", "--format", "csv"), "passphrase")
