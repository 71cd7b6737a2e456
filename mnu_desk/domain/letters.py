"""Where a posted letter's address goes (docs/design.md section 4, "Letter"). No Swedish standard fixes the
envelope window, so its place is a setting in millimetres; the default follows DIN 5008. The address stays
inside the window and the lower right 150 x 30 mm is left free for the post's sorting print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import ValidationFailed

A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0
SORTING_ZONE_MM = (150.0, 30.0)  # width, height, from the lower right corner


@dataclass(frozen=True)
class EnvelopeWindow:
    left_mm: float = 20.0
    top_mm: float = 45.0
    width_mm: float = 85.0
    height_mm: float = 40.0

    def millimetres(self) -> list[float]:
        """Left, top, width and height: how the setting stores it."""
        return [self.left_mm, self.top_mm, self.width_mm, self.height_mm]

    def validate(self) -> EnvelopeWindow:
        values = (self.left_mm, self.top_mm, self.width_mm, self.height_mm)
        if any(v is None or v != v for v in values):
            raise ValidationFailed("The envelope window needs four numbers in millimetres.")
        if self.width_mm < 40 or self.height_mm < 20:
            raise ValidationFailed("The envelope window must be at least 40 x 20 mm.")
        if self.left_mm < 0 or self.top_mm < 0 or self.left_mm + self.width_mm > A4_WIDTH_MM or \
                self.top_mm + self.height_mm > A4_HEIGHT_MM:
            raise ValidationFailed("The envelope window lies outside the A4 page.")
        zone_left = A4_WIDTH_MM - SORTING_ZONE_MM[0]
        zone_top = A4_HEIGHT_MM - SORTING_ZONE_MM[1]
        if self.left_mm + self.width_mm > zone_left and self.top_mm + self.height_mm > zone_top:
            raise ValidationFailed("The envelope window overlaps the post's sorting zone (lower right "
                                   "150 x 30 mm).")
        return self


def address_lines(name: str | None, street: str | None, postal_code: str | None, city: str | None,
                  country: str | None = "SE") -> list[str]:
    """The address block: flush left, no blank lines; the country only when it is not Sweden. A street that
    starts with a c/o part ("c/o Lind, Storgatan 1") gives the c/o its own line under the name, where the
    post looks for it."""
    town = f"{(postal_code or '').strip()}  {' '.join((city or '').split()).upper()}".strip()
    street = " ".join((street or "").split())
    care_of = ""
    if street.lower().startswith("c/o ") and "," in street:
        care_of, _, street = (part.strip() for part in street.partition(","))
    lines = [" ".join((name or "").split()), care_of, street, town]
    if country and country.upper() != "SE":
        lines.append(country.upper())
    return [line for line in lines if line.strip()]


def require_company_address(company_address: list[str]) -> list[str]:
    """Every letter and extract goes out from the company's postal address (docs/design.md section 4, "Letters
    the desk sends"): the reader must be able to answer by post. No letter is made while it is empty."""
    lines = [" ".join(str(line).split()) for line in company_address or []]
    lines = [line for line in lines if line]
    if not lines:
        raise ValidationFailed("The company's postal address is empty, and no letter or extract is made without "
                               "it. An admin enters it under Settings > Settings... (Company details for letters) "
                               "or with 'mnu-desk settings set company_address LINE...'.")
    return lines


# The address block inside the window (docs/design.md section 4, "Letters the desk sends"): 5 mm in from the
# window's sides (DIN 5008), the return line at the top, then the address. Its size starts at 11 pt and may
# go down to 9 pt; what does not fit at 9 pt is refused, never cut.
WINDOW_PAD_MM = 5.0
WINDOW_TOP_PAD_MM = 3.0
WINDOW_BOTTOM_PAD_MM = 2.0
RETURN_GAP_MM = 2.5
RETURN_SIZES = (7.0, 6.5, 6.0)
ADDRESS_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0)
LEADING = 1.2
PT_MM = 25.4 / 72


@dataclass(frozen=True)
class AddressBlock:
    """Where each line of the window goes: baselines in millimetres from the page's top edge."""

    x_mm: float
    return_size: float
    return_lines: list[tuple[float, str]]
    size: float
    lines: list[tuple[float, str]]


Measure = Callable[[str, float], float]  # the width in points of a text at a font size


def fit_address(recipient: list[str], sender: str, window: EnvelopeWindow, measure: Measure) -> AddressBlock:
    """The return line (the company's postal address) and the recipient's address, each line wrapped
    within the window and the size chosen so that everything fits; ValidationFailed naming the first line
    that does not fit even at the smallest size."""
    width = (window.width_mm - 2 * WINDOW_PAD_MM) / PT_MM
    top = window.top_mm + WINDOW_TOP_PAD_MM
    bottom = window.top_mm + window.height_mm - WINDOW_BOTTOM_PAD_MM
    sender_lines: list[str] = []
    for return_size in RETURN_SIZES:
        sender_lines = _wrap(sender, return_size, width, measure)
        if len(sender_lines) == 1:
            break
    if len(sender_lines) > 2:
        raise ValidationFailed("The company's name and postal address are too long for the return line in the "
                               "envelope window; shorten the address in the settings.")
    returns, y = [], top
    for text in sender_lines:
        y += return_size * PT_MM
        returns.append((y, text))
        y += (LEADING - 1) * return_size * PT_MM
    first_top = y + RETURN_GAP_MM
    lines = [line for line in (str(part).strip() for part in recipient) if line]
    if not lines:
        raise ValidationFailed("The letter has no address to go in the envelope window.")
    for size in ADDRESS_SIZES:
        placed, overflow = _place(lines, size, width, first_top, bottom, measure)
        if overflow is None:
            return AddressBlock(window.left_mm + WINDOW_PAD_MM, return_size, returns, size, placed)
    raise ValidationFailed("The address does not fit the envelope window even at {size} pt: from line {number} "
                           "('{line}') on it runs below the window. Shorten the address.",
                           size=f"{ADDRESS_SIZES[-1]:g}", number=overflow + 1, line=lines[overflow])


def _place(lines: list[str], size: float, width: float, top: float, bottom: float,
           measure: Measure) -> tuple[list[tuple[float, str]], int | None]:
    placed, y = [], top
    for index, line in enumerate(lines):
        for piece in _wrap(line, size, width, measure):
            y += size * PT_MM
            if y > bottom:
                return placed, index
            placed.append((y, piece))
            y += (LEADING - 1) * size * PT_MM
    return placed, None


def _wrap(text: str, size: float, width: float, measure: Measure) -> list[str]:
    """Greedy wrapping at spaces; a word wider than the window alone is broken inside it. A line that fits
    stays as written (the two spaces between postcode and town are the post's own)."""
    if measure(text, size) <= width:
        return [text]
    pieces: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        while measure(word, size) > width:
            cut = max(1, max(i for i in range(1, len(word) + 1) if measure(word[:i], size) <= width or i == 1))
            pieces.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        pieces.append(current)
    return pieces
