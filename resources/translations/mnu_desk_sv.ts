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
        <location filename="../../mnu_desk/gui/app.py" line="40"/>
        <source>mnu-desk cannot start</source>
        <translation>mnu-desk kan inte starta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/app.py" line="47"/>
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
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="42"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="45"/>
        <source>&amp;Create and log in</source>
        <translation>&amp;Skapa och logga in</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="58"/>
        <source>Enter a name for the administrator.</source>
        <translation>Skriv ett namn på administratören.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="62"/>
        <source>The two passwords differ; type them again.</source>
        <translation>De två lösenorden skiljer sig åt; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="68"/>
        <source>Creating the administrator…</source>
        <translation>Skapar administratören…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/first_admin_dialog.py" line="87"/>
        <source>Another desk has created the first administrator in the meantime; log in instead.</source>
        <translation>En annan handläggarplats har skapat den första administratören under tiden; logga in i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="14"/>
        <source>First administrator – mnu-desk</source>
        <translation>Första administratören – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="26"/>
        <source>A new database</source>
        <translation>En ny databas</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="33"/>
        <source>This database has no agents yet. Create the first administrator: they log in now and can then add the other agents.</source>
        <translation>Databasen har inga handläggare ännu. Skapa den första administratören: hen loggar in nu och kan sedan lägga till de andra handläggarna.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="58"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="71"/>
        <source>letters, digits, dots, dashes</source>
        <translation>bokstäver, siffror, punkter, bindestreck</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="98"/>
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
        <location filename="../../mnu_desk/gui/login_dialog.py" line="62"/>
        <source>This computer (embedded database)</source>
        <translation>Den här datorn (inbyggd databas)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="64"/>
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
        <location filename="../../mnu_desk/gui/login_dialog.py" line="168"/>
        <source>Database password</source>
        <translation>Databasens lösenord</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="169"/>
        <source>Password for the database at %1:</source>
        <translation>Lösenord för databasen på %1:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="181"/>
        <source>Enter your agent name.</source>
        <translation>Skriv ditt handläggarnamn.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="185"/>
        <source>Enter your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="192"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="219"/>
        <source>An administrator can tell you more; the lock ends by itself.</source>
        <translation>En administratör kan berätta mer; spärren upphör av sig själv.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="221"/>
        <source>After 5 wrong passwords the agent is locked for 15 minutes.</source>
        <translation>Efter 5 felaktiga lösenord spärras handläggaren i 15 minuter.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="232"/>
        <source>Check the network, or choose another database.</source>
        <translation>Kontrollera nätverket eller välj en annan databas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="256"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="265"/>
        <source>%1: no schema yet; it is created at the first log-in.</source>
        <translation>%1: inget schema ännu; det skapas vid första inloggningen.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="267"/>
        <source>%1: the database is empty; an administrator runs &apos;mnu-desk db upgrade&apos;.</source>
        <translation>%1: databasen är tom; en administratör kör &apos;mnu-desk db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="270"/>
        <source>%1, schema revision %2 (current).</source>
        <translation>%1, schemaversion %2 (aktuell).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/login_dialog.py" line="272"/>
        <source>%1, schema revision %2; this program needs %3.</source>
        <translation>%1, schemaversion %2; programmet behöver %3.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="14"/>
        <source>Log in – mnu-desk</source>
        <translation>Logga in – mnu-desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="26"/>
        <source>m.nu support desk</source>
        <translation>m.nu kundtjänst</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="33"/>
        <source>Log in with your agent name. Every customer record you open is logged.</source>
        <translation>Logga in med ditt handläggarnamn. Varje kundpost du öppnar loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="48"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="65"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="85"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="107"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="141"/>
        <source>Demo log-ins</source>
        <translation>Demoinloggningar</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="147"/>
        <source>This is the demo database: generated customers, no real data. Double-click a log-in to use it.</source>
        <translation>Detta är demodatabasen: påhittade kunder, inga riktiga uppgifter. Dubbelklicka på en inloggning för att använda den.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="176"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="181"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="186"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="52"/>
        <source>mnu-desk — %1 (%2) — %3</source>
        <translation>mnu-desk — %1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="112"/>
        <source>Opened customer %1; the opening is logged.</source>
        <translation>Kund %1 öppnad; öppnandet har loggats.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="136"/>
        <source>About mnu-desk</source>
        <translation>Om mnu-desk</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/main_window.py" line="137"/>
        <source>&lt;h3&gt;mnu-desk %1&lt;/h3&gt;&lt;p&gt;The support desk&apos;s tool for keeping the promises of m.nu&apos;s privacy policy: look up customers and see every category of their data.&lt;/p&gt;&lt;p&gt;m punkt nu Sverige AB, org.nr 556871-8133&lt;/p&gt;&lt;p&gt;Database: %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mnu-desk %1&lt;/h3&gt;&lt;p&gt;Kundtjänstens verktyg för att hålla det m.nu:s integritetspolicy lovar: slå upp kunder och se alla kategorier av deras uppgifter.&lt;/p&gt;&lt;p&gt;m punkt nu Sverige AB, org.nr 556871-8133&lt;/p&gt;&lt;p&gt;Databas: %2 (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <location filename="../../ui/main_window.ui" line="198"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>Name, e-mail, phone, postcode, customer or order no.</source>
        <translation>Namn, e-post, telefon, postnummer, kund- eller ordernummer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>Type a name, e-mail address, phone number, postcode, customer number or order number in the search field. Enter opens the first match; Up and Down move in the list.</source>
        <translation>Skriv ett namn, en e-postadress, ett telefonnummer, postnummer, kundnummer eller ordernummer i sökfältet. Enter öppnar första träffen; upp- och nedpil flyttar i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="139"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="185"/>
        <source>Log out and return to the log-in</source>
        <translation>Logga ut och gå tillbaka till inloggningen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>Move to the search field</source>
        <translation>Gå till sökfältet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>Interests and newsletters</source>
        <translation>Intressen och nyhetsbrev</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="241"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="249"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="257"/>
        <source>Requests</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="289"/>
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
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="24"/>
        <source>First name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="24"/>
        <source>Last name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="23"/>
        <source>Name, phone and e-mail</source>
        <translation>Namn, telefon och e-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="25"/>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="25"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="25"/>
        <source>International:</source>
        <translation>Internationellt:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="27"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="27"/>
        <source>Log-in:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="28"/>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="29"/>
        <source>Last log-in:</source>
        <translation>Senaste inloggning:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="30"/>
        <source>Closed:</source>
        <translation>Avslutat:</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="37"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="38"/>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="39"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="40"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="41"/>
        <source>Primary</source>
        <translation>Huvudadress</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="42"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="51"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="59"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="52"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="60"/>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="53"/>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="62"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="58"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="61"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="101"/>
        <source>no account</source>
        <translation>inget konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="104"/>
        <source>Addresses (%1)</source>
        <translation>Adresser (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="107"/>
        <source>Favourites (%1)</source>
        <translation>Favoriter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/overview.py" line="110"/>
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
    <name>RecordView</name>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="67"/>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="68"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="136"/>
        <source>Erased person</source>
        <translation>Raderad person</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="140"/>
        <source>Customer no. %1</source>
        <translation>Kundnr %1</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="153"/>
        <source>This person has been erased: no personal data is left. Orders kept for bookkeeping are restricted to that use.</source>
        <translation>Personen är raderad: inga personuppgifter finns kvar. Ordrar som sparas för bokföringen får bara användas till det.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="156"/>
        <source>The account is closed: account data is gone; bookkeeping records stay until the law&apos;s date.</source>
        <translation>Kontot är avslutat: kontouppgifterna är borta; bokföringsunderlag sparas till det datum lagen anger.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="162"/>
        <source>Legal hold since %1: nothing of this person may be erased.</source>
        <translation>Rättslig spärr sedan %1: inget om den här personen får raderas.</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="165"/>
        <source>Processing restricted since %1: keep the data, do not use it (%2).</source>
        <translation>Behandlingen begränsad sedan %1: spara uppgifterna men använd dem inte (%2).</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_view.py" line="171"/>
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
    <name>RequestsTab</name>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="29"/>
        <source>Requests (%1)</source>
        <translation>Ärenden (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="30"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="31"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="32"/>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="42"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="34"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="35"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="36"/>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="41"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="37"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="39"/>
        <source>Support contacts (%1)</source>
        <translation>Kundtjänstkontakter (%1)</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="40"/>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="43"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/record_tabs/requests.py" line="44"/>
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
        <location filename="../../mnu_desk/gui/search_panel.py" line="134"/>
        <source>The best %1 matches in %2 ms; type more to narrow the search</source>
        <translation>De %1 bästa träffarna på %2 ms; skriv mer för att begränsa sökningen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="137"/>
        <source>No matches (%1 ms)</source>
        <translation>Inga träffar (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/search_panel.py" line="139"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n träff på %1 ms</numerusform>
            <numerusform>%n träffar på %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/search_panel.py" line="152"/>
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
        <location filename="../../mnu_desk/gui/formatting.py" line="154"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="89"/>
        <location filename="../../mnu_desk/gui/formatting.py" line="170"/>
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
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="125"/>
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
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="143"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="144"/>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="145"/>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="146"/>
        <source>Account closure</source>
        <translation>Avslut av konto</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="147"/>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="150"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="151"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="152"/>
        <source>Waiting for proof of identity</source>
        <translation>Väntar på identitetsbevis</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="153"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="155"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="158"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="159"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="160"/>
        <source>Marketing partner</source>
        <translation>Marknadsföringspartner</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="161"/>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="162"/>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="163"/>
        <source>Shop system</source>
        <translation>Butikssystem</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="166"/>
        <source>Record opened</source>
        <translation>Posten öppnad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="167"/>
        <source>Rectified</source>
        <translation>Rättad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="168"/>
        <source>Objection registered</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="169"/>
        <source>Register extract issued</source>
        <translation>Registerutdrag utfärdat</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="173"/>
        <source>customer service</source>
        <translation>kundtjänst</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="176"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="177"/>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="178"/>
        <source>Legal obligation</source>
        <translation>Rättslig förpliktelse</translation>
    </message>
    <message>
        <location filename="../../mnu_desk/gui/formatting.py" line="179"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
</context>
</TS>
