"""A desk computer loses power, or a command is killed (kill -9), in the middle of its work (docs/design.md
section 9: trust tested as an attacker would, by a killed process). `extract issue`, `erase execute`, `import`
and `rectify` are each killed with SIGKILL at seeded random moments of their own work, at least 20 times, and
after every kill the database and the files must agree:

- the audit log verifies (chain, sequence, head, personal parts);
- an extract recorded as issued has its signed file whole beside it, and a file the register does not know
  is refused by `extract verify` (docs/design.md section 7: the file first, the record after);
- a person is erased whole or not at all, and every erased person has a line in the erasure ledger, whose
  chain stays readable;
- an import's rows are whole, a killed run is marked interrupted by the next one, and running the file again
  finishes the job;
- a rectification changes all its fields or none, each change with its audit entry and change-feed line.

The moments come from MNU_DESK_KILL_SEED (default 16), printed with any failure so it can be replayed. The
commands run in forks of one process that has loaded the program (tests/drivers/fork_server.py), so the kills
land in the commands' work, not in Python's start-up. SQLite only: the server backends' atomicity under a lost
client is tested in tests/test_erasure.py."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mnu_desk.db.models import (
    AuditEntry,
    ChangeOutbox,
    ImportRun,
    IssuedExtract,
    Person,
    Request,
    UsageEvent,
)
from mnu_desk.domain.errors import DeskError
from mnu_desk.services import audit, extracts, keys, ledger, requests
from mnu_desk.services.erasure import replay
from mnu_desk.services.rectification import current_values

from .conftest import TEST_PASSWORD
from .factories import add_person

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")

SEED = int(os.environ.get("MNU_DESK_KILL_SEED", "16"))
RUNS = 20
PASSPHRASE = "kill-test-passphrase-1"
LEDGER_KEY = "kill-test-ledger-key-1"
DRIVER = Path(__file__).parent / "drivers" / "fork_server.py"
IMPORT_ROWS, IMPORT_BATCH = 3000, 400
TODAY = date.today()


class Forks:
    """The fork server: runs a command in a child and kills it when told."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        env = {**os.environ, "MNU_DESK_PASSWORD": TEST_PASSWORD, keys.ENV: PASSPHRASE,
               ledger.KEY_ENV: LEDGER_KEY}
        self.process = subprocess.Popen([sys.executable, str(DRIVER), str(IMPORT_BATCH)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        self.count = 0

    def _ask(self, request: dict) -> dict:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def run(self, argv: list[str], kill_after: float | None = None) -> tuple[int, str, float]:
        """(exit status or -9, the command's output, seconds it ran)."""
        self.count += 1
        out = self.scratch / f"run-{self.count}.txt"
        started = time.monotonic()
        pid = self._ask({"run": argv, "out": str(out)})["pid"]
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        status = self._ask({"wait": pid})["status"]
        return status, out.read_text(encoding="utf-8", errors="replace"), time.monotonic() - started

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def forks(tmp_path, server):
    if server.backend != "sqlite":
        pytest.skip("the kill test kills an SQLite desk; servers keep their own transactions (test_erasure.py)")
    handle = Forks(tmp_path)
    yield handle
    handle.close()


def kill_moments(name: str, durations: list[float]) -> list[float]:
    """RUNS moments spread over a command's own duration: the shorter of two whole runs (the first run of a
    process can be slower, and a moment past the end kills nothing)."""
    rng = random.Random(f"{SEED}:{name}")
    duration = min(durations)
    return [rng.uniform(0, duration) for _ in range(RUNS)]


def cli(url: str, *argv: str) -> list[str]:
    return [*argv, "--db", url, "--agent", "admin"]


def check_run(status: int, output: str, context: str, killed: list[bool]) -> None:
    """Killed, or finished with its exit code and at most a one-line refusal; never a traceback."""
    assert "Traceback" not in output, f"{context}: {output}"
    assert status in (-signal.SIGKILL, 0, 1), f"{context}: exit {status}: {output}"
    killed.append(status == -signal.SIGKILL)


def most_were_killed(killed: list[bool]) -> None:
    """The moments are spread over the command's own time, so most runs die in the middle of it."""
    assert sum(killed) >= RUNS // 2, f"seed {SEED}: only {sum(killed)} of {len(killed)} runs were killed"


def verified(desk, context: str) -> None:
    result = audit.verify(desk)
    assert result.ok, f"{context}: the audit log is broken: {result}"


# --- rectify -------------------------------------------------------------------------------------------------

def test_a_killed_rectification_changes_all_its_fields_or_none(desk, admin, db_url, forks):
    add_person(desk, "100001", city="Stad0", email="p0@exempel.se")

    def state() -> tuple:
        with desk.read() as session:
            person = session.scalar(select(Person).where(Person.customer_no == "100001"))
            rectified = session.scalar(select(func.count()).select_from(AuditEntry)
                                       .where(AuditEntry.action == "rectified"))
            feed = session.scalar(select(func.count()).select_from(ChangeOutbox)
                                  .where(ChangeOutbox.kind == "rectification"))
            values = current_values(session, person)
        return values["city"], values["email"], person.version, rectified, feed

    def argv(i: int) -> list[str]:
        return cli(db_url, "rectify", "100001", f"city=Stad{i}", f"email=p{i}@exempel.se", "--reason", "moved")

    durations = []
    for i in (0, 1):
        status, output, duration = forks.run(argv(i))
        assert status == 0, output
        durations.append(duration)
    before = state()
    killed: list[bool] = []
    for i, moment in enumerate(kill_moments("rectify", durations), start=2):
        context = f"seed {SEED}, rectify run {i}, killed after {moment:.3f} s"
        status, output, _ = forks.run(argv(i), kill_after=moment)
        check_run(status, output, context, killed)
        verified(desk, context)
        after = state()
        city, email, version, rectified, feed = after
        assert rectified == feed, context  # each change with its audit entry and its line for the shop
        if rectified == before[3] + 1:  # committed: every field new, the version moved on
            assert (city, email) == (f"Stad{i}", f"p{i}@exempel.se") and version > before[2], context
        else:  # rolled back: every field as it was
            assert status != 0 and after == before, context
        before = after
    most_were_killed(killed)


# --- erase execute ---------------------------------------------------------------------------------------------

def _people_with_usage(desk, count: int) -> list[str]:
    numbers = []
    for n in range(count):
        number = str(200001 + n)
        add_person(desk, number, ip=f"10.0.{n // 250}.{n % 250 + 1}")
        with desk.write() as session:
            person = session.scalar(select(Person).where(Person.customer_no == number))
            for k in range(30):
                session.add(UsageEvent(person_id=person.id, occurred_at=datetime(2026, 1, 1, 10, k, tzinfo=UTC),
                                       ip_address="10.1.2.3", event_type="page_view", path=f"/p/{k}"))
        numbers.append(number)
    return numbers


def test_a_killed_erasure_is_whole_or_not_at_all_and_the_ledger_agrees(desk, admin, db_url, forks, tmp_path,
                                                                       monkeypatch):
    """Policy 9.3.3, docs/design.md section 4 ("Erasure", "Erasure ledger"): a line `prepared` before the
    commit, `applied` after; a kill in between leaves a prepared line that a supervisor's replay applies."""
    monkeypatch.setenv(ledger.KEY_ENV, LEDGER_KEY)
    numbers = _people_with_usage(desk, RUNS + 3)
    refs = {number: requests.register_request(desk, admin, type="erasure", channel="email", received=TODAY,
                                              customer_no=number)["ref"] for number in numbers}
    ledger_path = tmp_path / "ledger" / "erasures.jsonl"

    def erased() -> dict[str, tuple[str, int]]:
        with desk.read() as session:
            rows = session.execute(select(Person.customer_no, Person.status, func.count(UsageEvent.id))
                                   .outerjoin(UsageEvent, UsageEvent.person_id == Person.id)
                                   .where(Person.customer_no.in_(numbers)).group_by(Person.id)).all()
        return {number: (status, events) for number, status, events in rows}

    def execute(number: str, kill_after: float | None = None):
        return forks.run(cli(db_url, "erase", "execute", "--request", refs[number], "--ledger", str(ledger_path)),
                         kill_after)

    whole = {number: events for number, (_, events) in erased().items()}
    durations = []
    for number in numbers[:2]:
        status, output, duration = execute(number)
        assert status == 0, output
        durations.append(duration)
    killed: list[bool] = []
    for i, moment in enumerate(kill_moments("erase", durations), start=1):
        context = f"seed {SEED}, erase run {i}, killed after {moment:.3f} s"
        target = next(n for n, (state, _) in erased().items() if state != "erased")
        status, output, _ = execute(target, moment)
        check_run(status, output, context, killed)
        verified(desk, context)
        people = erased()
        for number, (state, events) in people.items():
            # whole or nothing: an erased person has no usage left, a person not erased has all of it
            assert (state, events) in (("erased", 0), ("active", whole[number])), f"{context}: {number} {state}"
        # raises on a broken chain, an altered line or half a line
        lines = ledger.read(ledger_path, key=LEDGER_KEY.encode())
        prepared = {line["seq"]: line["customer_no"] for line in lines if line["step"] == ledger.PREPARED}
        applied = {prepared[line["prepared"]] for line in lines if line["step"] == ledger.APPLIED}
        now_erased = {n for n, (state, _) in people.items() if state == "erased"}
        assert applied <= now_erased <= set(prepared.values()), context
    most_were_killed(killed)
    # a prepared line whose commit a kill took is erased by a replay once a supervisor names it
    lines = ledger.read(ledger_path, key=LEDGER_KEY.encode())
    prepared = tuple(line["seq"] for line in lines if line["step"] == ledger.PREPARED)
    replay(desk, admin, ledger_path, apply_prepared=prepared)
    people = erased()
    assert {n for n, (state, _) in people.items() if state == "erased"} == \
        {line["customer_no"] for line in lines}
    verified(desk, "after the replay")


# --- extract issue ---------------------------------------------------------------------------------------------

def test_a_killed_extract_is_either_issued_with_its_file_or_not_issued(desk, admin, db_url, forks, tmp_path):
    """Policy 9.3.1; docs/design.md section 7: the file first, the record after; nothing issued is lost."""
    keys.init_self_signed(desk, admin, PASSPHRASE)
    numbers = [str(300001 + n) for n in range(RUNS + 3)]
    refs = []
    for number in numbers:
        add_person(desk, number)
        refs.append(requests.register_request(desk, admin, type="access", channel="email", received=TODAY,
                                              customer_no=number, identity="known_email")["ref"])
    out = tmp_path / "extracts"
    out.mkdir()

    def issued() -> dict[str, str]:
        with desk.read() as session:
            rows = session.execute(select(Request.ref, Request.status, IssuedExtract.sha256)
                                   .outerjoin(IssuedExtract, IssuedExtract.request_id == Request.id)
                                   .where(Request.ref.in_(refs))).all()
        for ref, status, sha in rows:
            assert (status == "completed") == (sha is not None), f"{ref}: {status} but issued {sha}"
        return {ref: sha for ref, _, sha in rows if sha is not None}

    def issue(ref: str, run: int, kill_after: float | None = None):
        return forks.run(cli(db_url, "extract", "issue", "--request", ref, "--out", str(out / f"{run}-{ref}.pdf")),
                         kill_after)

    durations = []
    for run, ref in enumerate(refs[:2]):
        status, output, duration = issue(ref, -run)
        assert status == 0, output
        durations.append(duration)
    killed: list[bool] = []
    for i, moment in enumerate(kill_moments("extract", durations), start=1):
        context = f"seed {SEED}, extract run {i}, killed after {moment:.3f} s"
        target = next(ref for ref in refs if ref not in issued())
        status, output, _ = issue(target, i, moment)
        check_run(status, output, context, killed)
        verified(desk, context)
        register = issued()
        on_disk = {hashlib.sha256(path.read_bytes()).hexdigest(): path for path in out.glob("*.pdf")}
        # an issued extract is whole on disk: the file that was posted is the one the register holds
        assert set(register.values()) <= set(on_disk), context
        for sha, path in on_disk.items():
            if sha not in register.values():  # written, then killed before the record: no extract the desk vouches for
                with pytest.raises(DeskError):
                    extracts.verify_file(desk, path.read_bytes())
        for partial in out.glob(".*"):  # a temporary file a kill left behind: never readable by others
            assert partial.stat().st_mode & 0o077 == 0, context
    most_were_killed(killed)
    status, output, _ = issue(next(ref for ref in refs if ref not in issued()), RUNS + 1)
    assert status == 0, output  # a request a kill left open is issued on the next try


# --- import ------------------------------------------------------------------------------------------------------

def test_a_killed_import_keeps_whole_rows_and_the_next_run_finishes_it(desk, admin, db_url, forks, tmp_path):
    """docs/import-format.md; docs/design.md section 9: every row an upsert, a killed run marked interrupted."""
    def customers(prefix: str) -> tuple[Path, dict]:
        path = tmp_path / f"customers-{prefix}.csv"
        rows = {f"{prefix}{i:05d}": (f"Förnamn{i}", f"{prefix.lower()}{i}@exempel.se") for i in range(IMPORT_ROWS)}
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["customer_id", "kind", "first_name", "last_name", "email", "created_at"])
            for shop_id, (first, email) in rows.items():
                writer.writerow([shop_id, "account", first, "Import", email, "2024-03-05T10:00:00Z"])
        return path, rows

    path, expected = customers("K")

    def imported() -> dict[str, tuple]:
        with desk.read() as session:
            return {shop_id: (first, email) for shop_id, first, email in session.execute(
                select(Person.shop_customer_id, Person.first_name, Person.email)
                .where(Person.shop_customer_id.like("K%")))}

    def runs() -> dict[str, int]:
        with desk.read() as session:
            return dict(session.execute(select(ImportRun.status, func.count()).group_by(ImportRun.status)).all())

    # A file as long as the file under test, into ids of its own, imported twice: the runs under test after the
    # first one that finishes find every person in place (no new search ranks to give), so the shorter of the
    # two, the repeat, is the run the kill moments must fall inside.
    calibration, _ = customers("C")
    durations = []
    for _ in range(2):
        status, output, duration = forks.run(cli(db_url, "import", "customers", str(calibration)))
        assert status == 0, output
        durations.append(duration)
    killed: list[bool] = []
    for i, moment in enumerate(kill_moments("import", durations), start=1):
        context = f"seed {SEED}, import run {i}, killed after {moment:.3f} s"
        status, output, _ = forks.run(cli(db_url, "import", "customers", str(path)), moment)
        check_run(status, output, context, killed)
        verified(desk, context)
        rows = imported()
        assert all(expected[shop_id] == values for shop_id, values in rows.items()), context
        assert runs().get("running", 0) <= 1, context  # only the run just killed; earlier ones interrupted
    most_were_killed(killed)
    status, output, _ = forks.run(cli(db_url, "import", "customers", str(path)))
    assert status == 0, output
    assert imported() == expected
    assert "running" not in runs()
    with desk.read() as session:
        started, finished = (session.scalar(select(func.count()).select_from(AuditEntry)
                                            .where(AuditEntry.action == action))
                             for action in ("import_started", "import_finished"))
    assert started == finished
