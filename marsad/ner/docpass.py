"""Document-level consistency: what the first pass found elsewhere in the same article.

A name is usually written out in full once and repeated, sometimes with a clitic, sometimes without
its title or the cue word that made it recognisable the first time. The second CRF sees, for each
token, the types the first pass gave to the same word (folded, clitics and ال off) anywhere else in
the document, and learns how far to trust them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from marsad.ner.evaluate import spans

MIN_LEN = 2
# A word repeated in one article but rare in the news at large (no word cluster) is usually the article's
# subject: a person (فرويد), a company, a place. Counts are bucketed: 1, 2, 3-4, 5+.
REPEAT_MIN_LEN = 3
_REPEAT_BUCKETS = ((5, "5"), (3, "3"), (2, "2"), (1, "1"))


# Every document feature is computed as an indicator matrix over a short list of feature names (one row
# per token of the document): the tagger's fast path multiplies it by those names' weights, training and
# the reference path turn it into feature strings (`as_features`), so both see the same features.
Indicators = tuple[list[str], np.ndarray]  # feature names, (tokens, names) 0/1 or bool matrix


def memory_features(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                    key: Callable[[str], str]) -> list[list[list[str]]]:
    """Per sentence and token, `doc=TYPE` / `docB=TYPE` features from the first-pass tags of the others."""
    keys = [key(t) for sent in sentences for t in sent]
    kinds = sorted({kind for sent_tags in tags for _, _, kind in spans(sent_tags)})
    kind_of = np.full(len(keys), -1)
    begins = np.zeros(len(keys), dtype=bool)
    at = 0
    for sent_tags in tags:
        for first, last, kind in spans(sent_tags):
            kind_of[at + first:at + last] = kinds.index(kind)
            begins[at + first] = True
        at += len(sent_tags)
    return as_features(sentences, memory_indicators(keys, kind_of, begins, kinds))


def memory_indicators(keys: Sequence[str], kind_of: np.ndarray, begins: np.ndarray,
                      kinds: Sequence[str]) -> Indicators:
    """`memory_features` over a document's flat tokens: `kind_of` the index in `kinds` of the first-pass
    entity each token is inside (-1 outside), `begins` whether it is the entity's first token. A token
    gets `docB=TYPE` / `doc=TYPE`... as `doc{pos}={kind}` when another token of the same key (two letters
    or more) was at that position of an entity of that type: a word is not its own evidence."""
    names = [f"doc{pos}={kind}" for kind in kinds for pos in ("B", "I")]
    group = _groups(keys)
    out = np.zeros((len(keys), len(names)))
    inside = (kind_of >= 0) & np.array([len(k) >= MIN_LEN for k in keys], dtype=bool)
    if not inside.any():
        return names, out
    code = kind_of * 2 + (~begins).astype(int)
    counts = np.zeros((int(group.max()) + 1, len(names)))
    np.add.at(counts, (group[inside], code[inside]), 1.0)
    out = counts[group]
    rows = np.flatnonzero(inside)
    out[rows, code[rows]] -= 1.0
    return names, out > 0


def repeat_features(sentences: Sequence[Sequence[str]], key: Callable[[str], str],
                    clustered: Callable[[str], bool]) -> list[list[list[str]]]:
    """Per sentence and token, `rp=N` (how often the word's key occurs in the document, bucketed) and,
    for a word the unannotated news gives no cluster, `rpn=N` too: the first pass sees these, so an
    unknown name written many times (and never with a title) is still found."""
    tokens = [t for sent in sentences for t in sent]
    return as_features(sentences, repeat_indicators([key(t) for t in tokens], [clustered(t) for t in tokens]))


def repeat_indicators(keys: Sequence[str], clustered: Sequence[bool]) -> Indicators:
    """`repeat_features` over a document's flat tokens (keys, and whether the news clusters know each)."""
    labels = [label for _, label in _REPEAT_BUCKETS]
    names = [f"rp={b}" for b in labels] + [f"rpn={b}" for b in labels]
    out = np.zeros((len(keys), len(names)), dtype=bool)
    if not keys:
        return names, out
    group = _groups(keys)
    long_enough = np.array([len(k) >= REPEAT_MIN_LEN for k in keys], dtype=bool)
    counts = np.bincount(group[long_enough], minlength=int(group.max()) + 1)[group]
    floors = np.array([floor for floor, _ in _REPEAT_BUCKETS])  # descending
    bucket = (counts[:, None] < floors).sum(axis=1)  # index of the first floor reached
    rows = np.flatnonzero(long_enough & (counts > 0))
    out[rows, bucket[rows]] = True
    unknown = rows[~np.asarray(clustered, dtype=bool)[rows]]
    out[unknown, len(labels) + bucket[unknown]] = True
    return names, out


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
    `probs` holds one (tokens, kinds) matrix per sentence (`type_probabilities`)."""
    keys = [key(t) for sent in sentences for t in sent]
    if not keys or not kinds:
        return [[[] for _ in sent] for sent in sentences]
    table = np.concatenate([np.asarray(p, dtype=float).reshape(len(sent), len(kinds))
                            for p, sent in zip(probs, sentences, strict=True)])
    return as_features(sentences, soft_indicators(keys, table, kinds))


def soft_indicators(keys: Sequence[str], table: np.ndarray, kinds: Sequence[str]) -> Indicators:
    """`soft_memory_features` over a document's flat tokens and its (tokens, kinds) probability table.
    Vectorised: per repeated word and type the best and second-best probability and how many reach 0.2,
    so a frequent word is never compared pairwise."""
    names = ([f"dp={kind}:{b}" for kind in kinds for _, b in _SOFT_BUCKETS]
             + [f"dc={kind}:{c}" for kind in kinds for _, c in _SOFT_COUNT])
    out = np.zeros((len(keys), len(names)), dtype=bool)
    if not keys or not kinds:
        return names, out
    group = _groups(keys)
    groups = int(group.max()) + 1
    size = np.bincount(group, minlength=groups)
    long_enough = np.array([len(w) >= MIN_LEN for w in keys], dtype=bool)
    repeated = long_enough & (size[group] >= 2)
    if not repeated.any():
        return names, out
    table = np.where(table >= _SOFT_FLOOR, table, 0.0)
    # Only words some occurrence of which the first pass thought possibly a name (most repeated words are
    # function words with no probability anywhere: they would give no feature).
    hot = np.zeros(groups, dtype=bool)
    hot[group[repeated & (table.max(axis=1) > 0)]] = True
    rows = np.flatnonzero(repeated & hot[group])
    group, table = group[rows], table[rows]
    shape = (groups, len(kinds))
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
    width = len(_SOFT_BUCKETS)
    prob_floors = np.array([floor for floor, _ in _SOFT_BUCKETS])
    count_floors = np.array([floor for floor, _ in _SOFT_COUNT])
    prob_bucket = (other[:, :, None] < prob_floors).sum(axis=2)  # (rows, kinds): first floor reached
    count_bucket = (others_strong[:, :, None] < count_floors).sum(axis=2)
    kind_index = np.arange(len(kinds))
    r, k = np.nonzero(prob_bucket < width)
    out[rows[r], kind_index[k] * width + prob_bucket[r, k]] = True
    r, k = np.nonzero(count_bucket < len(_SOFT_COUNT))
    out[rows[r], len(kinds) * width + kind_index[k] * len(_SOFT_COUNT) + count_bucket[r, k]] = True
    return names, out


def _groups(keys: Sequence[str]) -> np.ndarray:
    """An integer id per distinct key, in order of first occurrence."""
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(k, len(ids)) for k in keys], dtype=np.intp)


def as_features(sentences: Sequence[Sequence[str]], indicators: Indicators) -> list[list[list[str]]]:
    """An indicator matrix over a document's flat tokens as per-sentence, per-token feature strings."""
    names, matrix = indicators
    flat: list[list[str]] = [[] for _ in range(len(matrix))]
    for i, j in zip(*np.nonzero(matrix), strict=True):
        flat[i].append(names[j])
    out: list[list[list[str]]] = []
    at = 0
    for sent in sentences:
        out.append(flat[at:at + len(sent)])
        at += len(sent)
    return out


# `topic` group: a document is about a topic when at least TOPIC_MIN of its words are that topic's words and
# twice as many as the next topic's (data/topics.tsv): sport, business and culture reports name clubs,
# companies and works where other news names places and people.
TOPIC_MIN = 4


def document_topic(words: Sequence) -> str:
    """The topic of a document from its words (`features._Word.topic`), or "" when none stands out."""
    counts: dict[str, int] = {}
    for w in words:
        if w.topic:
            counts[w.topic] = counts.get(w.topic, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < TOPIC_MIN or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    return ranked[0][0]


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
