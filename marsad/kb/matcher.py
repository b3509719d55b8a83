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
from marsad.text.tokens import clitic_variants, tokenize

_PAYLOAD = ""  # trie key holding the rows that end at a node (words are never empty)


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
        best: Match | None = None
        root = self.root
        for split in clitic_variants(tok.norm):
            node = root.get(split.form)
            if node is None:
                continue
            last, rows = self._extend(node, tokens, i)
            if rows and (best is None or last > best.last):
                best = Match(i, last, split.prefix, "", tuple(rows))
        if best is None and len(tok.norm) > 3:
            for split in clitic_variants(tok.norm, True):
                if split.suffix and split.form in self.enclitic_ok:
                    rows = root[split.form].get(_PAYLOAD)
                    if rows:
                        return Match(i, i, split.prefix, split.suffix, tuple(rows))
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
            out.append(found)
            i = found.last + 1
        return out
