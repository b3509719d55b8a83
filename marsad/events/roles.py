"""Who did what to whom: source and target of one trigger from the sentence and the article so far.

`arguments.py` reads single shapes (the subject after a verb, the actor after a cue); this module
decides between them by the kind of word that matched and the entry's argument frame, and keeps the
little the coder must remember across sentences (the two sides last named, the doers of violent acts).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Actor, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    OBJECT_PRONOUNS,
    PLACE_NOUNS,
    PLURAL_COMPS,
    RESUMPTIVE_PREPS,
    SUBJECT_WINDOW,
    SentenceView,
    after_agent_verb,
    antecedent,
    between_pair,
    clause_initial,
    clause_subject_before,
    conjunct_after,
    construct_genitive,
    cue_nisba,
    embedded_subject,
    fold_words,
    genitive_of_pattern,
    has_gap,
    owned_by,
    partitive,
    partitive_subject,
    pattern_genitive,
    present_to_past,
    pronoun_word,
    relative_before,
    subject_after,
    subject_before,
    subject_limit,
    target_after,
    title_gap,
)
from marsad.events.attacks import (
    FORCE_ROOTS,
    agent_after,
    cause_doer,
    described_attack,
    nisba_actor,
    own_country,
    reacted_to,
    victims_before,
    victims_subject,
)
from marsad.events.clauses import (
    HOST_CODE,
    asyndetic_agent,
    bare_clash,
    between_both,
    circumstantial_visitor,
    clash_side,
    counted_subject,
    described_object,
    describes_quoted,
    frame_view,
    gap_object,
    ground_holder,
    involved_agent,
    object_after_relative,
    reported_by,
    sides_between,
    speaker_of,
    support_means,
    visit_destination,
    visit_roles,
    word_before,
)
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import Lexicon, Trigger
from marsad.events.sides import (
    APPEAL_ROOTS,
    DOER_ROOTS,
    SIDE_ROOTS,
    Arguments,
    ArticleState,
    actor_of,
    key_of,
    same_side,
)
from marsad.text.tokens import tokenize

# Re-exported: the coder reads these from here.
__all__ = ["DOER_ROOTS", "SIDE_ROOTS", "Arguments", "ArticleState", "Roles", "actor_of", "key_of", "same_side"]

# Verbal reactions whose object may be an event told earlier (condemning an attack targets its doer).
REACTION_ROOTS = frozenset({"11", "12", "13"})
# "أنه سيستضيف علييف": after a complementiser carrying a pronoun the subject is that pronoun, so the
# actor after the verb is its object.
# "نفى أن يكون التقى الصفدي": right after يكون the subject is hidden in it too.
_PRONOUN_COMPS = {"انه", "انها", "بانه", "بانها", "انهم", "انهما", "يكون", "تكون"}
_PRE_VERB = {"قد", "لن", "لم", "سوف", "لا"}
# Verbs that only carry a verbal noun with ب ("قامت القوات بقصف"، "يقوم الجيش بعمليات").
_LIGHT_VERBS = {"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "تقومان", "يقومان"}
AID_ROOT = "07"  # providing aid: ل after the noun is who receives it


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
        """Source and target from the sentence shape, by the kind of word that matched. Whoever
        frames a report (a paper spoken to, a source quoted) takes no part in what it reports."""
        view = frame_view(view, trig)
        if trig.kind == "verb" and trig.head > 0 and (view.tokens[trig.head - 1].norm in _NOUN_BEFORE or
                                                      word_forms(view.tokens[trig.head - 1]) & _EXPECTED):
            trig = replace(trig, kind="noun")  # "قتلوا في قصف الطيران": no verb follows a preposition
        args = Arguments(code=trig.entry.code)
        if trig.kind == "verb" and describes_quoted(view, trig.head) or support_means(view, trig):
            return args  # "«حربا على الإرهاب» تستهدف …"، "بدعم من الغارات": told before, not new acts
        if trig.kind == "verb" and self._relative_clause(view, trig, args):
            self._fill_sides(view, trig, args, current, state)
            self._lost_ground(view, trig, args, state)
            return args
        src, partner, destination = self._explicit_source(view, trig, state, args)
        before = src is None or isinstance(src, ActorMention) and src.last < trig.head
        victims = victims_subject(view, trig) if before else None
        if victims is not None:  # "170 مدنيا قتلوا جراء غارات التحالف": the dead are the target
            src, partner = cause_doer(view, trig.last, state.doers, self.lexicon, self.cues), None
        if src is not None:
            args.source, args.explicit_source = src, True
        start, partner = self._target_start(view, trig, src, partner)
        tgt = victims or self._target(view, trig, src, partner, start) or destination or \
            self._fallback_target(view, trig, start, state, src)
        if src is None and tgt is None and (side := clash_side(view, trig)) is not None:
            # "لقي 13 عنصرا من الحوثيين مصرعهم في اشتباكات": the fallen fought on one side
            tgt, src = side, self.implied(view, "UAF", state)  # the other side is not named
            args.source, args.explicit_source = src, src is not None
        if tgt is not None and src is not None and key_of(actor_of(tgt)) == key_of(actor_of(src)):
            tgt = None  # a doer named again ("… تلك الهجمات") is not its own target
        if tgt is not None:
            args.target, args.explicit_target = tgt, True
            args.more_targets = self._more_targets(view, tgt, src if isinstance(src, ActorMention) else None)
        clash = trig.entry.code[:2] in FORCE_ROOTS and trig.kind == "noun" and not trig.enclitic and \
            (sides_between(view, trig.last) or between_both(view, trig.last, self.cues))
        if (trig.entry.symmetric or clash) and (args.source is None or tgt is None):
            self._symmetric(view, trig, args, state)
        self._fill_sides(view, trig, args, current, state)
        self._lost_ground(view, trig, args, state)
        if args.target is None and trig.entry.code[:2] in APPEAL_ROOTS and args.explicit_source:
            args.target = state.addressee(actor_of(args.source))  # a demand developed over sentences
        if trig.entry.visit and trig.kind == "noun" and not (
                trig.head > 0 and word_forms(view.tokens[trig.head - 1]) & _NOUN_BEFORE):
            visit_roles(args, opener)  # "بعد زيارة كارتر لإسرائيل" is background: the visitor visits
        # "تلقى اتصالا من X"; "وجد في استقباله مسؤولون": the pronoun on a hosting noun is the guest
        hosted = trig.kind == "noun" and trig.enclitic in OBJECT_PRONOUNS and args.code == HOST_CODE
        if args.target is not None and (trig.entry.received or hosted and args.explicit_target):
            args.source, args.target = args.target, args.source
        return args

    def _target_start(self, view: SentenceView, trig: Trigger, src: ActorMention | Actor | None,
                      partner: ActorMention | None) -> tuple[int, ActorMention | None]:
        """Where the target search starts: after the trigger, or after a subject (and its conjunct and
        apposition) written after it; the conjunct is the other side unless both are one doer."""
        start = trig.last
        if not isinstance(src, ActorMention):
            return start, partner
        if src.first > trig.head:
            gapped = has_gap(trig) and not title_gap(view, trig)
            start = min(src.last, trig.last) if gapped else max(src.last, trig.last)
            partner = partner or conjunct_after(view, src)
            if partner is not None and partner.first > start:
                start = partner.last
            if after_agent_verb(view, src, self.cues):
                partner = None  # "الهجوم الذي يشنه الجيش السوري وحزب الله": doers named together are one side
        while (same := view.actor_at(start + 1)) is not None and same.key == src.key:
            start = same.last  # "رئيس المجلس زبير ايدار «…»": past the subject's apposition
        if src.first > trig.head and src.last >= start:
            start = object_after_relative(view, src)  # "يلتقي كارتر الذي يقوم بجولة …، رئيس الوزراء"
        return start, partner

    def _target(self, view: SentenceView, trig: Trigger, src: ActorMention | Actor | None,
                partner: ActorMention | None, start: int) -> ActorMention | None:
        """The target the clause states: after a cue or as the object, the genitive of a one-piece
        predicate, a nationality after a cue, else the other conjunct of a symmetric subject."""
        exclude = src.key if isinstance(src, ActorMention) else None
        tgt = gap_object(view, trig, src)  # "محملا ميليشيات الحوثي مسؤولية": the object inside the pattern
        tgt = tgt or target_after(view, trig, start, exclude, trig.entry.object or trig.kind == "noun")[0]
        tgt = tgt or pattern_genitive(view, trig, exclude) or described_object(view, trig, exclude)
        cued = cue_nisba(view, trig, start)
        if cued is not None and (tgt is None or cued < tgt.first):
            tgt = nisba_actor(view, cued, "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")
        if tgt is None and partner is not None and (trig.entry.symmetric or _both_sides(view.tokens[trig.head], self.cues)):
            tgt = partner
        return tgt

    def _relative_clause(self, view: SentenceView, trig: Trigger, args: Arguments) -> bool:
        """A verb right after الذي/التي: with a pronoun object ("داعش الذي تقاتله طهران") the actor
        after it is the doer and the noun before is the target; without one ("القوات التي تقاتل"،
        "التنظيم الذي يسيطر على …") the noun before is the doer, and when that noun is no actor nobody
        else is. Returns False when the verb is not in a relative clause."""
        rel = relative_before(view, trig.head)
        if rel is None:
            return False
        ante = antecedent(view, rel)
        after = view.tokens[trig.head + 1:trig.last + 2]
        head = view.tokens[trig.head]
        if trig.enclitic in OBJECT_PRONOUNS or any(t.norm in RESUMPTIVE_PREPS for t in after) or \
                present_to_past(head) & self.cues.agent_verbs or head.norm.endswith(("ها", "هم", "هما")):
            src = subject_after(view, trig.head, self.cues, SUBJECT_WINDOW)
            if src is None:
                args.blocked = True
                return True
            args.source, args.explicit_source = src, True
            end = max(src.last, trig.last)
            partner = conjunct_after(view, src)
            end = partner.last if partner is not None and partner.first > end else end
            tgt = ante or target_after(view, trig, end, src.key, trig.entry.object)[0]
        else:
            args.blocked = ante is None
            if ante is not None:
                args.source, args.explicit_source = ante, True
            tgt = target_after(view, trig, trig.last, ante.key if ante else None, trig.entry.object)[0]
        if tgt is not None:
            args.target, args.explicit_target = tgt, True
        return True

    def _fallback_target(self, view: SentenceView, trig: Trigger, start: int, state: ArticleState,
                         src: ActorMention | Actor | None) -> ActorMention | Actor | None:
        """Targets the sentence gives only indirectly: the doer of a condemned attack, a nationality
        after a cue ("مع المسؤولين الروس") or on the object ("ثكنة عسكرية إسرائيلية"), the victims
        before a violent act. Right after a verb whose subject is not found, a nationality belongs to
        that unnamed subject ("انتقد قائد القوة البرية الإيرانية …"), not to the object."""
        root = trig.entry.code[:2]
        agent = "MIL" if root in FORCE_ROOTS else "GOV"
        if root in REACTION_ROOTS or root in FORCE_ROOTS or root == "14":
            # "صدت المقاومة هذا الهجوم": an attack pointed back at inside the trigger itself
            back = any(word_forms(view.tokens[k]) & _DEMONSTRATIVES for k in range(trig.head, trig.last + 1))
            found = reacted_to(view, trig.head if back else start, state.doers, self.lexicon, self.cues,
                               8 if root == "14" else 4, root != "14")
            if found is not None:
                return found
        vso_subject = trig.kind == "verb" and src is None and start == trig.last and \
            clause_initial(view, trig.head)
        if (trig.entry.object or root in DOER_ROOTS) and not vso_subject:
            for j in range(start + 1, min(len(view.tokens), start + 5)):
                if view.tokens[j].kind == "punct":
                    break
                if j in view.nisbas:
                    return nisba_actor(view, j, agent)
        if root in FORCE_ROOTS or trig.entry.code[:3] == "087":  # 087: a force pulling back
            return victims_before(view, trig.head) or (state.opponent(actor_of(src)) if src is not None else None)
        return None

    def _fill_sides(self, view: SentenceView, trig: Trigger, args: Arguments,
                    current: ActorMention | None, state: ArticleState) -> None:
        """Sides the text leaves unsaid: both sides named earlier (الجانبان، يبحثان، لقائهما), the
        doer an entry implies (the police arrest), else the clause subject."""
        head = view.tokens[trig.head]
        nxt = view.tokens[trig.head + 1] if trig.head + 1 < len(view.tokens) else None
        if trig.kind == "verb" and not (nxt is not None and word_forms(nxt) & self.cues.both_sides):
            nxt = word_before(view, trig.head)  # "وكان الجانبان قد اتفقا": the two sides before the verb
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
            # an attack whose doer the text leaves unnamed ("عملية انتحارية استهدفت …") is by an
            # unidentified armed force
            unnamed = "UAF" if args.unnamed_attack else None
            implied = None if args.speakers_own and current is not None else \
                self.implied(view, trig.entry.default_source or unnamed, state, trig)
            # "وتشهد مدينة مأرب مواجهات": a place that is the clause's subject is where, not who (a
            # dateline place opening the sentence still gives an unnamed doer its country)
            place = trig.entry.code[:2] in FORCE_ROOTS and isinstance(current, ActorMention) and \
                current.type in {"GPE", "LOC"} and current.first > 0 and view.actor_at(current.first) is current
            # "وقال مسؤول أمريكي إنه من المتوقع فتح القاعدة": a reporter tells a verbal noun, never does it
            teller = trig.kind == "noun" and not trig.enclitic and isinstance(current, ActorMention) and \
                view.actor_at(current.first) is current and reported_by(view, current, self.cues)
            args.source = implied or (None if args.blocked or place or teller else current)
            args.explicit_source = args.implied_source = implied is not None
        if args.target is None:
            # a bombing or an assault with nobody named as its target hits the civilians where it happens
            agent = trig.entry.default_target or ("CVL" if trig.entry.code[:2] == "18" and not trig.enclitic else None)
            args.target = self.implied(view, agent, state)
            args.explicit_target = args.target is not None

    def _symmetric(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """"بين X و Y": both sides, or, when the text names the doer (a mediator), the first side
        that is not the doer as target; with no بين, a nominal event takes the sides named last."""
        pair: tuple[ActorMention | Actor, ActorMention | Actor] | None = between_pair(view, trig.last)
        fight = state.fights[-1] if trig.entry.code[:2] in FORCE_ROOTS and state.fights else None
        if pair is None and between_both(view, trig.last, self.cues):  # "مواجهات بين الطرفين"
            pair = fight or state.sentence_pair or state.pair
        sides = pair
        if sides is None and trig.kind == "noun" and args.target is None and not trig.enclitic:
            # "وتشهد المدينة مواجهات مسلحة": clashes with no side named are the war the article tells
            bare = args.source is None and bare_clash(view, trig, self.cues)
            sides = state.sentence_pair or (fight if bare else None)
        if sides is None and fight is not None and args.source is None and isinstance(args.target, ActorMention) \
                and bare_clash(view, trig, self.cues):
            # "مواجهات مسلحة منذ زحف الحوثيين": one side named, the other is the side it fights
            other = state.opponent(args.target.actor)
            args.source, args.explicit_source = other, other is not None
            return
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
        country = own_country(view, agent, trig) or next(
            (a.actor.country_iso3 for a in view.actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3),
            state.home)
        if not country:
            # "اعتصم المتظاهرون" with no place at all: the agent is known, its country is not (PETRARCH's
            # "None CVL"); the event is still told.
            return Actor(None, agent, None, agent)
        return Actor(None, f"{country} {agent}", country, country + agent)

    def _explicit_source(self, view: SentenceView, trig: Trigger, state: ArticleState, args: Arguments
                         ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        """(source, second conjunct of a "X و Y" subject, destination of a visit).

        Verb: a subject-first clause, else the subject after it (VSO), else a nominal subject before
        it. Noun: its agent (genitive, "لداعش", "من أمير قطر", a relative "شنه X", a nisba), unless a
        pronoun suffix fills that slot. Participle/adjective: a nominal subject right before it. A
        place after a visit word is where the visitor goes, never the visitor."""
        if trig.kind == "verb":
            return self._verb_source(view, trig, state, args)
        if trig.kind == "noun":
            if trig.enclitic:
                return None, None, None
            genitive = subject_after(view, trig.last, self.cues, 1) or construct_genitive(view, trig.last)
            if trig.entry.patient:  # "مقتل X"، "مقتل 2927 على الأقل من تنظيم داعش … جراء غارات التحالف"
                victim = genitive or next((a for a in view.actors if trig.last < a.first <= trig.last + 6
                                           and partitive(view, a)), None)
                if victim is not None:
                    doer = self._oblique_agent(view, trig, victim.last) or cause_doer(view, victim.last, state.doers, self.lexicon, self.cues)
                    return doer, None, victim
            if genitive is not None and trig.entry.visit and genitive.type in {"GPE", "LOC"}:
                return None, None, genitive
            if genitive is not None:
                return genitive, None, None
            oblique = self._oblique_agent(view, trig)
            if visit_destination(view, trig, oblique):  # "في زيارة مفاجئة لبغداد": where, not who
                visitor = circumstantial_visitor(view, trig, self.cues)
                args.blocked = visitor is None
                return visitor, None, oblique
            if oblique is not None:  # "تلقى X اتصالا من Y": the one before the noun is the addressee
                return oblique, None, subject_before(view, trig.head, self.cues)
            agent = self._relative_agent(view, trig) or self._nisba_agent(view, trig) or \
                self._light_verb_agent(view, trig) or involved_agent(view, trig, self.cues)
            if agent is None and trig.entry.code[:2] in FORCE_ROOTS and not view.tokens[trig.head].article:
                agent = asyndetic_agent(view, trig.last)  # "بانفجار ألغام أرضية تركها الحوثيون"
            if agent is not None or view.tokens[trig.head].article:
                return agent, None, None
            return self._noun_subject(view, trig), None, None
        return subject_before(view, trig.head, self.cues, 2), None, None

    def _verb_source(self, view: SentenceView, trig: Trigger, state: ArticleState, args: Arguments
                     ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        """A verb's subject: subject-first clause; the pronoun of أنه (the subject named last in the
        sentence); nobody when the clause after إن/أن opens on a noun that is no actor; else VSO (not
        after a multiword predicate written in one piece, "قطعت طرق إمداد X", whose X is its object;
        never a place or group owned by the object, "مواقع الحوثيين"، "قريتي الفوعة"); else the
        nearest actor before."""
        cues = self.cues
        svo = clause_subject_before(view, trig.head, cues)
        if svo is not None:
            return svo[0], svo[1], None
        if _pronoun_subject(view, trig.head):
            return self._pronoun_referent(view, trig, state), None, None
        embedded = embedded_subject(view, trig.head)
        if embedded:
            args.blocked, args.speakers_own = embedded == "noun", embedded == "owned"
            return None, None, None
        if counted_subject(view, trig):  # "وصل بعضها إلى …": a counted thing, no actor, is the subject
            args.blocked = True
            return None, None, None
        described = described_attack(view, trig, self.lexicon, self.cues)
        if described is not None:  # "غارات مكثفة للتحالف استهدفت …": the attack's doer, or nobody
            args.blocked = args.unnamed_attack = described[0] is None
            return described[0], None, None
        if self._first_person(view, trig):  # "نرحب بـ…"، "سندعو دول الخليج": we, the speaker's side
            speaker = speaker_of(view, cues)
            return (speaker if speaker is not None and speaker.last < trig.head else None), None, None
        limit = subject_limit(view, trig)
        after = subject_after(view, trig.head, cues, max(limit, 1))
        if after is None and not trig.entry.default_source:  # a passive killing's counted part is its victim
            after = partitive_subject(view, trig.head)
        if after is not None and (not self._may_be_subject(view, trig, after) or genitive_of_pattern(trig, after)):
            after = None
        if after is not None and self._shared_subject(view, trig, after, state):
            return None, None, None
        if after is not None and trig.entry.visit and after.type in {"GPE", "LOC"}:
            return subject_before(view, trig.head, cues), None, after
        head = view.tokens[trig.head]
        if after is None and head.norm.startswith("و") and not _both_sides(head, cues):
            earlier = [a for p, a in state.sentence_sources if p < trig.head]
            if earlier:  # "شنت قوات التحالف غارات … ودمرت آليات": the joined verb shares the subject
                return earlier[-1], None, None
        return after or subject_before(view, trig.head, cues), None, None

    def _noun_subject(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """A nominal subject right before a verbal noun, unless it is the subject of a reporting verb
        ("وأكد مصدر في الوزارة مقتل خمسة": the source tells the killing, it did not kill) or, for
        force, a place ("وتشهد مدينة مأرب مواجهات": where the clashes are)."""
        act = subject_before(view, trig.head, self.cues)
        if act is None or reported_by(view, act, self.cues):
            return None
        if trig.entry.code[:2] in FORCE_ROOTS and (act.type in {"GPE", "LOC"} or act.type == "CVL" or
                                                   (act.actor.actor_code or "").endswith("CVL")):
            return None  # "مدنيين قتلوا بانفجار": civilians before a violent noun are its victims
        return act

    def _lost_ground(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """A control event (192) targets the side that lost the ground, not the ground itself; "تحت
        سيطرتها" says who holds ground (a state), not that it was taken."""
        if trig.entry.code == "192" and trig.head > 0 and \
                word_forms(view.tokens[trig.head - 1]) & _UNDER:
            args.source = args.target = None
            return
        holder = ground_holder(view, trig, args.source, args.target, state)
        if holder is not None:
            args.target, args.explicit_target, args.more_targets = holder, True, []

    def _first_person(self, view: SentenceView, trig: Trigger) -> bool:
        """A verb in the first person plural (نرحب، سندعو): the same verb with ي for ن is a form of the
        same entry."""
        norm = view.tokens[trig.head].norm
        cut = 0
        while cut < 2 and norm[cut:cut + 1] in {"و", "ف", "س"}:
            cut += 1
        if norm[cut:cut + 1] != "ن" or len(norm) - cut < 3:
            return False
        rest = " ".join(t.text for t in view.tokens[trig.head + 1:trig.last + 1])  # "نرحب ~ ب": the pattern
        form = norm[:cut].lstrip("وف") + "ي" + norm[cut + 1:]  # "ونرحب" → "يرحب"
        return any(t.entry.code == trig.entry.code and t.kind == "verb" for t in self.lexicon.match(tokenize(f"{form} {rest}")))

    @staticmethod
    def _pronoun_referent(view: SentenceView, trig: Trigger, state: ArticleState) -> ActorMention | None:
        """"قال الوزير إنه سيزور"، "أفادت مصادر بأن المسلحين شرعوا … مشيرة إلى أنهم اعتقلوا": the pronoun
        is the subject named last before it in the sentence (a group for أنهم, not a person)."""
        plural = pronoun_word(view, trig.head) in PLURAL_COMPS
        for pos, act in reversed(state.sentence_sources):
            if pos < trig.head and not (plural and act.type == "PER"):
                return act
        return None

    def _may_be_subject(self, view: SentenceView, trig: Trigger, act: ActorMention) -> bool:
        """The actor after a verb is its object, not its subject, when it owns the place named before it
        ("استهدفت مواقع وتحركات داعش") or, for force, is a place named with its kind ("استهدف قريتي
        الفوعة"، "قصف مدينة حلب")."""
        if owned_by(view, act) or word_forms(view.tokens[act.first]) & _OBLIQUE_PLURALS:
            return False
        if trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and \
                (act.actor.actor_code or "").endswith("CVL"):
            return False  # "قتل 15 شخصا": a killing read as a passive has its victims after it
        if trig.entry.code[:2] in FORCE_ROOTS and act.type in {"GPE", "LOC"} and act.first > 0:
            return not word_forms(view.tokens[act.first - 1]) & PLACE_NOUNS
        return True

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
        if act is not None and act.prefix.endswith("ل") and trig.entry.code[:2] != AID_ROOT:
            return act  # "تقديم العون للشعب": after an aid noun, ل names the recipient
        if nxt + 1 < len(view.tokens) and view.tokens[nxt].norm == "من" and \
                not view.tokens[nxt + 1].norm.startswith("بين"):  # "في الهجوم من بينهم نساء": among them
            return subject_after(view, nxt, self.cues, 3)
        return None

    def _relative_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"غارات شنها الطيران الحربي الإسرائيلي"، "هجوم شنه مسلحون من تنظيم داعش"، "الهجوم الذي يشنه
        الجيش السوري": the subject of the relative verb is the agent."""
        return agent_after(view, trig.last, self.cues)

    def _nisba_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"غارات إسرائيلية"، "بوساطة روسية": a nationality adjective right after a verbal noun is its
        agent; the armed forces for force and violence, the government otherwise."""
        pos = trig.last + 1
        if pos not in view.nisbas:
            return None
        return nisba_actor(view, pos, "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")

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
                return nisba_actor(view, nisba, "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")
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



def _pronoun_subject(view: SentenceView, head: int) -> bool:
    """The verb follows أنه/أنها (with قد/لن between at most): its subject is that pronoun."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return k >= 0 and bool(word_forms(view.tokens[k]) & _PRONOUN_COMPS)


# Plurals in the oblique case ("لتستهدف مقاتلي حزب العمال"): an object or a genitive, never a subject
# (that would be مقاتلو، مسلحو).
_OBLIQUE_PLURALS = fold_words("مقاتلي", "مسلحي", "متمردي")
_UNDER = fold_words("تحت")
# "من المتوقع فتح القاعدة"، "من المقرر عقد": a verbal noun, not a verb, follows these.
_EXPECTED = fold_words("المتوقع", "المقرر", "المنتظر", "المفترض", "المرتقب")
_DEMONSTRATIVES = fold_words("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين")
_NOUN_BEFORE = fold_words("في", "من", "عن", "على", "إلى", "بعد", "قبل", "خلال", "جراء", "بسبب", "إثر", "منذ")



