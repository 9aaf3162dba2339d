"""The demo vault: fictitious but realistic data, clearly marked, passphrase ``demo``."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from sdapp.assets import load_reference, resource_path
from sdapp.core.indicators import evidence
from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, Assessment, Dependency, RiskScore
from sdapp.core.options import apply_transition
from sdapp.core.risk import overall_impact, suggest_likelihood
from sdapp.core.trade import CountryLoss, Scenario
from sdapp.vault.errors import VaultError
from sdapp.vault.folder import read_slots
from sdapp.vault.keyslots import KdfParams
from sdapp.vault.vault import SUFFIX, Vault, create, resolve_path

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the demo vault is public by design, said on screen
DEMO_USER = "Demo Analist"
DEMO_REVIEWER = "Demo Reviewer"  # a second user: agrees options in the demo's review history
DEMO_DEPARTMENT = "EZ"
DEMO_TRADE_FILE = "trade_comext.csv"  # fictitious NL imports, Eurostat Comext bulk layout


def default_demo_path() -> Path:
    return Path.home() / f"sdapp-demo{SUFFIX}"


def demo_dependencies() -> list[Dependency]:
    raw = json.loads(resource_path("demo", "dependencies.json").read_text(encoding="utf-8"))
    return [Dependency.from_dict(d) for d in raw["dependencies"]]


def build_demo(vault: Vault) -> None:
    """Fill an empty vault with the demo register and an assessment history for each record."""
    deps = demo_dependencies()
    with vault.transaction():
        vault.dependencies.add_many(deps, op="create")
        for i, dep in enumerate(deps):
            for assessment in demo_assessments(dep, i, vault):
                vault.assessments.save(assessment)
        vault.options.import_options(demo_options(deps), source="demo")
        build_demo_trade(vault)


def demo_scenarios() -> list[Scenario]:
    """Two saved stress scenarios (deterministic ids)."""
    return [
        Scenario(str(uuid.uuid5(uuid.NAMESPACE_URL, "sdapp-demo/scenario/china")),
                 "Exportstop China op kritieke grondstoffen",
                 [CountryLoss("CN", 100.0), CountryLoss("HK", 100.0)],
                 "China stopt de uitvoer van kritieke grondstoffen en halffabricaten volledig, ook via "
                 "Hongkong. [DEMO-gegevens]"),
        Scenario(str(uuid.uuid5(uuid.NAMESPACE_URL, "sdapp-demo/scenario/taiwan")),
                 "Blokkade van de Straat van Taiwan",
                 [CountryLoss("TW", 100.0), CountryLoss("CN", 40.0), CountryLoss("KR", 20.0),
                  CountryLoss("JP", 15.0)],
                 "Zeeblokkade rond Taiwan: uitval van Taiwan, forse verstoring van scheepvaart uit China, "
                 "Zuid-Korea en Japan. [DEMO-gegevens]"),
    ]


def build_demo_trade(vault: Vault) -> None:
    """The demo's trade data (a small Comext-format extract) and its saved stress scenarios."""
    from sdapp.analysis.trade_store import import_trade_file

    with vault.transaction():
        import_trade_file(vault, resource_path("demo", DEMO_TRADE_FILE))
        for scenario in demo_scenarios():
            vault.trade.save_scenario(scenario)


def demo_assessments(dep: Dependency, index: int, vault: Vault) -> list[Assessment]:
    """Assessments derived from the record's own evidence, deterministic per record.

    Every third record also gets an older assessment a year earlier, one class lower in
    likelihood, so the matrix shows movement and the timeline has history.
    """
    rules = vault.assessments.rules()
    ev = evidence(dep, vault.ref)
    suggestion = suggest_likelihood(ev, rules)
    suggested = suggestion.likelihood or "B"
    impact = overall_impact(dep.criticality)
    if impact == "X":
        return []
    likelihood, justification = suggested, ""
    if index % 7 == 3:  # some analysts depart from the suggestion, with a reason
        likelihood = LIKELIHOOD_CODES[max(0, LIKELIHOOD_CODES.index(suggested) - 1)]
        justification = ("Recente leveringsafspraken met alternatieve leveranciers verlagen de kans op "
                         "verstoring; de regels tellen die nog niet mee. [DEMO-gegevens]")
    up = LIKELIHOOD_CODES[min(4, LIKELIHOOD_CODES.index(likelihood) + 1)]
    down = LIKELIHOOD_CODES[max(0, LIKELIHOOD_CODES.index(likelihood) - 1)]
    current = Assessment(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/2026")), dependency_id=dep.id,
        assessed_on=dt.date(2026, 3 + index % 8, 1 + index % 27), assessor=DEMO_USER, matrix_version=1,
        impacts=list(dep.criticality), likelihood=likelihood, suggested_likelihood=suggestion.likelihood,
        justification=justification, inherent=RiskScore(up, impact), residual=RiskScore(down, impact),
    )
    out = [current]
    if index % 3 == 0:
        earlier = Assessment(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/2025")), dependency_id=dep.id,
            assessed_on=dt.date(2025, 3 + index % 8, 1 + index % 27), assessor=DEMO_USER, matrix_version=1,
            impacts=list(dep.criticality), likelihood=down, suggested_likelihood=down,
            inherent=RiskScore(likelihood, impact), residual=RiskScore(down, impact),
        )
        out.insert(0, earlier)
    return out


# (category, rung, level, title, body, effect on likelihood, on impact, once low/high and yearly
# low/high in millions of euros, cost bearer, market disruption, time to effect, legal basis, risks)
_OPTION_TEMPLATES: tuple[tuple[Any, ...], ...] = (
    ("monitoring", 1, "national", "Monitoring en vroegsignalering: {name}",
     "Periodieke analyse van handelsstromen, prijzen en voorraden met signaalwaarden; kwartaalrapportage aan "
     "de interdepartementale werkgroep strategische afhankelijkheden.", 1, 0, 0.2, 0.4, 0.3, 0.5, "public",
     "low", "6 maanden", "", "Signalen komen laat zolang bedrijven geen gegevens aanleveren."),
    ("awareness", 2, "national", "Informeren van afnemers over de afhankelijkheid: {name}",
     "RVO informeert afnemende bedrijven over de afhankelijkheid en over handelingsperspectieven zoals een "
     "tweede leverancier en eigen voorraadbeleid.", 1, 0, 0.1, 0.3, 0.1, 0.2, "public", "low", "3 maanden", "",
     "Bedrijven kunnen de informatie als vrijblijvend ervaren."),
    ("sector-agreements", 3, "national", "Convenant leveringszekerheid met de sector: {name}",
     "Afspraken met brancheorganisaties over minimale voorraden, informatie-uitwisseling bij verstoring en "
     "gezamenlijke inkoop.", 1, 1, 0.2, 0.5, 0.2, 0.4, "both", "low", "12 maanden", "Convenant (vrijwillig)",
     "Naleving is niet afdwingbaar."),
    ("diversification", 3, "both", "Strategisch partnerschap met gelijkgezinde landen: {name}",
     "Via EU-partnerschappen en bilaterale afspraken alternatieve leveranciers ontwikkelen, onder meer in "
     "Canada, Australi\u00eb en Noorwegen.", 1, 0, 1.0, 3.0, 0.5, 1.0, "public", "low", "2 tot 4 jaar",
     "EU-handelsakkoorden en strategische partnerschappen", "Alternatieve leveranciers zijn duurder."),
    ("stockpiling", 4, "national", "Strategische voorraad van 90 dagen: {name}",
     "Aanleg van een strategische voorraad voor 90 dagen verbruik, beheerd door een uitvoeringsorganisatie; "
     "vrijgave alleen bij een aantoonbare verstoring.", 1, 1, 20.0, 60.0, 2.0, 5.0, "public", "medium",
     "1 tot 2 jaar", "Nieuwe wettelijke grondslag te verkennen", "Prijsopdrijving bij aankoop; veroudering."),
    ("substitution", 4, "national", "Innovatieprogramma substitutie: {name}",
     "Subsidie voor onderzoek naar en opschaling van alternatieven die het gebruik verminderen.", 1, 1, 5.0, 15.0,
     1.0, 2.0, "both", "low", "3 tot 5 jaar", "Kaderwet EZK-subsidies", "Alternatieven zijn mogelijk minder goed."),
    ("circularity", 4, "national", "Terugwinning en recycling uit reststromen: {name}",
     "Stimuleren van inzameling en terugwinning uit reststromen; subsidie voor pilotinstallaties.", 1, 0, 5.0,
     20.0, 0.5, 1.0, "both", "low", "3 tot 5 jaar", "Kaderwet EZK-subsidies",
     "Volumes uit reststromen dekken maar een deel van de vraag."),
    ("capacity", 4, "both", "Europese productiecapaciteit als strategisch project: {name}",
     "Steun voor een strategisch project (CRMA) of IPCEI om verwerking en productie in de EU op te bouwen.", 2, 0,
     50.0, 150.0, 2.0, 5.0, "both", "medium", "5 tot 8 jaar", "CRMA art. 6-7; IPCEI-kader",
     "Hoge kosten; concurrentie met gesubsidieerde productie elders."),
    ("investment-screening", 5, "national", "Investeringstoetsing bij overnames in de keten: {name}",
     "Toepassing van de Wet vifo op overnames van Nederlandse bedrijven die een sleutelpositie hebben in de keten.",
     0, 1, 0.0, 0.2, 0.2, 0.5, "public", "low", "direct", "Wet vifo",
     "Kan buitenlandse investeerders afschrikken."),
    ("export-controls", 5, "both", "Exportcontrole op kennis en apparatuur: {name}",
     "Vergunningplicht voor de uitvoer van kennis en apparatuur die productie elders mogelijk maakt, "
     "afgestemd in EU-verband.", 0, 1, 0.0, 0.1, 0.2, 0.4, "public", "medium", "6 tot 12 maanden",
     "Verordening (EU) 2021/821 (dual-use)", "Tegenmaatregelen van het betrokken land."),
    ("regulation", 5, "national", "Voorraadverplichting voor importeurs: {name}",
     "Wettelijke verplichting voor importeurs en groothandels om een minimumvoorraad aan te houden.", 1, 1, 0.5,
     1.0, 10.0, 30.0, "private", "high", "2 tot 3 jaar", "Nieuwe wettelijke grondslag nodig",
     "Kosten komen bij bedrijven terecht; risico op hogere prijzen."),
    ("eu-instruments", 3, "eu", "Inzet op gezamenlijke EU-inkoop en EU-instrumenten: {name}",
     "Nederland zet in op gezamenlijke inkoop via het EU-platform en op toepassing van de relevante EU-verordening "
     "(CRMA, Chips Act, Critical Medicines Act).", 1, 0, 0.0, 0.5, 0.1, 0.3, "public", "low", "1 tot 2 jaar",
     "CRMA, Chips Act, Critical Medicines Act", "Afhankelijk van besluitvorming in de Raad."),
    ("capacity", 6, "national", "Publieke productie of deelneming als laatste redmiddel: {name}",
     "Verkennen van staatsdeelneming of publieke productie als de markt niet levert en lagere treden "
     "onvoldoende blijken.", 2, 1, 200.0, 500.0, 10.0, 20.0, "public", "high", "5 tot 10 jaar",
     "Kaderwet en begrotingsbesluit nodig", "Zeer hoge kosten; verdringing van private investeringen."),
)
_DEMO_PATHS: dict[str, tuple[str, ...]] = {
    "concept": (),
    "in-review": ("in-review",),
    "agreed": ("in-review", "agreed"),
    "in-briefing": ("in-review", "agreed", "in-briefing"),
    "decided-adopted": ("in-review", "agreed", "in-briefing", "decided-adopted"),
    "decided-rejected": ("in-review", "agreed", "in-briefing", "decided-rejected"),
    "decided-withdrawn": ("in-review", "decided-withdrawn"),
}
_DEMO_STATUS_CYCLE = ("concept", "in-review", "agreed", "in-briefing", "decided-adopted", "agreed",
                      "decided-rejected", "in-review", "decided-withdrawn", "agreed", "in-briefing")


def demo_options(deps: list[Dependency]) -> list[ActionOption]:
    """One or two action options per dependency, with a review history: written by the demo
    analyst, agreed by a second user (the demo reviewer). Deterministic ids and dates."""
    out: list[ActionOption] = []
    for i, dep in enumerate(deps):
        picks = [(i * 5) % len(_OPTION_TEMPLATES)]
        if i % 2 == 0:
            picks.append((i * 5 + 3) % len(_OPTION_TEMPLATES))
        for j, pick in enumerate(picks):
            k = len(out)
            (category, rung, level, title, body, eff_l, eff_i, once_lo, once_hi, year_lo, year_hi, bearer,
             disruption, time_to_effect, legal, risks) = _OPTION_TEMPLATES[pick]
            involved = ["BZ"] if dep.lead_ministry != "BZ" else ["EZ"]
            option = ActionOption(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/option/{j}")), dependency_id=dep.id,
                title=title.format(name=dep.name), category=category, rung=rung, level=level,
                lead_ministry=dep.lead_ministry, involved_ministries=involved,
                body=f"{body} [DEMO-gegevens]", effect_likelihood=eff_l, effect_impact=eff_i,
                cost_once_low=once_lo, cost_once_high=once_hi, cost_yearly_low=year_lo, cost_yearly_high=year_hi,
                cost_bearer=bearer, market_disruption=disruption, time_to_effect=time_to_effect,
                legal_basis=legal, risks=risks,
                proportionality_justification="" if rung == 1 else (
                    "Marktverantwoordelijkheid en lagere treden van de escalatieladder bieden onvoldoende "
                    "zekerheid gezien de concentratie van het aanbod en de impact op de nationale "
                    "veiligheidsbelangen. [DEMO-gegevens]"),
                author=DEMO_USER, edited_by=DEMO_USER,
            )
            status = _DEMO_STATUS_CYCLE[k % len(_DEMO_STATUS_CYCLE)]
            day = dt.datetime(2026, 1 + k % 9, 1 + k % 20, 9, 0, tzinfo=dt.UTC)
            for step, to_status in enumerate(_DEMO_PATHS[status]):
                actor = DEMO_REVIEWER if to_status == "agreed" else DEMO_USER
                comment = {"in-review": "Ter review aangeboden.", "agreed": "Akkoord na review; onderbouwing is "
                           "voldoende.", "in-briefing": "Opgenomen in de nota aan de bewindspersoon.",
                           "decided-adopted": "Besloten: uitvoeren.", "decided-rejected": "Besloten: niet "
                           "uitvoeren, kosten wegen niet op tegen het effect.",
                           "decided-withdrawn": "Ingetrokken; opgegaan in een bredere optie."}[to_status]
                at = (day + dt.timedelta(days=7 * step)).isoformat()
                option = apply_transition(option, to_status, actor, at, comment)
            if status in ("agreed", "in-briefing") and k % 4 == 3:  # edited after agreement: re-agree
                option.body += " Aangepast na akkoord: kostenraming herzien."
            out.append(option)
    if len(deps) > 1:
        out.extend(_flagship_options(deps[0], deps[1]))
    return out


# The first dependency gets a fuller set, with formatted texts, so that comparing options shows
# a real choice: (template index, status, extra Markdown paragraph).
_FLAGSHIP: tuple[tuple[int, str, str], ...] = (
    (2, "agreed", "De sector committeert zich aan **minimaal zes maanden voorraad** bij de grootste afnemers."),
    (4, "agreed", "Aansluiten bij de *gecoördineerde voorraadvorming* onder de CRMA; zie ook {link}."),
    (7, "in-review", "Kandidaat voor een strategisch project onder de CRMA:\n\n- terugwinning uit "
                     "bauxietresidu\n- verwerking bij een Europese aluminiumproducent"),
    (9, "concept", "Afstemmen met de EU-partners en de CDIU; zie de samenhang met {link}."),
)


def _flagship_options(dep: Dependency, linked: Dependency) -> list[ActionOption]:
    out: list[ActionOption] = []
    link = f"[{linked.name}](sdapp:dependency/{linked.id})"
    for n, (pick, status, extra) in enumerate(_FLAGSHIP):
        (category, rung, level, title, body, eff_l, eff_i, once_lo, once_hi, year_lo, year_hi, bearer,
         disruption, time_to_effect, legal, risks) = _OPTION_TEMPLATES[pick]
        text = (f"## Aanleiding\n\nDe verwerking van {dep.name.split(' (')[0].lower()} is sterk geconcentreerd "
                f"in één land.\n\n## Maatregel\n\n{body}\n\n{extra.format(link=link)}\n\n[DEMO-gegevens]\n")
        option = ActionOption(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/option/extra/{n}")), dependency_id=dep.id,
            title=title.split(":")[0], category=category, rung=rung, level=level, lead_ministry=dep.lead_ministry,
            involved_ministries=["BZ", "IenW"] if n % 2 else ["BZ"], body=text, effect_likelihood=eff_l,
            effect_impact=eff_i, cost_once_low=once_lo, cost_once_high=once_hi, cost_yearly_low=year_lo,
            cost_yearly_high=year_hi, cost_bearer=bearer, market_disruption=disruption,
            time_to_effect=time_to_effect, legal_basis=legal, risks=risks,
            proportionality_justification=(
                "Monitoring en informatie hebben de concentratie niet verminderd; afspraken met de sector dekken "
                "een verstoring van meer dan drie maanden niet af. [DEMO-gegevens]"),
            author=DEMO_USER, edited_by=DEMO_USER,
        )
        day = dt.datetime(2026, 2 + n, 3 + n, 10, 0, tzinfo=dt.UTC)
        for step, to_status in enumerate(_DEMO_PATHS[status]):
            actor = DEMO_REVIEWER if to_status == "agreed" else DEMO_USER
            comment = {"in-review": "Ter review aangeboden.",
                       "agreed": "Akkoord; de proportionaliteit is voldoende onderbouwd."}[to_status]
            option = apply_transition(option, to_status, actor, (day + dt.timedelta(days=5 * step)).isoformat(),
                                      comment)
        out.append(option)
    return out


def ensure_demo_vault(path: Path | None = None) -> tuple[Path, bool]:
    """Create the demo vault at ``path`` unless it exists; returns (path, created)."""
    target = resolve_path(path or default_demo_path())
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if (target / "keyslots.json").exists():
        slots, _raw = read_slots(target)
        if [s.user for s in slots.slots if s.kind == "passphrase"] != [DEMO_USER]:
            raise VaultError(f"{target} exists and is not a demo vault; choose another place for the demo")
        return target, False
    created = create(target, load_reference(), user=DEMO_USER, department=DEMO_DEPARTMENT,
                     passphrase=DEMO_PASSPHRASE, params=KdfParams(iterations=1), allow_short_passphrase=True)
    try:
        build_demo(created.vault)
    finally:
        created.vault.close(backup=False)
    return created.vault.path, True
