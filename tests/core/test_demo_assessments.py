"""The demo vault's assessments: every record assessed, with history, valid, justified where
they depart from the suggestion, and spread over the risk matrix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sdapp.app import unlock
from sdapp.core.indicators import evidence
from sdapp.core.model import Assessment, Dependency
from sdapp.core.risk import overall_impact, suggest_likelihood, validate_assessment
from sdapp.demo import DEMO_PASSPHRASE, demo_dependencies, ensure_demo_vault
from sdapp.vault.vault import Vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path, created = ensure_demo_vault(tmp_path_factory.mktemp("demo") / "demo")
    assert created
    assert path.name.endswith(".sdvault")
    assert DEMO_PASSPHRASE == "demo"
    v = unlock(path, passphrase="demo")
    try:
        yield v
    finally:
        v.close(backup=False)


@pytest.fixture(scope="module")
def deps(demo: Vault) -> list[Dependency]:
    return demo.dependencies.all()


@pytest.fixture(scope="module")
def by_dep(demo: Vault, deps: list[Dependency]) -> dict[str, list[Assessment]]:
    return {d.id: demo.assessments.for_dependency(d.id) for d in deps}


def all_assessments(by_dep: dict[str, list[Assessment]]) -> list[Assessment]:
    return [a for items in by_dep.values() for a in items]


def test_the_demo_register_is_loaded(deps: list[Dependency]) -> None:
    assert {d.id for d in deps} == {d.id for d in demo_dependencies()}
    assert len(deps) >= 10


def test_every_dependency_has_an_assessment(deps: list[Dependency], by_dep: dict[str, list[Assessment]]) -> None:
    missing = [d.name for d in deps if not by_dep[d.id]]
    assert missing == []


def test_at_least_ten_dependencies_have_history(by_dep: dict[str, list[Assessment]]) -> None:
    with_history = [items for items in by_dep.values() if len(items) > 1]
    assert len(with_history) >= 10
    for items in with_history:
        dates = [a.assessed_on for a in items]
        assert dates == sorted(dates)
        assert len(set(dates)) == len(dates)  # really at different dates


def test_previous_assessments_match_the_history(demo: Vault, by_dep: dict[str, list[Assessment]]) -> None:
    previous = demo.assessments.previous_all()
    assert {k: a.id for k, a in previous.items()} == {k: v[-2].id for k, v in by_dep.items() if len(v) > 1}
    latest = demo.assessments.latest_all()
    assert {k: a.id for k, a in latest.items()} == {k: v[-1].id for k, v in by_dep.items()}


def test_every_assessment_validates(demo: Vault, by_dep: dict[str, list[Assessment]]) -> None:
    items = all_assessments(by_dep)
    assert items
    for a in items:
        matrix = demo.assessments.matrix(a.matrix_version)
        assert validate_assessment(a, demo.ref, matrix) == [], a.id
        demo.assessments.validate(a)  # also the repository's checks (the dependency exists)


def test_every_departure_has_a_justification(by_dep: dict[str, list[Assessment]]) -> None:
    items = all_assessments(by_dep)
    departures = [a for a in items if a.suggested_likelihood and a.likelihood != a.suggested_likelihood]
    assert departures, "the demo should show analysts departing from the suggestion"
    for a in departures:
        assert a.justification.strip(), a.id


def test_current_risk_is_derived(by_dep: dict[str, list[Assessment]]) -> None:
    for a in all_assessments(by_dep):
        assert a.current is not None
        assert a.current.likelihood == a.likelihood
        assert a.current.impact == overall_impact(a.impacts, a.impact_rule)


def test_latest_suggestion_is_what_the_rules_say(demo: Vault, deps: list[Dependency]) -> None:
    """The newest assessment records the suggestion the rules give for the record's evidence."""
    rules = demo.assessments.rules()
    latest = demo.assessments.latest_all()
    for d in deps:
        expected = suggest_likelihood(evidence(d, demo.ref), rules).likelihood
        assert latest[d.id].suggested_likelihood == expected, d.name


def test_latest_assessments_cover_three_risk_levels(demo: Vault) -> None:
    levels = set()
    for a in demo.assessments.latest_all().values():
        assert a.current is not None
        levels.add(demo.assessments.matrix(a.matrix_version).lookup(a.current.likelihood, a.current.impact).code)
    assert len(levels) >= 3, levels


def test_demo_vault_is_reused(demo: Vault) -> None:
    path, created = ensure_demo_vault(Path(demo.path))
    assert (path, created) == (demo.path, False)
