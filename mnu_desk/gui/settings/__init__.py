"""Settings and set-up: the settings window, agents, connection profiles and the database a window works on,
the signing key, the company's details, the envelope preview, the first-run wizard, retention and import."""
