"""When an extract may cost a fee (GDPR art. 12(5), 15(3); docs/design.md "Fees and repeats"). The first extract
is always free, whatever policy 9.3.1 still says of one free extract a year. A fee is possible only for a further
copy (an extract already issued to the person in the same calendar year) or for a request a supervisor records
as manifestly unfounded or excessive, and it is at most the settings' fee for a further copy."""

from __future__ import annotations

from decimal import Decimal

from .errors import ValidationFailed


def check_fee(fee: Decimal, *, repeat: bool, excessive: bool, further_copy_fee: Decimal) -> None:
    """Refuse a fee the rules do not allow; 0 (free) is always allowed."""
    if fee == 0:
        return
    if not repeat and not excessive:
        raise ValidationFailed("The first extract is free (GDPR art. 12(5)): a fee only for a further copy in "
                               "the same calendar year, or for a request recorded as manifestly unfounded or "
                               "excessive (--excessive, with the reasons).")
    if fee > further_copy_fee:
        raise ValidationFailed("A fee is at most the settings' fee for a further copy ({max} kr).",
                               max=f"{further_copy_fee:.2f}")
