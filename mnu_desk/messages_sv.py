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
    "Only an insecure keyring backend ({backend}) is available: the password would be stored "
    "unencrypted.":
        "Bara en osäker nyckelring ({backend}) finns: lösenordet skulle sparas okrypterat.",
    "A profile is for a shared PostgreSQL or MariaDB server; use --db for an SQLite file.":
        "En profil gäller en delad PostgreSQL- eller MariaDB-server; använd --db för en SQLite-fil.",
    # demo
    "The number of demo customers must be between 1 and {maximum}.":
        "Antalet demokunder måste vara mellan 1 och {maximum}.",
}
