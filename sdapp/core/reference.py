"""Reference data (scales, interests, levels, lists, countries) parsed and validated.

The files live in ``resources/reference``; reading them is the caller's job so that the
core stays free of I/O. Everything here is immutable once built.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sdapp.core.errors import ReferenceDataError

LANGUAGES = ("nl", "en")

REFERENCE_FILES = (
    "classification",
    "likelihood_rules",
    "risk_matrix",
    "countries",
    "eu_lists",
    "interests",
    "ministries",
    "options",
    "option_templates",
    "register",
    "scales",
)


@dataclass(frozen=True)
class Label:
    """A text in Dutch and English."""

    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True)
class Term:
    """An entry of a controlled vocabulary: a stable slug and its label."""

    slug: str
    label: Label


@dataclass(frozen=True)
class ClassificationLevel:
    slug: str
    family: str
    rank: int
    marking: str
    label: Label
    colour: str


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: str
    name: Label
    eu_member: bool
    relation: str


@dataclass(frozen=True)
class Aggregate:
    """A pseudo-partner such as World or EU that trade files carry but shares exclude."""

    code: str
    aliases: tuple[str, ...]
    label: Label


@dataclass(frozen=True)
class Criterion:
    code: str
    label: Label


@dataclass(frozen=True)
class Interest:
    code: str
    label: Label
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class ScaleLevel:
    code: str
    rank: int
    label: Label
    range: str = ""


@dataclass(frozen=True)
class EuList:
    slug: str
    label: Label
    source: str
    items: tuple[Term, ...]


@dataclass(frozen=True)
class Rung:
    rung: int
    label: Label


@dataclass(frozen=True)
class ReferenceData:
    """All reference data, with lookups. Built by :func:`parse_reference`."""

    levels: tuple[ClassificationLevel, ...]
    countries: tuple[Country, ...]
    relation_categories: tuple[Term, ...]
    aggregates: tuple[Aggregate, ...]
    code_aliases: Mapping[str, str]
    interests: tuple[Interest, ...]
    impact_scale: tuple[ScaleLevel, ...]
    likelihood_scale: tuple[ScaleLevel, ...]
    reference_period_years: int
    ministries: tuple[Term, ...]
    kinds: tuple[Term, ...]
    domains: tuple[Term, ...]
    statuses: tuple[Term, ...]
    stages: tuple[Term, ...]
    substitutability: tuple[Term, ...]
    eu_lists: tuple[EuList, ...]
    crma_single_country_benchmark: float
    option_categories: tuple[Term, ...]
    ladder: tuple[Rung, ...]
    default_matrix: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    default_likelihood_rules: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    default_option_templates: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _country_index: dict[str, Country] = field(default_factory=dict, repr=False, compare=False)
    _slug_cache: dict[int, tuple[Iterable[Term], frozenset[str]]] = field(
        default_factory=dict, repr=False, compare=False)
    _criteria: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    level_slugs: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    eu_list_slugs: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    alpha2_codes: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Country] = {}
        for c in self.countries:
            index[c.alpha2] = c
            index[c.alpha3] = c
            index[c.numeric] = c
            index[c.numeric.lstrip("0") or "0"] = c
        for alias, target in self.code_aliases.items():
            if target in index:
                index[alias] = index[target]
        self._country_index.update(index)
        object.__setattr__(self, "_criteria", frozenset(c.code for i in self.interests for c in i.criteria))
        object.__setattr__(self, "level_slugs", frozenset(lv.slug for lv in self.levels))
        object.__setattr__(self, "eu_list_slugs", frozenset(e.slug for e in self.eu_lists))
        object.__setattr__(self, "alpha2_codes", frozenset(c.alpha2 for c in self.countries))

    # lookups -------------------------------------------------------------
    def level(self, slug: str) -> ClassificationLevel:
        for lv in self.levels:
            if lv.slug == slug:
                return lv
        raise KeyError(slug)

    def country(self, code: str) -> Country | None:
        """Country by ISO alpha-2, alpha-3 or numeric code, or a known alias (EL, UK)."""
        return self._country_index.get(code.strip().upper())

    def aggregate(self, code: str) -> Aggregate | None:
        key = code.strip().upper()
        for agg in self.aggregates:
            if key == agg.code or key in agg.aliases:
                return agg
        return None

    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for i in self.interests for c in i.criteria)

    def criterion_codes(self) -> frozenset[str]:
        return self._criteria

    def eu_list(self, slug: str) -> EuList | None:
        return next((x for x in self.eu_lists if x.slug == slug), None)

    def slugs(self, terms: Iterable[Term]) -> frozenset[str]:
        """The slugs of one vocabulary; cached per tuple because validation asks per record."""
        entry = self._slug_cache.get(id(terms))
        if entry is not None and entry[0] is terms:
            return entry[1]
        slugs = frozenset(t.slug for t in terms)
        self._slug_cache[id(terms)] = (terms, slugs)
        return slugs


# parsing -------------------------------------------------------------------


class _Reader:
    """Walks one parsed JSON document and reports errors with a path."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, path: str, reason: str) -> ReferenceDataError:
        return ReferenceDataError(f"reference data {self.name}.json, {path}: {reason}")

    def get(self, obj: Any, key: str, path: str, kind: type | tuple[type, ...]) -> Any:
        if not isinstance(obj, dict):
            raise self.fail(path, "expected an object")
        if key not in obj:
            raise self.fail(f"{path}.{key}", "missing")
        value = obj[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(f"{path}.{key}", f"expected {_kind_name(kind)}")
        return value

    def items(self, obj: Any, key: str, path: str) -> list[tuple[str, Any]]:
        values = self.get(obj, key, path, list)
        return [(f"{path}.{key}[{i}]", v) for i, v in enumerate(values)]

    def label(self, obj: Any, path: str, key: str = "label") -> Label:
        raw = self.get(obj, key, path, dict)
        for lang in LANGUAGES:
            text = self.get(raw, lang, f"{path}.{key}", str)
            if not text.strip():
                raise self.fail(f"{path}.{key}.{lang}", "empty text")
        return Label(nl=raw["nl"], en=raw["en"])

    def terms(self, obj: Any, key: str, path: str = "$") -> tuple[Term, ...]:
        out = [Term(self.get(v, "slug", p, str), self.label(v, p)) for p, v in self.items(obj, key, path)]
        self.unique([t.slug for t in out], f"{path}.{key}")
        return tuple(out)

    def unique(self, keys: list[str], path: str) -> None:
        seen: set[str] = set()
        for k in keys:
            if k in seen:
                raise self.fail(path, f"duplicate entry {k!r}")
            seen.add(k)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {dict: "an object", list: "a list", str: "a text", int: "a whole number", bool: "true or false"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


def parse_reference(docs: Mapping[str, Any]) -> ReferenceData:
    """Build :class:`ReferenceData` from the parsed JSON documents, keyed by file stem.

    Raises :class:`ReferenceDataError` naming the file and the place of the first fault.
    """
    missing = [n for n in REFERENCE_FILES if n not in docs]
    if missing:
        raise ReferenceDataError(f"reference data missing: {', '.join(m + '.json' for m in missing)}")

    r = _Reader("classification")
    levels = []
    for p, v in r.items(docs["classification"], "levels", "$"):
        family = r.get(v, "family", p, str)
        if family not in ("nl", "eu"):
            raise r.fail(f"{p}.family", "must be 'nl' or 'eu'")
        rank = r.get(v, "rank", p, int)
        if not 0 <= rank <= 4:
            raise r.fail(f"{p}.rank", "must be 0 to 4")
        levels.append(
            ClassificationLevel(
                slug=r.get(v, "slug", p, str), family=family, rank=rank,
                marking=r.get(v, "marking", p, str), label=r.label(v, p),
                colour=r.get(v, "colour", p, str),
            )
        )
    r.unique([lv.slug for lv in levels], "$.levels")
    if not any(lv.rank == 0 for lv in levels):
        raise r.fail("$.levels", "needs an unclassified level (rank 0)")

    r = _Reader("countries")
    doc = docs["countries"]
    relations = r.terms(doc, "relation_categories")
    relation_slugs = frozenset(t.slug for t in relations)
    countries = []
    for p, v in r.items(doc, "countries", "$"):
        a2 = r.get(v, "alpha2", p, str)
        if len(a2) != 2 or not a2.isalpha() or not a2.isupper():
            raise r.fail(f"{p}.alpha2", f"{a2!r} is not an ISO alpha-2 code")
        relation = r.get(v, "relation", p, str)
        if relation not in relation_slugs:
            raise r.fail(f"{p}.relation", f"unknown relation category {relation!r}")
        countries.append(
            Country(
                alpha2=a2, alpha3=r.get(v, "alpha3", p, str), numeric=r.get(v, "numeric", p, str),
                name=r.label(v, p, "name"), eu_member=r.get(v, "eu_member", p, bool), relation=relation,
            )
        )
    r.unique([c.alpha2 for c in countries], "$.countries")
    aggregates = tuple(
        Aggregate(
            code=r.get(v, "code", p, str),
            aliases=tuple(str(a).upper() for a in r.get(v, "aliases", p, list)),
            label=r.label(v, p),
        )
        for p, v in r.items(doc, "aggregates", "$")
    )
    aliases = {str(k).upper(): str(t).upper() for k, t in r.get(doc, "code_aliases", "$", dict).items()}

    r = _Reader("interests")
    interests = []
    for p, v in r.items(docs["interests"], "interests", "$"):
        criteria = tuple(
            Criterion(code=r.get(c, "code", cp, str), label=r.label(c, cp)) for cp, c in r.items(v, "criteria", p)
        )
        interests.append(Interest(code=r.get(v, "code", p, str), label=r.label(v, p), criteria=criteria))
    r.unique([c.code for i in interests for c in i.criteria], "$.interests[*].criteria")

    r = _Reader("scales")
    sdoc = docs["scales"]

    def scale(key: str) -> tuple[ScaleLevel, ...]:
        out = tuple(
            ScaleLevel(code=r.get(v, "code", p, str), rank=r.get(v, "rank", p, int), label=r.label(v, p),
                       range=str(v.get("range", "")))
            for p, v in r.items(sdoc, key, "$")
        )
        r.unique([s.code for s in out], f"$.{key}")
        ranks = [s.rank for s in out]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            raise r.fail(f"$.{key}", "ranks must increase strictly")
        return out

    impact, likelihood = scale("impact"), scale("likelihood")
    period = r.get(sdoc, "reference_period_years", "$", int)

    ministries = tuple(
        Term(r2.get(v, "code", p, str), r2.label(v, p))
        for r2 in [_Reader("ministries")]
        for p, v in r2.items(docs["ministries"], "ministries", "$")
    )
    _Reader("ministries").unique([m.slug for m in ministries], "$.ministries")

    r = _Reader("register")
    reg = docs["register"]
    kinds, domains = r.terms(reg, "kinds"), r.terms(reg, "domains")
    statuses, stages = r.terms(reg, "statuses"), r.terms(reg, "stages")
    subst = r.terms(reg, "substitutability")

    r = _Reader("eu_lists")
    eu_lists = tuple(
        EuList(slug=r.get(v, "slug", p, str), label=r.label(v, p), source=r.get(v, "source", p, str),
               items=r.terms(v, "items", p))
        for p, v in r.items(docs["eu_lists"], "lists", "$")
    )
    r.unique([e.slug for e in eu_lists], "$.lists")
    benchmark = r.get(docs["eu_lists"], "crma_single_country_benchmark", "$", (int, float))
    if not 0 < benchmark <= 1:
        raise r.fail("$.crma_single_country_benchmark", "must be a fraction between 0 and 1")

    r = _Reader("options")
    categories = r.terms(docs["options"], "categories")
    ladder = tuple(
        Rung(rung=r.get(v, "rung", p, int), label=r.label(v, p)) for p, v in r.items(docs["options"], "ladder", "$")
    )
    if [x.rung for x in ladder] != list(range(1, len(ladder) + 1)):
        raise r.fail("$.ladder", "rungs must be numbered 1, 2, 3, ... in order")

    from sdapp.core.option_templates import parse_templates  # validates; imported here to avoid a cycle
    from sdapp.core.risk import parse_matrix, parse_rules

    parse_matrix(docs["risk_matrix"], 1)
    parse_rules(docs["likelihood_rules"])
    parse_templates(docs["option_templates"], "reference data option_templates.json")

    return ReferenceData(
        default_matrix=docs["risk_matrix"], default_likelihood_rules=docs["likelihood_rules"],
        default_option_templates=docs["option_templates"],
        levels=tuple(levels), countries=tuple(countries), relation_categories=relations,
        aggregates=aggregates, code_aliases=aliases, interests=tuple(interests),
        impact_scale=impact, likelihood_scale=likelihood, reference_period_years=period,
        ministries=ministries, kinds=kinds, domains=domains, statuses=statuses, stages=stages,
        substitutability=subst, eu_lists=eu_lists, crma_single_country_benchmark=float(benchmark),
        option_categories=categories, ladder=ladder,
    )
