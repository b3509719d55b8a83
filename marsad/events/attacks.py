"""Violent acts: who hit whom when the clause names the attack rather than the attacker.

News tells killings in the passive ("قتل 15 شخصا"، "13 عنصرا من الحوثيين قتلوا") and attacks by their
nouns ("غارات لطائرات التحالف استهدفت …"، "هجوما شنه مسلحون"), so the doer sits in a cause phrase, a
relative verb or the attack noun before the verb, and the victims before it; an act against an attack
(condemning, foiling, repelling, protesting it) targets that attack's doer; an unnamed doer takes the
country the sentence gives it, or is the group the sentence holds responsible ("وحملت الحكومة مسلحي
التنظيم مسؤوليته"); the operation a passive killing happened in is an act of its own ("قتل 12 شخصا في
عملية احتجاز الرهائن"); the dead a killing names before its cause are what the attack hit. `roles.py`
asks these questions of a sentence; the answers are token shapes only, read from `arguments.SentenceView`.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Actor, Span, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    BACKING_WORDS,
    PLACE_NOUNS,
    QUOTE_MARKS,
    RELATIVES,
    SUBJECT_WINDOW,
    SentenceView,
    border_before,
    fold_words,
    owned_by,
    partitive,
    present_to_past,
    subject_after,
)
from marsad.events.cues import Cues, load_cues, word_forms
from marsad.events.lexicon import TIME_WORDS, Lexicon, Trigger
from marsad.facts.numbers import count_word
from marsad.text.normalize import normalize_form

FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
_PRE_VERB = {"قد", "لن", "لم", "سوف", "لا"}

# What a passive killing is put down to ("جراء الغارات"، "بسبب القصف"، "إثر هجوم"): in
# data/cues.yaml as `cause_words`.
_CAUSE_WORDS = load_cues().cause_words


def nisba_actor(view: SentenceView, pos: int, agent: str) -> ActorMention:
    """A nationality adjective at `pos` standing for that country's agent ("غارات إسرائيلية" → ISRMIL).
    In the indefinite accusative it is a person ("قتل رصاص الجيش فلسطينيا ثانيا"، "رجلين أحدهما مغربيا"):
    that country's people, whatever the agent asked for."""
    country = view.nisbas[pos]
    tok = view.tokens[pos]
    if tok.norm.endswith("يا") and not tok.article:
        agent = "CVL"
    elif pos > 0 and not tok.article and tok.norm.endswith("ي") and view.tokens[pos - 1].kind == "word" and \
            not view.tokens[pos - 1].article and view.tokens[pos - 1].norm.endswith("ه"):
        agent = "CVL"  # "سيارة سعودي": a masculine nisba after a feminine noun is a person in its genitive
    actor = Actor(None, f"{country} {agent}", country, country + agent, Span(tok.start, tok.end, tok.text))
    return ActorMention(pos, pos, actor, "ORG")


# Single craft and weapons that strike for a state's forces ("طائرة أميركية"، "مقاتلة روسية").
_CRAFT = frozenset(normalize_form(w) for w in (
    "طائرة", "مقاتلة", "مروحية", "طائرات", "مقاتلات", "مروحيات", "بارجة", "سفينة", "زورق", "دبابة", "مدفعية"))


def agent_after(view: SentenceView, pos: int, cues: Cues) -> ActorMention | None:
    """The subject of a relative agent verb after the noun at `pos` ("هجوم شنه X"، "الهجوم الذي يشنه
    X"، "هجوم شنه مسلحون من تنظيم داعش"); one adjective may stand between ("هجوما آخر شنه X"، "الهجوم
    الانتحاري الذي تبناه X")."""
    nxt = pos + 1
    attributed = _attributed_doer(view, nxt)
    if attributed is not None:
        return attributed
    if nxt + 1 < len(view.tokens) and word_forms(view.tokens[nxt]) & RELATIVES:
        nxt += 1
    elif nxt + 2 < len(view.tokens) and _adjective(view, nxt) and word_forms(view.tokens[nxt + 1]) & RELATIVES:
        nxt += 2  # "الهجوم الانتحاري الذي تبناه تنظيم داعش"
    elif nxt + 1 < len(view.tokens) and _adjective(view, nxt) and present_to_past(view.tokens[nxt + 1]) & cues.agent_verbs:
        nxt += 1
    elif nxt + 2 < len(view.tokens) and _adjective(view, nxt) and view.tokens[nxt + 1].norm in TIME_WORDS and \
            present_to_past(view.tokens[nxt + 2]) & cues.agent_verbs:
        nxt += 2  # "هجوم مباغت الليلة شنه عناصر تنظيم داعش"
    if nxt >= len(view.tokens) or not present_to_past(view.tokens[nxt]) & cues.agent_verbs:
        return None
    found = subject_after(view, nxt, cues, SUBJECT_WINDOW)
    if found is None and nxt + 3 < len(view.tokens) and view.tokens[nxt + 2].norm == "من":
        found = view.actor_at(nxt + 3)
    if found is None and nxt + 2 < len(view.tokens) and nxt + 2 in view.nisbas and \
            word_forms(view.tokens[nxt + 1]) & (cues.force_nouns | _CRAFT):
        found = nisba_actor(view, nxt + 2, "MIL")  # "غارة شنتها طائرة أميركية بدون طيار": the state's forces
    return found


def _attributed_doer(view: SentenceView, pos: int) -> ActorMention | None:
    """"هجوم جديد نسبته السلطات إلى حزب العمال الكردستاني": an attack attributed to X is X's; whoever
    attributes it (the authorities) did nothing. One adjective may stand before the verb."""
    if pos < len(view.tokens) and _adjective(view, pos) and pos + 1 < len(view.tokens) and \
            word_forms(view.tokens[pos + 1]) & _ATTRIBUTING:
        pos += 1
    if pos >= len(view.tokens) or not word_forms(view.tokens[pos]) & _ATTRIBUTING:
        return None
    for k in range(pos + 1, min(len(view.tokens) - 1, pos + _ATTRIBUTION_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return None
        if tok.norm in {"الي", "الى"}:
            act = view.actor_at(k + 1)
            return act if act is not None and act.first == k + 1 else None
    return None


def attributed(view: SentenceView, pos: int) -> bool:
    """An attributing verb right after the noun at `pos`, or after one adjective: "هجوم نسبته السلطات
    إلى …". Whoever attributes the act did not do it, even when the one it is put down to is no actor
    ("إلى التمرد الكردي")."""
    for k in (pos + 1, pos + 2):
        if k < len(view.tokens) and word_forms(view.tokens[k]) & _ATTRIBUTING:
            return k == pos + 1 or _adjective(view, pos + 1)
    return False


_ATTRIBUTING = frozenset(normalize_form(w) for w in (
    "نسبته", "نسبتها", "نسبه", "نسبها", "تنسبه", "تنسبها", "ينسبه", "ينسبها", "نسبوه", "نسبوها"))
_ATTRIBUTION_REACH = 6


def fronted_doer(view: SentenceView, pos: int, cues: Cues) -> ActorMention | None:
    """"إثر هجوم شنته من عدن، …، تمكنت القوات الموالية من …": an attack noun at `pos` in a fronted
    phrase of time or cause, whose agent verb names no subject (its pronoun is the subject still to
    come), was made by the subject of the main clause after the comma: the actor right after the
    first verb that opens a comma-separated clause."""
    if pos < 1 or not word_forms(view.tokens[pos - 1]) & _FRONTING or pos + 1 >= len(view.tokens) or \
            not present_to_past(view.tokens[pos + 1]) & cues.agent_verbs or subject_after(view, pos + 1, cues, 2):
        return None
    for k in range(pos + 2, min(len(view.tokens) - 2, pos + 24)):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        nxt = view.tokens[k + 1]
        if tok.text in {"،", ","} and nxt.kind == "word" and view.actor_at(k + 1) is None and \
                not word_forms(nxt) & (cues.prepositions | _FRONTING) and not nxt.norm.startswith(("وب", "ب", "ل")):
            found = view.actor_at(k + 2)
            if found is not None and not found.prefix:
                return found
    return None


# Fronted time/cause words before an attack noun. Wanted in data/cues.yaml as `fronting_words`.
_FRONTING = fold_words("إثر", "اثر", "بعد", "عقب")


def _adjective(view: SentenceView, pos: int) -> bool:
    """A plain word that no actor starts and that carries no clitic preposition (an adjective slot)."""
    tok = view.tokens[pos]
    return tok.kind == "word" and view.actor_at(pos) is None and tok.norm[:1] not in {"و", "ف", "ب", "ل"}


def oblique_owner(view: SentenceView, pos: int) -> ActorMention | None:
    """"غارات للتحالف"، "غارات لطائرات التحالف": the owner written with ل right after a noun, or after
    one adjective ("غارة أخرى لطيران التحالف")."""
    if pos + 2 < len(view.tokens) and view.actor_at(pos + 1) is None and \
            word_forms(view.tokens[pos + 1]) & OTHER_ADJECTIVES:
        pos += 1
    act = view.actor_at(pos + 1)
    if act is not None:
        return act if "ل" in act.prefix else None
    nxt = view.tokens[pos + 1] if pos + 1 < len(view.tokens) else None
    if nxt is not None and nxt.norm.startswith("ل") and nxt.kind == "word":
        return view.actor_at(pos + 2)
    return None


OTHER_ADJECTIVES = fold_words("أخرى", "اخرى", "آخر", "جديد", "جديدة", "جديدا", "جوية", "جوي", "مكثفة", "عنيفة",
                               "عنيف", "مماثلة", "مماثل", "ثانية", "ثان")


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
    if chain and chain[0].actor.entity_id is None and (chain[0].actor.actor_code or "").endswith(("COP", "MIL")) \
            and _no_object(view, trig.last) and _counted_members(view, chain[0]):
        return chain[0]  # "أن شرطيين قتلا … عندما انفجرت عبوة": policemen counted by their own word, killed
    return None


def _counted_members(view: SentenceView, act: ActorMention) -> bool:
    """The actor is a count of people of a force named by the count itself (شرطيين، جنديان، ضابطا شرطة،
    رجلا أمن) or after a number, not the force as a body (الشرطة، الجيش)."""
    first = view.tokens[act.first].norm
    return counted(view, act) or first.endswith(("يين", "يان", "ين", "ان", "ا", "ي")) and \
        not first.startswith("ال") and first not in _FORCE_BODIES


_FORCE_BODIES = frozenset(normalize_form(w) for w in ("قوات", "جيش", "شرطة", "القوات"))


def _no_object(view: SentenceView, pos: int) -> bool:
    """Nothing a transitive killing could take as object follows it: the sentence ends or a
    preposition (في، خلال، جراء، بعد …) comes next."""
    nxt = view.tokens[pos + 1] if pos + 1 < len(view.tokens) else None
    return nxt is None or nxt.kind == "punct" or bool(word_forms(nxt) & _AFTER_PASSIVE)


_AFTER_PASSIVE = fold_words("في", "خلال", "جراء", "بعد", "إثر", "اثر", "بسبب", "أثناء", "اثناء", "على", "برصاص",
                            "بغارة", "بقصف", "مساء", "صباح", "أمس", "امس",
                            # the wounded told next: "شرطيين قتلا وأصيب ثلاثة آخرون"
                            "وأصيب", "وأصيبت", "وأصيبا", "وأصيبوا", "وجرح", "وجرحا", "وجرحوا", "وفقد")


_LIGHT_NOUNS = load_cues().light_nouns


def cause_doer(view: SentenceView, after: int, doers: list[tuple[str, str, Actor]], lexicon: Lexicon,
               cues: Cues) -> ActorMention | Actor | None:
    """"قتلوا جراء غارات التحالف"، "قتلوا جراء هذه الغارات": the doer of the attack a killing told
    after `after` is put down to: the attack's genitive or nationality, or, for an attack already
    told (with the article or a demonstrative), its doer."""
    for j in range(after + 1, min(len(view.tokens), after + 12)):
        tok = view.tokens[j]
        if tok.kind == "punct" and tok.text != "،":
            return None
        if tok.norm == "في" and j + 1 < len(view.tokens) and _clash_noun(view.tokens[j + 1], lexicon):
            partner = _clash_partner(view, j + 2)
            if partner is not None:
                return partner
        if not word_forms(tok) & _CAUSE_WORDS:
            continue
        if j + 1 < len(view.tokens) and view.tokens[j + 1].norm in _LIGHT_NOUNS:
            # "بعد مقتل طفل فلسطيني إثر قيام مستوطنين متطرفين بإحراق منزل": who did what killed him
            return subject_after(view, j + 1, cues, 2)
        for k in range(j + 1, min(len(view.tokens), j + 5)):
            nouns = [t.entry for t in lexicon.match([view.tokens[k]])
                     if t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS]
            if not nouns:
                continue
            agent = subject_after(view, k, cues, 1) or oblique_owner(view, k) or agent_after(view, k, cues)
            if agent is None and k + 1 in view.nisbas:
                agent = nisba_actor(view, k + 1, "MIL")
            if agent is None and view.tokens[k].article:
                ids = {e.id for e in nouns}
                agent = next((d for e, _, d in reversed(doers) if e in ids), None)
            if agent is not None:  # "جراء الضربات الصاروخية وغارات التحالف": the first named doer
                return agent
        return None
    return None


def clash_doer(view: SentenceView, after: int, lexicon: Lexicon) -> ActorMention | None:
    """"قتل 17 مسلحا من الحوثيين في مواجهات مع قوات المقاومة": those killed in a clash told after
    `after` fell to the side named after its مع."""
    for j in range(after + 1, min(len(view.tokens) - 1, after + 12)):
        tok = view.tokens[j]
        if tok.kind == "punct" and tok.text != "،":
            return None
        if tok.norm == "في" and _clash_noun(view.tokens[j + 1], lexicon):
            partner = _clash_partner(view, j + 2)
            if partner is not None:
                return partner
    return None


def _clash_noun(tok: Token, lexicon: Lexicon) -> bool:
    """A fight between sides (مواجهات، اشتباكات، معارك), not an attack by one (هجوم، قصف)."""
    return bool(word_forms(tok) & _CLASH_WORDS) and \
        any(t.kind == "noun" and t.entry.symmetric and t.entry.code[:2] in FORCE_ROOTS for t in lexicon.match([tok]))


_CLASH_WORDS = frozenset(normalize_form(w) for w in (
    "مواجهات", "مواجهة", "المواجهات", "المواجهة", "اشتباكات", "اشتباك", "الاشتباكات", "معارك", "معركة", "المعارك",
    "قتال", "القتال"))


def _clash_partner(view: SentenceView, start: int) -> ActorMention | None:
    """The side after مع a few words into a clash ("في مواجهات بمناطق متفرقة من تعز مع قوات المقاومة"):
    those killed in it fell to that side."""
    for k in range(start, min(len(view.tokens) - 1, start + _CLASH_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return None
        if tok.norm == "مع" and not border_before(view, k):
            act = view.actor_at(k + 1)
            return act if act is not None and act.first == k + 1 and not act.prefix else None
    return None


_CLASH_REACH = 8


def fallen_side(view: SentenceView, trig: Trigger, lexicon: Lexicon) -> ActorMention | None:
    """"استشهد جنديان سعوديان في اشتباك مع الميليشيات الحوثية": those who fell (killed, martyred, wounded) in
    a clash with a named side were of the other party to it. Civilians who fell in it were no party."""
    if trig.kind != "noun" or trig.head < 2 or not _clash_noun(view.tokens[trig.head], lexicon) or \
            view.tokens[trig.head - 1].norm not in _IN_OR_DURING or _clash_partner(view, trig.head + 1) is None:
        return None
    for k in range(trig.head - 2, max(-1, trig.head - 2 - _SHOT_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        if not word_forms(tok) & _FELL:
            continue
        fallen = next((a for a in view.actors if k < a.first and a.last < trig.head - 1), None) or \
            next((a for a in view.actors if a.last == k - 1), None)  # "أن جنديين سعوديين استشهدا في …"
        if fallen is None or (fallen.actor.actor_code or "").endswith("CVL"):
            return None
        return fallen
    return None


def _attack_noun_ends(view: SentenceView, k: int, lexicon: Lexicon) -> bool:
    """An indefinite attack noun ends at position k: one word ("غارات") or a two- or three-word noun
    pattern ("عملية عسكرية"، "غارة جوية")."""
    first = max(0, k - 2)
    return any(t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS and t.last == k - first
               for t in lexicon.match(view.tokens[first:k + 1]))


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
        if tok.kind != "word" or view.covered(k):
            continue
        if (not tok.article or k > 0 and word_forms(view.tokens[k - 1]) & cues.complementisers) and \
                _attack_noun_ends(view, k, lexicon):
            # (a definite one right after أن is the clause's subject too: "بأن التفجير في البياع استهدف عناصر من
            # الحشد الشعبي")
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


def described_code(view: SentenceView, trig: Trigger, lexicon: Lexicon) -> str | None:
    """The code of the indefinite attack noun a force verb describes ("بغارات استهدفت …" → 195), the
    kind of act the verb tells; None when no such noun stands within six words before it."""
    for k in range(trig.head - 1, max(-1, trig.head - 7), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in QUOTE_MARKS:
            return None
        codes = [t.entry.code for t in lexicon.match([tok]) if t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS]
        if codes and not tok.article:
            return codes[0]
    return None


def claimed_doer(view: SentenceView, cues: Cues) -> ActorMention | None:
    """Who the sentence holds responsible for its attack: the object of "حمّل X Y المسؤولية"
    ("وحملت الحكومة مسلحي التنظيم مسؤوليته": the last actor before the word of responsibility), or the
    subject of "تبنى Y" / "أعلن Y مسؤوليته". None when the sentence blames nobody."""
    for k, tok in enumerate(view.tokens):
        forms = word_forms(tok)
        if forms & _BLAME_VERBS:
            end = next((j for j in range(k + 1, min(len(view.tokens), k + 9))
                        if _unprefixed(view.tokens[j].norm).startswith(_RESPONSIBILITY)), None)
            if end is None:
                continue
            named = [a for a in view.actors if k < a.first and a.last < end and "ب" not in a.prefix]
            if named:
                return named[-1]
        elif forms & _CLAIM_VERBS:
            found = subject_after(view, k, cues, SUBJECT_WINDOW)
            after = found.last + 1 if found is not None else len(view.tokens)
            if found is not None and (forms & _ADOPT_VERBS or after < len(view.tokens) and
                                      _unprefixed(view.tokens[after].norm).startswith(_RESPONSIBILITY)):
                return found
    return None


def _unprefixed(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") else norm


# Blame and claim verbs (حمّل … المسؤولية، تبنى، أعلن مسؤوليته). Wanted in data/cues.yaml as
# `blame_verbs`, `adopt_verbs`, `claim_verbs`.
_BLAME_VERBS = fold_words("حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون", "محملا", "محملة", "محملين")
_ADOPT_VERBS = fold_words("تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى")
_CLAIM_VERBS = _ADOPT_VERBS | fold_words("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن")
_RESPONSIBILITY = normalize_form("مسؤولي")  # مسؤولية، مسؤوليته، المسؤولية (not مسؤول, an official)


def killing_cause(view: SentenceView, trig: Trigger, lexicon: Lexicon, cues: Cues) -> bool:
    """"قتل 12 شخصا … في عملية احتجاز الرهائن"، "«12 شخصا قتلوا» خلال الهجوم": an attack noun (not a
    clash) in the cause phrase of a killing told in the passive before it, in the same clause, is the
    act the killing belongs to, even with the article: the act the sentence is about. A plural
    ("قتل 30 شخصا في هجمات انتحارية") tallies a series of acts, not one."""
    if trig.kind != "noun" or trig.entry.code[:2] not in FORCE_ROOTS or trig.entry.symmetric or \
            word_forms(view.tokens[trig.head]) & cues.clash_nouns or view.tokens[trig.head].norm.endswith("ات"):
        return False
    k = trig.head - 1
    if k > 0 and _unprefix(view.tokens[k].norm) in _OPERATION:
        k -= 1  # "في عملية احتجاز الرهائن"
    if k < 1 or not word_forms(view.tokens[k]) & (_CAUSE_WORDS | _DURING):
        if not view.tokens[trig.head].norm.startswith(("ب", "وب")) or trig.head < 1:
            return False
        k = trig.head  # "وقتل جنود يمنيون بانفجار عبوة": the cause's ب written onto the attack noun
        if k > 0 and any(t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS
                         for t in lexicon.match(view.tokens[max(0, k - 3):k])):
            return False  # "بعد هجوم للمقاومة بقذيفة صاروخية": the means of an attack told just before
    for j in range(k - 1, max(-1, k - 12), -1):
        tok = view.tokens[j]
        if tok.kind == "punct" and tok.text not in QUOTE_MARKS and tok.text not in {"،", ","}:
            return False
        if any(t.kind == "verb" and t.entry.default_source and t.entry.code[:2] in FORCE_ROOTS
               for t in lexicon.match([tok])):
            return True
    return False


def _unprefix(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") else norm


# "في عملية …" and "خلال/أثناء": wanted in data/cues.yaml as `operation_words`, `during_words`.
_OPERATION = fold_words("عملية")
_DURING = fold_words("خلال", "أثناء", "اثناء")
_IN_OR_DURING = _DURING | {normalize_form("في")}  # "استشهد جنديان في/خلال اشتباك مع …"


def reacted_to(view: SentenceView, start: int, doers: list[tuple[str, str, Actor]], lexicon: Lexicon,
               cues: Cues, reach: int = 4, told: bool = True, incident: bool = False) -> ActorMention | Actor | None:
    """"أدان ميقاتي الغارات": the object is an event told earlier; the target is its doer. A place
    phrase may come first ("أدانت السفارة في بغداد الهجوم"); "بملاحقة منفذي الهجوم" too. An attack
    whose doer the clause names ("أحبطت المقاومة هجوما شنه مسلحون حوثيون"، "للتنديد بالغارات التي
    يشنها الجيش التركي") has that doer; `told` allows the doers of earlier sentences."""
    for j in range(start + 1, min(len(view.tokens), start + 1 + reach)):
        tok = view.tokens[j]
        if tok.text in {"،", ","}:
            continue  # "دانت المملكة بأشد العبارات، الجريمة التي نفذها مستوطنون"
        if tok.kind != "word":
            return None
        agent = agent_after(view, j, cues)  # the agent verbs name attacks: "هجوما شنه X"
        if agent is not None:
            return agent
        named = [t.entry for t in lexicon.match([tok]) if t.kind == "noun"]
        violent = [d for e, r, d in doers if r in {"18", "19", "20"} or e in _RIOT_ENTRIES]
        if not named and told and incident and violent and tok.article and \
                {f.removeprefix("ال").removeprefix("بال").removeprefix("لل") for f in word_forms(tok)} & _INCIDENT_WORDS:
            return violent[-1]  # "ونددت الولايات المتحدة بالحادث": the attack told before, by its doer
        if not named or not told:
            continue
        ids, roots = {e.id for e in named}, {e.code[:2] for e in named}
        same = [d for e, r, d in doers if e in ids] or [d for e, r, d in doers if r in roots]
        if same:
            return same[-1]
    return None


_RIOT_ENTRIES = frozenset({"riot", "protest_riot", "riot_more"})  # 145: stones and firebombs thrown
# Words that refer back to the violent act the article told ("بالحادث"، "هذه الجريمة").
_INCIDENT_WORDS = frozenset(normalize_form(w) for w in ("حادث", "حادثة", "جريمة", "جريمه"))
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
    if agent in _AUTHORITY_AGENTS:
        # "أوضحت السلطات الأردنية أن جهودا مشتركة … أسفرت عن إلقاء القبض على شخص سعودي": the state whose
        # authorities the sentence names acts, not the suspect's nor the paper's
        # (an interior ministry too: "أعلنت وزارة الداخلية الإسبانية توقيف رجل … في جيب مليلية بالمغرب")
        told = next((a.actor.country_iso3 for a in view.actors if a.last < trig.head and a.type == "ORG" and
                     a.actor.country_iso3 and (word_forms(view.tokens[a.first]) & _AUTHORITY_HEADS or any(
                         t.norm == _INTERIOR for t in view.tokens[a.first:a.last + 1]))), None) or \
            next((iso for pos, iso in sorted(view.nisbas.items()) if 0 < pos < trig.head and
                  word_forms(view.tokens[pos - 1]) & _AUTHORITY_HEADS), None)
        if told is not None:
            return told
    if trig.entry.object or genitive_patient(view, trig):  # "مقتل الفلسطيني": the victim's adjective
        return None
    return next((view.nisbas[p] for p in range(trig.head + 1, trig.head + 1 + _NISBA_REACH) if p in view.nisbas),
                None)


_AUTHORITY_AGENTS = frozenset({"COP", "GOV", "JUD", "SPY"})
_INTERIOR = normalize_form("الداخلية")
_AUTHORITY_HEADS = fold_words("السلطات", "الشرطة", "الأجهزة", "الأمنية", "الأمن", "النيابة", "المحكمة", "الجهات")


def _crowd_country(view: SentenceView, trig: Trigger | None) -> str | None:
    """A crowd's country: the crowd or nationality word nearest the trigger ("تظاهر مئات الصرب …
    وتجمع آلاف المتظاهرين في الخرطوم": the Serbs protest, the crowd in Khartoum is another)."""
    found = [(a.first, a.actor.country_iso3) for a in view.actors if a.type == "CVL" and a.actor.country_iso3]
    found += [(p, iso) for p, iso in view.nisbas.items() if (trig is None or not _past_the_crowd(view, trig.head, p))
              and not any(view.tokens[k].norm in _HE_IS for k in range(max(0, p - 3), p))]
    if not found:
        return None
    if trig is None:
        return min(found)[1]
    return min(found, key=lambda item: (abs(item[0] - trig.head), item[0]))[1]


def _past_the_crowd(view: SentenceView, head: int, pos: int) -> bool:
    """Whether a nationality after the protest verb stands past a preposition or a purpose word: it
    qualifies what was protested or where ("تظاهر آلاف في نيويورك للتنديد بالاتفاق النووي الإيراني"),
    not the crowd ("تظاهر مئات الإيرانيين")."""
    for k in range(head + 1, pos):
        tok = view.tokens[k]
        if tok.kind == "punct" or word_forms(tok) & _PAST_CROWD or (tok.norm[:1] in {"ب", "ل"} and len(tok.norm) > 4):
            return True
    return False


_PAST_CROWD = frozenset(normalize_form(w) for w in (
    "في", "على", "ضد", "من", "إلى", "عن", "أمام", "قرب", "احتجاجا", "تنديدا", "رفضا", "استنكارا"))


_HE_IS = frozenset(normalize_form(w) for w in ("وهو", "وهي", "وهم"))


def victims_before(view: SentenceView, head: int, doer: Actor | None = None) -> ActorMention | None:
    """"مقتل ثمانية جنود عراقيين في هجوم": the soldiers or civilians named before a violent act. An
    anonymous source of the doer's own side ("أوضحت المصادر العسكرية أنه إثر هجوم شنته القوات") tells
    the attack; it was not hit."""
    for act in reversed(view.actors):
        if act.reporter and doer is not None and act.actor.actor_code == doer.actor_code:
            continue
        if any(view.tokens[k].norm in _HE_IS for k in range(max(0, act.first - 2), act.first)):
            continue  # "منفذ الهجوم مان مؤنس، وهو رجل دين إيراني المولد، إلى احتجاز": who the doer is
        if doer is not None and view.tokens[act.first].norm.startswith("و") and any(
                a.last == act.first - 1 and (a.actor.entity_id, a.actor.actor_code) == (doer.entity_id, doer.actor_code)
                for a in view.actors):
            continue  # "العصابات الحوثية وميليشيات المخلوع صالح": the doer's conjunct struck with it
        if act.last < head and doer is not None and doer.actor_code == "UAF" and \
                (act.actor.actor_code or "").endswith("COP") and any(
                act.last < a.first and a.last < head and a.actor.actor_code == doer.actor_code for a in view.actors):
            continue  # "واعتقلت قوات الدرك أربعة مشتبه بهم متورطين في قتل الرجل": the police who hold the suspects
        if act.last < head and act.actor.entity_id is None and \
                (act.actor.actor_code or "").endswith(("MIL", "CVL", "COP")):
            return act
        if act.last < head and act.type == "ORG" and (partitive(view, act) or _one_of(view, act)) and \
                (doer is None or (act.actor.entity_id or act.actor.actor_code) != (doer.entity_id or doer.actor_code)):
            # (two movements of one country, the resistance and the Houthis, are two sides)
            return act  # "260 مقاتلا من حزب العمال الكردستاني قتلوا خلال أسبوع من الغارات التركية"
    return None


_ONE_OF = frozenset(normalize_form(w) for w in ("أحد", "احد", "إحدى", "احدى"))


def _one_of(view: SentenceView, act: ActorMention) -> bool:
    """"قتل أحد مسلحي المقاومة الشعبية … بقذيفة هاون": one member of a group, counted like a number."""
    return act.first > 0 and view.tokens[act.first - 1].norm in _ONE_OF


def cause_victims(view: SentenceView, head: int) -> ActorMention | None:
    """"بمقتل 12 سوريا في قصف الطيران … مناطق في قرية …": the people a killing names right before the
    attack it is put down to (في، جراء، بسبب right before the attack noun) are what the attack hit;
    a place the attack is told to strike is where they were."""
    if head >= 2 and word_forms(view.tokens[head - 1]) & _CAUSE_WORDS:
        end = head - 2
    elif head >= 1 and view.tokens[head].norm.startswith(("ب", "وب")):
        end = head - 1  # "مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية": ب on the attack noun
    else:
        return None
    act = next((a for a in view.actors if a.last == end), None)
    if act is None:
        return None
    if partitive(view, act):
        return act  # the counted members of a named group ("ثلاثة من عناصر تنظيم داعش")
    return act if act.actor.entity_id is None and (act.actor.actor_code or "").endswith(("MIL", "CVL", "COP")) \
        else None


_RESULT_VERBS = frozenset(normalize_form(w) for w in (
    "أدى", "أدت", "ادى", "ادت", "يؤدي", "تؤدي", "أسفر", "أسفرت", "يسفر", "تسفر", "تسبب", "تسببت", "خلف", "خلفت"))
_RESULT_LINKS = frozenset(normalize_form(w) for w in ("إلى", "عن", "في"))
TOLL_NOUNS = frozenset(normalize_form(w) for w in (
    "مقتل", "قتل", "إصابة", "اصابة", "سقوط", "جرح", "استشهاد", "مصرع", "وفاة"))
_RESULT_REACH = 12  # words from the attack noun to "إلى مقتل": its doer, weapon and place stand between
_VICTIM_REACH = 4  # "إلى مقتل أربعة عناصر من القاعدة": a count and its noun before the group


def result_victims(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"أدت غارة شنتها طائرة أميركية … إلى مقتل أربعة عناصر من القاعدة"، "أسفر القصف عن مقتل جنديين
    سوريين"، "أدت غارة جوية … إلى مقتل محسن الفضلي": the people an attack's toll names are what it hit."""
    tokens = view.tokens
    if not any(tokens[k].norm.lstrip("و") in _RESULT_VERBS or tokens[k].norm in _RESULT_VERBS
               for k in range(max(0, trig.head - 1), min(len(tokens), trig.last + _RESULT_REACH))):
        return None
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + _RESULT_REACH)):
        if tokens[k].kind == "punct":
            return None
        if tokens[k].norm in _RESULT_LINKS and tokens[k + 1].norm in TOLL_NOUNS:
            for j in range(k + 2, min(len(tokens), k + 2 + _VICTIM_REACH)):
                if tokens[j].kind == "punct":
                    return None
                act = view.actor_at(j)
                if act is not None and act.first == j:
                    if partitive(view, act) or act.type == "PER" or (act.actor.entity_id is None and (
                            act.actor.actor_code or "").endswith(("MIL", "CVL", "COP"))):
                        return act  # counted members of a group, a person, a state's unnamed soldiers or people
                    return None
            return None
    return None


def inner_attack(view: SentenceView, trig: Trigger, lexicon: Lexicon, cues: Cues) -> tuple[Trigger, ActorMention] | None:
    """"أحبطت المقاومة هجوما شنه مسلحون حوثيون": an attack noun that is a word of a force pattern
    (foiling, repelling) and has its own doer after an agent verb is a second event, that doer's attack
    on the side that fought it off. The noun as a trigger of its own, with that doer; None otherwise."""
    if trig.entry.code[:2] not in FORCE_ROOTS:
        return None
    for pos in (p for p in trig.words if p != trig.head):
        if trig.kind == "noun" and pos == trig.head + 1:
            continue  # "الهجوم الانتحاري الذي شنه X": the attack noun's own adjective, the same act
        tok = view.tokens[pos]
        forms = [tok, replace(tok, norm=tok.norm[:-1])] if tok.norm.endswith("ا") else [tok]  # هجوما: هجوم
        nouns = [t for form in forms for t in lexicon.match([form])
                 if t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS]
        agent = (agent_after(view, pos, cues) or _named_owner(view, pos)) if nouns else None
        if agent is not None:
            return replace(nouns[0], head=pos, last=pos, words=[pos]), agent
    return None


def _named_owner(view: SentenceView, pos: int) -> ActorMention | None:
    """"صد هجوما لقوات الدعم السريع": a named group or state after ل right after the attack noun made it
    (not "غارات لطائراته", whose owner is a pronoun)."""
    nxt = view.tokens[pos + 1] if pos + 2 < len(view.tokens) else None
    if nxt is not None and nxt.norm in BACKING_WORDS | _SUPPORTING:
        return None  # "غارات دعما للمقاومة": whom the strikes back, not whose they are
    if nxt is not None and nxt.kind == "word" and view.actor_at(pos + 1) is None and not nxt.article and \
            not view.tokens[pos].article and len(nxt.norm) > 3 and nxt.norm[:1] not in {"ل", "ب"}:
        pos += 1  # "محاولات هجوم فاشلة لمليشيات الحوثي": one indefinite adjective between
    owner = view.actor_at(pos + 1) if pos + 1 < len(view.tokens) else None
    if owner is None or owner.first != pos + 1 or not owner.prefix.endswith("ل") or owner.type not in {"ORG", "GPE"} \
            or not owner.actor.entity_id:
        return None
    return owner


def counted(view: SentenceView, act: ActorMention) -> bool:
    """A number written right before the actor ("20 مسلحا"، "3 جنود"، "ثلاثة جنود"، "عشرات المسلحين"): a
    count of people, who in a killing's clause are its dead."""
    if act.first == 0:
        return False
    before = view.tokens[act.first - 1]
    return before.kind == "number" or count_word(before.text) or (
        act.first > 1 and count_word(f"{view.tokens[act.first - 2].text} {before.text}")) or _counted_conjunct(view, act)


def _counted_conjunct(view: SentenceView, act: ActorMention) -> bool:
    """"قتل 13 جنديا وشرطيا": an indefinite noun joined by و to a counted one is counted with it."""
    first = view.tokens[act.first]
    if act.first < 2 or act.prefix != "و" or first.norm[1:].startswith("ال"):
        return False
    noun, number = view.tokens[act.first - 1], view.tokens[act.first - 2]
    return noun.kind == "word" and not noun.article and (number.kind == "number" or count_word(number.text))




def unnamed_doer(actor: Actor | None) -> bool:
    """Gunmen, attackers or a suicide bomber of no stated group (…UAF, …INS, no entity)."""
    return actor is not None and actor.entity_id is None and (actor.actor_code or "").endswith(("UAF", "INS"))


def place_mention(item: ActorMention | Actor | None) -> bool:
    """A place mention (a town, a region) rather than a state body or a group."""
    return isinstance(item, ActorMention) and item.type in {"GPE", "LOC"} and \
        not (item.actor.actor_code or "").endswith(("GOV", "MIL", "COP"))


def may_be_subject(view: SentenceView, trig: Trigger, act: ActorMention) -> bool:
    """The actor after a verb is its object, not its subject, when it owns the place named before it
    ("استهدفت مواقع وتحركات داعش") or, for force, is a place named with its kind ("استهدف قريتي
    الفوعة"، "قصف مدينة حلب")."""
    if owned_by(view, act) or word_forms(view.tokens[act.first]) & _OBLIQUE_PLURALS or _oblique_group(view, trig, act):
        return False
    if facility(view, act):
        return False  # "قررت مصر فتح معبر رفح"، "أدانت الخارجية قصف مطار صنعاء": a place does nothing
    if trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and \
            ((act.actor.actor_code or "").endswith("CVL") or counted(view, act)) and not _with_object(view, act):
        return False  # "قتل 15 شخصا"، "قتل 20 مسلحا": a killing read as a passive has its victims after it
    if trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and killed_in_attack(view, act):
        return False  # "قتل جنود يمنيون في هجوم شنه …": killed in an attack, not killing
    if trig.entry.code[:2] in FORCE_ROOTS and act.type in {"GPE", "LOC"} and act.first > 0:
        return not word_forms(view.tokens[act.first - 1]) & PLACE_NOUNS
    return True


def facility(view: SentenceView, act: ActorMention) -> bool:
    """The actor is a place named by its kind of facility (مطار عدن، معبر رفح، ميناء الحديدة): what is
    opened, closed, shelled or held, never who acts."""
    return act.type in {"GPE", "LOC", "FAC"} and not act.prefix and \
        bool({f.removeprefix("ال") for f in word_forms(view.tokens[act.first])} & FACILITIES)


# Places a state opens, closes or holds: in the genitive of a verbal noun they are what it is done to.
FACILITIES = fold_words("مطار", "مطارات", "ميناء", "موانئ", "معبر", "معابر", "منفذ", "منافذ", "مضيق", "جسر", "قاعدة")


def killed_in_attack(view: SentenceView, act: ActorMention) -> bool:
    """The actor after a killing verb is followed at once by the attack it fell in ("في هجوم"، "جراء
    انفجار"، "بغارة"): the verb is a passive and the actor its victims."""
    k = act.last + 1
    if k >= len(view.tokens) or view.tokens[k].kind != "word":
        return False
    tok = view.tokens[k]
    if word_forms(tok) & _CAUSE_WORDS and k + 1 < len(view.tokens):
        return _unprefix(view.tokens[k + 1].norm) in _ATTACK_NOUNS
    return tok.norm[:1] == "ب" and _unprefix(tok.norm[1:]) in _ATTACK_NOUNS


# Nouns of the attack a killing is put down to ("في هجوم"، "بانفجار"): wanted in data/cues.yaml as
# `attack_nouns`.
_ATTACK_NOUNS = fold_words(
    "هجوم", "هجمات", "هجوما", "انفجار", "تفجير", "تفجيرات", "غارة", "غارات", "قصف", "كمين", "ضربة", "ضربات",
    "اشتباك", "اشتباكات", "مواجهات", "إطلاق", "اطلاق", "عملية", "عمليات", "هجوم انتحاري")


def _with_object(view: SentenceView, act: ActorMention) -> bool:
    """"قتل مستوطنون طفلا فلسطينيا": a plural in the nominative (ـون) followed by an object in the
    accusative (an indefinite word in ـا, or a number) is the subject of an active verb, not its victims."""
    nxt = view.tokens[act.last + 1] if act.last + 1 < len(view.tokens) else None
    if nxt is None or not view.tokens[act.last].norm.endswith("ون") or view.actor_at(act.last + 1) is not None:
        return False
    return nxt.kind == "number" or any(c.isdigit() for c in nxt.text) or (
        nxt.kind == "word" and not nxt.article and nxt.norm.endswith("ا") and len(nxt.norm) >= 4)


def _oblique_group(view: SentenceView, trig: Trigger, act: ActorMention) -> bool:
    """"تحالف يقاتل الحوثيين"، "هاجم المسلحين": a group named by a sound masculine plural in ـين right after
    a verb is in the accusative, so it is the object; its subject would read الحوثيون. Only for groups (ORG):
    places and people end in ـين by their own letters (البحرين، حسين)."""
    if trig.kind != "verb" or act.first != trig.head + 1 or act.type != "ORG" or act.last != act.first:
        return False
    noun = view.tokens[act.first].norm[len(act.prefix):] if act.prefix else view.tokens[act.first].norm
    return noun.startswith("ال") and noun.endswith("ين") and len(noun) > 6


# Plurals in the oblique case ("لتستهدف مقاتلي حزب العمال"): an object or a genitive, never a subject
# (that would be مقاتلو، مسلحو).
_OBLIQUE_PLURALS = fold_words("مقاتلي", "مسلحي", "متمردي")


def genitive_patient(view: SentenceView, trig: Trigger) -> bool:
    """A noun in construct whose genitive is who suffers it ("مقتل الفلسطيني"); with the article the
    noun takes adjectives, and a nationality one is its doer's ("عمليات القتل الإسرائيلية")."""
    return trig.entry.patient and not view.tokens[trig.last].article


def nisba_agent(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"غارات إسرائيلية"، "بوساطة روسية": a nationality adjective right after a verbal noun is its
    agent; the armed forces for force and violence, the government otherwise. After a noun whose
    genitive is its patient ("مقتل الفلسطيني") the adjective is who died, not who killed."""
    pos = trig.last + 1
    if genitive_patient(view, trig):
        return None
    if pos not in view.nisbas and trig.entry.code[:2] in FORCE_ROOTS and pos + 1 < len(view.tokens) and \
            view.actor_at(pos) is None and view.tokens[pos].article and \
            view.tokens[pos].norm.removeprefix("ال") in _EPITHETS:
        pos += 1  # "قذائف الغدر الحوثية"، "غارات الطيران الروسي": past an epithet or the arm that fired
        group = view.actor_at(pos)
        if group is not None and group.first == group.last and view.tokens[pos].norm.endswith(("ية", "يه", "ي")):
            return group  # a group's adjective ("الحوثية") is the group itself
    if pos not in view.nisbas:
        return None
    nisba, head = view.tokens[pos], view.tokens[trig.last]
    if trig.last > trig.head and held_people(head):
        return None  # "احتجاز الرهينة الكرواتي": the pattern ends on the people held, whose nationality it is
    if not nisba.article and not head.article and not nisba.norm.endswith(("ه", "يا")) and \
            {f.removeprefix("ل").removeprefix("ب") for f in word_forms(head)} & _SEIZED_PERSON:
        return None  # "لاعتقال فلسطيني مطلوب": a Palestinian arrested, not a Palestinian arrest
    return nisba_actor(view, pos, "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")


def done_to_pronoun(tok: Token, enclitic: str) -> bool:
    """A verbal noun done to a person carrying its object's pronoun ("لاغتيالهم"، "اعتقالهم"): the pronoun
    is who suffers it, not who does it."""
    stem = tok.norm[:-len(enclitic)] if enclitic and tok.norm.endswith(enclitic) else tok.norm
    for prefix in ("و", "ف"):
        stem = stem.removeprefix(prefix)
    for prefix in ("ب", "ل"):
        stem = stem.removeprefix(prefix)
    return stem in _SEIZED_PERSON


# Verbal nouns done to a person: an indefinite masculine nationality right after one is that person.
def held_people(tok: Token) -> bool:
    """The word names people held or seized (رهينة، الرهائن، أسرى): a nationality after it is theirs."""
    return tok.norm.removeprefix("ال") in _HELD_PEOPLE


_HELD_PEOPLE = fold_words("رهينة", "رهائن", "رهينتين", "أسرى", "أسير", "مختطفين", "محتجزين", "معتقلين", "سجناء",
                          "سجين", "السجينات", "موقوفين")
_SEIZED_PERSON = fold_words("اعتقال", "قتل", "خطف", "اختطاف", "إعدام", "احتجاز", "توقيف", "اغتيال", "أسر")


# Words that stand in construct between a weapon and the nationality of its side: the epithets of
# partisan reports and the arm that fired ("قذائف الغدر الحوثية"، "صواريخ الحقد الحوثي").
_EPITHETS = fold_words("غدر", "حقد", "إرهاب", "عدوان", "خيانة", "شر", "موت", "ظلام", "طيران", "مدفعية", "هاون",
                       "دبابات", "بوارج", "مقاتلات", "مروحيات")


def origin_doer(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"لقذائف عسكرية كثيفة من داخل الأراضي اليمنية"، "لقصف من الجانب اليمني": fire from a country's land
    or side is that country's unidentified armed force (who fired is not named, where from is)."""
    for k in range(trig.last + 1, min(len(view.tokens) - 1, trig.last + 1 + _ORIGIN_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","} or word_forms(tok) & RELATIVES:
            return None  # "قطع الإمدادات التي تصل من الجانب السوري": where the supplies come from
        if tok.norm not in {"من", "عبر"}:
            continue
        j = k + 1
        while j < len(view.tokens) and view.tokens[j].norm in _ORIGIN_WORDS:
            j += 1
        if j == k + 1 or j >= len(view.tokens):
            return None
        if j in view.nisbas:
            return nisba_actor(view, j, "UAF")
        return None
    return None


# "من داخل الأراضي اليمنية"، "من الجانب اليمني"، "عبر الحدود السورية": the words before the nationality
_ORIGIN_WORDS = fold_words("داخل", "الأراضي", "أراضي", "الاراضي", "الجانب", "الحدود", "الشريط", "العمق")
_ORIGIN_REACH = 5


def shot_victim(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"قتل شاب فلسطيني صباح أمس برصاص الجيش الإسرائيلي"، "فلسطينياً قتل وأصيب نجلاه برصاص جنود الاحتلال":
    the fire that killed or wounded someone (an attack noun with ب) hit that someone, the person a
    passive killing names with a nationality or as civilians, not a place named after it."""
    if trig.kind != "noun" or trig.entry.code[:2] not in FORCE_ROOTS or \
            not view.tokens[trig.head].norm.startswith(("ب", "وب")):
        return None
    for k in range(trig.head - 1, max(-1, trig.head - _SHOT_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        if not word_forms(tok) & _FELL:
            continue
        for j in [*range(k + 1, trig.head), *range(k - 1, max(-1, k - 3), -1)]:
            act = view.actor_at(j)
            if act is not None and ((act.actor.actor_code or "").endswith("CVL") or partitive(view, act)):
                return act
            if j in view.nisbas:
                return nisba_actor(view, j, "CVL")
        return None
    return None


_FELL = fold_words("قتل", "قتلت", "قتلوا", "قتلا", "أصيب", "أصيبت", "أصيبوا", "أصيبا", "استشهد", "استشهدت",
                   "استشهدوا", "استشهدا", "جرح", "جرحت", "جرحوا", "توفي", "توفيت", "سقط", "سقطت")
_SHOT_REACH = 10


def exposed_victim(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"تعرض مركز حدودي سعودي لقذائف"، "تعرضت دورية سعودية لهجوم": the subject of تعرض before the attack
    noun written with ل is what the attack hit; so is the subject of "تعرضت قرية لسقوط مقذوفات", where the ل
    is on the falling. Quote marks around a unit's name ("دورية من «قوة المجاهدين»") do not end the
    subject."""
    head = trig.head
    if head > 0 and view.tokens[head - 1].norm in _FALL_OF:
        head -= 1
    elif not view.tokens[head].norm.startswith("ل"):
        return None
    for k in range(head - 1, max(-1, head - _EXPOSED_REACH), -1):
        if view.tokens[k].kind == "punct" and view.tokens[k].text not in {"،", ","} | QUOTE_MARKS:
            return None
        if present_to_past(view.tokens[k]) & _EXPOSED:
            for j in range(k + 1, head):
                act = view.actor_at(j)
                if act is not None:
                    return act
                if j in view.nisbas:  # "تعرض مركز حدودي سعودي": the post of that state
                    return nisba_actor(view, j, "MIL")
            return _fronted_subject(view, k)
    return None


def survivor(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"ونجا وزير الداخلية من محاولة اغتيال"، "نجت دورية من كمين": whoever survived the attack after من is
    whom it was aimed at: the first actor between the verb of survival and من."""
    first = min(trig.words or [trig.head])
    if first < 2 or view.tokens[first - 1].norm != "من":
        return None
    for k in range(first - 2, max(-1, first - 2 - _SURVIVOR_REACH), -1):
        if view.tokens[k].kind == "punct":
            return None
        if view.tokens[k].norm in _SURVIVED:
            return next((a for a in view.actors if k < a.first and a.last < first - 1), None)
    return None


def _fronted_subject(view: SentenceView, verb: int) -> ActorMention | None:
    """"أن دورية تابعة لحرس الحدود في منطقة نجران تعرضت لمقذوف": the subject written before تعرض, in its
    clause opened by أن/إن: the first actor after the opener."""
    opener = next((k for k in range(verb - 1, max(-1, verb - _EXPOSED_REACH), -1)
                   if view.tokens[k].norm in _THAT or view.tokens[k].kind == "punct"), None)
    if opener is None or view.tokens[opener].norm not in _THAT:
        return None
    return next((a for a in view.actors if opener < a.first and a.last < verb), None)


_EXPOSED = fold_words("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون")
_THAT = fold_words("أن", "إن", "بأن", "وأن", "وإن", "لأن")
_EXPOSED_REACH = 16
_SUPPORTING = fold_words("مساندة", "مساندا", "دعم")
_FALL_OF = fold_words("لسقوط")
_SURVIVED = fold_words("نجا", "ونجا", "نجت", "ونجت", "نجوا", "ونجوا", "ينجو", "تنجو", "ينجون")
_SURVIVOR_REACH = 8
