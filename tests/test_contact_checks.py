"""E-mail addresses and phone numbers (docs/design.md section 6: every input validated): e-mail checked offline
by email-validator, a local part or domain that mixes alphabets refused (a Cyrillic 'а' in 'аnna…'), a warning
when another customer has the address; a phone number with letters or an extension refused, never cut."""

from __future__ import annotations

import csv

import pytest
from email_validator import validate_email

from mnu_desk.domain.contact import _PLAIN_EMAIL, check_email, email_problem, phone_e164
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services.imports import import_file
from mnu_desk.services.rectification import rectify

from .factories import add_person

LOOK_ALIKE = "\u0430nna.karlsson@hotmail.com"  # the first letter is Cyrillic


@pytest.mark.parametrize("address", ["anna@exempel.se", "Anna.Karlsson+nyhet@Comhem.SE", "åsa@exempel.se",
                                     "o'brien@exempel.ie", "李@例え.jp", "ольга@пример.рф"])
def test_real_addresses_are_accepted(address):
    assert email_problem(address) is None
    assert check_email(f"  {address} ") == address


def test_the_quick_check_lets_through_only_what_email_validator_accepts():
    """Common addresses skip email-validator (70 µs each, over a minute for a million customers): each Latin-1
    letter the quick check takes in a local part, email-validator takes too."""
    letters = [chr(code) for code in range(0xC0, 0x100) if chr(code) not in "×÷"]
    for letter in letters:
        for address in (f"{letter}@exempel.se", f"a{letter}.{letter}b@exempel.se"):
            assert _PLAIN_EMAIL.fullmatch(address)
            validate_email(address, check_deliverability=False)
            assert email_problem(address) is None
    assert not _PLAIN_EMAIL.fullmatch("a×b@exempel.se") and not _PLAIN_EMAIL.fullmatch("anna@exempel.sé")


@pytest.mark.parametrize("address", ["a@b", "anna@", "@exempel.se", "anna..k@exempel.se", "anna k@exempel.se",
                                     "anna@localhost", "anna@exempel.test", "a" * 250 + "@x.se", "anna@-x.se"])
def test_malformed_addresses_are_refused(address):
    assert email_problem(address) == "bad_email"
    with pytest.raises(ValidationFailed, match="not an e-mail address"):
        check_email(address)


@pytest.mark.parametrize("address", [LOOK_ALIKE, "ann\u0430@exempel.se", "anna@ex\u0430mple.com"])
def test_mixed_alphabets_are_refused(address):
    assert email_problem(address) == "mixed_scripts"
    with pytest.raises(ValidationFailed, match="alphabets"):
        check_email(address)


@pytest.mark.parametrize("text", ["+46 70 123 45 67 ext 9999999999999", "070-123 45 67 x12", "1-800-FLOWERS",
                                  "+46701234567#9", "070 123 45 67 (mobil)", "ring 070-1234567"])
def test_a_phone_number_with_letters_or_an_extension_is_refused(text):
    assert phone_e164(text) is None


@pytest.mark.parametrize("text", ["070-123 45 67", "+46 70 123 45 67", "0046701234567", "(08) 732 21 35",
                                  "070.123.45.67"])
def test_common_notations_still_work(text):
    assert phone_e164(text) in ("+46701234567", "+4687322135")


def test_rectify_refuses_a_look_alike_and_warns_on_an_address_in_use(desk, admin):
    """Policy 9.3.2: a correction is checked; an address another customer holds is saved with a warning."""
    add_person(desk, "100001", email="anna.karlsson@hotmail.com")
    add_person(desk, "100002", email="bo@exempel.se")
    with pytest.raises(ValidationFailed, match="alphabets"):
        rectify(desk, admin, "100002", {"email": LOOK_ALIKE}, "the customer wrote")
    with pytest.raises(ValidationFailed, match="phone"):
        rectify(desk, admin, "100002", {"phone": "+46 70 123 45 67 ext 9999999999999"}, "the customer called")
    done = rectify(desk, admin, "100002", {"email": "Anna.Karlsson@hotmail.com"}, "the customer wrote")
    assert done.warnings == ["email_in_use:100001"]
    assert rectify(desk, admin, "100002", {"city": "Lund"}, "moved").warnings == []


def test_import_rejects_look_alikes_and_phones_with_text(desk, admin, tmp_path):
    path = tmp_path / "customers.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "kind", "first_name", "email", "phone", "created_at"])
        writer.writerow(["C1", "account", "Anna", LOOK_ALIKE, "", "2024-01-01T00:00:00Z"])
        writer.writerow(["C2", "account", "Bo", "bo@exempel.se", "070-123 45 67 ext 12", "2024-01-01T00:00:00Z"])
        writer.writerow(["C3", "account", "Cecilia", "cecilia@exempel.se", "070-123 45 67", "2024-01-01T00:00:00Z"])
    result = import_file(desk, admin, "customers", path)
    assert (result["inserted"], result["rejected"]) == (1, 2)
    with open(result["report"], encoding="utf-8", newline="") as handle:
        codes = [row["code"] for row in csv.DictReader(handle)]
    assert codes == ["mixed_scripts", "bad_phone"]
