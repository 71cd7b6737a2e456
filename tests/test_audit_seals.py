"""Seals of the audit log (docs/design.md "Audit log"): whoever owns the database can rewrite an entry and
compute the chain again, or cut the tail and move the head back, and `audit verify` says intact; a seal
taken before that, kept off the database, catches both."""

from __future__ import annotations

import json
import stat
from datetime import date

import pytest
from sqlalchemy import delete, select, update

from mnu_desk.db.models import AuditEntry, AuditHead, AuditPayload
from mnu_desk.domain.audit_chain import GENESIS_HASH, EntryFields, entry_hash
from mnu_desk.services import audit, keys, requests, seals

from .factories import add_person
from .test_cli import run_cli

PASS = "sigill-lösenfras-1"


@pytest.fixture
def sealed(desk, admin, tmp_path, monkeypatch):
    monkeypatch.setenv(keys.ENV, PASS)
    keys.init_self_signed(desk, admin, PASS)
    add_person(desk, "100001")
    for _ in range(5):
        audit.verify(desk, admin)
        with desk.write() as session:
            audit.record(session, admin.name, "viewed", subject="person:100001")
    made = seals.seal(desk, admin, None, folder=tmp_path / "seals")
    return made


def _rechain(desk, *, rewrite_seq: int | None = None, cut_after: int | None = None) -> None:
    """What the owner can do with the tables and a copy of the hashing rule."""
    with desk.write() as session:
        if cut_after is not None:
            session.execute(delete(AuditPayload).where(AuditPayload.seq > cut_after))
            session.execute(delete(AuditEntry).where(AuditEntry.seq > cut_after))
        if rewrite_seq is not None:
            session.execute(update(AuditEntry).where(AuditEntry.seq == rewrite_seq).values(action="nothing"))
        previous = GENESIS_HASH
        last = 0
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all():
            fields = EntryFields(seq=entry.seq, at=entry.at, agent=entry.agent, action=entry.action,
                                 purpose=entry.purpose, payload_sha256=entry.payload_sha256,
                                 personal_sha256=entry.personal_sha256)
            previous = entry_hash(previous, fields)
            session.execute(update(AuditEntry).where(AuditEntry.seq == entry.seq).values(entry_hash=previous))
            last = entry.seq
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=last, hash=previous))


def _verify(capsys, db_url, *seal_files):
    argv = ["--lang", "en", "audit", "verify", "--db", db_url]
    for path in seal_files:
        argv += ["--seal", str(path)]
    return run_cli(capsys, *argv)


def test_a_rewritten_and_rechained_entry_is_caught_by_the_seal(sealed, desk, db_url, capsys):
    _rechain(desk, rewrite_seq=3)
    assert _verify(capsys, db_url)[0] == 0  # the chain alone cannot tell
    code, out, err = _verify(capsys, db_url, sealed.path)
    assert code == 1 and out == "" and "rewritten" in err


def test_a_cut_tail_is_caught_by_the_seal(sealed, desk, db_url, capsys):
    _rechain(desk, cut_after=sealed.seq - 3)
    assert _verify(capsys, db_url)[0] == 0
    code, _, err = _verify(capsys, db_url, sealed.path)
    assert code == 1 and "cut" in err


def test_an_intact_log_holds_its_seal_and_the_seal_is_private(sealed, desk, db_url, capsys):
    with desk.write() as session:  # work goes on after the seal
        audit.record(session, "admin", "viewed", subject="person:100001")
    code, out, _ = run_cli(capsys, "audit", "verify", "--db", db_url, "--seal", str(sealed.path), "--json")
    assert code == 0 and json.loads(out)["seals"] == 1
    assert stat.S_IMODE(sealed.path.stat().st_mode) == 0o600


def test_an_altered_seal_or_a_seal_by_another_key_is_refused(sealed, desk, db_url, capsys, tmp_path):
    document = json.loads(sealed.path.read_text())
    document["seq"] = 1
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document))
    code, _, err = _verify(capsys, db_url, forged)
    assert code == 1 and "altered" in err
    # a seal signed with a key the desk never registered proves nothing
    other = keys.make_self_signed_p12("other-passphrase-1")
    _, certificate = keys.open_loaded(keys.LoadedKey(0, other, "other-passphrase-1", None))
    stranger = seals.write_seal(desk, keys.LoadedKey(0, other, "other-passphrase-1", certificate),
                                tmp_path / "other")
    code, _, err = _verify(capsys, db_url, stranger.path)
    assert code == 1 and "never registered" in err


def test_the_first_issuance_of_the_day_seals_the_log(desk, admin, make_agent, tmp_path, monkeypatch):
    """docs/design.md "Audit log": the first issuance of each day seals too."""
    from mnu_desk.services import desk_config, extracts

    monkeypatch.setenv(keys.ENV, PASS)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    seals.set_seal_folder(tmp_path / "daily")
    assert desk_config.read()["desk"]["seal_folder"] == str(tmp_path / "daily")
    keys.init_self_signed(desk, admin, PASS)
    anna = make_agent("anna")
    for customer_no in ("100001", "100002"):  # two people: a second extract for one would be a repeat
        add_person(desk, customer_no)
        ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                        customer_no=customer_no)["ref"]
        extracts.issue_extract(desk, anna, ref, passphrase=PASS)
    made = list((tmp_path / "daily").glob("audit-seal-*.json"))
    assert len(made) == 1
    assert seals.check(desk, made) is None
