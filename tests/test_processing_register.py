"""The processing register says what the policy says (policy sections 3-7; GDPR art. 15(1))."""

import re

import pytest

from mnu_desk.services.register import load_register

POLICY_SECTION_3 = ["identity", "address", "contact", "account", "usage", "interests", "newsletter", "purchases"]


def test_every_category_of_policy_section_3_is_registered():
    assert set(POLICY_SECTION_3) <= set(load_register().codes())


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_category_has_purpose_basis_retention_and_source(lang):
    register = load_register()
    for code in register.codes():
        info = register.category(code, lang)
        assert info.name and info.purposes and info.legal_bases and info.retention and info.source, code


def test_every_desk_record_has_a_retention_rule():
    """docs/design.md section 4: every record of the desk itself has a retention rule."""
    register = load_register()
    for code in ["requests", "letters", "issued_extracts", "audit_payloads", "guest_buyers", "newsletter_only"]:
        assert register.category(code).retention_rule


def test_purchases_are_kept_by_bookkeeping_law():
    """Policy 5.4 and 9.3.3: bookkeeping data stays as long as the law demands."""
    info = load_register().category("purchases", "sv")
    assert "bokföringslagen 7 kap. 2 §" in info.retention
    assert any("Rättslig förpliktelse" in b for b in info.legal_bases)


def test_profiling_is_named_with_the_right_to_object():
    assert "21" in load_register().automated_decisions("en") and "22" in load_register().automated_decisions("en")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_each_purpose_is_paired_with_its_own_legal_basis(lang):
    """docs/design.md "The extract as a document": the legal basis paired with each purpose (art. 13(1)(c),
    15(1)(a)), for the policy's categories and the desk's own records alike."""
    register = load_register()
    for code in [*register.codes(), *register.desk_record_codes()]:
        info = register.category(code, lang)
        assert info.purpose_bases, code
        assert all(purpose and basis for purpose, basis in info.purpose_bases), code
        assert [basis for _purpose, basis in info.purpose_bases if basis not in info.legal_bases] == []


def test_policy_references_are_the_clauses_that_say_it():
    """Carriers are not in policy 7.1 (it names partners and credit and payment providers); 6.1 names no 36
    months; 5.4 is the bookkeeping obligation, not the desk's duty to answer requests."""
    import json

    from mnu_desk.paths import asset

    data = json.loads(asset("resources", "processing_register.json").read_text(encoding="utf-8"))
    assert "7.1" not in data["recipient_roles"]["carrier"]["sv"] + data["recipient_roles"]["carrier"]["en"]
    register = load_register()
    for entry in [*data["categories"], *data["desk_records"]]:
        for lang in ("sv", "en"):
            retention = register.category(entry["code"], lang).retention  # with the periods in words
            assert not re.search(r"36 (månader|months)[^;]*policy 6\.1", retention), entry["code"]
    for entry in data["desk_records"]:
        if entry["code"] not in ("guest_buyers",):  # a guest's invoices are bookkeeping
            assert {p["basis"] for p in entry["purposes"]}.isdisjoint({"legal_obligation"}), entry["code"]


def test_the_article_22_statement_has_both_limbs():
    """Art. 22(1): decisions with legal effects, or that similarly significantly affect the person."""
    register = load_register()
    assert "rättsliga följder" in register.automated_decisions("sv")
    assert "på liknande sätt i betydande grad påverkar" in register.automated_decisions("sv")
    assert "legal effects" in register.automated_decisions("en")
    assert "similarly significantly affect" in register.automated_decisions("en")
