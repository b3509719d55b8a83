"""The `works` feature group: a quoted span right after a title word (برنامج « … »، بعنوان "…") is marked as
a likely title of a work, title and venue words speak first in `since`, and the fast path adds the same
features as training (no ../shared needed)."""

from __future__ import annotations

import json

import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import NerTagger
from marsad.ner.train import TrainOptions, fit_models


def _lexicon() -> Lexicon:
    return Lexicon(cues={"برنامج": {"org", "work"}, "بعنوان": {"work"}, "ملعب": {"loc", "venue"}})


def _marks(tokens: list[str], groups=("works",)) -> list[list[str]]:
    feats = Featurizer(_lexicon(), {}, groups=groups).sentence(tokens)
    return [[f for f in tok if f.startswith(("qw=", "af="))] for tok in feats]


def test_a_quoted_span_after_a_title_word_is_marked():
    marks = _marks(["قدم", "برنامج", "«", "الناس", "وأنا", "»", "أمس"])
    assert marks[3] == ["qw=in", "qw=first"] and marks[4] == ["qw=in", "qw=last"]
    assert marks[2] == marks[5] == marks[6] == []


def test_quotes_without_a_title_word_or_too_long_are_not():
    assert _marks(["قال", "«", "الناس", "وأنا", "»"]) == [[]] * 5
    long_quote = ["بعنوان", "«", *["كلمة"] * 7, "»"]
    assert not any(_marks(long_quote))  # seven words: a quotation, not a title
    assert not any(_marks(["قدم", "برنامج", "«", "الناس", "»"], groups=()))  # the group is off


def test_since_reads_title_and_venue_words_first_and_through_the_opening_quote():
    marks = _marks(["بعنوان", "«", "حكايات", "»"], groups=("works", "since"))
    assert "af=work2" in marks[2]  # the opening quote does not end the phrase
    assert "af=venue1" in _marks(["على", "ملعب", "فيسر"], groups=("works", "since"))[2]
    assert "af=loc1" in _marks(["على", "ملعب", "فيسر"], groups=("since",))[2]  # without it: a place word
    closed = _marks(["قال", "،", "«", "حكايات", "»"], groups=("works", "since"))
    assert not any(f.startswith("af=") for tok in closed for f in tok)


def _corpus() -> list[list[Sentence]]:
    titles = ["حكايات", "مانشيت", "أصداء", "سهرة"]
    sentences = []
    for title in titles * 3:
        sentences.append(Sentence(["قدمت", "برنامج", "«", title, "»", "."], ["O", "O", "O", "B-MISC", "O", "O"]))
        sentences.append(Sentence(["وقال", title, "إن", "الوضع", "جيد", "."], ["O", "B-PERS", "O", "O", "O", "O"]))
    return documents(sentences, size=2)


@pytest.fixture(scope="module")
def works_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-works")
    groups = ("since", "works")
    options = TrainOptions(c1=0.0, c2=0.01, iterations=30, features=groups)
    fit_models(Featurizer(_lexicon(), {}, groups=groups), _corpus(), out, options)
    (out / "meta.json").write_text(json.dumps({"options": {"features": list(groups)}}), encoding="utf-8")
    return out


def test_fast_path_adds_works_features_as_training_does(works_model, same_as_reference):
    tagger = NerTagger(works_model, lexicon=_lexicon())
    assert "qw=in" in tagger.scorer.index
    sentences = [["قدمت", "برنامج", "«", "جديد", "»", "."], ["بعنوان", "«", "ليالي", "الأنس", "»"], []]
    tags = same_as_reference(tagger, sentences)
    assert tags[0][3] == "B-MISC"  # a word never seen, named a title by where it stands


def test_its_cue_kinds_are_features_only_with_the_group():
    tokens = ["برنامج", "ملعب"]
    plain = Featurizer(_lexicon(), {}, groups=()).sentence(tokens)
    assert "cue=org" in plain[0] and "cue=work" not in plain[0] and "cue=venue" not in plain[1]
    works = Featurizer(_lexicon(), {}, groups=("works",)).sentence(tokens)
    assert "cue=work" in works[0] and "cue=venue" in works[1]
