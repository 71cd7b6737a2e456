"""A SoftHSM2 token of a test's own (docs/design.md "Signing key"): its store and config in a temporary folder
(SOFTHSM2_CONF), a P-256 key made on the token as sensitive and not extractable, and a certificate for it signed
by the token itself, stored beside the key under the same label, as a CA's certificate would be."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
           "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")
SO_PIN = "12345678"


def module_path() -> str | None:
    return next((path for path in MODULES if os.path.exists(path)), None)


@dataclass(frozen=True)
class Token:
    module: str
    label: str
    key_label: str
    pin: str
    fingerprint: str  # SHA-256 of the certificate


def make_token(folder: Path, monkeypatch, *, label: str = "mnu-desk", key_label: str = "company",
               pin: str = "token-pin-1", common_name: str = "m punkt nu Sverige AB") -> Token:
    """A fresh token with a signing key and its certificate; skipped only when SoftHSM2 is not installed
    (.ci/run installs it)."""
    module = module_path()
    if module is None:
        pytest.skip("SoftHSM2 (libsofthsm2.so) is not installed")
    store = folder / "tokens"
    store.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {store}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                    "--pin", pin], check=True, capture_output=True, env={**os.environ, "SOFTHSM2_CONF": str(conf)},
                   timeout=60)
    fingerprint = _key_and_certificate(module, label, key_label, pin, common_name)
    return Token(module, label, key_label, pin, fingerprint)


def _key_and_certificate(module: str, label: str, key_label: str, pin: str, common_name: str) -> str:
    import hashlib

    import pkcs11
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax
    from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass
    from pkcs11.util.ec import encode_ec_public_key, encode_ecdsa_signature, encode_named_curve_parameters

    # a fresh library handle: SoftHSM reads SOFTHSM2_CONF when it is loaded
    lib = pkcs11.lib(module)
    lib.reinitialize()
    token = lib.get_token(token_label=label)
    with token.open(user_pin=pin, rw=True) as session:
        params = session.create_domain_parameters(
            KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        public, private = params.generate_keypair(
            store=True, label=key_label,
            private_template={Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False, Attribute.SIGN: True},
            public_template={Attribute.VERIFY: True})
        name = ax.Name.build({"common_name": common_name, "organization_name": "m punkt nu Sverige AB",
                              "country_name": "SE"})
        start = datetime.now(UTC) - timedelta(minutes=5)
        tbs = ax.TbsCertificate({
            "version": "v3", "serial_number": int.from_bytes(os.urandom(8), "big"),
            "signature": {"algorithm": "sha256_ecdsa"}, "issuer": name, "subject": name,
            "validity": {"not_before": ax.Time({"utc_time": start}),
                         "not_after": ax.Time({"utc_time": start + timedelta(days=730)})},
            "subject_public_key_info": akeys.PublicKeyInfo.load(encode_ec_public_key(public)),
            "extensions": [
                {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": False}},
                {"extn_id": "key_usage", "critical": True,
                 "extn_value": {"digital_signature", "non_repudiation"}},
            ]})
        # SoftHSM signs a digest (CKM_ECDSA); it has no hash-and-sign mechanism for EC
        digest = hashlib.sha256(tbs.dump()).digest()
        signature = encode_ecdsa_signature(private.sign(digest, mechanism=Mechanism.ECDSA))
        cert = ax.Certificate({"tbs_certificate": tbs, "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                               "signature_value": signature})
        der = cert.dump()
        session.create_object({Attribute.CLASS: ObjectClass.CERTIFICATE,
                               Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
                               Attribute.TOKEN: True, Attribute.LABEL: key_label, Attribute.VALUE: der,
                               Attribute.ID: private[Attribute.ID] if _has_id(private) else b"\x01",
                               Attribute.SUBJECT: name.dump()})
    return hashlib.sha256(der).hexdigest()


def _has_id(key) -> bool:
    from pkcs11 import Attribute

    try:
        return bool(key[Attribute.ID])
    except Exception:  # noqa: BLE001 - a key made without an id
        return False
