"""How consistently one annotated file draws each type: a name's other occurrences, annotated alike?

For every string the file annotates as a name at least once, each place the same words occur again (not
inside a longer annotated name) is checked: is it annotated exactly, with the string's most frequent type?
Strings seen only once say nothing and are skipped. A low share for a type means the same words are a
name here and plain text there (نيسان the month as ORG once, الاكراد ORG in one story and nothing in the
next), and a tagger trained on the file learns to hold back on that type. Nothing here trains or selects
a model.

Run: .venv/bin/python scripts/ner_consistency.py FILE [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence

from marsad.ner.corpus import Sentence, read_conll
from marsad.ner.evaluate import spans


def consistency(sentences: Sequence[Sentence]) -> dict[str, tuple[int, int]]:
    """Per type: (occurrences annotated exactly with their string's usual type, occurrences)."""
    names = [{(a, b): kind for a, b, kind in spans(s.tags)} for s in sentences]
    types: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence, found in zip(sentences, names, strict=True):
        for (a, b), kind in found.items():
            types[tuple(sentence.tokens[a:b])][kind] += 1
    longest = max((len(k) for k in types), default=0)
    seen: dict[tuple[str, ...], list[bool]] = defaultdict(list)
    for sentence, found in zip(sentences, names, strict=True):
        tokens = sentence.tokens
        for i in range(len(tokens)):
            for size in range(1, min(longest, len(tokens) - i) + 1):
                words = tuple(tokens[i:i + size])
                if words not in types or _inside_longer(found, i, i + size):
                    continue
                usual = types[words].most_common(1)[0][0]
                seen[words].append(found.get((i, i + size)) == usual)
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for words, marks in seen.items():
        if len(marks) < 2:
            continue
        usual = types[words].most_common(1)[0][0]
        out[usual][0] += sum(marks)
        out[usual][1] += len(marks)
    return {kind: (agreed, total) for kind, (agreed, total) in sorted(out.items())}


def _inside_longer(found: dict[tuple[int, int], str], start: int, end: int) -> bool:
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in found)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    for path in args.files:
        try:
            sentences = read_conll(path)
        except OSError as err:
            print(f"error: cannot read {path}: {err.strerror}", file=sys.stderr)
            return 2
        print(path)
        for kind, (agreed, total) in consistency(sentences).items():
            print(f"  {kind:5} {agreed:5} / {total:5} = {agreed / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
