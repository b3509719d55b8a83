"""The shipped tagger: two linear-chain CRFs, the second seeing what the first found in the document.

Loading reads three small files from a model folder (`first.crfsuite`, `second.crfsuite`, and the word
clusters `clusters.tsv`); the knowledge base and cue words come from the package. A folder holding
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
log = logging.getLogger(__name__)


class NerTagger:
    """Tags sentences of surface tokens with B-/I-PERS, LOC, ORG, MISC and O."""

    def __init__(self, model_dir: str | Path = MODEL_DIR, lexicon: Lexicon | None = None) -> None:
        import pycrfsuite

        began = time.perf_counter()
        folder = Path(model_dir)
        if not (folder / FIRST).exists():
            raise MarsadError(f"no NER model in {folder} (run `marsad train ner`)")
        self.featurizer = Featurizer(lexicon or load_lexicon(), load_clusters(folder / CLUSTERS))
        self.first = pycrfsuite.Tagger()
        self.first.open(str(folder / FIRST))
        self.second = None
        if (folder / SECOND).exists():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(folder / SECOND))
        meta = folder / META
        self.meta = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
        log.info("ner: model %s loaded in %.2fs", folder, time.perf_counter() - began)

    def key(self, token: str) -> str:
        """The form under which a word is remembered across the document."""
        return self.featurizer.word(token).key

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for each sentence of one document (two passes when the model has a second CRF)."""
        feats = [self.featurizer.sentence(s) for s in sentences]
        first = [self.first.tag(f) if f else [] for f in feats]
        if self.second is None:
            return first
        memory = memory_features(sentences, first, self.key)
        out: list[list[str]] = []
        for sent_feats, extra in zip(feats, memory, strict=True):
            if not sent_feats:
                out.append([])
                continue
            merged = [f + e for f, e in zip(sent_feats, extra, strict=True)]
            out.append(self.second.tag(merged))
        return out


@lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None) -> NerTagger:
    """The tagger for `model_dir` (default: the shipped model), loaded once per process."""
    return NerTagger(model_dir or MODEL_DIR)
