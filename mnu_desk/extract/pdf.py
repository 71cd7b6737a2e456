"""The register extract as PDF: the cover letter first (address in the envelope window, extract/letter.py),
then the extract itself. Company, org. nr, request reference, date, "Sida x av y" and the verification code
are on every page. Tables are drawn straight on the canvas (FastTable): one huge platypus table is re-measured
at every page split and takes seconds per thousand rows (docs/design.md section 9)."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from .. import codes
from ..domain.clock import to_stockholm
from . import fonts
from .content import TITLES, ExtractContent
from .letter import Letter, document, numbered_canvas, story, styles

WIDTH = 170 * mm  # A4 less 20 mm margins
SIGNATURE_SPACE = 26 * mm  # the visible signature sits at the foot of the last page (extract/sign.py)

LABELS = {
    "sv": {"first_name": "Förnamn", "last_name": "Efternamn", "street": "Gatuadress", "postal_code": "Postnummer",
           "city": "Ort", "country": "Land", "is_primary": "Huvudadress", "created_at": "Skapad",
           "email": "E-post", "phone": "Telefon", "phone_national": "Telefon (nationellt)", "login": "Inloggning",
           "closed_at": "Stängd", "added_at": "Tillagd", "occurred_at": "Tidpunkt", "ip_address": "IP-adress",
           "event_type": "Händelse", "path": "Sida", "cookie_id": "Cookie-id", "order_no": "Ordernummer",
           "placed_at": "Datum", "status": "Status", "payment_provider": "Betalsätt", "currency": "Valuta",
           "total": "Summa", "vat": "Moms", "billing_name": "Fakturanamn", "billing_street": "Fakturaadress",
           "billing_postal_code": "Postnummer", "billing_city": "Ort", "billing_country": "Land",
           "billing_email": "E-post på fakturan", "restricted_to_bookkeeping": "Endast för bokföring",
           "line_no": "Rad", "product_sku": "Artikelnr", "product_name": "Produkt", "quantity": "Antal",
           "unit_price": "Á-pris", "vat_rate_percent": "Moms %", "line_total": "Radsumma",
           "opened_at": "Öppnat", "channel": "Kanal", "subject": "Ämne", "summary": "Sammanfattning",
           "disclosed_at": "Utlämnat", "categories": "Kategorier", "purpose": "Ändamål",
           "legal_basis": "Rättslig grund", "recipient": "Mottagare", "scope": "Omfattning",
           "received_on": "Mottaget", "registered_at": "Registrerat", "withdrawn_at": "Återkallat",
           "reason": "Skäl", "kind": "Typ", "set_at": "Satt", "lifted_at": "Hävd", "ref": "Referens",
           "type": "Typ", "due_on": "Svar senast", "outcome": "Utfall", "text": "Text", "name": "Namn",
           "product": "Produkt", "items": "Artiklar", "lines": "Rader", "action": "Händelse",
           "list_name": "Lista", "subscribed_at": "Prenumererar sedan", "unsubscribed_at": "Avslutad",
           "list_code": "Lista", "shop_event_id": "Händelse-id i butiken", "shop_order_id": "Order-id i butiken",
           "erasable_from": "Får raderas från", "requester_name": "Avsändarens namn",
           "requester_address": "Avsändarens adress", "signed": "Undertecknad", "repeat_of_year": "Upprepad i år",
           "fee": "Avgift", "decision_reason": "Skäl för beslut", "extended_due_on": "Förlängt till",
           "extension_reason": "Skäl för förlängning", "identity_method": "Identitet kontrollerad genom",
           "identity_note": "Anteckning om identitet", "identity_checked_at": "Identitet kontrollerad",
           "identity_asked_on": "Bad om identitetsbevis", "identity_received_on": "Identitetsbevis mottaget",
           "occurred": "Tidpunkt", "email_sha256": "Hash av e-post (spärrlista)",
           "phone_e164_sha256": "Hash av telefon (spärrlista)", "phone_digits_sha256": "Hash av telefon, siffror"},
    "en": {},
}
BOOL = {"sv": ("ja", "nej"), "en": ("yes", "no")}


def render(content: ExtractContent, letter: Letter, signature_note: str) -> tuple[bytes, int]:
    """(PDF bytes, page count). The signature itself is added afterwards (extract/sign.py)."""
    out = io.BytesIO()
    doc = document(letter, out)
    doc.title = letter.title or letter.subject
    flow = story(letter) + [PageBreak()] + _extract(content) + _closing(content, signature_note)
    # ASCII85 over the compressed page streams costs a quarter second on a heavy record and only makes the
    # file bigger; reportlab keeps the switch global, so it is restored after the build
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(flow, canvasmaker=numbered_canvas(letter))
    finally:
        rl_config.useA85 = a85
    return out.getvalue(), doc.page


def _styles():
    st = styles()
    fonts.register()
    st["cell"] = st["small"].clone("cell", fontSize=7.5, leading=9, spaceAfter=0)
    st["h1"] = st["subject"].clone("h1", fontSize=14, leading=18)
    st["h2"] = st["heading"].clone("h2", fontSize=11.5, spaceBefore=10, spaceAfter=4)
    return st


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _extract(c: ExtractContent) -> list:
    st, t = _styles(), c.texts
    title = f"{t['title']}: {c.name} ({c.customer_no})" if c.name else f"{t['title']}: {c.customer_no}"
    flow = [_p(title, st["h1"]), _p(t["confirmation"], st["body"])]
    if c.erased_on:
        flow.append(_p(t["erased"].format(date=c.erased_on.isoformat()), st["body"]))
    for restriction in c.restricted:
        flow.append(_p(t["restricted"].format(date=restriction["since"].isoformat(),
                                              kind=codes.words("restriction_kind", restriction["kind"],
                                                               c.language).lower()), st["body"]))
    flow += [_p(t["copy_note"], st["body"]), _p(t["processing"], st["h2"])]
    for cat in c.processing:
        block = [_p(cat["name"], st["heading"])]
        if cat["purposes"]:
            block.append(_p(f"{t['purpose_basis']}:", st["body"]))
            block += [_p(f"• {purpose} – {basis}", st["body"]) for purpose, basis in cat["purposes"]]
        block.append(_p(f"{t['retention']}: {cat['retention']}", st["body"]))
        if cat["recipients"]:
            block.append(_p(f"{t['recipients']}: " + "; ".join(cat["recipients"]), st["body"]))
        if cat["source"]:
            block.append(_p(f"{t['source']}: {cat['source']}", st["body"]))
        flow.append(KeepTogether(block))
    flow.append(_p(t["named_recipients"], st["h2"]))
    yes, no = BOOL[c.language]
    rows = [[r["name"], r["country"], yes if r["outside_eea"] else no, r["safeguard"], yes if r["received"] else no]
            for r in c.recipients]
    flow += _tables(t["recipient_cols"], rows, [45 * mm, 15 * mm, 22 * mm, 60 * mm, 28 * mm], st) if rows \
        else [_p(t["empty"], st["body"])]
    flow.append(_p(t["outside_eea"], st["body"]))
    flow.append(_p(t["rights"], st["h2"]))
    flow += [_p("• " + line, st["body"]) for line in t["rights_list"]]
    flow.append(_p(t["complaint"], st["body"]))
    flow.append(_p(t["automated"], st["h2"]))
    flow.append(_p(c.automated, st["body"]))
    flow.append(_p(t["access_log"], st["h2"]))
    flow.append(_p(t["access_intro"], st["body"]))
    if c.access_log:
        rows = [[e["date"].isoformat(), codes.words_or_code("audit_action", e["action"], c.language),
                 codes.words_or_code("purpose", e["purpose"], c.language)] for e in c.access_log]
        flow += _tables(t["access_cols"], rows, [30 * mm, 40 * mm, 100 * mm], st)
    else:
        flow.append(_p(t["none_access"], st["body"]))
    flow += [PageBreak(), _p(t["data"], st["h1"])]
    for name, value in c.data.items():
        flow.append(CondPageBreak(30 * mm))
        flow.append(_p(TITLES[c.language][name], st["h2"]))
        flow += _category(name, value, c.language, st)
    return flow


def _closing(c: ExtractContent, note: str) -> list:
    st = _styles()
    return [Spacer(1, 6 * mm), CondPageBreak(SIGNATURE_SPACE + 20 * mm), _p(note, st["body"])]


def _category(name: str, value, lang: str, st) -> list:
    empty = [_p(TEXTS_EMPTY[lang], st["body"])]
    if value is None or value == [] or value == {}:
        return empty
    if name == "newsletter":
        out = []
        for part in ("subscriptions", "interactions"):
            out += _rows(value[part], lang, st) if value[part] else []
        return out or empty
    if isinstance(value, dict):
        return _record(value, lang, st)
    if name == "disclosures":
        value = [{k: v for k, v in row.items() if k != "recipient"} |
                 {"recipient": f"{row['recipient']['name']} ({row['recipient']['country']})"} for row in value]
    return _rows(value, lang, st)


TEXTS_EMPTY = {"sv": "Inga uppgifter.", "en": "No data."}


def _visible(row: dict) -> list[str]:
    return [k for k in row if k != "id" and not isinstance(row[k], list)]


def _rows(rows: list[dict], lang: str, st) -> list:
    """Short rows as tables of up to 60 rows; wide rows (orders...) as one labelled block each."""
    keys = _visible(rows[0])
    nested = [k for k, v in rows[0].items() if isinstance(v, list)]
    if len(keys) <= 8 and not nested:
        header = [_label(k, lang) for k in keys]
        widths = _widths(keys, rows)
        return _tables(header, [[_fmt(r[k], lang) for k in keys] for r in rows], widths, st)
    out = []
    for row in rows:
        out += _record(row, lang, st)
        for key in nested:
            if row[key]:
                out += _rows(row[key], lang, st)
        out.append(Spacer(1, 3 * mm))
    return out


def _record(row: dict, lang: str, st) -> list:
    cells = [[_label(k, lang), _fmt(row[k], lang)] for k in _visible(row)]
    return [FastTable(None, cells, [45 * mm, WIDTH - 45 * mm], bold_first=True, size=8)]


def _widths(keys: list[str], rows: list[dict]) -> list[float]:
    sample = rows[:50]
    # a long heading may wrap; the values decide the width
    weight = [max(min(len(_label(k, "sv")), 10), *(len(_fmt(r[k], "sv")) for r in sample)) + 2 for k in keys]
    total = sum(weight)
    return [WIDTH * w / total for w in weight]


def _tables(header: list[str], rows: list[list[str]], widths: list[float], st) -> list:
    return [FastTable(header, rows, widths)]


class FastTable(Flowable):
    """Rows of plain text drawn straight on the canvas: one text object and one path of rules per page.
    A platypus Table costs several times as much per cell and re-measures its rest at every page split;
    a heavy record has over 100 000 cells (docs/design.md section 9). Text too long for its column wraps."""

    def __init__(self, header: list[str] | None, rows: list[list[str]], widths: list[float], *,
                 bold_first: bool = False, size: float = 7.5, _lines=None, _heights=None) -> None:
        super().__init__()
        self.header, self.widths, self.size, self.bold_first = header, widths, size, bold_first
        self.leading = size + 2
        if _lines is None:
            fonts_of = [fonts.BOLD if bold_first and i == 0 else fonts.REGULAR for i in range(len(widths))]
            _lines = [[self._wrap_cell(text, w, f) for text, w, f in zip(row, widths, fonts_of, strict=False)]
                      for row in rows]
            _heights = [max(1, *(len(c) for c in cells)) * self.leading + 3 for cells in _lines]
        self.lines, self.heights = _lines, _heights
        self.header_lines = [self._wrap_cell(h, w, fonts.BOLD) for h, w in zip(header, widths, strict=False)] \
            if header else []
        self.header_height = max(len(c) for c in self.header_lines) * self.leading + 3 if header else 0

    def _wrap_cell(self, text: str, width: float, font: str) -> list[str]:
        # a cheap estimate first: most cells are short and need no measuring
        if len(text) * self.size * 0.62 < width - 6 and "\n" not in text:
            return [text]
        out = []
        for part in text.split("\n"):
            out += simpleSplit(part, font, self.size, width - 6) or [""]
        return out

    def wrap(self, available_width, available_height):
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width, available_height):
        used, count = self.header_height, 0
        for height in self.heights:
            if used + height > available_height:
                break
            used, count = used + height, count + 1
        if count == 0 or count == len(self.heights):
            return [] if count == 0 else [self]
        kwargs = {"bold_first": self.bold_first, "size": self.size}
        return [FastTable(self.header, [], self.widths, _lines=self.lines[:count], _heights=self.heights[:count],
                          **kwargs),
                FastTable(self.header, [], self.widths, _lines=self.lines[count:], _heights=self.heights[count:],
                          **kwargs)]

    def draw(self):
        fonts.register()
        canvas, size, leading = self.canv, self.size, self.leading
        xs = [sum(self.widths[:i]) + 2 for i in range(len(self.widths))]
        top = self.height
        text = canvas.beginText()
        current = fonts.BOLD if self.header else None
        rules = []
        if self.header:
            canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
            canvas.rect(0, top - self.header_height, self.width, self.header_height, fill=1, stroke=0)
            canvas.setFillColor(colors.black)
            text.setFont(fonts.BOLD, size)
            for x, lines in zip(xs, self.header_lines, strict=False):
                for n, line in enumerate(lines):
                    text.setTextOrigin(x, top - 1.5 - size - n * leading)
                    text.textOut(line)
            top -= self.header_height
            rules.append((0, top, self.width, top))
        for cells, height in zip(self.lines, self.heights, strict=False):
            for column, (x, lines) in enumerate(zip(xs, cells, strict=False)):
                font = fonts.BOLD if self.bold_first and column == 0 else fonts.REGULAR
                y = top - 1.5 - size
                for line in lines:
                    if line:
                        if font != current:
                            text.setFont(font, size)
                            current = font
                        text.setTextOrigin(x, y)
                        text.textOut(line)
                    y -= leading
            top -= height
            rules.append((0, top, self.width, top))
        canvas.drawText(text)
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(colors.grey)
        canvas.lines(rules)


def _label(key: str, lang: str) -> str:
    return LABELS.get(lang, {}).get(key) or key.replace("_", " ")


def _fmt(value, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return BOOL[lang][0 if value else 1]
    if isinstance(value, datetime):
        return to_stockholm(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = f"{value:.2f}"
        return text.replace(".", ",") if lang == "sv" else text
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_fmt(v, lang)}" for k, v in value.items())
    return str(value)
