"""The fiscal year end is a month's last day (Bokföringslagen 3 kap. 1 §: twelve whole calendar months), and
each order's bookkeeping date follows from it (Bokföringslagen 7 kap. 2 §; docs/design.md "Retention")."""

from __future__ import annotations

from datetime import date

import pytest

from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.domain.retention import erasable_from, fiscal_year_end, fiscal_year_ending
from mnu_desk.services import settings

from .conftest import TEST_PASSWORD
from .test_cli import run_cli


@pytest.mark.parametrize("value", ["04-15", "12-30", "06-29", "02-27", "02-30", "13-31", "1231", ""])
def test_a_fiscal_year_end_that_is_not_a_months_last_day_is_refused(value):
    """BFL 3 kap. 1 §: a fiscal year is twelve whole months, so 15 April cannot end one."""
    with pytest.raises(ValidationFailed):
        fiscal_year_end(value)


@pytest.mark.parametrize(("value", "month"), [("12-31", 12), ("06-30", 6), ("6-30", 6), ("02-28", 2),
                                              ("02-29", 2), ("04-30", 4)])
def test_every_months_last_day_is_accepted_and_february_by_either_spelling(value, month):
    """docs/design.md "Retention": February's end is the 28th, or the 29th in a leap year."""
    assert fiscal_year_end(value)[0] == month


@pytest.mark.parametrize("year_end", ["02-28", "02-29"])
def test_an_order_on_29_february_belongs_to_the_year_that_ends_that_day(year_end):
    """docs/design.md "Retention": with the year ending in February an order of 29 February 2028 belongs to
    the fiscal year ending 29 February 2028, kept through 2035 and erasable from 1 January 2036."""
    assert fiscal_year_ending(date(2028, 2, 29), year_end) == 2028
    assert erasable_from(date(2028, 2, 29), year_end) == date(2036, 1, 1)
    assert fiscal_year_ending(date(2028, 3, 1), year_end) == 2029


def test_the_settings_store_a_month_end_and_refuse_any_other_day(desk, admin):
    """BFL 3 kap. 1 §; the Settings window and `settings set` share this check (docs/design.md section 7)."""
    with pytest.raises(ValidationFailed, match="last day of a month"):
        settings.change(desk, admin, "fiscal_year_end", "04-15")
    assert settings.load(desk).fiscal_year_end == "12-31"
    settings.change(desk, admin, "fiscal_year_end", "02-29")
    assert settings.load(desk).fiscal_year_end == "02-28"  # one spelling for February's end


def test_settings_set_takes_only_a_month_end_for_the_fiscal_year(desk, db_url, admin, monkeypatch, capsys):
    """docs/design.md section 7 (`settings set KEY VALUE…`, the Settings window's checks) and "Retention" (BFL
    3 kap. 1 §): 04-15 is refused in one line with nothing changed, 06-30 is stored."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    base = ("--db", db_url, "--agent", "admin", "--lang", "sv")
    code, out, err = run_cli(capsys, "settings", "set", "fiscal_year_end", "04-15", *base)
    assert code == 1 and out == "" and "månads sista dag" in err and err.count("\n") == 1
    assert settings.load(desk).fiscal_year_end == "12-31"
    code, out, err = run_cli(capsys, "settings", "set", "fiscal_year_end", "06-30", *base)
    assert code == 0, err
    assert settings.load(desk).fiscal_year_end == "06-30"
