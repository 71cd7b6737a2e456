"""The company's signing key on a PKCS#11 token (docs/design.md "Signing key"): a smart card, USB token or network
HSM whose private key never leaves it. Which token this computer signs with is this computer's setting (the
module is a library file here); the certificate is registered in the database so every desk knows the key, and
pinned in this computer's config so that a key the database's owner slips in is not believed. The PIN comes
from MNU_DESK_TOKEN_PIN, else the keyring (account "token-pin:" + the token's label), else a prompt; never a file
or a log."""

from __future__ import annotations

import asyncio
import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from ..domain.errors import ValidationFailed
from . import credentials, desk_config

ENV = "MNU_DESK_TOKEN_PIN"
KEYRING_ACCOUNT = "token-pin"  # + ":" + the token's label
TOKENS = "signing_tokens"      # this computer's token per database id
PINS = "pinned_certificates"   # the company certificates this computer trusts, per database id
LABEL_LIMIT = 32               # a PKCS#11 token label has 32 characters


@dataclass(frozen=True)
class TokenConfig:
    module: str
    token: str
    key: str


def pin_account(token_label: str) -> str:
    return f"{KEYRING_ACCOUNT}:{token_label}"


def pin_from_environment(config: TokenConfig) -> str | None:
    return os.environ.get(ENV) or credentials.get(pin_account(config.token))


def configured(database_id: str) -> TokenConfig | None:
    """This computer's token for the database, or None: then it signs with the PKCS#12 trial key."""
    entry = desk_config.read().get("desk", {}).get(TOKENS, {}).get(database_id)
    if not entry:
        return None
    return TokenConfig(entry["module"], entry["token"], entry["key"])


def pinned(database_id: str) -> set[str]:
    return set(desk_config.read().get("desk", {}).get(PINS, {}).get(database_id, []))


def remember(database_id: str, config: TokenConfig, fingerprint: str) -> None:
    """The token and its certificate's pin, in this computer's config; an old pin stays, so an extract signed
    before a new certificate still verifies."""
    data = desk_config.read()
    desk = data.setdefault("desk", {})
    desk.setdefault(TOKENS, {})[database_id] = {"module": config.module, "token": config.token, "key": config.key}
    pins = desk.setdefault(PINS, {}).setdefault(database_id, [])
    if fingerprint not in pins:
        pins.append(fingerprint)
    desk_config.write(data)


def check_config(module: str, token: str, key: str) -> TokenConfig:
    """The three values `keys token` takes, refused with a reason before any library is loaded."""
    module, token, key = (str(value or "").strip() for value in (module, token, key))
    if not module:
        raise ValidationFailed("Name the token's PKCS#11 module (--module LIB.so).")
    path = Path(module).expanduser()
    if not path.is_absolute():
        raise ValidationFailed("The PKCS#11 module needs an absolute path; '{path}' is not.", path=module)
    if not path.is_file():
        raise ValidationFailed("There is no PKCS#11 module at '{path}'.", path=module)
    if not _label_ok(token):
        raise ValidationFailed("The token's label must have 1 to {limit} printable characters.", limit=LABEL_LIMIT)
    if not _label_ok(key):
        raise ValidationFailed("The key's label must have 1 to {limit} printable characters.", limit=LABEL_LIMIT)
    return TokenConfig(str(path), token, key)


def _label_ok(label: str) -> bool:
    return 0 < len(label) <= LABEL_LIMIT and all(ch.isprintable() for ch in label)


@dataclass(frozen=True)
class TokenCertificate:
    certificate: x509.Certificate
    fingerprint: str


@contextmanager
def signer(config: TokenConfig, pin: str | None):
    """An open session on the token and pyHanko's signer over its key: the key signs on the token."""
    from pyhanko.sign.pkcs11 import PKCS11Signer

    session = _open(config, pin)
    try:
        key = _private_key(session, config)
        certificate = _certificate(session, config)
        ec = key.key_type.name == "EC"
        # SoftHSM and many cards sign an EC digest only (CKM_ECDSA), not hash-and-sign
        yield PKCS11Signer(session, cert_label=config.key, key_label=config.key, use_raw_mechanism=ec,
                           signing_cert=_asn1(certificate.certificate)), certificate
    finally:
        session.close()


def inspect(config: TokenConfig, pin: str | None) -> TokenCertificate:
    """What `keys token` checks before anything is saved: the PIN opens the token, the key is there and cannot
    be exported, the certificate beside it is the key's (a test signature verifies with it)."""
    with signer(config, pin) as (pdf_signer, certificate):
        key = _private_key(pdf_signer.pkcs11_session, config)
        from pkcs11 import Attribute

        if _attribute(key, Attribute.EXTRACTABLE) or not _attribute(key, Attribute.SENSITIVE, True):
            raise ValidationFailed("The key '{key}' on the token can be exported; a company key must stay on "
                                   "its token (sensitive, not extractable).", key=config.key)
        sample = b"mnu-desk token check"
        signature = sign_raw(pdf_signer, sample)
    from .seals import verify_raw

    if not verify_raw(certificate.certificate, sample, signature):
        raise ValidationFailed("The certificate '{key}' on the token is not the key's own.", key=config.key)
    return certificate


def sign_raw(pdf_signer, data: bytes) -> bytes:
    """A SHA-256 signature of `data` by the token's key, as the certificate's algorithm encodes it."""
    return asyncio.run(pdf_signer.async_sign_raw(data, "sha256"))


def _open(config: TokenConfig, pin: str | None):
    import pkcs11

    if not pin:
        raise ValidationFailed("No PIN for the token: set MNU_DESK_TOKEN_PIN or store it in the keyring.")
    try:
        lib = pkcs11.lib(config.module)
    except (pkcs11.PKCS11Error, OSError, RuntimeError):
        raise ValidationFailed("'{path}' is not a PKCS#11 module that can be loaded.", path=config.module) from None
    try:
        token = lib.get_token(token_label=config.token)
    except pkcs11.NoSuchToken:
        raise ValidationFailed("No token labelled '{token}' is present.", token=config.token) from None
    except pkcs11.MultipleTokensReturned:
        raise ValidationFailed("More than one token is labelled '{token}'.", token=config.token) from None
    except pkcs11.PKCS11Error as exc:
        raise ValidationFailed("The token could not be read ({error}).", error=type(exc).__name__) from None
    try:
        return token.open(user_pin=pin)
    except pkcs11.PinIncorrect:
        raise ValidationFailed("Wrong PIN for the token '{token}'.", token=config.token) from None
    except pkcs11.PinLocked:
        raise ValidationFailed("The token '{token}' is locked: too many wrong PINs.", token=config.token) from None
    except pkcs11.PKCS11Error as exc:
        raise ValidationFailed("The token '{token}' could not be opened ({error}).", token=config.token,
                               error=type(exc).__name__) from None


def _private_key(session, config: TokenConfig):
    import pkcs11
    from pkcs11 import ObjectClass

    try:
        return session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=config.key)
    except pkcs11.NoSuchKey:
        raise ValidationFailed("The token has no private key labelled '{key}'.", key=config.key) from None
    except pkcs11.MultipleObjectsReturned:
        raise ValidationFailed("The token has more than one key labelled '{key}'.", key=config.key) from None


def _certificate(session, config: TokenConfig) -> TokenCertificate:
    from pkcs11 import Attribute, ObjectClass

    found = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.LABEL: config.key}))
    if len(found) != 1:
        raise ValidationFailed("The token has no certificate labelled '{key}' beside the key; store the company's "
                               "certificate on the token under the key's label.", key=config.key)
    der = bytes(found[0][Attribute.VALUE])
    try:
        certificate = x509.load_der_x509_certificate(der)
    except ValueError:
        raise ValidationFailed("The certificate '{key}' on the token cannot be read.", key=config.key) from None
    return TokenCertificate(certificate, hashlib.sha256(der).hexdigest())


def _attribute(key, attribute, default=False):
    import pkcs11

    try:
        return bool(key[attribute])
    except (pkcs11.AttributeTypeInvalid, pkcs11.AttributeSensitive):
        return default


def _asn1(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
