"""Violent acts: who hit whom when the clause names the attack rather than the attacker.

News tells killings in the passive ("قتل 15 شخصا"، "13 عنصرا من الحوثيين قتلوا") and attacks by their
nouns ("غارات لطائرات التحالف استهدفت …"، "هجوما شنه مسلحون"), so the doer sits in a cause phrase, a
relative verb or the attack noun before the verb, and the victims before it; an act against an attack
(condemning, foiling, repelling, protesting it) targets that attack's doer; an unnamed doer takes the
country the sentence gives it. `roles.py` asks these
questions of a sentence; the answers are token shapes only, read from `arguments.SentenceView`.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Actor, Span
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    QUOTE_MARKS,
    RELATIVES,
    SUBJECT_WINDOW,
    SentenceView,
    fold_words,
    partitive,
    present_to_past,
    subject_after,
)
from marsad.events.cues import Cues, load_cues, word_forms
from marsad.events.lexicon import Lexicon, Trigger

FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
_PRE_VERB = {"قد", "لن", "لم", "سوف", "لا"}

# What a passive killing is put down to ("جراء الغارات"، "بسبب القصف"، "إثر هجوم"): in
# data/cues.yaml as `cause_words`.
_CAUSE_WORDS = load_cues().cause_words


def nisba_actor(view: SentenceView, pos: int, agent: str) -> ActorMention:
    """A nationality adjective at `pos` standing for that country's agent ("غارات إسرائيلية" → ISRMIL)."""
    country = view.nisbas[pos]
    tok = view.tokens[pos]
    actor = Actor(None, f"{country} {agent}", country, country + agent, Span(tok.start, tok.end, tok.text))
    return ActorMention(pos, pos, actor, "ORG")


def agent_after(view: SentenceView, pos: int, cues: Cues) -> ActorMention | None:
    """The subject of a relative agent verb after the noun at `pos` ("هجوم شنه X"، "الهجوم الذي يشنه
    X"، "هجوم شنه مسلحون من تنظيم داعش"); one adjective may stand between ("هجوما آخر شنه X")."""
    nxt = pos + 1
    if nxt + 1 < len(view.tokens) and word_forms(view.tokens[nxt]) & RELATIVES:
        nxt += 1
    elif nxt + 1 < len(view.tokens) and _adjective(view, nxt) and present_to_past(view.tokens[nxt + 1]) & cues.agent_verbs:
        nxt += 1
    if nxt >= len(view.tokens) or not present_to_past(view.tokens[nxt]) & cues.agent_verbs:
        return None
    found = subject_after(view, nxt, cues, SUBJECT_WINDOW)
    if found is None and nxt + 3 < len(view.tokens) and view.tokens[nxt + 2].norm == "من":
        found = view.actor_at(nxt + 3)
    return found


def _adjective(view: SentenceView, pos: int) -> bool:
    """A plain word that no actor starts and that carries no clitic preposition (an adjective slot)."""
    tok = view.tokens[pos]
    return tok.kind == "word" and view.actor_at(pos) is None and tok.norm[:1] not in {"و", "ف", "ب", "ل"}


def oblique_owner(view: SentenceView, pos: int) -> ActorMention | None:
    """"غارات للتحالف"، "غارات لطائرات التحالف": the owner written with ل right after a noun."""
    act = view.actor_at(pos + 1)
    if act is not None:
        return act if "ل" in act.prefix else None
    nxt = view.tokens[pos + 1] if pos + 1 < len(view.tokens) else None
    if nxt is not None and nxt.norm.startswith("ل") and nxt.kind == "word":
        return view.actor_at(pos + 2)
    return None


def victims_subject(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"مدنيين قتلوا"، "13 عنصرا من الحوثيين وقوات صالح قتلوا": before a killing verb read as a passive
    (an entry whose doer is unnamed by default), civilians or a counted part of a group are the
    victims, not the killers."""
    if trig.kind != "verb" or trig.entry.code[:2] not in FORCE_ROOTS or not trig.entry.default_source:
        return None
    chain: list[ActorMention] = []
    end = trig.head
    for act in reversed(view.actors):
        if act.last >= trig.head:
            continue
        gap = [t for t in view.tokens[act.last + 1:end] if not word_forms(t) & _PRE_VERB]
        joined = bool(gap) and gap[0].norm.startswith("و") and len(gap) <= 3  # "من الحوثيين وقوات صالح"
        if any(t.kind == "punct" for t in gap) or (len(gap) > (1 if chain else 0) and not joined):
            break
        chain.append(act)
        end = act.first
    for act in reversed(chain):
        if partitive(view, act) or (act.actor.actor_code or "").endswith("CVL"):
            return act
    if chain and chain[0].type == "PER" and _no_object(view, trig.last):
        return chain[0]  # "أن محسن الفضلي قتل في 8 يوليو": a person killed, told in the passive
    return None


def _no_object(view: SentenceView, pos: int) -> bool:
    """Nothing a transitive killing could take as object follows it: the sentence ends or a
    preposition (في، خلال، جراء، بعد …) comes next."""
    nxt = view.tokens[pos + 1] if pos + 1 < len(view.tokens) else None
    return nxt is None or nxt.kind == "punct" or bool(word_forms(nxt) & _AFTER_PASSIVE)


_AFTER_PASSIVE = fold_words("في", "خلال", "جراء", "بعد", "إثر", "اثر", "بسبب", "أثناء", "اثناء", "على", "برصاص",
                            "بغارة", "بقصف", "مساء", "صباح", "أمس", "امس")


def cause_doer(view: SentenceView, after: int, doers: list[tuple[str, str, Actor]], lexicon: Lexicon,
               cues: Cues) -> ActorMention | Actor | None:
    """"قتلوا جراء غارات التحالف"، "قتلوا جراء هذه الغارات": the doer of the attack a killing told
    after `after` is put down to: the attack's genitive or nationality, or, for an attack already
    told (with the article or a demonstrative), its doer."""
    for j in range(after + 1, min(len(view.tokens), after + 12)):
        tok = view.tokens[j]
        if tok.kind == "punct" and tok.text != "،":
            return None
        if not word_forms(tok) & _CAUSE_WORDS:
            continue
        for k in range(j + 1, min(len(view.tokens), j + 5)):
            nouns = [t.entry for t in lexicon.match([view.tokens[k]])
                     if t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS]
            if not nouns:
                continue
            agent = subject_after(view, k, cues, 1) or oblique_owner(view, k)
            if agent is None and k + 1 in view.nisbas:
                agent = nisba_actor(view, k + 1, "MIL")
            if agent is None and view.tokens[k].article:
                ids = {e.id for e in nouns}
                agent = next((d for e, _, d in reversed(doers) if e in ids), None)
            if agent is not None:  # "جراء الضربات الصاروخية وغارات التحالف": the first named doer
                return agent
        return None
    return None


def described_attack(view: SentenceView, trig: Trigger, lexicon: Lexicon,
                     cues: Cues) -> tuple[ActorMention | None] | None:
    """"غارات مكثفة للتحالف الدولي استهدفت مواقع داعش"، "تفجير انتحاري استهدف مدينة سوروج": a force
    verb right after an indefinite attack noun describes that attack (an adjective clause): its
    subject is the attack, so its doer is the attack's agent (its genitive, with ل, or a nationality
    between them; not a place after في), and the actor after the verb is the object. None when no
    such noun precedes."""
    head = view.tokens[trig.head]
    if trig.entry.code[:2] not in FORCE_ROOTS or head.norm[:1] in {"و", "ف"}:
        return None
    words = 0
    for k in range(trig.head - 1, max(-1, trig.head - 7), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in QUOTE_MARKS:
            return None
        if tok.kind != "word" or any(a.first <= k <= a.last for a in view.actors):
            continue
        if not tok.article and any(t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS
                                   for t in lexicon.match([tok])):
            agent = next((a for a in view.actors if k < a.first < trig.head and "ب" not in a.prefix
                          and not word_forms(view.tokens[a.first - 1]) & cues.prepositions), None)
            if agent is None:
                nisba = next((p for p in range(k + 1, trig.head) if p in view.nisbas), None)
                agent = nisba_actor(view, nisba, "MIL") if nisba is not None else None
            return (agent,)
        words += 1
        if words > 3:  # only the noun's adjectives and its agent stand between
            return None
    return None


def reacted_to(view: SentenceView, start: int, doers: list[tuple[str, str, Actor]], lexicon: Lexicon,
               cues: Cues, reach: int = 4, told: bool = True) -> ActorMention | Actor | None:
    """"أدان ميقاتي الغارات": the object is an event told earlier; the target is its doer. A place
    phrase may come first ("أدانت السفارة في بغداد الهجوم"); "بملاحقة منفذي الهجوم" too. An attack
    whose doer the clause names ("أحبطت المقاومة هجوما شنه مسلحون حوثيون"، "للتنديد بالغارات التي
    يشنها الجيش التركي") has that doer; `told` allows the doers of earlier sentences."""
    for j in range(start + 1, min(len(view.tokens), start + 1 + reach)):
        tok = view.tokens[j]
        if tok.kind != "word":
            return None
        agent = agent_after(view, j, cues)  # the agent verbs name attacks: "هجوما شنه X"
        if agent is not None:
            return agent
        named = [t.entry for t in lexicon.match([tok]) if t.kind == "noun"]
        if not named or not told:
            continue
        ids, roots = {e.id for e in named}, {e.code[:2] for e in named}
        same = [d for e, r, d in doers if e in ids] or [d for e, r, d in doers if r in roots]
        if same:
            return same[-1]
    return None


_NISBA_REACH = 3


def own_country(view: SentenceView, agent: str, trig: Trigger | None) -> str | None:
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


def victims_before(view: SentenceView, head: int) -> ActorMention | None:
    """"مقتل ثمانية جنود عراقيين في هجوم": the soldiers or civilians named before a violent act."""
    for act in reversed(view.actors):
        if act.last < head and act.actor.entity_id is None and \
                (act.actor.actor_code or "").endswith(("MIL", "CVL", "COP")):
            return act
    return None


def inner_attack(view: SentenceView, trig: Trigger, lexicon: Lexicon, cues: Cues) -> tuple[Trigger, ActorMention] | None:
    """"أحبطت المقاومة هجوما شنه مسلحون حوثيون": an attack noun that is a word of a force pattern
    (foiling, repelling) and has its own doer after an agent verb is a second event, that doer's attack
    on the side that fought it off. The noun as a trigger of its own, with that doer; None otherwise."""
    if trig.entry.code[:2] not in FORCE_ROOTS:
        return None
    for pos in (p for p in trig.words if p != trig.head):
        tok = view.tokens[pos]
        forms = [tok, replace(tok, norm=tok.norm[:-1])] if tok.norm.endswith("ا") else [tok]  # هجوما: هجوم
        nouns = [t for form in forms for t in lexicon.match([form])
                 if t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS]
        agent = agent_after(view, pos, cues) if nouns else None
        if agent is not None:
            return replace(nouns[0], head=pos, last=pos, words=[pos]), agent
    return None
