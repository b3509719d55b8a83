"""`marsad train ner`: word clusters, then the two CRFs, from the shared corpora.

Steps: (1) word clusters from the unannotated SaudiNewsNet text plus the training text; (2) with
`dev=True` (`--dev`), a model is trained on most training documents and scored on held-out whole documents
(the figure kept in meta.json; the test split is never looked at); (3) the shipped models are trained on
all training documents. The second CRF's document features come from first-pass tags made by models
that did not see the document (k-fold jackknife, two folds by default), so it learns how reliable they are on new text.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError
from marsad.ner.augment import SEED, hide_names
from marsad.ner.corpus import WOJOOD_TYPES, Sentence, documents, read_conll, split_documents
from marsad.ner.docpass import joined, memory_features, soft_memory_features
from marsad.ner.encoder import FeatureEncoder
from marsad.ner.evaluate import score
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import load_clusters, load_cues, load_lexicon, load_signs
from marsad.ner.namelike import NameLikeness
from marsad.ner.scheme import to_bio, to_bioes
from marsad.ner.tagger import (
    ATTRIBUTES,
    CLUSTERS,
    ENCODER,
    FIRST,
    META,
    NAMELIKE,
    SECOND,
    SIGNS,
    NerTagger,
    crfsuite_probabilities,
    with_encoder,
)
from marsad.text.normalize import normalize_form

log = logging.getLogger(__name__)
Doc = list[Sentence]


@dataclass(frozen=True)
class TrainOptions:
    c1: float = 0.05
    c2: float = 0.05
    iterations: int = 150
    second_pass: bool = True
    dev: bool = False
    wojood: bool = False
    clusters: bool = True
    # Corpus habits (article share, after-title share) as extra cluster columns; tried, not shipped.
    profiles: bool = False
    # Character trigrams and long-vowel counts of each word (features.py `_translit`).
    ngrams: bool = False
    # Optional feature groups of features.py (FEATURE_GROUPS): pos, since, stemcl, wide, quote.
    features: tuple[str, ...] = ()
    # Labels the CRFs learn (scheme.py): "bio" as annotated, or "bioes"; taggers always give BIO.
    scheme: str = "bio"
    # Jackknife folds for the second CRF's training features: with more folds the first-pass models that
    # tag the held-out documents see more data, closer to the full model that tags new text.
    folds: int = 2
    # Share of name-bearing training sentences that get an extra copy with their names' identity
    # features hidden (augment.py), so the weights for unseen names are learned; 0 adds none.
    unseen: float = 0.0
    # Passes of the second CRF when tagging (tagger.py `rounds`): a decoding choice, kept with the model.
    rounds: int = 1
    # Types whose sentences every CRF sees twice: ANERcorp leaves a MISC string plain text in three of its
    # five repeats, so the CRFs learn to hold back on MISC, and weighing its sentences double was meant to
    # counter that. Tried, not shipped: MISC moved −1.5 to +3.2 points over three development splits
    # (marsad/ner/README.md, "Oversampling the weak types"). Empty: every sentence once.
    oversample: tuple[str, ...] = ()


def training_documents(shared: Path) -> list[Doc]:
    """ANERcorp's training split as pseudo-documents."""
    return documents(read_conll(shared / "data/anercorp/splits/train.txt"))


def extra_documents(shared: Path, wojood: bool = False) -> list[Doc]:
    """Documents only ever trained on, never held out: the Wojood sample's train split (types mapped),
    so the development score stays comparable between models trained with and without it."""
    if not wojood:
        return []
    return documents(read_conll(shared / "data/wojood-sample/train.txt", type_map=WOJOOD_TYPES))


def train_model(shared: str | Path, out: str | Path, options: TrainOptions = TrainOptions(),
                command: str | None = None) -> dict:
    """Build everything `NerTagger(out)` loads; returns the metadata written to meta.json (with the
    command line that made it, when given)."""
    shared, out = Path(shared), Path(out)
    _check_inputs(shared, options)
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    docs = training_documents(shared)
    extra = extra_documents(shared, options.wojood)
    if options.clusters:
        _build_clusters(shared, docs + extra, out / CLUSTERS, options.profiles,
                        out / SIGNS if "embsign" in options.features else None)
    lexicon, clusters = load_lexicon(), load_clusters(out / CLUSTERS)
    namelike = None
    if "namelike" in options.features:
        namelike = NameLikeness.build(lexicon, clusters)
        namelike.write(out / NAMELIKE)
    featurizer = Featurizer(lexicon, clusters, options.ngrams, options.features, namelike, load_signs(out / SIGNS))
    meta: dict = {"options": options.__dict__, "documents": len(docs), "extra_documents": len(extra),
                  "trained_from": "../shared/data/anercorp/splits/train.txt"
                  + (" + ../shared/data/wojood-sample/train.txt" if extra else "")
                  + "; clusters from ../shared/data/saudinewsnet-subset + the training text"}
    if command:
        meta["command"] = command
    if options.dev:
        train_docs, dev_docs = split_documents(docs)
        scratch = out / "dev"
        fit_models(featurizer, train_docs + extra, scratch, options)
        for name in (CLUSTERS, NAMELIKE, SIGNS):
            if (out / name).exists():
                shutil.copyfile(out / name, scratch / name)
        (scratch / META).write_text(json.dumps({"options": options.__dict__}), encoding="utf-8")
        meta["dev"] = evaluate_docs(NerTagger(scratch), dev_docs)
        for name in (FIRST, SECOND, CLUSTERS, META, ATTRIBUTES, NAMELIKE, ENCODER, SIGNS):
            (scratch / name).unlink(missing_ok=True)
        scratch.rmdir()
        log.info("ner: dev micro F1 %.3f", meta["dev"]["ALL"]["f1"])
    fit_models(featurizer, docs + extra, out, options)
    meta["seconds"] = round(time.perf_counter() - began, 1)
    (out / META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def _check_inputs(shared: Path, options: TrainOptions) -> None:
    """Every corpus the options read is there, checked before anything is written: a wrong --shared
    should cost one line, not a traceback after the clusters have been built."""
    needed = [shared / "data/anercorp/splits/train.txt"]
    if options.wojood:
        needed.append(shared / "data/wojood-sample/train.txt")
    missing = [str(p) for p in needed if not p.is_file()]
    news = shared / "data/saudinewsnet-subset"
    if options.clusters and not any(news.glob("*.zip")):
        missing.append(f"{news}/*.zip")
    if missing:
        raise InputError(f"training data not found under {shared}: {', '.join(missing)} (--shared points at "
                         "the shared data folder, the one holding data/)")


def _build_clusters(shared: Path, docs: list[Doc], path: Path, profiles: bool, signs_path: Path | None) -> None:
    from marsad.ner.clusters import build_clusters, news_sentences, write_clusters, write_signs

    sentences = list(news_sentences(shared / "data/saudinewsnet-subset"))
    sentences += [[normalize_form(t) or t for t in s.tokens if t] for d in docs for s in d]
    titles = frozenset(w for w, kinds in load_cues().items() if "title" in kinds) if profiles else None
    signs: dict[str, str] | None = {} if signs_path is not None else None
    write_clusters(build_clusters(sentences, titles=titles, signs=signs), path)
    if signs_path is not None and signs is not None:
        write_signs(signs, signs_path)


def fit_models(featurizer: Featurizer, docs: list[Doc], out: Path, options: TrainOptions) -> None:
    """The first CRF on `docs`, and the second on jackknifed first-pass document features."""
    out.mkdir(parents=True, exist_ok=True)
    feats = [_document_features(featurizer, d) for d in docs]
    folds = [list(range(k, len(docs), options.folds)) for k in range(options.folds)]
    if "encoder" in featurizer.groups:
        feats = _stack_encoder(feats, docs, folds, out, "blind" in featurizer.groups)
    _fit(feats, docs, out / FIRST, options, featurizer)
    if not options.second_pass:
        _write_attributes(out, (FIRST,))
        return
    first_tags: dict[int, list[list[str]]] = {}
    first_probs: dict[int, tuple[list[str], list]] = {}
    soft = "soft" in featurizer.groups
    for k, held in enumerate(folds):
        keep = [i for j, fold in enumerate(folds) if j != k for i in fold]
        path = out / f"fold{k}.crfsuite"
        _fit([feats[i] for i in keep], [docs[i] for i in keep], path, options, featurizer)
        tagger = _open(path)
        for i in held:
            first_tags[i] = [to_bio(tagger.tag(f)) if f else [] for f in feats[i]]
            if soft:
                first_probs[i] = crfsuite_probabilities(tagger, feats[i])  # (types, matrices)
        path.unlink()
    extra = []
    for i, doc in enumerate(docs):
        memory = memory_features([s.tokens for s in doc], first_tags[i], lambda t: featurizer.word(t).key)
        if soft:
            kinds, probs = first_probs[i]
            more = soft_memory_features([s.tokens for s in doc], probs, kinds, lambda t: featurizer.word(t).key)
            memory = joined(memory, more)
        extra.append([[f + e for f, e in zip(sf, se, strict=True)] for sf, se in zip(feats[i], memory, strict=True)])
    _fit(extra, docs, out / SECOND, options, featurizer)
    _write_attributes(out, (FIRST, SECOND))


def _stack_encoder(feats: list[list[list[str]]], docs: list[Doc], folds: list[list[int]],
                   out: Path, blind: bool = False) -> list[list[list[str]]]:
    """Feature lists with the encoder's `nn=` features added: for each training document from an encoder
    trained on the other folds (so the CRFs learn how reliable it is on unseen text); the encoder trained
    on every document is the one saved for tagging."""
    stacked = list(feats)
    for k, held in enumerate(folds):
        keep = [i for j, fold in enumerate(folds) if j != k for i in fold]
        encoder = _fit_encoder([feats[i] for i in keep], [docs[i] for i in keep], blind)
        for i in held:
            stacked[i] = [with_encoder(encoder, sf) for sf in feats[i]]
    _fit_encoder(feats, docs, blind).save(out / ENCODER)
    return stacked


# The word's own identity (`w=`, `st=`, and the bigrams it is part of): a `blind` encoder never sees it,
# so its probabilities rest on what an unseen name has too (letters, clusters, cues, neighbours).
_IDENTITY = ("w=", "st=", "bg-=", "bg+=")


def _fit_encoder(feats: Sequence[list[list[str]]], docs: Sequence[Doc], blind: bool = False) -> FeatureEncoder:
    tokens = [f for doc_feats in feats for sent_feats in doc_feats for f in sent_feats]
    if blind:
        tokens = [[f for f in tok if not f.startswith(_IDENTITY)] for tok in tokens]
    tags = [t for doc in docs for sent in doc for t, _ in zip(sent.tags, sent.tokens, strict=True)]
    return FeatureEncoder.fit(tokens, tags)


def _document_features(featurizer: Featurizer, doc: Doc) -> list[list[list[str]]]:
    """Feature lists of each sentence of a document, document-level groups included."""
    extra = featurizer.document([s.tokens for s in doc])
    if extra is None:
        return [featurizer.sentence(s.tokens) for s in doc]
    return [featurizer.sentence(s.tokens, e) for s, e in zip(doc, extra, strict=True)]


def _write_attributes(out: Path, names: Sequence[str]) -> None:
    """`attributes.txt`: every feature some CRF in `out` has a weight for, one a line (tagger.py drops
    the rest before tagging, which saves crfsuite a lookup per useless feature)."""
    known: set[str] = set()
    encoder = FeatureEncoder.load(out / ENCODER)
    if encoder is not None:
        known.update(encoder.vocab)
    for name in names:
        known.update(attr for attr, _ in _open(out / name).info().state_features)
    (out / ATTRIBUTES).write_text("\n".join(sorted(known)), encoding="utf-8")


def _fit(feats: Sequence[Sequence[list[list[str]]]], docs: Sequence[Doc], path: Path, options: TrainOptions,
         featurizer: Featurizer | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    rng = random.Random(SEED)
    identity = (lambda t: (featurizer.word(t).norm, featurizer.word(t).key)) if featurizer else None
    for doc_feats, doc in zip(feats, docs, strict=True):
        for sent_feats, sent in zip(doc_feats, doc, strict=True):
            if not sent_feats:
                continue
            labels = to_bioes(sent.tags) if options.scheme == "bioes" else sent.tags
            trainer.append(sent_feats, labels)
            if options.oversample and any(t[2:] in options.oversample for t in sent.tags if t != "O"):
                trainer.append(sent_feats, labels)
            if options.unseen and identity is not None and rng.random() < options.unseen:
                copy = hide_names(sent_feats, sent.tokens, sent.tags, identity, rng)
                if copy is not None:
                    trainer.append(copy, labels)
    trainer.set_params({"c1": options.c1, "c2": options.c2, "max_iterations": options.iterations,
                        "feature.possible_transitions": True})
    began = time.perf_counter()
    trainer.train(str(path))
    log.info("ner: trained %s in %.0fs", path.name, time.perf_counter() - began)


def _open(path: Path):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def evaluate_docs(tagger: NerTagger, docs: list[Doc]) -> dict:
    """Scores of `tagger` on gold documents, as plain dicts (for meta.json and the CLI)."""
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    for doc in docs:
        gold += [s.tags for s in doc]
        pred += tagger.tag_document([s.tokens for s in doc])
    return {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "gold": s.gold, "predicted": s.predicted} for k, s in score(gold, pred).items()}
