"""Deadlines (GDPR art. 12(3); policy 9.3; Regulation 1182/71; lag 1930:173), a table of cases."""

from datetime import date

import pytest

from mnu_desk.domain.deadlines import (
    add_months,
    days_left,
    due_date,
    extended_due_date,
    is_working_day,
    next_working_day,
)


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 3, 5), 1, date(2026, 4, 5)),     # IMY's example: 5 March -> 5 April
    (date(2026, 8, 31), 1, date(2026, 9, 30)),   # IMY's example: 31 August -> 30 September
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),   # leap year
    (date(2026, 12, 15), 1, date(2027, 1, 15)),  # over the year end
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 5, 31), 1, date(2026, 6, 30)),
])
def test_months_are_counted_as_regulation_1182_71_counts_them(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("received, due, why", [
    (date(2026, 3, 5), date(2026, 4, 7), "5 April is Easter Sunday, 6 April Easter Monday"),
    (date(2026, 8, 31), date(2026, 9, 30), "a Wednesday: no move"),
    (date(2026, 11, 24), date(2026, 12, 28), "24 Dec julafton, 25 juldagen, 26 annandag jul, 27 Sunday"),
    (date(2028, 11, 30), date(2029, 1, 2), "30 Dec 2028 a Saturday, 31 Dec nyårsafton, 1 Jan nyårsdagen"),
    (date(2026, 12, 6), date(2027, 1, 7), "6 Jan is trettondedag jul"),
    (date(2026, 5, 19), date(2026, 6, 22), "19 June 2026 is midsommarafton, 20 midsommardagen, 21 Sunday"),
    (date(2026, 9, 6), date(2026, 10, 6), "a Tuesday"),
    (date(2026, 10, 3), date(2026, 11, 3), "a Tuesday"),
    (date(2026, 1, 7), date(2026, 2, 9), "7 Feb is a Saturday"),
    (date(2026, 4, 1), date(2026, 5, 4), "1 May holiday, 2-3 May a weekend"),
    (date(2026, 4, 14), date(2026, 5, 15), "14 May is Kristi himmelfärdsdag"),
    (date(2026, 5, 6), date(2026, 6, 8), "6 June nationaldagen is a Saturday; 7 June Sunday"),
])
def test_due_date_moves_past_non_working_days(received, due, why):
    assert due_date(received) == due, why


def test_proof_of_identity_restarts_the_month():
    """Art. 12(6): where the desk asked for proof, the month runs from the day the proof arrived."""
    assert due_date(date(2026, 3, 2), identity_received=date(2026, 3, 20)) == date(2026, 4, 20)


def test_extension_is_three_months_from_the_start_never_from_a_moved_date():
    received = date(2026, 3, 5)
    assert due_date(received) == date(2026, 4, 7)
    # start + 3 months = 5 June (a Friday), not moved 7 April + 2 months
    assert extended_due_date(received) == date(2026, 6, 5)
    assert extended_due_date(date(2026, 9, 24)) == date(2026, 12, 28)  # 24 Dec julafton ... 27 Sunday
    assert extended_due_date(date(2026, 3, 2), identity_received=date(2026, 3, 20)) == date(2026, 6, 22)


@pytest.mark.parametrize("day", [date(2026, 12, 24), date(2026, 12, 31), date(2026, 6, 19), date(2027, 6, 25),
                                 date(2026, 4, 3), date(2026, 11, 28), date(2026, 6, 6)])
def test_days_that_are_not_working_days(day):
    assert not is_working_day(day)


def test_days_left_is_negative_when_overdue():
    assert days_left(date(2026, 4, 7), date(2026, 4, 9)) == -2
    assert next_working_day(date(2026, 4, 7)) == date(2026, 4, 7)
