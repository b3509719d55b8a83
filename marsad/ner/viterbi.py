"""Fast decoding of the tagger's CRFs: per-word score vectors, cached, and a batched Viterbi.

A token's score for each label is the sum of the weights of its features. About 40 of them belong to
the word itself or to a neighbour at ±1/±2 (`_Word.own` / `_Word.context`), so their sums are made once
per word type (for both CRFs at once, side by side) and a sentence costs a few array additions; only the
features that depend on the sentence (knowledge-base matches, bigrams, `since`, `quote`, the document
pass) are looked up per token. Viterbi then runs over all sentences of a document together. The scores
are crfsuite's own (weights read exactly from the model files), so the tags are the same as
`pycrfsuite.Tagger.tag` gives on the same feature lists (tests/ner/test_ner_viterbi.py checks this).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from marsad.ner.crfmodel import CrfWeights
from marsad.ner.encoder import EDGES, TYPES, FeatureEncoder, encoder_features
from marsad.ner.features import _OFFSETS, _PADS, Featurizer

# Word types whose score vectors are kept (about 1 kB each with two CRFs: 100 MB at most); the commonest
# words come first in any feed, and a word beyond the cap is scored afresh each time, not wrongly.
CACHE_WORDS = 100_000
# Steps between rescalings in `batch_marginals` (products of ≤ 8 transition steps stay within float range).
_RESCALE = 8


class CachedScorer:
    """Label scores of tokens under one or more CRFs sharing a featurizer; Viterbi per model."""

    def __init__(self, featurizer: Featurizer, models: Sequence[CrfWeights],
                 encoder: FeatureEncoder | None = None) -> None:
        self.featurizer = featurizer
        self.labels = list(dict.fromkeys(label for m in models for label in m.labels))
        width = len(self.labels)
        names = list(dict.fromkeys([a for m in models for a in m.attributes] + (encoder.vocab if encoder else [])))
        self.index = {a: i for i, a in enumerate(names)}
        # One row per attribute, one block of label columns per model; a label a model lacks gets -inf.
        self.weights = np.zeros((len(names) + 1, width * len(models)))  # last row: unknown (zeros)
        self.transitions: list[np.ndarray] = []
        self.floor = np.zeros(width * len(models))
        for k, model in enumerate(models):
            cols = [k * width + self.labels.index(label) for label in model.labels]
            rows = [self.index[a] for a in model.attributes]
            self.weights[np.ix_(rows, cols)] = model.state
            missing = [k * width + j for j, label in enumerate(self.labels) if label not in model.labels]
            self.floor[missing] = -np.inf
            trans = np.zeros((width, width))
            local = [self.labels.index(label) for label in model.labels]
            trans[np.ix_(local, local)] = model.transitions
            self.transitions.append(trans)
        self.width = width
        # The encoder's first layer (encoder.py) is summed like a CRF: its columns follow the CRFs' in
        # every score row (`encoded`), kept in float32 apart from the CRF weights until summed.
        self.encoder = encoder
        self.hidden = encoder.hidden if encoder else 0
        self.encoded = slice(width * len(models), width * len(models) + self.hidden)
        self.embed = np.zeros((len(names) + 1, self.hidden), dtype=np.float32)
        if encoder is not None:
            self.embed[[self.index[a] for a in encoder.vocab]] = encoder.embed
            self.floor = np.concatenate([self.floor, np.zeros(self.hidden)])
        self.pads = [self._rows([self.index.get(p, -1)])[0] for p in _PADS]
        # Unprefixed neighbour feature → its attribute row at each of _OFFSETS (-1: the model has none),
        # so a new word's neighbour scores need no prefixed strings (`_Word.far`, `_Word.near`).
        self._around: dict[str, list[int]] = {}
        for name, row in self.index.items():
            for k, d in enumerate(_OFFSETS):
                if name.startswith(prefix := str(d)):  # "-1w=…" is not "1w=…": a sign is never dropped
                    self._around.setdefault(name[len(prefix):], [-1] * len(_OFFSETS))[k] = row
        # Row of each encoder feature by (type, nn/nnb, bucket); bucket 0 (no feature) is the zero row.
        self._encoded_rows = np.array([[[self.index.get(f"{name}={kind}:{k}", -1) if k else -1
                                         for k in range(len(EDGES) + 1)] for name in ("nn", "nnb")]
                                       for kind in TYPES], dtype=np.intp)
        # Word type → row of `_table` holding its (1 + offsets, columns) score block; the table grows by
        # doubling up to CACHE_WORDS rows, so a document's blocks are gathered with one fancy index.
        self._rows_of: dict[str, int] = {}
        self._table = np.zeros((0, 1 + len(_OFFSETS), len(self.floor)))
        self._named: dict[tuple[str, ...], np.ndarray] = {}
        self._topical: dict[str, dict[str, np.ndarray]] = {}

    def clear(self) -> None:
        """Forget the per-word vectors (a cold start, for benchmarks)."""
        self._rows_of.clear()
        self._table = self._table[:0]
        self._topical.clear()

    def _vector(self, token: str) -> np.ndarray:
        """(1 + offsets, labels × models): the word's own score and its score as each neighbour."""
        return self._vectors([token])[0]

    def _vectors(self, tokens: Sequence[str]) -> np.ndarray:
        """`_vector` of several words at once: their features' weight rows gathered in one index and
        summed per (word, position) slot with one `reduceat`, so a document's new words cost a few
        numpy calls together rather than a few each."""
        get = self.index.get
        slots = 1 + len(_OFFSETS)
        rows: list[int] = []
        starts: list[int] = []
        filled: list[int] = []
        around = self._around
        for u, token in enumerate(tokens):
            word = self.featurizer.word(token)
            found = [r for r in map(get, word.own) if r is not None]
            if found:
                starts.append(len(rows))
                filled.append(u * slots)
                rows += found
            for k, feats in enumerate((word.far, word.near, word.near, word.far)):  # as _OFFSETS
                found = [r for f in feats if (at := around.get(f)) is not None and (r := at[k]) >= 0]
                if found:
                    starts.append(len(rows))
                    filled.append(u * slots + 1 + k)
                    rows += found
        out = np.zeros((len(tokens) * slots, len(self.floor)))
        if rows:
            out[filled] = np.add.reduceat(self._rows(rows), starts, axis=0)
        return out.reshape(len(tokens), slots, len(self.floor))

    def _blocks(self, tokens: Sequence[str]) -> np.ndarray:
        """(tokens, 1 + offsets, columns): `_vector` of each token, from the cache where it is; the
        document's new words are scored together and cached while there is room."""
        rows_of = self._rows_of
        ids = [rows_of.get(t, -1) for t in tokens]
        new = list(dict.fromkeys(tokens[i] for i, r in enumerate(ids) if r < 0))
        if not new:
            return self._table[ids]
        vectors = self._vectors(new)
        room = max(0, CACHE_WORDS - len(rows_of))
        stored = min(room, len(new))
        if stored:
            first = len(rows_of)
            if first + stored > len(self._table):
                grown = np.zeros((min(CACHE_WORDS, max(1024, 2 * (first + stored))), *self._table.shape[1:]))
                grown[:first] = self._table[:first]
                self._table = grown
            self._table[first:first + stored] = vectors[:stored]
            rows_of.update((token, first + j) for j, token in enumerate(new[:stored]))
        stack = self._table[[rows_of.get(t, 0) for t in tokens]]
        if stored < len(new):  # the cache is full: the rest are scored for this document only
            position = {token: j for j, token in enumerate(new[stored:], start=stored)}
            for i, token in enumerate(tokens):
                if token in position:
                    stack[i] = vectors[position[token]]
        return stack

    def sentence(self, tokens: Sequence[str]) -> np.ndarray:
        """(tokens, labels × models) scores from every feature `Featurizer.sentence` builds."""
        return self.document([tokens])[0]

    def document(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, list[np.ndarray]]:
        """`sentence` for every sentence of a document in one go: a (tokens, labels × models) array for
        the whole document and per-sentence views of it (numpy work per document, not per sentence)."""
        lengths = [len(s) for s in sentences]
        total = sum(lengths)
        if total == 0:
            empty = np.zeros((0, len(self.floor)))
            return empty, [empty for _ in sentences]
        tokens = [t for s in sentences for t in s]
        stack = self._blocks(tokens)
        scores = stack[:, 0] + self.floor
        size = np.repeat(lengths, lengths)
        position = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        for k, d in enumerate(_OFFSETS):
            inside = (position + d >= 0) & (position + d < size)
            here = np.flatnonzero(inside)
            scores[here] += stack[here + d, k + 1]
            scores[~inside] += self.pads[k]
        self.add(scores, [f for s in sentences for f in self.featurizer.dynamic(s)])
        return scores, np.split(scores, np.cumsum(lengths)[:-1])

    def weigh(self, indicators: tuple[list[str], np.ndarray], cols: slice | None = None) -> np.ndarray:
        """Scores that an indicator matrix over named features (docpass.py) adds to each token: the
        matrix times the features' weight rows (all columns, or `cols`)."""
        names, matrix = indicators
        weights = self._named.get(tuple(names))
        if weights is None:
            weights = self._rows([self.index.get(name, -1) for name in names])
            self._named[tuple(names)] = weights
        if cols is not None:
            weights = weights[:, cols]
        return matrix.astype(float) @ weights

    def topic_scores(self, topic: str, tokens: Sequence[str]) -> np.ndarray:
        """(tokens, columns): what the `topic` group's features add to each token in a document of
        `topic` (one vector per topic and word type, cached like the word blocks)."""
        cache = self._topical.setdefault(topic, {})
        rows = []
        for token in tokens:
            vec = cache.get(token)
            if vec is None:
                found = [r for r in map(self.index.get, self.featurizer.topic_features(topic, token)) if r is not None]
                vec = self._rows(found).sum(axis=0) if found else np.zeros(len(self.floor))
                if len(cache) < CACHE_WORDS:
                    cache[token] = vec
            rows.append(vec)
        return np.array(rows).reshape(len(tokens), len(self.floor))

    def add(self, scores: np.ndarray, feats: Sequence[Sequence[str]], block: int | None = None) -> None:
        """Add per-token features (to one model's columns with `block`, else to all)."""
        get = self.index.get
        pairs = [(i, r) for i, fs in enumerate(feats) for r in map(get, fs) if r is not None]
        if not pairs:
            return
        where, rows = zip(*pairs, strict=True)
        part = self._rows(list(rows))
        if block is None:
            np.add.at(scores, list(where), part)
        else:
            cols = slice(block * self.width, (block + 1) * self.width)
            np.add.at(scores[:, cols], list(where), part[:, cols])

    def _rows(self, rows: list[int]) -> np.ndarray:
        """Score rows of attributes: CRF columns, then the encoder's."""
        if not self.hidden:
            return self.weights[rows]
        return np.hstack([self.weights[rows], self.embed[rows]])

    def encoder_features(self, scores: np.ndarray) -> list[list[str]]:
        """The encoder's CRF features (`nn=`, `nnb=`) for each row of a document's scores."""
        return encoder_features(self.encoder.probabilities_from_sums(scores[:, self.encoded]))

    def add_encoded(self, scores: np.ndarray) -> None:
        """`add(scores, encoder_features(scores))` without building strings: bucket the encoder's
        probabilities with numpy and add the matching weight rows."""
        probs = self.encoder.probabilities_from_sums(scores[:, self.encoded])
        begin, inside = probs[:, 1::2], probs[:, 2::2]  # LABELS: O, then B-/I- per type
        edges = np.array(EDGES)
        for j, values in enumerate((begin + inside, begin)):
            buckets = (values[:, :, None] >= edges).sum(axis=2)  # (tokens, types)
            for t in range(len(TYPES)):
                scores += self._rows(self._encoded_rows[t, j][buckets[:, t]])

    def marginals(self, sentence: np.ndarray, tags: Sequence[str], block: int) -> list[float]:
        """Model `block`'s probability of each of `tags` (0.0 for O, which callers never use), one sentence
        in log space: the reference `batch_tag_marginals` (what `tag_scored` uses) is tested against."""
        if not tags:
            return []
        cols = slice(block * self.width, (block + 1) * self.width)
        probs = marginals(sentence[:, cols], self.transitions[block])
        return [float(probs[i, self.labels.index(t)]) if t != "O" else 0.0 for i, t in enumerate(tags)]

    def batch_tag_marginals(self, sentences: Sequence[np.ndarray], tags: Sequence[Sequence[str]],
                            block: int) -> list[list[float]]:
        """`marginals` of every sentence of a document in one batched forward-backward
        (`batch_marginals`): the same probabilities to rounding, without a log-space loop per sentence."""
        cols = slice(block * self.width, (block + 1) * self.width)
        probs = batch_marginals([s[:, cols] for s in sentences], self.transitions[block])
        column = {label: j for j, label in enumerate(self.labels)}
        return [[float(p[i, column[t]]) if t != "O" else 0.0 for i, t in enumerate(sent_tags)]
                for p, sent_tags in zip(probs, tags, strict=True)]

    def decode(self, sentences: Sequence[np.ndarray], block: int) -> list[list[str]]:
        """Best label sequence of each sentence under model `block` (Viterbi, all sentences at once)."""
        return [[self.labels[j] for j in path] for path in self.decode_ids(sentences, block)]

    def decode_ids(self, sentences: Sequence[np.ndarray], block: int) -> list[np.ndarray]:
        """`decode` as label indices (into `labels`), one array per sentence."""
        cols = slice(block * self.width, (block + 1) * self.width)
        lengths = [len(s) for s in sentences]
        longest = max(lengths, default=0)
        if longest == 0:
            return [np.zeros(0, dtype=np.intp) for _ in sentences]
        batch = np.zeros((len(sentences), longest, self.width))
        for b, s in enumerate(sentences):
            batch[b, :len(s)] = s[:, cols]
        return [np.array(path, dtype=np.intp) for path in viterbi(batch, lengths, self.transitions[block])]


def batch_marginals(sentences: Sequence[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """`marginals` of several (steps, labels) score matrices at once: the soft document pass needs every
    token's marginals, so this runs one scaled forward and one backward sweep in probability space for
    the whole document (a matrix product per step instead of a log-sum-exp), padded to the longest.
    Step-major arrays and products written in place: the loop's cost is numpy's per-call overhead."""
    lengths = [len(s) for s in sentences]
    longest = max(lengths, default=0)
    if longest == 0:
        return [np.zeros((0, trans.shape[0])) for _ in sentences]
    width = trans.shape[0]
    batch = np.full((longest, len(sentences), width), -np.inf)
    batch[:, :, 0] = 0.0  # padding: any finite column, thrown away below
    for b, s in enumerate(sentences):
        batch[:len(s), b] = s
    with np.errstate(invalid="ignore"):
        local = np.exp(batch - batch.max(axis=2, keepdims=True))
    local = np.nan_to_num(local, nan=0.0)
    step = np.exp(trans)
    back = np.ascontiguousarray(step.T)
    alpha = np.empty_like(local)
    beta = np.empty_like(local)
    # Each row's scale is free (marginals are normalised per token at the end), so rescaling every few
    # steps is enough to stay far from float overflow and saves most of the per-step reductions.
    alpha[0] = local[0]
    for t in range(1, longest):
        np.matmul(alpha[t - 1], step, out=alpha[t])
        alpha[t] *= local[t]
        if t % _RESCALE == 0:
            alpha[t] /= alpha[t].sum(axis=1, keepdims=True)
    # A sentence's last token has nothing after it (beta 1); positions past its end are padding whose
    # values are never read, so the sweep runs over every row and resets a row only where it ends.
    ends: dict[int, list[int]] = {}
    for b, n in enumerate(lengths):
        if n:
            ends.setdefault(n - 1, []).append(b)
    beta[longest - 1] = 1.0
    weighted = np.empty_like(local[0])
    for t in range(longest - 2, -1, -1):
        np.multiply(local[t + 1], beta[t + 1], out=weighted)
        np.matmul(weighted, back, out=beta[t])
        if t % _RESCALE == 0:
            beta[t] /= beta[t].sum(axis=1, keepdims=True)
        if t in ends:
            beta[t, ends[t]] = 1.0
    out = alpha * beta
    out /= out.sum(axis=2, keepdims=True)
    return [out[:n, b] for b, n in enumerate(lengths)]


def viterbi(batch: np.ndarray, lengths: Sequence[int], trans: np.ndarray) -> list[list[int]]:
    """Best paths of a (sentences, steps, labels) score batch; each sentence ends at its own length.
    Ties go to the lowest label index, as in crfsuite (its loops keep the first strict maximum).
    The loop runs once per step for the whole batch, so numpy's per-call cost is what counts: scores
    are laid out step-major, each step takes the argmax over the contiguous axis and reads the maximum
    at it (a gather, cheaper than a second reduction), all into preallocated arrays."""
    sentences, steps, width = batch.shape
    cells = sentences * width
    emissions = np.ascontiguousarray(batch.transpose(1, 0, 2)).reshape(steps, cells)  # [step, sentence × label]
    into = np.ascontiguousarray(trans.T)  # [next, previous]
    deltas = np.empty_like(emissions)
    deltas[0] = emissions[0]
    previous = deltas.reshape(steps, sentences, 1, width)
    back = np.zeros((steps, cells), dtype=np.intp)
    total = np.empty((sentences, width, width))
    flat = total.reshape(-1)
    rows = np.arange(cells) * width
    for t in range(1, steps):
        np.add(previous[t - 1], into, out=total)
        best = total.argmax(axis=2).reshape(cells)
        back[t] = best
        np.add(flat[rows + best], emissions[t], out=deltas[t])
    back = back.reshape(steps, sentences, width)
    deltas = deltas.reshape(steps, sentences, width)
    paths = []
    for b, n in enumerate(lengths):
        if n == 0:
            paths.append([])
            continue
        pointers = back[:n, b].tolist()
        label = int(deltas[n - 1, b].argmax())
        path = [label]
        for t in range(n - 1, 0, -1):
            label = pointers[t][label]
            path.append(label)
        path.reverse()
        paths.append(path)
    return paths


def marginals(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """P(label at t | sentence) for a (steps, labels) score matrix: forward-backward in log space,
    what crfsuite's `Tagger.marginal` gives (to rounding)."""
    steps = len(scores)
    alpha = np.empty_like(scores)
    beta = np.zeros_like(scores)
    alpha[0] = scores[0]
    for t in range(1, steps):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, axis=0) + scores[t]
    for t in range(steps - 2, -1, -1):
        beta[t] = _logsumexp(trans + (scores[t + 1] + beta[t + 1])[None, :], axis=1)
    log_z = _logsumexp(alpha[-1], axis=0)
    with np.errstate(invalid="ignore"):  # a label a model lacks: -inf - -inf
        out = np.exp(alpha + beta - log_z)
    return np.nan_to_num(out, nan=0.0)


def _logsumexp(values: np.ndarray, axis: int) -> np.ndarray:
    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    return np.squeeze(top, axis=axis) + np.log(np.exp(values - top).sum(axis=axis))
