"""The `repeat` feature group: how often a word occurs in the document, for both CRFs (no ../shared needed)."""

from __future__ import annotations

import json

import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.docpass import repeat_features
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import NerTagger
from marsad.ner.train import TrainOptions, fit_models

NAMES = ["بيكارد", "هارتمان", "فالديز", "كوستين"]


def test_repeat_counts_keys_across_the_document():
    sents = [["قال", "فرويد", "إن"], ["وكان", "فرويد", "و", "فرويد"], ["درس", "الطب"]]
    clustered = {"قال", "إن", "وكان", "درس", "الطب"}.__contains__
    feats = repeat_features(sents, key=lambda t: t, clustered=clustered)
    assert feats[0][1] == ["rp=3", "rpn=3"]  # three times, unknown to the news clusters
    assert feats[0][0] == ["rp=1"]  # once, and a known word: no rpn
    assert feats[1][2] == []  # shorter than three letters: no count
    assert feats[2][1] == ["rp=1"]


def test_repeat_uses_the_featurizer_key():
    featurizer = Featurizer(Lexicon(), {}, groups=("repeat",))
    feats = featurizer.document([["هارتمان", "قال"], ["والهارتمان"]])
    assert feats is not None
    assert feats[0][0][0] == feats[1][0][0] == "rp=2"  # و+ال off: the same word
    assert Featurizer(Lexicon(), {}).document([["هارتمان"]]) is None


def _corpus() -> list[list[Sentence]]:
    sentences = []
    for name in NAMES * 3:
        sentences.append(Sentence(["قال", name, "إن", "الوضع", "جيد", "."], ["O", "B-PERS", "O", "O", "O", "O"]))
        sentences.append(Sentence(["وأضاف", name, "أنه", "سعيد", "."], ["O", "B-PERS", "O", "O", "O"]))
    return documents(sentences, size=4)


@pytest.fixture(scope="module")
def repeat_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-repeat")
    options = TrainOptions(c1=0.0, c2=0.01, iterations=30, features=("repeat",))
    fit_models(Featurizer(Lexicon(), {}, groups=options.features), _corpus(), out, options)
    (out / "meta.json").write_text(json.dumps({"options": {"features": ["repeat"]}}), encoding="utf-8")
    return out


def test_fast_path_adds_document_features_as_training_does(repeat_model, same_as_reference):
    tagger = NerTagger(repeat_model, lexicon=Lexicon())
    assert any(a.startswith(("rp=", "rpn=")) for a in tagger.scorer.index)
    sentences = [["قال", "سانتوري", "إن", "الوضع", "جيد", "."], ["وأضاف", "سانتوري", "أنه", "سعيد", "."], []]
    same_as_reference(tagger, sentences)
