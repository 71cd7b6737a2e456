"""The processing register says what the policy says (policy sections 3-7; GDPR art. 15(1))."""

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
