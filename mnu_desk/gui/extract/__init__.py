"""The register extract (GDPR art. 15) window and the PDF preview and printing it shares with letters."""
