"""The personal part of an audit entry — whom it is about and the request — is hashed apart (docs/design.md
section 6, "Retention"): retention clears it after three years and `audit verify` still passes, also for entries
written before the part was hashed apart; a part altered while present is named."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text, update

from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import AuditEntry, AuditHead
from mnu_desk.services import audit, retention
from mnu_desk.services.context import Desk
from mnu_desk.services.restrictions import set_restriction

from .factories import add_person


def _write(desk, count):
    for i in range(count):
        with desk.write() as session:
            audit.record(session, "admin", "viewed", subject=f"person:10000{i}", request_ref=f"R-2026-00000{i}",
                         payload={"i": i})


def test_a_cleared_personal_part_still_verifies(desk):
    """docs/design.md section 6: the chain covers the part's hash, not the part."""
    _write(desk, 4)
    with desk.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq.in_([2, 3])).values(subject=None, request_ref=None))
    assert audit.verify(desk).ok


@pytest.mark.parametrize("values", [{"subject": "person:999999"}, {"request_ref": "R-2026-999999"},
                                    {"subject": None}])
def test_an_altered_subject_or_request_is_named(desk, values):
    """docs/design.md section 6: every personal part still present matches its hash; half a part cleared is an
    alteration."""
    _write(desk, 4)
    with desk.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(**values))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 3 and "subject or request" in result.reason


def test_retention_clears_whom_old_entries_are_about_and_the_chain_verifies(desk, admin):
    """docs/design.md "Retention": the personal part of audit entries has a rule (three years); a legal hold
    keeps it (policy 6.1); the dry run counts what the run clears."""
    add_person(desk, "100001")
    add_person(desk, "100002")
    set_restriction(desk, admin, "100002", "legal_hold", "tvist")
    with desk.write() as session:
        audit.record(session, "admin", "viewed", subject="person:100001", request_ref="R-2026-000001")
        audit.record(session, "admin", "viewed", subject="person:100002")
    later = date(date.today().year + 4, 1, 2)
    with desk.read() as session:
        expected = session.scalar(select(func.count()).select_from(AuditEntry).where(
            (AuditEntry.subject.is_not(None) | AuditEntry.request_ref.is_not(None))
            & (AuditEntry.subject != "person:100002")))
    dry = retention.run(desk, admin, today=later, dry_run=True)
    real = retention.run(desk, admin, today=later)
    assert dry["counts"]["old_audit_subjects"] == real["counts"]["old_audit_subjects"] == expected
    with desk.read() as session:
        left = session.execute(select(AuditEntry.subject, AuditEntry.request_ref)
                               .where(AuditEntry.subject.is_not(None) | AuditEntry.request_ref.is_not(None))).all()
    assert set(left) <= {("person:100002", None)} and ("person:100002", None) in left  # held, and the runs' own
    assert audit.verify(desk).ok


def _old_hash(previous: str, row: dict) -> str:
    """How an entry was hashed before the personal part was apart (subject and request inside the text)."""
    canonical = json.dumps({"seq": row["seq"], "at": row["at"].strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                            "agent": "admin", "action": "viewed", "subject": row["subject"],
                            "request": row["request_ref"], "purpose": None, "payload_sha256": "0" * 64},
                           sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((previous + "\n" + canonical).encode("utf-8")).hexdigest()


def _old_log(url: str, *, tamper: bool = False) -> Desk:
    """A database at revision 0009 with three entries written the old way."""
    engine = make_engine(url)
    migrate.upgrade(engine, "0009")
    previous = "0" * 64
    with engine.begin() as connection:
        for seq in (1, 2, 3):
            row = {"seq": seq, "at": datetime(2024, 5, seq, 12, tzinfo=UTC), "subject": f"person:10000{seq}",
                   "request_ref": f"R-2024-00000{seq}" if seq != 2 else None}
            previous = _old_hash(previous, row)
            connection.execute(text(
                "INSERT INTO audit_entries (seq, at, agent, action, subject, request_ref, purpose, payload_sha256, "
                "entry_hash) VALUES (:seq, :at, 'admin', 'viewed', :subject, :request_ref, NULL, :payload, :hash)"),
                {**row, "at": row["at"].replace(tzinfo=None), "payload": "0" * 64, "hash": previous})
        if tamper:
            connection.execute(text("UPDATE audit_entries SET subject = 'person:999999' WHERE seq = 2"))
        connection.execute(update(AuditHead).values(seq=3, hash=previous))
    return Desk(engine)


def test_entries_written_before_are_rehashed_and_can_be_cleared(fresh_db_url):
    """docs/design.md section 6: the upgrade checks the old chain, hashes the personal part apart, and after a
    clearing `audit verify` passes."""
    desk = _old_log(fresh_db_url)
    try:
        migrate.upgrade(desk.engine)
        assert audit.verify(desk).ok
        with desk.write() as session:
            session.execute(update(AuditEntry).values(subject=None, request_ref=None))
        assert audit.verify(desk).ok
    finally:
        desk.dispose()


def test_an_old_log_that_does_not_verify_is_not_rehashed(fresh_db_url):
    """Re-hashing a broken chain would hide what was altered: the upgrade stops and names the entry."""
    desk = _old_log(fresh_db_url, tamper=True)
    try:
        with pytest.raises(Exception, match="entry 2"):
            migrate.upgrade(desk.engine)
        assert migrate.current_revision(desk.engine) == "0009"
    finally:
        desk.dispose()
