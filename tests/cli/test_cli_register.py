"""``sdapp register ...`` and ``sdapp demo``: export, import (all or nothing), list."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.cli.conftest import (
    DEMO_PASSPHRASE,
    CliVault,
    Made,
    assert_ok,
    assert_refused,
    copy_vault,
    run_cli,
)

# demo --------------------------------------------------------------------------------------


def test_demo_creates_a_vault_with_the_passphrase_on_screen(demo_template: Made) -> None:
    made = demo_template
    assert "created" in made.result.out
    assert str(made.vault.path) in made.result.out
    assert "'demo'" in made.result.out
    assert (made.vault.path / "keyslots.json").is_file()


def test_demo_vault_lists_at_least_30_dependencies(demo_vault: CliVault) -> None:
    assert demo_vault.passphrase_file.read_text(encoding="utf-8").strip() == DEMO_PASSPHRASE
    rows = demo_vault.list_rows()
    assert len(rows) >= 30
    assert all(len(r.split("\t")) == 5 for r in rows)
    names = [r.split("\t")[1] for r in rows]
    assert len(set(names)) == len(names)
    assert_ok(demo_vault.cmd("vault", "check"))


def test_demo_again_reuses_the_vault(demo_vault: CliVault) -> None:
    before = (demo_vault.path / "keyslots.json").read_bytes()
    result = assert_ok(demo_vault.run("demo", demo_vault.path, "--no-gui"))
    assert result.out.startswith("using demo vault")
    assert (demo_vault.path / "keyslots.json").read_bytes() == before


def test_demo_without_a_path_goes_to_home(tmp_path: Path) -> None:
    result = assert_ok(run_cli(tmp_path, "demo", "--no-gui"))
    target = tmp_path / "sdapp-demo.sdvault"
    assert str(target) in result.out
    assert (target / "keyslots.json").is_file()


# export / import round trips -----------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_demo(demo_template: Made, tmp_path_factory: pytest.TempPathFactory) -> CliVault:
    """One demo copy for read-only use by this module's tests (exports only)."""
    return copy_vault(demo_template.vault, tmp_path_factory.mktemp("cli-shared-demo"))


def _export(v: CliVault, name: str) -> Path:
    out = v.home / name
    result = assert_ok(v.cmd("register", "export", out))
    assert result.out.startswith("exported ")
    assert result.out.strip().endswith(str(out))
    assert out.is_file()
    return out


@pytest.fixture(scope="module")
def demo_rows(shared_demo: CliVault) -> list[str]:
    return shared_demo.list_rows()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_export_then_import_into_a_fresh_vault_gives_the_same_register(
    suffix: str, shared_demo: CliVault, demo_rows: list[str], vault: CliVault, demo_reference_json: str
) -> None:
    exported = _export(shared_demo, f"register{suffix}")
    count = len(json.loads(demo_reference_json)["dependencies"])

    result = assert_ok(vault.cmd("register", "import", exported))
    assert f"imported {count} rows: created={count} updated=0 unchanged=0" in result.out
    assert vault.list_rows() == demo_rows
    # Assessments travel by exchange packs, not register files: compare the register part.
    assert register_part(vault.export_json()) == register_part(demo_reference_json)

    again = assert_ok(vault.cmd("register", "import", exported))
    assert f"created=0 updated=0 unchanged={count}" in again.out
    if suffix == ".json":
        assert vault.audit_actions().count("import") == 2


def register_part(export_json: str) -> dict[str, object]:
    doc = json.loads(export_json)
    for item in doc["dependencies"]:
        item.pop("latest_assessment", None)
    return doc


def test_export_formats_look_right(shared_demo: CliVault, demo_reference_json: str) -> None:
    doc = json.loads(demo_reference_json)
    assert doc["format"] == "sdapp-register"
    n = len(doc["dependencies"])
    assert n >= 30

    rows = list(csv.reader(io.StringIO(_export(shared_demo, "look.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["id", "name", "kind", "domain"]
    assert len(rows) == n + 1

    wb = openpyxl.load_workbook(_export(shared_demo, "look.xlsx"), read_only=True)
    try:
        ws = wb.worksheets[0]
        header = next(ws.iter_rows(min_row=1, max_row=1, values_only=True))
        assert list(header[:4]) == ["id", "name", "kind", "domain"]
        assert sum(1 for _ in ws.iter_rows(min_row=2, values_only=True)) == n
    finally:
        wb.close()
    assert "export" in shared_demo.audit_actions()


def test_export_refuses_unknown_suffix_and_unwritable_target(shared_demo: CliVault) -> None:
    home = shared_demo.home
    assert_refused(shared_demo.cmd("register", "export", home / "register.txt"), ".txt")
    assert not (home / "register.txt").exists()
    assert_refused(shared_demo.cmd("register", "export", home / "missing" / "register.json"), "register.json")


# import: all or nothing -------------------------------------------------------------------------


def _bad_csv(reference: str, home: Path) -> Path:
    deps = json.loads(reference)["dependencies"]
    out = home / "bad.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "kind", "domain"])
        writer.writerow([deps[0]["id"], "A VALID RENAME", deps[0]["kind"], deps[0]["domain"]])  # row 2: fine
        writer.writerow([deps[1]["id"], deps[1]["name"], "spaceship", deps[1]["domain"]])  # row 3: bad kind
        writer.writerow(["", "A VALID NEW RECORD", deps[2]["kind"], deps[2]["domain"]])  # row 4: fine
    return out


def _bad_xlsx(reference: str, home: Path) -> Path:
    deps = json.loads(reference)["dependencies"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "name", "kind", "domain", "import_reliance"])
    ws.append([deps[0]["id"], "A VALID RENAME", deps[0]["kind"], deps[0]["domain"], 50])  # row 2
    ws.append(["", "A VALID NEW RECORD", deps[2]["kind"], deps[2]["domain"], 10])  # row 3
    ws.append([deps[1]["id"], deps[1]["name"], deps[1]["kind"], deps[1]["domain"], "lots"])  # row 4: bad
    out = home / "bad.xlsx"
    wb.save(out)
    return out


def _bad_json(reference: str, home: Path) -> Path:
    doc = json.loads(reference)
    doc["dependencies"][0]["name"] = "A VALID RENAME"  # item 1: fine
    del doc["dependencies"][1]["name"]  # item 2: required field missing
    out = home / "bad.json"
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.parametrize(("make", "row", "column"), [
    (_bad_csv, 3, "kind"),
    (_bad_xlsx, 4, "import_reliance"),
    (_bad_json, 2, "name"),
], ids=["csv", "xlsx", "json"])
def test_import_with_a_bad_row_names_it_and_changes_nothing(
    make: Callable[[str, Path], Path], row: int, column: str, demo_vault: CliVault, demo_reference_json: str
) -> None:
    bad = make(demo_reference_json, demo_vault.home)
    line = assert_refused(demo_vault.cmd("register", "import", bad))
    assert f"row {row}" in line, line
    assert column in line, line
    assert json.loads(demo_vault.export_json()) == json.loads(demo_reference_json)


def test_import_refuses_files_that_are_not_registers(demo_vault: CliVault) -> None:
    home = demo_vault.home
    (home / "notes.txt").write_text("hello\n", encoding="utf-8")
    (home / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (home / "other.json").write_text('{"format": "something-else"}', encoding="utf-8")
    (home / "empty.csv").write_text("", encoding="utf-8")
    lines = {
        assert_refused(demo_vault.cmd("register", "import", home / "notes.txt"), ".txt"),
        assert_refused(demo_vault.cmd("register", "import", home / "missing.csv"), "missing.csv"),
        assert_refused(demo_vault.cmd("register", "import", home / "junk.xlsx"), "junk.xlsx"),
        assert_refused(demo_vault.cmd("register", "import", home / "other.json"), "other.json"),
        assert_refused(demo_vault.cmd("register", "import", home / "empty.csv"), "empty"),
    }
    assert len(lines) == 5


def test_import_needs_the_right_passphrase(vault: CliVault, shared_demo: CliVault) -> None:
    exported = _export(shared_demo, "for-wrong-pass.json")
    wrong = vault.home / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    result = vault.run("register", "import", vault.path, exported, "--passphrase-file", wrong)
    assert_refused(result, "wrong passphrase")
