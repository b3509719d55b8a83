"""Knowledge base: loading, schemas, dated office holders, variants."""

from __future__ import annotations

import time

import pytest

from marsad.config import Config
from marsad.errors import DataError
from marsad.kb import KBEntry, load_kb
from marsad.kb.loader import DATA, _tsv, entry_from_record, parse_role
from marsad.kb.model import Role
from marsad.kb.variants import nisba_forms
from marsad.text.normalize import normalize_form


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def test_load_is_fast_and_cached(kb):
    began = time.perf_counter()
    again = load_kb(Config())
    assert again is kb
    assert time.perf_counter() - began < 0.1


def test_alias_counts_by_type(kb):
    stats = kb.stats()
    assert stats["entries_GPE"] >= 390  # countries and capitals
    assert stats["entries_PER"] >= 250
    assert stats["aliases_nisba"] >= 1500
    assert stats["aliases_role"] >= 50


@pytest.mark.parametrize("date, expected", [
    ("2019-10-24", "Hassan Rouhani"),
    ("2025-03-01", "Masoud Pezeshkian"),
    ("2022-01-01", "Ebrahim Raisi"),
    ("2010-06-01", "Mahmoud Ahmadinejad"),
])
def test_holder_by_date(kb, date, expected):
    assert kb.holder("president", "IRN", date).canonical_en == expected


def test_holder_without_date_is_latest(kb):
    assert kb.holder("president", "IRN").canonical_en == "Masoud Pezeshkian"
    assert kb.holder("secretary_general", "org.un").canonical_en == "António Guterres"


def test_holder_unknown_is_none(kb):
    assert kb.holder("president", "IRN", "1850-01-01") is None
    assert kb.holder("emperor", "IRN", "2019-01-01") is None


def test_get_entry_fields(kb):
    entry = kb.get("per.ilham-aliyev")
    assert isinstance(entry, KBEntry)
    assert (entry.type, entry.country, entry.actor_code) == ("PER", "AZE", "AZEGOV")
    assert entry.roles[0].office == "president"
    assert kb.get("gpe.AZE").actor_code == "AZE"
    tehran = kb.get("gpe.tehran")
    assert (tehran.role, tehran.country, tehran.actor_code) == ("capital", "IRN", "IRNGOV")
    assert kb.get("nope") is None


def test_every_extra_country_has_capital_and_known_code():
    base = {row["iso3"] for row in _tsv(DATA / "countries.tsv")}
    extra = list(_tsv(DATA / "country_extra.tsv"))
    assert len(extra) >= 190
    for row in extra:
        assert row["capital_en"] and row["capital_ar"], row["iso3"]
        assert row["iso3"] in base or row["name_en"], row["iso3"]


def test_people_roles_are_ordered():
    for entry in load_kb(Config()).entries.values():
        for role in entry.roles:
            assert not role.end or role.start <= role.end, (entry.id, role)


def test_nisba_forms_generated():
    forms = set(nisba_forms("إيراني"))
    for word in ("إيراني", "الإيراني", "الإيرانية", "إيرانية", "الإيرانيون", "الإيرانيين"):
        assert normalize_form(word) in forms
    assert normalize_form("الكورية الشمالية") in set(nisba_forms("كوري شمالي"))


def test_role_covers_partial_dates():
    role = Role("president", "IRN", "2013-08-03", "2021-08-03")
    assert role.covers("2019") and role.covers("2021-08") and role.covers("2013-08-03")
    assert not role.covers("2021-08-04") and not role.covers("2012")


def test_bad_records_raise():
    with pytest.raises(DataError):
        parse_role("president", "x")
    with pytest.raises(DataError):
        parse_role("president IRN 2013/08/03", "x")
    with pytest.raises(DataError):
        entry_from_record({"id": "zzz.x", "canonical_en": "X"}, "x")


def test_user_file_extends_kb(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {id: per.test-person, canonical_en: Test Person, canonical_ar: زيد التجريبي,"
                    " country: IRN, roles: [mayor IRN 2020-01-01 -]}\n", encoding="utf-8")
    kb = load_kb(Config(kb_paths=(str(path),)))
    assert kb.get("per.test-person").actor_code == "IRNGOV"
    assert kb.holder("mayor", "IRN", "2021-01-01").id == "per.test-person"
    assert load_kb(Config()).get("per.test-person") is None
