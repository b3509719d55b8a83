"""Names the learned tagger found (mentions with origin "tagger") merged with the knowledge-base entities.

The knowledge base wins wherever it matched: a tagger span that overlaps any knowledge-base or rule
mention is dropped, so linking is never made worse by the tagger; so is one inside an amount of money
(the tagger reads the currency of "329 مليار ريال" as an organisation). The rest are names the knowledge base
does not know; they become entities with a stable id (`new:<hash of the folded name>`, the same in every
article), clustered within the article: the same folded name is one entity, and a later person mention
that is part of an earlier full name (علييف after إلهام علييف) joins that person, known or new.
Types follow the pipeline's: PERS → PER, ORG → ORG, LOC → GPE after a cue word for a settlement or an
administrative unit (مدينة، محافظة، ولاية …, marsad/kb/data/place_cues.tsv), else LOC; MISC is dropped.

A place the tagger finds whose name is a weak alias of one known place (حائل "barrier", الخبر "the news",
بريدة: names that are also words, which the knowledge base links only after a place cue) is that place
when it lies in the country the article is about ("مرور حائل"، "صيف حائل" in a Saudi paper): the tagger
read the word as a place in its context, and the article's country settles which town it is.
"""

from __future__ import annotations

from collections import Counter

from marsad.doc import Document, Entity, Mention, Token
from marsad.kb import KBEntry, KnowledgeBase
from marsad.kb.cues import cue_table
from marsad.text.normalize import normalize_form

TAGGER = "tagger"
TYPES = {"PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE"}
# Words inside a person's name that never identify the person alone.
_PARTICLES = frozenset(normalize_form(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "عبد", "آل", "ال", "أم"))


def split_tagger(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(other mentions, tagger mentions): the knowledge-base logic runs on the first list alone."""
    others = [m for m in mentions if m.origin != TAGGER]
    return others, [m for m in mentions if m.origin == TAGGER]


def merge_tagged(doc: Document, tagged: list[Mention], entities: list[Entity],
                 kb: KnowledgeBase | None = None) -> list[Entity]:
    """Add the tagger's new names to `entities` and `doc.mentions`; returns the entities, in order.

    Call after the knowledge-base mentions are linked and clustered (their `entity_id` set). With `kb`,
    a tagged place that is a weak alias of a known place of the article's country links to it."""
    known = [m for m in doc.mentions if m.origin != TAGGER]
    money = [q for q in doc.quantities if q.currency]
    kept = [m for m in sorted(tagged, key=lambda m: (m.start, -m.end))
            if m.type in TYPES and not overlaps(m, known)
            and not any(q.start <= m.start and m.end <= q.end for q in money)]  # "329 مليار ريال": no body
    if not kept:
        return entities
    by_id = {e.id: e for e in entities}
    people = [(m, e) for e in entities if e.type == "PER" for m in e.mentions if m.kind == "name"]
    described = [(m, by_id[m.entity_id]) for m in known if m.kind == "description" and m.type == "PER"
                 and m.kb_id is None and m.entity_id in by_id]
    home = article_country(known) if kb is not None else None
    told = {k.country_iso3 for k in known if k.country_iso3 and (k.kind == "nisba" or k.kind == "name" and
                                                                  k.type in ("GPE", "LOC") and k.origin == "kb")}
    for m in kept:
        m.type = _type(doc, m)
        place = _weak_place(kb, m, home, told) if kb is not None else None
        if place is not None:
            _link_place(doc, kb, m, place, by_id)
            continue
        target = person_part_of(m, people) if m.type == "PER" else None
        if target is None and m.type == "PER":
            target = _named_after_description(doc, m, described)
        if target is None:
            target = by_id.get(new_id(m.text)) or _new_entity(m)
            by_id.setdefault(target.id, target)
        m.entity_id, m.kb_id = target.id, target.kb_id
        target.mentions.append(m)
        if m.type == "PER" and len(_words(m.text)) > 1:
            people.append((m, target))
    doc.mentions = sorted(doc.mentions + kept, key=lambda m: (m.start, -m.end))
    return list(by_id.values())


def _weak_place(kb: KnowledgeBase, m: Mention, home: str | None, told: set[str] = frozenset()) -> KBEntry | None:
    """The one known place of the article's country that the tagged place name is a weak alias of; with no
    leading country, the only place of that name anywhere when the article names its country ("ضبطت الأجهزة
    الأمنية الأردنية … في العقبة" in a Saudi paper: Aqaba, the tagger read the word as a place)."""
    if m.type not in ("GPE", "LOC"):
        return None
    places = kb.weak_places(m.text)
    if home is None:
        return places[0] if len(places) == 1 and places[0].country in told else None
    places = [p for p in places if p.country == home]
    return places[0] if len(places) == 1 else None


def _link_place(doc: Document, kb: KnowledgeBase, m: Mention, place: KBEntry, by_id: dict[str, Entity]) -> None:
    from marsad.link.build import make_entity

    m.type, m.kb_id, m.entity_id, m.country_iso3 = place.type, place.id, place.id, place.country
    if place.id not in by_id:
        by_id[place.id] = make_entity(kb, place.id, m, doc.reference_date())
    by_id[place.id].mentions.append(m)


def article_country(mentions: list[Mention]) -> str | None:
    """The country the article's known places and nationality adjectives name most, if one leads."""
    counts = Counter(m.country_iso3 for m in mentions if m.country_iso3 and
                     (m.kind == "nisba" or m.kind == "name" and m.type in ("GPE", "LOC") and m.origin == "kb"))
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _named_after_description(doc: Document, m: Mention, described: list[tuple[Mention, Entity]]) -> Entity | None:
    """"محافظ البصرة أسعد العيداني": a name right after the description of an official the knowledge base
    does not know is his (as the quotes stage joins a speaker's, marsad/facts/speakers.py); the entity keeps
    its id, which events already name, and takes the name."""
    for desc, entity in described:
        if desc.end <= m.start and not doc.text[desc.end:m.start].strip():
            if all(x.kind == "description" for x in entity.mentions):
                entity.canonical_ar = m.text
            return entity
    return None


def new_id(text: str) -> str:
    """The stable id of a name outside the knowledge base (same scheme as marsad.link.build)."""
    from marsad.link.build import new_id as build_id

    return build_id(text)


def overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _words(text: str) -> list[str]:
    return [w for w in normalize_form(text).split() if w]


def person_part_of(m: Mention, people: list[tuple[Mention, Entity]]) -> Entity | None:
    """The person (latest named first) whose earlier, longer name contains this mention's words in order."""
    words = _words(m.text)
    if not words or all(w in _PARTICLES for w in words):
        return None
    for full, entity in reversed(people):
        if full.start >= m.start:
            continue
        names = _words(full.text)
        if len(names) > len(words) and _contains(names, words):
            return entity
    return None


def _contains(names: list[str], words: list[str]) -> bool:
    """`words` as a run of `names` (an article prefix ال tolerated on either side)."""
    bare = [_bare(w) for w in names]
    want = [_bare(w) for w in words]
    size = len(want)
    return any(bare[i:i + size] == want for i in range(len(bare) - size + 1))


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _type(doc: Document, m: Mention) -> str:
    """The pipeline type of a tagger mention; a place after a GPE cue word is a GPE."""
    kind = TYPES[m.type]
    if kind != "LOC":
        return kind
    table = cue_table()
    first = next((i for i, t in enumerate(doc.tokens) if t.end > m.start), None)
    if first is None:
        return kind
    cues = [doc.tokens[first]] + ([doc.tokens[first - 1]] if first > 0 else [])
    return "GPE" if any(_cue_type(table, t) == "GPE" for t in cues) else kind


def _cue_type(table: dict[str, tuple[str, str, bool, bool]], token: Token) -> str | None:
    row = table.get(token.norm)
    return row[1] if row else None


def _new_entity(m: Mention) -> Entity:
    return Entity(new_id(m.text), m.type, None, m.text)
