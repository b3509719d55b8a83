"""The fast decoding path (crfmodel.py, viterbi.py) gives crfsuite's scores and tags (no ../shared needed)."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pycrfsuite
import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.crfmodel import CrfWeights, read_model
from marsad.ner.features import FEATURE_GROUPS, Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import FIRST, SECOND, NerTagger
from marsad.ner.train import TrainOptions, fit_models
from marsad.ner.viterbi import CachedScorer, viterbi

NAMES = ["بيكارد", "هارتمان", "فالديز", "كوستين", "مارلو", "سانتوري"]
CITIES = ["كراكوف", "فيرونا", "لاهور"]
SENTENCES = [
    ["قال", "الرئيس", "رولاند", "بيكارد", "في", "مدينة", "كراكوف", "«", "الجديدة", "»", "."],
    ["وأضاف", "بيكارد", "أن", "وزارة", "الشؤون", "الخارجية", "،", "قالت", "(", "كلاما", ")", "."],
    ["مرحبا"],
    [],
    ["والمستشار", "هارتمان", "زار", "فيرونا", "ولاهور", "\"", "أمس", "\"", "."],
]


def _lexicon() -> Lexicon:
    lexicon = Lexicon(cues={"وزاره": {"org"}, "الرئيس": {"title"}, "مدينه": {"loc"}})
    lexicon.add_phrase(("رولاند", "بيكارد"), "PERS")
    lexicon.add_phrase(("كراكوف",), "LOC")
    return lexicon


def _corpus() -> list[list[Sentence]]:
    sentences = []
    for k, name in enumerate(NAMES):
        city = CITIES[k % 3]
        sentences.append(Sentence(["قال", "الرئيس", name, "في", "مدينة", city, "."],
                                  ["O", "O", "B-PERS", "O", "O", "B-LOC", "O"]))
        sentences.append(Sentence(["وأضاف", name, "أن", "الوضع", "جيد", "."], ["O", "B-PERS", "O", "O", "O", "O"]))
    return documents(sentences, size=4)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-viterbi")
    fit_models(Featurizer(_lexicon(), {}), _corpus(), out, TrainOptions(c1=0.0, c2=0.01, iterations=40))
    return out


def test_read_model_matches_crfsuite_dump(model_dir):
    weights = read_model(model_dir / SECOND)
    info = pycrfsuite.Tagger()
    info.open(str(model_dir / SECOND))
    dump = info.info()
    assert sorted(weights.labels) == sorted(dump.labels)
    attr = {a: i for i, a in enumerate(weights.attributes)}
    label = {lab: i for i, lab in enumerate(weights.labels)}
    for (a, lab), w in dump.state_features.items():
        assert weights.state[attr[a], label[lab]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in dump.transitions.items():
        assert weights.transitions[label[a], label[b]] == pytest.approx(w, abs=1e-6)
    assert np.count_nonzero(weights.state) == len(dump.state_features)


def test_read_model_rejects_other_files(tmp_path):
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError):
        read_model(path)


def test_fast_tags_equal_crfsuite_tags(model_dir):
    tagger = NerTagger(model_dir, lexicon=_lexicon())
    fast = tagger.tag_document(SENTENCES)
    slow, slow_probs = tagger.tag_reference(SENTENCES)
    assert fast == slow
    tags, probs = tagger.tag_scored(SENTENCES)
    assert tags == fast
    assert any(p > 0 for sent in probs for p in sent)
    for sent, ref in zip(probs, slow_probs, strict=True):
        assert sent == pytest.approx(ref, abs=1e-9)
    assert fast[0][3] == "B-PERS" or fast[0][2:4] == ["B-PERS", "I-PERS"]
    assert fast[3] == []
    tagger.clear()
    assert tagger.tag_document(SENTENCES) == fast
    assert tagger.tag_document([]) == []


def test_one_pass_model_folder(model_dir, tmp_path):
    (tmp_path / FIRST).write_bytes((model_dir / FIRST).read_bytes())
    tagger = NerTagger(tmp_path, lexicon=_lexicon())
    assert tagger.second is None
    assert tagger.tag_document(SENTENCES) == tagger.tag_reference(SENTENCES, scores=False)[0]
    fast, slow = tagger.tag_scored(SENTENCES)[1], tagger.tag_reference(SENTENCES)[1]
    assert sum(fast, []) == pytest.approx(sum(slow, []), abs=1e-9)


def test_batched_tag_marginals_equal_one_sentence_at_a_time(model_dir):
    """`tag_scored` takes every sentence's marginals from one batched forward-backward: the same
    probabilities as the log-space sweep per sentence (`CachedScorer.marginals`)."""
    tagger = NerTagger(model_dir, lexicon=_lexicon())
    labels, matrices, block = tagger._decode(SENTENCES)
    batched = tagger.scorer.batch_tag_marginals(matrices, labels, block)
    single = [tagger.scorer.marginals(m, t, block) for m, t in zip(matrices, labels, strict=True)]
    assert any(p > 0 for sent in single for p in sent)  # some names were found
    assert sum(batched, []) == pytest.approx(sum(single, []), abs=1e-9)


@pytest.mark.parametrize(("known", "cap"), [(False, 100_000), (True, 100_000), (True, 3)])
def test_cached_scores_equal_feature_sums(known, cap, monkeypatch):
    """Static (cached per word) plus sentence-level features sum to what the full feature lists give,
    for every optional feature group, with and without the known-attribute filter, and with a word
    cache too small for the sentences (words beyond it are scored afresh, repeated ones too)."""
    monkeypatch.setattr("marsad.ner.viterbi.CACHE_WORDS", cap)
    clusters = {"بيكارد": ("1", "2", "3"), "الرئيس": ("4", "5", "6"), "مستشار": ("7", "8", "9")}
    signs = {"بيكارد": "+.-", "مستشار": "..+"}
    featurizer = Featurizer(_lexicon(), clusters, ngrams=True, groups=FEATURE_GROUPS, signs=signs)
    names = sorted({f for s in SENTENCES for tok in featurizer.sentence(s) for f in tok})
    rng = np.random.default_rng(3)
    if known:
        names = [n for n in names if rng.random() < 0.7]
        featurizer.known = frozenset(names)
    labels = ["O", "B-PERS", "I-PERS"]
    model = CrfWeights(labels, rng.normal(size=(3, 3)), names, rng.normal(size=(len(names), 3)))
    scorer = CachedScorer(featurizer, [model])
    row = {n: i for i, n in enumerate(names)}
    assert any(f.startswith("e0") for f in names) or known  # the sign features are among them
    for tokens in [*filter(None, SENTENCES), *filter(None, SENTENCES)]:
        expected = np.array([sum((model.state[row[f]] for f in tok if f in row), np.zeros(3))
                             for tok in featurizer.sentence(tokens)])
        assert np.allclose(scorer.sentence(tokens), expected)
    assert len(scorer._rows_of) <= cap


def test_viterbi_is_exact_and_breaks_ties_low():
    rng = random.Random(5)
    labels = 3
    trans = np.array([[rng.choice([0.0, 1.0, -1.0]) for _ in range(labels)] for _ in range(labels)])
    lengths = [3, 1, 4, 0]
    batch = np.zeros((len(lengths), 4, labels))
    for b, n in enumerate(lengths):
        for t in range(n):
            batch[b, t] = [rng.choice([0.0, 0.5, 1.0]) for _ in range(labels)]  # many ties
    paths = viterbi(batch, lengths, trans)
    for b, n in enumerate(lengths):
        if n == 0:
            assert paths[b] == []
            continue

        def total(path, b=b):
            return sum(batch[b, t, y] for t, y in enumerate(path)) + sum(
                trans[a, c] for a, c in itertools.pairwise(path))

        best = max(total(p) for p in itertools.product(range(labels), repeat=n))
        assert total(paths[b]) == pytest.approx(best)
