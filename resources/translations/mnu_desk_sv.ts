<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="47"/>
        <source>Asking the database…</source>
        <translation>Frågar databasen…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="67"/>
        <source>%1 (up to date)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="69"/>
        <source>%1; this program needs %2</source>
        <translation>%1; det här programmet behöver %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="70"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="72"/>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="81"/>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="79"/>
        <source>On this computer&apos;s token</source>
        <translation>På den här datorns token</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="84"/>
        <source>A trial key (PKCS#12 in the database)</source>
        <translation>Provnyckel (PKCS#12 i databasen)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="87"/>
        <source>On a token (%1)</source>
        <translation>På en token (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/about_dialog.py" line="93"/>
        <source>%1 (not encrypted)</source>
        <translation>%1 (inte krypterad)</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="20"/>
        <source>About mnu-desk</source>
        <translation>Om mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="62"/>
        <source>The support desk&apos;s tool for keeping the promises of m.nu&apos;s privacy policy: look up customers, correct their data, register objections, handle erasure and answer requests with signed register extracts.</source>
        <translation>Kundtjänstens verktyg för att hålla löftena i m.nu:s integritetspolicy: slå upp kunder, rätta deras uppgifter, registrera invändningar, hantera radering och besvara begäranden med signerade registerutdrag.</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="81"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="95"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="109"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="123"/>
        <source>Schema revision:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="137"/>
        <source>Database id:</source>
        <translation>Databas-id:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="151"/>
        <source>Password store:</source>
        <translation>Lösenordsförråd:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="165"/>
        <source>Signing key:</source>
        <translation>Signeringsnyckel:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="182"/>
        <source>Built with:</source>
        <translation>Byggt med:</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="198"/>
        <source>Passwords saved in this store are not encrypted: a database password kept there can be read by anyone with access to this user account.</source>
        <translation>Lösenord i det här förrådet krypteras inte: ett databaslösenord som sparas här kan läsas av alla som kommer åt det här användarkontot.</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="208"/>
        <source>Proprietary software of m punkt nu Sverige AB, org.nr 556871-8133. All rights reserved. It uses free software under its own licences: Qt and Qt for Python (LGPL 3), SQLAlchemy and Alembic (MIT), reportlab (BSD), pyHanko (MIT), keyring (MIT) and others.</source>
        <translation>Proprietär programvara från m punkt nu Sverige AB, org.nr 556871-8133. Med ensamrätt. Programmet använder fri programvara under dess egna licenser: Qt och Qt for Python (LGPL 3), SQLAlchemy och Alembic (MIT), reportlab (BSD), pyHanko (MIT), keyring (MIT) med flera.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="29"/>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="35"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="30"/>
        <source>Searches</source>
        <translation>Sökningar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="31"/>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="36"/>
        <source>People shown</source>
        <translation>Visade personer</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="34"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="37"/>
        <source>More not shown</source>
        <translation>Fler som inte visades</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="41"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="49"/>
        <source>every agent&apos;s searches</source>
        <translation>varje handläggares sökningar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="49"/>
        <source>your own searches</source>
        <translation>dina egna sökningar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/activity_dialog.py" line="51"/>
        <source>The last %1 days: %2. Each search is logged with the number of people it showed; the words searched for are never kept.</source>
        <translation>De senaste %1 dagarna: %2. Varje sökning loggas med antalet personer den visade; sökorden sparas aldrig.</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="14"/>
        <source>Activity: searches</source>
        <translation>Aktivitet: sökningar</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="30"/>
        <source>Per agent</source>
        <translation>Per handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="47"/>
        <source>Searches, newest first</source>
        <translation>Sökningar, nyaste först</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="41"/>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="55"/>
        <source>IP address</source>
        <translation>IP-adress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="42"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="43"/>
        <source>First seen</source>
        <translation>Först sedd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="44"/>
        <source>Last seen</source>
        <translation>Senast sedd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="50"/>
        <source>Filter events: IP address, page, type, date…</source>
        <translation>Filtrera händelser: IP-adress, sida, typ, datum…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="54"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="56"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="57"/>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="58"/>
        <source>Cookie id</source>
        <translation>Cookie-id</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="97"/>
        <source>IP addresses (%1)</source>
        <translation>IP-adresser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="111"/>
        <source>Usage events (%1)</source>
        <translation>Användningshändelser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/activity.py" line="113"/>
        <source>Usage events (%1 of %2)</source>
        <translation>Användningshändelser (%1 av %2)</translation>
    </message>
</context>
<context>
    <name>AgentsDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="31"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="32"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="33"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="34"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="34"/>
        <source>disabled</source>
        <translation>avstängd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="35"/>
        <source>Locked until</source>
        <translation>Spärrad till</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="36"/>
        <source>Last log-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="37"/>
        <source>Database log-in</source>
        <translation>Databasinloggning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="47"/>
        <source>Unlocked.</source>
        <translation>Spärren är hävd.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="83"/>
        <location filename="../../ui/agents.ui" line="62"/>
        <source>&amp;Disable</source>
        <translation>&amp;Stäng av</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="83"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="87"/>
        <source>Role changed.</source>
        <translation>Rollen är ändrad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="93"/>
        <source>Disabled.</source>
        <translation>Avstängd.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="93"/>
        <source>Enabled.</source>
        <translation>Aktiverad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="98"/>
        <source>Password reset.</source>
        <translation>Lösenordet är återställt.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/agents_dialog.py" line="107"/>
        <source>Agent added.</source>
        <translation>Handläggaren är tillagd.</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="14"/>
        <source>Agents</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="20"/>
        <source>Every change is logged. On a shared server each agent is also a database log-in of their own, changed in the same step: a disabled agent cannot log in there either.</source>
        <translation>Varje ändring loggas. På en delad server är varje handläggare också en egen databasinloggning, som ändras i samma steg: en avstängd handläggare kan inte logga in där heller.</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="36"/>
        <source>Selected agent</source>
        <translation>Vald handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="42"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="55"/>
        <source>Change &amp;role</source>
        <translation>Ändra r&amp;oll</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="69"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="76"/>
        <source>New &amp;password:</source>
        <translation>Nytt lösenor&amp;d:</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="93"/>
        <source>Reset pass&amp;word</source>
        <translation>Återställ lösenorde&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="103"/>
        <source>New agent</source>
        <translation>Ny handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="125"/>
        <source>P&amp;assword:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/agents.ui" line="142"/>
        <source>A&amp;dd agent</source>
        <translation>Lägg till &amp;handläggare</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mnu_desk/gui/app.py" line="58"/>
        <source>mnu-desk cannot start</source>
        <translation>mnu-desk kan inte starta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/app.py" line="65"/>
        <source>Use --db or --profile, not both.</source>
        <translation>Använd --db eller --profile, inte båda.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mnu_desk/gui/controller.py" line="22"/>
        <source>demo database</source>
        <translation>demodatabas</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/controller.py" line="24"/>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
</context>
<context>
    <name>CaseQueue</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="88"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="121"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="134"/>
        <source>All agents</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="135"/>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="136"/>
        <source>Not assigned</source>
        <translation>Inte tilldelade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="175"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="176"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenat</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="177"/>
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n ska besvaras inom 7 dagar</numerusform>
            <numerusform>%n ska besvaras inom 7 dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="230"/>
        <source>%1 is assigned to you.</source>
        <translation>%1 är tilldelat dig.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="237"/>
        <source>request-register-%1.csv</source>
        <translation>arenderegister-%1.csv</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="239"/>
        <source>Export the request register</source>
        <translation>Exportera ärenderegistret</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="240"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="245"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="250"/>
        <source>Saved the register (%n request(s)) as %1.</source>
        <translation>
            <numerusform>Registret (%n ärende) sparades som %1.</numerusform>
            <numerusform>Registret (%n ärenden) sparades som %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="31"/>
        <source>Show one type of request</source>
        <translation>Visa en typ av ärende</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="34"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="41"/>
        <source>Show one status</source>
        <translation>Visa en status</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="51"/>
        <source>Show the requests of one agent</source>
        <translation>Visa en handläggares ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="54"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="61"/>
        <source>Show c&amp;losed too</source>
        <translation>Visa även a&amp;vslutade</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="64"/>
        <source>Also list completed and refused requests</source>
        <translation>Visa även avslutade och avslagna ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="133"/>
        <source>&amp;Open request</source>
        <translation>&amp;Öppna ärende</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="136"/>
        <source>Show the request with its dates, identity steps, attachments and tasks (Enter)</source>
        <translation>Visa ärendet med datum, identitetskontroll, bilagor och uppgifter (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="143"/>
        <source>Assign to &amp;me</source>
        <translation>Tilldela &amp;mig</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="150"/>
        <source>Open &amp;person</source>
        <translation>Öppna &amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="153"/>
        <source>Open the person&apos;s record on the right</source>
        <translation>Öppna personens post till höger</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="173"/>
        <source>Ne&amp;w request…</source>
        <translation>N&amp;ytt ärende…</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="176"/>
        <source>Register a request (Ctrl+N)</source>
        <translation>Registrera ett ärende (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="183"/>
        <source>E&amp;xport register (CSV)…</source>
        <translation>E&amp;xportera registret (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_queue.ui" line="186"/>
        <source>Save every request of the register as a CSV file</source>
        <translation>Spara alla ärenden i registret som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_work.py" line="51"/>
        <source>Registered %1: %2, answer due %3.</source>
        <translation>Registrerade %1: %2, svar senast %3.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/case_work.py" line="114"/>
        <source>Corrected the data of customer %1.</source>
        <translation>Uppgifterna för kund %1 är rättade.</translation>
    </message>
</context>
<context>
    <name>CategoryTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="80"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="93"/>
        <source>The processing register could not be read: %1</source>
        <translation>Registret över behandlingar kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="105"/>
        <source>purposes: %1.</source>
        <translation>ändamål: %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="107"/>
        <source>&lt;i&gt;Legal basis:&lt;/i&gt; %1.</source>
        <translation>&lt;i&gt;Rättslig grund:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="109"/>
        <source>Kept: %1</source>
        <translation>Sparas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="111"/>
        <source>Recipients: %1</source>
        <translation>Mottagare: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/base.py" line="113"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>CloseAccountDialog</name>
    <message>
        <location filename="../../ui/close_account.ui" line="20"/>
        <source>Close account – mnu-desk</source>
        <translation>Avsluta konto – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/close_account.ui" line="57"/>
        <source>Re&amp;quest:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <location filename="../../ui/close_account.ui" line="73"/>
        <source>The person&apos;s open request this closure answers, if any</source>
        <translation>Personens öppna ärende som avslutet besvarar, om något</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="29"/>
        <source>Close the account of %1 (customer %2)? This cannot be undone.</source>
        <translation>Avsluta kontot för %1 (kund %2)? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="31"/>
        <source>Goes at once:</source>
        <translation>Försvinner genast:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="32"/>
        <source>the log-in, favourites and wish lists.</source>
        <translation>inloggningen, favoriterna och önskelistorna.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="33"/>
        <source>Stays:</source>
        <translation>Sparas:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="34"/>
        <source>orders and invoices, kept for bookkeeping until the date the law sets (Bokföringslagen 7 kap. 2 §) and used for nothing else. Other data goes with the next retention run.</source>
        <translation>ordrar och fakturor, som sparas för bokföringen till det datum lagen anger (bokföringslagen 7 kap. 2 §) och inte används till något annat. Övriga uppgifter gallras vid nästa gallringskörning.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="38"/>
        <source>Close the &amp;account</source>
        <translation>&amp;Avsluta kontot</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="53"/>
        <source>The account of customer %1 is closed.</source>
        <translation>Kontot för kund %1 är avslutat.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="55"/>
        <source>Removed: the log-in (%1), %2 favourites, %3 wish lists with %4 items.</source>
        <translation>Borttaget: inloggningen (%1), %2 favoriter, %3 önskelistor med %4 artiklar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="56"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="56"/>
        <source>none</source>
        <translation>fanns ingen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="61"/>
        <source>Kept for bookkeeping, used for nothing else:</source>
        <translation>Sparas för bokföringen och används inte till något annat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="65"/>
        <source>order %1, may be erased from %2</source>
        <translation>order %1, får raderas från och med %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="68"/>
        <source>order %1, past the bookkeeping date: goes with the next retention run</source>
        <translation>order %1, bokföringstiden har gått ut: gallras vid nästa gallringskörning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="72"/>
        <source>No orders: nothing is kept for bookkeeping.</source>
        <translation>Inga ordrar: inget sparas för bokföringen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/close_account_dialog.py" line="76"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>CompanyDetails</name>
    <message>
        <location filename="../../ui/company_details.ui" line="24"/>
        <source>Company &amp;name:</source>
        <translation>Företagets &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="41"/>
        <source>&amp;Org. nr:</source>
        <translation>&amp;Org.nr:</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="61"/>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;adress:</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="80"/>
        <source>One line each, as on the letterhead</source>
        <translation>En rad var, som på brevpapperet</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="87"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="106"/>
        <source>E-mail, web address, telephone: one each line</source>
        <translation>E-post, webbadress, telefon: en per rad</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="113"/>
        <source>&amp;Fiscal year ends with:</source>
        <translation>&amp;Räkenskapsåret slutar med:</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="128"/>
        <source>A fiscal year is twelve whole months: it ends on the last day of this month.</source>
        <translation>Ett räkenskapsår är tolv hela månader: det slutar på den här månadens sista dag.</translation>
    </message>
    <message>
        <location filename="../../ui/company_details.ui" line="125"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="27"/>
        <source>%1: no schema yet; it is created at the first log-in.</source>
        <translation>%1: inget schema ännu; det skapas vid första inloggningen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="30"/>
        <source>%1: the database is empty; an administrator runs &apos;mnu-desk db upgrade&apos;.</source>
        <translation>%1: databasen är tom; en administratör kör &apos;mnu-desk db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="34"/>
        <source>%1, schema revision %2 (current).</source>
        <translation>%1, schemaversion %2 (aktuell).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="36"/>
        <source>%1, schema revision %2; this program needs %3.</source>
        <translation>%1, schemaversion %2; programmet behöver %3.</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="23"/>
        <source>Disclosures (%1)</source>
        <translation>Utlämnanden (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="25"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="26"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="27"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="28"/>
        <source>Outside EU/EEA</source>
        <translation>Utanför EU/EES</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="29"/>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="30"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="31"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/disclosures.py" line="32"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="90"/>
        <source>Correct the data of %1 (customer %2). Only the fields you change are saved, with your reason, in the log (GDPR art. 16).</source>
        <translation>Rätta uppgifterna för %1 (kund %2). Bara de fält du ändrar sparas, med ditt skäl, i loggen (GDPR art. 16).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="111"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="123"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="124"/>
        <source>When you opened</source>
        <translation>När du öppnade</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="125"/>
        <source>Stored now (theirs)</source>
        <translation>Sparat nu (deras)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="126"/>
        <source>Yours</source>
        <translation>Dina</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="176"/>
        <source>Will be removed.</source>
        <translation>Tas bort.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="178"/>
        <source>Saved as %1</source>
        <translation>Sparas som %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="199"/>
        <source>Nothing has changed yet.</source>
        <translation>Inget är ändrat ännu.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="203"/>
        <source>Give a reason for the change: what the person said, or what you found.</source>
        <translation>Ange ett skäl till ändringen: vad personen sa, eller vad du upptäckte.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="211"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="242"/>
        <source>(not changed by you: theirs stays)</source>
        <translation>(inte ändrat av dig: deras står kvar)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="248"/>
        <source>Another agent changed this person while you worked, so nothing of yours is saved yet. Rows in amber are theirs. &quot;Apply mine anyway&quot; saves your values over theirs in the fields you changed; their other changes stay. &quot;Drop mine&quot; keeps what is stored now.</source>
        <translation>En annan handläggare ändrade personen medan du arbetade, så inget av ditt är sparat ännu. Gula rader är deras ändringar. ”Använd mina ändå” sparar dina värden över deras i de fält du ändrade; deras övriga ändringar står kvar. ”Släpp mina” behåller det som är sparat nu.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="280"/>
        <source>Saved:</source>
        <translation>Sparat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="286"/>
        <source>Nothing changed: the values you gave are already stored.</source>
        <translation>Inget ändrades: värdena du angav är redan sparade.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="289"/>
        <source>Follow-up tasks in request %1 (GDPR art. 19: tell each recipient):</source>
        <translation>Uppföljningsuppgifter i ärende %1 (GDPR art. 19: underrätta varje mottagare):</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="291"/>
        <source>Follow-up tasks, not tied to a request (GDPR art. 19: tell each recipient):</source>
        <translation>Uppföljningsuppgifter, inte kopplade till något ärende (GDPR art. 19: underrätta varje mottagare):</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="298"/>
        <source>No recipient had received the changed data: no follow-up tasks.</source>
        <translation>Ingen mottagare hade fått de ändrade uppgifterna: inga uppföljningsuppgifter.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="302"/>
        <source>Note: customer %1 has the same e-mail address; check that it is not a typing error.</source>
        <translation>Obs: kund %1 har samma e-postadress; kontrollera att det inte är ett skrivfel.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/edit_person_dialog.py" line="308"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="20"/>
        <source>Correct data – mnu-desk</source>
        <translation>Rätta uppgifter – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="69"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="99"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="129"/>
        <source>&amp;Street:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="159"/>
        <source>&amp;Postcode:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="192"/>
        <source>Cit&amp;y:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="222"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="255"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="288"/>
        <source>P&amp;hone:</source>
        <translation>Telefo&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="321"/>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="334"/>
        <source>e.g. moved, said on the phone; letter of 3 May</source>
        <translation>t.ex. har flyttat, sa i telefon; brev av den 3 maj</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="341"/>
        <source>Re&amp;quest:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="351"/>
        <source>The person&apos;s open request this change answers, if any</source>
        <translation>Personens öppna ärende som ändringen besvarar, om något</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="422"/>
        <source>&amp;Apply mine anyway</source>
        <translation>&amp;Använd mina ändå</translation>
    </message>
    <message>
        <location filename="../../ui/edit_person.ui" line="429"/>
        <source>&amp;Drop mine</source>
        <translation>&amp;Släpp mina</translation>
    </message>
</context>
<context>
    <name>EnvelopePreview</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/envelope_preview.py" line="28"/>
        <source>Envelope window on an A4 page</source>
        <translation>Kuvertfönster på en A4-sida</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="74"/>
        <source>Erasure for request %1 – mnu-desk</source>
        <translation>Radering för ärende %1 – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="79"/>
        <source>Erasure for request %1</source>
        <translation>Radering för ärende %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="83"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="84"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="85"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="86"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="87"/>
        <source>May go from</source>
        <translation>Får raderas från</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="88"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="112"/>
        <source>Reading every row of the person…</source>
        <translation>Läser personens alla rader…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="120"/>
        <source>Erasure for request %1 · customer %2</source>
        <translation>Radering för ärende %1 · kund %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="125"/>
        <source>Legal hold: nothing of this person may be erased until a supervisor lifts the hold (policy 6.1). Every row below is kept.</source>
        <translation>Rättslig spärr: inget om den här personen får raderas förrän en arbetsledare häver spärren (policy 6.1). Alla rader nedan behålls.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="127"/>
        <source>Rows to erase: %1. Rows to keep: %2.</source>
        <translation>Rader som raderas: %1. Rader som behålls: %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="130"/>
        <source>Rows kept de-identified for statistics: %1.</source>
        <translation>Rader som sparas avidentifierade för statistik: %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="133"/>
        <source>Orders kept as bookkeeping records, restricted to that use: %1; the last may go on %2, and the retention run removes each on its date.</source>
        <translation>Ordrar som sparas som räkenskapsinformation, begränsade till det ändamålet: %1; den sista får raderas %2, och gallringen tar bort var och en på sitt datum.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="174"/>
        <source>Orders kept for bookkeeping: %1.</source>
        <translation>Ordrar sparade för bokföringen: %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="176"/>
        <source>Recipients to tell: %1 (tasks on the request); close the request when they are told.</source>
        <translation>Mottagare att underrätta: %1 (uppgifter i ärendet); avsluta ärendet när de är underrättade.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="138"/>
        <source>Preview only: a supervisor executes the erasure.</source>
        <translation>Endast förhandsgranskning: en arbetsledare genomför raderingen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="148"/>
        <source>Execute the erasure</source>
        <translation>Genomför raderingen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="149"/>
        <source>Erase customer %1 now? %2 rows go for good; what stays is restricted to bookkeeping. This cannot be undone.</source>
        <translation>Radera kund %1 nu? %2 rader försvinner för gott; det som sparas begränsas till bokföringen. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="151"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="160"/>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/erasure_dialog.py" line="171"/>
        <source>Customer %1 is erased; ledger line %2 written.</source>
        <translation>Kund %1 är raderad; rad %2 skriven i raderingsloggen.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="47"/>
        <source>Keep for statistics, de-identified, instead of erasing</source>
        <translation>Spara för statistik, avidentifierat, i stället för att radera</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="50"/>
        <source>The rows stay without the person, the IP address cut to its network and no cookie id (policy 9.2)</source>
        <translation>Raderna sparas utan personen, IP-adressen kortad till sitt nät och utan cookie-id (policy 9.2)</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="56"/>
        <source>&amp;Usage and IP addresses</source>
        <translation>&amp;Användning och IP-adresser</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="63"/>
        <source>&amp;Interests</source>
        <translation>&amp;Intressen</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="70"/>
        <source>&amp;Newsletter interactions</source>
        <translation>&amp;Nyhetsbrevshändelser</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="87"/>
        <source>Filter rows: category, action, reason, date…</source>
        <translation>Filtrera rader: kategori, åtgärd, skäl, datum…</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.ui" line="129"/>
        <source>&amp;Execute the erasure…</source>
        <translation>&amp;Genomför raderingen…</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="55"/>
        <source>Register extract %1 – mnu-desk</source>
        <translation>Registerutdrag %1 – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="60"/>
        <source>Register extract for request %1</source>
        <translation>Registerutdrag för ärende %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="100"/>
        <source>Preparing the preview…</source>
        <translation>Förhandsgranskningen tas fram…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="109"/>
        <source>Preview cancelled.</source>
        <translation>Förhandsgranskningen avbröts.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="117"/>
        <source>There is no signing key yet: an admin creates or imports one in the settings before an extract can be issued.</source>
        <translation>Det finns ingen signeringsnyckel än: en administratör skapar eller importerar en under inställningar innan ett utdrag kan utfärdas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="120"/>
        <source>Preview: check every page, then issue and sign. Nothing is sent or recorded as issued yet.</source>
        <translation>Förhandsgranskning: kontrollera varje sida, utfärda och signera sedan. Inget är skickat eller registrerat som utfärdat än.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="126"/>
        <source>Due %1: issued today, the answer is on time.</source>
        <translation>Svar senast %1: utfärdat i dag kommer svaret i tid.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="127"/>
        <source>Due %1: issued today, the answer is late.</source>
        <translation>Svar senast %1: utfärdat i dag kommer svaret för sent.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="129"/>
        <source>A repeat: an extract was already issued to this person this calendar year. A supervisor decides whether it is free, costs a fee or is refused.</source>
        <translation>Upprepad begäran: personen har redan fått ett registerutdrag detta kalenderår. En arbetsledare beslutar om det är kostnadsfritt, kostar en avgift eller avslås.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="132"/>
        <source>Fee decided by a supervisor: %1 kr.</source>
        <translation>Avgift beslutad av arbetsledare: %1 kr.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="142"/>
        <source>Issue the extract</source>
        <translation>Utfärda utdraget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="143"/>
        <source>Issue and sign the extract for request %1? The request is then closed, and the signed file must be printed or saved before this window closes.</source>
        <translation>Utfärda och signera utdraget för ärende %1? Ärendet avslutas då, och den signerade filen måste skrivas ut eller sparas innan fönstret stängs.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="145"/>
        <source>Issue and sign</source>
        <translation>Utfärda och signera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="158"/>
        <source>PIN of the signing token</source>
        <translation>PIN-kod för signeringstoken</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="159"/>
        <source>The signing token&apos;s PIN is not stored on this computer. Type it to sign:</source>
        <translation>Signeringstokens PIN-kod är inte sparad på den här datorn. Skriv den för att signera:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="162"/>
        <source>Passphrase of the signing key</source>
        <translation>Signeringsnyckelns lösenfras</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="163"/>
        <source>The signing key&apos;s passphrase is not stored on this computer. Type it to sign:</source>
        <translation>Signeringsnyckelns lösenfras finns inte sparad på den här datorn. Skriv den för att signera:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="175"/>
        <source>Signing and recording the extract…</source>
        <translation>Utdraget signeras och registreras…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="186"/>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="186"/>
        <source>late</source>
        <translation>för sent</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="187"/>
        <source>Issued and signed: %1 pages, verification code %2. Request %3 is closed: answered %4. Now print it for the envelope and save the file.</source>
        <translation>Utfärdat och signerat: %1 sidor, kontrollkod %2. Ärende %3 är avslutat: besvarat %4. Skriv nu ut det till kuvertet och spara filen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="192"/>
        <source>Issued today: the answer was given on time.</source>
        <translation>Utfärdat i dag: svaret gavs i tid.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="193"/>
        <source>Issued today: the answer was given late.</source>
        <translation>Utfärdat i dag: svaret gavs för sent.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="251"/>
        <source>Saved: %1. Verification code %2; request %3 is closed.</source>
        <translation>Sparat: %1. Kontrollkod %2; ärende %3 är avslutat.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="263"/>
        <source>The signed extract has been neither printed nor saved, and the desk keeps only its fingerprint: closing this window loses the file. Request %1 is already closed as answered, so a new copy would need a new request.</source>
        <translation>Det signerade utdraget har varken skrivits ut eller sparats, och programmet behåller bara dess fingeravtryck: stängs fönstret är filen borta. Ärende %1 är redan avslutat som besvarat, så en ny kopia kräver ett nytt ärende.</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="138"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="214"/>
        <source>The printer could not be opened. Check it and try again.</source>
        <translation>Skrivaren kunde inte öppnas. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="218"/>
        <source>%1 pages sent to the printer. Fold the cover letter so the address shows in the envelope&apos;s window.</source>
        <translation>%1 sidor skickade till skrivaren. Vik följebrevet så att adressen syns i kuvertets fönster.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="226"/>
        <source>register-extract-%1.pdf</source>
        <translation>registerutdrag-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="227"/>
        <source>Save the signed extract</source>
        <translation>Spara det signerade utdraget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="246"/>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="262"/>
        <source>Close without the extract?</source>
        <translation>Stänga utan utdraget?</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/extract_dialog.py" line="297"/>
        <source>Pages: %1</source>
        <translation>Sidor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="39"/>
        <source>&amp;Language of the extract:</source>
        <translation>&amp;Utdragets språk:</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="52"/>
        <source>Also a &amp;machine-readable copy (JSON)</source>
        <translation>Även en &amp;maskinläsbar kopia (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="103"/>
        <source>&amp;Preview again</source>
        <translation>&amp;Förhandsgranska igen</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="110"/>
        <source>&amp;Issue and sign…</source>
        <translation>U&amp;tfärda och signera…</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="117"/>
        <source>P&amp;rint…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/extract.ui" line="124"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
</context>
<context>
    <name>FirstRunAdmin</name>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="9"/>
        <source>This database has no agents yet. Create the first administrator: they log in now and can then add the other agents.</source>
        <translation>Databasen har inga handläggare ännu. Skapa den första administratören: hen loggar in nu och kan sedan lägga till de andra handläggarna.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="47"/>
        <source>letters, digits, dots, dashes</source>
        <translation>bokstäver, siffror, punkter, bindestreck</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="67"/>
        <source>at least 8 characters</source>
        <translation>minst 8 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_admin.ui" line="77"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="64"/>
        <source>First start – mnu-desk</source>
        <translation>Första start – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="70"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="76"/>
        <source>The first administrator</source>
        <translation>Den första administratören</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="77"/>
        <source>Step 1 of 3: who sets up the desk.</source>
        <translation>Steg 1 av 3: den som gör i ordning kundtjänstens system.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="80"/>
        <source>The company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="81"/>
        <source>Step 2 of 3: the sender of every letter and extract, and the end of the fiscal year, which sets how long bookkeeping records are kept.</source>
        <translation>Steg 2 av 3: avsändaren av varje brev och registerutdrag, och räkenskapsårets slut, som avgör hur länge bokföringen sparas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="84"/>
        <source>The signing key</source>
        <translation>Signeringsnyckeln</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="85"/>
        <source>Step 3 of 3: register extracts are signed with the company&apos;s key. Import the company&apos;s certificate, create a trial key, or finish and do it later under Settings.</source>
        <translation>Steg 3 av 3: registerutdrag signeras med företagets nyckel. Importera företagets certifikat, skapa en provnyckel, eller slutför och gör det senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="88"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;Skapa administratören</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="117"/>
        <source>Enter a name for the administrator.</source>
        <translation>Skriv ett namn på administratören.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="121"/>
        <source>The two passwords differ; type them again.</source>
        <translation>De två lösenorden skiljer sig åt; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="126"/>
        <source>Creating the administrator…</source>
        <translation>Skapar administratören…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/first_run_wizard.py" line="146"/>
        <source>&amp;Later</source>
        <translation>S&amp;enare</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../mnu_desk/gui/widgets/formatting.py" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/formatting.py" line="72"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="20"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="21"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="22"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="23"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="24"/>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="25"/>
        <source>Wish lists</source>
        <translation>Önskelistor</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="26"/>
        <source>Wish list items</source>
        <translation>Önskelisteposter</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="27"/>
        <source>Usage events and IP addresses</source>
        <translation>Besök och IP-adresser</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="28"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="29"/>
        <source>Newsletter subscriptions</source>
        <translation>Nyhetsbrevsprenumerationer</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="30"/>
        <source>Newsletter interactions</source>
        <translation>Nyhetsbrevshändelser</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="31"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="32"/>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="33"/>
        <source>Support contacts</source>
        <translation>Serviceärenden</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="34"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="68"/>
        <source>File from the shop</source>
        <translation>Fil från butiken</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="69"/>
        <source>CSV or JSON Lines (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>CSV eller JSON Lines (*.csv *.jsonl *.ndjson *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="80"/>
        <source>Choose the file to import.</source>
        <translation>Välj filen som ska importeras.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="82"/>
        <source>Checking the file, then importing…</source>
        <translation>Kontrollerar filen, sedan importeras den…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="96"/>
        <source>Stopping after the current batch…</source>
        <translation>Stoppar efter den pågående omgången…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="111"/>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 rader lästa: %2 nya, %3 uppdaterade, %4 oförändrade, %5 avvisade.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="116"/>
        <source>Cancelled. The batches already imported stay; import the file again to finish.</source>
        <translation>Avbrutet. De omgångar som redan importerats ligger kvar; importera filen igen för att slutföra.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="119"/>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/import_dialog.py" line="121"/>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="20"/>
        <source>Import from the shop</source>
        <translation>Import från butiken</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="26"/>
        <source>A file from the shop&apos;s systems, CSV or JSON Lines, in the format of its category. Rows are matched by the shop&apos;s ids: a file imported twice changes nothing. Rejected rows are listed in a report next to the file.</source>
        <translation>En fil från butikens system, CSV eller JSON Lines, i formatet för sin kategori. Raderna matchas på butikens id: en fil som importeras två gånger ändrar ingenting. Avvisade rader listas i en rapport bredvid filen.</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="38"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="51"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="66"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="75"/>
        <source>&amp;Dry run: check and count, write nothing</source>
        <translation>&amp;Provkörning: kontrollera och räkna, skriv ingenting</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="117"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="127"/>
        <source>Ca&amp;ncel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <location filename="../../ui/import.ui" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="18"/>
        <source>Interests (%1)</source>
        <translation>Intressen (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="19"/>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="32"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="20"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="21"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="22"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="23"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="25"/>
        <source>Newsletter subscriptions (%1)</source>
        <translation>Prenumerationer på nyhetsbrev (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="26"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="27"/>
        <source>Subscribed</source>
        <translation>Prenumererar sedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="28"/>
        <source>Unsubscribed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="29"/>
        <source>Personalised offers</source>
        <translation>Anpassade erbjudanden</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="31"/>
        <source>Newsletter interactions (%1)</source>
        <translation>Interaktioner med nyhetsbrev (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="33"/>
        <source>Campaign</source>
        <translation>Utskick</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="34"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/interests.py" line="35"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="42"/>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="47"/>
        <source>Letter for request %1</source>
        <translation>Brev i ärende %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="70"/>
        <source>Extension of the time to answer (art. 12(3))</source>
        <translation>Förlängd svarstid (art. 12.3)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="71"/>
        <source>Refusal with its reasons (art. 12(4))</source>
        <translation>Avslag med skälen (art. 12.4)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="72"/>
        <source>Fee notice (art. 12(5))</source>
        <translation>Besked om avgift (art. 12.5)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="73"/>
        <source>Request for proof of identity (art. 12(6))</source>
        <translation>Begäran om identitetsbevis (art. 12.6)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="74"/>
        <source>No data held (art. 15(1)); closes the request</source>
        <translation>Inga uppgifter finns (art. 15.1); avslutar ärendet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="75"/>
        <source>Outcome: erased, rectified, restricted, kept, recipients told</source>
        <translation>Utfall: raderat, rättat, begränsat, sparat, mottagare underrättade</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="76"/>
        <source>Restriction to be lifted (art. 18(3))</source>
        <translation>Begränsningen hävs (art. 18.3)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="113"/>
        <source>Preparing the preview…</source>
        <translation>Förhandsgranskningen tas fram…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="123"/>
        <source>The letter as it will be sent (%1 page(s)). Print it or save it; only then is it recorded as sent.</source>
        <translation>Brevet som det kommer att skickas (%1 sida/sidor). Skriv ut eller spara det; först då registreras det som skickat.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="142"/>
        <source>The printer could not be opened. Check it and try again.</source>
        <translation>Skrivaren kunde inte öppnas. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="145"/>
        <source>Printed. Fold the letter so the address shows in the envelope&apos;s window.</source>
        <translation>Utskrivet. Vik brevet så att adressen syns i kuvertets fönster.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="147"/>
        <source>Only part of the letter was printed; it is not recorded as sent.</source>
        <translation>Bara en del av brevet skrevs ut; det registreras inte som skickat.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="154"/>
        <source>Save the letter</source>
        <translation>Spara brevet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="156"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="169"/>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="171"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/letter_dialog.py" line="180"/>
        <source>Recorded as sent.</source>
        <translation>Registrerat som skickat.</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="32"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="45"/>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="58"/>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="68"/>
        <source>Why there is doubt about the sender&apos;s identity; why the restriction is lifted</source>
        <translation>Varför det finns tvivel om avsändarens identitet; varför begränsningen hävs</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="109"/>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="116"/>
        <source>P&amp;rint and record as sent…</source>
        <translation>Skriv &amp;ut och registrera som skickat…</translation>
    </message>
    <message>
        <location filename="../../ui/letter.ui" line="123"/>
        <source>&amp;Save as PDF and record as sent…</source>
        <translation>&amp;Spara som PDF och registrera som skickat…</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="21"/>
        <source>Log entries (%1)</source>
        <translation>Loggposter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="22"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="23"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="24"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="25"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="26"/>
        <source>Request</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="27"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/log.py" line="37"/>
        <source>Seen: %1</source>
        <translation>Sett: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="82"/>
        <source>This computer (embedded database)</source>
        <translation>Den här datorn (inbyggd databas)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="84"/>
        <source>Demo database on this computer</source>
        <translation>Demodatabas på den här datorn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="118"/>
        <source>&amp;Log in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="216"/>
        <source>Database password</source>
        <translation>Databasens lösenord</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="217"/>
        <source>Password for the database at %1:</source>
        <translation>Lösenord för databasen på %1:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="229"/>
        <source>Enter your agent name.</source>
        <translation>Skriv ditt handläggarnamn.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="233"/>
        <source>Enter your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="240"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="268"/>
        <source>An administrator can tell you more; the lock ends by itself.</source>
        <translation>En administratör kan berätta mer; spärren upphör av sig själv.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="270"/>
        <source>After 5 wrong passwords the agent is locked for 15 minutes.</source>
        <translation>Efter 5 felaktiga lösenord spärras handläggaren i 15 minuter.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="279"/>
        <source>Check the network, or choose another database.</source>
        <translation>Kontrollera nätverket eller välj en annan databas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="304"/>
        <source>Enter your agent name and password: this database is reached with your own log-in.</source>
        <translation>Ange ditt handläggarnamn och lösenord: den här databasen nås med din egen inloggning.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="311"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="20"/>
        <source>Log in – mnu-desk</source>
        <translation>Logga in – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="32"/>
        <source>m.nu support desk</source>
        <translation>m.nu kundtjänst</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="39"/>
        <source>Log in with your agent name. Every customer record you open is logged.</source>
        <translation>Logga in med ditt handläggarnamn. Varje kundpost du öppnar loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="54"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="71"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="91"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="113"/>
        <source>&amp;Test connection</source>
        <translation>Testa ansl&amp;utningen</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="123"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Anslutningar…</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="126"/>
        <source>Add, change, test or remove connections to a shared server</source>
        <translation>Lägg till, ändra, testa eller ta bort anslutningar till en delad server</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="160"/>
        <source>Demo log-ins</source>
        <translation>Demoinloggningar</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="166"/>
        <source>This is the demo database: generated customers, no real data. Double-click a log-in to use it.</source>
        <translation>Detta är demodatabasen: påhittade kunder, inga riktiga uppgifter. Dubbelklicka på en inloggning för att använda den.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="195"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="200"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="205"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="69"/>
        <source>%1 (%2) — %3 — mnu-desk</source>
        <translation>%1 (%2) — %3 — mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="197"/>
        <source>Opened customer %1; the opening is logged.</source>
        <translation>Kund %1 öppnad; öppnandet har loggats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/main_window.py" line="254"/>
        <source>Case queue (%n overdue)</source>
        <translation>
            <numerusform>Ärendekö (%n försenat)</numerusform>
            <numerusform>Ärendekö (%n försenade)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="257"/>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>Case queue</source>
        <translation>Ärendekö</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="259"/>
        <source>Open requests by due date (Ctrl+K)</source>
        <translation>Öppna ärenden efter svarsdatum (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="284"/>
        <source>Settings saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>Name, e-mail, phone, postcode, customer or order no.</source>
        <translation>Namn, e-post, telefon, postnummer, kund- eller ordernummer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141"/>
        <source>Type a name, e-mail address, phone number, postcode, customer number or order number in the search field. Enter opens the first match; Up and Down move in the list.</source>
        <translation>Skriv ett namn, en e-postadress, ett telefonnummer, postnummer, kundnummer eller ordernummer i sökfältet. Enter öppnar första träffen; upp- och nedpil flyttar i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193"/>
        <source>&amp;Requests</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="202"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="241"/>
        <source>Log out and return to the log-in</source>
        <translation>Logga ut och gå tillbaka till inloggningen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260"/>
        <source>Move to the search field</source>
        <translation>Gå till sökfältet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>&amp;Correct data…</source>
        <translation>&amp;Rätta uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="271"/>
        <source>Correct or complete the open person&apos;s name, address, e-mail or phone</source>
        <translation>Rätta eller komplettera den öppna personens namn, adress, e-post eller telefon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>Register &amp;objection…</source>
        <translation>Registrera &amp;invändning…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="282"/>
        <source>Register the open person&apos;s objection to marketing; it applies at once</source>
        <translation>Registrera den öppna personens invändning mot marknadsföring; den gäller genast</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="287"/>
        <source>Restrict &amp;processing…</source>
        <translation>&amp;Begränsa behandlingen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="290"/>
        <source>Keep the open person&apos;s data but stop using it (GDPR art. 18)</source>
        <translation>Spara den öppna personens uppgifter men sluta använda dem (GDPR art. 18)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="295"/>
        <source>&amp;Lift the restriction…</source>
        <translation>&amp;Häv begränsningen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="298"/>
        <source>Lift the restriction once the person has been told (GDPR art. 18(3))</source>
        <translation>Häv begränsningen när personen har underrättats (GDPR art. 18.3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="303"/>
        <source>Set legal &amp;hold…</source>
        <translation>Sätt rättslig s&amp;pärr…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="306"/>
        <source>Keep everything of the open person: nothing is erased until the hold is lifted (policy 6.1)</source>
        <translation>Spara allt om den öppna personen: inget raderas förrän spärren hävs (policyn 6.1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="311"/>
        <source>Lift the legal hol&amp;d…</source>
        <translation>Hä&amp;v den rättsliga spärren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="314"/>
        <source>Lift the legal hold: erasure and the retention run apply again</source>
        <translation>Häv den rättsliga spärren: radering och gallring gäller igen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="319"/>
        <source>Close the &amp;account…</source>
        <translation>&amp;Avsluta kontot…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="322"/>
        <source>Close the open person&apos;s account: the log-in, favourites and wish lists go; bookkeeping stays</source>
        <translation>Avsluta den öppna personens konto: inloggning, favoriter och önskelistor försvinner; bokföringen sparas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="327"/>
        <source>Case &amp;queue</source>
        <translation>Ärende&amp;kö</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="333"/>
        <source>Show the open requests by due date</source>
        <translation>Visa de öppna ärendena efter svarsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="338"/>
        <source>&amp;Register a request…</source>
        <translation>&amp;Registrera ett ärende…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344"/>
        <source>Register a request that came by letter, e-mail, phone or the web</source>
        <translation>Registrera ett ärende som kom per brev, e-post, telefon eller webben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="349"/>
        <source>&amp;Export the request register (CSV)…</source>
        <translation>&amp;Exportera ärenderegistret (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="354"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="362"/>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="370"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="378"/>
        <source>Interests and newsletters</source>
        <translation>Intressen och nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="386"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="394"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402"/>
        <source>Requests</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="410"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>S&amp;ettings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Company details, envelope window, fees, erasure ledger and signing key</source>
        <translation>Företagsuppgifter, kuvertfönster, avgifter, raderingslogg och signeringsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="442"/>
        <source>&amp;Agents…</source>
        <translation>Hand&amp;läggare…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="445"/>
        <source>Add agents, change their roles, disable, unlock, reset passwords</source>
        <translation>Lägg till handläggare, ändra deras roller, stäng av, häv spärrar, återställ lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="450"/>
        <source>&amp;Import from the shop…</source>
        <translation>&amp;Import från butiken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="453"/>
        <source>Import a file from the shop&apos;s systems (CSV or JSON Lines)</source>
        <translation>Importera en fil från butikens system (CSV eller JSON Lines)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="458"/>
        <source>&amp;Retention…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="461"/>
        <source>Remove what is past its retention period (policy 6.1–6.3)</source>
        <translation>Ta bort det som passerat sin lagringstid (policy 6.1–6.3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="466"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Anslutningar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="469"/>
        <source>Connections to a shared database server</source>
        <translation>Anslutningar till en delad databasserver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="474"/>
        <source>A&amp;ctivity…</source>
        <translation>A&amp;ktivitet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="477"/>
        <source>The searches of the last week and how many people each showed</source>
        <translation>Den senaste veckans sökningar och hur många personer var och en visade</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="482"/>
        <source>&amp;About mnu-desk</source>
        <translation>&amp;Om mnu-desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mnu_desk/gui/widgets/messages.py" line="33"/>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/messages.py" line="35"/>
        <source>Unexpected error: %1</source>
        <translation>Oväntat fel: %1</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../ui/objection.ui" line="20"/>
        <source>Register objection – mnu-desk</source>
        <translation>Registrera invändning – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="38"/>
        <source>&amp;Objects to:</source>
        <translation>&amp;Invänder mot:</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="54"/>
        <source>What the person no longer wants; &quot;All direct marketing&quot; covers every other choice</source>
        <translation>Vad personen inte längre vill ha; ”All direktmarknadsföring” omfattar alla andra val</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="74"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="90"/>
        <source>How the objection reached the desk</source>
        <translation>Hur invändningen kom in till kundtjänst</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="97"/>
        <source>Re&amp;ceived:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="113"/>
        <source>The day the objection reached the desk</source>
        <translation>Dagen då invändningen kom in till kundtjänst</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="133"/>
        <source>Re&amp;quest:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <location filename="../../ui/objection.ui" line="149"/>
        <source>The person&apos;s open request this objection answers, if any</source>
        <translation>Personens öppna ärende som invändningen besvarar, om något</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="39"/>
        <source>%1 (customer %2) objects to marketing (policy 9.4, GDPR art. 21). The objection applies from the moment you register it, and the desk may not weigh it against its own interest.</source>
        <translation>%1 (kund %2) invänder mot marknadsföring (policyn 9.4, GDPR art. 21). Invändningen gäller från det ögonblick du registrerar den, och företaget får inte väga den mot sitt eget intresse.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="43"/>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="53"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="47"/>
        <source>%1 (already registered)</source>
        <translation>%1 (redan registrerad)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="57"/>
        <source>&amp;Register</source>
        <translation>Re&amp;gistrera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="69"/>
        <source>No more newsletters or other marketing by e-mail.</source>
        <translation>Inga fler nyhetsbrev eller annan marknadsföring per e-post.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="71"/>
        <source>On the suppression list: the ad partners (Facebook, Google) get the hashed e-mail and phone, so they do not show the person m.nu&apos;s ads.</source>
        <translation>På spärrlistan: annonspartnerna (Facebook, Google) får hashad e-post och telefon, så att de inte visar m.nu:s annonser för personen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="74"/>
        <source>No offers chosen from what the person viewed or bought (profiling, policy 5.3).</source>
        <translation>Inga erbjudanden utvalda efter vad personen tittat på eller köpt (profilering, policyn 5.3).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="91"/>
        <source>Choose what the person objects to.</source>
        <translation>Välj vad personen invänder mot.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/objection_dialog.py" line="94"/>
        <source>Choose how the objection reached the desk.</source>
        <translation>Välj hur invändningen kom in till kundtjänst.</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="22"/>
        <source>Objections (%1)</source>
        <translation>Invändningar (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="23"/>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="24"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="25"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="26"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="29"/>
        <source>Restrictions and legal holds (%1)</source>
        <translation>Begränsningar och rättsliga spärrar (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="30"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="31"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="32"/>
        <source>Set</source>
        <translation>Satt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="33"/>
        <source>Lifted</source>
        <translation>Hävd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="34"/>
        <source>Why lifted</source>
        <translation>Varför hävd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="35"/>
        <source>Person told</source>
        <translation>Personen underrättad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="38"/>
        <source>&amp;Withdraw…</source>
        <translation>Å&amp;terkalla…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/objections.py" line="40"/>
        <source>Withdraw the selected objection, when the person asks for it</source>
        <translation>Återkalla den valda invändningen, när personen ber om det</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="45"/>
        <source>First name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="45"/>
        <source>Last name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="44"/>
        <source>Name, phone and e-mail</source>
        <translation>Namn, telefon och e-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="22"/>
        <source>&amp;Correct data…</source>
        <translation>&amp;Rätta uppgifter…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="24"/>
        <source>Correct or complete name, address, e-mail or phone, with a reason (Ctrl+E)</source>
        <translation>Rätta eller komplettera namn, adress, e-post eller telefon, med ett skäl (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="27"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="29"/>
        <source>Register a request from this person (Ctrl+N)</source>
        <translation>Registrera ett ärende från den här personen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="46"/>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="46"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="46"/>
        <source>International:</source>
        <translation>Internationellt:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="48"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="48"/>
        <source>Log-in:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="49"/>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="50"/>
        <source>Last log-in:</source>
        <translation>Senaste inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="51"/>
        <source>Closed:</source>
        <translation>Avslutat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="58"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="59"/>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="60"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="61"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="62"/>
        <source>Primary</source>
        <translation>Huvudadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="63"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="72"/>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="80"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="73"/>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="81"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="74"/>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="83"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="79"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="82"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="127"/>
        <source>no account</source>
        <translation>inget konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="130"/>
        <source>Addresses (%1)</source>
        <translation>Adresser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="133"/>
        <source>Favourites (%1)</source>
        <translation>Favoriter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="136"/>
        <source>Wish lists (%1)</source>
        <translation>Önskelistor (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="130"/>
        <source>Favourites (%1) and wish lists (%2)</source>
        <translation>Favoriter (%1) och önskelistor (%2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="128"/>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../mnu_desk/gui/extract/pdf_preview.py" line="61"/>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/extract/pdf_preview.py" line="61"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PersonActionDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/record/person_dialog.py" line="49"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_dialog.py" line="89"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="80"/>
        <source>There is none to lift.</source>
        <translation>Det finns ingen att häva.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="80"/>
        <source>It is already in force.</source>
        <translation>Den gäller redan.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="88"/>
        <source>Only an open account can be closed.</source>
        <translation>Bara ett öppet konto kan avslutas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="135"/>
        <source>Objection to %1 registered for customer %2; it applies now.</source>
        <translation>Invändning mot %1 registrerad för kund %2; den gäller från och med nu.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="138"/>
        <source>Closed the account of customer %2.</source>
        <translation>Kontot för kund %2 är avslutat.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="141"/>
        <source>%1 lifted for customer %2.</source>
        <translation>%1 hävd för kund %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="142"/>
        <source>%1 set for customer %2.</source>
        <translation>%1 satt för kund %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="155"/>
        <source>Withdraw objection – mnu-desk</source>
        <translation>Återkalla invändning – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="156"/>
        <source>Withdraw the objection of %1 (customer %2) to %3?</source>
        <translation>Återkalla invändningen från %1 (kund %2) mot %3?</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="159"/>
        <source>Only when the person asked for it. The objection stays in the record as withdrawn today, and marketing of this kind may start again.</source>
        <translation>Bara när personen har bett om det. Invändningen finns kvar i registret som återkallad i dag, och sådan marknadsföring får börja igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="161"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/person_actions.py" line="180"/>
        <source>Objection to %1 withdrawn for customer %2.</source>
        <translation>Invändning mot %1 återkallad för kund %2.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="109"/>
        <source>kept in the keyring; type to change</source>
        <translation>sparat i nyckelringen; skriv för att ändra</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="177"/>
        <source>Profile &apos;%1&apos; saved.</source>
        <translation>Profilen &apos;%1&apos; är sparad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="183"/>
        <source>Unprotected keyring</source>
        <translation>Oskyddad nyckelring</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="184"/>
        <source>This computer has no protected keyring: the password would be kept in a plain file (%1) that anyone with access to your account can read.

Store the password there anyway? With No the profile is saved without it, and the log-in asks for it.</source>
        <translation>Den här datorn har ingen skyddad nyckelring: lösenordet skulle sparas i en vanlig fil (%1) som alla med åtkomst till ditt konto kan läsa.

Spara lösenordet där ändå? Med Nej sparas profilen utan lösenord, och inloggningen frågar efter det.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="195"/>
        <source>Remove profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="196"/>
        <source>Remove the profile &apos;%1&apos; and its stored password? The database itself is not touched.</source>
        <translation>Ta bort profilen &apos;%1&apos; och dess sparade lösenord? Själva databasen påverkas inte.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="211"/>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Profilen &apos;%1&apos; är borttagen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="225"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="241"/>
        <source>Passwords are kept in this computer&apos;s keyring (%1).</source>
        <translation>Lösenord sparas i den här datorns nyckelring (%1).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/profiles_dialog.py" line="244"/>
        <source>Warning: this computer has no protected keyring. A password stored here sits in a plain file (%1) that anyone with access to your account can read; you are asked before one is stored.</source>
        <translation>Varning: den här datorn har inget skyddat nyckelringsförråd. Ett lösenord som sparas här hamnar i en vanlig fil (%1) som alla med åtkomst till ditt konto kan läsa; du tillfrågas innan ett lösenord sparas.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="6"/>
        <source>Connections – mnu-desk</source>
        <translation>Anslutningar – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="18"/>
        <source>Connections to a shared PostgreSQL or MariaDB server, kept on this computer. The desk&apos;s own database file needs none.</source>
        <translation>Anslutningar till en delad PostgreSQL- eller MariaDB-server, sparade på den här datorn. Den lokala databasfilen behöver ingen.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="32"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiler:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="54"/>
        <source>&amp;New</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="64"/>
        <source>&amp;Remove…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="98"/>
        <source>e.g. office</source>
        <translation>t.ex. kontor</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="108"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="117"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="130"/>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="152"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="177"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="194"/>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="212"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="221"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="241"/>
        <source>Or mysql+pymysql://user@host/database for MariaDB and MySQL. A password in the URL goes to the keyring, not to the config file.</source>
        <translation>Eller mysql+pymysql://användare@värd/databas för MariaDB och MySQL. Ett lösenord i URL:en hamnar i nyckelringen, inte i konfigurationsfilen.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="260"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="294"/>
        <source>&amp;Test connection</source>
        <translation>Testa ansl&amp;utningen</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.ui" line="311"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Spara profilen</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="33"/>
        <source>Order no.</source>
        <translation>Ordernr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="34"/>
        <source>Placed</source>
        <translation>Lagd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="36"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="37"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="38"/>
        <source>Billed to</source>
        <translation>Fakturerad till</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="49"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="50"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="51"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="52"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="53"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="54"/>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="55"/>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="87"/>
        <source>Orders (%1), bought for %2 in all (cancelled orders not counted)</source>
        <translation>Ordrar (%1), köpt för sammanlagt %2 (makulerade ordrar ej medräknade)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="90"/>
        <source>Orders (0)</source>
        <translation>Ordrar (0)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="100"/>
        <source>Order %1 billed to %2; of which VAT %3.</source>
        <translation>Order %1 fakturerad till %2; varav moms %3.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="104"/>
        <source>Kept for bookkeeping until %1.</source>
        <translation>Sparas för bokföringen till %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="114"/>
        <source>Lines of order %1 (%2)</source>
        <translation>Rader i order %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/purchases.py" line="117"/>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="38"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="39"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="40"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="41"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="42"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="45"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="47"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="46"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/queue_model.py" line="77"/>
        <source>Extended from %1.</source>
        <translation>Förlängt från %1.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="115"/>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="116"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="230"/>
        <source>Erased person</source>
        <translation>Raderad person</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="234"/>
        <source>Customer no. %1</source>
        <translation>Kundnr %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="250"/>
        <source>This person has been erased: no personal data is left. Orders kept for bookkeeping are restricted to that use.</source>
        <translation>Personen är raderad: inga personuppgifter finns kvar. Ordrar som sparas för bokföringen får bara användas till det.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="253"/>
        <source>The account is closed: account data is gone; bookkeeping records stay until the law&apos;s date.</source>
        <translation>Kontot är avslutat: kontouppgifterna är borta; bokföringsunderlag sparas till det datum lagen anger.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="259"/>
        <source>Legal hold since %1: nothing of this person may be erased.</source>
        <translation>Rättslig spärr sedan %1: inget om den här personen får raderas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="262"/>
        <source>Processing restricted since %1: keep the data, do not use it (%2).</source>
        <translation>Behandlingen begränsad sedan %1: spara uppgifterna men använd dem inte (%2).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/record_view.py" line="268"/>
        <source>Objects to: %1.</source>
        <translation>Invänder mot: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="66"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="85"/>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="104"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="123"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="126"/>
        <source>Interests and newsletters</source>
        <translation>Intressen och nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="145"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="164"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="183"/>
        <source>Requests</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="202"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="68"/>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="76"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="104"/>
        <source>One month from the day of receipt, moved past weekends and public holidays (GDPR art. 12(3)). If you ask for proof of identity, the month runs from the day it arrives.</source>
        <translation>En månad från mottagandet, flyttad förbi helger och helgdagar (GDPR art. 12.3). Om du begär identitetsbevis räknas månaden från den dag beviset kommer in.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="112"/>
        <source>No customer: the request is registered with the requester&apos;s name and address as given; both are needed to answer it.</source>
        <translation>Ingen kund: ärendet registreras med den sökandes namn och adress som de angetts; båda behövs för att kunna svara.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="115"/>
        <source>%1 — the requester&apos;s own name and address as given may be added below.</source>
        <translation>%1 — den sökandes namn och adress som de angetts kan läggas till nedan.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="118"/>
        <source>Customer %1 is checked when you register.</source>
        <translation>Kund %1 kontrolleras när du registrerar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="140"/>
        <source>Attach the scanned letter</source>
        <translation>Bifoga det inskannade brevet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="141"/>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="149"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Inskanningar (*.pdf *.jpg *.jpeg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="148"/>
        <source>Attach the copy of an ID document</source>
        <translation>Bifoga kopian av en id-handling</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="162"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="166"/>
        <source>%1 is %2 MB; a scan may be at most 20 MB.</source>
        <translation>%1 är %2 MB; en inskanning får vara högst 20 MB.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="171"/>
        <source>%1 – ID copy, deleted once identity is checked</source>
        <translation>%1 – ID-kopia, raderas när identiteten är kontrollerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="215"/>
        <source>Registering…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="240"/>
        <source>Note: %1 of the same type is still open for this person; check whether this is the same request or a repeat.</source>
        <translation>Obs: %1 av samma typ är fortfarande öppet för den här personen; kontrollera om det är samma begäran eller en upprepad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="243"/>
        <source>The requester gave another address than the one on record: that is reasonable doubt about identity, and the answer goes to the address on record.</source>
        <translation>Den sökande angav en annan adress än den registrerade: det är rimligt tvivel om identiteten, och svaret skickas till den registrerade adressen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="245"/>
        <source>Registered %1, due %2.</source>
        <translation>%1 är registrerat, svar senast %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/register_request_dialog.py" line="252"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="20"/>
        <source>Register a request – mnu-desk</source>
        <translation>Registrera ett ärende – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="34"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="48"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="62"/>
        <source>&amp;Received:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="78"/>
        <source>The day the request reached the desk (the postmark does not count)</source>
        <translation>Dagen då begäran kom in till kundtjänst (poststämpeln räknas inte)</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="85"/>
        <source>Answer due:</source>
        <translation>Svar senast:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="99"/>
        <source>C&amp;ustomer no.:</source>
        <translation>Kundn&amp;ummer:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="115"/>
        <source>none — requester as given below</source>
        <translation>ingen — sökande enligt nedan</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="129"/>
        <source>Requester&apos;s &amp;name:</source>
        <translation>Sökandens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="142"/>
        <location filename="../../ui/register_request.ui" line="168"/>
        <source>as written in the request</source>
        <translation>som det står i begäran</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="149"/>
        <source>Requester&apos;s a&amp;ddress:</source>
        <translation>Sökandens a&amp;dress:</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="177"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="183"/>
        <source>&amp;Signature present</source>
        <translation>Under&amp;skrift finns</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="192"/>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Bifoga inskanning…</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="195"/>
        <source>PDF, JPEG or PNG, at most 20 MB</source>
        <translation>PDF, JPEG eller PNG, högst 20 MB</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="202"/>
        <source>Attach &amp;ID copy…</source>
        <translation>Bifoga &amp;ID-kopia…</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="205"/>
        <source>A copy of an ID document the person sent: kept apart from the letter and deleted as soon as the identity check is recorded</source>
        <translation>En kopia av en id-handling som personen skickat: hålls skild från brevet och raderas så snart identitetskontrollen är registrerad</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="212"/>
        <source>Remo&amp;ve scan</source>
        <translation>Ta b&amp;ort inskanning</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="240"/>
        <source>Attached scans</source>
        <translation>Bifogade inskanningar</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="250"/>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="256"/>
        <source>How identity was checked</source>
        <translation>Hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="266"/>
        <source>how identity was checked</source>
        <translation>hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="273"/>
        <source>Ask for more proof only with reasonable doubt (GDPR art. 12(6)); a signature is one way of checking identity, not a condition.</source>
        <translation>Begär mer bevis bara vid rimliga tvivel (GDPR art. 12.6); en underskrift är ett sätt att kontrollera identiteten, inte ett villkor.</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="90"/>
        <source>Request %1 – mnu-desk</source>
        <translation>Ärende %1 – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="107"/>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="108"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="109"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="110"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="111"/>
        <source>Impossible because</source>
        <translation>Omöjlig eftersom</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="115"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="116"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="117"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="118"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="119"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="177"/>
        <source>%1 on %2.</source>
        <translation>%1 den %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="188"/>
        <source>%1 (one month from the day the proof arrived)</source>
        <translation>%1 (en månad från dagen då identitetsbeviset kom in)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="205"/>
        <source>the requester gave another address than the one on record: reasonable doubt about identity</source>
        <translation>den sökande angav en annan adress än den registrerade: rimligt tvivel om identiteten</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="214"/>
        <source>none: no customer matched</source>
        <translation>ingen: ingen kund matchade</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="216"/>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="268"/>
        <location filename="../../ui/request_detail.ui" line="625"/>
        <source>A letter to the person: preview, print at 100 % for the window envelope, record as sent</source>
        <translation>Ett brev till personen: förhandsgranska, skriv ut i 100 % för fönsterkuvertet, registrera som skickat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="306"/>
        <source>Save the attachment</source>
        <translation>Spara bilagan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="319"/>
        <source>%1 – request %2</source>
        <translation>%1 – ärende %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="329"/>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="331"/>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="430"/>
        <source>Letters sent: none</source>
        <translation>Brev skickade: inga</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="432"/>
        <source>Letters sent: %1</source>
        <translation>Brev skickade: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="198"/>
        <source>not checked yet</source>
        <translation>inte kontrollerad ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="222"/>
        <source>yes: an extract was already issued this calendar year; a supervisor decides</source>
        <translation>ja: ett registerutdrag har redan utfärdats i år; en arbetsledare beslutar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="233"/>
        <source>Tasks (%1 open of %2)</source>
        <translation>Uppgifter (%1 öppna av %2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="234"/>
        <source>Tasks: none</source>
        <translation>Uppgifter: inga</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="237"/>
        <source>Attachments (%1)</source>
        <translation>Bilagor (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_detail_dialog.py" line="238"/>
        <source>Attachments: none</source>
        <translation>Bilagor: inga</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="14"/>
        <source>Request – mnu-desk</source>
        <translation>Ärende – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="36"/>
        <source>Request</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="45"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="65"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="85"/>
        <source>Received:</source>
        <translation>Mottagen:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="105"/>
        <source>Due:</source>
        <translation>Svar senast:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="125"/>
        <source>Extended to:</source>
        <translation>Förlängt till:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="145"/>
        <source>Customer:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="165"/>
        <source>Requester as given:</source>
        <translation>Sökande enligt begäran:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="185"/>
        <source>Assigned to:</source>
        <translation>Tilldelat:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="205"/>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="228"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="237"/>
        <source>Signed:</source>
        <translation>Undertecknat:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="257"/>
        <source>Identity checked:</source>
        <translation>Identitet kontrollerad:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="277"/>
        <source>Proof asked for:</source>
        <translation>Bevis begärt:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="297"/>
        <source>Proof arrived:</source>
        <translation>Bevis inkommet:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="317"/>
        <source>Repeat this year:</source>
        <translation>Upprepat i år:</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="342"/>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="382"/>
        <source>Mark &amp;done</source>
        <translation>Markera &amp;klar</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="385"/>
        <source>The selected task is done</source>
        <translation>Den markerade uppgiften är klar</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="392"/>
        <source>&amp;Impossible…</source>
        <translation>&amp;Omöjlig…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="395"/>
        <source>The selected task is impossible or disproportionate (GDPR art. 19); give the reason</source>
        <translation>Den markerade uppgiften är omöjlig eller oproportionerlig (GDPR art. 19); ange skälet</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="417"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="457"/>
        <source>Show the chosen attachment in the desk; the opening is logged</source>
        <translation>Visa den valda bilagan i programmet; öppnandet loggas</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="460"/>
        <source>O&amp;pen attachment</source>
        <translation>Ö&amp;ppna bilaga</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="467"/>
        <source>Save a copy of the chosen attachment as a file; the opening is logged</source>
        <translation>Spara en kopia av den valda bilagan som fil; öppnandet loggas</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="470"/>
        <source>Sa&amp;ve attachment as…</source>
        <translation>Spa&amp;ra bilaga som…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="527"/>
        <source>Assign to &amp;me</source>
        <translation>Tilldela &amp;mig</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="534"/>
        <source>Ask for &amp;proof of identity…</source>
        <translation>Begär &amp;identitetsbevis…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="541"/>
        <source>Proof &amp;arrived…</source>
        <translation>&amp;Beviset har kommit…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="548"/>
        <source>Set &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="572"/>
        <source>Register e&amp;xtract…</source>
        <translation>Registerut&amp;drag…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="575"/>
        <source>Preview, issue and sign, print and save the register extract (GDPR art. 15)</source>
        <translation>Förhandsgranska, utfärda och signera, skriv ut och spara registerutdraget (GDPR art. 15)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="582"/>
        <source>Fee decisio&amp;n…</source>
        <translation>Av&amp;giftsbeslut…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="585"/>
        <source>Free or a fee, with the reason (supervisor; GDPR art. 12(5), 15(3))</source>
        <translation>Kostnadsfritt eller en avgift, med skälet (arbetsledare; GDPR art. 12.5, 15.3)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="592"/>
        <source>E&amp;rasure…</source>
        <translation>&amp;Radering…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="595"/>
        <source>What goes and what stays, and the supervisor&apos;s approval (GDPR art. 17)</source>
        <translation>Vad som raderas och vad som sparas, och arbetsledarens godkännande (GDPR art. 17)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="602"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Förläng…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="605"/>
        <source>Two further months, with a reason (supervisor; GDPR art. 12(3))</source>
        <translation>Två månader till, med ett skäl (arbetsledare; GDPR art. 12.3)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="612"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Avslå…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="615"/>
        <source>Refuse with the reasons (supervisor; GDPR art. 12(4), 12(5))</source>
        <translation>Avslå med skälen (arbetsledare; GDPR art. 12.4, 12.5)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="622"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Brev…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="632"/>
        <source>&amp;Close request…</source>
        <translation>Avsl&amp;uta ärendet…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="635"/>
        <source>Completed, with its outcome</source>
        <translation>Klart, med sitt utfall</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="655"/>
        <source>Open p&amp;erson</source>
        <translation>Öppna &amp;person</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <location filename="../../ui/request_step.ui" line="38"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/request_step.ui" line="58"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Val:</translation>
    </message>
    <message>
        <location filename="../../ui/request_step.ui" line="72"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location filename="../../ui/request_step.ui" line="89"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="40"/>
        <source>Ask for proof of identity – %1</source>
        <translation>Begär identitetsbevis – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="41"/>
        <source>Ask for more proof only when there is reasonable doubt about who sent the request (GDPR art. 12(6)); a routine demand for ID is itself a breach. The month then runs from the day the proof arrives.</source>
        <translation>Begär mer bevis bara när det finns rimliga tvivel om vem som skickat begäran (GDPR art. 12.6); att rutinmässigt kräva id-handling är i sig en överträdelse. Månaden räknas då från dagen då beviset kommer in.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="44"/>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="55"/>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="141"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="45"/>
        <source>&amp;Asked on:</source>
        <translation>&amp;Begärt den:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="52"/>
        <source>Proof of identity arrived – %1</source>
        <translation>Identitetsbevis har kommit – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="53"/>
        <source>The answer is then due one month after the day the proof arrived. A copy of an ID document is deleted once the check is recorded.</source>
        <translation>Svaret ska då lämnas senast en månad efter dagen då beviset kom in. En kopia av en id-handling raderas så snart kontrollen är registrerad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="56"/>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Kom in den:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="58"/>
        <source>&amp;Checked by:</source>
        <translation>K&amp;ontrollerad genom:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="61"/>
        <source>Choose how…</source>
        <translation>Välj hur…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="63"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="71"/>
        <source>Extend the deadline – %1</source>
        <translation>Förläng tidsfristen – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="72"/>
        <source>Two further months, only with a reason, and the person must be told within the first month (GDPR art. 12(3)). The answer would then be due on %1.</source>
        <translation>Två månader till, bara med ett skäl, och personen ska underrättas inom den första månaden (GDPR art. 12.3). Svaret ska då lämnas senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="75"/>
        <source>&amp;Extend</source>
        <translation>&amp;Förläng</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="76"/>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="107"/>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="142"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="77"/>
        <source>e.g. the request covers many years of orders</source>
        <translation>t.ex. begäran omfattar många års beställningar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="82"/>
        <source>Refuse the request – %1</source>
        <translation>Avslå begäran – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="83"/>
        <source>A refusal must reach the person within one month with its reasons and the right to complain to IMY and to go to court (GDPR art. 12(4)). Only a manifestly unfounded or excessive request may be refused (art. 12(5)); the desk must be able to show why.</source>
        <translation>Ett avslag ska nå personen inom en månad med skälen och rätten att klaga hos IMY och att gå till domstol (GDPR art. 12.4). Bara en uppenbart ogrundad eller orimlig begäran får avslås (art. 12.5); kundtjänst måste kunna visa varför.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="86"/>
        <source>Re&amp;fuse</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="87"/>
        <source>&amp;Reasons:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="88"/>
        <source>why the request is manifestly unfounded or excessive</source>
        <translation>varför begäran är uppenbart ogrundad eller orimlig</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="94"/>
        <source>Fee or free – %1</source>
        <translation>Avgift eller kostnadsfritt – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="95"/>
        <source>The first extract is always free (GDPR art. 12(5)). A further copy this calendar year may cost a reasonable fee (art. 15(3)), as may a request you record as manifestly unfounded or excessive, with the reasons; at most the settings&apos; fee for a further copy. Send the fee letter before the work starts: the extract is issued only after it.</source>
        <translation>Det första registerutdraget är alltid kostnadsfritt (GDPR art. 12.5). Ytterligare en kopia samma kalenderår får kosta en rimlig avgift (art. 15.3), liksom en begäran som du registrerar som uppenbart ogrundad eller orimlig, med skälen; högst inställningarnas avgift för ytterligare en kopia. Skicka avgiftsbrevet innan arbetet börjar: utdraget lämnas först efter det.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="101"/>
        <source>Free</source>
        <translation>Kostnadsfritt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="102"/>
        <source>A fee for a further copy, the amount below</source>
        <translation>En avgift för ytterligare en kopia, beloppet nedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="103"/>
        <source>A fee: the request is manifestly unfounded or excessive</source>
        <translation>En avgift: begäran är uppenbart ogrundad eller orimlig</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="108"/>
        <source>e.g. a third copy this year</source>
        <translation>t.ex. en tredje kopia i år</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="99"/>
        <source>Sa&amp;ve the decision</source>
        <translation>&amp;Spara beslutet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="100"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="104"/>
        <source>&amp;Amount (kr):</source>
        <translation>Be&amp;lopp (kr):</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="118"/>
        <source>Set the status – %1</source>
        <translation>Ändra status – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="119"/>
        <source>Close a request with its outcome, or refuse it with its reasons: those have their own buttons.</source>
        <translation>Avsluta ett ärende med dess utfall, eller avslå det med skälen: de har egna knappar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="121"/>
        <source>&amp;Set</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="122"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="128"/>
        <source>Close the request – %1</source>
        <translation>Avsluta ärendet – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="129"/>
        <source>Say what was done. A request with open tasks cannot be closed: finish them, or mark them impossible with a reason, first.</source>
        <translation>Skriv vad som gjordes. Ett ärende med öppna uppgifter kan inte avslutas: slutför dem, eller markera dem som omöjliga med ett skäl, först.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="131"/>
        <source>&amp;Close request</source>
        <translation>Avsl&amp;uta ärendet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="132"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="133"/>
        <source>e.g. address corrected and Klarna told; letter sent on 12 May</source>
        <translation>t.ex. adressen rättad och Klarna underrättad; brev skickat den 12 maj</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="138"/>
        <source>Task impossible</source>
        <translation>Uppgiften är omöjlig</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="139"/>
        <source>A recipient need not be told when that proves impossible or involves disproportionate effort (GDPR art. 19). Say why; the reason is kept with the task.</source>
        <translation>En mottagare behöver inte underrättas om det visar sig omöjligt eller innebär en oproportionerlig insats (GDPR art. 19). Skriv varför; skälet sparas med uppgiften.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/requests/request_steps.py" line="143"/>
        <source>e.g. the recipient no longer exists</source>
        <translation>t.ex. mottagaren finns inte längre</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="45"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="47"/>
        <source>Register a request from this person (Ctrl+N)</source>
        <translation>Registrera ett ärende från den här personen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="49"/>
        <source>&amp;Open request</source>
        <translation>&amp;Öppna ärende</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="51"/>
        <source>Show the selected request (Enter or double-click)</source>
        <translation>Visa det markerade ärendet (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="57"/>
        <source>Requests (%1)</source>
        <translation>Ärenden (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="58"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="59"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="60"/>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="71"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="62"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="63"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="64"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="65"/>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="70"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="66"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="68"/>
        <source>Support contacts (%1)</source>
        <translation>Kundtjänstkontakter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="69"/>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="72"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/requests.py" line="73"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../../ui/restriction.ui" line="35"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../ui/restriction.ui" line="52"/>
        <source>Person &amp;told on:</source>
        <translation>Personen &amp;underrättad:</translation>
    </message>
    <message>
        <location filename="../../ui/restriction.ui" line="68"/>
        <source>The day the person was told that the restriction will be lifted (GDPR art. 18(3))</source>
        <translation>Dagen då personen fick veta att begränsningen hävs (GDPR art. 18.3)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="30"/>
        <source>%1 (customer %2)</source>
        <translation>%1 (kund %2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="32"/>
        <source>Set legal hold</source>
        <translation>Sätt rättslig spärr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="33"/>
        <source>A legal hold (policy 6.1) keeps everything of %1: no erasure, account closure or retention run removes anything until the hold is lifted. Say why, e.g. the dispute or the authority&apos;s request.</source>
        <translation>En rättslig spärr (policyn 6.1) bevarar allt om %1: ingen radering, inget kontoavslut och ingen gallring tar bort något förrän spärren hävs. Ange varför, t.ex. tvisten eller myndighetens begäran.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="36"/>
        <source>Set &amp;hold</source>
        <translation>Sätt s&amp;pärr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="38"/>
        <source>Lift legal hold</source>
        <translation>Häv rättslig spärr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="39"/>
        <source>Lifting the legal hold on %1 lets erasure and the retention run remove what is due again. Say why the hold is no longer needed.</source>
        <translation>När den rättsliga spärren för %1 hävs kan radering och gallring åter ta bort det som ska bort. Ange varför spärren inte längre behövs.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="41"/>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="53"/>
        <source>&amp;Lift</source>
        <translation>&amp;Häv</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="43"/>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="44"/>
        <source>A restriction (GDPR art. 18) keeps the data of %1 but stops its use: no marketing, nothing but storing and what the law requires. Say why, e.g. the person contests the accuracy, or wants it instead of erasure.</source>
        <translation>En begränsning (GDPR art. 18) sparar uppgifterna om %1 men stoppar användningen: ingen marknadsföring, inget utöver lagring och det lagen kräver. Ange varför, t.ex. att personen bestrider att uppgifterna är riktiga eller vill ha begränsning i stället för radering.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="47"/>
        <source>&amp;Restrict</source>
        <translation>&amp;Begränsa</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="49"/>
        <source>Lift restriction</source>
        <translation>Häv begränsning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="50"/>
        <source>The person must be told before the restriction on %1 is lifted (GDPR art. 18(3)): send the restriction-lift letter first. Say why it ends and give the day the person was told, as on the letter.</source>
        <translation>Personen måste underrättas innan begränsningen för %1 hävs (GDPR art. 18.3): skicka först brevet om att begränsningen hävs. Ange varför den upphör och dagen då personen underrättades, som på brevet.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="86"/>
        <source>Give the day the person was told that the restriction will be lifted.</source>
        <translation>Ange dagen då personen fick veta att begränsningen hävs.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="54"/>
        <source>%1 – mnu-desk</source>
        <translation>%1 – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="63"/>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="72"/>
        <source>The person cannot have been told on a day still to come.</source>
        <translation>Personen kan inte ha underrättats en dag som ännu inte kommit.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/restriction_dialog.py" line="81"/>
        <source>Give a reason: the supervisor&apos;s decision is recorded with it.</source>
        <translation>Ange ett skäl: arbetsledarens beslut registreras med det.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="26"/>
        <source>Cust. no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="27"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="28"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="29"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="30"/>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="31"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="32"/>
        <source>Postcode and city</source>
        <translation>Postnr och ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="32"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="42"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="43"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="64"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="72"/>
        <source>Checked: nothing was changed.</source>
        <translation>Kontrollerat: inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="73"/>
        <source>Nothing is past its retention period today.</source>
        <translation>Inget har passerat sin lagringstid i dag.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="79"/>
        <source>Run the retention</source>
        <translation>Kör gallringen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="80"/>
        <source>Remove %1 rows for good? This cannot be undone.</source>
        <translation>Ta bort %1 rader för gott? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="81"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="90"/>
        <source>Removing, batch by batch…</source>
        <translation>Tar bort, omgång för omgång…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="97"/>
        <source>Stopping after the current batch…</source>
        <translation>Stannar efter pågående omgång…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="109"/>
        <source>Stopped: %1 rows were removed before the stop; run it again to finish.</source>
        <translation>Stoppad: %1 rader togs bort innan stoppet; kör igen för att slutföra.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="111"/>
        <source>Done: %1 rows removed. The run is in the log.</source>
        <translation>Klart: %1 rader borttagna. Körningen finns i loggen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="121"/>
        <source>Last complete run: %1</source>
        <translation>Senaste fullständiga körning: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="122"/>
        <source>The retention has not run on this database yet.</source>
        <translation>Gallringen har inte körts på den här databasen än.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/retention_dialog.py" line="123"/>
        <source>In all: %1 rows</source>
        <translation>Totalt: %1 rader</translation>
    </message>
    <message>
        <location filename="../../ui/retention.ui" line="14"/>
        <source>Retention – mnu-desk</source>
        <translation>Gallring – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/retention.ui" line="20"/>
        <source>The retention run removes what is past its retention period under the policy (6.1–6.3) and the processing register: visitors&apos; usage data after %1, what remains of closed accounts, orders past their bookkeeping date, and the desk&apos;s own old records. A legal hold keeps everything of that person. Check first: the check counts with the same rules and changes nothing.</source>
        <translation>Gallringen tar bort det som passerat sin lagringstid enligt policyn (6.1–6.3) och registret över behandlingar: besökares användningsdata efter %1, det som finns kvar av avslutade konton, ordrar som passerat sitt bokföringsdatum och kundtjänstens egna gamla uppgifter. En rättslig spärr behåller allt om den personen. Kontrollera först: kontrollen räknar med samma regler och ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/retention.ui" line="58"/>
        <source>&amp;Check (changes nothing)</source>
        <translation>&amp;Kontrollera (ändrar ingenting)</translation>
    </message>
    <message>
        <location filename="../../ui/retention.ui" line="65"/>
        <source>&amp;Run the retention…</source>
        <translation>Kö&amp;r gallringen…</translation>
    </message>
    <message>
        <location filename="../../ui/retention.ui" line="72"/>
        <source>Ca&amp;ncel the run</source>
        <translation>Av&amp;bryt körningen</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../mnu_desk/gui/widgets/role_gate.py" line="17"/>
        <source>A supervisor or an admin may.</source>
        <translation>En arbetsledare eller en administratör får.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/role_gate.py" line="18"/>
        <source>Only an admin may.</source>
        <translation>Endast en administratör får.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="126"/>
        <source>The best %1 matches in %2 ms; type more to narrow the search</source>
        <translation>De %1 bästa träffarna på %2 ms; skriv mer för att begränsa sökningen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="129"/>
        <source>No matches (%1 ms)</source>
        <translation>Inga träffar (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/search_panel.py" line="131"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n träff på %1 ms</numerusform>
            <numerusform>%n träffar på %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="144"/>
        <source>Search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/settings_dialog.py" line="110"/>
        <source>Discard the changes?</source>
        <translation>Kasta ändringarna?</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/settings_dialog.py" line="111"/>
        <source>The settings were changed but not saved. Close and discard the changes?</source>
        <translation>Inställningarna har ändrats men inte sparats. Stäng och kasta ändringarna?</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/settings_dialog.py" line="165"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/settings_dialog.py" line="205"/>
        <source>The erasure ledger</source>
        <translation>Raderingsloggen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/settings_dialog.py" line="206"/>
        <source>Erasure ledger (*.jsonl);;All files (*)</source>
        <translation>Raderingslogg (*.jsonl);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="6"/>
        <source>Settings – mnu-desk</source>
        <translation>Inställningar – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="22"/>
        <source>For every desk (in the database)</source>
        <translation>För alla arbetsplatser (i databasen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="28"/>
        <source>Kept in the shared database: every desk uses these. Save stores them all together, or none when one is wrong.</source>
        <translation>Sparas i den delade databasen: alla arbetsplatser använder dem. Spara sparar alla tillsammans, eller inget när ett värde är fel.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="42"/>
        <source>Company details for letters</source>
        <translation>Företagsuppgifter för brev</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>Fees and erasure</source>
        <translation>Avgifter och radering</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="59"/>
        <source>Fee for a further &amp;copy:</source>
        <translation>Avgift för ytterligare ko&amp;pia:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="81"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Erasure &amp;ledger:</source>
        <translation>Raderings&amp;logg:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="109"/>
        <source>Empty: each desk&apos;s data folder</source>
        <translation>Tomt: varje arbetsplats datamapp</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="116"/>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;äddra…</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="128"/>
        <source>The ledger lists every executed erasure without personal data, so that it can be replayed after a backup is restored; keep it outside the database&apos;s backups, e.g. on a shared drive.</source>
        <translation>Loggen listar varje genomförd radering utan personuppgifter, så att den kan göras om efter att en säkerhetskopia lästs tillbaka; förvara den utanför databasens säkerhetskopior, t.ex. på en delad enhet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="143"/>
        <source>Envelope window</source>
        <translation>Kuvertfönster</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="156"/>
        <source>From the &amp;left:</source>
        <translation>Från &amp;vänster:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="166"/>
        <source>From the left</source>
        <translation>Från vänster</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="188"/>
        <source>From the &amp;top:</source>
        <translation>Från &amp;överkanten:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="198"/>
        <source>From the top</source>
        <translation>Från överkanten</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="220"/>
        <source>&amp;Width:</source>
        <translation>&amp;Bredd:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="230"/>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="252"/>
        <source>&amp;Height:</source>
        <translation>&amp;Höjd:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="262"/>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="286"/>
        <source>Where the address shows through the window of the desk&apos;s envelopes, measured on the A4 letter. The shaded lower right 150 × 30 mm stays free for the post&apos;s sorting print.</source>
        <translation>Där adressen syns genom fönstret i kundtjänstens kuvert, mätt på A4-brevet. Det skuggade fältet nere till höger, 150 × 30 mm, lämnas fritt för postens sorteringstryck.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="296"/>
        <source>&amp;Default (DIN 5008)</source>
        <translation>&amp;Standard (DIN 5008)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="324"/>
        <source>Signing key (in the database)</source>
        <translation>Signeringsnyckel (i databasen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="330"/>
        <source>Every desk signs register extracts with the company&apos;s key, kept in the database and encrypted by its passphrase. An import or a new key takes effect at once.</source>
        <translation>Alla arbetsplatser signerar registerutdrag med företagets nyckel, som sparas i databasen krypterad med sin lösenfras. En import eller en ny nyckel gäller genast.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="351"/>
        <source>For this computer</source>
        <translation>För den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="357"/>
        <source>Kept on this computer only, for whoever uses the desk here.</source>
        <translation>Sparas bara på den här datorn, för den som arbetar vid den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="372"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="396"/>
        <source>Erasure ledger &amp;here:</source>
        <translation>Raderingslogg &amp;här:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="408"/>
        <source>Empty: the setting for every desk</source>
        <translation>Tomt: inställningen för alla arbetsplatser</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="415"/>
        <source>Br&amp;owse…</source>
        <translation>Bläddr&amp;a…</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="427"/>
        <source>Only when the shared ledger is reached by another path on this computer, e.g. a drive letter.</source>
        <translation>Bara när den delade loggen nås via en annan sökväg på den här datorn, t.ex. en enhetsbokstav.</translation>
    </message>
</context>
<context>
    <name>ShopChanges</name>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="158"/>
        <source>Changes for the shop: none</source>
        <translation>Ändringar till butiken: inga</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="161"/>
        <source>Changes for the shop: %1, all applied by the shop</source>
        <translation>Ändringar till butiken: %1, alla genomförda av butiken</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record/tabs/overview.py" line="163"/>
        <source>Changes for the shop: %1, %2 not yet applied by the shop (waiting since %3)</source>
        <translation>Ändringar till butiken: %1, %2 ännu inte genomförda av butiken (väntar sedan %3)</translation>
    </message>
</context>
<context>
    <name>SigningKeyPanel</name>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="67"/>
        <source>Importing the certificate…</source>
        <translation>Importerar certifikatet…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="75"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>De två lösenfraserna skiljer sig åt; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="82"/>
        <source>Creating a self-signed key…</source>
        <translation>Skapar en självsignerad nyckel…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="91"/>
        <source>Unprotected keyring</source>
        <translation>Oskyddad nyckelring</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="92"/>
        <source>This computer has no protected keyring: the signing key&apos;s passphrase would be kept in a plain file (%1) that anyone with access to your account can read.

Keep it there anyway? With No nothing is changed.</source>
        <translation>Den här datorn har ingen skyddad nyckelring: signeringsnyckelns lösenfras skulle sparas i en vanlig fil (%1) som vem som helst med tillgång till ditt konto kan läsa.

Spara den där ändå? Med Nej ändras ingenting.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="101"/>
        <source>Replace the signing key</source>
        <translation>Byt signeringsnyckel</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="102"/>
        <source>Extracts are then signed with the new key; those already issued stay verifiable. Replace the active key?</source>
        <translation>Utdrag signeras då med den nya nyckeln; de som redan lämnats ut går fortfarande att kontrollera. Byta den aktiva nyckeln?</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="117"/>
        <source>The new key is active; its passphrase is kept in this computer&apos;s keyring.</source>
        <translation>Den nya nyckeln är aktiv; dess lösenfras sparas i den här datorns nyckelring.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="127"/>
        <source>The company&apos;s certificate</source>
        <translation>Företagets certifikat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="128"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-filer (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="140"/>
        <source>A trial key: a PKCS#12 kept in the database. In production the company&apos;s key is on a token (mnu-desk keys token).</source>
        <translation>Provnyckel: en PKCS#12 som sparas i databasen. I drift finns företagets nyckel på en token (mnu-desk keys token).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="143"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="146"/>
        <source>No signing key yet: extracts cannot be issued until the company&apos;s certificate is imported or a trial key is created.</source>
        <translation>Ingen signeringsnyckel ännu: utdrag kan inte lämnas ut förrän företagets certifikat har importerats eller en provnyckel har skapats.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="158"/>
        <source>The signing key has expired: no extract can be signed until a new certificate is imported.</source>
        <translation>Signeringsnyckeln har gått ut: inget utdrag kan signeras förrän ett nytt certifikat har importerats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/settings/signing_key_panel.py" line="161"/>
        <source>The signing key expires in %n day(s): import the company&apos;s new certificate before then.</source>
        <translation>
            <numerusform>Signeringsnyckeln går ut om %n dag: importera företagets nya certifikat innan dess.</numerusform>
            <numerusform>Signeringsnyckeln går ut om %n dagar: importera företagets nya certifikat innan dess.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="21"/>
        <source>Active key</source>
        <translation>Aktiv nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="27"/>
        <source>Subject:</source>
        <translation>Innehavare:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="44"/>
        <source>Valid until:</source>
        <translation>Giltig till:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="54"/>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="88"/>
        <source>Import the company&apos;s certificate (PKCS#12)</source>
        <translation>Importera företagets certifikat (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="97"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="116"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="128"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="147"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="162"/>
        <source>Or a self-signed key for a trial</source>
        <translation>Eller en självsignerad nyckel för att prova</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="171"/>
        <source>No one can check a self-signed key against a trusted issuer: use it to try the desk, and import the company&apos;s real certificate before extracts go out.</source>
        <translation>Ingen kan kontrollera en självsignerad nyckel mot en betrodd utfärdare: använd den för att prova systemet, och importera företagets riktiga certifikat innan utdrag skickas ut.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="181"/>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="194"/>
        <source>at least 8 characters</source>
        <translation>minst 8 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="201"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.ui" line="220"/>
        <source>Create &amp;trial key</source>
        <translation>Skapa &amp;provnyckel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="47"/>
        <source>Database password</source>
        <translation>Databasens lösenord</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="48"/>
        <source>Password for the database at %1:</source>
        <translation>Lösenord för databasen på %1:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="54"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="61"/>
        <source>Preparing the demo database with %1 generated customers…</source>
        <translation>Förbereder demodatabasen med %1 påhittade kunder…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="111"/>
        <source>Preparing the demo database: %1 of %2 generated customers…</source>
        <translation>Förbereder demodatabasen: %1 av %2 påhittade kunder…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="68"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="48"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenat</numerusform>
            <numerusform>%n dagar försenat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="50"/>
        <source>due today</source>
        <translation>svar i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="51"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="57"/>
        <source>Overdue: the answer was due on %1.</source>
        <translation>Försenat: svaret skulle ha lämnats senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="59"/>
        <source>Due soon: the answer is due on %1.</source>
        <translation>Snart dags: svaret ska lämnas senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="61"/>
        <source>Closed: no deadline runs.</source>
        <translation>Avslutat: ingen tidsfrist löper.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="62"/>
        <source>The answer is due on %1.</source>
        <translation>Svaret ska lämnas senast %1.</translation>
    </message>
</context>
</TS>
