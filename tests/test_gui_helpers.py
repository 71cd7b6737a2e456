"""Helpers shared by the GUI tests (no tests of its own): the compiled translations, one executor per test that
is shut down before its database goes, and people to look up. The fixtures themselves live in each test
module, as thin wrappers, so that no module imports a fixture by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from mnu_desk.db.models import Order, Person
from mnu_desk.gui import language
from mnu_desk.gui.widgets.executor import Executor
from mnu_desk.paths import asset

from .factories import add_person

WAIT_MS = 15_000  # a worker result on a slow CI backend


def build_translations() -> None:
    """The .qm files are built from the .ts sources (as `make translations` does) when missing or older."""
    folder = asset("resources", "translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in folder.glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)


def swedish_window():
    """For a fixture: the window in its default language, as an agent sees it; Swedish again afterwards
    (a test may switch to English)."""
    build_translations()
    language.install("sv")
    yield
    language.install("sv")
    language.save_language("sv")


def running_executor():
    """For a fixture: one executor per test, shut down (and so idle) before the test's database is
    dropped; a test lists `desk` before `executor` so that pytest tears them down in that order."""
    pool = Executor()
    yield pool
    assert pool.shutdown(30_000), "the worker did not finish"


def shown_main_window(qtbot, executor, desk, actor):
    """The main window for `actor`, shown and owned by qtbot."""
    from mnu_desk.gui.main_window import MainWindow

    main = MainWindow(executor, desk, actor, "test")
    qtbot.addWidget(main.ui)
    main.show()
    qtbot.waitExposed(main.ui)
    return main


def demo_people(desk) -> None:
    """Thirty generated people of every kind with all their data, and one known person, Åsa Östberg."""
    from mnu_desk.services.demo import generate_demo

    generate_demo(desk.engine, 30, seed=3)
    add_person(desk, customer_no="900001", first="Åsa", last="Östberg", email="asa.ostberg@exempel.se",
               order_no="9900001")


def person_with_orders(desk) -> tuple[str, str, str, list[str]]:
    """(customer no., first name, last name, order numbers) of a generated person with several orders; read
    straight from the tables, which only a test may do."""
    with desk.read() as session:
        people = session.execute(select(Person.id, Person.customer_no, Person.first_name, Person.last_name)
                                 .where(Person.kind == "account", Person.status == "active")
                                 .order_by(Person.id)).all()
        for person_id, customer_no, first, last in people:
            orders = session.scalars(select(Order.order_no).where(Order.person_id == person_id)).all()
            if len(orders) >= 2:
                return customer_no, first, last, sorted(orders)
    raise AssertionError("the demo data has no account holder with two orders")
