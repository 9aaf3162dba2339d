"""Concentration of supply per product, flow and year, from the stored trade rows.

Shares are fractions of the product's total value in that year and flow, over all
reporters in the data (or one). World/EU aggregates never reach this module (left out at
import). Partners "not specified" (ZZ) count in the total but not as a partner: HHI,
top-1/top-3 and the relation shares are then lower bounds, as for register shares
(:mod:`sdapp.core.indicators`). Vectorised: the whole-vault table for five million rows is
a few group-bys, not a Python loop per product.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from sdapp.analysis.trade_store import iter_batches, load_rows, summed_values
from sdapp.core.indicators import PRECISION
from sdapp.core.model import Dependency
from sdapp.core.reference import ReferenceData
from sdapp.core.trade import FLOW_CODE, FLOW_NAME, NOT_SPECIFIED, dependency_codes
from sdapp.vault.vault import Vault

METRIC_COLUMNS = ["product", "year", "flow", "partners", "hhi", "top1_partner", "top1_share", "top3_share",
                  "extra_eu_share"]
LEVELS = (2, 4, 6, 8)
GROUP = ["product", "year", "flow"]
YEAR_BASE, YEAR_SPAN = 1900, 256


def _select(rows: pd.DataFrame, *, reporter: str | None = None, flow: str | None = None,
            year: int | None = None) -> pd.DataFrame:
    mask = np.ones(len(rows), dtype=bool)
    if reporter:
        mask &= (rows["reporter"] == reporter).to_numpy()
    if flow:
        mask &= rows["flow"].to_numpy() == FLOW_CODE[flow]
    if year is not None:
        mask &= rows["year"].to_numpy() == year
    return rows if mask.all() else rows[mask]


def _product_key(products: pd.Series, product: str | None, level: int | None) -> pd.Categorical:
    """Each row's product at the requested level: one given code (all rows under it), the first
    ``level`` digits, or the code as imported."""
    cat = products.cat
    if product is not None:
        return pd.Categorical.from_codes(np.zeros(len(products), dtype=np.int8), categories=[product])
    if level is None:  # drop unused codes in O(n) (remove_unused_categories sorts)
        codes = cat.codes.to_numpy()
        present = np.flatnonzero(np.bincount(codes, minlength=len(cat.categories)))
        lookup = np.zeros(max(len(cat.categories), 1), dtype=np.int64)
        lookup[present] = np.arange(len(present))
        return pd.Categorical.from_codes(lookup[codes], categories=cat.categories[present], validate=False)
    cut = np.array([str(c)[:level] for c in cat.categories], dtype=object)
    names, inverse = np.unique(cut, return_inverse=True) if len(cut) else (np.array([], dtype=object), cut)
    codes = inverse[cat.codes.to_numpy()] if len(cut) else np.array([], dtype=np.int64)
    return pd.Categorical.from_codes(codes, categories=pd.Index(names, dtype=object), validate=False)


def partner_values(rows: pd.DataFrame, *, product: str | None = None, level: int | None = None,
                   reporter: str | None = None, flow: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Value per product, year, flow and partner (rows already resolved, see trade_store).

    Grouped on one integer key per row (a hash of four small integers), which is several times
    faster than a group-by over four columns."""
    rows = _select(rows, reporter=reporter, flow=flow, year=year)
    if product is not None:
        rows = rows[_starts_with(rows["product"], (product,))]
    if rows.empty:
        return pd.DataFrame({"product": pd.Categorical([]), "year": pd.Series(dtype=np.int64),
                             "flow": pd.Series(dtype=np.int64), "partner": pd.Categorical([]),
                             "value": pd.Series(dtype=np.float64)})
    products = _product_key(rows["product"], product, level)
    partners = pd.Categorical(rows["partner"])
    pk = products.codes.astype(np.int64)
    pt = partners.codes.astype(np.int64)
    yr = rows["year"].to_numpy().astype(np.int64) - YEAR_BASE
    fl = rows["flow"].to_numpy().astype(np.int64)
    n_partners = max(len(partners.categories), 1)
    key = ((pk * YEAR_SPAN + yr) * 4 + fl) * n_partners + pt
    codes, uniques = pd.factorize(key)
    value = np.bincount(codes, weights=rows["value"].to_numpy(), minlength=len(uniques))
    uniques = np.asarray(uniques)
    pt_u = uniques % n_partners
    rest = uniques // n_partners
    fl_u = rest % 4
    rest //= 4
    return pd.DataFrame({
        "product": pd.Categorical.from_codes(rest // YEAR_SPAN, categories=products.categories, validate=False),
        "year": rest % YEAR_SPAN + YEAR_BASE, "flow": fl_u,
        "partner": pd.Categorical.from_codes(pt_u, categories=partners.categories, validate=False),
        "value": value})


def _starts_with(products: pd.Series, prefixes: Sequence[str]) -> np.ndarray:
    wanted = np.array([str(c).startswith(tuple(prefixes)) for c in products.cat.categories], dtype=bool)
    codes = products.cat.codes.to_numpy()
    return wanted[codes] if len(wanted) else np.zeros(len(products), dtype=bool)


def _rank_order(group: np.ndarray, share: np.ndarray, code_rank: np.ndarray) -> np.ndarray:
    """Row order by group, then share (largest first), then partner code.

    One argsort of a packed 63-bit key (group 22 bits, share 31 bits, code 10 bits) instead of
    np.lexsort, which takes ten times longer on a million rows. Shares closer than 5e-10 count
    as equal and are ordered by code. Falls back to lexsort beyond 4 million groups."""
    if len(group) and int(group.max()) >= 1 << 22:
        return np.lexsort((code_rank, -share, group))
    quantised = np.round((1.0 - np.clip(share, 0.0, 1.0)) * ((1 << 31) - 1)).astype(np.int64)
    key = (group.astype(np.int64) << 41) | (quantised << 10) | code_rank.astype(np.int64)
    return np.argsort(key)


def _categorical(column: pd.Series) -> pd.Categorical:
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.array  # type: ignore[return-value]
    return pd.Categorical(column.astype(str))


def concentration(values: pd.DataFrame, ref: ReferenceData) -> pd.DataFrame:
    """Metrics per product, year and flow from :func:`partner_values`.

    Columns: :data:`METRIC_COLUMNS`, then ``unspecified_share``, ``total_value``,
    ``partner_count_all`` and one ``relation_<slug>`` share per relation category.
    """
    relations = [t.slug for t in ref.relation_categories]
    columns = [*METRIC_COLUMNS, "unspecified_share", "total_value", *[f"relation_{r}" for r in relations]]
    if values.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    values = values[values["value"].to_numpy() > 0]
    product_cat = _categorical(values["product"])
    group_key = ((product_cat.codes.astype(np.int64) * YEAR_SPAN + values["year"].to_numpy().astype(np.int64)
                  - YEAR_BASE) * 4 + values["flow"].to_numpy().astype(np.int64))
    codes, group_keys = pd.factorize(group_key, sort=True)
    group_keys = np.asarray(group_keys)
    n = len(group_keys)
    total = np.bincount(codes, weights=values["value"].to_numpy(), minlength=n)
    partner_cat = _categorical(values["partner"])
    names = [str(c) for c in partner_cat.categories]
    countries = [ref.country(c) for c in names]
    pcode = partner_cat.codes.astype(np.int64)
    share = values["value"].to_numpy() / total[codes]
    known = np.array([c != NOT_SPECIFIED for c in names], dtype=bool)[pcode] if names else pcode.astype(bool)

    kc, ks, kp = codes[known], share[known], pcode[known]
    partners = np.bincount(kc, minlength=n)
    hhi = np.bincount(kc, weights=ks * ks, minlength=n)
    known_share = np.bincount(kc, weights=ks, minlength=n)
    # rank partners within each group: largest share first, ties by code (a stable, readable order)
    alphabetical = np.argsort(np.argsort(np.array(names, dtype=object))) if names else np.zeros(0, dtype=np.int64)
    order = _rank_order(kc, ks, alphabetical[kp] if len(kp) else kp)
    kc_o, ks_o, kp_o = kc[order], ks[order], kp[order]
    starts = np.r_[0, np.flatnonzero(np.diff(kc_o)) + 1] if len(kc_o) else np.array([], dtype=np.int64)
    rank = np.arange(len(kc_o)) - np.repeat(starts, np.diff(np.r_[starts, len(kc_o)])) if len(kc_o) else kc_o
    top1_partner = np.full(n, "", dtype=object)
    top1_share = np.zeros(n)
    first = rank == 0
    top1_partner[kc_o[first]] = np.array(names, dtype=object)[kp_o[first]] if first.any() else []
    top1_share[kc_o[first]] = ks_o[first]
    top3 = np.bincount(kc_o[rank < 3], weights=ks_o[rank < 3], minlength=n)

    eu = np.array([bool(c and c.eu_member) for c in countries], dtype=bool)[kp] if names else kp.astype(bool)
    extra_eu = np.bincount(kc[~eu], weights=ks[~eu], minlength=n)
    rel = np.array([relations.index(c.relation) if c and c.relation in relations else -1 for c in countries]
                   or [-1], dtype=np.int64)[kp]

    def r(x: np.ndarray) -> np.ndarray:
        return np.round(x.astype(np.float64), PRECISION)

    flow_names = np.array(["", FLOW_NAME[1], FLOW_NAME[2], ""], dtype=object)
    out = pd.DataFrame({
        "product": np.asarray(product_cat.categories, dtype=object)[group_keys // 4 // YEAR_SPAN],
        "year": (group_keys // 4) % YEAR_SPAN + YEAR_BASE, "flow": flow_names[group_keys % 4], "partners": partners,
        "hhi": r(hhi), "top1_partner": top1_partner, "top1_share": r(top1_share), "top3_share": r(top3),
        "extra_eu_share": r(extra_eu), "unspecified_share": r(np.clip(1.0 - known_share, 0.0, 1.0)),
        "total_value": total,
    })
    for i, slug in enumerate(relations):
        sel = rel == i
        out[f"relation_{slug}"] = r(np.bincount(kc[sel], weights=ks[sel], minlength=n))
    return out.sort_values(["product", "flow", "year"], kind="stable").reset_index(drop=True)


def product_concentration(vault: Vault, product: str, *, year: int | None = None, flow: str | None = None,
                          reporter: str | None = None) -> pd.DataFrame:
    """Metrics of one product code (every stored code under it added up), one row per year and flow."""
    rows = load_rows(vault, [product], quantity=False)
    return concentration(partner_values(rows, product=product, reporter=reporter, flow=flow, year=year), vault.ref)


def concentration_table(vault: Vault, *, level: int | None = None, reporter: str | None = None,
                        flow: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Metrics for every stored product (at the imported level or cut to ``level`` digits),
    read a few chapters at a time so memory stays bounded. Straight from the packed columns when
    no overlap rule applies (one file of one period kind), else through resolved row frames."""
    fast = summed_values(vault, level=level, reporter=reporter, flow=FLOW_CODE[flow] if flow else None, year=year)
    if fast is not None:
        return concentration(fast, vault.ref)
    parts = [partner_values(rows, level=level, reporter=reporter, flow=flow, year=year)
             for rows in iter_batches(vault)]
    parts = [p for p in parts if not p.empty]
    if not parts:
        return concentration(pd.DataFrame(), vault.ref)
    values = pd.DataFrame({
        "product": union_categoricals([p["product"].array for p in parts]),
        "year": np.concatenate([p["year"].to_numpy() for p in parts]),
        "flow": np.concatenate([p["flow"].to_numpy() for p in parts]),
        "partner": union_categoricals([p["partner"].array for p in parts]),
        "value": np.concatenate([p["value"].to_numpy() for p in parts])})
    return concentration(values, vault.ref)


def supplier_shares(rows: pd.DataFrame, product: str, flow: str, *, reporter: str | None = None,
                    top: int = 6) -> pd.DataFrame:
    """Share per year (index) of the ``top`` largest partners over all years, the rest as
    "other" and unknown partners as "ZZ": the data of the stacked bar chart."""
    values = partner_values(rows, product=product, reporter=reporter, flow=flow)
    if values.empty:
        return pd.DataFrame()
    table = values.pivot_table(index="year", columns="partner", values="value", aggfunc="sum", observed=True,
                               fill_value=0.0)
    table.columns = [str(c) for c in table.columns]
    shares = table.div(table.sum(axis=1), axis=0)
    known = [c for c in shares.columns if c != NOT_SPECIFIED]
    biggest = list(shares[known].sum().sort_values(ascending=False, kind="stable").index[:top])
    out = shares[biggest].copy()
    rest = [c for c in known if c not in biggest]
    if rest:
        out["other"] = shares[rest].sum(axis=1)
    if NOT_SPECIFIED in shares.columns:
        out[NOT_SPECIFIED] = shares[NOT_SPECIFIED]
    return out.sort_index()


def dependency_evidence(vault: Vault, dep: Dependency, *, flow: str = "import") -> pd.DataFrame:
    """Per product code of the dependency, the metrics of every year with data (newest last)."""
    codes = dependency_codes(dep)
    if not codes or not vault.trade.has_data():
        return concentration(pd.DataFrame(), vault.ref)
    rows = load_rows(vault, codes, quantity=False)
    parts = [concentration(partner_values(rows, product=code, flow=flow), vault.ref) for code in codes]
    parts = [p for p in parts if not p.empty]
    return pd.concat(parts, ignore_index=True) if parts else concentration(pd.DataFrame(), vault.ref)


def latest_per_product(table: pd.DataFrame) -> pd.DataFrame:
    """The newest year's row of each product and flow."""
    if table.empty:
        return table
    return table.sort_values(["product", "flow", "year"]).groupby(["product", "flow"], sort=True).tail(1)


def product_choices(vault: Vault, levels: Iterable[int] = LEVELS) -> list[str]:
    """The stored product codes and their HS2/HS4/HS6 (and CN8) headings, for a picker."""
    codes = vault.trade.product_codes()
    out = set(codes)
    for code in codes:
        out.update(code[:lv] for lv in levels if lv < len(code))
    return sorted(out, key=lambda c: (c, len(c)))
