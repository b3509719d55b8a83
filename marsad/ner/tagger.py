"""The shipped tagger: two linear-chain CRFs, the second seeing what the first found in the document.

Loading reads a few small files from a model folder (`first.crfsuite`, `second.crfsuite`, the word
clusters `clusters.tsv`, the options in `meta.json`, and `attributes.txt`, the features the CRFs have
weights for, so others are never built); the knowledge base and cue words come from the package. A folder holding
only `first.crfsuite` gives a one-pass tagger (what tests train in a second). Tagging runs on the CRF
weights read from those files (`crfmodel.py`) with per-word cached scores and a numpy Viterbi
(`viterbi.py`): crfsuite's scores and tags, without building ~40 feature strings per token.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.errors import MarsadError
from marsad.ner.crfmodel import read_model
from marsad.ner.docpass import (
    document_topic,
    joined,
    memory_features,
    memory_indicators,
    repeat_indicators,
    soft_indicators,
    soft_memory_features,
    type_columns,
)
from marsad.ner.encoder import FeatureEncoder, encoder_features
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon, load_clusters, load_lexicon, load_signs
from marsad.ner.namelike import NameLikeness
from marsad.ner.scheme import to_bio
from marsad.ner.viterbi import CachedScorer, batch_marginals

MODEL_DIR = Path(__file__).resolve().parent / "model"
FIRST, SECOND, CLUSTERS, META = "first.crfsuite", "second.crfsuite", "clusters.tsv", "meta.json"
ATTRIBUTES, NAMELIKE, ENCODER, SIGNS = "attributes.txt", "namelike.tsv", "encoder.npz", "signs.tsv"
log = logging.getLogger(__name__)


class NerTagger:
    """Tags sentences of surface tokens with B-/I-PERS, LOC, ORG, MISC and O."""

    def __init__(self, model_dir: str | Path = MODEL_DIR, lexicon: Lexicon | None = None) -> None:
        import pycrfsuite

        began = time.perf_counter()
        folder = Path(model_dir)
        if not (folder / FIRST).exists():
            raise MarsadError(f"no NER model in {folder} (run `marsad train ner`)")
        meta = folder / META
        self.meta = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
        options = self.meta.get("options", {})
        self.featurizer = Featurizer(lexicon or load_lexicon(), load_clusters(folder / CLUSTERS),
                                     bool(options.get("ngrams", False)), options.get("features", ()),
                                     NameLikeness.load(folder / NAMELIKE), load_signs(folder / SIGNS))
        if (folder / ATTRIBUTES).exists():
            self.featurizer.known = frozenset((folder / ATTRIBUTES).read_text(encoding="utf-8").split("\n"))
        self.first = pycrfsuite.Tagger()
        self.first.open(str(folder / FIRST))
        self.second = None
        # How many times the consistency CRF runs, each time remembering what the last pass found (the
        # first time, the first CRF's tags; then its own): a name found once more in one pass can be found
        # everywhere in the next.
        self.rounds = max(1, int(options.get("rounds", 1)))
        if (folder / SECOND).exists():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(folder / SECOND))
        # The same weights, read once more for the fast path (tag_document); crfsuite keeps the marginals.
        self.encoder = FeatureEncoder.load(folder / ENCODER)
        self.scorer = CachedScorer(self.featurizer, [read_model(folder / name) for name in (FIRST, SECOND)
                                                     if (folder / name).exists()], self.encoder)
        self._types = type_columns(self.scorer.labels)  # marginal columns summed per entity type (soft pass)
        self._kinds = self._types[0]
        # Per label id: its entity type (index in `_kinds`) and its BIO prefix (0 O, 1 B, 2 I; S- is B-, E- is I-).
        bio = [to_bio([label])[0] for label in self.scorer.labels]
        self._label_kind = np.array([self._kinds.index(t.partition("-")[2]) if t != "O" else -1 for t in bio])
        self._label_prefix = np.array([{"B": 1, "I": 2}.get(t.partition("-")[0], 0) for t in bio])
        log.info("ner: model %s loaded in %.2fs", folder, time.perf_counter() - began)

    def key(self, token: str) -> str:
        """The form under which a word is remembered across the document."""
        return self.featurizer.word(token).key

    def clear(self) -> None:
        """Forget every per-word cache (a cold start, for benchmarks and tests)."""
        self.featurizer._cache.clear()
        self.scorer.clear()

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for each sentence of one document (two passes when the model has a second CRF)."""
        return [to_bio(t) for t in self._decode(sentences)[0]]

    def tag_scored(self, sentences: Sequence[Sequence[str]],
                   scores: bool = True) -> tuple[list[list[str]], list[list[float]]]:
        """Tags, and with `scores` the model's marginal probability of each tag (1.0 for O is not
        computed: O tokens get 0.0), for each sentence of one document."""
        labels, matrices, block = self._decode(sentences)
        tags = [to_bio(t) for t in labels]
        if not scores:
            return tags, []
        return tags, self.scorer.batch_tag_marginals(matrices, labels, block)

    def _decode(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[np.ndarray], int]:
        """Tags from cached per-word scores and a batched Viterbi (viterbi.py): crfsuite's scores, so
        the same tags as `tag_reference`, several times faster. Also gives the final score matrices.
        Labels are the model's own (BIOES for a model trained so). Document features are indicator
        matrices (docpass.py) multiplied by their weights, never strings."""
        scorer, groups = self.scorer, self.featurizer.groups
        flat, matrices = scorer.document(sentences)  # per-sentence views of one document array
        words = [self.featurizer.word(t) for sent in sentences for t in sent]
        keys = [w.key for w in words]
        if "repeat" in groups:
            flat += scorer.weigh(repeat_indicators(keys, [w.clustered for w in words]))
        if "topic" in groups and (topic := document_topic(words)):
            flat += scorer.topic_scores(topic, [t for sent in sentences for t in sent])
        if self.encoder is not None:
            scorer.add_encoded(flat)
        if self.second is None:
            return scorer.decode(matrices, 0), matrices, 0
        paths = scorer.decode_ids(matrices, 0)
        width = scorer.width
        second = slice(width, 2 * width)
        plain = flat[:, second].copy()  # the second CRF's scores before memory
        starts = np.zeros(len(keys), dtype=bool)
        starts[np.cumsum([0] + [len(s) for s in sentences[:-1]])[[len(s) > 0 for s in sentences]]] = True
        block = 0
        for _ in range(self.rounds):
            labels = np.concatenate(paths) if paths else np.zeros(0, dtype=np.intp)
            extra = scorer.weigh(memory_indicators(keys, *self._entities(labels, starts), self._kinds), second)
            if "soft" in groups:
                cols = slice(block * width, (block + 1) * width)
                before = batch_marginals([m[:, cols] for m in matrices], scorer.transitions[block])
                table = np.concatenate(before) @ self._types[1] if before else np.zeros((0, len(self._kinds)))
                extra += scorer.weigh(soft_indicators(keys, table, self._kinds), second)
            flat[:, second] = plain + extra
            paths, block = scorer.decode_ids(matrices, 1), 1
        return [[scorer.labels[j] for j in path] for path in paths], matrices, 1

    def _entities(self, labels: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For a document's flat label ids: the index in `_kinds` of the entity each token is inside (-1
        outside) and whether it begins it, as `evaluate.spans` reads the labels' BIO view (an I- after
        O or another type opens an entity; sentence starts close one)."""
        kind, prefix = self._label_kind[labels], self._label_prefix[labels]
        inside = prefix > 0
        follows = np.zeros(len(labels), dtype=bool)
        follows[1:] = inside[:-1] & (kind[1:] == kind[:-1])
        begins = inside & ~((prefix == 2) & follows & ~starts)
        return np.where(inside, kind, -1), begins

    def tag_reference(self, sentences: Sequence[Sequence[str]],
                      scores: bool = True) -> tuple[list[list[str]], list[list[float]]]:
        """`tag_scored` through crfsuite's own tagger on full feature lists (what training sees): the
        reference the fast path is tested against."""
        document = self.featurizer.document(sentences)
        feats = [self.featurizer.sentence(s, document[i] if document is not None else None)
                 for i, s in enumerate(sentences)]
        if self.encoder is not None:
            feats = [with_encoder(self.encoder, f) for f in feats]
        if self.second is not None:
            plain, before, model = feats, feats, self.first
            for _ in range(self.rounds):
                tags = [to_bio(model.tag(f)) if f else [] for f in before]
                memory = memory_features(sentences, tags, self.key)
                if "soft" in self.featurizer.groups:
                    kinds, probs = crfsuite_probabilities(model, before)
                    memory = joined(memory, soft_memory_features(sentences, probs, kinds, self.key))
                before = [[f + e if e else f for f, e in zip(sf, se, strict=True)]
                          for sf, se in zip(plain, memory, strict=True)]
                model = self.second
            feats = before
        final = self.second or self.first
        tags: list[list[str]] = []
        probs: list[list[float]] = []
        for sent_feats in feats:
            sent_tags = final.tag(sent_feats) if sent_feats else []
            tags.append(to_bio(sent_tags))
            if scores:
                probs.append([final.marginal(t, i) if t != "O" else 0.0 for i, t in enumerate(sent_tags)])
        return tags, probs


def with_encoder(encoder: FeatureEncoder, feats: list[list[str]]) -> list[list[str]]:
    """A sentence's feature lists with the encoder's `nn=` features added (training and reference path)."""
    if not feats:
        return feats
    return [f + e for f, e in zip(feats, encoder_features(encoder.probabilities(feats)), strict=True)]


def crfsuite_probabilities(tagger, feats: Sequence[list[list[str]]]) -> tuple[list[str], list[np.ndarray]]:
    """Entity types, and per sentence a (tokens, types) matrix of P(inside a name of each type) under a
    pycrfsuite tagger (training and the reference path; the fast path computes the same from its own
    forward-backward)."""
    labels = tagger.labels()
    kinds, columns = type_columns(labels)
    out: list[np.ndarray] = []
    for sent_feats in feats:
        if not sent_feats:
            out.append(np.zeros((0, len(kinds))))
            continue
        tagger.set(sent_feats)
        matrix = np.array([[tagger.marginal(label, i) for label in labels] for i in range(len(sent_feats))])
        out.append(matrix @ columns)
    return kinds, out


@lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None) -> NerTagger:
    """The tagger for `model_dir` (default: the shipped model), loaded once per process."""
    return NerTagger(model_dir or MODEL_DIR)
