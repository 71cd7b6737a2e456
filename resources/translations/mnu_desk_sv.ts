<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="41"/>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="55"/>
        <source>IP address</source>
        <translation>IP-adress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="42"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="43"/>
        <source>First seen</source>
        <translation>Först sedd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="44"/>
        <source>Last seen</source>
        <translation>Senast sedd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="50"/>
        <source>Filter events: IP address, page, type, date…</source>
        <translation>Filtrera händelser: IP-adress, sida, typ, datum…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="54"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="56"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="57"/>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="58"/>
        <source>Cookie id</source>
        <translation>Cookie-id</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="97"/>
        <source>IP addresses (%1)</source>
        <translation>IP-adresser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="111"/>
        <source>Usage events (%1)</source>
        <translation>Användningshändelser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/activity.py" line="113"/>
        <source>Usage events (%1 of %2)</source>
        <translation>Användningshändelser (%1 av %2)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mnu_desk/gui/app.py" line="43"/>
        <source>mnu-desk cannot start</source>
        <translation>mnu-desk kan inte starta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/app.py" line="50"/>
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
        <location filename="../../mnu_desk/gui/case_queue.py" line="86"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="119"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="132"/>
        <source>All agents</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="133"/>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="134"/>
        <source>Not assigned</source>
        <translation>Inte tilldelade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/case_queue.py" line="170"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/case_queue.py" line="171"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenat</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/case_queue.py" line="172"/>
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n ska besvaras inom 7 dagar</numerusform>
            <numerusform>%n ska besvaras inom 7 dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="225"/>
        <source>%1 is assigned to you.</source>
        <translation>%1 är tilldelat dig.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="232"/>
        <source>request-register-%1.csv</source>
        <translation>arenderegister-%1.csv</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="234"/>
        <source>Export the request register</source>
        <translation>Exportera ärenderegistret</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="235"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_queue.py" line="240"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/case_queue.py" line="245"/>
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
        <location filename="../../mnu_desk/gui/case_work.py" line="51"/>
        <source>Registered %1: %2, answer due %3.</source>
        <translation>Registrerade %1: %2, svar senast %3.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/case_work.py" line="107"/>
        <source>Corrected the data of customer %1.</source>
        <translation>Uppgifterna för kund %1 är rättade.</translation>
    </message>
</context>
<context>
    <name>CategoryTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="78"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="91"/>
        <source>The processing register could not be read: %1</source>
        <translation>Registret över behandlingar kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="103"/>
        <source>purposes: %1.</source>
        <translation>ändamål: %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="105"/>
        <source>&lt;i&gt;Legal basis:&lt;/i&gt; %1.</source>
        <translation>&lt;i&gt;Rättslig grund:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="107"/>
        <source>Kept: %1</source>
        <translation>Sparas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="109"/>
        <source>Recipients: %1</source>
        <translation>Mottagare: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/base.py" line="111"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="23"/>
        <source>Disclosures (%1)</source>
        <translation>Utlämnanden (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="25"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="26"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="27"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="28"/>
        <source>Outside EU/EEA</source>
        <translation>Utanför EU/EES</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="29"/>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="30"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="31"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/disclosures.py" line="32"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="83"/>
        <source>Correct the data of %1 (customer %2). Only the fields you change are saved, with your reason, in the log (GDPR art. 16).</source>
        <translation>Rätta uppgifterna för %1 (kund %2). Bara de fält du ändrar sparas, med ditt skäl, i loggen (GDPR art. 16).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="94"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="106"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="107"/>
        <source>When you opened</source>
        <translation>När du öppnade</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="108"/>
        <source>Stored now (theirs)</source>
        <translation>Sparat nu (deras)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="109"/>
        <source>Yours</source>
        <translation>Dina</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="153"/>
        <source>Will be removed.</source>
        <translation>Tas bort.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="155"/>
        <source>Saved as %1</source>
        <translation>Sparas som %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="176"/>
        <source>Nothing has changed yet.</source>
        <translation>Inget är ändrat ännu.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="180"/>
        <source>Give a reason for the change: what the person said, or what you found.</source>
        <translation>Ange ett skäl till ändringen: vad personen sa, eller vad du upptäckte.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="188"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="219"/>
        <source>(not changed by you: theirs stays)</source>
        <translation>(inte ändrat av dig: deras står kvar)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="225"/>
        <source>Another agent changed this person while you worked, so nothing of yours is saved yet. Rows in amber are theirs. &quot;Apply mine anyway&quot; saves your values over theirs in the fields you changed; their other changes stay. &quot;Drop mine&quot; keeps what is stored now.</source>
        <translation>En annan handläggare ändrade personen medan du arbetade, så inget av ditt är sparat ännu. Gula rader är deras ändringar. ”Använd mina ändå” sparar dina värden över deras i de fält du ändrade; deras övriga ändringar står kvar. ”Släpp mina” behåller det som är sparat nu.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="257"/>
        <source>Saved:</source>
        <translation>Sparat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="263"/>
        <source>Nothing changed: the values you gave are already stored.</source>
        <translation>Inget ändrades: värdena du angav är redan sparade.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="266"/>
        <source>Follow-up tasks in request %1 (GDPR art. 19: tell each recipient):</source>
        <translation>Uppföljningsuppgifter i ärende %1 (GDPR art. 19: underrätta varje mottagare):</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="268"/>
        <source>Follow-up tasks, not tied to a request (GDPR art. 19: tell each recipient):</source>
        <translation>Uppföljningsuppgifter, inte kopplade till något ärende (GDPR art. 19: underrätta varje mottagare):</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="275"/>
        <source>No recipient had received the changed data: no follow-up tasks.</source>
        <translation>Ingen mottagare hade fått de ändrade uppgifterna: inga uppföljningsuppgifter.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/edit_person_dialog.py" line="280"/>
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
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="41"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="44"/>
        <source>&amp;Create and log in</source>
        <translation>&amp;Skapa och logga in</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="57"/>
        <source>Enter a name for the administrator.</source>
        <translation>Skriv ett namn på administratören.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="61"/>
        <source>The two passwords differ; type them again.</source>
        <translation>De två lösenorden skiljer sig åt; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="67"/>
        <source>Creating the administrator…</source>
        <translation>Skapar administratören…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="92"/>
        <source>Another desk has created the first administrator in the meantime; log in instead.</source>
        <translation>En annan handläggarplats har skapat den första administratören under tiden; logga in i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="20"/>
        <source>First administrator – mnu-desk</source>
        <translation>Första administratören – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="32"/>
        <source>A new database</source>
        <translation>En ny databas</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="39"/>
        <source>This database has no agents yet. Create the first administrator: they log in now and can then add the other agents.</source>
        <translation>Databasen har inga handläggare ännu. Skapa den första administratören: hen loggar in nu och kan sedan lägga till de andra handläggarna.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="77"/>
        <source>letters, digits, dots, dashes</source>
        <translation>bokstäver, siffror, punkter, bindestreck</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="84"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="104"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="69"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="70"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="18"/>
        <source>Interests (%1)</source>
        <translation>Intressen (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="19"/>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="32"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="20"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="21"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="22"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="23"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="25"/>
        <source>Newsletter subscriptions (%1)</source>
        <translation>Prenumerationer på nyhetsbrev (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="26"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="27"/>
        <source>Subscribed</source>
        <translation>Prenumererar sedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="28"/>
        <source>Unsubscribed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="29"/>
        <source>Personalised offers</source>
        <translation>Anpassade erbjudanden</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="31"/>
        <source>Newsletter interactions (%1)</source>
        <translation>Interaktioner med nyhetsbrev (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="33"/>
        <source>Campaign</source>
        <translation>Utskick</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="34"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/interests.py" line="35"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="21"/>
        <source>Log entries (%1)</source>
        <translation>Loggposter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="22"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="23"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="24"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="25"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/log.py" line="26"/>
        <source>Request</source>
        <translation>Ärende</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="61"/>
        <source>This computer (embedded database)</source>
        <translation>Den här datorn (inbyggd databas)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="63"/>
        <source>Demo database on this computer</source>
        <translation>Demodatabas på den här datorn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="177"/>
        <source>Database password</source>
        <translation>Databasens lösenord</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="178"/>
        <source>Password for the database at %1:</source>
        <translation>Lösenord för databasen på %1:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="190"/>
        <source>Enter your agent name.</source>
        <translation>Skriv ditt handläggarnamn.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="194"/>
        <source>Enter your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="201"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="228"/>
        <source>An administrator can tell you more; the lock ends by itself.</source>
        <translation>En administratör kan berätta mer; spärren upphör av sig själv.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="230"/>
        <source>After 5 wrong passwords the agent is locked for 15 minutes.</source>
        <translation>Efter 5 felaktiga lösenord spärras handläggaren i 15 minuter.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="241"/>
        <source>Check the network, or choose another database.</source>
        <translation>Kontrollera nätverket eller välj en annan databas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="265"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="274"/>
        <source>%1: no schema yet; it is created at the first log-in.</source>
        <translation>%1: inget schema ännu; det skapas vid första inloggningen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="276"/>
        <source>%1: the database is empty; an administrator runs &apos;mnu-desk db upgrade&apos;.</source>
        <translation>%1: databasen är tom; en administratör kör &apos;mnu-desk db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="279"/>
        <source>%1, schema revision %2 (current).</source>
        <translation>%1, schemaversion %2 (aktuell).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="281"/>
        <source>%1, schema revision %2; this program needs %3.</source>
        <translation>%1, schemaversion %2; programmet behöver %3.</translation>
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
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="147"/>
        <source>Demo log-ins</source>
        <translation>Demoinloggningar</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="153"/>
        <source>This is the demo database: generated customers, no real data. Double-click a log-in to use it.</source>
        <translation>Detta är demodatabasen: påhittade kunder, inga riktiga uppgifter. Dubbelklicka på en inloggning för att använda den.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="182"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="187"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="192"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="58"/>
        <source>mnu-desk — %1 (%2) — %3</source>
        <translation>mnu-desk — %1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="147"/>
        <source>Opened customer %1; the opening is logged.</source>
        <translation>Kund %1 öppnad; öppnandet har loggats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/main_window.py" line="203"/>
        <source>Case queue (%n overdue)</source>
        <translation>
            <numerusform>Ärendekö (%n försenat)</numerusform>
            <numerusform>Ärendekö (%n försenade)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="206"/>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>Case queue</source>
        <translation>Ärendekö</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="208"/>
        <source>Open requests by due date (Ctrl+K)</source>
        <translation>Öppna ärenden efter svarsdatum (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="220"/>
        <source>About mnu-desk</source>
        <translation>Om mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="221"/>
        <source>&lt;h3&gt;mnu-desk %1&lt;/h3&gt;&lt;p&gt;The support desk&apos;s tool for keeping the promises of m.nu&apos;s privacy policy: look up customers and see every category of their data.&lt;/p&gt;&lt;p&gt;m punkt nu Sverige AB, org.nr 556871-8133&lt;/p&gt;&lt;p&gt;Database: %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mnu-desk %1&lt;/h3&gt;&lt;p&gt;Kundtjänstens verktyg för att hålla det m.nu:s integritetspolicy lovar: slå upp kunder och se alla kategorier av deras uppgifter.&lt;/p&gt;&lt;p&gt;m punkt nu Sverige AB, org.nr 556871-8133&lt;/p&gt;&lt;p&gt;Databas: %2 (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <location filename="../../ui/main_window.ui" line="239"/>
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
        <location filename="../../ui/main_window.ui" line="185"/>
        <source>&amp;Requests</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="194"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="198"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="207"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="220"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>Log out and return to the log-in</source>
        <translation>Logga ut och gå tillbaka till inloggningen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Move to the search field</source>
        <translation>Gå till sökfältet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Correct data…</source>
        <translation>&amp;Rätta uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256"/>
        <source>Correct or complete the open person&apos;s name, address, e-mail or phone</source>
        <translation>Rätta eller komplettera den öppna personens namn, adress, e-post eller telefon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>Case &amp;queue</source>
        <translation>Ärende&amp;kö</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="267"/>
        <source>Show the open requests by due date</source>
        <translation>Visa de öppna ärendena efter svarsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>&amp;Register a request…</source>
        <translation>&amp;Registrera ett ärende…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="278"/>
        <source>Register a request that came by letter, e-mail, phone or the web</source>
        <translation>Registrera ett ärende som kom per brev, e-post, telefon eller webben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="283"/>
        <source>&amp;Export the request register (CSV)…</source>
        <translation>&amp;Exportera ärenderegistret (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="312"/>
        <source>Interests and newsletters</source>
        <translation>Intressen och nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="320"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="328"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="336"/>
        <source>Requests</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="368"/>
        <source>&amp;About mnu-desk</source>
        <translation>&amp;Om mnu-desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mnu_desk/gui/messages.py" line="33"/>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/messages.py" line="35"/>
        <source>Unexpected error: %1</source>
        <translation>Oväntat fel: %1</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="17"/>
        <source>Objections (%1)</source>
        <translation>Invändningar (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="18"/>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="19"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="20"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="21"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="22"/>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="24"/>
        <source>Restrictions and legal holds (%1)</source>
        <translation>Begränsningar och rättsliga spärrar (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="25"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="26"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="27"/>
        <source>Set</source>
        <translation>Satt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="28"/>
        <source>Lifted</source>
        <translation>Hävd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="29"/>
        <source>Why lifted</source>
        <translation>Varför hävd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/objections.py" line="30"/>
        <source>Person told</source>
        <translation>Personen underrättad</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="42"/>
        <source>First name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="42"/>
        <source>Last name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="41"/>
        <source>Name, phone and e-mail</source>
        <translation>Namn, telefon och e-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="22"/>
        <source>&amp;Correct data…</source>
        <translation>&amp;Rätta uppgifter…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="24"/>
        <source>Correct or complete name, address, e-mail or phone, with a reason (Ctrl+E)</source>
        <translation>Rätta eller komplettera namn, adress, e-post eller telefon, med ett skäl (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="27"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="29"/>
        <source>Register a request from this person (Ctrl+N)</source>
        <translation>Registrera ett ärende från den här personen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="43"/>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="43"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="43"/>
        <source>International:</source>
        <translation>Internationellt:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="45"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="45"/>
        <source>Log-in:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="46"/>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="47"/>
        <source>Last log-in:</source>
        <translation>Senaste inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="48"/>
        <source>Closed:</source>
        <translation>Avslutat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="55"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="56"/>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="57"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="58"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="59"/>
        <source>Primary</source>
        <translation>Huvudadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="60"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="69"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="77"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="70"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="78"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="71"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="80"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="76"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="79"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="124"/>
        <source>no account</source>
        <translation>inget konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="127"/>
        <source>Addresses (%1)</source>
        <translation>Adresser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="130"/>
        <source>Favourites (%1)</source>
        <translation>Favoriter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="133"/>
        <source>Wish lists (%1)</source>
        <translation>Önskelistor (%1)</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="33"/>
        <source>Order no.</source>
        <translation>Ordernr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="34"/>
        <source>Placed</source>
        <translation>Lagd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="36"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="37"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="38"/>
        <source>of which VAT</source>
        <translation>varav moms</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="39"/>
        <source>Billed to</source>
        <translation>Fakturerad till</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="40"/>
        <source>Billing address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="41"/>
        <source>E-mail on invoice</source>
        <translation>E-post på fakturan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="42"/>
        <source>Kept for bookkeeping until</source>
        <translation>Sparas för bokföringen till</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="47"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="48"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="49"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="50"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="51"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="52"/>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="53"/>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="82"/>
        <source>Orders (%1), bought for %2 in all (cancelled orders not counted)</source>
        <translation>Ordrar (%1), köpt för sammanlagt %2 (makulerade ordrar ej medräknade)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="85"/>
        <source>Orders (0)</source>
        <translation>Ordrar (0)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="96"/>
        <source>Lines of order %1 (%2)</source>
        <translation>Rader i order %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/purchases.py" line="99"/>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="29"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="30"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="31"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="32"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="33"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="35"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="37"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="36"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/queue_model.py" line="59"/>
        <source>Extended from %1.</source>
        <translation>Förlängt från %1.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="95"/>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="96"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="189"/>
        <source>Erased person</source>
        <translation>Raderad person</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="193"/>
        <source>Customer no. %1</source>
        <translation>Kundnr %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="208"/>
        <source>This person has been erased: no personal data is left. Orders kept for bookkeeping are restricted to that use.</source>
        <translation>Personen är raderad: inga personuppgifter finns kvar. Ordrar som sparas för bokföringen får bara användas till det.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="211"/>
        <source>The account is closed: account data is gone; bookkeeping records stay until the law&apos;s date.</source>
        <translation>Kontot är avslutat: kontouppgifterna är borta; bokföringsunderlag sparas till det datum lagen anger.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="217"/>
        <source>Legal hold since %1: nothing of this person may be erased.</source>
        <translation>Rättslig spärr sedan %1: inget om den här personen får raderas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="220"/>
        <source>Processing restricted since %1: keep the data, do not use it (%2).</source>
        <translation>Behandlingen begränsad sedan %1: spara uppgifterna men använd dem inte (%2).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="226"/>
        <source>Objects to: %1.</source>
        <translation>Invänder mot: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="60"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="79"/>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="98"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="117"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="120"/>
        <source>Interests and newsletters</source>
        <translation>Intressen och nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="139"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="158"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="177"/>
        <source>Requests</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/record_view.ui" line="196"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="70"/>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="78"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="105"/>
        <source>One month from the day of receipt, moved past weekends and public holidays (GDPR art. 12(3)). If you ask for proof of identity, the month runs from the day it arrives.</source>
        <translation>En månad från mottagandet, flyttad förbi helger och helgdagar (GDPR art. 12.3). Om du begär identitetsbevis räknas månaden från den dag beviset kommer in.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="113"/>
        <source>No customer: the request is registered with the requester&apos;s name and address as given; both are needed to answer it.</source>
        <translation>Ingen kund: ärendet registreras med den sökandes namn och adress som de angetts; båda behövs för att kunna svara.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="116"/>
        <source>%1 — the requester&apos;s own name and address as given may be added below.</source>
        <translation>%1 — den sökandes namn och adress som de angetts kan läggas till nedan.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="119"/>
        <source>Customer %1 is checked when you register.</source>
        <translation>Kund %1 kontrolleras när du registrerar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="141"/>
        <source>Attach the scanned letter</source>
        <translation>Bifoga det inskannade brevet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="142"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Inskanningar (*.pdf *.jpg *.jpeg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="152"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="156"/>
        <source>%1 is %2 MB; a scan may be at most 20 MB.</source>
        <translation>%1 är %2 MB; en inskanning får vara högst 20 MB.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="202"/>
        <source>Registering…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="224"/>
        <source>Registered %1, due %2. Note: %3 of the same type is still open for this person; check whether this is the same request or a repeat.</source>
        <translation>%1 är registrerat, svar senast %2. Obs: %3 av samma typ är fortfarande öppet för den här personen; kontrollera om det är samma begäran eller en upprepad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/register_request_dialog.py" line="231"/>
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
        <source>Remo&amp;ve scan</source>
        <translation>Ta b&amp;ort inskanning</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="230"/>
        <source>Attached scans</source>
        <translation>Bifogade inskanningar</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="240"/>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="246"/>
        <source>How identity was checked</source>
        <translation>Hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="256"/>
        <source>how identity was checked</source>
        <translation>hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location filename="../../ui/register_request.ui" line="263"/>
        <source>Ask for more proof only with reasonable doubt (GDPR art. 12(6)); a signature is one way of checking identity, not a condition.</source>
        <translation>Begär mer bevis bara vid rimliga tvivel (GDPR art. 12.6); en underskrift är ett sätt att kontrollera identiteten, inte ett villkor.</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="70"/>
        <source>Request %1 – mnu-desk</source>
        <translation>Ärende %1 – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="87"/>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="88"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="89"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="90"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="91"/>
        <source>Impossible because</source>
        <translation>Omöjlig eftersom</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="95"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="96"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="97"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="98"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="99"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="141"/>
        <source>%1 on %2.</source>
        <translation>%1 den %2.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="150"/>
        <source>%1 (one month from the day the proof arrived)</source>
        <translation>%1 (en månad från dagen då identitetsbeviset kom in)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="171"/>
        <source>none: no customer matched</source>
        <translation>ingen: ingen kund matchade</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="173"/>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="160"/>
        <source>not checked yet</source>
        <translation>inte kontrollerad ännu</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="179"/>
        <source>yes: an extract was already issued this calendar year; a supervisor decides</source>
        <translation>ja: ett registerutdrag har redan utfärdats i år; en arbetsledare beslutar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="190"/>
        <source>Tasks (%1 open of %2)</source>
        <translation>Uppgifter (%1 öppna av %2)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="191"/>
        <source>Tasks: none</source>
        <translation>Uppgifter: inga</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="194"/>
        <source>Attachments (%1)</source>
        <translation>Bilagor (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_detail_dialog.py" line="195"/>
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
        <location filename="../../ui/request_detail.ui" line="480"/>
        <source>Assign to &amp;me</source>
        <translation>Tilldela &amp;mig</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="487"/>
        <source>Ask for &amp;proof of identity…</source>
        <translation>Begär &amp;identitetsbevis…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="494"/>
        <source>Proof &amp;arrived…</source>
        <translation>&amp;Beviset har kommit…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="501"/>
        <source>Set &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="525"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Förläng…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="528"/>
        <source>Two further months, with a reason (supervisor; GDPR art. 12(3))</source>
        <translation>Två månader till, med ett skäl (arbetsledare; GDPR art. 12.3)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="535"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Avslå…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="538"/>
        <source>Refuse with the reasons (supervisor; GDPR art. 12(4), 12(5))</source>
        <translation>Avslå med skälen (arbetsledare; GDPR art. 12.4, 12.5)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="545"/>
        <source>&amp;Close request…</source>
        <translation>Avsl&amp;uta ärendet…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="548"/>
        <source>Completed, with its outcome</source>
        <translation>Klart, med sitt utfall</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.ui" line="568"/>
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
        <location filename="../../mnu_desk/gui/request_steps.py" line="35"/>
        <source>Ask for proof of identity – %1</source>
        <translation>Begär identitetsbevis – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="36"/>
        <source>Ask for more proof only when there is reasonable doubt about who sent the request (GDPR art. 12(6)); a routine demand for ID is itself a breach. The month then runs from the day the proof arrives.</source>
        <translation>Begär mer bevis bara när det finns rimliga tvivel om vem som skickat begäran (GDPR art. 12.6); att rutinmässigt kräva id-handling är i sig en överträdelse. Månaden räknas då från dagen då beviset kommer in.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="39"/>
        <location filename="../../mnu_desk/gui/request_steps.py" line="50"/>
        <location filename="../../mnu_desk/gui/request_steps.py" line="111"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="40"/>
        <source>&amp;Asked on:</source>
        <translation>&amp;Begärt den:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="47"/>
        <source>Proof of identity arrived – %1</source>
        <translation>Identitetsbevis har kommit – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="48"/>
        <source>The answer is then due one month after the day the proof arrived. A copy of an ID document is deleted once the check is recorded.</source>
        <translation>Svaret ska då lämnas senast en månad efter dagen då beviset kom in. En kopia av en id-handling raderas så snart kontrollen är registrerad.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="51"/>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Kom in den:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="53"/>
        <source>&amp;Checked by:</source>
        <translation>K&amp;ontrollerad genom:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="55"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="63"/>
        <source>Extend the deadline – %1</source>
        <translation>Förläng tidsfristen – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="64"/>
        <source>Two further months, only with a reason, and the person must be told within the first month (GDPR art. 12(3)). The answer would then be due on %1.</source>
        <translation>Två månader till, bara med ett skäl, och personen ska underrättas inom den första månaden (GDPR art. 12.3). Svaret ska då lämnas senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="67"/>
        <source>&amp;Extend</source>
        <translation>&amp;Förläng</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="68"/>
        <location filename="../../mnu_desk/gui/request_steps.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="69"/>
        <source>e.g. the request covers many years of orders</source>
        <translation>t.ex. begäran omfattar många års beställningar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="74"/>
        <source>Refuse the request – %1</source>
        <translation>Avslå begäran – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="75"/>
        <source>A refusal must reach the person within one month with its reasons and the right to complain to IMY and to go to court (GDPR art. 12(4)). Only a manifestly unfounded or excessive request may be refused (art. 12(5)); the desk must be able to show why.</source>
        <translation>Ett avslag ska nå personen inom en månad med skälen och rätten att klaga hos IMY och att gå till domstol (GDPR art. 12.4). Bara en uppenbart ogrundad eller orimlig begäran får avslås (art. 12.5); kundtjänst måste kunna visa varför.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="78"/>
        <source>Re&amp;fuse</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="79"/>
        <source>&amp;Reasons:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="80"/>
        <source>why the request is manifestly unfounded or excessive</source>
        <translation>varför begäran är uppenbart ogrundad eller orimlig</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="88"/>
        <source>Set the status – %1</source>
        <translation>Ändra status – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="89"/>
        <source>Close a request with its outcome, or refuse it with its reasons: those have their own buttons.</source>
        <translation>Avsluta ett ärende med dess utfall, eller avslå det med skälen: de har egna knappar.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="91"/>
        <source>&amp;Set</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="92"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="98"/>
        <source>Close the request – %1</source>
        <translation>Avsluta ärendet – %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="99"/>
        <source>Say what was done. A request with open tasks cannot be closed: finish them, or mark them impossible with a reason, first.</source>
        <translation>Skriv vad som gjordes. Ett ärende med öppna uppgifter kan inte avslutas: slutför dem, eller markera dem som omöjliga med ett skäl, först.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="101"/>
        <source>&amp;Close request</source>
        <translation>Avsl&amp;uta ärendet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="102"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="103"/>
        <source>e.g. address corrected and Klarna told; letter sent on 12 May</source>
        <translation>t.ex. adressen rättad och Klarna underrättad; brev skickat den 12 maj</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="108"/>
        <source>Task impossible</source>
        <translation>Uppgiften är omöjlig</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="109"/>
        <source>A recipient need not be told when that proves impossible or involves disproportionate effort (GDPR art. 19). Say why; the reason is kept with the task.</source>
        <translation>En mottagare behöver inte underrättas om det visar sig omöjligt eller innebär en oproportionerlig insats (GDPR art. 19). Skriv varför; skälet sparas med uppgiften.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/request_steps.py" line="113"/>
        <source>e.g. the recipient no longer exists</source>
        <translation>t.ex. mottagaren finns inte längre</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="45"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="47"/>
        <source>Register a request from this person (Ctrl+N)</source>
        <translation>Registrera ett ärende från den här personen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="49"/>
        <source>&amp;Open request</source>
        <translation>&amp;Öppna ärende</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="51"/>
        <source>Show the selected request (Enter or double-click)</source>
        <translation>Visa det markerade ärendet (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="57"/>
        <source>Requests (%1)</source>
        <translation>Ärenden (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="58"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="59"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="60"/>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="71"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="62"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="63"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="64"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="65"/>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="70"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="66"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="68"/>
        <source>Support contacts (%1)</source>
        <translation>Kundtjänstkontakter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="69"/>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="72"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="73"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="25"/>
        <source>Cust. no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="26"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="27"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="29"/>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="30"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="31"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/results_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="133"/>
        <source>The best %1 matches in %2 ms; type more to narrow the search</source>
        <translation>De %1 bästa träffarna på %2 ms; skriv mer för att begränsa sökningen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="136"/>
        <source>No matches (%1 ms)</source>
        <translation>Inga träffar (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/search_panel.py" line="138"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n träff på %1 ms</numerusform>
            <numerusform>%n träffar på %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="151"/>
        <source>Search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="43"/>
        <source>Database password</source>
        <translation>Databasens lösenord</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="44"/>
        <source>Password for the database at %1:</source>
        <translation>Lösenord för databasen på %1:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="50"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="57"/>
        <source>Preparing the demo database with %1 generated customers…</source>
        <translation>Förbereder demodatabasen med %1 påhittade kunder…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/startup.py" line="64"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/urgency.py" line="48"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenat</numerusform>
            <numerusform>%n dagar försenat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/urgency.py" line="50"/>
        <source>due today</source>
        <translation>svar i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/urgency.py" line="51"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/urgency.py" line="57"/>
        <source>Overdue: the answer was due on %1.</source>
        <translation>Försenat: svaret skulle ha lämnats senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/urgency.py" line="59"/>
        <source>Due soon: the answer is due on %1.</source>
        <translation>Snart dags: svaret ska lämnas senast %1.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/urgency.py" line="61"/>
        <source>Closed: no deadline runs.</source>
        <translation>Avslutat: ingen tidsfrist löper.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/urgency.py" line="62"/>
        <source>The answer is due on %1.</source>
        <translation>Svaret ska lämnas senast %1.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="81"/>
        <source>Account holder</source>
        <translation>Kontokund</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="82"/>
        <source>Guest buyer</source>
        <translation>Gästköpare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="83"/>
        <source>Subscriber</source>
        <translation>Prenumerant</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="84"/>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="87"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="88"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="89"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="208"/>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="92"/>
        <source>agent</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="93"/>
        <source>supervisor</source>
        <translation>arbetsledare</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="94"/>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="97"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="98"/>
        <source>Shipped</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="99"/>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="100"/>
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="101"/>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="104"/>
        <source>Page view</source>
        <translation>Sidvisning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="105"/>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="106"/>
        <source>Log-in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="107"/>
        <source>Added to cart</source>
        <translation>Lagt i varukorgen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="108"/>
        <source>Checkout</source>
        <translation>Kassan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="111"/>
        <source>Viewed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="112"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="121"/>
        <source>Clicked</source>
        <translation>Klickad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="115"/>
        <source>Web shop</source>
        <translation>Webbutiken</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="116"/>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="119"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="120"/>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="124"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="192"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="125"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="193"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="126"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="127"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="128"/>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="131"/>
        <source>E-mail marketing</source>
        <translation>Marknadsföring per e-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="132"/>
        <source>Partner ads (Facebook, Google)</source>
        <translation>Annonser via partner (Facebook, Google)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="133"/>
        <source>Personalised offers</source>
        <translation>Anpassade erbjudanden</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="134"/>
        <source>All direct marketing</source>
        <translation>All direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="137"/>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="138"/>
        <source>Legal hold</source>
        <translation>Rättslig spärr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="141"/>
        <source>Access (register extract)</source>
        <translation>Tillgång (registerutdrag)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="142"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="151"/>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="143"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="152"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="144"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="153"/>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="145"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="154"/>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="146"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="155"/>
        <source>Account closure</source>
        <translation>Avslut av konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="147"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="156"/>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="150"/>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="159"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="160"/>
        <source>Waiting for proof of identity</source>
        <translation>Väntar på identitetsbevis</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="161"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="162"/>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="163"/>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="164"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="167"/>
        <source>Signature and address match the record</source>
        <translation>Underskrift och adress stämmer med posten</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="168"/>
        <source>Known e-mail address</source>
        <translation>Känd e-postadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="169"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="174"/>
        <source>Copy of an ID document</source>
        <translation>Kopia av id-handling</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="170"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="175"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="173"/>
        <source>Letter (scan)</source>
        <translation>Brev (inskanning)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="178"/>
        <source>Tell the recipient of a rectification</source>
        <translation>Underrätta mottagaren om en rättelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="181"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="182"/>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="183"/>
        <source>phone and e-mail</source>
        <translation>telefon och e-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="186"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="187"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="188"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="189"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="190"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="191"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="196"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="197"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="198"/>
        <source>Marketing partner</source>
        <translation>Marknadsföringspartner</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="199"/>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="200"/>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="201"/>
        <source>Shop system</source>
        <translation>Butikssystem</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="204"/>
        <source>Record opened</source>
        <translation>Posten öppnad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="205"/>
        <source>Rectified</source>
        <translation>Rättad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="206"/>
        <source>Objection registered</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="207"/>
        <source>Register extract issued</source>
        <translation>Registerutdrag utfärdat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="211"/>
        <source>customer service</source>
        <translation>kundtjänst</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="214"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="215"/>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="216"/>
        <source>Legal obligation</source>
        <translation>Rättslig förpliktelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="217"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
</context>
</TS>
