"""Entity-level exact-match scoring: a predicted entity counts only when span and type both match.

Tags are read CoNLL-style, so both IOB1 (ANERcorp: I- may open an entity) and IOB2 are accepted: an
I- tag whose type differs from the entity before it opens a new entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last_exclusive, type) of each entity in a tag sequence."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and typ == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, typ
    return out


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, Score]:
    """Per-type and micro-averaged (`ALL`) scores over aligned sentences of tags."""
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_ok: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g = set(spans(g_tags))
        p = set(spans(p_tags))
        for _, _, kind in g:
            n_gold[kind] += 1
        for _, _, kind in p:
            n_pred[kind] += 1
        for _, _, kind in g & p:
            n_ok[kind] += 1
    result = {kind: _score(n_gold[kind], n_pred[kind], n_ok[kind]) for kind in sorted(n_gold | n_pred)}
    result["ALL"] = _score(sum(n_gold.values()), sum(n_pred.values()), sum(n_ok.values()))
    return result


def _score(gold: int, predicted: int, correct: int) -> Score:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, gold, predicted, correct)


def format_scores(scores: dict[str, Score]) -> str:
    """A small table: type, precision, recall, F1, gold and predicted counts."""
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<6} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.gold:6d} {s.predicted:6d}")
    return "\n".join(lines)
