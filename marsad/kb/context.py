"""Choosing between homographs with the words around them.

عمان is Oman or Amman, الكويت/الجزائر/تونس are countries or their capitals. The rules are deliberately
simple and local: a cue word right before the name (العاصمة، مدينة، سلطنة), then which of the candidate
countries the same sentence talks about, then the country reading as the default. Towns of the same
name in two countries (زنجبار) go by the country the sentence (else the article) talks about.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.doc import Token
from marsad.kb.base import KnowledgeBase
from marsad.kb.model import KBEntry
from marsad.text.normalize import normalize_form

CITY_CUES = frozenset(normalize_form(w) for w in ("العاصمة", "عاصمة", "مدينة", "المدينة", "بلدية"))
STATE_CUES = frozenset(normalize_form(w) for w in (
    "سلطنة", "دولة", "مملكة", "جمهورية", "إمارة", "بلاد", "حكومة", "شعب", "أمير", "سلطان", "ملك",
))


def choose(kb: KnowledgeBase, ids: Sequence[str], tokens: Sequence[Token], first: int, last: int,
           sentence_countries: dict[str, int], article_countries: dict[str, int] | None = None,
           dateline: bool = False) -> str:
    """The id among `ids` (country and capital readings) that the context favours. A dateline names
    the city the report was filed from ("عمان - بترا" is Amman, never Oman)."""
    entries = [e for e in (kb.get(i) for i in ids) if e is not None]
    if len(entries) < 2:
        return ids[0]
    cities = [e for e in entries if e.role == "capital"]
    states = [e for e in entries if e.role != "capital"]
    before = {_bare(tokens[k]) for k in range(max(0, first - 2), first)}
    after = _bare(tokens[last + 1]) if last + 1 < len(tokens) else ""
    if cities and (dateline or before & CITY_CUES or after in {normalize_form("العاصمة")}
                   or _among_capitals(kb, tokens, first, last)):
        return _by_country(cities, sentence_countries).id
    if states and before & STATE_CUES:
        return states[0].id
    if cities and states:
        city_votes = max(sentence_countries.get(c.country or "", 0) for c in cities)
        state_votes = max(sentence_countries.get(s.country or "", 0) for s in states)
        foreign = [c for c in cities if c.country not in {s.country for s in states}]
        if foreign and city_votes > state_votes:
            return _by_country(foreign, sentence_countries).id
    # Same name in several countries (زنجبار: Zanzibar, Zinjibar): the country the sentence talks about.
    pool = states or entries
    best = _by_country(pool, sentence_countries)
    if not sentence_countries.get(best.country or "") and article_countries:
        best = _by_country(pool, article_countries)
    return best.id


def _among_capitals(kb: KnowledgeBase, tokens: Sequence[Token], first: int, last: int) -> bool:
    """The name stands in a list with another capital ("الرياض وأنقرة وعمان ودمشق"): a city too."""
    names = kb.capital_names()
    own = tokens[first].norm.removeprefix("و")
    for k in (first - 1, last + 1):
        if 0 <= k < len(tokens) and tokens[k].text in {"،", ","}:
            k += -1 if k < first else 1
        if 0 <= k < len(tokens) and tokens[k].kind == "word":
            word = tokens[k].norm
            if (word in names or word.removeprefix("و") in names) and word.removeprefix("و") != own and \
                    (k > last and word.startswith("و") or k < first and tokens[first].norm.startswith("و")
                     or tokens[min(k, first) + 1].text in {"،", ","}):
                return True
    return False


def _bare(tok: Token) -> str:
    """A token's form without و/ف/ب/ل so that والعاصمة and بمدينة count as cues."""
    norm = tok.norm
    for pre in ("و", "ف", "ب", "ل"):
        if norm.startswith(pre) and norm[1:] in CITY_CUES | STATE_CUES:
            return norm[1:]
    return norm


def _by_country(entries: list[KBEntry], votes: dict[str, int]) -> KBEntry:
    return max(entries, key=lambda e: votes.get(e.country or "", 0))
