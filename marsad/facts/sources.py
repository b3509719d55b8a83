"""Unnamed sources and spokesmen: "قال أحد المصادر العسكرية"، "متحدث باسم الجيش"، "الناطق باسم الحركة".

Such a source speaks for the body it is named for, and the news reader takes it so: that body is the
speaker. A military source speaks for the armed forces the article is about: the article's armed-forces
entity (actor code …MIL) named before the quote that the article names most often (the latest one on a
tie); without one, nobody. A spokesman named by office alone ("أعلن المتحدث الرسمي باسم وزارة الداخلية
السعودية أن") speaks for the organisation or state written after "باسم" or in a لـ-phrase; one the
article names ("المتحدث باسم الوزارة اللواء فلان") is that person, found before this is asked. Words are in
marsad/facts/data/speakers.yaml (`source_heads`, `source_quantifiers`, `military_words`,
`spokesman_heads`, `official_adjectives`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Actor, Document, Entity, Span, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import SentenceView
from marsad.facts.speakers import DATA
from marsad.text.normalize import normalize_form
from marsad.yamlio import load_yaml as parse_yaml


@dataclass(frozen=True)
class SourceWords:
    heads: frozenset[str]
    quantifiers: frozenset[str]
    military: frozenset[str]
    spokesmen: frozenset[str]
    official: frozenset[str]


@lru_cache(maxsize=1)
def load_source_words() -> SourceWords:
    raw = parse_yaml(DATA.read_text(encoding="utf-8")) or {}

    def fold(key: str) -> frozenset[str]:
        words = {normalize_form(str(w)) for w in raw.get(key) or []}
        return frozenset(words | {"ال" + w for w in words if not w.startswith("ال")})

    return SourceWords(fold("source_heads"), fold("source_quantifiers"), fold("military_words"),
                       fold("spokesman_heads"), fold("official_adjectives"))


def _bare(tok: Token) -> str:
    return tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 3 else tok.norm


def _source_head(tokens: list[Token], pos: int, heads: frozenset[str], words: SourceWords) -> int | None:
    """Where the source's head word (مصدر، متحدث …) stands right after the speech verb at `pos`, one
    quantifier (أحد) allowed before it."""
    j = pos + 1
    if j < len(tokens) and _bare(tokens[j]) in words.quantifiers:
        j += 1
    return j if j < len(tokens) and _bare(tokens[j]) in heads else None


def military_source(doc: Document, tokens: list[Token], pos: int,
                    words: SourceWords | None = None) -> ActorMention | None:
    """The army speaking through the unnamed military source right after the speech verb at `pos`."""
    words = words or load_source_words()
    j = _source_head(tokens, pos, words.heads, words)
    if j is None or j + 1 >= len(tokens):
        return None
    k = j + 2 if tokens[j + 1].norm == "باسم" and j + 2 < len(tokens) else j + 1
    if tokens[k].norm not in words.military:
        return None
    army = _article_army(doc, tokens[pos].start)
    if army is None:
        return None
    span = Span(tokens[pos + 1].start, tokens[k].end, doc.text[tokens[pos + 1].start:tokens[k].end])
    actor = Actor(army.id, army.canonical_en, army.country_iso3, army.actor_code, span)
    return ActorMention(pos + 1, k, actor, "ORG", reporter=True)


def _article_army(doc: Document, before: int) -> Entity | None:
    """The armed forces named most often before offset `before` (latest named on a tie)."""
    armies = []
    for entity in doc.entities:
        if entity.type != "ORG" or not (entity.actor_code or "").endswith("MIL"):
            continue
        seen = [m.start for m in entity.mentions if m.start < before]
        if seen:
            armies.append((len(seen), max(seen), entity))
    return max(armies, key=lambda a: (a[0], a[1]))[2] if armies else None


def spokesman_source(doc: Document, view: SentenceView, pos: int,
                     words: SourceWords | None = None) -> ActorMention | None:
    """The organisation or state speaking through the spokesman named by office right after the speech
    verb at `pos` ("أعلن المتحدث الرسمي باسم وزارة الداخلية السعودية أن"، "قالت الناطقة باسم الحكومة
    الفرنسية"، "أكد المتحدث الرسمي للحركة"). The actor's span is the whole phrase, the evidence a reader
    checks. Nobody when the body is not one the article identifies (no entity, no country)."""
    words = words or load_source_words()
    tokens = view.tokens
    head = _source_head(tokens, pos, words.spokesmen, words)
    if head is None:
        return None
    j = head + 1
    while j < len(tokens) and tokens[j].norm in words.official:
        j += 1
    linked = j < len(tokens) and tokens[j].norm == "باسم"
    owner = view.actor_at(j + 1 if linked else j)
    if owner is None or owner.type not in {"ORG", "GPE"} or owner.media:
        return None
    if not (linked or owner.prefix.startswith("ل")):
        return None  # "المتحدث الحكومة" is no phrase; "المتحدث الأمريكي" names a country, not a body
    body = owner.actor
    if not (body.entity_id or body.country_iso3):
        return None  # "متحدثة باسم الجيش" with no army named: which army is not known
    start, end = tokens[head].start, tokens[owner.last].end
    actor = Actor(body.entity_id, body.canonical_en, body.country_iso3, body.actor_code,
                  Span(start, end, doc.text[start:end]))
    return ActorMention(head, owner.last, actor, owner.type, reporter=True)
