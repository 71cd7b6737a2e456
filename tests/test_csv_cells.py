"""CSV files the desk writes never carry a live formula (docs/design.md "CSV files"; OWASP CSV injection):
the marketing export, the request register and an import's report; the stored value stays as it was. The
files are the owner's only and an existing one is kept unless --force (docs/design.md section 7)."""

from __future__ import annotations

import csv
import stat
from datetime import date

import pytest

from mnu_desk.cli.main import main
from mnu_desk.domain.csv_cells import FORMULA_STARTS, cell
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services import requests
from mnu_desk.services.marketing import export_marketing

from .conftest import TEST_PASSWORD
from .factories import add_person
from .test_objections import read_csv, subscribe

CALC = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("value", [CALC, "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"])
def test_a_formula_like_cell_gets_an_apostrophe(value):
    assert value.startswith(FORMULA_STARTS)
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Anna", "Åsa-Lena", "anna@exempel.se", "", "100001", "1 234,50"])
def test_an_ordinary_cell_is_unchanged(value):
    assert cell(value) == value
    assert cell(None) == ""


def test_marketing_export_neutralises_a_formula_in_a_name(desk, make_agent, tmp_path):
    """Policy 9.4: the audience goes to a mailer and is opened in a spreadsheet."""
    supervisor = make_agent("sven", "supervisor")
    add_person(desk, "100001", first=CALC, last="@SUM(A1)")
    subscribe(desk, "100001")
    out = tmp_path / "m.csv"
    export_marketing(desk, supervisor, out)
    row = read_csv(out)[0]
    assert row["first_name"] == "'" + CALC and row["last_name"] == "'@SUM(A1)"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(ValidationFailed, match="exists already"):
        export_marketing(desk, supervisor, out)
    assert export_marketing(desk, supervisor, out, force=True) == 1


def test_request_register_export_neutralises_an_outcome(desk, admin, tmp_path, capsys, monkeypatch):
    made = requests.register_request(desk, admin, type="access", channel="email", received=date(2026, 3, 5),
                                     requester_name="=HYPERLINK(\"http://x\")", today=date(2026, 3, 10))
    requests.close(desk, admin, made["ref"], "-1+1 done", today=date(2026, 3, 10))
    rows = list(csv.DictReader(requests.export_register_csv(desk, admin).splitlines()))
    assert rows[0]["outcome"] == "'-1+1 done"
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    out = tmp_path / "register.csv"
    url = desk.engine.url.render_as_string(False)
    assert main(["request", "export", "--out", str(out), "--db", url, "--agent", "admin"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["request", "export", "--out", str(out), "--db", url, "--agent", "admin"]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["request", "export", "--out", str(out), "--db", url, "--agent", "admin", "--force"]) == 0
