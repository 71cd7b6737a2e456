"""Deadlines for answering a data subject (GDPR art. 12(3)), as docs/design.md section 4 sets them out.

One month from receipt, counted as Regulation 1182/71 counts months: the same date next month, or the last day
of that month when it has no such date. If that day is not a working day (Saturday, Sunday, a Swedish public
holiday, or midsommarafton, julafton or nyårsafton, which lag 1930:173 treats alike) the deadline moves to the
next working day. Where the desk asked for proof of identity, the month runs from the day the proof arrived.
An extension by two further months gives start + 3 months by the same rule, counted from the start and never
from an already moved date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import holidays


def add_months(start: date, months: int) -> date:
    """The same date `months` later; the month's last day where that month is shorter (1182/71 art. 3)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Sweden(years=year, language="en_US").keys())


def is_midsummer_eve(day: date) -> bool:
    """Midsommarafton: the Friday between 19 and 25 June."""
    return day.month == 6 and 19 <= day.day <= 25 and day.weekday() == 4


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5 or day in _public_holidays(day.year):
        return False
    if (day.month, day.day) in ((12, 24), (12, 31)) or is_midsummer_eve(day):
        return False
    return True


def next_working_day(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def start_date(received: date, identity_received: date | None = None) -> date:
    """The day the month runs from: receipt, or the arrival of proof of identity the desk asked for."""
    return identity_received or received


def due_date(received: date, identity_received: date | None = None) -> date:
    return next_working_day(add_months(start_date(received, identity_received), 1))


def extended_due_date(received: date, identity_received: date | None = None) -> date:
    """At most three months after the start, moved past non-working days."""
    return next_working_day(add_months(start_date(received, identity_received), 3))


def days_left(due: date, today: date) -> int:
    """Negative when overdue."""
    return (due - today).days
