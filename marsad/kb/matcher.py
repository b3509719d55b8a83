"""A word trie over folded alias forms, matched on `doc.tokens` with clitic-aware first words.

The first token of a match may carry separable proclitics (و ف ب ل ك، لل = ل + ال), read through
`clitic_variants`; office words may also carry an enclitic pronoun (نظيره). Later tokens must match
their folded form exactly, which keeps the scan to one dict lookup per token and variant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from marsad.doc import Token
from marsad.kb.loader import AliasRow
from marsad.text.normalize import normalize_form
from marsad.text.tokens import CONJUNCTIONS, ENCLITICS, PREPOSITIONS, clitic_variants, tokenize

_PAYLOAD = ""  # trie key holding the rows that end at a node (words are never empty)
_PROCLITIC_START = frozenset(CONJUNCTIONS + PREPOSITIONS)
_FUTURE = "س"
_HEADS = frozenset(normalize_form(w) for w in ("رئيس", "رئيسة"))
_ENCLITIC_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


class Match(NamedTuple):
    """Tokens [first, last] matched `rows`; `prefix`/`suffix` are the clitics split off the ends."""

    first: int
    last: int
    prefix: str
    suffix: str
    rows: tuple[AliasRow, ...]


def phrase_words(form: str) -> tuple[str, ...]:
    """Split a folded alias into the token norms the matcher compares (punctuation included)."""
    return tuple(tok.norm for tok in tokenize(form))


class Matcher:
    """Longest-first, left-to-right matching of alias phrases on tokens."""

    def __init__(self, rows: Iterable[AliasRow], enclitic_kinds: Sequence[str] = ("role",)) -> None:
        self.root: dict = {}
        self.enclitic_ok: set[str] = set()
        self.size = 0
        for row in rows:
            words = phrase_words(normalize_form(row.form))
            if not words:
                continue
            node = self.root
            for word in words:
                node = node.setdefault(word, {})
            bucket = node.setdefault(_PAYLOAD, [])
            if row not in bucket:
                bucket.append(row)
                self.size += 1
            if row.kind in enclitic_kinds and len(words) == 1:
                self.enclitic_ok.add(words[0])
        self.enclitic_forms = self._enclitic_forms()

    def _enclitic_forms(self) -> dict[str, tuple[str, str, str]]:
        """Every written form of an office word with a pronoun (نظيره، ونظيرته) -> (prefix, form, suffix).

        Precomputed so the scan needs one dict lookup per token instead of listing enclitic splits.
        """
        out: dict[str, tuple[str, str, str]] = {}
        for form in self.enclitic_ok:
            if form.startswith("ال"):
                continue  # a noun with the article takes no pronoun: "السمو الملكي" is royal, not "my king"
            stems = [form] + ([form[:-1] + "ت"] if form.endswith("ه") else [])
            for stem in stems:
                for enc in ENCLITICS:
                    for prefix in _ENCLITIC_PREFIXES:
                        out.setdefault(prefix + stem + enc, (prefix, form, enc))
        return out

    def _extend(self, node: dict, tokens: Sequence[Token], i: int) -> tuple[int, list | None]:
        """From `node` (already past token i), follow exact words; return the last index with rows."""
        best_last, best_rows = (i, node.get(_PAYLOAD)) if _PAYLOAD in node else (-1, None)
        j = i + 1
        while j < len(tokens):
            node = node.get(tokens[j].norm)
            if node is None:
                break
            if _PAYLOAD in node:
                best_last, best_rows = j, node[_PAYLOAD]
            j += 1
        return best_last, best_rows

    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest match starting at token i, preferring the reading with fewer clitics."""
        tok = tokens[i]
        if tok.kind != "word":
            return None
        norm = tok.norm
        root = self.root
        if norm[0] not in _PROCLITIC_START:
            node = root.get(norm)
            best = None
            if node is not None:
                last, rows = self._extend(node, tokens, i)
                if rows:
                    best = Match(i, last, "", "", tuple(rows))
        else:
            best = self._best_split(tokens, i)
        if best is None and norm in self.enclitic_forms:
            prefix, form, suffix = self.enclitic_forms[norm]
            return Match(i, i, prefix, suffix, tuple(root[form][_PAYLOAD]))
        return best

    def other_readings(self, tokens: Sequence[Token], match: Match) -> list[Match]:
        """One-word matches of the same token through another proclitic reading than `match`'s (وجدة:
        the city Oujda, or و + جدة, Jeddah), for the caller to choose between in context."""
        if match.first != match.last or match.suffix:
            return []
        out = []
        for split in clitic_variants(tokens[match.first].norm):
            if split.prefix == match.prefix or _FUTURE in split.prefix:
                continue
            rows = self.root.get(split.form, {}).get(_PAYLOAD)
            if rows:
                out.append(Match(match.first, match.first, split.prefix, "", tuple(rows)))
        return out

    def _best_split(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest match over the proclitic readings of token i (fewer clitics win ties)."""
        best: Match | None = None
        for split in clitic_variants(tokens[i].norm):
            node = self.root.get(split.form) if _FUTURE not in split.prefix else None
            if node is None:
                continue  # the future's س joins verbs only: "سمكة قرش" is a shark, not Mecca
            last, rows = self._extend(node, tokens, i)
            if rows and (best is None or last > best.last):
                best = Match(i, last, split.prefix, "", tuple(rows))
        return best

    def scan(self, tokens: Sequence[Token]) -> list[Match]:
        """All non-overlapping matches, leftmost then longest."""
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            found = self.match_at(tokens, i)
            if found is None:
                i += 1
                continue
            shorter = self._office_before_body(tokens, found)
            if shorter is not None:
                out.append(shorter)  # "رئيس البرلمان العربي": the office رئيس, then the Arab Parliament
                i = found.last
                continue
            out.append(found)
            i = found.last + 1
        return out

    def _office_before_body(self, tokens: Sequence[Token], found: Match) -> Match | None:
        """An office phrase whose last word opens a longer name that is no office ("رئيس البرلمان" in "رئيس
        البرلمان العربي"): the office without that word, when it is an office too, so the name is read whole."""
        if found.last == found.first or not all(row.kind == "role" for row in found.rows):
            return None
        body = self.match_at(tokens, found.last)
        if body is None or body.last <= found.last or \
                not all(row.kind == "name" and row.value.startswith("org.") for row in body.rows):
            return None
        shorter = self.match_at(tokens[:found.last], found.first)
        # only a head of a body (رئيس): a minister's portfolio is the ministry, read by the descriptions
        # ("وزيرة الخارجية الأميركية" stays the secretary of state)
        return shorter if shorter is not None and shorter.last == found.first and \
            tokens[found.first].norm in _HEADS and all(row.kind == "role" for row in shorter.rows) else None
