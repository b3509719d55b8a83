"""Source and target of a predicate from the shape of an Arabic news sentence.

Arabic news is mostly verb-subject-object: the subject is the first bare actor after the verb, the
object the next bare one; prepositions named by the lexicon entry (مع، ب، إلى، على …) introduce the
target. Nominal sentences put the subject before the predicate ("إيران مستعدة ل…"), verbal nouns take
their agent as a genitive ("زيارة روحاني إلى باكو"), and participles (مشيدا، داعيا) share the subject
of the clause they hang on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Actor, Token
from marsad.events.actors import ActorMention, cover_index
from marsad.events.cues import ClauseMarks, Cues, clause_marks, load_cues, purpose_clause, word_forms
from marsad.events.lexicon import TIME_WORDS, Trigger, abbreviation_dot
from marsad.facts.numbers import count_word
from marsad.kb.loader import load_offices
from marsad.text.normalize import normalize_form

_PREP_CLITICS = ("ب", "ل", "ك")
_CLAUSE_STOP = {".", ":", "؛", "؟", "!", "?", "«", "»", '"', "“", "”"}
_OPENING = {"«", "“", '"'}
TARGET_WINDOW = 9
PROTOCOL_TARGET_WINDOW = 16
# After a cue on an honorific ("برقية تهنئة لفخامة الرئيس توني تان كنق يام رئيس جمهورية سنغافورة") the
# addressee's office may close a run of rank and name words the knowledge base does not hold.
PROTOCOL_CUE_REACH = 9
CUE_REACH = 4  # "مشيدا بدورها في جهود الوساطة … في غزة": Gaza is too far from ب to be what is praised
_COMPLEMENTISERS = {"ان", "انه", "انها", "بان", "بانه"}


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens and actors, with a lookup from a token position to the actor starting there."""

    index: int
    tokens: list[Token]
    actors: list[ActorMention]
    nisbas: dict[int, str] = field(default_factory=dict)  # position -> country of a free nisba
    # (first, last) of names only the learned tagger finds, people and bodies the knowledge base lacks:
    # no actors, but a clause whose subject one of them is has no other subject (events/tagged.py)
    unknown_names: list[tuple[int, int]] = field(default_factory=list)
    # id(cues) -> (cues, the sentence's clause_marks); shared with the views `frame_view` makes of the
    # same sentence, since every trigger in it asks for them.
    clause_memo: dict[int, tuple[Cues, ClauseMarks]] = field(default_factory=dict, repr=False, compare=False)

    # Lookups by position, made on first use: the argument rules ask them around every trigger, and a
    # scan of all the actors each time made a long sentence quadratic. `actors` is not changed after.
    _starting: dict[int, list[ActorMention]] | None = field(default=None, repr=False, compare=False)
    _cover: dict[int, ActorMention] | None = field(default=None, repr=False, compare=False)
    # The view without the actors that only frame a report (`clauses.frame_view`, asked for each trigger).
    unframed: SentenceView | None = field(default=None, repr=False, compare=False)

    def marks(self, cues: Cues) -> ClauseMarks:
        known = self.clause_memo.get(id(cues))
        if known is None or known[0] is not cues:
            known = self.clause_memo[id(cues)] = (cues, clause_marks(self.tokens, cues))
        return known[1]

    def starting(self, pos: int) -> list[ActorMention]:
        """The actors that start at token `pos`, in list order."""
        if self._starting is None:
            self._starting = {}
            for act in self.actors:
                self._starting.setdefault(act.first, []).append(act)
        return self._starting.get(pos, [])

    def actor_at(self, pos: int) -> ActorMention | None:
        found = self.starting(pos)
        return found[0] if found else None

    def covered(self, pos: int) -> bool:
        """Token `pos` lies inside some actor."""
        if self._cover is None:
            self._cover = cover_index(self.actors)
        return pos in self._cover

    def covering(self, pos: int) -> ActorMention | None:
        """The actor token `pos` lies inside, if any."""
        if self._cover is None:
            self._cover = cover_index(self.actors)
        return self._cover.get(pos)


def _bare(act: ActorMention) -> bool:
    """No preposition written onto the actor (وروحاني is bare, لباكو is not)."""
    return not any(c in act.prefix for c in _PREP_CLITICS)


def _is_prep(tok: Token, cues: Cues) -> bool:
    return bool(word_forms(tok) & cues.prepositions)


# Prepositions inside a title ("المتحدث باسم الوزارة"، "المندوبة لدى الأمم المتحدة"): the organisation
# after them belongs to the title, the subject's name still follows.
_TITLE_PREPS = {normalize_form(w) for w in ("باسم", "لدى")}
_SPOKEN_FOR = normalize_form("باسم")
# "النائب عن كتلة الوفاء للمقاومة حسن فضل الله": after a representative's title, عن names the body or
# place he sits for, and his name follows it.
REPRESENTATIVES = frozenset({"نائب", "نائبه", "عضو", "ممثل", "مرشح"})


def _undefined_word(norm: str) -> str:
    norm = norm[1:] if norm[:1] in {"و", "ف"} and len(norm) > 3 else norm
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


_SPOKESMEN = frozenset(normalize_form(w) for w in ("المتحدث", "متحدث", "المتحدثة", "الناطق", "ناطق", "الناطقة"))


def past_post(view: SentenceView, start: int, src: ActorMention) -> int:
    """"طالبت المندوبة الأمريكية لدى الامم المتحدة ليندا توماس غرينفيلد الطرفين": where an envoy is posted
    (لدى X, or إلى X before his name) and his name after it belong to the subject, not to the object."""
    j = start + 1
    if j + 1 >= len(view.tokens) or view.tokens[j].norm not in _POSTED_AT or (post := view.actor_at(j + 1)) is None:
        return start
    name = view.actor_at(post.last + 1)
    if name is not None and name.type == "PER" and name.actor.country_iso3 == src.actor.country_iso3:
        return name.last
    return post.last if view.tokens[j].norm == _AT else start


_AT = normalize_form("لدى")
_POSTED_AT = frozenset({_AT, normalize_form("إلى")})


def _unknown_name_word(view: SentenceView, k: int) -> bool:
    """Token k is a bare word no actor covers and no function word: a name the knowledge base lacks."""
    tok = view.tokens[k]
    return tok.kind == "word" and not tok.article and not view.covered(k) and len(tok.norm) > 2 and \
        tok.norm not in _NAME_STOP and not tok.norm.startswith(("و", "ب", "ل"))


# Words opening a clause of time or circumstance: a subject is never sought past them.
_SUBORDINATORS = frozenset(normalize_form(w) for w in (
    "عندما", "حينما", "بينما", "فيما", "بعدما", "قبلما", "ريثما", "كلما", "لما", "حين", "إذ", "حيث"))
_WHEREAS = normalize_form("فيما")  # also "as to" ("فيما يخص سوريا"): what follows may be the target
_NAME_STOP = frozenset(normalize_form(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "أمس", "اليوم"))


def _name_after_post(view: SentenceView, act: ActorMention) -> ActorMention | None:
    """The person named right after an office holder's post ("المبعوث الأمريكي إلى سوريا توم براك")."""
    end = past_post(view, act.last, act)
    return next((a for a in view.actors if a.last == end and a.first > act.last and a.type == "PER"), None) \
        if end > act.last else None


def subject_after(view: SentenceView, pos: int, cues: Cues, limit: int = 3, speaker: bool = False) -> ActorMention | None:
    """The first bare actor within `limit` words after `pos`, with no preposition or clause break
    between. A title's organisation ("باسم الوزارة") and a side ("عن الجانب السعودي") are skipped
    and not counted; a synthetic group ("رئيس حكومة … اللبنانية") followed by a named person is that
    person. Looking for a `speaker`, the search stops at a complementiser after a speech verb or after a
    word: what follows أن is what was said ("وأكد السديري أن المملكة بقيادة الملك سلمان …"), though for
    the events of the sentence its subject is still the doer ("وقال المتحدث إن السيسي أكد …، ورفضها …")."""
    seen, j, spoken_for = 0, pos + 1, None
    while j < len(view.tokens) and seen < limit:
        act = view.actor_at(j)
        tok = view.tokens[j]
        if act is not None and act.prefix == "ل" and act.type == "ORG" and spoken_for is None and \
                any(word_forms(view.tokens[k]) & (cues.title_nouns | _SPOKESMEN) for k in range(max(pos + 1, j - 2), j)):
            spoken_for, j = act, act.last + 1  # "أعلن المتحدث الأمني لوزارة الداخلية اللواء منصور التركي"
            continue
        if act is not None and j == pos + 2 and _feminine_head_after_masculine(view, pos):
            return spoken_for  # "ودعا قيادة المقاومة الشعبية إلى": the leadership is called (it would read دعت)
        if act is not None:
            if not _bare(act) or (spoken_for is not None and act.type != "PER") or \
                    (j > pos + 1 and act.type in {"GPE", "LOC"} and (_prefixed_place_noun(view.tokens[j - 1]) or
                                                                    _ba_office(view, j - 1, cues))):
                # "وناشدت طرفي النزاع بمدينة سبها": a place after بمدينة is where, not who
                return spoken_for  # "رفض المتحدث باسم الخارجية الجزائرية اتهامات المغرب": Morocco is the object
            if j == pos + 1 and _oblique_plural(view, act):
                return spoken_for  # "حيث يلتقي مسؤولين عراقيين": a subject would be مسؤولون
            titled = _titled_person(view, act, cues) if seen > 0 else None
            if titled is None and act.type == "PER" and (name := _name_after_post(view, act)) is not None:
                return name  # "وصل المبعوث الأمريكي إلى سوريا توم براك": the office's holder is named after his post
            return titled or _named(view, act)
        if j == pos + 1 and not tok.article and tok.norm in _DOCUMENT_NOUNS:
            issuer = view.actor_at(j + 1)  # "وقال بيان لوزارة الخارجية المغربية إن": the statement's issuer
            if issuer is not None and issuer.first == j + 1 and issuer.prefix == "ل" and issuer.type != "GPE":
                return issuer
            if j + 3 < len(view.tokens) and view.tokens[j + 1].norm in _ISSUED and view.tokens[j + 2].norm == "عن":
                issuer = view.actor_at(j + 3)  # "وقال بيان صادر عن الديوان الملكي"
                if issuer is not None and issuer.first == j + 3 and not issuer.prefix:
                    return issuer
        if j <= pos + 2 and act is None and (j == pos + 1 or view.tokens[pos + 1].article and not view.covered(pos + 1)) \
                and (name_end := next((b for a, b in view.unknown_names if a == j), None)) is not None and \
                not _titled_after(view, name_end, cues):
            return spoken_for  # "وانتقد جون بيركو الحكومة البريطانية"، "وانتقد الناشط سامر الخطيب الحكومة":
            # a person the knowledge base lacks is the subject (the tagger found the name); the actor after is
            # the object. A title after the name ("زار بوريس روغه السفير الألماني") describes him: read on.
        if j == pos + 1 and tok.norm in cues.rank_words and act is None and j + 2 < len(view.tokens) and \
                _unknown_name_word(view, j + 1):
            return spoken_for  # "دعا الشيخ عائض القرني المسلمين": a titled person the knowledge base lacks; the
            # actor after his name is the object
        if j == pos + 1 and tok.article and tok.norm[2:] in cues.office_heads and not _named_after(view, j):
            return spoken_for  # "وأدان الوزير جريمة قتل الطفل الفلسطيني": an unnamed official, not the victim
        if j == pos + 1 and tok.kind == "word" and not tok.article and tok.norm in cues.office_heads and \
                not _holder_in_title(view, j, cues):
            return spoken_for  # "توعد قائد القوة الدولية الجديدة لقتال الجماعة": an unnamed commander, not the group
        if j == pos + 1 and act is None and word_forms(tok) & _PREACHERS and (named := _preacher_named(view, j)):
            return named  # "دعا خطيب صلاة الجمعة في محافظة كربلاء عبدالمهدي الكربلائي، الحكومة": the preacher
        if j == pos + 1 and unnamed_noun_subject(view, j, cues):
            return spoken_for  # "ودعت الجامعة المواطنين": the university, not the citizens, called
        if j == pos + 1 and not speaker and word_forms(tok) & RESUMPTIVE_PREPS:
            j += 1  # "في خطوة رحبت بها باريس": the relative's pronoun, then the subject
            continue
        if word_forms(tok) & _TITLE_PREPS or (tok.norm == "عن" and j > pos + 1 and
                                              _undefined_word(view.tokens[j - 1].norm) in REPRESENTATIVES):
            owner = view.actor_at(j + 1)
            if owner is not None and tok.norm == _SPOKEN_FOR and j == pos + 2 and owner.type in {"ORG", "GPE"}:
                spoken_for = owner  # "رفض المتحدث باسم الخارجية الجزائرية الاتهامات": unnamed, he speaks for it
            j = owner.last + 1 if owner is not None else j + 1
            continue
        if tok.norm == "عن" and j + 1 < len(view.tokens) and view.tokens[j + 1].norm == "الجانب":
            j += 3  # "عن الجانب السعودي": on behalf of a side, the signer's name follows
            continue
        if word_forms(tok) & cues.title_links and _is_prep(tok, cues) and \
                any(word_forms(view.tokens[k]) & cues.title_nouns for k in range(max(pos + 1, j - 2), j)):
            owner = view.actor_at(j + 1)  # "المبعوثة الأممية إلى ليبيا هانا تيتيه": the envoy's post
            j = owner.last + 1 if owner is not None else j + 1
            continue
        if tok.text in _OPENING and j > pos + 1 and word_forms(view.tokens[j - 1]) & (MEMBER_HEADS | MEMBERS_NOMINATIVE | _BODY_HEADS):
            j += 1  # "هاجم مقاتلو «جبهة النصرة» مقر الفرقة"، "اتهمت حركة «حماس» إسرائيل": the name quoted after
            continue  # its members or after the kind of body it is
        if word_forms(tok) & _SUBORDINATORS:
            return spoken_for  # "وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات": the government is another clause's
        if j > pos + 1 and abbreviation_dot(view.tokens, j) \
                and not any(t.norm[:1] in {"ل", "ب"} for t in view.tokens[pos + 1:j - 1]):
            # "انتقد مفتي الديار المصرية د. شوقي علام": the dot of an abbreviated title takes no room (not after a
            # phrase with ل or ب, "قدم الأطفال شكرهم لوزير التجارة د. توفيق الربيعة": whom they thank)
            j += 1
            continue
        if tok.text in {"،", ","} and _title_then_name(view, pos + 1, j, cues):
            j += 1  # "اجتمع رئيس الوزراء، بنيامين نتنياهو، مع نظيره": the holder set off by commas after his title
            continue
        if tok.kind == "punct" or _is_prep(tok, cues) or (speaker and tok.norm in cues.complementisers and (
                j > pos + 1 or word_forms(view.tokens[pos]) & cues.speech_verbs)):
            return spoken_for  # "ورغم أن إردوغان لم يشر …" still opens on its subject
        if tok.norm in _WHAT:
            return spoken_for  # "ورفض ما تطرحه الحكومة الإسرائيلية": the government is what is rejected's subject
        if j > pos + 1 and tok.norm in _CLAUSE_COMPLEMENTISERS and not word_forms(view.tokens[pos]) & cues.speech_verbs:
            # "ودعا الربيع بأن تقوم بذلك وزارة الثقافة": the ministry is the called clause's subject (after a
            # speech verb the said clause's subject is still the sentence's doer, see above)
            return spoken_for
        seen, j = seen + (tok.norm not in cues.rank_words), j + 1
    return spoken_for


def _ba_office(view: SentenceView, k: int, cues: Cues) -> bool:
    """"مدير إدارة شؤون المعلمين بتعليم جازان"، "لإدارة الطوارئ بصحة بيشة": a word with ب written on it (no
    preposition of its own, no actor) before a town names the town's branch of a service; the town is
    where, not who."""
    tok = view.tokens[k]
    return tok.kind == "word" and tok.norm[:1] == "ب" and tok.norm[1:] in _BRANCH_SERVICES and not view.covered(k)


# Services a town's branch office is named by ("بتعليم جازان"، "بصحة بيشة"، "بشرطة الرياض")
_BRANCH_SERVICES = frozenset(normalize_form(w) for w in (
    "تعليم", "صحة", "شرطة", "إمارة", "امارة", "أمانة", "امانة", "بلدية", "مستشفى", "محكمة", "جامعة", "فرع",
    "مرور", "جوازات", "مكتب", "إدارة", "ادارة", "مديرية", "هيئة", "غرفة"))


def _prefixed_place_noun(tok: Token) -> bool:
    """A place noun with ب or ل written onto it ("بمدينة"، "لمحافظة"): the tokens keep such proclitics."""
    return tok.kind == "word" and tok.norm[:1] in {"ب", "ل"} and tok.norm[1:] in PLACE_NOUNS


_PREACHERS = frozenset(normalize_form(w) for w in ("خطيب", "إمام", "امام", "خطيبا", "إماما"))
_PREACHER_REACH = 7  # "خطيب صلاة الجمعة في محافظة كربلاء": his mosque or prayer and its town, then his name


def _preacher_named(view: SentenceView, j: int) -> ActorMention | None:
    """The person named after a preacher's title and the prayer, mosque and town it names, before any
    punctuation or other actor than a place."""
    for k in range(j + 1, min(len(view.tokens), j + 1 + _PREACHER_REACH)):
        if view.tokens[k].kind == "punct":
            return None
        act = view.actor_at(k)
        if act is None:
            continue
        if act.type == "PER" and act.first == k:
            return act
        if act.type not in {"GPE", "LOC"}:
            return None
    return None


def _title_then_name(view: SentenceView, start: int, comma: int, cues: Cues) -> bool:
    """The words from `start` up to the comma at `comma` are a title no actor covers, opening on an office
    word ("رئيس الوزراء"، "نائبة وزير الخارجية"), and a person's name follows the comma."""
    if comma <= start or any(view.tokens[k].kind != "word" or view.covered(k) for k in range(start, comma)):
        return False
    head = {f.removeprefix("ال") for f in word_forms(view.tokens[start])}
    head |= {f[:-1] for f in head if f.endswith("ه")}  # نائبة، وزيرة
    return bool(head & (cues.office_heads | cues.title_nouns)) and _person_opens(view, comma + 1)


def _person_opens(view: SentenceView, k: int) -> bool:
    """A person's name starts at token k ("، بنيامين نتنياهو،": the holder after his title's comma)."""
    name = view.actor_at(k)
    return name is not None and name.type == "PER" and name.first == k


_WHAT = frozenset(normalize_form(w) for w in ("ما", "بما", "لما"))  # the relative "what" opens another clause
# Complementisers after a word past the verb: the clause they open holds its own subject, never the verb's.
_CLAUSE_COMPLEMENTISERS = frozenset(normalize_form(w) for w in (
    "بأن", "بأنه", "بأنها", "بأنهم", "أن", "إن", "أنه", "إنه", "أنها", "إنها"))


def _titled_after(view: SentenceView, end: int, cues: Cues) -> bool:
    """An office or title word (السفير، وزيرة، المتحدث، رئيس) follows the name, past the rest of a بن line the
    tagger left out ("أحمد بن محمد الجروان رئيس البرلمان العربي"): the name's description."""
    tokens = view.tokens
    for k in range(end + 1, min(len(tokens), end + 5)):
        if tokens[k].kind != "word":
            return False
        bare = {f.removeprefix("ال") for f in word_forms(tokens[k])}
        bare |= {f[:-1] for f in bare if f.endswith("ه")}  # وزيرة
        if bare & (OFFICE_HEADS | cues.title_nouns | _SPOKESMEN | cues.office_heads):
            return True
        in_line = tokens[k].norm in _SON_OF or tokens[k - 1].norm in _SON_OF or tokens[k - 2].norm in _SON_OF
        if view.covered(k) or not in_line:
            return False
    return False


def _ours(tok: Token, cues: Cues) -> bool:
    """An actor noun with the first-person plural possessive (قواتنا، جيشنا، حكومتنا): the speaker's own body."""
    if not tok.norm.endswith("نا") or len(tok.norm) < 5:
        return False
    stem = tok.norm[:-2]
    return stem in cues.actor_nouns or stem.endswith("ت") and stem[:-1] + "ه" in cues.actor_nouns


_BARE_SOURCES = frozenset(normalize_form(w) for w in ("مصدر", "مصادر", "المصدر", "المصادر"))


def unnamed_noun_subject(view: SentenceView, j: int, cues: Cues) -> bool:
    """A definite noun right after the verb that no actor covers, no title, spokesman or member word that a
    name or a body follows: the verb's subject, someone the article does not name."""
    tok = view.tokens[j]
    forms = word_forms(tok)
    if tok.kind == "word" and not view.covered(j) and _ours(tok, cues):
        return True  # "تمكنت قواتنا الأمنية من استعادة السيطرة": the speaker's own forces, named by no actor
    if tok.kind != "word" or not tok.article or view.covered(j) or forms & TIME_WORDS or \
            set(tok.proclitics) & {"ب", "ل", "ك"}:
        return False
    bare = {f[2:] for f in forms if f.startswith("ال")} | forms
    bare |= {f[:-1] for f in bare if f.endswith("ه")}  # "المندوبة الأمريكية": a title in the feminine
    if bare & (cues.title_nouns | _SPOKESMEN | (cues.source_heads - _BARE_SOURCES) | MEMBER_HEADS | MEMBERS_NOMINATIVE |
               cues.rank_words | cues.office_heads | cues.media_heads | cues.media_nouns):
        return False  # ("ودعا المصدر وزارة العمل السعودية": a source the article leaves unnamed, the ministry called)
    nxt = view.tokens[j + 1] if j + 1 < len(view.tokens) else None
    if nxt is not None and nxt.kind == "word" and not nxt.article and not view.covered(j + 1) and \
            not word_forms(nxt) & TIME_WORDS and not (nxt.norm[:1] in {"ب", "ل"} and len(nxt.norm) > 4) and \
            not (word_forms(nxt) & (MEMBER_HEADS | MEMBERS_NOMINATIVE | _AGENTS_OF) and view.actor_at(j + 2) is not None) and \
            not _construct_object(view, j + 1):
        # (a word carrying ب or ل is the complement, "وهدد الحزب بإسقاط الحكومة", not a subject after the object;
        # nor is a construct of members, "وحذر الشبلي عملاء إيران": the group's agents are the object)
        return False  # "وقاطعت الاقتراع أحزاب معارضة": the object first, an indefinite subject after it
    for k in range(j + 1, min(len(view.tokens), j + 1 + _TITLE_RUN)):
        act = view.actor_at(k)
        if view.tokens[k].kind == "punct" or (act is not None and act.type != "PER" and "ل" not in act.prefix):
            return True  # "ودعت الجامعة المواطنين": the actor after the noun is the verb's object
        if act is not None:
            return False  # "أكد الدكتور … محمد"، "المدير العام لشركة أرامكو": the noun is a title
    return True


def _construct_object(view: SentenceView, k: int) -> bool:
    """The indefinite word at k heads a construct with the definite noun after it ("أدان المجلس قتل
    المدنيين"): a verbal noun and its genitive, the verb's object; an indefinite subject would stand alone
    or with an adjective ("وقاطعت الاقتراع أحزاب معارضة")."""
    if k + 1 >= len(view.tokens) or view.tokens[k + 1].kind != "word":
        return False
    after = view.tokens[k + 1]
    if word_forms(view.tokens[k]) & HELD_PLACES:
        return False  # "واستهدفت الغارات مواقع الحوثيين": the strikes are the subject, the positions the object
    return after.norm.startswith("ال") and view.actor_at(k + 1) is not None


def _named_after(view: SentenceView, j: int) -> bool:
    """Whether the office word at j is followed, within its title ("الرئيس الفلسطيني محمود عباس"، "النائب عن
    كتلة الوفاء للمقاومة حسن فضل الله"), by a person's name or by an actor the title is of."""
    for k in range(j + 1, min(len(view.tokens), j + 1 + _TITLE_RUN)):
        act = view.actor_at(k)
        if act is not None and (act.type == "PER" or k == j + 1):
            return True
        if view.tokens[k].kind == "punct":
            return False
    return False


_TITLE_RUN = 6
_LONG_TITLE_RUN = 12  # "نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف"


def _holder_in_title(view: SentenceView, j: int, cues: Cues) -> bool:
    """The title opened by the office word at j names whose office it is: a person before any punctuation,
    however long the title ("نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف"), or a body or
    place in its genitive chain ("رئيس مجلس إدارة الجمعية"، "رئيس بلدية ناغازاكي"); a word with ل or a
    preposition ends the chain ("قائد القوة الدولية الجديدة لقتال الجماعة": the group is what he fights)."""
    chain = True
    for k in range(j + 1, min(len(view.tokens), j + 1 + _LONG_TITLE_RUN)):
        tok = view.tokens[k]
        if tok.kind == "punct":  # "رئيس الوزراء، بنيامين نتنياهو،": the holder set off by a comma
            return tok.text in {"،", ","} and _person_opens(view, k + 1)
        act = view.actor_at(k)
        if act is not None and (act.type == "PER" or chain and not act.prefix):
            return True
        if _is_prep(tok, cues) or tok.norm[:1] == "ل" and not tok.article and len(tok.norm) > 3:
            chain = False
    return False


def _titled_person(view: SentenceView, act: ActorMention, cues: Cues) -> ActorMention | None:
    """"وكيل وزارة الخزانة لشؤون الإرهاب … براين نيلسون": an organisation or place after a title word
    belongs to the title; the person named within a few words after it is the subject."""
    if act.type not in {"ORG", "GPE", "LOC"}:  # "رئيس إقليم كردستان نيجيرفان بارزاني"
        return None
    for j in range(act.last + 1, min(len(view.tokens), act.last + 6)):
        nxt = view.actor_at(j)
        if nxt is not None:
            return nxt if nxt.type == "PER" and _bare(nxt) else None
        tok = view.tokens[j]
        if tok.kind == "punct" or (_is_prep(tok, cues) and not tok.norm.startswith("ل")):
            return None
    return None


def _named(view: SentenceView, act: ActorMention) -> ActorMention:
    """A synthetic group ("رئيس حكومة تصريف الأعمال اللبنانية") right before a named person is that
    person's title, when it opens on a title word: "استدعت الخارجية العراقية السفير التركي" names the
    ministry, then the ambassador it summoned."""
    name = view.actor_at(act.last + 1)
    if act.actor.entity_id is None and name is not None and name.type == "PER" and _bare(name) and \
            word_forms(view.tokens[act.first]) & office_openers():
        return name
    return act


@lru_cache(maxsize=1)
def office_openers() -> frozenset[str]:
    """The first words of persons' offices (رئيس، وزير، نائب …), folded, with and without the article."""
    _, rows = load_offices()
    firsts = {normalize_form(row.form.split()[0]) for row in rows if row.tag == "person"}
    return frozenset(firsts | {w[2:] for w in firsts if w.startswith("ال")} | {"ال" + w for w in firsts})


def conjunct_after(view: SentenceView, act: ActorMention) -> ActorMention | None:
    """The second actor of "X و Y" (or "X وY"), skipping X's own apposition ("الرئيس الروسي فلاديمير
    بوتين")."""
    end = act.last
    nxt = view.actor_at(end + 1)
    while nxt is not None and nxt.key == act.key:
        end, nxt = nxt.last, view.actor_at(nxt.last + 1)
    if nxt is not None and nxt.prefix.startswith("و") and nxt.key != act.key:
        return nxt
    if end + 2 < len(view.tokens) and view.tokens[end + 1].norm == "و":
        nxt = view.actor_at(end + 2)
        return nxt if nxt is not None and nxt.key != act.key else None
    return _forces_conjunct(view, act, end)


def _forces_conjunct(view: SentenceView, act: ActorMention, end: int) -> ActorMention | None:
    """"ميليشيات الحوثيين وقوات المخلوع علي عبدالله صالح"، "والموالون للمخلوع صالح": the forces or loyalists of a
    second actor joined by و are a second actor too, with up to two words describing him between."""
    after = view.tokens[end + 1] if end + 1 < len(view.tokens) else None
    if after is not None and after.kind == "word" and after.norm.startswith("ال") and view.actor_at(end + 1) is None:
        end += 1  # "ميليشيات الحوثيين الانقلابية والموالون للمخلوع": the first actor's adjective
    if end + 2 >= len(view.tokens):
        return None
    head = view.tokens[end + 1]
    if not head.norm.startswith("و") or head.norm[1:] not in _FORCES_OF or view.actor_at(end + 1) is not None:
        return None
    for pos in range(end + 2, min(end + 5, len(view.tokens))):
        nxt = view.actor_at(pos)
        if nxt is not None:
            return nxt if nxt.first == pos and nxt.key != act.key else None
        if view.tokens[pos].kind != "word" or not view.tokens[pos].norm.startswith(("ال", "لل")):
            return None
    return None


def _oblique_plural(view: SentenceView, act: ActorMention) -> bool:
    """Unnamed officials in the -ين form ("حيث يلتقي مسؤولين عراقيين"): accusative, never the verb's subject
    (that would be مسؤولون). Only officials: news often writes fighters so as subjects ("هاجم مسلحين")."""
    head = view.tokens[act.first]
    return act.actor.entity_id is None and not act.prefix and head.norm in _OFFICIALS_OBLIQUE


_OFFICIALS_OBLIQUE = frozenset(normalize_form(w) for w in (
    "مسؤولين", "ممثلين", "دبلوماسيين", "سياسيين", "مستشارين", "برلمانيين", "مبعوثين"))


def subject_before(view: SentenceView, pos: int, cues: Cues, limit: int = 3) -> ActorMention | None:
    """A nominal-sentence subject: the nearest bare actor ending within `limit` words before `pos`, or
    before an apposition set off by a pair of dashes right before `pos`."""
    apposed = _before_apposition(view, pos, cues)
    if apposed is not None:
        return apposed
    for act in reversed(view.actors):
        if act.last >= pos or act.last < pos - limit - _own_side_asides(view, act.last + 1, pos):
            continue
        between = [t for k, t in enumerate(view.tokens[act.last + 1:pos], act.last + 1)
                   if not _in_own_side_aside(view, k)]
        # "قال شكري إن الزيارة …": a complementiser opens a new clause with its own subject;
        # "صرح X بعد الاجتماع": a preposition makes what follows an oblique, not X's predicate.
        if not _bare(act) or any(t.kind == "punct" or word_forms(t) & _COMPLEMENTISERS or _is_prep(t, cues)
                                 for t in between):
            return None
        before = view.tokens[act.first - 1] if act.first > 0 else None
        if before is not None and _is_prep(before, cues):
            return None
        if before is not None and word_forms(before) & RESUMPTIVE_PREPS and act.first > 1 and \
                view.tokens[act.first - 2].kind == "word":
            return None  # "عمليات إغاثة قام بها رجال الأمن استهدفت …": the relative verb's subject
        if act.type in {"GPE", "LOC"} and act.first > 1 and \
                word_forms(view.tokens[act.first - 2]) & cues.place_prepositions:
            return None  # "وفي بلدة بيت حانون أطلقت …": the place where, not the doer
        if act.type in {"GPE", "LOC"} and _placed_by_preposition(view, act.first, cues):
            return None  # "وفي محافظة مأرب شرق اليمن قتل 13 مسلحا": the country of the place where
        if act.type == "PER" and _titled_oblique(view, act, cues):
            return None
        return act
    return None


_PLACE_PHRASE_REACH = 6  # "في محافظة مأرب شرق اليمن": place nouns, names and directions after في


def _placed_by_preposition(view: SentenceView, first: int, cues: Cues) -> bool:
    """The place at `first` ends a place phrase opened by a place preposition: direction words, place nouns
    and other places back to في ("وفي محافظة مأرب شرق اليمن")."""
    for k in range(first - 1, max(-1, first - 1 - _PLACE_PHRASE_REACH), -1):
        tok = view.tokens[k]
        if word_forms(tok) & cues.place_prepositions:
            return True
        place = view.covering(k)
        if not (tok.kind == "word" and (word_forms(tok) & (DIRECTIONS | PLACE_NOUNS) or
                                        place is not None and place.type in {"GPE", "LOC"})):
            return False
    return False


def _place_phrase_start(view: SentenceView, first: int, cues: Cues, named: bool = False) -> int | None:
    """Where the place phrase ending right before `first` opens: its place preposition ("في مدينة قعطبة"); one
    word no actor covers may stand right after a place noun (the name of a place the knowledge base lacks).
    With `named`, the phrase ends in the known place at `first` and في may stand right before it ("في تعز")."""
    for k in range(first - 1, max(-1, first - 1 - _PLACE_PHRASE_REACH), -1):
        tok = view.tokens[k]
        if word_forms(tok) & cues.place_prepositions:
            return k if named or k < first - 1 else None
        place = view.covering(k)
        unknown = tok.kind == "word" and place is None and k > 0 and word_forms(view.tokens[k - 1]) & PLACE_NOUNS \
            and k == first - 1
        if not (tok.kind == "word" and (word_forms(tok) & (DIRECTIONS | PLACE_NOUNS) or unknown or
                                        place is not None and place.type in {"GPE", "LOC"})):
            return None
    return None


def _in_own_side_aside(view: SentenceView, k: int) -> bool:
    """Token k is a word of "من جهته"، "من جانبها" (for its part), which takes no room between a subject
    and its verb or verbal noun ("أن حزب العمال الكردستاني واصل من جهته شن هجمات")."""
    tok = view.tokens[k]
    if tok.norm == "من":
        return k + 1 < len(view.tokens) and view.tokens[k + 1].norm in _OWN_SIDE
    return tok.norm in _OWN_SIDE and k > 0 and view.tokens[k - 1].norm == "من"


def _own_side_asides(view: SentenceView, start: int, end: int) -> int:
    return sum(1 for k in range(start, end) if _in_own_side_aside(view, k))


_OWN_SIDE = frozenset(normalize_form(w) for w in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته",
                                                  "ناحيتها"))
DASHES = frozenset({"-", "–", "—"})  # appositions between them; commas set off lists and relatives too often
_APPOSITION_WORDS = 10


def _before_apposition(view: SentenceView, pos: int, cues: Cues) -> ActorMention | None:
    """"إن جبهة النصرة -جناح تنظيم القاعدة في سوريا- هاجمت": the actor right before a phrase set off by two
    dashes is the subject of the verb after the second. Commas are left out: tried, they joined list items
    and relative clauses to verbs ("…، وهي المحادثات التي …، مما دفع") and added more wrong events than right."""
    close = pos - 1
    if close < 2 or view.tokens[close].text not in DASHES:
        return None
    mark = view.tokens[close].text
    for k in range(close - 1, max(0, close - 1 - _APPOSITION_WORDS), -1):
        tok = view.tokens[k]
        if tok.text == mark:
            act = next((a for a in view.actors if a.last == k - 1), None)
            if act is None or not _bare(act) or k == close - 1:
                return None
            before = view.tokens[act.first - 1] if act.first > 0 else None
            return None if before is not None and _is_prep(before, cues) else act
        if tok.kind == "punct" or word_forms(tok) & _COMPLEMENTISERS:
            return None
    return None


def _titled_oblique(view: SentenceView, act: ActorMention, cues: Cues) -> bool:
    """"بعث برسالة إلى المرشد الأعلى علي خامنئي يدعو فيها": a person whose title phrase (definite words
    right before the name) follows a preposition is that preposition's object, not the next verb's subject."""
    k = act.first - 1
    while k >= 0 and k >= act.first - 3 and view.tokens[k].kind == "word" and view.tokens[k].norm.startswith("ال") \
            and not view.covered(k) and not _is_prep(view.tokens[k], cues):
        k -= 1
    return k < act.first - 1 and k >= 0 and _is_prep(view.tokens[k], cues)


# Words that may stand between a clause-initial subject and its verb ("السيسي قد استقبل", "X لن يزور").
_PRE_VERB = {"قد", "لم", "لن", "لا", "ما", "سوف", "لقد"}
# Words after which a new clause (and so a possible subject-first clause) begins.
_CLAUSE_OPENERS = {"ان", "انه", "انها", "بان", "فيما", "بينما", "حيث", "كما", "اذ", "لكن", "و"}


_THAT = frozenset({"ان", "بان"})  # folded أن، إن، بأن


def clause_subject_before(view: SentenceView, pos: int,
                          cues: Cues) -> tuple[ActorMention, ActorMention | None] | None:
    """A subject-first clause: "السيسي يستقبل أردوغان"، "أعلنت الرئاسة أن السيسي سيزور تركيا"،
    "السعودية والصين توقعان". The actor (or the first of "X و Y") ends right before the verb and opens
    its clause: sentence start, punctuation, a complementiser or a clause linker before it. Returns the
    subject and, for "X و Y", the second conjunct (the other side of a dual verb)."""
    end = pos - 1
    while end >= 0 and (word_forms(view.tokens[end]) & _PRE_VERB or view.tokens[end].text in "«»“”\")"):
        end -= 1
    comma = end > 0 and view.tokens[end].text in {"،", ","}
    if comma:
        end -= 1  # "إن وزارة العمل الفلبينية، رفضت اعتماد مكاتب": a comma after a subject that أن/إن opens
    for k in range(end, max(-1, end - _ASIDE_REACH), -1):
        if word_forms(view.tokens[k]) & _SUPPORT_ASIDES and view.actor_at(k) is None:
            end = k - 1  # "الجيش وبدعم من المقاومة يحقق انتصارات": the support is an aside, the army the subject
            break
    last = next((a for a in view.actors if a.last == end), None)
    opening = _place_phrase_start(view, end + 1, cues) if last is None else \
        _place_phrase_start(view, last.first, cues, named=True) if last.type in {"GPE", "LOC"} else None
    if opening is not None:
        # "أن المقاومة الشعبية في مدينة قعطبة سيطرت أمس على معسكر الصدرين": the place phrase after the subject
        # is where (a place the knowledge base lacks, after a place noun, too); the subject ends before في
        placed = next((a for a in view.actors if a.last == opening - 1), None)
        if placed is not None and placed.type not in {"GPE", "LOC"}:
            if placed.prefix.startswith("و") or placed.first > 0 and view.tokens[placed.first - 1].norm == "و":
                return None  # "بين عناصر المقاومة من جهة، والمسلحين الحوثيين والقوات الموالية … في تعز وقطع":
                # a list's last item before a place, not a clause's subject
            last, end = placed, opening - 1
    if last is None or end < 0:
        return None
    if last.type in {"GPE", "LOC"} and last.first > 0 and view.tokens[last.first - 1].text == "(" and \
            end + 1 < pos and view.tokens[end + 1].text == ")":
        return None  # "وفي تعز (جنوب اليمن) قصفت ميليشيات الحوثي": a place in brackets is an aside on the place before
    first, partner = last, None
    while first.first > 0:
        same = next((a for a in view.actors if a.last == first.first - 1 and a.key == first.key), None)
        if same is not None:  # "والعاهل الأردني الملك عبد الله الثاني": one person, two mentions
            first = same
            continue
        gap_end = first.first - 1
        joined = first.prefix.startswith("و")
        if not joined and view.tokens[gap_end].norm == "و":
            joined, gap_end = True, gap_end - 1
        prev = next((a for a in view.actors if a.last == gap_end), None) if joined else None
        if prev is None:
            break
        first, partner = prev, first
    if not _bare(first) and not (first.first == 0 and first.prefix == "و"):
        return None
    start = first.first
    if start > 0 and view.tokens[start - 1].article and view.tokens[start - 1].kind == "word" and \
            view.actor_at(start - 1) is None:
        start -= 1  # an unlinked title word: "أن الرئيس عبد الفتاح السيسي …"
    if start == 0:
        return None if comma else (first, partner)
    before = view.tokens[start - 1]
    if comma:
        return (first, partner) if before.norm in _THAT else None
    if before.kind == "punct" or before.text in {"-", "–"} or word_forms(before) & (_CLAUSE_OPENERS | _KANA):
        return first, partner
    for k in range(start - 2, max(-1, start - 2 - _TITLE_REACH), -1):
        # "وكان وزير الخارجية عباس عراقجي قد التقى …": كان, then a title, then the subject and قد
        if view.tokens[k].kind != "word" or view.actor_at(k) is not None:
            break
        if word_forms(view.tokens[k]) & _KANA:
            return first, partner
    return None


UNKNOWN_NAME = "tagger:unknown"  # the stand-in actor of a name only the tagger finds, while a subject is looked for


def with_unknown_names(view: SentenceView) -> SentenceView:
    """The view with a stand-in actor over each name only the tagger finds (not inside a known actor)."""
    stand_ins = [ActorMention(first, last, Actor(entity_id=UNKNOWN_NAME), "PER") for first, last in view.unknown_names
                 if not any(view.covered(k) for k in range(first, last + 1))]
    if not stand_ins:
        return view
    actors = sorted(view.actors + stand_ins, key=lambda a: (a.first, -a.last))
    return SentenceView(view.index, view.tokens, actors, view.nisbas, view.unknown_names)


def unknown_subject_before(view: SentenceView, head: int, cues: Cues) -> bool:
    """"لكن دندن انتقد برنامج الحكومة الأسترالية": the clause opens on a name the knowledge base lacks,
    which is the verb's subject; the body after the verb is its object, never its doer."""
    if not view.unknown_names:
        return False
    svo = clause_subject_before(with_unknown_names(view), head, cues)
    return svo is not None and svo[0].actor.entity_id == UNKNOWN_NAME


def kana_subject(view: SentenceView, head: int) -> tuple[bool, ActorMention | None]:
    """"وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة": the subject of a verb after كان stands between
    them, even with words after it (its adjectives, its place); the actor after the verb is its object.
    Returns (found, subject): found when a clause-opening كان stands a few words before the verb;
    subject None when the word after كان is a noun that is no actor (the subject is someone unnamed)."""
    if head >= 3 and view.tokens[head - 1].text in {"،", ","}:
        # "وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش، دعا أمس الحكومة": a long subject
        # set off by a comma, a person named last in it
        named = view.covering(head - 2)
        if named is not None and named.type == "PER" and named.last == head - 2:
            for k in range(named.first - 1, max(-1, named.first - 1 - _KANA_TITLE_REACH), -1):
                if view.tokens[k].kind == "punct":
                    break
                if word_forms(view.tokens[k]) & _KANA:
                    return True, named
        return False, None
    k, words = head, 0
    # "وكان عميد مهندس فضل عبد الله عبيد المتخصص في سلاح المهندسين قد حذر السكان": with قد before the verb the
    # frame كان … قد is plain, and the subject between may run long and be indefinite (a title before a name)
    qad = head > 1 and view.tokens[head - 1].norm == _QAD
    while k > 0 and words < (_KANA_QAD_REACH if qad else _KANA_REACH):
        k -= 1
        tok = view.tokens[k]
        if tok.text == ")":
            # "وكانت جبهة النصرة (فرع تنظيم القاعدة في الشام) قد اعتقلت": an aside in brackets
            opening = next((j for j in range(k - 1, max(-1, k - _BRACKET_REACH), -1) if view.tokens[j].text == "("), None)
            if opening is None:
                return False, None
            k = opening
            continue
        if tok.kind == "punct":
            return False, None
        words += 1
        if not word_forms(tok) & _KANA:
            continue
        if k + 1 >= head:
            return False, None
        first = view.actor_at(k + 1)
        if first is not None and first.first == k + 1 and _bare(first) and not first.prefix:
            return True, first
        nxt = view.tokens[k + 1]
        unknown = nxt.kind == "word" and (nxt.article or qad and k + 1 < head - 1) and first is None and \
            nxt.norm not in TIME_WORDS
        return unknown, None
    return False, None


_KANA_REACH = 7  # words from كان to the verb: a subject, its adjectives and its place
_KANA_QAD_REACH = 14  # the same when قد stands right before the verb
_QAD = normalize_form("قد")
_BRACKET_REACH = 12
_KANA_TITLE_REACH = 10  # words from كان to a person's name after his title, before a comma and the verb


def unnamed_subject_before(view: SentenceView, head: int) -> bool:
    """"فجميع الأدلة تدين تدخل إيران"، "والمقاومة تسيطر على …": a clause opening on a definite noun that is
    no actor, right before its verb, has that noun as subject; nobody named elsewhere did it. Up to three
    words (the noun, its adjectives, a quantifier before it), none covered by an actor or a time word."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    words = 0
    definite = False
    while k >= 0 and words < _UNNAMED_REACH:
        tok = view.tokens[k]
        forms = word_forms(tok)
        if tok.kind != "word" or view.covered(k) or forms & TIME_WORDS or set(tok.proclitics) & {"ب", "ل", "ك"}:
            break  # "بالفعل تم الاتفاق": an adverb, no subject
        if tok.article:
            definite = True
        elif not forms & _QUANTIFIERS:
            return False
        words += 1
        k -= 1
        if tok.norm[:1] in {"و", "ف"} and tok.norm[1:3] in {"ال"} | {q[:2] for q in _QUANTIFIERS}:
            return definite  # "والمقاومة"، "فجميع": the clause opens on this word
    if not definite or not words:
        return False
    return k < 0 or view.tokens[k].kind == "punct" or bool(word_forms(view.tokens[k]) & _CLAUSE_OPENERS)


_UNNAMED_REACH = 3


def indefinite_subject_before(view: SentenceView, head: int) -> bool:
    """"إلى رجل هاجم السفير الأمريكي"، "شاب فلسطيني طعن مستوطنا": a verb right after an indefinite noun for a
    person (and a nationality after it) describes that person, its subject; the actor after the verb is
    its object, and nobody named did it."""
    k = head - 1
    act = view.actor_at(k) if k >= 1 else None
    if act is not None and act.type in {"GPE", "LOC"} and act.first >= 1 and view.tokens[act.first - 1].norm == "في":
        k = act.first - 2  # "تيار سياسي في إيران يطالب": where the group is
    if k >= 0 and k in view.nisbas and not view.tokens[k].article:
        k -= 1
    if k >= 1 and view.tokens[k].norm in _GROUP_KINDS:
        k -= 1  # "تيار سياسي"
    if k < 0:
        return False
    tok = view.tokens[k]
    if k > 0 and (view.tokens[k - 1].kind != "word" or any(c.isdigit() for c in view.tokens[k - 1].text)):
        return False  # "11 شخصا قتلوا": the counted dead of a passive, left to the victims' reading
    forms = word_forms(tok)
    forms |= {f[1:] for f in forms if f[:1] in {"ل", "ب"} and len(f) > 3}  # "لقوى": a short word keeps its clitic
    return tok.kind == "word" and not tok.article and view.actor_at(k) is None and bool(forms & _SOMEONE)


def unnamed_people_after(view: SentenceView, head: int) -> bool:
    """"وطالب خبراء اقتصاديون الحكومة المصرية"، "وانتقد محللون سياسيون الحكومة": an indefinite noun for people
    right after a verb opening its clause is its subject, people the article does not name; the actor after
    them is the object, not the doer. Armed men (مسلحون) are left to the unnamed-attacker reading."""
    j = head + 1
    if j >= len(view.tokens) or not clause_initial(view, head):
        return False
    tok = view.tokens[j]
    if tok.kind != "word" or tok.article or tok.proclitics or view.covered(j):
        return False
    # "خطفت مجموعة مستوطنين الفتى"، "طالب خبراء الأمم المتحدة"، "عبر طلاب وطالبات مدارس الرياض": a noun in a
    # construct chain that reaches an actor names that actor's people; a sound plural in ون/ين is never in
    # construct ("محتجون الحكومة"، "خبراء اقتصاديون الحكومة"), and a definite word ends the chain
    for k in range(j, min(len(view.tokens) - 1, j + _CHAIN_REACH)):
        word = view.tokens[k]
        if word.kind != "word" or word.norm.endswith(("ون", "ين")) or (k > j and word.article):
            break
        if view.covered(k + 1):
            return False
    return bool(word_forms(tok) & (_SOMEONE | _OBSERVERS))


_CHAIN_REACH = 3  # words of a construct chain before the actor it ends on: طلاب وطالبات مدارس الرياض

# Indefinite nouns for unnamed commentators and groups of people who voice demands and criticism.
_OBSERVERS = frozenset(normalize_form(w) for w in (
    "خبراء", "خبير", "محللون", "محللين", "محلل", "مراقبون", "مراقبين", "ناشطون", "ناشطين", "نشطاء", "ناشط",
    "اقتصاديون", "سياسيون", "مثقفون", "أكاديميون", "باحثون", "حقوقيون", "محامون", "إعلاميون", "صحفيون",
    "كتاب", "علماء", "سكان", "أهالي", "شهود", "مغردون", "متظاهرون", "محتجون", "طلاب", "أطباء", "نواب", "برلمانيون",
    "معارضون", "مسؤولون", "دبلوماسيون", "منظمات", "جمعيات", "هيئات", "أحزاب"))


_GROUP_KINDS = frozenset(normalize_form(w) for w in ("سياسي", "ديني", "شعبي", "معارض", "مسلح", "متشدد", "إسلامي",
                                                     "خارجية", "أجنبية", "إقليمية", "معادية", "خارجي", "أجنبي"))
# Indefinite nouns for a person or a small group, as written before the verb that describes them.
_SOMEONE = frozenset(normalize_form(w) for w in (
    "رجل", "رجلا", "امرأة", "سيدة", "شخص", "شخصا", "شاب", "شابا", "فتى", "فتاة", "طفل", "طفلا", "صبي", "مراهق",
    "مواطن", "مواطنا", "مقيم", "عامل", "طالب", "طالبا", "مدرس", "معلم", "رجال", "أشخاص", "شبان", "أطفال",
    "مواطنون", "مواطنين", "عمال", "مراهقون", "مراهقين", "تيار", "تيارا", "فصيل", "فصيلا", "مجموعة",
    # unnamed powers: "ويد لقوى خارجية تستهدف بخططها المملكة"
    "قوى", "جهات", "أطراف", "دول"))
_QUANTIFIERS = frozenset(normalize_form(w) for w in ("جميع", "كل", "بعض", "معظم", "أغلب", "غالبية"))

# كان and its forms: the subject stands between it and the verb ("وكان عراقجي قد التقى البوسعيدي").
_KANA = {"كان", "كانت", "كانا", "كانتا", "كانوا", "يكن", "تكن"}  # يكن, تكن after لم
_TITLE_REACH = 4  # title words between كان and the name: "وزير الخارجية الإيراني"


_PROTOCOL_SUBJECT = 6  # words from the verb to the name after an honorific opener: صاحب السمو الملكي الأمير


def sentence_subject(view: SentenceView, cues: Cues, limit: int = 4, speaker: bool = False) -> ActorMention | None:
    """The subject of a sentence's opening clause: a bare PER/ORG/GPE actor opening it ("روحاني
    يقول") or the subject after its verb ("وتطرق روحاني"، "من جانبه وصف رئيس أذربيجان"، "وقال
    المتحدث باسم الوزارة X"); the actor in "كما دعا إلى مشاركة إيران" is an argument, not a subject."""
    skip = opener_length(view, cues)
    act = view.actor_at(skip)
    if act is None and skip < len(view.tokens) and _is_prep(view.tokens[skip], cues):
        return None  # "وفي مدينة بغداد أطلقت …": a sentence opening on a place phrase names no subject
    if act is None and skip < len(view.tokens):
        if skip + 1 < len(view.tokens) and word_forms(view.tokens[skip + 1]) & cues.protocol_openers:
            limit = max(limit, _PROTOCOL_SUBJECT)  # "عقد صاحب السمو الملكي الأمير محمد بن سلمان …"
        # "قام عدد من عناصر داعش بالهجوم": a counted part of a group after the verb, the group the subject
        act = subject_after(view, skip, cues, limit - 1, speaker) or partitive_subject(view, skip)
        if act is not None and act.first == skip + 1 and _joined_masculine_before_state(view, skip, act):
            return None  # "وانتقد إيران بشدة": Iran is criticised (انتقدت إيران would be hers)
        verb_at = skip + 1 if view.tokens[skip].norm in _PARTICLES_BEFORE_VERB else skip  # "كما دعا"
        if act is not None and act.first == verb_at + 1 and _masculine_before_feminine_body(view, verb_at, act):
            return None  # "كما دعا الأمم المتحدة إلى الإسهام": the UN is called on (دعت الأمم المتحدة would be hers)
        if act is not None and act.first > 0 and _plural_verb(view.tokens[act.first - 1]):
            return None  # "فقد حملوا حكومة نتنياهو المسؤولية": a plural verb's subject came before it
        if act is not None and act.first == skip + 1 and _opening_participle(view.tokens[skip]):
            return None  # "داعيًا إسرائيل «للتوقف فورًا»": a participle's subject is the last sentence's
    if act is not None and act.type in {"PER", "ORG", "GPE"} and _bare(act):
        return _named(view, act)
    return None


_TANWEEN_FATH = "\u064b"
_OPENING_PARTICIPLES = frozenset(normalize_form(w) for w in (
    "داعيا", "مطالبا", "مؤكدا", "مشيرا", "محذرا", "مشددا", "مضيفا", "لافتا", "موضحا", "معتبرا", "منتقدا", "متهما",
    "محملا", "مناشدا", "حاثا"))


def _opening_participle(tok: Token) -> bool:
    """An accusative participle (داعيًا، مشيرا): it opens no clause with a subject of its own."""
    word = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 4 else tok.norm
    return tok.kind == "word" and (word in _OPENING_PARTICIPLES or _TANWEEN_FATH in tok.text)


def _plural_verb(tok: Token) -> bool:
    """A past verb in the masculine plural (حملوا، فاتهموا): a verb before its subject is singular in Arabic,
    so the actor after this one is its object."""
    word = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 4 else tok.norm
    return tok.kind == "word" and word.endswith("وا") and len(word) >= 4 and not tok.proclitics


def _plural_imperfect(tok: Token) -> bool:
    """An imperfect verb in the masculine plural (يستهدفون، ويقاتلون)."""
    word = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 5 else tok.norm
    return tok.kind == "word" and word[:1] in {"ي", "ت"} and word.endswith("ون") and len(word) >= 6 \
        and not tok.proclitics


def singular_for_plural(view: SentenceView, head: int, current: ActorMention | Actor | None) -> bool:
    """"وأكد البنك المركزي … . وكان خبراء اقتصاديون طالبوا البنوك": a verb in the masculine plural whose
    subject is not named is not the act of one person or of a body named by a singular noun (البنك،
    الحكومة، السعودية) told before: such a verb needs people. A plural name (الحوثيون، المحتجين) or a
    name whose number is unclear keeps it."""
    tok = view.tokens[head]
    if current is None or not (_plural_verb(tok) or _plural_imperfect(tok)):
        return False
    actor = current.actor if isinstance(current, ActorMention) else current
    if isinstance(current, ActorMention) and current.type == "PER" or \
            (actor.entity_id or "").startswith("per."):
        return True
    words = (actor.span.text if actor.span is not None else "").split()
    if not words:
        return False
    first = normalize_form(words[0]) or words[0]
    bare = first.removeprefix("ال")
    if bare.endswith(("ون", "ين")) or first in _PEOPLE_PLURALS:
        return False
    return bare.endswith(("ة", "ه")) or first in load_cues().masculine_heads




def _joined_masculine_before_state(view: SentenceView, pos: int, act: ActorMention) -> bool:
    """A clause opening on و/ف and a masculine past verb, right before a state named without the article
    (feminine in the press): the state is the verb's object, the subject is carried from before."""
    verb = view.tokens[pos].norm
    if verb[:1] not in {"و", "ف"} or len(verb) <= 3 or act.type != "GPE" or act.prefix:
        return False
    noun = view.tokens[act.first].norm
    return not noun.startswith("ال") and noun not in _MASCULINE_STATES and _masculine_verb(verb[1:])


_DATELINE_WORDS = 10


def opener_length(view: SentenceView, cues: Cues) -> int:
    """Words before the opening clause proper: a dateline ("بغداد، 6 تموز (وكالات) -"، "عمّان - بترا:"), then a
    carry-over phrase such as "من جانبه" (its من is not a preposition of the subject) and its comma."""
    toks = view.tokens
    skip = next((k + 1 for k in range(min(len(toks), _DATELINE_WORDS)) if toks[k].text in {"-", "–", "—"}), 0)
    if view.index == 0 and skip and skip + 2 < len(toks) and toks[skip].kind == "word" and toks[skip + 1].text == ":":
        skip += 2  # "عمّان - بترا: أكد جلالة الملك …": the agency's name and its colon end the dateline
    if len(toks) >= skip + 2:
        pair = f"{toks[skip].norm} {toks[skip + 1].norm}"
        if pair in cues.carry_over:
            skip += 2
            if skip < len(toks) and toks[skip].text in {"،", ","}:
                skip += 1
            return skip
    for size in (4, 3, 2, 1):  # "وردا على ذلك، هدد …": an adverbial phrase and its comma before the clause
        if skip + size < len(toks) and toks[skip + size].text in {"،", ","}:
            words = [t.norm for t in toks[skip:skip + size]]
            phrase = " ".join(words)
            bare = " ".join([words[0][1:], *words[1:]]) if words[0][:1] in {"و", "ف"} else phrase
            if phrase in cues.sentence_openers or bare in cues.sentence_openers or _time_phrase(bare.split()):
                return skip + size + 1
    return skip


_TIME_PREPOSITIONS = frozenset(normalize_form(w) for w in ("في", "خلال", "منذ", "قبل", "بعد", "مطلع", "أواخر"))
_TIME_PHRASE_WORDS = frozenset(normalize_form(w) for w in (
    "اليوم", "أمس", "غدا", "الليلة", "صباح", "مساء", "ظهر", "فجر", "يوم", "الأحد", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الجاري", "المقبل", "الماضية", "المقبلة", "الأسبوع",
    "الشهر", "العام", "السنة", "الأيام", "الساعات", "الأخيرة", "الأخيرين", "وقت", "سابق", "لاحق", "أسبوع",
    "شهر", "عام", "أيام", "ساعات", "الصباح", "المساء", "الفائت", "الفائتة", "المنصرم"))


def _time_phrase(words: list[str]) -> bool:
    """"في الأسبوع الماضي"، "أمس"، "خلال الأيام الأخيرة": a time set off before the clause by a comma."""
    if words and words[0] in _TIME_PREPOSITIONS:
        words = words[1:]
    return bool(words) and all(w in _TIME_PHRASE_WORDS for w in words)


def _is_cue(tok: Token, cues: tuple[str, ...]) -> bool:
    """A separate cue word (مع، إلى) or a cue letter written onto the word (بالتحضيرات، للدور); a manner
    adverb ("بشدة") is neither."""
    forms = word_forms(tok)
    if forms & _MANNER:
        return False
    if forms & set(cues):
        return True
    return any(len(c) == 1 and f.startswith(c) and len(f) > 3 for c in cues for f in forms)


# Nouns whose "في X" names what is discussed, not where the act is nor who hosts it ("لمناقشة الوضع في
# اليمن"، "بحث الأوضاع في سوريا"); the coder reads them.
TOPIC_NOUNS = frozenset(normalize_form(w) for w in (
    "الوضع", "الأوضاع", "الأزمة", "التطورات", "المستجدات", "الأحداث", "مستجدات", "تطورات", "أوضاع",
    "والوضع", "والأوضاع", "والأزمة", "والتطورات", "والأحداث"))


def target_after(view: SentenceView, trig: Trigger, start: int, exclude: str | None,
                 allow_object: bool) -> tuple[ActorMention | None, str]:
    """The target after position `start`: an actor introduced by one of the entry's cues, or (for
    transitive entries) the first bare actor, or the owner of the object ("مواقع الحوثيين"،
    "استعراضا عسكريا لتنظيم داعش"، "3042 من تنظيم داعش"); returns (actor, how) with how in
    {"cue", "object", "owner", ""}. A relative clause ("… التي زودها بها التحالف") is another
    predicate's: the search stops at its pronoun, and a comma ends it unless a cue follows."""
    cue_seen, cue_pos = False, start
    # after a protocol subject ("استقبل صاحب السمو الملكي الأمير … ولي العهد نائب رئيس مجلس الوزراء وزير
    # الداخلية في قصر سموه بجدة مساء اليوم معالي وزير الخارجية المصري") the offices run on as in a gap
    protocol = trig.head + 1 < len(view.tokens) and view.tokens[trig.head + 1].norm in _PROTOCOL_OPENERS
    stop = min(len(view.tokens), start + 1 + (PROTOCOL_TARGET_WINDOW if protocol else TARGET_WINDOW))
    # "نشرت القوات مدرعاتها التي زودها بها التحالف": who acts in the relative clause is not what a
    # material act hits; a verbal one ("مشيدا بالدور الذي تؤديه الرياض") is about that actor.
    material = trig.entry.code[:2] >= "14"
    venue_seen = allies = conjunct = False
    # where the subject's own mention ends, when the search starts right after it or passes it
    subject_end = start if exclude is not None and any(a.key == exclude and a.last == start for a in view.actors) else -1
    aside_end = -1  # the comma closing a time phrase set off by commas
    j = start
    while j + 1 < stop:  # `stop` grows past an aside or a run of titles
        j += 1
        tok = view.tokens[j]
        if j <= aside_end:
            continue
        if (tok.kind == "number" or tok.norm in _DATE_WORDS) and _dated_aside(view.tokens, j):
            stop = min(len(view.tokens), stop + 1)  # "اليوم الأحد الموافق 15 جمادى الأولى 1447 هـ،": no distance
        if tok.text in _OPENING and (j == start + 1 or cue_pos == j - 1):
            continue  # "اتهم X «الدولة التركية» بـ…": a quoted object
        if _venue(view, j):
            venue_seen = True  # "استقبل الأمير بالديوان الأميري … الوزير": where, then whom
            continue
        if material and j > trig.last and word_forms(tok) & _ORIGIN_NOUNS:
            break  # "قذيفة صاروخية في شارع الثورة مصدرها حي جوبر": where it came from, not what it hit
        if material and word_forms(tok) & RELATIVES and j + 1 < len(view.tokens) and \
                word_forms(view.tokens[j + 1]) & _FELL_ON:
            j += 1  # "القذائف الصاروخية التي سقطت على أحياء عدة في دمشق": where the shells fell is what they hit
            continue
        if tok.text in {"،", ","} and j == subject_end + 1 and j == start + 1 and not material and \
                view.tokens[subject_end].kind == "word" and view.actor_at(j + 1) is not None and \
                _name_aside(view, j, exclude) is None and _time_aside(view.tokens, j) is None:
            continue  # "دعا خطيب صلاة الجمعة … عبدالمهدي الكربلائي، الحكومة العراقية إلى": the comma closes
            # a long subject, its object follows
        if tok.text in _CLAUSE_STOP or (word_forms(tok) & RELATIVES and j > start + 1 and material):
            break
        if material and j > trig.last and tok.norm[:1] == "و" and {f[1:] for f in word_forms(tok)} & _SAYING:
            break  # "في هجمات المتمردين وتقول بعثة الأمم المتحدة": a new clause of saying
        if j > trig.last and tok.norm in _NEW_CLAUSE:
            break  # "يسقطون في الغارات التركية وهو ما تنفيه أنقرة": who denies it is no target
        if j > trig.last and word_forms(tok) & _SUBORDINATORS and tok.norm != _WHEREAS:
            break  # "وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات": the clause of time has its own actors
        if material and cue_seen and tok.text in {"،", ","} and j + 1 < len(view.tokens) and \
                view.tokens[j + 1].kind == "word" and view.tokens[j + 1].norm[:1] == "و" and \
                view.tokens[j + 1].norm not in TIME_WORDS:
            break  # "الهجوم الانتحاري … في سوروتش، وقتل ضابطا شرطة": a new clause, not the attack's place
        if material and word_forms(tok) & RESUMPTIVE_PREPS:
            holder = view.actor_at(j + 1) if j > start + 1 and word_forms(view.tokens[j - 1]) & _HOLDING else None
            if holder is not None and holder.first == j + 1 and holder.key != exclude:
                return holder, "owner"  # "غارتين على معسكر يسيطر عليه الحوثيون": who holds what was hit
            break  # "تقاتل بأسلحة زودتها بها دول التحالف": another verb's clause, its subject follows
        if material and not cue_seen and word_forms(tok) & _CAUSES:
            break  # "مقتل شرطي إثر إطلاق مسلحين النار": who acts in the cause is no target of the effect
        if material and word_forms(tok) & _ALONGSIDE:
            # "قاتل إلى جانب حركة طالبان"، "يقاتل في صفوف داعش": his own side, not whom he fought; a cue after
            # them ("… ضد تنظيم داعش") opens the target
            allies, cue_seen = True, False
            continue
        act = view.actor_at(j)
        if trig.entry.code.startswith(ACCUSE_CODE) and j > trig.last and act is None and tok.kind == "word" and \
                tok.norm.removeprefix("و")[:1] == "ب" and tok.norm.removeprefix("و") not in _OWN_BA:
            break  # "يتهم العالم بارتكاب خطأ فادح لعدم دعوة إيران": the charge; the accused stands before it
        if j == subject_end + 1 and act is None and tok.kind == "word" and tok.norm[:1] == "و" and \
                not _is_cue(tok, trig.entry.cues) and tok.norm not in TIME_WORDS:
            conjunct = True  # "وصل وزير الدفاع خالد العبيدي ومعاون رئيس أركان الجيش إلى …": a second subject
        if conjunct and (tok.kind != "word" or tok.norm in TIME_WORDS or _is_cue(tok, trig.entry.cues)):
            conjunct = False
        if conjunct and act is not None and not act.prefix:
            continue  # the second subject's genitive ("أركان الجيش") is no target
        if act is not None and act.first == j and act.key != exclude and (after := _co_subject(view, trig, act, subject_end)):
            stop = min(len(view.tokens), stop + after - j)
            j = after - 1  # "اتهمت الحكومة اليمنية وقوات التحالف، الحوثيين بخرقها": a second subject; the object follows
            continue
        if allies and act is not None and not cue_seen:
            continue
        town = act is not None and "ب" in act.prefix and _a_place(act)
        if town and trig.entry.code == _HOST and act.first == j:
            continue  # "استقبل الأمير بجدة، مساء أمس، وزير الخارجية": where the guest is received, not whom
        if act is not None and act.key == exclude and act.first == j:
            subject_end = act.last
            # "استقبل الأمير محمد بن نايف … ولي العهد في قصر سموه": the subject's own titles and honorific
            # pronoun take no room
            stop = min(len(view.tokens), stop + act.last - act.first + 1)
        if act is not None and act.first == j and act.type in {"GPE", "LOC"} and subject_end >= 0 and \
                (j == subject_end + 1 and "ب" in act.prefix or j == subject_end + 2 and
                 _prefixed_place_noun(view.tokens[j - 1]) and view.tokens[j - 1].norm[:1] == "ب"):
            continue  # "طالبت هيئة الأمر بالمعروف بمحافظة جدة بإزالة …": where the subject sits, not whom
        if act is not None and act.key != exclude and not _locative(view, act, start, j):
            if venue_seen and "ب" in act.prefix and act.type in {"GPE", "LOC"}:
                continue  # "بقصر السلام بجدة": the building's town
            if j > 0 and view.tokens[j - 1].norm in _LED_BY:
                continue  # "وصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة": the delegation's head
            if j > 0 and view.tokens[j - 1].norm in _LOYAL_TO and "ل" in act.prefix:
                continue  # "زعيم حزب الشعوب الديمقراطي الموالي للأكراد": whom the party is loyal to
            if trig.entry.code[:2] == _AID_ROOT and _from_phrase(view, j):
                # "بنقل المساعدات من مستودعات مركز الملك سلمان … إلى عدن": where aid comes from takes no room
                stop = min(len(view.tokens), stop + act.last - j + 3)
                j = act.last
                continue
            if _sponsored(view, j):
                continue  # "محادثات سلام فعلية بإشراف الولايات المتحدة والصين": who oversees, not a side
            if j > 1 and view.tokens[j - 1].norm == "من" and word_forms(view.tokens[j - 2]) & _AT_REQUEST:
                continue  # "حظر قاض، بناء على طلب من الحكومة، بث صور": who asked for it, not whom it hit
            if cue_seen and j - cue_pos > (PROTOCOL_CUE_REACH if _protocol_cue(view, cue_pos) else CUE_REACH):
                return None, ""
            if cue_seen and act.type in {"GPE", "LOC"} and _where(view, j, cue_pos):
                continue  # "غارات على مواقع التنظيم في العراق": where the hit positions are
            if not cue_seen and act.type in {"GPE", "LOC"} and j >= 2 and act.first == j and \
                    word_forms(view.tokens[j - 1]) & PLACE_NOUNS and view.tokens[j - 2].norm in _IN_OR_OF:
                continue  # "مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة": where, the side follows
            if cue_seen and material and act.type in {"GPE", "LOC"} and any(
                    word_forms(view.tokens[k]) & _CIVILIAN_OBJECTS for k in range(cue_pos, j)):
                continue  # "زجاجات حارقة على منزل في قرية دوما": the house's people were hit, the village is where
            if cue_seen and trig.entry.code[:2] in _ATTACK_ROOTS and _town_in(view, act, cue_pos):
                continue  # "فجر انتحاري نفسه في مدينة أبها": where; the town's people are hit, found later
            if material and "ل" in act.prefix and _possessed(view.tokens[act.last]) and not cue_seen:
                continue  # "غارات لطائراته": the doer's own means, its pronoun is the doer
            if cue_seen and not material and _deep_genitive(view, act, cue_pos):
                continue  # "طالب بالالتزام بنصوص ميثاق الأمم المتحدة": what is asked, not of whom
            if cue_seen and "ل" in act.prefix and purpose_clause(view.tokens, cue_pos, act.first):
                continue  # "التنسيق لحماية الحقوق للشعب": the purpose clause's genitive, not the addressee
            if not cue_seen and _subject_office(view, act, subject_end):
                continue  # "زيارة أحمد الجربا الرئيس السابق للائتلاف إلى موسكو": the body he headed
            if not cue_seen and subject_end >= 0 and j - 2 == subject_end and (
                    "ل" in act.prefix and word_forms(view.tokens[j - 1]) & AFFILIATION_WORDS or
                    not act.prefix and word_forms(view.tokens[j - 1]) & _BRANCH_NOUNS):
                # "هددت جماعة ولاية سيناء التابعة لتنظيم داعش … بقتل"، "جماعة ولاية سيناء ذراع داعش": the
                # subject's parent body, not whom it threatens
                continue
            if cue_seen or any(c in act.prefix for c in trig.entry.cues if len(c) == 1):
                return act, "cue"
            if _title_domain(view, act, start, stop) or _own_domain(view, act, subject_end):
                # "استقبل الشيخ محمد بن راشد … حاكم دبي رئيسة وزراء إيطاليا": the subject's office; the
                # search starts afresh after the run of titles
                stop = min(len(view.tokens), act.last + 1 + TARGET_WINDOW)
                continue
            if view.tokens[j - 1].norm in _ON_BEHALF and view.actor_at(j - 1) is None and \
                    not word_forms(view.tokens[j - 2]) & ALLEGIANCE_WORDS and \
                    (j - 1 > start + 1 or trig.entry.code.startswith(("112", "17"))):  # "الموالي لصالح": to Saleh
                continue  # "اعتقلت … ثلاثة أشخاص بتهمة التجسس لصالح الموساد": whom it served, not the target
            if allow_object and _against_other(view, trig, j):
                continue  # "أدانت استخدام القوة ضد المحتجين": whom the condemned act hit, not the condemned
            if allow_object and _bare(act) and not _after_prep(view, j) and not border_before(view, j - 1):
                return act, "object"  # "قرب الحدود مع العراق": the neighbour of a place, not the object
            if allow_object and (owned_by(view, act) or partitive(view, act) or _owner_of_object(view, act, start)):
                return act, "owner"
            if material and _affiliated(view, act):
                return act, "owner"  # "استهدفت سفينة تجارية مرتبطة بإسرائيل"
        if j == start + 1 and trig.kind == "verb" and word_forms(tok) & RESUMPTIVE_PREPS:
            continue  # "في خطوة رحبت بها باريس": the cue holds the relative's pronoun, the subject follows
        if j == start + 1 and trig.kind == "noun" and _PRONOUN_CUES.get(tok.norm) in trig.entry.cues:
            return None, ""  # "توجيه الاتهام إليه … وبإحالته إلى المحكمة": the accused is the pronoun, named before
        if _is_cue(tok, trig.entry.cues) and not cue_seen and not border_before(view, j) and not _inside_name(view, j) \
                and not (town and venue_seen):  # "في قصره بجدة مساء أمس وزير الخارجية": the building's town, no cue
            # (a word of a name is no cue: "في قصر بيان" is not ب + يان)
            cue_seen, cue_pos = True, j
        elif tok.text == "،" and trig.head < j < trig.last:
            stop = min(len(view.tokens), stop + 1)  # "تلقى الملك سلمان، اتصالا هاتفيا من …": inside the pattern
        elif tok.text == "،" and not cue_seen and not (j + 1 < stop and _is_cue(view.tokens[j + 1], trig.entry.cues)):
            aside_end = _time_aside(view.tokens, j) or (_name_aside(view, j, exclude) if j == start + 1 else None) or -1
            if aside_end < 0 and venue_seen and not material:
                # "استقبل السلطان … بقصر البركة العامر اليوم، رئيس جمهورية إيران": the comma closes the
                # place of the meeting; the guest follows it
                venue_seen, aside_end = False, j
                stop = min(len(view.tokens), j + 1 + TARGET_WINDOW)
                continue
            if aside_end < 0:
                break
            stop = min(len(view.tokens), stop + aside_end - j)  # "التقت تيتيه، اليوم، رئيس المجلس الرئاسي"
    return None, ""


def _co_subject(view: SentenceView, trig: Trigger, act: ActorMention, subject_end: int) -> int:
    """An actor joined by و right after the subject (an adjective of the subject may come between) is a
    second subject when another bare actor follows it across a comma, or ends right before the entry's
    cue: returns where that object starts, else 0. Without either ("التقى الملك وولي العهد") the joined
    actor stays the object."""
    if subject_end < 0 or act.prefix != "و" or not 1 <= act.first - subject_end <= 2:
        return 0
    if act.first - subject_end == 2:
        between = view.tokens[subject_end + 1]
        if between.kind != "word" or not between.article or view.covered(subject_end + 1):
            return 0
    k = act.last + 1
    comma = k < len(view.tokens) and view.tokens[k].text in {"،", ","}
    k += comma
    nxt = view.actor_at(k)
    if nxt is None or not _bare(nxt):
        return 0
    cued = nxt.last + 1 < len(view.tokens) and _is_cue(view.tokens[nxt.last + 1], trig.entry.cues)
    return k if comma or cued else 0


_NEW_CLAUSE = frozenset(normalize_form(w) for w in ("وهو", "وهي", "وهذا", "وهذه", "وهم", "وذلك"))
# A cue carrying its object as a pronoun, and the cue it is
_PRONOUN_CUES = {normalize_form(cue + pronoun): normalize_form(cue) for cue in ("إلي", "ل", "علي", "مع", "ب")
                 for pronoun in ("ه", "ها", "هم", "هما")}
_MANNER = load_cues().manner_adverbs
_CAUSES = load_cues().cause_words - {"في"}  # في is also where
# ... and whom it backs ("عملية عسكرية يقودها التحالف لدعم المقاومة"، "غارات دعما للمقاومة"، "هجوم بدعم من
# الطيران"): the backed side and the backer are allies, not the target
BACKING_WORDS = frozenset(normalize_form(w) for w in ("لدعم", "دعما", "لمساندة", "لنصرة", "نصرة", "إسنادا", "لإسناد",
                                                      "بدعم", "بمساندة", "بإسناد"))
_ALONGSIDE = frozenset(normalize_form(w) for w in ("جانب", "بجانب", "صفوف", "صف")) | BACKING_WORDS
# Relative pronouns: the clause after one modifies the noun before it ("الهجوم الذي يشنه الجيش").
RELATIVES = frozenset(normalize_form(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"))
# Places and assets an armed group holds ("مواقع الحوثيين"): the actor after them owns them, so it is what
# a strike hits and never the striker. Counts before a partitive من ("3042 من تنظيم داعش"). Both lists
# live in data/cues.yaml (`held_places`, `quantity_words`).
HELD_PLACES = load_cues().held_places
_SAYING = load_cues().speech_verbs
_SUPPORT_ASIDES = frozenset(normalize_form(w) for w in (
    "وبدعم", "بدعم", "وبمساندة", "بمساندة", "وبإسناد", "بإسناد", "وبمشاركة", "بمشاركة", "وبمساعدة", "بمساعدة"))
_ASIDE_REACH = 6
_AGENTS_OF = frozenset(normalize_form(w) for w in ("عملاء", "أذناب", "أتباع", "وكلاء", "ميليشيات", "مليشيات"))
_CIVILIAN_OBJECTS = load_cues().civilian_objects | {"ب" + w for w in load_cues().civilian_objects} | \
    {"ل" + w for w in load_cues().civilian_objects}
QUANTITY_WORDS = load_cues().quantity_words
VENUE_NOUNS = load_cues().venue_nouns
MEMBER_HEADS = load_cues().member_heads
_PROTOCOL_OPENERS = load_cues().protocol_openers
# "التقى الرئيس وفدا من الاتحاد الأوروبي": a delegation of a body stands for it
_DELEGATIONS = frozenset(normalize_form(w) for w in ("وفد", "وفدا", "وفدًا", "الوفد", "وفود", "وفودا"))
AFFILIATION_WORDS = load_cues().affiliation_words
ACCUSE_CODE = "112"  # accusing and blaming: the charge follows the accused after ب
_OWN_BA = frozenset(normalize_form(w) for w in ("بعض", "بين", "بعد", "بعدما", "بينما"))  # ب of the word itself
_BRANCH_NOUNS = frozenset(normalize_form(w) for w in ("ذراع", "الذراع", "فرع", "الفرع", "جناح", "الجناح"))
OFFICE_HEADS = load_cues().office_heads
ALLEGIANCE_WORDS = load_cues().allegiance_words
_HELD_REACH = 3  # "مواقع تابعة لتنظيم داعش"، "مواقع جبلية للمتمردين": the owner after an adjective


# Kinds of body a quoted name follows ("منظمة «هيومن رايتس ووتش»"، "حركة «حماس»").
_BODY_HEADS = frozenset(normalize_form(w) for w in (
    "حركة", "منظمة", "جماعة", "تنظيم", "حزب", "جبهة", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "جمعية", "هيئة",
    "مجموعة", "كتائب", "تحالف", "ائتلاف"))
# Members of a group in the nominative, as a subject names them ("مقاتلو"، "مسلحو"، "عناصر").
MEMBERS_NOMINATIVE = frozenset(normalize_form(w) for w in (
    "مقاتلو", "مسلحو", "متمردو", "إرهابيو", "عناصر", "أنصار", "قادة", "مسؤولو"))
_FORCES_OF = load_cues().force_nouns | MEMBER_HEADS | ALLEGIANCE_WORDS
_STATE_BODIES = frozenset(normalize_form(w) for w in (
    "حكومة", "شعب", "قيادة", "دولة", "ملك", "أمير", "رئيس", "جمهورية", "مملكة", "سلطنة", "إمارة"))


_LOYAL_TO = frozenset(normalize_form(w) for w in (
    "الموالي", "الموالية", "الموالين", "الموالون", "المؤيد", "المؤيدة", "المؤيدين", "المقرب", "المقربة"))
_AID_ROOT = "07"
_FROM = normalize_form("من")
_COUNTS = tuple(normalize_form(w) for w in ("كثير", "عدد", "العديد", "بعض", "آلاف", "الاف", "مئات", "عشرات", "ملايين"))


def _from_phrase(view: SentenceView, j: int) -> bool:
    """The actor at `j` stands after من, right away or after one noun no actor covers ("من مستودعات"); not
    a partitive من after a count ("للكثير من المواطنين": some of them, who receive)."""
    if j > 0 and view.tokens[j - 1].norm == _FROM:
        before = view.tokens[j - 2] if j > 1 else None
        return before is None or not (before.kind == "number" or before.norm.endswith(_COUNTS))
    return j > 1 and view.tokens[j - 2].norm == _FROM and view.tokens[j - 1].kind == "word" and \
        not view.tokens[j - 1].article and not view.covered(j - 1)


def _deep_genitive(view: SentenceView, act: ActorMention, cue_pos: int) -> bool:
    """The actor ends a genitive chain of two nouns or more after the cue ("بنصوص ميثاق الأمم
    المتحدة"): it owns a thing inside the thing a verbal act is about, so it is not the addressee.
    Held places and counts are left to the owner rules ("بمقاتلي عناصر داعش" is not a chain)."""
    chain, bodies = 0, 0
    for k in range(act.first - 1, cue_pos, -1):
        tok = view.tokens[k]
        if tok.kind != "word" or tok.article or view.actor_at(k) is not None or tok.norm in _OBLIQUE or \
                word_forms(tok) & (HELD_PLACES | QUANTITY_WORDS):
            return False
        chain += 1
        bodies += bool(word_forms(tok) & _STATE_BODIES)
    # "لفخامته ولحكومة وشعب جمهورية سنغافورة": the government and people of a state are that state
    return chain >= 2 and bodies < chain and view.tokens[cue_pos].kind == "word"


def owned_by(view: SentenceView, act: ActorMention) -> bool:
    """The actor owns the place named just before it ("مواقع الحوثيين"، "مواقع وتحركات داعش"،
    "مواقع جبلية للمتمردين"): a genitive or ل-owner, not a doer."""
    for k in range(act.first - 1, max(-1, act.first - 1 - _HELD_REACH), -1):
        tok = view.tokens[k]
        if tok.kind != "word" or view.actor_at(k) is not None or (k < act.first - 1 and tok.norm in _OBLIQUE):
            return False
        if k in view.nisbas:
            return False  # "مدرعة إسرائيلية في خان يونس": the adjective owns it, the town is where it was
        if word_forms(tok) & HELD_PLACES:
            return True
    return False


def partitive(view: SentenceView, act: ActorMention) -> bool:
    """"3042 من تنظيم داعش"، "13 عنصرا من الحوثيين"، "عدد من أعضاء الكونجرس"، "وفدا من الاتحاد الأوروبي": the
    actor is the whole a counted part or a delegation belongs to (a count, a quantity word or a delegation
    before من, and at most a group noun after)."""
    k = act.first - 1
    if k >= 0 and view.tokens[k].norm != "من" and word_forms(view.tokens[k]) & (QUANTITY_WORDS | MEMBER_HEADS):
        k -= 1  # "عدد من أعضاء الكونجرس"، "ثلاثة من عناصر تنظيم داعش"
    if k < 1 or view.tokens[k].norm != "من":
        return False
    before = view.tokens[k - 1]
    if k > 1 and before.kind == "word" and before.norm.endswith("ا") and view.actor_at(k - 1) is None and \
            word_forms(view.tokens[k - 2]) & QUANTITY_WORDS:
        before = view.tokens[k - 2]  # "260 مقاتلا كرديا من حزب العمال": the counted noun's adjective between
    elif k > 1 and before.kind == "word" and view.actor_at(k - 1) is None and \
            (view.tokens[k - 2].kind == "number" or count_word(view.tokens[k - 2].text)):
        before = view.tokens[k - 2]  # "تسعة جنود من الجيش اليمني": the counted plural noun between
    return before.kind == "number" or bool(word_forms(before) & (QUANTITY_WORDS | _DELEGATIONS)) or \
        count_word(before.text)


def partitive_subject(view: SentenceView, pos: int) -> ActorMention | None:
    """"وعارض عدد من أعضاء الكونجرس الاتفاق": a counted part of a group right after a verb; the group
    is the subject."""
    for j in range(pos + 1, min(len(view.tokens), pos + 5)):
        act = view.actor_at(j)
        if act is not None:
            return act if partitive(view, act) else None
        tok = view.tokens[j]
        if tok.norm != "من" and not word_forms(tok) & (QUANTITY_WORDS | _DELEGATIONS):
            return None  # "وصل وفد من حركة حماس إلى القاهرة": the delegation's body is the subject
    return None


def _owner_of_object(view: SentenceView, act: ActorMention, start: int) -> bool:
    """"استهدفت مقاتلات التحالف استعراضا عسكريا لتنظيم داعش": an actor written with ل right after the
    object noun (and its adjective) owns the object."""
    if "ل" not in act.prefix or act.first - start > 3:
        return False
    between = view.tokens[start + 1:act.first]
    return bool(between) and all(t.kind == "word" and view.actor_at(k) is None and t.norm not in _OBLIQUE
                                 for k, t in zip(range(start + 1, act.first), between, strict=True))


_OBLIQUE = frozenset(normalize_form(w) for w in ("في", "من", "عن", "خلال", "منذ", "بعد", "قبل", "إلى", "على",
                                                  "مع", "ضد", "بين"))


def relative_before(view: SentenceView, pos: int) -> int | None:
    """Position of a relative pronoun right before a verb ("التي تقاتل"، "الذي لا يزال"), else None."""
    k = pos - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return k if k >= 0 and word_forms(view.tokens[k]) & RELATIVES else None


def antecedent(view: SentenceView, rel: int, comma: bool = False) -> ActorMention | None:
    """The actor a relative pronoun at `rel` refers to: the one ending right before it (a closing
    quote between allowed: "تنظيم “داعش” الذي", and up to two adjectives in ـي: "«داعش» الإرهابي الذي"; with
    `comma`, a comma too: "رافائيل غروسي، الذي يزور طهران" — not for acts a person undergoes as often as does,
    "الوحيشي، الذي قتل في غارة")."""
    end = rel - 1
    if comma and end > 0 and view.tokens[end].text in {"،", ","}:
        end -= 1
    for _ in range(_EPITHETS_BEFORE_RELATIVE):  # "تنظيم «داعش» الإرهابي الذي تقاتله طهران"
        tok = view.tokens[end] if end >= 0 else None
        if tok is None or tok.kind != "word" or not tok.article or view.covered(end) or \
                not tok.norm.endswith(("ي", "يه", "ين")):
            break
        end -= 1
    while end >= 0 and view.tokens[end].text in {"”", '"', "»", ")"}:
        end -= 1
    found = next((a for a in view.actors if a.last == end), None)
    if found is not None and found.type == "GPE" and view.tokens[rel].norm == _WHO_PLURAL and found.first >= 3 and \
            view.tokens[found.first - 1].norm in _WITH_OR_FROM and view.tokens[found.first - 2].article and \
            not view.covered(found.first - 2):
        # "الحوثيين المتحالفين مع إيران الذين سيطروا": a state is no الذين; the people its adjective phrase
        # describes are
        return next((a for a in view.actors if a.last == found.first - 3 and a.type != "GPE"), None)
    return found


_EPITHETS_BEFORE_RELATIVE = 2
_WHO_PLURAL = normalize_form("الذين")
_WITH_OR_FROM = frozenset(normalize_form(w) for w in ("مع", "من", "على", "ضد", "عن", "إلى", "لدى"))


def embedded_subject(view: SentenceView, pos: int) -> str:
    """What opens the clause after إن/أن that the verb at `pos` belongs to: "noun" for a noun that is
    no actor ("إن المقاومة قطعت …": the verb's subject is that noun, not anyone named elsewhere),
    "owned" for a noun owned by a pronoun ("أن طائراته قصفت"، "أن مقاتليه استهدفوا": the speaker's
    own forces), "" otherwise (an actor, no complementiser, or too far)."""
    k = pos - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    words, owned = 0, False
    while k >= 0 and words < 3:
        tok = view.tokens[k]
        if tok.kind == "punct" and tok.text not in {"“", '"', "«"}:
            return ""
        if word_forms(tok) & _EMBEDDERS:
            return ("owned" if owned else "noun") if words > 0 else ""
        if view.covered(k):
            return ""
        owned = owned or _possessed(tok)
        words += tok.kind == "word"
        k -= 1
    return ""


def _possessed(tok: Token) -> bool:
    """A noun with a pronoun suffix as written (طائراته، قواتها; not the ة of وزارة)."""
    letters = [ch for ch in tok.text if normalize_form(ch)]
    return len(letters) > 4 and (letters[-1] == "ه" or "".join(letters[-2:]) in {"ها", "هم"})


_EMBEDDERS = frozenset(normalize_form(w) for w in ("إن", "أن", "بأن", "لأن"))


def _protocol_cue(view: SentenceView, cue_pos: int) -> bool:
    """The cue is written onto an honorific (لفخامة، لسمو، لجلالة) or one follows it."""
    tok = view.tokens[cue_pos]
    nxt = view.tokens[cue_pos + 1].norm if cue_pos + 1 < len(view.tokens) else ""
    return tok.norm[1:] in _PROTOCOL_OPENERS or nxt in _PROTOCOL_OPENERS


def border_before(view: SentenceView, pos: int) -> bool:
    """"قرب الحدود مع العراق": مع after حدود names the neighbour of a place, not a party."""
    return pos > 0 and view.tokens[pos].norm == "مع" and view.tokens[pos - 1].norm in _BORDER


_BORDER = frozenset(normalize_form(w) for w in ("الحدود", "حدود", "الحدودية", "حدودها", "حدوده"))


def _locative(view: SentenceView, act: ActorMention, start: int, pos: int) -> bool:
    """"في قصر الاتحادية بالقاهرة"، "في اشتباكات بمدينة تعز": a place written with ب (on it or on its
    kind) inside a في phrase is where, not whom."""
    kind = view.tokens[pos - 1] if pos > 0 else None
    with_ba = "ب" in act.prefix or (kind is not None and kind.norm.startswith("ب") and kind.norm[1:] in PLACE_NOUNS)
    if act.type not in {"GPE", "LOC"} or not with_ba:
        return False
    return any(view.tokens[k].norm in {"في", "داخل"} for k in range(max(0, start - 1), pos))


_AGAINST = frozenset({"ضد", "بحق", "تجاه"})


def _against_other(view: SentenceView, trig: Trigger, pos: int) -> bool:
    """An actor after ضد/بحق/تجاه that does not follow the predicate itself: the target of another act
    named in between ("استخدام القوة ضد المحتجين"، "المعركة ضد تنظيم داعش"). Right after the predicate it
    is the predicate's own ("تهديدات ضد الملكة"، "عمليات قتل بحق الجيش")."""
    return pos > 0 and view.tokens[pos - 1].norm in _AGAINST and pos - 1 > trig.last + 1


# Words of a short time phrase set off by commas inside a clause ("، اليوم الاثنين،"، "، مساء أمس،").
_TIME_WORDS = TIME_WORDS


_GUEST_REACH = 10  # past the window: an aside (", في قصر زعبيل اليوم،") may still stand before the guest


_ON_BEHALF = frozenset(normalize_form(w) for w in ("لصالح", "لحساب", "لمصلحة"))


def _title_domain(view: SentenceView, act: ActorMention, start: int, stop: int) -> bool:
    """A place or body in the genitive of an office word that follows the subject ("حاكم دبي"، "أمير
    منطقة الرياض") is the domain of his title when a person is named after it; with nobody after it,
    it is the object itself ("استقبل الأمير رئيس وزراء إيطاليا": Italy's head of government)."""
    if act.type not in {"GPE", "LOC", "ORG"} or act.prefix or act.first - 1 <= start:
        return False
    if view.tokens[act.first - 1].norm not in OFFICE_HEADS:
        return False
    return any(later.type == "PER" for later in view.actors if act.last < later.first < stop + _GUEST_REACH)


def _own_domain(view: SentenceView, act: ActorMention, subject_end: int) -> bool:
    """A place of the subject's own country in the genitive of an office word written right after the
    subject ("حث الأمير فيصل بن بندر أمير منطقة الرياض منسوبي الإمارة"): the domain of his title, even
    with no person after it. A foreign one may be the guest's ("استقبل الأمير رئيس وزراء إيطاليا")."""
    if subject_end < 0 or act.type not in {"GPE", "LOC"} or act.prefix or act.first < subject_end + 2:
        return False
    if view.tokens[act.first - 1].norm not in OFFICE_HEADS:
        return False
    k = act.first - 2  # "الأمير فيصل بن بندر بن عبدالعزيز أمير …": the name's longer line runs on first
    while k > subject_end + 1 and view.tokens[k - 1].norm in _SON_OF:
        k -= 2
    if k != subject_end:
        return False
    subject = next((a for a in view.actors if a.last == subject_end), None)
    country = subject.actor.country_iso3 if subject is not None else None
    return country is not None and act.actor.country_iso3 == country


_SON_OF = frozenset(normalize_form(w) for w in ("بن", "بنت", "ابن"))


def _subject_office(view: SentenceView, act: ActorMention, subject_end: int) -> bool:
    """The actor, with ل written onto it, is the body of an office named right after the subject
    ("أحمد الجربا الرئيس السابق للائتلاف"، "الفيصل رئيس لمجلس …"): whom the subject heads, not whom
    the predicate is addressed to."""
    if subject_end < 0 or "ل" not in act.prefix:
        return False
    k = act.first - 1
    while k > subject_end + 1 and view.tokens[k].norm in _OFFICE_TIMES:
        k -= 1
    office = view.tokens[k].norm
    return k == subject_end + 1 and (office[2:] if office.startswith("ال") else office) in OFFICE_HEADS


_OFFICE_TIMES = frozenset(normalize_form(w) for w in ("السابق", "الأسبق", "الحالي", "الجديد", "العام", "سابقا"))


def _dated_aside(tokens: list[Token], j: int) -> bool:
    """Token j belongs to a written date that a comma closes within a few words ("الموافق 15 جمادى الأولى
    1447 هـ،")."""
    for k in range(j, min(len(tokens), j + _DATE_REACH)):
        if tokens[k].text == "،":
            return True
        if not (tokens[k].kind == "number" or tokens[k].norm in _DATE_WORDS):
            return False
    return False


_LED_BY = frozenset(normalize_form(w) for w in ("برئاسة", "يرأسه", "يرأسها", "يتقدمه", "يتقدمهم", "بقيادة"))
_SPONSORING = frozenset(normalize_form(w) for w in ("بإشراف", "برعاية", "بوساطة", "إشراف", "رعاية", "وساطة"))
_SPONSOR_REACH = 4  # "بإشراف الولايات المتحدة والصين": the sponsors joined by و after the word


def _sponsored(view: SentenceView, pos: int) -> bool:
    """The actor at `pos` oversees or sponsors what the predicate tells (بإشراف، برعاية، بوساطة, and the
    actors joined to the first by و): a third party, not a side."""
    for k in range(pos - 1, max(-1, pos - 1 - _SPONSOR_REACH), -1):
        tok = view.tokens[k]
        if tok.norm in _SPONSORING:
            return k == pos - 1 or (k > 0 and view.tokens[k - 1].norm == "تحت") or \
                all(view.covered(i) for i in range(k + 1, pos))
        if tok.kind != "word" or not view.covered(k):
            return False
    return False
_DATE_REACH = 10  # "اليوم الأحد الموافق 15 جمادى الأولى 1447 هـ،": a date written out in both calendars
# Words of a written date, which take no room in the target's window.
_DATE_WORDS = _TIME_WORDS | frozenset(normalize_form(w) for w in (
    "الموافق", "هـ", "ه", "م", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
    "أيلول", "تشرين", "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة",
    "الأولى", "الآخرة", "الأول", "الآخر", "الثاني"))


def _inside_name(view: SentenceView, j: int) -> bool:
    """Token j is a later word of a name ("في قصر بيان": بيان is no ب + يان)."""
    return view.covered(j) and any(a.first < j <= a.last for a in view.actors)


_NAME_ASIDE_WORDS = 4


def _name_aside(view: SentenceView, comma: int, subject: str | None) -> int | None:
    """The comma closing a name set off by commas right after the subject ("حذرت نائبة وزير الخارجية
    الإسرائيلية، تسيبي حوطوفلي، الاتحاد الأوروبي"), when an actor follows it: the name is the subject's
    own (a person the knowledge base lacks, or the subject itself: "وزير الخارجية الأمريكي، جون كيري،"),
    and the object comes after it."""
    tokens = view.tokens
    for k in range(comma + 1, min(len(tokens), comma + 2 + _NAME_ASIDE_WORDS)):
        if tokens[k].text == "،":
            after = view.actor_at(k + 1) if k + 1 < len(tokens) else None
            return k if k > comma + 1 and after is not None and after.first == k + 1 else None
        own = (act := view.covering(k)) is not None and act.key == subject
        if tokens[k].kind != "word" or (view.covered(k) and not own) or (k == comma + 1 and tokens[k].norm[:1] == "و") \
                or word_forms(tokens[k]) & (RELATIVES | _SAYING):
            return None
    return None


def _time_aside(tokens: list[Token], comma: int) -> int | None:
    """The comma closing a time phrase of one to three words opened by the comma at `comma`, or a
    place where a meeting is held ("، في قصر زعبيل اليوم،"), or None."""
    venue = comma + 2 < len(tokens) and tokens[comma + 1].norm == "في" and tokens[comma + 2].norm in VENUE_NOUNS
    timed = False
    for k in range(comma + 1, min(len(tokens), comma + (7 if venue else 6))):
        if tokens[k].text == "،":
            return k if k > comma + 1 else None
        if tokens[k].kind != "word":
            return None
        if venue or tokens[k].norm in _TIME_WORDS:
            timed = True
            continue
        # after the time, where: "، يوم الاثنين بالرباط،"، "، اليوم في جدة،"
        place = tokens[k].norm.startswith("ب") or (tokens[k].norm == "في" and k + 1 < len(tokens))
        if not (timed and place):
            return None
        end = k + 1 if tokens[k].norm.startswith("ب") else k + 2
        return end if end < len(tokens) and tokens[end].text == "،" else None
    return None


def _affiliated(view: SentenceView, act: ActorMention) -> bool:
    """The actor owns the thing named before it through an affiliation word and ب/ل ("سفينة مرتبطة
    بإسرائيل"، "منشآت تابعة للحرس الثوري"). A place is only "linked" to: "مديرية التواهي التابعة لعدن"
    is a district of Aden, not Aden's property."""
    if act.first == 0 or not set(act.prefix) & {"ب", "ل"}:
        return False
    forms = word_forms(view.tokens[act.first - 1])
    if act.type in {"GPE", "LOC"}:
        forms = {f for f in forms if "رتبط" in f}
    return bool(forms & AFFILIATION_WORDS)


_HOST = "043"  # hosting a visit: the guest is a person or a body, a town after ب is where


def _a_place(act: ActorMention) -> bool:
    """A place, also where a capital stands for its government (a `gpe.` entity with a GOV code)."""
    return act.type in {"GPE", "LOC"} or (act.actor.entity_id or "").startswith(("gpe.", "loc."))


def _venue(view: SentenceView, pos: int) -> bool:
    """A building written with ب or after في ("بالديوان الأميري"، "بقصر الاتحادية"، "بمقره"، "في قصر بيان"):
    where a meeting is held, not a cue to whom; a body named by such a word ("بمكتب الأمم المتحدة") is no
    venue."""
    tok = view.tokens[pos]
    if tok.norm == "في" and pos + 1 < len(view.tokens) and view.tokens[pos + 1].norm in VENUE_NOUNS:
        pos, tok = pos + 1, view.tokens[pos + 1]  # "في قصر بيان اليوم الأحد …، وزير الخارجية العماني"
    elif tok.kind != "word" or not any(f[:1] == "ب" and f[1:] in VENUE_NOUNS for f in word_forms(tok)):
        return False
    return all(act.type in {"GPE", "LOC"} for act in view.starting(pos))


def _town_in(view: SentenceView, act: ActorMention, cue_pos: int) -> bool:
    """A town or region (no state) right after the cue في, or after في and a kind of place: where an
    attack happened ("في مدينة أبها")."""
    if view.tokens[cue_pos].norm != "في":
        return False
    between = range(cue_pos + 1, act.first)
    if act.type == "ORG" and not act.actor.actor_code and not act.actor.country_iso3:
        return len(between) <= 2  # "في حدائق المركز الثقافي": a building no actor code names is where
    if act.type not in {"GPE", "LOC"}:
        return False
    if act.actor.entity_id is None or act.actor.entity_id == f"gpe.{act.actor.country_iso3}":
        return False
    return all(word_forms(view.tokens[k]) & (PLACE_NOUNS | DIRECTIONS) for k in between) and len(between) <= 2


_ATTACK_ROOTS = frozenset({"18", "19", "20"})
_AT_REQUEST = frozenset(normalize_form(w) for w in ("طلب", "بطلب", "وبطلب"))


def _where(view: SentenceView, pos: int, cue_pos: int) -> bool:
    """A place after في (or "في منطقة") when the cue's object already has a definite owner ("على
    مواقع التنظيم في العراق": the group's positions, in Iraq); "على مواقع في غزة" still hits Gaza."""
    k = pos - 1
    if k > cue_pos and word_forms(view.tokens[k]) & PLACE_NOUNS:
        k -= 1
    return k > cue_pos and view.tokens[k].norm == "في" and \
        any(t.article and t.kind == "word" for t in view.tokens[cue_pos + 2:k])


def plural_owner(view: SentenceView, head: int) -> ActorMention | None:
    """"جراء ممارسات المليشيات الحوثية بحق المدنيين وفرضهم الحصار": a verbal noun joined by و with a plural
    pronoun (هم) is the act of the group named in the genitive before it, not of the sentence's subject;
    objects after a preposition (بحق المدنيين) are passed. Only an organisation (a movement, a force):
    a person or a state would have another pronoun."""
    for act in sorted((a for a in view.actors if head - _OWNER_REACH <= a.last < head), key=lambda a: -a.last):
        before = view.tokens[act.first - 1] if act.first > 0 else None
        if act.prefix[-1:] in {"ب", "ل"} or (before is not None and
                                           (before.norm in _OBLIQUE_PREPS or _after_prep(view, act.first))):
            continue
        return act if act.type == "ORG" else None
    return None


_OWNER_REACH = 10
_OBLIQUE_PREPS = frozenset(normalize_form(w) for w in ("بحق", "ضد", "على", "إلى", "مع", "تجاه", "عن", "في", "من"))


def _after_prep(view: SentenceView, pos: int) -> bool:
    """An oblique, not an object: right after a preposition, or the second of "في X وY"."""
    if pos > 0 and view.tokens[pos - 1].norm in {"في", "من", "عن", "خلال", "منذ", "بعد", "قبل", "قرب", "داخل"}:
        return True
    if pos > 1 and view.tokens[pos - 2].norm in {"في", "قرب", "داخل"} and \
            word_forms(view.tokens[pos - 1]) & (PLACE_NOUNS | DIRECTIONS):
        return True  # "في منطقة يريم"، "في شرق تركيا"، "قرب مدينة كركوك": where
    if pos > 0 and view.tokens[pos - 1].norm[:1] == "ب" and \
            {f[1:] for f in word_forms(view.tokens[pos - 1])} & (PLACE_NOUNS | DIRECTIONS):
        return True  # "بمدينة شانلي أورفا"، "في انفجار بشمال أفغانستان": where
    here, prev = view.actor_at(pos), view.actor_at(pos - 1) if pos > 0 else None
    if prev is None and pos > 1 and view.tokens[pos - 1].article and view.actor_at(pos - 2) is not None:
        prev = view.actor_at(pos - 2)  # "في ولاية قندوز المضطربة شمال أفغانستان": one adjective between
        prev = prev if prev.last == pos - 2 else None
    if here is not None and prev is not None and prev is not here and here.type in {"GPE", "LOC"} and \
            prev.type in {"GPE", "LOC"} and prev.last >= pos - 2 and prev.first > 0 and \
            (word_forms(view.tokens[prev.first - 1]) & PLACE_NOUNS or "ب" in prev.prefix or
             view.tokens[prev.first - 1].norm in {"في", "قرب", "داخل"}):
        return True  # "في بلدة سوروج جنوب شرقي تركيا": the region the town lies in (not "تتهم واشنطن طهران")
    k = pos - 1
    while k > 0 and word_forms(view.tokens[k]) & DIRECTIONS:
        k -= 1
    if k < pos - 1 and k > 0 and view.tokens[k].article and view.actor_at(k) is None:
        k -= 1  # "في ولاية قندوز المضطربة شمال أفغانستان": the town's adjective
    if k < pos - 1 and (view.tokens[k].norm in {"في", "قرب", "داخل"} or
                        ((place := view.actor_at(k)) is not None and place.type in {"GPE", "LOC"})):
        return True  # "في بلدة سوروج جنوب شرقي تركيا": where the town lies
    if pos > 1 and word_forms(view.tokens[pos - 1]) & (PLACE_NOUNS | DIRECTIONS) and \
            view.tokens[pos - 1].norm[:1] == "و" and \
            any(view.tokens[k].norm in {"بين", "في"} for k in range(max(0, pos - 6), pos - 1)):
        return True  # "بين الحدود الإيرانية ومدينة فان": the second place of a span, where
    act = view.actor_at(pos)
    if act is not None and act.prefix.startswith("و"):
        prev = next((a for a in view.actors if a.last == pos - 1), None)
        return prev is not None and _after_prep(view, prev.first)
    return False


_LINKING = frozenset(normalize_form(w) for w in (
    "الرابط", "الرابطة", "الواصل", "الواصلة", "الفاصل", "الفاصلة", "الممتد", "الممتدة", "يربط", "تربط", "يصل", "تصل",
    "الطريق", "طريق", "الحدود", "الحدودي", "الحدودية", "المسافة"))


_PAIR_STOPS = frozenset({"«", "“"})  # (commas stay: "اندلعت اشتباكات أمس، بين تنظيم داعش وقوات الأسد")
_PAIR_CLASHES = load_cues().clash_nouns


def between_pair(view: SentenceView, start: int) -> tuple[ActorMention, ActorMention] | None:
    """"بين X و Y" after `start`: the two sides of a symmetric event (talks, clashes)."""
    for j in range(start + 1, min(len(view.tokens), start + 1 + TARGET_WINDOW)):
        if view.tokens[j].text in _PAIR_STOPS:
            return None  # "اجتماع مجلس الجامعة «ضرورة … توازن بين الولايات المتحدة والاتحاد السوفياتي»": a quote's pair
        if j > start + 1 and {f.removeprefix("ال") for f in word_forms(view.tokens[j])} & _PAIR_CLASHES:
            return None  # "التفجير الانتحاري الذي جدد المواجهات المسلحة بين الحكومة التركية ومقاتلي الحزب": theirs
        if view.tokens[j].norm != "بين":
            continue
        if j > 0 and view.tokens[j - 1].norm in _LINKING:
            return None  # "الخط الرابط بين تعز وصنعاء": the two ends of a road, not two sides
        first = next((a for a in view.actors if j < a.first <= j + 6), None)
        if first is not None and _grouped(view, first):
            # "بين الفرقة الرابعة وحزب الله من جهة والفصال المقاتلة من جهة أخرى": X's conjunct is his ally;
            # the other side is only the actor after "من جهة", or nobody the text names
            second = _grouped_side(view, first)
        else:
            second = _second_side(view, first) or _with_side(view, first) if first is not None else None
        if first is not None and second is not None:
            return first, second
    return None


def dual_office_pair(view: SentenceView, trig: Trigger) -> tuple[ActorMention, ActorMention] | None:
    """"مباحثات وزيري خارجية روسيا والولايات المتحدة"، "لقاء رئيسي وزراء الهند وباكستان": a dual office in the
    genitive right after a two-sided noun, then the two states joined by و, are the noun's two sides."""
    k = trig.last + 1
    if k >= len(view.tokens) or view.tokens[k].norm not in _DUAL_OFFICES:
        return None
    for first in range(k + 1, min(len(view.tokens), k + 1 + _DUAL_OFFICE_WORDS + 1)):
        side = view.actor_at(first)
        if side is not None:
            if side.first != first or side.prefix:
                return None
            other = view.actor_at(side.last + 1)
            if other is None or other.first != side.last + 1 or other.prefix != "و" or other.key == side.key:
                return None
            return side, other
        if view.tokens[first].kind != "word":
            return None
    return None


# Dual offices in the genitive ("وزيري"، "رئيسي"): the holders of one office in two states.
_DUAL_OFFICES = frozenset(normalize_form(w) for w in (
    "وزيري", "رئيسي", "زعيمي", "قائدي", "ممثلي", "وفدي", "مبعوثي", "سفيري", "عاهلي", "ملكي", "أميري", "نائبي"))
_DUAL_OFFICE_WORDS = 2  # the office's own words between: "خارجية"، "وزراء"، "أركان جيشي"


def _with_side(view: SentenceView, first: ActorMention) -> ActorMention | None:
    """"نشب نزاع بين أفراد إحدى العشائر في قضاء الحويجة مع عدد من عناصر داعش": news also writes the
    second side of بين with مع; the place X is in (after في) and a count ("عدد من") may stand between.
    "قرب الحدود مع العراق" is a border, not a side."""
    for k in range(first.last + 1, min(len(view.tokens) - 1, first.last + 1 + _WITH_REACH)):
        tok = view.tokens[k]
        if tok.kind == "punct" or tok.norm == "بين":
            return None
        if tok.norm != "مع" or border_before(view, k):
            continue
        for j in range(k + 1, min(len(view.tokens), k + 4)):
            act = view.actor_at(j)
            if act is not None:
                return act if _bare(act) and act.key != first.key and act.type not in {"GPE", "LOC"} else None
            if view.tokens[j].kind == "punct":
                return None
        return None
    return None


_WITH_REACH = 8  # words from X to مع: X's adjective and the place it is in
_GROUP_WORDS = frozenset({"جهه", "ناحيه"})
_GROUP_REACH = 14  # words from X to "من جهة": X's allies and their adjectives


def _grouped(view: SentenceView, first: ActorMention) -> bool:
    """Whether "من جهة" follows the first side of بين within reach, before the sentence ends."""
    toks = view.tokens
    for k in range(first.last + 1, min(len(toks) - 1, first.last + _GROUP_REACH)):
        if toks[k].text in {".", "؛", ":"} or toks[k].norm == "بين":
            return False
        if toks[k].norm == "من" and toks[k + 1].norm in _GROUP_WORDS:
            return True
    return False


def _grouped_side(view: SentenceView, first: ActorMention) -> ActorMention | None:
    """"بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين من جهة": the sides are grouped by
    "من جهة", so X's conjunct before it is an ally and the other side is the first actor after it."""
    toks = view.tokens
    for k in range(first.last + 1, min(len(toks) - 1, first.last + _GROUP_REACH)):
        if toks[k].text in {".", "؛", ":"} or toks[k].norm == "بين":
            return None
        if toks[k].norm == "من" and toks[k + 1].norm in _GROUP_WORDS:
            for j in range(k + 2, min(len(toks), k + 6)):
                act = view.actor_at(j)
                if act is not None:
                    return act if act.key != first.key else None
            return None
    return None



def _second_side(view: SentenceView, first: ActorMention) -> ActorMention | None:
    """The other side after "بين X": the next actor, joined by و within three words of X with no
    punctuation between ("بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما"). An actor after an
    adjective of allegiance or backing describes X and is passed ("بين القوات الموالية للحكومة والمتمردين"،
    "بين قوات الجيش المدعومة بالمقاومة وتحالف مليشيات الحوثي")."""
    joined, loyal, k, end = False, False, first.last + 1, first.last + 4
    while k < min(len(view.tokens), end):
        act, tok = view.actor_at(k), view.tokens[k]
        joined = joined or tok.norm.startswith("و")
        loyal = loyal or bool(word_forms(tok) & (load_cues().allegiance_words | _BACKED))
        if act is not None and loyal and not joined:
            k, end, loyal = act.last + 1, act.last + 4, False
            continue
        if act is not None and act.key != first.key:
            return act if joined else None
        if tok.kind == "punct":
            return None
        k += 1
    return None


# --- frames: reports, relative clauses, constructs ---------------------------------------------

def document_author(view: SentenceView, trig: Trigger, cues: Cues) -> ActorMention | None:
    """"وتبنى المجلس … قرارا يطالب قوات الدعم السريع بـ…": a verb right after an indefinite document
    (a resolution, a statement, a letter) describes it; its subject is the document, so the doer is
    whoever issued it, the subject the sentence opens on. None when no such noun stands before."""
    if trig.kind != "verb" or trig.head < 1:
        return None
    before = view.tokens[trig.head - 1]
    if before.article or not word_forms(before) & _DOCUMENT_NOUNS:
        # "بعث برسالة إلى المرشد الأعلى علي خامنئي يدعو فيها": the verb's "فيها" points back to the document
        after = view.tokens[trig.head + 1] if trig.head + 1 < len(view.tokens) else None
        if after is None or after.norm not in _IN_IT:
            return None
        found = _document_before(view, trig)
        if found is None or any(t.kind == "punct" for t in view.tokens[found:trig.head]):
            return None
        before = view.tokens[found]
    author = sentence_subject(view, cues)
    return author if author is not None and author.last < view.tokens.index(before) else None


def document_before_verb(view: SentenceView, trig: Trigger) -> bool:
    """The verb describes an indefinite document written right before it ("لاستصدار قرار يدين هجمات
    المستوطنين"): its subject is the document, so the actor after the verb is its object, not its doer."""
    if trig.kind != "verb" or trig.head < 1:
        return False
    before = view.tokens[trig.head - 1]
    return not before.article and bool(word_forms(before) & _DOCUMENT_NOUNS)


_IN_IT = frozenset({"فيها", "فيه", "فيهما"})
_ISSUED = frozenset(normalize_form(w) for w in ("صادر", "صادرا", "صدر"))


def document_addressee(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """Whom the document before the verb is sent to ("برسالة إلى المرشد الأعلى علي خامنئي يدعو فيها"):
    the person or body after إلى between the document noun and the verb."""
    doc_at = _document_before(view, trig)
    if doc_at is None or doc_at + 1 >= trig.head or view.tokens[doc_at + 1].norm not in {"الي", "ل"}:
        return None
    return next((a for a in view.actors if doc_at + 1 < a.first and a.last < trig.head and _bare(a)), None)


def _document_before(view: SentenceView, trig: Trigger) -> int | None:
    """The position of the nearest indefinite document noun within eight words before the trigger."""
    return next((k for k in range(trig.head - 1, max(-1, trig.head - 9), -1)
                 if not view.tokens[k].article and _document_word(view.tokens[k])), None)


def _document_word(tok: Token) -> bool:
    """An indefinite document noun, with a conjunction or ب written onto it ("برسالة"، "وبيانا")."""
    forms = word_forms(tok)
    forms |= {f[1:] for f in forms if f[:1] == "ب" and len(f) > 3}
    return bool(forms & _DOCUMENT_NOUNS)


# Documents that "demand", "call", "condemn" in news Arabic (indefinite: قرارا يطالب، بيانا يدين).
# Word list wanted in data/cues.yaml as `document_nouns` (kept here until the cue owner moves it).
_DOCUMENT_NOUNS = frozenset(normalize_form(w) for w in (
    "قرار", "قرارا", "بيان", "بيانا", "رسالة", "مذكرة", "تقرير", "تقريرا", "إعلان", "إعلانا"))


def has_gap(trig: Trigger) -> bool:
    """A multiword pattern with room between its first two words (a subject may stand there)."""
    return len(trig.words) > 1 and trig.words[1] - trig.head > 1


def fold_words(*words: str) -> frozenset[str]:
    """A closed word list folded as tokens are (hamza, ى/ي, ة/ه)."""
    return frozenset(normalize_form(w) for w in words)


_BACKED = fold_words("المدعومة", "المدعوم", "المدعومين", "المدعومون", "مدعومة", "مدعوم", "مدعومين", "مدعومون",
                     "المدعمة", "المدعم", "مدعمة", "المسنودة", "المسنود", "مسنودة") | BACKING_WORDS


# Broken plurals and collectives of people that head a name a plural verb may refer back to (عناصر الحزب،
# مسلحو التنظيم، تلاميذ الشيخ): the member words, and a few more.
_PEOPLE_PLURALS = MEMBER_HEADS | MEMBERS_NOMINATIVE | fold_words(
    "رجال", "نواب", "سكان", "أهالي", "ميليشيات", "مليشيات", "الميليشيات", "تلاميذ", "طلاب", "أتباع", "مؤيدو",
    "مؤيدي", "أبناء", "عائلة", "أسرة", "حرس", "حراس")


OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
# A preposition carrying the pronoun of the relative's noun ("الذي سيطرت عليه المقاومة").
RESUMPTIVE_PREPS = fold_words(*(p + s for p in ("علي", "في", "من", "الي", "ب", "ل", "مع", "عن")
                                 for s in ("ه", "ها", "هم")))
# Verbs of holding a place in a clause on the struck place ("معسكر يسيطر عليه الحوثيون"، "مواقع يتمركز فيها").
_ORIGIN_NOUNS = fold_words("مصدرها", "مصدره", "مصدرهما", "مصدرهم")
_FELL_ON = fold_words("سقطت", "سقط", "سقطتا", "تساقطت", "انهالت")  # shells falling on a place
_HOLDING = fold_words("يسيطر", "تسيطر", "سيطر", "سيطرت", "يتمركز", "تتمركز", "يتحصن", "تتحصن", "يتواجد", "تتواجد",
                      "يستخدمه", "يستخدمها", "تستخدمه", "تستخدمها")
PLURAL_COMPS = fold_words("أنهم", "انهم", "بأنهم", "إنهم")
# Nouns naming a kind of place ("قريتي الفوعة"، "مدينة حلب"): the name after one is where, never a doer.
# Wanted in data/cues.yaml as `place_nouns`.
DIRECTIONS = fold_words("شرق", "غرب", "شمال", "جنوب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي", "وشرق", "وغرب",
                         "وشمال", "وجنوب")
PLACE_NOUNS = fold_words("مدينة", "مدينتي", "قرية", "قريتي", "قرى", "بلدة", "بلدتي", "منطقة", "منطقتي", "مناطق",
                         "محافظة", "محافظات", "حي", "أحياء", "ريف", "مخيم", "ولاية", "إقليم", "مطار", "ميناء")
QUOTE_MARKS = {"«", "“", '"', "»", "”"}
_IN_OR_OF = frozenset({"في", "من"})  # folded


def cue_nisba(view: SentenceView, trig: Trigger, start: int) -> int | None:
    """"بحث الوزير في موسكو مع المسؤولين الروس": a nationality two words at most after one of the
    entry's cue words, with no actor between, stands for that country's side (a place after في on the
    way is where, and is passed)."""
    for j in range(start + 1, min(len(view.tokens), start + 8)):
        tok = view.tokens[j]
        act = view.actor_at(j)
        if tok.kind == "punct" or (act is not None and not _after_prep(view, j)):
            return None
        if tok.kind == "word" and word_forms(tok) & set(trig.entry.cues):
            return next((p for p in (j + 1, j + 2) if p in view.nisbas and view.actor_at(j + 1) is None), None)
    return None


def present_to_past(tok: Token) -> set[str]:
    """"يشنه" → "شنه": the relative verbs of `agent_verbs` are listed in the past; the present adds ي/ت."""
    forms = word_forms(tok)
    return forms | {f[1:] for f in forms if f[:1] in {"ي", "ت"} and len(f) > 3}


SUBJECT_WINDOW = 6  # "أدان رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي": titles before the name


def subject_limit(view: SentenceView, trig: Trigger) -> int:
    """How far after a verb its subject may be: up to the pattern's next word ("طالب X ب…"), unless
    that word is a title's preposition ("المتحدث باسم الوزارة"), which the subject carries."""
    if has_gap(trig) and not title_gap(view, trig):
        return trig.words[1] - trig.head
    return SUBJECT_WINDOW


def clause_initial(view: SentenceView, head: int) -> bool:
    """The verb opens its clause (nothing but particles or an opener such as من جانبه before it), so
    the words after it begin with its subject."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return k < 0 or view.tokens[k].kind == "punct" or bool(word_forms(view.tokens[k]) & _OPENERS)


_OPENERS = fold_words("جانبه", "جانبها", "جهته", "جهتها", "كما", "ثم", "وقد")


def title_gap(view: SentenceView, trig: Trigger) -> bool:
    """The pattern's second word matched a title's preposition ("طالب المتحدث باسم …": the ب of the
    pattern is not there yet)."""
    return has_gap(trig) and view.tokens[trig.words[1]].norm in _TITLE_PREPS


def pronoun_word(view: SentenceView, head: int) -> str:
    """The complementiser carrying the verb's pronoun subject (أنه، أنهم), past قد/لن."""
    k = head - 1
    while k >= 0 and word_forms(view.tokens[k]) & _PRE_VERB:
        k -= 1
    return view.tokens[k].norm if k >= 0 else ""


def disagrees(view: SentenceView, trig: Trigger, act: ActorMention) -> bool:
    """"وطالب الحكومة الاتحادية بفتح تحقيق": a verb in the masculine right before a body named by a
    feminine noun (الحكومة، الوزارة، حركة) is not that body's — it would read طالبت — so the body is
    its object. Only for a past verb without the feminine ت or an imperfect in ي (a verb opening on ت
    may be a masculine تفاعل form, تظاهر), opening its clause (after و/ف, punctuation or nothing: elsewhere
    the word may be a verbal noun, "بإمكانية شن الحكومة حربا"), and never for people (حمزة، أسامة). The
    converse holds too: a past verb in the feminine before a masculine head ("واتهمت الجيش") is not its."""
    if trig.kind == "verb" and act.first > trig.head and not trig.enclitic and \
            (_plural_verb(view.tokens[trig.head]) or _plural_imperfect(view.tokens[trig.head])):
        # "فقد حملوا حكومة نتنياهو المسؤولية"، "كانوا يستهدفون رجال المقاومة": a plural verb's subject came
        # before it (VSO is singular)
        return True
    if trig.kind == "verb" and act.first == trig.head + 2 and not trig.enclitic:
        return _feminine_head_after_masculine(view, trig.head)  # "ودعا قيادة المقاومة الشعبية إلى"
    if trig.kind != "verb" or act.first != trig.head + 1:
        return False
    verb = _clause_opening_verb(view, trig.head)
    if verb is None:
        return False  # "بإمكانية شن الحكومة حربا": a verbal noun in construct, its genitive is its doer
    noun = view.tokens[act.first].norm[len(act.prefix):] if act.prefix else view.tokens[act.first].norm
    if trig.enclitic:
        return False
    if not noun.startswith("ال"):
        # "واتهم موسكو بعرقلة": a state or city named without the article is feminine (اتهمت موسكو)
        return act.type == "GPE" and not act.prefix and noun not in _MASCULINE_STATES and _masculine_verb(verb)
    if verb.endswith("ت") and not verb.startswith(("ت", "ي")) and len(verb) >= 3:
        return _masculine_head(noun, act)  # "واتهمت الجيش بقصف": the feminine verb is another's
    if act.type == "PER" or verb.endswith("ت") or verb.startswith("ت") or not (verb.startswith("ي") or len(verb) <= 5):
        return False
    return _feminine_noun(noun)


_FEMININE_BODY_HEADS = frozenset(normalize_form(w) for w in ("قيادة", "حكومة", "وزارة", "حركة", "جماعة", "هيئة", "لجنة"))


def _feminine_head_after_masculine(view: SentenceView, pos: int) -> bool:
    """A masculine verb opening its clause at `pos`, then a feminine body noun no actor covers ("ودعا قيادة
    المقاومة"): the body is not the verb's subject, which would read دعت."""
    if pos + 1 >= len(view.tokens) or view.tokens[pos + 1].norm not in _FEMININE_BODY_HEADS or view.covered(pos + 1):
        return False
    verb = _clause_opening_verb(view, pos)
    return verb is not None and not verb.endswith("ت") and not verb.startswith("ت") and \
        (verb.startswith("ي") or len(verb) <= 5)


def _clause_opening_verb(view: SentenceView, pos: int) -> str | None:
    """The folded word at `pos` without its و/ف when it opens its clause (joined to و/ف, first in the
    sentence, after punctuation or after كما، ثم، قد …); None elsewhere (a verbal noun in construct)."""
    word = view.tokens[pos].norm
    if word[:1] in {"و", "ف"} and len(word) > 3:
        return word[1:]
    if pos > 0 and view.tokens[pos - 1].kind != "punct" and view.tokens[pos - 1].norm not in _PARTICLES_BEFORE_VERB:
        return None
    return word


def _feminine_noun(noun: str) -> bool:
    """A body's head noun in the feminine (الحكومة، الوزارة) or a broken plural agreeing as one (الأمم)."""
    return noun.endswith("ه") and len(noun) > 4 or noun in _FEMININE_PLURAL_HEADS


def _masculine_before_feminine_body(view: SentenceView, pos: int, act: ActorMention) -> bool:
    """A masculine past verb opening its clause (after و/ف or a particle such as كما) right before a body
    named by a feminine noun: the body is the verb's object, the subject is carried from before."""
    verb = _clause_opening_verb(view, pos)
    if verb is None or act.type not in {"ORG", "GPE"} or act.prefix:
        return False
    noun = view.tokens[act.first].norm
    masculine = _masculine_verb(verb) or len(verb) == 3 and verb.endswith("ا")  # دعا، نعى: no dual in three letters
    return noun.startswith("ال") and not verb.startswith(("ي", "ت")) and masculine and _feminine_noun(noun)


# Particles after which a verb still opens its clause ("كما دعا الأمم المتحدة إلى الإسهام").
_PARTICLES_BEFORE_VERB = frozenset(normalize_form(w) for w in ("كما", "ثم", "قد", "وقد", "فقد", "لقد", "كذلك"))
# Broken plurals heading a body's name, feminine in agreement ("دعت الأمم المتحدة").
_FEMININE_PLURAL_HEADS = frozenset(normalize_form(w) for w in ("الأمم",))


# States named without the article that the press treats as masculine ("أعلن لبنان").
_MASCULINE_STATES = frozenset(normalize_form(w) for w in ("لبنان",))


def _masculine_verb(verb: str) -> bool:
    """A past verb in the third masculine (اتهم، دعا) or an imperfect in ي, its conjunction off."""
    if verb.startswith("ي"):
        return len(verb) >= 4
    return not verb.endswith(("ت", "وا", "ا")) and not verb.startswith("ت") and 3 <= len(verb) <= 6


def _masculine_head(noun: str, act: ActorMention) -> bool:
    """A body or office named by a masculine noun (الجيش، الرئيس) or a sound masculine plural (المحتجين),
    never a place (العراق takes either gender in the press)."""
    if act.type in {"GPE", "LOC"}:
        return False
    return noun in load_cues().masculine_heads or (len(noun) > 5 and noun.endswith(("ين", "ون")))
