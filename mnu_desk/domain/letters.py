"""Where a posted letter's address goes (docs/design.md section 4, "Letter"). No Swedish standard fixes the
envelope window, so its place is a setting in millimetres; the default follows DIN 5008. The address stays
inside the window and the lower right 150 x 30 mm is left free for the post's sorting print."""

from __future__ import annotations

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
    """The address block: flush left, no blank lines; the country only when it is not Sweden."""
    town = f"{(postal_code or '').strip()}  {' '.join((city or '').split()).upper()}".strip()
    lines = [" ".join((name or "").split()), " ".join((street or "").split()), town]
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
