"""Demo data only into an empty database (docs/design.md section 7)."""

from mnu_desk.cli.main import main
from mnu_desk.db.models import AuditEntry, Person

from .factories import add_person


def test_demo_is_refused_on_a_database_with_agents(desk, admin, capsys, db_url):
    """Demo people among real customers would be letters, extracts and erasures about no one."""
    assert main(["--db", db_url, "--lang", "en", "demo", "--customers", "5"]) == 1
    assert "empty database" in capsys.readouterr().err
    with desk.read() as session:
        assert session.query(Person).count() == 0
        assert session.query(AuditEntry).filter_by(action="demo_data_loaded").count() == 0


def test_demo_is_refused_on_a_database_with_people(desk, capsys, db_url):
    add_person(desk, "100001")
    assert main(["--db", db_url, "demo", "--customers", "5"]) == 1
    with desk.read() as session:
        assert session.query(Person).count() == 1


def test_demo_fills_an_empty_database(desk, capsys, db_url):
    assert main(["--db", db_url, "demo", "--customers", "5"]) == 0
    with desk.read() as session:
        assert session.query(Person).count() >= 5
