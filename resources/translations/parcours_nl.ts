<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>De gebruikersnaam is verplicht.</translation>
    </message>
    <message>
        <source>A user name has at most 64 letters a–z, digits, dots, dashes or underscores, and starts with a letter or a digit.</source>
        <translation>Een gebruikersnaam heeft hoogstens 64 tekens: letters a–z, cijfers, punten, streepjes of liggende streepjes, en begint met een letter of een cijfer.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>Dit wachtwoord is te lang.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>Het wachtwoord mag niet de gebruikersnaam zijn.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The next attempt with this name is possible in %1.</source>
        <translation>Een nieuwe poging met deze naam kan over %1.</translation>
    </message>
    <message>
        <source>The name shown is required.</source>
        <translation>De weergegeven naam is verplicht.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Het wachtwoord kon niet beveiligd worden (onvoldoende geheugen). Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>This database already has accounts. Sign in instead.</source>
        <translation>Deze databank heeft al accounts. Meld u aan.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now (not enough memory).</source>
        <translation>Aanmelden is nu niet mogelijk (onvoldoende geheugen).</translation>
    </message>
    <message>
        <source>Too many failed attempts with this name. Try again in %1.</source>
        <translation>Te veel mislukte pogingen met deze naam. Probeer opnieuw over %1.</translation>
    </message>
    <message>
        <source>Only a person signed in with an account has a password to change.</source>
        <translation>Alleen wie met een account aangemeld is, heeft een wachtwoord om te wijzigen.</translation>
    </message>
    <message>
        <source>Your account is no longer active.</source>
        <translation>Uw account is niet meer actief.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Het nieuwe wachtwoord moet verschillen van het huidige.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>De gebruikersnaam %1 is al in gebruik.</translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation>Deze account bestaat niet.</translation>
    </message>
    <message>
        <source>There must remain at least one active administrator. Make another account administrator first.</source>
        <translation>Er moet minstens één actieve beheerder overblijven. Maak eerst een andere account beheerder.</translation>
    </message>
</context>
<context>
    <name>Article60</name>
    <message>
        <source>Full time</source>
        <translation>Voltijds</translation>
    </message>
    <message>
        <source>Half time</source>
        <translation>Halftijds</translation>
    </message>
    <message>
        <source>Completed (rights opened)</source>
        <translation>Voltooid (rechten geopend)</translation>
    </message>
    <message>
        <source>Left for a job</source>
        <translation>Vertrokken voor een job</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ontslagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Place: say where the work is done (the service or the site).</source>
        <translation>Plaats: zeg waar het werk gebeurt (de dienst of de site).</translation>
    </message>
    <message>
        <source>Function: say what the work is.</source>
        <translation>Functie: zeg wat het werk is.</translation>
    </message>
    <message>
        <source>There is no article 60 post number %1.</source>
        <translation>Er is geen artikel 60-post nummer %1.</translation>
    </message>
    <message>
        <source>Person: choose the dossier of the person the contract is for.</source>
        <translation>Persoon: kies het dossier van de persoon voor wie het contract is.</translation>
    </message>
    <message>
        <source>Post: choose the post of the contract.</source>
        <translation>Post: kies de post van het contract.</translation>
    </message>
    <message>
        <source>Start: a contract needs the day it starts.</source>
        <translation>Begin: een contract heeft een begindag nodig.</translation>
    </message>
    <message>
        <source>Days needed: enter the number of days of work the person needs to open their unemployment rights (1 to %1).</source>
        <translation>Nodige dagen: geef het aantal arbeidsdagen dat de persoon nodig heeft om recht op werkloosheidsuitkering te openen (1 tot %1).</translation>
    </message>
    <message>
        <source>Post: the post %1 — %2 is no longer in use.</source>
        <translation>Post: de post %1 — %2 is niet meer in gebruik.</translation>
    </message>
    <message>
        <source>Post: %1 is held by %2 (%3) from %4 to %5, which overlaps this contract (%6 to %7).</source>
        <translation>Post: %1 wordt bezet door %2 (%3) van %4 tot %5, wat overlapt met dit contract (%6 tot %7).</translation>
    </message>
    <message>
        <source>Person: the dossier %1 already has an article 60 contract on %2 from %3 to %4, which overlaps this one (%5 to %6).</source>
        <translation>Persoon: het dossier %1 heeft al een artikel 60-contract op %2 van %3 tot %4, wat overlapt met dit contract (%5 tot %6).</translation>
    </message>
    <message>
        <source>Article 60 contract: %1 — %2</source>
        <translation>Artikel 60-contract: %1 — %2</translation>
    </message>
    <message>
        <source>The contract was refused: %1</source>
        <translation>Het contract werd geweigerd: %1</translation>
    </message>
    <message>
        <source>There is no placement number %1 (it may have been removed).</source>
        <translation>Er is geen etappe nummer %1 (misschien werd ze verwijderd).</translation>
    </message>
    <message>
        <source>End: ending a contract needs its last day.</source>
        <translation>Einde: om een contract te beëindigen is de laatste dag nodig.</translation>
    </message>
    <message>
        <source>End: the contract of %1 cannot end on %2, before it starts on %3.</source>
        <translation>Einde: het contract van %1 kan niet eindigen op %2, vóór het begint op %3.</translation>
    </message>
    <message>
        <source>The contract was not ended: %1</source>
        <translation>Het contract werd niet beëindigd: %1</translation>
    </message>
    <message>
        <source>There is no article 60 contract number %1.</source>
        <translation>Er is geen artikel 60-contract nummer %1.</translation>
    </message>
    <message>
        <source>The contract of %1 has not ended yet: end it first.</source>
        <translation>Het contract van %1 is nog niet beëindigd: beëindig het eerst.</translation>
    </message>
    <message>
        <source>No post-article-60 guidance to propose: the dossier %1 is already in %2 on %3.</source>
        <translation>Geen post-artikel 60-begeleiding voor te stellen: het dossier %1 zit al in %2 op %3.</translation>
    </message>
    <message>
        <source>End of the article 60 contract</source>
        <translation>Einde van het artikel 60-contract</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>Het auditlogboek kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>The audit trail of this database is damaged (no audit context). Nothing was saved.</source>
        <translation>Het auditlogboek van deze databank is beschadigd (geen auditcontext). Er werd niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>De back-up %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours backup: it is not a database file.</source>
        <translation>%1 is geen back-up van Parcours: het is geen databankbestand.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>De back-up %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored (%2).</source>
        <translation>De back-up %1 is beschadigd en kan niet teruggezet worden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Parcours backup: it belongs to another program.</source>
        <translation>%1 is geen back-up van Parcours: het hoort bij een ander programma.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
        <translation>De back-up %1 is geschreven door een nieuwere versie van Parcours (schema %2; deze versie kent tot %3). Installeer de nieuwere versie om ze terug te zetten.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (a drive or network share that is not connected?). No backup was made.</source>
        <translation>De back-upmap %1 bestaat niet (een schijf of netwerkmap die niet verbonden is?). Er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. No backup was made.</source>
        <translation>De back-upmap %1 kan niet aangemaakt worden. Er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De back-up %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>De databank is niet gewijzigd.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Een databank kan niet uit zichzelf teruggezet worden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databankbestand.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied beside the database: %2</source>
        <translation>De back-up %1 kon niet naast de databank gekopieerd worden: %2</translation>
    </message>
    <message>
        <source>The copy of the backup could not be flushed to disk.</source>
        <translation>De kopie van de back-up kon niet naar de schijf weggeschreven worden.</translation>
    </message>
    <message>
        <source>The current database could not be kept aside as %1: %2</source>
        <translation>De huidige databank kon niet opzij gezet worden als %1: %2</translation>
    </message>
    <message>
        <source>The copy of the current database could not be flushed to disk.</source>
        <translation>De kopie van de huidige databank kon niet naar de schijf weggeschreven worden.</translation>
    </message>
    <message>
        <source>The database %1 is open in another window or program. Close it there and try again.</source>
        <translation>De databank %1 is open in een ander venster of programma. Sluit ze daar en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The journal %1 of the current database cannot be removed.</source>
        <translation>Het journaal %1 van de huidige databank kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>The backup could not be put in place: %1</source>
        <translation>De back-up kon niet op zijn plaats gezet worden: %1</translation>
    </message>
    <message>
        <source>the journal %1 was not merged</source>
        <translation>het journaal %1 werd niet verwerkt</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was done.</source>
        <translation>Niemand is aangemeld. Meld u eerst aan; er werd niets gedaan.</translation>
    </message>
    <message>
        <source>The copy of the backup could not be read back.</source>
        <translation>De kopie van de back-up kon niet teruggelezen worden.</translation>
    </message>
    <message>
        <source>The restore could not be recorded in the backup&apos;s audit trail: %1</source>
        <translation>Het terugzetten kon niet in het auditlogboek van de back-up vastgelegd worden: %1</translation>
    </message>
</context>
<context>
    <name>BalancePrint</name>
    <message>
        <source>Date and signature</source>
        <translation>Datum en handtekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Socio-professional balance</source>
        <translation>Socioprofessionele balans</translation>
    </message>
    <message>
        <source>Version %1 of %2, recorded by %3.</source>
        <translation>Versie %1 van %2, opgemaakt door %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Health, mental-health, addiction and criminal-record information is kept in the dossier and not printed.</source>
        <translation>Gegevens over gezondheid, geestelijke gezondheid, verslaving en strafregister blijven in het dossier en worden niet afgedrukt.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>The person has read this balance and received a copy.</source>
        <translation>De persoon heeft deze balans gelezen en een kopie ontvangen.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <source>The project facilitator</source>
        <translation>De projectfacilitator</translation>
    </message>
    <message>
        <source>Individualised social integration project (GPMI)</source>
        <translation>Geïndividualiseerd project voor maatschappelijke integratie (GPMI)</translation>
    </message>
    <message>
        <source>Agreement between the public centre for social welfare and the person below, under the law of 26 May 2002 on the right to social integration.</source>
        <translation>Overeenkomst tussen het openbaar centrum voor maatschappelijk welzijn en de persoon hieronder, volgens de wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie.</translation>
    </message>
    <message>
        <source>Period and reflection</source>
        <translation>Looptijd en bedenktijd</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>while the integration income is granted</source>
        <translation>zolang het leefloon wordt toegekend</translation>
    </message>
    <message>
        <source>Draft handed over on</source>
        <translation>Ontwerp overhandigd op</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Bedenktijd</translation>
    </message>
    <message>
        <source>%1 working days: signing from %2 on</source>
        <translation>%1 werkdagen: ondertekenen vanaf %2</translation>
    </message>
    <message>
        <source>Assisted by</source>
        <translation>Bijgestaan door</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Domains and partners</source>
        <translation>Domeinen en partners</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Goals and commitments</source>
        <translation>Doelstellingen en verbintenissen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>The person undertakes</source>
        <translation>De persoon verbindt zich ertoe</translation>
    </message>
    <message>
        <source>The centre undertakes</source>
        <translation>Het centrum verbindt zich ertoe</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>The project is evaluated at least 3 times a year, at least twice in a face-to-face meeting.</source>
        <translation>Het project wordt minstens 3 keer per jaar geëvalueerd, waarvan minstens 2 keer in een persoonlijk gesprek.</translation>
    </message>
    <message>
        <source>Planned: %1.</source>
        <translation>Gepland: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Persoonlijk gesprek</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Signed in two copies, one for each party, on %1.</source>
        <translation>Opgemaakt in twee exemplaren, één voor elke partij, op %1.</translation>
    </message>
    <message>
        <source>The social worker</source>
        <translation>De maatschappelijk werker</translation>
    </message>
    <message>
        <source>For the centre</source>
        <translation>Voor het centrum</translation>
    </message>
</context>
<context>
    <name>BalanceRules</name>
    <message>
        <source>Diploma %1 has no title.</source>
        <translation>Diploma %1 heeft geen titel.</translation>
    </message>
    <message>
        <source>Work experience %1 has no occupation.</source>
        <translation>Werkervaring %1 heeft geen beroep.</translation>
    </message>
    <message>
        <source>Work experience %1 ends (%2) before it starts (%3).</source>
        <translation>Werkervaring %1 eindigt (%2) voor ze begint (%3).</translation>
    </message>
    <message>
        <source>Language %1 has no name.</source>
        <translation>Taal %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the languages.</source>
        <translation>%1 staat twee keer bij de talen.</translation>
    </message>
    <message>
        <source>The obstacle &quot;%1&quot; is listed twice.</source>
        <translation>De drempel &quot;%1&quot; staat er twee keer.</translation>
    </message>
    <message>
        <source>An obstacle &quot;Other&quot; needs a note that says what it is.</source>
        <translation>Een drempel &quot;Andere&quot; heeft een notitie nodig die zegt wat het is.</translation>
    </message>
    <message>
        <source>A professional project judged realistic and feasible needs a target occupation or a description.</source>
        <translation>Een beroepsproject dat realistisch en haalbaar bevonden is, heeft een beoogd beroep of een beschrijving nodig.</translation>
    </message>
    <message>
        <source>Post-article 60 guidance follows an article 60 contract; it is not an orientation of the balance.</source>
        <translation>Post-artikel 60-begeleiding volgt op een artikel 60-contract; het is geen oriëntering van de balans.</translation>
    </message>
    <message>
        <source>Highest level of education</source>
        <translation>Hoogste opleidingsniveau</translation>
    </message>
    <message>
        <source>Diploma %1</source>
        <translation>Diploma %1</translation>
    </message>
    <message>
        <source>Diploma %1: country</source>
        <translation>Diploma %1: land</translation>
    </message>
    <message>
        <source>Diploma %1: recognised in Belgium</source>
        <translation>Diploma %1: erkend in België</translation>
    </message>
    <message>
        <source>Work experience %1</source>
        <translation>Werkervaring %1</translation>
    </message>
    <message>
        <source>Work experience %1: employer</source>
        <translation>Werkervaring %1: werkgever</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Work experience %1: period</source>
        <translation>Werkervaring %1: periode</translation>
    </message>
    <message>
        <source>Work experience %1: note</source>
        <translation>Werkervaring %1: notitie</translation>
    </message>
    <message>
        <source>Acquired skills</source>
        <translation>Verworven competenties</translation>
    </message>
    <message>
        <source>Latent skills</source>
        <translation>Latente competenties</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Personal wishes</source>
        <translation>Persoonlijke wensen</translation>
    </message>
    <message>
        <source>Obstacle: %1</source>
        <translation>Drempel: %1</translation>
    </message>
    <message>
        <source>Obstacle: %1, note</source>
        <translation>Drempel: %1, notitie</translation>
    </message>
    <message>
        <source>Target occupation</source>
        <translation>Beoogd beroep</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Beroepsproject</translation>
    </message>
    <message>
        <source>Realistic and feasible</source>
        <translation>Realistisch en haalbaar</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntering</translation>
    </message>
    <message>
        <source>Orientation: note</source>
        <translation>Oriëntering: notitie</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Geen scholing</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Lager onderwijs</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Lager secundair</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Hoger secundair</translation>
    </message>
    <message>
        <source>Higher education (bachelor)</source>
        <translation>Hoger onderwijs (bachelor)</translation>
    </message>
    <message>
        <source>Higher education (master, university)</source>
        <translation>Hoger onderwijs (master, universiteit)</translation>
    </message>
    <message>
        <source>Obtained in Belgium</source>
        <translation>Behaald in België</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Erkend in België</translation>
    </message>
    <message>
        <source>Recognition asked for</source>
        <translation>Erkenning aangevraagd</translation>
    </message>
    <message>
        <source>Not recognised in Belgium</source>
        <translation>Niet erkend in België</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Strafregister</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Being resolved</source>
        <translation>Wordt aangepakt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Yes: realistic and feasible</source>
        <translation>Ja: realistisch en haalbaar</translation>
    </message>
    <message>
        <source>No: not realistic or not feasible yet</source>
        <translation>Nee: (nog) niet realistisch of niet haalbaar</translation>
    </message>
    <message>
        <source>Exemption for health or equity reasons</source>
        <translation>Vrijstelling om redenen van gezondheid of billijkheid</translation>
    </message>
</context>
<context>
    <name>BalanceStore</name>
    <message>
        <source>This dossier has no version %1 of the balance.</source>
        <translation>Dit dossier heeft geen versie %1 van de balans.</translation>
    </message>
    <message>
        <source>No balance has been recorded for this dossier yet.</source>
        <translation>Voor dit dossier is nog geen balans opgemaakt.</translation>
    </message>
    <message>
        <source>This balance was read without its health, addiction and criminal-record part, so saving it would lose that part. Nothing was saved.</source>
        <translation>Deze balans werd gelezen zonder het deel over gezondheid, verslaving en strafregister; opslaan zou dat deel doen verloren gaan. Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>The balance was not saved: %1</source>
        <translation>De balans werd niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Er is geen dossier nummer %1 in het register (het werd misschien verwijderd).</translation>
    </message>
    <message>
        <source>Nothing changed since version %1 of the balance; no new version was saved.</source>
        <translation>Er is niets veranderd sinds versie %1 van de balans; er werd geen nieuwe versie opgeslagen.</translation>
    </message>
    <message>
        <source>The referral needs a valid day.</source>
        <translation>De doorverwijzing heeft een geldige dag nodig.</translation>
    </message>
    <message>
        <source>Version %1 of the balance has no orientation yet: choose one and save the balance first.</source>
        <translation>Versie %1 van de balans heeft nog geen oriëntering: kies er een en sla de balans eerst op.</translation>
    </message>
    <message>
        <source>Orientation of the socio-professional balance (version %1)</source>
        <translation>Oriëntering van de socioprofessionele balans (versie %1)</translation>
    </message>
    <message>
        <source>The dossier is already in %1 on %2.</source>
        <translation>Het dossier is al in %1 op %2.</translation>
    </message>
</context>
<context>
    <name>CaseloadReport</name>
    <message>
        <source>The caseload needs a valid day.</source>
        <translation>De caseload heeft een geldige dag nodig.</translation>
    </message>
    <message>
        <source>(no officer recorded)</source>
        <translation>(geen invoegambtenaar geregistreerd)</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
</context>
<context>
    <name>CellNames</name>
    <message>
        <source>Facil.</source>
        <comment>short for project facilitation</comment>
        <translation>Facil.</translation>
    </message>
    <message>
        <source>Lit.</source>
        <comment>short for literacy</comment>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Stud.</source>
        <comment>short for studies and training</comment>
        <translation>Stud.</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>short for the work cell</comment>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Art. 60</source>
        <comment>short for article 60</comment>
        <translation>Art. 60</translation>
    </message>
    <message>
        <source>Post-60</source>
        <comment>short for post-article 60</comment>
        <translation>Post-60</translation>
    </message>
    <message>
        <source>H/E</source>
        <comment>short for health / equity</comment>
        <translation>G/B</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (commands: %1)</source>
        <translation>Gebruik: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (opdrachten: %1)</translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>Gebruik: parcours-cli [--db PATH] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Parcours without windows: the same register and rules as the desktop program.</source>
        <translation>Parcours zonder vensters: hetzelfde register en dezelfde regels als het desktopprogramma.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>  --db PATH    the database file (default: %1)</source>
        <translation>  --db PATH    het databankbestand (standaard: %1)</translation>
    </message>
    <message>
        <source>               only init creates a missing file</source>
        <translation>               alleen init maakt een ontbrekend bestand aan</translation>
    </message>
    <message>
        <source>  --help       show this help</source>
        <translation>  --help       deze hulp tonen</translation>
    </message>
    <message>
        <source>  --version    show the version</source>
        <translation>  --version    de versie tonen</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (bad data, integrity problems, refused file), 2 usage error.</source>
        <translation>Afsluitcode: 0 gelukt, 1 mislukt (foute gegevens, integriteitsproblemen, geweigerd bestand), 2 fout in het gebruik.</translation>
    </message>
    <message>
        <source>the option --db needs a PATH.</source>
        <translation>de optie --db heeft een PATH nodig.</translation>
    </message>
    <message>
        <source>the option %1 needs %2.</source>
        <translation>de optie %1 heeft %2 nodig.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>unknown command %1.</source>
        <translation>onbekende opdracht %1.</translation>
    </message>
    <message>
        <source>%1 what? Known: %2.</source>
        <translation>%1 wat? Bekend: %2.</translation>
    </message>
    <message>
        <source>unknown option %1 for %2.</source>
        <translation>onbekende optie %1 voor %2.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 heeft %2 nodig.</translation>
    </message>
    <message>
        <source>too many arguments for %1: %2.</source>
        <translation>te veel argumenten voor %1: %2.</translation>
    </message>
    <message>
        <source>Create the database if it does not exist, or bring it up to date.</source>
        <translation>De databank aanmaken als ze niet bestaat, of ze bijwerken.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity; prints &quot;ok&quot; or each problem.</source>
        <translation>De integriteit van de databank controleren; toont &quot;ok&quot; of elk probleem.</translation>
    </message>
    <message>
        <source>Import dossiers from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation>Dossiers importeren uit een CSV-bestand, alle rijen of geen; --dry-run controleert alleen.</translation>
    </message>
    <message>
        <source>Export every dossier to a CSV file (UTF-8, comma).</source>
        <translation>Alle dossiers exporteren naar een CSV-bestand (UTF-8, komma).</translation>
    </message>
    <message>
        <source>Import placements (dossier, cell, start, end, officer, outcome) from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation>Etappes (dossier, cel, begin, einde, invoegambtenaar, resultaat) importeren uit een CSV-bestand, alle rijen of geen; --dry-run controleert alleen.</translation>
    </message>
    <message>
        <source>Import published evolution figures as recorded snapshots (empty = not determined), all rows or none; --dry-run only checks.</source>
        <translation>Gepubliceerde evolutiecijfers importeren als geregistreerde momentopnames (leeg = niet bepaald), alle rijen of geen; --dry-run controleert alleen.</translation>
    </message>
    <message>
        <source>Print the evolution table. Computed figures on the days of --at, or on the period ends (month by default) from --from to --to (default: today); without dates, the month ends of the last 12 months. Recorded figures: those recorded on the days of --at or within --from/--to, else all. Default: --source computed --format csv.</source>
        <translation>De evolutietabel tonen. Berekende cijfers op de dagen van --at, of op het einde van elke periode (standaard de maand) van --from tot --to (standaard: vandaag); zonder datums het einde van elke maand van de laatste 12 maanden. Geregistreerde cijfers: die van de dagen van --at of binnen --from/--to, anders alle. Standaard: --source computed --format csv.</translation>
    </message>
    <message>
        <source>Fill an empty database with invented people, dossiers and trajectories over the ten years up to today (default 2000 dossiers, seed 1; the same seed on the same day gives the same data); creates the file if it does not exist.</source>
        <translation>Een lege databank vullen met verzonnen personen, dossiers en trajecten over de tien jaar tot vandaag (standaard 2000 dossiers, seed 1; dezelfde seed op dezelfde dag geeft dezelfde gegevens); maakt het bestand aan als het niet bestaat.</translation>
    </message>
    <message>
        <source>Print the audit trail (who created, changed or looked at what, when), oldest first, from --from to --to (local days, both included); --actor and --entity narrow it. Default: --format csv. Reading the trail is itself recorded.</source>
        <translation>Het auditlogboek tonen (wie wat aanmaakte, wijzigde of inzag, en wanneer), oudste eerst, van --from tot --to (lokale dagen, beide inbegrepen); --actor en --entity beperken het. Standaard: --format csv. Het lezen van het logboek wordt zelf ook geregistreerd.</translation>
    </message>
    <message>
        <source>Write everything held about one person (subject-access request) to DIR as JSON and as a readable PDF; recorded in the audit trail.</source>
        <translation>Alle gegevens over één persoon (verzoek tot inzage) naar DIR schrijven, als JSON en als leesbare pdf; wordt geregistreerd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Anonymise the people whose every dossier closed before D: names, numbers, contacts and free texts erased, the figures unchanged. Cannot be undone; --dry-run only counts.</source>
        <translation>De personen anonimiseren van wie elk dossier vóór D afgesloten werd: namen, nummers, contactgegevens en vrije teksten gewist, de cijfers ongewijzigd. Kan niet ongedaan gemaakt worden; --dry-run telt alleen.</translation>
    </message>
    <message>
        <source>List the accounts: user name, role, name, last sign-in.</source>
        <translation>De accounts oplijsten: gebruikersnaam, rol, naam, laatste aanmelding.</translation>
    </message>
    <message>
        <source>Create an account (ROLE: administrator, manager, facilitator, officer, reception); the password is read from standard input and must be changed at the first sign-in.</source>
        <translation>Een account aanmaken (ROLE: administrator, manager, facilitator, officer, reception); het wachtwoord wordt van de standaardinvoer gelezen en moet bij de eerste aanmelding gewijzigd worden.</translation>
    </message>
    <message>
        <source>Reset the password of USER (read from standard input) and reactivate the account, e.g. when the only administrator forgot theirs; it must be changed at the next sign-in.</source>
        <translation>Het wachtwoord van USER opnieuw instellen (gelezen van de standaardinvoer) en de account opnieuw activeren, bv. als de enige beheerder het zijne vergeten is; het moet bij de volgende aanmelding gewijzigd worden.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was created; to start a new one, run: parcours-cli --db %1 init</source>
        <translation>De databank %1 bestaat niet. Er werd niets aangemaakt; om een nieuwe te beginnen: parcours-cli --db %1 init</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema; a copy of it as it was is at %1.</source>
        <translation>De databank werd bijgewerkt naar het huidige schema; een kopie van vóór de update staat in %1.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>%1 aangemaakt (schema %2).</translation>
    </message>
    <message>
        <source>%1 already exists and is up to date (schema %2).</source>
        <translation>%1 bestaat al en is bijgewerkt (schema %2).</translation>
    </message>
    <message>
        <source>%1 has problems (%2). Restore the latest backup or ask for help before changing it.</source>
        <translation>%1 heeft problemen (%2). Zet de laatste back-up terug of vraag hulp voor u het wijzigt.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rijen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>The file was refused (1 problem); nothing was imported.</source>
        <translation>Het bestand werd geweigerd (1 probleem); er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file was refused (%1 problems); nothing was imported.</source>
        <translation>Het bestand werd geweigerd (%1 problemen); er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: %2 aangemaakt, %3 bijgewerkt, %4 ongewijzigd</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Proefdraai, er werd niets geschreven. %1</translation>
    </message>
    <message>
        <source>1 dossier exported to %1.</source>
        <translation>1 dossier geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>%1 dossiers exported to %2.</source>
        <translation>%1 dossiers geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Try &apos;parcours-cli --help&apos; for the list of commands.</source>
        <translation>Probeer &apos;parcours-cli --help&apos; voor de lijst van opdrachten.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] %1</source>
        <translation>Gebruik: parcours-cli [--db PATH] %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Herhaal het: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>--from and --to take a date YYYY-MM-DD.</source>
        <translation>--from en --to verwachten een datum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or table.</source>
        <translation>--format: &quot;%1&quot; is geen csv of table.</translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation>De standaarduitvoer kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Wanneer (lokaal)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>export person needs --out DIR, the folder for the two files.</source>
        <translation>export person heeft --out DIR nodig, de map voor de twee bestanden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>Data held about the person with national number %1</source>
        <translation>Gegevens over de persoon met rijksregisternummer %1</translation>
    </message>
    <message>
        <source>These files hold personal data: hand them to the person only, and delete them afterwards.</source>
        <translation>Deze bestanden bevatten persoonsgegevens: geef ze alleen aan de persoon zelf en verwijder ze daarna.</translation>
    </message>
    <message>
        <source>retention needs --closed-before D, the cut-off day (the retention setting gives %1).</source>
        <translation>retention heeft --closed-before D nodig, de grensdatum (de ingestelde bewaartermijn geeft %1).</translation>
    </message>
    <message>
        <source>--closed-before takes a date YYYY-MM-DD.</source>
        <translation>--closed-before verwacht een datum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 people whose every dossier closed before %2 (%3 dossiers, %4 placements, %5 audit entries)</source>
        <translation>%1 personen van wie elk dossier vóór %2 afgesloten werd (%3 dossiers, %4 etappes, %5 regels in het auditlogboek)</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would anonymise: %1.</source>
        <translation>Proefdraai, er werd niets geschreven. Zou anonimiseren: %1.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Geanonimiseerd: %1.</translation>
    </message>
    <message>
        <source>Backups made before today still hold these identities; they must expire too.</source>
        <translation>Back-ups van vóór vandaag bevatten deze identiteiten nog; ook die moeten vervallen.</translation>
    </message>
    <message>
        <source>This database has no account yet: the first start of the program asks for the administrator, or use: parcours-cli account add NAME administrator --name &quot;Full Name&quot;</source>
        <translation>Deze databank heeft nog geen account: bij de eerste start vraagt het programma naar de beheerder, of gebruik: parcours-cli account add NAME administrator --name &quot;Volledige Naam&quot;</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>the role is one of %1.</source>
        <translation>de rol is een van deze: %1.</translation>
    </message>
    <message>
        <source>Account %1 created (%2); the password must be changed at the first sign-in.</source>
        <translation>Account %1 aangemaakt (%2); het wachtwoord moet bij de eerste aanmelding gewijzigd worden.</translation>
    </message>
    <message>
        <source>No account is called %1.</source>
        <translation>Er is geen account met de naam %1.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation>Het wachtwoord van %1 werd opnieuw ingesteld; het moet bij de volgende aanmelding gewijzigd worden.</translation>
    </message>
    <message>
        <source>the option %1 was given more than once.</source>
        <translation>de optie %1 werd meer dan eens opgegeven.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD).</source>
        <translation>%1: %2 is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--source: %1 is not computed, recorded or both.</source>
        <translation>--source: %1 is geen computed, recorded of both.</translation>
    </message>
    <message>
        <source>--format: %1 is not csv, table or json.</source>
        <translation>--format: %1 is geen csv, table of json.</translation>
    </message>
    <message>
        <source>--at gives the days itself: it does not go with --from, --to or --step.</source>
        <translation>--at geeft zelf de dagen: het gaat niet samen met --from, --to of --step.</translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation>--to heeft --from nodig.</translation>
    </message>
    <message>
        <source>--step needs --from.</source>
        <translation>--step heeft --from nodig.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 ligt na --to %2.</translation>
    </message>
    <message>
        <source>--from %1 is after today (%2); give --to.</source>
        <translation>--from %1 ligt na vandaag (%2); geef --to op.</translation>
    </message>
    <message>
        <source>--step: %1 is not month, quarter or year.</source>
        <translation>--step: %1 is geen month, quarter of year.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>geïntegr.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondh.</translation>
    </message>
    <message>
        <source>facil.</source>
        <translation>facil.</translation>
    </message>
    <message>
        <source>literacy</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>studies</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>art60</source>
        <translation>art60</translation>
    </message>
    <message>
        <source>post60</source>
        <translation>post60</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>No %1 end lies between %2 and %3: nothing to compute.</source>
        <translation>Geen enkel periode-einde (%1) ligt tussen %2 en %3: niets te berekenen.</translation>
    </message>
    <message>
        <source>--dossiers and --seed may be given once only.</source>
        <translation>--dossiers en --seed mogen maar één keer opgegeven worden.</translation>
    </message>
    <message>
        <source>--dossiers: %1 is not a number from 1 to 1000000.</source>
        <translation>--dossiers: %1 is geen getal van 1 tot 1000000.</translation>
    </message>
    <message>
        <source>--seed: %1 is not a number from 0 to 4294967295.</source>
        <translation>--seed: %1 is geen getal van 0 tot 4294967295.</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Demogegevens aanmaken…</translation>
    </message>
    <message>
        <source>Demo data: %1 dossiers of %2 people, %3 placements, up to %4 (seed %5), in %6 s.</source>
        <translation>Demogegevens: %1 dossiers van %2 personen, %3 etappes, tot %4 (seed %5), in %6 s.</translation>
    </message>
    <message>
        <source>  --lang LANG  the language of messages: nl, fr or en (default: the system&apos;s)</source>
        <translation>  --lang LANG  de taal van de berichten: nl, fr of en (standaard: die van het systeem)</translation>
    </message>
    <message>
        <source>the option --lang needs nl, fr or en.</source>
        <translation>de optie --lang heeft nl, fr of en nodig.</translation>
    </message>
    <message>
        <source>unknown language %1 (nl, fr or en).</source>
        <translation>onbekende taal %1 (nl, fr of en).</translation>
    </message>
    <message>
        <source>--out FILE is required (FILE.png, FILE.svg or FILE.pdf).</source>
        <translation>--out BESTAND is verplicht (BESTAND.png, BESTAND.svg of BESTAND.pdf).</translation>
    </message>
    <message>
        <source>--out: %1 does not end in .png, .svg or .pdf.</source>
        <translation>--out: %1 eindigt niet op .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not rates, cells or dossiers.</source>
        <translation>--kind: &quot;%1&quot; is niet rates, cells of dossiers.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of pixels from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; is geen geheel aantal pixels van %3 tot %4.</translation>
    </message>
    <message>
        <source>No figures for these days and sources: the chart is empty.</source>
        <translation>Geen cijfers voor deze dagen en bronnen: de grafiek is leeg.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschreven (%2).</translation>
    </message>
    <message>
        <source>Draw the evolution chart to FILE.png, FILE.svg, or FILE.pdf (a report: chart and table); the days and sources as for evolution. Default: --kind rates, 1200 × 750 pixels.</source>
        <translation>Teken de evolutiegrafiek in FILE.png, FILE.svg of FILE.pdf (een rapport: grafiek en tabel); dagen en bronnen zoals bij evolution. Standaard: --kind rates, 1200 × 750 pixels.</translation>
    </message>
    <message>
        <source>Print the flows from --from to --to (both days included): entries from no cell, moves from cell to cell (the next placement starts the day after one ends) and exits by outcome, counted on the day the placement ends (entries: the day it starts). Default: --format csv.</source>
        <translation>Toon de stromen van --from tot --to (beide dagen inbegrepen): instroom vanuit geen cel, overgangen van cel naar cel (de volgende etappe begint de dag na het einde van de vorige) en uitstroom per resultaat, geteld op de dag waarop de etappe eindigt (instroom: de dag waarop ze begint). Standaard: --format csv.</translation>
    </message>
    <message>
        <source>Print the days spent in each cell (end − start + 1): count, median, quartiles, mean, shortest and longest, of the placements that ended from --from to --to, or of every ended placement; open placements do not count. Default: --format csv.</source>
        <translation>Toon de dagen doorgebracht in elke cel (einde − begin + 1): aantal, mediaan, kwartielen, gemiddelde, kortste en langste, van de etappes die eindigden van --from tot --to, of van elke beëindigde etappe; lopende etappes tellen niet mee. Standaard: --format csv.</translation>
    </message>
    <message>
        <source>Print the caseload on day --at (default: today): placements covering that day in open dossiers, per cell, per officer or per officer and cell. Default: --by cell --format csv.</source>
        <translation>Toon de caseload op dag --at (standaard: vandaag): etappes die die dag lopen in open dossiers, per cel, per invoegambtenaar of per invoegambtenaar en cel. Standaard: --by cell --format csv.</translation>
    </message>
    <message>
        <source>--format: %1 is not csv or table.</source>
        <translation>--format: %1 is geen csv of table.</translation>
    </message>
    <message>
        <source>--by: %1 is not cell, officer or both.</source>
        <translation>--by: %1 is geen cell, officer of both.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>naar</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>etappes</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediaan</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>invoegambtenaar</translation>
    </message>
    <message>
        <source>report flows needs --from and --to.</source>
        <translation>report flows heeft --from en --to nodig.</translation>
    </message>
    <message>
        <source>Counting the flows…</source>
        <translation>De stromen worden geteld…</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from en --to gaan samen.</translation>
    </message>
    <message>
        <source>Measuring the durations…</source>
        <translation>De duurtijden worden gemeten…</translation>
    </message>
    <message>
        <source>Counting the caseload…</source>
        <translation>De caseload wordt geteld…</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out BESTAND.pdf is verplicht.</translation>
    </message>
    <message>
        <source>--lang-document: &quot;%1&quot; is not nl or fr.</source>
        <translation>--lang-document: &quot;%1&quot; is niet nl of fr.</translation>
    </message>
    <message>
        <source>There is no dossier %1 in the register.</source>
        <translation>Er is geen dossier %1 in het register.</translation>
    </message>
    <message>
        <source>The dossier %1 has no GPMI.</source>
        <translation>Het dossier %1 heeft geen GPMI.</translation>
    </message>
    <message>
        <source>--version: &quot;%1&quot; is not a version number.</source>
        <translation>--version: &quot;%1&quot; is geen versienummer.</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--at: &quot;%1&quot; is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>GPMI compliance on %1; findings: %2</source>
        <translation>Opvolging GPMI op %1; vaststellingen: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Verplichting</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Print the figures of the Job Tables launched from --from to --to (default: the last 12 months): participants, attendance, and the share with a job or training 3 and 6 months after the conclusion, read from the trajectory. Default: --format csv.</source>
        <translation>Toont de cijfers van de Jobtafels gelanceerd van --from tot --to (standaard: de laatste 12 maanden): deelnemers, aanwezigheid, en het aandeel met een job of opleiding 3 en 6 maanden na het besluit, gelezen uit het traject. Standaard: --format csv.</translation>
    </message>
    <message>
        <source>Write the technical fiche of the Job Table ID (one page: dates, place, officers, participants, modules, means) as a PDF; with --meeting, the attendance sheet of that meeting instead.</source>
        <translation>Schrijft de technische fiche van de Jobtafel ID (één pagina: datums, plaats, ambtenaren, deelnemers, modules, middelen) als PDF; met --meeting in de plaats daarvan de aanwezigheidslijst van die bijeenkomst.</translation>
    </message>
    <message>
        <source>Print the GPMI compliance list on D (default today): open integration-income dossiers whose GPMI is missing, signed late, short of evaluations, or due within 30 days. Default: --format csv.</source>
        <translation>De opvolgingslijst van de GPMI&apos;s op D tonen (standaard vandaag): open leefloondossiers waarvan het GPMI ontbreekt, te laat ondertekend is, te weinig evaluaties heeft of binnen 30 dagen vervalt. Standaard: --format csv.</translation>
    </message>
    <message>
        <source>Write the GPMI contract of the dossier with reference DOSSIER as a PDF with places to sign, in the contract&apos;s language (or --lang-document); FILE.html writes the HTML instead.</source>
        <translation>Het GPMI-contract van het dossier met referentie DOSSIER wegschrijven als PDF met plaatsen om te ondertekenen, in de taal van het contract (of --lang-document); BESTAND.html schrijft in de plaats de HTML weg.</translation>
    </message>
    <message>
        <source>Write the summary of the dossier&apos;s socio-professional balance (the latest version, or --version N) as a PDF with places to sign, in the person&apos;s language; health, addiction and criminal-record data are not printed. FILE.html writes the HTML instead.</source>
        <translation>De samenvatting van de socioprofessionele balans van het dossier (de laatste versie, of --version N) wegschrijven als PDF met plaatsen om te ondertekenen, in de taal van de persoon; gegevens over gezondheid, verslaving en strafregister worden niet afgedrukt. BESTAND.html schrijft in de plaats de HTML weg.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etappe</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>gelanceerd</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>besloten</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>bijeenkomsten</translation>
    </message>
    <message>
        <source>present %</source>
        <translation>aanwezig %</translation>
    </message>
    <message>
        <source>3 m: measured</source>
        <translation>3 m: gemeten</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>6 m: measured</source>
        <translation>6 m: gemeten</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>ID: &quot;%1&quot; is not the number of a Job Table.</source>
        <translation>ID: &quot;%1&quot; is geen nummer van een Jobtafel.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is missing.</source>
        <translation>--out BESTAND.pdf ontbreekt.</translation>
    </message>
    <message>
        <source>--meeting takes the number of a meeting.</source>
        <translation>--meeting verwacht het nummer van een bijeenkomst.</translation>
    </message>
    <message>
        <source>There is no Job Table number %1.</source>
        <translation>Er is geen Jobtafel nummer %1.</translation>
    </message>
    <message>
        <source>The Job Table %1 has no meeting number %2.</source>
        <translation>De Jobtafel %1 heeft geen bijeenkomst nummer %2.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>Article 60 on %1: %2 posts, %3 filled, %4 vacant; contracts ending within 30 days: %5, 60 days: %6, 90 days: %7.</source>
        <translation>Artikel 60 op %1: %2 posten, %3 bezet, %4 vacant; contracten die aflopen binnen 30 dagen: %5, 60 dagen: %6, 90 dagen: %7.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Bezet door</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Today&apos;s backup exists already: %1.</source>
        <translation>De back-up van vandaag bestaat al: %1.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>Geen back-ups van %1 in %2.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup %2.</source>
        <translation>%1 is teruggezet uit de back-up %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept at %1.</source>
        <translation>De databank zoals ze voordien was, staat in %1.</translation>
    </message>
    <message>
        <source>Write a complete, verified copy of the database to OUT. With --auto instead: the automatic backup, unless one of today exists, into the backup folder (--dir, else the one chosen in the desktop program, else &quot;backups&quot; beside the database), then thin the older ones to 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>Schrijf een volledige, gecontroleerde kopie van de databank naar OUT. Met --auto in de plaats: de automatische back-up, tenzij er al een van vandaag is, in de back-upmap (--dir, anders de map gekozen in het bureaubladprogramma, anders &quot;backups&quot; naast de databank), en dun daarna de oudere uit tot 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën.</translation>
    </message>
    <message>
        <source>List the automatic backups of the database, newest first: date, size, file.</source>
        <translation>Toon de automatische back-ups van de databank, de nieuwste eerst: datum, grootte, bestand.</translation>
    </message>
    <message>
        <source>Put the backup BACKUP in place of the database after checking it; the database as it was is kept beside it under a name with the date. Close the desktop program first.</source>
        <translation>Zet de back-up BACKUP in de plaats van de databank, na controle; de databank zoals ze was, blijft ernaast bewaard onder een naam met de datum. Sluit eerst het bureaubladprogramma.</translation>
    </message>
    <message>
        <source>Print the article 60 posts on day --at (default: today), filled or vacant, and the contracts ending within 30, 60 and 90 days. Default: --format csv.</source>
        <translation>Toon de artikel 60-posten op dag --at (standaard: vandaag), bezet of vacant, en de contracten die binnen 30, 60 en 90 dagen aflopen. Standaard: --format csv.</translation>
    </message>
    <message>
        <source>Print the cells&apos; yearly targets of year Y and what was realised from 1 January to 31 December (or to --at, default today, when earlier). CSV columns: year, cell, measure (placements_started: placements of the cell started; net_change: dossiers in the cell on the last day minus on 1 January; literacy_tests: level tests taken), target, realised, percent (realised ÷ target × 100, empty for a target of 0), from, to, note. Default: --format csv.</source>
        <translation>Toon de jaarlijkse doelstellingen van de cellen voor jaar Y en wat gerealiseerd werd van 1 januari tot 31 december (of tot --at, standaard vandaag, als dat vroeger is). CSV-kolommen: year, cell, measure (placements_started: gestarte plaatsingen in de cel; net_change: dossiers in de cel op de laatste dag min op 1 januari; literacy_tests: afgenomen niveautests), target, realised, percent (gerealiseerd ÷ doelstelling × 100, leeg bij een doelstelling 0), from, to, note. Standaard: --format csv.</translation>
    </message>
    <message>
        <source>backup takes OUT or --auto, not both.</source>
        <translation>backup neemt OUT of --auto, niet allebei.</translation>
    </message>
    <message>
        <source>--dir goes with --auto.</source>
        <translation>--dir hoort bij --auto.</translation>
    </message>
    <message>
        <source>backup needs OUT (or --auto).</source>
        <translation>backup heeft OUT nodig (of --auto).</translation>
    </message>
    <message>
        <source>The output could not be written completely (is the disk full?).</source>
        <translation>De uitvoer kon niet volledig geschreven worden (is de schijf vol?).</translation>
    </message>
    <message>
        <source>report targets needs --year.</source>
        <translation>report targets heeft --year nodig.</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year between 1990 and 2100.</source>
        <translation>--year: &quot;%1&quot; is geen jaar tussen 1990 en 2100.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doelstelling</translation>
    </message>
    <message>
        <source>aimed</source>
        <translation>beoogd</translation>
    </message>
    <message>
        <source>realised</source>
        <translation>gerealiseerd</translation>
    </message>
    <message>
        <source>               or a database on a server: postgresql://user@server:port/database (the password from PARCOURS_DB_PASSWORD, PGPASSWORD, ~/.pgpass, or asked)</source>
        <translation>               of een database op een server: postgresql://gebruiker@server:poort/database (het wachtwoord uit PARCOURS_DB_PASSWORD, PGPASSWORD, ~/.pgpass, of gevraagd)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Copy everything from the database --from (a file or postgresql://user@server:port/database) into the new, empty database --to, with ids and the audit trail as they are, in one transaction; then verify the counts, the content of every table and the evolution figures at every month end, and undo the copy on any difference. The source is only read.</source>
        <translation>Alles uit de databank --from (een bestand of postgresql://gebruiker@server:poort/databank) kopiëren naar de nieuwe, lege databank --to, met de id&apos;s en het auditlogboek zoals ze zijn, in één transactie; daarna de aantallen, de inhoud van elke tabel en de evolutiecijfers op elk maandeinde controleren, en de kopie ongedaan maken bij elk verschil. De bron wordt alleen gelezen.</translation>
    </message>
    <message>
        <source>copy needs --from DB and --to DB.</source>
        <translation>copy heeft --from DB en --to DB nodig.</translation>
    </message>
    <message>
        <source>--from and --to name the same database (%1). Nothing was copied.</source>
        <translation>--from en --to noemen dezelfde databank (%1). Er werd niets gekopieerd.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was copied.</source>
        <translation>De databank %1 bestaat niet. Er werd niets gekopieerd.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Evolution figures: none (no dossiers).</source>
        <translation>Evolutiecijfers: geen (geen dossiers).</translation>
    </message>
    <message>
        <source>Evolution figures: equal on %1 month ends from %2 to %3.</source>
        <translation>Evolutiecijfers: gelijk op %1 maandeinden van %2 tot %3.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, identical; entry %2 records the copy.</source>
        <translation>Auditlogboek: %1 regels, identiek; regel %2 registreert de kopie.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 and verified them: the same counts, content and figures.</source>
        <translation>%1 rijen gekopieerd van %2 naar %3 en gecontroleerd: dezelfde aantallen, inhoud en cijfers.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>No signed GPMI; it was due on %1, 3 months after the opening (%2).</source>
        <translation>Geen ondertekend GPMI; het moest er zijn op %1, 3 maanden na de opening (%2).</translation>
    </message>
    <message>
        <source>The GPMI must be signed by %1, 3 months after the opening (%2).</source>
        <translation>Het GPMI moet ondertekend zijn op %1, 3 maanden na de opening (%2).</translation>
    </message>
    <message>
        <source>Signed on %1, after the deadline of %2.</source>
        <translation>Ondertekend op %1, na de termijn van %2.</translation>
    </message>
    <message>
        <source>%1 of 3 evaluations in the contract year %2 – %3.</source>
        <translation>%1 van 3 evaluaties in het contractjaar %2 – %3.</translation>
    </message>
    <message>
        <source>%1 of 2 face-to-face evaluations in the contract year %2 – %3.</source>
        <translation>%1 van 2 evaluaties in een persoonlijk gesprek in het contractjaar %2 – %3.</translation>
    </message>
    <message>
        <source>Evaluation %1 of 3 of the contract year %2 – %3 was due on %4.</source>
        <translation>Evaluatie %1 van 3 van het contractjaar %2 – %3 moest er zijn op %4.</translation>
    </message>
    <message>
        <source>Evaluation %1 of 3 of the contract year %2 – %3 is due by %4.</source>
        <translation>Evaluatie %1 van 3 van het contractjaar %2 – %3 moet er zijn op %4.</translation>
    </message>
    <message>
        <source>%1 of 2 face-to-face evaluations so far in the contract year %2 – %3.</source>
        <translation>Tot nu toe %1 van 2 evaluaties in een persoonlijk gesprek in het contractjaar %2 – %3.</translation>
    </message>
    <message>
        <source>The compliance list needs a valid day.</source>
        <translation>De opvolgingslijst heeft een geldige dag nodig.</translation>
    </message>
    <message>
        <source>GPMI signed</source>
        <translation>GPMI ondertekend</translation>
    </message>
    <message>
        <source>3 evaluations a year</source>
        <translation>3 evaluaties per jaar</translation>
    </message>
    <message>
        <source>2 face-to-face evaluations a year</source>
        <translation>2 persoonlijke evaluaties per jaar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Signed late</source>
        <translation>Te laat ondertekend</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>etappes</translation>
    </message>
    <message>
        <source>%1 rows of %2 read: %3 new, %4 changed, %5 already as in the file.</source>
        <translation>%1 rijen met %2 gelezen: %3 nieuw, %4 gewijzigd, %5 al zoals in het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file must be corrected first.</source>
        <translation>
            <numerusform>Er werd niets geïmporteerd: %n regel van het bestand moet eerst verbeterd worden.</numerusform>
            <numerusform>Er werd niets geïmporteerd: %n regels van het bestand moeten eerst verbeterd worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import dossiers</source>
        <translation>Dossiers importeren</translation>
    </message>
    <message>
        <source>Import placements</source>
        <translation>Etappes importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The data contains NUL bytes: it is not a CSV text file.</source>
        <translation>De gegevens bevatten NUL-bytes: dit is geen CSV-tekstbestand.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line has no closing quote.</source>
        <translation>Regel %1: het veld tussen aanhalingstekens dat op deze regel begint, heeft geen sluitend aanhalingsteken.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of field %2 (a quote inside a quoted field must be doubled).</source>
        <translation>Regel %1: er staat tekst na het sluitende aanhalingsteken van veld %2 (een aanhalingsteken binnen een veld tussen aanhalingstekens moet verdubbeld worden).</translation>
    </message>
    <message>
        <source>The CSV data is empty: there is not even a header line.</source>
        <translation>De CSV-gegevens zijn leeg: er is zelfs geen kopregel.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file. %2</source>
        <translation>%1 is geen leesbaar CSV-bestand. %2</translation>
    </message>
    <message>
        <source>The file is larger than 4 GB, more than an import can take.</source>
        <translation>Het bestand is groter dan 4 GB, meer dan een import aankan.</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>The database %1 is damaged (%2). To protect what it still holds, Parcours does not change it any more: nothing was saved. Restore the latest backup.</source>
        <translation>De databank %1 is beschadigd (%2). Om te beschermen wat ze nog bevat, wijzigt Parcours ze niet meer: er werd niets bewaard. Zet de laatste back-up terug.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: the file is empty.</source>
        <translation>%1 is geen Parcours-databank: het bestand is leeg.</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: it is not a database file at all.</source>
        <translation>%1 is geen Parcours-databank: het is helemaal geen databankbestand.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it was probably cut off while being copied). It was not opened. Restore a backup.</source>
        <translation>%1 is beschadigd: het bestand is korter dan de koptekst aangeeft (waarschijnlijk afgebroken tijdens het kopiëren). Het werd niet geopend. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database lies on a network share. SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation>De databank staat op een netwerkshare. SQLite-bestanden op netwerkschijven kunnen beschadigd raken als twee computers tegelijk schrijven; bewaar ze op de schijf van deze computer.</translation>
    </message>
    <message>
        <source>The database lies on a network drive (%1). SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation>De databank staat op een netwerkschijf (%1). SQLite-bestanden op netwerkschijven kunnen beschadigd raken als twee computers tegelijk schrijven; bewaar ze op de schijf van deze computer.</translation>
    </message>
    <message>
        <source>The copy cannot be opened for checking: %1</source>
        <translation>De kopie kan niet geopend worden om ze te controleren: %1</translation>
    </message>
    <message>
        <source>The copy did not pass its check (%1).</source>
        <translation>De kopie heeft de controle niet doorstaan (%1).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Er werd geen databankbestand opgegeven.</translation>
    </message>
    <message>
        <source>The database %1 does not exist any more. It may have been moved, renamed or be on a drive that is not connected. No new file was created in its place.</source>
        <translation>De databank %1 bestaat niet meer. Ze werd misschien verplaatst of hernoemd, of staat op een schijf die niet aangesloten is. Er werd geen nieuw bestand in haar plaats aangemaakt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>De databank %1 kan niet aangemaakt worden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databankbestand.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De databank %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>another program keeps it locked</source>
        <translation>een ander programma houdt ze vergrendeld</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>De databank %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it belongs to another program). It was not changed.</source>
        <translation>%1 is geen Parcours-databank (ze hoort bij een ander programma). Ze werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). It was not changed. Install the newer version to open it.</source>
        <translation>De databank %1 werd geschreven door een nieuwere versie van Parcours (schema %2; deze versie kent tot %3). Ze werd niet gewijzigd. Installeer de nieuwere versie om ze te openen.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging; it works, but more slowly.</source>
        <translation>De databank kon niet overschakelen op write-ahead logging; ze werkt, maar trager.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (waited %2 s). Close the other program or try again.</source>
        <translation>De databank %1 is vergrendeld door een ander programma dat erin schrijft (%2 s gewacht). Sluit het andere programma of probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but the copy made before upgrading could not be written: %2 It was not changed.</source>
        <translation>De databank %1 moet bijgewerkt worden, maar de kopie die vooraf gemaakt wordt, kon niet geschreven worden: %2 Ze werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1 (%2): %3. The file was left as it was.</source>
        <translation>De databank kon niet bijgewerkt worden naar schema %1 (%2): %3. Het bestand bleef zoals het was.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation>Een kopie van vóór de update staat in %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation>De map %1 bestaat niet. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Een back-up kan de databank die ze kopieert niet vervangen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 Nothing was left behind; an earlier file of that name is untouched.</source>
        <translation>De back-up %1 kon niet geschreven worden: %2 Er bleef niets achter; een eerder bestand met die naam is onaangeroerd.</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk.</source>
        <translation>de kopie kon niet naar de schijf weggeschreven worden.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>De integriteitscontrole kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>Tabel %1, rij %2 verwijst naar een ontbrekende rij van %3.</translation>
    </message>
    <message>
        <source>The reference check could not run: %1</source>
        <translation>De controle van de verwijzingen kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump (see the README), not by Parcours. Nothing was written.</source>
        <translation>Een database op een server wordt op de server geback-upt, met pg_dump (zie de README), niet door Parcours. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>This installation cannot reach database servers: Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Deze installatie kan geen databaseservers bereiken: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>De database %1 kan niet gebruikt worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it holds tables of another program). It was not changed.</source>
        <translation>%1 is geen Parcours-database (ze bevat tabellen van een ander programma). Ze werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Set it up first with &quot;parcours-cli init --db %1&quot; or File → New.</source>
        <translation>De database %1 op de server is leeg. Richt ze eerst in met &quot;parcours-cli init --db %1&quot; of Bestand → Nieuw.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1. It was left as it was.</source>
        <translation>De database kon niet bijgewerkt worden: %1. Ze werd gelaten zoals ze was.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1 (%2): %3. It was left as it was.</source>
        <translation>De database kon niet bijgewerkt worden naar schema %1 (%2): %3. Ze werd gelaten zoals ze was.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>De controle kon niet uitgevoerd worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) of the audit trail are disabled.</source>
        <translation>
            <numerusform>%n trigger van het auditspoor is uitgeschakeld.</numerusform>
            <numerusform>%n triggers van het auditspoor zijn uitgeschakeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2; this version of Parcours is at %3) and was opened to be read only, so it was not upgraded and not changed. Open it once with this version (parcours-cli --db %1 init) to upgrade it first.</source>
        <translation>De databank %1 heeft een ouder schema (%2; deze versie van Parcours staat op %3) en werd alleen om te lezen geopend: ze werd niet bijgewerkt en niet gewijzigd. Open ze eerst één keer met deze versie (parcours-cli --db %1 init) om ze bij te werken.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>De tabel %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The audit triggers of the target cannot be held back for the copied rows (%1). On a server, copy as the role that set the target up (the owner of its tables). Nothing was written.</source>
        <translation>De audittriggers van het doel kunnen voor de gekopieerde rijen niet worden tegengehouden (%1). Kopieer op een server als de rol die het doel heeft ingericht (de eigenaar van de tabellen). Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1). Nothing was copied.</source>
        <translation>De bron en het doel zijn dezelfde databank (%1). Er werd niets gekopieerd.</translation>
    </message>
    <message>
        <source>The source %1 is at schema %2 and the target %3 at schema %4; a copy needs both at the same version. Nothing was copied.</source>
        <translation>De bron %1 staat op schema %2 en het doel %3 op schema %4; voor een kopie moeten beide op dezelfde versie staan. Er werd niets gekopieerd.</translation>
    </message>
    <message>
        <source>The source %1 cannot be read: %2</source>
        <translation>De bron %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The table %1 is not the same in the source and the target, although both say they are at schema %2. Nothing was copied.</source>
        <translation>De tabel %1 is niet dezelfde in de bron en het doel, hoewel beide zeggen op schema %2 te staan. Er werd niets gekopieerd.</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 is not empty: its table %2 holds %n row(s). A copy goes only into a new, empty database. Nothing was copied.</source>
        <translation>
            <numerusform>Het doel %1 is niet leeg: de tabel %2 bevat %n rij. Een kopie gaat alleen naar een nieuwe, lege databank. Er werd niets gekopieerd.</numerusform>
            <numerusform>Het doel %1 is niet leeg: de tabel %2 bevat %n rijen. Een kopie gaat alleen naar een nieuwe, lege databank. Er werd niets gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 cannot be written: %2</source>
        <translation>De tabel %1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The target refused rows of the table %1: %2. Nothing was written to the target.</source>
        <translation>Het doel weigerde rijen van de tabel %1: %2. Er werd niets naar het doel geschreven.</translation>
    </message>
    <message>
        <source>The table %1 changed while it was read. Nothing was written to the target.</source>
        <translation>De tabel %1 veranderde terwijl ze gelezen werd. Er werd niets naar het doel geschreven.</translation>
    </message>
    <message>
        <source>Verification failed: the table %1 differs between the source (%2 rows) and the target (%3 rows, or different content). The copy was rolled back; the target is as it was.</source>
        <translation>Controle mislukt: de tabel %1 verschilt tussen de bron (%2 rijen) en het doel (%3 rijen, of andere inhoud). De kopie werd teruggedraaid; het doel is zoals het was.</translation>
    </message>
    <message>
        <source>Verification failed: the evolution figures on %1 differ between the source and the target. The copy was rolled back; the target is as it was.</source>
        <translation>Controle mislukt: de evolutiecijfers op %1 verschillen tussen de bron en het doel. De kopie werd teruggedraaid; het doel is zoals het was.</translation>
    </message>
    <message>
        <source>The copy could not be committed: %1. The target is as it was.</source>
        <translation>De kopie kon niet worden vastgelegd: %1. Het doel is zoals het was.</translation>
    </message>
    <message>
        <source>The list of tables cannot be read: %1</source>
        <translation>De lijst van tabellen kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle; they cannot be copied in order.</source>
        <translation>De tabellen verwijzen in een kring naar elkaar; ze kunnen niet in volgorde gekopieerd worden.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Parcours-databanken (*.sqlite *.parcours);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Databank openen</translation>
    </message>
    <message>
        <source>parcours</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe databank</translation>
    </message>
    <message>
        <source>%1 already exists. A new database needs a name that is not used yet; to work in the existing file, use File → Open database.</source>
        <translation>%1 bestaat al. Een nieuwe databank heeft een naam nodig die nog niet gebruikt wordt; om in het bestaande bestand te werken, kiest u Bestand → Databank openen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De databank kon niet geopend worden.</translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation>Andere openen…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nieuwe databank…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>De laatste back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>De back-up is niet teruggezet.</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1.</source>
        <translation>De databank is teruggezet uit de back-up van %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>Het beschadigde bestand is bewaard in %1.</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>De laatste back-up terugzetten…</translation>
    </message>
    <message>
        <source>Type your password for the database server.</source>
        <translation>Typ uw wachtwoord voor de databaseserver.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo dossiers must lie between 1 and 5,000,000.</source>
        <translation>Het aantal demodossiers moet tussen 1 en 5.000.000 liggen.</translation>
    </message>
    <message>
        <source>The last day of the demo history must be a date between 1990 and 2090.</source>
        <translation>De laatste dag van de demogeschiedenis moet een datum tussen 1990 en 2090 zijn.</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>Er werden geen demogegevens geschreven: %1</translation>
    </message>
    <message>
        <source>The demo data was cancelled; nothing was written.</source>
        <translation>De demogegevens werden geannuleerd; er werd niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only written into an empty database, so that invented people are never mixed with real ones. This database already holds %n dossier(s). Create a new database for the demonstration.</source>
        <translation>
            <numerusform>Demogegevens worden alleen in een lege databank geschreven, zodat verzonnen personen nooit met echte vermengd worden. Deze databank bevat al %n dossier. Maak een nieuwe databank aan voor de demonstratie.</numerusform>
            <numerusform>Demogegevens worden alleen in een lege databank geschreven, zodat verzonnen personen nooit met echte vermengd worden. Deze databank bevat al %n dossiers. Maak een nieuwe databank aan voor de demonstratie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>de kolom ‘%1’ is onbekend en werd genegeerd.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>de kolom ‘%1’ komt twee keer voor in de kopregel.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>de verplichte kolom ‘%1’ ontbreekt in de kopregel.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation>de rij heeft %1 velden, de kopregel %2 (een ontbrekend scheidingsteken of een niet-gesloten aanhalingsteken?).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation>de rij heeft %1 velden, de kopregel %2 (een scheidingsteken in een waarde zonder aanhalingstekens?).</translation>
    </message>
    <message>
        <source>must be M, F or empty.</source>
        <translation>moet M, F of leeg zijn.</translation>
    </message>
    <message>
        <source>must be leefloon or equivalent.</source>
        <translation>moet leefloon of equivalent zijn.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>the same reference is already on line %1.</source>
        <translation>dezelfde referentie staat al op regel %1.</translation>
    </message>
    <message>
        <source>line %1 gives this national number to %2 %3, this line to %4 %5.</source>
        <translation>regel %1 geeft dit rijksregisternummer aan %2 %3, deze regel aan %4 %5.</translation>
    </message>
    <message>
        <source>this person&apos;s %1 differs from line %2; the values of line %2 are used.</source>
        <translation>%1 van deze persoon verschilt van regel %2; de waarden van regel %2 worden gebruikt.</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation>het bestand is geen UTF-8; het werd gelezen als Windows-1252. Controleer of letters met accenten (é, ë, ç) juist overgekomen zijn.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>er werd niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>the dossier %1 now belongs to the person with national number %2.</source>
        <translation>het dossier %1 hoort nu bij de persoon met rijksregisternummer %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2 Er werd niets geschreven; een eerder bestand met die naam is onaangeroerd.</translation>
    </message>
    <message>
        <source>the disk may be full (%1).</source>
        <translation>de schijf is misschien vol (%1).</translation>
    </message>
</context>
<context>
    <name>DurationReport</name>
    <message>
        <source>The durations need a valid period, or none.</source>
        <translation>De duurtijden hebben een geldige periode nodig, of geen.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na haar einde op %2.</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>The evolution needs valid dates.</source>
        <translation>De evolutie heeft geldige datums nodig.</translation>
    </message>
    <message>
        <source>The database holds a date that is not of the form YYYY-MM-DD; run a database check.</source>
        <translation>De databank bevat een datum die niet van de vorm JJJJ-MM-DD is; voer een controle van de databank uit.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>De databank kan niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>EvolutionChart</name>
    <message>
        <source>not determined</source>
        <translation>niet bepaald</translation>
    </message>
    <message>
        <source>Integration rates (%)</source>
        <translation>Integratiegraad (%)</translation>
    </message>
    <message>
        <source>Dossiers per cell</source>
        <translation>Dossiers per cel</translation>
    </message>
    <message>
        <source>Number of dossiers</source>
        <translation>Aantal dossiers</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>% of the dossiers</source>
        <translation>% van de dossiers</translation>
    </message>
    <message>
        <source>Integrated %</source>
        <translation>% geïntegreerd</translation>
    </message>
    <message>
        <source>SPI %</source>
        <translation>% SPI</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Geïntegreerd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1, recorded (as published)</source>
        <translation>%1, gepubliceerd (zoals gepubliceerd bewaard)</translation>
    </message>
    <message>
        <source>%1, computed</source>
        <translation>%1, berekend</translation>
    </message>
    <message>
        <source>Dossiers: %1</source>
        <translation>Dossiers: %1</translation>
    </message>
    <message>
        <source>Integrated: %1 (%2)</source>
        <translation>Geïntegreerd: %1 (%2)</translation>
    </message>
    <message>
        <source>SPI: %1 (%2)</source>
        <translation>SPI: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EvolutionReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>A chart is from %1 to %2 pixels wide and high; %3 × %4 is not.</source>
        <translation>Een grafiek is %1 tot %2 pixels breed en hoog; %3 × %4 niet.</translation>
    </message>
    <message>
        <source>Evolution of the persons in the integration trajectory</source>
        <translation>Evolutie van de personen geïntegreerd in het inschakelingstraject</translation>
    </message>
    <message>
        <source>computed figures</source>
        <translation>berekende cijfers</translation>
    </message>
    <message>
        <source>recorded figures</source>
        <translation>gepubliceerde cijfers</translation>
    </message>
    <message>
        <source>computed and recorded figures</source>
        <translation>berekende en gepubliceerde cijfers</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>the month ends of the last 12 months</source>
        <translation>de maandeinden van de laatste 12 maanden</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>de afbeelding kon niet worden gecodeerd</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>de PDF kon niet worden aangemaakt</translation>
    </message>
    <message>
        <source>Made with Parcours on %1</source>
        <translation>Gemaakt met Parcours op %1</translation>
    </message>
    <message>
        <source>Recorded rows (italics) are the figures as published, never recomputed; n.d. = not determined. Computed rows count the dossiers open on the day.</source>
        <translation>Gepubliceerde rijen (cursief) zijn de cijfers zoals gepubliceerd, nooit herberekend; n.b. = niet bepaald. Berekende rijen tellen de dossiers die op die dag open zijn.</translation>
    </message>
</context>
<context>
    <name>FiguresCsv</name>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252.</source>
        <translation>het bestand is geen UTF-8; het werd gelezen als Windows-1252.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>de kolom ‘%1’ is onbekend en werd genegeerd.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>de kolom ‘%1’ komt twee keer voor in de kopregel.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>de verplichte kolom ‘%1’ ontbreekt in de kopregel.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2.</source>
        <translation>de rij heeft %1 velden, de kopregel %2.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>the same date is already on line %1.</source>
        <translation>dezelfde datum staat al op regel %1.</translation>
    </message>
    <message>
        <source>must be a whole number written with digits only (no thousands separator), or empty when not determined.</source>
        <translation>moet een geheel getal zijn, alleen in cijfers (zonder scheidingsteken voor duizendtallen), of leeg als het niet bepaald is.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>er werd niets geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>FlowReport</name>
    <message>
        <source>The flows need a valid period.</source>
        <translation>De stromen hebben een geldige periode nodig.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na haar einde op %2.</translation>
    </message>
    <message>
        <source>Entry (no cell)</source>
        <translation>Instroom (geen cel)</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Uitstroom: %1</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>geen resultaat geregistreerd</translation>
    </message>
</context>
<context>
    <name>FreeAccess</name>
    <message>
        <source>Job offers</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>CV or letter</source>
        <translation>cv of brief</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>A visit needs a valid day.</source>
        <translation>Een bezoek heeft een geldige dag nodig.</translation>
    </message>
    <message>
        <source>A visit on %1 lies in the future.</source>
        <translation>Een bezoek op %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>There is no dossier with the reference &quot;%1&quot;: record the visit as anonymous, or check the reference.</source>
        <translation>Er is geen dossier met referentie &quot;%1&quot;: noteer het bezoek als anoniem, of controleer de referentie.</translation>
    </message>
    <message>
        <source>The usage rules need a version (e.g. &quot;2024-1&quot;).</source>
        <translation>De gebruiksregels hebben een versie nodig (bv. &quot;2024-1&quot;).</translation>
    </message>
    <message>
        <source>The usage rules need the date from which they are in force.</source>
        <translation>De gebruiksregels hebben de datum nodig vanaf wanneer ze gelden.</translation>
    </message>
    <message>
        <source>The usage rules need their text.</source>
        <translation>De gebruiksregels hebben hun tekst nodig.</translation>
    </message>
</context>
<context>
    <name>GpmiRules</name>
    <message>
        <source>The GPMI needs a start date.</source>
        <translation>Het GPMI heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>The GPMI ends (%1) before it starts (%2).</source>
        <translation>Het GPMI eindigt (%1) voor het begint (%2).</translation>
    </message>
    <message>
        <source>The GPMI is written in Dutch or in French: choose one.</source>
        <translation>Het GPMI wordt in het Nederlands of in het Frans opgesteld: kies er een.</translation>
    </message>
    <message>
        <source>Goal %1 has no text.</source>
        <translation>Doelstelling %1 heeft geen tekst.</translation>
    </message>
    <message>
        <source>The deadline of goal %1 (%2) lies before the start of the GPMI (%3).</source>
        <translation>De termijn van doelstelling %1 (%2) ligt voor het begin van het GPMI (%3).</translation>
    </message>
    <message>
        <source>Planned evaluation %1 must be a day within the GPMI&apos;s period.</source>
        <translation>Geplande evaluatie %1 moet een dag binnen de looptijd van het GPMI zijn.</translation>
    </message>
    <message>
        <source>A signed GPMI needs the day it was offered to the person (the reflection period starts then).</source>
        <translation>Een ondertekend GPMI heeft de dag nodig waarop het aan de persoon werd voorgelegd (dan begint de bedenktijd).</translation>
    </message>
    <message>
        <source>The GPMI was offered on %1: the person has %2 working days to reflect, so it can be signed from %3 on (Saturdays, Sundays and public holidays do not count).</source>
        <translation>Het GPMI werd voorgelegd op %1: de persoon heeft %2 werkdagen bedenktijd, dus het kan ondertekend worden vanaf %3 (zaterdagen, zondagen en feestdagen tellen niet mee).</translation>
    </message>
    <message>
        <source>The signature date %1 lies in the future.</source>
        <translation>De datum van ondertekening %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A signed GPMI names at least one domain (studies, training, employment, …).</source>
        <translation>Een ondertekend GPMI vermeldt minstens één domein (studies, opleiding, werk, …).</translation>
    </message>
    <message>
        <source>A signed GPMI has at least one goal with the commitments of both sides.</source>
        <translation>Een ondertekend GPMI heeft minstens één doelstelling met de verbintenissen van beide partijen.</translation>
    </message>
    <message>
        <source>The day the GPMI was offered (%1) lies in the future.</source>
        <translation>De dag waarop het GPMI werd voorgelegd (%1) ligt in de toekomst.</translation>
    </message>
    <message>
        <source>An evaluation needs its date.</source>
        <translation>Een evaluatie heeft een datum nodig.</translation>
    </message>
    <message>
        <source>Only a signed GPMI is evaluated: record the signature first.</source>
        <translation>Alleen een ondertekend GPMI wordt geëvalueerd: registreer eerst de ondertekening.</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies before the signature of the GPMI (%2).</source>
        <translation>De evaluatie van %1 ligt voor de ondertekening van het GPMI (%2).</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies in the future: plan it in the contract instead.</source>
        <translation>De evaluatie van %1 ligt in de toekomst: plan ze in het contract.</translation>
    </message>
    <message>
        <source>The evaluation of %1 lies after the end of the GPMI (%2).</source>
        <translation>De evaluatie van %1 ligt na het einde van het GPMI (%2).</translation>
    </message>
    <message>
        <source>The evaluation notes progress for more goals than the GPMI has.</source>
        <translation>De evaluatie noteert vooruitgang voor meer doelstellingen dan het GPMI er heeft.</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>GpmiStore</name>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Er is geen dossier nummer %1 in het register (het werd misschien verwijderd).</translation>
    </message>
    <message>
        <source>The GPMI must start while the dossier is open (from %1%2).</source>
        <translation>Het GPMI moet beginnen terwijl het dossier open is (vanaf %1%2).</translation>
    </message>
    <message>
        <source>This dossier already has a GPMI: open it and amend it instead.</source>
        <translation>Dit dossier heeft al een GPMI: open het en pas het aan.</translation>
    </message>
    <message>
        <source>This GPMI does not belong to this dossier.</source>
        <translation>Dit GPMI hoort niet bij dit dossier.</translation>
    </message>
    <message>
        <source>The GPMI was not saved: %1</source>
        <translation>Het GPMI werd niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>The GPMI was not saved: it has an evaluation on %1, before the signature date.</source>
        <translation>Het GPMI werd niet opgeslagen: het heeft een evaluatie op %1, voor de datum van ondertekening.</translation>
    </message>
    <message>
        <source>There is no GPMI number %1 (it may have been removed).</source>
        <translation>Er is geen GPMI nummer %1 (het werd misschien verwijderd).</translation>
    </message>
    <message>
        <source>The evaluation was not saved: %1</source>
        <translation>De evaluatie werd niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Deze evaluatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>The GPMI of dossier %1</source>
        <translation>Het GPMI van dossier %1</translation>
    </message>
    <message>
        <source>The GPMI</source>
        <translation>Het GPMI</translation>
    </message>
    <message>
        <source>The evaluation of %1 of the GPMI of dossier %2</source>
        <translation>De evaluatie van %1 van het GPMI van dossier %2</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>De evaluatie</translation>
    </message>
</context>
<context>
    <name>ImportAudit</name>
    <message>
        <source>%1: %2 rows; created %3, updated %4, unchanged %5; new ids: %6; SHA-256 %7</source>
        <translation>%1: %2 rijen; %3 aangemaakt, %4 gewijzigd, %5 ongewijzigd; nieuwe nummers: %6; SHA-256 %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>JobTableLabels</name>
    <message>
        <source>Composing the group</source>
        <translation>Samenstelling van de groep</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancering</translation>
    </message>
    <message>
        <source>Module &quot;Aspects of job search&quot;</source>
        <translation>Module &quot;Aspecten van het zoeken naar werk&quot;</translation>
    </message>
    <message>
        <source>Module &quot;Interviews&quot;</source>
        <translation>Module &quot;Gesprekken&quot;</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Debriefing</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Zoeken naar werk</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>In de groep</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Follow-up in the Work cell</source>
        <translation>Opvolging in de Cel Werk</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Artikel 60</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>JobTablePrint</name>
    <message>
        <source>Job Table: technical fiche</source>
        <translation>Jobtafel: technische fiche</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ambtenaren</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Doelpubliek</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etappes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etappe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Meetings of the modules</source>
        <translation>Bijeenkomsten van de modules</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Nog geen bijeenkomst gepland.</translation>
    </message>
    <message>
        <source>Participants (%1 of %2 places)</source>
        <translation>Deelnemers (%1 van %2 plaatsen)</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Nog niemand.</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Wachtlijst:</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Ambtenaren:</translation>
    </message>
</context>
<context>
    <name>JobTableReport</name>
    <message>
        <source>The period of the Job Table figures needs two dates, the first not after the second.</source>
        <translation>De periode van de Jobtafelcijfers vraagt twee datums, de eerste niet na de tweede.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>JobTableRules</name>
    <message>
        <source>A Job Table needs a title.</source>
        <translation>Een Jobtafel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The capacity of a Job Table must lie between 1 and 99 participants, not %1.</source>
        <translation>De capaciteit van een Jobtafel moet tussen 1 en 99 deelnemers liggen, niet %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have taken place on %2 while &quot;%3&quot; has not: the stages follow each other in order.</source>
        <translation>&quot;%1&quot; kan niet plaatsgevonden hebben op %2 terwijl &quot;%3&quot; nog niet plaatsvond: de etappes volgen elkaar in volgorde op.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 cannot come before &quot;%3&quot; on %4: the stages follow each other in order.</source>
        <translation>&quot;%1&quot; op %2 kan niet vóór &quot;%3&quot; op %4 komen: de etappes volgen elkaar in volgorde op.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned on %2, before &quot;%3&quot; planned on %4: plan the stages in order.</source>
        <translation>&quot;%1&quot; is gepland op %2, vóór &quot;%3&quot; gepland op %4: plan de etappes in volgorde.</translation>
    </message>
</context>
<context>
    <name>JobTables</name>
    <message>
        <source>A new Job Table cannot have been launched already: compose the group first.</source>
        <translation>Een nieuwe Jobtafel kan nog niet gelanceerd zijn: stel eerst de groep samen.</translation>
    </message>
    <message>
        <source>There is no Job Table number %1 (it may have been removed).</source>
        <translation>Er is geen Jobtafel nummer %1 (misschien werd ze verwijderd).</translation>
    </message>
    <message>
        <source>The capacity cannot fall to %1: %2 people are in the group. Take people out of the group first.</source>
        <translation>De capaciteit kan niet dalen tot %1: er zitten %2 mensen in de groep. Haal eerst mensen uit de groep.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: nobody is in the group yet.</source>
        <translation>De Jobtafel kan niet gelanceerd worden op %1: er zit nog niemand in de groep.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: %2 (%3) has not accepted the usage rules.</source>
        <translation>De Jobtafel kan niet gelanceerd worden op %1: %2 (%3) heeft de gebruiksregels niet aanvaard.</translation>
    </message>
    <message>
        <source>The Job Table cannot be launched on %1: %2 (%3) accepted the usage rules only on %4.</source>
        <translation>De Jobtafel kan niet gelanceerd worden op %1: %2 (%3) aanvaardde de gebruiksregels pas op %4.</translation>
    </message>
    <message>
        <source>Adding a participant needs a valid day.</source>
        <translation>Een deelnemer toevoegen vraagt een geldige dag.</translation>
    </message>
    <message>
        <source>The Job Table &quot;%1&quot; concluded on %2: nobody can join it any more.</source>
        <translation>De Jobtafel &quot;%1&quot; werd besloten op %2: niemand kan er nog bij.</translation>
    </message>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Er is geen dossier nummer %1 in het register (misschien werd het verwijderd).</translation>
    </message>
    <message>
        <source>The dossier %1 is not open on %2: only open dossiers can join a Job Table.</source>
        <translation>Het dossier %1 is niet open op %2: alleen open dossiers kunnen deelnemen aan een Jobtafel.</translation>
    </message>
    <message>
        <source>%1 (%2) is already listed in this Job Table (%3).</source>
        <translation>%1 (%2) staat al op de lijst van deze Jobtafel (%3).</translation>
    </message>
    <message>
        <source>Name the version of the usage rules that was accepted.</source>
        <translation>Geef de versie van de gebruiksregels die aanvaard werd.</translation>
    </message>
    <message>
        <source>The acceptance of the usage rules needs a valid date.</source>
        <translation>De aanvaarding van de gebruiksregels vraagt een geldige datum.</translation>
    </message>
    <message>
        <source>There is no participant number %1 (they may have been removed).</source>
        <translation>Er is geen deelnemer nummer %1 (misschien werd die verwijderd).</translation>
    </message>
    <message>
        <source>Taking someone out of a group needs a valid day.</source>
        <translation>Iemand uit een groep halen vraagt een geldige dag.</translation>
    </message>
    <message>
        <source>%1 (%2) already left the group on %3.</source>
        <translation>%1 (%2) heeft de groep al verlaten op %3.</translation>
    </message>
    <message>
        <source>A meeting belongs to one of the two modules.</source>
        <translation>Een bijeenkomst hoort bij een van de twee modules.</translation>
    </message>
    <message>
        <source>A meeting needs a valid date and time.</source>
        <translation>Een bijeenkomst heeft een geldige datum en tijd nodig.</translation>
    </message>
    <message>
        <source>There is no meeting number %1 (it may have been removed).</source>
        <translation>Er is geen bijeenkomst nummer %1 (misschien werd ze verwijderd).</translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting&apos;s Job Table.</source>
        <translation>Deze persoon is geen deelnemer van de Jobtafel van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the waiting list, not in the group: no attendance is recorded for them.</source>
        <translation>%1 (%2) staat op de wachtlijst, niet in de groep: voor hem of haar wordt geen aanwezigheid bijgehouden.</translation>
    </message>
    <message>
        <source>%1 (%2) left the group on %3, before this meeting.</source>
        <translation>%1 (%2) heeft de groep verlaten op %3, vóór deze bijeenkomst.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the waiting list: only people of the group are oriented.</source>
        <translation>%1 (%2) staat op de wachtlijst: alleen wie in de groep zit, krijgt een oriëntatie.</translation>
    </message>
    <message>
        <source>The trajectory step for %1 (%2) was already made: change the trajectory instead.</source>
        <translation>De trajectetappe voor %1 (%2) werd al gemaakt: wijzig in de plaats daarvan het traject.</translation>
    </message>
    <message>
        <source>Record the date of the conclusion first: the trajectory steps start on that day.</source>
        <translation>Vul eerst de datum van het besluit in: de trajectetappes beginnen op die dag.</translation>
    </message>
    <message>
        <source>Job Table &quot;%1&quot;: orientation</source>
        <translation>Jobtafel &quot;%1&quot;: oriëntatie</translation>
    </message>
    <message>
        <source>No trajectory step was made (for nobody): %1 (%2): %3</source>
        <translation>Er werd geen trajectetappe gemaakt (voor niemand): %1 (%2): %3</translation>
    </message>
    <message>
        <source>the dossier is in no cell on %1, so there is no placement to end with a job.</source>
        <translation>het dossier zit op %1 in geen enkele cel, dus er is geen plaatsing om met een job te beëindigen.</translation>
    </message>
    <message>
        <source>There is no partner number %1.</source>
        <translation>Er is geen partner nummer %1.</translation>
    </message>
</context>
<context>
    <name>Literacy</name>
    <message>
        <source>Alpha oral</source>
        <translation>Alfa mondeling</translation>
    </message>
    <message>
        <source>Alpha 1</source>
        <translation>Alfa 1</translation>
    </message>
    <message>
        <source>Alpha 2</source>
        <translation>Alfa 2</translation>
    </message>
    <message>
        <source>Alpha 3</source>
        <translation>Alfa 3</translation>
    </message>
    <message>
        <source>Alpha 4</source>
        <translation>Alfa 4</translation>
    </message>
    <message>
        <source>Foreign language course</source>
        <translation>Cursus NT2</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Voldoende</translation>
    </message>
    <message>
        <source>first learns to speak the course language</source>
        <translation>leert eerst de cursustaal spreken</translation>
    </message>
    <message>
        <source>does not read or write yet</source>
        <translation>leest en schrijft nog niet</translation>
    </message>
    <message>
        <source>reads and writes words and short sentences</source>
        <translation>leest en schrijft woorden en korte zinnen</translation>
    </message>
    <message>
        <source>reads and writes short, simple texts</source>
        <translation>leest en schrijft korte, eenvoudige teksten</translation>
    </message>
    <message>
        <source>reads and writes everyday texts; prepares for a training</source>
        <translation>leest en schrijft alledaagse teksten; bereidt zich voor op een opleiding</translation>
    </message>
    <message>
        <source>reads and writes another language; learns French or Dutch (FLE / NT2)</source>
        <translation>leest en schrijft een andere taal; leert Nederlands of Frans (NT2 / FLE)</translation>
    </message>
    <message>
        <source>no literacy course needed</source>
        <translation>geen alfabetiseringscursus nodig</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Date: the day of the level test is missing.</source>
        <translation>Datum: de dag van de niveautest ontbreekt.</translation>
    </message>
    <message>
        <source>Date: the level test of %1 lies in the future; record it once it has been taken.</source>
        <translation>Datum: de niveautest van %1 ligt in de toekomst; registreer hem zodra hij afgenomen is.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not nl or fr.</source>
        <translation>Taal: &quot;%1&quot; is geen nl of fr.</translation>
    </message>
    <message>
        <source>There is no dossier number %1.</source>
        <translation>Er is geen dossier nummer %1.</translation>
    </message>
    <message>
        <source>Name: a course needs a name.</source>
        <translation>Naam: een cursus heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Language: a course is given in Dutch (nl) or French (fr), not &quot;%1&quot;.</source>
        <translation>Taal: een cursus wordt in het Nederlands (nl) of het Frans (fr) gegeven, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Level: &quot;%1&quot; is a test result, not the level of a course.</source>
        <translation>Niveau: &quot;%1&quot; is een testresultaat, geen niveau van een cursus.</translation>
    </message>
    <message>
        <source>Places: a course has from 1 to 999 places, not %1.</source>
        <translation>Plaatsen: een cursus heeft 1 tot 999 plaatsen, niet %1.</translation>
    </message>
    <message>
        <source>Start: the first day of the course is missing.</source>
        <translation>Begin: de eerste dag van de cursus ontbreekt.</translation>
    </message>
    <message>
        <source>End: the course cannot end (%1) before it starts (%2).</source>
        <translation>Einde: de cursus kan niet eindigen (%1) voor hij begint (%2).</translation>
    </message>
    <message>
        <source>Partner: %1 is not a literacy partner (it is listed as &quot;%2&quot;).</source>
        <translation>Partner: %1 is geen alfabetiseringspartner (staat vermeld als &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>There is no course number %1.</source>
        <translation>Er is geen cursus nummer %1.</translation>
    </message>
    <message>
        <source>Places: %1 people follow the course &quot;%2&quot; at the same time, so it needs at least %1 places.</source>
        <translation>Plaatsen: %1 mensen volgen de cursus &quot;%2&quot; tegelijk, dus hij heeft minstens %1 plaatsen nodig.</translation>
    </message>
    <message>
        <source>From: the first day in the course is missing.</source>
        <translation>Vanaf: de eerste dag in de cursus ontbreekt.</translation>
    </message>
    <message>
        <source>Until: the enrolment cannot end (%1) before it starts (%2).</source>
        <translation>Tot: de inschrijving kan niet eindigen (%1) voor ze begint (%2).</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; runs from %2 to %3: an enrolment from %4 lies outside it.</source>
        <translation>De cursus &quot;%1&quot; loopt van %2 tot %3: een inschrijving vanaf %4 valt erbuiten.</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>nader order</translation>
    </message>
    <message>
        <source>The dossier of %1 is not open on %2.</source>
        <translation>Het dossier van %1 is niet open op %2.</translation>
    </message>
    <message>
        <source>at the centre</source>
        <translation>in het OCMW</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bij %1</translation>
    </message>
    <message>
        <source>%1 already attends the course &quot;%2&quot; %3 from %4 to %5. A person follows one literacy course at a time, at the centre or at a partner: end that enrolment first.</source>
        <translation>%1 volgt al de cursus &quot;%2&quot; %3 van %4 tot %5. Iemand volgt één alfabetiseringscursus tegelijk, in het OCMW of bij een partner: beëindig eerst die inschrijving.</translation>
    </message>
    <message numerus="yes">
        <source>The course &quot;%1&quot; is full: all its %n place(s) are taken during this period. Put %2 on the waiting list.</source>
        <translation>
            <numerusform>De cursus &quot;%1&quot; is volzet: zijn %n plaats is in deze periode bezet. Zet %2 op de wachtlijst.</numerusform>
            <numerusform>De cursus &quot;%1&quot; is volzet: alle %n plaatsen zijn in deze periode bezet. Zet %2 op de wachtlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>in no cell</source>
        <translation>in geen enkele cel</translation>
    </message>
    <message>
        <source>%1 has no step in the literacy cell during this enrolment (on %2: %3). Refer the person to the literacy cell in the trajectory if the course is part of it.</source>
        <translation>%1 heeft tijdens deze inschrijving geen etappe in de Cel Alfabetisering (op %2: %3). Verwijs de persoon in het traject door naar de Cel Alfabetisering als de cursus er deel van uitmaakt.</translation>
    </message>
    <message>
        <source>There is no enrolment number %1.</source>
        <translation>Er is geen inschrijving nummer %1.</translation>
    </message>
    <message>
        <source>Until: the enrolment starts on %1; it cannot end before.</source>
        <translation>Tot: de inschrijving begint op %1; ze kan niet eerder eindigen.</translation>
    </message>
    <message>
        <source>Requested on: the day of the request is missing.</source>
        <translation>Gevraagd op: de dag van de aanvraag ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is already on the waiting list (%2) since %3.</source>
        <translation>%1 staat al op de wachtlijst (%2) sinds %3.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a place in this course&apos;s language and level.</source>
        <translation>Niemand wacht op een plaats in de taal en het niveau van deze cursus.</translation>
    </message>
    <message>
        <source>The day the person leaves the waiting list is missing.</source>
        <translation>De dag waarop de persoon de wachtlijst verlaat ontbreekt.</translation>
    </message>
    <message>
        <source>This request is no longer on the waiting list.</source>
        <translation>Deze aanvraag staat niet meer op de wachtlijst.</translation>
    </message>
    <message>
        <source>Start: %1 is in the course from %2; the course cannot start later, on %3. Change that enrolment first.</source>
        <translation>Begin: %1 volgt de cursus vanaf %2; de cursus kan niet later beginnen, op %3. Wijzig eerst die inschrijving.</translation>
    </message>
    <message>
        <source>End: %1 is in the course until %2; the course cannot end earlier, on %3. End that enrolment first.</source>
        <translation>Einde: %1 volgt de cursus tot %2; de cursus kan niet vroeger eindigen, op %3. Beëindig eerst die inschrijving.</translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>A national number contains only digits, with spaces, dots or dashes between them; &quot;%1&quot; is not allowed.</source>
        <translation>Een rijksregisternummer bevat alleen cijfers, met spaties, punten of streepjes ertussen; ‘%1’ is niet toegestaan.</translation>
    </message>
    <message numerus="yes">
        <source>The national number must have 11 digits; it has %n.</source>
        <translation>
            <numerusform>Het rijksregisternummer moet 11 cijfers hebben; het heeft er %n.</numerusform>
            <numerusform>Het rijksregisternummer moet 11 cijfers hebben; het heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>National number %1 has no valid month: %2 is not 00 to 12 (plus 20 or 40 for a BIS number).</source>
        <translation>Rijksregisternummer %1 heeft geen geldige maand: %2 ligt niet tussen 00 en 12 (plus 20 of 40 voor een bisnummer).</translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2).</source>
        <translation>Het controlegetal van rijksregisternummer %1 klopt niet (verwacht: %2).</translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2, or %3 for someone born in %4).</source>
        <translation>Het controlegetal van rijksregisternummer %1 klopt niet (verwacht: %2, of %3 voor iemand geboren in %4).</translation>
    </message>
    <message>
        <source>National number %1 contains an impossible birth date: %2 does not exist.</source>
        <translation>Rijksregisternummer %1 bevat een onmogelijke geboortedatum: %2 bestaat niet.</translation>
    </message>
    <message>
        <source>National number %1 gives a birth date in the future (%2).</source>
        <translation>Rijksregisternummer %1 geeft een geboortedatum in de toekomst (%2).</translation>
    </message>
    <message>
        <source>National number %1 has serial number %2, which is never issued.</source>
        <translation>Rijksregisternummer %1 heeft volgnummer %2, dat nooit toegekend wordt.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born on %2, not on %3.</source>
        <translation>Rijksregisternummer %1 hoort bij iemand geboren op %2, niet op %3.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2, not on %3.</source>
        <translation>Rijksregisternummer %1 hoort bij iemand geboren in %2, niet op %3.</translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2 on day %3 of an unknown month, not on %4.</source>
        <translation>Rijksregisternummer %1 hoort bij iemand geboren in %2 op dag %3 van een onbekende maand, niet op %4.</translation>
    </message>
    <message>
        <source>National number %1 belongs to a man, but the person is recorded as a woman.</source>
        <translation>Rijksregisternummer %1 hoort bij een man, maar de persoon is als vrouw geregistreerd.</translation>
    </message>
    <message>
        <source>National number %1 belongs to a woman, but the person is recorded as a man.</source>
        <translation>Rijksregisternummer %1 hoort bij een vrouw, maar de persoon is als man geregistreerd.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Employment service</source>
        <translation>Arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Sociale economie</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Name: a partner needs a name.</source>
        <translation>Naam: een partner heeft een naam nodig.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation>E-mail: &quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Name: there is already a partner called &quot;%1&quot;.</source>
        <translation>Naam: er is al een partner met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no partner number %1.</source>
        <translation>Er is geen partner met nummer %1.</translation>
    </message>
    <message>
        <source>Subject: say what the agreement covers.</source>
        <translation>Onderwerp: zeg waarover de overeenkomst gaat.</translation>
    </message>
    <message>
        <source>Start: an agreement needs the day it starts.</source>
        <translation>Begin: een overeenkomst heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>End: the agreement would end on %1, before it starts on %2.</source>
        <translation>Einde: de overeenkomst zou eindigen op %1, vóór ze begint op %2.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was done.</source>
        <translation>Niemand is aangemeld. Meld u eerst aan; er werd niets gedaan.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the register of people and dossiers.</source>
        <translation>Uw rol (%1) mag het register van personen en dossiers niet inzien.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change dossiers.</source>
        <translation>Uw rol (%1) mag geen dossiers wijzigen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the socio-professional balance.</source>
        <translation>Uw rol (%1) mag de socioprofessionele balans niet inzien.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the socio-professional balance.</source>
        <translation>Uw rol (%1) mag de socioprofessionele balans niet wijzigen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see reports and figures.</source>
        <translation>Uw rol (%1) mag geen rapporten en cijfers inzien.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export or back up data.</source>
        <translation>Uw rol (%1) mag geen gegevens exporteren of back-uppen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not import data.</source>
        <translation>Uw rol (%1) mag geen gegevens importeren.</translation>
    </message>
    <message>
        <source>Your role (%1) may not manage accounts.</source>
        <translation>Uw rol (%1) mag geen accounts beheren.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the settings.</source>
        <translation>Uw rol (%1) mag de instellingen niet wijzigen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the audit trail.</source>
        <translation>Uw rol (%1) mag het auditlogboek niet inzien.</translation>
    </message>
    <message>
        <source>Your role (%1) may not use the free-access log.</source>
        <translation>Uw rol (%1) mag het register van de vrije toegang niet gebruiken.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export everything held about a person.</source>
        <translation>Uw rol (%1) mag niet alle gegevens over een persoon exporteren.</translation>
    </message>
    <message>
        <source>Your role (%1) may not anonymise people.</source>
        <translation>Uw rol (%1) mag geen personen anonimiseren.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Uw rol (%1) mag dit niet doen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not set the yearly targets.</source>
        <translation>Uw rol (%1) mag de jaarlijkse doelstellingen niet vastleggen.</translation>
    </message>
</context>
<context>
    <name>PlacementCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation>de kolom ‘%1’ is onbekend en werd genegeerd.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>de kolom ‘%1’ komt twee keer voor in de kopregel.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation>de verplichte kolom ‘%1’ ontbreekt in de kopregel.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation>de rij heeft %1 velden, de kopregel %2 (een ontbrekend scheidingsteken of een niet-gesloten aanhalingsteken?).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation>de rij heeft %1 velden, de kopregel %2 (een scheidingsteken in een waarde zonder aanhalingstekens?).</translation>
    </message>
    <message>
        <source>the dossier reference is required.</source>
        <translation>de dossierreferentie is verplicht.</translation>
    </message>
    <message>
        <source>no dossier has this reference.</source>
        <translation>geen enkel dossier heeft deze referentie.</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <source>must be empty or one of %1.</source>
        <translation>moet leeg zijn of een van deze: %1.</translation>
    </message>
    <message>
        <source>the placement cannot end before it starts (%1).</source>
        <translation>de etappe kan niet eindigen voor ze begint (%1).</translation>
    </message>
    <message>
        <source>an open placement (no end) has no outcome yet.</source>
        <translation>een lopende etappe (zonder einde) heeft nog geen resultaat.</translation>
    </message>
    <message>
        <source>the same placement (dossier, cell and start) is already on line %1.</source>
        <translation>dezelfde etappe (dossier, cel en begin) staat al op regel %1.</translation>
    </message>
    <message>
        <source>the start date is required.</source>
        <translation>de begindatum is verplicht.</translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation>is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 on line %3: a dossier is in one cell at a time.</source>
        <translation>de etappe %1 overlapt met de etappe %2 op regel %3: een dossier zit in één cel tegelijk.</translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 already recorded for dossier %3: a dossier is in one cell at a time.</source>
        <translation>de etappe %1 overlapt met de etappe %2 die al geregistreerd is voor dossier %3: een dossier zit in één cel tegelijk.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>er werd niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation>het bestand is geen UTF-8; het werd gelezen als Windows-1252. Controleer of letters met accenten (é, ë, ç) juist overgekomen zijn.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2 Er werd niets geschreven; een eerder bestand met die naam is onaangeroerd.</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>%1 from %2 (open)</source>
        <translation>%1 vanaf %2 (lopend)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 van %2 tot %3</translation>
    </message>
    <message>
        <source>A placement needs a valid start date.</source>
        <translation>Een etappe heeft een geldige begindatum nodig.</translation>
    </message>
    <message>
        <source>The end date of the placement is not a valid date.</source>
        <translation>De einddatum van de etappe is geen geldige datum.</translation>
    </message>
    <message>
        <source>The placement in %1 cannot end on %2, before it starts on %3.</source>
        <translation>De etappe in de cel %1 kan niet eindigen op %2, voor ze begint op %3.</translation>
    </message>
    <message>
        <source>The placement in %1 from %2 is still open: it cannot have an outcome (%3) before it has an end date.</source>
        <translation>De etappe in de cel %1 vanaf %2 loopt nog: ze kan geen resultaat (%3) hebben voor ze een einddatum heeft.</translation>
    </message>
    <message>
        <source>The placement %1 starts before the dossier %2 opened on %3.</source>
        <translation>De etappe %1 begint voor het dossier %2 geopend werd op %3.</translation>
    </message>
    <message>
        <source>The placement %1 starts after the dossier %2 closed on %3.</source>
        <translation>De etappe %1 begint nadat het dossier %2 afgesloten werd op %3.</translation>
    </message>
    <message>
        <source>The dossier %1 closed on %2: the placement %3 must end on or before that day.</source>
        <translation>Het dossier %1 werd afgesloten op %2: de etappe %3 moet ten laatste die dag eindigen.</translation>
    </message>
    <message>
        <source>The placement %1 ends after the dossier %2 closed on %3.</source>
        <translation>De etappe %1 eindigt nadat het dossier %2 afgesloten werd op %3.</translation>
    </message>
    <message>
        <source>The placement %1 overlaps the placement %2: a dossier is in one cell at a time.</source>
        <translation>De etappe %1 overlapt met de etappe %2: een dossier zit in één cel tegelijk.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>RecordedFigures</name>
    <message>
        <source>Recorded figures need a valid date.</source>
        <translation>Geregistreerde cijfers hebben een geldige datum nodig.</translation>
    </message>
    <message>
        <source>The figures of %1 hold a negative count (%2).</source>
        <translation>De cijfers van %1 bevatten een negatief aantal (%2).</translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>The national number is required.</source>
        <translation>Het rijksregisternummer is verplicht.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>De familienaam is verplicht.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>De voornaam is verplicht.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>De geboortedatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation>De geboortedatum %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The language must be nl, fr or other, not &quot;%1&quot;.</source>
        <translation>De taal moet nl, fr of other zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>Het e-mailadres ‘%1’ is niet geldig.</translation>
    </message>
    <message>
        <source>The dossier reference is required.</source>
        <translation>De dossierreferentie is verplicht.</translation>
    </message>
    <message>
        <source>The dossier reference must contain letters or digits.</source>
        <translation>De dossierreferentie moet letters of cijfers bevatten.</translation>
    </message>
    <message>
        <source>The opening date is required.</source>
        <translation>De openingsdatum is verplicht.</translation>
    </message>
    <message>
        <source>The closing date is not a valid date.</source>
        <translation>De afsluitingsdatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The dossier cannot close (%1) before it opened (%2).</source>
        <translation>Het dossier kan niet afgesloten worden (%1) voor het geopend werd (%2).</translation>
    </message>
    <message>
        <source>Equivalent income</source>
        <translation>Equivalent leefloon</translation>
    </message>
    <message>
        <source>Integration income</source>
        <translation>Leefloon</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The dossier cannot open on %1: its trajectory starts on %2.</source>
        <translation>Het dossier kan niet openen op %1: het traject begint op %2.</translation>
    </message>
    <message>
        <source>The dossier cannot close on %1: a placement starts on %2. Remove or move that placement first.</source>
        <translation>Het dossier kan niet afgesloten worden op %1: er begint een etappe op %2. Verwijder of verplaats die etappe eerst.</translation>
    </message>
    <message>
        <source>National number %1 already belongs to %2 %3. Open that person&apos;s dossier instead.</source>
        <translation>Rijksregisternummer %1 hoort al bij %2 %3. Open liever het dossier van die persoon.</translation>
    </message>
    <message>
        <source>The reference %1 is already used by another dossier.</source>
        <translation>De referentie %1 wordt al gebruikt door een ander dossier.</translation>
    </message>
    <message>
        <source>This person no longer exists in the register.</source>
        <translation>Deze persoon bestaat niet meer in het register.</translation>
    </message>
    <message>
        <source>This dossier no longer exists in the register.</source>
        <translation>Dit dossier bestaat niet meer in het register.</translation>
    </message>
    <message>
        <source>This person was anonymised by retention and can no longer be changed. Register the person again if they come back.</source>
        <translation>Deze persoon werd geanonimiseerd na afloop van de bewaartermijn en kan niet meer gewijzigd worden. Registreer de persoon opnieuw als die terugkomt.</translation>
    </message>
    <message>
        <source>The person %1 %2</source>
        <translation>De persoon %1 %2</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation>Het dossier</translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <source>%1: enter a date such as 31/12/2024.</source>
        <translation>%1: geef een datum zoals 31/12/2024.</translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport werd geannuleerd.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>De databank kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The database holds a date that is not of the form YYYY-MM-DD; run a database check.</source>
        <translation>De databank bevat een datum die niet van de vorm JJJJ-MM-DD is; voer een controle van de databank uit.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The cut-off day is not a valid date.</source>
        <translation>De grensdatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The cut-off day %1 lies in the future: only dossiers that are closed can expire.</source>
        <translation>De grensdatum %1 ligt in de toekomst: alleen afgesloten dossiers kunnen vervallen.</translation>
    </message>
    <message>
        <source>Nothing was anonymised: %1</source>
        <translation>Er werd niets geanonimiseerd: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Project facilitator</source>
        <translation>Projectfacilitator</translation>
    </message>
    <message>
        <source>Insertion officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Onthaal</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 was changed by somebody else after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 werd door iemand anders gewijzigd nadat u het opende; er werd dus niets opgeslagen. Laad opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 werd om %3 door %2 gewijzigd nadat u het opende; er werd dus niets opgeslagen. Laad opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3 at %4 after you opened it, so nothing was saved. Reload to see the changes.</source>
        <translation>%1 werd op %3 om %4 door %2 gewijzigd nadat u het opende; er werd dus niets opgeslagen. Laad opnieuw om de wijzigingen te zien.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>A database address has the form postgresql://user@server:port/database.</source>
        <translation>Een databaseadres heeft de vorm postgresql://gebruiker@server:poort/database.</translation>
    </message>
    <message>
        <source>%1 is not a database address. %2</source>
        <translation>%1 is geen databaseadres. %2</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the database address %2 is not a number from 1 to 65535.</source>
        <translation>De poort &quot;%1&quot; in het databaseadres %2 is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>%1 is not a valid database address (%2). %3</source>
        <translation>%1 is geen geldig databaseadres (%2). %3</translation>
    </message>
    <message>
        <source>The database address contains a password. A password there would be visible to others (command lines, lists of recent databases); give it in the PARCOURS_DB_PASSWORD environment variable or a .pgpass file, or type it when asked.</source>
        <translation>Het databaseadres bevat een wachtwoord. Daar zouden anderen het kunnen zien (opdrachtregels, lijsten van recente databases); geef het in de omgevingsvariabele PARCOURS_DB_PASSWORD of een .pgpass-bestand, of typ het wanneer erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>The database address %1 names no server. %2</source>
        <translation>Het databaseadres %1 noemt geen server. %2</translation>
    </message>
    <message>
        <source>The database address %1 names no database. %2</source>
        <translation>Het databaseadres %1 noemt geen database. %2</translation>
    </message>
    <message>
        <source>The database address %1 names more than one database (&quot;%2&quot;). %3</source>
        <translation>Het databaseadres %1 noemt meer dan één database (&quot;%2&quot;). %3</translation>
    </message>
    <message>
        <source>The database address %1 ends in a &quot;#…&quot; part that means nothing here.</source>
        <translation>Het databaseadres %1 eindigt op een &quot;#…&quot;-deel dat hier niets betekent.</translation>
    </message>
    <message>
        <source>The database address has an unknown sslmode &quot;%1&quot; (known: disable, require, verify-ca, verify-full, prefer, allow).</source>
        <translation>Het databaseadres heeft een onbekende sslmode &quot;%1&quot; (bekend: disable, require, verify-ca, verify-full, prefer, allow).</translation>
    </message>
    <message>
        <source>The database address has an unknown setting &quot;%1&quot;.</source>
        <translation>Het databaseadres heeft een onbekende instelling &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server is missing: give its name or IP address.</source>
        <translation>De server ontbreekt: geef zijn naam of IP-adres.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; contains characters a server name cannot have.</source>
        <translation>De servernaam &quot;%1&quot; bevat tekens die een servernaam niet kan hebben.</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>De poort %1 is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>The database name is missing.</source>
        <translation>De naam van de database ontbreekt.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; cannot contain &quot;/&quot;.</source>
        <translation>De databasenaam &quot;%1&quot; kan geen &quot;/&quot; bevatten.</translation>
    </message>
    <message>
        <source>An unencrypted connection (sslmode=disable) is refused for %1: people&apos;s data would cross the network readable by anyone on it. Use require or verify-full; the server needs ssl = on (see the README, &quot;One PC or a server&quot;).</source>
        <translation>Een onversleutelde verbinding (sslmode=disable) wordt geweigerd voor %1: de gegevens van mensen zouden leesbaar over het netwerk gaan voor iedereen erop. Gebruik require of verify-full; de server heeft ssl = on nodig (zie de README, &quot;One PC or a server&quot;).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Het CA-certificaatbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The path of the CA certificate file cannot contain &quot;;&quot;: %1</source>
        <translation>Het pad van het CA-certificaatbestand kan geen &quot;;&quot; bevatten: %1</translation>
    </message>
    <message>
        <source>The setting %1 cannot contain &quot;;&quot;.</source>
        <translation>De instelling %1 kan geen &quot;;&quot; bevatten.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>connect_timeout moet een aantal seconden zijn, niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Connected: the database %1 on %2 is a Parcours database of this version.</source>
        <translation>Verbonden: de database %1 op %2 is een Parcours-database van deze versie.</translation>
    </message>
    <message>
        <source>Connected: the database %1 is a Parcours database of an older version (schema %2). Opening it upgrades it to this version (schema %3) for every PC that uses it; make a backup with pg_dump first.</source>
        <translation>Verbonden: de database %1 is een Parcours-database van een oudere versie (schema %2). Openen werkt ze bij naar deze versie (schema %3) voor elke pc die ze gebruikt; maak eerst een back-up met pg_dump.</translation>
    </message>
    <message>
        <source>Connected: the database %1 is empty. Parcours can set it up as a new register when you open it.</source>
        <translation>Verbonden: de database %1 is leeg. Parcours kan ze inrichten als een nieuw register wanneer u ze opent.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). Install the newer version on this PC.</source>
        <translation>De database %1 werd geschreven door een nieuwere versie van Parcours (schema %2; deze versie kent tot %3). Installeer de nieuwere versie op deze pc.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program: it is not a Parcours database. Check the database name. Nothing was changed.</source>
        <translation>De database %1 bevat tabellen van een ander programma: het is geen Parcours-database. Controleer de databasenaam. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network. Check the spelling, or use the server&apos;s IP address.</source>
        <translation>De servernaam %1 is niet gekend op dit netwerk. Controleer de spelling, of gebruik het IP-adres van de server.</translation>
    </message>
    <message>
        <source>The server %1 does not answer on port %2. Check the name and the port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall blocks the port.</source>
        <translation>De server %1 antwoordt niet op poort %2. Controleer de naam en de poort, dat PostgreSQL daar draait en op het netwerk luistert (listen_addresses), en dat geen firewall de poort blokkeert.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed. Check the TLS setting: the server needs ssl = on, and to verify it the CA file must be the one that signed the server&apos;s certificate, made out to the name %1.</source>
        <translation>De versleutelde verbinding met %1 is mislukt. Controleer de TLS-instelling: de server heeft ssl = on nodig, en om hem te controleren moet het CA-bestand dat zijn dat het certificaat van de server ondertekende, uitgeschreven op de naam %1.</translation>
    </message>
    <message>
        <source>The server asks for the password of the user %1. Type it in the password field.</source>
        <translation>De server vraagt het wachtwoord van de gebruiker %1. Typ het in het wachtwoordveld.</translation>
    </message>
    <message>
        <source>The server refused the user %1 with this password. Check the user name and the password (both are case-sensitive).</source>
        <translation>De server weigerde de gebruiker %1 met dit wachtwoord. Controleer de gebruikersnaam en het wachtwoord (beide hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>The server does not let the user %1 connect to the database %2 from this PC. The administrator adds a line for this network to pg_hba.conf (see the README, &quot;One PC or a server&quot;).</source>
        <translation>De server laat de gebruiker %1 niet verbinden met de database %2 vanaf deze pc. De beheerder voegt een regel voor dit netwerk toe aan pg_hba.conf (zie de README, &quot;One PC or a server&quot;).</translation>
    </message>
    <message>
        <source>There is no database %1 on the server %2. Check the name, or ask the administrator to create it (createdb).</source>
        <translation>Er is geen database %1 op de server %2. Controleer de naam, of vraag de beheerder ze aan te maken (createdb).</translation>
    </message>
    <message>
        <source>This installation cannot reach database servers: Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Deze installatie kan geen databaseservers bereiken: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>De verbinding is mislukt: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle time before locking lies between %1 and %2 minutes.</source>
        <translation>De inactieve tijd voor vergrendeling ligt tussen %1 en %2 minuten.</translation>
    </message>
    <message>
        <source>The retention period lies between %1 and %2 years.</source>
        <translation>De bewaartermijn ligt tussen %1 en %2 jaar.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is being changed by another program or another Parcours window. Nothing was saved; try again in a moment.</source>
        <translation>De databank wordt gewijzigd door een ander programma of een ander Parcours-venster. Er werd niets opgeslagen; probeer zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>Het databankbestand is alleen-lezen. Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; run a check and restore the latest backup.</source>
        <translation>Het databankbestand is beschadigd. Er werd niets opgeslagen; voer een controle uit en zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>De schijf is vol. Er werd niets opgeslagen; maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>De databank weigerde de bewerking: %1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved; check the network and try again.</source>
        <translation>De verbinding met de databaseserver is verbroken. Er werd niets bewaard; controleer het netwerk en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome detail</source>
        <translation>Toelichting bij het resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Period (internal)</source>
        <translation>Periode (intern)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>%1 is not a national number: %2</source>
        <translation>%1 is geen rijksregisternummer: %2</translation>
    </message>
    <message>
        <source>Nobody with the national number %1 is in this database.</source>
        <translation>Niemand met rijksregisternummer %1 staat in deze databank.</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Gegevens over %1</translation>
    </message>
    <message>
        <source>National number %1. Written on %2 (UTC) by %3, from the Parcours database, for a request of access to personal data (GDPR article 15).</source>
        <translation>Rijksregisternummer %1. Opgemaakt op %2 (UTC) door %3, uit de Parcours-databank, op een verzoek tot inzage in persoonsgegevens (artikel 15 AVG).</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Placements in the integration trajectory</source>
        <translation>Etappes in het inschakelingstraject</translation>
    </message>
    <message>
        <source>Who created, changed or looked at this data (audit trail)</source>
        <translation>Wie deze gegevens aanmaakte, wijzigde of inzag (auditlogboek)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>Socio-professional balance (every version)</source>
        <translation>Socioprofessionele balans (elke versie)</translation>
    </message>
    <message>
        <source>Individualised social integration project (GPMI)</source>
        <translation>Geïndividualiseerd project voor maatschappelijke integratie (GPMI)</translation>
    </message>
    <message>
        <source>Evaluations of the GPMI</source>
        <translation>Evaluaties van het GPMI</translation>
    </message>
    <message>
        <source>Job Tables taken part in</source>
        <translation>Deelname aan Jobtafels</translation>
    </message>
    <message>
        <source>Attendance at the Job Table meetings</source>
        <translation>Aanwezigheid op de bijeenkomsten van de Jobtafel</translation>
    </message>
    <message>
        <source>Visits to the Space for Work</source>
        <translation>Bezoeken aan de Ruimte voor Werk</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Nodige dagen</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Werkelijk einde</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Reden van het einde</translation>
    </message>
    <message>
        <source>Article 60 contracts</source>
        <translation>Artikel 60-contracten</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Placements started in the year</source>
        <translation>Plaatsingen gestart in het jaar</translation>
    </message>
    <message>
        <source>More dossiers in the cell (31 Dec − 1 Jan)</source>
        <translation>Meer dossiers in de cel (31 dec − 1 jan)</translation>
    </message>
    <message>
        <source>Literacy level tests taken</source>
        <translation>Afgenomen alfabetiseringsniveautests</translation>
    </message>
    <message>
        <source>Article 60: contracts started in the year</source>
        <translation>Artikel 60: contracten gestart in het jaar</translation>
    </message>
    <message>
        <source>%1: placements started in the year</source>
        <translation>%1: plaatsingen gestart in het jaar</translation>
    </message>
    <message>
        <source>%1: more dossiers in the cell (31 Dec − 1 Jan)</source>
        <translation>%1: meer dossiers in de cel (31 dec − 1 jan)</translation>
    </message>
    <message>
        <source>Year: %1 is not a year between 1990 and 2100.</source>
        <translation>Jaar: %1 is geen jaar tussen 1990 en 2100.</translation>
    </message>
    <message>
        <source>Measure: literacy level tests are a target of the literacy cell, not of %1.</source>
        <translation>Maatstaf: niveautests zijn een doelstelling van de Cel Alfabetisering, niet van %1.</translation>
    </message>
    <message>
        <source>Target: %1 is out of range.</source>
        <translation>Doelstelling: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Target: only a change in the number of dossiers can be negative.</source>
        <translation>Doelstelling: alleen een verandering in het aantal dossiers kan negatief zijn.</translation>
    </message>
    <message>
        <source>%1 already has a target for %2; change that one.</source>
        <translation>%1 heeft al een doelstelling voor %2; wijzig die.</translation>
    </message>
    <message>
        <source>There is no target number %1.</source>
        <translation>Er is geen doelstelling nummer %1.</translation>
    </message>
</context>
<context>
    <name>Trajectory</name>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation>Er is geen dossier nummer %1 in het register (het werd misschien verwijderd).</translation>
    </message>
    <message>
        <source>There is no placement number %1 (it may have been removed).</source>
        <translation>Er is geen etappe nummer %1 (ze werd misschien verwijderd).</translation>
    </message>
    <message>
        <source>A transfer needs a valid day.</source>
        <translation>Een overdracht heeft een geldige dag nodig.</translation>
    </message>
    <message>
        <source>The dossier %1 is in no cell on %2, so there is nothing to transfer from: refer it to a cell instead.</source>
        <translation>Het dossier %1 zit op %2 in geen enkele cel, dus er valt niets over te dragen: verwijs het liever door naar een cel.</translation>
    </message>
    <message>
        <source>The transfer on %1 must come after the start of the current placement %2: edit that placement instead.</source>
        <translation>De overdracht op %1 moet na het begin van de huidige etappe %2 komen: wijzig liever die etappe.</translation>
    </message>
    <message>
        <source>The dossier %1 is already in %2 on %3.</source>
        <translation>Het dossier %1 zit op %3 al in de cel %2.</translation>
    </message>
    <message>
        <source>The transfer to %1 on %2 was refused: %3</source>
        <translation>De overdracht naar de cel %1 op %2 werd geweigerd: %3</translation>
    </message>
    <message>
        <source>Ending a placement needs a valid end date.</source>
        <translation>Om een etappe te beëindigen is een geldige einddatum nodig.</translation>
    </message>
    <message>
        <source>A placement cannot move to another dossier: end it and refer the other dossier instead.</source>
        <translation>Een etappe kan niet naar een ander dossier verhuizen: beëindig ze en verwijs het andere dossier door.</translation>
    </message>
    <message>
        <source>Closing a dossier needs a valid closing date.</source>
        <translation>Om een dossier af te sluiten is een geldige afsluitingsdatum nodig.</translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2, before it opened on %3.</source>
        <translation>Het dossier %1 kan niet afgesloten worden op %2, voor het geopend werd op %3.</translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2: the placement %3 starts later. Remove or move that placement first.</source>
        <translation>Het dossier %1 kan niet afgesloten worden op %2: de etappe %3 begint later. Verwijder of verplaats die etappe eerst.</translation>
    </message>
    <message>
        <source>The placement was removed by somebody else after you opened it, so nothing was saved.</source>
        <translation>De plaatsing werd door iemand anders verwijderd nadat u ze opende; er werd dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>The placement %1 of dossier %2</source>
        <translation>De plaatsing %1 van dossier %2</translation>
    </message>
</context>
<context>
    <name>TrajectoryLabels</name>
    <message>
        <source>Project facilitation</source>
        <translation>Projectfacilitatoren</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Studies and training</source>
        <translation>Studies en opleidingen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Artikel 60</translation>
    </message>
    <message>
        <source>Post-article 60</source>
        <translation>Post-artikel 60</translation>
    </message>
    <message>
        <source>Health / equity</source>
        <translation>Gezondheid / billijkheid</translation>
    </message>
    <message>
        <source>Job found</source>
        <translation>Werk gevonden</translation>
    </message>
    <message>
        <source>Studies or training completed</source>
        <translation>Studie of opleiding afgerond</translation>
    </message>
    <message>
        <source>Moved to another cell</source>
        <translation>Naar een andere cel</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanctie</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Income ended</source>
        <translation>Einde (equivalent) leefloon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was saved.</source>
        <translation>Niemand is aangemeld. Meld u eerst aan; er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>The audit trail of this database cannot record who you are, so nothing was saved. Run &quot;parcours-cli check&quot; and restore a backup if it reports problems.</source>
        <translation>Het auditlogboek van deze databank kan niet registreren wie u bent, dus er werd niets opgeslagen. Voer &quot;parcours-cli check&quot; uit en zet een back-up terug als er problemen gemeld worden.</translation>
    </message>
    <message>
        <source>The import was not recorded in the audit trail, so nothing was saved.</source>
        <translation>De import werd niet in het auditspoor vastgelegd; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>An import cannot run inside another change; nothing was saved.</source>
        <translation>Een import kan niet binnen een andere wijziging lopen; er werd niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>the disk may be full (%1).</source>
        <translation>de schijf is misschien vol (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Integration trajectories for the SPI services of Belgian OCMW / CPAS.</source>
        <translation>Inschakelingstrajecten voor de SPI-diensten van de Belgische OCMW&apos;s.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;. It must exist, unless it is the default database.</source>
        <translation>Het databankbestand &lt;path&gt; openen. Het moet bestaan, tenzij het de standaarddatabank is.</translation>
    </message>
    <message>
        <source>Render each main view with sample data to &lt;dir&gt;/&lt;view&gt;.png and exit.</source>
        <translation>Elk hoofdscherm met voorbeeldgegevens weergeven in &lt;dir&gt;/&lt;view&gt;.png en afsluiten.</translation>
    </message>
    <message>
        <source>The language of the interface: nl, fr or en (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>De taal van de interface: nl, fr of en (standaard: die uit de Instellingen, anders die van het systeem).</translation>
    </message>
    <message>
        <source>parcours: unknown language %1 (nl, fr or en).</source>
        <translation>parcours: onbekende taal %1 (nl, fr of en).</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AboutDialog</name>
    <message>
        <source>About Parcours</source>
        <translation>Over Parcours</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Integration trajectories for the socio-professional integration services (SPI) of Belgian OCMW / CPAS: the register of dossiers, the trajectory through the cells, the evolution figures and the Job Table.</source>
        <translation>Inschakelingstrajecten voor de diensten socioprofessionele inschakeling (SPI) van Belgische OCMW&apos;s: het register van de dossiers, het traject door de cellen, de evolutiecijfers en de jobtafel.</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Vrije software: u mag ze gebruiken, bestuderen, delen en wijzigen onder de voorwaarden van de &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, versie 3 of een latere versie (GPL-3.0-or-later). Ze wordt geleverd zonder enige garantie.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gebouwd met:</translation>
    </message>
    <message>
        <source>Catch2 runs the tests; it is not part of the program.</source>
        <translation>Catch2 voert de tests uit; het maakt geen deel uit van het programma.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Geen databank open.</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Databank in gebruik: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsDialog</name>
    <message>
        <source>Accounts and settings</source>
        <translation>Accounts en instellingen</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nieuwe account…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Settings of this database</source>
        <translation>Instellingen van deze databank</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Venster vergrendelen na</translation>
    </message>
    <message>
        <source>Keep identities for</source>
        <translation>Identiteiten bewaren gedurende</translation>
    </message>
    <message>
        <source>…after a person&apos;s last dossier closed.</source>
        <translation>…nadat het laatste dossier van een persoon afgesloten werd.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Settings and retention</source>
        <translation>Instellingen en bewaartermijn</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>People whose every dossier closed before %1 (%2 years ago) are anonymised: names, numbers, contacts and notes erased; the figures stay the same. This cannot be undone.</source>
        <translation>Personen van wie elk dossier vóór %1 (%2 jaar geleden) afgesloten werd, worden geanonimiseerd: namen, nummers, contactgegevens en notities gewist; de cijfers blijven dezelfde. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuwe account</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Eerste wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Herhaal het:</translation>
    </message>
    <message>
        <source>The person must choose a password of their own at the first sign-in.</source>
        <translation>De persoon moet bij de eerste aanmelding een eigen wachtwoord kiezen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>A new password for %1; they must change it at the next sign-in:</source>
        <translation>Een nieuw wachtwoord voor %1; het moet bij de volgende aanmelding gewijzigd worden:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>De account %1 werd aangemaakt.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kan zich niet meer aanmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation>Het wachtwoord van %1 werd opnieuw ingesteld; het moet bij de volgende aanmelding gewijzigd worden.</translation>
    </message>
    <message>
        <source>%1 is now %2. The change applies from their next sign-in.</source>
        <translation>%1 is nu %2. De wijziging geldt vanaf de volgende aanmelding.</translation>
    </message>
    <message>
        <source>The settings were saved. The idle lock applies from the next sign-in.</source>
        <translation>De instellingen werden opgeslagen. De automatische vergrendeling geldt vanaf de volgende aanmelding.</translation>
    </message>
    <message>
        <source>%1 people would be anonymised (%2 dossiers, %3 placements).</source>
        <translation>%1 personen zouden geanonimiseerd worden (%2 dossiers, %3 etappes).</translation>
    </message>
    <message>
        <source>Nobody&apos;s dossiers all closed before %1: nothing to anonymise.</source>
        <translation>Niemand heeft al zijn dossiers afgesloten vóór %1: niets te anonimiseren.</translation>
    </message>
    <message>
        <source>Anonymise %1 people whose every dossier closed before %2? Their names, numbers, contacts and notes are erased for good. Backups made earlier still hold them.</source>
        <translation>%1 personen anonimiseren van wie elk dossier vóór %2 afgesloten werd? Hun namen, nummers, contactgegevens en notities worden definitief gewist. Eerder gemaakte back-ups bevatten ze nog.</translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation>%1 personen werden geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsModel</name>
    <message>
        <source>Yes, must change password</source>
        <translation>Ja, moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Mislukte aanmeldingen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AgreementListModel</name>
    <message>
        <source>until further notice</source>
        <translation>tot nader order</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Article60Dialog</name>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Er werd niets bewaard. %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Article60View</name>
    <message>
        <source>Post-article-60 guidance</source>
        <translation>Post-artikel 60-begeleiding</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>New &amp;post…</source>
        <translation>Nieuwe &amp;post…</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>Nieuw &amp;contract…</translation>
    </message>
    <message>
        <source>&amp;End contract…</source>
        <translation>Contract &amp;beëindigen…</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>Contracten die aflopen</translation>
    </message>
    <message numerus="yes">
        <source>within %n days</source>
        <translation>
            <numerusform>binnen %n dag</numerusform>
            <numerusform>binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No article 60 posts yet: add the first one with “New post”.</source>
        <translation>Nog geen artikel 60-posten: voeg de eerste toe met “Nieuwe post”.</translation>
    </message>
    <message>
        <source>%1 posts: %2 filled, %3 vacant.</source>
        <translation>%1 posten: %2 bezet, %3 vacant.</translation>
    </message>
    <message>
        <source>The post was added.</source>
        <translation>De post werd toegevoegd.</translation>
    </message>
    <message>
        <source>The contract was added, with the article 60 placement over its period.</source>
        <translation>Het contract werd toegevoegd, met de artikel 60-etappe over zijn periode.</translation>
    </message>
    <message>
        <source>The contract ended. %1</source>
        <translation>Het contract is beëindigd. %1</translation>
    </message>
    <message>
        <source>The contract of %1 ended. Parcours proposes three months of post-article-60 guidance (Cel Post-Artikel 60 / Cellule post-article 60) from %2 to %3.

Create this placement?</source>
        <translation>Het contract van %1 is beëindigd. Parcours stelt drie maanden post-artikel 60-begeleiding voor (Cel Post-Artikel 60) van %2 tot %3.

Deze etappe aanmaken?</translation>
    </message>
    <message>
        <source>The contract ended; no post-article-60 placement was created.</source>
        <translation>Het contract is beëindigd; er werd geen post-artikel 60-etappe aangemaakt.</translation>
    </message>
    <message>
        <source>The post-article-60 placement was not created: %1</source>
        <translation>De post-artikel 60-etappe werd niet aangemaakt: %1</translation>
    </message>
    <message>
        <source>The post-article-60 placement of %1 runs from %2 to %3.</source>
        <translation>De post-artikel 60-etappe van %1 loopt van %2 tot %3.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendanceModel</name>
    <message>
        <source>Rate</source>
        <translation>Graad</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditModel</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>looked at</source>
        <translation>ingezien</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>mislukte aanmelding</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>geanonimiseerd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Values (old → new)</source>
        <translation>Waarden (oud → nieuw)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>copied from another database</source>
        <translation>gekopieerd uit een andere databank</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>teruggezet uit een back-up</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle gegevens</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 regels</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BackupListModel</name>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BalanceForm</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(niet gekend)</translation>
    </message>
    <message>
        <source>Highest &amp;level:</source>
        <translation>Hoogste &amp;niveau:</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Erkend in België</translation>
    </message>
    <message>
        <source>Diplomas:</source>
        <translation>Diploma&apos;s:</translation>
    </message>
    <message>
        <source>Work experience and skills</source>
        <translation>Werkervaring en competenties</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Ervaring:</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>gescheiden door ;</translation>
    </message>
    <message>
        <source>&amp;Acquired skills:</source>
        <translation>&amp;Verworven competenties:</translation>
    </message>
    <message>
        <source>La&amp;tent skills:</source>
        <translation>La&amp;tente competenties:</translation>
    </message>
    <message>
        <source>Personal &amp;wishes:</source>
        <translation>Persoonlijke &amp;wensen:</translation>
    </message>
    <message>
        <source>Languages (CEFR level)</source>
        <translation>Talen (ERK-niveau)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Obstacles to integration</source>
        <translation>Drempels voor de inschakeling</translation>
    </message>
    <message>
        <source>Health, mental health, addiction and criminal record are hidden: your role may not see them.</source>
        <translation>Gezondheid, geestelijke gezondheid, verslaving en strafregister zijn verborgen: uw rol mag ze niet zien.</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (gevoelig)</translation>
    </message>
    <message>
        <source>Special category of data: only facilitators and officers see it, and every reading is recorded.</source>
        <translation>Bijzondere categorie van gegevens: alleen facilitatoren en invoegambtenaren zien ze, en elke raadpleging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>how it is being resolved</source>
        <translation>hoe het wordt aangepakt</translation>
    </message>
    <message>
        <source>Professional project and orientation</source>
        <translation>Beroepsproject en oriëntering</translation>
    </message>
    <message>
        <source>(not judged yet)</source>
        <translation>(nog niet beoordeeld)</translation>
    </message>
    <message>
        <source>(no orientation yet)</source>
        <translation>(nog geen oriëntering)</translation>
    </message>
    <message>
        <source>Target &amp;occupation:</source>
        <translation>Beoogd &amp;beroep:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Realistic and &amp;feasible:</source>
        <translation>Realistisch en &amp;haalbaar:</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>O&amp;riëntering:</translation>
    </message>
    <message>
        <source>Orientation &amp;note:</source>
        <translation>&amp;Notitie bij de oriëntering:</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BalancePage</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergelijken…</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the version before it</source>
        <translation>Kies twee versies, of één om ze te vergelijken met de versie ervoor</translation>
    </message>
    <message>
        <source>Versions (double-click to show):</source>
        <translation>Versies (dubbelklik om te tonen):</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Op&amp;slaan als nieuwe versie</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Opgeslagen als versie %1.</translation>
    </message>
    <message>
        <source>&amp;Refer to the orientation…</source>
        <translation>&amp;Doorverwijzen volgens de oriëntering…</translation>
    </message>
    <message>
        <source>Make the orientation of the latest version the dossier&apos;s next step in the trajectory</source>
        <translation>Maak van de oriëntering van de laatste versie de volgende etappe van het dossier in het traject</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Samenvatting &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Version %1 — %2
%3</source>
        <translation>Versie %1 — %2
%3</translation>
    </message>
    <message>
        <source>No balance yet: fill in the form and save the first version.</source>
        <translation>Nog geen balans: vul het formulier in en sla de eerste versie op.</translation>
    </message>
    <message>
        <source>Version %1 (the latest), %2 by %3.</source>
        <translation>Versie %1 (de laatste), %2 door %3.</translation>
    </message>
    <message>
        <source>Version %1 of %2 by %3. Saving it makes it the latest version again.</source>
        <translation>Versie %1 van %2 door %3. Opslaan maakt er opnieuw de laatste versie van.</translation>
    </message>
    <message>
        <source>The balance was not read yet; open the Balance tab first.</source>
        <translation>De balans werd nog niet gelezen; open eerst het tabblad Balans.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>The dossier was referred on %1; the trajectory shows the new step.</source>
        <translation>Het dossier werd doorverwezen op %1; het traject toont de nieuwe etappe.</translation>
    </message>
    <message>
        <source>Refer to the orientation</source>
        <translation>Doorverwijzen volgens de oriëntering</translation>
    </message>
    <message>
        <source>The orientation of the latest version becomes the dossier&apos;s referral from this day on. A step that is running then ends the day before.</source>
        <translation>De oriëntering van de laatste versie wordt vanaf deze dag de doorverwijzing van het dossier. Een etappe die dan loopt, eindigt de dag ervoor.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Balans %1</translation>
    </message>
    <message>
        <source>Save the balance summary as PDF</source>
        <translation>Samenvatting van de balans opslaan als PDF</translation>
    </message>
    <message>
        <source>balance-%1.pdf</source>
        <translation>balans-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>De samenvatting werd weggeschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CandidateDialog</name>
    <message>
        <source>Add participants</source>
        <translation>Deelnemers toevoegen</translation>
    </message>
    <message>
        <source>Name or dossier reference</source>
        <translation>Naam of dossierreferentie</translation>
    </message>
    <message>
        <source>In the Work cell</source>
        <translation>In de Cel Werk</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ambtenaar</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>Aan de groep toevoegen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CandidateModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cell today</source>
        <translation>Cel vandaag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ambtenaar</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadModel</name>
    <message>
        <source>In %1 from %2, planned until %3</source>
        <translation>In de cel %1 vanaf %2, gepland tot %3</translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation>In de cel %1 sinds %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation>Dagen in de cel</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadReportView</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>Per cel</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per invoegambtenaar</translation>
    </message>
    <message>
        <source>Per officer and cell</source>
        <translation>Per invoegambtenaar en cel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>How many people each cell and each officer follow on a day: placements running that day in dossiers open that day. Choose a day and press Compute.</source>
        <translation>Hoeveel mensen elke cel en elke invoegambtenaar op een dag volgen: etappes die die dag lopen in dossiers die die dag open zijn. Kies een dag en klik op Berekenen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On %1&lt;/b&gt; — people in a cell: %2 · officers: %3</source>
        <translation>&lt;b&gt;Op %1&lt;/b&gt; — personen in een cel: %2 · invoegambtenaren: %3</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Alle invoegambtenaren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadView</name>
    <message>
        <source>(no officer recorded)</source>
        <translation>(geen invoegambtenaar geregistreerd)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Alle invoegambtenaren</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Invoegambtenaar:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation>Dagen in de cel</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen databank geopend.</translation>
    </message>
    <message>
        <source>On %1, %2 follows 1 person in a cell</source>
        <translation>Op %1 volgt %2 1 persoon in een cel</translation>
    </message>
    <message>
        <source>On %1, %2 follows %3 people in a cell</source>
        <translation>Op %1 volgt %2 %3 personen in een cel</translation>
    </message>
    <message>
        <source>On %1, 1 person is in a cell</source>
        <translation>Op %1 zit 1 persoon in een cel</translation>
    </message>
    <message>
        <source>On %1, %2 people are in a cell</source>
        <translation>Op %1 zitten %2 personen in een cel</translation>
    </message>
    <message>
        <source>Nobody is in a cell on %1.</source>
        <translation>Op %1 zit niemand in een cel.</translation>
    </message>
    <message>
        <source>Nobody matches these filters on %1.</source>
        <translation>Op %1 voldoet niemand aan deze filters.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CellsArea</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation>Artikel 60</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelstellingen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Uw wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose a password of your own (at least %1 characters) before you go on.</source>
        <translation>Uw wachtwoord werd ingesteld door de beheerder. Kies een eigen wachtwoord (minstens %1 tekens) voor u verdergaat.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Nieuw wachtwoord he&amp;rhalen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again.</source>
        <translation>De twee nieuwe wachtwoorden verschillen. Typ het nieuwe wachtwoord opnieuw.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CompareDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 vergelijken met %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Sensitive data: this reading is recorded in the audit trail.</source>
        <translation>Gevoelige gegevens: deze raadpleging wordt vastgelegd in het auditspoor.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>%1 of %2 fields changed.</source>
        <translation>%1 van %2 velden gewijzigd.</translation>
    </message>
    <message>
        <source>Show &amp;only the changes</source>
        <translation>&amp;Alleen de wijzigingen tonen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ComplianceModel</name>
    <message>
        <source>%1 days late</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Verplichting</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ComplianceView</name>
    <message>
        <source>GPMI follow-up</source>
        <translation>Opvolging GPMI</translation>
    </message>
    <message>
        <source>Open integration-income dossiers whose GPMI is missing, signed late, short of evaluations (3 a year, 2 face to face), or due within 30 days.</source>
        <translation>Open leefloondossiers waarvan het GPMI ontbreekt, te laat ondertekend is, te weinig evaluaties heeft (3 per jaar, 2 in een persoonlijk gesprek), of binnen 30 dagen vervalt.</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>O&amp;p:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Invoegambtenaar:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Nothing to do: every GPMI that is due is signed and evaluated on time.</source>
        <translation>Niets te doen: elk GPMI dat verschuldigd is, is tijdig ondertekend en geëvalueerd.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Alle invoegambtenaren</translation>
    </message>
    <message>
        <source>On %1: %2 missing or overdue, %3 due soon or signed late.</source>
        <translation>Op %1: %2 ontbrekend of te laat, %3 binnenkort of te laat ondertekend.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConnectionDialog</name>
    <message>
        <source>%1 on %2:%3 (%4)</source>
        <translation>%1 op %2:%3 (%4)</translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation>Verbinden met een database</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>Deze computer (een bestand)</translation>
    </message>
    <message>
        <source>A server (PostgreSQL), shared by several PCs</source>
        <translation>Een server (PostgreSQL), gedeeld door meerdere pc&apos;s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>For one PC. Keep the file on this PC&apos;s own disk: a database file on a network share can be damaged when two PCs write to it. Several officers at once need a server.</source>
        <translation>Voor één pc. Houd het bestand op de eigen schijf van deze pc: een databasebestand op een netwerkshare kan beschadigd raken wanneer twee pc&apos;s erin schrijven. Meerdere ambtenaren tegelijk hebben een server nodig.</translation>
    </message>
    <message>
        <source>name or IP address, e.g. db.ocmw.local</source>
        <translation>naam of IP-adres, bv. db.ocmw.local</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Versleuteld (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Versleuteld, certificaat van de server gecontroleerd (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted: only for a server on this PC (disable)</source>
        <translation>Niet versleuteld: enkel voor een server op deze pc (disable)</translation>
    </message>
    <message>
        <source>optional: the CA certificate that signed the server&apos;s</source>
        <translation>optioneel: het CA-certificaat dat dat van de server ondertekende</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Remember the password until Parcours closes</source>
        <translation>Het wachtwoord onthouden tot Parcours sluit</translation>
    </message>
    <message>
        <source>The password is kept in memory only, for opening this database again before Parcours closes. It is never saved: not in the settings, not on disk.</source>
        <translation>Het wachtwoord wordt enkel in het geheugen bewaard, om deze database opnieuw te openen voor Parcours sluit. Het wordt nooit opgeslagen: niet in de instellingen, niet op schijf.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Where is the register?</source>
        <translation>Waar staat het register?</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or IP address.</source>
        <translation>Geef de naam of het IP-adres van de server.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Geef de naam van de database op de server.</translation>
    </message>
    <message>
        <source>Give your user name on the database server.</source>
        <translation>Geef uw gebruikersnaam op de databaseserver.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Kies het databasebestand.</translation>
    </message>
    <message>
        <source>The database %1 on %2 is empty. Set it up as a new Parcours register?

The first person to sign in becomes its administrator.</source>
        <translation>De database %1 op %2 is leeg. Inrichten als een nieuw Parcours-register?

De eerste persoon die zich aanmeldt, wordt de beheerder ervan.</translation>
    </message>
    <message>
        <source>Stop w&amp;aiting</source>
        <translation>&amp;Niet langer wachten</translation>
    </message>
    <message>
        <source>Stops waiting for the server&apos;s answer. Nothing was changed on the server.</source>
        <translation>Wacht niet langer op het antwoord van de server. Er werd niets gewijzigd op de server.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ContractDialog</name>
    <message>
        <source>New article 60 contract</source>
        <translation>Nieuw artikel 60-contract</translation>
    </message>
    <message>
        <source>Name or dossier reference</source>
        <translation>Naam of dossierreferentie</translation>
    </message>
    <message>
        <source>%1, held until %2</source>
        <translation>%1, bezet tot %2</translation>
    </message>
    <message>
        <source>The days of work the person needs to open their unemployment rights, as the officer established them.</source>
        <translation>De arbeidsdagen die de persoon nodig heeft om recht op werkloosheidsuitkering te openen, zoals de maatschappelijk werker ze vaststelde.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>P&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;Days needed:</source>
        <translation>Nodige &amp;dagen:</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Gepland einde:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Add contract</source>
        <translation>Contract &amp;toevoegen</translation>
    </message>
    <message>
        <source>Choose the post, the start and the days needed.</source>
        <translation>Kies de post, het begin en de nodige dagen.</translation>
    </message>
    <message>
        <source>%1 — the days needed counted in six-day weeks as the unemployment rules do (half time: three days a week), in whole weeks from the start.</source>
        <translation>%1 — de nodige dagen geteld in weken van zes dagen zoals de werkloosheidsreglementering (zesdagenstelsel; halftijds: drie dagen per week), in volle weken vanaf het begin.</translation>
    </message>
    <message>
        <source>Start: type the date as %1.</source>
        <translation>Begin: typ de datum als %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CourseModel</name>
    <message>
        <source>At the centre</source>
        <translation>In het OCMW</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Uurrooster</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Kiezen in een kalender</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <comment>date placeholder: day/month/year</comment>
        <translation>dd/mm/jjjj</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoDataDialog</name>
    <message>
        <source>Fill with demo data</source>
        <translation>Vullen met demogegevens</translation>
    </message>
    <message>
        <source>Parcours will invent people with names heard in Brussels and valid national numbers, ten years of income dossiers and their trajectories through the cells, as a Brussels centre would have them. Use it to try Parcours out, for training sessions and demonstrations.</source>
        <translation>Parcours verzint personen met namen die in Brussel voorkomen en met geldige rijksregisternummers, tien jaar leefloondossiers en hun trajecten door de cellen, zoals een Brussels OCMW ze zou hebben. Gebruik het om Parcours uit te proberen, voor opleidingen en demonstraties.</translation>
    </message>
    <message>
        <source>Nobody in this data exists. Keep demo data in a database of its own: real dossiers belong in another one.</source>
        <translation>Niemand in deze gegevens bestaat echt. Bewaar demogegevens in een aparte databank: echte dossiers horen in een andere.</translation>
    </message>
    <message>
        <source>About five placements per dossier. 2,000 dossiers take a few seconds.</source>
        <translation>Ongeveer vijf etappes per dossier. 2.000 dossiers duren enkele seconden.</translation>
    </message>
    <message>
        <source>&amp;Number of dossiers:</source>
        <translation>&amp;Aantal dossiers:</translation>
    </message>
    <message>
        <source>&amp;Create demo data</source>
        <translation>Demogegevens &amp;aanmaken</translation>
    </message>
    <message>
        <source>Creating %1 demo dossiers…</source>
        <translation>%1 demodossiers aanmaken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierForm</name>
    <message>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>YY.MM.DD-SSS.CC</source>
        <translation>JJ.MM.DD-SSS.CC</translation>
    </message>
    <message>
        <source>Leave empty when the birth date is unknown.</source>
        <translation>Leeg laten als de geboortedatum onbekend is.</translation>
    </message>
    <message>
        <source>Street and number, postcode and municipality</source>
        <translation>Straat en nummer, postcode en gemeente</translation>
    </message>
    <message>
        <source>Leave empty while the dossier is open.</source>
        <translation>Leeg laten zolang het dossier open is.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;National number:</source>
        <translation>Rijksregister&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ge&amp;slacht:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Inkomen:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ge&amp;opend op:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Afgesloten o&amp;p:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>Invoeg&amp;ambtenaar:</translation>
    </message>
    <message>
        <source>Dossier %1 — %2, %3</source>
        <translation>Dossier %1 — %2, %3</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Er werd niets opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Type the date as %1, for example %2.</source>
        <translation>Typ de datum als %1, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved yet.</source>
        <translation>Dit dossier heeft wijzigingen die nog niet opgeslagen zijn.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Sla ze op, verwerp ze, of ga terug naar het formulier.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>What you typed stays in the form until you reload.</source>
        <translation>Wat u typte, blijft in het formulier tot u opnieuw laadt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListModel</name>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListView</name>
    <message>
        <source>Search name, national number or reference</source>
        <translation>Zoek op naam, rijksregisternummer of referentie</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open en afgesloten</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>Closed dossiers</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>Show open dossiers, closed dossiers or both</source>
        <translation>Open dossiers, afgesloten dossiers of beide tonen</translation>
    </message>
    <message>
        <source>All income types</source>
        <translation>Leefloon en equivalent</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected dossier with its trajectory (or double-click it)</source>
        <translation>Het geselecteerde dossier met zijn traject openen (of dubbelklik erop)</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <source>Create a dossier (%1)</source>
        <translation>Een dossier aanmaken (%1)</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>Vullen met demogegevens…</translation>
    </message>
    <message>
        <source>Invented people, dossiers and trajectories to try Parcours out or for training</source>
        <translation>Verzonnen personen, dossiers en trajecten om Parcours uit te proberen of voor opleidingen</translation>
    </message>
    <message>
        <source>No dossiers yet</source>
        <translation>Nog geen dossiers</translation>
    </message>
    <message>
        <source>This register is empty. Create the first dossier to start following a person&apos;s integration trajectory, or fill this database with invented demo data to try Parcours out.</source>
        <translation>Dit register is leeg. Maak het eerste dossier aan om het inschakelingstraject van een persoon te beginnen opvolgen, of vul deze databank met verzonnen demogegevens om Parcours uit te proberen.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Zoekopdracht en filters wissen</translation>
    </message>
    <message>
        <source>Check the spelling, type fewer letters, or search by national number or reference.</source>
        <translation>Controleer de spelling, typ minder letters, of zoek op rijksregisternummer of referentie.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No dossier matches these filters.</source>
        <translation>Geen enkel dossier voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation>Geen enkel dossier voldoet aan ‘%1’.</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers</source>
        <translation>%1 van %2 dossiers</translation>
    </message>
    <message>
        <source>Already keep a list in a spreadsheet? Save it as a CSV file and bring it in with File&#xa0;→&#xa0;Import dossiers…</source>
        <translation>Houdt u al een lijst bij in een rekenblad? Sla ze op als CSV-bestand en haal ze binnen met Bestand&#xa0;→&#xa0;Dossiers importeren…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierWindow</name>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Gegevens &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change the person&apos;s and the dossier&apos;s details</source>
        <translation>De gegevens van de persoon en van het dossier wijzigen</translation>
    </message>
    <message>
        <source>Dossier %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>open from %1 to %2</source>
        <translation>open van %1 tot %2</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>open sinds %1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>invoegambtenaar %1</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Balans</translation>
    </message>
    <message>
        <source>&amp;GPMI</source>
        <translation>&amp;GPMI</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DrillDownDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: 1 dossier. Double-click it to open it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op %2: 1 dossier. Dubbelklik om het te openen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3 dossiers. Double-click one to open it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op %2: %3 dossiers. Dubbelklik op een dossier om het te openen.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DrillDownModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DurationReportView</name>
    <message>
        <source>&amp;Ended between</source>
        <translation>&amp;Beëindigd tussen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Etappes</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Mediaan (dagen)</translation>
    </message>
    <message>
        <source>1st quartile</source>
        <translation>1e kwartiel</translation>
    </message>
    <message>
        <source>3rd quartile</source>
        <translation>3e kwartiel</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kortste</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Langste</translation>
    </message>
    <message>
        <source>How many days people spend in each cell, from the first day to the last, both included. Only placements that ended count: how long a running one will last is not known yet.</source>
        <translation>Hoeveel dagen mensen in elke cel doorbrengen, van de eerste tot de laatste dag, beide inbegrepen. Alleen beëindigde etappes tellen: hoelang een lopende nog duurt, is nog niet bekend.</translation>
    </message>
    <message>
        <source>Ended between</source>
        <translation>Beëindigd tussen</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na het einde op %2.</translation>
    </message>
    <message>
        <source>Placements that ended from %1 to %2</source>
        <translation>Etappes beëindigd van %1 tot %2</translation>
    </message>
    <message>
        <source>Every placement that ended</source>
        <translation>Elke beëindigde etappe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — none.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — geen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — placements: %2 · median in days: %3. Running placements are not counted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — etappes: %2 · mediaan in dagen: %3. Lopende etappes tellen niet mee.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndContractDialog</name>
    <message>
        <source>End article 60 contract</source>
        <translation>Artikel 60-contract beëindigen</translation>
    </message>
    <message>
        <source>%1, from %2, planned until %3</source>
        <translation>%1, vanaf %2, gepland tot %3</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;End contract</source>
        <translation>Contract &amp;beëindigen</translation>
    </message>
    <message>
        <source>Last day: type the date as %1.</source>
        <translation>Laatste dag: typ de datum als %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndingContractModel</name>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EnrolmentModel</name>
    <message>
        <source>end of the course</source>
        <translation>einde van de cursus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EvaluationDialog</name>
    <message>
        <source>Evaluation of the GPMI</source>
        <translation>Evaluatie van het GPMI</translation>
    </message>
    <message>
        <source>In a face-to-face meeting</source>
        <translation>In een persoonlijk gesprek</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Doelstelling %1: %2</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Volgende stappen:</translation>
    </message>
    <message>
        <source>This evaluation no longer exists: somebody removed it. Close the dialog.</source>
        <translation>Deze evaluatie bestaat niet meer: iemand heeft ze verwijderd. Sluit het venster.</translation>
    </message>
    <message>
        <source>Type the date of the evaluation as %1.</source>
        <translation>Typ de datum van de evaluatie als %1.</translation>
    </message>
    <message>
        <source>What you typed stays in the fields until you reload.</source>
        <translation>Wat u typte, blijft in de velden tot u opnieuw laadt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EvolutionModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dossiers (equiv.) income</source>
        <translation>Dossiers (equivalent) leefloon</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Geïntegreerd</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>SPI dossiers</source>
        <translation>Dossiers SPI</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>n.d.</source>
        <comment>not determined: nothing was published for this count</comment>
        <translation>n.b.</translation>
    </message>
    <message>
        <source>Not determined: nothing was published for this count (not zero).</source>
        <translation>Niet bepaald: voor dit aantal werd niets gepubliceerd (niet nul).</translation>
    </message>
    <message>
        <source>Recorded: kept exactly as published, never recomputed.</source>
        <translation>Gepubliceerd: precies bewaard zoals gepubliceerd, nooit herberekend.</translation>
    </message>
    <message>
        <source>Recorded: kept exactly as published, never recomputed (%1).</source>
        <translation>Gepubliceerd: precies bewaard zoals gepubliceerd, nooit herberekend (%1).</translation>
    </message>
    <message>
        <source>Click to list the dossiers behind this count.</source>
        <translation>Klik om de dossiers achter dit aantal te tonen.</translation>
    </message>
    <message>
        <source>Integrated dossiers ÷ dossiers × 100</source>
        <translation>Geïntegreerde dossiers ÷ dossiers × 100</translation>
    </message>
    <message>
        <source>SPI dossiers ÷ dossiers × 100</source>
        <translation>Dossiers SPI ÷ dossiers × 100</translation>
    </message>
    <message>
        <source>Dossiers in any of the six cells of the SPI trajectory (not health/equity)</source>
        <translation>Dossiers in een van de zes cellen van het SPI-traject (niet gezondheid/billijkheid)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>De beheerder aanmaken</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator creates the accounts of the staff and sets the idle lock and the retention period. Choose a password of at least %1 characters; a sentence of several words is easy to remember and hard to guess.</source>
        <translation>Deze databank heeft nog geen accounts. Maak de account van de beheerder aan: de beheerder maakt de accounts van het personeel aan en stelt de automatische vergrendeling en de bewaartermijn in. Kies een wachtwoord van minstens %1 tekens; een zin van enkele woorden is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>e.g. admin or nlemaire</source>
        <translation>bv. admin of nlemaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Aanmaken en aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Typ de volledige naam van de beheerder.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation>De twee wachtwoorden verschillen. Typ het wachtwoord opnieuw.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FlowReportView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Entry (no cell)</source>
        <translation>Instroom (geen cel)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Instroom</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Overgang in</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Overgang uit</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <source>Who went from which cell to which other, who entered the trajectory and who left it, and why. Choose a period and press Compute.</source>
        <translation>Wie van welke cel naar welke andere ging, wie het traject binnenkwam en wie het verliet, en waarom. Kies een periode en klik op Berekenen.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na het einde op %2.</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no placement started or ended.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — geen etappe begon of eindigde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — entries into a cell: %2 · moves between cells: %3 · exits: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — instroom in een cel: %2 · overgangen tussen cellen: %3 · uitstroom: %4</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FreeAccessView</name>
    <message>
        <source>Anonymous (or type the dossier reference)</source>
        <translation>Anoniem (of typ de dossierreferentie)</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Een bezoek noteren</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Records the visit at once</source>
        <translation>Noteert het bezoek meteen</translation>
    </message>
    <message>
        <source>Remove the visit</source>
        <translation>Bezoek verwijderen</translation>
    </message>
    <message>
        <source>The visit was removed.</source>
        <translation>Het bezoek werd verwijderd.</translation>
    </message>
    <message>
        <source>Visits of the day</source>
        <translation>Bezoeken van de dag</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>Bezoeken per maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>The text of the usage rules</source>
        <translation>De tekst van de gebruiksregels</translation>
    </message>
    <message>
        <source>Put this version in force</source>
        <translation>Deze versie laten ingaan</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>van kracht vanaf</translation>
    </message>
    <message>
        <source>New version of the rules…</source>
        <translation>Nieuwe versie van de regels…</translation>
    </message>
    <message>
        <source>Usage rules of the Space for Work</source>
        <translation>Gebruiksregels van de Ruimte voor Werk</translation>
    </message>
    <message>
        <source>Recorded: %1, %2, %3.</source>
        <translation>Genoteerd: %1, %2, %3.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>The usage rules %1 are saved.</source>
        <translation>De gebruiksregels %1 zijn bewaard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force: version %1, since %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Van kracht: versie %1, sinds %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>No usage rules are recorded yet.</source>
        <translation>Er zijn nog geen gebruiksregels vastgelegd.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::GpmiPage</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation>Be&amp;gin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation>V&amp;oorgelegd op:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>On&amp;dertekend op:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Assisted &amp;by:</source>
        <translation>B&amp;ijgestaan door:</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation>Maatschappelijk &amp;werker:</translation>
    </message>
    <message>
        <source>Domains and partners</source>
        <translation>Domeinen en partners</translation>
    </message>
    <message>
        <source>Actiris; Bruxelles Formation; … (separated by ;)</source>
        <translation>Actiris; Bruxelles Formation; … (gescheiden door ;)</translation>
    </message>
    <message>
        <source>dates separated by ;</source>
        <translation>datums gescheiden door ;</translation>
    </message>
    <message>
        <source>Partne&amp;rs:</source>
        <translation>Part&amp;ners:</translation>
    </message>
    <message>
        <source>Pla&amp;nned evaluations:</source>
        <translation>Ge&amp;plande evaluaties:</translation>
    </message>
    <message>
        <source>Goals and commitments</source>
        <translation>Doelstellingen en verbintenissen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>The person undertakes</source>
        <translation>De persoon verbindt zich ertoe</translation>
    </message>
    <message>
        <source>The centre undertakes</source>
        <translation>Het centrum verbindt zich ertoe</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doelstelling toevoegen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Doelstelling verwijderen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Persoonlijk gesprek</translation>
    </message>
    <message>
        <source>Progress per goal</source>
        <translation>Vooruitgang per doelstelling</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Add e&amp;valuation…</source>
        <translation>E&amp;valuatie toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Save contract</source>
        <translation>Contract op&amp;slaan</translation>
    </message>
    <message>
        <source>The GPMI was saved.</source>
        <translation>Het GPMI werd opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Print contract…</source>
        <translation>Contract &amp;afdrukken…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Equivalent income: a GPMI is possible but not mandatory.</source>
        <translation>Equivalent leefloon: een GPMI is mogelijk maar niet verplicht.</translation>
    </message>
    <message>
        <source>Exempted for health or equity reasons today: no GPMI obligation.</source>
        <translation>Vandaag vrijgesteld om redenen van gezondheid of billijkheid: geen GPMI-verplichting.</translation>
    </message>
    <message>
        <source>Opened before the GPMI became mandatory for everybody (1 November 2016).</source>
        <translation>Geopend voor het GPMI voor iedereen verplicht werd (1 november 2016).</translation>
    </message>
    <message>
        <source>In order today.</source>
        <translation>Vandaag in orde.</translation>
    </message>
    <message>
        <source>The evaluation of %1 was recorded.</source>
        <translation>De evaluatie van %1 werd geregistreerd.</translation>
    </message>
    <message>
        <source>This dossier has no GPMI yet: save the contract first.</source>
        <translation>Dit dossier heeft nog geen GPMI: sla eerst het contract op.</translation>
    </message>
    <message>
        <source>GPMI %1</source>
        <translation>GPMI %1</translation>
    </message>
    <message>
        <source>Save the GPMI contract as PDF</source>
        <translation>GPMI-contract opslaan als PDF</translation>
    </message>
    <message>
        <source>gpmi-%1.pdf</source>
        <translation>gpmi-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The contract was written to %1.</source>
        <translation>Het contract werd weggeschreven naar %1.</translation>
    </message>
    <message>
        <source>Reflection period: %1 working days, so it can be signed from %2 on.</source>
        <translation>Bedenktijd: %1 werkdagen, dus ondertekenen kan vanaf %2.</translation>
    </message>
    <message>
        <source>The person has %1 working days to reflect after the draft is handed over.</source>
        <translation>De persoon heeft %1 werkdagen bedenktijd nadat het ontwerp is overhandigd.</translation>
    </message>
    <message>
        <source>What you typed stays in the contract until you reload.</source>
        <translation>Wat u typte, blijft in het contract tot u opnieuw laadt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Change evaluation…</source>
        <translation>Evaluatie wij&amp;zigen…</translation>
    </message>
    <message>
        <source>The evaluation of %1 was changed.</source>
        <translation>De evaluatie van %1 werd gewijzigd.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableArea</name>
    <message>
        <source>New Job Table…</source>
        <translation>Nieuwe Jobtafel…</translation>
    </message>
    <message>
        <source>Choose a Job Table in the list, or create one with &quot;New Job Table…&quot;.

A Job Table leads a group through six stages: composing the group, the launch, the modules &quot;Aspects of job search&quot; and &quot;Interviews&quot;, the conclusion with the orientation table, and the debriefing.</source>
        <translation>Kies een Jobtafel in de lijst, of maak er een met &quot;Nieuwe Jobtafel…&quot;.

Een Jobtafel leidt een groep door zes etappes: de samenstelling van de groep, de lancering, de modules &quot;Aspecten van het zoeken naar werk&quot; en &quot;Gesprekken&quot;, het besluit met de oriëntatietabel, en de debriefing.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Free access</source>
        <translation>Vrije toegang</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>New Job Table</source>
        <translation>Nieuwe Jobtafel</translation>
    </message>
    <message>
        <source>Title of the group:</source>
        <translation>Titel van de groep:</translation>
    </message>
    <message>
        <source>Job Table %1</source>
        <translation>Jobtafel %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableFigureModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 + %2 of %3</source>
        <translation>%1 + %2 van %3</translation>
    </message>
    <message>
        <source>Participants with a job + with a training, of those measured</source>
        <translation>Deelnemers met een job + met een opleiding, van wie gemeten werd</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Jobtafel</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gelanceerd</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation>Na 3 maanden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Na 6 maanden</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableFiguresView</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Groups launched in the period. Outcomes, read from the trajectory, for the participants of concluded groups once 3 or 6 months have passed: a job (a placement ended with outcome job since the conclusion, or article 60 on that day) or a training (studies and training on that day, or a training completed since the conclusion).</source>
        <translation>Groepen gelanceerd in de periode. Resultaten, gelezen uit het traject, voor de deelnemers van besloten groepen zodra 3 of 6 maanden voorbij zijn: een job (een plaatsing beëindigd met resultaat job sinds het besluit, of artikel 60 op die dag) of een opleiding (studies en opleidingen op die dag, of een opleiding voltooid sinds het besluit).</translation>
    </message>
    <message>
        <source>Launched from</source>
        <translation>Gelanceerd van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTableListModel</name>
    <message>
        <source>Being planned</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 (+%3)</source>
        <translation>%1 / %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Jobtafel</translation>
    </message>
    <message>
        <source>Done up to</source>
        <translation>Gedaan tot</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Volgende etappe</translation>
    </message>
    <message>
        <source>Places (waiting)</source>
        <translation>Plaatsen (wachtend)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ambtenaren</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobTablePage</name>
    <message>
        <source>Technical fiche (PDF)…</source>
        <translation>Technische fiche (PDF)…</translation>
    </message>
    <message>
        <source>Fiche and stages</source>
        <translation>Fiche en etappes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Bijeenkomsten en aanwezigheid</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Debriefing</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Room, computers, telephone, newspapers, job sites…</source>
        <translation>Lokaal, computers, telefoon, kranten, vacaturesites…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ambtenaren</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Doelpubliek</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etappe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gepland&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gedaan op&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notitie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the fiche</source>
        <translation>Fiche bewaren</translation>
    </message>
    <message>
        <source>Add from open dossiers…</source>
        <translation>Toevoegen uit open dossiers…</translation>
    </message>
    <message>
        <source>Usage rules accepted today</source>
        <translation>Gebruiksregels vandaag aanvaard</translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation>Uit de groep halen</translation>
    </message>
    <message>
        <source>Click a cell: present, excused, absent, empty.</source>
        <translation>Klik op een cel: aanwezig, verontschuldigd, afwezig, leeg.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Add the meeting</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)…</source>
        <translation>Aanwezigheidslijst (PDF)…</translation>
    </message>
    <message>
        <source>Create trajectory steps</source>
        <translation>Trajectetappes aanmaken</translation>
    </message>
    <message>
        <source>For each person oriented, the matching step in the trajectory on the day of the conclusion: a transfer to the cell, or for a job the end of the current placement with outcome job.</source>
        <translation>Voor elke georiënteerde persoon de passende etappe in het traject op de dag van het besluit: een overdracht naar de cel, of bij een job het einde van de huidige plaatsing met resultaat job.</translation>
    </message>
    <message>
        <source>The officers&apos; evaluation of the group: what worked, what to change, the dynamics of the group, the means…</source>
        <translation>De evaluatie van de groep door de ambtenaren: wat werkte, wat te veranderen, de groepsdynamiek, de middelen…</translation>
    </message>
    <message>
        <source>Save the debriefing</source>
        <translation>Debriefing bewaren</translation>
    </message>
    <message>
        <source>No Job Table chosen</source>
        <translation>Geen Jobtafel gekozen</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 van %2 plaatsen bezet</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n op de wachtlijst</numerusform>
            <numerusform>%n op de wachtlijst</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>Gedaan: %1 op %2.</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>Nog niets gedaan.</translation>
    </message>
    <message>
        <source>Next: %1, planned on %2.</source>
        <translation>Volgende: %1, gepland op %2.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Volgende: %1.</translation>
    </message>
    <message>
        <source>Done today: %1</source>
        <translation>Vandaag gedaan: %1</translation>
    </message>
    <message>
        <source>All six stages are done.</source>
        <translation>Alle zes etappes zijn gedaan.</translation>
    </message>
    <message>
        <source>Attendance of the group: %1 (%2 present, %3 excused, %4 absent)</source>
        <translation>Aanwezigheid van de groep: %1 (%2 aanwezig, %3 verontschuldigd, %4 afwezig)</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; cannot be read: type it as %2.</source>
        <translation>De datum van &quot;%1&quot; is onleesbaar: typ hem als %2.</translation>
    </message>
    <message>
        <source>No usage rules are in force today: record them first under Free access.</source>
        <translation>Vandaag zijn er geen gebruiksregels van kracht: leg ze eerst vast onder Vrije toegang.</translation>
    </message>
    <message>
        <source>Trajectory steps: %1 made, %2 already in the cell, %3 to choose by hand.</source>
        <translation>Trajectetappes: %1 gemaakt, %2 al in de cel, %3 met de hand te kiezen.</translation>
    </message>
    <message>
        <source>There is no such meeting in this Job Table.</source>
        <translation>Deze bijeenkomst bestaat niet in deze Jobtafel.</translation>
    </message>
    <message>
        <source>Technical fiche</source>
        <translation>Technische fiche</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a meeting first: click a cell in its column.</source>
        <translation>Kies eerst een bijeenkomst: klik op een cel in haar kolom.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LevelTestModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LiteracyCourseDialog</name>
    <message>
        <source>New literacy course</source>
        <translation>Nieuwe alfabetiseringscursus</translation>
    </message>
    <message>
        <source>Edit the course &quot;%1&quot;</source>
        <translation>De cursus &quot;%1&quot; wijzigen</translation>
    </message>
    <message>
        <source>e.g. Alpha 2 mornings, FLE A1 evenings</source>
        <translation>bv. Alfa 2 voormiddag, NT2 A1 avond</translation>
    </message>
    <message>
        <source>At the centre</source>
        <translation>In het OCMW</translation>
    </message>
    <message>
        <source>e.g. Mon, Tue, Thu 9:00–12:00</source>
        <translation>bv. ma, di, do 9:00–12:00</translation>
    </message>
    <message>
        <source>empty: until further notice</source>
        <translation>leeg: tot nader order</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plaatsen:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Uurrooster:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Be&amp;gint op:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Er werd niets bewaard. %1</translation>
    </message>
    <message>
        <source>Starts on: &quot;%1&quot; is not a date (day/month/year).</source>
        <translation>Begint op: &quot;%1&quot; is geen datum (dag/maand/jaar).</translation>
    </message>
    <message>
        <source>Ends on: &quot;%1&quot; is not a date (day/month/year).</source>
        <translation>Eindigt op: &quot;%1&quot; is geen datum (dag/maand/jaar).</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LiteracyView</name>
    <message>
        <source>Literacy</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Dossier reference</source>
        <translation>Dossierreferentie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nieuwe cursus…</translation>
    </message>
    <message>
        <source>Enrol the person</source>
        <translation>Schrijf de persoon in</translation>
    </message>
    <message>
        <source>Enrol the next one waiting</source>
        <translation>Schrijf de volgende wachtende in</translation>
    </message>
    <message>
        <source>Courses at the centre and at the partners</source>
        <translation>Cursussen in het OCMW en bij de partners</translation>
    </message>
    <message>
        <source>End the enrolment on the day</source>
        <translation>Beëindig de inschrijving op de dag</translation>
    </message>
    <message>
        <source>In the course</source>
        <translation>In de cursus</translation>
    </message>
    <message>
        <source>Put the person on the list</source>
        <translation>Zet de persoon op de lijst</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Haal van de lijst</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Record the test</source>
        <translation>Registreer de test</translation>
    </message>
    <message>
        <source>Level tests of the person</source>
        <translation>Niveautests van de persoon</translation>
    </message>
    <message>
        <source>Type the dossier reference of the person first.</source>
        <translation>Typ eerst de dossierreferentie van de persoon.</translation>
    </message>
    <message>
        <source>There is no dossier with the reference %1.</source>
        <translation>Er is geen dossier met referentie %1.</translation>
    </message>
    <message>
        <source>In the course &quot;%1&quot;: %2 of %3 places taken</source>
        <translation>In de cursus &quot;%1&quot;: %2 van %3 plaatsen bezet</translation>
    </message>
    <message>
        <source>Waiting list: %1, %2</source>
        <translation>Wachtlijst: %1, %2</translation>
    </message>
    <message>
        <source>no course yet</source>
        <translation>nog geen cursus</translation>
    </message>
    <message>
        <source>last course: %1</source>
        <translation>laatste cursus: %1</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Kies eerst een cursus.</translation>
    </message>
    <message>
        <source>Put the person on the waiting list now?</source>
        <translation>De persoon nu op de wachtlijst zetten?</translation>
    </message>
    <message>
        <source>Enrol anyway?</source>
        <translation>Toch inschrijven?</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Niet ingeschreven.</translation>
    </message>
    <message>
        <source>Enrolled from %1.</source>
        <translation>Ingeschreven vanaf %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this course&apos;s language and level.</source>
        <translation>Niemand wacht op de taal en het niveau van deze cursus.</translation>
    </message>
    <message>
        <source>%1 (first on the waiting list) is enrolled from %2.</source>
        <translation>%1 (eerste op de wachtlijst) is ingeschreven vanaf %2.</translation>
    </message>
    <message>
        <source>Choose the enrolment to end in the course&apos;s list.</source>
        <translation>Kies in de lijst van de cursus de inschrijving die eindigt.</translation>
    </message>
    <message>
        <source>The enrolment ends on %1; the place is free from the next day.</source>
        <translation>De inschrijving eindigt op %1; de plaats is vrij vanaf de volgende dag.</translation>
    </message>
    <message>
        <source>On the waiting list (%1, %2) from %3.</source>
        <translation>Op de wachtlijst (%1, %2) vanaf %3.</translation>
    </message>
    <message>
        <source>%1 is no longer on the waiting list.</source>
        <translation>%1 staat niet meer op de wachtlijst.</translation>
    </message>
    <message>
        <source>Level test of %1 recorded: %2.</source>
        <translation>Niveautest van %1 geregistreerd: %2.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; is added.</source>
        <translation>De cursus &quot;%1&quot; is toegevoegd.</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>Cursus wijzigen…</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; is saved.</source>
        <translation>De cursus &quot;%1&quot; is bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free on the day and people waiting: &quot;Enrol the next one waiting&quot; takes the first.</source>
        <translation>
            <numerusform>%n plaats vrij op de dag en er wachten mensen: &quot;Schrijf de volgende wachtende in&quot; neemt de eerste.</numerusform>
            <numerusform>%n plaatsen vrij op de dag en er wachten mensen: &quot;Schrijf de volgende wachtende in&quot; neemt de eerste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Parcours (locked)</source>
        <translation>Parcours (vergrendeld)</translation>
    </message>
    <message>
        <source>Quit Parcours</source>
        <translation>Parcours afsluiten</translation>
    </message>
    <message>
        <source>Quit without unlocking? What was not saved yet in the open windows is lost.</source>
        <translation>Afsluiten zonder te ontgrendelen? Wat in de open vensters nog niet opgeslagen werd, gaat verloren.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LoginDialog</name>
    <message>
        <source>Sign in to Parcours</source>
        <translation>Aanmelden bij Parcours</translation>
    </message>
    <message>
        <source>This database holds personal data. Sign in with your own account.</source>
        <translation>Deze databank bevat persoonsgegevens. Meld u aan met uw eigen account.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Parcours is locked</source>
        <translation>Parcours is vergrendeld</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. %1, type your password to go on where you left off, or quit.</source>
        <translation>Het venster werd vergrendeld na een tijd zonder gebruik. %1, typ uw wachtwoord om verder te gaan waar u gebleven was, of sluit af.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Typ uw gebruikersnaam.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation>Jobtafel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe databank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Databank &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>&amp;Over Parcours</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Geen recente databanken</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>This database was upgraded to the current version. A copy of it as it was before is kept at %1.</source>
        <translation>Deze databank werd bijgewerkt naar de huidige versie. Een kopie van vóór de update wordt bewaard in %1.</translation>
    </message>
    <message>
        <source>Parcours — %1</source>
        <translation>Parcours — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databank: %1</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen databank geopend</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>De databank kon niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De databank kon niet geopend worden.</translation>
    </message>
    <message>
        <source>Remove from recent list</source>
        <translation>Uit de lijst van recente verwijderen</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back-up van de databank maken</translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Parcours-databanken (*.sqlite *.parcours);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>The backup was written to
%1</source>
        <translation>De back-up werd geschreven naar
%1</translation>
    </message>
    <message>
        <source>The backup failed; nothing was written.

%1</source>
        <translation>De back-up is mislukt; er werd niets geschreven.

%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen databank geopend.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies. Choose another file.</source>
        <translation>Een back-up kan de databank die ze kopieert niet vervangen. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Vullen met demogegevens</translation>
    </message>
    <message>
        <source>Demo data added: %1 invented people, %2 dossiers and %3 placements. Nobody in this database exists.</source>
        <translation>Demogegevens toegevoegd: %1 verzonnen personen, %2 dossiers en %3 etappes. Niemand in deze databank bestaat echt.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Import dossiers…</source>
        <translation>Dossiers &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;placements…</source>
        <translation>&amp;Etappes importeren…</translation>
    </message>
    <message>
        <source>Your role (%1) does not give access to the dossiers. The Account menu holds what your role may do.</source>
        <translation>Uw rol (%1) geeft geen toegang tot de dossiers. In het menu Account vindt u wat uw rol mag doen.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>GPMI follow-up</source>
        <translation>Opvolging GPMI</translation>
    </message>
    <message>
        <source>GPMI follow-up (%1 overdue)</source>
        <translation>Opvolging GPMI (%1 te laat)</translation>
    </message>
    <message>
        <source>GPMI follow-up (%1)</source>
        <translation>Opvolging GPMI (%1)</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>You can still look things up in it and export what it holds; nothing can be saved to it until the latest backup is restored.</source>
        <translation>U kunt er nog in opzoeken en exporteren wat ze bevat; er kan niets in bewaard worden tot de laatste back-up teruggezet is.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>De automatische back-up kon niet gemaakt worden: %1</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>Dagelijkse back-up geschreven naar %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>De back-up is niet teruggezet.

%1</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1 The database as it was is kept at %2.</source>
        <translation>De back-up is teruggezet maar kan niet geopend worden: %1 De databank zoals ze was, staat in %2.</translation>
    </message>
    <message>
        <source>The database was restored from the backup %1. The database as it was before is kept at %2.</source>
        <translation>De databank is teruggezet uit de back-up %1. De databank zoals ze voordien was, staat in %2.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>&amp;Verbinden met een database…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MonthCountModel</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Gekend</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>parcours::ui::OrientationModel</name>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Met de hand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Where next</source>
        <translation>Waarheen</translation>
    </message>
    <message>
        <source>Contract type, training…</source>
        <translation>Soort contract, opleiding…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Trajectory step</source>
        <translation>Trajectetappe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versie %1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Usage rules accepted</source>
        <translation>Gebruiksregels aanvaard</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PartnerListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PartnersView</name>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Show inactive partners</source>
        <translation>Inactieve partners tonen</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nieuwe partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Active (offered in the choice lists)</source>
        <translation>Actief (aangeboden in de keuzelijsten)</translation>
    </message>
    <message>
        <source>&amp;Save partner</source>
        <translation>Partner &amp;bewaren</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>What the agreement covers</source>
        <translation>Waarover de overeenkomst gaat</translation>
    </message>
    <message>
        <source>First day of the agreement</source>
        <translation>Eerste dag van de overeenkomst</translation>
    </message>
    <message>
        <source>Last day (empty: until further notice)</source>
        <translation>Laatste dag (leeg: tot nader order)</translation>
    </message>
    <message>
        <source>Add &amp;agreement</source>
        <translation>&amp;Overeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Agreement: type the dates as %1.</source>
        <translation>Overeenkomst: typ de datums als %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementDialog</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 van %2 tot %3</translation>
    </message>
    <message>
        <source>Choose a cell</source>
        <translation>Kies een cel</translation>
    </message>
    <message>
        <source>&amp;New cell:</source>
        <translation>&amp;Nieuwe cel:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Transfer on:</source>
        <translation>Overdracht o&amp;p:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>empty while the placement runs</source>
        <translation>leeg zolang de etappe loopt</translation>
    </message>
    <message>
        <source>The last day in the cell (included). Leave empty while the placement runs.</source>
        <translation>De laatste dag in de cel (inbegrepen). Leeg laten zolang de etappe loopt.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Invoegambtenaar:</translation>
    </message>
    <message>
        <source>Why the person goes to this cell</source>
        <translation>Waarom de persoon naar deze cel gaat</translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation>&amp;Reden van doorverwijzing:</translation>
    </message>
    <message>
        <source>— (still running)</source>
        <translation>— (loopt nog)</translation>
    </message>
    <message>
        <source>Choose how it ended</source>
        <translation>Kies hoe ze afliep</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultaat:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Refer to a cell</source>
        <translation>Doorverwijzen naar een cel</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>Doorverwi&amp;jzen</translation>
    </message>
    <message>
        <source>A new placement. Give an end date only when recording one that is already over.</source>
        <translation>Een nieuwe etappe. Geef alleen een einddatum op als u een etappe registreert die al voorbij is.</translation>
    </message>
    <message>
        <source>Transfer to another cell</source>
        <translation>Overdragen naar een andere cel</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>Overdra&amp;gen</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Nu: %1.</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Etappe beëindigen</translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation>&amp;Etappe beëindigen</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Etappe bewerken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Contract type, e.g. open-ended, fixed-term, temporary agency work</source>
        <translation>Soort contract, bv. onbepaalde duur, bepaalde duur, uitzendwerk</translation>
    </message>
    <message>
        <source>Diploma, certificate or attest obtained</source>
        <translation>Behaald diploma, certificaat of attest</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optioneel)</translation>
    </message>
    <message>
        <source>The transfer day D is the first day in the new cell.</source>
        <translation>De overdrachtsdag D is de eerste dag in de nieuwe cel.</translation>
    </message>
    <message>
        <source>the new cell</source>
        <translation>de nieuwe cel</translation>
    </message>
    <message>
        <source>The dossier is in no cell on %1: refer it to a cell instead.</source>
        <translation>Het dossier zit op %1 in geen enkele cel: verwijs het liever door naar een cel.</translation>
    </message>
    <message>
        <source>%1 ends on %2 with the outcome “%3”; %4 starts on %5.</source>
        <translation>%1 eindigt op %2 met het resultaat ‘%3’; %4 begint op %5.</translation>
    </message>
    <message>
        <source>%1: type the date as %2, for example %3.</source>
        <translation>%1: typ de datum als %2, bijvoorbeeld %3.</translation>
    </message>
    <message>
        <source>%1: a date is needed.</source>
        <translation>%1: er is een datum nodig.</translation>
    </message>
    <message>
        <source>Choose the cell.</source>
        <translation>Kies de cel.</translation>
    </message>
    <message>
        <source>Transfer day</source>
        <translation>Overdrachtsdag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation>Kies hoe de etappe afliep.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Er werd niets opgeslagen. %1</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>— (geen)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>This placement no longer exists: somebody removed it. Close the dialog.</source>
        <translation>Deze plaatsing bestaat niet meer: iemand heeft ze verwijderd. Sluit het venster.</translation>
    </message>
    <message>
        <source>What you typed stays in the fields until you reload.</source>
        <translation>Wat u typte, blijft in de velden tot u opnieuw laadt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementModel</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 van %2 tot %3</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>(lopend)</translation>
    </message>
    <message>
        <source>Reason for referral: %1</source>
        <translation>Reden van doorverwijzing: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Invoegambtenaar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PostBoardModel</name>
    <message>
        <source>Filled</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>het OCMW</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Sociale economie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Bezet door</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PostDialog</name>
    <message>
        <source>New article 60 post</source>
        <translation>Nieuwe artikel 60-post</translation>
    </message>
    <message>
        <source>e.g. kitchen help, maintenance worker, clerk</source>
        <translation>bv. keukenhulp, onderhoudsmedewerker, bediende</translation>
    </message>
    <message>
        <source>The service or the site where the work is done</source>
        <translation>De dienst of de site waar het werk gebeurt</translation>
    </message>
    <message>
        <source>The centre itself</source>
        <translation>Het OCMW zelf</translation>
    </message>
    <message>
        <source>In the social economy</source>
        <translation>In de sociale economie</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Regime:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Add post</source>
        <translation>Post &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportView</name>
    <message>
        <source>C&amp;ompute</source>
        <translation>Be&amp;rekenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last report computed.</source>
        <translation>Geannuleerd; de tabel toont het laatst berekende rapport.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>There is no report to export yet: compute one first.</source>
        <translation>Er is nog geen rapport om te exporteren: bereken er eerst een.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Computed and recorded</source>
        <translation>Berekend en gepubliceerd</translation>
    </message>
    <message>
        <source>Computed only</source>
        <translation>Alleen berekend</translation>
    </message>
    <message>
        <source>Recorded only</source>
        <translation>Alleen gepubliceerd</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>Grafiek als PNG-afbeelding…</translation>
    </message>
    <message>
        <source>Chart as SVG drawing…</source>
        <translation>Grafiek als SVG-tekening…</translation>
    </message>
    <message>
        <source>PDF report (chart and table)…</source>
        <translation>PDF-rapport (grafiek en tabel)…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabel als CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Computing the evolution…</source>
        <translation>De evolutie wordt berekend…</translation>
    </message>
    <message>
        <source>Computed rows count the dossiers open on each day; click a count to list its dossiers. Recorded rows (in italics, tinted) are figures as published, kept as they were: n.d. (not determined) is not zero.</source>
        <translation>Berekende rijen tellen de dossiers die op elke dag open zijn; klik op een aantal om de dossiers te tonen. Gepubliceerde rijen (cursief, gekleurd) zijn cijfers zoals gepubliceerd, ongewijzigd bewaard: n.b. (niet bepaald) is geen nul.</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>Evolution table</source>
        <translation>Evolutietabel</translation>
    </message>
    <message>
        <source>Evolution chart</source>
        <translation>Evolutiegrafiek</translation>
    </message>
    <message>
        <source>The computation was cancelled. Choose a period and press Update.</source>
        <translation>De berekening werd geannuleerd. Kies een periode en druk op Bijwerken.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen databank geopend.</translation>
    </message>
    <message>
        <source>Flows between cells</source>
        <translation>Stromen tussen cellen</translation>
    </message>
    <message>
        <source>Days in each cell</source>
        <translation>Dagen in elke cel</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Type the first and the last day of the period (dd/mm/yyyy).</source>
        <translation>Typ de eerste en de laatste dag van de periode (dd/mm/jjjj).</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na het einde op %2.</translation>
    </message>
    <message>
        <source>No figures between %1 and %2: no period end falls in it and nothing was recorded there.</source>
        <translation>Geen cijfers tussen %1 en %2: er valt geen periode-einde in en er werd niets gepubliceerd.</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .pdf or .csv.</source>
        <translation>Kies een bestand dat eindigt op .png, .svg, .pdf of .csv.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export the evolution</source>
        <translation>De evolutie exporteren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database with the backup you choose. The database as it is now is first kept beside it under a name with today&apos;s date, so it is not lost. Everyone else must close Parcours on this database first.</source>
        <translation>Terugzetten vervangt de hele databank door de back-up die u kiest. De databank zoals ze nu is, wordt eerst ernaast bewaard onder een naam met de datum van vandaag, zodat ze niet verloren gaat. Alle anderen moeten Parcours op deze databank eerst sluiten.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Andere map…</translation>
    </message>
    <message>
        <source>There are no backups of this database in this folder yet. Parcours makes one when it opens a database and once a day while it runs.</source>
        <translation>Er zijn nog geen back-ups van deze databank in deze map. Parcours maakt er een wanneer het een databank opent, en eenmaal per dag zolang het draait.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Backups of %1 in %2</source>
        <translation>Back-ups van %1 in %2</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische back-ups</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup taken on %2 at %3?

Everything recorded after that moment will no longer be in the database. The database as it is now is kept beside it, in %4, with today&apos;s date in its name; you can open it with File → Open database.</source>
        <translation>De databank %1 vervangen door de back-up van %2 om %3?

Alles wat na dat moment is ingevoerd, staat dan niet meer in de databank. De databank zoals ze nu is, blijft bewaard in %4, met de datum van vandaag in de naam; u kunt ze openen met Bestand → Database openen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>parcours::ui::Session</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Accounts and settings…</source>
        <translation>&amp;Accounts en instellingen…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit&amp;logboek…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Taal van het systeem (%1)</translation>
    </message>
    <message>
        <source>The language of menus, windows, dates and numbers, and of exported charts and documents. Stored for you on this computer.</source>
        <translation>De taal van de menu&apos;s, vensters, datums en getallen, en van geëxporteerde grafieken en documenten. Voor u bewaard op deze computer.</translation>
    </message>
    <message>
        <source>Dates and numbers: %1, %2 %, %3 dossiers</source>
        <translation>Datums en getallen: %1, %2 %, %3 dossiers</translation>
    </message>
    <message>
        <source>The change applies at once, in the open dossier windows too, without losing what you are typing.</source>
        <translation>De wijziging geldt meteen, ook in de open dossiervensters, zonder dat u verliest wat u aan het typen bent.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::StageStepper</name>
    <message>
        <source>%1. %2: done on %3</source>
        <translation>%1. %2: gedaan op %3</translation>
    </message>
    <message>
        <source>%1. %2: planned on %3</source>
        <translation>%1. %2: gepland op %3</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TargetModel</name>
    <message>
        <source>Target</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>Beoogd</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TargetsView</name>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Doelstelling toevoegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No targets for %1 yet.</source>
        <translation>Nog geen doelstellingen voor %1.</translation>
    </message>
    <message>
        <source>%1 has not begun: nothing is realised yet.</source>
        <translation>%1 is nog niet begonnen: er is nog niets gerealiseerd.</translation>
    </message>
    <message>
        <source>Realised from %1 to %2.</source>
        <translation>Gerealiseerd van %1 tot %2.</translation>
    </message>
    <message>
        <source>The target is saved.</source>
        <translation>De doelstelling is opgeslagen.</translation>
    </message>
    <message>
        <source>Choose the target to change.</source>
        <translation>Kies de doelstelling die u wilt wijzigen.</translation>
    </message>
    <message>
        <source>The target is removed.</source>
        <translation>De doelstelling is verwijderd.</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Doelstelling wijzigen</translation>
    </message>
    <message>
        <source>New yearly target</source>
        <translation>Nieuwe jaarlijkse doelstelling</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TimelineBand</name>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>Trajectory over time</source>
        <translation>Traject in de tijd</translation>
    </message>
    <message>
        <source>Dossier open, in no cell</source>
        <translation>Dossier open, in geen enkele cel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>From %1, ongoing (%2 so far)</source>
        <translation>Vanaf %1, lopend (tot nu %2)</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Van %1 tot %2 (%3)</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Invoegambtenaar: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>%1: dossier open, in no cell</source>
        <translation>%1: dossier open, in geen enkele cel</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>Nog geen etappes</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrajectoryView</name>
    <message>
        <source>No placements yet. Refer the person to a cell to start the trajectory: most start in project facilitation.</source>
        <translation>Nog geen etappes. Verwijs de persoon door naar een cel om het traject te starten: de meesten beginnen bij de projectfacilitatoren.</translation>
    </message>
    <message>
        <source>&amp;Refer to a cell…</source>
        <translation>&amp;Doorverwijzen naar een cel…</translation>
    </message>
    <message>
        <source>Start a placement in a cell (or record one that is over)</source>
        <translation>Een etappe in een cel starten (of een voorbije registreren)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>Move the person to another cell on a day: the current placement ends the day before</source>
        <translation>De persoon op een bepaalde dag naar een andere cel overbrengen: de huidige etappe eindigt de dag ervoor</translation>
    </message>
    <message>
        <source>E&amp;nd placement…</source>
        <translation>Etappe &amp;beëindigen…</translation>
    </message>
    <message>
        <source>End the selected placement with its outcome</source>
        <translation>De geselecteerde etappe beëindigen met haar resultaat</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Change the selected placement (or double-click it)</source>
        <translation>De geselecteerde etappe wijzigen (of dubbelklik erop)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected placement, e.g. one recorded by mistake</source>
        <translation>De geselecteerde etappe verwijderen, bv. een die per vergissing geregistreerd werd</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Change e&amp;nd…</source>
        <translation>Einde &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Dossier closed on %1.</source>
        <translation>Dossier afgesloten op %1.</translation>
    </message>
    <message>
        <source>Today in &lt;b&gt;%1&lt;/b&gt; since %2 (%3).</source>
        <translation>Vandaag in de cel &lt;b&gt;%1&lt;/b&gt; sinds %2 (%3).</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>In no cell: no placement recorded yet.</source>
        <translation>In geen enkele cel: nog geen etappe geregistreerd.</translation>
    </message>
    <message>
        <source>In no cell today.</source>
        <translation>Vandaag in geen enkele cel.</translation>
    </message>
    <message>
        <source>%1 from %2 (ongoing)</source>
        <translation>%1 vanaf %2 (lopend)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 van %2 tot %3</translation>
    </message>
    <message>
        <source>Remove the placement %1? It disappears from the trajectory and from the figures.</source>
        <translation>De etappe %1 verwijderen? Ze verdwijnt uit het traject en uit de cijfers.</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Etappe verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
</context>
<context>
    <name>parcours::ui::VisitModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WaitingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Gevraagd op</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Dutch evening course at the partner</source>
        <translation>Avondcursus Nederlands bij de partner</translation>
    </message>
    <message>
        <source>This database is on a network drive (\\srv-ocmw\spi\parcours.sqlite). If two people open it at the same time, changes can be lost; keep it on this computer or make sure only one person works in it.</source>
        <translation>Deze databank staat op een netwerkschijf (\\srv-ocmw\spi\parcours.sqlite). Als twee mensen ze tegelijk openen, kunnen wijzigingen verloren gaan; bewaar ze op deze computer of zorg dat er maar één persoon in werkt.</translation>
    </message>
</context>
</TS>
