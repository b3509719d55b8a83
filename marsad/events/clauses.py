"""Role shapes that reach across a clause: what a speaker's frame, a gap or a war already told decides.

`arguments.py` reads the shapes inside one clause; these read a trigger against what surrounds it:
the reporting verb whose subject only tells a noun (never does it), the object written inside a
split predicate ("محملا X مسؤولية"), the speaker behind a "we" verb, the object after a relative
clause on the subject, a place after a visit word, and the side that lost ground it no longer holds;
the subject of a light or "managing" verb (قام بـ، تمكن من) as a verbal noun's agent, "the two sides" as
an object, the one a denial answers, the one something sent reached, a side fighting "in the clashes".
"""

from __future__ import annotations

from marsad.doc import Actor, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    ACCUSE_CODE,
    PLACE_NOUNS,
    PLURAL_COMPS,
    QUOTE_MARKS,
    RELATIVES,
    SUBJECT_WINDOW,
    SentenceView,
    between_pair,
    clause_subject_before,
    conjunct_after,
    fold_words,
    has_gap,
    partitive,
    partitive_subject,
    past_post,
    present_to_past,
    pronoun_word,
    sentence_subject,
    subject_after,
    subject_before,
    target_after,
)
from marsad.events.attacks import FORCE_ROOTS, nisba_actor
from marsad.events.cues import Cues, load_cues, word_forms
from marsad.events.lexicon import Lexicon, Trigger
from marsad.events.sides import Arguments, ArticleState, actor_of, key_of, same_side
from marsad.text.normalize import normalize_form
from marsad.text.tokens import tokenize

_PRE_VERBS = {"قد", "لن", "لم", "سوف", "لا"}
HOST_CODE = "043"  # hosting a visit
CONTROL_CODE = "192"  # taking ground: the target is the side that held it
_PLACE_TYPES = {"GPE", "LOC"}
# "في أيدي الحوثيين"، "من يد داعش"، "من دون مقاومة من الحوثيين": who held the ground taken.
_HOLDER_WORDS = fold_words("أيدي", "ايدي", "يد", "قبضة", "مقاومة")


def reported_by(view: SentenceView, act: ActorMention, cues: Cues) -> bool:
    """The actor is the subject of a reporting verb right before it ("وأكد مصدر في وزارة الدفاع مقتل
    …"، "أفاد المرصد بمقتل …"): a reporter tells what its clause says and never does it."""
    k = act.first - 1
    return k >= 0 and bool(word_forms(view.tokens[k]) & (cues.speech_verbs | cues.reporting))


def gap_object(view: SentenceView, trig: Trigger, src: ActorMention | Actor | None) -> ActorMention | None:
    """"محملا ميليشيات الحوثي مسؤولية …"، "X حمل Y المسؤولية": in a predicate written in two parts the
    bare actor between them is its object when the subject is not there (a participle, or a subject
    named before the verb)."""
    if not has_gap(trig) or trig.kind == "noun":
        return None
    if isinstance(src, ActorMention) and trig.head < src.first < trig.words[1]:
        # "سمحت أنقرة للتحالف الدولي باستخدام قاعدة إنجرليك": after the subject in the gap, an actor carrying
        # the entry's one-letter cue is whom the act is for
        letters = {c for c in trig.entry.cues if len(c) == 1}
        return next((a for a in view.actors if src.last < a.first and a.last < trig.words[1]
                     and a.prefix[-1:] in letters and a.prefix), None)
    if src is None and trig.kind == "verb":
        # "حمل X Y المسؤولية": the first actor in the gap is the subject; a lone one is the object when no
        # ل-phrase after the pattern takes that role ("وحمّل حكومة الاحتلال المسؤولية", its subject told before)
        return lone_gap_object(view, trig)
    for act in view.actors:
        if trig.head < act.first and act.last < trig.words[1] and act.prefix == "":
            return act
    return None


_RESPONSIBILITY = frozenset(normalize_form(w) for w in ("المسؤولية", "مسؤولية"))


def lone_gap_object(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """The only bare actor in a verb's two-part pattern ("وحمّل حكومة الاحتلال الإسرائيلي المسؤولية"), with
    no actor after the pattern that ل makes the one blamed ("حمّل الرئيس المسؤولية للحكومة"): the object."""
    if not has_gap(trig) or trig.kind != "verb" or view.tokens[trig.words[1]].norm not in _RESPONSIBILITY:
        return None  # (elsewhere, "شنت X غارات", the lone actor in the gap is the subject)
    inside = [a for a in view.actors if trig.head < a.first and a.last < trig.words[1]]
    if len(inside) != 1 or inside[0].prefix or inside[0].first != trig.head + 1:
        return None
    if any(a.first > trig.words[1] and "ل" in a.prefix for a in view.actors):
        return None
    return inside[0]


def speaker_of(view: SentenceView, cues: Cues) -> ActorMention | None:
    """"وقال الجبير …، ونرحب بأي اتفاق": a verb in the first person plural inside a speaker's words has
    the speaker's side as subject; the speaker is the subject of the sentence's reporting verb."""
    return sentence_subject(view, cues)


def claim_speaker(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"ويقول المتمردون إن …، وهو ما تنفيه أنقرة": a verb after ما carrying the pronoun of what was
    said (denying, rejecting it) answers the one who said it, the subject of the sentence."""
    head = view.tokens[trig.head]
    if trig.kind != "verb" or trig.head < 1 or view.tokens[trig.head - 1].norm != "ما" or \
            not head.norm.endswith(("ه", "ها")):
        return None
    return sentence_subject(view, cues)


def both_sides_object(view: SentenceView, trig: Trigger, src: ActorMention | Actor | None, cues: Cues) -> bool:
    """"ودعا الاتحاد الأوروبي والولايات المتحدة الطرفين إلى …"، "وطالبت المندوبة الطرفين بوقف …": the
    object of a verbal act is "the two sides" (الطرفين، الجانبين) right after the verb or its subject."""
    end = trig.head if has_gap(trig) else trig.last  # "دعا ~ إلى وقف القتال": the object is in the gap
    if isinstance(src, ActorMention) and src.first > trig.head:
        end = past_post(view, src.last, src)  # "المندوبة الأمريكية لدى الأمم المتحدة ليندا …": her post and name
        while (nxt := view.actor_at(end + 1)) is not None:
            end = nxt.last  # "الاتحاد الأوروبي والولايات المتحدة": both subjects
    return end + 1 < len(view.tokens) and bool(word_forms(view.tokens[end + 1]) & cues.both_sides)


def visit_destination(view: SentenceView, trig: Trigger, act: ActorMention | None) -> bool:
    """"في زيارة مفاجئة لبغداد": after a visit word, a place written with ل is where the visitor goes,
    not the visitor (a person or body with ل still is: "زيارة لوزير الخارجية" is rare, "زيارة للوزير"
    reads as his visit)."""
    return act is not None and trig.entry.visit and act.type in _PLACE_TYPES and act.prefix.endswith("ل")


# "في زيارة"، "خلال زيارة"، "بزيارة": a visit told as the circumstance of the clause's own verb.
_CIRCUMSTANCE = fold_words("في", "خلال", "أثناء", "اثناء")


def circumstantial_visitor(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"حل كارتر بالعراق في زيارة مفاجئة لبغداد": a visit noun after في/خلال is the visit the clause's
    subject makes; otherwise ("لم تكن زيارة رسمية للمملكة") the visitor is not named."""
    k = trig.head - 1
    if k >= 1 and word_forms(view.tokens[k]) & _VISIT_FRAMES and word_forms(view.tokens[k - 1]) & _CIRCUMSTANCE:
        k -= 1  # "في مستهل زيارة رسمية"
    if k < 0 or not word_forms(view.tokens[k]) & _CIRCUMSTANCE:
        return None
    said = next((j for j in range(k - 1, -1, -1) if word_forms(view.tokens[j]) & cues.complementisers), None)
    if said is not None:
        # "أعلن المتحدث أن رئيس الوزراء السوداني سيتوجه إلى أنقرة في زيارة": the visit is the reported
        # clause's, made by its subject, not by the one who tells it
        subject = next((a for a in view.actors if said < a.first <= said + 4), None)  # past a title
        return subject if subject is not None and subject.last < k and subject.type in {"PER", "ORG"} else None
    host = hosting_subject(view, cues)
    if host is not None:
        # "استقبل الرئيس السيسي نظيره التركي أردوغان …، في مستهل زيارة رسمية": the guest is the visitor
        return next((a for a in view.actors if host.last < a.first < k and a.type in {"PER", "ORG"}
                     and a.key != host.key), None)
    subject = sentence_subject(view, cues)
    return subject if subject is not None and subject.last < k and subject.type in {"PER", "ORG"} else None


def hosting_subject(view: SentenceView, cues: Cues) -> ActorMention | None:
    """The subject of a sentence that opens on a hosting verb ("استقبل الرئيس السيسي نظيره …"): the host,
    whose guest makes whatever visit the sentence tells."""
    subject = sentence_subject(view, cues)
    if subject is not None and subject.first > 0 and word_forms(view.tokens[subject.first - 1]) & _HOSTING_VERBS:
        return subject
    return None


# Words between في and a visit noun that frame it in time: "في مستهل زيارة"، "في ختام زيارته".
_VISIT_FRAMES = fold_words("مستهل", "ختام", "بداية", "نهاية", "إطار", "اطار", "سياق")
_HOSTING_VERBS = fold_words("استقبل", "يستقبل", "استقبلت", "تستقبل")


_TOWARDS = fold_words("إلى", "الى")


def destination_before(view: SentenceView, trig: Trigger, exclude: str | None) -> ActorMention | None:
    """"سيتوجه السوداني غدا إلى أنقرة في زيارة رسمية": a visit noun after في/خلال whose verb already
    named where the visitor goes, with إلى, in the few words before it: that place is what is visited."""
    k = trig.head - 1
    if k < 1 or trig.kind != "noun" or not trig.entry.visit or not word_forms(view.tokens[k]) & _CIRCUMSTANCE:
        return None
    for j in range(k - 1, max(k - 6, 0), -1):
        tok = view.tokens[j]
        if tok.kind == "punct":
            return None
        act = view.actor_at(j)
        if act is not None and act.first == j and act.type in _PLACE_TYPES and act.key != exclude and \
                act.first > 0 and word_forms(view.tokens[act.first - 1]) & _TOWARDS:
            return act
    return None


def circumstantial_caller(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"وأعرب الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي مع عون عن دعم باريس": a call or meeting
    noun after في/خلال is the one made by the actor standing right before it, the subject of the verb
    whose circumstance it is (the sentence may have opened on another subject, "ورحبت فرنسا …")."""
    k = trig.head - 1
    if k < 1 or trig.entry.code[:2] != "04" or view.tokens[trig.head].article or \
            not word_forms(view.tokens[k]) & _CIRCUMSTANCE:
        return None
    act = next((a for a in view.actors if a.last == k - 1), None)
    if act is None or act.type not in {"PER", "ORG", "GPE"} or act.prefix:
        return None
    first, joined = act.first, act.prefix.startswith("و")
    while (title := next((a for a in view.actors if a.last == first - 1 and a.key == act.key), None)) is not None:
        first, joined = title.first, title.prefix.startswith("و")  # "الرئيس الفرنسي إيمانويل ماكرون"
    before = view.tokens[first - 1] if first > 0 else None
    if joined or before is None or before.kind != "word" or before.norm == "و" or \
            word_forms(before) & cues.prepositions:
        return None  # a preposition's object, or the second of two subjects ("أوباما ونظيره التركي أردوغان")
    return act


def asyndetic_agent(view: SentenceView, pos: int) -> ActorMention | None:
    """"ألغام أرضية تركها الحوثيون"، "بانفجار عبوة زرعها مسلحون": after an indefinite noun (and up to two
    words of its phrase) a verb carrying the noun's pronoun opens a relative clause with no الذي; the
    actor right after that verb did what the noun names."""
    for k in range(pos + 1, min(len(view.tokens), pos + 4)):
        tok = view.tokens[k]
        if tok.kind != "word" or view.actor_at(k) is not None:
            return None
        if _object_pronoun(tok) and not tok.article:
            act = view.actor_at(k + 1)
            return act if act is not None and act.prefix == "" else None
    return None


def clash_side(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"لقي 13 عنصرا من الحوثيين مصرعهم في اشتباكات"، "قتل خمسة من X في مواجهات": a counted part of a
    group killed in clashes (a force noun after في, in the same clause) fought on that group's side."""
    if trig.kind != "noun" or not trig.entry.symmetric or trig.head < 2 or \
            view.tokens[trig.head - 1].norm != "في" or view.tokens[trig.head].article:
        return None  # a clash (symmetric), not an attack: an attack's dead are its target
    for act in reversed(view.actors):
        if act.last >= trig.head:
            continue
        if any(t.kind == "punct" for t in view.tokens[act.last + 1:trig.head]):
            return None
        if partitive(view, act):
            return act
    return None


def _object_pronoun(tok: Token) -> bool:
    """A word written with a pronoun suffix ه/ها/هم (not the ة of a feminine noun), long enough to be a
    verb carrying it (تركها، زرعه)."""
    letters = "".join(ch for ch in tok.text if "\u0621" <= ch <= "\u064a")
    return len(letters) > 3 and letters.endswith(("ها", "هم", "ه")) and not letters.endswith("ية")


def object_after_relative(view: SentenceView, subject: ActorMention) -> int:
    """"يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء …": a relative clause on the subject
    belongs to it; the verb's object comes after the comma that closes it. Returns where the object
    search should start (the subject's last token when no such clause follows)."""
    nxt = subject.last + 1
    if nxt >= len(view.tokens) or not word_forms(view.tokens[nxt]) & RELATIVES:
        return subject.last
    for k in range(nxt + 1, min(len(view.tokens), nxt + 12)):
        tok = view.tokens[k]
        if tok.text in {"،", ","}:
            return k
        if tok.kind == "punct":
            break
    return subject.last


def _place_like(item: ActorMention | Actor | None, doer: Actor | None) -> bool:
    """A target that is only ground: no target at all, a place with no country, or a place in the
    doer's own country (in a civil war the ground is not the side that lost it)."""
    if item is None:
        return True
    if isinstance(item, ActorMention) and same_side(item.actor, doer):
        return True  # the doer named again (a report's source of the same side) is no target
    if not isinstance(item, ActorMention) or item.type not in _PLACE_TYPES:
        return False  # a side (or an agent the sentence implies) is who lost it
    actor = item.actor
    return not actor.country_iso3 or (doer is not None and actor.country_iso3 == doer.country_iso3)


def ground_holder(view: SentenceView, trig: Trigger, src: ActorMention | Actor | None,
                  tgt: ActorMention | Actor | None, state: ArticleState) -> ActorMention | Actor | None:
    """The side that lost the ground a control event (192) takes: "سيطرت المقاومة على منطقة X" hits
    whoever held X — an armed side named with أيدي/يد/مقاومة in the sentence ("التي كانت في أيدي
    الحوثيين")، else the side the doer last fought, else the side last attacked in the article. A
    target that is a side (or a foreign country) is kept. Returns None to keep `tgt`."""
    if trig.entry.code != CONTROL_CODE or src is None:
        return None
    doer = src.actor if isinstance(src, ActorMention) else src
    if not _place_like(tgt, doer):
        return None
    doer_key = key_of(doer)
    for k in range(trig.last + 1, len(view.tokens)):
        if not word_forms(view.tokens[k]) & _HOLDER_WORDS:
            continue
        for j in range(k + 1, min(len(view.tokens), k + 4)):  # "مقاومة كبيرة من الحوثيين"
            act = view.actor_at(j)
            if act is not None:
                if act.type not in _PLACE_TYPES and key_of(act.actor) != doer_key:
                    return act
                break
            if view.tokens[j].kind == "punct":
                break
    if trig.head > 0 and word_forms(view.tokens[trig.head - 1]) & RELATIVES:
        return state.struck_by(doer)  # "المناطق التي سيطر عليها التنظيم": ground described as held
    return state.other_side(doer)


def arrival_recipient(view: SentenceView, start: int) -> ActorMention | None:
    """"الآليات التي أرسلتها دول التحالف قبل أيام «وصل بعضها مباشرة إلى المقاومة»": what was sent
    and is then told to have arrived "إلى X" went to X (the recipient the sending names only there)."""
    for j in range(start + 1, len(view.tokens)):
        tok = view.tokens[j]
        if tok.text in {".", "؟", "!"}:
            return None
        if not word_forms(tok) & _ARRIVAL_VERBS:
            continue
        for k in range(j + 1, min(len(view.tokens) - 1, j + 5)):
            if view.tokens[k].kind == "punct":
                break
            if view.tokens[k].norm in _TO:
                act = view.actor_at(k + 1)
                return act if act is not None and act.type not in _PLACE_TYPES else None
        return None
    return None


# Arrival verbs and "to". Wanted in data/cues.yaml as `arrival_verbs`.
_ARRIVAL_VERBS = fold_words("وصل", "وصلت", "يصل", "تصل", "وصلوا", "يصلون")
_TO = fold_words("إلى", "الى")


def fighting_subject(view: SentenceView, trig: Trigger, current: ActorMention | None) -> ActorMention | None:
    """"وأحرزت المقاومة تقدما في المواجهات": the subject a clause opens on, doing something "in the
    clashes" a few words later, is a side of them (a definite clash noun refers to the fighting the
    article tells). Not a place, a crowd or a reporter; None otherwise."""
    head = view.tokens[trig.head]
    if trig.kind != "noun" or trig.enclitic or not head.article or trig.head < 2 or \
            not {f.lstrip("وفب").removeprefix("ال") for f in word_forms(head)} & _CLASH_NOUNS or \
            view.tokens[trig.head - 1].norm != "في" or current is None or view.actor_at(current.first) is not current:
        return None
    if current.type in _PLACE_TYPES or (current.actor.actor_code or "").endswith("CVL") or current.reporter \
            or current.media or not 0 < trig.head - current.last <= 3:
        return None
    between = view.tokens[current.last + 1:trig.head]
    if any(t.kind == "punct" or view.actor_at(k) is not None for k, t in enumerate(between, current.last + 1)):
        return None
    return current


# Words that put an actor outside the events of a sentence: the paper or channel a speaker talks to
# ("لوكالة الأنباء الألمانية"، "لـ«عكاظ»"، "لقناة «العربية»") and the source a report cites ("وفقا لما
# ذكره البيت الأبيض"، "نقلا عن مصادر"، "بحسب الحكومة"). The cited-source words are data/cues.yaml's
# `attribution_words`; its `media_nouns` list adds فضائية to this one (not switched: unmeasured).
_MEDIA_NOUNS = fold_words("وكالة", "وكاله", "صحيفة", "قناة", "موقع", "تلفزيون", "إذاعة", "شبكة", "مجلة", "محطة")
_ATTRIBUTION = load_cues().attribution_words  # data/cues.yaml


def frame_view(view: SentenceView, trig: Trigger) -> SentenceView:
    """The sentence without the actors that only frame a report (see `_reporting_actor`) and without
    the trigger's own words ("شنوا هجوما مسلحا": مسلحا is the attack's adjective here)."""
    if view.unframed is None:  # the framing actors are the same for every trigger of the sentence
        keep = [a for a in view.actors if not _reporting_actor(view, a)]
        view.unframed = view if len(keep) == len(view.actors) else \
            SentenceView(view.index, view.tokens, keep, view.nisbas, view.unknown_names, clause_memo=view.clause_memo)
        view.unframed.unframed = view.unframed
    base = view.unframed
    # (a pattern ending on a preposition written onto the next word, "دعم بلاده ل" in "للعراق", holds only the ل)
    clitic_end = trig.last > trig.head and view.tokens[trig.last].end > trig.end and trig.entry.code[:2] < "14"
    inside = {id(a) for k in range(trig.head, trig.last + 1) for a in base.starting(k)
              if a.last <= trig.last and any(a.first <= w <= a.last for w in trig.words)
              and not (clitic_end and a.first == trig.last)}
    if not inside:
        return base
    return SentenceView(view.index, view.tokens, [a for a in base.actors if id(a) not in inside], view.nisbas,
                        view.unknown_names, clause_memo=view.clause_memo)


def _reporting_actor(view: SentenceView, act: ActorMention) -> bool:
    """A medium spoken to (an actor written with ل, or after لـ / لقناة, that is a news medium) or the
    source a report is attributed to (an actor within three words after وفقا لما ذكره، نقلا عن، بحسب)."""
    k = act.first - 1
    while k >= 0 and view.tokens[k].text in QUOTE_MARKS:
        k -= 1
    before = view.tokens[k] if k >= 0 else None
    spoken_to = "ل" in act.prefix or (before is not None and before.norm in {"ل", "لـ"})
    first = view.tokens[act.first].norm
    medium = getattr(act, "media", False) or (act.actor.actor_code or "").endswith("MED") or \
        any(first.endswith(m) for m in _MEDIA_NOUNS)
    if before is not None and before.norm.startswith("ل") and any(before.norm.endswith(m) for m in _MEDIA_NOUNS):
        spoken_to = medium = True  # "لقناة «العربية الحدث»"
    if spoken_to and medium:
        return True
    for j in range(act.first - 1, max(-1, act.first - 4), -1):
        tok = view.tokens[j]
        if tok.kind == "punct" and tok.text not in QUOTE_MARKS:
            return False
        if word_forms(tok) & _ATTRIBUTION:
            return True
    return False


def sides_between(view: SentenceView, start: int) -> bool:
    """"بين X و Y" naming two sides, not two places ("الطريق الرابط بين مدينة تعز ومنطقة العند")."""
    pair = between_pair(view, start)
    return pair is not None and not any(
        a.first > 0 and word_forms(view.tokens[a.first - 1]) & PLACE_NOUNS for a in pair)


def word_before(view: SentenceView, head: int) -> Token | None:
    """The word before a verb, past قد/لم/لن."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERBS:
        k -= 1
    return view.tokens[k] if k >= 0 else None


# Two-sided fighting nouns.
_CLASH_NOUNS = load_cues().clash_nouns  # data/cues.yaml


def bare_clash(view: SentenceView, trig: Trigger, cues: Cues) -> bool:
    """An indefinite clash noun standing alone ("مواجهات مسلحة"، "اشتباكات عنيفة"), not one that refers
    back (المواجهات), names what it hits ("قصف المحولات") or is described by a clause naming its doer
    ("هجوم شنته …")."""
    head = view.tokens[trig.head]
    if not {f.lstrip("وفب") for f in word_forms(head)} & _CLASH_NOUNS:
        return False  # "هجوم مماثل": an attack has a direction, its doer is not guessed from the war
    nxt = view.tokens[trig.last + 1] if trig.last + 1 < len(view.tokens) else None
    if head.article or nxt is None:
        return not head.article
    if nxt.kind == "word" and nxt.article and view.actor_at(trig.last + 1) is None:
        return False
    return not (present_to_past(nxt) & cues.agent_verbs or word_forms(nxt) & RELATIVES)


CLOSING_QUOTES = {"»", "”", '"'}
OPENING_QUOTES = {"«", "“", '"'}
_QUOTED_NOUN = 4  # "«حربا على الإرهاب»": a quoted name of a campaign is a short noun phrase


def _describer_verb(tok: Token) -> bool:
    """An imperfect verb written with no conjunction (تستهدف، يشمل): the shape of a clause that
    describes the indefinite noun before it."""
    return tok.kind == "word" and not tok.proclitics and tok.norm[:1] in {"ي", "ت"} and len(tok.norm) >= 4


def describes_quoted(view: SentenceView, head: int) -> bool:
    """"أطلق «حربا على الإرهاب» تستهدف الحزب": a verb right after a short quoted indefinite object (no
    actor in it) is an asyndetic adjectival clause on that noun; its subject is the noun, whose event the
    verb before the quote already tells, so the verb is no event of its own."""
    if head < 2 or view.tokens[head - 1].text not in CLOSING_QUOTES or not _describer_verb(view.tokens[head]):
        return False
    for k in range(head - 2, max(-1, head - 3 - _QUOTED_NOUN), -1):
        tok = view.tokens[k]
        if view.actor_at(k) is not None or tok.kind == "punct" and tok.text not in OPENING_QUOTES:
            return False
        if tok.text in OPENING_QUOTES:  # the quoted noun is an indefinite object ("«حربًا")
            first = view.tokens[k + 1]
            return k > 0 and view.tokens[k - 1].kind == "word" and not first.article and first.norm.endswith("ا")
    return False


def so_called(view: SentenceView, trig: Trigger) -> bool:
    """"لإحياء ما يدعونه «ذكرى خراب الهيكل»": دعا with ما before it and a pronoun on it names, it calls
    nobody to anything."""
    tok = view.tokens[trig.head]
    return trig.kind == "verb" and trig.entry.code[:2] == "02" and trig.head > 0 and \
        view.tokens[trig.head - 1].norm == "ما" and tok.norm.endswith(("ه", "ها")) and "دعو" in tok.norm


_GRIEVANCE_WORDS = frozenset(normalize_form(w) for w in (
    "احتجاجا", "احتجاجاً", "احتجاج", "الاحتجاج", "تنديدا", "تنديداً", "رفضا", "رفضاً", "اعتراضا", "اعتراضاً"))


def protested_noun(view: SentenceView, trig: Trigger) -> bool:
    """"ينظمون احتجاجا على اتفاقية التجارة الحرة مع الصين": a verbal noun of cooperation a protest is
    against is the grievance, no act of the one who protests nor of whoever the article named before."""
    k = (trig.words[0] if trig.words else trig.head) - 1
    return trig.kind == "noun" and trig.entry.code[:2] < "09" and k >= 1 and view.tokens[k].norm == _ON and \
        bool(word_forms(view.tokens[k - 1]) & _GRIEVANCE_WORDS)


# "بدعم من الغارات"، "بغطاء من الطيران": what follows من is the means a side was supported by.
_SUPPORT_WORDS = fold_words("دعم", "مساندة", "إسناد", "غطاء")


def support_means(view: SentenceView, trig: Trigger) -> bool:
    """"وتمكنت القوات، بدعم من الغارات، من …": a violent noun after a support phrase is the means of
    the support (the strikes told before), not an attack of its own."""
    k = trig.head - 1
    return trig.kind == "noun" and k >= 1 and view.tokens[k].norm == "من" and \
        _unprefixed(view.tokens[k - 1].norm) in _SUPPORT_WORDS


def _unprefixed(norm: str) -> str:
    """A word without و/ف and the preposition ب ("وبدعم" → "دعم")."""
    norm = norm[1:] if norm[:1] in {"و", "ف"} and len(norm) > 4 else norm
    return norm[1:] if norm[:1] == "ب" and len(norm) > 3 else norm


# "وصل بعضها"، "وصلت أمس أول طائرة"، "أعلن معظمهم": a quantity word right after a verb heads its subject.
_QUANTITY_HEADS = tuple(fold_words("بعض", "معظم", "أغلب", "أول", "العديد"))
# Adverbs that look like quantity heads (أولا "first of all"). Wanted in data/cues.yaml as `adverbs`.
_ADVERBS = fold_words("أولا", "اولا", "أولاً")
_TIME_WORDS = fold_words("أمس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "مباشرة")


def counted_subject(view: SentenceView, trig: Trigger) -> bool:
    """"«وصل بعضها مباشرة إلى المقاومة»"، "حيث وصلت أمس أول طائرة إلى المطار": the verb's subject is a
    counted part of things told before (a noun, no actor), so nobody named elsewhere stands in for it."""
    if trig.kind != "verb":
        return False
    # "تمكنت القوات من السيطرة أولا على …": with a gap the subject stands inside the pattern, and
    # أولا is an adverb, not "the first (plane)"
    end = trig.head if has_gap(trig) else trig.last
    for j in range(end + 1, min(len(view.tokens), end + 3)):
        tok = view.tokens[j]
        if tok.kind != "word" or view.actor_at(j) is not None:
            return False
        if tok.norm.startswith(_QUANTITY_HEADS) and not word_forms(tok) & _ADVERBS:
            return True
        if not word_forms(tok) & _TIME_WORDS:
            return False
    return False


def described_object(view: SentenceView, trig: Trigger, exclude: str | None) -> ActorMention | None:
    """The target of an act whose object is a quoted noun described by the verb after it: the object
    of that verb ("أطلق «حربا على الإرهاب» تستهدف حزب العمال" → the party)."""
    for j in range(trig.last + 1, min(len(view.tokens) - 1, trig.last + 2 + _QUOTED_NOUN)):
        if view.tokens[j].text in CLOSING_QUOTES:
            if not describes_quoted(view, j + 1):
                return None
            return target_after(view, trig, j + 1, exclude, True)[0]
        if view.actor_at(j) is not None or view.tokens[j].kind == "punct" and view.tokens[j].text not in QUOTE_MARKS:
            return None
    return None


def visit_roles(args: Arguments, opener: ActorMention | None) -> None:
    """A visit told from the host's side ("the host described X's visit to <host capital>") is
    the host hosting the visitor (043); otherwise the visitor visits the host (042)."""
    visitor, host = actor_of(args.source), actor_of(args.target)
    host_side = actor_of(opener)
    if visitor is None or host is None or host_side is None or not args.explicit_source:
        return
    if key_of(host_side) != key_of(visitor) and host_side.country_iso3 and \
            host_side.country_iso3 == host.country_iso3 != visitor.country_iso3 and \
            (host_side.actor_code or host_side.country_iso3).startswith(host_side.country_iso3):
        # (an international official of the host's nationality, the Arab League's Egyptian secretary
        # general, hosts nobody in Cairo: his actor code is the league's)
        args.source, args.target, args.code = opener, args.source, HOST_CODE


# "بين الطرفين": the two parties of a fight. Wanted in data/cues.yaml `both_sides`.
_BOTH_PARTIES = fold_words("الطرفين", "الطرفان")


def between_both(view: SentenceView, start: int, cues: Cues) -> bool:
    """"بين الطرفين"، "بين الجانبين" within the target window after `start`."""
    toks = view.tokens
    both = cues.both_sides | _BOTH_PARTIES
    return any(toks[j].norm == "بين" and j + 1 < len(toks) and word_forms(toks[j + 1]) & both
               for j in range(start + 1, min(len(toks), start + 9)))


# "كان متورطا في اعتداءات"، "ضالعون في الهجوم"، "الذي كان السباق في تقديم العون": being involved in an
# act, or the first to do it, is having done it. Wanted in data/cues.yaml as `involvement_words`.
_INVOLVED = fold_words("متورط", "متورطا", "متورطة", "متورطين", "متورطون", "ضالع", "ضالعا", "ضالعة", "ضالعين",
                       "ضالعون", "السباق", "السباقة", "سباقا", "سباقة", "السباقين")
_BE = fold_words("كان", "كانت", "كانوا", "يكون", "تكون", "يكونون")


def involved_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"أكدت الشرطة أن الرجل كان متورطا في هجمات ضد الجيش"، "الملك الذي كان السباق في تقديم العون":
    the subject of an involvement or precedence adjective right before "في + verbal noun" is that
    noun's agent (the noun itself names no doer); in a relative clause, the noun it describes."""
    adj = trig.head - 2
    if adj < 1 or view.tokens[trig.head - 1].norm != "في" or not word_forms(view.tokens[adj]) & _INVOLVED:
        return None
    k = adj - 1
    while k >= 0 and word_forms(view.tokens[k]) & _BE:
        k -= 1
    if k >= 0 and word_forms(view.tokens[k]) & RELATIVES:
        return next((a for a in view.actors if a.last == k - 1), None)
    return subject_before(view, adj, cues, 2)


# Craft and cargo: what is received at a port or an airport is no visitor. Wanted in data/cues.yaml
# as `craft_nouns`.
_CRAFT = fold_words("الطائرة", "الطائرات", "طائرة", "طائرات", "السفينة", "السفن", "سفينة", "الباخرة", "باخرة",
                    "البواخر", "القافلة", "قافلة", "القوافل", "الشحنة", "شحنة", "الرحلة", "رحلة", "الرحلات",
                    "الطائره", "المساعدات", "مساعدات", "الحافلة", "الحافلات", "القطار")


def received_craft(view: SentenceView, trig: Trigger) -> bool:
    """"وكان في استقبال الطائرة لحظة وصولها محافظ عدن": receiving a plane, a ship or a convoy is
    meeting a cargo, not hosting a visit (043); the hosts named after it host nobody."""
    if trig.entry.code != HOST_CODE or trig.kind != "noun" or trig.enclitic:
        return False
    nxt = trig.last + 1
    return nxt < len(view.tokens) and bool(word_forms(view.tokens[nxt]) & _CRAFT)


def first_person(view: SentenceView, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb in the first person (نرحب، سندعو، سأزور): the same verb with ي for ن (or for the أ after
    the future س) is a form of the same entry."""
    norm = view.tokens[trig.head].norm
    cut = 0
    while cut < 2 and norm[cut:cut + 1] in {"و", "ف", "س"}:
        cut += 1
    # the singular only after the future س ("سأحادث"، "سأزور") or after أنا, or ending in و ("أدعو"، "أرجو"):
    # a bare أ opens form IV pasts too (أعلن، أرسل), and no past ends in و
    singular = norm[cut:cut + 1] == "ا" and (norm[cut - 1:cut] == "س" or norm.endswith("و") or
                                             trig.head > 0 and view.tokens[trig.head - 1].norm in _I_PRONOUNS)
    if norm[cut:cut + 1] != "ن" and not singular or len(norm) - cut < 3:
        return False
    rest = " ".join(t.text for t in view.tokens[trig.head + 1:trig.last + 1])  # "نرحب ~ ب": the pattern
    form = norm[:cut].lstrip("وف") + "ي" + norm[cut + 1:]  # "ونرحب" → "يرحب"
    return any(t.entry.code == trig.entry.code and t.kind == "verb" for t in lexicon.match(tokenize(f"{form} {rest}")))


_I_PRONOUNS = frozenset(normalize_form(w) for w in ("أنا", "وأنا", "فأنا", "إنني", "إني", "فإنني", "وإنني", "لأنني"))


def pronoun_referent(view: SentenceView, trig: Trigger, state: ArticleState) -> ActorMention | None:
    """"قال الوزير إنه سيزور"، "أفادت مصادر بأن المسلحين شرعوا … مشيرة إلى أنهم اعتقلوا": the pronoun
    is the subject named last before it in the sentence (a group for أنهم, not a person)."""
    word = pronoun_word(view, trig.head)
    plural = word in PLURAL_COMPS
    if word.startswith(_BA_ANNA) and state.sentence_sources:
        pos, _ = state.sentence_sources[-1]
        spans = {(t.span.start, t.span.end) for t in (actor_of(x) for x in state.last_targets) if t.span}
        accused = [a for a in view.actors if pos < a.first < trig.head and a.actor.span and
                   (a.actor.span.start, a.actor.span.end) in spans]
        if state.sentence_codes.get(pos, "").startswith(ACCUSE_CODE) and accused:
            return accused[-1]  # "اتهمت المؤسسة … الحكومة المعترف بها بأنها قصفت ناقلات": the accused did it
    for pos, act in reversed(state.sentence_sources):
        if pos < trig.head and not (plural and act.type == "PER"):
            return act
    return None


_BA_ANNA = normalize_form("بأن")


def light_verb_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"قامت دبابة إسرائيلية بقصف المنازل"، "قام الجيش بمداهمة": the subject of قام is the agent of
    the verbal noun written with ب after it (a nationality on that subject stands for its forces)."""
    head = view.tokens[trig.head]
    managed = _managing_agent(view, trig, cues)
    if managed is not None or not head.norm.startswith(("ب", "وب")):
        return managed
    for k in range(trig.head - 1, max(-1, trig.head - 1 - SUBJECT_WINDOW), -1):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return None
        if word_forms(tok) & _LIGHT_VERBS:
            found = subject_after(view, k, cues, trig.head - k - 1)
            if found is None:  # "قام رتل من تنظيم داعش بالهجوم": a counted part of a group
                found = partitive_subject(view, k)
                found = found if found is not None and found.last < trig.head else None
            if found is not None:
                return found
            nisba = next((p for p in range(k + 1, trig.head) if p in view.nisbas), None)
            if nisba is None:  # "وأن جبهة النصرة «قامت باعتقال جنود»": the subject opens the clause before قامت
                before = clause_subject_before(view, k, cues) if k == trig.head - 1 else None
                return before[0] if before is not None else None
            return nisba_actor(view, nisba, "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")
    return None


_FAMILY = normalize_form("آل")


def directing_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"جاء ذلك تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، بتقديم المساعدات العاجلة":
    the one named after a word of directing, the comma right after his name, does the act written with ب
    after the comma (the comma had stopped the search, and a subject two sentences back was taken)."""
    if trig.kind != "noun" or trig.head < 3 or view.tokens[trig.head - 1].text not in {"،", ","} or \
            not view.tokens[trig.head].norm.startswith(("ب", "وب")):
        return None
    end = trig.head - 2
    if end > 1 and view.tokens[end - 1].norm == _FAMILY:
        end -= 2  # "الملك سلمان بن عبدالعزيز آل سعود، بتقديم": the family name the mention leaves out
    named = next((a for a in view.actors if a.last == end), None)
    first = named
    while first is not None and first.first > 0:  # "خادم الحرمين الشريفين الملك سلمان": titles in apposition
        before = next((a for a in view.actors if a.last == first.first - 1), None)
        if before is None:
            break
        first = before
    if first is None or first.first == 0 or not word_forms(view.tokens[first.first - 1]) & cues.directive_words:
        return None
    return named


def participating_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"وشاركت فرنسا في الغارات على تنظيم داعش"، "وتشارك مصر في الحصار المفروض على قطر": the subject of
    شارك or ساهم (took part in, contributed to) does, with others, what the noun after its في names; the
    subject fills the words up to في ("فشارك بعدها الاتحاد الأوروبي في الحصار")."""
    first = min(trig.words) if trig.words else trig.head
    if trig.kind != "noun" or first < 2 or view.tokens[first - 1].norm != "في":
        return None
    return _subject_right_before(view, first - 1, _PARTICIPATING_VERBS, cues)


def daring_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"بعد إقدام عناصر حزب العمال الكردستاني على قتل شرطيين"، "أقدم مسلحون على خطف": the subject of أقدم
    (or the genitive of إقدام) is the doer of the verbal noun after its على."""
    first = min(trig.words) if trig.words else trig.head
    if first < 2 or view.tokens[first - 1].norm != _ON:
        return None
    return _subject_right_before(view, first - 1, _DARING_WORDS, cues)


def hastening_agent(view: SentenceView, trig: Trigger, cues: Cues) -> tuple[ActorMention, ActorMention | None] | None:
    """"وسارع رئيس الوزراء الإسرائيلي والجيش إلى التنديد بهذا العمل"، "بادرت الحكومة إلى إدانة": the
    subject of سارع/بادر (hurried to) does the verbal noun after its إلى; a second conjunct after و
    ("نتانياهو والجيش") acts with it. (first conjunct, second conjunct or None)."""
    first = min(trig.words) if trig.words else trig.head
    if first < 2 or not word_forms(view.tokens[first - 1]) & _TO:
        return None
    end = first - 1
    second = next((a for a in view.actors if a.last == end - 1 and a.prefix == "و"), None)
    found = _subject_right_before(view, second.first if second is not None else end, _HASTENING_VERBS, cues)
    if found is None and second is not None:
        second, found = None, _subject_right_before(view, end, _HASTENING_VERBS, cues)
    return (found, second) if found is not None else None


def announcing_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"أعلن جيش الاحتلال عن حالة تأهب"، "أعلنت الحكومة حالة الطوارئ": a state of alert or a measure
    announced is the announcer's own; its subject stands right before the noun (عن between at most)."""
    if trig.entry.patient:
        return None  # "أعلن التحالف عن مقتل جندي": the dead were announced, the announcer did not kill them
    first = min(trig.words) if trig.words else trig.head
    end = first - 1 if first > 0 and view.tokens[first - 1].norm == "عن" else first
    return _subject_right_before(view, end, _ANNOUNCING_VERBS, cues)


def _subject_right_before(view: SentenceView, end: int, verbs: frozenset[str], cues: Cues) -> ActorMention | None:
    """The subject of one of `verbs` standing within a few words before `end`, when that subject fills
    the words up to `end` (nothing else between it and the verbal noun)."""
    words = 0
    for k in range(end - 1, -1, -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in QUOTE_MARKS and tok.text not in {"،", ","}:
            return None
        words += tok.kind != "punct"  # quote marks and a comma take no room
        if words > SUBJECT_WINDOW:
            return None
        if word_forms(tok) & verbs:
            found = subject_after(view, k, cues, end - k - 1)
            if found is None:
                found = _member_of(view, k + 1, end)
            return found if found is not None and _apposed_last(view, found) == _before_marks(view, end) - 1 else None
    return None


def _apposed_last(view: SentenceView, act: ActorMention) -> int:
    """Where the actor's words end, over the name in apposition to its office ("رئيس الوزراء الإسرائيلي
    بنيامين نتانياهو": two mentions of one person)."""
    last = act.last
    while act.actor.entity_id is not None and (nxt := view.actor_at(last + 1)) is not None and \
            nxt.first == last + 1 and not nxt.prefix and nxt.actor.entity_id == act.actor.entity_id:
        last = nxt.last
    return last


def _member_of(view: SentenceView, start: int, end: int) -> ActorMention | None:
    """"أقدم عنصر، من تنظيم «داعش» على قتل": one member of a group, then من and the group (commas and
    quote marks allowed between): the group acted through him."""
    words = [k for k in range(start, end) if view.tokens[k].kind == "word"]
    if len(words) < 2 or view.tokens[words[1]].norm != "من":
        return None
    return next((a for a in view.actors if a.first > words[1] and a.last < end and a.type == "ORG"), None)


def _before_marks(view: SentenceView, end: int) -> int:
    """`end` moved back over quote marks right before it ("تنظيم “داعش” على")."""
    while end > 0 and view.tokens[end - 1].text in QUOTE_MARKS:
        end -= 1
    return end


def _managing_agent(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"وتمكنت هذه القوات، بدعم من الغارات، من استعادة السيطرة": the subject of تمكن (managed to)
    is the agent of the verbal noun after its من; a phrase set off by commas may stand between."""
    first = min(trig.words) if trig.words else trig.head  # "من استعادة السيطرة": the pattern's first word
    if first >= 2:
        succeeded = _succeeding_agent(view, first, cues)
        if succeeded is not None:
            return succeeded
    if first < 2 or view.tokens[first - 1].norm != "من":
        return None
    for k in range(first - 2, max(-1, first - 3 - _MANAGE_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        if word_forms(tok) & _MANAGING_VERBS:
            # "أن مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين": the subject may open the clause before it
            after = subject_after(view, k, cues, 2)
            before = clause_subject_before(view, k, cues) if after is None else None
            return after or (before[0] if before is not None else None)
    return None

def _succeeding_agent(view: SentenceView, first: int, cues: Cues) -> ActorMention | None:
    """"نجحت الشرطة الإندونيسية في ضبط … وإلقاء القبض على ثلاثة أشخاص": the subject of نجح (succeeded) is the
    agent of the verbal noun after its في, and of one joined to it with و."""
    seen_in = view.tokens[first - 1].norm == "في"
    for k in range(first - 1, max(-1, first - 2 - _SUCCEED_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        if tok.norm == "في":
            seen_in = True
        if seen_in and word_forms(tok) & _SUCCEEDING_VERBS:
            if first - k > _MANAGE_REACH and not view.tokens[first].norm.startswith("و") and \
                    not view.tokens[first - 1].norm.startswith("و"):
                return None  # far from نجح only a noun joined with و is its act ("وإلقاء القبض")
            return subject_after(view, k, cues, 3)
    return None


def more_targets(view: SentenceView, tgt: ActorMention | Actor, src: ActorMention | None) -> list[ActorMention]:
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


# Verbs that only carry a verbal noun with ب ("قامت القوات بقصف"، "يقوم الجيش بعمليات").
_LIGHT_VERBS = load_cues().light_verbs | {
    # "وردّ الحوثيون على هجمات المقاومة بقصف أحياء": the reply's subject struck, not the attacked
    "رد", "ردت", "ردوا", "يرد", "ترد", "يردون"}
_ON = normalize_form("على")  # folded: علي
# "شاركت فرنسا في الغارات"، "ساهمت مصر في الحصار": taking part in what the verbal noun after في names.
_PARTICIPATING_VERBS = fold_words("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون", "شاركا", "شاركتا",
                                  "ساهم", "ساهمت", "ساهموا", "يساهم", "تساهم", "يساهمون", "أسهم", "أسهمت",
                                  "أسهموا", "يسهم", "تسهم")
_DARING_WORDS = fold_words("أقدم", "أقدمت", "أقدموا", "إقدام", "بإقدام", "لإقدام")  # و/ف are read off by word_forms
# "سارع X إلى …"، "بادرت X إلى …": hurrying to do what the verbal noun after إلى names.
_HASTENING_VERBS = fold_words("سارع", "سارعت", "سارعوا", "يسارع", "تسارع", "يسارعون", "سارعا", "سارعتا",
                              "بادر", "بادرت", "بادروا", "يبادر", "تبادر", "يبادرون", "بادرا", "بادرتا")
_ANNOUNCING_VERBS = fold_words("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "يعلنون", "أعلنا", "أعلنتا")
# "تمكنت القوات من …"، "تتمكن"، "لم يتمكنوا من": managing to do what the verbal noun after من names.
# Wanted in data/cues.yaml as `managing_verbs` (with `light_verbs` above).
_MANAGING_VERBS = fold_words("تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "يتمكنون", "تمكنا", "تمكنتا")
_MANAGE_REACH = 14  # the subject, and a support phrase between commas ("، بدعم من …،")
# (the first noun after في may run long before the joined one: "في ضبط أكثر من 600 كيلوجرام من نبات الماريجوانا
# المخدر والذي يعرف أيضا باسم القنب الهندي وإلقاء القبض على ثلاثة أشخاص")
_SUCCEED_REACH = 28
_SUCCEEDING_VERBS = fold_words("نجح", "نجحت", "نجحوا", "ينجح", "تنجح", "ينجحون", "نجحا", "نجحتا")


def pattern_genitive(view: SentenceView, trig: Trigger, exclude: str | None) -> ActorMention | None:
    """"قطعت طرق إمداد الحوثيين": the bare actor right after a multiword predicate written in one piece
    is the genitive of its last noun, so what the act is done to."""
    if len(trig.words) < 2 or has_gap(trig) or trig.entry.code[:2] < "14":
        return None  # "معربا عن تقدير الشعب اليمني": a verbal act's genitive is who feels it
    act = view.actor_at(trig.last + 1)
    return act if act is not None and act.key != exclude and act.prefix == "" else None


def after_agent_verb(view: SentenceView, act: ActorMention, cues: Cues) -> bool:
    """The actor is the subject of a relative agent verb ("شنه الجيش"، "يشنها الطيران")."""
    return act.first > 0 and bool(present_to_past(view.tokens[act.first - 1]) & cues.agent_verbs)


def genitive_of_pattern(trig: Trigger, act: ActorMention) -> bool:
    """"قطعت طرق إمداد الحوثيين": right after a multiword predicate written in one piece the actor is
    the genitive of its last word (its object), not the subject ("وقع الاتفاقية عن الجانب السعودي X"
    still has its subject after)."""
    return len(trig.words) > 1 and not has_gap(trig) and act.first == trig.last + 1


def construct_genitive(view: SentenceView, pos: int) -> ActorMention | None:
    """"زيارة بعض قادة حركة حماس"، "سيطرة قوات الحكومة": the agent of a verbal noun after one or two
    nouns naming a part or the members of a group (a construct chain)."""
    for j in range(pos + 1, min(len(view.tokens), pos + 4)):
        act = view.actor_at(j)
        if act is not None:
            return act if j > pos + 1 and act.prefix == "" else None
        if not word_forms(view.tokens[j]) & _GROUP_HEADS:
            return None
    return None


# Heads of a group's members ("قادة X"، "عناصر X"): data/cues.yaml `member_heads`.
_GROUP_HEADS = load_cues().member_heads
