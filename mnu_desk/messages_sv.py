"""Swedish texts for the services' messages, keyed by their English template."""

SWEDISH: dict[str, str] = {
    # errors.py defaults
    "The action was refused.": "Åtgärden nekades.",
    "Invalid value.": "Ogiltigt värde.",
    "Your role may not do this.": "Din roll får inte göra detta.",
    "Not found.": "Hittades inte.",
    "Someone else changed this record in the meantime.": "Någon annan har ändrat posten under tiden.",
    "Wrong agent name or password.": "Fel handläggarnamn eller lösenord.",
    "This agent is locked after too many failed log-ins; try again after {until}.":
        "Handläggaren är spärrad efter för många misslyckade inloggningar; försök igen efter {until}.",
    "Cannot reach the database.": "Databasen går inte att nå.",
    "The database schema is behind this program; run 'mnu-desk db upgrade'.":
        "Databasens schema är äldre än programmet; kör 'mnu-desk db upgrade'.",
    # database
    "'{url}' is not a database URL; use e.g. postgresql+psycopg://user@host/db, "
    "mysql+pymysql://user@host/db or sqlite:///path/file.sqlite3.":
        "'{url}' är ingen databas-URL; använd t.ex. postgresql+psycopg://användare@värd/db, "
        "mysql+pymysql://användare@värd/db eller sqlite:///sökväg/fil.sqlite3.",
    "Database type '{backend}' is not supported; use SQLite, PostgreSQL or MariaDB/MySQL.":
        "Databastypen '{backend}' stöds inte; använd SQLite, PostgreSQL eller MariaDB/MySQL.",
    "Database driver missing: {error}": "Databasdrivrutin saknas: {error}",
    "Cannot reach the database at {where}: {reason}.": "Databasen på {where} går inte att nå: {reason}.",
    "connection refused (is the server running?)": "anslutningen nekades (är servern igång?)",
    "no answer (timed out)": "inget svar (tidsgränsen gick ut)",
    "the server refused the user name or password": "servern godtog inte användarnamnet eller lösenordet",
    "the database does not exist on that server": "databasen finns inte på den servern",
    "the host name is unknown": "värdnamnet är okänt",
    "the file cannot be opened": "filen går inte att öppna",
    "The database schema is at revision {current}, this program needs {head}; run 'mnu-desk db upgrade'.":
        "Databasens schema har version {current}, programmet behöver {head}; kör 'mnu-desk db upgrade'.",
    "The database {where} is empty: this program's tables are not there yet. Its owner creates them "
    "once with 'mnu-desk --db URL db upgrade'; then the desk opens it and asks for the first admin.":
        "Databasen {where} är tom: programmets tabeller finns inte där än. Dess ägare skapar dem en gång med "
        "'mnu-desk --db URL db upgrade'; sedan öppnar programmet den och frågar efter den första administratören.",
    "The database changed while you worked; please try again.":
        "Databasen ändrades medan du arbetade; försök igen.",
    # agents and log-in
    "Unknown role '{role}': choose agent, supervisor or admin.":
        "Okänd roll '{role}': välj agent, supervisor eller admin.",
    "No agent named '{name}'.": "Det finns ingen handläggare som heter '{name}'.",
    "Wrong password for agent '{name}'.": "Fel lösenord för handläggaren '{name}'.",
    "Agent '{name}' is locked after {count} failed log-ins until {until}.":
        "Handläggaren '{name}' är spärrad efter {count} misslyckade inloggningar till {until}.",
    "Agent '{name}' is deactivated.": "Handläggaren '{name}' är avaktiverad.",
    "An agent named '{name}' already exists.": "Det finns redan en handläggare som heter '{name}'.",
    "An agent name is 1-64 letters, digits, dots, dashes or underscores; '{name}' is not.":
        "Ett handläggarnamn är 1–64 bokstäver, siffror, punkter, bindestreck eller understreck; "
        "'{name}' är det inte.",
    "A password needs at least {minimum} characters.": "Ett lösenord behöver minst {minimum} tecken.",
    "The first agent of a database must be an admin.": "Databasens första handläggare måste vara admin.",
    "Added agent {name} ({role}); database log-in {login}.":
        "Handläggaren {name} ({role}) är tillagd; databasinloggning {login}.",
    "active": "aktiv",
    "disabled": "avstängd",
    "Agent {name}: {role}, {state}.": "Handläggaren {name}: {role}, {state}.",
    "The database log-in {login} is not agent '{name}'.": "Databasinloggningen {login} är inte handläggaren '{name}'.",
    "You cannot disable your own log-in.": "Du kan inte stänga av din egen inloggning.",
    "'{name}' is the last active admin; make another agent admin first.":
        "'{name}' är den sista aktiva administratören; gör först en annan handläggare till admin.",
    "The agent name '{name}' is too long for a database log-in on this server.":
        "Handläggarnamnet '{name}' är för långt för en databasinloggning på den här servern.",
    "The schema is upgraded, but the log-in {user} may not set up the agents' roles ({cause}); "
    "see 'Setting up a shared server' in the README.":
        "Schemat är uppgraderat, men inloggningen {user} får inte skapa handläggarnas roller ({cause}); "
        "se 'Setting up a shared server' i README.",
    "Demo data goes only into an empty database; this one has agents or people.":
        "Demodata läggs bara i en tom databas; den här har handläggare eller personer.",
    "The audit log does not hold its seal: {reason}.": "Loggen håller inte sitt sigill: {reason}.",
    "Sealed entry {seq} in {file}.": "Post {seq} förseglad i {file}.",
    "The seal folder needs an absolute path; '{path}' is not.":
        "Sigillmappen behöver en absolut sökväg; '{path}' är det inte.",
    "The seal folder '{path}' is a file; name a folder.": "Sigillmappen '{path}' är en fil; ange en mapp.",
    "'{path}' is not an audit seal.": "'{path}' är inget sigill för loggen.",
    "The seal '{path}' was altered: its signature does not match.":
        "Sigillet '{path}' har ändrats: dess signatur stämmer inte.",
    "This computer has no key for the erasure ledger {path}: set MNU_DESK_LEDGER_KEY or store the desk's "
    "ledger key in the keyring. Nothing was erased.":
        "Den här datorn har ingen nyckel till raderingsloggen {path}: sätt MNU_DESK_LEDGER_KEY eller lägg "
        "arbetsplatsens nyckel till raderingsloggen i nyckelringen. Inget raderades.",
    "The erasure ledger has no prepared line {seq}: nothing was erased.":
        "Raderingsloggen har ingen förberedd rad {seq}: inget raderades.",
    "This database has agents; log in as an admin with --agent to add one.":
        "Databasen har handläggare; logga in som admin med --agent för att lägga till en.",
    "Agent '{agent}' ({role}) may not {action}.": "Handläggaren '{agent}' ({role}) får inte {action}.",
    "Log in first.": "Logga in först.",
    # permissions (the {action} of the message above)
    "look up customers": "söka kunder",
    "work requests": "handlägga ärenden",
    "rectify data": "rätta uppgifter",
    "register objections": "registrera invändningar",
    "preview erasures": "förhandsgranska radering",
    "issue extracts": "utfärda registerutdrag",
    "execute erasures": "verkställa radering",
    "decide repeats, fees and refusals": "besluta om upprepningar, avgifter och avslag",
    "extend deadlines": "förlänga tidsfrister",
    "set or lift legal holds and restrictions": "sätta eller häva bevarandebeslut och begränsningar",
    "export marketing and suppression lists": "exportera marknadsförings- och spärrlistor",
    "manage agents": "hantera handläggare",
    "change settings": "ändra inställningar",
    "manage signing keys": "hantera signeringsnycklar",
    "run retention": "köra gallring",
    "import data": "importera data",
    "use the change feed": "använda ändringsflödet",
    "load demo data": "läsa in demodata",
    "verify the audit log": "verifiera loggen",
    # people
    "No customer with number '{customer_no}'.": "Det finns ingen kund med nummer '{customer_no}'.",
    # profiles
    "No connection profile named '{name}'.": "Det finns ingen anslutningsprofil som heter '{name}'.",
    "A profile name is 1-40 letters, digits, dots, dashes or underscores; '{name}' is not.":
        "Ett profilnamn är 1–40 bokstäver, siffror, punkter, bindestreck eller understreck; "
        "'{name}' är det inte.",
    "A profile is for a shared PostgreSQL or MariaDB server; use --db for an SQLite file.":
        "En profil gäller en delad PostgreSQL- eller MariaDB-server; använd --db för en SQLite-fil.",
    # demo
    "The number of demo customers must be between 1 and {maximum}.":
        "Antalet demokunder måste vara mellan 1 och {maximum}.",
    # requests
    "The date received ({received}) is after today; a request cannot arrive in the future.":
        "Mottagningsdagen ({received}) är efter i dag; en begäran kan inte komma in i framtiden.",
    "The date received ({received}) is more than a year ago; check the date.":
        "Mottagningsdagen ({received}) är mer än ett år sedan; kontrollera datumet.",
    "The date asked ({date}) must lie between receipt and today.":
        "Dagen då vi bad om underlag ({date}) måste ligga mellan mottagandet och i dag.",
    "Request {ref} never asked for proof of identity.": "Ärende {ref} har aldrig begärt identitetsunderlag.",
    "The date the proof arrived ({date}) must lie between the day it was asked for and today.":
        "Dagen då underlaget kom in ({date}) måste ligga mellan dagen vi bad om det och i dag.",
    "An extension needs a reason.": "En förlängning behöver ett skäl.",
    "Request {ref} is already extended.": "Ärende {ref} är redan förlängt.",
    "The first month ran out on {due}; the person must be told of an extension within it, so it is too late "
    "to extend.":
        "Den första månaden gick ut {due}; personen ska underrättas om en förlängning inom den, så det är för "
        "sent att förlänga.",
    "A refusal needs its reasons.": "Ett avslag behöver sina skäl.",
    "Only a supervisor assigns a request to someone else.":
        "Bara en arbetsledare kan tilldela ett ärende till någon annan.",
    "Close a request with its outcome, or refuse it with its reasons.":
        "Avsluta ett ärende med dess utfall, eller avslå det med skäl.",
    "A request cannot be closed without an outcome.": "Ett ärende kan inte avslutas utan ett utfall.",
    "Request {ref} has {count} open task(s); finish them, or mark them impossible with a reason, first.":
        "Ärende {ref} har {count} öppna uppgift(er); slutför dem, eller markera dem som omöjliga med ett skäl, "
        "först.",
    "Say why the task is impossible or disproportionate.":
        "Ange varför uppgiften är omöjlig eller oproportionerlig.",
    "No request with reference '{ref}'.": "Det finns inget ärende med referensen '{ref}'.",
    "Unknown attachment kind '{kind}'.": "Okänd typ av bilaga '{kind}'.",
    "Give the requester's name as written when no customer matches.":
        "Ange den sökandes namn som det är skrivet när ingen kund matchar.",
    "Request {ref} is closed ({status}); it cannot change any more.":
        "Ärende {ref} är avslutat ({status}); det kan inte ändras mer.",
    "completed": "slutfört",
    "refused": "avslaget",
    "'{value}' is not a task id.": "'{value}' är inget uppgifts-id.",
    "No task {id}.": "Det finns ingen uppgift {id}.",
    "Task {id} is already done.": "Uppgift {id} är redan klar.",
    "Unknown identity check '{value}': choose signature_address, known_email, id_copy or other:TEXT.":
        "Okänd identitetskontroll '{value}': välj signature_address, known_email, id_copy eller other:TEXT.",
    "Say how identity was checked: other:TEXT.": "Ange hur identiteten kontrollerades: other:TEXT.",
    "Say how identity was checked: signature_address, known_email, id_copy or other:TEXT.":
        "Ange hur identiteten kontrollerades: signature_address, known_email, id_copy eller other:TEXT.",
    "'Signature and address match' needs an address on record to compare with; choose how identity was "
    "really checked.":
        "'Underskrift och adress stämmer' kräver en registrerad adress att jämföra med; välj hur identiteten "
        "verkligen kontrollerades.",
    "'Signature and address match' cannot be recorded: the requester gave another address than the one on "
    "record. That is reasonable doubt about identity; ask for proof of identity (GDPR art. 12(6)).":
        "'Underskrift och adress stämmer' kan inte registreras: den sökande angav en annan adress än den "
        "registrerade. Det är rimligt tvivel om identiteten; begär bevis på identitet (GDPR art. 12.6).",
    "Unknown {what} '{value}': choose {choices}.": "Okänd {what} '{value}': välj {choices}.",
    "request type": "ärendetyp",
    "channel": "kanal",
    "status": "status",
    # rectification
    "Give a reason for the change.": "Ange ett skäl till ändringen.",
    "Customer {customer_no} has been erased; there is nothing to rectify.":
        "Kund {customer_no} är raderad; det finns inget att rätta.",
    "Request {ref} is about another person.": "Ärende {ref} gäller en annan person.",
    "Another agent changed this person while you worked (version {theirs}, you opened {yours}).":
        "En annan handläggare ändrade personen medan du arbetade (version {theirs}, du öppnade {yours}).",
    "The person has no address yet: give street, postal_code and city together.":
        "Personen har ingen adress än: ange street, postal_code och city tillsammans.",
    "{field} cannot be empty.": "{field} får inte vara tomt.",
    "{field} contains control characters.": "{field} innehåller styrtecken.",
    "{field} is longer than {limit} characters.": "{field} är längre än {limit} tecken.",
    "{field} contains characters that change the direction of the text.":
        "{field} innehåller tecken som ändrar textens riktning.",
    "A fee is at most {max} kr.": "En avgift är högst {max} kr.",
    # names of free-text fields in messages (mnu_desk/domain/text.py)
    "First name": "Förnamnet", "Last name": "Efternamnet", "Street": "Gatuadressen", "City": "Orten",
    "The requester's name": "Sökandens namn", "The note on the identity check": "Anteckningen om identitetskontrollen",
    "The requester's address": "Sökandens adress", "The reason": "Skälet", "The outcome": "Utfallet",
    "The statement": "Utlåtandet", "The value": "Värdet",
    "Unknown field '{field}': choose {fields}.": "Okänt fält '{field}': välj {fields}.",
    "Nothing to change: give at least one FIELD=VALUE.": "Inget att ändra: ange minst ett FÄLT=VÄRDE.",
    "'{value}' is not an e-mail address.": "'{value}' är ingen e-postadress.",
    "'{value}' is not a valid phone number.": "'{value}' är inget giltigt telefonnummer.",
    "'{value}' is not a postcode.": "'{value}' är inget postnummer.",
    "'{value}' is not an ISO 3166 country code such as SE.": "'{value}' är ingen landskod enligt ISO 3166, t.ex. SE.",
    "'{value}' is not a Swedish postcode (five digits, e.g. 123 45).":
        "'{value}' är inget svenskt postnummer (fem siffror, t.ex. 123 45).",
    # attachments and files
    "'{name}' is {size} MB; a scan may be at most 20 MB.": "'{name}' är {size} MB; en inskanning får vara högst 20 MB.",
    "'{name}' is empty.": "'{name}' är tom.",
    "'{name}' is not a PDF, JPEG or PNG file (its content says otherwise, whatever its name).":
        "'{name}' är ingen PDF-, JPEG- eller PNG-fil (innehållet säger något annat, oavsett filnamnet).",
    "Cannot read '{path}': {reason}.": "Kan inte läsa '{path}': {reason}.",
    "Cannot write '{path}': {reason}.": "Kan inte skriva '{path}': {reason}.",
    "A value on the command line is not valid text (bytes that are not UTF-8).":
        "Ett värde på kommandoraden är ingen giltig text (byte som inte är UTF-8).",
    "Only an insecure keyring ({backend}) is available: the secret would be stored unencrypted. Give "
    "--allow-plaintext-keyring to store it there anyway, or use {variable} instead.":
        "Bara en osäker nyckelring ({backend}) finns: hemligheten skulle sparas okrypterad. Ange "
        "--allow-plaintext-keyring för att ändå spara den där, eller använd {variable} i stället.",
    "The password is stored unencrypted in the keyring {backend}, as --allow-plaintext-keyring asked.":
        "Lösenordet är sparat okrypterat i nyckelringen {backend}, som --allow-plaintext-keyring bad om.",
    "Note: customer {customer_no} has the same e-mail address.":
        "Obs: kund {customer_no} har samma e-postadress.",
    "'{value}' mixes letters of different alphabets (such as a Cyrillic 'а' among Latin letters); "
    "type the address again.":
        "'{value}' blandar bokstäver från olika alfabet (till exempel ett kyrilliskt 'а' bland latinska); "
        "skriv adressen igen.",
    "There is no erasure ledger at {path}: nothing was erased.":
        "Det finns ingen raderingslogg på {path}: inget raderades.",
    "The erasure ledger {path} cannot be read ({reason}): nothing was erased.":
        "Raderingsloggen {path} går inte att läsa ({reason}): inget raderades.",
    "The erasure ledger {path} is not a regular file: nothing was erased.":
        "Raderingsloggen {path} är ingen vanlig fil: inget raderades.",
    "Cannot write the erasure ledger {path}: {reason}. Nothing was erased.":
        "Kan inte skriva raderingsloggen {path}: {reason}. Inget raderades.",
    "'{path}' is not a regular file (a folder, a device or a pipe); choose a file.":
        "'{path}' är ingen vanlig fil (en mapp, en enhet eller ett rör); välj en fil.",
    "'{path}' is larger than {size} MB; it cannot be read.": "'{path}' är större än {size} MB; den kan inte läsas.",
    "'{path}' exists already; give --force to replace it.": "'{path}' finns redan; ange --force för att ersätta den.",
    # command-line output
    "Database error: {error}": "Databasfel: {error}",
    "Registered {ref}: {type} by {channel}, due {due}.": "Registrerade {ref}: {type} via {channel}, svar senast {due}.",
    "{ref}: {status}, due {due}.": "{ref}: {status}, svar senast {due}.",
    "Task {id} done.": "Uppgift {id} klar.",
    "Note: the person already has an open request of this type: {ref}.":
        "Obs: personen har redan ett öppet ärende av samma typ: {ref}.",
    "Note: the requester gave another address than the one on record: reasonable doubt about identity, and "
    "the answer goes to the address on record.":
        "Obs: den sökande angav en annan adress än den registrerade: rimligt tvivel om identiteten, och svaret "
        "skickas till den registrerade adressen.",
    "Loaded {customers} demo customers in {seconds} s.": "Läste in {customers} demokunder på {seconds} s.",
    "Added agent {name} ({role}).": "Lade till handläggaren {name} ({role}).",
    "Saved profile {name}: {url}": "Sparade profilen {name}: {url}",
    "The audit log is intact: {count} entries.": "Loggen är intakt: {count} poster.",
    "The audit log is broken at entry {seq}: {reason}.": "Loggen är bruten vid post {seq}: {reason}.",
    "The schema is already at revision {revision}.": "Schemat har redan version {revision}.",
    "Upgraded the schema from {before} to {after}.": "Uppgraderade schemat från {before} till {after}.",
    "Nothing changed: the values were already stored.": "Inget ändrades: värdena fanns redan.",
    "Task {id}: tell {recipient} (GDPR art. 19).": "Uppgift {id}: underrätta {recipient} (GDPR art. 19).",
    # letters and settings
    "Unknown language '{lang}': choose sv or en.": "Okänt språk '{lang}': välj sv eller en.",
    "Request {ref} is not extended.": "Ärende {ref} är inte förlängt.",
    "Request {ref} is not refused.": "Ärende {ref} är inte avslaget.",
    "Request {ref} has no postal address to send a letter to.":
        "Ärende {ref} har ingen postadress att skicka ett brev till.",
    "Unknown setting '{key}'.": "Okänd inställning '{key}'.",
    "Wrote the {kind} letter for {ref} to {file}; recorded as sent.":
        "Skrev brevet ({kind}) för {ref} till {file}; registrerat som skickat.",
    "The address does not fit the envelope window even at {size} pt: from line {number} ('{line}') on it runs "
    "below the window. Shorten the address.":
        "Adressen får inte plats i kuvertfönstret ens med {size} punkter: från rad {number} ('{line}') hamnar "
        "den nedanför fönstret. Korta adressen.",
    "The company's name and postal address are too long for the return line in the envelope window; shorten the "
    "address in the settings.":
        "Företagets namn och postadress är för långa för returadressen i kuvertfönstret; korta adressen i "
        "inställningarna.",
    "The letter has no address to go in the envelope window.": "Brevet har ingen adress att visa i kuvertfönstret.",
    "Nothing is done on request {ref} yet (no erasure, rectification, restriction, closure or objection): there "
    "is no outcome to tell.":
        "Inget är gjort i ärende {ref} ännu (ingen radering, rättelse, begränsning, avslutning eller "
        "invändning): det finns inget utfall att berätta om.",
    "Request {ref} has no fee decided; a supervisor decides it first.":
        "Ärende {ref} har ingen beslutad avgift; en arbetsledare beslutar den först.",
    "Request {ref}: {name} gave no postal address and the record has none, so no letter can be sent. Add the "
    "address to the request or the record, or answer by the request's own channel.":
        "Ärende {ref}: {name} angav ingen postadress och registret har ingen, så inget brev kan skickas. Lägg "
        "till adressen i ärendet eller registret, eller svara via ärendets egen kanal.",
    "Say why there is doubt about who sent request {ref}: the letter tells the person (GDPR art. 12(6)).":
        "Ange varför det finns tvivel om vem som skickade ärende {ref}: brevet berättar det för personen "
        "(GDPR art. 12.6).",
    "The customer of request {ref} has no active restriction to lift.":
        "Kunden i ärende {ref} har ingen aktiv begränsning att häva.",
    "The desk holds data on the customer of request {ref}: answer with an extract or the outcome letter, not "
    "the no-data letter.":
        "Vi har uppgifter om kunden i ärende {ref}: svara med ett registerutdrag eller utfallsbrevet, inte "
        "brevet om att inga uppgifter finns.",
    "The identity on request {ref} is already checked.": "Identiteten i ärende {ref} är redan kontrollerad.",
    "Unknown letter '{kind}': choose {kinds}.": "Okänt brev '{kind}': välj {kinds}.",
    "Unknown setting '{key}'; the settings are: {keys}.": "Okänd inställning '{key}'; inställningarna är: {keys}.",
    "Setting '{key}' takes one value; put quotes around a value with spaces.":
        "Inställningen '{key}' tar ett värde; sätt citattecken runt ett värde med mellanslag.",
    "Setting {key} changed.": "Inställningen {key} är ändrad.",
    "Setting {key} already had that value.": "Inställningen {key} hade redan det värdet.",
    "Note: the company's postal address is empty; no letter or extract can be made until an admin sets it "
    "(settings set company_address LINE...).":
        "Obs: företagets postadress saknas; inget brev eller registerutdrag kan göras förrän en administratör "
        "anger den (settings set company_address RAD...).",
    "The company's postal address is empty, and no letter or extract is made without it. An admin enters it "
    "under Settings > Settings... (Company details for letters) or with "
    "'mnu-desk settings set company_address LINE...'.":
        "Företagets postadress saknas, och inget brev eller registerutdrag görs utan den. En administratör "
        "anger den under Inställningar > Inställningar... (Företagsuppgifter för brev) eller med "
        "'mnu-desk settings set company_address RAD...'.",
    "The company name must have 1 to {max} characters.": "Företagsnamnet ska ha 1 till {max} tecken.",
    "'{value}' is not a Swedish organisation number (NNNNNN-NNNN).":
        "'{value}' är inte ett svenskt organisationsnummer (NNNNNN-NNNN).",
    "Address and contact lines: at most {lines} lines of {max} characters each.":
        "Adress- och kontaktrader: högst {lines} rader med högst {max} tecken vardera.",
    "The erasure ledger needs an absolute path; '{path}' is not.":
        "Raderingsloggen behöver en absolut sökväg; '{path}' är ingen sådan.",
    "The erasure ledger path '{path}' is a folder; name a file in it.":
        "Sökvägen '{path}' till raderingsloggen är en mapp; ange en fil i den.",
    "A server profile needs a host and a database name.": "En serverprofil behöver en värd och ett databasnamn.",
    "A connection profile named '{name}' already exists.":
        "Det finns redan en anslutningsprofil som heter '{name}'.",
    "A port is a number from 1 to 65535; '{port}' is not.": "En port är ett tal från 1 till 65535; '{port}' är inte det.",
    "Choose the PKCS#12 file (.p12 or .pfx) to import.": "Välj PKCS#12-filen (.p12 eller .pfx) som ska importeras.",
    "The file {path} cannot be read: {error}.": "Filen {path} går inte att läsa: {error}.",
    "The envelope window needs four numbers in millimetres.": "Kuvertfönstret behöver fyra tal i millimeter.",
    "The envelope window must be at least 40 x 20 mm.": "Kuvertfönstret måste vara minst 40 × 20 mm.",
    "The envelope window lies outside the A4 page.": "Kuvertfönstret ligger utanför A4-sidan.",
    "The envelope window overlaps the post's sorting zone (lower right 150 x 30 mm).":
        "Kuvertfönstret överlappar postens sorteringsfält (nedre högra 150 × 30 mm).",
    "A supplementary statement cannot be empty.": "Ett kompletterande yttrande kan inte vara tomt.",
    "A supplementary statement is at most 4000 characters.":
        "Ett kompletterande yttrande får vara högst 4000 tecken.",
    "Statement kept with customer {customer_no}.": "Yttrandet sparat hos kund {customer_no}.",
    # signed register extracts and signing keys
    "'{value}' is not an amount in kronor.": "'{value}' är inte ett belopp i kronor.",
    "The first extract is free (GDPR art. 12(5)): a fee only for a further copy in the same calendar year, or "
    "for a request recorded as manifestly unfounded or excessive (--excessive, with the reasons).":
        "Det första registerutdraget är kostnadsfritt (GDPR art. 12.5): en avgift bara för ytterligare en kopia "
        "samma kalenderår, eller för en begäran som registrerats som uppenbart ogrundad eller orimlig "
        "(--excessive, med skälen).",
    "A fee is at most the settings' fee for a further copy ({max} kr).":
        "En avgift är högst inställningarnas avgift för ytterligare en kopia ({max} kr).",
    "Request {ref} has a fee of {fee} kr, but no fee letter was sent: the person is told the fee before the "
    "extract is made (request letter --kind fee).":
        "Ärende {ref} har en avgift på {fee} kr, men inget avgiftsbrev har skickats: personen får veta avgiften "
        "innan utdraget görs (request letter --kind fee).",
    "A fee decision needs its reason.": "Ett beslut om avgift behöver ett skäl.",
    "A fee is an amount of at least 0 kr with at most two decimals.":
        "En avgift är ett belopp på minst 0 kr med högst två decimaler.",
    "Customer {customer_no} is erased: nothing personal is left to extract.":
        "Kund {customer_no} är raderad: inga personuppgifter finns kvar att lämna ut.",
    "Fee for {ref}: {fee} kr.": "Avgift för {ref}: {fee} kr.",
    "Genuine: issued on {date} for request {ref} (code {code}).":
        "Äkta: utfärdat den {date} för ärende {ref} (kod {code}).",
    "Issued the extract for {ref}: {file}, {pages} pages, verification code {code}.":
        "Utfärdade registerutdraget för {ref}: {file}, {pages} sidor, kontrollkod {code}.",
    "No extract with verification code '{code}'.": "Inget registerutdrag har kontrollkoden '{code}'.",
    "No passphrase for the signing key: set MNU_DESK_KEY_PASSPHRASE or store it in the keyring.":
        "Ingen lösenfras för signeringsnyckeln: sätt MNU_DESK_KEY_PASSPHRASE eller spara den i nyckelringen.",
    "No signing key: an admin creates one with 'mnu-desk keys init' or imports the company's with "
    "'mnu-desk keys import'.":
        "Ingen signeringsnyckel: en administratör skapar en med 'mnu-desk keys init' eller importerar "
        "företagets med 'mnu-desk keys import'.",
    "Note: a repeat: an extract was already issued to this person this year.":
        "Obs: upprepad begäran: personen har redan fått ett registerutdrag i år.",
    "Request {ref} asks for portability: issue it with a machine-readable copy (--copy FILE.json).":
        "Ärende {ref} gäller dataportabilitet: utfärda det med en maskinläsbar kopia (--copy FIL.json).",
    "Request {ref} is a repeat: an extract was already issued this calendar year. A supervisor decides "
    "whether it is free, costs a fee or is refused.":
        "Ärende {ref} är en upprepad begäran: ett registerutdrag har redan utfärdats i år. En arbetsledare "
        "beslutar om det är kostnadsfritt, kostar en avgift eller avslås.",
    "Request {ref} is a {type} request; an extract answers an access request.":
        "Ärende {ref} är av typen {type}; ett registerutdrag besvarar en begäran om tillgång.",
    "Request {ref} is not a request for an extract.": "Ärende {ref} är ingen begäran om registerutdrag.",
    "Request {ref} is not linked to a customer: there is no record to extract.":
        "Ärende {ref} är inte kopplat till en kund: det finns ingen post att lämna ut.",
    "Signing key {subject}, valid to {date}, SHA-256 {fingerprint}.":
        "Signeringsnyckel {subject}, giltig till {date}, SHA-256 {fingerprint}.",
    "The PKCS#12 file holds no private key with its certificate.":
        "PKCS#12-filen innehåller ingen privat nyckel med sitt certifikat.",
    "The PKCS#12 file is empty or too large.": "PKCS#12-filen är tom eller för stor.",
    "The certificate's key usage does not allow signing.": "Certifikatets nyckelanvändning tillåter inte signering.",
    "The desk never issued this file.": "Kundtjänst har aldrig utfärdat den här filen.",
    "The file is not a signed PDF.": "Filen är ingen signerad PDF.",
    "The file was signed with a key that is not the desk's.":
        "Filen är signerad med en nyckel som inte är kundtjänstens.",
    "The key in the PKCS#12 file cannot make a PDF signature (RSA or EC needed).":
        "Nyckeln i PKCS#12-filen kan inte göra en PDF-signatur (RSA eller EC behövs).",
    "The key is stored, but the passphrase could not be kept in the keyring ({error}); set "
    "MNU_DESK_KEY_PASSPHRASE when issuing.":
        "Nyckeln är sparad, men lösenfrasen kunde inte sparas i nyckelringen ({error}); sätt "
        "MNU_DESK_KEY_PASSPHRASE när du utfärdar.",
    "The signature does not cover the whole file: something was added after signing.":
        "Signaturen täcker inte hela filen: något har lagts till efter signeringen.",
    "The signature is broken: the file was changed after signing.":
        "Signaturen är bruten: filen har ändrats efter signeringen.",
    "The signing certificate expired on {date}.": "Signeringscertifikatet gick ut {date}.",
    "The signing certificate is not valid before {date}.": "Signeringscertifikatet gäller inte före {date}.",
    "The signing key could not be opened: wrong passphrase, or not a PKCS#12 file.":
        "Signeringsnyckeln kunde inte öppnas: fel lösenfras, eller ingen PKCS#12-fil.",
    "The signing key's passphrase must have at least 8 characters.":
        "Signeringsnyckelns lösenfras måste ha minst 8 tecken.",
    "This certificate is already stored.": "Certifikatet finns redan sparat.",
    # the signing key on a PKCS#11 token
    "The token could not sign ({error}); nothing was issued.":
        "Token kunde inte signera ({error}); inget utfärdades.",
    "The signing key is on a token that this computer is not set up for: an admin runs 'mnu-desk keys token' "
    "here.":
        "Signeringsnyckeln finns på en token som den här datorn inte är inställd för: en administratör kör "
        "'mnu-desk keys token' här.",
    "The token is set up, but its PIN could not be kept in the keyring ({error}); set MNU_DESK_TOKEN_PIN when "
    "issuing.":
        "Token är inställd, men dess PIN-kod kunde inte sparas i nyckelringen ({error}); sätt MNU_DESK_TOKEN_PIN "
        "när du utfärdar.",
    "The token's certificate is not registered in this database: an admin runs 'mnu-desk keys token' again.":
        "Certifikatet på token är inte registrerat i den här databasen: en administratör kör 'mnu-desk keys "
        "token' igen.",
    "This certificate is stored as a PKCS#12 key already; a token's key must never have left the token.":
        "Certifikatet finns redan sparat som PKCS#12-nyckel; en nyckel på en token får aldrig ha lämnat den.",
    "'{path}' is not a PKCS#11 module that can be loaded.": "'{path}' är ingen PKCS#11-modul som går att läsa in.",
    "More than one token is labelled '{token}'.": "Mer än en token har etiketten '{token}'.",
    "Name the token's PKCS#11 module (--module LIB.so).": "Ange tokens PKCS#11-modul (--module LIB.so).",
    "No PIN for the token: set MNU_DESK_TOKEN_PIN or store it in the keyring.":
        "Ingen PIN-kod för token: sätt MNU_DESK_TOKEN_PIN eller spara den i nyckelringen.",
    "No token labelled '{token}' is present.": "Ingen token med etiketten '{token}' är ansluten.",
    "The PKCS#11 module needs an absolute path; '{path}' is not.":
        "PKCS#11-modulen behöver en absolut sökväg; '{path}' är ingen.",
    "There is no PKCS#11 module at '{path}'.": "Det finns ingen PKCS#11-modul på '{path}'.",
    "The certificate '{key}' on the token cannot be read.": "Certifikatet '{key}' på token går inte att läsa.",
    "The certificate '{key}' on the token is not the key's own.":
        "Certifikatet '{key}' på token hör inte till nyckeln.",
    "The key '{key}' on the token can be exported; a company key must stay on its token (sensitive, not "
    "extractable).":
        "Nyckeln '{key}' på token kan exporteras; företagets nyckel måste stanna på sin token (känslig, inte "
        "exporterbar).",
    "The token '{token}' could not be opened ({error}).": "Token '{token}' kunde inte öppnas ({error}).",
    "The token '{token}' is locked: too many wrong PINs.":
        "Token '{token}' är spärrad: för många felaktiga PIN-koder.",
    "The token could not be read ({error}).": "Token kunde inte läsas ({error}).",
    "The token has more than one key labelled '{key}'.": "Token har mer än en nyckel med etiketten '{key}'.",
    "The token has no certificate labelled '{key}' beside the key; store the company's certificate on the "
    "token under the key's label.":
        "Token har inget certifikat med etiketten '{key}' bredvid nyckeln; spara företagets certifikat på token "
        "med nyckelns etikett.",
    "The token has no private key labelled '{key}'.": "Token har ingen privat nyckel med etiketten '{key}'.",
    "The token's label must have 1 to {limit} printable characters.":
        "Tokens etikett måste ha 1 till {limit} skrivbara tecken.",
    "The key's label must have 1 to {limit} printable characters.":
        "Nyckelns etikett måste ha 1 till {limit} skrivbara tecken.",
    "Wrong PIN for the token '{token}'.": "Fel PIN-kod för token '{token}'.",
    "Unknown objection scope '{scope}'.": "Okänd omfattning för invändning '{scope}'.",
    "Unknown channel '{channel}'.": "Okänd kanal '{channel}'.",
    "The date received ({date}) is in the future.": "Mottagningsdatumet ({date}) ligger i framtiden.",
    "Give the day the person was told that the restriction will be lifted (GDPR art. 18(3)): they are told "
    "before it is lifted.":
        "Ange dagen då personen fick veta att begränsningen hävs (GDPR art. 18.3): personen underrättas innan "
        "den hävs.",
    "The day the person was told ({date}) is after today: they are told before the restriction is lifted.":
        "Dagen då personen underrättades ({date}) ligger efter i dag: personen underrättas innan begränsningen "
        "hävs.",
    "Customer {customer_no} has been erased.": "Kund {customer_no} har raderats.",
    "Customer {customer_no} already objects to {scope}.": "Kund {customer_no} har redan invänt mot {scope}.",
    "Customer {customer_no} has no active objection to {scope}.":
        "Kund {customer_no} har ingen gällande invändning mot {scope}.",
    "Objection to {scope} registered for customer {customer_no}; effective now.":
        "Invändning mot {scope} registrerad för kund {customer_no}; gäller från och med nu.",
    "Objection to {scope} withdrawn for customer {customer_no}.":
        "Invändning mot {scope} återkallad för kund {customer_no}.",
    "{count} rows written to {path}.": "{count} rader skrivna till {path}.",
    "Customer {customer_no} erased; {kept} orders kept for bookkeeping, {tasks} recipients to notify.":
        "Kund {customer_no} raderad; {kept} ordrar sparas för bokföringen, {tasks} mottagare ska underrättas.",
    "Legal hold: every row stays.": "Rättsligt bevarande: alla rader sparas.",
    "{kind} lifted for customer {customer_no}.": "{kind} hävd för kund {customer_no}.",
    "{kind} set for customer {customer_no}.": "{kind} satt för kund {customer_no}.",
    "The fiscal year end '{value}' is not of the form MM-DD.":
        "Räkenskapsårets slut '{value}' har inte formen MM-DD.",
    "The fiscal year end '{value}' is not the last day of a month: a fiscal year is twelve whole months "
    "(Bokföringslagen 3 kap. 1 §).":
        "Räkenskapsårets slut '{value}' är inte en månads sista dag: ett räkenskapsår är tolv hela månader "
        "(bokföringslagen 3 kap. 1 §).",
    "Customer {customer_no} is under a legal hold: nothing may be erased until it is lifted.":
        "Kund {customer_no} omfattas av rättsligt bevarande: inget får raderas förrän det hävs.",
    "Request {ref} is not an erasure request.": "Ärende {ref} är ingen begäran om radering.",
    "Only {allowed} can be de-identified, not '{value}'.":
        "Bara {allowed} kan avidentifieras, inte '{value}'.",
    "Request {ref} is not linked to a customer.": "Ärende {ref} är inte kopplat till en kund.",
    "The erasure ledger belongs to another database: nothing was erased.":
        "Raderingsloggen hör till en annan databas: inget raderades.",
    "The database has no id; run 'mnu-desk db upgrade'.": "Databasen saknar id; kör 'mnu-desk db upgrade'.",
    "The erasure ledger at {path} belongs to another database.":
        "Raderingsloggen i {path} hör till en annan databas.",
    "The erasure ledger is broken at line {line}: nothing was erased.":
        "Raderingsloggen är bruten på rad {line}: inget raderades.",
    "Customer {customer_no} already has an active {kind}.": "Kund {customer_no} har redan en gällande {kind}.",
    "Customer {customer_no} has no active {kind}.": "Kund {customer_no} har ingen gällande {kind}.",
    "Unknown restriction kind '{kind}'.": "Okänd typ av begränsning '{kind}'.",
    "Customer {customer_no} has no open account.": "Kund {customer_no} har inget öppet konto.",
    "Account of customer {customer_no} closed.": "Kontot för kund {customer_no} är avslutat.",
    "Kept for bookkeeping: order {order_no}, erasable from {date}.":
        "Sparas för bokföringen: order {order_no}, får raderas från {date}.",
    "The retention run's date {today} is before the last run ({last}).":
        "Gallringens datum {today} ligger före den senaste körningen ({last}).",
    "{count} rows in all.": "{count} rader totalt.",
    # request types and channels, as they read inside a message
    "access": "registerutdrag", "rectification": "rättelse", "erasure": "radering",
    "restriction": "begränsning", "objection": "invändning", "closure": "kontoavslut",
    "portability": "dataportabilitet", "letter": "brev", "email": "e-post", "phone": "telefon", "web": "webb",
    "in_progress": "pågår", "awaiting_identity": "väntar på identitetsbevis",
    "awaiting_approval": "väntar på beslut",
    # objection scopes and restriction kinds, as they read inside a message
    "partner_ads": "annonser via partner", "personalised": "anpassade erbjudanden", "legal_hold": "rättslig spärr",
    # imports from the shop (docs/import-format.md)
    "Unknown category '{category}': choose {categories}.": "Okänd kategori '{category}': välj {categories}.",
    "There is no file {path}.": "Filen {path} finns inte.",
    "The file {path} is empty.": "Filen {path} är tom.",
    "Line {line} is not UTF-8 text: save the file as UTF-8 (with or without BOM) and import it again. Nothing was "
    "imported.":
        "Rad {line} är inte UTF-8-text: spara filen som UTF-8 (med eller utan BOM) och importera den igen. Inget "
        "importerades.",
    "Line {line} is longer than {limit} characters: this is not a file of the import format (or a quote is left "
    "open).":
        "Rad {line} är längre än {limit} tecken: filen följer inte importformatet (eller så har ett citattecken "
        "lämnats öppet).",
    "Line 1 is not a JSON object: a JSON Lines file has one object per line.":
        "Rad 1 är inget JSON-objekt: en JSON Lines-fil har ett objekt per rad.",
    "Line 1 does not match the format of {category}: the column '{column}' appears twice. The columns are: "
    "{columns}.":
        "Rad 1 stämmer inte med formatet för {category}: kolumnen '{column}' förekommer två gånger. Kolumnerna är: "
        "{columns}.",
    "Line 1 does not match the format of {category}: there is no column '{column}' in it. The columns are: "
    "{columns}.":
        "Rad 1 stämmer inte med formatet för {category}: det finns ingen kolumn '{column}' i det. Kolumnerna är: "
        "{columns}.",
    "Line 1 does not match the format of {category}: the column '{column}' is missing. The columns are: "
    "{columns}.":
        "Rad 1 stämmer inte med formatet för {category}: kolumnen '{column}' saknas. Kolumnerna är: {columns}.",
    "The CSV row starting on line {line} is broken ({detail}): is a quote left open? Nothing was imported.":
        "CSV-raden som börjar på rad {line} är trasig ({detail}): har ett citattecken lämnats öppet? Inget "
        "importerades.",
    "Cannot write the report {path}: {reason}. Nothing was imported.":
        "Rapporten {path} går inte att skriva: {reason}. Inget importerades.",
    "{category}: {rows} rows read, {inserted} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.":
        "{category}: {rows} rader lästa, {inserted} nya, {updated} uppdaterade, {unchanged} oförändrade, "
        "{rejected} avvisade.",
    "The rejected rows and why: {path}": "De avvisade raderna och varför: {path}",
    "Dry run: nothing was written to the database.": "Provkörning: inget skrevs till databasen.",
    # reasons in the rejection report
    "The value is missing.": "Värdet saknas.",
    "The value contains control characters.": "Värdet innehåller styrtecken.",
    "The value contains characters that change the direction of the text.":
        "Värdet innehåller tecken som ändrar textens riktning.",
    "The value is longer than {limit} characters.": "Värdet är längre än {limit} tecken.",
    "'{value}' is not a date and time (ISO 8601, e.g. 2024-03-05T10:00:00Z).":
        "'{value}' är ingen tidpunkt (ISO 8601, t.ex. 2024-03-05T10:00:00Z).",
    "{value} lies in the future.": "{value} ligger i framtiden.",
    "'{value}' is not true or false.": "'{value}' är varken sant (true) eller falskt (false).",
    "'{value}' is not a whole number.": "'{value}' är inget heltal.",
    "{value} is outside {low}..{high}.": "{value} ligger utanför {low}..{high}.",
    "'{value}' is not an amount in kronor (e.g. 199,00 or 199.00).":
        "'{value}' är inget belopp i kronor (t.ex. 199,00 eller 199.00).",
    "'{value}' is not an IP address.": "'{value}' är ingen IP-adress.",
    "'{value}' is not one of {options}.": "'{value}' är inte något av {options}.",
    "'{value}' is not a currency code such as SEK.": "'{value}' är ingen valutakod som SEK.",
    "A recipient outside the EU/EEA needs its safeguard (policy 7.4).":
        "En mottagare utanför EU/EES behöver sin skyddsåtgärd (policyn 7.4).",
    "A field holds a list or an object, not a single value.": "Ett fält innehåller en lista eller ett objekt, "
                                                              "inte ett enskilt värde.",
    "The line is not valid JSON ({detail}).": "Raden är inte giltig JSON ({detail}).",
    "The line is not a JSON object.": "Raden är inget JSON-objekt.",
    "The row has {found} fields, the header {expected}.": "Raden har {found} fält, rubrikraden {expected}.",
    "'{value}' is not a field of this format.": "'{value}' är inget fält i det här formatet.",
    "The id {value} is in the file more than once (first on line {first}).":
        "Id {value} finns mer än en gång i filen (första gången på rad {first}).",
    "No customer with id '{value}': import the customers first.":
        "Ingen kund med id '{value}': importera kunderna först.",
    "No wish list with id '{value}': import the wish lists first.":
        "Ingen önskelista med id '{value}': importera önskelistorna först.",
    "No order with id '{value}': import the orders first.": "Ingen order med id '{value}': importera ordrarna först.",
    "No recipient with code '{value}': import the recipients first.":
        "Ingen mottagare med koden '{value}': importera mottagarna först.",
    "Erased at the desk on {date}: not imported again.": "Raderad av kundtjänst {date}: importeras inte igen.",
    "The account was closed at the desk on {date}: its data is not imported again.":
        "Kontot avslutades av kundtjänst {date}: dess uppgifter importeras inte igen.",
    "The person objects to {what} since {date} (registered at the desk): an import cannot subscribe them.":
        "Personen invänder mot {what} sedan {date} (registrerat av kundtjänst): en import kan inte prenumerera "
        "hen igen.",
    "e-mail marketing": "marknadsföring via e-post", "personalised offers": "personanpassade erbjudanden",
    "Give a customer_no of at most 20 characters (the id is too long to serve as one).":
        "Ange ett customer_no på högst 20 tecken (id:t är för långt för att användas som kundnummer).",
    "Give an order_no of at most 20 characters (the id is too long to serve as one).":
        "Ange ett order_no på högst 20 tecken (id:t är för långt för att användas som ordernummer).",
    "{value} is already the number of another row at the desk.": "{value} är redan numret på en annan rad hos "
                                                                 "kundtjänst.",
    # the change feed (docs/change-feed.md)
    "SEQ must be 0 or more.": "SEQ måste vara 0 eller mer.",
    "There is no change {seq} yet: the last is {last}.": "Det finns ingen ändring {seq} än: den senaste är {last}.",
    "Changes up to {acked} are acknowledged already; an acknowledgement cannot go back.":
        "Ändringarna till och med {acked} är redan kvitterade; en kvittens kan inte gå bakåt.",
    "Cannot write {path}: {reason}.": "{path} går inte att skriva: {reason}.",
    "{count} changes written to {path} (up to {last}).": "{count} ändringar skrivna till {path} (till och med "
                                                        "{last}).",
    "The shop has applied the changes up to {seq}; {count} tasks closed.":
        "Butiken har genomfört ändringarna till och med {seq}; {count} uppgifter stängda.",
    "Last change {last}, applied by the shop up to {acked}, {pending} waiting.":
        "Senaste ändring {last}, genomförd av butiken till och med {acked}, {pending} väntar.",
    # extract issue: the file first, then the register (docs/design.md "Issuing in order")
    "{file} exists; give --force to replace it. Nothing was issued.":
        "{file} finns redan; ange --force för att ersätta den. Inget utfärdades.",
    "Could not write {file}: {reason}. Nothing was issued.":
        "Kunde inte skriva {file}: {reason}. Inget utfärdades.",
    "'{id}' is not an attachment number.": "'{id}' är inte ett bilagenummer.",
    "Request {ref} has no attachment {id}.": "Ärende {ref} har ingen bilaga {id}.",
    "Attachment {id} of request {ref} was deleted on {day}.": "Bilaga {id} till ärende {ref} raderades {day}.",
}
