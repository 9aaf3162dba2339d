"""The fixed wording of a briefing in Dutch and English (chosen per pack, not per interface)."""

from __future__ import annotations

from sdapp.core.errors import fill_placeholders

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "subtitle": "Vertrouwelijke briefing aan de Tweede Kamer der Staten-Generaal",
        "register": "Register risicovolle strategische afhankelijkheden",
        "date": "Datum",
        "ministry": "Ministerie",
        "author": "Opgesteld door",
        "official": "Vaststeller",
        "review": "Herzieningsdatum rubricering",
        "records": "Afhankelijkheden",
        "copy": "Exemplaar %1 van %2",
        "copy_for": "Exemplaar %1 van %2 – %3",
        "page": "pagina %1 van %2",
        "handling_title": "Behandelinstructies",
        "handling": (
            "Dit document is gerubriceerd als %1. Het is uitsluitend bestemd voor de geadresseerde van dit "
            "genummerde exemplaar en wordt ter inzage gegeven onder de regels voor vertrouwelijke stukken. "
            "Niet kopiëren, niet fotograferen, geen aantekeningen meenemen. Bewaren en vervoeren volgens het "
            "VIR-BI. Na inzage terugzenden aan de afzender of vernietigen, en de afzender informeren zodat "
            "het exemplarenregister wordt bijgewerkt."),
        "toc": "Inhoud",
        "summary": "Samenvatting",
        "matrix": "Risicomatrix (huidig risico)",
        "likelihood": "Kans",
        "impact": "Impact",
        "risk_level": "Risiconiveau",
        "dependencies": "Afhankelijkheden",
        "annex": "Bijlage: gegevens",
        "col_nr": "Nr.",
        "col_name": "Afhankelijkheid",
        "col_domain": "Domein",
        "col_level": "Rubricering",
        "col_risk": "Huidig risico",
        "col_trend": "Trend",
        "col_options": "Opties akkoord/totaal",
        "kind": "Soort",
        "domain": "Domein",
        "lead": "Eerstverantwoordelijk ministerie",
        "status": "Status",
        "eu_lists": "EU-lijsten",
        "cn_codes": "GN-codes",
        "reliance": "Importafhankelijkheid",
        "stock": "Voorraaddekking (dagen)",
        "substitutability": "Substitueerbaarheid",
        "description": "Beschrijving",
        "supply": "Aanvoerketen",
        "no_supply": "Geen aanvoergegevens vastgelegd.",
        "assessment": "Risicobeoordeling",
        "no_assessment": "Nog niet beoordeeld.",
        "assessed": "Beoordeeld op %1 door %2 (matrixversie %3)",
        "inherent": "Inherent risico",
        "current": "Huidig risico",
        "residual": "Restrisico",
        "justification": "Onderbouwing kans",
        "impacts": "Impact per nationaal veiligheidsbelang",
        "criterion": "Criterium",
        "level": "Klasse",
        "rationale": "Onderbouwing",
        "options": "Handelingsopties",
        "no_options": "Geen handelingsopties opgesteld.",
        "opt_title": "Optie",
        "opt_category": "Categorie",
        "opt_rung": "Trede",
        "opt_status": "Status",
        "opt_cost": "Kosten (mln €)",
        "opt_effect": "Verwacht effect",
        "annex_text": (
            "Dit pakket bevat naast dit document de bestanden annex.xlsx en annex.csv met één regel per "
            "opgenomen afhankelijkheid (de kolommen van het registerexport), en data.json met de volledige "
            "gegevens voor inlezen in sdapp. Formules in de spreadsheet zijn geneutraliseerd. De bestanden "
            "hebben dezelfde rubricering als dit document."),
        "annex_list": "Opgenomen afhankelijkheden",
        "none": "–",
        "up": "gestegen",
        "down": "gedaald",
        "same": "gelijk",
        "new": "nieuw",
    },
    "en": {
        "subtitle": "Confidential briefing to the House of Representatives",
        "register": "Register of risky strategic dependencies",
        "date": "Date",
        "ministry": "Ministry",
        "author": "Prepared by",
        "official": "Classifying official",
        "review": "Classification review date",
        "records": "Dependencies",
        "copy": "Copy %1 of %2",
        "copy_for": "Copy %1 of %2 – %3",
        "page": "page %1 of %2",
        "handling_title": "Handling instructions",
        "handling": (
            "This document is classified %1. It is intended solely for the addressee of this numbered copy "
            "and is made available for inspection under the rules for confidential documents. Do not copy, "
            "do not photograph, take no notes away. Store and transport according to VIR-BI. After "
            "inspection return it to the sender or destroy it, and inform the sender so the copy register "
            "can be updated."),
        "toc": "Contents",
        "summary": "Summary",
        "matrix": "Risk matrix (current risk)",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "risk_level": "Risk level",
        "dependencies": "Dependencies",
        "annex": "Annex: data",
        "col_nr": "No.",
        "col_name": "Dependency",
        "col_domain": "Domain",
        "col_level": "Classification",
        "col_risk": "Current risk",
        "col_trend": "Trend",
        "col_options": "Options (agreed/total)",
        "kind": "Kind",
        "domain": "Domain",
        "lead": "Lead ministry",
        "status": "Status",
        "eu_lists": "EU lists",
        "cn_codes": "CN codes",
        "reliance": "Import reliance",
        "stock": "Stock coverage (days)",
        "substitutability": "Substitutability",
        "description": "Description",
        "supply": "Supply chain",
        "no_supply": "No supply data recorded.",
        "assessment": "Risk assessment",
        "no_assessment": "Not assessed yet.",
        "assessed": "Assessed on %1 by %2 (matrix version %3)",
        "inherent": "Inherent risk",
        "current": "Current risk",
        "residual": "Residual risk",
        "justification": "Likelihood rationale",
        "impacts": "Impact per national security interest",
        "criterion": "Criterion",
        "level": "Class",
        "rationale": "Rationale",
        "options": "Action options",
        "no_options": "No action options drafted.",
        "opt_title": "Option",
        "opt_category": "Category",
        "opt_rung": "Rung",
        "opt_status": "Status",
        "opt_cost": "Cost (€ m)",
        "opt_effect": "Expected effect",
        "annex_text": (
            "Besides this document the pack holds annex.xlsx and annex.csv with one row per included "
            "dependency (the register export's columns), and data.json with the full data for import into "
            "sdapp. Formulas in the spreadsheet are neutralised. The files carry the same classification as "
            "this document."),
        "annex_list": "Dependencies included",
        "none": "–",
        "up": "risen",
        "down": "fallen",
        "same": "unchanged",
        "new": "new",
    },
}

OPTION_STATUSES = {
    "nl": {"concept": "concept", "in-review": "in beoordeling", "agreed": "akkoord", "in-briefing": "in briefing",
           "decided-adopted": "besloten: aangenomen", "decided-rejected": "besloten: verworpen",
           "decided-withdrawn": "besloten: ingetrokken"},
    "en": {"concept": "draft", "in-review": "in review", "agreed": "agreed", "in-briefing": "in briefing",
           "decided-adopted": "decided: adopted", "decided-rejected": "decided: rejected",
           "decided-withdrawn": "decided: withdrawn"},
}


def text(language: str, key: str, *args: object) -> str:
    """The wording for ``key`` with ``%1``, ``%2`` filled."""
    return fill_placeholders(TEXTS["en" if language == "en" else "nl"][key], tuple(str(a) for a in args))
