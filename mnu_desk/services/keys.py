"""The company's signing key for register extracts (docs/design.md "Signing key"). In production the key is on a
PKCS#11 token (services/token.py) and never leaves it; a PKCS#12 kept in the database, protected by its
passphrase, is a trial key. The passphrase comes from MNU_DESK_KEY_PASSPHRASE, else the keyring (account
"signing-key:" + the database id), else the command line asks. It is never written to a file or a log."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from sqlalchemy import select, update

from ..db.models import Setting, SigningKey
from ..domain.clock import iso_z, utcnow
from ..domain.errors import DeskError, NotFound, ValidationFailed
from ..domain.roles import Permission
from ..private_files import read_regular
from . import audit, credentials, token
from .context import Actor, Desk

ENV = "MNU_DESK_KEY_PASSPHRASE"
KEYRING_ACCOUNT = "signing-key"  # + ":" + the database id: each database has its own key
COMPANY = "m punkt nu Sverige AB"
VALID_DAYS = 730
WARN_DAYS = 30  # an admin needs time to get and import a new certificate


@dataclass(frozen=True)
class KeyInfo:
    id: int
    subject: str
    not_before: datetime
    not_after: datetime
    fingerprint_sha256: str
    trial: bool = True          # a PKCS#12 key kept in the database
    token: str | None = None    # the label of the token that holds the key

    def as_dict(self) -> dict:
        return {"id": str(self.id), "subject": self.subject, "not_before": iso_z(self.not_before),
                "not_after": iso_z(self.not_after), "fingerprint_sha256": self.fingerprint_sha256,
                "trial": self.trial, "token": self.token}


@dataclass(frozen=True)
class LoadedKey:
    """The active key opened: a PKCS#12 with its passphrase, or (`signer`) pyHanko's signer over a key on a
    token, whose session is open while the key is in use."""

    id: int
    p12: bytes | None
    passphrase: str | None
    certificate: x509.Certificate
    signer: object | None = None

    def pdf_signer(self):
        """pyHanko's signer for this key."""
        if self.signer is not None:
            return self.signer
        from pyhanko.sign import signers

        signer = signers.SimpleSigner.load_pkcs12_data(self.p12, other_certs=[],
                                                       passphrase=self.passphrase.encode("utf-8"))
        if signer is None:  # older pyHanko versions return None instead of raising
            raise ValidationFailed("The signing key could not be opened: wrong passphrase, or not a PKCS#12 "
                                   "file.")
        return signer

    def sign_raw(self, data: bytes) -> bytes:
        """A SHA-256 signature of `data` (a seal): RSA PKCS#1 v1.5 or DER-encoded ECDSA."""
        if self.signer is not None:
            return token.sign_raw(self.signer, data)
        from cryptography.hazmat.primitives.asymmetric import padding

        key, _ = open_loaded(self)
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return key.sign(data, ec.ECDSA(hashes.SHA256()))


def keyring_account(desk: Desk) -> str:
    """The keyring entry of this database's key: a demo database or a second profile on the same computer
    never overwrites another database's passphrase."""
    db_id = database_id(desk)
    return f"{KEYRING_ACCOUNT}:{db_id}" if db_id else KEYRING_ACCOUNT


def passphrase_from_environment(desk: Desk) -> str | None:
    """The environment first (unattended runs), then the keyring; None when neither has it."""
    value = os.environ.get(ENV)
    if value:
        return value
    return credentials.get(keyring_account(desk))


def make_self_signed_p12(passphrase: str, *, not_before: datetime | None = None,
                         days: int = VALID_DAYS, common_name: str = COMPANY) -> bytes:
    """A self-signed EC P-256 certificate for signing, as a passphrase-protected PKCS#12."""
    _check_passphrase(passphrase)
    key = ec.generate_private_key(ec.SECP256R1())
    start = not_before or (utcnow() - timedelta(minutes=5))
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, COMPANY),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "SE")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(
        b"mnu-desk signing key", key, cert, None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def init_self_signed(desk: Desk, actor: Actor, passphrase: str) -> KeyInfo:
    """A self-signed company certificate for a trial (a real certificate belongs in production)."""
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    return _store(desk, actor, make_self_signed_p12(passphrase), passphrase, "signing_key_created")


def import_p12(desk: Desk, actor: Actor, data: bytes, passphrase: str) -> KeyInfo:
    """The company's real certificate. Refused, with nothing saved, for a wrong passphrase, a certificate not
    valid today, or a key that cannot sign."""
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    return _store(desk, actor, data, passphrase, "signing_key_imported")


def import_p12_file(desk: Desk, actor: Actor, path: str | os.PathLike, passphrase: str) -> KeyInfo:
    """import_p12 from a file the admin chose."""
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    text = str(path).strip()
    if not text:
        raise ValidationFailed("Choose the PKCS#12 file (.p12 or .pfx) to import.")
    data = read_regular(os.path.expanduser(text), limit=1024 * 1024)
    return import_p12(desk, actor, data, passphrase)


def active_key_info(desk: Desk) -> KeyInfo | None:
    with desk.read() as session:
        row = session.scalar(select(SigningKey).where(SigningKey.active.is_(True)).order_by(SigningKey.id.desc()))
        return _info(row) if row else None


def days_to_expiry_warning(info: KeyInfo, now: datetime | None = None, within: int = WARN_DAYS) -> int | None:
    """Whole days left when the certificate expires within `within` days (0 when already expired), else
    None: extracts cannot be signed once it has expired."""
    left = info.not_after - (now or utcnow())
    if left > timedelta(days=within):
        return None
    return max(0, left.days)


def known_fingerprints(desk: Desk) -> set[str]:
    """Every key registered in the database: an extract stays verifiable after the key is replaced."""
    with desk.read() as session:
        return set(session.scalars(select(SigningKey.fingerprint_sha256)))


def trusted_fingerprints(desk: Desk) -> set[str]:
    """The certificates whose signatures this computer believes (an extract, a seal). A computer set up with
    `keys token` pinned the company's certificate in its own config: it believes the pinned certificates that
    are registered, and no row the database's owner added. Elsewhere (a trial) the registered keys."""
    registered = known_fingerprints(desk)
    pins = token.pinned(database_id(desk))
    return registered & pins if pins else registered


def database_id(desk: Desk) -> str:
    with desk.read() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
    return json.loads(stored) if stored else ""


def secret_known(desk: Desk) -> bool:
    """Whether this computer can sign without asking: the token's PIN, or the trial key's passphrase, is in the
    environment or the keyring."""
    config = token.configured(database_id(desk))
    if config is not None:
        return bool(token.pin_from_environment(config))
    return bool(passphrase_from_environment(desk))


def signs_on_token(desk: Desk) -> bool:
    return token.configured(database_id(desk)) is not None


def has_key(desk: Desk) -> bool:
    return token.configured(database_id(desk)) is not None or active_key_info(desk) is not None


@contextmanager
def opened(desk: Desk, passphrase: str | None = None, *, pin: str | None = None) -> Iterator[LoadedKey]:
    """The key this computer signs with, open while the block runs: the token set up here by `keys token`,
    else the database's active PKCS#12 (a trial key). Refused when there is none, the PIN or passphrase is
    wrong, or the certificate is not valid now."""
    config = token.configured(database_id(desk))
    if config is None:
        yield load_active(desk, passphrase or passphrase_from_environment(desk))
        return
    with token.signer(config, pin or token.pin_from_environment(config)) as (pdf_signer, found):
        _check_valid(found.certificate)
        with desk.read() as session:
            key_id = session.scalar(select(SigningKey.id).where(SigningKey.fingerprint_sha256 == found.fingerprint))
        if key_id is None:
            raise NotFound("The token's certificate is not registered in this database: an admin runs "
                           "'mnu-desk keys token' again.")
        yield LoadedKey(key_id, None, None, found.certificate, pdf_signer)


def load_active(desk: Desk, passphrase: str | None) -> LoadedKey:
    """The active PKCS#12 key, opened: refused when there is none, the passphrase is wrong or the certificate
    is not valid now. No unsigned file is ever handed out as if it were signed."""
    with desk.read() as session:
        row = session.scalar(select(SigningKey).where(SigningKey.active.is_(True)).order_by(SigningKey.id.desc()))
        if row is None:
            raise NotFound("No signing key: an admin creates one with 'mnu-desk keys init' or imports the "
                           "company's with 'mnu-desk keys import'.")
        key_id, data = row.id, row.p12
    if data is None:
        raise NotFound("The signing key is on a token that this computer is not set up for: an admin runs "
                       "'mnu-desk keys token' here.")
    if not passphrase:
        raise ValidationFailed("No passphrase for the signing key: set MNU_DESK_KEY_PASSPHRASE or store it "
                               "in the keyring.")
    _, cert = _open(data, passphrase)
    return LoadedKey(key_id, data, passphrase, cert)


def open_loaded(loaded: LoadedKey):
    """The private key and certificate of an opened key, for signing something other than a PDF (a seal)."""
    return _open(loaded.p12, loaded.passphrase)


def _check_passphrase(passphrase: str) -> None:
    if not passphrase or len(passphrase) < 8:
        raise ValidationFailed("The signing key's passphrase must have at least 8 characters.")


def _open(data: bytes, passphrase: str):
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise ValidationFailed("The signing key could not be opened: wrong passphrase, or not a PKCS#12 "
                               "file.") from None
    if key is None or cert is None:
        raise ValidationFailed("The PKCS#12 file holds no private key with its certificate.")
    if isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey) or \
            not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValidationFailed("The key in the PKCS#12 file cannot make a PDF signature (RSA or EC needed).")
    _check_valid(cert)
    return key, cert


def _check_valid(cert: x509.Certificate) -> None:
    now = utcnow()
    if cert.not_valid_before_utc > now:
        raise ValidationFailed("The signing certificate is not valid before {date}.",
                               date=iso_z(cert.not_valid_before_utc))
    if cert.not_valid_after_utc < now:
        raise ValidationFailed("The signing certificate expired on {date}.", date=iso_z(cert.not_valid_after_utc))
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise ValidationFailed("The certificate's key usage does not allow signing.")
    except x509.ExtensionNotFound:
        pass  # no key usage extension: any use is allowed


def _store(desk: Desk, actor: Actor, data: bytes, passphrase: str, action: str) -> KeyInfo:
    _check_passphrase(passphrase)
    if not data or len(data) > 1_000_000:
        raise ValidationFailed("The PKCS#12 file is empty or too large.")
    _, cert = _open(data, passphrase)
    fingerprint = cert.fingerprint(hashes.SHA256()).hex()
    subject = cert.subject.rfc4514_string()[:300]
    with desk.write() as session:
        if session.scalar(select(SigningKey.id).where(SigningKey.fingerprint_sha256 == fingerprint)):
            raise ValidationFailed("This certificate is already stored.")
        session.execute(update(SigningKey).values(active=False))
        row = SigningKey(p12=data, subject=subject, not_before=cert.not_valid_before_utc,
                         not_after=cert.not_valid_after_utc, fingerprint_sha256=fingerprint, active=True,
                         added_at=utcnow(), added_by=actor.id, trial=True)
        session.add(row)
        session.flush()
        audit.record(session, actor.name, action, subject=f"signing_key:{row.id}",
                     payload={"subject": subject, "fingerprint_sha256": fingerprint,
                              "not_after": iso_z(row.not_after)})
        info = _info(row)
    try:
        credentials.put(keyring_account(desk), passphrase)
    except Exception as exc:  # noqa: BLE001 - the key is stored; only the convenience failed
        raise DeskError("The key is stored, but the passphrase could not be kept in the keyring ({error}); "
                        "set MNU_DESK_KEY_PASSPHRASE when issuing.", error=type(exc).__name__) from None
    return info


def _info(row: SigningKey) -> KeyInfo:
    return KeyInfo(row.id, row.subject, row.not_before, row.not_after, row.fingerprint_sha256, row.trial,
                   row.token_label)


def set_up_token(desk: Desk, actor: Actor, module: str, token_label: str, key_label: str,
                 pin: str | None) -> KeyInfo:
    """`keys token`: this computer signs with the key on the token. The key must be there, unexportable, with
    its certificate beside it; the certificate is registered (once, by the first desk set up) as the active
    key, pinned in this computer's config, and the PIN kept in the keyring. Nothing is saved on a refusal."""
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    config = token.check_config(module, token_label, key_label)
    found = token.inspect(config, pin)
    _check_valid(found.certificate)
    cert = found.certificate
    subject = cert.subject.rfc4514_string()[:300]
    with desk.write() as session:
        row = session.scalar(select(SigningKey).where(SigningKey.fingerprint_sha256 == found.fingerprint))
        if row is not None and row.p12 is not None:
            raise ValidationFailed("This certificate is stored as a PKCS#12 key already; a token's key must never "
                                   "have left the token.")
        if row is None:
            session.execute(update(SigningKey).values(active=False))
            row = SigningKey(p12=None, subject=subject, not_before=cert.not_valid_before_utc,
                             not_after=cert.not_valid_after_utc, fingerprint_sha256=found.fingerprint, active=True,
                             added_at=utcnow(), added_by=actor.id, trial=False, token_label=config.token,
                             key_label=config.key)
            session.add(row)
            session.flush()
        audit.record(session, actor.name, "signing_token_set_up", subject=f"signing_key:{row.id}",
                     payload={"subject": subject, "fingerprint_sha256": found.fingerprint, "token": config.token,
                              "key": config.key, "not_after": iso_z(row.not_after)})
        info = _info(row)
        db_id = database_id(desk)
    token.remember(db_id, config, found.fingerprint)
    if pin and not os.environ.get(token.ENV):
        try:
            credentials.put(token.pin_account(config.token), pin)
        except Exception as exc:  # noqa: BLE001 - the token is set up; only the convenience failed
            raise DeskError("The token is set up, but its PIN could not be kept in the keyring ({error}); set "
                            "MNU_DESK_TOKEN_PIN when issuing.", error=type(exc).__name__) from None
    return info


def certificate_fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()
