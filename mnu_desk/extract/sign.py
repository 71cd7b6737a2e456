"""The PAdES signature of a register extract (baseline B-B, sub-filter ETSI.CAdES.detached) with pyHanko, and
a visible signature note naming the company and the issuing agent on the last page."""

from __future__ import annotations

import io
import unicodedata

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from reportlab.lib.units import mm

FIELD = "Registerutdrag"
# the foot of the last page, below the text frame (extract/pdf.py leaves it free), clear of the page header
BOX = (int(20 * mm), int(4 * mm), int(120 * mm), int(19 * mm))


def sign(pdf: bytes, p12: bytes, passphrase: str, *, company: str, agent: str, reference: str,
         field: str = FIELD) -> bytes:
    """The signed PDF. Raises ValueError when the key cannot be opened (the caller says why in words)."""
    signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=passphrase.encode("utf-8"))
    if signer is None:  # older pyHanko versions return None instead of raising
        raise ValueError("the PKCS#12 data could not be opened")
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=f"Registerutdrag {reference} (GDPR art. 15)", location="Sverige", name=company)
    # the stamp's built-in font has no å/ä/ö: the note in full (with Swedish letters) is in the page text
    stamp = TextStampStyle(stamp_text=_ascii(f"Digitalt signerad / Digitally signed\n{company}\n"
                                             f"Handlaggare / agent: {agent}\n") + "%(ts)s", border_width=1)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=stamp,
                                   new_field_spec=fields.SigFieldSpec(field, on_page=-1, box=BOX))
    out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    return out.getvalue()


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
