"""A word starting with س + ي/ت/ن is a future verb only when what follows the س does not start a listed
noun (سيارة، سياسة، سيدني، سيطرة، سيريزا): a bare month before such a noun is still the past one; the
future's س never joins a name ("سمكة قرش" is no Mecca, "ستالين" no Tallinn); a participle describing a
body is not part of its name ("اللجنة المركزية المكونة من 201 عضو"). Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.facts.times import default_lexicon
from marsad.text.normalize import normalize_form

DATE = "2015-08-01"


@pytest.mark.parametrize(("word", "future"), [
    ("سيارة", False), ("سياسة", False), ("سيدني", False), ("سيطرة", False), ("سيناريو", False),
    ("سيزور", True), ("ستعقد", True), ("سيدخل", True), ("سيطلق", True), ("سيرسل", True), ("سنتخذ", True),
])
def test_future_verbs_and_nouns(word: str, future: bool) -> None:
    assert bool(default_lexicon().future.search(normalize_form(f"قال {word} أمس"))) is future


def test_a_month_after_sydney_is_the_past_one() -> None:
    doc = analyze("وهو امتداد ساحلي قرب سيدني شهد هجومين لأسماك القرش في تموز - يوليو.", published=DATE)
    assert [t.value for t in doc.times] == ["2015-07"]


def test_a_month_after_a_future_verb_is_the_next_one() -> None:
    doc = analyze("وسيدخل القانون حيز التنفيذ في يوليو.", published=DATE)
    assert [t.value for t in doc.times] == ["2016-07"]


@pytest.mark.parametrize("text", ["صارع شخص سمكة قرش على الساحل.", "في عهد ستالين وقعت المجاعة.",
                                  "وكان ذلك سببًا في الأزمة."])
def test_the_future_particle_joins_no_name(text: str) -> None:
    """The knowledge-base matcher's names (the learned tagger may rightly find ستالين)."""
    assert not [m for m in analyze(text, published=DATE).mentions if m.kind == "name" and m.origin != "tagger"]


def test_a_describing_participle_is_not_part_of_the_name() -> None:
    doc = analyze("وقال عضو اللجنة المركزية المكونة من 201 عضو إن الأغلبية صوتت.", published=DATE)
    assert "اللجنة المركزية" in [m.text for m in doc.mentions if m.type == "ORG"]
