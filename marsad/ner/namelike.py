"""Does a word look like a name? Character n-grams of every name the project knows, against the news vocabulary.

Why: nearly half the names in new text were never seen in the annotated data, and the CRF's own character
trigrams are learned from the ~7,000 entity words of the training split only. The knowledge base and the
gazetteer hold some 13,000 name words (Arabic and transliterated: فابريغاس، استوكهولم، شيراتون) and the
news vocabulary some 30,000 ordinary words; a naive Bayes model over their 2–4-grams says how much a word
never seen looks like one or the other, and the CRF learns how far to trust it (the `namelike` group).

A word that is itself in the model's data is scored leave-one-out (its own n-grams taken off its classes'
counts), so a training-split name that happens to be listed gets a score as fair as an unseen name would:
otherwise the CRF would learn to trust a score that is only high because the word was counted.
The counts are built at training time and kept in the model folder (`namelike.tsv`), so tagging scores
words exactly as training did.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from marsad.ner.lexicon import Lexicon

CLASSES = ("PERS", "LOC", "ORG", "O")
_NAME_CLASSES = CLASSES[:3]
_SIZES = (2, 3, 4)
_SMOOTHING = 0.5
MIN_LETTERS = 3
# Buckets of the per-n-gram log-likelihood margin of the best name class over ordinary words.
_MARGINS = ((0.8, "4"), (0.4, "3"), (0.1, "2"), (-0.3, "1"))


def core(word: str) -> str:
    """The form scored: a folded word without the article (its stem, as features.py makes it)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def grams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i:i + n] for n in _SIZES for i in range(len(padded) - n + 1)]


class NameLikeness:
    """N-gram counts per class and the words counted (for leave-one-out scoring)."""

    def __init__(self, counts: dict[str, list[int]], members: dict[str, frozenset[str]]) -> None:
        self.counts = counts
        self.members = members
        self.totals = [sum(c[k] for c in counts.values()) for k in range(len(CLASSES))]
        self.vocabulary = max(len(counts), 1)

    @classmethod
    def build(cls, lexicon: Lexicon, news_words: object) -> NameLikeness:
        """From the lexicon's name words (types PERS/LOC/ORG) and news words that are neither names nor cues."""
        members: dict[str, set[str]] = {}
        for word, places in lexicon.positions.items():
            kinds = {p.partition(":")[0] for p in places} & set(_NAME_CLASSES)
            if kinds and len(core(word)) >= MIN_LETTERS:
                members.setdefault(core(word), set()).update(kinds)
        for word in news_words:
            if len(word) >= MIN_LETTERS and word not in lexicon.positions and word not in lexicon.cues:
                members.setdefault(core(word), {"O"})
        counts: dict[str, list[int]] = {}
        for word, kinds in members.items():
            for gram, n in Counter(grams(word)).items():
                row = counts.setdefault(gram, [0] * len(CLASSES))
                for kind in kinds:
                    row[CLASSES.index(kind)] += n
        return cls(counts, {w: frozenset(k) for w, k in members.items()})

    def write(self, path: Path) -> None:
        """`g<TAB>ngram<TAB>counts…` and `w<TAB>word<TAB>classes` lines, sorted for a stable file."""
        with path.open("w", encoding="utf-8") as fh:
            fh.write("#\t" + "\t".join(CLASSES) + "\n")
            for gram in sorted(self.counts):
                fh.write("g\t" + gram + "\t" + "\t".join(map(str, self.counts[gram])) + "\n")
            for word in sorted(self.members):
                fh.write("w\t" + word + "\t" + ",".join(sorted(self.members[word])) + "\n")

    @classmethod
    def load(cls, path: Path) -> NameLikeness | None:
        if not path.exists():
            return None
        counts: dict[str, list[int]] = {}
        members: dict[str, frozenset[str]] = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "g":
                    counts[parts[1]] = [int(x) for x in parts[2:]]
                elif parts[0] == "w":
                    members[parts[1]] = frozenset(parts[2].split(","))
        return cls(counts, members)

    def margins(self, word: str) -> dict[str, float]:
        """Per name class, the mean per-n-gram log-likelihood over that of ordinary words."""
        word = core(word)
        own = self.members.get(word, frozenset())
        mine = Counter(grams(word))
        size = sum(mine.values())
        scores = []
        for k, kind in enumerate(CLASSES):
            out = kind in own
            total = self.totals[k] - (size if out else 0)
            denominator = math.log(total + _SMOOTHING * self.vocabulary)
            s = 0.0
            for gram, n in mine.items():
                row = self.counts.get(gram)
                count = (row[k] if row else 0) - (n if out else 0)
                s += n * (math.log(max(count, 0) + _SMOOTHING) - denominator)
            scores.append(s / size)
        return {kind: scores[k] - scores[-1] for k, kind in enumerate(_NAME_CLASSES)}

    def features(self, word: str) -> list[str]:
        """`nl=bucket` (how name-like) and, when it leans to names, `nt=TYPE` (which kind of name)."""
        if len(core(word)) < MIN_LETTERS or not any("\u0600" <= ch <= "\u06ff" for ch in word):
            return []
        margins = self.margins(word)
        best = max(margins, key=margins.__getitem__)
        bucket = next((b for floor, b in _MARGINS if margins[best] >= floor), "0")
        return [f"nl={bucket}", f"nt={best}"] if bucket in ("4", "3", "2") else [f"nl={bucket}"]
