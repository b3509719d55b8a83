"""Actors of a sentence: linked entity mentions (and nisba + government-noun phrases) on token positions.

The coder reasons on token positions (the word after the verb, the word after مع), so every mention is
placed on the sentence's tokens once, with the proclitics written before it (لباكو → "ل"). A capital
stands for its government (طهران → IRNGOV) and "الحكومة الإيرانية" for the Iranian government.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from marsad.doc import Actor, Document, Entity, Mention, Span, Token
from marsad.events.cues import Cues
from marsad.text.normalize import normalize_form

ACTOR_TYPES = {"PER", "ORG", "GPE", "LOC"}


@dataclass(slots=True)
class ActorMention:
    """An actor on sentence token positions [first, last]; `prefix` is the folded proclitic before it."""

    first: int
    last: int
    actor: Actor
    type: str
    prefix: str = ""

    @property
    def key(self) -> str:
        """Identity used for merging and for 'not the same actor' checks."""
        return self.actor.entity_id or self.actor.actor_code or (self.actor.canonical_en or "?")


def actor_code_of(entity: Entity) -> str | None:
    """CAMEO-style actor code: a capital is its government; otherwise the entity's own code or country."""
    if entity.role == "capital" and entity.country_iso3:
        return entity.country_iso3 + "GOV"
    if entity.actor_code:
        return entity.actor_code
    if entity.type == "GPE" and entity.country_iso3:
        return entity.country_iso3
    return None


def actor_of(entity: Entity, span: Span | None = None) -> Actor:
    return Actor(entity.id, entity.canonical_en, entity.country_iso3, actor_code_of(entity), span)


def sentence_tokens(doc: Document) -> list[list[Token]]:
    """Tokens grouped by sentence index (punctuation included, as the coder needs clause breaks)."""
    groups: list[list[Token]] = [[] for _ in doc.sentences]
    for tok in doc.tokens:
        if 0 <= tok.sentence < len(groups):
            groups[tok.sentence].append(tok)
    return groups


def _place(tokens: list[Token], starts: list[int], mention: Mention, text: str) -> tuple[int, int, str] | None:
    """Token positions covered by a mention, and the folded proclitics between its token and itself."""
    first = bisect.bisect_right(starts, mention.start) - 1
    if first < 0 or tokens[first].end <= mention.start:
        return None
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].start < mention.end:
        last += 1
    prefix = normalize_form(text[tokens[first].start:mention.start])
    return first, last, prefix


def sentence_actors(doc: Document, tokens: list[Token], cues: Cues) -> list[ActorMention]:
    """All actor mentions of one sentence, sorted by position, one per token range."""
    if not tokens:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [t.start for t in tokens]
    found: list[ActorMention] = []
    for entity in doc.entities:
        if entity.type not in ACTOR_TYPES:
            continue
        for mention in entity.mentions:
            if lo <= mention.start < hi:
                placed = _place(tokens, starts, mention, doc.text)
                if placed:
                    span = Span(mention.start, mention.end, mention.text)
                    found.append(ActorMention(placed[0], placed[1], actor_of(entity, span), entity.type, placed[2]))
    for mention in doc.mentions:
        if mention.kind == "nisba" and lo <= mention.start < hi and mention.country_iso3:
            group = _nisba_group(doc, tokens, starts, mention, cues)
            if group:
                found.append(group)
    return _dedupe(found)


def _nisba_group(doc: Document, tokens: list[Token], starts: list[int], mention: Mention,
                 cues: Cues) -> ActorMention | None:
    """"الحكومة الإيرانية" → IRNGOV: a nisba right after a government/military/people noun."""
    placed = _place(tokens, starts, mention, doc.text)
    if placed is None or placed[0] == 0:
        return None
    noun = tokens[placed[0] - 1]
    agent = cues.actor_nouns.get(noun.norm) or cues.actor_nouns.get(noun.norm[1:] if noun.norm[:1] in "وفبل" else "")
    if agent is None:
        return None
    code = mention.country_iso3 + agent
    start = noun.stem_start if noun.proclitics else noun.start
    span = Span(start, mention.end, doc.text[start:mention.end])
    prefix = normalize_form(doc.text[noun.start:start])
    actor = Actor(None, f"{mention.country_iso3} {agent}", mention.country_iso3, code, span)
    return ActorMention(placed[0] - 1, placed[1], actor, "ORG", prefix)


def _dedupe(found: list[ActorMention]) -> list[ActorMention]:
    """One actor per token range: the longer (earlier-starting) mention wins overlaps."""
    found.sort(key=lambda a: (a.first, -(a.last - a.first)))
    out: list[ActorMention] = []
    for item in found:
        if out and item.first <= out[-1].last:
            continue
        out.append(item)
    return out


def salience(doc: Document) -> Counter[str]:
    """Mentions per entity id: the counterpart of an unaddressed statement is the most-mentioned foreigner."""
    return Counter({e.id: len(e.mentions) for e in doc.entities})


def counterpart(doc: Document, source: Actor, counts: Counter[str]) -> Actor | None:
    """The most-mentioned actor of another country: in a bilateral report, a statement with no stated
    addressee (أعرب عن أمله …) is addressed to the other side. People first, then organisations,
    then countries; None when the article has no foreign actor."""
    if not source.country_iso3:
        return None
    for wanted in ("PER", "ORG", "GPE"):
        best = [e for e in doc.entities if e.type == wanted and e.country_iso3
                and e.country_iso3 != source.country_iso3 and counts[e.id] > 0]
        if best:
            top = max(best, key=lambda e: counts[e.id])
            return actor_of(top)
    return None
