<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../sdapp/gui/assessment_panel.py" line="+436"/>
        <source>Save the dependency first; then you can assess its risk.</source>
        <translation>Sla de afhankelijkheid eerst op; daarna kunt u het risico beoordelen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments, newest first</source>
        <translation>Beoordelingen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+448"/>
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location line="-447"/>
        <source>Start a new assessment, prefilled from the dependency</source>
        <translation>Een nieuwe beoordeling beginnen, vooraf ingevuld vanuit de afhankelijkheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+22"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+16"/>
        <location line="+14"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments of this dependency</source>
        <translation>Beoordelingen van deze afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet. Fill in the form below and save it.</source>
        <translation>Nog niet beoordeeld. Vul het formulier hieronder in en sla het op.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor:</source>
        <translation>Beoordelaar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix:</source>
        <translation>Risicomatrix:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply evidence</source>
        <translation>Aanvoergegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply indicators per stage</source>
        <translation>Aanvoerindicatoren per fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggestion</source>
        <translation>Voorstel overnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood:</source>
        <translation>Kans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required when the likelihood departs from the suggestion: what do the rules not take into account?</source>
        <translation>Verplicht als de kans afwijkt van het voorstel: waar houden de regels geen rekening mee?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact rule:</source>
        <translation>Impactregel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level (method default)</source>
        <translation>Hoogste niveau (standaard van de methode)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted mean</source>
        <translation>Gewogen gemiddelde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefilled from the dependency&apos;s criticality for a new assessment. Score each criterion that applies: X (no impact) or A (limited) to E (catastrophic), each with a rationale.</source>
        <translation>Bij een nieuwe beoordeling vooraf ingevuld vanuit de kritikaliteit van de afhankelijkheid. Scoor elk criterium dat van toepassing is: X (geen impact) of A (beperkt) tot en met E (catastrofaal), elk met een onderbouwing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a likelihood</source>
        <translation>kies een kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inherent risk: before measures. Current risk: with the measures in force (the likelihood and overall impact above). Residual risk: after the proposed measures.</source>
        <translation>Inherent risico: zonder maatregelen. Huidig risico: met de maatregelen die gelden (de kans en de totale impact hierboven). Restrisico: na de voorgestelde maatregelen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>not entered</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood of the %1</source>
        <translation>Kans van het %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of the %1</source>
        <translation>Impact van het %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save assessment</source>
        <translation>Beoordeling opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this assessment (can be undone)</source>
        <translation>Deze beoordeling opslaan (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the unsaved changes to this assessment</source>
        <translation>De niet-opgeslagen wijzigingen in deze beoordeling weggooien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This dependency is in the bin. Restore it from the bin to assess it.</source>
        <translation>Deze afhankelijkheid staat in de prullenbak. Zet haar terug uit de prullenbak om haar te beoordelen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HHI (concentration, 0-1)</source>
        <translation>HHI (concentratie, 0-1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest supplier</source>
        <translation>Grootste leverancier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top 3 countries</source>
        <translation>Top 3 landen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU member states</source>
        <translation>EU-lidstaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation: %1</source>
        <translation>Relatie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of supply entered</source>
        <translation>Ingevuld deel van de aanvoer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
(bottleneck)</source>
        <translation>%1
(knelpuntschakel)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No supply shares are entered for this dependency (tab Supply chain): there is no evidence to suggest a likelihood from.</source>
        <translation>Voor deze afhankelijkheid zijn geen aanvoeraandelen ingevuld (tabblad Toeleveringsketen): er zijn geen gegevens om een kans uit voor te stellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottleneck stage: %1, the most concentrated stage (HHI %2). HHI above 0.4 marks high concentration in EU practice.</source>
        <translation>Knelpuntschakel: %1, de meest geconcentreerde fase (HHI %2). In de EU-praktijk geldt een HHI boven 0,4 als hoge concentratie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import reliance: %1</source>
        <translation>Importafhankelijkheid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock coverage: %1 days</source>
        <translation>Voorraaddekking: %1 dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Substitutability: %1</source>
        <translation>Vervangbaarheid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No import reliance, stock coverage or substitutability entered (tab General).</source>
        <translation>Geen importafhankelijkheid, voorraaddekking of vervangbaarheid ingevuld (tabblad Algemeen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No suggested likelihood: choose one and explain it below.</source>
        <translation>Geen voorgestelde kans: kies er zelf een en onderbouw die hieronder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested likelihood: %1</source>
        <translation>Voorgestelde kans: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start</source>
        <translation>basis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the EU list of strategic raw materials (CRMA Annex I)</source>
        <translation>Op de EU-lijst van strategische grondstoffen (CRMA bijlage I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the EU list of critical raw materials (CRMA Annex II)</source>
        <translation>Op de EU-lijst van kritieke grondstoffen (CRMA bijlage II)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRMA 2030 benchmark: no more than %1 of EU consumption from a single third country.</source>
        <translation>CRMA-richtwaarde 2030: niet meer dan %1 van het EU-verbruik uit één derde land.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 supplies %3</source>
        <translation>%1: %2 levert %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>version %1 - %2</source>
        <translation>versie %1 - %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unsaved changes to this assessment</source>
        <translation>Niet-opgeslagen wijzigingen in deze beoordeling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New assessment, not saved yet</source>
        <translation>Nieuwe beoordeling, nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assessment of %1</source>
        <translation>Beoordeling van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall impact: %1</source>
        <translation>Totale impact: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no risk level</source>
        <translation>geen risiconiveau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current risk: %1</source>
        <translation>Huidig risico: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current risk: -</source>
        <translation>Huidig risico: -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risky strategic</source>
        <translation>Risicovol strategisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not risky strategic</source>
        <translation>Niet risicovol strategisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky strategic: impact at least %1 and likelihood at least %2 (matrix version %3)</source>
        <translation>Risicovol strategisch: impact ten minste %1 en kans ten minste %2 (matrixversie %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this assessment was made the rules suggested %1; today&apos;s evidence suggests %2. The assessment is judged against its own suggestion.</source>
        <translation>Toen deze beoordeling werd gemaakt, stelden de regels %1 voor; de huidige gegevens geven %2. De beoordeling wordt getoetst aan haar eigen voorstel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The likelihood departs from the suggested class %1: give a justification.</source>
        <translation>De kans wijkt af van de voorgestelde klasse %1: geef een onderbouwing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessor is required.</source>
        <translation>De beoordelaar is verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a likelihood (A to E).</source>
        <translation>Kies een kans (A tot en met E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs both a likelihood and an impact.</source>
        <translation>%1 heeft zowel een kans als een impact nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion %1 needs a rationale.</source>
        <translation>Criterium %1 heeft een onderbouwing nodig.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The assessment was not saved: %1</source>
        <translation>De beoordeling is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessment saved</source>
        <translation>Beoordeling opgeslagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: 1 problem to fix.</source>
        <translation>Niet opgeslagen: er is 1 probleem op te lossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1 problems to fix.</source>
        <translation>Niet opgeslagen: er zijn %1 problemen op te lossen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved assessment</source>
        <translation>Niet-opgeslagen beoordeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to this assessment?</source>
        <translation>De wijzigingen in deze beoordeling opslaan?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The assessments of this dependency changed while you were editing. Save to keep your version, or Revert.</source>
        <translation>De beoordelingen van deze afhankelijkheid zijn gewijzigd terwijl u aan het bewerken was. Sla op om uw versie te bewaren, of draai terug.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../sdapp/gui/audit_view.py" line="+52"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every unlock, change, export and key change, chained by hash.</source>
        <translation>Elke ontgrendeling, wijziging, export en sleutelwijziging, met hashes aan elkaar geketend.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chain broken: %1</source>
        <translation>Keten verbroken: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain intact</source>
        <translation>Keten intact</translation>
    </message>
</context>
<context>
    <name>BinView</name>
    <message>
        <location filename="../../sdapp/gui/bin_view.py" line="+98"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to the bin</source>
        <translation>In prullenbak sinds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted dependencies</source>
        <translation>Verwijderde afhankelijkheden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted dependencies stay here with their full history. Restoring one brings back its last version into the register.</source>
        <translation>Verwijderde afhankelijkheden blijven hier bewaard met hun volledige geschiedenis. Terugzetten brengt de laatste versie terug in het register.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bin is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected dependency</source>
        <translation>De geselecteerde afhankelijkheid terugzetten</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This dependency cannot be restored:</source>
        <translation>Deze afhankelijkheid kan niet worden teruggezet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This dependency cannot be restored: %1</source>
        <translation>Deze afhankelijkheid kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 deleted dependency</source>
        <translation>1 verwijderde afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted dependencies</source>
        <translation>%1 verwijderde afhankelijkheden</translation>
    </message>
</context>
<context>
    <name>ClassificationBanner</name>
    <message>
        <location filename="../../sdapp/gui/banner.py" line="+24"/>
        <source>LOCKED</source>
        <translation>VERGRENDELD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1</source>
        <translation>Rubricering: %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../sdapp/gui/create_wizard.py" line="+256"/>
        <source>Create a vault</source>
        <translation>Kluis maken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the vault</source>
        <translation>Kluis openen</translation>
    </message>
</context>
<context>
    <name>CriticalityGrid</name>
    <message>
        <location filename="../../sdapp/gui/criticality_grid.py" line="+112"/>
        <source>Impact on %1</source>
        <translation>Impact op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale for %1</source>
        <translation>Onderbouwing voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <location filename="../../sdapp/gui/dependency_editor.py" line="+593"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chain</source>
        <translation>Toeleveringsketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Blootstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility and handling</source>
        <translation>Verantwoordelijkheid en behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU lists</source>
        <translation>EU-lijsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN/HS codes</source>
        <translation>GN/HS-codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import reliance</source>
        <translation>Importafhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock coverage (days)</source>
        <translation>Voorraaddekking (dagen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Substitutability</source>
        <translation>Vervangbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead ministry</source>
        <translation>Penvoerend ministerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Aanspreekpunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>No review date</source>
        <translation>Geen herbeoordelingsdatum</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>EU lists the dependency is on</source>
        <translation>EU-lijsten waarop de afhankelijkheid staat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supply-chain stages</source>
        <translation>Fasen van de toeleveringsketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country shares of the selected stage</source>
        <translation>Aandelen per land in de geselecteerde fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on this stage</source>
        <translation>Toelichting bij deze fase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Gallium (refined)</source>
        <translation>bijv. Gallium (geraffineerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 811292, 2805</source>
        <translation>bijv. 811292, 2805</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate codes with commas or spaces.</source>
        <translation>Scheid codes met komma&apos;s of spaties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is it, what is it used for, why does it matter?</source>
        <translation>Wat is het, waarvoor wordt het gebruikt en waarom is het van belang?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or person to ask</source>
        <translation>Team of persoon bij wie u terechtkunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>Scheid trefwoorden met komma&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a kind</source>
        <translation>Kies een soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain</source>
        <translation>Kies een domein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the EU lists this dependency appears on.</source>
        <translation>Vink de EU-lijsten aan waarop deze afhankelijkheid staat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of apparent consumption that is imported, 0 to 100 %.</source>
        <translation>Aandeel van het schijnbare verbruik dat wordt geïmporteerd, 0 tot 100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days of normal use the stocks cover.</source>
        <translation>Het aantal dagen normaal verbruik dat de voorraden dekken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each stage of the supply chain, enter where supply comes from as shares of the world total. Shares of one stage add up to at most 100 %.</source>
        <translation>Vul per fase van de toeleveringsketen in waar het aanbod vandaan komt, als aandelen van het wereldtotaal. De aandelen binnen één fase tellen op tot ten hoogste 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a supply-chain stage</source>
        <translation>Een fase van de toeleveringsketen toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected stage</source>
        <translation>De geselecteerde fase verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stages yet. Use &quot;Add stage&quot; to record where supply comes from.</source>
        <translation>Nog geen fasen. Gebruik &quot;Fase toevoegen&quot; om vast te leggen waar het aanbod vandaan komt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Land toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Land verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source, year, remarks on this stage</source>
        <translation>Bron, jaar, opmerkingen over deze fase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall impact:</source>
        <translation>Totale impact:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score each criterion that applies: X (no impact) or A (limited) to E (catastrophic). Leave a criterion on &quot;not scored&quot; when it was not assessed. The overall impact is the highest level scored.</source>
        <translation>Scoor elk criterium dat van toepassing is: X (geen impact) of A (beperkt) tot en met E (catastrofaal). Laat een criterium op &quot;niet gescoord&quot; staan als het niet is beoordeeld. De totale impact is het hoogste gescoorde niveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the unsaved changes</source>
        <translation>De niet-opgeslagen wijzigingen verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this dependency to the bin</source>
        <translation>Deze afhankelijkheid naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not assessed)</source>
        <translation>(niet beoordeeld)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This dependency does not exist (any more).</source>
        <translation>Deze afhankelijkheid bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This dependency is in the bin. Restore it from the bin to edit it.</source>
        <translation>Deze afhankelijkheid staat in de prullenbak. Zet haar terug uit de prullenbak om haar te bewerken.</translation>
    </message>
    <message>
        <location line="+146"/>
        <location line="+391"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>New dependency, not saved yet</source>
        <translation>Nieuwe afhankelijkheid, nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dependency</source>
        <translation>Nieuwe afhankelijkheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Classification: %1</source>
        <translation>Rubricering: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact %1</source>
        <translation>Impact %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall impact: %1</source>
        <translation>Totale impact: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no criterion scored yet)</source>
        <translation>(nog geen criterium gescoord)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All stages are listed</source>
        <translation>Alle fasen staan er al in</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This stage has a problem</source>
        <translation>Deze fase bevat een fout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where supply comes from: %1</source>
        <translation>Herkomst van het aanbod: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown country: use an ISO code or a country name</source>
        <translation>Onbekend land: gebruik een ISO-code of een landnaam</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other stages:</source>
        <translation>Andere fasen:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dependency was not saved: %1</source>
        <translation>De afhankelijkheid is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: 1 problem to fix.</source>
        <translation>Niet opgeslagen: er is 1 probleem op te lossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1 problems to fix.</source>
        <translation>Niet opgeslagen: er zijn %1 problemen op te lossen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete dependency</source>
        <translation>Afhankelijkheid verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; to the bin? You can restore it from the bin later.</source>
        <translation>&quot;%1&quot; naar de prullenbak verplaatsen? U kunt de afhankelijkheid later terugzetten uit de prullenbak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dependency was not deleted: %1</source>
        <translation>De afhankelijkheid is niet verwijderd: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the changes to this dependency?</source>
        <translation>De wijzigingen in deze afhankelijkheid opslaan?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This dependency was changed elsewhere while you were editing it. Save to keep your version, or Revert to load the stored one.</source>
        <translation>Deze afhankelijkheid is elders gewijzigd terwijl u haar bewerkte. Kies Opslaan om uw versie te behouden, of Terugdraaien om de opgeslagen versie te laden.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sdapp/gui/history_panel.py" line="+167"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions, newest first</source>
        <translation>Versies, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of this dependency</source>
        <translation>Versies van deze afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in the selected version</source>
        <translation>Wijzigingen in de geselecteerde versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected version</source>
        <translation>De geselecteerde versie terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring makes the selected version the current one again. It is stored as a new version and can be undone.</source>
        <translation>Terugzetten maakt de geselecteerde versie weer de huidige. Dit wordt opgeslagen als een nieuwe versie en kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the dependency to start its history.</source>
        <translation>Sla de afhankelijkheid op om de geschiedenis ervan te beginnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Identifier</source>
        <translation>Identificatiecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN/HS codes</source>
        <translation>GN/HS-codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead ministry</source>
        <translation>Penvoerend ministerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Aanspreekpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU lists</source>
        <translation>EU-lijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chain</source>
        <translation>Toeleveringsketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import reliance</source>
        <translation>Importafhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock coverage</source>
        <translation>Voorraaddekking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitutability</source>
        <translation>Vervangbaarheid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to the bin</source>
        <translation>Naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the bin</source>
        <translation>Teruggezet uit de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Select a version to see what it changed.</source>
        <translation>Selecteer een versie om te zien wat er is gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: moved to the bin; the content did not change.</source>
        <translation>%1: naar de prullenbak verplaatst; de inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: restored from the bin; the content did not change.</source>
        <translation>%1: teruggezet uit de prullenbak; de inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: first version, with these values.</source>
        <translation>%1: eerste versie, met deze waarden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field changed.</source>
        <translation>%1: geen velden gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: changes compared with the version before.</source>
        <translation>%1: wijzigingen ten opzichte van de vorige versie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dependency is in the bin; restore it from the bin first.</source>
        <translation>De afhankelijkheid staat in de prullenbak; zet haar eerst terug uit de prullenbak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version has the same content as the current one.</source>
        <translation>Deze versie heeft dezelfde inhoud als de huidige.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This version cannot be restored:</source>
        <translation>Deze versie kan niet worden teruggezet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version cannot be restored: %1</source>
        <translation>Deze versie kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not listed)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no countries entered</source>
        <translation>geen landen ingevuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supply chain: %1</source>
        <translation>Toeleveringsketen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no level)</source>
        <translation>(geen niveau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not scored)</source>
        <translation>(niet gescoord)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Criticality: %1</source>
        <translation>Kritikaliteit: %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../sdapp/gui/main.py" line="+55"/>
        <source>The demo vault&apos;s passphrase is: %1</source>
        <translation>De wachtwoordzin van de demokluis is: %1</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../sdapp/gui/create_wizard.py" line="-230"/>
        <source>Where should the vault live?</source>
        <translation>Waar moet de kluis komen te staan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault is one folder. Copying the folder copies the vault, still encrypted.</source>
        <translation>Een kluis is één map. Wie de map kopieert, kopieert de kluis, en die blijft versleuteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent folder</source>
        <translation>Bovenliggende map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault name</source>
        <translation>Naam van de kluis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the vault a simple name.</source>
        <translation>Geef de kluis een eenvoudige naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder does not exist.</source>
        <translation>De map bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault will be created as %1</source>
        <translation>De kluis wordt aangemaakt als %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sdapp/gui/main_window.py" line="+136"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>sdapp - %1</source>
        <translation>sdapp - %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New dependency</source>
        <translation>&amp;Nieuwe afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up to…</source>
        <translation>&amp;Back-up maken naar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-lock after…</source>
        <translation>Automatisch vergrendelen na…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when minimised</source>
        <translation>Vergrendelen bij minimaliseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix and rules…</source>
        <translation>Risicomatrix en kansregels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About sdapp</source>
        <translation>&amp;Over sdapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked. Its content is hidden.</source>
        <translation>De kluis is vergrendeld. De inhoud is verborgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Ontgrendelen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1 (%2)</source>
        <translation>Gebruiker: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the bin?</source>
        <translation>%1 naar de prullenbak verplaatsen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the vault to…</source>
        <translation>Back-up van de kluis maken naar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock after this many idle minutes:</source>
        <translation>Vergrendelen na dit aantal minuten zonder activiteit:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About sdapp</source>
        <translation>Over sdapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sdapp %1
Register of risky strategic dependencies.
Works offline; the register is encrypted on disk.</source>
        <translation>sdapp %1
Register van risicovolle strategische afhankelijkheden.
Werkt offline; het register wordt versleuteld opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../sdapp/gui/create_wizard.py" line="+32"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several words are easier to remember and harder to guess than one word.</source>
        <translation>Meerdere woorden zijn makkelijker te onthouden en moeilijker te raden dan één woord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too short: at least %1 characters</source>
        <translation>Te kort: minimaal %1 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it longer: add a word or two.</source>
        <translation>Maak de wachtwoordzin langer: voeg een of twee woorden toe.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location line="+15"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every passphrase is forgotten, only this key opens the vault. It is shown once: write it down and keep it in the safe.</source>
        <translation>Als alle wachtwoordzinnen vergeten zijn, opent alleen deze sleutel de kluis nog. De sleutel wordt één keer getoond: schrijf hem op en bewaar hem in de brandkast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the vault</source>
        <translation>Kluis voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibrating key derivation for this computer…</source>
        <translation>Sleutelafleiding kalibreren voor deze computer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written the recovery key down</source>
        <translation>Ik heb de herstelsleutel opgeschreven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group of the recovery key</source>
        <translation>Groep van de herstelsleutel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the encrypted vault…</source>
        <translation>Versleutelde kluis aanmaken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be created: %1</source>
        <translation>De kluis kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault was created. Write the key down exactly as shown.</source>
        <translation>De kluis is aangemaakt. Schrijf de sleutel precies zo op als hij wordt getoond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm, type group %1 of the key (counting from the left):</source>
        <translation>Typ ter bevestiging groep %1 van de sleutel (van links geteld):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That group does not match.</source>
        <translation>Die groep komt niet overeen.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../sdapp/gui/main_window.py" line="-385"/>
        <source>← Back to the register</source>
        <translation>← Terug naar het register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the register (Alt+Left)</source>
        <translation>Terug naar het register (Alt+Pijl-links)</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../sdapp/gui/register_view.py" line="+114"/>
        <source>Search the register</source>
        <translation>Zoeken in het register</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Register of dependencies</source>
        <translation>Register van afhankelijkheden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search name, description, codes, tags  (Ctrl+F)</source>
        <translation>Zoek op naam, beschrijving, codes, trefwoorden  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+109"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>EU lists</source>
        <translation>EU-lijsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review date</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>EU list</source>
        <translation>EU-lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risky strategic</source>
        <translation>Risicovol strategisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(on no EU list)</source>
        <translation>(op geen EU-lijst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The register is empty. Add the first dependency with New dependency (Ctrl+N), or import a register file with: sdapp register import</source>
        <translation>Het register is leeg. Voeg de eerste afhankelijkheid toe met Nieuwe afhankelijkheid (Ctrl+N), of importeer een registerbestand met: sdapp register import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the register…</source>
        <translation>Register laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 dependencies</source>
        <translation>%1 van %2 afhankelijkheden</translation>
    </message>
</context>
<context>
    <name>RiskMatrixView</name>
    <message>
        <location filename="../../sdapp/gui/matrix_view.py" line="+574"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All ministries</source>
        <translation>Alle ministeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All classifications</source>
        <translation>Alle rubriceringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk:</source>
        <translation>Risico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+461"/>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+461"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+461"/>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Show movement:</source>
        <translation>Verschuiving tonen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since the previous assessment</source>
        <translation>sinds de vorige beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from inherent to residual risk</source>
        <translation>van inherent risico naar restrisico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the matrix as a PNG image, with its classification marking</source>
        <translation>De matrix opslaan als PNG-afbeelding, met de rubriceringsmarkering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the matrix as an SVG drawing, with its classification marking</source>
        <translation>De matrix opslaan als SVG-tekening, met de rubriceringsmarkering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements</source>
        <translation>Verschuivingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level changed since:</source>
        <translation>Risiconiveau gewijzigd sinds:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+421"/>
        <location line="+27"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="-444"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+221"/>
        <location line="+284"/>
        <source>Risky strategic: impact ≥ %1 and likelihood ≥ %2</source>
        <translation>Risicovol strategisch: impact ≥ %1 en kans ≥ %2</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Movement since the previous assessment (dotted ring: where it was)</source>
        <translation>Verschuiving sinds de vorige beoordeling (stippelring: vorige positie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inherent to residual risk (dotted ring: inherent)</source>
        <translation>Van inherent risico naar restrisico (stippelring: inherent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 dependencies on the matrix.</source>
        <translation>%1 van %2 afhankelijkheden in de matrix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 without this risk assessed.</source>
        <translation>%1 zonder beoordeling van dit risico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a point to open the dependency.</source>
        <translation>Klik op een punt om de afhankelijkheid te openen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No risk level changed since this date.</source>
        <translation>Sinds deze datum is geen risiconiveau gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open the dependency.</source>
        <translation>Dubbelklik op een rij om de afhankelijkheid te openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not assessed)</source>
        <translation>(niet beoordeeld)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Likelihood: %1</source>
        <translation>Kans: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level: %1</source>
        <translation>Risiconiveau: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the risk matrix as PNG</source>
        <translation>De risicomatrix exporteren als PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk-matrix.png</source>
        <translation>risicomatrix.png</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the risk matrix as SVG</source>
        <translation>De risicomatrix exporteren als SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk-matrix.svg</source>
        <translation>risicomatrix.svg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>Could not write %1</source>
        <translation>Kon %1 niet wegschrijven</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 dependencies</source>
        <translation>%1 afhankelijkheden</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Movement since the previous assessment</source>
        <translation>Verschuiving sinds de vorige beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inherent to residual risk</source>
        <translation>Van inherent risico naar restrisico</translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <location filename="../../sdapp/gui/risk_settings_dialog.py" line="+155"/>
        <source>Risk matrix and rules</source>
        <translation>Risicomatrix en kansregels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood rules</source>
        <translation>Kansregels</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to the risk matrix or the likelihood rules?</source>
        <translation>De niet-opgeslagen wijzigingen in de risicomatrix of de kansregels verwerpen?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Every save stores a new version of the matrix. Assessments keep the version they were scored under; new assessments use the newest version.</source>
        <translation>Elke keer opslaan legt een nieuwe versie van de matrix vast. Beoordelingen houden de versie waarmee ze zijn gescoord; nieuwe beoordelingen gebruiken de nieuwste versie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk levels (highest first)</source>
        <translation>Risiconiveaus (hoogste eerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch label</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English label</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Add level</source>
        <translation>Niveau toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove level</source>
        <translation>Niveau verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank this level one step higher</source>
        <translation>Dit niveau één stap hoger rangschikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank this level one step lower</source>
        <translation>Dit niveau één stap lager rangschikken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click a version to edit a copy of it</source>
        <translation>Dubbelklik op een versie om een kopie ervan te bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid: impact (rows) × likelihood (columns)</source>
        <translation>Raster: impact (rijen) × kans (kolommen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Risk matrix grid</source>
        <translation>Raster van de risicomatrix</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+303"/>
        <source>Impact %1, likelihood %2</source>
        <translation>Impact %1, kans %2</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Cells with a dark border are risky strategic (see the thresholds below).</source>
        <translation>Cellen met een donkere rand zijn risicovol strategisch (zie de drempels hieronder).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risky strategic</source>
        <translation>Risicovol strategisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dependency is risky strategic when both hold: it is crucial for public interests (impact at least the minimum) and its supply is likely to be disrupted (likelihood at least the minimum).</source>
        <translation>Een afhankelijkheid is risicovol strategisch als beide gelden: ze is cruciaal voor publieke belangen (impact ten minste het minimum) en de aanvoer wordt waarschijnlijk verstoord (kans ten minste het minimum).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum impact:</source>
        <translation>Minimale impact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum likelihood:</source>
        <translation>Minimale kans:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk matrix message</source>
        <translation>Melding bij de risicomatrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the national default</source>
        <translation>Nationale standaard laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the editor with the national default matrix; nothing is stored until you save</source>
        <translation>De editor vullen met de nationale standaardmatrix; er wordt pas iets vastgelegd als u opslaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 - current version %2</source>
        <translation>%1 - huidige versie %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (current)</source>
        <translation>%1 (huidig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sdapp (national default)</source>
        <translation>sdapp (nationale standaard)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The code of a stored level cannot change: earlier versions refer to it.</source>
        <translation>De code van een opgeslagen niveau kan niet veranderen: eerdere versies verwijzen ernaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case letters, digits and hyphens</source>
        <translation>Kleine letters, cijfers en koppeltekens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the colour of this level</source>
        <translation>De kleur van dit niveau kiezen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Colour of %1</source>
        <translation>Kleur van %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The matrix needs at least one risk level.</source>
        <translation>De matrix heeft ten minste één risiconiveau nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The level %1 is used in the grid (impact and likelihood %2): give those cells another level first.</source>
        <translation>Het niveau %1 wordt gebruikt in het raster (impact en kans %2): geef die cellen eerst een ander niveau.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>risky strategic</source>
        <translation>risicovol strategisch</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unsaved changes: saving stores version %1.</source>
        <translation>Niet-opgeslagen wijzigingen: opslaan legt versie %1 vast.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Risk level %1: the code is required.</source>
        <translation>Risiconiveau %1: de code is verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk level %1: the code may hold only lower-case letters, digits and hyphens.</source>
        <translation>Risiconiveau %1: de code mag alleen kleine letters, cijfers en koppeltekens bevatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk level %1: the code %2 is used twice.</source>
        <translation>Risiconiveau %1: de code %2 komt twee keer voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk level %1: the Dutch label is required.</source>
        <translation>Risiconiveau %1: de Nederlandse naam is verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk level %1: the English label is required.</source>
        <translation>Risiconiveau %1: de Engelse naam is verplicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+307"/>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Not saved: the vault refused the matrix (%1).</source>
        <translation>Niet opgeslagen: de kluis weigerde de matrix (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+307"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Saved as version %1. Earlier assessments keep their version.</source>
        <translation>Opgeslagen als versie %1. Eerdere beoordelingen houden hun versie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rules suggest a likelihood class from the supply evidence. The base class follows the concentration (HHI) at the bottleneck stage; each adjustment that applies moves the class up or down. In an explanation, %1 stands for the measured value. Analysts may depart from the suggestion with a justification.</source>
        <translation>De regels stellen een kansklasse voor op basis van de aanvoergegevens. De basisklasse volgt de concentratie (HHI) in de knelpuntschakel; elke bijstelling die van toepassing is, verschuift de klasse omhoog of omlaag. In een toelichting staat %1 voor de gemeten waarde. Analisten mogen met een onderbouwing van het voorstel afwijken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base classes by concentration</source>
        <translation>Basisklassen naar concentratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Minimum HHI</source>
        <translation>Minimale HHI</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+127"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+27"/>
        <source>Explanation (Dutch)</source>
        <translation>Toelichting (Nederlands)</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Explanation (English)</source>
        <translation>Toelichting (Engels)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add threshold</source>
        <translation>Drempel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove threshold</source>
        <translation>Drempel verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A dependency gets the class of the highest threshold its HHI reaches (0 = spread over many countries, 1 = one country).</source>
        <translation>Een afhankelijkheid krijgt de klasse van de hoogste drempel die haar HHI bereikt (0 = gespreid over veel landen, 1 = één land).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adjustments</source>
        <translation>Bijstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Change</source>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Leave empty for no bound. Shares are fractions: 0.5 is 50 %.</source>
        <translation>Leeg laten voor geen grens. Aandelen zijn fracties: 0,5 is 50 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Classes to move the likelihood: +1 one class higher, -1 one lower</source>
        <translation>Aantal klassen dat de kans verschuift: +1 één klasse hoger, -1 één lager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add adjustment</source>
        <translation>Bijstelling toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove adjustment</source>
        <translation>Bijstelling verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likelihood rules message</source>
        <translation>Melding bij de kansregels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the national defaults</source>
        <translation>Nationale standaardregels laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the tables with the national default rules; nothing is stored until you save</source>
        <translation>De tabellen vullen met de nationale standaardregels; er wordt pas iets vastgelegd als u opslaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rules</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration (HHI, 0-1)</source>
        <translation>Concentratie (HHI, 0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the largest supplier country (0-1)</source>
        <translation>Aandeel van het grootste leverancierland (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share from countries with strained relations (0-1)</source>
        <translation>Aandeel uit landen met een gespannen relatie (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share from EU member states (0-1)</source>
        <translation>Aandeel uit EU-lidstaten (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import reliance (0-1)</source>
        <translation>Importafhankelijkheid (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock coverage (days)</source>
        <translation>Voorraaddekking (dagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitutability (rank, 1 = hardly or not)</source>
        <translation>Vervangbaarheid (rang, 1 = nauwelijks of niet)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Threshold %1: another threshold has the same minimum HHI.</source>
        <translation>Drempel %1: een andere drempel heeft dezelfde minimale HHI.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold %1: the Dutch and English explanations are required.</source>
        <translation>Drempel %1: de Nederlandse en de Engelse toelichting zijn verplicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one base threshold is required.</source>
        <translation>Ten minste één basisdrempel is verplicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adjustment %1: %2 is not a number.</source>
        <translation>Bijstelling %1: %2 is geen getal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adjustment %1: give a minimum, a maximum or both.</source>
        <translation>Bijstelling %1: geef een minimum, een maximum of beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjustment %1: the minimum is above the maximum.</source>
        <translation>Bijstelling %1: het minimum ligt boven het maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adjustment %1: the change must not be 0.</source>
        <translation>Bijstelling %1: de verschuiving mag niet 0 zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment %1: the Dutch and English explanations are required.</source>
        <translation>Bijstelling %1: de Nederlandse en de Engelse toelichting zijn verplicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: the vault refused the rules (%1).</source>
        <translation>Niet opgeslagen: de kluis weigerde de regels (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules saved. Suggestions for new assessments follow them; stored assessments keep their suggested class.</source>
        <translation>Regels opgeslagen. Voorstellen voor nieuwe beoordelingen volgen deze regels; opgeslagen beoordelingen houden hun voorgestelde klasse.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../sdapp/gui/session.py" line="+127"/>
        <source>Restore version of %1</source>
        <translation>Versie van %1 terugzetten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assess %1</source>
        <translation>%1 beoordelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit assessment of %1</source>
        <translation>Beoordeling van %1 bewerken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore %1 from the bin</source>
        <translation>%1 terugzetten uit de prullenbak</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../sdapp/gui/unlock_dialog.py" line="+48"/>
        <source>Wrong passphrase or recovery key. Failed attempts: %1.</source>
        <translation>Onjuiste wachtwoordzin of herstelsleutel. Mislukte pogingen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed attempts. Wait until the countdown ends.</source>
        <translation>Te veel mislukte pogingen. Wacht tot het aftellen is afgelopen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is not an sdapp vault.</source>
        <translation>Deze map is geen sdapp-kluis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault was made by a newer version of sdapp. Install that version to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van sdapp. Installeer die versie om hem te openen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is damaged or was altered: %1</source>
        <translation>De kluis is beschadigd of gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is already open elsewhere (%1). Close it there first.</source>
        <translation>De kluis is elders al geopend (%1). Sluit hem daar eerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault cannot be written: %1</source>
        <translation>Er kan niet naar de kluis worden geschreven: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault has no such user.</source>
        <translation>Deze kluis heeft geen gebruiker met die naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+81"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+72"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+69"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>for when no passphrase is available</source>
        <translation>als er geen wachtwoordzin beschikbaar is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock message</source>
        <translation>Melding bij ontgrendelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 failed unlock attempt since the last successful unlock.</source>
        <translation>1 mislukte ontgrendelpoging sinds de laatste geslaagde ontgrendeling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed unlock attempts since the last successful unlock.</source>
        <translation>%1 mislukte ontgrendelpogingen sinds de laatste geslaagde ontgrendeling.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next attempt possible in %1 s</source>
        <translation>Volgende poging mogelijk over %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the passphrase or recovery key.</source>
        <translation>Voer de wachtwoordzin of de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../sdapp/gui/create_wizard.py" line="-159"/>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and ministry are recorded with every change you make.</source>
        <translation>Uw naam en ministerie worden vastgelegd bij elke wijziging die u aanbrengt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ministry</source>
        <translation>&amp;Ministerie</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../sdapp/gui/validation_text.py" line="+22"/>
        <source>%1 is not a UUID</source>
        <translation>%1 is geen UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name is required</source>
        <translation>een naam is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 200 characters</source>
        <translation>maximaal 200 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value %1; expected one of %2</source>
        <translation>onbekende waarde %1; verwacht een van: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown ministry %1</source>
        <translation>onbekend ministerie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown classification level %1</source>
        <translation>onbekend rubriceringsniveau %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown EU list %1</source>
        <translation>onbekende EU-lijst %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a CN/HS code (2 to 10 digits)</source>
        <translation>%1 is geen GN/HS-code (2 tot 10 cijfers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a valid tag (empty or contains &apos;;&apos;)</source>
        <translation>%1 is geen geldig trefwoord (leeg of bevat &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value %1</source>
        <translation>onbekende waarde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 100 %</source>
        <translation>moet tussen 0 en 100 % liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number of days, zero or more</source>
        <translation>moet een aantal dagen zijn, nul of meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown supply-chain stage %1</source>
        <translation>onbekende ketenfase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage listed twice</source>
        <translation>fase komt twee keer voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown country code %1 (use ISO alpha-2)</source>
        <translation>onbekende landcode %1 (gebruik ISO alpha-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country %1 listed twice</source>
        <translation>land %1 komt twee keer voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of %1 must be between 0 and 100 %</source>
        <translation>aandeel van %1 moet tussen 0 en 100 % liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares add up to %1 %, more than 100 %</source>
        <translation>de aandelen tellen op tot %1 %, meer dan 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown criterion %1</source>
        <translation>onbekend criterium %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion %1 scored twice</source>
        <translation>criterium %1 is twee keer gescoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact level %1 for %2 must be X or A-E</source>
        <translation>impactniveau %1 voor %2 moet X of A-E zijn</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../sdapp/gui/welcome.py" line="+107"/>
        <source>sdapp - welcome</source>
        <translation>sdapp - welkom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register of risky strategic dependencies. Everything stays on this workstation, encrypted.</source>
        <translation>Register van risicovolle strategische afhankelijkheden. Alles blijft versleuteld op deze werkplek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a new vault…</source>
        <translation>Nieuwe kluis &amp;maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo vault (fictitious data)</source>
        <translation>&amp;Demokluis openen (fictieve gegevens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent vaults</source>
        <translation>Recente kluizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember recent vaults on this workstation</source>
        <translation>Recente kluizen onthouden op deze werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(off)</source>
        <translation>(uitgeschakeld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a vault (a folder ending in .sdvault)</source>
        <translation>Kluis openen (een map die eindigt op .sdvault)</translation>
    </message>
</context>
</TS>
