"""Use cases: one function is one transaction, its permission check and its audit entry."""
