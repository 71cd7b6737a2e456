"""The code tables: every stored code has its words in each language (GDPR art. 12(1): intelligible form)."""

from mnu_desk.i18n import codes


def test_both_languages_hold_the_same_groups_and_codes():
    sv, en = codes.table("sv"), codes.table("en")
    assert sorted(sv) == sorted(en)
    for group in sv:
        assert sorted(sv[group]) == sorted(en[group]), group


def test_no_code_is_without_words():
    for lang in codes.LANGUAGES:
        for group, entries in codes.table(lang).items():
            for code, text in entries.items():
                assert text.strip(), (lang, group, code)


def test_unknown_code_is_refused_by_words_and_shown_as_stored_by_words_or_code():
    import pytest

    with pytest.raises(codes.UnknownCode):
        codes.words("event_type", "no_such_code", "sv")
    assert codes.words_or_code("event_type", "no_such_code", "sv") == "no_such_code"
    assert codes.words("event_type", "page_view", "sv") != "page_view"
