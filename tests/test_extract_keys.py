"""The signing key (docs/design.md section 6): no unsigned file is ever handed out as if it were signed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from sqlalchemy import func, select

from mnu_desk.db.models import IssuedExtract, SigningKey
from mnu_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from mnu_desk.services import credentials, extracts, keys, requests

from .factories import add_person

PASS = "hemlig-lösenfras-1"


def _request(desk, agent) -> str:
    add_person(desk)
    return requests.register_request(desk, agent, type="access", channel="letter", received=date.today(),
                                     customer_no="100001")["ref"]


def _count(desk, model) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_init_makes_a_two_year_signing_certificate_and_keeps_the_passphrase_in_the_keyring(desk, admin):
    info = keys.init_self_signed(desk, admin, PASS)
    assert "m punkt nu Sverige AB" in info.subject
    assert timedelta(days=725) < info.not_after - info.not_before <= timedelta(days=731)
    assert keys.active_key_info(desk).fingerprint_sha256 == info.fingerprint_sha256
    assert credentials.get(keys.keyring_account(desk)) == PASS


def test_only_an_admin_manages_keys(desk, make_agent):
    with pytest.raises(PermissionDenied):
        keys.init_self_signed(desk, make_agent("sven", "supervisor"), PASS)


def test_import_refuses_wrong_passphrase_expired_certificate_and_a_key_that_cannot_sign(desk, admin):
    good = keys.make_self_signed_p12(PASS)
    with pytest.raises(ValidationFailed, match="wrong passphrase"):
        keys.import_p12(desk, admin, good, "fel-lösenfras")
    expired = keys.make_self_signed_p12(PASS, not_before=datetime.now(UTC) - timedelta(days=800))
    with pytest.raises(ValidationFailed, match="expired"):
        keys.import_p12(desk, admin, expired, PASS)
    future = keys.make_self_signed_p12(PASS, not_before=datetime.now(UTC) + timedelta(days=3))
    with pytest.raises(ValidationFailed, match="not valid before"):
        keys.import_p12(desk, admin, future, PASS)
    edwards = ed25519.Ed25519PrivateKey.generate()
    no_cert = pkcs12.serialize_key_and_certificates(b"x", edwards, None, None,
                                                    BestAvailableEncryption(PASS.encode()))
    with pytest.raises(ValidationFailed):
        keys.import_p12(desk, admin, no_cert, PASS)
    assert _count(desk, SigningKey) == 0
    assert keys.import_p12(desk, admin, good, PASS).subject


def test_no_key_wrong_passphrase_or_expired_key_refuses_the_extract(desk, admin, make_agent):
    """Art. 15 answers are signed (docs/design.md section 4): never an unsigned file in place of a signed one."""
    anna = make_agent("anna")
    ref = _request(desk, anna)
    with pytest.raises(NotFound, match="No signing key"):
        extracts.issue_extract(desk, anna, ref, passphrase=PASS)
    keys.init_self_signed(desk, admin, PASS)
    with pytest.raises(ValidationFailed, match="wrong passphrase"):
        extracts.issue_extract(desk, anna, ref, passphrase="fel-lösenfras")
    expired = keys.make_self_signed_p12(PASS, not_before=datetime.now(UTC) - timedelta(days=800))
    with desk.write() as session:  # a key that expired while in use (import refuses expired ones)
        session.query(SigningKey).update({"active": False})
        session.add(SigningKey(p12=expired, subject="CN=old", not_before=datetime.now(UTC) - timedelta(days=800),
                               not_after=datetime.now(UTC) - timedelta(days=70), fingerprint_sha256="0" * 64,
                               active=True, added_at=datetime.now(UTC), added_by=admin.id))
    with pytest.raises(ValidationFailed, match="expired"):
        extracts.issue_extract(desk, anna, ref, passphrase=PASS)
    assert _count(desk, IssuedExtract) == 0
    assert requests.get_request(desk, anna, ref)["status"] != "completed"


def test_passphrase_comes_from_the_environment(desk, admin, make_agent, monkeypatch):
    anna = make_agent("anna")
    ref = _request(desk, anna)
    keys.init_self_signed(desk, admin, PASS)
    credentials.delete(keys.keyring_account(desk))
    with pytest.raises(ValidationFailed, match="No passphrase"):
        extracts.issue_extract(desk, anna, ref)
    monkeypatch.setenv(keys.ENV, PASS)
    assert extracts.issue_extract(desk, anna, ref).pdf.startswith(b"%PDF")
