"""The tamper-evident audit log (docs/design.md section 6; policy 9.1, accountability)."""

import threading

from sqlalchemy import delete, select, update

from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import AuditEntry, AuditHead, AuditPayload
from mnu_desk.services import audit
from mnu_desk.services.context import Desk


def _write(desk, count, agent="admin", action="test"):
    for i in range(count):
        with desk.write() as session:
            audit.record(session, agent, action, subject=f"thing:{i}", payload={"old": "Åsa", "new": i})


def test_intact_log_verifies(desk):
    _write(desk, 5)
    result = audit.verify(desk)
    assert result.ok and result.entries == 5


def test_altered_entry_is_named(desk):
    _write(desk, 5)
    with desk.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(action="something else"))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 3


def test_altered_payload_is_named(desk):
    _write(desk, 5)
    with desk.write() as session:
        session.execute(update(AuditPayload).where(AuditPayload.seq == 2).values(payload='{"new":99}'))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 2 and "payload" in result.reason


def test_cleared_payload_still_verifies(desk):
    """Erasure clears payloads (personal data); the chain holds without them."""
    _write(desk, 3)
    with desk.write() as session:
        session.execute(delete(AuditPayload).where(AuditPayload.seq == 2))
    assert audit.verify(desk).ok


def test_removed_entry_is_named(desk):
    _write(desk, 5)
    with desk.write() as session:
        session.execute(delete(AuditPayload).where(AuditPayload.seq == 3))
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 3


def test_removed_last_entry_is_caught_by_the_head(desk):
    _write(desk, 4)
    with desk.write() as session:
        session.execute(delete(AuditPayload).where(AuditPayload.seq == 4))
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 4))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 4


def test_reordered_entries_are_named(desk):
    _write(desk, 4)
    with desk.write() as session:
        two = session.get(AuditEntry, 2)
        three = session.get(AuditEntry, 3)
        (two.action, two.subject, two.payload_sha256, two.entry_hash,
         three.action, three.subject, three.payload_sha256, three.entry_hash) = (
            three.action, three.subject, three.payload_sha256, three.entry_hash,
            two.action, two.subject, two.payload_sha256, two.entry_hash)
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 2


def test_inserted_entry_is_named(desk):
    _write(desk, 3)
    with desk.write() as session:
        fake = session.get(AuditEntry, 3)
        session.add(AuditEntry(seq=4, at=fake.at, agent="mallory", action="test", subject="x",
                               payload_sha256=fake.payload_sha256, personal_sha256=fake.personal_sha256,
                               entry_hash=fake.entry_hash))
        session.execute(update(AuditHead).values(seq=4, hash=fake.entry_hash))
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 4


def test_concurrent_writers_never_fork_the_chain(desk):
    """Two (here four) desks appending at the same moment queue on the head row lock: the sequence stays
    gapless and every link holds, on every backend."""
    writers, per_writer = 4, 15
    barrier = threading.Barrier(writers)
    errors = []

    def work(n):
        own = Desk(make_engine(desk.engine.url))
        try:
            barrier.wait()
            _write(own, per_writer, agent=f"agent{n}")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = audit.verify(desk)
    assert result.ok and result.entries == writers * per_writer
    with desk.read() as session:
        seqs = list(session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
    assert seqs == list(range(1, writers * per_writer + 1))
