"""Importing the shop's files (docs/import-format.md): round trip, idempotence, updates, every rejection, the
desk's erasures and objections winning over old files, a crash half-way, and broken files refused whole."""

from __future__ import annotations

import csv
import filecmp
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import (
    Account,
    Address,
    Favourite,
    ImportRun,
    NewsletterSubscription,
    Order,
    Person,
    Setting,
    UsageEvent,
)
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.imports.export import export_all
from mnu_desk.services import agents, demo, erasure, search
from mnu_desk.services.accounts import close_account
from mnu_desk.services.context import Desk
from mnu_desk.services.imports import import_file
from mnu_desk.services.objections import add_objection
from mnu_desk.services.requests import register_request

from .conftest import TEST_PASSWORD

TODAY = date.today()
CUSTOMERS = ("customer_id", "customer_no", "kind", "first_name", "last_name", "email", "phone", "created_at")


def write_csv(path, header, rows, delimiter=",", bom=False):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def customer(shop_id, first="Åsa", last="Östberg", email=None, phone="070-123 45 67", created="2024-03-05T10:00:00Z",
             number=""):
    return (shop_id, number, "account", first, last, email or f"{shop_id.lower()}@exempel.se", phone, created)


def report_rows(result):
    with open(result["report"], encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def count(desk, model):
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def people(desk):
    with desk.read() as session:
        return {p.shop_customer_id: p for p in session.scalars(select(Person))}


@pytest.fixture
def customers_file(tmp_path):
    return write_csv(tmp_path / "customers.csv", CUSTOMERS,
                     [customer("C1"), customer("C2", "Per", "Åkesson"), customer("C3", "Lisa", "Berg")])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_round_trip_of_the_demo_data_keeps_every_row(suffix, desk, admin, server, tmp_path):
    """The demo data exported in the import format and imported into an empty database comes out the same,
    row for row and column for column."""
    source_url = server.create()
    source = make_engine(source_url)
    try:
        migrate.upgrade(source)
        demo.generate_demo(source, 30, seed=5)
        with source.connect() as connection:
            exported = list(export_all(connection, tmp_path / "a", suffix))
    finally:
        source.dispose()
        server.drop(source_url)
    assert sum(n for _, _, n in exported) > 300
    for category, path, rows in exported:
        result = import_file(desk, admin, category, path, batch_size=17)
        assert (result["inserted"], result["rejected"]) == (rows, 0), (category, report_rows(result))
    with desk.engine.connect() as connection:
        again = list(export_all(connection, tmp_path / "b", suffix))
    for (category, first, rows), (_, second, rows_again) in zip(exported, again, strict=True):
        assert rows == rows_again, category
        assert filecmp.cmp(first, second, shallow=False), category
    # what the format does not carry is made at the desk: the stored forms and the search index
    assert search.search_people(desk, admin, _a_name(desk))
    with desk.read() as session:
        assert all(p.email_norm == (p.email or "").strip().lower() or p.email is None
                   for p in session.scalars(select(Person)))


def _a_name(desk) -> str:
    with desk.read() as session:
        return session.scalar(select(Person.last_name).where(Person.last_name.is_not(None)).limit(1))


def test_same_file_twice_changes_nothing(desk, admin, customers_file):
    first = import_file(desk, admin, "customers", customers_file)
    before = {k: (p.first_name, p.version, p.search_text) for k, p in people(desk).items()}
    second = import_file(desk, admin, "customers", customers_file)
    assert (first["inserted"], first["updated"]) == (3, 0)
    assert (second["inserted"], second["updated"], second["unchanged"]) == (0, 0, 3)
    assert {k: (p.first_name, p.version, p.search_text) for k, p in people(desk).items()} == before
    assert people(desk)["C1"].customer_no == "C1"  # no customer_no given: the shop's id serves as one


def test_a_newer_file_updates_what_changed(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    newer = write_csv(tmp_path / "customers-2.csv", CUSTOMERS,
                      [customer("C1", "Åsa", "Lind"), customer("C2", "Per", "Åkesson"), customer("C4", "Ny", "Kund")])
    result = import_file(desk, admin, "customers", newer)
    assert (result["inserted"], result["updated"], result["unchanged"]) == (1, 1, 1)
    stored = people(desk)
    assert stored["C1"].last_name == "Lind" and stored["C1"].version == 2  # an agent's open copy is now stale
    assert stored["C3"].last_name == "Berg"  # rows a file does not hold are kept: files may be partial
    assert [r["customer_no"] for r in search.search_people(desk, admin, "lind")] == ["C1"]
    assert search.search_people(desk, admin, "Östberg") == []


def test_missing_columns_leave_stored_values_alone(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    partial = write_csv(tmp_path / "names.csv", ("customer_id", "kind", "last_name", "created_at"),
                        [("C1", "account", "Lind", "2024-03-05T10:00:00Z")])
    assert import_file(desk, admin, "customers", partial)["updated"] == 1
    person = people(desk)["C1"]
    assert (person.last_name, person.first_name, person.phone_e164) == ("Lind", "Åsa", "+46701234567")


def test_swedish_spreadsheet_csv_with_bom_semicolons_and_decimal_comma(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    orders = write_csv(tmp_path / "orders.csv", ("order_id", "customer_id", "order_no", "placed_at", "status",
                                                 "payment_provider", "total", "vat", "billing_name", "billing_street",
                                                 "billing_postal_code", "billing_city"),
                       [("O1", "C1", "7000001", "2024-03-05 11:00:00", "delivered", "Klarna", "1 299,50", "259,90",
                         "Åsa Östberg", "Storgatan 1", "11122", "Stockholm")], delimiter=";", bom=True)
    result = import_file(desk, admin, "orders", orders)
    assert result["inserted"] == 1, report_rows(result)
    with desk.read() as session:
        order = session.scalar(select(Order))
    assert (str(order.total), str(order.vat), order.billing_postal_code, order.currency) == \
        ("1299.50", "259.90", "111 22", "SEK")
    # no offset: Stockholm time (CET in March)
    assert order.placed_at == datetime(2024, 3, 5, 10, 0, tzinfo=UTC)


def test_every_rejection_names_line_field_and_reason(desk, admin, customers_file, tmp_path):
    future = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    bad_customers = write_csv(tmp_path / "people.csv", CUSTOMERS, [
        customer("C1"),
        customer("C2", email="inte-en-adress"),
        customer("C3", created=future),
        customer("C1", "Dubbel"),
        customer("C5", phone="12"),
        ("C6", "", "alien", "A", "B", "", "", "2024-01-01T00:00:00Z"),
    ])
    result = import_file(desk, admin, "customers", bad_customers)
    assert (result["inserted"], result["rejected"]) == (1, 5)
    found = {(r["line"], r["field"], r["code"]) for r in report_rows(result)}
    assert found == {("3", "email", "bad_email"), ("4", "created_at", "future_date"),
                     ("5", "customer_id", "duplicate_id"), ("6", "phone", "bad_phone"), ("7", "kind", "bad_choice")}
    assert result["report"] == str(tmp_path / "people.rejected.csv")
    reasons = {r["code"]: r["reason"] for r in report_rows(result)}
    assert "inte-en-adress" in reasons["bad_email"] and "rad 2" in reasons["duplicate_id"]  # Swedish by default

    events = write_csv(tmp_path / "events.csv", ("event_id", "customer_id", "occurred_at", "ip_address",
                                                 "event_type"),
                       [("E1", "C1", "2024-01-01T00:00:00Z", "300.1.2.3", "page_view"),
                        ("E2", "C404", "2024-01-01T00:00:00Z", "10.0.0.1", "page_view"),
                        ("E3", "C1", "2024-01-01T00:00:00Z", "2001:db8::1", "page_view"),
                        ("E4", "C1", "igår", "10.0.0.1", "page_view")])
    result = import_file(desk, admin, "events", events)
    assert result["inserted"] == 1
    assert {(r["line"], r["field"], r["code"]) for r in report_rows(result)} == {
        ("2", "ip_address", "bad_ip"), ("3", "customer_id", "unknown_customer"), ("5", "occurred_at", "bad_date")}

    orders = write_csv(tmp_path / "orders.csv", ("order_id", "customer_id", "placed_at", "status", "payment_provider",
                                                 "total", "vat", "billing_name", "billing_street",
                                                 "billing_postal_code", "billing_city"),
                       [("O1", "C9", "2024-01-01T00:00:00Z", "paid", "Klarna", "10,00", "2,00", "A", "B", "11122", "C"),
                        ("O2", "C1", "2024-01-01T00:00:00Z", "paid", "Klarna", "tio", "2,00", "A", "B", "11122", "C"),
                        ("O3", "C1", "2024-01-01T00:00:00Z", "paid", "Klarna", "10,001", "2", "A", "B", "11122", "C"),
                        ("O4", "C1", "2024-01-01T00:00:00Z", "paid", "Klarna", "10", "2", "A", "B", "1112", "C")])
    result = import_file(desk, admin, "orders", orders)
    assert {(r["line"], r["field"], r["code"]) for r in report_rows(result)} == {
        ("2", "customer_id", "unknown_customer"), ("3", "total", "bad_money"), ("4", "total", "bad_money"),
        ("5", "billing_postal_code", "bad_postcode")}
    assert result["rejected"] == 4 and count(desk, Order) == 0


def test_jsonl_rows_that_cannot_be_read_are_rejected_alone(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    path = tmp_path / "events.jsonl"
    good = {"event_id": "E1", "customer_id": "C1", "occurred_at": "2024-01-01T00:00:00Z", "ip_address": "10.0.0.1",
            "event_type": "page_view"}
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({**good, "event_id": "E2", "colour": "red"}),
                               "[1, 2]", json.dumps({**good, "event_id": "E3", "path": ["a"]})]) + "\n",
                    encoding="utf-8")
    result = import_file(desk, admin, "events", path)
    assert result["inserted"] == 1
    assert [(r["line"], r["code"]) for r in report_rows(result)] == [
        ("2", "bad_json"), ("3", "unknown_field"), ("4", "bad_json"), ("5", "bad_value")]


def test_dry_run_counts_and_writes_nothing(desk, admin, customers_file):
    result = import_file(desk, admin, "customers", customers_file, dry_run=True)
    assert (result["inserted"], result["dry_run"]) == (3, True)
    assert count(desk, Person) == 0


def test_only_an_admin_imports(desk, make_agent, customers_file):
    with pytest.raises(PermissionDenied):
        import_file(desk, make_agent("sven", "supervisor"), "customers", customers_file)


def _erase(desk, admin, customer_no, ledger_path):
    ref = register_request(desk, admin, type="erasure", channel="email", received=TODAY,
                           customer_no=customer_no)["ref"]
    erasure.execute(desk, admin, ref, ledger_path=ledger_path)


def test_an_erased_person_is_never_created_again_by_an_old_file(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    _erase(desk, admin, "C2", tmp_path / "ledger.jsonl")
    result = import_file(desk, admin, "customers", customers_file)
    (row,) = report_rows(result)
    assert (row["line"], row["code"]) == ("3", "erased")
    assert f"Raderad av kundtjänst {TODAY.isoformat()}" in row["reason"]
    assert people(desk)["C2"].first_name is None and people(desk)["C2"].status == "erased"
    events = write_csv(tmp_path / "events.csv", ("event_id", "customer_id", "occurred_at", "ip_address", "event_type"),
                       [("E1", "C2", "2024-01-01T00:00:00Z", "10.0.0.1", "page_view")])
    assert report_rows(import_file(desk, admin, "events", events))[0]["code"] == "erased"
    assert count(desk, UsageEvent) == 0


def test_the_erasure_ledger_stops_an_import_into_a_restored_database(desk, admin, customers_file, server, tmp_path):
    """A backup restored from before the erasure has no tombstone; the ledger still knows the shop id."""
    ledger = tmp_path / "ledger.jsonl"
    import_file(desk, admin, "customers", customers_file)
    _erase(desk, admin, "C2", ledger)
    url = server.create()
    restored = Desk(make_engine(url))
    try:
        migrate.upgrade(restored.engine)
        with restored.write() as session:
            session.add(Setting(key="erasure_ledger_path", value=json.dumps(str(ledger)),
                                updated_at=datetime.now(UTC)))
        first_admin = agents.add_agent(restored, None, "admin", "admin", TEST_PASSWORD)
        result = import_file(restored, first_admin, "customers", customers_file)
        assert (result["inserted"], [r["code"] for r in report_rows(result)]) == (2, ["erased"])
    finally:
        restored.dispose()
        server.drop(url)


def test_an_account_closed_at_the_desk_is_not_reopened(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    accounts = write_csv(tmp_path / "accounts.csv", ("customer_id", "login", "created_at"),
                         [("C1", "asa@exempel.se", "2024-01-01T00:00:00Z")])
    favourites = write_csv(tmp_path / "favourites.csv", ("favourite_id", "customer_id", "product_sku",
                                                         "product_name", "added_at"),
                           [("F1", "C1", "SKU-1", "Lampa", "2024-01-01T00:00:00Z")])
    assert import_file(desk, admin, "accounts", accounts)["inserted"] == 1
    close_account(desk, admin, "C1")
    assert report_rows(import_file(desk, admin, "accounts", accounts))[0]["code"] == "account_closed"
    assert report_rows(import_file(desk, admin, "favourites", favourites))[0]["code"] == "account_closed"
    renamed = write_csv(tmp_path / "renamed.csv", CUSTOMERS, [customer("C1", "Annan")])
    assert report_rows(import_file(desk, admin, "customers", renamed))[0]["code"] == "account_closed"
    assert (count(desk, Account), count(desk, Favourite), people(desk)["C1"].status) == (0, 0, "closed")


def test_an_import_cannot_subscribe_an_objector_again(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    add_objection(desk, admin, "C1", "email", "letter", TODAY)
    add_objection(desk, admin, "C2", "personalised", "letter", TODAY)
    header = ("subscription_id", "customer_id", "list_name", "subscribed_at", "unsubscribed_at", "personalise")
    subscriptions = write_csv(tmp_path / "subscriptions.csv", header, [
        ("S1", "C1", "Nyhetsbrev", "2024-01-01T00:00:00Z", "", "false"),
        ("S2", "C1", "Erbjudanden", "2024-01-01T00:00:00Z", "2024-06-01T00:00:00Z", "true"),
        ("S3", "C2", "Nyhetsbrev", "2024-01-01T00:00:00Z", "", "true"),
        ("S4", "C2", "Erbjudanden", "2024-01-01T00:00:00Z", "", "false"),
        ("S5", "C3", "Nyhetsbrev", "2024-01-01T00:00:00Z", "", "true"),
    ])
    result = import_file(desk, admin, "subscriptions", subscriptions)
    assert [(r["line"], r["code"]) for r in report_rows(result)] == [("2", "objection"), ("4", "objection")]
    with desk.read() as session:
        assert sorted(session.scalars(select(NewsletterSubscription.shop_subscription_id))) == ["S2", "S4", "S5"]


def test_a_crash_half_way_keeps_whole_batches_and_a_rerun_finishes(desk, admin, tmp_path):
    rows = [customer(f"C{i:03d}", last=f"Namn{i}") for i in range(1, 51)]
    path = write_csv(tmp_path / "customers.csv", CUSTOMERS, rows)

    def crash(done, total):
        if done >= 20:
            raise RuntimeError("the desk lost its power")

    with pytest.raises(RuntimeError):
        import_file(desk, admin, "customers", path, batch_size=10, progress=crash)
    assert count(desk, Person) == 20  # two whole batches, nothing of the third
    with desk.read() as session:
        run = session.scalar(select(ImportRun))
    assert (run.status, run.inserted, run.committed_line) == ("failed", 20, 21)
    again = import_file(desk, admin, "customers", path, batch_size=10)
    assert (again["inserted"], again["unchanged"], again["rejected"]) == (30, 20, 0)
    assert count(desk, Person) == 50


def test_cancel_stops_between_batches(desk, admin, tmp_path):
    path = write_csv(tmp_path / "customers.csv", CUSTOMERS, [customer(f"C{i}") for i in range(30)])
    asked = []
    result = import_file(desk, admin, "customers", path, batch_size=10, cancel=lambda: asked.append(1) or len(asked) > 1)
    assert (result["status"], count(desk, Person)) == ("cancelled", 10)


@pytest.mark.parametrize(("content", "words"), [
    (b"customer_id,kind,created_at\nC1,account,2024-01-01T00:00:00Z\nC2,account,\xc5sa\n", "Rad 3 är inte UTF-8"),
    (b"order_id,customer_id,placed_at\nO1,C1,2024-01-01\n", "ingen kolumn 'order_id'"),
    (b"customer_id,first_name,created_at\nC1,A,2024-01-01\n", "kolumnen 'kind' saknas"),
    (b"", "är tom"),
    (b"\xef\xbb\xbf\n\n", "är tom"),
    (b'customer_id,kind,first_name,created_at\nC1,account,"Open,2024-01-01\nC2,account,B,2024-01-01\n',
     "CSV-raden som börjar på rad 2 är trasig"),
])
def test_a_broken_file_is_refused_whole_with_its_line(content, words, desk, admin, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationFailed) as caught:
        import_file(desk, admin, "customers", path)
    from mnu_desk import i18n
    assert words in i18n.message(caught.value)
    assert count(desk, Person) == 0 and count(desk, ImportRun) == 0


def test_a_two_gigabyte_file_without_line_breaks_is_refused_at_once(desk, admin, tmp_path):
    path = tmp_path / "customers.csv"
    with open(path, "wb") as handle:  # sparse: takes no disk space
        handle.write(b"customer_id,kind,created_at")
        handle.truncate(2 * 1024 ** 3)
    with pytest.raises(ValidationFailed) as caught:
        import_file(desk, admin, "customers", path)
    assert caught.value.values["line"] == 1


def test_cli_import_and_its_refusals(capsys, monkeypatch, desk, admin, db_url, customers_file, tmp_path):
    from mnu_desk.cli.main import main

    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    assert main(["--db", db_url, "--agent", "admin", "--json", "import", "customers", str(customers_file)]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out)["inserted"] == 3
    assert main(["--db", db_url, "--agent", "admin", "--lang", "en", "import", "customers", str(customers_file),
                 "--dry-run"]) == 0
    out, _ = capsys.readouterr()
    assert "3 unchanged" in out and "Dry run" in out
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["--db", db_url, "--agent", "admin", "--lang", "sv", "import", "customers", str(empty)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "är tom" in err
    assert main(["--db", db_url, "--agent", "admin", "import", "shoes", str(empty)]) == 2


ROOT = Path(__file__).resolve().parents[1]


def test_the_documented_format_is_the_format():
    """docs/import-format.md lists every column of every category, and nothing else."""
    import re

    from mnu_desk.imports.categories import build

    text = (ROOT / "docs" / "import-format.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### (\w+)\n(.*?)(?=^### |\Z)", text, re.S | re.M))
    for name, category in build(datetime.now(UTC)).items():
        assert re.findall(r"^\| `(\w+)` \|", sections[name], re.M) == list(category.field_names), name
    assert set(sections) == set(build(datetime.now(UTC)))


def test_every_sample_file_imports_cleanly(desk, admin, tmp_path):
    import shutil

    from mnu_desk.imports.categories import NAMES

    # a copy: the report is written next to the file, and the samples stay as they are
    samples = shutil.copytree(ROOT / "resources" / "samples", tmp_path / "samples")
    for name in NAMES:
        result = import_file(desk, admin, name, samples / f"{name}.csv")
        assert result["rows"] > 0 and result["rejected"] == 0, (name, report_rows(result))
    again = import_file(desk, admin, "events", samples / "events.jsonl")
    assert again["unchanged"] == again["rows"] > 0


def test_imported_addresses_are_found_by_search_and_follow_updates(desk, admin, customers_file, tmp_path):
    import_file(desk, admin, "customers", customers_file)
    header = ("address_id", "customer_id", "street", "postal_code", "city", "created_at")
    first = write_csv(tmp_path / "addresses.csv", header, [("A1", "C1", "Storgatan 1", "11122", "Kiruna", "2024-01-01")])
    assert import_file(desk, admin, "addresses", first)["inserted"] == 1
    assert [r["customer_no"] for r in search.search_people(desk, admin, "kiruna")] == ["C1"]
    moved = write_csv(tmp_path / "addresses-2.csv", header,
                      [("A1", "C1", "Storgatan 1", "11122", "Arjeplog", "2024-01-01")])
    assert import_file(desk, admin, "addresses", moved)["updated"] == 1
    assert search.search_people(desk, admin, "kiruna") == []
    assert [r["customer_no"] for r in search.search_people(desk, admin, "arjeplog")] == ["C1"]
    with desk.read() as session:
        address = session.scalar(select(Address))
    assert (address.postal_code, address.country, address.version) == ("111 22", "SE", 2)


def _event_indexes(desk) -> set[str]:
    from sqlalchemy import inspect

    with desk.engine.connect() as connection:
        return {index["name"] for index in inspect(connection).get_indexes("usage_events")}


def test_a_first_import_keeps_every_index_even_when_cancelled_and_a_lost_one_is_rebuilt(desk, admin,
                                                                                       customers_file, tmp_path):
    """A first import into an empty table may build its look-up indexes at the end (SQLite); whatever
    happens, the table has all of them afterwards, and the next import repairs one that went missing."""
    wanted = {index.name for index in UsageEvent.__table__.indexes}
    assert wanted <= _event_indexes(desk)
    import_file(desk, admin, "customers", customers_file)
    events = write_csv(tmp_path / "events.csv", ("event_id", "customer_id", "occurred_at", "ip_address",
                                                 "event_type"),
                       [(f"E{n}", "C1", "2024-01-01T00:00:00Z", f"10.0.0.{n % 200}", "page_view") for n in range(50)])
    calls = iter(range(100))
    result = import_file(desk, admin, "events", events, batch_size=10, cancel=lambda: next(calls) >= 2)
    assert result["status"] == "cancelled" and wanted <= _event_indexes(desk)
    if desk.engine.dialect.name != "sqlite":
        return  # only SQLite leaves indexes out during a first import, so only there can one go missing
    with desk.engine.begin() as connection:  # as if an import had died with its indexes left out
        next(iter(UsageEvent.__table__.indexes)).drop(connection)
    assert not wanted <= _event_indexes(desk)
    assert import_file(desk, admin, "events", events)["status"] == "done"
    assert wanted <= _event_indexes(desk)
    assert search.search_people(desk, admin, "10.0.0.7")  # the IP look-up works again
