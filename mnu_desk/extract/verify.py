"""Reading a signed extract back: is there one signature, is it intact, does it cover the whole file, and
which certificate made it. Whether the desk issued the file is the service's question (services/extracts.py)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class SignatureCheck:
    problem: str | None                  # None, "unreadable", "unsigned", "broken"
    fingerprints: tuple[str, ...] = ()   # SHA-256 of each signer's certificate, in file order
    whole: bool = False                  # one signature, covering the whole file


def check(pdf: bytes) -> SignatureCheck:
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # noqa: BLE001 - any damage to the file structure is "unreadable" to the user
        return SignatureCheck("unreadable")
    if not signatures:
        return SignatureCheck("unsigned")
    fingerprints, whole = [], len(signatures) == 1
    for sig in signatures:
        try:
            # trust is decided by the caller against the desk's own keys; the context only stops the
            # validator from rejecting (and logging) a self-signed trial certificate
            context = ValidationContext(trust_roots=[sig.signer_cert])
            status = validate_pdf_signature(sig, signer_validation_context=context, skip_diff=True)
        except Exception:  # noqa: BLE001 - a mangled signature container is a broken signature
            return SignatureCheck("broken")
        if not (status.intact and status.valid):
            return SignatureCheck("broken")
        fingerprints.append(hashlib.sha256(sig.signer_cert.dump()).hexdigest())
        whole = whole and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    return SignatureCheck(None, tuple(fingerprints), whole)
