"""One check for free text everywhere (docs/design.md "Free text"): control characters, direction overrides
and over-long values are refused with the field named, by the services and the command line alike; the
command line prints stored values without letting the terminal act on them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mnu_desk.cli.main import main
from mnu_desk.cli.output import terminal_safe
from mnu_desk.domain import text as free_text
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services import audit, requests

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize("value", ["Eve\x1b]0;pwned\x07", "nul\x00here", "del\x7f", "c1\x9bcsi", "\ud8ffbad"])
def test_control_characters_are_refused_in_every_field(value):
    for field in free_text.LIMITS:
        with pytest.raises(ValidationFailed, match="control characters"):
            free_text.clean(field, value)


@pytest.mark.parametrize("value", ["abc\u202etxt.exe", "x\u2066y\u2069"])
def test_direction_overrides_are_refused(value):
    with pytest.raises(ValidationFailed, match="direction"):
        free_text.clean("requester_name", value)


def test_letters_of_every_script_and_emoji_are_kept():
    for value in ("Åsa Östberg", "Zoë Ñúñez", "Ольга", "李小龙", "Anna 👩‍👩‍👧", "O'Brien-Smith",
                  "Anna\u00a0Karlsson"):
        assert free_text.clean("requester_name", value) == " ".join(value.split())


def test_one_line_fields_collapse_whitespace_and_multi_line_fields_keep_lines():
    assert free_text.clean("requester_name", "  Anna\t\nKarlsson ") == "Anna Karlsson"
    assert free_text.clean("requester_address", "Storgatan 1 \r\n123 45 Göteborg\n") == \
        "Storgatan 1\n123 45 Göteborg"


def test_each_field_has_its_limit():
    assert free_text.clean("requester_name", "a" * 200) == "a" * 200
    with pytest.raises(ValidationFailed, match="200"):
        free_text.clean("requester_name", "a" * 201)
    with pytest.raises(ValidationFailed, match="2000"):
        free_text.clean("reason", "a" * 120_000)


def test_request_with_a_terminal_escape_in_the_name_is_refused_and_nothing_written(desk, admin):
    """Policy 9.3: the requester's name as given is kept; a name that would rewrite a terminal is no name."""
    entries = audit.verify(desk).entries
    with pytest.raises(ValidationFailed, match="requester's name contains control characters"):
        requests.register_request(desk, admin, type="access", channel="letter", received=date(2026, 3, 5),
                                  requester_name="Eve\x1b]0;pwned\x07", today=TODAY)
    made = requests.register_request(desk, admin, type="access", channel="letter", received=date(2026, 3, 5),
                                     requester_name="Eve", today=TODAY)
    with pytest.raises(ValidationFailed, match="2000"):
        requests.refuse(desk, admin, made["ref"], "a" * 120_000, today=TODAY)
    assert audit.verify(desk).entries == entries + 1  # only the valid request
    assert requests.get_request(desk, admin, made["ref"], today=TODAY)["status"] == "new"


def test_terminal_safe_shows_escapes_and_keeps_json_valid():
    hostile = "Eve\x1b]0;pwned\x07 \x9b2J \u202eexe\ud8ff"
    shown = terminal_safe(hostile)
    assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e\ud8ff")
    assert "\\u001b" in shown
    assert json.loads(terminal_safe(json.dumps({"v": hostile}, ensure_ascii=False)))["v"] == hostile


def test_request_show_prints_a_stored_escape_as_text(capsys, monkeypatch, desk, admin):
    """A value stored before this check (or by another program) is still never run by the terminal."""
    from mnu_desk.db.models import Request

    add_person(desk)
    made = requests.register_request(desk, admin, type="access", channel="letter", received=date(2026, 3, 5),
                                     customer_no="100001", today=TODAY)
    with desk.write() as session:
        session.query(Request).update({Request.requester_name: "Eve\x1b]0;pwned\x07"})
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    for extra in ([], ["--json"]):
        assert main(["request", "show", made["ref"], "--db", str(desk.engine.url.render_as_string(False)),
                     "--agent", "admin", *extra]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\\u001b" in out
