"""The `soft` group (first-pass probabilities of a word's other occurrences) and BIOES-trained models:
the fast path must build what training built (no ../shared needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.docpass import soft_memory_features, type_columns
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import NerTagger
from marsad.ner.train import TrainOptions, fit_models
from marsad.ner.viterbi import batch_marginals, marginals

NAMES = ["بيكارد", "هارتمان", "فالديز", "كوستين"]


def test_soft_memory_reads_the_other_occurrences_only():
    sents = [["ولد", "فرويد"], ["كان", "فرويد", "و", "فرويد"]]
    probs = [np.array([[0.0], [0.6]]), np.array([[0.0], [0.1], [0.0], [0.3]])]
    feats = soft_memory_features(sents, probs, ["PERS"], key=lambda t: t)
    assert sorted(feats[0][1]) == ["dc=PERS:1", "dp=PERS:m"]  # best other reading 0.3; one other at ≥ 0.2
    assert sorted(feats[1][1]) == ["dc=PERS:2", "dp=PERS:h"]  # 0.6 and 0.3 elsewhere
    assert sorted(feats[1][3]) == ["dc=PERS:1", "dp=PERS:h"]  # its own 0.3 is not counted
    assert feats[0][0] == [] and feats[1][2] == []  # words seen once, or too short


def test_equal_best_readings_count_for_each_other():
    sents = [["هارتمان"], ["هارتمان"], ["هارتمان"]]
    probs = [np.array([[0.7, 0.0]]), np.array([[0.7, 0.0]]), np.array([[0.0, 0.1]])]
    feats = soft_memory_features(sents, probs, ["PERS", "ORG"], key=lambda t: t)
    assert sorted(feats[0][0]) == ["dc=PERS:1", "dp=ORG:l", "dp=PERS:h"]
    assert sorted(feats[2][0]) == ["dc=PERS:2", "dp=PERS:h"]


def test_type_columns_add_the_labels_of_one_type():
    kinds, columns = type_columns(["O", "B-PERS", "E-PERS", "S-LOC"])
    assert kinds == ["PERS", "LOC"]
    probs = np.array([[0.5, 0.2, 0.2, 0.1], [1.0, 0.0, 0.0, 0.0]]) @ columns
    assert probs[0] == pytest.approx([0.4, 0.1]) and probs[1] == pytest.approx([0.0, 0.0])


def test_batched_marginals_equal_one_sentence_at_a_time():
    rng = np.random.default_rng(7)
    trans = rng.normal(size=(5, 5))
    sentences = [rng.normal(size=(n, 5)) for n in (1, 4, 9, 0, 3)]
    for mine, one in zip(batch_marginals(sentences, trans), sentences, strict=True):
        assert mine.shape == one.shape
        if len(one):
            assert mine == pytest.approx(marginals(one, trans), abs=1e-9)


def _corpus() -> list[list[Sentence]]:
    sentences = []
    for name in NAMES * 3:
        sentences.append(Sentence(["قال", "الرئيس", name, "إن", "الوضع", "جيد", "."],
                                  ["O", "O", "B-PERS", "O", "O", "O", "O"]))
        sentences.append(Sentence(["وأضاف", name, "أنه", "سعيد", "في", "باريس", "."],
                                  ["O", "B-PERS", "O", "O", "O", "B-LOC", "O"]))
    return documents(sentences, size=4)


@pytest.fixture(scope="module", params=[("bio", 1), ("bioes", 2)])
def soft_model(tmp_path_factory, request):
    scheme, rounds = request.param
    out = tmp_path_factory.mktemp(f"ner-soft-{scheme}")
    options = TrainOptions(c1=0.0, c2=0.01, iterations=30, features=("soft",), scheme=scheme)
    fit_models(Featurizer(Lexicon(), {}, groups=options.features), _corpus(), out, options)
    meta = {"options": {"features": ["soft"], "scheme": scheme, "rounds": rounds}}
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return out


def test_fast_path_adds_soft_features_as_training_does(soft_model, same_as_reference):
    tagger = NerTagger(soft_model, lexicon=Lexicon())
    assert any(a.startswith(("dp=", "dc=")) for a in tagger.scorer.index)
    sentences = [["قال", "الرئيس", "سانتوري", "إن", "الوضع", "جيد", "."], ["وأضاف", "سانتوري", "أنه", "سعيد", "."], []]
    fast = same_as_reference(tagger, sentences)
    assert all(t[:2] in ("O", "B-", "I-") for sent in fast for t in sent)  # BIO out, whatever was learned
