"""What the tagger knows before it reads a sentence: knowledge-base and gazetteer names, cue words, clusters.

These are features the CRF learns to weigh, never overrides: a name listed in the knowledge base still
has to look like a name in context. Forms are folded (`normalize_form`) so spelling variants meet.
"""

from __future__ import annotations

import bisect
import csv
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.compiled import compiled
from marsad.text.normalize import normalize_form

DATA = Path(__file__).resolve().parent / "data"
# Hand-written gazetteer of the wider world beyond the knowledge base (clubs, companies, media, universities,
# world figures, places, events): extra phrases for the `gz=`, `np=` and `part=` features, never links.
NAMES = DATA / "names.tsv"
NAME_TYPES = frozenset({"PERS", "ORG", "LOC", "MISC"})
log = logging.getLogger(__name__)
# Knowledge-base types as ANERcorp labels them (countries and cities are LOC there).
KB_TYPES = {"PER": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@dataclass
class Lexicon:
    """Folded single-word cues, whole-name phrases by first word, and words seen inside names."""

    cues: dict[str, set[str]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    parts: dict[str, set[str]] = field(default_factory=dict)
    # Word → `TYPE:position` inside the names it occurs in (S single, F first, I inner, L last word).
    positions: dict[str, set[str]] = field(default_factory=dict)
    _known: set[tuple[tuple[str, ...], str]] = field(default_factory=set, repr=False)
    # Names only the hand-written gazetteer lists (not the knowledge base): the `gzsrc` feature group.
    listed: set[tuple[tuple[str, ...], str]] = field(default_factory=set, repr=False)

    def add_phrase(self, words: tuple[str, ...], kind: str) -> None:
        """Register a name (folded words) of `kind`; the longest phrases are tried first, equal lengths in
        the order added. A set answers "already listed" and the bucket is kept sorted by insertion, since
        one first word (وزارة، جامعة) heads over a thousand gazetteer names and re-sorting per name made
        loading quadratic."""
        if (words, kind) in self._known:
            return
        self._known.add((words, kind))
        bisect.insort(self.phrases.setdefault(words[0], []), (words, kind), key=_longest_first)
        last = len(words) - 1
        for k, word in enumerate(words):
            self.parts.setdefault(word, set()).add(kind)
            where = "S" if last == 0 else "F" if k == 0 else "L" if k == last else "I"
            self.positions.setdefault(word, set()).add(f"{kind}:{where}")


def _longest_first(phrase: tuple[tuple[str, ...], str]) -> int:
    return -len(phrase[0])


def load_cues(path: Path = DATA / "cues.tsv") -> dict[str, set[str]]:
    """Folded cue word → cue kinds (title, org, loc, misc, person_part, given)."""
    cues: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            word = normalize_form(row["word"])
            if word and " " not in word:
                cues.setdefault(word, set()).add(row["cue"])
    return cues


@lru_cache(maxsize=1)
def load_topics(path: Path = DATA / "topics.tsv") -> dict[str, str]:
    """Folded word → the topic it signals (sport, business, culture), from `data/topics.tsv`."""
    topics: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            word = normalize_form(row["word"])
            if word and " " not in word:
                topics.setdefault(word, row["topic"])
    return topics


def load_names(path: Path = NAMES) -> list[tuple[tuple[str, ...], str]]:
    """(folded words, type) of each gazetteer row. Lines starting with `#` head sections; rows with an
    unknown type are skipped with a warning, so a typo in the data file cannot invent a new label."""
    names: list[tuple[tuple[str, ...], str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))  # `#` heads a section
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = (row.get("type") or "").strip()
            words = tuple(w for w in (normalize_form(t) for t in (row.get("name") or "").split()) if w)
            if kind not in NAME_TYPES:
                log.warning("%s: unknown type %r for %r", path.name, kind, row.get("name"))
            elif words:
                names.append((words, kind))
    return names


def _walk(node: dict, words: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], list]]:
    for key, child in node.items():
        if key == "":
            yield words, child
        else:
            yield from _walk(child, (*words, key))


def load_lexicon(config: object | None = None, names: Path | None = NAMES) -> Lexicon:
    """Cue words plus the knowledge base's names (PER/ORG/LOC), nationality adjectives and offices, and
    the gazetteer `names` (None leaves it out, for comparisons). Gazetteer names come after the knowledge
    base's, so where both list the same words the knowledge base's type is tried first. With some 45,000
    phrases, building costs about a second; the compiled lexicon is cached like the knowledge base
    (marsad/compiled.py), keyed on every file it is built from, so a tagger loads well under the 2 s budget."""
    from marsad.kb import kb_sources

    extra = tuple(str(p) for p in getattr(config, "kb_paths", ()) or ())
    gazetteer = names if names is not None and names.exists() else None
    sources = [*kb_sources(extra), DATA / "cues.tsv", Path(__file__), Path(sys.modules[normalize_form.__module__].__file__)]
    sources += [gazetteer] if gazetteer is not None else []
    return compiled("ner-lexicon", sources, lambda: _build_lexicon(config, gazetteer))


def _build_lexicon(config: object | None, names: Path | None) -> Lexicon:
    from marsad.kb import load_kb

    lexicon = Lexicon(cues=load_cues())
    kb = load_kb(config)
    for words, rows in _walk(kb.matcher.root, ()):
        for row in rows:
            if row.tag == "dateline" or kb.weak_medium(row):
                continue  # context-bound short names (قنا، "الشرق الأوسط" the paper): not name evidence for the tagger
            kind = _row_kind(kb, row)
            if kind:
                lexicon.add_phrase(words, kind)
    if names is not None:
        for words, kind in load_names(names):
            if (words, kind) not in lexicon._known:
                lexicon.listed.add((words, kind))
            lexicon.add_phrase(words, kind)
    log.info("ner lexicon: %d cue words, %d name first words", len(lexicon.cues), len(lexicon.phrases))
    return lexicon


def _row_kind(kb, row) -> str | None:
    if row.kind == "nisba":
        return "NISBA"
    if row.kind == "role":
        return "ROLE"
    entry = kb.get(row.value)
    return KB_TYPES.get(entry.type) if entry is not None else None


def load_signs(path: Path) -> dict[str, str] | None:
    """Folded word → its sign code (`clusters.sign_codes`) from a `word<TAB>code` file; None without one."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line)


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """Folded word → its cluster ids at each granularity, from a `word<TAB>id<TAB>id…` file."""
    clusters: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return clusters
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) > 1:  # keys folded again: a file written under an older folding still matches
                clusters.setdefault(normalize_form(parts[0]), tuple(parts[1:]))
    return clusters
