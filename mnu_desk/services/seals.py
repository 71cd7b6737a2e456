"""Seals of the audit log (docs/design.md "Audit log"): the chain's head at one moment (sequence, hash, time,
database id), signed with the company's key and kept outside the database, in this computer's seal folder.

The hash chain alone proves nothing against the database's owner, who can rewrite an entry and compute every
later hash again, or cut the tail and move the head back. A seal taken before that still names the old hash
of its entry: `audit verify --seal FILE` finds the entry changed, or gone."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from sqlalchemy import select

from ..db.models import AuditEntry, AuditHead
from ..domain.audit_chain import canonical_json
from ..domain.clock import iso_z, today_stockholm, utcnow
from ..domain.errors import ValidationFailed
from ..domain.roles import Permission
from ..paths import data_dir
from ..private_files import private_folder, read_regular, write_or_refuse
from . import desk_config, keys, ledger
from .context import Actor, Desk

KIND = "mnu-desk audit seal"
SEAL_FOLDER = "seal_folder"
SEAL_LIMIT = 100_000  # a seal is a few kilobytes; anything bigger is not one


@dataclass(frozen=True)
class Seal:
    path: Path
    database_id: str
    seq: int
    hash: str
    at: str

    def as_dict(self) -> dict:
        return {"file": str(self.path), "database_id": self.database_id, "seq": self.seq, "hash": self.hash,
                "at": self.at}


def seal_folder() -> Path:
    """This computer's seal folder (its config file), else one in the user data folder: off the database
    server either way."""
    value = desk_config.read().get("desk", {}).get(SEAL_FOLDER)
    return Path(value) if value else data_dir() / "seals"


def set_seal_folder(value: str | Path | None) -> Path | None:
    """An absolute folder, or empty for the default."""
    text = str(value or "").strip()
    path = Path(text).expanduser() if text else None
    if path is not None and not path.is_absolute():
        raise ValidationFailed("The seal folder needs an absolute path; '{path}' is not.", path=text)
    if path is not None and path.exists() and not path.is_dir():
        raise ValidationFailed("The seal folder '{path}' is a file; name a folder.", path=text)
    data = desk_config.read()
    desk = data.setdefault("desk", {})
    if path is None:
        desk.pop(SEAL_FOLDER, None)
    else:
        desk[SEAL_FOLDER] = str(path)
    desk_config.write(data)
    return path


def seal(desk: Desk, actor: Actor, passphrase: str | None, *, pin: str | None = None,
         folder: Path | None = None) -> Seal:
    """Sign the current head with the company key and write the seal to the seal folder (0600)."""
    actor.require(Permission.VERIFY_AUDIT)
    with keys.opened(desk, passphrase, pin=pin) as loaded:
        return write_seal(desk, loaded, folder or seal_folder())


def seal_if_first_today(desk: Desk, actor: Actor, loaded: keys.LoadedKey, today: date | None = None) -> Seal | None:
    """The daily seal: the first issuance of the day on this computer seals the log with the key it holds
    open anyway. A seal that cannot be written does not undo the issuance; the next one tries again."""
    folder = seal_folder()
    stamp = (today or today_stockholm()).strftime("%Y%m%d")
    with desk.read() as session:
        db_id = ledger.database_id(session)
    if folder.is_dir() and any(folder.glob(f"audit-seal-{db_id}-*-{stamp}T*.json")):
        return None
    try:
        return write_seal(desk, loaded, folder)
    except (OSError, ValidationFailed):
        return None


def write_seal(desk: Desk, loaded: keys.LoadedKey, folder: Path) -> Seal:
    """Sign the head with an opened key (whoever holds it may seal; the seal says nothing but the head)."""
    cert = loaded.certificate
    with desk.read() as session:
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
        body = {"kind": KIND, "database_id": ledger.database_id(session), "seq": head.seq, "hash": head.hash,
                "at": iso_z(utcnow())}
    signature = loaded.sign_raw(canonical_json(body).encode("utf-8"))
    document = {**body, "certificate": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
                "signature": base64.b64encode(signature).decode("ascii")}
    stamp = body["at"].replace("-", "").replace(":", "").split(".")[0]
    path = private_folder(folder) / f"audit-seal-{body['database_id']}-{head.seq:012d}-{stamp}.json"
    # no audit entry of its own: the seal is the record, and an entry would move the head it just sealed
    write_or_refuse(path, (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return Seal(path, body["database_id"], body["seq"], body["hash"], body["at"])


def verify_raw(cert: x509.Certificate, data: bytes, signature: bytes) -> bool:
    """Whether `signature` is the certificate's key's SHA-256 signature of `data` (a seal's)."""
    public = cert.public_key()
    try:
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, TypeError, ValueError):
        return False
    return True


def read_seal(path: str | Path) -> dict:
    """A seal file, its signature checked against the certificate it carries."""
    try:
        document = json.loads(read_regular(Path(path), limit=SEAL_LIMIT))
        body = {field: document[field] for field in ("kind", "database_id", "seq", "hash", "at")}
        cert = x509.load_pem_x509_certificate(document["certificate"].encode("ascii"))
        signature = base64.b64decode(document["signature"], validate=True)
    except (OSError, ValueError, KeyError, TypeError):
        raise ValidationFailed("'{path}' is not an audit seal.", path=str(path)) from None
    if body["kind"] != KIND or not isinstance(body["seq"], int):
        raise ValidationFailed("'{path}' is not an audit seal.", path=str(path))
    if not verify_raw(cert, canonical_json(body).encode("utf-8"), signature):
        raise ValidationFailed("The seal '{path}' was altered: its signature does not match.",
                               path=str(path))
    return {**body, "fingerprint": cert.fingerprint(hashes.SHA256()).hex()}


def check(desk: Desk, paths: list[str | Path]) -> str | None:
    """None when the chain still holds every sealed head; else the first reason it does not."""
    known = keys.trusted_fingerprints(desk)
    with desk.read() as session:
        db_id = ledger.database_id(session)
        for path in paths:
            sealed = read_seal(path)
            if sealed["fingerprint"] not in known:
                return f"the seal {Path(path).name} is signed by a key the desk never registered"
            if sealed["database_id"] != db_id:
                return f"the seal {Path(path).name} belongs to another database"
            if sealed["seq"] == 0:
                continue
            stored = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == sealed["seq"]))
            if stored is None:
                return (f"entry {sealed['seq']}, sealed on {sealed['at']}, is gone: the log was cut after "
                        "the seal was made")
            if stored != sealed["hash"]:
                return (f"entry {sealed['seq']} no longer has the hash sealed on {sealed['at']}: history "
                        "before the seal was rewritten")
    return None
