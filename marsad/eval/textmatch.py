"""Finding gold strings in an article and comparing names, the way the gold scorer needs it.

Gold annotations quote the article (surface forms, triggers, first words) but carry no offsets, so the
scorer has to find every place they occur. Exact search comes first; a folded search (hamza, ى/ي, ة/ه,
Persian letters, digits) is the fallback so gold written from a slightly different copy of the text is
still found, with offsets mapped back to the original.
"""

from __future__ import annotations

import re
import unicodedata

from marsad.text.normalize import normalize, normalize_form

_SPLIT = re.compile(r"(?<=[.!?؟])\s+")
_WS = re.compile(r"\s+")
_ACTOR_CODE = re.compile(r"^[A-Z]{3}(?:\s+[A-Z]{3})*$")


def locate(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) where `needle` occurs in `text`; folded matching when no exact hit."""
    if not needle:
        return []
    hits = _find_all(text, needle)
    if hits:
        return hits
    norm = normalize(text)
    folded_needle = normalize_form(needle)
    if not folded_needle:
        return []
    return [norm.to_original(s, e) for s, e in _find_all(norm.text, folded_needle)]


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = haystack.find(needle)
    while pos >= 0:
        out.append((pos, pos + len(needle)))
        pos = haystack.find(needle, pos + 1)
    return out


def gold_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by the rule in GOLD_FORMAT.md: lines, then a split after . ! ? ؟ and white space.

    The gold's `sentence_index` counts these, so the scorer must split the same way (whatever the
    system's own splitter does) to know which stretch of text a gold index points at.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            base = offset + line.index(stripped[0])
            start = 0
            for m in _SPLIT.finditer(stripped):
                spans.append((base + start, base + m.start()))
                start = m.end()
            spans.append((base + start, base + len(stripped)))
        offset += len(line) + 1
    return spans


def sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the gold sentence holding `offset` (the nearest one before it when between two)."""
    found = 0
    for i, (start, _end) in enumerate(spans):
        if start <= offset:
            found = i
        else:
            break
    return found


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def same_name(a: str | None, b: str | None) -> bool:
    """Case-, space-, hyphen- and accent-insensitive equality of two English names."""
    if not a or not b:
        return False
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-_.'’]+", "", plain.casefold())


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed: quotes are compared this way."""
    return _WS.sub(" ", text).strip()


def is_actor_code(value: str) -> bool:
    """True for CAMEO-style actor codes such as "IRN", "IRN GOV", "ISR MIL"."""
    return bool(_ACTOR_CODE.match(value.strip()))
