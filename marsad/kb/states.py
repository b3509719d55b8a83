"""A state named by what it is rather than by its name: "المملكة"، "السلطنة".

Saudi, Jordanian, Moroccan and Bahraini outlets call their own country "المملكة" far more often than by
its name ("وصل إلى المملكة"، "سفير المملكة لدى …"), Omani ones theirs "السلطنة". Which kingdom is meant is
the article's own evidence: of the states the word may stand for (`data/state_words.tsv`), the one the
article names by a title holding the word ("المملكة الأردنية الهاشمية"; the last before it, else the first
after), else the one its known names and nationality adjectives point to clearly most ("خادم الحرمين الشريفين"، "عكاظ" make it Saudi Arabia);
a surname the article may not mean (جودة) is no evidence; with none, the outlet's country when the word
may name it and the article names no other (marsad/kb/outlets.py). Else the word stays unread, not guessed.
A word that goes on with an adjective ("المملكة الحيوانية"، "السلطنة العثمانية") names something else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from marsad.doc import Document, Mention, Token
from marsad.kb.loader import DATA, _tsv
from marsad.kb.outlets import outlet_country
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset


@lru_cache(maxsize=1)
def state_words() -> dict[str, tuple[str, ...]]:
    """Folded stem (no article) → the ISO3 codes of the states the word may name."""
    table: dict[str, tuple[str, ...]] = {}
    for row in _tsv(DATA / "state_words.tsv"):
        stem = normalize_form(row["word"]).removeprefix("ال")
        table[stem] = tuple(c.strip() for c in row["countries"].split("|") if c.strip())
    return table


def find_state_words(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the state a bare "المملكة" stands for, on words no other mention touches."""
    table = state_words()
    tokens = doc.tokens
    named = [(m.start, m.kb_id[4:]) for m in mentions if m.kind == "name" and m.kb_id and m.kb_id.startswith("gpe.")
             and any(stem in normalize_form(m.text) for stem in table)]
    counts = Counter(m.country_iso3 for m in mentions if m.country_iso3 and
                     (m.kind == "nisba" or m.kind == "name" and m.kb_id and m.score >= 1.0))
    found: list[Mention] = []
    for k, tok in enumerate(tokens):
        states = table.get(tok.stem) if tok.article else None
        if not states or _qualified(tokens, k) or any(m.start < tok.end and tok.start < m.end for m in mentions):
            continue
        iso3 = _named_state(named, states, tok.start) or _leading_state(counts, states) or \
            _outlet_state(doc, states, counts)
        if iso3 is None:
            continue
        start = original_offset(tok.text, tok.start, len(tok.proclitics)) if tok.proclitics else tok.start
        found.append(Mention(start, tok.end, doc.text[start:tok.end], "GPE", kind="name", kb_id=f"gpe.{iso3}",
                             entity_id=f"gpe.{iso3}", origin="coref", country_iso3=iso3, sentence=tok.sentence))
    return found


def _named_state(named: list[tuple[int, str]], states: tuple[str, ...], at: int) -> str | None:
    """The state the article names by a title holding the word ("المملكة العربية السعودية … المملكة"،
    "مملكة البحرين"): the last one before the word, else the first after it."""
    before = [iso for start, iso in named if iso in states and start < at]
    after = [iso for start, iso in named if iso in states and start > at]
    return before[-1] if before else (after[0] if after else None)


def _leading_state(counts: Counter, states: tuple[str, ...]) -> str | None:
    """Of `states`, the one the article's known names and nationality adjectives point to most,
    when one leads."""
    ranked = sorted(states, key=lambda s: -counts[s])
    lead, runner_up = counts[ranked[0]], (counts[ranked[1]] if len(ranked) > 1 else 0)
    return ranked[0] if lead >= _LEAD and lead > 2 * runner_up else None


def _outlet_state(doc: Document, states: tuple[str, ...], counts: Counter) -> str | None:
    """The outlet's own country, when the word may name it and the article points to no other of them
    ("المملكة" in a Saudi paper that names no other kingdom)."""
    home = outlet_country(doc.outlet, doc.url)
    return home if home in states and not any(counts[s] for s in states if s != home) else None


_LEAD = 2  # one passing name ("البحرين" in a list) is not yet what the article is about


def _qualified(tokens: Sequence[Token], k: int) -> bool:
    """The next word is an adjective of the noun ("المملكة الحيوانية"): then it is not the state."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.kind == "word" and nxt.article and not nxt.proclitics and nxt.stem.endswith(("يه", "ي"))
