"""Actors that news names by description rather than by proper name.

The knowledge base links proper names (التحالف العربي، الحوثيون); news often names the same actors by
a common noun or a phrase, and the event coder needs them as actors all the same:
- descriptive names of known actors ("القوى الكبرى" → P5+1, "دول الخليج" → the GCC);
- a definite head noun alone referring back to the organisation it heads ("المقاومة الشعبية" … "المقاومة",
  "تنظيم داعش" … "التنظيم", "المملكة العربية السعودية" … "المملكة"); a coalition named by the noun alone
  ("التحالف", "قوات التحالف") is the one the article named, else the one fighting in its country;
- movement nisbas ("الميليشيات الحوثية"، "مسلحون حوثيون"، "ميليشيات الحوثي" → the Houthis);
- forces named by whom they serve ("قوات صالح"، "القوات الموالية للرئيس هادي" → YEMMIL; "طيران التحالف");
- an office title alone ("الأمين العام"، "المتحدث") → the person named earlier in the article holding it;
- unnamed rebels with the article ("المتمردون") → the rebel group the article has named, and the
  perpetrators ("منفذي الهجوم"، "مفجري") → the armed group it has named;
- a source or an official of a named actor ("مصدر في المقاومة"، "مسؤول في الإدارة الأمريكية") → that actor;
- a state's short form with nothing named before ("المملكة") → the kingdom the article mentions most.
The word lists are data (`data/cues.yaml`); `actors.sentence_actors` calls `phrase_actors` once per
sentence and the article-level lookups are built once per document (`ArticleActors`).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.doc import Actor, Document, Entity, Mention, Span, Token
from marsad.events.cues import Cues
from marsad.link.resolve import office_fits
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

if TYPE_CHECKING:
    from marsad.events.actors import ActorMention
    from marsad.kb import KnowledgeBase

_PROCLITICS = set("وفبل")
_MAX_PHRASE = 8


def word_variants(tok: Token) -> list[tuple[str, str]]:
    """(folded proclitics, rest) readings of a word with و ف ب ل before it at most; "للتحالف" also
    reads as ل + "التحالف" (the article's alef is dropped after the preposition ل)."""
    return list(norm_variants(tok.norm)) if tok.kind == "word" else []


@lru_cache(maxsize=1 << 16)
def norm_variants(norm: str) -> tuple[tuple[str, str], ...]:
    """`word_variants` of a word's folded form, memoised: every rule asks for the readings of every
    token, so a form's readings are worked out once (a pure function of the string)."""
    out = []
    for cut in range(0, 3):
        prefix = norm[:cut]
        if not set(prefix) <= _PROCLITICS or len(norm) - cut < 2:
            break
        out.append((prefix, norm[cut:]))
        if norm[cut:cut + 2] == "لل" and len(norm) - cut > 3:
            out.append((prefix + "ل", "ال" + norm[cut + 2:]))
    return tuple(out)


def match_word(tok: Token, table: frozenset[str] | dict) -> tuple[str, str] | None:
    """(proclitics, form) of the first reading of the word found in `table`."""
    if tok.kind != "word":
        return None
    for variant in norm_variants(tok.norm):
        if variant[1] in table:
            return variant
    return None


_MATCHES: dict[int, tuple[object, dict[str, tuple[str, str] | None]]] = {}


def _match_memo(table: frozenset[str] | dict) -> dict[str, tuple[str, str] | None]:
    """Word form -> `match_word` against `table`, filled as forms are met (a rule scanning every token
    asks the same forms again and again); the entry holds the table, so its id is not reused."""
    entry = _MATCHES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _MATCHES[id(table)] = (table, {})
    if len(entry[1]) > 200_000:
        entry[1].clear()
    return entry[1]


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    from marsad.kb import load_kb
    return load_kb()


def kb_actor(doc: Document, kb_id: str, span: Span | None) -> tuple[Actor, str] | None:
    """The actor for a KB id (the article's own entity when it names it), and its type."""
    own = next((e for e in doc.entities if e.kb_id == kb_id or e.id == kb_id), None)
    if own is not None:
        from marsad.events.actors import actor_of
        return actor_of(own, span), own.type
    entry = _kb().get(kb_id)
    if entry is None:
        return None
    return Actor(kb_id, entry.canonical_en, entry.country, entry.actor_code, span), entry.type


def _span(doc: Document, tokens: list[Token], first: int, last: int, prefix: str) -> Span:
    start = original_offset(tokens[first].text, tokens[first].start, len(prefix))
    return Span(start, tokens[last].end, doc.text[start:tokens[last].end])


@dataclass(slots=True)
class Antecedent:
    start: int
    head: str
    actor: Actor
    type: str


@dataclass(slots=True)
class ArticleActors:
    """Article-level lookups, built once per document: what a short form or an office title may refer
    back to (every named organisation, every descriptive name, every person with an office)."""

    antecedents: list[Antecedent] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    people: list[tuple[int, Entity]] = field(default_factory=list)  # (mention start, person) by start
    rebels: list[tuple[int, Entity]] = field(default_factory=list)
    # armed groups by start with the first word of their name (`_group_word`): the linked ones of `rebels`
    # and those named by a group noun and a movement's nisba ("ميليشيات الحوثي")
    named_groups: list[tuple[int, str, Antecedent]] = field(default_factory=list)
    # each sentence's group-nisba actors, found once by `build` and copied for `phrase_actors`
    group_nisba_actors: dict[tuple[int, int, int], list[ActorMention]] = field(default_factory=dict)
    countries: Counter[str] = field(default_factory=Counter)  # actor mentions per country
    bodies: list[tuple[int, Entity]] = field(default_factory=list)  # state bodies (…GOV, …MIL) by mention
    # head -> (starts, antecedents) in article order: `refer_back` bisects one head's list, not all
    by_head: dict[str, tuple[list[int], list[Antecedent]]] = field(default_factory=dict)
    # each sentence's descriptive names, found once by `build` and reused by `phrase_actors`
    descriptive: dict[tuple[int, int, int], list[tuple[int, int, str, str]]] = field(default_factory=dict)
    short_heads: frozenset[str] | None = None  # every form `_short_form` can resolve (`may_shorten`)
    # office-title mentions by start, so each sentence bisects for its own (`_office_titles`)
    roles: list[Mention] = field(default_factory=list)
    role_starts: list[int] = field(default_factory=list)
    date: str | None = None  # the article's date: an office title refers to who held it then
    # where the round-up's current section opened ("وفي العراق، …"): "الجيش" after it is not the army of
    # the country told before it
    since: int = 0

    @classmethod
    def build(cls, doc: Document, items: list[tuple[Entity, Mention]], sentences: list[list[Token]],
              cues: Cues) -> ArticleActors:
        found: list[Antecedent] = []
        stop = cues.short_form_stop | set(cues.unnamed_actors) | cues.force_nouns
        for entity, mention in items:
            head = _head(mention, entity, cues, stop, _contracted(doc.text, mention.start))
            if head:
                found.append(Antecedent(mention.start, head, *_entity_actor(entity, mention)))
        descriptive = {}
        for tokens in sentences:
            matches = _descriptive_matches(tokens, cues)
            if tokens:
                descriptive[_sentence_key(tokens)] = matches
            for first, _last, kb_id, _ in matches:
                made = kb_actor(doc, kb_id, None)
                head = _head_of_words(_bare_noun(normalize_form(tokens[first].text)), stop) if made else None
                if made and head:
                    found.append(Antecedent(tokens[first].start, head, made[0], made[1]))
        found.sort(key=lambda a: a.start)
        people = [(m.start, e) for e, m in items if e.type == "PER"]
        rebels = [(m.start, e) for e, m in items
                  if e.type == "ORG" and (e.actor_code or "").endswith(("REB", "INS"))]
        named_groups = [(m.start, _group_word(m.text.split()[0]), Antecedent(m.start, "", *_entity_actor(e, m)))
                        for e, m in items if e.type == "ORG" and (e.actor_code or "").endswith(("REB", "INS"))
                        and m.text.split()]
        group_nisba_actors = {}
        for tokens in sentences:
            groups = _group_nisbas(doc, tokens, cues)
            if tokens:
                group_nisba_actors[_sentence_key(tokens)] = groups
            for act in groups:
                if act.last > act.first:
                    start = tokens[act.first].start
                    named_groups.append((start, _group_word(tokens[act.first].text), Antecedent(start, "", act.actor, act.type)))
        named_groups.sort(key=lambda g: g[0])
        countries = Counter(e.country_iso3 for e, _ in items if e.country_iso3)
        bodies = [(m.start, e) for e, m in items if e.type == "ORG" and _state_body(e)]
        by_head: dict[str, tuple[list[int], list[Antecedent]]] = {}
        for ante in found:
            starts, antes = by_head.setdefault(ante.head, ([], []))
            starts.append(ante.start)
            antes.append(ante)
        roles = sorted((m for m in doc.mentions if m.kind == "role" and m.role), key=lambda m: m.start)
        return cls(found, [a.start for a in found], people, rebels, named_groups, group_nisba_actors, countries,
                   bodies, by_head, descriptive, roles=roles, role_starts=[m.start for m in roles],
                   date=doc.reference_date())

    def group_nisbas(self, doc: Document, tokens: list[Token], cues: Cues) -> list[ActorMention]:
        """`_group_nisbas` of a sentence: copies of the ones `build` found (the sentence's reading sets flags
        on its actors), else found now."""
        found = self.group_nisba_actors.get(_sentence_key(tokens)) if tokens else None
        return [replace(a) for a in found] if found is not None else _group_nisbas(doc, tokens, cues)

    def descriptive_matches(self, tokens: list[Token], cues: Cues) -> list[tuple[int, int, str, str]]:
        """`_descriptive_matches` of a sentence, from the ones `build` found when it has them."""
        found = self.descriptive.get(_sentence_key(tokens)) if tokens else None
        return found if found is not None else _descriptive_matches(tokens, cues)

    def body(self, code: str, head: str | None, before: int) -> Entity | None:
        """The last organisation coded `code` named before `before` (with `head` as its first word,
        when given): "الجيش" after "الجيش المالي", "مصادر عسكرية" after "القوات المسلحة المالية"."""
        for start, entity in reversed(self.bodies):
            if start < before and entity.actor_code == code and \
                    (head is None or normalize_form(entity.mentions[0].text).split()[0] == head):
                return entity
        return None

    def body_headed(self, agent: str, head: str, before: int) -> Entity | None:
        """The last organisation of agent type `agent` (COP, MIL …) named before `before` with `head` as
        its first word, of any country."""
        for start, entity in reversed(self.bodies):
            if start < self.since:
                return None  # named before the round-up moved to another country
            if start < before and (entity.actor_code or "").endswith(agent) and \
                    normalize_form(entity.mentions[0].text).split()[0] == head:
                return entity
        return None

    def armed_group(self, before: int, head: str | None = None) -> Antecedent | None:
        """The last armed group (coded …REB or …INS) named before `before`: "داعش" … "التنظيم". With the
        short form's `head`, the last group named with that word comes first: "الميليشيات" after
        "ميليشيات الحوثي" is the Houthis even when "المقاومة الشعبية" was named between."""
        if head is not None:
            key = _group_word(head)
            cut = bisect.bisect_left(self.named_groups, before, key=lambda g: g[0])
            for _start, word, ante in reversed(self.named_groups[:cut]):
                if word == key:
                    return ante
        cut = bisect.bisect_left(self.rebels, (before,), key=lambda r: (r[0],))
        if not cut:
            return None
        start, entity = self.rebels[cut - 1]
        return Antecedent(start, "", *_entity_actor(entity, entity.mentions[0]))

    def last_force(self, before: int) -> Entity | None:
        """The last state force (coded …MIL or …COP) named before `before`: "هذه القوات"."""
        for start, entity in reversed(self.bodies):
            if start < before and (entity.actor_code or "").endswith(("MIL", "COP")):
                return entity
        return None

    def main_state(self, candidates: tuple[str, ...]) -> str | None:
        """The candidate country the article mentions most (at least once)."""
        best = max(candidates, key=lambda iso: self.countries[iso], default=None)
        return best if best is not None and self.countries[best] > 0 else None

    def may_shorten(self, tok: Token, cues: Cues) -> bool:
        """Whether `_short_form` can resolve this word at all (an antecedent's head, a coalition head or
        a state's short form among its readings): most words are none, and need no further look."""
        heads = self.heads(cues)
        return tok.kind == "word" and any(form in heads for _, form in norm_variants(tok.norm))

    def heads(self, cues: Cues) -> frozenset[str]:
        """The forms `_short_form` can resolve in this article, gathered on first use."""
        if self.short_heads is None:
            self.short_heads = frozenset({a.head for a in self.antecedents} | set(cues.short_form_fallback)
                                         | cues.coalition_heads | (cues.armed_group_heads if self.rebels or self.named_groups else set()))
        return self.short_heads

    def refer_back(self, head: str, before: int) -> Antecedent | None:
        """The last antecedent with this head named before `before` and not before the current section."""
        if not self.by_head and self.antecedents:  # built by hand, not by `build`
            for ante in reversed(self.antecedents[:bisect.bisect_left(self.starts, before)]):
                if ante.head == head:
                    return ante if ante.start >= self.since else None
            return None
        entry = self.by_head.get(head)
        if entry is None:
            return None
        cut = bisect.bisect_left(entry[0], before)
        return entry[1][cut - 1] if cut and entry[0][cut - 1] >= self.since else None


def _sentence_key(tokens: list[Token]) -> tuple[int, int, int]:
    return tokens[0].start, tokens[-1].end, len(tokens)


def _state_body(entity: Entity) -> bool:
    """An organisation coded as a state's agent (MLIMIL, IRQGOV): a body an unnamed noun may refer to."""
    code = entity.actor_code or ""
    return len(code) == 6 and bool(entity.country_iso3) and code.startswith(entity.country_iso3)


def _entity_actor(entity: Entity, mention: Mention) -> tuple[Actor, str]:
    from marsad.events.actors import actor_of
    return actor_of(entity, Span(mention.start, mention.end, mention.text)), entity.type


def _contracted(text: str, start: int) -> bool:
    """The mention opens inside ل + ال written لل ("للائتلاف السوري" is matched from its second ل): its
    first word lost the alif of its article."""
    if start < 1 or text[start] != "ل":
        return False
    k = start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:start] in {"ل", "ول", "فل"}


def _head(mention: Mention, entity: Entity, cues: Cues, stop: set[str] | frozenset[str],
          contracted: bool = False) -> str | None:
    """The definite head word a multiword organisation name can be shortened to (تنظيم داعش → التنظيم)."""
    if mention.kind != "name" or entity.type not in {"ORG", "GPE"}:
        return None
    words = normalize_form(mention.text).split()
    if len(words) < 2:
        return None
    if contracted:
        words[0] = "ا" + words[0]  # "للائتلاف السوري": الائتلاف
    head = _head_of_words(words[0], stop)
    if entity.type == "GPE" and head not in cues.short_form_states:
        return None
    return head


def _bare_noun(word: str) -> str:
    """An indefinite accusative's tanween alif dropped ("ائتلافا دوليا" … "الائتلاف"), so that the
    definite noun alone can refer back to it."""
    if not word.startswith("ال") and word.endswith("ا") and len(word) > 4:
        return word[:-1]
    return word


def _head_of_words(first: str, stop: set[str] | frozenset[str]) -> str | None:
    head = first if first.startswith("ال") else "ال" + first
    return None if head in stop or len(head) < 5 else head


def _descriptive_matches(tokens: list[Token], cues: Cues) -> list[tuple[int, int, str, str]]:
    """(first, last, KB id, proclitics) of the descriptive names in a sentence, longest first."""
    table = _phrase_table(id(cues), cues)
    starts = _phrase_starts(table)
    out = []
    pos = 0
    while pos < len(tokens):
        best = None
        tok = tokens[pos]
        readings = starts.get(tok.norm) if tok.kind == "word" else ()
        if readings is None:
            readings = starts[tok.norm] = tuple(v for v in norm_variants(tok.norm) if v[1] in table)
        for prefix, form in readings:
            for words, kb_id in table[form]:
                end = pos + len(words)
                if end <= len(tokens) and all(tokens[pos + i].norm == w for i, w in enumerate(words[1:], 1)):
                    if best is None or end - 1 > best[1]:
                        best = (pos, end - 1, kb_id, prefix)
        if best:
            out.append(best)
            pos = best[1] + 1
        else:
            pos += 1
    return out


_TABLES: dict[int, tuple[Cues, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}
_STARTS: dict[int, tuple[dict, dict[str, tuple[tuple[str, str], ...]]]] = {}


def _phrase_starts(table: dict[str, list]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Word form -> its readings that begin a descriptive name, filled as forms are met (most begin
    none); one memo per phrase table."""
    entry = _STARTS.get(id(table))
    if entry is None or entry[0] is not table:  # the entry holds its table: its id is not reused
        entry = _STARTS[id(table)] = (table, {})
    memo = entry[1]
    if len(memo) > 200_000:
        memo.clear()
    return memo


def _phrase_table(key: int, cues: Cues) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    entry = _TABLES.get(key)
    if entry is None or entry[0] is not cues:  # the entry holds its cue lists: their id is not reused
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, kb_id in cues.descriptive_actors.items():
            words = tuple(phrase.split())
            if len(words) <= _MAX_PHRASE:
                table.setdefault(words[0], []).append((words, kb_id))
        entry = _TABLES[key] = (cues, table)
    return entry[1]


def phrase_actors(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention],
                  country: str | None, article: ArticleActors) -> list[ActorMention]:
    """The described actors of one sentence (module docstring), to be merged with the named ones:
    `found` holds the sentence's named actors, `country` its first place's country (else the article's)."""
    from marsad.events.actors import ActorMention
    out: list[ActorMention] = []
    for first, last, kb_id, prefix in article.descriptive_matches(tokens, cues):
        made = kb_actor(doc, kb_id, _span(doc, tokens, first, last, prefix))
        if made:
            out.append(ActorMention(first, last, made[0], made[1], prefix))
    out += article.group_nisbas(doc, tokens, cues)
    taken = {pos for a in found + out for pos in range(a.first, a.last + 1)}
    heads = article.heads(cues)
    for pos, tok in enumerate(tokens):
        if pos not in taken and tok.kind == "word":
            shorten = any(form in heads for _, form in norm_variants(tok.norm))  # `may_shorten`, inlined
            made = (_short_form(doc, tokens, pos, cues, country, article) if shorten else None) \
                or (_rebels(doc, tokens, pos, cues, article) if article.rebels else None)
            if made:
                out.append(made)
    out += _office_titles(doc, tokens, cues, found, article)
    if article.bodies:
        out += _demonstrative_forces(doc, tokens, cues, taken, article)
    return out


def _group_nisbas(doc: Document, tokens: list[Token], cues: Cues) -> list[ActorMention]:
    """"الميليشيات الحوثية"، "مسلحون حوثيون"، "ميليشيات الحوثي": a movement's nisba, with the group noun
    before it in the span."""
    from marsad.events.actors import ActorMention
    out = []
    memo = _match_memo(cues.group_nisbas)
    for pos, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        hit = memo[tok.norm] if tok.norm in memo else memo.setdefault(tok.norm, match_word(tok, cues.group_nisbas))
        if hit is None:
            continue
        kb_id, needs_head = cues.group_nisbas[hit[1]]
        head = pos > 0 and match_word(tokens[pos - 1], cues.group_heads) is not None
        if needs_head and not head and pos > 0 and tokens[pos - 1].kind != "punct":
            continue  # "الحوثي" opening a clause or a quote («الحوثي استخدم …») is the movement
        first, prefix = (pos - 1, match_word(tokens[pos - 1], cues.group_heads)[0]) if head else (pos, hit[0])
        made = kb_actor(doc, kb_id, _span(doc, tokens, first, pos, prefix))
        if made:
            out.append(ActorMention(first, pos, made[0], "ORG", prefix))
    return out


def _short_form(doc: Document, tokens: list[Token], pos: int, cues: Cues, country: str | None,
                article: ArticleActors) -> ActorMention | None:
    """"المقاومة" after "المقاومة الشعبية"; "التحالف" alone is the article's coalition or its country's;
    "المملكة" with no kingdom named before is the kingdom the article mentions most."""
    from marsad.events.actors import ActorMention
    tok = tokens[pos]
    for prefix, form in norm_variants(tok.norm) if tok.kind == "word" else ():
        if not form.startswith("ال") or _adjective_next(tokens, pos):
            continue
        ante = article.refer_back(form, tok.start)
        if form in cues.armed_group_heads:
            ante = _latest(ante, article.armed_group(tok.start, form))
        fallback = cues.short_form_fallback.get(form, ())
        if ante is None and not fallback and not (form in cues.coalition_heads and country in cues.coalition_theatres):
            continue  # nothing to refer to: skip building the span (this runs on every definite word)
        span = _span(doc, tokens, pos, pos, prefix)
        if ante is not None:
            actor = Actor(ante.actor.entity_id, ante.actor.canonical_en, ante.actor.country_iso3,
                          ante.actor.actor_code, span)
            return ActorMention(pos, pos, actor, ante.type, prefix)
        if form in cues.coalition_heads and country in cues.coalition_theatres:
            made = kb_actor(doc, cues.coalition_theatres[country], span)
            if made:
                return ActorMention(pos, pos, made[0], "ORG", prefix)
        state = article.main_state(fallback)
        made = kb_actor(doc, f"gpe.{state}", span) if state else None
        if made:
            return ActorMention(pos, pos, made[0], "GPE", prefix)
    return None


def _group_word(word: str) -> str:
    """A group's head word with its article, spelling (ميليشيات، مليشيات، ميلشيات) and number folded:
    "الميليشيات" and "ميليشيات الحوثي" share it."""
    word = normalize_form(word)
    word = word[2:] if word.startswith("ال") else word
    return word.replace("ي", "").removesuffix("ات").removesuffix("ا")


def _latest(first: Antecedent | None, second: Antecedent | None) -> Antecedent | None:
    """The antecedent named last of two (either may be missing)."""
    if first is None or second is None:
        return first or second
    return first if first.start >= second.start else second


def _demonstrative_forces(doc: Document, tokens: list[Token], cues: Cues, taken: set[int],
                          article: ArticleActors) -> list[ActorMention]:
    """"وتمكنت هذه القوات من …": a demonstrative and a definite force noun refer back to the last state
    force the article named (its body: "القوات الأمنية العراقية" … "هذه القوات")."""
    from marsad.events.actors import ActorMention, actor_of
    out = []
    for pos in range(len(tokens) - 1):
        tok, nxt = tokens[pos], tokens[pos + 1]
        if tok.kind != "word" or not (tok.norm in cues.demonstratives or
                                      (tok.norm[:1] in "وف" and tok.norm[1:] in cues.demonstratives)):
            continue
        if pos + 1 in taken:
            continue
        if not nxt.norm.startswith("ال") or cues.actor_nouns.get(nxt.norm) not in {"MIL", "COP"}:
            continue
        body = article.last_force(tok.start)
        if body is not None:
            prefix = tok.norm[:1] if tok.norm[1:] in cues.demonstratives else ""
            out.append(ActorMention(pos, pos + 1, actor_of(body, _span(doc, tokens, pos, pos + 1, prefix)), "ORG",
                                    prefix))
    return out


# Function words whose folded form looks like a definite nisba: "داعيا المجلس إلى" (إلى → الي)، "المجلس الذي".
_LOOK_LIKE_NISBAS = frozenset(normalize_form(w) for w in ("إلى", "الى", "الذي", "التي"))


def _adjective_next(tokens: list[Token], pos: int) -> bool:
    """A definite nisba-like word after the head ("المجلس الوطني") makes it another name, not a short form."""
    if pos + 1 >= len(tokens) or tokens[pos + 1].kind != "word":
        return False
    nxt = tokens[pos + 1].norm
    return nxt.startswith("ال") and nxt.endswith(("ي", "يه", "يين", "يون")) and nxt not in _LOOK_LIKE_NISBAS


def _rebels(doc: Document, tokens: list[Token], pos: int, cues: Cues,
            article: ArticleActors) -> ActorMention | None:
    """"المتمردون" is the rebel group with a country the article has named before, "المهاجمين" any armed
    group it has named before (organisations only: a rebel leader is not "the rebels"); none named,
    the crowd lists give the place's rebels or armed men."""
    from marsad.events.actors import ActorMention, actor_of
    if not article.rebels:
        return None  # no armed group named: nothing to refer back to
    hit = match_word(tokens[pos], cues.anaphoric_rebels)
    national = hit is not None
    hit = hit or match_word(tokens[pos], cues.anaphoric_attackers)
    if hit is None:
        return None
    before = [e for start, e in article.rebels if start < tokens[pos].start and (_national(e) or not national)
              and not (national and _resistance(e))]
    if not before:
        return None
    return ActorMention(pos, pos, actor_of(before[-1], _span(doc, tokens, pos, pos, hit[0])), "ORG", hit[0])


def _resistance(entity: Entity) -> bool:
    """"المقاومة الشعبية" fights the ones the same press calls "المتمردون"; it is never "the rebels"."""
    return (entity.canonical_ar or "").startswith("المقاومة")


def _national(entity: Entity) -> bool:
    """A group with a country: its own, or the country its actor code starts with (PKK: TURREB)."""
    code = entity.actor_code or ""
    return bool(entity.country_iso3) or (len(code) > 3 and _kb().country(code[:3]) is not None)


_TITLE_WINDOW = 6


def _office_titles(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention],
                   article: ArticleActors) -> list[ActorMention]:
    """"وأكد الأمين العام"، "كما التقى رئيس الوزراء …": a definite office title with no name after it is
    the person named earlier in the article who holds that office (the last one named)."""
    from marsad.events.actors import ActorMention, actor_of, cover_index
    if not tokens or not article.people:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [t.start for t in tokens]
    cover = cover_index(found)
    out = []
    first, end = bisect.bisect_left(article.role_starts, lo), bisect.bisect_left(article.role_starts, hi)
    for mention in article.roles[first:end]:
        pos = bisect.bisect_right(starts, mention.start) - 1
        if pos < 0 or pos in cover or _named_after(tokens, pos, found):
            continue
        prefix = normalize_form(doc.text[tokens[pos].start:mention.start])
        # definite by the article or by its genitive: "الأمين العام"، "رئيس الوزراء"، "وزير الخارجية"
        if not any(w.startswith("ال") for w in normalize_form(mention.text).split()) or \
                not set(prefix) <= _PROCLITICS:
            continue
        holder = _holder(article, mention.role, mention.start)
        if holder is None:
            continue
        last = max(pos, bisect.bisect_left(starts, mention.end) - 1)
        span = Span(mention.start, mention.end, mention.text)
        out.append(ActorMention(pos, last, actor_of(holder, span), "PER", prefix))
    return out


def _named_after(tokens: list[Token], pos: int, found: list[ActorMention]) -> bool:
    """A name follows the title within a few words, before any punctuation ("المتحدث باسم الوزارة
    السفير بدر عبد العاطي"): the title belongs to that name."""
    end = pos + 1
    while end < len(tokens) and end <= pos + _TITLE_WINDOW and tokens[end].kind != "punct":
        end += 1
    return any(pos < a.first < end and a.type == "PER" for a in found)


def _holder(article: ArticleActors, office: str, before: int) -> Entity | None:
    for start, person in reversed(article.people):
        if start < before and any(office_fits(office, held)
                                  for held in {person.role or "", *_kb_offices(person, article.date)}):
            return person
    return None


def _kb_offices(person: Entity, date: str | None) -> set[str]:
    """The offices the knowledge base gives the person on `date` (all of them when the date is not
    known): "رئيس الوزراء" in 2015 is not Gentiloni, Italy's prime minister from 2016."""
    entry = _kb().get(person.kb_id or person.id)
    if entry is None:
        return set()
    return {role.office for role in entry.roles if date is None or role.covers(date)}


_ALLEGIANCE_GAP = 4  # "القوات الموالية للرئيس اليمني السابق علي صالح": up to 4 words to the name


def force_actors(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention]) -> list[ActorMention]:
    """"قوات صالح"، "طيران التحالف"، "القوات الموالية لحكومة هادي": the forces of a named actor. A state,
    a person or a government gives that country's military; an organisation (a coalition, a movement)
    stays itself; "دول التحالف" is the coalition."""
    from marsad.events.actors import ActorMention
    out = []
    for actor in found:
        if actor.type not in {"PER", "ORG", "GPE"} or actor.media or actor.actor.actor_code is None:
            continue
        head = _force_head(tokens, actor, cues)
        if head is None:
            continue
        prefix, noun = match_word(tokens[head], cues.force_nouns) or match_word(tokens[head], cues.unnamed_actors) \
            or ("", "")
        if noun.endswith("طيران") and actor.type != "ORG":
            continue  # "طيران الإمارات" is an airline; "طيران التحالف" the coalition's aircraft
        code, iso = _force_code(actor, noun)
        base = actor.actor
        span = _span(doc, tokens, head, actor.last, prefix)
        if code == base.actor_code:
            made = Actor(base.entity_id, base.canonical_en, base.country_iso3, code, span)
        else:
            made = Actor(None, f"{iso} MIL", iso, code, span)
        out.append(ActorMention(head, actor.last, made, "ORG", prefix))
    return out


def source_actors(doc: Document, tokens: list[Token], cues: Cues, found: list[ActorMention]) -> list[ActorMention]:
    """"مصدر في المقاومة الشعبية"، "مسؤول في الإدارة الأمريكية"، "مصادر من الجيش": an anonymous source or
    official of a named actor speaks for that actor (the span takes in the source noun)."""
    from marsad.events.actors import ActorMention
    out = []
    for actor in found:
        pos = actor.first
        if pos < 2 or actor.prefix or actor.media or actor.type not in {"PER", "ORG"}:
            continue  # "مصادر في اليمن": a place is where the sources are, not whom they speak for
        if tokens[pos - 1].norm not in {"من", "في"}:
            continue
        hit = match_word(tokens[pos - 2], cues.source_heads)
        if hit is None:
            continue
        base = actor.actor
        span = _span(doc, tokens, pos - 2, actor.last, hit[0])
        made = Actor(base.entity_id, base.canonical_en, base.country_iso3, base.actor_code, span)
        out.append(ActorMention(pos - 2, actor.last, made, actor.type, hit[0]))
    return out


def _force_head(tokens: list[Token], actor: ActorMention, cues: Cues) -> int | None:
    """Position of the force noun this actor completes, if any."""
    pos = actor.first
    if pos > 0 and not actor.prefix and match_word(tokens[pos - 1], cues.force_nouns):
        return pos - 1  # construct: "قوات صالح"
    if pos > 1 and actor.type == "ORG" and not actor.prefix and tokens[pos - 1].norm == "من" and \
            (match_word(tokens[pos - 2], cues.force_nouns) or _armed_crowd(tokens[pos - 2], cues)):
        return pos - 2  # "مسلحون من تنظيم داعش"، "عناصر من الحرس الثوري"
    for back in range(1, _ALLEGIANCE_GAP + 1):
        j = pos - back
        if j >= 1 and j == pos - 1 and tokens[j].text in _OPENING_MARKS:
            continue  # "لتنظيم «القاعدة في جزيرة العرب»": the name set off in quote marks
        if j < 1 or tokens[j].kind != "word":
            return None
        if match_word(tokens[j], cues.allegiance_words):
            after = tokens[j + 1]
            if not (after.norm.startswith("ل") or (j + 1 == pos and "ل" in actor.prefix)):
                return None
            head = j - 2 if j > 1 and tokens[j - 1].norm in _HEDGES else j - 1  # "مسلحون يعتقد بانتمائهم ل"
            return head if match_word(tokens[head], cues.force_nouns) or _armed_crowd(tokens[head], cues) else None
    return None


_OPENING_MARKS = frozenset({"«", '"', "“"})
# Words of hedged belonging between armed men and the group they are said to belong to.
_HEDGES = frozenset(normalize_form(w) for w in ("يعتقد", "يشتبه", "يرجح", "يظن"))


def _force_code(actor: ActorMention, noun: str) -> tuple[str, str | None]:
    """(code, country) of the forces: "دول" or an organisation keeps the actor's own code."""
    base = actor.actor
    code = base.actor_code or ""
    iso = base.country_iso3
    own = noun.endswith("دول") or (actor.type == "ORG" and not code.endswith("GOV")) or not iso
    return (code, iso) if own else (iso + "MIL", iso)


def _armed_crowd(tok: Token, cues: Cues) -> bool:
    hit = match_word(tok, cues.unnamed_actors)
    return hit is not None and cues.unnamed_actors[hit[1]] in {"UAF", "INS", "REB", "MIL"}
