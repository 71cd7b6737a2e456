"""The kinds of data subject the policy covers (policy 1, 1.1) and the states a person record can be in."""

from __future__ import annotations

from enum import StrEnum


class SubjectKind(StrEnum):
    ACCOUNT = "account"        # account holder (policy 6.2)
    GUEST = "guest"            # bought without an account
    SUBSCRIBER = "subscriber"  # newsletter only
    VISITOR = "visitor"        # site visitor without account (policy 6.3)


class PersonStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"   # account closed (policy 6.2, 8); bookkeeping data stays
    ERASED = "erased"   # tombstone: no personal data left (policy 9.3.3)
