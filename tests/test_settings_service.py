"""The settings services behind the settings dialog, the profiles window and the first-run wizard: the shop's
settings checked whole before one transaction stores them, this computer's own settings, the signing key's
expiry warning, and profiles given field by field or renamed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from mnu_desk.db.models import AuditEntry
from mnu_desk.domain.clock import utcnow
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.services import credentials, desk_config, keys, ledger, profiles, settings


def test_several_settings_change_in_one_transaction_with_an_audit_entry_each(desk, admin):
    changed = settings.change_many(desk, admin, {"company_name": "  m.nu   Butik AB ", "org_no": "5568718133",
                                                 "further_copy_fee": "99,5", "fiscal_year_end": "6-30"})
    assert sorted(changed) == ["company_name", "fiscal_year_end", "further_copy_fee"]  # org_no: same number
    shop = settings.load(desk)
    assert (shop.company_name, shop.org_no, shop.further_copy_fee, shop.fiscal_year_end) == \
        ("m.nu Butik AB", "556871-8133", Decimal("99.50"), "06-30")
    with desk.read() as session:
        subjects = session.scalars(select(AuditEntry.subject).where(AuditEntry.action == "setting_changed")).all()
    assert sorted(subjects) == ["setting:company_name", "setting:fiscal_year_end", "setting:further_copy_fee"]


@pytest.mark.parametrize(("key", "value"), [
    ("further_copy_fee", "-1"), ("further_copy_fee", "1.005"), ("fiscal_year_end", "02-30"),
    ("org_no", "556871-8134"), ("company_name", "   "), ("envelope_window_mm", [150, 45, 85, 40]),
    ("envelope_window_mm", [20, 250, 85, 40]), ("erasure_ledger_path", "relative/ledger.jsonl"),
    ("company_address", ["x" * 81]),
])
def test_one_bad_value_saves_none_of_them(desk, admin, key, value):
    with pytest.raises(ValidationFailed):
        settings.change_many(desk, admin, {"company_name": "Annat AB", key: value})
    assert settings.load(desk).company_name == "m punkt nu Sverige AB"


def test_only_an_admin_changes_settings(desk, make_agent):
    with pytest.raises(PermissionDenied):
        settings.change_many(desk, make_agent("sven", "supervisor"), {"company_name": "Annat AB"})


def test_the_ledger_path_is_this_desks_own_then_the_shops_then_the_data_folder(desk, admin, tmp_path):
    with desk.read() as session:
        assert ledger.default_path(session).name == f"erasure-ledger-{ledger.database_id(session)}.jsonl"
    settings.change(desk, admin, "erasure_ledger_path", str(tmp_path / "shared.jsonl"))
    with desk.read() as session:
        assert ledger.default_path(session) == tmp_path / "shared.jsonl"
    try:
        desk_config.set_ledger_path(tmp_path / "here.jsonl")
        with desk.read() as session:
            assert ledger.default_path(session) == tmp_path / "here.jsonl"
    finally:
        desk_config.set_ledger_path(None)
    settings.change(desk, admin, "erasure_ledger_path", "")  # back to the default: the row goes
    assert settings.load(desk).erasure_ledger_path is None
    with pytest.raises(ValidationFailed):
        desk_config.set_ledger_path(tmp_path)  # a folder, not a file


def test_the_key_warning_starts_30_days_before_expiry():
    now = utcnow()
    info = keys.KeyInfo(1, "CN=x", now - timedelta(days=300), now + timedelta(days=31, hours=1), "ab")
    assert keys.days_to_expiry_warning(info, now) is None
    assert keys.days_to_expiry_warning(info, now + timedelta(days=2)) == 29
    assert keys.days_to_expiry_warning(info, now + timedelta(days=40)) == 0


def test_a_key_file_that_cannot_be_read_is_refused_with_its_reason(desk, admin, tmp_path):
    with pytest.raises(ValidationFailed, match=r"Cannot read .*missing\.p12.*No such file or directory"):
        keys.import_p12_file(desk, admin, tmp_path / "missing.p12", "passphrase-1")
    with pytest.raises(ValidationFailed, match="Choose the PKCS#12 file"):
        keys.import_p12_file(desk, admin, "  ", "passphrase-1")


def test_a_profile_from_fields_and_back():
    url = profiles.url_from_parts("mariadb", " db.example ", 3306, "mnu", "desk")
    assert url.startswith("mysql+pymysql://desk@db.example/mnu")
    assert profiles.parts_of(url) == {"backend": "mariadb", "host": "db.example", "port": 3306, "database": "mnu",
                                      "user": "desk"}
    assert profiles.url_from_parts("postgresql", "h", 6543, "d", "") == "postgresql+psycopg://h:6543/d"
    for bad in (("postgresql", "", 5432, "d", "u"), ("postgresql", "h", 70000, "d", "u"), ("oracle", "h", 1, "d", "u")):
        with pytest.raises(ValidationFailed):
            profiles.url_from_parts(*bad)


def test_a_renamed_profile_keeps_its_password_under_the_new_name():
    profiles.add_profile("gammal", "postgresql+psycopg://desk:pw-1@db/mnu")
    try:
        profiles.edit_profile("gammal", "ny", "postgresql+psycopg://desk@db2/mnu")
        assert [p.name for p in profiles.list_profiles()] == ["ny"]
        assert credentials.get(credentials.profile_account("ny")) == "pw-1"
        assert credentials.get(credentials.profile_account("gammal")) is None
        with pytest.raises(ValidationFailed, match="already exists"):
            profiles.add_profile("ny", "postgresql+psycopg://desk@db3/mnu", replace=False)
    finally:
        profiles.remove_profile("ny")
