"""The copy register as a spreadsheet (XLSX or CSV), for the registry office's paper trail."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sdapp.analysis.register_files import write_table
from sdapp.vault.copies import IssuedCopy

COLUMNS = ("pack_id", "copy_number", "copies", "kind", "title", "addressee", "organisation", "recipient",
           "classification", "issued_at", "issued_by", "file_name", "sealed_sha256", "manifest_sha256", "status",
           "status_at", "status_by", "status_note")


def write_copy_register(path: Path, copies: Sequence[IssuedCopy], marking: str = "") -> None:
    """Every issued copy, one row each; formulas neutralised, written atomically."""
    rows = [[getattr(c, name) for name in COLUMNS] for c in copies]
    write_table(path, COLUMNS, rows, sheet="Copy register", marking=marking,
                widths=[38, 8, 8, 10, 40, 28, 24, 20, 18, 26, 14, 50, 66, 66, 10, 26, 14, 30])
