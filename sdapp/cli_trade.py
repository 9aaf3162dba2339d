"""``sdapp trade ...`` and ``sdapp stress``: trade-data import, concentration, stress tests.

Output tables are CSV (default, with a header) or tab-separated; shares are fractions 0-1
and countries ISO alpha-2. A refused import writes its validation report to standard error
(one line per problem) and exits 1; nothing is stored then.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sdapp.cli_common import Failure, emit, open_vault, unlocking
from sdapp.core.errors import ValidationError

CONCENTRATION_COLUMNS = ("product", "year", "flow", "partners", "hhi", "top1_partner", "top1_share", "top3_share",
                         "extra_eu_share")


def _write_table(columns: Sequence[str], rows: Sequence[Sequence[str]], fmt: str) -> None:
    from sdapp.analysis.register_files import neutralise

    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([neutralise(cell) for cell in row] for row in rows)
    else:
        for row in rows:
            emit("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))


def fraction(value: float) -> str:
    """A share as a plain decimal with up to 9 places (no exponent, no trailing zeros)."""
    text = f"{value:.9f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


# trade import ----------------------------------------------------------------------------------


def trade_import(args: argparse.Namespace) -> int:
    from sdapp.analysis.trade_formats import TradeFileError
    from sdapp.analysis.trade_store import TradeImportRefused, import_trade_file

    path = Path(args.file)
    if not path.is_file():
        raise Failure(f"{args.file}: no such file")
    with open_vault(args) as vault:
        try:
            result = import_trade_file(vault, path, args.format, good_rows_only=args.good_rows_only)
        except TradeImportRefused as exc:
            sys.stderr.write("\n".join(exc.report.lines()) + "\n")
            raise Failure(f"{exc} (use --good-rows-only to import only the good rows)") from exc
        except TradeFileError as exc:
            raise Failure(str(exc)) from exc
    if result.already_imported:
        emit(f"0 rows imported: {path.name} was imported already ({result.file.rows} rows, "
             f"{result.file.imported_at[:10]} by {result.file.author})")
        return 0
    report = result.report
    if report.bad_rows:
        sys.stderr.write("\n".join(report.lines()) + "\n")
    extra = []
    if report.bad_rows:
        extra.append(f"{report.bad_rows} bad row{'s' * (report.bad_rows != 1)} left out")
    if report.left_out:
        extra.append(report.left_out_text())
    plural = "s" * (result.rows != 1)
    emit(f"{result.rows} row{plural} imported from {path.name} ({report.format})"
         + (f"; {'; '.join(extra)}" if extra else ""))
    return 0


def trade_files(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        files = vault.trade.files()
    for f in files:
        emit(f"{f.id}\t{f.name}\t{f.format}\t{f.rows}\t{f.imported_at[:19]}\t{f.author}\t{f.sha256}")
    return 0


# concentration -------------------------------------------------------------------------------


def trade_concentration(args: argparse.Namespace) -> int:
    from sdapp.analysis.concentration import product_concentration
    from sdapp.core.trade import product_code

    code = product_code(args.product)
    if code.kind != "ok":
        raise Failure(f"--product: {code.reason or 'not a product code'}")
    reporter = None
    with open_vault(args) as vault:
        if args.reporter:
            country = vault.ref.country(args.reporter)
            if country is None and args.reporter.strip().upper() != "EU":
                raise Failure(f"--reporter: {args.reporter!r} is not a known country code")
            reporter = country.alpha2 if country else "EU"
        table = product_concentration(vault, code.code, year=args.year, flow=args.flow, reporter=reporter)
    if table.empty:
        what = ", ".join(x for x in (args.flow, str(args.year) if args.year else "", reporter or "") if x)
        raise Failure(f"no trade data for product {code.code}" + (f" ({what})" if what else ""))
    rows = [[str(r.product), str(r.year), str(r.flow), str(r.partners), fraction(r.hhi), str(r.top1_partner),
             fraction(r.top1_share), fraction(r.top3_share), fraction(r.extra_eu_share)]
            for r in table.itertuples(index=False)]
    _write_table(CONCENTRATION_COLUMNS, rows, args.format)
    return 0


# stress test -----------------------------------------------------------------------------------


def stress(args: argparse.Namespace) -> int:
    from sdapp.analysis.stress import COLUMNS, result_table, run_stress
    from sdapp.core.trade import Scenario, new_scenario_id, parse_country_losses, validate_scenario

    if not args.country and not args.scenario:
        raise Failure("name at least one --country (or a saved --scenario)")
    if args.country and args.scenario:
        raise Failure("give either --country or --scenario, not both")
    if not 0 < args.loss <= 100:
        raise Failure("--loss must be more than 0 and at most 100 (percent)")
    with open_vault(args) as vault:
        if args.scenario:
            scenario = vault.trade.scenario(args.scenario)
        else:
            try:
                losses = parse_country_losses(args.country, args.loss, vault.ref)
            except ValidationError as exc:
                raise Failure(f"--{exc.field}: {exc.reason}") from exc
            scenario = Scenario(new_scenario_id(), "command line", losses)
            errors = validate_scenario(scenario, vault.ref)
            if errors:
                raise Failure(f"--country: {errors[0].reason}")
        rows = run_stress(vault, scenario.loss_map())
    _write_table(COLUMNS, result_table(rows), args.format)
    return 0


def _year(text: str) -> int:
    if not text.isdigit() or not 1950 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


def _percent(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a percentage: {text!r}") from None


def add_commands(sub: Any) -> None:
    trade = sub.add_parser("trade", help="trade data: import, list, concentration").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(trade, "import", "import a Comext, Comtrade or generic CSV/XLSX file (all or nothing)",
                  trade_import)
    p.add_argument("file")
    p.add_argument("--format", choices=("comext", "comtrade", "generic"), help="skip format detection")
    p.add_argument("--good-rows-only", action="store_true", help="import the good rows when some rows are bad")
    unlocking(trade, "files", "list the imported trade files", trade_files)
    p = unlocking(trade, "concentration", "supply concentration of one product per year and flow",
                  trade_concentration)
    p.add_argument("--product", required=True, metavar="CODE", help="HS/CN code; every stored code under it counts")
    p.add_argument("--year", type=_year)
    p.add_argument("--flow", choices=("import", "export"))
    p.add_argument("--reporter", metavar="ISO", help="only this reporting country (default: every reporter)")
    p.add_argument("--format", choices=("csv", "tsv"), default="csv")

    p = unlocking(sub, "stress", "country-disruption stress test: dependencies ranked by lost supply", stress)
    p.add_argument("--country", action="append", default=[], metavar="ISO2[=PERCENT]",
                   help="a country whose supply is lost (repeat; CN=50 sets its own loss)")
    p.add_argument("--loss", type=_percent, default=100.0, metavar="PERCENT",
                   help="loss for countries without their own (default 100)")
    p.add_argument("--scenario", metavar="NAME", help="run a saved scenario instead")
    p.add_argument("--format", choices=("csv", "tsv"), default="csv")
