"""Who did what to whom: source and target of one trigger from the sentence and the article so far.

`arguments.py` reads single shapes (the subject after a verb, the actor after a cue); this module
decides between them by the kind of word that matched and the entry's argument frame, and keeps the
little the coder must remember across sentences (the two sides last named, the doers of violent acts).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.doc import Actor, Span, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    SentenceView,
    between_pair,
    clause_subject_before,
    conjunct_after,
    subject_after,
    subject_before,
    target_after,
)
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import Lexicon, Trigger

HOST_CODE = "043"
SUBJECT_WINDOW = 6  # "أدان رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي": titles before the name
# Verbal reactions whose object may be an event told earlier (condemning an attack targets its doer).
REACTION_ROOTS = frozenset({"11", "12", "13"})
DOER_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
SIDE_ROOTS = frozenset({"03", "04", "05", "06", "08"})  # exchanges whose two sides "الجانبان" names
# "أنه سيستضيف علييف": after a complementiser carrying a pronoun the subject is that pronoun, so the
# actor after the verb is its object.
# "نفى أن يكون التقى الصفدي": right after يكون the subject is hidden in it too.
_PRONOUN_COMPS = {"انه", "انها", "بانه", "بانها", "انهم", "انهما", "يكون", "تكون"}
_PRE_VERB = {"قد", "لن", "لم", "سوف", "لا"}
# Verbs that only carry a verbal noun with ب ("قامت القوات بقصف"، "يقوم الجيش بعمليات").
_LIGHT_VERBS = {"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "تقومان", "يقومان"}


@dataclass(slots=True)
class Arguments:
    """What the structure gave for one trigger; `explicit_*` say whether the text names them.
    `more_targets` holds further conjuncts ("مع علييف وباشينيان"): one event each."""

    source: ActorMention | Actor | None = None
    target: ActorMention | Actor | None = None
    explicit_source: bool = False
    explicit_target: bool = False
    code: str = ""
    more_targets: list[ActorMention] = field(default_factory=list)
    implied_source: bool = False  # the doer is the entry's default agent, not named in the text


@dataclass(slots=True)
class ArticleState:
    """What the coder remembers across one article's sentences."""

    counts: Counter[str]
    home: str | None
    roles: dict[str, str] = field(default_factory=dict)  # entity id -> office ("foreign_minister")
    pairs: list[tuple[Actor, Actor]] = field(default_factory=list)  # every pair of sides, oldest first
    doers: list[tuple[str, str, Actor]] = field(default_factory=list)  # (entry, root, source) of violent acts
    pair: tuple[Actor, Actor] | None = None  # the last two sides named (for الجانبان, يبحثان, لقائهما)
    sentence_pair: tuple[ActorMention | Actor, ActorMention | Actor] | None = None  # sides in this sentence
    sentence_sources: list[tuple[int, ActorMention]] = field(default_factory=list)  # verbs' subjects
    last_targets: list[ActorMention | Actor] = field(default_factory=list)  # for a verb's "ـهما"

    def new_sentence(self, pair: tuple[ActorMention, ActorMention] | None) -> None:
        """Forget what belongs to the previous sentence; `pair` is the sentence's "X و Y" subject."""
        self.sentence_sources, self.last_targets = [], []
        self.sentence_pair = pair
        if pair is not None:
            self._add_pair((pair[0].actor, pair[1].actor))

    def remember(self, entry_id: str, code: str, symmetric: bool, source: Actor, target: Actor | None,
                 explicit_target: bool) -> None:
        """Record a coded event: the doers of violence (for "أدان الهجوم"), and the two sides of an
        exchange between countries (for "الجانبان" later) — a mediator or a critic is not a side."""
        if code[:2] in DOER_ROOTS:
            self.doers.append((entry_id, code[:2], source))
        if target is None or not explicit_target:
            return
        self.last_targets = [target]
        if (symmetric or code[:2] in SIDE_ROOTS) and code != "045" and source.country_iso3 and \
                target.country_iso3 and source.country_iso3 != target.country_iso3:
            self._add_pair((source, target))
            self.sentence_pair = self.sentence_pair or (source, target)

    def _add_pair(self, pair: tuple[Actor, Actor]) -> None:
        self.pair = pair
        self.pairs.append(pair)

    def pair_holding(self, role: str | None) -> tuple[Actor, Actor] | None:
        """The last pair whose two people hold `role` ("الوزيران" → two ministers), else the last pair."""
        if role:
            for pair in reversed(self.pairs):
                if all(role in self.roles.get(a.entity_id or "", "") for a in pair):
                    return pair
        return self.pair


def actor_of(item: ActorMention | Actor | None) -> Actor | None:
    return item.actor if isinstance(item, ActorMention) else item


def key_of(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.entity_id or actor.actor_code or actor.canonical_en


def _both_sides(tok: Token, cues: Cues) -> bool:
    """A dual verb (يبحثان، بحثا) or a dual noun for the two sides (الجانبان، الوزيران)."""
    norm = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 4 else tok.norm
    if word_forms(tok) & cues.both_sides:
        return True
    return (norm.endswith("ان") and norm[:1] in {"ي", "ت"} and len(norm) > 4) or norm.endswith("يا")


class Roles:
    """Assigns source and target to triggers; built once per coder, stateless across articles."""

    def __init__(self, lexicon: Lexicon, cues: Cues) -> None:
        self.lexicon = lexicon
        self.cues = cues

    def arguments(self, view: SentenceView, trig: Trigger, current: ActorMention | None,
                  opener: ActorMention | None, state: ArticleState) -> Arguments:
        """Source and target from the sentence shape, by the kind of word that matched."""
        args = Arguments(code=trig.entry.code)
        src, partner, destination = self._explicit_source(view, trig, state)
        if src is not None:
            args.source, args.explicit_source = src, True
        start = trig.last
        if src is not None and src.first > trig.head:
            start = min(src.last, trig.last) if _has_gap(trig) else max(src.last, trig.last)
            partner = partner or conjunct_after(view, src)
            if partner is not None and partner.first > start:
                start = partner.last
        exclude = src.key if src else None
        tgt, _ = target_after(view, trig, start, exclude, trig.entry.object or trig.kind == "noun")
        if tgt is None and partner is not None and (trig.entry.symmetric or _both_sides(view.tokens[trig.head], self.cues)):
            tgt = partner
        tgt = tgt or destination or self._fallback_target(view, trig, start, state)
        if tgt is not None:
            args.target, args.explicit_target = tgt, True
            args.more_targets = self._more_targets(view, tgt, src)
        if trig.entry.symmetric and (args.source is None or tgt is None):
            self._symmetric(view, trig, args, state)
        self._fill_sides(view, trig, args, current, state)
        if trig.entry.visit and trig.kind == "noun":
            self._visit_roles(args, opener)
        if trig.entry.received and args.target is not None:
            args.source, args.target = args.target, args.source
        return args

    def _fallback_target(self, view: SentenceView, trig: Trigger, start: int,
                         state: ArticleState) -> ActorMention | Actor | None:
        """Targets the sentence gives only indirectly: the doer of a condemned attack, a nationality
        adjective on the object ("ثكنة عسكرية إسرائيلية"), the victims before a violent act."""
        root = trig.entry.code[:2]
        if root in REACTION_ROOTS:
            found = self._reacted_to(view, start, state)
            if found is not None:
                return found
        if trig.entry.object or root in DOER_ROOTS:
            for j in range(start + 1, min(len(view.tokens), start + 5)):
                if view.tokens[j].kind == "punct":
                    break
                if j in view.nisbas:
                    return self._nisba_actor(view, j, "MIL" if root in _FORCE_ROOTS else "GOV")
        if root in _FORCE_ROOTS:
            return _victims_before(view, trig.head)
        return None

    def _fill_sides(self, view: SentenceView, trig: Trigger, args: Arguments,
                    current: ActorMention | None, state: ArticleState) -> None:
        """Sides the text leaves unsaid: both sides named earlier (الجانبان، يبحثان، لقائهما), the
        doer an entry implies (the police arrest), else the clause subject."""
        head = view.tokens[trig.head]
        nxt = view.tokens[trig.head + 1] if trig.head + 1 < len(view.tokens) else None
        named = nxt is not None and trig.kind == "verb" and bool(word_forms(nxt) & self.cues.both_sides)
        both = _both_sides(head, self.cues) or trig.enclitic == "هما" or named
        role = next((self.cues.both_sides_roles[f] for f in word_forms(nxt) if f in self.cues.both_sides_roles),
                    None) if named and nxt is not None else None
        pair = state.pair_holding(role) if role else (state.sentence_pair or state.pair)
        if args.source is None and both and pair is not None:
            args.source, args.explicit_source = pair[0], True
            if args.target is None:
                args.target, args.explicit_target = pair[1], True
        if args.target is None and trig.kind == "verb" and trig.enclitic in {"هما", "هم"} and state.last_targets:
            args.target, args.explicit_target = state.last_targets[0], True
            args.more_targets = [t for t in state.last_targets[1:] if isinstance(t, ActorMention)]
        if args.source is None:
            implied = self.implied(view, trig.entry.default_source, state, trig)
            args.source = implied or current
            args.explicit_source = args.implied_source = implied is not None
        if args.target is None:
            args.target = self.implied(view, trig.entry.default_target, state)
            args.explicit_target = args.target is not None

    def _symmetric(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """"بين X و Y": both sides, or, when the text names the doer (a mediator), the first side
        that is not the doer as target; with no بين, a nominal event takes the sides named last."""
        pair = between_pair(view, trig.last)
        sides: tuple[ActorMention | Actor, ActorMention | Actor] | None = pair
        if sides is None and trig.kind == "noun" and args.target is None and not trig.enclitic:
            sides = state.sentence_pair
        if sides is None:
            return
        if args.source is not None and args.explicit_source and args.target is None:
            src_key = key_of(actor_of(args.source))
            args.target = sides[1] if key_of(actor_of(sides[0])) == src_key else sides[0]
            args.explicit_target = True
            return
        if args.source is None or pair is not None:
            args.source, args.target = sides
            args.explicit_source = args.explicit_target = True

    def implied(self, view: SentenceView, agent: str | None, state: ArticleState,
                trig: Trigger | None = None) -> Actor | None:
        """The unnamed doer or addressee an entry implies (an arrest by the police, a protest against
        the government) of the country the sentence gives: its people for a crowd ("متظاهرون أفغان"،
        "أحد التونسيين"), a nationality on the doer for force ("دبابة إسرائيلية بقصف"), else the
        sentence's first place, else the article's."""
        if agent is None:
            return None
        country = _own_country(view, agent, trig) or next(
            (a.actor.country_iso3 for a in view.actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3),
            state.home)
        if not country:
            # "اعتصم المتظاهرون" with no place at all: the agent is known, its country is not (PETRARCH's
            # "None CVL"); the event is still told.
            return Actor(None, agent, None, agent)
        return Actor(None, f"{country} {agent}", country, country + agent)

    def _explicit_source(self, view: SentenceView, trig: Trigger, state: ArticleState
                         ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        """(source, second conjunct of a "X و Y" subject, destination of a visit).

        Verb: a subject-first clause, else the subject after it (VSO), else a nominal subject before
        it. Noun: its agent (genitive, "لداعش", "من أمير قطر", a relative "شنه X", a nisba), unless a
        pronoun suffix fills that slot. Participle/adjective: a nominal subject right before it. A
        place after a visit word is where the visitor goes, never the visitor."""
        if trig.kind == "verb":
            return self._verb_source(view, trig, state)
        if trig.kind == "noun":
            if trig.enclitic:
                return None, None, None
            genitive = subject_after(view, trig.last, self.cues, 1)
            if genitive is not None and trig.entry.patient:
                return self._oblique_agent(view, trig, genitive.last), None, genitive
            if genitive is not None and trig.entry.visit and genitive.type in {"GPE", "LOC"}:
                return None, None, genitive
            if genitive is not None:
                return genitive, None, None
            oblique = self._oblique_agent(view, trig)
            if oblique is not None:  # "تلقى X اتصالا من Y": the one before the noun is the addressee
                return oblique, None, subject_before(view, trig.head, self.cues)
            agent = self._relative_agent(view, trig) or self._nisba_agent(view, trig) or \
                self._light_verb_agent(view, trig)
            if agent is not None or view.tokens[trig.head].article:
                return agent, None, None
            return subject_before(view, trig.head, self.cues), None, None
        return subject_before(view, trig.head, self.cues, 2), None, None

    def _verb_source(self, view: SentenceView, trig: Trigger, state: ArticleState
                     ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        cues = self.cues
        svo = clause_subject_before(view, trig.head, cues)
        if svo is not None:
            return svo[0], svo[1], None
        if _pronoun_subject(view, trig.head):
            return None, None, None
        limit = trig.words[1] - trig.head if len(trig.words) > 1 and _has_gap(trig) else SUBJECT_WINDOW
        after = subject_after(view, trig.head, cues, max(limit, 1))
        if after is not None and self._shared_subject(view, trig, after, state):
            return None, None, None
        if after is not None and trig.entry.visit and after.type in {"GPE", "LOC"}:
            return subject_before(view, trig.head, cues), None, after
        return after or subject_before(view, trig.head, cues), None, None

    def _shared_subject(self, view: SentenceView, trig: Trigger, after: ActorMention,
                        state: ArticleState) -> bool:
        """"زار الرياض والتقى ولي العهد": a verb joined by و to an earlier verb of the same sentence
        shares its subject when only one actor follows it (that one is the object)."""
        head = view.tokens[trig.head]
        if not head.norm.startswith("و") or not any(p < trig.head for p, _ in state.sentence_sources):
            return False
        if any(view.tokens[k].kind == "punct" for k in range(state.sentence_sources[-1][0], trig.head)):
            return False
        return conjunct_after(view, after) is None and \
            not any(after.last < a.first <= after.last + 3 and a.prefix == "" and a.key != after.key
                    for a in view.actors)

    def _oblique_agent(self, view: SentenceView, trig: Trigger, after: int | None = None) -> ActorMention | None:
        """"هجوم لداعش"، "بدعوة من أمير قطر": an actor with ل, or after من, right after the noun (or
        after `after`, the end of a patient genitive: "مقتل X على يد Y" is handled by "يد")."""
        nxt = (trig.last if after is None else after) + 1
        if after is not None and nxt + 2 < len(view.tokens) and view.tokens[nxt].norm == "علي" \
                and view.tokens[nxt + 1].norm == "يد":
            return view.actor_at(nxt + 2)
        if after is not None:
            return None
        act = view.actor_at(nxt)
        if act is not None and act.prefix.endswith("ل"):
            return act
        if nxt + 1 < len(view.tokens) and view.tokens[nxt].norm == "من":
            return subject_after(view, nxt, self.cues, 3)
        return None

    def _relative_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"غارات شنها الطيران الحربي الإسرائيلي"، "هجوم شنه مسلحون من تنظيم داعش": the subject of the
        relative verb is the agent (an armed group after "مسلحون من" included)."""
        nxt = trig.last + 1
        if nxt >= len(view.tokens) or not word_forms(view.tokens[nxt]) & self.cues.agent_verbs:
            return None
        found = subject_after(view, nxt, self.cues, SUBJECT_WINDOW)
        if found is None and nxt + 3 < len(view.tokens) and view.tokens[nxt + 2].norm == "من":
            found = view.actor_at(nxt + 3)
        return found

    def _nisba_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"غارات إسرائيلية"، "بوساطة روسية": a nationality adjective right after a verbal noun is its
        agent; the armed forces for force and violence, the government otherwise."""
        pos = trig.last + 1
        if pos not in view.nisbas:
            return None
        return self._nisba_actor(view, pos, "MIL" if trig.entry.code[:2] in _FORCE_ROOTS else "GOV")

    def _light_verb_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"قامت دبابة إسرائيلية بقصف المنازل"، "قام الجيش بمداهمة": the subject of قام is the agent of
        the verbal noun written with ب after it (a nationality on that subject stands for its forces)."""
        head = view.tokens[trig.head]
        if not head.norm.startswith(("ب", "وب")):
            return None
        for k in range(trig.head - 1, max(-1, trig.head - 1 - SUBJECT_WINDOW), -1):
            tok = view.tokens[k]
            if tok.kind == "punct":
                return None
            if word_forms(tok) & _LIGHT_VERBS:
                found = subject_after(view, k, self.cues, trig.head - k - 1)
                if found is not None:
                    return found
                nisba = next((p for p in range(k + 1, trig.head) if p in view.nisbas), None)
                if nisba is None:
                    return None
                return self._nisba_actor(view, nisba, "MIL" if trig.entry.code[:2] in _FORCE_ROOTS else "GOV")
        return None

    @staticmethod
    def _nisba_actor(view: SentenceView, pos: int, agent: str) -> ActorMention:
        country = view.nisbas[pos]
        tok = view.tokens[pos]
        actor = Actor(None, f"{country} {agent}", country, country + agent, Span(tok.start, tok.end, tok.text))
        return ActorMention(pos, pos, actor, "ORG")

    def _reacted_to(self, view: SentenceView, start: int, state: ArticleState) -> Actor | None:
        """"أدان ميقاتي الغارات": the object is an event told earlier; the target is its doer. A place
        phrase may come first ("أدانت السفارة في بغداد الهجوم"); "بملاحقة منفذي الهجوم" too."""
        for j in range(start + 1, min(len(view.tokens), start + 5)):
            tok = view.tokens[j]
            if tok.kind != "word":
                return None
            named = [t.entry for t in self.lexicon.match([tok]) if t.kind == "noun"]
            if not named:
                continue
            ids, roots = {e.id for e in named}, {e.code[:2] for e in named}
            same = [d for e, r, d in state.doers if e in ids] or [d for e, r, d in state.doers if r in roots]
            if same:
                return same[-1]
        return None

    @staticmethod
    def _more_targets(view: SentenceView, tgt: ActorMention | Actor, src: ActorMention | None) -> list[ActorMention]:
        """"مع الرئيس علييف ورئيس الوزراء باشينيان": each conjunct after the target is a target too."""
        if not isinstance(tgt, ActorMention):
            return []
        out: list[ActorMention] = []
        nxt = conjunct_after(view, tgt)
        while nxt is not None and len(out) < 3 and (src is None or nxt.key != src.key) and \
                nxt.type == tgt.type:
            out.append(nxt)
            nxt = conjunct_after(view, nxt)
        return out

    @staticmethod
    def _visit_roles(args: Arguments, opener: ActorMention | None) -> None:
        """A visit told from the host's side ("the host described X's visit to <host capital>") is
        the host hosting the visitor (043); otherwise the visitor visits the host (042)."""
        visitor, host = actor_of(args.source), actor_of(args.target)
        host_side = actor_of(opener)
        if visitor is None or host is None or host_side is None or not args.explicit_source:
            return
        if key_of(host_side) != key_of(visitor) and host_side.country_iso3 and \
                host_side.country_iso3 == host.country_iso3 != visitor.country_iso3:
            args.source, args.target, args.code = opener, args.source, HOST_CODE


_NISBA_REACH = 3


def _own_country(view: SentenceView, agent: str, trig: Trigger | None) -> str | None:
    """The country a sentence gives its unnamed doer: for a crowd, the crowd's own nationality or the
    first nationality adjective in the sentence; for a force, a nationality adjective on the doer just
    before the trigger ("دبابة إسرائيلية بقصف") or, when the entry takes no object (so what follows is
    the subject, not the victims), just after it ("أطلقت دبابة إسرائيلية قذيفة")."""
    if agent == "CVL":
        return _crowd_country(view, trig)
    if trig is None:
        return None
    for pos in range(trig.head - 1, max(-1, trig.head - 1 - _NISBA_REACH), -1):
        if pos in view.nisbas:
            return view.nisbas[pos]
    if trig.entry.object:
        return None
    return next((view.nisbas[p] for p in range(trig.head + 1, trig.head + 1 + _NISBA_REACH) if p in view.nisbas),
                None)


def _crowd_country(view: SentenceView, trig: Trigger | None) -> str | None:
    """A crowd's country: the crowd or nationality word nearest the trigger ("تظاهر مئات الصرب …
    وتجمع آلاف المتظاهرين في الخرطوم": the Serbs protest, the crowd in Khartoum is another)."""
    found = [(a.first, a.actor.country_iso3) for a in view.actors if a.type == "CVL" and a.actor.country_iso3]
    found += list(view.nisbas.items())
    if not found:
        return None
    if trig is None:
        return min(found)[1]
    return min(found, key=lambda item: (abs(item[0] - trig.head), item[0]))[1]


def _has_gap(trig: Trigger) -> bool:
    return len(trig.words) > 1 and trig.words[1] - trig.head > 1


def _pronoun_subject(view: SentenceView, head: int) -> bool:
    """The verb follows أنه/أنها (with قد/لن between at most): its subject is that pronoun."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return k >= 0 and bool(word_forms(view.tokens[k]) & _PRONOUN_COMPS)


def _victims_before(view: SentenceView, head: int) -> ActorMention | None:
    """"مقتل ثمانية جنود عراقيين في هجوم": the soldiers or civilians named before a violent act."""
    for act in reversed(view.actors):
        if act.last < head and act.actor.entity_id is None and \
                (act.actor.actor_code or "").endswith(("MIL", "CVL", "COP")):
            return act
    return None
