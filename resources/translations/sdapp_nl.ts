<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../sdapp/gui/contacts_view.py" line="+115"/>
        <source>Add a contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>age recipient</source>
        <translation>age-ontvangersleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>untrusted comment: minisign public key …
RWQ…</source>
        <translation>untrusted comment: minisign public key …
RWQ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minisign public key</source>
        <translation>publieke minisign-sleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load from file…</source>
        <translation>&amp;Laden uit bestand…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The age recipient is the public key the contact&apos;s age-keygen printed; copies for them are sealed to it. The minisign key is optional: with it, packs they sign show as coming from them. Compare both with the contact in person or by phone.</source>
        <translation>De age-ontvangersleutel is de publieke sleutel die age-keygen bij de contactpersoon heeft getoond; exemplaren voor deze persoon worden daarmee verzegeld. De minisign-sleutel is optioneel: daarmee zijn pakketten die de contactpersoon ondertekent herkenbaar als afkomstig van deze persoon. Vergelijk beide sleutels persoonlijk of telefonisch met de contactpersoon.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why the contact cannot be added</source>
        <translation>Waarom de contactpersoon niet kan worden toegevoegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add contact</source>
        <translation>Contactpersoon &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a&amp;ge recipient</source>
        <translation>a&amp;ge-ontvangersleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;minisign public key</source>
        <translation>publieke &amp;minisign-sleutel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contact&apos;s minisign public key</source>
        <translation>Publieke minisign-sleutel van de contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Publieke minisign-sleutels (*.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large for a public key file</source>
        <translation>te groot voor een bestand met een publieke sleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>AddresseesPage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="+457"/>
        <source>Addressees and output folder</source>
        <translation>Geadresseerden en uitvoermap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each addressee gets a personal numbered copy, sealed to them and logged in the copy register.</source>
        <translation>Elke geadresseerde krijgt een eigen genummerd exemplaar, verzegeld voor die geadresseerde en vastgelegd in het exemplarenregister.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contacts (sealed to each one&apos;s age key)</source>
        <translation>&amp;Contactpersonen (verzegeld met de age-sleutel van elk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One addressee with a &amp;passphrase</source>
        <translation>Eén geadresseerde met een &amp;wachtwoordzin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts to send a copy to</source>
        <translation>Contactpersonen die een exemplaar krijgen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No contacts yet. Add them under Briefings › Contacts and keys, or seal one copy with a passphrase.</source>
        <translation>Nog geen contactpersonen. Voeg ze toe onder Briefings › Contactpersonen en sleutels, of verzegel één exemplaar met een wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addressee&apos;s name</source>
        <translation>Naam van de geadresseerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressee&apos;s organisation</source>
        <translation>Organisatie van de geadresseerde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack passphrase</source>
        <translation>Wachtwoordzin van het pakket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the pack passphrase</source>
        <translation>Wachtwoordzin van het pakket herhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 12 characters. Give the passphrase to the addressee by another way than the pack (in person or by phone).</source>
        <translation>Minimaal 12 tekens. Geef de wachtwoordzin langs een andere weg dan het pakket aan de geadresseerde (persoonlijk of telefonisch).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output &amp;folder</source>
        <translation>Uitvoer&amp;map</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder for the sealed copies</source>
        <translation>Map voor de verzegelde exemplaren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 numbered copies will be sealed.</source>
        <translation>Er worden %1 genummerde exemplaren verzegeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 numbered copy will be sealed.</source>
        <translation>Er wordt 1 genummerd exemplaar verzegeld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one contact.</source>
        <translation>Kies ten minste één contactpersoon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the addressee: the name is printed on the copy.</source>
        <translation>Vul de naam van de geadresseerde in: die wordt op het exemplaar afgedrukt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder does not exist.</source>
        <translation>De uitvoermap bestaat niet.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../sdapp/gui/assessment_panel.py" line="+442"/>
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
        <location line="+451"/>
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location line="-450"/>
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
        <location line="+81"/>
        <source>This dependency is in the bin. Restore it from the bin to assess it.</source>
        <translation>Deze afhankelijkheid staat in de prullenbak. Zet haar terug uit de prullenbak om haar te beoordelen.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+13"/>
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
        <location line="+25"/>
        <source>Residual risk from %1 planned or agreed action option(s): the current risk lowered by their expected effect (tab Options). Without such options the residual risk entered here applies.</source>
        <translation>Restrisico op grond van %1 geplande of akkoord bevonden handelingsoptie(s): het huidige risico verminderd met hun verwachte effect (tabblad Handelingsopties). Zonder zulke opties geldt het hier ingevulde restrisico.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+74"/>
        <source>The assessment was not saved: %1</source>
        <translation>De beoordeling is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment saved</source>
        <translation>Beoordeling opgeslagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved assessment</source>
        <translation>Niet-opgeslagen beoordeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to this assessment?</source>
        <translation>De wijzigingen in deze beoordeling opslaan?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The assessments of this dependency changed while you were editing. Save to keep your version, or Revert.</source>
        <translation>De beoordelingen van deze afhankelijkheid zijn gewijzigd terwijl u aan het bewerken was. Sla op om uw versie te bewaren, of draai terug.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../sdapp/gui/audit_view.py" line="+48"/>
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
        <location filename="../../sdapp/gui/bin_view.py" line="+139"/>
        <source>Dependencies (%1)</source>
        <translation>Afhankelijkheden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action options (%1)</source>
        <translation>Handelingsopties (%1)</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="+153"/>
        <source>New briefing</source>
        <translation>Nieuwe briefing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laying out the briefing…</source>
        <translation>Briefing opmaken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealing</source>
        <translation>Verzegelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sealed copy %1 of %2…</source>
        <translation>Exemplaar %1 van %2 verzegeld…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sealing was cancelled: nothing was written or registered.</source>
        <translation>Het verzegelen is geannuleerd: er is niets weggeschreven of geregistreerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sealing failed, nothing was written or registered: %1</source>
        <translation>Verzegelen mislukt, er is niets weggeschreven of geregistreerd: %1</translation>
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
    <name>ClassificationPage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="-459"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document carries the highest level of what it contains. The marking goes on the top and bottom of every page.</source>
        <translation>Een document krijgt het hoogste niveau van wat het bevat. De markering staat boven- en onderaan elke pagina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classification level</source>
        <translation>Rubriceringsniveau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Classifying official</source>
        <translation>Vaststeller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the classification on</source>
        <translation>Rubricering herbeoordelen op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this classification is refused</source>
        <translation>Waarom deze rubricering wordt geweigerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classifying &amp;official</source>
        <translation>Vast&amp;steller</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The chosen records are marked up to %1, so the briefing needs at least that level.</source>
        <translation>De gekozen records zijn gerubriceerd tot en met %1; de briefing krijgt daarom ten minste dat niveau.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../sdapp/gui/exchange_view.py" line="+1094"/>
        <source>Resolve: %1</source>
        <translation>Oplossen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no common version: the record was made on both sides.</source>
        <translation>Er is geen gemeenschappelijke versie: het record is aan beide kanten aangemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common version: %1 by %2 on %3.</source>
        <translation>Gemeenschappelijke versie: %1 door %2 op %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was changed in this vault and in the pack since they last agreed. %3&lt;br&gt;Mine: %4 by %5. Theirs: %6 by %7 on %8. Fields changed on one side only merge by themselves; choose for each field marked &lt;span style=&apos;color:%9&apos;&gt;needs a choice&lt;/span&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) is in deze kluis én in het pakket gewijzigd sinds ze voor het laatst overeenkwamen. %3&lt;br&gt;Van mij: %4 door %5. Van hen: %6 door %7 op %8. Velden die maar aan één kant zijn gewijzigd, worden vanzelf samengevoegd; maak een keuze voor elk veld met &lt;span style=&apos;color:%9&apos;&gt;keuze nodig&lt;/span&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Common ancestor</source>
        <translation>Gemeenschappelijke voorganger</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Mine (this vault)</source>
        <translation>Van mij (deze kluis)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Theirs (the pack)</source>
        <translation>Van hen (het pakket)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep &amp;mine</source>
        <translation>Die van &amp;mij behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>Die van &amp;hen overnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit:</source>
        <translation>&amp;Bewerken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value to store</source>
        <translation>De op te slaan waarde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use these choices</source>
        <translation>Deze keuzes gebruiken</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Van hen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed after the merge</source>
        <translation>Berekend na het samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a choice</source>
        <translation>Keuze nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same change on both sides</source>
        <translation>Zelfde wijziging aan beide kanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (changed only here)</source>
        <translation>Van mij (alleen hier gewijzigd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (changed only there)</source>
        <translation>Van hen (alleen daar gewijzigd)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no common version)</source>
        <translation>(geen gemeenschappelijke versie)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This field is computed from the others after the merge.</source>
        <translation>Dit veld wordt na het samenvoegen berekend uit de andere velden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values belong together: keep mine or take theirs.</source>
        <translation>Deze waarden horen bij elkaar: behoud die van mij of neem die van hen over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text is stored as typed; other values as JSON, in the form shown for the versions above.</source>
        <translation>Tekst wordt opgeslagen zoals getypt; andere waarden als JSON, in de vorm die hierboven bij de versies staat.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Still to choose: %1</source>
        <translation>Nog te kiezen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These choices do not make a valid record: %1</source>
        <translation>Deze keuzes leveren geen geldig record op: %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../sdapp/gui/contacts_view.py" line="+47"/>
        <location line="+55"/>
        <source>no signing key</source>
        <translation>geen ondertekeningssleutel</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your keys (%1)</source>
        <translation>Uw sleutels (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keys</source>
        <translation>Uw sleutels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no keys for sealed packs yet. They are made when you first seal a briefing or export your public keys, or now:</source>
        <translation>U hebt nog geen sleutels voor verzegelde pakketten. Die worden gemaakt wanneer u voor het eerst een briefing verzegelt of uw publieke sleutels exporteert, of nu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make my keys</source>
        <translation>Mijn sleutels &amp;maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>age recipient</source>
        <translation>age-ontvangersleutel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Your age recipient</source>
        <translation>Uw age-ontvangersleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy your age recipient (a public key) to the clipboard</source>
        <translation>Uw age-ontvangersleutel (een publieke sleutel) naar het klembord kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key (minisign)</source>
        <translation>Ondertekeningssleutel (minisign)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export public keys…</source>
        <translation>Publieke sleutels &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write %1 and %2 into a folder, to give to your contacts</source>
        <translation>%1 en %2 in een map wegschrijven, om aan uw contactpersonen te geven</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet. Add the people you send briefings to, with the age recipient and minisign public key they gave you.</source>
        <translation>Nog geen contactpersonen. Voeg de mensen toe naar wie u briefings stuurt, met de age-ontvangersleutel en de publieke minisign-sleutel die zij u hebben gegeven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add contact…</source>
        <translation>Contactpersoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key id</source>
        <translation>Id ondertekeningssleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key id %1    fingerprint %2</source>
        <translation>sleutel-id %1    vingerafdruk %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your age recipient is on the clipboard.</source>
        <translation>Uw age-ontvangersleutel staat op het klembord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for your public keys</source>
        <translation>Map voor uw publieke sleutels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds %2. Replace?</source>
        <translation>%1 bevat al %2. Vervangen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keys were not exported: %1</source>
        <translation>De sleutels zijn niet geëxporteerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1</source>
        <translation>Weggeschreven: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1. Check the fingerprint of their signing key with them.</source>
        <translation>%1 is toegevoegd. Controleer samen met deze contactpersoon de vingerafdruk van de ondertekeningssleutel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Packs can no longer be sealed to them, and packs they signed will show an unknown key. Copies already issued stay in the copy register.</source>
        <translation>%1 verwijderen? Er kunnen dan geen pakketten meer voor deze contactpersoon worden verzegeld, en pakketten die deze persoon heeft ondertekend, tonen een onbekende sleutel. Al uitgereikte exemplaren blijven in het exemplarenregister staan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="-154"/>
        <source>Title, language and sections</source>
        <translation>Titel, taal en onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is printed on the cover and in every copy&apos;s file name.</source>
        <translation>De titel komt op het voorblad en in de bestandsnaam van elk exemplaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the briefing</source>
        <translation>Titel van de briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Risicovolle strategische afhankelijkheden, stand 2025</source>
        <translation>bijv. Risicovolle strategische afhankelijkheden, stand 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cover page (title, classification, copy number and addressee)</source>
        <translation>Voorblad (titel, rubricering, exemplaarnummer en geadresseerde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary table of the dependencies</source>
        <translation>Overzichtstabel van de afhankelijkheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One section per dependency (supply, assessment, action options)</source>
        <translation>Eén onderdeel per afhankelijkheid (aanvoer, beoordeling, handelingsopties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex (list of the records; the spreadsheet annex is always attached)</source>
        <translation>Bijlage (lijst van de records; de spreadsheetbijlage wordt altijd meegestuurd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections of the PDF</source>
        <translation>Onderdelen van de pdf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the briefing a title.</source>
        <translation>Geef de briefing een titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one section.</source>
        <translation>Kies ten minste één onderdeel.</translation>
    </message>
</context>
<context>
    <name>CopyRegisterView</name>
    <message>
        <location filename="../../sdapp/gui/copy_register_view.py" line="+231"/>
        <source>Pack</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued (when · by)</source>
        <translation>Uitgereikt (wanneer · door)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status recorded (when · by)</source>
        <translation>Status vastgelegd (wanneer · door)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Ingeleverd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destroyed</source>
        <translation>Vernietigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every numbered copy sealed from this vault. Record here when a copy comes back or is destroyed; entries are never removed.</source>
        <translation>Elk genummerd exemplaar dat vanuit deze kluis is verzegeld. Leg hier vast wanneer een exemplaar wordt ingeleverd of vernietigd; regels worden nooit verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search title, addressee, organisation, note</source>
        <translation>Zoek op titel, geadresseerde, organisatie, toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the copy register</source>
        <translation>Zoeken in het exemplarenregister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy register</source>
        <translation>Exemplarenregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;returned…</source>
        <translation>Als inge&amp;leverd registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;destroyed…</source>
        <translation>Als &amp;vernietigd registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the listed copies to an Excel or CSV file</source>
        <translation>De getoonde exemplaren naar een Excel- of CSV-bestand wegschrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copies issued yet. Sealed briefings appear here, one row per numbered copy.</source>
        <translation>Nog geen exemplaren uitgereikt. Verzegelde briefings verschijnen hier, één regel per genummerd exemplaar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 of %2 copies</source>
        <translation>%1 van %2 exemplaren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record returned</source>
        <translation>Als ingeleverd registreren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record destroyed</source>
        <translation>Als vernietigd registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the register (who handed it in, or how and by whom it was destroyed):</source>
        <translation>Toelichting voor het register (wie het exemplaar heeft ingeleverd, of hoe en door wie het is vernietigd):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 copies selected.</source>
        <translation>Geselecteerde exemplaren: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused, nothing recorded: %1</source>
        <translation>Geweigerd, er is niets vastgelegd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as returned: %1 copies.</source>
        <translation>Aantal exemplaren geregistreerd als ingeleverd: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as destroyed: %1 copies.</source>
        <translation>Aantal exemplaren geregistreerd als vernietigd: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the copy register</source>
        <translation>Het exemplarenregister exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copy-register.xlsx</source>
        <translation>exemplarenregister.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, kommagescheiden (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copies written to %2</source>
        <translation>Exemplaren weggeschreven naar %2: %1</translation>
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
    <name>DependenciesPage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="-140"/>
        <source>Choose the dependencies</source>
        <translation>Afhankelijkheden kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The briefing holds these records in the register&apos;s order. Its classification will be at least the highest level among them.</source>
        <translation>De briefing bevat deze records in de volgorde van het register. De rubricering wordt ten minste het hoogste niveau daarvan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Naam</translation>
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
        <location line="+0"/>
        <source>Risky strategic</source>
        <translation>Risicovol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, domain or classification</source>
        <translation>Filteren op naam, domein of rubricering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the dependencies</source>
        <translation>De afhankelijkheden filteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only risky strategic</source>
        <translation>Alleen risicovol strategisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every dependency the filter shows</source>
        <translation>Alle afhankelijkheden selecteren die het filter toont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selection of every dependency the filter shows</source>
        <translation>De selectie opheffen van alle afhankelijkheden die het filter toont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependencies to include</source>
        <translation>Op te nemen afhankelijkheden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2 dependencies chosen (%3 shown)</source>
        <translation>%1 van %2 afhankelijkheden gekozen (%3 getoond)</translation>
    </message>
</context>
<context>
    <name>DependencyBinPanel</name>
    <message>
        <location filename="../../sdapp/gui/bin_view.py" line="-100"/>
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
        <location line="+4"/>
        <source>1 deleted dependency</source>
        <translation>1 verwijderde afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted dependencies</source>
        <translation>%1 verwijderde afhankelijkheden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This dependency cannot be restored:</source>
        <translation>Deze afhankelijkheid kan niet worden teruggezet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dependency cannot be restored: %1</source>
        <translation>Deze afhankelijkheid kan niet worden teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <location filename="../../sdapp/gui/dependency_editor.py" line="+596"/>
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
        <source>Options</source>
        <translation>Handelingsopties</translation>
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
        <location line="+33"/>
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
        <location line="+147"/>
        <location line="+378"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="-375"/>
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
        <location line="+29"/>
        <source>The dependency was not saved: %1</source>
        <translation>De afhankelijkheid is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+25"/>
        <source>This dependency was changed elsewhere while you were editing it. Save to keep your version, or Revert to load the stored one.</source>
        <translation>Deze afhankelijkheid is elders gewijzigd terwijl u haar bewerkte. Kies Opslaan om uw versie te behouden, of Terugdraaien om de opgeslagen versie te laden.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="+447"/>
        <source>Sealed</source>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files written</source>
        <translation>Weggeschreven bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each .sdpack file is one addressee&apos;s copy; the .minisig beside it lets a courier check the sealed file without opening it. The copies are logged in the copy register, where their return or destruction is recorded.</source>
        <translation>Elk .sdpack-bestand is het exemplaar van één geadresseerde; met het .minisig-bestand ernaast kan een koerier het verzegelde bestand controleren zonder het te openen. De exemplaren zijn vastgelegd in het exemplarenregister, waar ook de inlevering of vernietiging wordt geregistreerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 copies were sealed into %2</source>
        <translation>Exemplaren verzegeld in %2: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy %1 for %2: %3 (%4 KB)</source>
        <translation>Exemplaar %1 voor %2: %3 (%4 KB)</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <location filename="../../sdapp/gui/editor_saving.py" line="+24"/>
        <source>Not saved: 1 problem to fix.</source>
        <translation>Niet opgeslagen: er is 1 probleem op te lossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1 problems to fix.</source>
        <translation>Niet opgeslagen: er zijn %1 problemen op te lossen.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../../sdapp/gui/exchange_view.py" line="-1214"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action option</source>
        <translation>Handelingsoptie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>In the bin</source>
        <translation>In de prullenbak</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Review (status and history)</source>
        <translation>Beoordeling (status en geschiedenis)</translation>
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
        <source>CN codes</source>
        <translation>GN-codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead ministry</source>
        <translation>Penvoerend ministerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="-272"/>
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
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix version</source>
        <translation>Matrixversie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impacts</source>
        <translation>Impactscores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact rule</source>
        <translation>Impactregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested likelihood</source>
        <translation>Voorgestelde kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rung</source>
        <translation>Trede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involved ministries</source>
        <translation>Betrokken ministeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on likelihood</source>
        <translation>Effect op kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on impact</source>
        <translation>Effect op impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off cost (low)</source>
        <translation>Eenmalige kosten (laag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off cost (high)</source>
        <translation>Eenmalige kosten (hoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly cost (low)</source>
        <translation>Jaarlijkse kosten (laag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly cost (high)</source>
        <translation>Jaarlijkse kosten (hoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost bearer</source>
        <translation>Kostendrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market disruption</source>
        <translation>Marktverstoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to effect</source>
        <translation>Tijd tot effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proportionality</source>
        <translation>Proportionaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last edited by</source>
        <translation>Laatst bewerkt door</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the register</source>
        <translation>In het register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>likelihood %1, impact %2</source>
        <translation>kans %1, impact %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not valid JSON (%1); keep the form of the versions above</source>
        <translation>geen geldige JSON (%1); houd de vorm van de versies hierboven aan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-picked</source>
        <translation>handmatig gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ministry %1</source>
        <translation>ministerie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since the last exchange</source>
        <translation>gewijzigd sinds de laatste uitwisseling</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mine</source>
        <translation>van mij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>theirs</source>
        <translation>van hen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed here since</source>
        <translation>Hier sindsdien gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As sent</source>
        <translation>Zoals verstuurd</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>&amp;Send records…</source>
        <translation>Records &amp;versturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal records with their history for a contact&apos;s workstation</source>
        <translation>Records met hun geschiedenis verzegelen voor de werkplek van een contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import pack…</source>
        <translation>&amp;Pakket importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a contact&apos;s exchange pack and merge it, after a preview</source>
        <translation>Het uitwisselingspakket van een contactpersoon controleren en na een voorvertoning samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register data travels between workstations as sealed files. An import shows every record first: new, updated, changed on both sides, deleted or unchanged; nothing is written until you apply it.</source>
        <translation>Registergegevens gaan als verzegelde bestanden van werkplek naar werkplek. Een import toont eerst elk record: nieuw, bijgewerkt, aan beide kanten gewijzigd, verwijderd of ongewijzigd; er wordt pas iets opgeslagen als u de import toepast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Exchange log&lt;/b&gt;: packs sent and received, newest first</source>
        <translation>&lt;b&gt;Uitwisselingslogboek&lt;/b&gt;: verstuurde en ontvangen pakketten, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made on</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisions</source>
        <translation>Revisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All contacts</source>
        <translation>Alle contactpersonen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No contacts yet. Exchange packs go to and come from contacts: add them with their keys under Briefings › Contacts and keys.</source>
        <translation>Nog geen contactpersonen. Uitwisselingspakketten gaan naar en komen van contactpersonen: voeg ze met hun sleutels toe onder Briefings › Contactpersonen en sleutels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No packs sent or received yet.
Use “Send records…” to seal records for a contact, or “Import pack…” to merge one you received.</source>
        <translation>Nog geen pakketten verstuurd of ontvangen.
Gebruik “Records versturen…” om records voor een contactpersoon te verzegelen, of “Pakket importeren…” om een ontvangen pakket samen te voegen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a received pack to see what it applied.</source>
        <translation>Selecteer een ontvangen pakket om te zien wat het heeft doorgevoerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Applied from %1&lt;/b&gt; (%2): %3 records changed</source>
        <translation>&lt;b&gt;Toegepast van %1&lt;/b&gt; (%2): %3 record(s) gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Applied from %1&lt;/b&gt; (%2): nothing to change, this vault had everything</source>
        <translation>&lt;b&gt;Toegepast van %1&lt;/b&gt; (%2): niets te wijzigen, deze kluis had alles al</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Sent to %1&lt;/b&gt; (%2): dependencies %3, assessments %4, action options %5</source>
        <translation>&lt;b&gt;Verstuurd naar %1&lt;/b&gt; (%2): afhankelijkheden %3, beoordelingen %4, handelingsopties %5</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Import an exchange pack</source>
        <translation>Uitwisselingspakket importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packs (*.sdpack);;All files (*)</source>
        <translation>Verzegelde pakketten (*.sdpack);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>in the bin</source>
        <translation>in de prullenbak</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="+41"/>
        <source>Send records to a contact</source>
        <translation>Records versturen naar een contactpersoon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which records</source>
        <translation>Welke records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole register</source>
        <translation>Het hele register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything changed since the last exchange with this contact</source>
        <translation>Alles wat is gewijzigd sinds de laatste uitwisseling met deze contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records of one lead ministry:</source>
        <translation>De records van één penvoerend ministerie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-picked records:</source>
        <translation>Handmatig gekozen records:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seal and write</source>
        <translation>Verzegelen en wegschrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No contacts: add one under Briefings › Contacts and keys.</source>
        <translation>Geen contactpersonen: voeg er een toe onder Briefings › Contactpersonen en sleutels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never exchanged with %1 yet.</source>
        <translation>Nog nooit uitgewisseld met %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange with %1: %2 (%3)</source>
        <translation>Laatste uitwisseling met %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dependencies to send: %1, each with its assessments, action options and whole history.</source>
        <translation>Te versturen afhankelijkheden: %1, elk met beoordelingen, handelingsopties en volledige geschiedenis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the exchange pack</source>
        <translation>Uitwisselingspakket wegschrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packs (*.sdpack)</source>
        <translation>Verzegelde pakketten (*.sdpack)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to write the pack.</source>
        <translation>Kies waar het pakket moet worden weggeschreven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing written: %1</source>
        <translation>Niets weggeschreven: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sealed for %1: dependencies %2, assessments %3, action options %4 → %5</source>
        <translation>Verzegeld voor %1: afhankelijkheden %2, beoordelingen %3, handelingsopties %4 → %5</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <location filename="../../sdapp/gui/trade_view.py" line="+161"/>
        <source>Imported trade files</source>
        <translation>Geïmporteerde handelsbestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows stored</source>
        <translation>Opgeslagen rijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows left out</source>
        <translation>Weggelaten rijen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When files overlap, the most recently imported file counts for each reporter, product, flow and period it covers.</source>
        <translation>Als bestanden elkaar overlappen, telt voor elk rapporterend land, product, elke handelsstroom en periode het laatst geïmporteerde bestand dat die dekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove file…</source>
        <translation>Bestand verwijderen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove trade file</source>
        <translation>Handelsbestand verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its %2 rows from the vault? Figures from earlier files it replaced count again.</source>
        <translation>%1 en de %2 rijen daarvan uit de kluis verwijderen? Cijfers uit eerdere bestanden die het verving, tellen dan weer mee.</translation>
    </message>
</context>
<context>
    <name>FormattingBar</name>
    <message>
        <location filename="../../sdapp/gui/markdown_edit.py" line="+332"/>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 1</source>
        <translation>Kop 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 2</source>
        <translation>Kop 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 3</source>
        <translation>Kop 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Paragraph style</source>
        <translation>Alineastijl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italics (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italics</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Opsommingslijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Koppeling…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected text to another record (Ctrl+K)</source>
        <translation>De geselecteerde tekst koppelen aan een ander record (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link under the cursor</source>
        <translation>De koppeling onder de cursor verwijderen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sdapp/gui/history_panel.py" line="+158"/>
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
        <location line="+1"/>
        <source>Merged (exchange)</source>
        <translation>Samengevoegd (uitwisseling)</translation>
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
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../sdapp/gui/exchange_view.py" line="+52"/>
        <source>Import an exchange pack</source>
        <translation>Uitwisselingspakket importeren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show unchanged records</source>
        <translation>Ongewijzigde records tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resolve conflict…</source>
        <translation>Conflict &amp;oplossen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine for all</source>
        <translation>Overal die van mij behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field changed differently on both sides keeps this vault&apos;s value; fields changed on one side still merge</source>
        <translation>Elk veld dat aan beide kanten anders is gewijzigd, behoudt de waarde van deze kluis; velden die aan één kant zijn gewijzigd, worden gewoon samengevoegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take theirs for all</source>
        <translation>Overal die van hen overnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field changed differently on both sides takes the pack&apos;s value; fields changed on one side still merge</source>
        <translation>Elk veld dat aan beide kanten anders is gewijzigd, krijgt de waarde uit het pakket; velden die aan één kant zijn gewijzigd, worden gewoon samengevoegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+132"/>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>✔ Signed by %1, a trusted contact (key %2)</source>
        <translation>✔ Ondertekend door %1, een vertrouwde contactpersoon (sleutel %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made by %1 (%2) on workstation %3, %4 · pack %5 · file %6</source>
        <translation>Gemaakt door %1 (%2) op werkplek %3, %4 · pakket %5 · bestand %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pack was imported before (%1, by %2): applying it again changes nothing.</source>
        <translation>Dit pakket is al eerder geïmporteerd (%1, door %2): opnieuw toepassen verandert niets.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed on both sides; every field merges automatically (%1)</source>
        <translation>Aan beide kanten gewijzigd; alle velden worden automatisch samengevoegd (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved (fields chosen: %1, merged automatically: %2)</source>
        <translation>Opgelost (gekozen velden: %1, automatisch samengevoegd: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a choice: %1</source>
        <translation>Keuze nodig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions: %1</source>
        <translation>Revisies: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrives in the bin</source>
        <translation>komt in de prullenbak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer revisions: %1, the last by %2 on %3</source>
        <translation>Nieuwere revisies: %1, de laatste door %2 op %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to the bin by %1 on %2</source>
        <translation>Naar de prullenbak verplaatst door %1 op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault has a newer version</source>
        <translation>Deze kluis heeft een nieuwere versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same as here</source>
        <translation>Gelijk aan hier</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Conflicts still needing a choice: %1. Select one and press “Resolve conflict…” (or double-click it).</source>
        <translation>Conflicten waarvoor nog een keuze nodig is: %1. Selecteer er een en klik op “Conflict oplossen…” (of dubbelklik erop).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to apply: this vault has every record of the pack.</source>
        <translation>Niets toe te passen: deze kluis heeft alle records uit het pakket al.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: records to change: %1, all in one step.</source>
        <translation>Gereed: te wijzigen records: %1, alle in één stap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was applied: %1</source>
        <translation>Er is niets toegepast: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied the pack from %1: new %2, updated %3, merged %4, deleted %5</source>
        <translation>Pakket van %1 toegepast: nieuw %2, bijgewerkt %3, samengevoegd %4, verwijderd %5</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../sdapp/gui/trade_view.py" line="-125"/>
        <source>Trade data not imported</source>
        <translation>Handelsgegevens niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported from %1.</source>
        <translation>Uit %1 is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows read: %2 good, %3 with problems (listed below), %4 aggregate rows (World or EU totals, product totals, re-exports) that are never stored.</source>
        <translation>%1 rijen gelezen: %2 goed, %3 met problemen (hieronder vermeld), %4 totaalrijen (wereld- of EU-totalen, producttotalen, wederuitvoer) die nooit worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file is imported whole or not at all, unless you choose to import only the good rows. Row numbers count the header as row 1, as a spreadsheet shows them.</source>
        <translation>Een bestand wordt in zijn geheel of helemaal niet geïmporteerd, tenzij u ervoor kiest alleen de goede rijen te importeren. Rijnummers tellen de kopregel als rij 1, zoals een spreadsheet ze toont.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 problems are listed; the rest are counted in the saved report.</source>
        <translation>De eerste %1 problemen staan hieronder; de rest wordt meegeteld in het opgeslagen rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(whole row)</source>
        <translation>(hele rij)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems per row</source>
        <translation>Problemen per rij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only the %1 good rows</source>
        <translation>Alleen de %1 goede rijen importeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the validation report</source>
        <translation>Het validatierapport opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../sdapp/gui/main.py" line="+56"/>
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
        <location filename="../../sdapp/gui/main_window.py" line="+174"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Briefings</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Action options</source>
        <translation>Handelingsopties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Trade data</source>
        <translation>Handelsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress test</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+164"/>
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
        <source>Open a received &amp;pack…</source>
        <translation>Ontvangen &amp;pakket openen…</translation>
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
        <location line="+85"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The linked record no longer exists.</source>
        <translation>Het gekoppelde record bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>OptionBinPanel</name>
    <message>
        <location filename="../../sdapp/gui/option_bin.py" line="+87"/>
        <source>Action option</source>
        <translation>Handelingsoptie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location line="+4"/>
        <source>%1 is in the bin: restore the dependency first</source>
        <translation>%1 staat in de prullenbak: zet eerst de afhankelijkheid terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted action options</source>
        <translation>Verwijderde handelingsopties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted action options stay here with their review history. Restoring one brings it back to its dependency&apos;s Options tab, with the status it had. Options in grey belong to a dependency that is in the bin itself: restore the dependency first.</source>
        <translation>Verwijderde handelingsopties blijven hier bewaard met hun beoordelingsgeschiedenis. Terugzetten brengt een optie terug op het tabblad Handelingsopties van haar afhankelijkheid, met de status die ze had. Grijze opties horen bij een afhankelijkheid die zelf in de prullenbak staat: zet eerst die afhankelijkheid terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deleted action options.</source>
        <translation>Er zijn geen verwijderde handelingsopties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore option</source>
        <translation>Optie terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected action option</source>
        <translation>De gekozen handelingsoptie terugzetten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This action option cannot be restored yet: its dependency %1 is in the bin. Restore the dependency first.</source>
        <translation>Deze handelingsoptie kan nog niet worden teruggezet: haar afhankelijkheid %1 staat in de prullenbak. Zet eerst de afhankelijkheid terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This action option cannot be restored:</source>
        <translation>Deze handelingsoptie kan niet worden teruggezet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action option cannot be restored: %1</source>
        <translation>Deze handelingsoptie kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>1 deleted action option</source>
        <translation>1 verwijderde handelingsoptie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted action options</source>
        <translation>%1 verwijderde handelingsopties</translation>
    </message>
</context>
<context>
    <name>OptionCompareView</name>
    <message>
        <location filename="../../sdapp/gui/option_compare.py" line="+211"/>
        <source>No options to compare yet. Draft options with &quot;New option&quot;.</source>
        <translation>Nog geen opties om te vergelijken. Stel opties op met &quot;Nieuwe optie&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options side by side</source>
        <translation>De opties naast elkaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Cost against expected risk reduction</source>
        <translation>Kosten tegenover verwachte risicoreductie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Estimated cost over %1 years (€ m, logarithmic)</source>
        <translation>Geraamde kosten over %1 jaar (€ mln, logaritmisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk reduction (classes)</source>
        <translation>Risicoreductie (klassen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no costs entered</source>
        <translation>geen kosten ingevuld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed since agreement</source>
        <translation>gewijzigd na akkoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect</source>
        <translation>Verwacht effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likelihood −%1, impact −%2</source>
        <translation>kans −%1, impact −%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk reduction</source>
        <translation>Risicoreductie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk with this option</source>
        <translation>Risico met deze optie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-off costs</source>
        <translation>Eenmalige kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly costs</source>
        <translation>Jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate over %1 years</source>
        <translation>Raming over %1 jaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Efficient</source>
        <translation>Efficiënt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not placed: no costs</source>
        <translation>niet geplaatst: geen kosten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 class</source>
        <translation>1 klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 classes</source>
        <translation>%1 klassen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>efficient: no other option reduces the risk as much or more for the same or lower cost</source>
        <translation>efficiënt: geen andere optie vermindert het risico even sterk of sterker tegen gelijke of lagere kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other options</source>
        <translation>andere opties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 option(s) without costs are not on the chart.</source>
        <translation>%1 optie(s) zonder kosten staan niet in de grafiek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers as in the table. Costs: midpoints of the ranges.</source>
        <translation>Nummers als in de tabel. Kosten: middens van de bandbreedtes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cost estimate: %1</source>
        <translation>Kostenraming: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk reduction: %1</source>
        <translation>Risicoreductie: %1</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <location filename="../../sdapp/gui/option_editor.py" line="+437"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect, costs and responsibility</source>
        <translation>Effect, kosten en verantwoordelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation rung</source>
        <translation>Escalatietrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood lower by</source>
        <translation>Kans lager met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact lower by</source>
        <translation>Impact lager met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One-off (€ m)</source>
        <translation>Eenmalig (€ mln)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year (€ m)</source>
        <translation>Per jaar (€ mln)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borne by</source>
        <translation>Kostendrager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involved</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>Handreiking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert standard text</source>
        <translation>Standaardtekst invoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the standard text of the category&apos;s template at the cursor</source>
        <translation>De standaardtekst uit het sjabloon van de categorie invoegen op de cursorpositie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why do lower rungs of the escalation ladder fall short?</source>
        <translation>Waarom schieten lagere treden van de escalatieladder tekort?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect</source>
        <translation>Verwacht effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation and risks</source>
        <translation>Uitvoering en risico&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name for the option</source>
        <translation>Een korte naam voor de optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1 to 2 years</source>
        <translation>bijv. 1 à 2 jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law, regulation or instrument</source>
        <translation>Wet, regeling of instrument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could go wrong, and what does it cost others?</source>
        <translation>Wat kan er misgaan, en wat kost het anderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option in full: background, measure, expected effect.</source>
        <translation>De volledige optie: achtergrond, maatregel, verwacht effect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class(es)</source>
        <translation>klasse(n)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save option</source>
        <translation>Optie opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this option (Ctrl+S; can be undone)</source>
        <translation>Deze optie opslaan (Ctrl+S; kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the unsaved changes to this option</source>
        <translation>De niet-opgeslagen wijzigingen in deze optie weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this option to the bin</source>
        <translation>Deze optie naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This option does not exist (any more).</source>
        <translation>Deze optie bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The dependency is in the bin. Restore it from the bin to edit its options.</source>
        <translation>De afhankelijkheid staat in de prullenbak. Zet haar terug uit de prullenbak om de opties te bewerken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option is decided (%1). Decided options are final and cannot be edited.</source>
        <translation>Over de optie is besloten (%1). Besloten opties zijn definitief en kunnen niet worden bewerkt.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+304"/>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>saving them needs a new agreement</source>
        <translation>opslaan vraagt een nieuw akkoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New option, not saved yet</source>
        <translation>Nieuwe optie, nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New option</source>
        <translation>Nieuwe optie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed since agreement</source>
        <translation>Gewijzigd na akkoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited after the agreement: a second user must agree it again</source>
        <translation>Bewerkt na het akkoord: een tweede gebruiker moet opnieuw akkoord geven</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Questions to answer for %1:</source>
        <translation>Te beantwoorden vragen voor %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This category&apos;s template has no questions. Edit the templates under &quot;Templates…&quot;.</source>
        <translation>Het sjabloon van deze categorie heeft geen vragen. Bewerk de sjablonen via &quot;Sjablonen…&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not required: rung %1 is not above the highest rung tried for this dependency (%2). Add a justification if it helps the reader.</source>
        <translation>Niet verplicht: trede %1 ligt niet boven de hoogste trede die voor deze afhankelijkheid is geprobeerd (%2). Voeg een onderbouwing toe als die de lezer helpt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: an option on rung %1 or higher always needs a justification of why lower rungs fall short.</source>
        <translation>Verplicht: een optie op trede %1 of hoger heeft altijd een onderbouwing nodig waarom lagere treden tekortschieten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: rung %1 is above the highest rung tried for this dependency (%2). Explain why lower rungs fall short.</source>
        <translation>Verplicht: trede %1 ligt boven de hoogste trede die voor deze afhankelijkheid is geprobeerd (%2). Leg uit waarom lagere treden tekortschieten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The dependency has no current risk assessed yet: assess it to see what the option changes.</source>
        <translation>Voor de afhankelijkheid is nog geen huidig risico beoordeeld: beoordeel het om te zien wat de optie verandert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current risk (%1):</source>
        <translation>Huidig risico (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With this option:</source>
        <translation>Met deze optie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With all planned options (%1):</source>
        <translation>Met alle geplande opties (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood/impact. &quot;All planned&quot;: this option and the dependency&apos;s options in review, agreed, in briefing or adopted; they set the residual risk in the assessment and on the risk matrix.</source>
        <translation>Kans/impact. &quot;Alle geplande&quot;: deze optie en de opties van de afhankelijkheid die in beoordeling, akkoord, in briefing of aangenomen zijn; zij bepalen het restrisico in de beoordeling en in de risicomatrix.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No costs entered yet.</source>
        <translation>Nog geen kosten ingevuld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate over %1 years (midpoints): %2</source>
        <translation>Raming over %1 jaar (middens): %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option of %1 · %2</source>
        <translation>Optie van %1 · %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dependency: %1 (Ctrl+click to open)</source>
        <translation>Afhankelijkheid: %1 (Ctrl+klik om te openen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option: %1 (Ctrl+click to open)</source>
        <translation>Optie: %1 (Ctrl+klik om te openen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link to a record that no longer exists</source>
        <translation>Een koppeling naar een record dat niet meer bestaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (web addresses are not opened on this workstation)</source>
        <translation>%1 (webadressen worden op deze werkplek niet geopend)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The option was not saved: %1</source>
        <translation>De optie is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; to the bin?</source>
        <translation>&quot;%1&quot; naar de prullenbak verplaatsen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The option was not deleted: %1</source>
        <translation>De optie is niet verwijderd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the changes to this option?</source>
        <translation>De wijzigingen in deze optie opslaan?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saved %1 by %2</source>
        <translation>opgeslagen %1 door %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review step applies to the saved option. Save your changes first?</source>
        <translation>De beoordelingsstap geldt voor de opgeslagen optie. Uw wijzigingen eerst opslaan?</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>The step was not taken: %1</source>
        <translation>De stap is niet gezet: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This option was changed elsewhere while you were editing it. Save to keep your version, or Revert to load the stored one.</source>
        <translation>Deze optie is elders gewijzigd terwijl u haar bewerkte. Kies Opslaan om uw versie te behouden, of Terugdraaien om de opgeslagen versie te laden.</translation>
    </message>
</context>
<context>
    <name>OptionHistoryPanel</name>
    <message>
        <location filename="../../sdapp/gui/option_history.py" line="+90"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of this option</source>
        <translation>Versies van deze optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in the selected version</source>
        <translation>Wijzigingen in de geselecteerde versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option to start its history.</source>
        <translation>Sla de optie op om de geschiedenis ervan te beginnen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Review step: %1</source>
        <translation>Beoordelingsstap: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved to the bin</source>
        <translation>Naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the bin</source>
        <translation>Teruggezet uit de prullenbak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a version to see what it changed.</source>
        <translation>Kies een versie om te zien wat die veranderde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1, %2 by %3</source>
        <translation>Versie %1, %2 door %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review step:</source>
        <translation>Beoordelingsstap:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first version, with this text:</source>
        <translation>De eerste versie, met deze tekst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved to the bin; the content did not change.</source>
        <translation>Naar de prullenbak verplaatst; de inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the bin; the content did not change.</source>
        <translation>Teruggezet uit de prullenbak; de inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field changed.</source>
        <translation>Geen velden gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+6"/>
        <source>words removed: %1, added: %2</source>
        <translation>woorden verwijderd: %1, toegevoegd: %2</translation>
    </message>
</context>
<context>
    <name>OptionReviewDialog</name>
    <message>
        <location filename="../../sdapp/gui/option_review.py" line="+275"/>
        <source>This step applies to version %1 of the option (%2).</source>
        <translation>Deze stap geldt voor versie %1 van de optie (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment (required):</source>
        <translation>Opmerking (verplicht):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this step? The comment is kept in the review record.</source>
        <translation>Waarom deze stap? De opmerking wordt bewaard in het beoordelingsverloop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a remark for the review record.</source>
        <translation>Optioneel: een opmerking voor het beoordelingsverloop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>OptionReviewPanel</name>
    <message>
        <location line="-163"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since agreement</source>
        <translation>Gewijzigd na akkoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review record, newest first</source>
        <translation>Beoordelingsverloop, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review steps of this option</source>
        <translation>Beoordelingsstappen van deze optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review steps yet: the option is a concept.</source>
        <translation>Nog geen beoordelingsstappen: de optie is een concept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: decided options are final.</source>
        <translation>Geen: besloten opties zijn definitief.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not saved yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option first; then you can submit it for review.</source>
        <translation>Sla de optie eerst op; daarna kunt u haar ter beoordeling aanbieden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>since %1, by %2</source>
        <translation>sinds %1, door %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author: %1</source>
        <translation>auteur: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a second user can agree this option, and this vault has one user. An administrator can add a user (sdapp vault add-user); that user then unlocks the vault and agrees.</source>
        <translation>Alleen een tweede gebruiker kan akkoord geven op deze optie, en deze kluis heeft één gebruiker. Een beheerder kan een gebruiker toevoegen (sdapp vault add-user); die gebruiker ontgrendelt dan de kluis en geeft akkoord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a second user can agree this option: not its author (%1), nor the last person who edited it (%2). Lock the vault (Ctrl+L) and let another user unlock it to agree.</source>
        <translation>Alleen een tweede gebruiker kan akkoord geven op deze optie: niet de auteur (%1) en ook niet degene die haar het laatst heeft bewerkt (%2). Vergrendel de kluis (Ctrl+L) en laat een andere gebruiker hem ontgrendelen om akkoord te geven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The option was edited after it was agreed. It can go into a briefing or be decided only after a second user agrees it again.</source>
        <translation>De optie is bewerkt na het akkoord. Pas nadat een tweede gebruiker opnieuw akkoord heeft gegeven, kan ze in een briefing worden opgenomen of kan erover worden besloten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision is recorded. Decided options are final and can no longer be edited.</source>
        <translation>Het besluit is vastgelegd. Besloten opties zijn definitief en kunnen niet meer worden bewerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concept. Submit it for review when the text is ready.</source>
        <translation>Een concept. Bied de optie ter beoordeling aan als de tekst klaar is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review. A second user agrees it or sends it back.</source>
        <translation>In beoordeling. Een tweede gebruiker geeft akkoord of stuurt de optie terug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed by a second user. Edits from now on need a new agreement.</source>
        <translation>Akkoord gegeven door een tweede gebruiker. Wijzigingen vragen vanaf nu een nieuw akkoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the briefing. Record the decision when it is taken.</source>
        <translation>In de briefing. Leg het besluit vast zodra het is genomen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The version of the option this step recorded (see History)</source>
        <translation>De versie van de optie die bij deze stap is vastgelegd (zie Geschiedenis)</translation>
    </message>
</context>
<context>
    <name>OptionTemplatesDialog</name>
    <message>
        <location filename="../../sdapp/gui/option_templates_dialog.py" line="+155"/>
        <source>Option templates</source>
        <translation>Sjablonen voor opties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new option starts from the template of its category, in the language chosen in the editor. The questions are shown beside the text as guidance; the standard text is where the option starts.</source>
        <translation>Een nieuwe optie begint met het sjabloon van haar categorie, in de taal die in de editor is gekozen. De vragen staan als handreiking naast de tekst; de standaardtekst is het startpunt van de optie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions
(one per line):</source>
        <translation>Vragen
(één per regel):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard text:</source>
        <translation>Standaardtekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis:</source>
        <translation>Rechtsgrond:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks and side effects:</source>
        <translation>Risico&apos;s en neveneffecten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New options start on rung:</source>
        <translation>Nieuwe opties beginnen op trede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no suggestion)</source>
        <translation>(geen voorstel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rung of the escalation ladder a new option of this category starts on (for both languages)</source>
        <translation>De trede van de escalatieladder waarop een nieuwe optie van deze categorie begint (voor beide talen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to default</source>
        <translation>Standaard herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the template that comes with sdapp</source>
        <translation>Het sjabloon terugzetten dat met sdapp wordt meegeleverd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of the toolbox</source>
        <translation>Categorieën van de gereedschapskist</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Changed in this dialog (not saved yet)</source>
        <translation>Gewijzigd in dit venster (nog niet opgeslagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited for this vault</source>
        <translation>Bewerkt voor deze kluis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default template</source>
        <translation>Het standaardsjabloon</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Templates not saved</source>
        <translation>Sjablonen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>OptionTexts</name>
    <message>
        <location filename="../../sdapp/gui/option_common.py" line="+55"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In briefing</source>
        <translation>In briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agree again</source>
        <translation>Opnieuw akkoord geven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree</source>
        <translation>Akkoord geven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit for review</source>
        <translation>Ter beoordeling aanbieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the review</source>
        <translation>Beoordeling heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back to concept</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take into the briefing</source>
        <translation>Opnemen in de briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided: adopted</source>
        <translation>Besloten: aangenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided: rejected</source>
        <translation>Besloten: verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The option changed after it was agreed. Agreeing again records that a second user checked the changed text.</source>
        <translation>De optie is gewijzigd na het akkoord. Opnieuw akkoord geven legt vast dat een tweede gebruiker de gewijzigde tekst heeft gecontroleerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You agree the option as a second user: it may then go into a briefing.</source>
        <translation>U geeft als tweede gebruiker akkoord op de optie: daarna mag ze in een briefing worden opgenomen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option goes to a second user for review. You can still edit it.</source>
        <translation>De optie gaat ter beoordeling naar een tweede gebruiker. U kunt haar nog bewerken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option goes back into review for rework; it needs a new agreement afterwards.</source>
        <translation>De optie gaat terug in beoordeling om te worden herzien; daarna is een nieuw akkoord nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The option goes back to its author as a concept.</source>
        <translation>De optie gaat als concept terug naar de auteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option goes into the briefing for the minister or parliament.</source>
        <translation>De optie wordt opgenomen in de briefing voor de minister of het parlement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the option was adopted. Decided options are final.</source>
        <translation>Vastleggen dat de optie is aangenomen. Besloten opties zijn definitief.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the option was rejected. Decided options are final.</source>
        <translation>Vastleggen dat de optie is verworpen. Besloten opties zijn definitief.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the option. Withdrawn options are final.</source>
        <translation>De optie intrekken. Ingetrokken opties zijn definitief.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Nationaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU and national</source>
        <translation>EU en nationaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private partijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and private</source>
        <translation>Overheid en private partijen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>€ %1 m</source>
        <translation>€ %1 mln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>likelihood −%1, impact −%2</source>
        <translation>kans −%1, impact −%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identifier</source>
        <translation>Identificatiecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rung</source>
        <translation>Trede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead ministry</source>
        <translation>Penvoerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involved ministries</source>
        <translation>Betrokken ministeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on likelihood</source>
        <translation>Effect op kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on impact</source>
        <translation>Effect op impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off costs, low</source>
        <translation>Eenmalige kosten, laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off costs, high</source>
        <translation>Eenmalige kosten, hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly costs, low</source>
        <translation>Jaarlijkse kosten, laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly costs, high</source>
        <translation>Jaarlijkse kosten, hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs borne by</source>
        <translation>Kostendrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market disruption</source>
        <translation>Marktverstoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to effect</source>
        <translation>Tijd tot effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis or instrument</source>
        <translation>Rechtsgrond of instrument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks and side effects</source>
        <translation>Risico&apos;s en neveneffecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proportionality</source>
        <translation>Proportionaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>−%1 classes</source>
        <translation>−%1 klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−1 class</source>
        <translation>−1 klasse</translation>
    </message>
</context>
<context>
    <name>OptionsOverview</name>
    <message>
        <location filename="../../sdapp/gui/options_overview.py" line="+124"/>
        <location line="+392"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="-387"/>
        <location line="+217"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost (%1 yr)</source>
        <translation>Kosten (%1 jr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>changed</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Likelihood −%1, impact −%2</source>
        <translation>Kans −%1, impact −%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited after the agreement: a second user must agree it again</source>
        <translation>Bewerkt na het akkoord: een tweede gebruiker moet opnieuw akkoord geven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efficient: no other option of the dependency reduces the risk as much for less</source>
        <translation>Efficiënt: geen andere optie van de afhankelijkheid vermindert het risico even sterk voor minder geld</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+1"/>
        <source>Search option titles</source>
        <translation>Zoeken in titels van opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Changed since agreement</source>
        <translation>Gewijzigd na akkoord</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Only options edited after their agreement</source>
        <translation>Alleen opties die na het akkoord zijn bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an option to open it in its dependency.</source>
        <translation>Dubbelklik op een optie om haar bij haar afhankelijkheid te openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the options shown to an XLSX or CSV file</source>
        <translation>De getoonde opties naar een XLSX- of CSV-bestand wegschrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action options of the register</source>
        <translation>Handelingsopties in het register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No options match the filters.</source>
        <translation>Geen opties voldoen aan de filters.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rung</source>
        <translation>Trede</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No values</source>
        <translation>Geen waarden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 options</source>
        <translation>%1 van %2 opties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 options</source>
        <translation>%1 opties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed since agreement</source>
        <translation>%1 gewijzigd na akkoord</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Last agreed by</source>
        <translation>Laatst akkoord gegeven door</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost over %1 years (estimate)</source>
        <translation>Kosten over %1 jaar (raming)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efficient</source>
        <translation>Efficiënt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option id</source>
        <translation>Id optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency id</source>
        <translation>Id afhankelijkheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Action options</source>
        <translation>Handelingsopties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export action options</source>
        <translation>Handelingsopties exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, kommagescheiden (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export written</source>
        <translation>Export weggeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 options written to %2. The file is marked %3: handle it as such.</source>
        <translation>%1 opties weggeschreven naar %2. Het bestand is gerubriceerd als %3: behandel het ook zo.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../sdapp/gui/option_list.py" line="+97"/>
        <source>Changed since agreement: a second user must agree it again</source>
        <translation>Gewijzigd na akkoord: een tweede gebruiker moet opnieuw akkoord geven</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rung</source>
        <translation>Trede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the dependency first; then you can draft its action options.</source>
        <translation>Sla de afhankelijkheid eerst op; daarna kunt u er handelingsopties voor opstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New option</source>
        <translation>Nieuwe optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a new option, prefilled from the template of its category</source>
        <translation>Een nieuwe optie opstellen, vooraf ingevuld vanuit het sjabloon van haar categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates…</source>
        <translation>Sjablonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the prompts and standard texts per category</source>
        <translation>De vragen en standaardteksten per categorie bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options one by one, with the editor</source>
        <translation>De opties een voor een, met de editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options side by side, and cost against risk reduction</source>
        <translation>De opties naast elkaar, en kosten tegenover risicoreductie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options of this dependency</source>
        <translation>Opties van deze afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No options yet. Use &quot;New option&quot; to draft one from a template.</source>
        <translation>Nog geen opties. Gebruik &quot;Nieuwe optie&quot; om er een op te stellen vanuit een sjabloon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an option on the left, or draft a new one with &quot;New option&quot;.</source>
        <translation>Kies links een optie, of stel een nieuwe op met &quot;Nieuwe optie&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action options (%1)</source>
        <translation>Handelingsopties (%1)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Category of the new option:</source>
        <translation>Categorie van de nieuwe optie:</translation>
    </message>
</context>
<context>
    <name>PackOpenDialog</name>
    <message>
        <location filename="../../sdapp/gui/pack_open_dialog.py" line="+75"/>
        <source>Open pack</source>
        <translation>Pakket openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack file</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .sdpack file</source>
        <translation>Kies een .sdpack-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pack is protected by a passphrase:</source>
        <translation>Dit pakket is beveiligd met een wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack passphrase</source>
        <translation>Wachtwoordzin van het pakket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the pack cannot be opened</source>
        <translation>Waarom het pakket niet kan worden geopend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Files in the pack</source>
        <translation>Bestanden in het pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save files…</source>
        <translation>Bestanden op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data…</source>
        <translation>Gegevens &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the pack&apos;s dependencies to your register, or update them</source>
        <translation>De afhankelijkheden uit het pakket aan uw register toevoegen, of ze bijwerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a pack to open. It is decrypted with your keys and checked (signature, every file&apos;s SHA-256) in memory; nothing is written until you save its files.</source>
        <translation>Kies een pakket om te openen. Het wordt in het geheugen ontsleuteld met uw sleutels en gecontroleerd (handtekening, SHA-256 van elk bestand); er wordt niets weggeschreven totdat u de bestanden opslaat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a sealed pack</source>
        <translation>Verzegeld pakket openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packs (*%1);;All files (*)</source>
        <translation>Verzegelde pakketten (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sender sealed this copy with a passphrase and gave it to you by another way than the pack. Type it above to open the pack.</source>
        <translation>De afzender heeft dit exemplaar verzegeld met een wachtwoordzin en u die langs een andere weg dan het pakket gegeven. Typ de wachtwoordzin hierboven om het pakket te openen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the pack&apos;s passphrase.</source>
        <translation>Typ de wachtwoordzin van het pakket.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pack cannot be opened: %1</source>
        <translation>Het pakket kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing of this pack is shown and nothing was written. Choose another pack, or ask the sender for a new copy.</source>
        <translation>Niets van dit pakket wordt getoond en er is niets weggeschreven. Kies een ander pakket, of vraag de afzender om een nieuw exemplaar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✔ Signed by %1, a trusted key (%2)</source>
        <translation>✔ Ondertekend door %1, een vertrouwde sleutel (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Signed by an UNKNOWN key (%1). The content is whole, but nothing proves who sent it: check with the sender, and add them as a contact with their minisign key.</source>
        <translation>⚠ Ondertekend met een ONBEKENDE sleutel (%1). De inhoud is intact, maar niets bewijst wie het pakket heeft verstuurd: ga dit na bij de afzender en voeg deze toe als contactpersoon met diens minisign-sleutel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classifying official</source>
        <translation>Vaststeller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Versie van sdapp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 OK</source>
        <translation>SHA-256 OK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This pack holds no briefing PDF.</source>
        <translation>Dit pakket bevat geen briefing-pdf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the pack&apos;s files into an empty folder</source>
        <translation>De bestanden van het pakket opslaan in een lege map</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 files written to %2</source>
        <translation>%1 bestanden weggeschreven naar %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pack holds no data.json</source>
        <translation>het pakket bevat geen data.json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data.json cannot be read (%1)</source>
        <translation>data.json kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is an exchange pack: import it in the Exchange section, which shows what is new, what changed and what conflicts before anything is written.</source>
        <translation>Dit is een uitwisselingspakket: importeer het in het onderdeel Uitwisseling, dat laat zien wat nieuw is, wat is gewijzigd en wat conflicteert voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Nothing imported: %1</source>
        <translation>Niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nothing to import: the %1 dependencies in this pack are in your register already, unchanged.</source>
        <translation>Niets te importeren: de %1 afhankelijkheden in dit pakket staan al ongewijzigd in uw register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the dependencies of this pack into your register?

%1 new, %2 updated (a new version in their history), %3 unchanged.
Assessments and action options in the pack are not imported.</source>
        <translation>De afhankelijkheden uit dit pakket importeren in uw register?

%1 nieuw, %2 bijgewerkt (een nieuwe versie in hun geschiedenis), %3 ongewijzigd.
Beoordelingen en handelingsopties in het pakket worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Careful: the pack is signed by an unknown key; nothing proves who sent it.</source>
        <translation>Let op: het pakket is ondertekend met een onbekende sleutel; niets bewijst wie het heeft verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <location filename="../../sdapp/gui/packs_page.py" line="+78"/>
        <source>&amp;New briefing…</source>
        <translation>&amp;Nieuwe briefing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose a briefing and seal a numbered copy for each addressee</source>
        <translation>Een briefing samenstellen en voor elke geadresseerde een genummerd exemplaar verzegelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open pack…</source>
        <translation>Pakket &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt, check and read a sealed pack you received</source>
        <translation>Een ontvangen verzegeld pakket ontsleutelen, controleren en lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packs: encrypted to each addressee, signed by you, and logged copy by copy.</source>
        <translation>Verzegelde pakketten: versleuteld voor elke geadresseerde, door u ondertekend en per exemplaar vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy register</source>
        <translation>Exemplarenregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts and keys</source>
        <translation>Contactpersonen en sleutels</translation>
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
    <name>PdfViewer</name>
    <message>
        <location filename="../../sdapp/gui/pdf_preview.py" line="+71"/>
        <location line="+28"/>
        <source>No document.</source>
        <translation>Geen document.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This build of sdapp cannot show PDF documents; save the files to read it.</source>
        <translation>Deze versie van sdapp kan geen pdf-documenten tonen; sla de bestanden op om het document te lezen.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sdapp/gui/briefing_composer.py" line="-117"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy 1 as its addressee will see it. Sealing writes %1 copies and logs them in the copy register; it cannot be undone.</source>
        <translation>Exemplaar 1 zoals de geadresseerde het ziet. Verzegelen schrijft de exemplaren weg (aantal: %1) en legt ze vast in het exemplarenregister; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seal %1 copies</source>
        <translation>%1 exemplaren &amp;verzegelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seal 1 copy</source>
        <translation>1 exemplaar &amp;verzegelen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview cannot be made: %1</source>
        <translation>De voorvertoning kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build of sdapp cannot show PDF pages.</source>
        <translation>Deze versie van sdapp kan geen pdf-pagina&apos;s tonen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy 1 of %1 for %2: %3 pages in all; the first %4 are shown.</source>
        <translation>Exemplaar 1 van %1 voor %2: %3 pagina&apos;s in totaal; de eerste %4 worden getoond.</translation>
    </message>
</context>
<context>
    <name>RecordLinkDialog</name>
    <message>
        <location filename="../../sdapp/gui/markdown_edit.py" line="+105"/>
        <source>Link to a record</source>
        <translation>Koppeling naar een record</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search dependencies and options</source>
        <translation>Zoeken in afhankelijkheden en opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link opens the record in sdapp (Ctrl+click in the editor).</source>
        <translation>De koppeling opent het record in sdapp (Ctrl+klik in de editor).</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../sdapp/gui/create_wizard.py" line="+15"/>
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
        <location filename="../../sdapp/gui/main_window.py" line="-470"/>
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
        <location filename="../../sdapp/gui/matrix_view.py" line="+572"/>
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
        <location line="+472"/>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+472"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location line="-471"/>
        <location line="+472"/>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location line="-471"/>
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
        <location line="+432"/>
        <location line="+27"/>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+232"/>
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
        <location filename="../../sdapp/gui/session.py" line="+132"/>
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
        <location line="+45"/>
        <source>Add option %1</source>
        <translation>Optie %1 toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit option %1</source>
        <translation>Optie %1 bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete option %1</source>
        <translation>Optie %1 verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore option %1 from the bin</source>
        <translation>Optie %1 terugzetten uit de prullenbak</translation>
    </message>
    <message>
        <location line="+62"/>
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
    <name>StressView</name>
    <message>
        <location filename="../../sdapp/gui/stress_view.py" line="+61"/>
        <source>not a valid id</source>
        <translation>geen geldige id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scenario needs a name</source>
        <translation>een scenario heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 200 characters</source>
        <translation>maximaal 200 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name at least one country</source>
        <translation>noem ten minste één land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most %1 countries</source>
        <translation>maximaal %1 landen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an ISO alpha-2 country code</source>
        <translation>%1 is geen ISO alpha-2-landcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is named twice</source>
        <translation>%1 is twee keer genoemd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loss for %1 must be more than 0 and at most 100 percent</source>
        <translation>het verlies voor %1 moet groter zijn dan 0 en ten hoogste 100 procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scenario named %1 exists already</source>
        <translation>er bestaat al een scenario met de naam %1</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Supply lost</source>
        <translation>Verloren aanvoer</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Imports (trade data)</source>
        <translation>Invoer (handelsgegevens)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X - not scored</source>
        <translation>X - niet gescoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved scenarios</source>
        <translation>Opgeslagen scenario&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the supply from this country that is lost</source>
        <translation>Aandeel van de aanvoer uit dit land dat wegvalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>Geselecteerd land verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save scenario</source>
        <translation>Scenario opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run stress test</source>
        <translation>Stresstest uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>XLSX exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies ranked by lost supply</source>
        <translation>Afhankelijkheden gerangschikt naar verloren aanvoer</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 is not a known country</source>
        <translation>%1 is geen bekend land</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the scenario %1?</source>
        <translation>Het scenario %1 verwijderen?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pick a saved scenario, or name countries and the share of their supply that is lost, then run the stress test.</source>
        <translation>Kies een opgeslagen scenario, of noem landen en het aandeel van hun aanvoer dat wegvalt, en voer dan de stresstest uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved scenario</source>
        <translation>Niet-opgeslagen scenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dependencies lose supply at %2 stages. Score = share of supply lost x criticality (impact A = 0.2 to E = 1.0).</source>
        <translation>%1 afhankelijkheden verliezen aanvoer in %2 fasen. Score = verloren aandeel x kritikaliteit (impact A = 0,2 tot E = 1,0).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highest scores per dependency (worst stage)</source>
        <translation>Scores per afhankelijkheid (slechtste fase)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bar length: score; colour: criticality</source>
        <translation>Balklengte: score; kleur: kritikaliteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1  (%2 lost)</source>
        <translation>%1  (%2 verloren)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the stress test</source>
        <translation>De stresstest exporteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>TradeEvidenceBox</name>
    <message>
        <location filename="../../sdapp/gui/trade_evidence.py" line="+32"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partnerlanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest supplier</source>
        <translation>Grootste leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 3</source>
        <translation>Top 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra-EU</source>
        <translation>Extra-EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI a year earlier</source>
        <translation>HHI een jaar eerder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import concentration per product code</source>
        <translation>Invoerconcentratie per productcode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trade data: imports of the linked products</source>
        <translation>Handelsgegevens: invoer van de gekoppelde producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the imported trade data (section Trade data), all reporters, the newest year with imports. HHI above 0.4 (!) marks high concentration in EU practice.</source>
        <translation>Uit de geïmporteerde handelsgegevens (onderdeel Handelsgegevens), alle rapporterende landen, het nieuwste jaar met invoer. In de EU-praktijk geldt een HHI boven 0,4 (!) als hoge concentratie.</translation>
    </message>
</context>
<context>
    <name>TradeView</name>
    <message>
        <location filename="../../sdapp/gui/trade_view.py" line="+216"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partnerlanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest supplier</source>
        <translation>Grootste leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 3</source>
        <translation>Top 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra-EU</source>
        <translation>Extra-EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strained relations</source>
        <translation>Gespannen relaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+281"/>
        <source>Not specified</source>
        <translation>Niet gespecificeerd</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Afhankelijkheden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <source>Import trade data…</source>
        <translation>Handelsgegevens importeren…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import a Eurostat Comext, UN Comtrade or generic CSV/XLSX file</source>
        <translation>Een bestand van Eurostat Comext of UN Comtrade, of een algemeen CSV/XLSX-bestand importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported files…</source>
        <translation>Geïmporteerde bestanden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As imported</source>
        <translation>Zoals geïmporteerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HS6</source>
        <translation>HS6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HS4</source>
        <translation>HS4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS2 (chapter)</source>
        <translation>HS2 (hoofdstuk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow:</source>
        <translation>Handelsstroom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exports</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter:</source>
        <translation>Rapporterend land:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>All reporters</source>
        <translation>Alle rapporterende landen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Find a product code or dependency</source>
        <translation>Productcode of afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentration per product</source>
        <translation>Concentratie per product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shaded rows: HHI above 0.4, high concentration in EU practice. Shares are of the product&apos;s total value in the year (all reporters unless one is chosen); partners not specified count in the total only. Double-click a row to open its dependency.</source>
        <translation>Gekleurde rijen: HHI boven 0,4, in de EU-praktijk een hoge concentratie. Aandelen zijn aandelen in de totale waarde van het product in dat jaar (alle rapporterende landen, tenzij er een is gekozen); niet-gespecificeerde partnerlanden tellen alleen mee in het totaal. Dubbelklik op een rij om de afhankelijkheid te openen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No trade data in this vault yet</source>
        <translation>Nog geen handelsgegevens in deze kluis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a Eurostat Comext bulk file, a UN Comtrade export or a generic CSV/XLSX file (reporter, partner, product, flow, year, value_eur). Every row is checked; nothing is stored unless every row is good or you choose to import only the good rows. The figures then show how concentrated the supply of each product is, and feed the evidence of the linked dependencies and the stress test.</source>
        <translation>Importeer een bulkbestand van Eurostat Comext, een export uit UN Comtrade of een algemeen CSV/XLSX-bestand (reporter, partner, product, flow, year, value_eur). Elke rij wordt gecontroleerd; er wordt niets opgeslagen tenzij alle rijen goed zijn of u ervoor kiest alleen de goede rijen te importeren. De cijfers laten daarna zien hoe geconcentreerd de aanvoer van elk product is, en onderbouwen de gekoppelde afhankelijkheden en de stresstest.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 rows from 1 file</source>
        <translation>%1 rijen uit 1 bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows from %2 files</source>
        <translation>%1 rijen uit %2 bestanden</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>no dependency in the register has this code</source>
        <translation>geen afhankelijkheid in het register heeft deze code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked: %1</source>
        <translation>Gekoppeld: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supplier shares per year: %1 (%2)</source>
        <translation>Aandelen van leveranciers per jaar: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other countries</source>
        <translation>Overige landen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Share in %1:</source>
        <translation>Aandeel in %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concentration (HHI) per year: %1</source>
        <translation>Concentratie (HHI) per jaar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>above 0.4: high concentration</source>
        <translation>boven 0,4: hoge concentratie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import trade data</source>
        <translation>Handelsgegevens importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade data (%1)</source>
        <translation>Handelsgegevens (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing trade data</source>
        <translation>Handelsgegevens importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1: %2 rows checked</source>
        <translation>%1 lezen: %2 rijen gecontroleerd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trade data not imported</source>
        <translation>Handelsgegevens niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already imported</source>
        <translation>Al geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was imported before (%2 rows, %3 by %4); nothing changed.</source>
        <translation>%1 is al eerder geïmporteerd (%2 rijen, %3 door %4); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rows imported from %2.</source>
        <translation>%1 rijen geïmporteerd uit %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bad rows left out.</source>
        <translation>%1 foute rijen weggelaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 aggregate rows (World, EU, totals) left out.</source>
        <translation>%1 totaalrijen (wereld, EU, totalen) weggelaten.</translation>
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
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of texts</source>
        <translation>moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date</source>
        <translation>moet een datum zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of stages with country shares</source>
        <translation>moet een lijst van ketenstappen met landaandelen zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of scores (criterion, level, rationale)</source>
        <translation>moet een lijst van scores zijn (criterium, niveau, onderbouwing)</translation>
    </message>
    <message>
        <location filename="../../sdapp/gui/option_common.py" line="-200"/>
        <source>a title is required</source>
        <translation>een titel is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rung must be one of %1</source>
        <translation>trede moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected effect must be a whole number of classes from 0 to %1</source>
        <translation>verwacht effect moet een geheel aantal klassen zijn van 0 tot en met %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cost must be a number, zero or more</source>
        <translation>kosten moeten een getal zijn, nul of meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the low estimate is above the high estimate</source>
        <translation>de lage raming ligt boven de hoge raming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rung %1 needs a justification of why lower rungs fall short</source>
        <translation>trede %1 vraagt een onderbouwing waarom lagere treden tekortschieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 names an unknown status</source>
        <translation>stap %1 noemt een onbekende status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status %1</source>
        <translation>onbekende status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an option cannot move from %1 to %2</source>
        <translation>een optie kan niet van %1 naar %2 gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the option is agreed already and has not changed since</source>
        <translation>op de optie is al akkoord gegeven en ze is sindsdien niet gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author cannot agree their own option; a second user must agree it</source>
        <translation>de auteur kan geen akkoord geven op de eigen optie; een tweede gebruiker moet akkoord geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last editor cannot agree the option; a second user must agree it</source>
        <translation>wie de optie het laatst heeft bewerkt, kan er geen akkoord op geven; een tweede gebruiker moet akkoord geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the option changed since it was agreed; a second user must agree it again first</source>
        <translation>de optie is gewijzigd na het akkoord; een tweede gebruiker moet eerst opnieuw akkoord geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 (%2 -&gt; %3) is not a valid move</source>
        <translation>stap %1 (%2 -&gt; %3) is geen geldige overgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1: the author cannot agree their own option</source>
        <translation>stap %1: de auteur kan geen akkoord geven op de eigen optie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review history ends at %1, not at %2</source>
        <translation>het beoordelingsverloop eindigt bij %1, niet bij %2</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../sdapp/gui/welcome.py" line="+114"/>
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
        <location line="+2"/>
        <source>To open the received pack %1, unlock the vault that holds your keys: its identity decrypts the pack and its contacts verify the sender.</source>
        <translation>Ontgrendel de kluis met uw sleutels om het ontvangen pakket %1 te openen: met de identiteit van de kluis wordt het pakket ontsleuteld en met de contactpersonen erin wordt de afzender gecontroleerd.</translation>
    </message>
    <message>
        <location line="+18"/>
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
