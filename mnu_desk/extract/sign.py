"""The PAdES signature of a register extract (baseline B-B, sub-filter ETSI.CAdES.detached) with pyHanko, and
a visible stamp on the last page: the company signs, in the extract's language, at Stockholm time; no agent
is named (CJEU C-579/21; docs/design.md "The extract as a document")."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import reportlab
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from platformdirs import user_cache_path
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from reportlab.lib.units import mm

from ..domain.clock import to_stockholm, utcnow
from ..i18n import LANGUAGES, catalogue
from ..paths import APP

FIELD = "Registerutdrag"
FONT_VERSION = 1  # raise when the way the stamp font is made changes
# the foot of the last page, at least 10 mm from every edge, below the closing note (extract/pdf.py keeps
# SIGNATURE_SPACE free above the frame's foot)
BOX = (int(20 * mm), int(12 * mm), int(120 * mm), int(30 * mm))


def sign(pdf: bytes, p12: bytes, passphrase: str, *, company: str, reference: str, lang: str = "sv",
         signed_at: datetime | None = None, field: str = FIELD) -> bytes:
    """The PDF signed with a PKCS#12 key. Raises ValueError when the key cannot be opened (the caller says why
    in words)."""
    signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=passphrase.encode("utf-8"))
    if signer is None:  # older pyHanko versions return None instead of raising
        raise ValueError("the PKCS#12 data could not be opened")
    return sign_with(pdf, signer, company=company, reference=reference, lang=lang, signed_at=signed_at,
                     field=field)


def sign_with(pdf: bytes, signer: signers.Signer, *, company: str, reference: str, lang: str = "sv",
              signed_at: datetime | None = None, field: str = FIELD) -> bytes:
    """The PDF signed by pyHanko's `signer`: a PKCS#12 key's, or a PKCS#11 token's, whose key signs on the
    token."""
    words = catalogue(lang if lang in LANGUAGES else "sv", "extract")["signature"]  # resources/i18n/<lang>/
    signed, timed, titled, reason, place = (words[key] for key in ("signed_by", "time", "title", "reason",
                                                                    "location"))
    values = {"company": company, "reference": reference,
              "time": to_stockholm(signed_at or utcnow()).strftime("%Y-%m-%d %H:%M:%S")}
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason.format(**values), location=place, name=company)
    # the stamp embeds the extract's own font (a subset), so å, ä and ö print as they are
    font = GlyphAccumulatorFactory(str(_stamp_font()), font_size=8)
    text = "\n".join(_plain(line.format(**values)) for line in (signed, timed, titled))
    stamp = TextStampStyle(stamp_text=text, border_width=1, text_box_style=TextBoxStyle(font=font))
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=stamp,
                                   new_field_spec=fields.SigFieldSpec(field, on_page=-1, box=BOX))
    out = pdf_signer.sign_pdf(_LastPageWriter(io.BytesIO(pdf)))
    return out.getvalue()


class _LastPageWriter(IncrementalPdfFileWriter):
    """pyHanko finds a page by walking the page tree from the front, reading every page before it: a heavy
    extract's 450 pages, to put the stamp on the last. The extract's tree (reportlab's) is flat, so its last
    kid is the last page; any other tree is walked as pyHanko walks it."""

    def find_page_for_modification(self, page_ix):
        if page_ix == -1:
            pages = self.root.raw_get("/Pages").get_object()
            kids = pages["/Kids"]
            last = kids.raw_get(len(kids) - 1) if kids else None
            if isinstance(last, generic.IndirectObject) and last.get_object()["/Type"] == "/Page":
                # the resources the walk would hand on: the page's own, else the tree's
                for node in (last.get_object(), pages):
                    if "/Resources" in node:
                        return last, node.raw_get("/Resources")
                return last, generic.DictionaryObject()
        return super().find_page_for_modification(page_ix)


def _stamp_font() -> Path:
    """Vera, scaled to 1000 units per em. pyHanko writes a font's advance widths in font units where PDF
    expects thousandths of an em, so Vera's 2048 units would space the stamp's letters twice too wide."""
    target = user_cache_path(APP, appauthor=False) / f"stamp-font-{FONT_VERSION}.ttf"
    if not target.exists():
        font = TTFont(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
        if font["head"].unitsPerEm != 1000:
            scale_upem(font, 1000)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        font.save(str(partial))
        os.replace(partial, target)  # atomic: a second desk starting at once never reads half a file
    return target


def _plain(text: str) -> str:
    # the stamp text is a format string: a name with % in it must not be read as a placeholder
    return text.replace("%", "%%")
