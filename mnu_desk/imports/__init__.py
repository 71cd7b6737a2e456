"""Files from the shop's own systems into the desk (docs/import-format.md): one format per data category,
keyed by the shop's ids, read as a stream and applied in batches that each commit whole."""
