"""``sdapp matrix`` and the assessment columns of ``sdapp register export``."""

from __future__ import annotations

import csv
import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.cli.conftest import CliVault, Result, assert_ok, assert_refused, assert_usage


def matrix(vault: CliVault, *args: str | Path) -> Result:
    """``sdapp matrix VAULT ARGS`` unlocked with the passphrase file."""
    return vault.run("matrix", vault.path, *args, "--passphrase-file", vault.passphrase_file)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_matrix_png_is_wide_and_audited(demo_vault: CliVault) -> None:
    out = demo_vault.home / "matrix.png"
    result = assert_ok(matrix(demo_vault, "--out", out))
    assert "45 dependencies" in result.out
    width, height = png_size(out)
    assert width >= 1600
    assert height > 1000
    assert "export" in demo_vault.audit_actions()


def test_matrix_residual_svg_in_english(demo_vault: CliVault) -> None:
    out = demo_vault.home / "residual.svg"
    assert_ok(matrix(demo_vault, "--out", out, "--risk", "residual", "--language", "en"))
    root = ET.parse(out).getroot()  # noqa: S314 - our own output
    assert root.tag.endswith("svg")
    text = out.read_text(encoding="utf-8")
    assert "Risk matrix: residual risk" in text


def test_matrix_refuses_bad_targets(demo_vault: CliVault) -> None:
    assert_refused(matrix(demo_vault, "--out", demo_vault.home / "m.pdf"), ".png or .svg")
    assert_refused(matrix(demo_vault, "--out", demo_vault.home / "m.png",
                                  "--width", "800"), "1600")
    assert_usage(matrix(demo_vault, "--out", demo_vault.home / "m.png",
                                "--risk", "worst"))
    assert not (demo_vault.home / "m.png").exists()


def test_register_export_has_latest_assessment_columns_that_import_ignores(demo_vault: CliVault) -> None:
    out = demo_vault.home / "register.csv"
    assert_ok(demo_vault.cmd("register", "export", out))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"likelihood", "impact", "risk_level", "risky_strategic", "residual_risk"} <= set(rows[0])
    assessed = [r for r in rows if r["likelihood"]]
    assert len(assessed) == len(rows)
    assert all(r["risk_level"] in {"low", "medium", "high", "very-high"} for r in assessed)
    result = assert_ok(demo_vault.cmd("register", "import", out))
    assert f"unchanged={len(rows)}" in result.out
    as_json = demo_vault.home / "register.json"
    assert_ok(demo_vault.cmd("register", "export", as_json))
    items = json.loads(as_json.read_text(encoding="utf-8"))["dependencies"]
    assert all(item["latest_assessment"]["likelihood"] for item in items)


def test_risk_matrix_edit_makes_a_new_version_and_bad_files_are_refused(demo_vault: CliVault) -> None:
    shown = assert_ok(demo_vault.cmd("risk", "show-matrix")).out
    doc = json.loads(shown)
    assert doc["version"] == 1
    doc["risk_levels"][0]["label"]["nl"] = "Gering"
    edited = demo_vault.home / "matrix.json"
    edited.write_text(json.dumps(doc), encoding="utf-8")
    assert "version 2" in assert_ok(demo_vault.cmd("risk", "set-matrix", edited)).out
    again = json.loads(assert_ok(demo_vault.cmd("risk", "show-matrix")).out)
    assert again["version"] == 2
    assert again["risk_levels"][0]["label"]["nl"] == "Gering"
    del doc["grid"]["C"]["C"]
    edited.write_text(json.dumps(doc), encoding="utf-8")
    assert_refused(demo_vault.cmd("risk", "set-matrix", edited), "impact C x likelihood C")
    assert json.loads(assert_ok(demo_vault.cmd("risk", "show-matrix")).out)["version"] == 2
