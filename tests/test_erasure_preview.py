"""The erasure preview shows what stays as well as what goes (policy 9.3.3; docs/design.md "Erasure"): the
request and its letter, the tombstone row, the audit entries about the person and the erasure ledger's line,
each with its reason and the date it may go; an ID copy still held is shown as erased, and is."""

from __future__ import annotations

import json
from datetime import date

from mnu_desk.cli.main import main
from mnu_desk.services import erasure, requests
from mnu_desk.services.people import show_person
from mnu_desk.services.restrictions import set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_person

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TODAY = date.today()


def _setup(desk, make_agent):
    add_person(desk)
    anna, sara = make_agent("anna"), make_agent("sara", "supervisor")
    show_person(desk, anna, "100001", purpose="kundtjänst")  # an audit entry about the person
    ref = requests.register_request(desk, anna, type="erasure", channel="letter", received=TODAY,
                                    customer_no="100001", signed=True,
                                    attachments=[("brev.pdf", PDF, "letter"), ("pass.pdf", PDF + b" ", "id_copy")])
    return anna, sara, ref["ref"]


def _by_category(rows):
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["category"], []).append(row)
    return found


def test_the_preview_lists_what_stays_with_reason_and_date(desk, make_agent):
    """Policy 9.3.3: the request and its letter, the tombstone, the audit entries and the ledger line stay,
    each with its reason; the ID copy goes."""
    anna, sara, ref = _setup(desk, make_agent)
    rows = _by_category(erasure.preview(desk, anna, ref)["rows"])
    assert [(r["id"], r["action"], r["reason_code"]) for r in rows["tombstone"]] == [("100001", "keep", "tombstone")]
    assert [(r["id"], r["action"], r["reason_code"]) for r in rows["requests"]] == [(ref, "keep", "desk_record")]
    assert [(r["action"], r["reason_code"]) for r in rows["request_letters"]] == [("keep", "desk_record")]
    assert [(r["action"], r["reason_code"]) for r in rows["id_copies"]] == [("erase", "id_copy")]
    entries = rows["audit_entries"]
    assert entries and {(r["action"], r["reason_code"]) for r in entries} == {("keep", "audit_entry")}
    assert all(r["erasable_from"] and r["erasable_from"] > TODAY.isoformat() for r in entries)  # the subject's date
    assert [(r["id"], r["action"], r["reason_code"]) for r in rows["erasure_ledger"]] == [(ref, "keep", "ledger")]
    assert all(r["reason"] for group in rows.values() for r in group)


def test_under_a_legal_hold_everything_is_kept_the_id_copy_too(desk, make_agent):
    """Policy 6.1: under a legal hold every row is `keep`."""
    anna, sara, ref = _setup(desk, make_agent)
    set_restriction(desk, sara, "100001", "legal_hold", "tvist")
    rows = erasure.preview(desk, anna, ref)["rows"]
    assert {row["action"] for row in rows} == {"keep"}
    assert [r["reason_code"] for r in rows if r["category"] == "id_copies"] == ["legal_hold"]


def test_cli_preview_json_has_the_kept_rows(desk, db_url, make_agent, monkeypatch, capsys):
    """docs/design.md section 7: `erase preview` JSON rows with action `erase`, `deidentify` or `keep`."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    anna, sara, ref = _setup(desk, make_agent)
    assert main(["erase", "preview", "--request", ref, "--json", "--db", db_url, "--agent", "anna"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {"tombstone", "requests", "request_letters", "audit_entries", "erasure_ledger"} <= \
        {r["category"] for r in rows if r["action"] == "keep"}
