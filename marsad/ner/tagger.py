"""The shipped tagger: two linear-chain CRFs, the second seeing what the first found in the document.

Loading reads a few small files from a model folder (`first.crfsuite`, `second.crfsuite`, the word
clusters `clusters.tsv`, the options in `meta.json`, and `attributes.txt`, the features the CRFs have
weights for, so others are never built); the knowledge base and cue words come from the package. A folder holding
only `first.crfsuite` gives a one-pass tagger (what tests train in a second).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad.errors import MarsadError
from marsad.ner.docpass import memory_features
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon, load_clusters, load_lexicon

MODEL_DIR = Path(__file__).resolve().parent / "model"
FIRST, SECOND, CLUSTERS, META = "first.crfsuite", "second.crfsuite", "clusters.tsv", "meta.json"
ATTRIBUTES = "attributes.txt"
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
                                     bool(options.get("ngrams", False)), options.get("features", ()))
        if (folder / ATTRIBUTES).exists():
            self.featurizer.known = frozenset((folder / ATTRIBUTES).read_text(encoding="utf-8").split("\n"))
        self.first = pycrfsuite.Tagger()
        self.first.open(str(folder / FIRST))
        self.second = None
        if (folder / SECOND).exists():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(folder / SECOND))
        log.info("ner: model %s loaded in %.2fs", folder, time.perf_counter() - began)

    def key(self, token: str) -> str:
        """The form under which a word is remembered across the document."""
        return self.featurizer.word(token).key

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for each sentence of one document (two passes when the model has a second CRF)."""
        return self.tag_scored(sentences, scores=False)[0]

    def tag_scored(self, sentences: Sequence[Sequence[str]],
                   scores: bool = True) -> tuple[list[list[str]], list[list[float]]]:
        """Tags, and with `scores` the model's marginal probability of each tag (1.0 for O is not
        computed: O tokens get 0.0), for each sentence of one document."""
        feats = [self.featurizer.sentence(s) for s in sentences]
        if self.second is not None:
            first = [self.first.tag(f) if f else [] for f in feats]
            memory = memory_features(sentences, first, self.key)
            feats = [[f + e if e else f for f, e in zip(sf, se, strict=True)] for sf, se in zip(feats, memory, strict=True)]
        final = self.second or self.first
        tags: list[list[str]] = []
        probs: list[list[float]] = []
        for sent_feats in feats:
            sent_tags = final.tag(sent_feats) if sent_feats else []
            tags.append(sent_tags)
            if scores:
                probs.append([final.marginal(t, i) if t != "O" else 0.0 for i, t in enumerate(sent_tags)])
        return tags, probs


@lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None) -> NerTagger:
    """The tagger for `model_dir` (default: the shipped model), loaded once per process."""
    return NerTagger(model_dir or MODEL_DIR)
