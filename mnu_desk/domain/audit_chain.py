"""The audit log's hash chain (docs/design.md section 6), as pure functions: the same canonical text is hashed when
an entry is written and when `audit verify` checks it."""

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


@dataclass(frozen=True)
class EntryFields:
    seq: int
    at: datetime
    agent: str | None
    action: str
    subject: str | None
    request_ref: str | None
    purpose: str | None
    payload_sha256: str

    def canonical(self) -> str:
        at = self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return canonical_json({
            "seq": self.seq, "at": at, "agent": self.agent, "action": self.action,
            "subject": self.subject, "request": self.request_ref, "purpose": self.purpose,
            "payload_sha256": self.payload_sha256,
        })


def entry_hash(previous_hash: str, fields: EntryFields) -> str:
    """Each entry's hash covers its canonical text and the previous entry's hash."""
    return hashlib.sha256((previous_hash + "\n" + fields.canonical()).encode("utf-8")).hexdigest()
