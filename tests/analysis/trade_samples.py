"""Small trade files the tests make themselves, in every supported format, with the figures a
person can check by hand.

The canonical content (imports and exports of the Netherlands):

- 85423190, 2023, import: CN 500, TW 300, US 100, DE 50, FR 50 (+ World 1000, left out)
  -> total 1000; HHI 0.25+0.09+0.01+0.0025+0.0025 = 0.355; top-1 CN 0.5; top-3 0.9;
  extra-EU 0.9; 5 partners; relation strained (CN) 0.5.
- 85423190, 2022, import: CN 400, TW 400, not specified 200
  -> total 1000; HHI 0.32; top-1 CN 0.4 (tie with TW, CN first by code); top-3 0.8;
  extra-EU 0.8; unspecified 0.2; 2 partners.
- 85423111, 2023, import: KR 100 (so HS6 854231 in 2023 has total 1100).
- 85423190, 2023, export: DE 80, BE 20 -> HHI 0.68, top-1 DE 0.8, extra-EU 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl


@dataclass(frozen=True)
class Row:
    partner: str  # alpha-2, or WORLD / ZZ (not specified)
    product: str
    flow: str  # import | export
    year: int
    value: float
    kg: float | None = None


ROWS = [
    Row("CN", "85423190", "import", 2023, 500, 10),
    Row("TW", "85423190", "import", 2023, 300, 6),
    Row("US", "85423190", "import", 2023, 100, None),
    Row("DE", "85423190", "import", 2023, 50, 1),
    Row("FR", "85423190", "import", 2023, 50, 1),
    Row("WORLD", "85423190", "import", 2023, 1000, 18),
    Row("CN", "85423190", "import", 2022, 400, 8),
    Row("TW", "85423190", "import", 2022, 400, 8),
    Row("ZZ", "85423190", "import", 2022, 200, 4),
    Row("KR", "85423111", "import", 2023, 100, 2),
    Row("DE", "85423190", "export", 2023, 80, 2),
    Row("BE", "85423190", "export", 2023, 20, 1),
]

ALPHA3 = {"CN": "CHN", "TW": "TWN", "US": "USA", "DE": "DEU", "FR": "FRA", "KR": "KOR", "BE": "BEL", "NL": "NLD",
          "WORLD": "W00", "ZZ": "_X", "GR": "GRC"}
NUMERIC = {"CN": "156", "TW": "158", "US": "840", "DE": "276", "FR": "250", "KR": "410", "BE": "056", "NL": "528",
           "WORLD": "0", "ZZ": "QU"}

# (product, year, flow) -> expected metrics, computed by hand (see the module docstring)
EXPECTED = {
    ("85423190", 2023, "import"): dict(partners=5, hhi=0.355, top1_partner="CN", top1_share=0.5, top3_share=0.9,
                                       extra_eu_share=0.9),
    ("85423190", 2022, "import"): dict(partners=2, hhi=0.32, top1_partner="CN", top1_share=0.4, top3_share=0.8,
                                       extra_eu_share=0.8),
    ("85423190", 2023, "export"): dict(partners=2, hhi=0.68, top1_partner="DE", top1_share=0.8, top3_share=1.0,
                                       extra_eu_share=0.0),
}
# HS6 854231, 2023 imports: the 85423190 figures plus KR 100 (total 1100)
HS6_2023 = dict(partners=6, hhi=365000 / 1100**2, top1_partner="CN", top1_share=500 / 1100,
                top3_share=900 / 1100, extra_eu_share=1000 / 1100)


def _number(value: float | None, decimal_comma: bool) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}" if decimal_comma else (str(int(value)) if value == int(value) else str(value))
    return text.replace(".", ",") if decimal_comma else text


def comext_lines(reporter: str = "NL", decimal_comma: bool = False, rows: list[Row] = ROWS) -> list[list[str]]:
    header = ["DECLARANT", "DECLARANT_ISO", "PARTNER", "PARTNER_ISO", "TRADE_TYPE", "PRODUCT_NC", "FLOW",
              "STAT_REGIME", "PERIOD", "VALUE_IN_EUROS", "QUANTITY_IN_KG"]
    out = [header]
    for r in rows:
        partner = {"WORLD": "WORLD", "ZZ": "QU", "GR": "EL"}.get(r.partner, r.partner)
        out.append(["003", reporter, "999", partner, "E" if r.partner in ("DE", "FR", "BE") else "X", r.product,
                    "1" if r.flow == "import" else "2", "4", f"{r.year}52", _number(r.value, decimal_comma),
                    _number(r.kg, decimal_comma)])
    return out


def comtrade_lines(rows: list[Row] = ROWS) -> list[list[str]]:
    header = ["typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "reporterCode", "reporterISO",
              "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "cmdCode",
              "cmdDesc", "netWgt", "primaryValue"]
    out = [header]
    for r in rows:
        out.append(["C", "A", f"{r.year}0101", str(r.year), "52", "528", "NLD", "Netherlands (Nederländer)",
                    "M" if r.flow == "import" else "X", "Import" if r.flow == "import" else "Export", "0",
                    ALPHA3[r.partner], "Côte, «partner»", r.product, "Electronic integrated circuits; €",
                    _number(r.kg, False), _number(r.value, False)])
    return out


def generic_lines(decimal_comma: bool = False, numeric: bool = False, rows: list[Row] = ROWS) -> list[list[str]]:
    out = [["reporter", "partner", "product", "flow", "year", "value_eur", "quantity_kg"]]
    for r in rows:
        partner = NUMERIC[r.partner] if numeric else {"WORLD": "WORLD", "ZZ": "ZZ"}.get(r.partner, r.partner)
        out.append(["528" if numeric else "NL", partner, r.product, r.flow, str(r.year),
                    _number(r.value, decimal_comma), _number(r.kg, decimal_comma)])
    return out


def write_csv(path: Path, lines: list[list[str]], delimiter: str = ",", encoding: str = "utf-8",
              newline: str = "\n", quote_all: bool = False) -> Path:
    def cell(text: str) -> str:
        if quote_all or delimiter in text or '"' in text or "\n" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    text = newline.join(delimiter.join(cell(c) for c in line) for line in lines) + newline
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, lines: list[list[str]], numeric_cells: bool = True, sheet: str = "Data") -> Path:
    """Cells that look like numbers are written as numbers (as Excel stores them), so product
    codes lose leading zeros and years come as 2023 (a number), like real spreadsheets."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for i, line in enumerate(lines):
        if i == 0 or not numeric_cells:
            ws.append(line)
            continue
        row: list[object] = []
        for c in line:
            try:
                row.append(int(c) if c.isdigit() else float(c))
            except ValueError:
                row.append(c if c != "" else None)
        ws.append(row)
    wb.save(path)
    return path
