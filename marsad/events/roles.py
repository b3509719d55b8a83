"""Who did what to whom: source and target of one trigger from the sentence and the article so far.

`arguments.py` reads single shapes (the subject after a verb, the actor after a cue); this module
decides between them by the kind of word that matched and the entry's argument frame, and keeps the
little the coder must remember across sentences (the two sides last named, the doers of violent acts).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Actor, Span, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    ACCUSE_CODE,
    AFFILIATION_WORDS,
    DASHES,
    HELD_PLACES,
    MEMBER_HEADS,
    MEMBERS_NOMINATIVE,
    OBJECT_PRONOUNS,
    PLACE_NOUNS,
    PLURAL_COMPS,
    QUOTE_MARKS,
    RELATIVES,
    RESUMPTIVE_PREPS,
    SUBJECT_WINDOW,
    SentenceView,
    antecedent,
    between_pair,
    clause_initial,
    clause_subject_before,
    conjunct_after,
    cue_nisba,
    disagrees,
    document_addressee,
    document_author,
    document_before_verb,
    dual_office_pair,
    embedded_subject,
    fold_words,
    has_gap,
    indefinite_subject_before,
    kana_subject,
    office_openers,
    partitive,
    partitive_subject,
    past_post,
    plural_owner,
    present_to_past,
    pronoun_word,
    relative_before,
    sentence_subject,
    singular_for_plural,
    subject_after,
    subject_before,
    subject_limit,
    target_after,
    title_gap,
    unknown_subject_before,
    unnamed_noun_subject,
    unnamed_people_after,
    unnamed_subject_before,
)
from marsad.events.attacks import (
    FORCE_ROOTS,
    OTHER_ADJECTIVES,
    TOLL_NOUNS,
    agent_after,
    attributed,
    cause_doer,
    cause_victims,
    claimed_doer,
    clash_doer,
    counted,
    described_attack,
    described_code,
    done_to_pronoun,
    exposed_victim,
    facility,
    fallen_side,
    fronted_doer,
    genitive_patient,
    held_people,
    killed_in_attack,
    killing_cause,
    may_be_subject,
    nisba_actor,
    nisba_agent,
    origin_doer,
    place_mention,
    reacted_to,
    result_victims,
    shot_victim,
    survivor,
    unnamed_doer,
    victims_before,
    victims_subject,
)
from marsad.events.clauses import (
    CLOSING_QUOTES,
    CONTROL_CODE,
    HOST_CODE,
    OPENING_QUOTES,
    after_agent_verb,
    announcing_agent,
    arrival_recipient,
    asyndetic_agent,
    bare_clash,
    between_both,
    both_sides_object,
    circumstantial_caller,
    circumstantial_visitor,
    claim_speaker,
    clash_side,
    construct_genitive,
    counted_subject,
    daring_agent,
    described_object,
    describes_quoted,
    destination_before,
    directing_agent,
    fighting_subject,
    first_person,
    frame_view,
    gap_object,
    genitive_of_pattern,
    ground_holder,
    hastening_agent,
    hosting_subject,
    involved_agent,
    light_verb_agent,
    lone_gap_object,
    more_targets,
    object_after_relative,
    participating_agent,
    pattern_genitive,
    pronoun_referent,
    protested_noun,
    reported_by,
    sides_between,
    so_called,
    speaker_of,
    support_means,
    visit_destination,
    visit_roles,
    word_before,
)
from marsad.events.cues import Cues, accident_told, word_forms
from marsad.events.lexicon import TIME_WORDS, Lexicon, Trigger, abbreviation_dot, short_quoted
from marsad.events.phrases import match_word
from marsad.events.sides import (
    APPEAL_ROOTS,
    DOER_ROOTS,
    SIDE_ROOTS,
    Arguments,
    ArticleState,
    actor_of,
    both_sides_word,
    dual_past,
    implied,
    key_of,
    place_civilians,
    same_side,
)
from marsad.facts.numbers import count_word
from marsad.text.normalize import normalize_form

_PRAISE_ROOT = "05"
INVITE_CODE = "036"
_TITLE_WORDS = 3
_MANNER_ADJECTIVES = frozenset(normalize_form(w) for w in ("رسمية", "كريمة", "خاصة", "شخصية", "رسمي", "كريم", "خاص"))
_FROM = normalize_form("من")
_JOINT_CODES = frozenset({"042", "043"})
# Unnamed people after a verb who speak for their state, not as its people ("وانتقد مسؤولون أمريكيون").
_UNNAMED_OFFICIALS = fold_words("مسؤولون", "مسؤولين", "دبلوماسيون", "نواب", "برلمانيون")
# Verbs by which both sides attend what the noun after them tells ("وشهد الرئيسان توقيع …").
_WITNESSING = fold_words("شهد", "يشهد", "حضر", "يحضر", "رعى", "يرعى")
_PLACE_SEES = fold_words("شهد", "شهدت", "يشهد", "تشهد")  # "وتشهد بغداد مظاهرات"
_PROTEST = "14"
_WAS = fold_words("كان", "كانت", "وكان", "وكانت")
_KILL_ENTRY = "kill"
_BOMBING_ROOT = "18"  # unconventional violence: bombings, suicide attacks
_GUEST_TITLE_WORDS = 2  # "استقبال الرئيس السيسي": the guest's title between the noun and the name
# Words after a hosting noun's genitive that leave it the guest ("استقبال الرئيس السيسي في بكين"، "… لدى وصوله");
# any other word opens the guest's name, the genitive being the host ("وفي استقبال سموه رئيس مجلس الإدارة").
_AFTER_GUEST = fold_words("في", "إلى", "الى", "لدى", "عند", "خلال", "أثناء", "اثناء", "بعد", "قبل", "من", "على", "مع",
                          "عن", "فور", "حين", "لحظة")
_BETWEEN = "بين"
# A pattern ending on a verb that resumes the noun ("الزيارة التي يقوم بها"، "التي أجراها") has its doer
# as that verb's subject, past titles and honorifics ("بها سمو ولي العهد الشيخ صباح …").
_RESUMED = fold_words("بها", "يجريها", "تجريها", "أجراها", "أجرتها", "تفرضه", "يفرضه", "فرضته", "فرضها")
_RELATIVE_REACH = 5
_TITLE_REACH = 3  # a title, a nationality, then the name (الرئيس المصري عبد الفتاح السيسي)
_PROTOCOL_REACH = 5  # صاحب السمو الملكي الأمير, then the name
# Bodies named by the building they work in: after an act of force they are what was struck, never who struck.
_PREMISES = fold_words("سفارة", "قنصلية", "ممثلية", "مقر", "مبنى", "مقرات", "مباني", "سفارات", "قنصليات")
_TOLD_VISIT = fold_words("بالزيارة", "وبالزيارة")  # the visit told before, definite, as what is welcomed

# Re-exported: the coder reads these from here.
__all__ = ["DOER_ROOTS", "SIDE_ROOTS", "Arguments", "ArticleState", "Roles", "actor_of", "key_of", "same_side"]

# Verbal reactions whose object may be an event told earlier (condemning an attack targets its doer).
REACTION_ROOTS = frozenset({"11", "12", "13"})
# "أنه سيستضيف علييف": after a complementiser carrying a pronoun the subject is that pronoun, so the
# actor after the verb is its object.
# "نفى أن يكون التقى الصفدي": right after يكون the subject is hidden in it too.
_PRONOUN_COMPS = {"انه", "انها", "بانه", "بانها", "انهم", "انهما", "يكون", "تكون"}
_PRE_VERB = {"قد", "لن", "لم", "سوف", "لا"}
AID_ROOT = "07"  # providing aid: ل after the noun is who receives it
# Nouns whose ل-actor is who receives them, never who does them: aid, appeals, pledges, praise and
# yielding ("تقديم العون للشعب"، "أصدق التهاني للسلطان قابوس"، "دعوته للمجتمع الدولي"، "الاستسلام لعناصر المقاومة").
_RECIPIENT_ROOTS = frozenset({AID_ROOT, "02", "03", "05", "08"})
_RECIPIENT_CODES = frozenset({"018"})  # "أحر التعازي لخادم الحرمين": condolences go to whom ل names
_GIVING_ROOTS = frozenset({"06", "07"})  # material cooperation and aid: something sent to someone


_NAME_RUN = 8  # "الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني"


def _unnamed_other_side(view: SentenceView, side: ActorMention) -> bool:
    """"بين قوات النظام والفصائل"، "بين التنظيم والمقاتلين الأكراد": the side after بين is joined by و to a
    second side that no actor covers."""
    nxt = side.last + 1
    return side.first > 0 and view.tokens[side.first - 1].norm == _BETWEEN and nxt < len(view.tokens) and \
        view.tokens[nxt].kind == "word" and view.tokens[nxt].norm.startswith("و") and view.actor_at(nxt) is None


def _guest_named_after(view: SentenceView, genitive: ActorMention) -> bool:
    """A word naming someone else follows a hosting noun's genitive, which is then the host ("استقبال سموه
    رئيس مجلس الإدارة"، "استقبال الملك لرئيس الوزراء"), not the guest."""
    nxt = genitive.last + 1
    if nxt >= len(view.tokens) or view.tokens[nxt].kind != "word":
        return False
    tok = view.tokens[nxt]
    return not (word_forms(tok) & _AFTER_GUEST or tok.norm in TIME_WORDS or tok.norm.startswith(("و", "ب")))


def _name_after_title(view: SentenceView, start: int, cues: Cues) -> int:
    """"بحث … وزير الخارجية القطري الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني مع وفد …": a subject named by
    his office may be followed by his name in a form the knowledge base does not hold; after an
    honorific, the words up to a preposition, a cue or another actor are that name, not the object."""
    j = start + 1
    if j >= len(view.tokens) or view.tokens[j].norm not in cues.rank_words or view.actor_at(j) is not None:
        return start  # "استقبل الأمير سعود الفيصل السفير الأمريكي": the rank opens the next actor, the object
    last = j
    for k in range(j + 1, min(len(view.tokens), j + 1 + _NAME_RUN)):
        tok = view.tokens[k]
        if tok.kind != "word" or view.actor_at(k) is not None or word_forms(tok) & cues.prepositions:
            break
        last = k
    return last


def _indefinite_relative(view: SentenceView, trig: Trigger) -> bool:
    """"في خطوة رحبت بها باريس": a verb right after an indefinite noun, its pronoun on the preposition
    after it, is a relative clause without الذي; the actor after the pronoun is its subject."""
    head = trig.head
    if trig.kind != "verb" or head == 0 or head + 1 >= len(view.tokens):
        return False
    before, word = view.tokens[head - 1], view.tokens[head]
    return before.kind == "word" and not before.article and view.actor_at(head - 1) is None \
        and word.norm[:1] not in {"و", "ف"} and view.tokens[head + 1].norm in RESUMPTIVE_PREPS \
        and view.actor_at(head + 2) is not None  # "بيانا أعرب فيه عن شكره": the subject is the pronoun


def _relative_on_noun(view: SentenceView, trig: Trigger, cues: Cues) -> bool:
    """An imperfect verb carrying no pronoun right after an indefinite noun phrase no actor covers
    ("إخطار رسمي جزائري يمنع الرعايا") is a relative clause on that noun: the noun is its subject, the
    actor after it its object."""
    head = trig.head
    if trig.kind != "verb" or head < 2 or head + 1 >= len(view.tokens):
        return False
    word, before = view.tokens[head], view.tokens[head - 1]
    if word.norm[:1] not in {"ي", "ت"} or word.norm.endswith(("ها", "هم", "هما")) or before.kind != "word":
        return False
    if before.article or before.norm.startswith(("ال", "وال", "بال", "لل")) or view.covered(head - 1) and \
            head - 1 not in view.nisbas:
        return False
    bare = before.norm.removeprefix("ب").removeprefix("ل")
    if word_forms(before) & (cues.prepositions | _PARTICLES_BEFORE_VERBS | TIME_WORDS) or before.norm[:1] in {"و", "ف"} \
            or bare in _PARTICLES_BEFORE_VERBS:
        return False  # ("مطالبا بأن يلتقي"، "كانوا يستهدفون": a particle or an auxiliary, no noun)
    noun = head - 1
    while noun in view.nisbas or (noun > 0 and view.tokens[noun].norm in _MANNER_ADJECTIVES):
        noun -= 1  # "إخطار رسمي جزائري": the noun before its adjectives
    first = view.tokens[noun]
    return first.kind == "word" and not first.article and view.actor_at(noun) is None and len(first.norm) > 2


# Words a verb may follow that are no noun it could describe ("لا يمنع"، "قد يسمح"، "أن تسمح")
_PARTICLES_BEFORE_VERBS = fold_words("لا", "لن", "لم", "قد", "أن", "ان", "إن", "كي", "لكي", "حتى", "سوف", "ما", "ثم",
                                     "كما", "بل", "لكن", "أو", "أم", "إذ", "إذا", "لو", "عندما", "حين", "بينما",
                                     "حيث", "فيما", "كلما", "لما", "بعدما", "قبلما", "حينما", "ريثما", "منذ", "بعد",
                                     "قبل", "ولكن", "أنه", "أنها", "إنه", "إنها", "انه", "انها", "لأن", "لان",
                                     # كان and its sisters: an auxiliary before the verb, no noun it describes
                                     "كان", "كانت", "كانوا", "كانا", "كنا", "يكون", "تكون", "يكونون", "ظل", "ظلت",
                                     "ظلوا", "بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "مازال", "مازالت",
                                     "يزال", "تزال", "زال", "زالت", "عاد", "عادت", "راح", "بدأ", "بدأت", "أخذ", "أخذت")


_CONTROL = "192"  # take control of ground


_OTHERS = frozenset(normalize_form(w) for w in ("آخر", "آخران", "آخرين", "آخرون", "آخرَين", "أخرى"))


def _among_others(view: SentenceView, act: ActorMention) -> bool:
    """The actor is listed with "others" right after it ("X وقياديان آخران"، "X وثلاثة آخرون"): the people a
    passive killing or wounding counts, not its doer."""
    tokens = view.tokens[act.last + 1:act.last + 4]
    return bool(tokens) and tokens[0].norm.startswith("و") and any(t.norm in _OTHERS for t in tokens[1:])


_PLURAL_PRONOUNS = frozenset({"هم", "هما"})
_PEOPLE_CODES = ("LEG", "CVL", "MIL", "COP", "REB", "OPP", "INS")
_PEOPLE_REACH = 12


def _people_before(view: SentenceView, head: int) -> ActorMention | None:
    """The nearest people named before a noun with a plural pronoun ("نواب الكونجرس"، "المتظاهرين"): a group
    no knowledge-base entry names, which "هم" can refer to where a state or a person cannot."""
    for act in sorted((a for a in view.actors if head - _PEOPLE_REACH <= a.last < head), key=lambda a: -a.last):
        if any(t.kind == "punct" and t.text in {".", "؛"} for t in view.tokens[act.last + 1:head]):
            return None
        if act.actor.entity_id is None and (act.actor.actor_code or "").endswith(_PEOPLE_CODES):
            return act
    return None


def _armed_before(view: SentenceView, head: int, pronoun: str = "") -> ActorMention | None:
    """The armed body named last before a verbal noun of force carrying a pronoun, in the same sentence.
    A body the pronoun cannot stand for is passed over: ها is never men named by a plural in ـين or ـون
    ("طرق إمداد الحوثيين … بعد سيطرتها": the resistance's control, not the Houthis')."""
    dashes = [k for k in range(max(0, head - 3 * _ARMED_REACH), head) if view.tokens[k].text in DASHES]
    # an aside between two dashes takes no room ("جماعة الشباب -التي ترتبط بعلاقات مع تنظيم القاعدة- من هجماتها")
    aside = dashes[-1] - dashes[-2] + 1 if len(dashes) >= 2 and dashes[-1] - dashes[-2] <= _DASH_ASIDE else 0
    passed_over = False
    for act in sorted((a for a in view.actors if head - _ARMED_REACH - aside <= a.last < head), key=lambda a: -a.last):
        if any(d < act.first for d in dashes) and any(act.last < d for d in dashes):
            continue  # "جماعة الشباب -التي ترتبط بعلاقات مع تنظيم القاعدة- من هجماتها": an aside's actor
        if act.first > 0 and "ل" in act.prefix and word_forms(view.tokens[act.first - 1]) & AFFILIATION_WORDS:
            continue  # "تستخدم فيه مدرعات تابعة للجيش اليمني عملياتها": the army owns the vehicles only
        code = act.actor.actor_code or ""
        if not (act.type == "ORG" and code.endswith(_ARMED)):
            return None
        if pronoun == "ها" and act.first == act.last and _men_plural(view.tokens[act.first]):
            passed_over = True
            continue
        # "العصابات الحوثية وميليشيات المخلوع صالح استهدافها": a conjoined subject is named by its first part
        first = next((a for a in view.actors if a.last == act.first - 1 and a.type == "ORG"), None)
        joined = view.tokens[act.first].norm.startswith("و") and first is not None and \
            (first.actor.actor_code or "").endswith(_ARMED)
        if joined and pronoun == "ها" and first.first == first.last and _men_plural(view.tokens[first.first]):
            passed_over = True
            continue  # "الحوثيين والقوات الموالية لصالح … سيطرتها": two sides are not ها
        return first if joined else act
    if passed_over:  # "المقاومة قطعت طرق إمداد الحوثيين … بعد سيطرتها": the armed body ها agrees with, further back
        return next((a for a in sorted(view.actors, key=lambda a: -a.last) if a.last < head and not a.prefix
                     and a.type == "ORG" and (a.actor.actor_code or "").endswith(_ARMED)
                     and not (a.first == a.last and _men_plural(view.tokens[a.first]))), None)
    return None


_DASH_ASIDE = 15


def _men_plural(tok: Token) -> bool:
    """A definite sound masculine plural (الحوثيين، المسلحون، والمتمردين): men, whom هم names, never ها."""
    noun = next((f for f in word_forms(tok) if f.startswith("ال")), "")
    return len(noun) > 6 and noun.endswith(("ين", "ون"))


# Civilians and religious communities ("قتل الشيعة"): after a killing noun they are who it was done to.
_COMMUNITY_CODES = ("CVL", "MOS", "MOSSUN", "MOSSHI", "CHR", "JEW")
# Verbal nouns whose genitive civilians are the ones it is done to.
# Towns and villages as what an attack hit: a nationality on them ("على المدن السورية"، "القرى السورية") is that
# country's civilians. Not among the civilian objects of data/cues.yaml, whose other readings (the place after
# على is the civilians', not the town's) would take the named town out of the target.
_SETTLEMENTS = fold_words("مدن", "المدن", "قرى", "القرى", "بلدات", "البلدات", "أحياء", "الأحياء", "مخيمات", "المخيمات",
                          "مناطق", "المناطق")  # ("هجومهم على المناطق اليمنية": places people live in, not forces)
_DONE_TO = fold_words("قتل", "لقتل", "بقتل", "خطف", "لخطف", "اختطاف", "تهجير", "تعذيب", "اعتقال", "احتجاز", "إعدام",
                      "ذبح", "حرق", "استهداف", "قصف", "ترويع", "ترهيب", "هدم", "بهدم", "لهدم")
_ALONGSIDE = (fold_words("الى", "إلى"), fold_words("جانب", "جوار"))
_BESIDE = fold_words("بجانب", "بجوار", "وبجانب")


def _affiliated_subject(view: SentenceView, act: ActorMention) -> ActorMention | None:
    """"هاجم مسلحين تابعين لحزب كوملة ثكنة": unnamed gunmen affiliated to a named group are that group."""
    k = act.last + 1
    if act.actor.entity_id is not None or k + 1 >= len(view.tokens) or \
            not word_forms(view.tokens[k]) & AFFILIATION_WORDS:
        return None
    owner = view.actor_at(k + 1)
    return owner if owner is not None and owner.first == k + 1 and owner.type == "ORG" and \
        set(owner.prefix) & {"ل", "ب"} else None


def _place_of_arrest(trig: Trigger, tgt: ActorMention | Actor | None) -> bool:
    """"ألقت الشرطة القبض على شخص في جدة"، "… في مهرجان جدة": a town or country named after an arrest is
    where someone was held, never whom; the arrested are people (a nationality makes them a side)."""
    return trig.entry.code == _ARREST_CODE and place_mention(tgt)


def _fought_beside(view: SentenceView, trig: Trigger, act: ActorMention | Actor | None) -> bool:
    """"التي تقاتل إلى جوار الحوثيين": an ally fought beside ("إلى جانب"، "إلى جوار"، "بجانب") is no target of
    force; standing beside someone ("وقوف الإمارات إلى جانب المملكة") is solidarity with them."""
    if not isinstance(act, ActorMention) or trig.entry.code[:2] not in FORCE_ROOTS:
        return False
    k = act.first
    if k >= 1 and view.tokens[k - 1].norm in _BESIDE:
        return True
    return k >= 2 and view.tokens[k - 1].norm in _ALONGSIDE[1] and view.tokens[k - 2].norm in _ALONGSIDE[0]


_ARMED_REACH = 8
_ARMED = ("MIL", "REB", "INS")


def _same_international_body(src: Actor, tgt: Actor) -> bool:
    """"وقال المبعوث الدولي لليمن … إنه ناقش وجود مراقبين دوليين تحت مظلة الأمم المتحدة": an international body's
    official and the body itself are one side (a state's minister and its government may well be two)."""
    return bool(src.actor_code) and src.actor_code == tgt.actor_code and src.actor_code.startswith("IGO")


_OWN_TITLE_WORDS = 5  # "نائب الامين العام للامم المتحدة": the office words before the body


class Roles:
    """Assigns source and target to triggers; built once per coder, stateless across articles."""

    def __init__(self, lexicon: Lexicon, cues: Cues) -> None:
        self.lexicon = lexicon
        self.cues = cues

    def arguments(self, view: SentenceView, trig: Trigger, current: ActorMention | None,
                  opener: ActorMention | None, state: ArticleState) -> Arguments:
        """Source and target from the sentence shape (`_arguments`); an attack whose doer is unnamed
        (gunmen, a suicide bomber) is by the group the same sentence holds responsible for it ("…
        تفجير انتحاري استهدف مدينة سوروج …، وحملت الحكومة مسلحي التنظيم مسؤوليته")."""
        args = self._arguments(view, trig, current, opener, state)
        if trig.entry.code[:2] in FORCE_ROOTS and unnamed_doer(actor_of(args.source)) and \
                (blamed := claimed_doer(view, self.cues)) is not None and \
                key_of(blamed.actor) != key_of(actor_of(args.target)):
            args.source, args.explicit_source, args.implied_source = blamed, True, False
        if trig.kind == "noun" and trig.entry.code[:2] == _PROTEST and isinstance(args.source, ActorMention) and \
                args.source.type in {"GPE", "LOC"} and _seen_by_places(view, args.source.first):
            # "وتشهد بغداد مظاهرات احتجاجا على تردي الخدمات": the town that sees protests is where they are,
            # its people protest (the government of Baghdad did not)
            args.source = implied(view, trig.entry.default_source, state, trig)  # (named: the town's people)
        return args

    def _arguments(self, view: SentenceView, trig: Trigger, current: ActorMention | None,
                   opener: ActorMention | None, state: ArticleState) -> Arguments:
        """Source and target from the sentence shape, by the kind of word that matched. Whoever
        frames a report (a paper spoken to, a source quoted) takes no part in what it reports."""
        condemned = trig.kind == "verb" and self._condemned_object(view, trig)
        view = frame_view(view, trig)
        if trig.kind == "verb" and trig.head > 0 and (view.tokens[trig.head - 1].norm in _NOUN_BEFORE or
                                                      word_forms(view.tokens[trig.head - 1]) & _EXPECTED or
                                                      condemned or _claimed_act(view, trig.head)):
            trig = replace(trig, kind="noun")  # "قتلوا في قصف الطيران": no verb follows a preposition
        args = Arguments(code=trig.entry.code)
        if trig.kind == "verb" and describes_quoted(view, trig.head) or support_means(view, trig) or \
                so_called(view, trig) or protested_noun(view, trig):
            return args  # "«حربا على الإرهاب» تستهدف …"، "بدعم من الغارات": told before, not new acts
        if trig.kind == "verb" and trig.entry.subject_suffers:
            self._suffered(view, trig, args, state)
            return args
        if (invited := self._at_invitation(view, trig, current, state)) is not None:
            (args.source, args.target), args.explicit_source, args.explicit_target = invited, True, invited[1] is not None
            return args
        if _caller_after_min(view, trig) is not None:
            # "وبدعوة من المنظمات والمجلس الوطني الكردستاني، أحيا المتظاهرون": the call is the occasion of the
            # clause's act, told by its caller after من; no appeal of whoever the article named before (the
            # development gold codes none either)
            return args
        if trig.kind == "verb" and self._relative_clause(view, trig, args):
            self._fill_sides(view, trig, args, current, state)
            self._lost_ground(view, trig, args, state)
            if args.target is None and args.explicit_source and trig.entry.code[:2] in FORCE_ROOTS:
                # "قوات هادي التي تقاتل بأسلحة حديثة": fighting with nobody named fights its enemy; ground
                # described as held ("المبنى الذي سيطرت عليه المقاومة") was taken from a side its holder
                # attacked, not from one that attacked it ("المناطق التي سيطر عليها التنظيم" after the
                # coalition's strikes on the Islamic State)
                doer = actor_of(args.source)
                args.target = state.struck_by(doer) if trig.entry.code == CONTROL_CODE else state.opponent(doer)
                args.explicit_target = args.target is not None
            return args
        self._clause_roles(view, trig, args, current, state)
        if trig.kind == "verb" and (writer := self._message_writer(view, trig)) is not None:
            args.source, args.explicit_source, args.implied_source = writer, True, False
        sender = _sender_of_conveyed(view, trig) if trig.kind == "noun" else None
        if sender is not None:
            # "نقل الأمير فيصل تعازي ومواساة خادم الحرمين الشريفين لأسر الشهداء": the king's condolences, which
            # the governor only carried; they go to whom the ل or إلى after names
            args.source, args.explicit_source, args.implied_source = sender, True, False
            args.target = target_after(view, trig, sender.last, sender.key, False)[0]
            args.explicit_target = args.target is not None
        if trig.kind == "noun" and not args.explicit_source and trig.entry.code[:2] in DOER_ROOTS:
            resumer = _resumed_by(view, trig, self.cues)
            if resumer is not None and resumer.key != (args.target.key if isinstance(args.target, ActorMention) else None):
                args.source, args.explicit_source, args.implied_source = resumer, True, False
        # (a sentence whose hosting verb already told the hosting keeps its visit noun the guest's visit:
        # "استقبل السيسي أردوغان …، في مستهل زيارة رسمية")
        if trig.entry.visit and trig.kind == "noun" and not (
                trig.head > 0 and word_forms(view.tokens[trig.head - 1]) & _NOUN_BEFORE) and \
                hosting_subject(view, self.cues) is None:
            visit_roles(args, opener)  # "بعد زيارة كارتر لإسرائيل" is background: the visitor visits
        # "تلقى اتصالا من X"; "وجد في استقباله مسؤولون": the pronoun on a hosting noun is the guest
        hosted = trig.kind == "noun" and trig.enclitic in OBJECT_PRONOUNS and args.code == HOST_CODE \
            and not self._hosts_named(view, trig, args)
        received = trig.kind == "noun" and trig.last + 1 < len(view.tokens) and \
            view.tokens[trig.last + 1].norm in _RECEIVED_IT  # "خلال اتصال هاتفي تلقاه اليوم من الرئيس الإيراني"
        if trig.entry.received and trig.kind == "verb" and isinstance(args.target, ActorMention) and \
                not any(view.tokens[k].norm == _FROM for k in range(max(0, args.target.first - 3), args.target.first)):
            args.target = None  # "تلقى خلال الليل (بتوقيت فيينا) دعوة": only who it came from (من) sent it
        if args.target is not None and (trig.entry.received or hosted and args.explicit_target or received):
            args.source, args.target = args.target, args.source
        elif trig.entry.received and trig.kind == "verb":
            # "تلقى أمانو دعوة من اللجنة": a sender the text does not name as an actor; the receiver sent nothing
            args.source, args.target, args.explicit_source = None, args.source, False
        guest = args.source if trig.kind == "noun" and args.code == HOST_CODE and not trig.enclitic else None
        if isinstance(guest, ActorMention) and guest.type in {"PER", "ORG"} and \
                trig.last < guest.first <= trig.last + 1 + _GUEST_TITLE_WORDS and \
                all(t.kind == "word" and view.actor_at(k) is None and t.norm[:2] == "ال"
                    for k, t in enumerate(view.tokens[trig.last + 1:guest.first], trig.last + 1)):
            # "تطلعه إلى استقبال الرئيس السيسي في بكين"، "وكان في استقبال الرئيس أردوغان … الرئيس السيسي": the
            # genitive of a hosting noun is the guest; the host is the person named after it, else the clause's
            # subject before it
            other = isinstance(args.target, ActorMention) and args.target.type in {"PER", "ORG"} and \
                args.target.first > guest.last
            # (with a person or body after it, the genitive is the host and that one the guest, "خلال استقبال
            # الملك سلمان رئيس الوزراء الباكستاني", except in "كان في استقبال X … Y", Y there to receive X)
            waiting = trig.head > 1 and view.tokens[trig.head - 1].norm == "في" and \
                bool(word_forms(view.tokens[trig.head - 2]) & _WAS)
            before = current if isinstance(current, ActorMention) and current.last < trig.head and \
                current.key != guest.key else None
            host = args.target if other and waiting else before if not other and not waiting else None
            if host is None and waiting and not other:  # "لدى وصوله إلى بكين الرئيس الصيني": past the place
                host = next((a for a in view.actors if a.first > guest.last and a.type in {"PER", "ORG"}
                             and view.tokens[a.first - 1].kind == "word" and not a.prefix), None)
            if host is not None:
                args.source, args.target, args.explicit_source, args.explicit_target = host, guest, True, True
            elif not other and not _guest_named_after(view, guest):
                # the guest hosts nobody: without a host named no hosting is coded (the coder keeps the guest
                # as who a visit told next is by)
                args.source, args.target, args.explicit_source, args.explicit_target = None, guest, False, True
        return args

    def _clause_roles(self, view: SentenceView, trig: Trigger, args: Arguments, current: ActorMention | None,
                      state: ArticleState) -> None:
        """Source and target of a trigger outside a relative clause: the subject and object shapes,
        then the sides the sentence or the article imply."""
        src, partner, destination = self._explicit_source(view, trig, state, args)
        before = src is None or isinstance(src, ActorMention) and src.last < trig.head
        victims = victims_subject(view, trig) if before else None
        if victims is not None:  # "170 مدنيا قتلوا جراء غارات التحالف": the dead are the target
            src, partner = cause_doer(view, trig.last, state.doers, self.lexicon, self.cues), None
        if src is not None:
            args.source, args.explicit_source = src, True
        start, partner = self._target_start(view, trig, src, partner)
        if trig.entry.patient and destination is not None and trig.kind == "noun":
            victims = victims or destination  # "استهداف المسلحين الحوثيين": the genitive is who is hit
        tgt = victims or shot_victim(view, trig) or self._pronoun_target(view, trig, state) or \
            _praised_owner(view, trig, src) or self._welcomed_guest(view, trig, state, src) or \
            self._target(view, trig, src, partner, start) or destination or \
            (exposed_victim(view, trig) or survivor(view, trig) if trig.kind == "noun" and trig.entry.code[:2] in FORCE_ROOTS
             else None) or \
            self._fallback_target(view, trig, start, state, src)
        by_hand = _by_hand(view, trig.last) if trig.entry.code[:2] in FORCE_ROOTS else None
        if by_hand is None and trig.entry.id == _KILL_ENTRY and trig.kind == "verb" and \
                isinstance(src, ActorMention) and src.first > trig.head:
            # "وقتل جندي إسرائيلي برصاص فلسطيني": a passive killing, the fire's owner after it killed
            fire = src.last + 1
            by_hand = _by_fire(view, src.last) or (
                nisba_actor(view, fire + 1, "MIL") if fire + 1 < len(view.tokens) and fire + 1 in view.nisbas and
                word_forms(view.tokens[fire]) & _BY_FIRE else None)
        if by_hand is not None:  # "أبو عقيل السالمي قتل أمس، على يد عناصر المقاومة": the doer, never the target
            killed = src if src is not None and key_of(actor_of(src)) != key_of(by_hand.actor) else None
            if killed is None:  # "مقتل طفل فلسطيني على أيدي مستوطنين": the nationality of the killed
                nisba = next((p for p in range(trig.last + 1, by_hand.first) if p in view.nisbas), None)
                killed = nisba_actor(view, nisba, "CVL") if nisba is not None else None
            src, args.source, args.explicit_source = by_hand, by_hand, True
            if tgt is None or key_of(actor_of(tgt)) == key_of(by_hand.actor) or \
                    (isinstance(tgt, ActorMention) and tgt.first > by_hand.first):
                tgt = killed  # "قتل الجنود الأمريكيون على يد داعش": the passive's subject was killed (and
                # "من قبل سكان قرية كانجيا": the doers' village is theirs, not the victim)
        if trig.entry.code[:2] in FORCE_ROOTS and place_mention(tgt) and \
                (hit := cause_victims(view, trig.head) or result_victims(view, trig)) is not None:
            # "مقتل 12 سوريا في قصف … مناطق في قرية"، "غارة جوية … فوق سورية أدت … إلى مقتل الفضلي": the dead
            # were hit, the place is where
            tgt = hit
        before_clash = tgt is None or isinstance(tgt, ActorMention) and tgt.last < trig.head
        if src is None and before_clash and (side := clash_side(view, trig)) is not None:
            # "لقي 13 عنصرا من الحوثيين مصرعهم في اشتباكات": the fallen fought on one side (the nearest
            # name before is no target: "13 عنصرا من الحوثيين وقوات صالح قتلوا في اشتباكات")
            tgt, src = side, implied(view, "UAF", state, trig)  # the other side is not named
            args.source, args.explicit_source = src, src is not None
        if _fought_beside(view, trig, tgt):
            tgt = None
        if _place_of_arrest(trig, tgt):
            tgt = None
        if tgt is not None and src is not None and (key_of(actor_of(tgt)) == key_of(actor_of(src)) or
                                                    _same_international_body(actor_of(src), actor_of(tgt))):
            tgt = None  # a doer named again ("… تلك الهجمات") is not its own target, nor is an envoy's own body
        if tgt is not None:
            args.target, args.explicit_target = tgt, True
            args.more_targets = more_targets(view, tgt, src if isinstance(src, ActorMention) else None)
        elif partner is not None and not trig.entry.symmetric and trig.entry.code[:2] >= _CONFLICT_ROOT:
            # "استخدمت روسيا والصين حق الفيتو": two doers of a hostile act, neither the other's target
            # (cooperation named with a partner, "سيواصلان التنسيق", goes on between the two)
            args.joint = True
        clash = trig.entry.code[:2] in FORCE_ROOTS and trig.kind == "noun" and not trig.enclitic and \
            (sides_between(view, trig.last) or between_both(view, trig.last, self.cues))
        if (trig.entry.symmetric or clash) and (args.source is None or tgt is None):
            self._symmetric(view, trig, args, state)
        if args.source is None and args.target is None and (side := fighting_subject(view, trig, current)) is not None:
            other = state.other_side(side.actor)  # "أحرزت المقاومة تقدما في المواجهات": a side of them
            if other is not None:
                args.source, args.target, args.explicit_source, args.explicit_target = side, other, True, True
        self._fill_sides(view, trig, args, current, state)
        self._lost_ground(view, trig, args, state)
        if args.target is None and args.explicit_source:
            self._target_elsewhere(view, trig, args, current, state)

    def _killing_word(self, view: SentenceView, pos: int) -> bool:
        """The word at `pos` is a killing (قتل، مقتل، اغتيال): what follows it in the genitive was killed."""
        return any(t.entry.patient or t.entry.code == "190" and t.entry.object and t.entry.default_source
                   for t in self.lexicon.match(view.tokens[pos:pos + 1]))

    def _condemned_object(self, view: SentenceView, trig: Trigger) -> bool:
        """"وأدان الوزير قتل رجال الأمن": a killing verb's form right after the subject of a verb of
        condemning or rejecting is that verb's object, the verbal noun."""
        if trig.entry.code[:2] not in FORCE_ROOTS:
            return False
        subject = next((a for a in view.actors if a.last == trig.head - 1), None)
        if subject is None or subject.first == 0:
            return False
        return any(t.kind == "verb" and t.entry.code[:2] in REACTION_ROOTS
                   for t in self.lexicon.match(view.tokens[subject.first - 1:subject.first]))

    def _suffered(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """"ولقي جنديان عراقيان مصرعهما بنيران مسلحين": the verb's subject (inside the pattern's gap, or
        before the verb) was killed; the doer is whose fire or hand it was, else the entry's unnamed doer
        of the place. A subject no actor names ("لقي مدرس وزوجته مصرعهما") is the place's civilians."""
        inside = range(trig.head + 1, trig.words[1]) if has_gap(trig) else range(0)
        victim = next((a for a in view.actors if a.first in inside and a.type != "GPE"), None)
        if victim is None and not inside:
            victim = subject_before(view, trig.head, self.cues)
        doer = _by_hand(view, trig.last) or _by_fire(view, trig.last) or self._clash_partner(view, trig.last)
        if doer is not None and victim is not None and key_of(doer.actor) == key_of(victim.actor):
            doer = None
        if doer is None and accident_told(view.tokens, self.cues):
            return  # "لقي 21 شخصا مصرعهم بعد ما اصطدم مركب": an accident is no attack
        if doer is None and not self._violence_after(view, trig):
            # "وأضافت أن 12 حوثيا سقطوا قتلى أمس" after a clash: the side they were fighting; a death told
            # alone, with no fight before it, is no attack
            doer = state.opponent(actor_of(victim)) if victim is not None else None
            if doer is None:
                return
        args.target = victim or implied(view, "CVL", state, trig)
        args.explicit_target = args.target is not None
        if doer is not None:
            args.source, args.explicit_source = doer, True
        else:
            args.source = implied(view, trig.entry.default_source, state, trig)
            args.explicit_source = args.implied_source = args.source is not None

    def _clash_partner(self, view: SentenceView, last: int) -> ActorMention | None:
        """"لقي 4 من القيادات الحوثية مصرعهم، أمس، في مواجهات مع المقاومة الشعبية": the side they clashed
        with, named after مع right after a clash noun a few words after the death."""
        for k in range(last + 1, min(len(view.tokens) - 2, last + _BY_HAND_REACH)):
            tok = view.tokens[k]
            if tok.kind == "punct" and tok.text not in {"،", ","}:
                return None
            if {f.lstrip("وفب").removeprefix("ال") for f in word_forms(tok)} & self.cues.clash_nouns and \
                    view.tokens[k + 1].norm == "مع":
                found = view.actor_at(k + 2)
                return found if found is not None and found.first == k + 2 and not found.prefix else None
        return None

    def _violence_after(self, view: SentenceView, trig: Trigger) -> bool:
        """A violent act (an attack, a strike, a shooting) told after the trigger in the same sentence, or
        the fire that killed ("بنيران"، "برصاص") even with no doer named."""
        rest = view.tokens[trig.last + 1:]
        if any(word_forms(t) & _BY_FIRE for t in rest):
            return True
        return any(t.entry.code[:2] in FORCE_ROOTS and t.entry.id != trig.entry.id for t in self.lexicon.match(rest))

    def _target_elsewhere(self, view: SentenceView, trig: Trigger, args: Arguments, current: ActorMention | None,
                          state: ArticleState) -> None:
        """A target the clause leaves to another: the one who said what is denied ("وهو ما تنفيه أنقرة"),
        "the two sides" of the article's last fight or exchange, the subject of a clause an act is
        circumstantial to ("حل أردوغان ضيفا بدعوة من أمير قطر"), the one something sent is said to
        reach, the addressee of a demand developed over sentences."""
        said = claim_speaker(view, trig, self.cues) or self._circumstance_holder(view, trig, current)
        pair = (state.fights[-1] if state.fights else state.pair) if trig.entry.code[:2] < "14" and \
            both_sides_object(view, trig, args.source, self.cues) else None
        source_key = key_of(actor_of(args.source))
        if said is not None and key_of(said.actor) != source_key:
            args.target = said
        elif pair is not None:
            args.target = pair[1] if key_of(pair[0]) == source_key else pair[0]
        elif trig.entry.code[:2] in _GIVING_ROOTS:
            args.target = arrival_recipient(view, trig.last)  # "… التي أرسلتها X «وصل بعضها إلى Y»"
        elif trig.entry.code[:2] in APPEAL_ROOTS:
            args.target = state.addressee(actor_of(args.source))
            return  # not stated, only kept from the last appeal
        args.explicit_target = args.target is not None

    @staticmethod
    def _welcomed_guest(view: SentenceView, trig: Trigger, state: ArticleState,
                        src: ActorMention | Actor | None) -> Actor | None:
        """"رحب وزير الخارجية التركي بالزيارة": praise of the visit told before is praise of its visitor."""
        if trig.entry.code[:2] != _PRAISE_ROOT or state.guest is None or key_of(state.guest) == key_of(actor_of(src)):
            return None
        told = any(view.tokens[k].norm in _TOLD_VISIT for k in (trig.last, trig.last + 1) if k < len(view.tokens))
        return state.guest if told else None  # the pattern may end on it ("رحب ~ ب") or stop before it

    def _at_invitation(self, view: SentenceView, trig: Trigger, current: ActorMention | None,
                       state: ArticleState) -> tuple[ActorMention, ActorMention | None] | None:
        """"سيزور السيسي موسكو قريبا بدعوة رسمية من الرئيس بوتين": the one after من invited; the invited is
        whoever the clause's act is by (the doer named before the invitation, else the clause's subject)."""
        head = view.tokens[trig.head]
        if trig.kind != "noun" or trig.entry.code != INVITE_CODE or not head.norm.startswith(("بدعو", "وبدعو")) or \
                not any(t.entry.visit or t.entry.code[:2] == "04" for t in self.lexicon.match(view.tokens)):
            return None  # (only a visit or a meeting is an invitation's: "وبدعوة من المنظمات أحيا المتظاهرون")
        after = trig.last + 2 if trig.last + 2 < len(view.tokens) and view.tokens[trig.last + 1].norm in _MANNER_ADJECTIVES \
            else trig.last + 1
        inviter = next((a for a in view.actors if after < a.first <= after + _TITLE_WORDS), None) \
            if after < len(view.tokens) and view.tokens[after].norm == _FROM else None  # past a title: "من الرئيس بوتين"
        if inviter is None:
            return None
        earlier = [a for p, a in state.sentence_sources if p < trig.head and a.key != inviter.key]
        guest = earlier[-1] if earlier else current if isinstance(current, ActorMention) and not current.reporter \
            and not current.media and current.key != inviter.key else None
        return inviter, guest

    @staticmethod
    def _circumstance_holder(view: SentenceView, trig: Trigger, current: ActorMention | None) -> ActorMention | None:
        """"بدعوة من أمير قطر"، "بطلب من الحكومة": a verbal noun with ب and its doer after من is the
        circumstance of the clause; what it asks or offers is addressed to the clause's subject."""
        head = view.tokens[trig.head]
        after = trig.last + 2 if trig.last + 2 < len(view.tokens) and view.tokens[trig.last + 1].norm in _MANNER_ADJECTIVES \
            else trig.last + 1  # "بدعوة رسمية من الرئيس بوتين"
        if trig.kind != "noun" or not head.norm.startswith(("ب", "وب")) or after >= len(view.tokens) or \
                view.tokens[after].norm != "من" or not isinstance(current, ActorMention) or \
                current.reporter or current.media or view.actor_at(current.first) is not current:
            return None
        return current

    def _target_start(self, view: SentenceView, trig: Trigger, src: ActorMention | Actor | None,
                      partner: ActorMention | None) -> tuple[int, ActorMention | None]:
        """Where the target search starts: after the trigger, or after a subject (and its conjunct and
        apposition) written after it; the conjunct is the other side unless both are one doer."""
        start = trig.last
        if not isinstance(src, ActorMention):
            return start, partner
        if src.first > trig.head:
            gapped = has_gap(trig) and not title_gap(view, trig) and not any(
                word_forms(t) & RELATIVES for t in view.tokens[src.last + 1:trig.words[1]])
            # (a relative clause on the subject inside the gap is no place for the object: "أطلق التحالف
            # الذي تقوده السعودية حملة عسكرية ضد الحوثيين")
            start = min(src.last, trig.last) if gapped else max(src.last, trig.last)
            partner = partner or conjunct_after(view, src)
            if partner is not None and partner.first > start:
                start = partner.last
            if after_agent_verb(view, src, self.cues):
                partner = None  # "الهجوم الذي يشنه الجيش السوري وحزب الله": doers named together are one side
        if src.first > trig.head and start == src.last and start + 1 < len(view.tokens) and \
                view.tokens[start + 1].text in CLOSING_QUOTES and src.first > 0 and \
                view.tokens[src.first - 1].text in OPENING_QUOTES:
            start += 1  # "اتهمت حركة «حماس» إسرائيل": past the mark that closes the subject's quoted name
        while (same := view.actor_at(start + 1)) is not None and same.key == src.key:
            start = same.last  # "رئيس المجلس زبير ايدار «…»": past the subject's apposition
        if src.type == "PER" and src.first > trig.head:
            start = past_post(view, start, src)
            start = _name_after_title(view, start, self.cues)
            start = self._past_own_title(view, start, src)
        if src.first > trig.head and src.last >= start:
            start = object_after_relative(view, src)  # "يلتقي كارتر الذي يقوم بجولة …، رئيس الوزراء"
        return start, partner

    def _past_own_title(self, view: SentenceView, start: int, src: ActorMention) -> int:
        """"حذّر ستيفن اوبراين نائب الامين العام للامم المتحدة للشؤون الانسانية من …": an office title right after
        the subject's name, up to the body it serves (written with ل, or its genitive), is his, not the object."""
        k = start + 1
        if k >= len(view.tokens) or view.covered(k) or \
                not {f.removeprefix("ال") for f in word_forms(view.tokens[k])} & self.cues.office_heads:
            return start
        for j in range(k + 1, min(len(view.tokens), k + _OWN_TITLE_WORDS)):
            tok = view.tokens[j]
            if tok.kind == "punct":
                return start
            body = view.actor_at(j)
            if body is not None:
                serves = body.first == j and body.type in {"ORG", "GPE"} and body.key != src.key and (
                    body.actor.country_iso3 == src.actor.country_iso3 or
                    (body.actor.actor_code or "")[:3] == (src.actor.actor_code or "")[:3])
                return body.last if serves else start
        return start

    def _target(self, view: SentenceView, trig: Trigger, src: ActorMention | Actor | None,
                partner: ActorMention | None, start: int) -> ActorMention | None:
        """The target the clause states: after a cue or as the object, the genitive of a one-piece
        predicate, a nationality after a cue, else the other conjunct of a symmetric subject."""
        exclude = src.key if isinstance(src, ActorMention) else None
        own = _own_people(view, start, src)
        if own is not None:
            return own  # "دعت وزارة الخارجية البريطانية رعاياها إلى مغادرة اليمن": its own nationals
        if trig.entry.code[:2] in REACTION_ROOTS and (hand := _by_hand(view, start, _CONDEMNED_HAND_REACH)) is not None and \
                hand.key != exclude:
            return hand  # "دان الجبير جريمة حرق الرضيع … على يد مستوطنين إسرائيليين": the doers are condemned
        if trig.entry.code[:2] in REACTION_ROOTS:
            act_pos = self._condemned_act(view, start)
            if act_pos is not None and act_pos + 1 in view.nisbas:
                # "إدانة المملكة للاعتداءات الإسرائيلية على الأراضي السورية": Israel's forces
                return nisba_actor(view, act_pos + 1, "MIL")
            if self._condemned_victims(view, act_pos):
                return None  # "استنكارها لاختطاف أربعة إيطاليين"، "أدان قتل رجال الأمن"، "تفجير القنصلية": the victims; the doer
                # is found elsewhere
        if _unknown_gap_object(view, trig, src) or _unknown_after_pattern(view, trig):
            return None  # "وجه القضاء إلى كيم كي جونغ تهمة الشروع بالقتل … في سيول": someone the KB lacks
        tgt = gap_object(view, trig, src)  # "محملا ميليشيات الحوثي مسؤولية": the object inside the pattern
        if tgt is None and trig.last > trig.head and view.tokens[trig.last].end > trig.end and trig.entry.code[:2] < "14" and \
                (joined := view.actor_at(trig.last)) is not None and joined.first == trig.last and joined.key != exclude:
            tgt = joined  # "أكد … دعم بلاده للعراق": the pattern ends on the ل written onto its object
        spill = next((a for a in view.actors if a.first <= trig.last < a.last), None) if has_gap(trig) else None
        if tgt is None and spill is not None and spill.first > trig.head and spill.key != exclude:
            tgt = spill  # "استدعت الوزارة، اليوم، القائم بالأعمال البريطاني": the pattern ends inside its object
        tgt = tgt or target_after(view, trig, start, exclude, trig.entry.object or trig.kind == "noun")[0]
        if tgt is None and has_gap(trig) and trig.last - start > _LONG_SUBJECT_TAIL:
            # "تلقى خادم الحرمين الشريفين الملك سلمان … اتصالا هاتفيا اليوم من الرئيس هولاند": a long
            # protocol subject ends far inside the pattern; a cue after the pattern names the other side
            found, how = target_after(view, trig, trig.last, exclude, False)
            tgt = found if how == "cue" else None
        tgt = tgt or pattern_genitive(view, trig, exclude) or described_object(view, trig, exclude)
        cued = cue_nisba(view, trig, start)
        if cued is not None and (tgt is None or cued < tgt.first):
            # ("على المدن السورية": a nationality on people's places is that country's civilians too)
            people = trig.entry.code[:2] in (*FORCE_ROOTS, _COERCE) and \
                (_people_plural(view.tokens[cued]) or bool(word_forms(view.tokens[cued - 1]) & _SETTLEMENTS))
            tgt = nisba_actor(view, cued, "CVL" if people else "MIL" if trig.entry.code[:2] in FORCE_ROOTS else "GOV")
        if tgt is None and partner is not None and not self._one_sided(view, trig) and \
                (trig.entry.symmetric or both_sides_word(view.tokens[trig.head], self.cues)):
            tgt = partner
        return tgt or destination_before(view, trig, exclude)

    def _one_sided(self, view: SentenceView, trig: Trigger) -> bool:
        """An attack or a shelling under a two-sided entry: its conjoined doers ("قصف الحوثيين وقوات صالح
        لمبنى الاتصالات") struck together; only a clash ("اشتباكات الجيش والحوثيين") is between the two."""
        return trig.entry.code[:2] in FORCE_ROOTS and \
            not word_forms(view.tokens[trig.head]) & (self.cues.clash_nouns | self.cues.clash_verbs)

    def _relative_clause(self, view: SentenceView, trig: Trigger, args: Arguments) -> bool:
        """A verb right after الذي/التي: with a pronoun object ("داعش الذي تقاتله طهران") the actor
        after it is the doer and the noun before is the target; without one ("القوات التي تقاتل"،
        "التنظيم الذي يسيطر على …") the noun before is the doer, and when that noun is no actor nobody
        else is. Returns False when the verb is not in a relative clause."""
        rel = relative_before(view, trig.head)
        if rel is None and not _indefinite_relative(view, trig):
            return False
        # past a comma only visits, meetings and statements (01–05), seldom told in the passive
        ante = antecedent(view, rel, comma=trig.entry.code[:2] <= "05") if rel is not None else None
        after = view.tokens[trig.head + 1:trig.last + 2]
        head = view.tokens[trig.head]
        if trig.enclitic in OBJECT_PRONOUNS or any(t.norm in RESUMPTIVE_PREPS for t in after) or \
                present_to_past(head) & self.cues.agent_verbs or \
                head.norm.endswith(("ها", "هم", "هما")) and not word_forms(head) & _STEMS_IN_HM:
            src = subject_after(view, trig.head, self.cues, SUBJECT_WINDOW)
            if src is None:
                args.blocked = True
                return True
            if trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and not may_be_subject(view, trig, src):
                # "أسوأ مذبحة … التي قتل فيها آلاف المسلمين": a killing told in the passive, its dead after it
                doer = _by_hand(view, trig.last) or _by_fire(view, trig.last)
                args.source, args.explicit_source = doer, doer is not None
                args.target, args.explicit_target = src, True
                return True
            args.source, args.explicit_source = src, True
            end = max(src.last, trig.last)
            partner = conjunct_after(view, src)
            end = partner.last if partner is not None and partner.first > end else end
            tgt = ante or target_after(view, trig, end, src.key, trig.entry.object)[0]
        elif ante is not None and trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and \
                _passive_after(view, trig):
            # "قائد قوات الدفاع الوطني الذي قتل في مارس 2014 في المعارك": a killing verb with no object, a
            # preposition or a time right after it, is the passive: the noun before was killed
            doer = _by_hand(view, trig.last) or _by_fire(view, trig.last)
            args.source, args.explicit_source = doer, doer is not None
            tgt = ante
        else:
            args.blocked = ante is None
            if ante is not None:
                args.source, args.explicit_source = ante, True
            # "إيران التي تزود الأسد بدعم عسكري": a predicate in two parts holds its object in the gap
            tgt = (gap_object(view, trig, ante) if ante is not None else None) or \
                target_after(view, trig, trig.last, ante.key if ante else None, trig.entry.object)[0]
        if _fought_beside(view, trig, tgt):
            tgt = None
        if _place_of_arrest(trig, tgt):
            tgt = None
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
        # (an attack noun followed by another is not a reaction to it: "ردّ الحوثيون على هجمات المقاومة
        # بقصف أحياء": the shelling is the Houthis' answer, not what the resistance's attacks answered)
        attack_noun = root in FORCE_ROOTS and trig.kind == "noun"
        if root in REACTION_ROOTS or root in FORCE_ROOTS and not attack_noun or root == "14":
            # "صدت المقاومة هذا الهجوم": an attack pointed back at inside the trigger itself
            back = any(word_forms(view.tokens[k]) & DEMONSTRATIVES for k in range(trig.head, trig.last + 1))
            # (past the pattern's own words after a verb of launching: the strikes of "شنت طائرات التحالف سلسلة
            # غارات" are this act, not one told before that it answers; "أحرزت المقاومة تقدما في المواجهات"
            # does refer to the fight told before)
            launched = bool(word_forms(view.tokens[trig.head]) & _LAUNCH_VERBS)
            found = reacted_to(view, trig.head if back else max(start, trig.last) if launched else start, state.doers,
                               self.lexicon, self.cues,
                               8 if root == "14" else 4, root != "14", incident=trig.entry.code[:3] == _DENOUNCE)
            if found is not None:
                return found
        if root in REACTION_ROOTS and self._condemned_victims(view, self._condemned_act(view, start)):
            return None  # "استنكرت الإمارات الاعتداء على السفارة السعودية": the embassy's nisba is the victim's
        vso_subject = trig.kind == "verb" and src is None and start == trig.last and \
            clause_initial(view, trig.head)
        if (trig.entry.object or root in DOER_ROOTS) and not vso_subject:
            # after a subject inside the pattern's gap the search goes on past the pattern's end
            # ("استخدمت روسيا والصين حق الفيتو ضد مشروع قرار بريطاني")
            end = max(start, trig.last) + 5 if has_gap(trig) and start < trig.last else start + 5
            for j in range(start + 1, min(len(view.tokens), end)):
                if view.tokens[j].kind == "punct" or (j == trig.last + 1 and j in view.nisbas and
                                                      genitive_patient(view, trig)):
                    break  # "مقتل الفلسطيني": the adjective right after is who died, no armed force hit
                if self._coordinated_noun(view, trig, j):
                    break  # "استنكاراً وطنياً وموقفاً بحرينياً": the adjective after is the other noun's
                if j in view.nisbas and (place := view.covering(j - 1)) is not None and place.type in {"GPE", "LOC"}:
                    continue  # "ثمنت المقاومة الشعبية في محافظة إب اليمنية، جهود …": the place's country
                if j in view.nisbas:
                    civilian = (any(word_forms(view.tokens[k]) & (self.cues.civilian_objects | _SETTLEMENTS)
                                    for k in (j - 1, j - 2) if k > trig.last)
                                and not word_forms(view.tokens[j - 1]) & _MILITARY_ADJECTIVES) \
                        or (j == trig.last + 1 and held_people(view.tokens[trig.last])) \
                        or (j == trig.last + 2 and held_people(view.tokens[j - 1])) \
                        or (j - 1 > trig.last and word_forms(view.tokens[j - 1]) & self.cues.counted_people)
                    # "تعذيب السجناء السعوديين"، "مقتل طالب سعودي": held people and people by trade are civilians
                    # ("قافلة عسكرية تركية": a military convoy is the army's, not civilian property)
                    if (j == trig.last + 1 or view.covered(j - 1)) and root in (*FORCE_ROOTS, _COERCE) \
                            and _people_plural(view.tokens[j]):
                        # "تلقي القبض على سعوديين"، "اعتقلت الشرطة التركية سوريين": a plural nationality
                        # standing alone (right after the act or its doer, no noun it describes) is its people
                        return nisba_actor(view, j, "CVL")
                    # an indefinite nationality on a noun that names no state body is a person of that
                    # country ("وجهت الاتهام لممثل هزلي بريطاني": a comedian, not Britain's government)
                    # (only for words and other acts: a protest's addressee is a state, and force hits the
                    # soldiers and civilians read above, "قتل جندي تركي")
                    person = j - 1 > trig.last and root not in (*FORCE_ROOTS, "14") and not view.tokens[j].article and \
                        not view.tokens[j].norm.startswith("ال") and view.actor_at(j - 1) is None and \
                        match_word(view.tokens[j - 1], self.cues.actor_nouns) is None
                    return nisba_actor(view, j, "CVL" if civilian and root in FORCE_ROOTS or person else agent)
        # "في قصف شنه الحوثيون [وميليشيات صالح] على أحياء سكنية": the property after the attack's own على
        first = next((k + 1 for k in range(start + 1, min(len(view.tokens), start + 1 + _AGAINST_REACH))
                      if view.tokens[k].norm in AGAINST_WORDS), start + 1)
        if any(t.kind == "punct" for t in view.tokens[start + 1:first]):
            first = start + 1
        if (root in FORCE_ROOTS or trig.entry.code == _RIOT) and any(
                _accusative_free(word_forms(view.tokens[k])) & self.cues.civilian_objects
                and not (k + 1 < len(view.tokens) and word_forms(view.tokens[k + 1]) & _MILITARY_ADJECTIVES)
                for k in range(first, min(len(view.tokens), first + 2))):
            # "هاجم انتحاري مسجدا في أبها": civilian property hit, its owners the place's civilians
            return place_civilians(view, state, trig)
        if root in FORCE_ROOTS or trig.entry.code[:3] == "087":  # 087: a force pulling back
            return cause_victims(view, trig.head) or result_victims(view, trig) or victims_before(view, trig.head, actor_of(src)) or \
                (state.opponent(actor_of(src)) if src is not None else None)
        return None

    def _coordinated_noun(self, view: SentenceView, trig: Trigger, j: int) -> bool:
        """Whether token j, past the trigger, opens a second noun joined by و that no actor, nationality or
        predicate covers: what follows it qualifies that noun, not the trigger."""
        tok = view.tokens[j]
        return j > trig.last + 1 and tok.kind == "word" and tok.norm[:1] == "و" and len(tok.norm) > 4 \
            and j not in view.nisbas and view.actor_at(j) is None and not self.lexicon.match([tok])

    def _condemned_victims(self, view: SentenceView, act_pos: int | None) -> bool:
        """What follows the condemned act at `act_pos` is who or what it hit: civilians, anyone after a
        killing word, or premises (a count may stand between: "لاختطاف أربعة إيطاليين")."""
        if act_pos is None:
            return False
        after = next((a for p in (1, 2) if (a := view.actor_at(act_pos + p)) is not None), None)
        return after is not None and ((after.actor.actor_code or "").endswith("CVL") or self._killing_word(view, act_pos)
                                      or _premises(view.tokens[after.first]))

    def _condemned_act(self, view: SentenceView, start: int) -> int | None:
        """Where a violent act a reaction names stands right after it ("للاعتداءات الإسرائيلية"، "الغارات
        الروسية"، "لاختطاف أربعة إيطاليين"): a nationality adjective after it is the country whose forces are
        condemned, not the place the act hit; counted people after it are its victims, not the condemned."""
        for j in range(start + 1, min(len(view.tokens) - 1, start + 1 + _CONDEMNED_REACH)):
            tok = view.tokens[j]
            if tok.kind != "word":
                return None
            if {f.removeprefix("ال") for f in word_forms(tok)} & ASSAULT_WORDS:
                return j  # "استنكرت الإمارات الاعتداء على السفارة السعودية": too plain a word for an event
            if any(t.entry.code[:2] in FORCE_ROOTS and (t.kind == "noun" or t.entry.object and t.entry.default_source)
                   for t in self.lexicon.match([tok])):
                return j  # (a killing verb's form there is its verbal noun: "أدان الوزير قتل رجال الأمن")
        return None

    @staticmethod
    def _pronoun_target(view: SentenceView, trig: Trigger, state: ArticleState) -> ActorMention | Actor | None:
        """"استقبل السوداني فيدان، وبحث معه ملف المياه": مع carrying a pronoun right after the verb of an
        entry that takes it (معه، معها، معهم) is the object the sentence named last, else the guest or partner of the
        exchange told last ("التقى السيسي روبيو. وبحث معه …")."""
        if trig.kind != "verb" or trig.last + 1 >= len(view.tokens):
            return None
        nxt = view.tokens[trig.last + 1]
        if "مع" not in trig.entry.cues or nxt.norm not in {"مع" + p for p in _OBJECT_SUFFIXES}:
            return None  # عليها، له …: too many other readings ("إعادة فرض العقوبات عليها")
        if state.last_targets:
            return state.last_targets[0]
        return state.pair[1] if state.pair is not None else None

    @staticmethod
    def _one_of(item: ActorMention | Actor, pair: tuple[Actor, Actor]) -> bool:
        return any(key_of(actor_of(item)) == key_of(actor_of(side)) for side in pair)

    @staticmethod
    def _topic_target(view: SentenceView, target: ActorMention | Actor | None) -> bool:
        """No target, a place inside what was discussed ("الأوضاع في سوريا") or a body owning what was
        agreed on ("اتفقا على عقد الدورة المقبلة للجنة العليا المشتركة"), not a side."""
        if target is None:
            return True
        if isinstance(target, ActorMention) and target.type == "ORG" and "ل" in target.prefix:
            return True
        return isinstance(target, ActorMention) and target.type in {"GPE", "LOC"} and target.first > 0 \
            and view.tokens[target.first - 1].norm == "في"

    def _fill_sides(self, view: SentenceView, trig: Trigger, args: Arguments,
                    current: ActorMention | None, state: ArticleState) -> None:
        """Sides the text leaves unsaid: both sides named earlier (الجانبان، يبحثان، لقائهما), the
        doer an entry implies (the police arrest), else the clause subject."""
        head = view.tokens[trig.head]
        nxt = view.tokens[trig.head + 1] if trig.head + 1 < len(view.tokens) else None
        if trig.kind == "verb" and not (nxt is not None and word_forms(nxt) & self.cues.both_sides):
            nxt = word_before(view, trig.head)  # "وكان الجانبان قد اتفقا": the two sides before the verb
        named = nxt is not None and trig.kind == "verb" and bool(word_forms(nxt) & self.cues.both_sides)
        if trig.kind == "noun" and trig.head > 1 and not trig.enclitic and \
                word_forms(view.tokens[trig.head - 1]) & self.cues.both_sides and \
                word_forms(view.tokens[trig.head - 2]) & _WITNESSING:
            nxt, named = view.tokens[trig.head - 1], True  # "وشهد الرئيسان توقيع 12 مذكرة تفاهم": the two sign
        # (on a verb opening its clause the pronoun is its object, "، دعاهما": not the two as doers; after a
        # verb, "وأكدا رفضهما", the word is the verbal noun and the pronoun its doers)
        opening_verb = trig.kind == "verb" and clause_initial(view, trig.head)
        # (a participle in -يا is singular, "وداعيا القوى السياسية": not the dual of التقيا)
        both = both_sides_word(head, self.cues) and not (trig.kind == "participle" and head.norm.endswith("يا")) or \
            trig.enclitic == "هما" and not opening_verb or named
        role = next((self.cues.both_sides_roles[f] for f in word_forms(nxt) if f in self.cues.both_sides_roles),
                    None) if named and nxt is not None else None
        pair = state.pair_holding(role) if role else (state.sentence_pair or state.pair)
        # (an attack with an unnamed default doer told in the dual, "فتاتين كانتا تتسولان، فجرتا نفسيهما", is by
        # two attackers, not by the two states the article named last)
        dual = trig.kind == "verb" and not named and dual_past(head) and not _dual_noun_before(view, trig.head) \
            and not (trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS)
        if dual and pair is not None and args.source is not None and self._one_of(args.source, pair) \
                and self._topic_target(view, args.target):
            # "أجرى أردوغان اتصالا مع نظيره الإيراني بحثا خلاله الأوضاع في سوريا": the two did it, the one
            # named last before the verb is only its nearest name, and a place in the topic is no side
            args.source = args.target = None
        both = both or dual
        if args.source is None and both and pair is not None:
            args.source, args.explicit_source = pair[0], True
            # Cooperation and talk go between the two; a rejection or a condemnation they voice
            # together ("وأكدا رفضهما لأي تدخل أجنبي") is aimed at a third party, not at each other.
            # Hosting or visiting together ("استضافتا"، "زارا") is done by both to someone else.
            if self._topic_target(view, args.target) and (trig.entry.code[:2] < "09" or trig.entry.symmetric) \
                    and trig.entry.code not in _JOINT_CODES:
                args.target, args.explicit_target = pair[1], True
            else:
                args.joint = True
        if args.target is None and trig.kind == "verb" and trig.enclitic in {"هما", "هم"} and state.last_targets \
                and not args.joint:
            args.target, args.explicit_target = state.last_targets[0], True
            args.more_targets = [t for t in state.last_targets[1:] if isinstance(t, ActorMention)]
        if args.source is None and self._joined_appeal(view, trig, current):
            args.source, args.explicit_source = current, True
        if args.source is None:
            # an attack whose doer the text leaves unnamed ("عملية انتحارية استهدفت …") is by an
            # unidentified armed force
            unnamed = "UAF" if args.unnamed_attack else None
            known = self._known_doer(view, trig, args, state)
            if self._claims_killing(view, trig, args, current):
                # "أعلنت المقاومة الشعبية مقتل 42 حوثيا": an armed side announcing its enemy's dead killed them
                args.source, args.explicit_source = current, True
                return self._fill_target(view, trig, args, state)
            if known is None and trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS:
                # "وقتل 17 مسلحا من الحوثيين في مواجهات مع قوات المقاومة": the side they fought killed them
                fell_to = clash_doer(view, trig.last, self.lexicon)
                if fell_to is not None and key_of(fell_to.actor) != key_of(actor_of(args.target)):
                    args.source, args.explicit_source = fell_to, True
                    return self._fill_target(view, trig, args, state)
            default = None if args.speakers_own and current is not None else \
                implied(view, trig.entry.default_source or unnamed, state, trig)
            if known is not None and default is not None:
                args.source, args.explicit_source = known, True  # the attack retold: the same doer
                return self._fill_target(view, trig, args, state)
            # "وتشهد مدينة مأرب مواجهات": a place that is the clause's subject is where, not who (a
            # dateline place opening the sentence still gives an unnamed doer its country)
            place = trig.entry.code[:2] in FORCE_ROOTS and isinstance(current, ActorMention) and \
                current.type in {"GPE", "LOC"} and current.first > 0 and view.actor_at(current.first) is current
            # "وقال مسؤول أمريكي إنه من المتوقع فتح القاعدة": a reporter tells a verbal noun, never does it
            announcer = trig.kind == "noun" and not trig.enclitic and isinstance(current, ActorMention) and \
                view.actor_at(current.first) is current and reported_by(view, current, self.cues)
            claimed = announcer and self._announces_step(view, current, trig)
            teller = announcer and not claimed
            # "في ملاحقة واستهداف المسلحين الحوثيين": the victim a patient noun names is not its doer
            victim = trig.entry.patient and args.target is not None and current is not None and \
                key_of(actor_of(args.target)) == key_of(actor_of(current))
            place = place and not claimed  # "أعلنت الولايات المتحدة فرض حصار": a state announcing its own step
            # "وأكد مصدر في وزارة الداخلية حصيلة التفجير. كما انفجرت سيارة": a source who told the toll
            # did not set off the next bomb
            teller = teller or (isinstance(current, ActorMention) and current.reporter and
                                trig.entry.code[:2] in FORCE_ROOTS) or self._said_by_person(view, trig, current)
            # the clause's subject found only after a gap that opens on its own subject is the object
            later = args.gap_subject and isinstance(current, ActorMention) and current.first > trig.words[1]
            # a plural verb with no subject named is no single person's or singular body's act
            unlike = trig.kind == "verb" and singular_for_plural(view, trig.head, current)
            # (nor is the one blamed: "وحمّل حكومة الاحتلال المسؤولية", its subject told before)
            aimed = current is not None and (blamed := lone_gap_object(view, trig)) is not None and \
                key_of(blamed.actor) == key_of(actor_of(current))
            # (nor is a name inside the clause the verb governs: "وطالبت بأن يجمل ولد الشيخ صورة المؤسسة")
            governed = isinstance(current, ActorMention) and current.first > trig.head and \
                any(a is current for a in view.actors) and any(word_forms(view.tokens[k]) & self.cues.complementisers for k in range(trig.head + 1, current.first))
            args.source = default or (None if args.blocked or place or teller or victim or later or unlike or aimed
                                      or governed else current)
            args.explicit_source = args.implied_source = default is not None
            if claimed and default is None and not args.blocked:
                args.explicit_source = True  # the announcer's own step or attack: named, not guessed
        self._fill_target(view, trig, args, state)

    def _said_by_person(self, view: SentenceView, trig: Trigger, current: ActorMention | Actor | None) -> bool:
        """"وقال المقدشي إن بوادر النصر بدأت …، حيث اقتحمت المقاومة …": a person whose words report a use
        of force (a complementiser between him and the act, or عن right before it) told it; the act's
        unnamed subject did it."""
        if trig.entry.code[:2] not in FORCE_ROOTS or not isinstance(current, ActorMention) or \
                not (current.type == "PER" or (current.actor.actor_code or "").endswith(("GOV", "JUD"))
                     or (current.actor.actor_code or "").startswith("NGO")) or \
                current.last >= trig.head:
            return False  # (a ministry that reports a bomb going off did not set it off either, nor a
            # rights group that reports executions: "ذكرت منظمة العفو الدولية أن … حيث أعدمت الدولة")
        first = min(trig.words or [trig.head])
        if trig.kind == "noun" and first > current.last + 1 and view.tokens[first - 1].norm == "عن" and \
                current.type == "PER":
            return True  # "يسأل الوزير المشنوق عن خطف المواطنين التشيكيين": asked about it, did not do it
        return any(word_forms(view.tokens[k]) & self.cues.complementisers for k in range(current.last + 1, trig.head))

    def _claims_killing(self, view: SentenceView, trig: Trigger, args: Arguments, current: ActorMention | None) -> bool:
        """An armed side right before a killing noun it announces ("أعلنت المقاومة الشعبية عن مقتل 42 حوثيا"),
        the dead being another side than its own."""
        if not (trig.kind == "noun" and trig.entry.patient and trig.entry.code[:2] in FORCE_ROOTS and
                not trig.enclitic and isinstance(current, ActorMention) and args.target is not None and
                view.actor_at(current.first) is current and reported_by(view, current, self.cues)):
            return False
        if key_of(actor_of(args.target)) == key_of(current.actor) or \
                same_side(actor_of(args.target), current.actor):
            return False
        return self._announces_step(view, current, trig) and not self._cause_follows(view, trig)

    def _cause_follows(self, view: SentenceView, trig: Trigger) -> bool:
        """"مقتل ثلاثة من عناصر داعش بضربة جوية نفذتها الطائرات العراقية": the killing is told with its own
        attack, whose doer the attack gives."""
        for k in range(trig.last + 1, min(len(view.tokens), trig.last + _CAUSE_REACH)):
            tok = view.tokens[k]
            if tok.kind == "punct" and tok.text not in {"،", ","}:
                return False
            if any(t.kind == "noun" and t.head == 0 and t.entry.code[:2] in FORCE_ROOTS and t.entry.code != trig.entry.code
                   for t in self.lexicon.match(view.tokens[k:k + 3])):  # "ضربة جوية" is a two-word noun
                return True
        return False

    def _fill_target(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """A bombing or an assault with nobody named as its target hits the civilians where it happens;
        a protest or a boycott addresses the entry's default addressee, also when the one named after its
        cue is whom the protested act was done to ("احتجاجات على عزل مرسي"، "احتجاجا على اعتقال الناشط
        علاء عبد الفتاح": the ouster and the arrest are the state's)."""
        if trig.entry.code[:2] == "14" and isinstance(args.target, ActorMention) and _suffered_act_before(view, args.target):
            args.target = None
        if args.target is None:
            if trig.entry.code[:2] == "18" and _fighters_hit(view, trig, args.source):
                return  # "خطفت جبهة النصرة ثمانية عناصر من «الفرقة 30»": fighters of a body no actor names
            agent = trig.entry.default_target or ("CVL" if trig.entry.code[:2] == "18" and not trig.enclitic else None)
            args.target = implied(view, agent, state)
            args.explicit_target = args.target is not None

    def _known_doer(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> Actor | None:
        """The stated doer of an attack of the same precise kind told earlier in the article, for an
        attack whose doer this sentence leaves unnamed (the entry's default agent, or an attack noun
        with no agent described by the verb)."""
        if trig.entry.code[:2] not in FORCE_ROOTS or trig.kind != "verb" or \
                not (trig.entry.default_source or args.unnamed_attack):
            return None  # a noun in a killing's cause phrase ("قتلوا جراء انفجار") tallies, it does not retell
        code = described_code(view, trig, self.lexicon) if args.unnamed_attack else None
        return state.doer_of(code or trig.entry.code)

    def _symmetric(self, view: SentenceView, trig: Trigger, args: Arguments, state: ArticleState) -> None:
        """"بين X و Y": both sides, or, when the text names the doer (a mediator), the first side
        that is not the doer as target; with no بين, a nominal event takes the sides named last."""
        pair: tuple[ActorMention | Actor, ActorMention | Actor] | None = between_pair(view, trig.last) or \
            (dual_office_pair(view, trig) if trig.kind == "noun" and not trig.enclitic else None)
        fight = state.fights[-1] if trig.entry.code[:2] in FORCE_ROOTS and state.fights else None
        if pair is None and between_both(view, trig.last, self.cues):  # "مواجهات بين الطرفين"
            pair = fight or state.sentence_pair or state.pair or _two_sides_before(view, trig.head)
        sides = pair
        if sides is None and trig.kind == "noun" and args.target is None and not trig.enclitic:
            # "وتشهد المدينة مواجهات مسلحة": clashes with no side named are the war the article tells; but a
            # noun governed by ب or ل is what an earlier act is about ("أشاد ترامب بجهود الوساطة القطرية"),
            # and that act's sides are not its own
            bare = args.source is None and bare_clash(view, trig, self.cues)
            at = trig.words[0] if trig.words else trig.head
            first = view.tokens[at]
            # governed: the ب/ل phrase follows its verb's subject right away ("أشاد ترامب بجهود"), unlike an
            # adverbial one further on ("التوصل إلى اتفاق … بوساطة روسية", whose sides are the pair's)
            governed = args.source is not None and trig.start > first.start and first.text[0] in {"ب", "ل"} \
                and any(a.last == at - 1 and a.first > 0 and view.tokens[a.first - 1].kind == "word"
                        for a in view.actors)
            # (so is the act in a role praised, "بدور مصر في جهود الوساطة": the role holder's act, not the pair's)
            governed = governed or _role_holder(view, trig) is not None
            sides = (None if governed or _own_participants(view, trig, self.cues) else state.sentence_pair) or \
                (fight if bare else None)
        if sides is None and fight is not None and args.source is None and isinstance(args.target, ActorMention) \
                and bare_clash(view, trig, self.cues):
            # "مواجهات مسلحة منذ زحف الحوثيين": one side named, the other is the side it fights, unless the
            # text names that side with words no actor covers ("معارك … بين قوات النظام والفصائل", after the
            # regime's barrel bombs on 12 Syrians, had those Syrians as the regime's foe in battle)
            other = None if _unnamed_other_side(view, args.target) else state.opponent(args.target.actor)
            args.source, args.explicit_source = other, other is not None
            return
        if sides is None:
            return
        if args.source is not None and args.explicit_source and args.target is None:
            doer = actor_of(args.source)
            # "وردّ الحوثيون على هجمات المقاومة" after the coalition's strikes: the side the doer fights, when
            # the article shows it fighting, not the first of someone else's fight (its ally); a mediator's
            # sides are both the fight's
            foe = state.opponent(doer) if trig.entry.code[:2] in FORCE_ROOTS and \
                not same_side(actor_of(sides[0]), doer) and not same_side(actor_of(sides[1]), doer) else None
            args.target = foe or (sides[1] if key_of(actor_of(sides[0])) == key_of(doer) else sides[0])
            args.explicit_target = args.target is not None
            return
        if args.source is None or pair is not None:
            args.source, args.target = sides
            args.explicit_source = args.explicit_target = True
            if isinstance(args.target, ActorMention):
                # "بين قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش": the source's ally, named
                # between the two sides, is no further target
                args.more_targets = [t for t in args.more_targets if t.first > args.target.first]

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
            # "جراء استهدافه من قبل قوات الاحتلال": the doer after من قبل; a definite noun ("هذه الدعوة من
            # قبل وزير خارجية إيران") refers back to an act told before
            by = None if view.tokens[trig.head].article else _by_agent(view, trig.last)
            if by is not None:
                return by, None, None
            dared = daring_agent(view, trig, self.cues)  # "إقدام عناصر الحزب على قتل شرطيين"
            if dared is not None:
                return dared, None, None
            hastened = hastening_agent(view, trig, self.cues)  # "سارع نتانياهو إلى التنديد بالهجوم"
            if hastened is not None:
                return hastened[0], hastened[1], None
            fallen = fallen_side(view, trig, self.lexicon)  # "استشهد جنديان في اشتباك مع الحوثيين"
            if fallen is not None:
                return fallen, None, None
            if trig.enclitic == "هم" and view.tokens[trig.head].norm.startswith("و") and \
                    (owner := plural_owner(view, trig.head)) is not None:
                return owner, None, None
            if trig.entry.code[:2] in FORCE_ROOTS and (owner := _craft_owner(view, trig)) is not None:
                return owner, None, None  # "جراء استهدافهما بغارات من طائرات حربية تابعة للائتلاف"
            if trig.enclitic and trig.entry.code[:2] in FORCE_ROOTS and \
                    (armed := _armed_before(view, trig.head, trig.enclitic)) is not None:
                return armed, None, None  # "من أكثر التفجيرات دموية للتنظيم منذ هجومه الكاسح": the group's
            if trig.enclitic:
                # "فأعلنت المقاومة الشعبية سيطرتها على …": the pronoun is the announcer named right before
                owner = next((a for a in view.actors if a.last == trig.head - 1 and not a.prefix), None)
                if owner is not None and trig.head > 0 and reported_by(view, owner, self.cues) and \
                        owner.type in {"ORG", "GPE", "PER"}:
                    return owner, None, None
                if trig.enclitic in _PLURAL_PRONOUNS and (people := _people_before(view, trig.head)) is not None:
                    if done_to_pronoun(view.tokens[trig.head], trig.enclitic):
                        return None, None, people  # "مقرات سكن عدد من رجال الأمن لاغتيالهم": they were the targets
                    return people, None, None  # "اعتراض بين نواب الكونجرس، في مقابلتهم مع أمانو": theirs
                return None, None, None
            # "إطلاق النار على المتظاهرين": after a pattern ending in a preposition comes its object, no genitive;
            # in a gapped noun pattern whose gap ends on the target's preposition the genitive fills the gap
            # ("ترحيب الرئيس المصري … بولي العهد"); elsewhere the gap holds the object ("تصنيف X منظمة إرهابية")
            if attributed(view, trig.last):
                return agent_after(view, trig.last, self.cues), None, None  # only whom it is put down to
            after = trig.head if has_gap(trig) and self._cue_closes_gap(view, trig) else trig.last
            genitive = None if after == trig.last > trig.head and view.tokens[trig.last].norm in _PATTERN_PREPS else \
                subject_after(view, after, self.cues, self._genitive_reach(view, trig, after)) or \
                construct_genitive(view, after)
            if genitive is None and trig.entry.code[:2] in FORCE_ROOTS and \
                    (origin := origin_doer(view, trig)) is not None:
                return origin, None, exposed_victim(view, trig)  # "لقذائف من داخل الأراضي اليمنية"
            if genitive is None and trig.entry.code[:2] in FORCE_ROOTS and not trig.entry.patient and \
                    trig.last > trig.head and (armed := view.actor_at(trig.last)) is not None and armed.last > trig.last:
                genitive = armed  # "قصف المدفعية الإسرائيلية": the pattern's last word opens its doer
            # a killing verb read as its verbal noun ("لمن يقوم على قتل رجال الأمن") takes its victim as
            # genitive too, as مقتل does
            masdar_of_kill = trig.entry.object and trig.entry.default_source is not None and \
                trig.entry.code[:2] in FORCE_ROOTS and trig.entry.code == "190"
            if trig.entry.patient or masdar_of_kill:  # "مقتل X"، "مقتل 2927 على الأقل من تنظيم داعش … جراء غارات التحالف"
                victim = genitive or next((a for a in view.actors if trig.last < a.first <= trig.last + 6
                                           and partitive(view, a)), None)
                if victim is not None:
                    doer = self._oblique_agent(view, trig, victim.last) or \
                        cause_doer(view, victim.last, state.doers, self.lexicon, self.cues) or \
                        light_verb_agent(view, trig, self.cues)  # "تقوم دول من الائتلاف بتدريب القوات"
                    return doer, None, victim
            if genitive is not None and trig.entry.code[:2] in FORCE_ROOTS | {"17"} and genitive.actor.entity_id is None \
                    and (genitive.actor.actor_code or "").endswith(_COMMUNITY_CODES) and \
                    {f.removeprefix("ال") for f in word_forms(view.tokens[trig.head])} & _DONE_TO:
                # "لجأت إلى قتل المصلين": civilians after a killing noun are killed ("اعتداءات المستوطنين"،
                # "برصاص الأميركيين": after an attack or a weapon they are its doers); the doer is found as
                # for any verbal noun ("قامت سلطات الاحتلال بهدم منازل الفلسطينيين")
                doer = _by_agent(view, genitive.last) or light_verb_agent(view, trig, self.cues) or \
                    self._relative_agent(view, trig) or self._sender(view, trig)
                return doer, None, genitive
            if genitive is not None and trig.entry.visit and genitive.type in {"GPE", "LOC"}:
                return None, None, genitive
            if genitive is not None and trig.entry.code[:2] in FORCE_ROOTS and genitive.type in {"GPE", "LOC"} \
                    and (not _a_state(genitive) or trig.entry.code[:2] == _BOMBING_ROOT):
                # "تفجيرات سيناء"، "تفجيرات بغداد": where they struck, not who; a state sets off no bombs
                # ("تفجيرات اليمن وسيناء"), though it strikes from the air ("غارات السعودية")
                return None, None, genitive
            if genitive is not None and trig.entry.code[:2] in FORCE_ROOTS and _premises(view.tokens[genitive.first]):
                return None, None, genitive  # "تفجير القنصلية الإيطالية": the mission's building was struck
            if genitive is not None and facility(view, genitive):
                return None, None, None  # "فتح مطار عدن الدولي"، "إغلاق معبر رفح": the place opened, nobody acting
            if genitive is not None and genitive.type in {"GPE", "LOC"} and genitive.last + 1 < len(view.tokens) \
                    and view.tokens[genitive.last + 1].norm == _BETWEEN:
                genitive = None  # "مباحثات القاهرة بين ولي العهد والسيسي": where the talks were, the sides follow
            if genitive is not None:
                return genitive, None, None
            oblique = self._oblique_agent(view, trig)
            if visit_destination(view, trig, oblique):  # "في زيارة مفاجئة لبغداد": where, not who
                visitor = circumstantial_visitor(view, trig, self.cues)
                args.blocked = visitor is None
                return visitor, None, oblique
            if oblique is not None:  # "تلقى X اتصالا من Y": the one before the noun is the addressee
                return oblique, None, subject_before(view, trig.head, self.cues)
            agent = self._relative_agent(view, trig) or participating_agent(view, trig, self.cues) or \
                nisba_agent(view, trig) or light_verb_agent(view, trig, self.cues) or directing_agent(view, trig, self.cues) or \
                involved_agent(view, trig, self.cues) or \
                announcing_agent(view, trig, self.cues) or circumstantial_caller(view, trig, self.cues) or \
                (circumstantial_visitor(view, trig, self.cues) if trig.entry.visit else None) or \
                self._sender(view, trig) or _role_holder(view, trig)
            if agent is None and trig.entry.code[:2] in FORCE_ROOTS and not view.tokens[trig.head].article:
                agent = asyndetic_agent(view, trig.last)  # "بانفجار ألغام أرضية تركها الحوثيون"
            if agent is None and killing_cause(view, trig, self.lexicon, self.cues) and \
                    state.doer_of(trig.entry.code) is None:  # a first telling: a known attack retold is no new act
                return _UNIDENTIFIED, None, None  # "قتل 12 شخصا في عملية احتجاز الرهائن": by unnamed attackers
            if agent is not None and trig.entry.visit and (host := hosting_subject(view, self.cues)) is not None \
                    and host.key != agent.key:
                return agent, None, host  # "استقبل السيسي أردوغان …، في مستهل زيارة رسمية": the host is visited
            if agent is not None or view.tokens[trig.head].article:
                return agent, None, None
            return self._noun_subject(view, trig), None, None
        return subject_before(view, trig.head, self.cues, 2), None, None

    def _cue_closes_gap(self, view: SentenceView, trig: Trigger) -> bool:
        """The word after a pattern's gap is a preposition, or carries a proclitic one, that introduces
        the entry's target ("ترحيب ~ ب")."""
        tok = view.tokens[trig.words[1]]
        cues = fold_words(*trig.entry.cues)
        return bool(word_forms(tok) & cues) or any(len(c) == 1 and tok.norm.startswith(c) for c in cues)

    def _genitive_reach(self, view: SentenceView, trig: Trigger, pos: int) -> int:
        """How far a verbal noun's genitive may stand: the next word, past a resumed pattern's relative,
        or past a title or an honorific ("مباحثات الرئيس المصري عبد الفتاح السيسي مع …"، "لقاء معالي وزير
        الخارجية …": the title is no actor, the name or the office after it is)."""
        if view.tokens[trig.last].norm in _RESUMED:
            return _RELATIVE_REACH
        if pos == trig.head and has_gap(trig):  # the gap holds only the genitive: all of it may be searched
            return max(1, trig.words[1] - trig.head - 1)
        after = pos + 1
        if after < len(view.tokens) and view.actor_at(after) is None and \
                word_forms(view.tokens[after]) & self.cues.protocol_openers:
            return _PROTOCOL_REACH  # "زيارة صاحب السمو الملكي الأمير محمد بن سلمان": four words before the name
        if after < len(view.tokens) and view.actor_at(after) is None and \
                word_forms(view.tokens[after]) & (office_openers() | self.cues.rank_words):
            return _TITLE_REACH
        return 1

    def _verb_source(self, view: SentenceView, trig: Trigger, state: ArticleState, args: Arguments
                     ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        """A verb's subject: subject-first clause; the pronoun of أنه (the subject named last in the
        sentence); nobody when the clause after إن/أن opens on a noun that is no actor; else VSO (not
        after a multiword predicate written in one piece, "قطعت طرق إمداد X", whose X is its object;
        never a place or group owned by the object, "مواقع الحوثيين"، "قريتي الفوعة"); else the
        nearest actor before."""
        cues = self.cues
        topic = _topic_subject(view, trig.head)
        if topic is not None:
            return topic, None, None
        svo = clause_subject_before(view, trig.head, cues)
        if svo is not None:
            return svo[0], svo[1], None
        if unknown_subject_before(view, trig.head, cues):
            args.blocked = True  # "لكن دندن انتقد برنامج الحكومة": a person the knowledge base lacks did it
            return None, None, None
        after_kana, subject = kana_subject(view, trig.head)
        if after_kana and subject is not None and trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS \
                and (subject.actor.actor_code or "").endswith("CVL"):
            return None, None, subject  # "وكان الطفل الفلسطيني علي دوابشة قتل حرقا": civilians were killed
        if after_kana:
            args.blocked = subject is None  # "وكانت المقاومة قد أعلنت": an unnamed subject, nobody else's act
            return subject, None, None
        if unnamed_subject_before(view, trig.head):
            args.blocked = True  # "فجميع الأدلة تدين تدخل إيران": the evidence, not Iran, incriminates
            return None, None, None
        if indefinite_subject_before(view, trig.head):
            # "إلى رجل هاجم السفير الأمريكي": a man no actor names struck, not the ambassador; a private
            # person's act ("مواطن أطلق النار على شقيقه") is no political event either
            args.blocked = True
            return None, None, None
        if _pronoun_subject(view, trig.head):
            referent = pronoun_referent(view, trig, state)
            if referent is None:
                # "قالت وزارة الخزانة الأمريكية إنها فرضت عقوبات": the speaker, when no act of the
                # sentence named a subject before the pronoun
                opener = sentence_subject(view, self.cues)
                plural = pronoun_word(view, trig.head) in PLURAL_COMPS
                referent = opener if opener is not None and opener.last < trig.head and \
                    not (plural and opener.type == "PER") and self._said_by_subject(view, trig.head) else None
            return referent, None, None
        embedded = embedded_subject(view, trig.head)
        if embedded:
            args.blocked, args.speakers_own = embedded == "noun", embedded == "owned"
            return None, None, None
        if counted_subject(view, trig):  # "وصل بعضها إلى …": a counted thing, no actor, is the subject
            args.blocked = True
            return None, None, None
        after = trig.head + 1
        verb = view.tokens[trig.head].norm
        verb = verb[1:] if verb[:1] in {"و", "ف"} and len(verb) > 3 else verb  # one conjunction, not a root letter
        # not a bare form a verbal noun shares (قصف); "وسيطر «داعش»" has no noun reading
        inflected = verb.endswith("ت") or verb[:1] in {"ي", "ت"} or \
            trig.kind == "verb" and not self.lexicon.reads_as_noun(view.tokens[trig.head].norm)
        if inflected and after < len(view.tokens) and short_quoted(view.tokens, after) and \
                (quoted := view.actor_at(after + 1)) is not None and quoted.type in {"ORG", "PER", "GPE"}:
            return quoted, None, None  # "واتهمت "قسد" تركيا": a name set off in quote marks right after the verb
        author = document_author(view, trig, cues)
        if author is not None:  # "تبنى المجلس قرارا يطالب X": the council demands; a letter's addressee
            return author, None, document_addressee(view, trig)
        if document_before_verb(view, trig):
            args.blocked = True  # "لاستصدار قرار يدين هجمات المستوطنين": whoever issues it is not named here
            return None, None, None
        described = described_attack(view, trig, self.lexicon, self.cues)
        if described is not None:  # "غارات مكثفة للتحالف استهدفت …": the attack's doer, or nobody
            args.blocked = args.unnamed_attack = described[0] is None
            if described[0] is not None and (kind := described_code(view, trig, self.lexicon)) is not None:
                state.acts.append((kind, described[0].actor))  # the strikes are the coalition's
            return described[0], None, None
        if first_person(view, trig, self.lexicon):  # "نرحب بـ…"، "سندعو دول الخليج": we, the speaker's side
            speaker = speaker_of(view, cues)
            opening = next((k for k, t in enumerate(view.tokens) if t.text in QUOTE_MARKS or t.text == ":"),
                           len(view.tokens))
            # (a body named inside the quotation is not who speaks it: "قال آل دعكن: «… قتل رجال الأمن …
            # وأتقدم بالتعازي»")
            speaker = speaker if speaker is not None and speaker.last < min(trig.head, opening) else None
            # "“الحكومة السعودية غير قادرة …” “… فأنا أدعو أن تكون السعودية تحت الوصاية”": a sentence that is
            # all quotation has its speaker told before it; the body it opens on is not "I"
            args.blocked = speaker is None and opening == 0
            return speaker, None, None
        if unnamed_people_after(view, trig.head):
            nisba = trig.head + 2
            if nisba in view.nisbas:
                # "وطالب ناشطون سعوديون الحكومة": unnamed people with a nationality are that country's people
                # (its officials for officials: "وانتقد مسؤولون أمريكيون")
                official = view.tokens[trig.head + 1].norm in _UNNAMED_OFFICIALS
                return nisba_actor(view, nisba, "GOV" if official else "CVL"), None, None
            args.blocked = True  # "وطالب خبراء اقتصاديون الحكومة": unnamed people demand, the government is asked
            return None, None, None
        limit = subject_limit(view, trig)
        # "وطالبت بأن يجمل ولد الشيخ صورة المؤسسة": right after the verb its clause of content opens; a name
        # in it is that clause's subject, never the verb's
        content = trig.head + 1 < len(view.tokens) and bool(word_forms(view.tokens[trig.head + 1]) & cues.complementisers)
        after = None if content else subject_after(view, trig.head, cues, max(limit, 1))
        if after is None and not content and trig.kind == "verb" and trig.entry.code[:2] in _WORD_ROOTS:
            # "ندد م. وليد الخريجي عضو مجلس الشورى بالتفجير": a person the knowledge base lacks, named with his
            # office in a known body, speaks for that body
            after = _office_body_after(view, trig.head, trig.words[1] if has_gap(trig) else None) or \
                _member_of_parliament(view, trig.head, state.legislature)
        if after is not None and after.first == trig.head + 1 and _relative_on_noun(view, trig, self.cues):
            args.blocked = True  # "إخطار رسمي جزائري يمنع الرعايا الجزائريين": the notice bans, the nationals
            return None, None, None  # are banned
        if after is not None and (self._attack_subject(view, trig, after) or self._describes_attack(view, trig)):
            args.unnamed_attack = True  # "واستهدفت الغارات مواقع الحوثيين": the strikes, not the Houthis, struck
            return None, None, None  # (and "موجة من الاغتيالات استهدفت ضباط شرطة": the officers were hit)
        if after is None and not content and not trig.entry.default_source:  # a passive killing's counted part
            after = partitive_subject(view, trig.head)
        passive = after is not None and trig.entry.default_source is not None and \
            trig.entry.code[:2] in FORCE_ROOTS and killed_in_attack(view, after)
        blamed = lone_gap_object(view, trig)
        if after is not None and (not may_be_subject(view, trig, after) or genitive_of_pattern(trig, after)
                                  or disagrees(view, trig, after) or self._light_noun_genitive(view, trig, after)
                                  or blamed is after):
            after = None
            if view.tokens[trig.head - 1].text in {"،", ","} and blamed is not None and \
                    view.tokens[trig.head].norm[:1] not in {"و", "ف"}:  # (", وحملت": a joined verb shares the subject)
                # "لكن الناطق باسم الرئاسة، نبيل أبو ردينة، حمل الحكومة الإسرائيلية المسؤولية": a subject the
                # knowledge base lacks stands before the verb; no earlier speaker blamed
                args.blocked = True
                return None, None, None
        if after is None and has_gap(trig) and trig.words[1] > trig.head + 1 and \
                view.actor_at(trig.head + 1) is None and unnamed_noun_subject(view, trig.head + 1, cues):
            # "وتعهد الحزب بإسقاط الحكومة": the pattern's gap opens on its subject, a body no actor names;
            # the actor after the pattern is its object, never its doer (an actor named before may be
            # who the noun refers back to: "المقاومة الشعبية … وأحكمت المقاومة الجنوبية سيطرتها")
            args.gap_subject = True
            return None, None, None
        if after is not None and trig.entry.default_source and trig.entry.code[:2] in FORCE_ROOTS and \
                _among_others(view, after):
            return None, None, after  # "قتل أبو عبدالله الحوثي وقياديان آخران": killed with two others, not killing
        if after is not None and trig.entry.code[:2] in {"02", "10", "13"} and after.first == trig.head + 1 and \
                not after.prefix and view.tokens[after.first].norm in _PEOPLE_OBLIQUE:
            after = None  # "وطالب المواطنين والمقيمين بالحيطة": the oblique plural is whom he asks (a subject
            # would read المواطنون)
        if after is not None and self._appeal_after_comma(view, trig, after, state):
            return state.sentence_sources[-1][1], None, None  # its object is then the body after the verb
        if after is not None and self._shared_subject(view, trig, after, state):
            return None, None, None
        if after is not None and trig.entry.code.startswith(ACCUSE_CODE) and after.last + 1 < len(view.tokens) and \
                view.tokens[after.last + 1].norm.startswith("ب") and view.actor_at(after.last + 1) is None and \
                self._unknown_speaker_goes_on(view, trig, state):
            # "وقال السيناتور بوب كوركر إن …، واتهم وزير الخارجية جون كيري بالفشل": the speaker the knowledge
            # base lacks accuses; the minister after the joined verb is whom
            args.blocked = True
            return None, None, None
        if after is not None and trig.entry.visit and after.type in {"GPE", "LOC"}:
            return subject_before(view, trig.head, cues), None, after
        head = view.tokens[trig.head]
        if after is None and trig.entry.code[:2] in FORCE_ROOTS and trig.kind == "verb" and trig.last == trig.head and \
                view.tokens[trig.head].norm[:1] in {"و", "ف"} and trig.head + 1 < len(view.tokens) and \
                view.actor_at(trig.head + 1) is None and view.tokens[trig.head + 1].norm[:1] not in {"ب", "ل"} and any(
                    t.kind == "noun" and t.head == 0 and t.entry.code[:2] in FORCE_ROOTS
                    for t in self.lexicon.match(view.tokens[trig.head + 1:trig.head + 3])):
            # "واستهدفت غارات للجيش التركي مواقع لحزب العمال": the attack noun right after the verb is its
            # subject, not whoever an earlier verb of the sentence had (its own doer is the noun's); with ب it
            # is the means ("واستهدفتها بالأسلحة الرشاشة")
            args.unnamed_attack = True
            return None, None, None
        if after is None and head.norm.startswith("و") and not both_sides_word(head, cues) and not passive:
            # (a killing told in the passive, "وقتل ضابطا شرطة في هجوم", is not the earlier subject's)
            earlier = [a for p, a in state.sentence_sources if p < trig.head and
                       not (trig.entry.code[:2] < _CONFLICT_ROOT and _armed_unnamed(a))]
            if earlier and not (singular_for_plural(view, trig.head, earlier[-1]) and
                                not (actor_of(earlier[-1]).actor_code or "").startswith("IGO")):
                # "شنت قوات التحالف غارات … ودمرت آليات": the joined verb shares the subject (not an unnamed
                # attacker for a word of cooperation: "هاجم مفجر مسجدا …، وقدم تعازيه"; nor one body for a
                # plural verb: "شن نظام الاسد غارات …، وتمكن الثوار من تحرير حواجز …، واقتحموا حاجزي السكرة"; a
                # union of states is its members, "فشارك الاتحاد الأوربي في الحصار … وقاطعوا نفطه")
                return earlier[-1], None, None
        if after is not None:
            after = _affiliated_subject(view, after) or after
        if after is None and trig.kind == "verb" and trig.last + 1 < len(view.tokens) and \
                view.tokens[trig.last + 1].norm in DEMONSTRATIVES and head.norm.endswith(_OBJECT_PRONOUNS):
            # "وجماعات مسلحة تؤيدها هذه الجهات": the demonstrative's phrase is the subject, the noun before
            # (whom the pronoun refers to) the object
            args.blocked = True
            return None, None, None
        before = None if after is not None else subject_before(view, trig.head, cues)
        if before is not None and trig.kind == "verb" and head.norm[:1] in {"و", "ف"} and \
                head.norm.endswith(_OBJECT_PRONOUNS) and self._object_of_verb(view, before):
            # "حشدا غاضبا هاجم الجيش مجددا ورشقه بالحجارة": the joined verb's pronoun is the army the
            # verb before attacked; its subject is that verb's, not the army
            args.blocked = True
            return None, None, None
        return after or before or self._armed_vehicle(view, trig), None, None

    def _object_of_verb(self, view: SentenceView, act: ActorMention) -> bool:
        """The actor stands right after a one-word verb the lexicon knows ("هاجم الجيش")."""
        return act.first > 0 and any(t.kind == "verb" for t in self.lexicon.match(view.tokens[act.first - 1:act.first]))

    def _light_noun_genitive(self, view: SentenceView, trig: Trigger, act: ActorMention) -> bool:
        """"دانت بشدة إقدام وزيرة القضاء على تشكيل لجنة": the actor after the verb is the genitive of the
        light verbal noun (قيام، إقدام) the verb takes as its object, so the doer of the act condemned,
        never who condemns."""
        return act.first > trig.head + 1 and bool(word_forms(view.tokens[act.first - 1]) & self.cues.light_nouns)

    def _sender(self, view: SentenceView, trig: Trigger, reach: int = 0) -> ActorMention | None:
        """"بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز برقية تهنئة": the subject of the
        sending verb before the message is who congratulates, past the words of a long name."""
        for k in range(trig.head - 1, max(-1, trig.head - (reach or _SENDER_REACH)), -1):
            tok = view.tokens[k]
            if tok.kind == "punct" and tok.text not in {"،", ","}:
                return None
            if word_forms(tok) & _SENDING_VERBS:
                return subject_after(view, k, self.cues, max(1, trig.head - k - 1))
        return None

    def _message_writer(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"بعث نائب خادم الحرمين الشريفين … برقية مماثلة للرئيس توني تان كنق يام عبر فيها عن أبلغ التهاني": a
        verb followed by فيها (in it: the message) tells what the message says, and its subject is who sent it."""
        nxt = trig.head + 1
        if nxt >= len(view.tokens) or view.tokens[nxt].norm not in _IN_IT:
            return None
        return self._sender(view, trig, _WRITER_REACH)

    def _attack_subject(self, view: SentenceView, trig: Trigger, after: ActorMention) -> bool:
        """An attack noun that is no actor stands between a force verb and the first actor after it, and
        that actor is not its genitive: the attack is the subject, the actor belongs to the object."""
        if trig.entry.code[:2] not in FORCE_ROOTS or trig.kind != "verb":
            return False
        arm = view.tokens[trig.head + 1] if trig.head + 1 < after.first else None
        if arm is not None and arm.article and view.actor_at(trig.head + 1) is None and \
                self.cues.actor_nouns.get(arm.norm) == "MIL":
            return True  # "وقصف الطيران مواقع الحوثيين": an unnamed arm struck, the Houthis' positions were hit
        for k in range(trig.head + 1, after.first):
            if view.actor_at(k) is None and any(t.kind == "noun" and t.head == 0 and t.entry.code[:2] in FORCE_ROOTS
                                               for t in self.lexicon.match(view.tokens[k:k + 2])):
                return k + 1 != after.first and not (k + 2 == after.first and k + 1 in view.nisbas)
        return False

    def _describes_attack(self, view: SentenceView, trig: Trigger) -> bool:
        """A force verb with no و right after an attack noun ("موجة من الاغتيالات استهدفت ضباط شرطة"، "هجوم
        استهدف قافلة") is a relative clause on that attack: the attack is its subject, what follows its object."""
        if trig.entry.code[:2] not in FORCE_ROOTS or trig.kind != "verb" or trig.head == 0 or \
                view.tokens[trig.head].norm[:1] in {"و", "ف"}:
            return False
        before = view.tokens[trig.head - 1]
        return before.kind == "word" and view.actor_at(trig.head - 1) is None and any(
            t.kind == "noun" and t.entry.code[:2] in FORCE_ROOTS for t in self.lexicon.match([before]))

    def _armed_vehicle(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"أطلقت طائرة عسكرية عراقية صاروخين": a craft or weapon named with a nationality as the subject
        inside a force pattern's gap stands for that state's forces."""
        if trig.entry.code[:2] not in FORCE_ROOTS:
            return None
        first = trig.head + 1
        if has_gap(trig) and view.tokens[first].norm.removeprefix("ال") in _ARMED_CRAFT:
            nisba = next((p for p in range(first + 1, min(trig.words[1], first + 3)) if p in view.nisbas), None)
            return nisba_actor(view, nisba, "MIL") if nisba is not None else None
        # "طائرة عسكرية عراقية أطلقت صاروخين": the craft and its nationality right before the verb
        before = trig.head - 1
        if before in view.nisbas and any(view.tokens[k].norm.removeprefix("ال") in _ARMED_CRAFT
                                         for k in range(max(0, before - 2), before)):
            return nisba_actor(view, before, "MIL")
        return None

    def _noun_subject(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """A nominal subject right before a verbal noun, unless it is the subject of a reporting verb
        ("وأكد مصدر في الوزارة مقتل خمسة": the source tells the killing, it did not kill) or, for
        force, a place ("وتشهد مدينة مأرب مواجهات": where the clashes are)."""
        act = subject_before(view, trig.head, self.cues)
        if act is None or (reported_by(view, act, self.cues) and not self._announces_own(view, act, trig)):
            return None
        if trig.entry.code[:2] in FORCE_ROOTS and (act.type in {"GPE", "LOC"} or act.type == "CVL" or
                                                   (act.actor.actor_code or "").endswith("CVL") or
                                                   counted(view, act)):
            return None  # "مدنيين قتلوا بانفجار"، "قتل 20 مسلحا بغارات": the counted dead are its victims
        if trig.entry.code[:2] in FORCE_ROOTS and act.first > 0 and word_forms(view.tokens[act.first - 1]) & _CASUALTY_NOUNS:
            return None  # "مقتل جنود إيرانيين بهجوم كردي": the killed soldiers are the attack's victims
        return act

    def _said_by_subject(self, view: SentenceView, head: int) -> bool:
        """The pronoun before the verb at `head` ("إنها فرضت") follows a speech verb of the same gender
        ("قالت … إنها": the speaker said it of itself; "مضيفا أنها": he said it of someone else)."""
        pronoun = pronoun_word(view, head)
        k = next((j for j in range(head - 1, max(-1, head - 3), -1) if view.tokens[j].norm == pronoun), None)
        if k is None:
            return False
        verb = next((view.tokens[j] for j in range(k - 1, -1, -1)
                     if word_forms(view.tokens[j]) & (self.cues.speech_verbs | self.cues.reporting)), None)
        if verb is None:
            return False
        feminine_verb = verb.norm.endswith(("ت", "ه"))
        return feminine_verb == pronoun.endswith("ها")

    @staticmethod
    def _announces_own(view: SentenceView, act: ActorMention, trig: Trigger) -> bool:
        """"أعلن الجيش الإسرائيلي اعتقال عشرة فلسطينيين": a state force announcing an act that only a force
        or the police do (arrests, raids: entries whose unnamed doer is MIL or COP; taking ground, "أعلن
        الجيش السوداني استعادة السيطرة على مدينة بارا"), named right after it, announces its own act; a
        source or a ministry telling of killings does not."""
        verb = view.tokens[act.first - 1] if act.first > 0 else None
        return verb is not None and bool(word_forms(verb) & _ANNOUNCE) and act.last + 1 == trig.head \
            and (trig.entry.default_source in {"MIL", "COP"} or trig.entry.code == _CONTROL) \
            and not act.reporter and not act.media and (act.actor.actor_code or "").endswith(("MIL", "COP"))

    @staticmethod
    def _hosts_named(view: SentenceView, trig: Trigger, args: Arguments) -> bool:
        """"خلال استقباله سفير الأردن": a guest named right after a hosting noun of time (خلال، أثناء، لدى،
        عند) is its object, so the pronoun is the host ("وجد في استقباله مسؤولون": the ones named received
        him, the pronoun is the guest)."""
        if trig.head == 0 or view.tokens[trig.head - 1].norm not in _DURING:
            return False  # "وجد في استقباله مسؤولين من الحوثيين": the ones after it received him
        after = trig.last + 1
        while after < len(view.tokens) and view.tokens[after].norm in TIME_WORDS:
            after += 1  # "خلال استقباله أمس السبت المبعوث الصيني": a time between
        guest = view.actor_at(after)
        return guest is not None and guest.first == after and not guest.prefix and \
            isinstance(args.target, ActorMention) and args.target.key == guest.key

    @staticmethod
    def _announces_step(view: SentenceView, act: ActorMention, trig: Trigger) -> bool:
        """"أعلنت وزارة الخارجية المغربية استدعاء سفير الجزائر": a government announcing a diplomatic step
        (reducing relations, 16) that only a government takes announces its own step; an armed body
        announcing an attack ("أعلنت جماعة الحوثي استهداف سفينة") claims its own."""
        verb = view.tokens[act.first - 1] if act.first > 0 else None
        if verb is None or not word_forms(verb) & _ANNOUNCE or act.reporter or act.media:
            return False
        code = act.actor.actor_code or ""
        # an aside's commas, quote marks and day words ("، اليوم الأربعاء، «تحييد»") take no room
        between = [t for t in view.tokens[act.last + 1:trig.head]
                   if t.norm not in TIME_WORDS and t.text not in {"،", ",", '"', "«", "“"}]
        if len(between) > _CLAIM_REACH or view.tokens[trig.head].article or \
                any(t.kind == "punct" and t.text not in {"،", ",", '"', "«", "“"} for t in between):
            return False  # the announced act stands right after its announcer, an aside allowed
        if trig.entry.code[:2] == "16":
            return code.endswith("GOV")
        if trig.entry.code == _BLOCKADE:  # "أعلنت الولايات المتحدة فرض حصار على إيران": only a state imposes one
            return code.endswith(("GOV", "MIL")) or act.type == "GPE"
        # "أعلنت جماعة الحوثي استهداف سفينة": an armed body announcing an attack claims it
        return trig.entry.code[:2] in FORCE_ROOTS and trig.kind == "noun" and code.endswith(_ARMED)

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

    def _shared_subject(self, view: SentenceView, trig: Trigger, after: ActorMention,
                        state: ArticleState) -> bool:
        """"زار الرياض والتقى ولي العهد": a verb joined by و to an earlier verb of the same sentence
        shares its subject when only one actor follows it (that one is the object)."""
        head = view.tokens[trig.head]
        where = trig.head > 0 and view.tokens[trig.head - 1].norm == "حيث"
        if not (head.norm.startswith("و") or where) or not any(p < trig.head for p, _ in state.sentence_sources):
            return False
        earlier = state.sentence_sources[-1][0]
        punct = [view.tokens[k] for k in range(earlier, trig.head) if view.tokens[k].kind == "punct"]
        if punct and not (all(t.text in {"،", ","} for t in punct) and self._itinerary(state, earlier, trig)
                          and not any(after.last < a.first <= after.last + 6 and a.key != after.key
                                      for a in view.actors)):
            return False  # "…، والتقى الرئيس عون برئيس مجلس النواب": a subject with a partner of its own
        return conjunct_after(view, after) is None and \
            not any(after.last < a.first <= after.last + 3 and a.prefix == "" and a.key != after.key
                    for a in view.actors)

    def _unknown_speaker_goes_on(self, view: SentenceView, trig: Trigger, state: ArticleState) -> bool:
        """A verb joined by و after a comma, in a sentence that opens on a speech verb whose subject is a name
        the knowledge base lacks (a title word at most between) and names no known subject before it."""
        head = view.tokens[trig.head]
        if trig.kind != "verb" or not head.norm.startswith("و") or trig.head < 3 or \
                view.tokens[trig.head - 1].text not in {"،", ","} or \
                any(p < trig.head for p, _ in state.sentence_sources):
            return False
        first = view.tokens[0]
        if not word_forms(first) & self.cues.speech_verbs:
            return False
        return any(1 <= a <= 3 and b < trig.head and not any(act.first < a for act in view.actors)
                   for a, b in view.unknown_names)

    @staticmethod
    def _itinerary(state: ArticleState, earlier: int, trig: Trigger) -> bool:
        """"زار هوكستين بيروت الأربعاء، حيث التقى بري"، "…، والتقى بري": a meeting after a comma that
        follows a visit or meeting of the same sentence is the same traveller's next stop."""
        return trig.entry.code[:2] == "04" and state.sentence_codes.get(earlier, "")[:2] == "04"

    @staticmethod
    def _joined_appeal(view: SentenceView, trig: Trigger, current: ActorMention | Actor | None) -> bool:
        """"أعربت يونيفيل عن قلقها، ودعت الطرفين إلى الالتزام": an appeal or demand joined by و after a
        comma, with no subject of its own, is made by the sentence's subject when the verb opening the
        sentence agrees with it in gender — a subject named in the sentence, not guessed."""
        head = view.tokens[trig.head]
        if trig.kind != "verb" or trig.entry.code[:2] not in {"02", "10"} or not head.norm.startswith("و") \
                or trig.head < 2 or view.tokens[trig.head - 1].text not in {"،", ","}:
            return False
        if not isinstance(current, ActorMention) or view.actor_at(current.first) is not current \
                or current.first < 1 or current.last >= trig.head:
            return False
        verb = view.tokens[current.first - 1]
        return verb.kind == "word" and not verb.norm.startswith("ال") and \
            _feminine_verb(verb) == _feminine_verb(head)

    def _appeal_after_comma(self, view: SentenceView, trig: Trigger, after: ActorMention,
                            state: ArticleState) -> bool:
        """"وأدانت منظمة العفو …، ودعت السلطات الباكستانية إلى الإفراج": an appeal or demand joined after
        a comma, in the gender of the earlier verb, is still that subject's, and the body after it is whom
        it calls on. Only commas between, and only verbs of calling (02) and demanding (10): elsewhere a
        comma more often opens a clause with a subject of its own."""
        head = view.tokens[trig.head]
        if trig.entry.code[:2] not in {"02", "10"} or not head.norm.startswith("و") \
                or after.first != trig.head + 1 or after.type == "PER" or not state.sentence_sources:
            return False
        cued = after.last + 1 < len(view.tokens) and word_forms(view.tokens[after.last + 1]) & {"الي", "ب"}
        if not has_gap(trig) and not cued:
            return False  # the body must be followed by what it is called to: "ودعت طهران إلى وقف …"
        earlier, subject = state.sentence_sources[-1]
        if earlier >= trig.head or subject.key == after.key:
            return False
        if any(view.tokens[k].kind == "punct" and view.tokens[k].text not in {"،", ","}
               for k in range(earlier, trig.head)):
            return False
        return _feminine_verb(view.tokens[earlier]) == _feminine_verb(view.tokens[trig.head])

    def _oblique_agent(self, view: SentenceView, trig: Trigger, after: int | None = None) -> ActorMention | None:
        """"هجوم لداعش"، "بدعوة من أمير قطر": an actor with ل, or after من, right after the noun (or
        after `after`, the end of a patient genitive: "مقتل X على يد Y" is handled by "يد")."""
        nxt = (trig.last if after is None else after) + 1
        if after is not None and nxt + 2 < len(view.tokens) and view.tokens[nxt].norm == "علي" \
                and view.tokens[nxt + 1].norm in _HANDS:  # "على يد"، "على أيدي"
            return view.actor_at(nxt + 2)
        if after is not None:
            return None
        if trig.entry.code[:2] in FORCE_ROOTS and nxt + 1 < len(view.tokens) and view.actor_at(nxt) is None and \
                word_forms(view.tokens[nxt]) & OTHER_ADJECTIVES:
            nxt += 1  # "غارة أخرى لطيران التحالف": one adjective between the attack and its owner
        act = view.actor_at(nxt)
        if act is not None and trig.last > trig.head and word_forms(view.tokens[trig.last]) & HELD_PLACES:
            return None  # "لضرب مواقع لتنظيم داعش": the owner of the positions the pattern ends on is hit
        if act is not None and act.prefix.endswith("ل") and trig.entry.code[:2] not in _RECIPIENT_ROOTS and \
                trig.entry.code not in _RECIPIENT_CODES and \
                not _sent_message(view, trig.head):
            return act  # "تقديم العون للشعب": after an aid noun, ل names the recipient; "برقية تهنئة للرئيس" too
        if nxt + 1 < len(view.tokens) and view.tokens[nxt].norm == "من" and trig.entry.code != _TAKE_GROUND and \
                not view.tokens[nxt + 1].norm.startswith("بين"):  # "في الهجوم من بينهم نساء": among them
            # (ground is taken "من" whoever held it: "بعد تحرير المحافظة من المسلحين الحوثيين")
            return subject_after(view, nxt, self.cues, 3)
        return None

    def _relative_agent(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """"غارات شنها الطيران الحربي الإسرائيلي"، "هجوم شنه مسلحون من تنظيم داعش"، "الهجوم الذي يشنه
        الجيش السوري": the subject of the relative verb is the agent."""
        return agent_after(view, trig.last, self.cues) or fronted_doer(view, trig.head, self.cues)


_ROLE_NOUNS = fold_words("الدور", "بالدور", "للدور", "والدور", "دور", "بدور", "لدور")


_PARTICIPANT_REACH = 2  # "الاجتماع المقبل لوزراء الدفاع": an adjective may stand between


def _own_participants(view: SentenceView, trig: Trigger, cues: Cues) -> bool:
    """"الاجتماع المقبل لوزراء الدفاع والخارجية العرب": a gathering whose members are named after it in the
    genitive is theirs, not the meeting of the two sides the sentence told before."""
    for k in range(trig.last + 1, min(len(view.tokens), trig.last + 1 + _PARTICIPANT_REACH)):
        tok = view.tokens[k]
        if tok.kind != "word":
            return False
        bare = tok.norm[1:] if tok.norm[:1] == "ل" else tok.norm
        if bare in cues.member_heads and bare != tok.norm or (k == trig.last + 1 and tok.norm in cues.member_heads):
            return True
    return False


_FIGHTERS = frozenset(normalize_form(w) for w in (
    "عناصر", "عنصرا", "عنصرين", "مقاتلين", "مقاتلا", "مقاتلي", "مسلحين", "مسلحا", "مسلحي", "جنود", "جنديا",
    "جنديين", "ضباط", "ضابطا", "ضابطين", "عسكريين", "عسكريا", "أفراد", "افراد", "قياديين", "قياديا"))
_FIGHTERS_REACH = 3  # "خطفت X ثمانية عناصر": a count before the noun


_PLACES_REACH = 12  # "وتشهد محافظات كربلاء والنجف والبصرة وبغداد مظاهرات": a list of places


def _office_body_after(view: SentenceView, head: int, end: int | None = None) -> ActorMention | None:
    """The known body in the office phrase after an unknown person's name ("م. وليد بن عبدالكريم الخريجي
    عضو مجلس الشورى"، "د. محمد آل عمرو الأمين العام لمجلس الشورى"، "مدير جامعة الملك خالد أ.د. …"):
    only name words, abbreviations and office words stand between the verb and the body (inside the gap of
    a pattern, `end`: "وقع الاتفاق مع مدير الهيئة" names the other side, not the signer)."""
    office = named = False
    for k in range(head + 1, min(len(view.tokens), head + 1 + _OFFICE_BODY_REACH, end or len(view.tokens))):
        tok = view.tokens[k]
        act = view.actor_at(k)
        if act is None and not office and tok.kind == "word" and not word_forms(tok) & _OFFICE_WORDS:
            definite = tok.article or tok.norm.startswith("ال")
            if tok.norm in _PREPOSITIONS or definite and not named:
                return None  # an object or a phrase, not the subject's name (a family name follows a given name)
            named = named or not definite
        if act is not None:
            # the body after the office word, or the office described as a person ("الأمين العام لمجلس
            # الشورى": the description is the body's officer)
            titled = act.type == "PER" and bool(word_forms(tok) & _OFFICE_WORDS) and act.actor.country_iso3
            # (a town or province after a governor's title, "محافظ الأفلاج": its state's officer)
            return act if act.first == k and not act.media and \
                (office and act.type in {"ORG", "GPE"} and act.actor.country_iso3 or titled) else None
        if tok.kind == "punct":
            if abbreviation_dot(view.tokens, k):
                continue  # "م. وليد"، "أ.د. عبدالرحمن": an abbreviated title
            return None
        if word_forms(tok) & _OFFICE_WORDS:
            office = True
        elif office and not tok.article and tok.norm not in _OFFICE_LINKS:
            office = False  # a name after the office, no body in it
    return None


_OFFICE_BODY_REACH = 12


def _member_of_parliament(view: SentenceView, head: int, legislature: Actor | None) -> ActorMention | None:
    """"كما دان النائب عبدالله العدواني الحادث": an MP the knowledge base lacks, right after the verb, in an
    article that names one parliament, speaks for it ("النائب العام"، "النائب الأول": an office, no MP)."""
    k = head + 1
    if legislature is None or k + 1 >= len(view.tokens) or view.tokens[k].norm not in _MP_WORDS:
        return None
    name = view.tokens[k + 1]
    if name.kind != "word" or name.article or name.norm.startswith("ال") or view.actor_at(k + 1) is not None:
        return None
    tok = view.tokens[k]
    return ActorMention(k, k, replace(legislature, span=Span(tok.start, tok.end, tok.text)), "ORG")


_MP_WORDS = frozenset(normalize_form(w) for w in ("النائب", "النائبة"))
_PREPOSITIONS = frozenset(normalize_form(w) for w in ("مع", "على", "عن", "من", "في", "إلى", "ضد", "لدى", "أمام"))
_OFFICE_WORDS = frozenset(normalize_form(w) for w in (
    "عضو", "رئيس", "نائب", "مساعد", "الأمين", "أمين", "مدير", "وكيل", "محافظ", "قائد", "مفتي", "المتحدث",
    "متحدث", "الناطق", "ناطق", "عميد", "مستشار", "وزير", "سفير", "العام", "عام", "العامة", "أعضاء"))
_OFFICE_LINKS = frozenset(normalize_form(w) for w in ("باسم", "في", "ب", "عن"))  # "نائب عن المنطقة في البرلمان"
# Roots of words, whose doer may be named by office alone: statements to rejections (01-13).
_WORD_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))


def _suffered_act_before(view: SentenceView, act: ActorMention) -> bool:
    """Whether a verbal noun of something done to a person or a group (عزل، اعتقال، مقتل …) stands within
    three words before the actor."""
    return any(word_forms(view.tokens[k]) & _SUFFERED_ACTS for k in range(max(0, act.first - 3), act.first)
               if view.tokens[k].kind == "word")


_LAUNCH_VERBS = frozenset(normalize_form(w) for w in (
    "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ينفذون", "وجه", "وجهت",
    "وجهوا", "يوجه", "توجه"))
_SUFFERED_ACTS = frozenset(normalize_form(w) for w in (
    "عزل", "اعتقال", "مقتل", "قتل", "سجن", "احتجاز", "إعدام", "اغتيال", "ترحيل", "إقالة", "توقيف", "اختطاف",
    "خطف", "تعذيب", "محاكمة", "الحكم", "حبس", "إبعاد", "طرد", "فصل", "منع"))


def _two_sides_before(view: SentenceView, head: int) -> tuple[ActorMention, ActorMention] | None:
    """"لقي 24 عنصرا من ميليشيات الحوثي مصرعهم، بينما قتل 2 من رجال المقاومة الشعبية في المعارك التي اندلعت
    بين الجانبين": with no fight told before, "the two sides" are the first two bodies or people of the
    sentence before the act (no place, no outlet, no reporting source); one joined by و to the one before
    ("ميليشيات الحوثي وعناصر الرئيس المخلوع") is on its side."""
    sides: list[ActorMention] = []
    for act in view.actors:
        if act.first >= head:
            break
        # (a counted conjunct, "واثنان من عناصر البيشمركة", is another group of the dead, not an ally)
        joined = act.prefix.startswith("و") or any(
            view.tokens[k].kind == "word" and view.tokens[k].norm[:1] == "و" and len(view.tokens[k].norm) > 3
            and not count_word(view.tokens[k].text[1:]) for k in range(max(0, act.first - 3), act.first))
        if act.type in {"ORG", "PER"} and act.actor.entity_id and not (act.media or act.location or act.reporter) \
                and "ب" not in act.prefix and all(act.key != s.key for s in sides) and not (sides and joined):
            sides.append(act)  # (named bodies only; "قوات النظام المدعمة بمسلحين": the backers are allies)
    return (sides[0], sides[1]) if len(sides) >= 2 else None


def _seen_by_places(view: SentenceView, first: int) -> bool:
    """The place at `first` is (the last of) the subject of شهد/تشهد: places, place nouns, و and commas
    back to the verb."""
    for k in range(first - 1, max(-1, first - 1 - _PLACES_REACH), -1):
        tok = view.tokens[k]
        if word_forms(tok) & _PLACE_SEES:
            return True
        act = view.covering(k)
        if tok.text in {"،", ","} or (act is not None and act.type in {"GPE", "LOC"}) or word_forms(tok) & PLACE_NOUNS:
            continue
        return False
    return False


_DUAL_NOUN_REACH = 3  # "غارتين جويتين استهدفتا": the dual noun and its adjective right before the verb


def _dual_noun_before(view: SentenceView, head: int) -> bool:
    """"إن غارتين جويتين استهدفتا معسكر المنار": a dual noun (no actor) a few words before a dual verb is
    its subject, not the two sides the article named last."""
    for k in range(head - 1, max(-1, head - 1 - _DUAL_NOUN_REACH), -1):
        tok = view.tokens[k]
        if tok.kind != "word" or view.covered(k):
            return False
        if tok.norm.endswith(("تين", "تان")) and len(tok.norm) > 4:
            return True
    return False


def _fighters_hit(view: SentenceView, trig: Trigger, source: ActorMention | Actor | None) -> bool:
    """Fighters or members counted right after an attack's predicate (and its subject): an armed side,
    never the place's civilians."""
    start = trig.last
    if isinstance(source, ActorMention) and source.first > trig.last:
        start = source.last
    first = start + 1
    while first < len(view.tokens) and view.tokens[first].text in QUOTE_MARKS:
        first += 1  # the subject's closing quote mark: "«جبهة النصرة» ثمانية عناصر"
    for tok in view.tokens[first:first + _FIGHTERS_REACH + 1]:
        if tok.kind == "punct":
            return False
        if tok.norm in _FIGHTERS or word_forms(tok) & _MILITARY_PLACES:
            return True  # "فجر نفسه في موقع عسكري تابع لجماعة منافسة": a military site, no civilians
    return False


# Not `held_places`: that list also holds what a group owns or is (أهداف، مراكز، عناصر), and reading those as
# "no civilians" cost development-gold actors (70.2 → 69.7 % when tried).
_MILITARY_PLACES = frozenset(normalize_form(w) for w in (
    "موقع", "مواقع", "ثكنة", "ثكنات", "معسكر", "معسكرات", "قاعدة", "قواعد", "حاجز", "حواجز", "نقطة", "نقاط",
    "مقر", "مقرات", "تمركزات", "دورية", "دوريات", "رتل", "آلية", "آليات", "مدرعة", "مدرعات"))


# Nouns of what befell people: the actor in their genitive is who suffered it.
_SEIZED = fold_words("اختطاف", "خطف", "أسر")
_CASUALTY_NOUNS = TOLL_NOUNS | _SEIZED | {"و" + w for w in TOLL_NOUNS | _SEIZED}
# Verbs of carrying a message from someone else: "نقل تعازي الملك"، "ناقلا تحيات الرئيس".
_CONVEYING = fold_words("نقل", "نقلت", "ينقل", "تنقل", "ناقلا", "ناقلة", "نقلا", "نقله", "ونقل", "ونقلت")
_CONVEYED_REACH = 8  # the carrier's name and titles between the verb and what he carried


def _sender_of_conveyed(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """Whose message a carried verbal noun is: its genitive, right after it or after a noun joined to it
    by و ("تعازي ومواساة خادم الحرمين"), when a verb of carrying governs the noun."""
    k = trig.last + 1
    if k < len(view.tokens) and view.actor_at(k) is None and view.tokens[k].norm.startswith("و"):
        k += 1
    sender = view.actor_at(k) if k < len(view.tokens) else None
    if sender is None or sender.prefix or not _conveyed(view, trig):
        return None
    return sender


def _conveyed(view: SentenceView, trig: Trigger) -> bool:
    """The verbal noun is the object of a verb of carrying ("نقل سموه تعازي ومواساة خادم الحرمين"): the
    carrier and his titles stand between at most, in the same clause."""
    for k in range(trig.head - 1, max(-1, trig.head - 1 - _CONVEYED_REACH), -1):
        tok = view.tokens[k]
        if word_forms(tok) & _CONVEYING:
            return True
        if tok.kind != "word":
            return False
    return False


# Verbs of going on with an act: their subject does the act the noun after them names ("استأنفت القوات
# الهندية القصف"). واصل may also be read as a verb of its own elsewhere; here it only lends its subject.
_RESUMING = fold_words("استأنف", "استأنفت", "يستأنف", "تستأنف", "واصل", "واصلت", "يواصل", "تواصل", "جدد", "جددت",
                       "يجدد", "تجدد", "صعد", "صعدت", "يصعد", "تصعد", "كثف", "كثفت", "يكثف", "تكثف")
_RESUMED_REACH = 6  # the subject and a time word between the verb and its object: "استأنفت القوات الهندية اليوم"
_ACT_NOUNS = fold_words("عملية", "عمليات", "حملة", "حملات")


def _resumed_by(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """The subject of a verb of going on whose object is the act noun ("واستأنفت القوات الهندية القصف
    على المناطق الحدودية"، "إن القوات الهندية استأنفت اليوم عملية القصف"): who resumed it does it."""
    head = trig.head
    if head > 0 and word_forms(view.tokens[head - 1]) & _ACT_NOUNS:
        head -= 1
    for p in range(head - 1, max(-1, head - 1 - _RESUMED_REACH), -1):
        tok = view.tokens[p]
        if tok.kind != "word":
            return None
        forms = word_forms(tok) | {f[1:] for f in word_forms(tok) if f[:1] in {"و", "ف"}}
        if not forms & _RESUMING:
            continue
        between = range(p + 1, head)
        subject = subject_after(view, p, cues, head - p - 1) if between else None
        if subject is not None and subject.last < head and all(
                view.covered(k) or view.tokens[k].norm in TIME_WORDS for k in between):
            return subject
        if all(view.tokens[k].norm in TIME_WORDS for k in between):
            svo = clause_subject_before(view, p, cues)
            return svo[0] if svo is not None else None
        return None
    return None


def _role_holder(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"أشاد غراهام بالدور المصري في الوساطة": the state whose role the act is, by the nationality
    adjective on دور right before في and the verbal noun, by the name after دور ("بدور مصر في"), or by the
    pronoun on it ("بدورها في")."""
    k = trig.head
    if k >= 2 and view.tokens[k - 1].norm == "في" and view.tokens[k - 2].norm in _ROLE_PRONOUNS:
        # "مشيدا بدورها في جهود الوساطة": the role is whose the pronoun refers to
        return _pronoun_owner(view, k - 2, "ها" if view.tokens[k - 2].norm.endswith("ها") else "ه", None)
    if k >= 3 and view.tokens[k - 1].norm == "في" and (owner := view.covering(k - 2)) is not None and \
            owner.last == k - 2 and owner.first > 0 and view.tokens[owner.first - 1].norm in _ROLE_NOUNS:
        return owner  # "بدور مصر في جهود الوساطة"
    if k < 3 or view.tokens[k - 1].norm != "في" or k - 2 not in view.nisbas or \
            view.tokens[k - 3].norm not in _ROLE_NOUNS:
        return None
    return nisba_actor(view, k - 2, "GOV")


_ROLE_PRONOUNS = fold_words("بدورها", "بدوره", "ودورها", "ودوره", "دورها", "دوره", "لدورها", "لدوره")


def _a_state(act: ActorMention) -> bool:
    """A country (gpe.TUR), not a city, province or region: only a state strikes in its own name."""
    entity = act.actor.entity_id or ""
    return entity.startswith("gpe.") and len(entity) == 7 and entity[4:].isupper()


def _sent_message(view: SentenceView, head: int) -> bool:
    """"بعث الملك سلمان برقية تهنئة للرئيس": a noun in a message (برقية، رسالة) or right after a sending
    verb is addressed to the actor after ل, not done by it."""
    return any(word_forms(view.tokens[k]) & _MESSAGE_WORDS for k in range(max(0, head - 4), head))


_SENDING_VERBS = fold_words("بعث", "بعثت", "أرسل", "أرسلت", "وجه", "وجهت", "يبعث", "تبعث", "يرسل", "ترسل")
_IN_IT = fold_words("فيها", "فيه")  # "برقية … عبر فيها عن": the message the verb's subject wrote
_SENDER_REACH = 22  # words from a sending verb to its message: a protocol subject runs long (office, honorifics, name)
_WRITER_REACH = 32  # the sender's long name, then the message and its addressee's name ("برقية مماثلة للرئيس …")
_MESSAGE_WORDS = _SENDING_VERBS | fold_words("برقية", "برقيتي", "رسالة", "رسالتي", "يوجه", "توجه")


_BY_HAND_REACH = 7
_CONDEMNED_HAND_REACH = 12  # the condemned act, its victim and the victim's name between


def _by_hand(view: SentenceView, last: int, reach: int = _BY_HAND_REACH) -> ActorMention | None:
    """The actor after "على يد" (على أيدي، بأيدي، من قبل) a few words after a killing, a time and a comma allowed
    between, with at most one word for its members before it ("على يد عناصر المقاومة الشعبية")."""
    for k in range(last + 1, min(len(view.tokens) - 2, last + reach)):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in _BY_HAND_PUNCT:
            return None
        hand = k + 2 if tok.norm == "علي" and view.tokens[k + 1].norm in _HANDS else \
            k + 2 if tok.norm == "من" and view.tokens[k + 1].norm == "قبل" else \
            k + 1 if tok.norm in _BY_HANDS else None
        if hand is not None:  # "على يد"، "على أيدي"، "بأيدي"، "بيد"، "من قبل"
            return next((a for p in (hand, hand + 1) if p < len(view.tokens) and (a := view.actor_at(p)) is not None
                         and a.first == p and not a.prefix), None)
    return None


def _passive_after(view: SentenceView, trig: Trigger) -> bool:
    """The word after the verb is a preposition, a cause word or a time word, so no object follows:
    "الذي قتل في مارس"، "التي قتلت جراء القصف"، "الذي قتل أمس"."""
    k = trig.last + 1
    if k >= len(view.tokens) or view.tokens[k].kind != "word":
        return k >= len(view.tokens) or view.tokens[k].text in {".", "،", ","}
    tok = view.tokens[k]
    return bool(word_forms(tok) & (_PASSIVE_NEXT | TIME_WORDS | _BY_FIRE)) or tok.norm in {"علي"} and \
        k + 1 < len(view.tokens) and view.tokens[k + 1].norm in _HANDS


_PASSIVE_NEXT = fold_words("في", "خلال", "جراء", "إثر", "اثر", "بعد", "أثناء", "اثناء", "بسبب", "برصاص", "بنيران",
                           "بقصف", "بغارة", "بانفجار", "بتفجير", "عندما", "حين")


def _armed_unnamed(act: ActorMention) -> bool:
    """An attacker no name gives (a bomber, gunmen): `…INS`, `…UAF` with no entity."""
    return act.actor.entity_id is None and (act.actor.actor_code or "").endswith(("INS", "UAF"))


def _accusative_free(forms: set[str]) -> set[str]:
    """The forms with an indefinite accusative ا taken off too ("مسجدا" → مسجد)."""
    return forms | {f[:-1] for f in forms if f.endswith("ا") and len(f) > 3}


def _by_fire(view: SentenceView, last: int) -> ActorMention | None:
    """The actor after "بنيران"/"برصاص" a few words after a killing ("لقي مصرعه برصاص قناص من الحوثيين"
    has none; "بنيران مسلحين مجهولين" has the gunmen), one word for its kind allowed before it."""
    for k in range(last + 1, min(len(view.tokens) - 1, last + _BY_HAND_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"،", ","}:
            return None
        if word_forms(tok) & _BY_FIRE:
            return next((a for p in (k + 1, k + 2) if p < len(view.tokens) and (a := view.actor_at(p)) is not None
                         and a.first == p and a.prefix in {"", "ل"}), None)  # "بقصف للطيران الأمريكي"
    return None


_BY_FIRE = fold_words("بنيران", "برصاص", "بقذيفة", "بقذائف", "بغارة", "بقصف")
_HANDS = fold_words("يد", "أيدي", "ايدي")
_BY_HANDS = fold_words("بأيدي", "بايدي", "بيد")


# a comma, or quote marks around the victim's name ("حرق الرضيع الفلسطيني "علي دوابشة" على يد مستوطنين")
_BY_HAND_PUNCT = frozenset(QUOTE_MARKS | {"،", ","})
_DENOUNCE = "111"  # condemning "الحادث"، "الجريمة": the act told before
_RIOT = "145"  # violent protest: stones and firebombs thrown at a house hit its people
# The prepositions an attack takes its object with ("غارات على"، "هجوم ضد")
AGAINST_WORDS = frozenset(normalize_form(w) for w in ("على", "ضد"))
# Plain words of assault a reaction may condemn; too general to be events themselves
ASSAULT_WORDS = fold_words("اعتداء", "اعتداءات", "تعدي", "تعديات")
# Adjectives that make a vehicle or a building a force's own ("قافلة عسكرية"، "شاحنات حربية")
_MILITARY_ADJECTIVES = fold_words("عسكرية", "عسكري", "العسكرية", "العسكري", "حربية", "الحربية", "أمنية", "الأمنية")
_AGAINST_REACH = 3  # words from the doer to that preposition: a second doer may stand between
_CAUSE_REACH = 10  # words after a killing noun where the attack it came from may be told
_BLOCKADE = "191"
_TAKE_GROUND = "192"
# Craft and weapons that stand for a state's forces when a nationality follows them.
_ARMED_CRAFT = fold_words("طائرة", "طائرات", "مقاتلة", "مقاتلات", "مروحية", "مروحيات", "دبابة", "دبابات", "بارجة",
                          "بوارج", "سفينة", "سفن", "زورق", "زوارق", "مدفعية", "مسيرة", "مسيرات")
_DESCRIBING_WORDS = 2  # adjectives between a verbal noun and "من قبل"


def _by_agent(view: SentenceView, last: int) -> ActorMention | None:
    """The actor after "من قبل" right after a verbal noun, or after up to two words describing it
    ("لهجوم عنيف من قبل الحوثيين"): its doer, whatever pronoun the noun carries."""
    k = last + 1
    for _ in range(_DESCRIBING_WORDS):
        if k < len(view.tokens) and view.tokens[k].norm != "من" and view.tokens[k].kind == "word" \
                and view.actor_at(k) is None and not view.tokens[k].proclitics:
            k += 1
    if k + 2 >= len(view.tokens) or view.tokens[k].norm != "من" or view.tokens[k + 1].norm != "قبل":
        return None
    act = view.actor_at(k + 2)
    return act if act is not None and act.first == k + 2 and not act.prefix else None


def _pronoun_subject(view: SentenceView, head: int) -> bool:
    """The verb follows أنه/أنها (with قد/لن between at most): its subject is that pronoun."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return k >= 0 and bool(word_forms(view.tokens[k]) & _PRONOUN_COMPS)


_UNDER = fold_words("تحت")
def _own_people(view: SentenceView, start: int, src: ActorMention | Actor | None) -> ActorMention | None:
    """"مواطنيها"، "رعاياه": the doer's own nationals as the object right after the subject (a time word may
    stand between), the civilians of the doer's country, not the place named after them."""
    country = actor_of(src).country_iso3 if src is not None and actor_of(src) is not None else None
    if country is None:
        return None
    for k in range(start + 1, min(len(view.tokens), start + 3)):
        tok = view.tokens[k]
        if tok.norm in TIME_WORDS:
            continue
        if tok.kind == "word" and tok.norm.removeprefix("و") in _OWN_PEOPLE:
            span = Span(tok.start, tok.end, tok.text)
            return ActorMention(k, k, Actor(None, f"{country} CVL", country, country + "CVL", span), "CVL")
        return None
    return None


# The nationals of whoever speaks, named by a pronoun ("مواطنيها"، "رعاياه"، "جاليتها").
_OWN_PEOPLE = fold_words("مواطنيها", "مواطنيه", "مواطنيهم", "مواطنينا", "رعاياها", "رعاياه", "رعاياهم", "رعايانا",
                         "جاليتها", "جاليته", "جالياتها")
_CONFLICT_ROOT = "09"  # CAMEO roots from here on are demands, disapproval, threats and force
_UNIDENTIFIED = Actor(actor_code="UAF")  # CAMEO's unidentified armed force: no country from the place
# "من المتوقع فتح القاعدة"، "من المقرر عقد": a verbal noun, not a verb, follows these.
_EXPECTED = fold_words("المتوقع", "المقرر", "المنتظر", "المفترض", "المرتقب")
DEMONSTRATIVES = fold_words("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء")
_NOUN_BEFORE = fold_words("في", "من", "عن", "على", "إلى", "بعد", "قبل", "خلال", "جراء", "بسبب", "إثر", "منذ")
_OBJECT_PRONOUNS = ("ها", "هم", "هما", "ه")
_PEOPLE_OBLIQUE = frozenset(normalize_form(w) for w in ("المواطنين", "مواطنين", "المقيمين", "المسلمين"))
_CLAIMING = fold_words("تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى")


_CALLER_REACH = 4  # "بدعوة من المنظمات والمجلس الوطني": a kind of body and و before the one named


def _caller_after_min(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """The one named after "بدعوة من" (an appeal noun with ب, then من) with no visit in the sentence (an
    invitation to a visit is `_at_invitation`'s): the caller, the clause being what was called for."""
    head = view.tokens[trig.head]
    if trig.kind != "noun" or not (trig.entry.code[:2] == "02" or trig.entry.code == INVITE_CODE) or \
            not head.norm.startswith(("بدعو", "وبدعو")) or \
            trig.last + 1 >= len(view.tokens) or view.tokens[trig.last + 1].norm != "من":
        return None
    for k in range(trig.last + 2, min(len(view.tokens), trig.last + 2 + _CALLER_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return None
        act = view.actor_at(k)
        if act is not None:
            return act if act.first == k and act.prefix in {"", "و"} else None
    return None


def _claimed_act(view: SentenceView, head: int) -> bool:
    """"تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين": a verb form right after a claiming verb, or
    after its subject, is the verbal noun of the act claimed (the police were killed, they killed nobody).
    A time word may stand before it ("تبنى مسلحو حزب العمال أمس قتل")."""
    if head > 1 and word_forms(view.tokens[head - 1]) & TIME_WORDS:
        head -= 1
    if head == 0:
        return False
    before = view.covering(head - 1)
    k = before.first - 1 if before is not None and before.last == head - 1 else head - 1
    if k > 0 and before is not None and word_forms(view.tokens[k]) & (MEMBER_HEADS | MEMBERS_NOMINATIVE):
        k -= 1  # "متمردو حزب العمال"
    return k >= 0 and bool(word_forms(view.tokens[k]) & _CLAIMING)


_DURING = frozenset({"خلال", "اثناء", "لدي", "عند"})  # folded
_RECEIVED_IT = frozenset({"تلقاه", "تلقته", "تلقاها", "تلقيناه", "يتلقاه", "تتلقاه"})  # a relative: the
# subject received the call, so the one after من made it
_PATTERN_PREPS = frozenset({"علي", "ضد", "في", "عن", "الي", "مع", "بين"})  # folded
_CLAIM_REACH = 4  # "أعلنت جماعة الحوثي، مساء الجمعة، استهداف سفينة": an aside between
_ANNOUNCE = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنا", "اعلنوا"})
_CONDEMNED_REACH = 3  # words from a reaction to the act it names: "أدان بشدة الغارات الإسرائيلية"


def _unknown_gap_object(view: SentenceView, trig: Trigger, src: ActorMention | Actor | None) -> bool:
    """A pattern written in two parts whose gap opens (after at most a preposition) on a name the knowledge
    base lacks, with no known actor before it there: that name is the object, so no actor further on is."""
    if not has_gap(trig) or not view.unknown_names:
        return False
    if isinstance(src, ActorMention) and trig.head < src.first < trig.words[1]:
        return False  # the subject stands in the gap ("حمل X Y المسؤولية")
    after_prep = view.tokens[trig.head + 1].norm in _PATTERN_PREPS
    if src is None and not after_prep:
        return False  # "حمل X Y المسؤولية" with no subject before: the gap's first name is the subject
    for a, b in view.unknown_names:
        if a == trig.head + 1 + after_prep and b < trig.words[1]:
            return not any(trig.head < act.first < a for act in view.actors)
    return False


def _unknown_after_pattern(view: SentenceView, trig: Trigger) -> bool:
    """"وجاء القبض على سون بعد ثمانية أشهر من إلقاء الشرطة …": a pattern ending in its preposition is
    followed at once by its object; a name there the knowledge base lacks is whom, so no actor further on is."""
    if trig.last + 1 >= len(view.tokens) or view.tokens[trig.last].norm not in _PATTERN_PREPS:
        return False
    return any(a == trig.last + 1 for a, _ in view.unknown_names)


def _premises(tok: Token) -> bool:
    """The word names a body by its building (السفارة، القنصلية، مقر …): struck, never striking."""
    return bool({f.removeprefix("ال") for f in word_forms(tok)} & _PREMISES)


_BELONGING = fold_words("تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين")
_CRAFT_REACH = 6  # words from the act to the craft ("بغارات من طائرات حربية")


def _craft_owner(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"جراء استهدافهما بغارات من طائرات حربية تابعة للائتلاف": craft said to belong to a side (تابعة لـ X),
    named right after an act of force, make that side its doer."""
    end = min(len(view.tokens), trig.last + 1 + _CRAFT_REACH)
    for k in range(trig.last + 1, end):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return None
        if not {f.removeprefix("ال") for f in word_forms(tok)} & _ARMED_CRAFT:
            continue
        for j in range(k + 1, min(len(view.tokens) - 1, k + 4)):
            if word_forms(view.tokens[j]) & _BELONGING:
                owner = view.actor_at(j + 1)
                return owner if owner is not None and owner.first == j + 1 and "ل" in owner.prefix else None
        return None
    return None


_TOPIC = fold_words("أما", "وأما")
_TOPIC_REACH = 25  # words from أما to the ف that answers it, past a relative clause on the topic
_ANSWER_PARTICLES = fold_words("قد", "إن", "إنه", "إنها", "انه", "انها")


def _topic_subject(view: SentenceView, head: int) -> ActorMention | None:
    """"أما مصر التي باتت تستشعر الخطر …، فقد طلبت من الولايات المتحدة أسلحة": a verb opening the answer of
    أما (written with ف, or after فقد/فإن) has the topic named right after أما as its subject, whatever
    the relative clause between names."""
    tok = view.tokens[head]
    answer = tok.norm.startswith("ف") and len(tok.norm) > 3
    if not answer and head > 0 and view.tokens[head - 1].norm.startswith("ف") and \
            view.tokens[head - 1].norm[1:] in _ANSWER_PARTICLES:
        answer = True
    if not answer:
        return None
    for k in range(head - 1, max(-1, head - _TOPIC_REACH), -1):
        if view.tokens[k].norm in _TOPIC:
            topic = view.actor_at(k + 1)
            return topic if topic is not None and topic.first == k + 1 else None
        if view.tokens[k].kind == "punct" and view.tokens[k].text in ".؟!:":
            return None
    return None


def _praised_owner(view: SentenceView, trig: Trigger, src: ActorMention | Actor | None) -> ActorMention | None:
    """"أكد أردوغان أن تركيا ترى في مصر شريكا، مشيدا بدورها": praise of a role or effort that carries a
    pronoun ("بدورها"، "بجهوده") is praise of whom the pronoun refers to: the nearest actor named before in
    the sentence, of the pronoun's gender (ها a state or a body named by a feminine noun, ه a person),
    neither the speaker nor his own country."""
    if trig.entry.code[:2] != _PRAISE_ROOT or trig.last + 1 >= len(view.tokens):
        return None
    owned = view.tokens[trig.last + 1]
    word = owned.norm
    if owned.kind != "word" or not word.startswith("ب") or word.startswith("بال") or view.covered(trig.last + 1):
        return None
    pronoun = "ها" if word.endswith("ها") and len(word) > 4 else "ه" if word in _PRAISED_HIS else None
    if pronoun is None:
        return None
    return _pronoun_owner(view, trig.head, pronoun, actor_of(src) if src is not None else None)


def _pronoun_owner(view: SentenceView, pos: int, pronoun: str, speaker: Actor | None) -> ActorMention | None:
    """Whom a possessive pronoun at `pos` refers to: the nearest actor named before it in the sentence, if
    it agrees (ها a state or a body named by a feminine noun, ه a person); the speaker and his own country
    are passed over."""
    for act in sorted((a for a in view.actors if a.last < pos), key=lambda a: -a.last):
        if speaker is not None and (key_of(act.actor) == key_of(speaker) or
                                    act.actor.country_iso3 and act.actor.actor_code == act.actor.country_iso3
                                    and act.actor.country_iso3 == speaker.country_iso3):
            continue
        feminine = act.type == "GPE" or act.type == "ORG" and \
            (view.tokens[act.first].norm.endswith("ه") or view.tokens[act.first].norm.endswith("ة"))
        if pronoun == "ها" and feminine or pronoun == "ه" and act.type == "PER":
            return act
        return None  # the nearest name does not agree: the pronoun is another's
    return None


# What is praised with his pronoun (ه is also how ة is folded, so the nouns are listed): his role, efforts,
# stance, care, initiative.
_PRAISED_HIS = frozenset(normalize_form(w) for w in (
    "بدوره", "بجهوده", "بموقفه", "بمواقفه", "بحرصه", "بمبادرته", "بمساعيه", "بدعمه", "بجهودها"))


_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")  # "معه"، "معها"، "معهم"، "معهما"
_LONG_SUBJECT_TAIL = 4  # words of the pattern's gap left after its subject ("حفظه الله اتصالا هاتفيا")


def _feminine_verb(tok: Token) -> bool:
    """A verb in the feminine (دعت، أدانت، تدعو، تطالب), و or ف before it allowed."""
    norm = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 3 else tok.norm
    return norm.endswith("ت") or norm.startswith("ت")


_COERCE = "17"
_ARREST_CODE = "173"
# Verbs whose own last letters are هم, no object pronoun: "المالكي الذي اتهم المملكة" is Maliki accusing.
_STEMS_IN_HM = fold_words("اتهم", "يتهم", "تتهم", "نتهم", "داهم", "يداهم", "تداهم", "ساهم", "يساهم", "تساهم",
                          "أسهم", "يسهم", "تسهم", "فهم", "يفهم", "تفهم")


def _people_plural(tok: Token) -> bool:
    """A nationality in the plural of people (سعوديين، يمنيون، الأمريكيين), not an adjective of a thing."""
    word = tok.norm.removeprefix("و").removeprefix("ال")
    return word.endswith(("يين", "يون")) and len(word) > 5
