"""The feature encoder (encoder.py): it learns, it saves, and the fast path sums it as the string path does."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.ner.corpus import Sentence, documents
from marsad.ner.encoder import LABELS, FeatureEncoder, bucket, encoder_features
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import ATTRIBUTES, ENCODER, NerTagger, with_encoder
from marsad.ner.train import TrainOptions, fit_models

NAMES = ["بيكارد", "هارتمان", "فالديز", "كوستين", "مارلو", "سانتوري", "بريستو", "كالمان"]
CITIES = ["كراكوف", "فيرونا", "لاهور", "تامبيري"]


def _lexicon() -> Lexicon:
    return Lexicon(cues={"الرئيس": {"title"}, "مدينه": {"loc"}})


def _corpus() -> list[list[Sentence]]:
    sentences = []
    for k, name in enumerate(NAMES):
        city = CITIES[k % len(CITIES)]
        sentences.append(Sentence(["قال", "الرئيس", name, "في", "مدينة", city, "."],
                                  ["O", "O", "B-PERS", "O", "O", "B-LOC", "O"]))
        sentences.append(Sentence(["وأضاف", name, "أن", "الوضع", "جيد", "."], ["O", "B-PERS", "O", "O", "O", "O"]))
    return documents(sentences, size=4)


def test_encoder_learns_a_conjunction():
    """Label depends on two features together (XOR-like), which no single feature weight can express."""
    feats, labels = [], []
    for _ in range(60):
        for a in (0, 1):
            for b in (0, 1):
                feats.append([f"a={a}", f"b={b}"])
                labels.append("B-PERS" if a != b else "O")
    encoder = FeatureEncoder.fit(feats, labels, hidden=16, epochs=40, dropout=0.0, rate=1e-2)
    probs = encoder.probabilities([["a=0", "b=1"], ["a=1", "b=1"], ["a=1", "b=0"], ["a=0", "b=0"]])
    best = [LABELS[i] for i in probs.argmax(axis=1)]
    assert best == ["B-PERS", "O", "B-PERS", "O"]


def test_encoder_round_trip(tmp_path):
    feats = [["x=1", "y=2"], ["x=1"], ["y=2", "z"], ["z", "x=1"]] * 3
    labels = ["B-LOC", "O", "I-LOC", "O"] * 3
    encoder = FeatureEncoder.fit(feats, labels, hidden=8, epochs=2)
    encoder.save(tmp_path / ENCODER)
    again = FeatureEncoder.load(tmp_path / ENCODER)
    assert again is not None and again.vocab == encoder.vocab
    assert np.allclose(again.probabilities(feats), encoder.probabilities(feats), atol=1e-5)
    assert FeatureEncoder.load(tmp_path / "missing.npz") is None
    # Unknown features count for nothing: an all-unknown token is scored from the biases alone.
    assert np.allclose(encoder.probabilities([["never"]]), encoder.probabilities([[]]))


def test_encoder_features_buckets():
    assert [bucket(p) for p in (0.05, 0.1, 0.29, 0.3, 0.6, 0.95)] == [0, 1, 1, 2, 3, 4]
    row = np.zeros(len(LABELS))
    row[LABELS.index("B-ORG")], row[LABELS.index("I-ORG")], row[0] = 0.35, 0.3, 0.35
    assert encoder_features(row[None, :]) == [["nn=ORG:3", "nnb=ORG:2"]]
    assert encoder_features(np.eye(len(LABELS))[:1]) == [[]]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-encoder")
    fit_models(Featurizer(_lexicon(), {}, groups=("encoder",)), _corpus(), out,
               TrainOptions(c1=0.0, c2=0.01, iterations=40, features=("encoder",)))
    return out


def test_encoder_model_fast_path_equals_reference(model_dir):
    assert (model_dir / ENCODER).exists()
    encoder = FeatureEncoder.load(model_dir / ENCODER)
    known = set((model_dir / ATTRIBUTES).read_text(encoding="utf-8").split("\n"))
    assert set(encoder.vocab) <= known
    tagger = NerTagger(model_dir, lexicon=_lexicon())
    sentences = [["قال", "الرئيس", "نوردستروم", "في", "مدينة", "فيرونا", "."], ["وأضاف", "نوردستروم", "أن"], []]
    fast = tagger.tag_document(sentences)
    slow, _ = tagger.tag_reference(sentences)
    assert fast == slow
    # The cached per-word sums give the encoder the same inputs as the feature strings do.
    flat, _ = tagger.scorer.document(sentences)
    strings = [f for s in sentences if s for f in with_encoder(encoder, tagger.featurizer.sentence(s))]
    assert tagger.scorer.encoder_features(flat) == [[f for f in fs if f.startswith("nn")] for fs in strings]
    assert any(f.startswith("nn=PERS") for fs in strings for f in fs)
    added = flat.copy()
    tagger.scorer.add(added, tagger.scorer.encoder_features(flat))
    tagger.scorer.add_encoded(flat)
    assert np.allclose(flat, added)
