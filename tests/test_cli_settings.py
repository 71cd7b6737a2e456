"""`settings show` and `settings set KEY VALUE...` (docs/design.md section 7): an admin's, every value checked
before anything is stored, a refusal in one line with nothing changed."""

from __future__ import annotations

import json

import pytest

from mnu_desk.services import settings

from .conftest import COMPANY_ADDRESS, TEST_PASSWORD
from .test_cli import run_cli


@pytest.fixture
def cli(capsys, monkeypatch, desk, db_url, admin):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)

    def call(*argv, agent="admin"):
        return run_cli(capsys, *argv, "--db", db_url, "--agent", agent)
    return call


def test_show_lists_every_setting_with_its_value(cli):
    code, out, err = cli("settings", "show", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert set(shown) == set(settings.DEFAULTS)
    assert shown["company_address"] == COMPANY_ADDRESS and shown["org_no"] == "556871-8133"
    code, out, _ = cli("--lang", "en", "settings", "show")
    assert code == 0 and "company_address:\n  Exempelgatan 1\n  123 45 Exempelstad\n" in out
    assert "further_copy_fee: 0.00" in out


def test_set_a_list_setting_takes_one_value_a_line(cli, desk):
    code, out, err = cli("--lang", "en", "settings", "set", "company_address", "Box 12", "123 45  Göteborg")
    assert code == 0 and "company_address changed" in out, err
    assert settings.load(desk).company_address == ["Box 12", "123 45 Göteborg"]
    code, out, _ = cli("--lang", "en", "settings", "set", "company_address", "Box 12", "123 45 Göteborg")
    assert code == 0 and "already had that value" in out
    code, out, _ = cli("settings", "set", "envelope_window_mm", "20", "50", "90", "45", "--json")
    assert code == 0 and json.loads(out) == {"key": "envelope_window_mm", "value": [20.0, 50.0, 90.0, 45.0],
                                             "changed": True}
    code, _, _ = cli("settings", "set", "further_copy_fee", "99,50")
    assert code == 0 and str(settings.load(desk).further_copy_fee) == "99.50"


@pytest.mark.parametrize(("argv", "words"), [
    (["colour", "blue"], "Unknown setting 'colour'; the settings are: company_name"),
    (["further_copy_fee", "99", "kr"], "takes one value"),
    (["further_copy_fee"], "takes one value"),
    (["further_copy_fee", "-5"], "at least 0 kr"),
    (["org_no", "556871-8134"], "not a Swedish organisation number"),
    (["envelope_window_mm", "150", "45", "85", "40"], "outside the A4 page"),
    (["envelope_window_mm", "20", "45"], "four numbers"),
    (["company_address", "x" * 81], "at most 6 lines of 80 characters"),
])
def test_a_bad_value_is_refused_in_one_line_and_nothing_changes(cli, desk, argv, words):
    before = settings.load(desk)
    code, out, err = cli("--lang", "en", "settings", "set", *argv)
    assert code == 1 and out == "" and words in err and err.count("\n") == 1
    assert settings.load(desk) == before


def test_the_refusal_is_swedish_by_default(cli):
    code, out, err = cli("--lang", "sv", "settings", "set", "further_copy_fee", "99", "kr")
    assert code == 1 and "tar ett värde" in err


def test_only_an_admin_sees_or_changes_settings(cli, make_agent):
    make_agent("sven", "supervisor")
    for argv in (["settings", "show"], ["settings", "set", "company_name", "Annat AB"]):
        code, out, err = cli("--lang", "en", *argv, agent="sven")
        assert code == 1 and out == "" and "may not change settings" in err


def test_an_empty_company_address_is_shown_with_what_it_blocks(cli, desk, admin):
    settings.change(desk, admin, "company_address", [])
    code, out, _ = cli("--lang", "en", "settings", "show")
    assert code == 0 and "company_address: -" in out and "no letter or extract can be made" in out
