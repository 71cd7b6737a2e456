"""Hostile values in every slot that takes input (docs/design.md section 7 and "Free text"): SQL, HTML, control
characters, direction overrides, very long text, emoji, NUL, spreadsheet formulas, format strings, paths and
numbers past any column, through every command that takes them. Each run ends in exit 0 (the value was fit to
keep and is kept as given) or exit 1 or 2 with one line on stderr and nothing changed; never a traceback,
never a control character reaching the terminal. The windows show the values as text, never as markup."""

from __future__ import annotations

import re
from datetime import date

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from mnu_desk.cli.main import main
from mnu_desk.db.models import (
    Agent,
    AuditEntry,
    Objection,
    Person,
    Request,
    Restriction,
    SupplementaryStatement,
    Task,
)
from mnu_desk.domain import text as free_text
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services import agents, audit, requests

from .conftest import TEST_PASSWORD
from .factories import add_disclosure, add_person

TODAY = date.today()

HOSTILE = [
    # SQL
    "'; DROP TABLE people; --", '" OR 1=1 --', "1; SELECT pg_sleep(10)", "' UNION SELECT password_hash FROM agents --",
    "%", "_", "\\", "%%'--", "`id`",
    # HTML and markup
    "<script>alert(1)</script>", "<b>fet</b>", "<img src=x onerror=alert(1)>", "&amp;&lt;&#0;",
    "<a href='javascript:alert(1)'>x</a>", "]]><!--",
    # control characters and terminal escapes
    "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "a\x00b", "\x00", "del\x7f", "c1\x9b31m", "line\rover", "\x08\x08\x08",
    "tab\tin", "new\nline", "\x0c", "\x1c\x1d\x1e", "\x85next",
    # direction and invisible characters
    "\u202eexe.pdf", "\u2066x\u2069", "\u202aa", "\u200fRLM", "zero\u200bwidth", "\ufeffBOM",
    # very long
    "a" * 10_000, "å" * 5_000, "x" * 120_000, "😀" * 3_000,
    # emoji and scripts
    "😀", "👩\u200d👩\u200d👧", "🇸🇪", "\U0001F4A9", "Åsa Östberg", "Zoë Ñúñez", "Ольга", "李小龙", "e\u0301",
    "a\u00a0b", "ﷺ", "\uffff", "\U000F0000", "\udcff",
    # spreadsheet formulas
    "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", '=HYPERLINK("http://x")',
    # format strings and templates
    "{0}", "{name}", "%s%s%n", "{__class__}", "${jndi:ldap://x}",
    # paths
    "../../etc/passwd", "C:\\Windows\\system32", "/dev/null",
    # numbers and near-empties
    "9999999999999999999999", "-1", "1e308", "NaN", "0x41", "", " ", "  \t  ", "null", "[]",
]
assert len(HOSTILE) >= 60

# what the command line may never let through to a terminal
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.fixture
def cheap_hashes(monkeypatch):
    """Argon2 at its lowest cost for these thousand log-ins (the log-in itself runs unchanged)."""
    monkeypatch.setattr(agents, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def world(desk, db_url, cheap_hashes, monkeypatch):
    """An admin, a person whose data went to a recipient (tasks), and the environment of a command."""
    admin = agents.add_agent(desk, None, "admin", "admin", TEST_PASSWORD)
    add_person(desk, "100001")
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "identity,address,contact")
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    return admin


def snapshot(desk) -> tuple:
    with desk.read() as session:
        counts = tuple(session.scalar(select(func.count()).select_from(model)) for model in
                       (Request, Task, Person, Agent, SupplementaryStatement, Restriction, Objection))
        # every command logs its agent in; any other entry is a change
        counts += (session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action != "login")),)
        person = session.scalar(select(Person).where(Person.customer_no == "100001"))
        return counts + (person.version, person.first_name, person.email)


def fresh_request(desk, admin) -> str:
    return requests.register_request(desk, admin, type="access", channel="email", received=TODAY,
                                      customer_no="100001")["ref"]


def open_task(desk, admin) -> str:
    from mnu_desk.services.rectification import rectify

    rectify(desk, admin, "100001", {"city": f"Ort{snapshot(desk)[0]}"}, "flyttat")
    with desk.read() as session:
        return str(session.scalar(select(Task.id).where(Task.done_at.is_(None)).order_by(Task.id.desc())))


# every slot that takes a person's input: (name, the command line with V for the value, what it needs first)
SLOTS = [
    ("requester", ["request", "new", "--type", "access", "--received", TODAY.isoformat(), "--channel", "letter",
                   "--requester", "V"], None),
    ("requester_address", ["request", "new", "--type", "access", "--received", TODAY.isoformat(), "--channel",
                           "letter", "--requester", "Eva", "--requester-address", "V"], None),
    ("identity_note", ["request", "new", "--type", "access", "--received", TODAY.isoformat(), "--channel", "email",
                       "--customer", "100001", "--identity", "other:V"], None),
    ("customer_no", ["request", "new", "--type", "access", "--received", TODAY.isoformat(), "--channel", "email",
                     "--customer", "V"], None),
    ("extend_reason", ["request", "extend", "REF", "--reason", "V"], fresh_request),
    ("refuse_reason", ["request", "refuse", "REF", "--reason", "V"], fresh_request),
    ("outcome", ["request", "close", "REF", "--outcome", "V"], fresh_request),
    ("fee_reason", ["request", "fee", "REF", "--amount", "0", "--reason", "V"], fresh_request),
    ("fee_amount", ["request", "fee", "REF", "--amount", "V", "--reason", "en kopia till"], fresh_request),
    ("request_ref", ["request", "show", "V"], None),
    ("task_impossible", ["task", "done", "TASK", "--impossible", "V"], open_task),
    ("task_id", ["task", "done", "V"], None),
    ("first_name", ["rectify", "100001", "first_name=V", "--reason", "stavfel"], None),
    ("street", ["rectify", "100001", "street=V", "--reason", "flyttat"], None),
    ("email", ["rectify", "100001", "email=V", "--reason", "ny adress"], None),
    ("phone", ["rectify", "100001", "phone=V", "--reason", "nytt nummer"], None),
    ("postal_code", ["rectify", "100001", "postal_code=V", "--reason", "flyttat"], None),
    ("rectify_reason", ["rectify", "100001", "city=Lund", "--reason", "V"], None),
    ("statement", ["statement", "add", "100001", "--text", "V"], None),
    ("restriction_reason", ["restriction", "add", "100001", "--reason", "V"], None),
    ("search", ["search", "V"], None),
    ("show", ["show", "V"], None),
    ("agent_name", ["agent", "add", "V", "--role", "agent"], None),
    ("objection_scope", ["objection", "add", "100001", "--scope", "V", "--channel", "email", "--received",
                         TODAY.isoformat()], None),
    ("received", ["request", "new", "--type", "access", "--received", "V", "--channel", "email", "--requester",
                  "Eva"], None),
]


def _fill(part: str, value: str, made: str | None) -> str:
    if made is not None:
        return made
    if part == "V":
        return value
    if part.endswith("=V") or part == "other:V":
        return part[:-1] + value
    return part


def run(capsys, db_url: str, argv: list[str]) -> tuple[int, str, str]:
    code = main([*argv, "--db", db_url, "--agent", "admin"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("slot", SLOTS, ids=[slot[0] for slot in SLOTS])
def test_every_hostile_value_in_every_slot(slot, desk, db_url, world, capsys, monkeypatch):
    name, template, prepare = slot
    accepted = 0
    for value in HOSTILE:
        argv = [_fill(part, value, prepare(desk, world) if prepare and part in ("REF", "TASK") else None)
                for part in template]
        if name == "agent_name":
            monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", "a-new-password-1")
        before = snapshot(desk)
        code, out, err = run(capsys, db_url, argv)
        context = f"{name} = {value[:40]!r}: exit {code}, {err[:300]!r}"
        assert "Traceback" not in out + err, context
        assert not RAW_CONTROL.search(out + err), context
        assert code in (0, 1, 2), context
        if code == 0:
            accepted += 1
            assert err.count("\n") <= 1, context  # at most a note (e.g. an address another customer has)
        else:
            assert out == "" and err.count("\n") == 1 and err.startswith("mnu-desk"), context
            assert snapshot(desk) == before, context
    assert audit.verify(desk).ok
    if name in ("requester", "statement", "search"):
        assert accepted >= 20, f"{name}: fit values must be kept ({accepted} accepted)"


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_a_free_text_value_is_kept_exactly_or_refused(value, desk, world):
    """What the services keep is what was given (trimmed), readable back in full; what they refuse changes
    nothing. Refused: control characters, direction overrides, lone surrogates, beyond the field's limit."""
    try:
        expected = free_text.clean("requester_name", value)
    except ValidationFailed:
        expected = None
        before = snapshot(desk)
        with pytest.raises(ValidationFailed):
            requests.register_request(desk, world, type="access", channel="email", received=TODAY,
                                      requester_name=value)
        assert snapshot(desk) == before
        return
    if expected is None:  # blank: the name is required when no customer matches
        return
    made = requests.register_request(desk, world, type="access", channel="email", received=TODAY,
                                     requester_name=value)
    assert requests.get_request(desk, world, made["ref"])["requester_name"] == expected
    with desk.read() as session:
        assert session.scalar(select(Request.requester_name).where(Request.ref == made["ref"])) == expected


GUI_VALUES = ["<b>fet</b><img src=x onerror=alert(1)>", "&amp;&lt;", "<script>alert(1)</script>",
              "=cmd|' /C calc'!A0", "😀 Ольга 李小龙", "'; DROP TABLE people; --", "{0} %s"]


def test_the_windows_show_stored_values_as_text(qtbot, desk, world, executor, swedish):
    """A value that looks like markup is shown as the characters it is, in every label of the request and
    the record: no label of either interprets it as rich text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from mnu_desk.gui.requests.request_detail_dialog import RequestDetailDialog
    from mnu_desk.services.rectification import rectify

    from .test_gui_helpers import WAIT_MS, shown_main_window

    for value in GUI_VALUES:
        made = requests.register_request(desk, world, type="access", channel="email", received=TODAY,
                                         requester_name=value, requester_address=value)
        requests.refuse(desk, world, made["ref"], value)
        dialog = RequestDetailDialog(executor, desk, world, made["ref"])
        qtbot.addWidget(dialog.ui)
        dialog.start()
        qtbot.waitUntil(lambda d=dialog: d.request is not None, timeout=WAIT_MS)
        _only_plain(dialog.ui, value, QLabel, Qt)
    rectify(desk, world, "100001", {"first_name": GUI_VALUES[0], "city": GUI_VALUES[2]}, "test")
    main = shown_main_window(qtbot, executor, desk, world)
    main.open_person("100001")
    qtbot.waitUntil(lambda: any(GUI_VALUES[0] in label.text() for label in main.ui.findChildren(QLabel))
                    or any("&lt;b&gt;" in label.text() for label in main.ui.findChildren(QLabel)), timeout=WAIT_MS)
    _only_plain(main.ui, GUI_VALUES[0], QLabel, Qt)


def _only_plain(window, value: str, QLabel, Qt) -> None:
    """Every label that holds the raw value shows it as plain text (a rich-text label holds it escaped)."""
    for label in window.findChildren(QLabel):
        if "<" in value and value in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text()[:80])
