"""How far two human annotations of the same sentences agree: ANERcorp against NewsFANE.

NewsFANE re-annotates ANERcorp's newswire with 45 fine-grained types and its own guidelines. Where a
sentence of ANERcorp appears in NewsFANE, the two sets of names can be compared as a tagger's output is
compared with gold (ANERcorp taken as gold), which says how sharply each type is defined: if two careful
annotation efforts draw ORG differently, no tagger can match either one much better. NewsFANE splits
proclitics off (و، ب، ل، ال), so sentences are matched on their folded letters alone, and besides the
exact comparison a name counts as agreed when it ends at the same letter and its start lies at most three
letters later (a clitic left outside). Nothing here trains or selects a model.

Run: .venv/bin/python scripts/ner_agreement.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from marsad.ner.corpus import Sentence, read_conll
from marsad.ner.evaluate import spans
from marsad.text.normalize import normalize_form

# NewsFANE's fine types (an ACE-style two-level taxonomy) onto ANERcorp's four: persons; geo-political
# entities, places and facilities; organisations; vehicles, weapons and products as MISC. PER:Group
# (peoples and faiths: العرب، المسلمين), which ANERcorp never annotates as a name, is left out.
_FINE = {
    "PERS": "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police",
    "LOC": "Nation Population-Center State-or-Province GPE-Cluster Continent County-or-District Water-Body "
           "Land-Region-Natural Celestial Path Building-Grounds Airport Subarea-Facility Plant",
    "ORG": "Non-Governmental Sports Government Media Commercial Educational Medical-Science Entertainment "
           "Religious_ORG",
    "MISC": "Land Air Water Projectile Shooting Book Movie Software Hardware Food Drug",
}
FANE_TYPES = {fine: coarse for coarse, names in _FINE.items() for fine in names.split()}
TYPES = ("PERS", "LOC", "ORG", "MISC")
_NOT_LETTER = re.compile(r"[^\u0621-\u064a0-9]")
_CLITIC_SLACK = 3

Span = tuple[int, int, str]


def letter_spans(sentence: Sentence) -> tuple[str, set[Span]]:
    """The sentence's folded letters run together, and its names as (start, end, type) over them."""
    ends, position = [], 0
    for token in sentence.tokens:
        position += len(_NOT_LETTER.sub("", normalize_form(token) or token))
        ends.append(position)
    starts = [0, *ends[:-1]]
    letters = "".join(_NOT_LETTER.sub("", normalize_form(t) or t) for t in sentence.tokens)
    return letters, {(starts[a], ends[b - 1], kind) for a, b, kind in spans(sentence.tags)}


def agreement(gold: list[Sentence], other: dict[str, set[Span]], slack: int = 0) -> dict[str, Counter]:
    """Per type: names in `gold` (matched sentences only), names in `other`, names both have."""
    counts = {"gold": Counter(), "other": Counter(), "both": Counter(), "sentences": Counter()}
    for sentence in gold:
        letters, names = letter_spans(sentence)
        if not letters or letters not in other:
            continue
        theirs = other[letters]
        starts = {(end, kind): start for start, end, kind in theirs}
        counts["sentences"]["matched"] += 1
        for start, end, kind in names:
            counts["gold"][kind] += 1
            begin = starts.get((end, kind))
            counts["both"][kind] += begin is not None and 0 <= begin - start <= slack
        for _, _, kind in theirs:
            counts["other"][kind] += 1
    return counts


def _f1(both: int, gold: int, other: int) -> tuple[float, float, float]:
    precision, recall = both / max(other, 1), both / max(gold, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared", type=Path)
    args = parser.parse_args(argv)
    fane_path = args.shared / "data/newsfane-gold-2014/NewsFANE_Gold_2014_170K.txt"
    if not fane_path.exists():
        print(f"error: {fane_path} not found", file=sys.stderr)
        return 1
    other: dict[str, set[Span]] = {}
    for sentence in read_conll(fane_path, type_map=FANE_TYPES):
        letters, names = letter_spans(sentence)
        other.setdefault(letters, names)
    for split in ("train", "test"):
        gold = read_conll(args.shared / f"data/anercorp/splits/{split}.txt")
        for label, slack in (("exact", 0), (f"start up to {_CLITIC_SLACK} letters later", _CLITIC_SLACK)):
            counts = agreement(gold, other, slack)
            print(f"ANERcorp {split} ({counts['sentences']['matched']} of {len(gold)} sentences found in NewsFANE), "
                  f"NewsFANE scored against ANERcorp, {label}:")
            for kind in (*TYPES, "ALL"):
                pick = (lambda c: sum(c.values())) if kind == "ALL" else (lambda c, k=kind: c[k])
                g, o, b = pick(counts["gold"]), pick(counts["other"]), pick(counts["both"])
                p, r, f = _f1(b, g, o)
                print(f"  {kind:<5} ANERcorp {g:5d}  NewsFANE {o:5d}  both {b:5d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
