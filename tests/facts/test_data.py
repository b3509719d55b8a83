"""The YAML knowledge files keep their shape; numbers parse as the README says."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.doc import Document
from marsad.facts.numbers import find_numbers, lexicon, load_yaml, parse_digits
from marsad.facts.quantities import default_units, find_quantities
from marsad.facts.times import default_lexicon, find_times
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def test_units_yaml_schema():
    data = load_yaml("units.yaml")
    for name, forms in data["units"].items():
        assert re.fullmatch(r"[a-z0-9]+", name) and forms and all(isinstance(f, str) for f in forms)
    for item in data["currencies"]:
        codes = [item.get("default"), *(item.get("qualifiers") or {}).values()]
        assert all(c is None or re.fullmatch(r"[A-Z]{3}", c) for c in codes)
        assert item["forms"]


def test_months_yaml_schema():
    data = load_yaml("months.yaml")
    assert sorted(data["gregorian"]) == list(range(1, 13)) == sorted(data["hijri"])
    assert sorted(data["weekdays"]) == list(range(7))


def test_lexicons_load_and_compile():
    assert len(lexicon()) > 300
    assert default_units().unit_re.pattern
    assert len(default_lexicon().patterns) >= 10


@pytest.mark.parametrize("text,value", [
    ("3,500", 3500), ("3,5", 3.5), ("1,500,000", 1500000), ("4ر16", 16.4), ("17ر2111", 2111.17), ("15ر0", 0.15), ("2.75", 2.75),
    ("1.500.000", 1500000), ("12", 12),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


def test_list_of_numbers_is_not_summed():
    norm = normalize("بين 10 و20 وبين عشرة وعشرين")
    assert [n.value for n in find_numbers(norm.text)] == [10, 20, 10, 20]


_PIECES = ["70 بالمائة", "الثامنة عشرة", "اليوم الخميس", "13 أكتوبر 2019", "٣٥ قتيلاً", "هـ", "ـ", "\u064e",
           "مليار ونصف دولار", "في غضون عام", "،", " ", "\n", "وأمس", "للعام الماضي", "١٤٤١", "5%", "ألفا"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_every_span_is_a_view_into_the_original(pieces):
    text = "".join(pieces)
    doc = Document(text, published="2019-10-24")
    doc.norm = normalize(text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text, doc.sentences)
    doc.times = find_times(doc)
    for span in doc.times + find_quantities(doc):
        assert text[span.start:span.end] == span.text
