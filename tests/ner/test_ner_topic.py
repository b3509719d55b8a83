"""The `topic` feature group: a document's topic from its topic words, joined with each word's traits, for
both CRFs and the fast path alike (no ../shared needed)."""

from __future__ import annotations

import json

import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.docpass import document_topic
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import NerTagger
from marsad.ner.train import TrainOptions, fit_models

SPORT = ["انتهت", "المباراة", "في", "الملعب", "بين", "الفريق", "والمدرب", "في", "الدوري"]
CLUBS = ["بيكارد", "هارتمان", "فالديز", "كوستين"]


def _words(featurizer: Featurizer, tokens: list[str]) -> list:
    return [featurizer.word(t) for t in tokens]


def test_a_topic_needs_four_words_and_twice_the_next():
    featurizer = Featurizer(Lexicon(), {}, groups=("topic",))
    assert document_topic(_words(featurizer, SPORT)) == "sport"  # المباراة، الملعب، الفريق، المدرب، الدوري
    assert document_topic(_words(featurizer, SPORT[:4])) == ""  # two topic words: too few
    mixed = SPORT + ["الشركة", "الأسهم", "البورصة", "أرباح"]
    assert document_topic(_words(featurizer, mixed)) == ""  # five sport words against four business ones
    assert document_topic(_words(featurizer, ["قال", "الرئيس"])) == ""


def test_topic_features_join_the_topic_with_the_word_traits():
    featurizer = Featurizer(Lexicon(), {"ليون": ("7", "8", "9")}, groups=("topic",))
    feats = featurizer.document([SPORT, ["فاز", "ليون"]])
    assert feats is not None
    assert feats[1][1] == ["tp=sport", "tp=sport|c0=7"]
    assert feats[1][0] == ["tp=sport", "tp=sport|c=none"]
    assert featurizer.document([["قال", "ليون"]]) == [[[], []]]  # no topic: nothing


def _corpus() -> list[list[Sentence]]:
    sentences = []
    for club in CLUBS * 3:
        sentences.append(Sentence(SPORT + ["."], ["O"] * (len(SPORT) + 1)))
        sentences.append(Sentence(["وفاز", club, "على", "منافسه", "."], ["O", "B-ORG", "O", "O", "O"]))
        sentences.append(Sentence(["وقال", club, "إن", "الوضع", "جيد", "."], ["O", "B-PERS", "O", "O", "O", "O"]))
    return documents(sentences, size=3)


@pytest.fixture(scope="module")
def topic_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-topic")
    options = TrainOptions(c1=0.0, c2=0.01, iterations=30, features=("repeat", "topic"))
    fit_models(Featurizer(Lexicon(), {}, groups=options.features), _corpus(), out, options)
    (out / "meta.json").write_text(json.dumps({"options": {"features": ["repeat", "topic"]}}), encoding="utf-8")
    return out


def test_fast_path_adds_topic_features_as_training_does(topic_model, same_as_reference):
    tagger = NerTagger(topic_model, lexicon=Lexicon())
    assert any(a.startswith("tp=sport") for a in tagger.scorer.index)
    for sentences in ([SPORT, ["وفاز", "سانتوري", "على", "منافسه", "."], []], [["وفاز", "سانتوري", "."]]):
        same_as_reference(tagger, sentences)
