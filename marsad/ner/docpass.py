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


def soft_memory_features(sentences: Sequence[Sequence[str]], probs: Sequence[Sequence[dict[str, float]]],
                         key: Callable[[str], str]) -> list[list[list[str]]]:
    """Per sentence and token, `dp=TYPE:bucket` and `dc=TYPE:count` from the first pass's probability that
    each other occurrence of the same word (folded, clitics and ال off) is inside a name of TYPE."""
    keys = [[key(t) for t in sent] for sent in sentences]
    where: dict[str, list[dict[str, float]]] = {}
    for sent_keys, sent_probs in zip(keys, probs, strict=True):
        for word, p in zip(sent_keys, sent_probs, strict=True):
            if len(word) >= MIN_LEN:
                where.setdefault(word, []).append(p)
    out: list[list[list[str]]] = []
    for sent_keys, sent_probs in zip(keys, probs, strict=True):
        feats: list[list[str]] = []
        for word, own in zip(sent_keys, sent_probs, strict=True):
            others = where.get(word, ())
            here: list[str] = []
            if len(others) > 1:
                for kind in {k for p in others for k, v in p.items() if v >= _SOFT_BUCKETS[-1][0]}:
                    values = [p.get(kind, 0.0) for p in others]
                    values.remove(own.get(kind, 0.0))  # the token's own reading is not evidence
                    best = max(values, default=0.0)
                    bucket = next((b for floor, b in _SOFT_BUCKETS if best >= floor), "")
                    if bucket:
                        here.append(f"dp={kind}:{bucket}")
                    strong = sum(1 for v in values if v >= 0.2)
                    count = next((c for floor, c in _SOFT_COUNT if strong >= floor), "")
                    if count:
                        here.append(f"dc={kind}:{count}")
            feats.append(here)
        out.append(feats)
    return out


def type_probabilities(labels: Sequence[str], marginals) -> list[dict[str, float]]:
    """Per token, P(inside a name of each type) from a (tokens, labels) marginal matrix (any scheme)."""
    kinds: dict[str, list[int]] = {}
    for j, label in enumerate(labels):
        if label != "O" and "-" in label:
            kinds.setdefault(label.partition("-")[2], []).append(j)
    names = list(kinds)
    if not names or len(marginals) == 0:
        return [{} for _ in range(len(marginals))]
    sums = np.stack([np.asarray(marginals)[:, cols].sum(axis=1) for cols in kinds.values()], axis=1)
    return [{k: v for k, v in zip(names, row, strict=True) if v >= 0.01} for row in sums.tolist()]
