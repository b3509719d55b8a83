"""The `namelike` group: character n-grams of known names against ordinary news words (no ../shared needed)."""

from __future__ import annotations

import pytest

from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.namelike import NameLikeness

PEOPLE = ["فابريغاس", "غارسيا", "رودريغيز", "فيرنانديز", "مارتينيز", "غونزاليس", "دروغبا", "لامبارد"]
WORDS = ["المفاوضات", "الحكومة", "يتوعد", "انهيار", "الاقتصاد", "المواطنين", "الوضع", "تحترق", "الاتفاق",
         "الانتخابات", "يستمر", "المشاريع"]


def _lexicon(people: list[str]) -> Lexicon:
    lexicon = Lexicon()
    for name in people:
        lexicon.add_phrase((name,), "PERS")
    return lexicon


def test_unseen_transliterated_name_looks_more_like_a_name_than_a_common_word():
    model = NameLikeness.build(_lexicon(PEOPLE), WORDS)
    assert model.margins("بيريز")["PERS"] > model.margins("الاستثمار")["PERS"]
    assert model.features("هيرنانديز")[:1] in (["nl=4"], ["nl=3"], ["nl=2"])
    assert model.features("في") == []  # too short to judge


def test_listed_words_are_scored_leave_one_out():
    with_it = NameLikeness.build(_lexicon(PEOPLE), WORDS)
    without = NameLikeness.build(_lexicon([p for p in PEOPLE if p != "غارسيا"]), WORDS)
    fair = with_it.margins("غارسيا")["PERS"]
    assert fair == pytest.approx(without.margins("غارسيا")["PERS"], abs=0.05)  # only the vocabulary size differs
    with_it.members = {}  # scored as if it were not listed: its own letters count for it
    assert with_it.margins("غارسيا")["PERS"] > fair + 0.2


def test_file_round_trip_and_featurizer_use(tmp_path):
    model = NameLikeness.build(_lexicon(PEOPLE), WORDS)
    model.write(tmp_path / "namelike.tsv")
    again = NameLikeness.load(tmp_path / "namelike.tsv")
    assert again is not None and again.features("هيرنانديز") == model.features("هيرنانديز")
    assert NameLikeness.load(tmp_path / "missing.tsv") is None
    on = Featurizer(Lexicon(), {}, groups=("namelike",), namelike=again)
    off = Featurizer(Lexicon(), {}, namelike=again)  # group not chosen: no features, whatever is loaded
    assert any(f.startswith("nl=") for f in on.sentence(["هيرنانديز"])[0])
    assert not any(f.startswith("nl=") for f in off.sentence(["هيرنانديز"])[0])
