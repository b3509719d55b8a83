"""Document-level consistency: what the first pass found elsewhere in the same article.

A name is usually written out in full once and repeated, sometimes with a clitic, sometimes without
its title or the cue word that made it recognisable the first time. The second CRF sees, for each
token, the types the first pass gave to the same word (folded, clitics and ال off) anywhere else in
the document, and learns how far to trust them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from marsad.ner.evaluate import spans

MIN_LEN = 2
# A word repeated in one article but rare in the news at large (no word cluster) is usually the article's
# subject: a person (فرويد), a company, a place. Counts are bucketed: 1, 2, 3-4, 5+.
REPEAT_MIN_LEN = 3
_REPEAT_BUCKETS = ((5, "5"), (3, "3"), (2, "2"), (1, "1"))


def memory_features(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                    key: Callable[[str], str]) -> list[list[list[str]]]:
    """Per sentence and token, `doc=TYPE` / `docB=TYPE` features from the first-pass tags of the others."""
    seen: Counter[tuple[str, str, str]] = Counter()
    keys = [[key(t) for t in sent] for sent in sentences]
    for sent_keys, sent_tags in zip(keys, tags, strict=True):
        for first, last, kind in spans(sent_tags):
            for i in range(first, last):
                if len(sent_keys[i]) >= MIN_LEN:
                    seen[(sent_keys[i], kind, "B" if i == first else "I")] += 1
    if not seen:
        return [[[] for _ in sent] for sent in sentences]
    by_word: dict[str, list[tuple[str, str, int]]] = {}
    for (word, kind, pos), n in seen.items():
        by_word.setdefault(word, []).append((kind, pos, n))
    out: list[list[list[str]]] = []
    for sent_keys, sent_tags in zip(keys, tags, strict=True):
        own = _own_counts(sent_keys, sent_tags)
        feats: list[list[str]] = []
        for i, word in enumerate(sent_keys):
            here: list[str] = []
            for kind, pos, n in by_word.get(word, ()):
                if n - own.get((i, kind, pos), 0) > 0:
                    here.append(f"doc{pos}={kind}")
            feats.append(here)
        out.append(feats)
    return out


def _own_counts(keys: list[str], tags: Sequence[str]) -> dict[tuple[int, str, str], int]:
    """The token's own first-pass label, so a word is not its own evidence."""
    own: dict[tuple[int, str, str], int] = {}
    for first, last, kind in spans(tags):
        for i in range(first, last):
            own[(i, kind, "B" if i == first else "I")] = 1
    return own


def repeat_features(sentences: Sequence[Sequence[str]], key: Callable[[str], str],
                    clustered: Callable[[str], bool]) -> list[list[list[str]]]:
    """Per sentence and token, `rp=N` (how often the word's key occurs in the document, bucketed) and,
    for a word the unannotated news gives no cluster, `rpn=N` too: the first pass sees these, so an
    unknown name written many times (and never with a title) is still found."""
    keys = [[key(t) for t in sent] for sent in sentences]
    counts = Counter(k for sent in keys for k in sent if len(k) >= REPEAT_MIN_LEN)
    out: list[list[list[str]]] = []
    for sent, sent_keys in zip(sentences, keys, strict=True):
        feats: list[list[str]] = []
        for token, word in zip(sent, sent_keys, strict=True):
            n = counts.get(word, 0)
            if not n:
                feats.append([])
                continue
            bucket = next(label for floor, label in _REPEAT_BUCKETS if n >= floor)
            feats.append([f"rp={bucket}"] if clustered(token) else [f"rp={bucket}", f"rpn={bucket}"])
        out.append(feats)
    return out


# `soft` group: first-pass probabilities rather than tags. A name the first pass never quite tags (an unknown
# surname after a verb: ولد فرويد، كان فرويد) still gets some probability in many of its occurrences, and
# once in a while a high one; hard tags throw that away. Buckets of the best probability any other
# occurrence reached, and of how many other occurrences reached 0.2.
_SOFT_BUCKETS = ((0.5, "h"), (0.2, "m"), (0.05, "l"))
_SOFT_COUNT = ((4, "4"), (2, "2"), (1, "1"))
_SOFT_FLOOR = _SOFT_BUCKETS[-1][0]


def soft_memory_features(sentences: Sequence[Sequence[str]], probs: Sequence[np.ndarray], kinds: Sequence[str],
                         key: Callable[[str], str]) -> list[list[list[str]]]:
    """Per sentence and token, `dp=TYPE:bucket` and `dc=TYPE:count` from the first pass's probability that
    each other occurrence of the same word (folded, clitics and ال off) is inside a name of TYPE.
    `probs` holds one (tokens, kinds) matrix per sentence (`type_probabilities`). Vectorised over the
    document: per repeated word and type the best and second-best probability and how many reach 0.2,
    so a frequent word is never compared pairwise."""
    flat = [key(t) for sent in sentences for t in sent]
    empty: list[list[list[str]]] = [[[] for _ in sent] for sent in sentences]
    if not flat or not kinds:
        return empty
    ids: dict[str, int] = {}
    group = np.array([ids.setdefault(w, len(ids)) for w in flat])
    size = np.bincount(group, minlength=len(ids))
    long_enough = np.array([len(w) >= MIN_LEN for w in flat])
    repeated = long_enough & (size[group] >= 2)
    if not repeated.any():
        return empty
    table = np.concatenate([np.asarray(p, dtype=float).reshape(len(sent), len(kinds))
                            for p, sent in zip(probs, sentences, strict=True)])
    table = np.where(table >= _SOFT_FLOOR, table, 0.0)
    # Only words some occurrence of which the first pass thought possibly a name (most repeated words are
    # function words with no probability anywhere: they would give no feature).
    hot = np.zeros(len(ids), dtype=bool)
    hot[group[repeated & (table.max(axis=1) > 0)]] = True
    rows = np.flatnonzero(repeated & hot[group])
    feats: list[list[str]] = [[] for _ in flat]
    group, table = group[rows], table[rows]
    shape = (len(ids), len(kinds))
    best = np.zeros(shape)
    np.maximum.at(best, group, table)
    is_best = (table > 0) & (table == best[group])
    ties = np.zeros(shape)
    np.add.at(ties, group, is_best)
    second = np.zeros(shape)
    np.maximum.at(second, group, np.where(is_best, 0.0, table))
    other = np.where(is_best & (ties[group] < 2), second[group], best[group])  # the token's own is not evidence
    strong_here = table >= 0.2
    strong = np.zeros(shape)
    np.add.at(strong, group, strong_here)
    others_strong = strong[group] - strong_here
    for r, k in zip(*np.nonzero((other >= _SOFT_FLOOR) | (others_strong >= 1)), strict=True):
        i = rows[r]
        bucket = next((b for floor, b in _SOFT_BUCKETS if other[r, k] >= floor), "")
        if bucket:
            feats[i].append(f"dp={kinds[k]}:{bucket}")
        count = next((c for floor, c in _SOFT_COUNT if others_strong[r, k] >= floor), "")
        if count:
            feats[i].append(f"dc={kinds[k]}:{count}")
    out: list[list[list[str]]] = []
    at = 0
    for sent in sentences:
        out.append(feats[at:at + len(sent)])
        at += len(sent)
    return out


def type_columns(labels: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Entity types of a label set and the (labels, types) 0/1 matrix that sums a marginal row by type."""
    kinds = list(dict.fromkeys(label.partition("-")[2] for label in labels if label != "O" and "-" in label))
    matrix = np.zeros((len(labels), len(kinds)))
    for j, label in enumerate(labels):
        if label != "O" and "-" in label:
            matrix[j, kinds.index(label.partition("-")[2])] = 1.0
    return kinds, matrix


def joined(a: Sequence[Sequence[list[str]]], b: Sequence[Sequence[list[str]]]) -> list[list[list[str]]]:
    """Two per-sentence, per-token feature sets of one document, token by token (memory + soft)."""
    return [[x + y for x, y in zip(sa, sb, strict=True)] for sa, sb in zip(a, b, strict=True)]
