"""Actors of a sentence: linked entity mentions (and nisba + government-noun phrases) on token positions.

The coder reasons on token positions (the word after the verb, the word after مع), so every mention is
placed on the sentence's tokens once, with the proclitics written before it (لباكو → "ل"). A capital
stands for its government (طهران → IRNGOV) and "الحكومة الإيرانية" for the Iranian government.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from marsad.doc import Actor, Document, Entity, Mention, Span, Token
from marsad.events.cues import Cues, form_memo, owned_form, pair_table, people_noun_form, word_forms
from marsad.events.phrases import (
    ArticleActors,
    force_actors,
    match_word,
    norm_variants,
    phrase_actors,
    source_actors,
)
from marsad.facts.numbers import count_word
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

ACTOR_TYPES = {"PER", "ORG", "GPE", "LOC"}


@dataclass(slots=True)
class ActorMention:
    """An actor on sentence token positions [first, last]; `prefix` is the folded proclitic before it.

    `media`: a news agency, paper or channel (actor code …MED, or a name headed by وكالة/صحيفة/قناة): it
    reports the clause, it is never its source or target. `location`: a place written as where
    something happens ("في مدينة تعز"، "قرب حلب") rather than as a state acting; the coder still reads
    event places from these. `reporter`: an anonymous source or official ("مصادر عسكرية"، "مصدر في
    المقاومة"، "مسؤول أمني"; first word in `source_heads`): it speaks for its side, and where it only
    tells the news ("وفق ما أفادت مصادر عسكرية") the roles skip it. `is_media(x)`, `is_location(x)` and
    `is_reporter(x)` test an ActorMention (the first also an Actor).
    """

    first: int
    last: int
    actor: Actor
    type: str
    prefix: str = ""
    media: bool = False
    location: bool = False
    reporter: bool = False

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


@dataclass(slots=True)
class MentionIndex:
    """A document's actor mentions sorted by start, built once per document so that each sentence
    finds its own by bisection instead of scanning every entity."""

    starts: list[int]
    items: list[tuple[Entity, Mention]]
    nisba_starts: list[int]
    nisba_items: list[Mention]
    article: ArticleActors | None = None

    def article_actors(self, doc: Document, cues: Cues) -> ArticleActors:
        """What short forms and office titles may refer back to, built on first use."""
        if self.article is None:
            self.article = ArticleActors.build(doc, self.items, sentence_tokens(doc), cues)
        return self.article

    @classmethod
    def build(cls, doc: Document, extra: Sequence[tuple[Entity, Mention]] = ()) -> MentionIndex:
        """`extra`: mentions the entities do not hold yet (the tagger's parts of known names)."""
        pairs = sorted([(m.start, i, e, m) for i, e in enumerate(doc.entities) if e.type in ACTOR_TYPES
                        for m in e.mentions] + [(m.start, len(doc.entities), e, m) for e, m in extra],
                       key=lambda x: (x[0], x[1]))
        nisbas = sorted((m for m in doc.mentions if m.kind == "nisba"), key=lambda m: m.start)
        return cls([p[0] for p in pairs], [(p[2], p[3]) for p in pairs],
                   [m.start for m in nisbas], nisbas)

    def entity_mentions(self, lo: int, hi: int) -> list[tuple[Entity, Mention]]:
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def nisbas(self, lo: int, hi: int) -> list[Mention]:
        return self.nisba_items[bisect.bisect_left(self.nisba_starts, lo):bisect.bisect_left(self.nisba_starts, hi)]


# Offices held for another person: the person in their genitive is not who acts ("بعث نائب خادم الحرمين
# الشريفين الأمير محمد بن نايف برقية" is the deputy's cable).
_DEPUTY_WORDS = frozenset(normalize_form(w) for w in ("نائب", "ونائب", "مستشار", "ومستشار", "مساعد", "ومساعد"))


def sentence_actors(doc: Document, tokens: list[Token], cues: Cues,
                    home: str | None = None, index: MentionIndex | None = None) -> list[ActorMention]:
    """All actor mentions of one sentence, sorted by position, one per token range: linked entities,
    nisba groups ("الحكومة الإيرانية") and unnamed crowds ("المتظاهرين" → the population of the
    sentence's place, else of `home`, the article's country)."""
    if not tokens:
        return []
    index = index or MentionIndex.build(doc)
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [t.start for t in tokens]
    found: list[ActorMention] = []
    for entity, mention in index.entity_mentions(lo, hi):
        placed = _place(tokens, starts, mention, doc.text)
        if placed and entity.type == "PER" and placed[0] > 0 and not placed[2] and \
                tokens[placed[0] - 1].norm in _DEPUTY_WORDS:
            continue  # "نائب خادم الحرمين الشريفين الأمير محمد بن نايف": the deputy, named next, is the actor
        if placed:
            span = Span(mention.start, mention.end, mention.text)
            counted = _counted_country(tokens, placed[0], entity, span)
            found.append(ActorMention(placed[0], placed[1], counted or actor_of(entity, span),
                                      "CVL" if counted else entity.type, placed[2]))
    as_nisbas = _names_as_nisbas(index.entity_mentions(lo, hi))
    # where nationality adjectives stand: a noun phrase ends at its own (the first of two nisbas in
    # "الخارجية السورية الغارات الإسرائيلية" is the ministry's)
    adjectives = {p[0] for m in [*as_nisbas, *index.nisbas(lo, hi)] if (p := _place(tokens, starts, m, doc.text))}
    # so does a linked name: "استدعت الخارجية الإيرانية السفير البريطاني" — the ministry's own nisba sits
    # inside its name, and "البريطاني" is the ambassador's, not the ministry's
    adjectives |= {k for a in found if a.last > a.first for k in range(a.first, a.last + 1)}
    for mention in as_nisbas:
        found += [g for g in (_nisba_group(doc, tokens, starts, mention, cues, adjectives),) if g]
    nationality: dict[int, str] = {}
    for mention in index.nisbas(lo, hi):
        if mention.country_iso3:
            group = _nisba_group(doc, tokens, starts, mention, cues, adjectives) \
                or _counted(doc, tokens, starts, mention, cues) \
                or _nominal(doc, tokens, starts, mention)
            if group:
                found.append(group)
            placed = _place(tokens, starts, mention, doc.text)
            if placed:
                nationality[placed[0]] = mention.country_iso3
    for pos, iso in people_nouns(tokens, cues).items():
        nationality.setdefault(pos, iso)
    found = _dedupe(found)
    # the first place's country; counted people ("مقتل 12 سوريا") also tell where the sentence is
    # (a bare "المملكة" is the state as an actor, read from the article, and tells nothing of the sentence)
    referred = {m.start for m in doc.mentions if m.origin == "coref" and lo <= m.start < hi}
    placed = next((a.actor.country_iso3 for a in found if a.type in {"GPE", "LOC", "CVL"} and a.actor.country_iso3
                   and not (a.actor.span is not None and a.actor.span.start in referred)), None)
    if placed is None:
        # "ورحبت الحكومة السودانية …، وأكدت أنها ترفض أي قرار يساوي بين الجيش وقوات الدعم السريع": with no
        # place in the sentence, the one state whose government its own actors speak for is where an
        # unnamed body is (a foreign force, an envoy or an outlet in the sentence says nothing of it)
        states = {a.actor.country_iso3 for a in found if a.type in {"ORG", "PER"} and a.actor.country_iso3
                  and (a.actor.actor_code or "").endswith("GOV")}
        placed_by_actors = next(iter(states)) if len(states) == 1 else None
    else:
        placed_by_actors = None
    country = placed or placed_by_actors or home
    found = [_judiciary(a, tokens, cues, placed) for a in found]
    found = _dedupe(phrase_actors(doc, tokens, cues, found, country, index.article_actors(doc, cues)) + found)
    _mark(tokens, found, cues)
    titled = _titled(doc, tokens, cues, found)
    found = _dedupe(force_actors(doc, tokens, cues, found) + source_actors(doc, tokens, cues, found) +
                    titled + _envoys(doc, tokens, cues, found, titled) + found)
    crowds = [c for c in _crowds(doc, tokens, cues, country, nationality, index.article_actors(doc, cues), found)
              if not any(a.first <= c.first <= a.last for a in found)]  # "منفذي" (الهجوم) referred back
    out = _dedupe(found + crowds + _possessed(doc, tokens, cues, found))
    _mark(tokens, out, cues)
    return out


def _names_as_nisbas(pairs: list[tuple[Entity, Mention]]) -> list[Mention]:
    """"الحكومة السعودية": a country whose name is also its definite feminine nisba (السعودية) reads
    as that adjective after a state noun; offered to `_nisba_group`, which keeps it only there."""
    return [Mention(m.start, m.end, m.text, "NISBA", kind="nisba", country_iso3=e.country_iso3)
            for e, m in pairs if e.id == f"gpe.{e.country_iso3}" and " " not in m.text
            and (form := normalize_form(m.text)).startswith("ال") and form.endswith("ه")]


_TITLE_REACH = 6


def cover_index(actors: list[ActorMention]) -> dict[int, ActorMention]:
    """Token position -> the first listed actor whose words include it: asked for many positions of a
    sentence, a scan of all its actors each time is quadratic in the sentence's length."""
    out: dict[int, ActorMention] = {}
    for act in actors:
        for k in range(act.first, act.last + 1):
            out.setdefault(k, act)
    return out


def _titled(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention]) -> list[ActorMention]:
    """"مبعوث الأمم المتحدة إلى سورية ستيفان دي ميستورا": a title noun, the bodies and places it names,
    then a person, are one actor, the person (the organisation in the title is not a side of its own)."""
    out = []
    cover = cover_index(found)
    for person in found:
        if person.type != "PER" or "ل" in person.prefix:
            continue  # "المبعوث الخاص لرئيس الصين": who sent the envoy (`_envoys`), not the envoy
        pos, steps = person.first - 1, 0
        while pos >= 0 and steps < _TITLE_REACH and tokens[pos].kind == "word":
            inside = cover.get(pos)
            if inside is not None and (inside.type in {"ORG", "GPE", "LOC"} or
                                       inside.type == "PER" and "ل" in inside.prefix):
                # the bodies and places of the title, and an office holder in its genitive ("المبعوث
                # الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية ستافان دي ميستورا")
                pos, steps = inside.first - 1, steps + 1
                continue
            hit = match_word(tokens[pos], cues.title_nouns)
            if hit is not None and pos < person.first - 1:
                start = original_offset(tokens[pos].text, tokens[pos].start, len(hit[0]))
                end = person.actor.span.end if person.actor.span else tokens[person.last].end
                base = person.actor
                actor = Actor(base.entity_id, base.canonical_en, base.country_iso3, base.actor_code,
                              Span(start, end, doc.text[start:end]))
                out.append(ActorMention(pos, person.last, actor, "PER", hit[0]))
                break
            if inside is not None or not word_forms(tokens[pos]) & cues.title_links:
                break
            pos, steps = pos - 1, steps + 1
    return out


_ENVOY_REACH = 3  # "المبعوث الخاص الشخصي لرئيس الصين": two title links before the sender


def _envoys(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention],
            titled: list[ActorMention]) -> list[ActorMention]:
    """"المبعوث الخاص لرئيس الصين"، "مندوب الأمم المتحدة": an envoy no name follows is his sender's
    government (a body sends its own representative: the body itself), never the head of state who
    sent him (`_titled` takes the envoy whose name follows)."""
    out = []
    cover = cover_index(found)
    named = {a.first for a in titled}
    for pos, tok in enumerate(tokens):
        hit = match_word(tok, cues.title_nouns)
        if hit is None or pos in named or pos in cover:
            continue
        k = pos + 1
        while k < len(tokens) and k - pos <= _ENVOY_REACH and k not in cover and \
                tokens[k].kind == "word" and word_forms(tokens[k]) & cues.title_links:
            k += 1
        if pos + 1 < len(tokens) and tokens[pos + 1].norm in _UN_ADJECTIVES:
            # "المبعوث الدولي إلى اليمن"، "المبعوث الأممي": the UN's envoy; a state after إلى is where he goes
            last, to = pos + 1, pos + 2
            while to < len(tokens) and tokens[to].kind == "word" and to not in cover and \
                    (tokens[to].norm in _TO_POST or word_forms(tokens[to]) & cues.title_links):
                to += 1
            if to < len(tokens) and (dest := cover.get(to)) is not None and dest.first == to and dest.type == "GPE":
                last = dest.last
            if any(a.type == "PER" and last < a.first <= last + 2 for a in [*found, *titled]):
                continue  # "المبعوثة الأممية إلى ليبيا هانا تيتيه": the title is the name's after it
            start = original_offset(tok.text, tok.start, len(hit[0]))
            span = Span(start, tokens[last].end, doc.text[start:tokens[last].end])
            envoy = _un_person_before(doc, tok.start)
            actor = actor_of(envoy, span) if envoy is not None else Actor(None, "IGOUNO", None, "IGOUNO", span)
            out.append(ActorMention(pos, last, actor, "PER", hit[0]))
            continue
        sender = cover.get(k)
        if sender is None or sender.first != k or sender.type not in {"PER", "ORG", "GPE"}:
            continue
        if sender.type == "PER" and "ل" not in sender.prefix and k != pos + 1:
            continue  # "المبعوث الخاص وزير الثقافة": the envoy's own office, not who sent him
        base, iso = sender.actor, sender.actor.country_iso3
        start = original_offset(tok.text, tok.start, len(hit[0]))
        end = tokens[sender.last].end
        span = Span(start, end, doc.text[start:end])
        if sender.type == "ORG":
            actor = Actor(base.entity_id, base.canonical_en, iso, base.actor_code, span)
        elif (base.actor_code or "").startswith("IGO"):  # "المبعوث الشخصي للأمين العام للأمم المتحدة"
            actor = Actor(None, base.actor_code, None, base.actor_code, span)
        elif iso:
            actor = Actor(None, f"{iso} GOV", iso, f"{iso}GOV", span)
        else:
            continue
        out.append(ActorMention(pos, sender.last, actor, "ORG" if sender.type == "ORG" else "PER", hit[0]))
    return out


def _un_person_before(doc: Document, before: int) -> Entity | None:
    """The UN envoy the article named last before `before` ("ليون" … "دعا المبعوث الأممي"), if any."""
    from marsad.kb import load_kb
    kb = load_kb()
    by_id = {e.id: e for e in doc.entities if e.type == "PER" and e.actor_code == "IGOUNO" and
             (entry := kb.get(e.kb_id or e.id)) is not None and any(r.office in _ENVOY_OFFICES for r in entry.roles)}
    if not by_id:
        return None
    named = [m for m in doc.mentions if m.start < before and m.entity_id in by_id]
    return by_id[max(named, key=lambda m: m.start).entity_id] if named else None


_ENVOY_OFFICES = frozenset({"special_envoy", "special_representative", "envoy"})
_TO_POST = frozenset(normalize_form(w) for w in ("إلى", "الى", "لدى", "في", "الخاص", "الخاصة"))
_UN_ADJECTIVES = frozenset(normalize_form(w) for w in ("الأممي", "الأممية", "الدولي", "الدولية"))


def _counted_country(tokens: list[Token], pos: int, entity: Entity, span: Span) -> Actor | None:
    """"مقتل 12 سوريا": a country's name right after a number is the accusative nisba of its people
    (سوريًّا، روسيًّا، ليبيًّا share their letters with سوريا، روسيا، ليبيا), counted: that country's civilians;
    after one person in the accusative ("جنديا تركيا") it is that person's nationality."""
    if pos == 0 or entity.type != "GPE" or not entity.country_iso3:
        return None
    agent = _COUNTED_ONE.get(tokens[pos - 1].norm) if tokens[pos - 1].kind == "word" else None
    in_words = tokens[pos - 1].kind == "word" and agent is None and count_word(tokens[pos - 1].text)
    if tokens[pos - 1].kind != "number" and agent is None and not in_words:
        return None  # ("بينهم ثلاثون بريطانيا": a count in words, as "30 بريطانيا")
    if tokens[pos - 1].kind == "number" and len(tokens[pos - 1].text) == 4:
        return None  # a year ("عام 2015 سوريا …") is no count of people
    iso = entity.country_iso3
    if (entity.kb_id or entity.id) != f"gpe.{iso}":
        return None  # a city or a region, not the country itself
    agent = agent or "CVL"
    return Actor(None, f"{iso} {agent}", iso, f"{iso}{agent}", span)


# One person in the accusative before a nationality that shares its letters with the country's name
# ("إن جنديا تركيا قتل": a Turkish soldier, not Turkey).
_COUNTED_ONE = {normalize_form(w): agent for w, agent in (
    ("جنديا", "MIL"), ("ضابطا", "MIL"), ("عسكريا", "MIL"), ("شرطيا", "COP"), ("مواطنا", "CVL"),
    ("شابا", "CVL"), ("طفلا", "CVL"), ("رجلا", "CVL"), ("شخصا", "CVL"), ("صحفيا", "CVL"), ("لاجئا", "CVL"))}


def is_media(actor: ActorMention | Actor | None) -> bool:
    """A news medium (agency, paper, channel): it reports events, it is never their source or target."""
    if isinstance(actor, ActorMention):
        return actor.media or is_media(actor.actor)
    return actor is not None and (actor.actor_code or "").endswith("MED")


def is_reporter(actor: ActorMention | None) -> bool:
    """An anonymous source or official ("مصادر عسكرية"، "مصدر في المقاومة"): when it only reports the
    clause (after a reporting or attribution word) it is not the clause's source."""
    return actor is not None and actor.reporter


def is_location(actor: ActorMention | None) -> bool:
    """A place written as where something happens ("في مدينة تعز"), not as a state acting."""
    return actor is not None and actor.location


def _mark(tokens: list[Token], found: list[ActorMention], cues: Cues) -> None:
    """Set the `media`, `location` and `reporter` flags (see ActorMention)."""
    for item in found:
        first = tokens[item.first]
        head = first.norm[len(item.prefix):] if first.norm.startswith(item.prefix) else first.norm
        item.media = is_media(item.actor) or head in cues.media_heads or \
            item.last > item.first and tokens[item.first + 1].norm in _MEDIA_OFFICE
        item.reporter = item.type != "PER" and head in cues.source_heads
        item.location = item.type in {"GPE", "LOC"} and _after_place_word(tokens, item, cues)


# "المركز الإعلامي للمقاومة"، "المكتب الإعلامي للرئاسة": a side's media office tells its news, it is no side.
_MEDIA_OFFICE = frozenset(normalize_form(w) for w in ("الإعلامي", "الإعلامية"))


def _after_place_word(tokens: list[Token], item: ActorMention, cues: Cues) -> bool:
    """في X، داخل X، قرب X، في مدينة X، بمدينة X، بريف X: the place is where, not who."""
    pos = item.first
    head = tokens[pos].norm[len(item.prefix):]
    if head in cues.place_nouns:  # the mention itself starts with the place noun ("محافظة لحج")
        return "ب" in item.prefix or (pos > 0 and bool(word_forms(tokens[pos - 1]) & cues.place_prepositions))
    if pos == 0:
        return False
    before = tokens[pos - 1]
    if word_forms(before) & cues.place_prepositions:
        return True
    noun = match_word(before, cues.place_nouns)
    if noun is None:
        return False
    return "ب" in noun[0] or (pos > 1 and bool(word_forms(tokens[pos - 2]) & cues.place_prepositions))


def _possessed(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention]) -> list[ActorMention]:
    """"أعلن الجيش الأمريكي أن قواته قتلت …": a state noun with a pronoun suffix (قواته، حكومتها،
    جيشه) is that agent of the last actor named before it in the sentence; none named, no actor."""
    out = []
    memo = form_memo(cues, "owned")
    for pos, tok in enumerate(tokens):
        if tok.kind != "word" or tok.text.endswith("ة"):
            continue  # a written ta marbuta is no pronoun: "مسؤولة" is not "مسؤول" + ـه
        split = memo[tok.norm] if tok.norm in memo else _owned_noun(tok, cues)
        if split is None:
            continue
        owner = next((a for a in reversed(found) if a.last < pos and a.actor.country_iso3), None)
        if owner is None:
            continue
        prefix, agent = split
        iso = owner.actor.country_iso3
        start = original_offset(tok.text, tok.start, len(prefix))
        span = Span(start, tok.end, doc.text[start:tok.end])
        sector = (owner.actor.actor_code or "")[3:]
        if agent == "MIL" and sector in _ARMED_MOVEMENTS:
            agent = sector  # "قائد قوات الدعم السريع …، متهمة قواته": a rebel leader's forces are his movement's
        out.append(ActorMention(pos, pos, Actor(None, f"{iso} {agent}", iso, f"{iso}{agent}", span), "ORG", prefix))
    return out


_ARMED_MOVEMENTS = frozenset({"REB", "INS"})


def _owned_noun(tok: Token, cues: Cues) -> tuple[str, str] | None:
    """(proclitics, agent) for قواته / وحكومتها / بجيشه: an actor noun plus ـه or ـها (memoised per form)."""
    memo = form_memo(cues, "owned")
    if tok.norm not in memo:
        memo[tok.norm] = owned_form(tok.norm, cues)
    return memo[tok.norm]


def _judiciary(item: ActorMention, tokens: list[Token], cues: Cues, country: str | None) -> ActorMention:
    """A court outside the knowledge base, named by shape ("المحكمة الإدارية العليا في مصر"), is the
    judiciary of the sentence's place: an actor with no code is no side a reader can count. With no
    place in the sentence it stays as named (the article's country is too often the wrong one: "رفضت
    المحكمة العليا هناك" in a Palestinian report is Israel's court)."""
    actor = item.actor
    if item.type != "ORG" or actor.actor_code or not actor.entity_id or not actor.entity_id.startswith("new:"):
        return item
    head = tokens[item.first].norm[len(item.prefix):]
    if cues.unnamed_actors.get(head) != _JUDICIARY or not country:
        return item
    return replace(item, actor=replace(actor, country_iso3=country, actor_code=country + _JUDICIARY))


_JUDICIARY = "JUD"
_SEAT_REACH = 3  # "محكمة جنايات القاهرة"، "محكمة استئناف الرياض": words from the court noun to its seat


_COURT = normalize_form("محكمة")
_PEOPLES = frozenset({"KUR"})  # peoples named by a word that is also their adjective


def _tight(tokens: list[Token], pos: int) -> bool:
    """"محكمة" with no article right after an indefinite feminine word ("خطة دفاعية محكمة"، "بطريقة محكمة")
    qualifies it: tight, well-made, no court."""
    if tokens[pos].norm != _COURT or pos == 0:
        return False
    before = tokens[pos - 1]
    return before.kind == "word" and not before.article and before.norm.endswith("ه") and len(before.norm) > 3


def _court_seat(tokens: list[Token], pos: int, found: list[ActorMention]) -> ActorMention | None:
    """The place that ends an indefinite court noun's construct ("محكمة جنايات القاهرة"): part of the
    court's name, not a side of its own (the capital would read as its government)."""
    for item in found:
        if item.type in {"GPE", "LOC"} and not item.prefix and pos < item.first <= pos + _SEAT_REACH \
                and all(t.kind == "word" and not t.norm.startswith("ال") for t in tokens[pos + 1:item.first]):
            return item
    return None


def _crowds(doc: Document, tokens: list[Token], cues: Cues, country: str | None,
            nationality: dict[int, str], article: ArticleActors,
            named: list[ActorMention]) -> list[ActorMention]:
    """Unnamed actors (متظاهرون، المحتجين، السلطات) stand for that agent of the country where they are;
    a nationality adjective right after the noun ("متظاهرون أفغان") names their own country instead.
    With no country at all the agent alone is kept (PETRARCH's "None CVL"). A state body the article
    named before with that code is the referent ("الجيش" after "الجيش المالي"; "مصادر عسكرية" then too)."""
    out = []
    candidates = form_memo(cues, "crowd")
    for pos, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        maybe = candidates.get(tok.norm)
        if maybe is None:  # first sight of this form: could it start an unnamed actor at all?
            maybe = candidates[tok.norm] = _crowd_word(tok, cues)
        if not maybe:
            continue
        hit = _unnamed_pair(tokens, pos, cues)
        last = pos + 1
        if hit is None:
            hit, last = _unnamed(tok, cues), pos
        if hit is None or _attack_adjective(tokens, pos, tok):
            continue
        prefix, agent = hit
        if agent == "GOV" and last == pos and _board(tokens, pos):
            continue  # "رئيس مجلس الإدارة": a company's board, no government
        if agent in _PEOPLES and pos > 0 and tokens[pos - 1].kind == "word" and \
                (tokens[pos - 1].article or tokens[pos - 1].norm.startswith(("لل", "ولل"))):
            continue  # "المتمردين الأكراد"، "للمتظاهرين الأكراد": an adjective of the noun before
        if agent == _JUDICIARY and _tight(tokens, pos):
            continue  # "اعتمد خطة دفاعية محكمة": an adjective (tight) after an indefinite feminine noun
        seat = _court_seat(tokens, pos, named) if agent == _JUDICIARY and not tok.norm[len(prefix):].startswith("ال") \
            else None
        if seat is not None:
            last = seat.last
        start = original_offset(tok.text, tok.start, len(prefix))
        span = Span(start, tokens[last].end, doc.text[start:tokens[last].end])
        # "المستوطنين" are Israelis anywhere; "مسلحين أفغان" Afghans
        own = (seat.actor.country_iso3 if seat is not None else None) or nationality.get(pos) \
            or nationality.get(last + 1) or (None if agent in cues.stateless_agents else occupier_of(doc, country, agent))
        body = _named_body(tokens, pos, last, prefix, own + agent, cues, article) \
            if own and agent not in {"CVL", "UAF", "INS", "REB"} else None
        if body is not None:
            out.append(ActorMention(pos, last, actor_of(body, span), "ORG", prefix))
            continue
        name = f"{own} {agent}" if own else agent
        actor = Actor(None, name, own, (own or "") + agent, span)
        out.append(ActorMention(pos, last, actor, "CVL" if agent == "CVL" or agent in _PEOPLES else "ORG", prefix))
    return out


OCCUPIERS = {"PSE": "ISR"}
STATE_FORCES = frozenset({"MIL", "COP", "SPY", "JUD"})


def occupier_of(doc: Document, country: str | None, agent: str) -> str | None:
    """A bare force, police, court or agency in an occupied territory (the West Bank, Jerusalem) in a report
    that names the occupying state is that state's ("فرضت الشرطة قيودا على دخول المسجد الأقصى"): the
    territory's own police is named when it acts ("الشرطة الفلسطينية")."""
    occupier = OCCUPIERS.get(country or "")
    if occupier is None or agent not in STATE_FORCES:
        return country
    return occupier if any(e.id == f"gpe.{occupier}" for e in doc.entities) else country


def _board(tokens: list[Token], pos: int) -> bool:
    """"مجلس الإدارة": the administration in the genitive of مجلس is a board of directors."""
    return pos > 0 and tokens[pos].norm in _DIRECTORS and bool(word_forms(tokens[pos - 1]) & _COUNCIL)


_DIRECTORS = frozenset(normalize_form(w) for w in ("الإدارة", "الادارة"))
_COUNCIL = frozenset(normalize_form(w) for w in ("مجلس", "لمجلس", "بمجلس", "ومجلس"))


def _crowd_word(tok: Token, cues: Cues) -> bool:
    """Whether a word form is an unnamed actor noun or the first word of a two-word one."""
    table = pair_table(cues)
    return _unnamed(tok, cues) is not None or any(form in table for _, form in norm_variants(tok.norm))


def _named_body(tokens: list[Token], pos: int, last: int, prefix: str, code: str, cues: Cues,
                article: ArticleActors) -> Entity | None:
    """The state body named earlier that an unnamed noun refers to: a bare noun ("الجيش") the body
    whose name it heads ("الجيش المالي"); an anonymous source ("مصادر عسكرية") any body with its code."""
    head = tokens[pos].norm[len(prefix):]
    if prefix.endswith("ل") and head.startswith("ل") and head not in cues.unnamed_actors:
        head = "ا" + head  # "للجيش" = ل + الجيش: the contracted article
    if last == pos:
        found = article.body(code, head, tokens[pos].start)
        if found is None and head.startswith("ال"):
            # "الشرطة" after "الشرطة الإسرائيلية" in Jerusalem: the body named, whatever the place's country
            found = article.body_headed(code[3:], head, tokens[pos].start)
        return found
    if head in cues.source_heads:
        return article.body(code, None, tokens[pos].start)
    return None


# Attack nouns a word such as الانتحاري may describe ("الهجوم الانتحاري"، "عملية انتحارية"، "تفجير انتحاري").
_ATTACK_NOUNS = frozenset(normalize_form(w) for w in (
    "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "تفجير", "التفجير", "تفجيرات", "التفجيرات", "عملية",
    "العملية", "عمليات", "العمليات", "اعتداء", "الاعتداء", "انفجار", "الانفجار", "حزام", "الحزام", "سيارة",
    "السيارة", "عبوة", "العبوة"))


def _attack_adjective(tokens: list[Token], pos: int, tok: Token) -> bool:
    """"الهجوم الانتحاري": right after an attack noun, agreeing with it in definiteness, the word is its
    adjective (a suicide attack), not the bomber."""
    if pos == 0 or tok.proclitics:
        return False
    before = tokens[pos - 1]
    return before.norm in _ATTACK_NOUNS and before.norm.startswith("ال") == tok.norm.startswith("ال")


def _unnamed_pair(tokens: list[Token], pos: int, cues: Cues) -> tuple[str, str] | None:
    """(proclitics, agent) when the word and the next one are a two-word unnamed actor ("قوات
    المعارضة"، "الطيران المروحي"): the first word may carry و ف ب ل, the second is read as written."""
    if pos + 1 >= len(tokens) or tokens[pos].kind != "word" or tokens[pos + 1].kind != "word":
        return None
    memo = form_memo(cues, "pair")
    firsts = memo.get(tokens[pos].norm)
    if firsts is None:
        table = pair_table(cues)
        firsts = memo[tokens[pos].norm] = tuple((prefix, table[form]) for prefix, form in
                                                norm_variants(tokens[pos].norm) if form in table)
    for prefix, seconds in firsts:
        agent = seconds.get(tokens[pos + 1].norm)
        if agent is not None:
            return prefix, agent
    return None


_UNNAMED_CACHE: dict[tuple[int, str], tuple[str, str] | None] = {}


def _unnamed(tok: Token, cues: Cues) -> tuple[str, str] | None:
    """(proclitics, agent) when the word is an unnamed actor noun, with و ف ب ل before it at most
    (memoised per word form: this runs on every token)."""
    if tok.kind != "word":
        return None
    key = (id(cues.unnamed_actors), tok.norm)
    if key in _UNNAMED_CACHE:
        return _UNNAMED_CACHE[key]
    # the readings with و ف ب ل stripped, ل + ال contracted among them ("للمتظاهرين" = ل + المتظاهرين)
    found = next(((prefix, cues.unnamed_actors[form]) for prefix, form in norm_variants(tok.norm)
                  if form in cues.unnamed_actors), None)
    if len(_UNNAMED_CACHE) < 200_000:
        _UNNAMED_CACHE[key] = found
    return found


def people_nouns(tokens: list[Token], cues: Cues | None) -> dict[int, str]:
    """Token position -> country of plural people nouns the KB's nisba data does not cover
    ("متظاهرون أفغان"، "مئات الصرب"), with و ف ب ل before them at most."""
    out: dict[int, str] = {}
    if cues is None or not cues.nationality_nouns:
        return out
    memo = form_memo(cues, "people")
    for pos, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        if tok.norm not in memo:
            memo[tok.norm] = people_noun_form(tok.norm, cues)
        iso = memo[tok.norm]
        if iso is not None:
            out[pos] = iso
    return out


def standalone_nisbas(doc: Document, tokens: list[Token], actors: list[ActorMention],
                      cues: Cues | None = None, index: MentionIndex | None = None) -> dict[int, str]:
    """Token position -> country of nationality adjectives outside any actor ("غارات إسرائيلية"):
    right after a verbal noun such an adjective names its agent. Plural people nouns from the cue
    lists count too ("تظاهر مئات الصرب")."""
    if not tokens:
        return {}
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [t.start for t in tokens]
    out: dict[int, str] = {}
    cover = cover_index(actors)
    for mention in (index or MentionIndex.build(doc)).nisbas(lo, hi):
        if mention.country_iso3:
            placed = _place(tokens, starts, mention, doc.text)
            if placed and placed[0] not in cover:
                out[placed[0]] = mention.country_iso3
    for pos, iso in people_nouns(tokens, cues).items():
        if pos not in out and pos not in cover:
            out[pos] = iso
    return dict(sorted(out.items()))


def home_country(doc: Document) -> str | None:
    """The article's country: the dateline's place ("بغداد، 6 تموز") when the article has one, else
    the country most mentioned by its places and nationality adjectives (a report on Turkish strikes
    in northern Iraq says "التركية" more often than it names Iraqi places)."""
    places = [e for e in doc.entities if e.type in {"GPE", "LOC"} and e.country_iso3]
    if not places:
        return None
    for sent in doc.sentences[:2]:
        head = sent.text[:40].split("،")[0] if "،" in sent.text[:40] else ""
        for ent in places:
            # a bare "المملكة" read as a state opens "دانت المملكة بأشد العبارات،": no dateline
            if any(sent.start <= m.start < sent.start + len(head) and m.origin != "coref" for m in ent.mentions):
                return ent.country_iso3
    counts: Counter[str] = Counter()
    for ent in places:  # a bare "المملكة" read as the kingdom the article names most would only echo it
        counts[ent.country_iso3] += sum(m.origin != "coref" for m in ent.mentions)
    for mention in doc.mentions:
        if mention.kind == "nisba" and mention.country_iso3:
            counts[mention.country_iso3] += 1
    return counts.most_common(1)[0][0]


def _nisba_group(doc: Document, tokens: list[Token], starts: list[int], mention: Mention,
                 cues: Cues, adjectives: set[int] | frozenset[int] = frozenset()) -> ActorMention | None:
    """"الحكومة الإيرانية" → IRNGOV: a nisba right after a government/military/people noun; a nisba
    coordinated after it ("الحكومة السعودية والإماراتية") is that agent of its own country."""
    placed = _place(tokens, starts, mention, doc.text)
    if placed is None or placed[0] == 0:
        return None
    found = _actor_noun_before(tokens, placed[0], cues)
    if found is None:
        return None
    noun, agent, back = found
    if "و" not in placed[2] and any(placed[0] - k in adjectives for k in range(1, back)):
        return None  # another nationality adjective stands between: the noun has its own
    code = mention.country_iso3 + agent
    start = noun.stem_start if noun.proclitics else noun.start
    hit = match_word(noun, cues.actor_nouns)
    if hit and hit[0].endswith("ل") and noun.norm.startswith(hit[0] + "ل"):
        # ل + ال before a noun in ل: "للاجئين السوريين" is ل + اللاجئين, not لل + اجئين
        start = original_offset(noun.text, noun.start, len(hit[0]))
    prefix = normalize_form(doc.text[noun.start:start])
    if back > 1 and "و" in placed[2]:
        # "الحكومة السعودية والإماراتية": a coordinated nisba is a second government of its own
        start, prefix, back = mention.start, placed[2], 0
    span = Span(start, mention.end, doc.text[start:mention.end])
    actor = Actor(None, f"{mention.country_iso3} {agent}", mention.country_iso3, code, span)
    return ActorMention(placed[0] - back, placed[1], actor, "ORG", prefix)


def _counted(doc: Document, tokens: list[Token], starts: list[int], mention: Mention,
             cues: Cues) -> ActorMention | None:
    """"مقتل 12 سوريا"، "مئات اليمنيين": a nationality adjective counted is people of that country (CVL)."""
    placed = _place(tokens, starts, mention, doc.text)
    if placed is None or placed[0] == 0:
        return None

    def counts(tok: Token) -> bool:
        return tok.kind == "number" or bool(word_forms(tok) & cues.count_words) or bool(count_word(tok.text))

    before = tokens[placed[0] - 1]
    first = placed[0]
    if not counts(before):  # "مقتل 12 سوريا"، "اعتقال عشرة فلسطينيين"
        # "ثلاث رهائن إسرائيليات"، "خمسة صيادين يمنيين": a counted noun of people between (an actor noun
        # such as جنود names its own agent first, in _nisba_group)
        if placed[0] < 2 or before.kind != "word" or before.norm not in cues.counted_people \
                or not counts(tokens[placed[0] - 2]):
            return None
        first = placed[0] - 1
    iso = mention.country_iso3
    start = before.start if first < placed[0] else mention.start
    span = Span(start, mention.end, doc.text[start:mention.end])
    return ActorMention(first, placed[1], Actor(None, f"{iso} CVL", iso, f"{iso}CVL", span), "CVL",
                        "" if first < placed[0] else placed[2])


_PLURALS = ("يون", "يين")
_OWNED = ("ه", "ها", "هم", "هما")


def _nominal(doc: Document, tokens: list[Token], starts: list[int], mention: Mention) -> ActorMention | None:
    """"استبشر اليمنيون"، "إن الإيرانيين يدعمون": a definite plural nisba that qualifies no noun (the
    word before it is neither definite nor owned, "المقاتلون الأفغان"، "نظرائه الإيرانيين") is that
    country's people (CVL)."""
    placed = _place(tokens, starts, mention, doc.text)
    if placed is None or placed[0] != placed[1]:
        return None
    word = tokens[placed[0]].norm[len(placed[2]):]
    contracted = tokens[placed[0]].norm.lstrip("وف").startswith("لل")  # "للفلسطينيين": ل + الفلسطينيين
    if not (word.startswith("ال") or contracted) or not word.endswith(_PLURALS):
        return None
    if placed[0] > 0:
        before = tokens[placed[0] - 1]
        stem = before.norm[1:] if before.norm[:1] in "وفبل" and len(before.norm) > 3 else before.norm
        if before.kind == "word" and (stem.startswith("ال") or stem.endswith(_OWNED)):
            return None
    iso = mention.country_iso3
    span = Span(mention.start, mention.end, mention.text)
    return ActorMention(placed[0], placed[1], Actor(None, f"{iso} CVL", iso, f"{iso}CVL", span), "CVL", placed[2])


_NOUN_LOOKBACK = 3  # "وزارة الخزانة الأمريكية"، "الطيران الحربي الإسرائيلي"، "حكومة تصريف الأعمال اللبنانية"


def _actor_noun_before(tokens: list[Token], pos: int, cues: Cues) -> tuple[Token, str, int] | None:
    """The government/military/people noun a nisba at `pos` qualifies, looking back over at most two
    words of the noun phrase (a ministry's field, a service's kind); the nearest such noun wins, so
    "قوات الأمن العراقية" is the police and "طيران الجيش العراقي" the army. A model designation
    between them is passed over ("طائرات إف-16 العراقية")."""
    skip = 0
    definite = pos < len(tokens) and _definite(tokens[pos])
    if pos >= 4 and tokens[pos - 1].kind == "number" and tokens[pos - 2].text in {"-", "‐"} \
            and tokens[pos - 3].kind == "word" and tokens[pos - 3].end == tokens[pos - 2].start:
        pos, skip = pos - 3, 3
    for back in range(1, min(_NOUN_LOOKBACK, pos) + 1):
        noun = tokens[pos - back]
        if noun.kind != "word":
            return None
        # with و ف ب ل before it at most, and ل + ال contracted ("للشعب اليمني")
        agent = _actor_noun(noun, cues)
        if agent is not None:
            if back > 1 and not definite and _definite(noun):
                # "قصفت الطائرات ثكنة عسكرية إسرائيلية": an indefinite adjective never qualifies a definite
                # noun; it is the indefinite noun's between them
                return None
            return noun, agent, back + skip
        if back > 1 and (noun.proclitics or noun.norm[:1] in {"و", "ف", "ب", "ل"}):
            return None  # a conjunction or preposition ends the noun phrase ("الخارجية وشؤون المغتربين")
        if back == 1 and noun.norm.startswith("وال"):
            return None  # "أدان الوزير الهجمات والغارات الإسرائيلية": the nisba is the joined noun's
    return None


def _definite(tok: Token) -> bool:
    return tok.article or tok.norm.startswith(("ال", "وال", "فال", "بال", "لل", "وبال", "ولل"))


def _actor_noun(noun: Token, cues: Cues) -> str | None:
    """Agent of a government/military/people noun with و ف ب ل before it at most ("والحكومة"،
    "وبالجيش"), the contracted ل + ال included: "للشعب اليمني" is ل + الشعب اليمني, the addressee
    the ل marks, read wherever "لشعب اليمن" is."""
    hit = match_word(noun, cues.actor_nouns)
    if hit is None:
        return None
    rest = noun.norm[len(hit[0]):]
    if hit[1] != rest and not (hit[0].endswith("ل") and hit[1].startswith("ال") and rest == "ل" + hit[1][2:]):
        return None
    return cues.actor_nouns[hit[1]]


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
    """Mentions per entity id: the counterpart of an unaddressed statement is the most-mentioned foreigner.
    A bare "المملكة" read as a state (origin coref) only echoes a state and is not counted, as in
    `home_country`: a Saudi paper's "دانت المملكة … واستنكار المملكة" makes no Saudi side of a report on
    a crime in Nablus."""
    return Counter({e.id: sum(m.origin != "coref" for m in e.mentions) for e in doc.entities})


BILATERAL_SHARE = 0.6  # the two leading countries hold this share of the article's actor mentions


def bilateral_sides(doc: Document, counts: Counter[str]) -> tuple[str, str] | None:
    """The two countries a report is about, when two countries dominate its actor mentions."""
    by_country: Counter[str] = Counter()
    for ent in doc.entities:
        if ent.type in ACTOR_TYPES and ent.country_iso3:
            by_country[ent.country_iso3] += counts[ent.id]
    top = by_country.most_common(2)
    total = sum(by_country.values())
    if len(top) < 2 or not total or (top[0][1] + top[1][1]) / total < BILATERAL_SHARE:
        return None
    return top[0][0], top[1][0]


_MEDIA = "MED"  # CAMEO's media sector code
# what an untargeted strike may be guessed to hit: the other side's forces, police, rebels or spies, never
# its ministry or news office ("احتجاجا على القصف التركي" is no strike on Iraq's foreign ministry)
_ARMED = ("MIL", "COP", "REB", "INS", "SPY", "UAF")
_IGO = "IGO"


def counterpart(doc: Document, source: Actor, counts: Counter[str],
                kinds: tuple[str, ...] = ("PER", "ORG", "GPE"), armed: bool = False,
                foes: Sequence[Actor] | None = None) -> Actor | None:
    """The most-mentioned actor of the other side: in a bilateral report (two countries dominate the
    mentions), a statement with no stated addressee (أعرب عن أمله …) is addressed to the other side.
    People first, then organisations, then countries (or only the `kinds` asked for); None when the report is not bilateral or the
    source is on neither side (guessing there is wrong more often than right in real news). A news
    organisation is the report's teller, not a party (the dateline's "(واس)", "بحسب وكالة …"): never
    the addressee (`armed`: only a force of the other side, for an untargeted strike, and of those only
    `foes`, the ones the article shows fighting the source's country, when given). Someone who acts for an international body (Guterres, an envoy) addresses the
    country the report is about, not its most-mentioned person ("أعرب غوتيريش عن قلقه" in a report on
    Sudan's war is addressed to Sudan, not to the RSF's commander)."""
    if not source.country_iso3:
        return None
    if not armed and (source.actor_code or "")[3:] in _DOMESTIC:
        return None  # "رفضت حركة مجتمع السلم النتائج": a party or a crowd answers its own state, not the other side
    if (source.actor_code or "").startswith(_IGO) and "GPE" in kinds:
        kinds = ("GPE",) + tuple(k for k in kinds if k != "GPE")
    sides = bilateral_sides(doc, counts)
    if sides is None or source.country_iso3 not in sides:
        return None
    other = sides[1] if sides[0] == source.country_iso3 else sides[0]
    if armed and foes is not None:
        known = [(counts[f.entity_id] if f.entity_id else 0, i, f) for i, f in enumerate(foes)
                 if f.country_iso3 == other and (f.actor_code or "").endswith(_ARMED)]
        return max(known, key=lambda item: item[:2])[2] if known else None
    for wanted in kinds:
        best = [e for e in doc.entities if e.type == wanted and e.country_iso3 == other and counts[e.id] > 0
                and not (actor_code_of(e) or "").endswith(_MEDIA)
                and (not armed or (actor_code_of(e) or "").endswith(_ARMED)) and not _dateline_only(doc, e)]
        if best:
            # of places, the country itself before its most-mentioned city (a dateline's capital)
            top = max(best, key=lambda e: (wanted == "GPE" and e.id == f"gpe.{other}", counts[e.id]))
            return actor_of(top)
    return None


# Sectors whose statements are addressed at home: opposition and ruling parties, civilians, labour, the
# judiciary, business, religious bodies (a legislature speaks abroad too: Congress on the Iran deal).
_DOMESTIC = frozenset({"OPP", "PTY", "CVL", "LAB", "JUD", "BUS", "REL", "EDU", "MED"})


def _dateline_only(doc: Document, entity: Entity) -> bool:
    """The place is named only where the report was filed ("نيويورك - وكالات:"): no side of it."""
    return entity.type == "GPE" and all(m.start < _DATELINE_CHARS and doc.text[m.end:m.end + 3].strip()[:1] in
                                        {"-", "–", "—", "("} for m in entity.mentions)


_DATELINE_CHARS = 40


# "وأكد سموه"، "وأشار معاليه": the honorific with the pronoun stands for the dignitary named before.
HONORIFIC_PRONOUNS = frozenset(normalize_form(w) for w in (
    "سموه", "سموها", "جلالته", "جلالتها", "فخامته", "معاليه", "معاليها", "سعادته", "سعادتها", "سماحته", "دولته"))


# The titles an honorific answers to, folded: سموه is a prince's or a sheikh's, جلالته a king's, فخامته a
# president's, معاليه a minister's, سعادته an ambassador's, سماحته a cleric's, دولته a prime minister's.
_HONOURED_BY = {
    normalize_form("سموه"): ("سمو", "السمو", "الامير", "الاميره", "الشيخ", "ولي العهد"),
    normalize_form("سموها"): ("سمو", "السمو", "الاميره", "الشيخه"),
    normalize_form("جلالته"): ("جلاله", "الملك", "السلطان", "العاهل", "خادم الحرمين"),
    normalize_form("جلالتها"): ("جلاله", "الملكه"),
    normalize_form("فخامته"): ("فخامه", "الرئيس", "رئيس جمهوريه", "رئيس الجمهوريه", "رئيس دوله", "رئيس الاتحاد"),
    normalize_form("معاليه"): ("معالي", "الوزير", "وزير", "الوزيره", "وزيره"),
    normalize_form("معاليها"): ("معالي", "الوزيره", "وزيره"),
    normalize_form("سعادته"): ("سعاده", "السفير", "سفير"),
    normalize_form("سعادتها"): ("سعاده", "السفيره", "سفيره"),
    normalize_form("سماحته"): ("سماحه", "الشيخ", "المفتي", "السيد"),
    normalize_form("دولته"): ("دوله", "رئيس الوزراء", "رئيس الحكومه"),
}
# The offices an honorific answers to when the person is named by office alone ("رئيس بنين" for فخامته).
_HONOURED_OFFICES = {
    normalize_form("فخامته"): {"president"},
    normalize_form("جلالته"): {"king", "sultan"},
    normalize_form("دولته"): {"prime_minister"},
    normalize_form("سموه"): {"crown_prince", "emir"},
}
# Words after which a person is only greeted, not present: "نقل لهم تحيات معالي وزير الصحة".
_GREETED = frozenset({"تحيات", "تحيه", "تمنيات"})


_HONORIFIC_REACH = 4  # words before a name where its honorific may stand


def _honorific_noun(pronoun: str) -> str:
    """The honorific noun a pronoun form is made from, folded: معاليه → معالي، سموه → سمو، فخامته → فخامه."""
    base = pronoun[:-2] if pronoun.endswith("ها") else pronoun[:-1] if pronoun.endswith("ه") else pronoun
    return base[:-1] + "ه" if base.endswith("ت") else base


def honoured_person(doc: Document, before: int, honorific: str) -> Actor | None:
    """The last person the knowledge base knows named before offset `before` with the title the
    honorific answers to, written in the name or just before it ("صاحب السمو الملكي الأمير محمد بن نايف")."""
    entities = {e.id: e for e in doc.entities}
    titles = _HONOURED_BY.get(honorific)
    for m in sorted(doc.mentions, key=lambda m: -m.start):
        if m.start >= before or m.type != "PER" or m.entity_id not in entities or \
                m.entity_id.startswith("new:") and not (m.kind == "description" and entities[m.entity_id].actor_code):
            continue  # (an office the text names with its country, "رئيس جمهورية بنين", is someone too)
        # the name and the two words before it, matched word by word ("سمو" is no part of "سموه")
        # not reaching back past another person's name ("ولي العهد الرئيس الفرنسي إيمانويل ماكرون")
        edge = max((o.end for o in doc.mentions if o.type == "PER" and o.end <= m.start and o.entity_id != m.entity_id),
                   default=0)
        words = normalize_form(doc.text[max(edge, m.start - 60):m.end]).split()
        # a description ("الرئيس الفرنسي") is a title itself: only its own words count
        near = words[-(len(m.text.split()) + (0 if m.kind == "description" else 2)):]
        written = " " + " ".join(near) + " "
        # the honorific itself may stand further back, the office between it and the name ("معالي وزير
        # الخارجية الأستاذ عادل الجبير" for معاليه); title words that far back may be someone else's
        written_itself = m.kind != "description" and _honorific_noun(honorific) in \
            words[-(len(m.text.split()) + _HONORIFIC_REACH):-len(m.text.split())]
        office = m.kind == "description" and entities[m.entity_id].role in _HONOURED_OFFICES.get(honorific, ())
        if titles is not None and (any(f" {t} " in written for t in titles) or written_itself or office) and \
                not _GREETED & set(words[-(len(m.text.split()) + 6):]):
            return actor_of(entities[m.entity_id], Span(m.start, m.end, m.text))
    return None
