"""Eval gate of the shipped entity tagger on the shared corpora (skips without ../shared).

Floors are the figures measured when the model was shipped, less a small margin: a change that loses
accuracy fails here. Measured as below (documents of 12 sentences, as the model is trained and selected):
test micro F1 0.7515, Wojood validation (types mapped, MISC dropped) 0.414. The fast decoding path must
give crfsuite's own tags (and marginals) on real text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.corpus import WOJOOD_TYPES, documents, read_conll
from marsad.ner.evaluate import score
from marsad.ner.tagger import MODEL_DIR, NerTagger

TEST_F1_FLOOR = 0.75  # the target, reached by this model: a change that loses it fails
WOJOOD_F1_FLOOR = 0.40
MAX_MODEL_BYTES = 30 * 1024 * 1024


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger(MODEL_DIR)


def _f1(tagger: NerTagger, path: Path, type_map=None, drop_misc: bool = False):
    docs = documents(read_conll(path, type_map=type_map))
    gold, pred = [], []
    for doc in docs:
        gold += [s.tags for s in doc]
        pred += tagger.tag_document([s.tokens for s in doc])
    if drop_misc:
        pred = [[t if not t.endswith("-MISC") else "O" for t in tags] for tags in pred]
    return score(gold, pred)


def test_shipped_model_is_small_and_loads():
    # Load time is a benchmark figure (bench/ner.py), not a timed unit test.
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert size <= MAX_MODEL_BYTES
    assert NerTagger(MODEL_DIR) is not None


def test_anercorp_test_f1_floor(shared_dir, tagger):
    scores = _f1(tagger, shared_dir / "data/anercorp/splits/test.txt")
    assert scores["ALL"].f1 >= TEST_F1_FLOOR, scores["ALL"]
    for kind in ("PERS", "LOC", "ORG"):
        assert scores[kind].f1 > 0.4, (kind, scores[kind])


def test_wojood_validation_f1_floor(shared_dir, tagger):
    scores = _f1(tagger, shared_dir / "data/wojood-sample/val.txt", WOJOOD_TYPES, drop_misc=True)
    assert scores["ALL"].f1 >= WOJOOD_F1_FLOOR, scores["ALL"]


def test_fast_path_tags_as_crfsuite_does(shared_dir, tagger):
    """`tag_document` (cached scores, numpy Viterbi) and crfsuite's own tagger agree on real text."""
    docs = documents(read_conll(shared_dir / "data/anercorp/splits/test.txt"))[:30]
    for doc in docs:
        sentences = [s.tokens for s in doc]
        assert tagger.tag_document(sentences) == tagger.tag_reference(sentences, scores=False)[0]
    sentences = [s.tokens for s in docs[0]]
    fast, slow = tagger.tag_scored(sentences)[1], tagger.tag_reference(sentences)[1]
    assert sum(fast, []) == pytest.approx(sum(slow, []), abs=1e-9)
