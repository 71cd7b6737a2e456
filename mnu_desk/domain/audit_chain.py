"""The audit log's hash chain (docs/design.md section 6), as pure functions: the same canonical text is hashed when
an entry is written and when `audit verify` checks it. An entry's personal part (whom it is about and the request)
is not in that text: only its SHA-256 is, so retention can clear the part without breaking the chain, and
`audit verify` checks every part still present against its hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS_HASH = "0" * 64


def canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def payload_hash(payload_json: str) -> str:
    return hashlib.sha256(payload_json.encode("utf-8")).hexdigest()


def personal_hash(subject: str | None, request_ref: str | None) -> str:
    """The SHA-256 of an entry's personal part: the subject (e.g. "person:100042") and the request."""
    return payload_hash(canonical_json({"subject": subject, "request": request_ref}))


@dataclass(frozen=True)
class EntryFields:
    seq: int
    at: datetime
    agent: str | None
    action: str
    purpose: str | None
    payload_sha256: str
    personal_sha256: str

    def canonical(self) -> str:
        at = self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return canonical_json({
            "seq": self.seq, "at": at, "agent": self.agent, "action": self.action, "purpose": self.purpose,
            "payload_sha256": self.payload_sha256, "personal_sha256": self.personal_sha256,
        })


def entry_hash(previous_hash: str, fields: EntryFields) -> str:
    """Each entry's hash covers its canonical text and the previous entry's hash."""
    return hashlib.sha256((previous_hash + "\n" + fields.canonical()).encode("utf-8")).hexdigest()
