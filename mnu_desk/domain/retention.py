"""Retention dates (policy 6.1-6.3): how long each kind of data may be kept.

Bookkeeping records are kept "till och med det sjunde året efter utgången av det kalenderår då
räkenskapsåret avslutades" (Bokföringslagen 7 kap. 2 §): the earliest day of erasure is 1 January of the
calendar year in which the order's fiscal year ends, plus eight. With a fiscal year 1 July-30 June an order
of September 2023 belongs to the year ending 30 June 2024, is kept to 31 December 2031 and may go from
1 January 2032."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ValidationFailed


@dataclass(frozen=True)
class Period:
    """A retention period as the policy states it: a count of months or of years."""
    count: int
    unit: str  # "months" or "years"

    @property
    def months(self) -> int:
        return self.count * 12 if self.unit == "years" else self.count


# Every retention period of the desk, once. The retention run, the erasure preview and every text a person
# reads (the processing register's retention, the retention window's rows, the erasure's reasons, the letters)
# take the period from here: a text names it as {visitors}, {support_contacts}, {guest_buyers} or
# {desk_records} and gets its words in the reader's language (mnu_desk/i18n/codes.py, `with_periods`).
PERIODS = {
    "visitors": Period(36, "months"),          # policy 6.3: visitors' usage data and interests
    "support_contacts": Period(36, "months"),  # policy 6.1: support contacts after the case was closed
    "guest_buyers": Period(36, "months"),      # policy 6.3: guest buyers' contact data after the last purchase
    "desk_records": Period(3, "years"),        # closed requests, their letters, issued extracts, audit payloads
}


def fiscal_year_end(setting: str) -> tuple[int, int]:
    """The fiscal-year-end setting "MM-DD" as (month, day). A fiscal year is twelve whole calendar months
    (Bokföringslagen 3 kap. 1 §), so it ends on a month's last day; February's end is given as 02-28 or
    02-29 alike and is the 29th in a leap year (docs/design.md "Retention"). Anything else is refused."""
    try:
        month, day = (int(part) for part in setting.strip().split("-"))
        date(2000, month, day)  # a real day (2000 is a leap year: 02-29 passes here)
    except (ValueError, AttributeError):
        raise ValidationFailed("The fiscal year end '{value}' is not of the form MM-DD.", value=setting) from None
    if day != month_end(2001, month) and (month, day) != (2, 29):
        raise ValidationFailed("The fiscal year end '{value}' is not the last day of a month: a fiscal year is "
                               "twelve whole months (Bokföringslagen 3 kap. 1 §).", value=setting)
    return month, month_end(2001, month)


def month_end(year: int, month: int) -> int:
    """The last day of the month in that year (February: 28 or 29)."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def fiscal_year_ending(placed: date, year_end: str = "12-31") -> int:
    """The calendar year in which the fiscal year of a transaction on `placed` ends. The year ends on the
    last day of its month, so the month alone decides (29 February belongs to a year ending in February)."""
    month, _ = fiscal_year_end(year_end)
    return placed.year if placed.month <= month else placed.year + 1


def erasable_from(placed: date, year_end: str = "12-31") -> date:
    """The first day a bookkeeping record of `placed` may be erased (Bokföringslagen 7 kap. 2 §)."""
    return date(fiscal_year_ending(placed, year_end) + 8, 1, 1)


def bookkeeping_cutoff(today: date, year_end: str = "12-31") -> date:
    """The first day (Stockholm) whose orders are still kept on `today`: an order placed before it is past
    its date (erasable_from(placed) <= today), an order placed on it or later is not. The fiscal years that
    ended in the calendar year `today.year - 8` or earlier are done, so the cut is the first day after the
    last of them. Lets the retention run select every order past its date with one comparison."""
    month, _ = fiscal_year_end(year_end)
    last_done = today.year - 8
    return date(last_done + 1, 1, 1) if month == 12 else date(last_done, month + 1, 1)


def months_after(day: date, months: int) -> date:
    """The same day `months` later (the last day of that month when there is no such date)."""
    return months_before(day, -months)


def months_before(today: date, months: int) -> date:
    """The same day `months` earlier (the last day of that month when there is no such date)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
