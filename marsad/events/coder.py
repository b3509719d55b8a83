"""The event coder: lexicon triggers + sentence structure → CAMEO/PLOVER events with evidence.

Design decisions (see README):
- Negated and denied events are kept, flagged `negated=True` (modality `denied` after نفى/أنكر), so a
  consumer can count them as claims; conditional ones carry modality `conditional`. None is ever
  reported as `asserted`.
- A statement with no stated addressee in a report about two sides is addressed to the most-mentioned
  actor of the other country, with lower confidence.
- Verbal nouns (لقاء، زيارة) need a named doer (or, indefinite, a named target); a bare "الزيارة" refers
  back and is not an event. Purpose complements (لزيارة) and the content of accusations are not events;
  an act a criticism states as done ("مستنكرا قيام X بهدم …") is.
- The same happening told twice in an article body (same code, source and target, no conflicting date
  or place) is one event with the evidence spans of every telling; the headline is its own telling.
- One act is told once: a verb describing an attack noun, the attack in a killing's cause phrase, a
  conjunct of a country already targeted and the crowd of a protest already told add no event.
- Argument choice lives in `roles.py`; this module filters, builds and merges.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from marsad.doc import Actor, Document, Event, Mention, Span, Token
from marsad.events.actors import (
    HONORIFIC_PRONOUNS,
    ActorMention,
    MentionIndex,
    counterpart,
    home_country,
    honoured_person,
    is_media,
    is_reporter,
    salience,
    sentence_actors,
    sentence_tokens,
    standalone_nisbas,
)
from marsad.events.actors import actor_of as entity_actor
from marsad.events.arguments import (
    DIRECTIONS,
    RELATIVES,
    TOPIC_NOUNS,
    SentenceView,
    conjunct_after,
    sentence_subject,
)
from marsad.events.attacks import FORCE_ROOTS, inner_attack, place_mention
from marsad.events.cameo import CameoCode, load_table, lookup
from marsad.events.clauses import CONTROL_CODE, HOST_CODE, received_craft
from marsad.events.cues import Cues, accident_told, load_cues, read_modality, word_forms
from marsad.events.genre import NEWS, article_genre
from marsad.events.lexicon import TIME_WORDS, Lexicon, Trigger
from marsad.events.phrases import match_word
from marsad.events.roles import (
    AGAINST_WORDS,
    ASSAULT_WORDS,
    DEMONSTRATIVES,
    DOER_ROOTS,
    INVITE_CODE,
    Arguments,
    ArticleState,
    Roles,
    actor_of,
    key_of,
)
from marsad.events.sides import implied as implied_actor
from marsad.events.sides import occupied_place, place_civilians, place_of_act, same_side
from marsad.events.stance import StanceCoder
from marsad.events.tagged import TaggedPeople
from marsad.facts.numbers import count_word
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

# Roots that need a named counterpart: a meeting or a visit with nobody named is not codable, and
# guessing the article's other side for it is wrong more often than right.
_NEEDS_TARGET = frozenset({"04"})
_DENY_RESPONSIBILITY = "016"
_CONDOLE = "018"
_AID_ROOT = "07"
_REBELS = ("REB", "INS", "UAF")
_COERCE_ROOT = "17"
# A court sentences the people the sentence names, never the article's other side; and what a court or
# a prosecutor does to someone is told of that someone, so a judicial source takes no guessed target.
_SINCE = normalize_form("منذ")
_DIPLOMATIC_ROOTS = frozenset({"10", "11", "12", "13", "16"})  # demand … threaten, reduce relations
_CONVICT = "116"
_CONDEMNED_REACH = 4  # "أدانت الرئاسة بشدة التفجير الإرهابي": an adverb between the verb and the act
_DETAIN = "173"
# Crossing words of a repelled "attempt": with people counted after them they are migrants or smugglers' clients.
_CROSSING = frozenset(normalize_form(w) for w in ("تسلل", "التسلل", "تهريب", "هجرة", "الهجرة", "عبور", "دخول"))
_JUDICIARY = "JUD"
_CONDEMN = "111"
# Verbal acts whose scope swallows the verbal nouns after them: "اتهمت X Y بقصف مواقعها" accuses, it
# does not report a shelling; "أدان الهجوم" condemns an attack already told; "طالب المتظاهرون بمحاكمة الوزراء
# واعتقال المسؤولين" asks for an arrest, none was made.
_SCOPE_ROOTS = frozenset({"10", "11", "12"})
_DEMAND_ROOT = "10"
# Talks whose object is their topic: "بحث أمير قطر مع بايدن جهود الوساطة للتوصل إلى اتفاق لوقف إطلاق النار
# وتبادل الأسرى" discusses a truce and an exchange, it does not report them.
_TOPIC_CODES = frozenset({"046"})
# Words that name the occasion of the talks, a real event ("خلال اتصال هاتفي"، "على هامش القمة").
_OCCASION_WORDS = frozenset(normalize_form(w) for w in ("خلال", "أثناء", "هامش", "لدى", "عقب", "إثر"))


class EventCoder:
    """Codes a Document's sentences into events. Resources load once and are shared read-only."""

    def __init__(self, lexicon: Lexicon | None = None, cues: Cues | None = None,
                 table: dict[str, CameoCode] | None = None, min_confidence: float = 0.3) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.cues = cues or load_cues()
        self.table = table or load_table()
        self.min_confidence = min_confidence
        self.roles = Roles(self.lexicon, self.cues)
        self._complaint = next((e for e in self.lexicon.entries if e.id == _COMPLAINT), None)
        self.stance = StanceCoder(self.roles, self.cues)

    def code(self, doc: Document, tagged: Sequence[Mention] = ()) -> list[Event]:
        """All events of `doc`, merged, in order of first telling. `tagged`: the learned tagger's
        mentions, not yet merged into the entities (tagged.py says what is read from them)."""
        state = ArticleState(counts=salience(doc), home=home_country(doc), legislature=_sole_legislature(doc),
                             roles={e.id: e.role or "" for e in doc.entities})
        carried: ActorMention | None = None
        opening_home = state.home
        events: list[Event] = []
        people = TaggedPeople.build(doc, tagged)
        index = MentionIndex.build(doc, people.known)
        names = NameCover(doc)
        named_violence = -2  # the last sentence telling a violent act whose doer is named
        sports_report = _sports_report(doc, self.cues.sports_words)
        unnamed: list[Event] = []  # violent acts whose doer is only the entry's default agent
        struck_at: set[str | None] = set()  # where the violent acts with a named doer happened
        protested = False  # a protest was told in an earlier sentence
        for sent, tokens in zip(doc.sentences, sentence_tokens(doc), strict=False):
            if tokens and tokens[0].norm in _TAG_LINE:
                continue  # "سمات اجتماع جون كيري روسيا سيرجي لافروف": a web page's keyword list, no sentence
            tokens = without_blessings(tokens, self.cues.blessings)
            actors = sentence_actors(doc, tokens, self.cues, state.home, index)
            section = _section_country(tokens, actors)
            if section is None and state.home != opening_home and _named_elsewhere(actors, state.home):
                state.home = opening_home  # "في بريطانيا، …" was an aside: "الفساد في لبنان" comes back
                actors = sentence_actors(doc, tokens, self.cues, state.home, index)
            if section is not None:
                state.home = section  # "وفي العراق، قتل 21 شخصا": a round-up moves to another country
                index.article_actors(doc, self.cues).since = tokens[0].start
                actors = sentence_actors(doc, tokens, self.cues, state.home, index)
            if state.guest is not None:
                actors = _with_guest(doc, tokens, actors, state.guest, self.cues)
            actors = _with_honoured(doc, tokens, actors)
            view = SentenceView(sent.index, tokens, actors, standalone_nisbas(doc, tokens, actors, self.cues, index))
            view.unknown_names = people.positions(view)
            opener = sentence_subject(view, self.cues)
            # "وقال البكري": a person the knowledge base lacks speaks; the last known speaker does not
            someone_else = opener is None and people.speaks_instead(view, carried, self.cues, self.lexicon)
            current = opener or (None if someone_else else carried)
            state.new_sentence(_opening_pair(view, opener))
            people.note_beside(view)
            scope_end, scope_code = -1, ""
            previous: Trigger | None = None
            crowd: Actor | None = None  # the unnamed doer the entry implied for an earlier verb here
            told: list[tuple[Event, bool]] = []
            heads: dict[int, Trigger] = {}
            cited = _scripture(tokens, self.cues)
            matches = [t for t in self.lexicon.match(tokens, self.cues.masdar_adjectives)
                       if not names.holds(tokens[t.head]) and t.head not in cited]
            matches = [t for t in matches if not _own_envoy(t, tokens)]
            matches = _without_readiness_for_force(matches, tokens)
            matches = _without_kinds_of_told_act(matches, tokens)
            weapons = _weapon_codes(matches, tokens)
            matches = [t for t in matches if _means_of(t, tokens, matches) is None]
            for trig in matches:
                if self._complaint is not None and _official_protest(trig, view):
                    trig.entry = self._complaint
            for trig in matches:
                if _attended(trig, tokens, self.cues) or _noun_reading(trig, tokens, self.cues) or \
                        _dawn(trig, tokens) or _feared(trig, tokens) or _threatened(trig, tokens) or _banned(trig, tokens) or _by_animal(trig, tokens) or \
                        _would_lead(trig, tokens) or _after_preposition(trig, tokens) or \
                        _pointed_back(trig, tokens) or _whoever_does(trig, tokens) or _none_reported(trig, tokens) or _blessed(trig, tokens) or \
                        _deadly(trig, tokens) or _ceremony_crowd(trig, tokens) or _nobody_hurt(trig, tokens) or \
                        _crowd_without_grievance(trig, tokens) or _stopped_service(trig, tokens) or \
                        _charged_with(trig, tokens) or _interview(trig, tokens, self.cues) or _any_act(trig, tokens) or \
                        _ceased(trig, view, self.cues) or _broken_down(trig, view, self.cues) or \
                        _civil_operation(trig, tokens) or _aimed_at_goal(trig, view, self.cues) or \
                        _topic_noun(trig, tokens) or _media_title(trig, tokens, self.cues) or \
                        _pronoun_plural(trig, tokens, self.cues) or _hosted_thing(trig, view) or \
                        _reception_place(trig, tokens, self.cues) or _searching(trig, tokens) or \
                        _purpose_complement(trig, tokens, doc.text) or _counted_participle(trig, tokens) or \
                        _complement_of(previous, trig, tokens) or \
                        _reason_of(previous, trig, tokens) or \
                        (trig.kind == "noun" and trig.head <= scope_end and not _condemned_act(trig, tokens, scope_code)
                         and not _occasion(trig, tokens, scope_code) and not _to_be_stopped(trig, tokens, scope_code,
                                                                                             self.cues)):
                    continue
                previous = trig
                args = self.roles.arguments(view, trig, current, opener, state)
                if trig.entry.id == _BACKING_ENTRY:
                    backed = _backed_force(view, trig)
                    backer = next((a for a in view.actors if a.first in (trig.last, trig.last + 1)), None)
                    if backed is None or backer is None:
                        continue  # "المشاريع المدعومة من الحكومة": no armed side backed, no military cooperation
                    args.source, args.target, args.explicit_source, args.explicit_target = backer, backed, True, True
                if trig.kind == "participle" and args.source is None and crowd is not None and \
                        _after_comma(trig, tokens):
                    # "وتظاهر آلاف في نيويورك، داعين الكونغرس إلى رفض الاتفاق": the participle shares the
                    # clause's subject, here the crowd the protest verb implied
                    args.source, args.implied_source = crowd, True
                if args.implied_source and isinstance(args.source, Actor) and trig.kind == "verb":
                    crowd = args.source
                if opener is None and carried is not None and args.source is carried and \
                        (trig.entry.code[:2] in _VIOLENT_ROOTS or carried.reporter and trig.entry.code[:2] == "17") and \
                        (_unarmed(carried) or _bomb_by_state(trig, carried)):
                    # "وقال المرصد …. وشنت الفصائل هجوما": a person or a body that bears no arms, carried from an
                    # earlier sentence, did not strike (a state or a government may have); a bomb that went off
                    # is by the entry's unnamed doer; a source the news was had from destroys or seizes nothing
                    bomber = implied_actor(view, trig.entry.default_source or "UAF", state, trig) \
                        if _bomb_by_state(trig, carried) and not _unarmed(carried) else None
                    args.source, args.explicit_source, args.implied_source = bomber, False, bomber is not None
                if opener is None and carried is not None and args.source is carried and \
                        trig.entry.code[:2] in _VIOLENT_ROOTS and (retold := state.doer_of(trig.entry.code)) is not None \
                        and any(same_side(doer, retold) and same_side(hit, carried.actor) for doer, hit in state.fights):
                    # "شنت طائرات التحالف غارتين على معسكر يسيطر عليه الحوثيون … وقال مصدر محلي إن غارتين
                    # جويتين استهدفتا معسكر المنار": an attack of the precise kind told before, its doer unnamed
                    # here, is that doer's again, not the subject carried from an earlier sentence when that
                    # subject is whom the doer struck (the Houthis, who had shelled Taiz before)
                    args.source, args.explicit_source, args.implied_source = retold, True, False
                if args.implied_source and trig.kind == "noun" and _purpose_of(trig, tokens) and \
                        (earlier := [a for p, a in state.sentence_sources if p < trig.head] or
                         [a for a in actors if a.last < trig.head and _armed_body(a) and trig.entry.code[:2] == "17"]):
                    # "اقتحم الجيش الإسرائيلي عدة منازل من أجل إجراء اعتقالات": the arrests are the storming
                    # side's, not the police of wherever the sentence is ("دخلت القوات الإسرائيلية قرية برقين
                    # للقيام بحملة اعتقالات": the forces named before, where the entering is no event)
                    args.source, args.explicit_source, args.implied_source = earlier[-1], True, False
                if trig.kind == "participle" and trig.entry.code == "112" and args.source is None and \
                        args.target is not None and (earlier := [a for p, a in state.sentence_sources if p < trig.head]):
                    # "عبر الجبير عن استنكار المملكة … محملا سلطات الاحتلال المسؤولية": the participle shares
                    # the clause's subject; the actor in its gap is who is held responsible
                    args.source, args.explicit_source = earlier[-1], True
                blamer = _blamer(trig, args, tokens, state)
                if blamer is not None:
                    # "دانت الحكومة الأردنية … وحمّلت إسرائيل المسؤولية": the joined verb keeps the first subject,
                    # the one actor in its gap is who is held responsible
                    args.target, args.source, args.explicit_source, args.explicit_target = args.source, blamer, True, True
                if _civilians_hit(trig, args):
                    # "القصف العشوائي للمدنيين"، "الاعتقال التعسفي للسكان": civilians after ل are who the act hit
                    args.target, args.source, args.explicit_source = args.target or args.source, None, False
                args = _attacker_where_it_struck(view, trig, args)
                if _relative_attack(trig, args, tokens, matches):
                    args.source, args.explicit_source = Actor(actor_code="UAF"), True
                args.code = _described_code(trig, tokens, matches) or _cause_code(trig, tokens, matches) or \
                    (weapons.get(id(trig)) if trig.entry.code == _KILL else None) or _appeal_not_invitation(trig, tokens) \
                    or _verbal_attack(trig, tokens, args) or _bombardment_code(trig, tokens, args) or \
                    _suicide_bombers_code(args) or args.code
                if args.target is None and args.code[:2] == "18" and trig.entry.code[:2] != "18":
                    # "تفجير استهدف تجمعا للشباب في بلدة سوروج": a bombing told by the verb after it hits
                    # the place's civilians, as a bombing noun with no target does
                    args.target = place_civilians(view, state, trig)
                    args.explicit_target = args.target is not None
                if args.source is None and args.code == HOST_CODE and trig.kind == "noun" and \
                        isinstance(args.target, ActorMention) and args.target.type == "PER":
                    current = args.target  # "إلى استقبال الرئيس السيسي في زيارته المقبلة": the guest visits
                if args.explicit_source and isinstance(args.source, ActorMention):
                    state.sentence_sources.append((trig.head, args.source))
                    state.sentence_codes[trig.head] = trig.entry.code
                    if args.source.type == "PER" and not _described(args.source, tokens):
                        current = args.source
                if trig.entry.code[:2] in _SCOPE_ROOTS or (trig.entry.code in _TOPIC_CODES and trig.kind == "verb"):
                    scope_end, scope_code = _clause_end(tokens, trig.last), trig.entry.code
                if protested and _same_crowd(trig, args, tokens):
                    continue
                for said, one in self._readings(view, trig, args):
                    event = self._event(doc, view, said, one, state)
                    if event is not None and event.confidence >= self.min_confidence:
                        told.append((event, one.implied_source))
                        heads[id(event)] = said
            told = _drop_descriptions(told, heads, tokens, self.cues.cause_words)
            kept = _drop_consequences(told, named_violence == sent.index - 1)
            for said, one in self.stance.readings(view, current, opener, state, kept):  # stance.py
                event = self._event(doc, view, said, one, state)
                kept += [event] if event is not None and event.confidence >= self.min_confidence else []
            if sports_report or _sports_sentence(tokens, self.cues.sports_words):
                kept = [e for e in kept if _armed_side(e)]  # "يلتقي البحرين والإمارات" in a tournament report
            protested = protested or any(e.cameo_root == "14" for e in kept)
            if any(not implied and e.cameo_root in _VIOLENT_ROOTS for e, implied in told):
                named_violence = sent.index
                struck_at |= {_where(e) for e, implied in told if not implied and e.cameo_root in _VIOLENT_ROOTS}
            unnamed += [e for e, implied in told if implied and e.cameo_root in _VIOLENT_ROOTS]
            events.extend(kept)
            if someone_else:
                carried = None
            elif opener is not None and opener.type in {"PER", "ORG"}:
                carried = opener
            elif current is not None and current.type in {"PER", "ORG"}:
                carried = current
        if named_violence >= 0:
            # An article that names who struck tells its casualties as that strike's outcome, even
            # paragraphs apart ("وأسفرت الغارات عن مقتل ..."); a killing with nobody named is then
            # not a second, unattributed act.
            # A round-up that moves to another town tells another act of a kind of its own: "القذائف التي
            # سقطت على أحياء في دمشق" before clashes named in Aleppo is no outcome of them (a bare killing,
            # 190, stays a casualty count).
            events = [e for e in events if not any(e is u for u in unnamed) or _elsewhere(e, struck_at)]
        events = merge_events(_resolve_ground(events, state, doc.text), headline=_headline(doc))
        genre = doc.genre or article_genre(doc, self.cues)  # the events stage has read it already
        return events if genre == NEWS else _commentary_events(events)

    def _struck(self, view: SentenceView, head: int) -> bool:
        """The noun is the object of an act of force right before it: after that act's على or ضد, or
        within a few words after its verb ("هاجم … رتلا عسكريا يضم تعزيزات عسكرية")."""
        if head > 0 and view.tokens[head - 1].norm in AGAINST_WORDS:
            return True
        return any(t.entry.code[:2] in FORCE_ROOTS and t.kind == "verb"
                   for k in range(max(0, head - _STRUCK_REACH), head) for t in self.lexicon.match(view.tokens[k:k + 1]))

    def _readings(self, view: SentenceView, trig: Trigger, args: Arguments) -> list[tuple[Trigger, Arguments]]:
        """The events one trigger tells: one per target, and the attack a foiling names with its own
        doer ("أحبطت المقاومة هجوما شنه مسلحون": the gunmen attacked the resistance too); none for the
        reception of a plane or a ship (no visit)."""
        if received_craft(view, trig):
            return []
        out = [(trig, one) for one in _split_targets(args)]
        inner = inner_attack(view, trig, self.lexicon, self.cues) if args.explicit_source else None
        if inner is not None and isinstance(args.source, ActorMention | Actor):
            noun, doer = inner
            if args.target is None or place_mention(args.target) or not isinstance(args.target, ActorMention):
                # "تصدت لهجوم شنته مجموعات مسلحة على نقاط في ريف اللاذقية": the attackers, not the place, nor
                # the side an earlier sentence fought ("طائرات التحالف" paragraphs before)
                out = [(trig, replace(one, target=doer, explicit_target=True, more_targets=[])) for _, one in out]
            out.append((noun, Arguments(doer, args.source, True, True, noun.entry.code)))
        return out

    def _event(self, doc: Document, view: SentenceView, trig: Trigger, args: Arguments,
               state: ArticleState) -> Event | None:
        """Build the Event, or None when the text gives too little to code it."""
        source = actor_of(args.source)
        if source is None or is_media(args.source):
            return None  # "ونقلت صحيفة حرييت عن أردوغان … في زيارة رسمية": a paper tells, it does nothing
        if args.implied_source and trig.entry.code[:2] in _VIOLENT_ROOTS | {"14"} and accident_told(view.tokens, self.cues):
            return None  # "لقي أربعة أشخاص حتفهم إثر تحطم طائرة": an accident, nobody attacked ("تسببت العاصفة
            # الرملية في … إغلاق الطرق": nor did anyone protest)
        if args.implied_source and trig.entry.code[:2] in _VIOLENT_ROOTS and \
                _crime_named(view.tokens, trig.head, self.cues.crime_words):
            return None  # "لا يحققون في الوفاة على أنها جريمة قتل"، "تهمة الشروع في القتل": a criminal case
        if args.implied_source and trig.kind == "verb" and _abstract_subject(view.tokens, trig.head, self.cues):
            return None  # "مواجهة الإرهاب الذي يداهم كافة الدول": a scourge does it, no raid by the police
        if trig.entry.code[:2] == "02" and _prays(view.tokens, trig, args):
            return None  # "ودعت الخارجية العراقية الله عز وجل أن يتقبل المتوفين": a prayer, no appeal on earth
        if trig.entry.code[:2] == "13" and args.target is None and accident_told(view.tokens, self.cues):
            return None  # "حذرت مديرية الدفاع المدني من مخاطر الأمطار والسيول": a warning of weather, no threat
        town = _town(doc, source)
        if town is not None and trig.entry.code[:2] in _TOWN_CANNOT:
            # "تقتل تدمر"، "أحرقت دوما"، "زيارة ميدوغوري": a town is where an attack, a protest or a visit
            # happens, never who does it: a protest is its people's, force with a target an unnamed armed
            # force's, and nothing is told of a visit or of force with nobody hit
            source = Actor(None, f"{town} CVL", town, town + "CVL") if trig.entry.code[:2] == "14" else \
                Actor(None, "UAF", None, "UAF") if trig.entry.code[:2] in FORCE_ROOTS and args.target else None
            if source is None:
                return None
        elif (town := town or _capital(doc, source)) is not None and \
                (owner := _town_owner(view.tokens, source, self.cues, trig)) is not None and \
                (owner == "CVL" or _capital(doc, source) is None):
            # "أشاد وكيل محافظة الأحساء"، "طالب أهالي قرية واسط"، "عبر طلاب مدارس الرياض": the town is the
            # genitive of who spoke; its official is its government, anyone else its people (a capital
            # after an office stays the capital, which stands for the government anyway)
            source = Actor(None, f"{town} {owner}", town, town + owner)
        if trig.kind == "noun" and not (args.explicit_source or trig.enclitic or
                                        (args.explicit_target and not view.tokens[trig.head].article
                                         and trig.entry.code[:2] not in DOER_ROOTS)):
            return None  # a verbal noun with no named side is a topic ("الزيارة"، "الهجوم"), not an event
        if trig.kind == "noun" and args.implied_source and args.target is None and not trig.enclitic and \
                trig.last == trig.head and view.tokens[trig.head].article:
            return None  # "أفكار القتل"، "الدم والقتل والتدمير": a definite act with nobody named is a topic
        if trig.entry.visit and not (args.explicit_source or args.explicit_target):
            return None
        if trig.entry.visit and trig.kind == "verb" and not args.explicit_source:
            return None  # "موضحا أن الطائرات وصلت عدن": arriving is no visit by a guessed visitor
        if trig.entry.visit and source.entity_id is None and (source.actor_code or "").endswith("CVL"):
            return None  # "رحلة تقل 157 يمنيا وصلت إلى اليمن": people arriving make no visit
        target = actor_of(args.target)
        if trig.entry.id == _DRIVE_OUT and not (target is not None and (target.actor_code or "").endswith(_ARMED_CODES)):
            return None  # "طرد لاعب وسطه"، "طرد 47 ألف امرأة بعد عودتهن من إجازة الأمومة": no armed side driven out
        no_guess = _unfit_target(args.target, trig.entry.code[:2] in _VIOLENT_ROOTS)
        if no_guess:
            target, args = None, replace(args, target=None, explicit_target=False)
        if trig.entry.visit and trig.kind == "noun" and trig.enclitic and trig.head > 0 and \
                view.tokens[trig.head - 1].norm in _DURING_WORDS and \
                any(key_of(source) == key_of(visitor) for visitor in state.visitors):
            return None  # "ولم يلتق أردوغان خلال زيارته شيخ الأزهر": the visit told already, now a time frame
        if trig.entry.visit and trig.kind == "noun" and trig.enclitic and _guest_read_as_host(source, target):
            # "وقع ولي العهد مع مودي … على هامش زيارته للمملكة": the pronoun is the guest, not the host
            # it was read as; the visitor is the other side of the exchange just told, else none is coded
            source = next((a for a in state.pair or () if a.country_iso3 and a.country_iso3 != target.country_iso3),
                          None)
            if source is None:
                return None
        if trig.entry.visit and target is not None and source.country_iso3 and \
                target.actor_code == source.country_iso3 == target.country_iso3 and \
                target.entity_id != f"gpe.{target.country_iso3}":
            return None  # "وصل بحاح إلى مطار عدن": a trip to a place of one's own country is no visit between actors
        if trig.kind == "noun" and trig.enclitic and args.implied_source and trig.entry.code[:2] == _COERCE_ROOT:
            # "بعد أكثر من عام على احتجازه"، "منذ اعتقاله": the detention of someone already told, its
            # doer unnamed — background, not a new arrest by the place's police
            return None
        if args.code == _CONDEMN and (source.actor_code or "").endswith(_JUDICIARY):
            # "قضت المحكمة بسجنه بعد إدانته بالإرهاب": a court's إدانة is a conviction, the noun his
            if trig.kind == "noun":
                return None
            args = replace(args, code=_CONVICT)
        if trig.entry.code[:2] in FORCE_ROOTS and _crossing(view.tokens, trig) and \
                _counted_persons(view.tokens, trig, self.cues):
            # "أحبطت الأجهزة الأمنية المصرية محاولة تسلل 130 شخصا إلى الجانب الليبي": people caught crossing a
            # border, not fighters repelled
            args = replace(args, code=_DETAIN)
        confidence = trig.entry.confidence - (0.0 if args.explicit_source else 0.15)
        if trig.entry.needs_target and not (args.explicit_target and args.explicit_source):
            return None
        if target is None and args.code in _TALKS and args.explicit_source and \
                state.sentence_pair is not None:
            # "وقال الجبير عقب لقائه بوزير الخارجية المصري إنه بحث الأوضاع في اليمن": the talks were with
            # the side of the meeting the sentence told, not with the place they were about
            sides = [actor_of(side) for side in state.sentence_pair]
            if key_of(sides[0]) == key_of(source) or key_of(sides[1]) == key_of(source):
                target = sides[1] if key_of(sides[0]) == key_of(source) else sides[0]
        if target is None and trig.entry.code[:2] in _NEEDS_TARGET:
            target = self._host(view, trig, source)
            if target is None:
                return None
            confidence -= 0.15
        if target is None and args.code == _DENY_RESPONSIBILITY and args.explicit_source:
            target = state.accuser(source)  # "ونفت قوات الدعم السريع مسؤوليتها": answers the accuser
            confidence -= 0.1 if target is not None else 0.0
        counted = target is None and (_counted_object(view.tokens, trig, self.cues) or _unnamed_party(view, trig, args))
        if counted:
            target = _charged_country(view, trig)
        if target is None:
            target = _counted_nationals(view, trig, self.cues)
            counted = counted or target is not None
        if target is None and trig.entry.code[:2] == _COERCE_ROOT and args.explicit_source and source.country_iso3 \
                and _counted_persons(view.tokens, trig, self.cues):
            # "واعتقلت الشرطة العراقية تسعة أشخاص": people counted, no nationality: the state's own people,
            # or the occupied territory's where the occupier acts there ("اعتقلت قوات الاحتلال ثلاثة شبان في جنين")
            iso = occupied_place(view, trig, source.country_iso3, source) or source.country_iso3
            target, counted = Actor(None, f"{iso} CVL", iso, iso + "CVL"), True
        if target is None and trig.entry.code[:2] in _VIOLENT_ROOTS and args.explicit_source and \
                (_counted_persons(view.tokens, trig, self.cues) or _counted_before(view.tokens, trig, self.cues)):
            # "أقدم عنصر من تنظيم داعش على قتل 3 أطفال في الرقة": people counted with no nationality are
            # the place's civilians
            target, counted = place_civilians(view, state, trig), True
        if (target is None or _aim_clause(view, trig, self.cues)) and _unarmed_aim(view, trig, source):
            return None  # "وتستهدف إيران في خطتها جلب استثمارات": an aim, not a strike
        if target is None and args.code[:2] == "05" and args.explicit_source:
            # "وعبر … عن أبلغ التهاني … له، ولحكومة وشعب بنين الصديق": the wishes go to that state
            target = _wished_state(doc, view, trig, source)
        if target is None and trig.entry.code[:2] in _WORDS_ABOUT_ROOTS and args.explicit_source:
            # "حذر شتاينماير من استمرار تصعيد العنف في تركيا": a warning or a demand about what goes on in
            # another state is addressed to that state, not to whoever the article names most
            target = self._state_in_clause(view, trig, source)
        if target is None:
            if not args.explicit_source and trig.entry.code[:2] != "14":
                return None  # neither side stated: a guessed source with a guessed target is mostly wrong
            # The other side of a two-sided report, unless the doer itself is only the entry's default
            # ("مقتل ثلاثة جنود": an unidentified force: a guessed source with a guessed target again) or
            # both sides act together. A strike hits the other side's armed body or movement, never its
            # most-mentioned person or its capital ("قصفت طائرات إسرائيلية بلدات في جنوب لبنان" in a report
            # quoting Lebanon's prime minister); an arrest hits people the article seldom names as a side,
            # so it gets no guess at all.
            if not args.implied_source and not args.joint and trig.entry.code[:2] != _COERCE_ROOT \
                    and args.code not in (_CONVICT, _CLAIM) and not (source.actor_code or "").endswith(_JUDICIARY) \
                    and not counted and not no_guess and not trig.entry.received \
                    and args.code[:2] not in _ADDRESSED_ROOTS \
                    and not self._condemns_attack(view, trig) \
                    and not _any_object(view, trig):  # what was read as the target hid the real one
                # (what was received, "تلقى أمانو دعوة من اللجنة", came from whoever sent it: no guess about it)
                violent = trig.entry.code[:2] in _VIOLENT_ROOTS
                target = counterpart(doc, source, state.counts, ("ORG",) if violent else ("PER", "ORG", "GPE"),
                                     armed=violent, foes=state.foes_of(source) if violent else None)
                if target is not None and not _side_in_view(doc, view, target):
                    target = None  # the other side of the report, not named in this passage
                if target is not None and target.actor_code == source.actor_code and \
                        (target.entity_id == source.entity_id or (source.actor_code or "").startswith("IGO")):
                    target = None  # "حذّر ستيفن اوبراين نائب الامين العام للامم المتحدة": his own body is no other side
                if target is not None and args.code == _CONDOLE and (target.actor_code or "").endswith(_ARMED_CODES):
                    target = None  # "وقدم تعازيه ومواساته لأسرة الشهيد": condolences go to no armed side
                if target is not None and args.code[:2] == _AID_ROOT and (target.actor_code or "").endswith(_REBELS):
                    target = None  # "وصلت … الطائرة الإغاثية السعودية الرابعة" in a report on the Houthis: aid goes to
                    # the country, not to the armed side the report shows fighting
            confidence -= 0.15 if target is not None else 0.1
        if target is not None and args.code[:2] == "05" and _agreement_name(view, target):
            target = None  # "توقيع اتفاقات سلام مينسك": the town names the agreement, it signs nothing
        if _agreement_name(view, source) or _named_after_town(view, source, _INSTITUTION_NOUNS):
            # "إعلان القاهرة يؤكد حرص الزعيمين": a declaration named after a town, no actor; "دعت إدارة
            # تعليم الطائف 60 معلما": a town's school office, a local body the town does not stand for
            return None
        if trig.entry.visit and _home_visit(source, target):
            return None  # "وصل السيسي إلى القاهرة قادما من الرياض": coming home is no visit
        if key_of(target) == key_of(source) or _own_state(source, target, args.code):
            if args.split_target:
                return None  # "بين مصر والولايات المتحدة": the other side stays the one target
            target = None
        group = list(state.last_targets) if args.split_target else None
        state.remember(trig.entry.id, args.code, trig.entry.symmetric, source, target, args.explicit_target)
        if target is not None and args.more_targets:
            state.last_targets += [t for t in args.more_targets]
        if group:
            state.last_targets = group  # one act's several targets stay together for a later "ـهما"
        marks = view.marks(self.cues)
        if trig.kind == "participle" and marks.denial < trig.head and \
                any(t.text in {"،", ","} for t in view.tokens[marks.denial:trig.head]):
            # "ونفت قوات الدعم السريع مسؤوليتها، متهمة الجيش بالفبركة": the participle asserts
            marks = replace(marks, denial=len(view.tokens))
        negated, modality = read_modality(view.tokens, trig.head, trig.future_clitic, self.cues, marks,
                                          joined_verb=trig.kind == "verb")
        negated = negated and not _relative_ma(view.tokens, trig.head) and not _except(view.tokens, trig.last)
        if modality == "asserted" and trig.kind == "noun" and _upcoming(view, trig, self.cues):
            modality = "future"  # "في زيارته المقبلة إلى الصين"
        if modality == "asserted" and trig.kind == "noun" and _during_future(view, trig.head):
            modality = "future"  # "سيعقد لافروف اجتماعا … خلال زيارة عمل لقطر": the visit is to come too
        if modality == "asserted" and _called_for(view.tokens, trig, self.cues):
            modality = "obligation"
        if modality == "conditional" and args.implied_source:
            return None  # "إذا لزم الأمر وألقي القبض على أحدهم": a supposed arrest by nobody named
        if trig.kind == "verb" and args.implied_source and target is None and _asked(view.tokens, trig.head):
            return None  # "لماذا يقتل المسلم أخاه المسلم": a question about killing, nobody's act
        if trig.kind == "verb" and _whoever(view.tokens, trig.head):
            return None  # "منحها إلى كل من يقاتل معه": anyone who would do it, no one who did
        if trig.kind == "verb" and trig.entry.visit and _vehicle_arrives(view, trig.head):
            return None  # "وكانت طائرة تحمل مساعدات سعودية قد وصلت إلى مطار عدن": cargo, no visitor
        if trig.entry.code[:2] in _VIOLENT_ROOTS and trig.head > 0 and \
                any(word_forms(view.tokens[k]) & _FORBIDDING for k in range(max(0, trig.head - 2), trig.head)):
            return None  # "حرم الإسلام قتل الأبرياء": what a teaching forbids, no act told
        if trig.kind == "noun" and trig.entry.code == _TAKE_GROUND and trig.head > 0 and \
                word_forms(view.tokens[trig.head - 1]) & _AREAS_HELD:
            return None  # "في مناطق سيطرتها على الموصل": ground held, described, not taken
        if trig.kind == "noun" and trig.entry.code[:2] == _POSTURE_ROOT and self._struck(view, trig.head):
            return None  # "غارات جوية على تعزيزات عسكرية للحوثيين": what was struck, no mobilisation told
        if args.code[:2] in _VIOLENT_ROOTS and args.code[:2] != "20" and _protesters(source):
            args.code = _VIOLENT_PROTEST  # "هاجم آلاف المتظاهرين مكتب رئيس الوزراء": a protest turned violent
        row = lookup(args.code, self.table)
        trigger = doc.span(trig.start, trig.end)
        evidence = [trigger] + [a.span for a in (source, target) if a is not None and a.span is not None]
        date, ahead = self._dated(doc, view, trig)
        if modality == "asserted" and ahead and _after_publication(date, doc.reference_date()):
            modality = "future"  # "يزور الرئيس أنقرة غدا": a day after the paper's date has not happened yet
        return Event(
            cameo_code=args.code, trigger=trigger, source=source, target=target, cameo_root=row.root,
            plover=row.plover, goldstein=row.goldstein, quad_class=row.quad_class,
            sentence_index=view.index, negated=negated, modality=modality,
            confidence=round(max(confidence, 0.0), 2), date=date,
            place=self._place(view, {key_of(source), key_of(target)}, trig), label=row.label, evidence=evidence,
        )

    def _dated(self, doc: Document, view: SentenceView, trig: Trigger | None = None) -> tuple[str | None, bool]:
        """A resolved point in time in the sentence; else the publication date when the sentence
        says "today" (اليوم، الليلة). What a speaker says comes after إن/أن: its times are not the
        saying's ("حذرت تيتيه من أن البعثة ستطلق حوارا الشهر المقبل"). With it, whether the expression
        itself looks ahead (غدا، بعد غد، الأسبوع المقبل): only then is a later date surely still to come;
        a date read from a bare weekday or day of the month may have its year or week guessed wrong."""
        if not view.tokens:
            return None, False
        lo, hi = view.tokens[0].start, view.tokens[-1].end
        starts = [lo]
        if trig is not None:
            said = next((t for t in view.tokens[trig.last + 1:] if word_forms(t) & self.cues.complementisers), None)
            hi = said.start if said is not None else hi
            # told after إن/أن ("أعلن المتحدث اليوم الاثنين أن الوزير سيزور أنقرة غدا"): a time of the
            # reported clause dates its event before the telling's own does
            told = next((t for t in reversed(view.tokens[:trig.head]) if word_forms(t) & self.cues.complementisers),
                        None)
            starts = [told.start, lo] if told is not None else starts
        for first in starts:
            for time in doc.times:
                # A duration or a range ("في غضون عام") frames the context, not the day the event happened;
                # so does a starting point ("كان محتجزا منذ عامين"، "منذ بدء الحرب"): since when, not when.
                if first <= time.start < hi and time.value and "/" not in time.value and \
                        time.granularity != "duration" and not normalize_form(time.text).startswith(_SINCE):
                    ahead = bool(_AHEAD.intersection(normalize_form(time.text).split())) and \
                        (trig is None or self._near(view, trig, time.start))
                    return time.value, ahead
        today = doc.reference_date()
        if today and any(word_forms(t) & self.cues.today_words for t in view.tokens if t.start < hi):
            return today, False
        return None, False

    @staticmethod
    def _near(view: SentenceView, trig: Trigger, start: int) -> bool:
        pos = next((i for i, t in enumerate(view.tokens) if t.start >= start), len(view.tokens))
        return trig.head - _AHEAD_REACH <= pos <= trig.last + _AHEAD_REACH

    def _condemns_attack(self, view: SentenceView, trig: Trigger) -> bool:
        """"أدانت الرئاسة الفلسطينية بشدة التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ": a condemnation
        of an attack whose doer nobody names has no side to guess (not the article's most-mentioned man)."""
        if trig.entry.code[:2] != "11":
            return False
        window = view.tokens[trig.last + 1:trig.last + 1 + _CONDEMNED_REACH]
        return any(t.kind == "noun" and t.entry.code[:2] in _VIOLENT_ROOTS for t in self.lexicon.match(window)) \
            or any({f.removeprefix("ال") for f in word_forms(t)} & ASSAULT_WORDS for t in window)

    def _host(self, view: SentenceView, trig: Trigger, source: Actor) -> Actor | None:
        """"مباحثاته في جدة"، "الملفات التي بحثها الوزير العراقي … في العاصمة الروسية موسكو": talks of a
        state's envoy with nobody named, held in a city of another state named just after the predicate
        (only the envoy named between), are with that state's government, the host."""
        home = _country(source)
        if home is None or home in _NON_STATES or not (source.actor_code or "").endswith("GOV"):
            return None  # only a government's envoy is hosted by another government
        for act in view.actors:
            if act.first <= trig.last:
                continue
            if act.first - trig.last > 15:
                return None
            country = act.actor.country_iso3
            if act.type in {"GPE", "LOC"} and (act.actor.entity_id or "").startswith("new:"):
                return None  # "في قصر السلام": a place read by rule has a guessed country, no host to give
            if act.type in {"GPE", "LOC"} and act.first > 1 and view.tokens[act.first - 1].norm == "في" and \
                    view.tokens[act.first - 2].norm in TOPIC_NOUNS:
                return None  # "بحث الرئيس الأمريكي الأوضاع في سوريا": what the talks were about
            if act.type in {"GPE", "LOC"} and (act.location or self._where(view.tokens, act.first)):
                if country and country != home and country not in _NON_STATES:
                    return Actor(entity_id=act.actor.entity_id, canonical_en=act.actor.canonical_en,
                                 country_iso3=country, actor_code=country + "GOV", span=act.actor.span)
                return None
            if key_of(act.actor) != key_of(source):
                return None  # someone else stands between: the talks may be with them
        return None

    def _where(self, tokens: list[Token], first: int) -> bool:
        """A place preposition up to three words before `first` ("في العاصمة الروسية موسكو")."""
        for k in range(first - 1, max(first - 4, -1), -1):
            if tokens[k].kind == "punct":
                return False
            if word_forms(tokens[k]) & self.cues.place_prepositions:
                return True
        return False

    def _state_in_clause(self, view: SentenceView, trig: Trigger, source: Actor) -> Actor | None:
        """A state named after في (or في and a direction) within the act's clause, after it, other than the
        source's own: what the words are about."""
        for act in view.actors:
            if not trig.last < act.first <= trig.last + _PLACE_REACH or act.type != "GPE":
                continue
            if any(t.text in _CLAUSE_STOPS for t in view.tokens[trig.last + 1:act.first]):
                return None
            entity = act.actor.entity_id or ""
            prep = act.first - 2 if view.tokens[act.first - 1].norm in DIRECTIONS else act.first - 1
            if len(entity) == 7 and entity.startswith("gpe.") and entity[4:].isupper() and \
                    act.actor.country_iso3 != source.country_iso3 and prep >= 0 and \
                    word_forms(view.tokens[prep]) & self.cues.place_prepositions:
                return act.actor
        return None

    def _place(self, view: SentenceView, exclude: set[str | None], trig: Trigger | None = None) -> Actor | None:
        """The first GPE/LOC in the sentence introduced by "في" that is not the source or target; a clause
        that opens on its own place ("…، وفي مصر سيلتقي كيري نظيره") is placed there, not where the
        sentence began."""
        places = [act for act in view.actors if act.type in {"GPE", "LOC"} and act.key not in exclude and act.first > 0
                  and (word_forms(view.tokens[act.first - 1]) & self.cues.place_prepositions or
                       act.first > 1 and view.tokens[act.first - 1].norm in DIRECTIONS and
                       word_forms(view.tokens[act.first - 2]) & self.cues.place_prepositions)
                  and not (act.first > 1 and view.tokens[act.first - 2].norm in TOPIC_NOUNS)]
        if trig is not None:
            own = next((act for act in reversed(places) if act.last < trig.head and
                        _opens_clause(view.tokens, act.first - 1) and
                        not any(t.kind == "punct" for t in view.tokens[act.last + 1:trig.head])), None)
            if own is not None:
                return own.actor
            # "شنت الحكومة غارات على داعش في شمالي سورية" after "قتل شرطيين في سروج": the act's own place
            # follows it in its clause; a place told earlier in the sentence is an earlier act's
            after = next((act for act in places if trig.last < act.first <= trig.last + _PLACE_REACH and
                          not any(t.text in _CLAUSE_STOPS for t in view.tokens[trig.last + 1:act.first])), None)
            if after is not None and places and places[0].first < trig.head and \
                    any(t.text in {"،", ","} for t in view.tokens[places[0].last + 1:trig.head]):
                return after.actor
        return places[0].actor if places else None


_CLAUSE_STOPS = frozenset({".", "؛", ";", ":", "!", "؟", "?"})
# "ولحكومة وشعب بنين"، "ولشعب وحكومة سنغافورة": whom a cable's wishes go to, after the person.
_TO_GOVERNMENT_AND_PEOPLE = frozenset(normalize_form(w) for w in ("لحكومة", "ولحكومة", "لشعب", "ولشعب"))
_AND_GOVERNMENT_OR_PEOPLE = frozenset(normalize_form(w) for w in ("وشعب", "وحكومة"))
_WISHES_REACH = 24  # the wishes run long: "أبلغ التهاني وأطيب التمنيات بموفور الصحة والسعادة له، ولحكومة وشعب"


def _wished_state(doc: Document, view: SentenceView, trig: Trigger, source: Actor) -> Actor | None:
    """The state whose "government and people" the wishes after a praise or congratulation are addressed to
    ("عن أبلغ التهاني … لفخامته، ولحكومة وشعب جمهورية بنين"), when it is not the source's own. A name the
    knowledge base reads as a state only in context ("بنين", also "sons") is that state when the article
    has named it so elsewhere ("رئيس بنين")."""
    for k in range(trig.last + 1, min(len(view.tokens) - 2, trig.last + 1 + _WISHES_REACH)):
        tok = view.tokens[k]
        if tok.text in _CLAUSE_STOPS:
            return None
        if tok.norm in _TO_GOVERNMENT_AND_PEOPLE and view.tokens[k + 1].norm in _AND_GOVERNMENT_OR_PEOPLE:
            named, word = view.actor_at(k + 2), view.tokens[k + 2]
            state = named.actor if named is not None and named.first == k + 2 and named.type == "GPE" else \
                _state_named_so(doc, word) if named is None else None
            if state is None or not state.country_iso3 or state.country_iso3 == source.country_iso3:
                return None
            return state if named is not None else replace(state, span=Span(word.start, word.end, word.text))
    return None


def _state_named_so(doc: Document, tok: Token) -> Actor | None:
    """The country the article links elsewhere under this very word (folded), if exactly one."""
    found = {m.entity_id for m in doc.mentions if m.type == "GPE" and m.entity_id and m.entity_id.startswith("gpe.")
             and m.kb_id and normalize_form(m.text) == tok.norm}
    if len(found) != 1:
        return None
    entity = next((e for e in doc.entities if e.id in found), None)
    return entity_actor(entity) if entity is not None else None


_PLACE_REACH = 12  # words from an act to its own place: "غارة على مواقع تابعة لهم في شمال العراق"



_WORDS_ABOUT_ROOTS = frozenset({"10", "11", "12", "13"})  # demands, disapproval, rejection, threats and warnings


def _opens_clause(tokens: list[Token], prep: int) -> bool:
    """The preposition at `prep` opens a clause: first in the sentence, after punctuation, or written with
    و ("وفي مصر")."""
    return prep == 0 or tokens[prep - 1].kind == "punct" or tokens[prep].norm.startswith("و")


# How far (in tokens) a time that looks ahead may stand from a trigger and still date it: "زيارة الجبير
# المرتقبة إلى موسكو بعد غد" is ahead, "… خلال زيارته الأخيرة" twenty words on is not.
_AHEAD_REACH = 10
# Words of a time expression that put it ahead of the telling (غدا، بعد غد، الأسبوع المقبل، العام القادم).
_AHEAD = frozenset(normalize_form(w) for w in ("غدا", "غد", "الغد", "المقبل", "المقبلة", "القادم", "القادمة"))


def _after_publication(date: str | None, published: str | None) -> bool:
    """A day (or a time of day) later than the publication day; a bare year or month says too little
    ("موازنة عام 2026" is no event dated in the future)."""
    return bool(date and published and len(date) >= 10 and date[:10] > published[:10])


# Material acts told with the purpose ل ("أرسلت طائرات لتقصف مواقع"، "قافلة لنقل المساعدات") report the
# act itself: the sentence tells what was done, the ل only why it was sent.
_PURPOSE_MATERIAL_ROOTS = frozenset({"07", "17", "18", "19", "20"})


_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})


_BRACES = {"{": "}", "﴿": "﴾", "(": ")", "«": "»", "“": "”"}
# "قال رسول الله صلى الله عليه وسلم: «قتل المؤمن أعظم عند الله …»": a saying quoted after a word of citing
_CITED_ONLY = frozenset({"(", "«", "“"})


def _scripture(tokens: list[Token], cues: Cues) -> set[int]:
    """Token positions inside a cited verse or saying: between braces ({…}، ﴿…﴾, how the Quran is
    printed) or brackets or quote marks after a word of citing ("بقول الله تعالى: (…)"، "بقول رسوله … (لزوال الدنيا …
    من قتل رجل مسلم)"). "ومن يقتل مؤمنا متعمدا" in a verse is no killing told."""
    if _vocalised(tokens):
        return set(range(len(tokens)))
    out: set[int] = set()
    for pos, tok in enumerate(tokens):
        close = _BRACES.get(tok.text)
        if close is None:
            continue
        if tok.text in _CITED_ONLY:  # brackets and quote marks: only after a word of citing
            before = [t for t in tokens[max(0, pos - 4):pos] if t.kind == "word"]
            if not any(word_forms(t) & cues.citation_words for t in before):
                continue
        end = next((k for k in range(pos + 1, len(tokens)) if tokens[k].text == close), len(tokens))
        out.update(range(pos + 1, end))
    return out


_HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))
_VOCALISED_SHARE = 0.15  # news marks a vowel here and there (قُتِل); scripture, exegesis and verse most words


def _vocalised(tokens: list[Token]) -> bool:
    """A sentence written with its vowels ("وهم الذين انتصروا ولم يُقْتَلُوا"): scripture, exegesis or
    classical verse quoted at length, where killing and fighting are no events of the day."""
    marks = letters = 0
    for tok in tokens:
        if tok.kind == "word":
            for ch in tok.text:
                if ch in _HARAKAT:
                    marks += 1
                elif "\u0621" <= ch <= "\u064A":
                    letters += 1
    return letters >= 20 and marks >= _VOCALISED_SHARE * letters


def _with_guest(doc: Document, tokens: list[Token], actors: list[ActorMention], guest: Actor,
                cues: Cues) -> list[ActorMention]:
    """"وأعرب الضيف عن شكره"، "تكريما لضيف البلاد": the guest is the visitor of the last visit or
    reception told."""
    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    added = []
    for pos, tok in enumerate(tokens):
        hit = match_word(tok, cues.guest_nouns) if tok.kind == "word" and pos not in taken else None
        if hit is None:
            continue
        start = original_offset(tok.text, tok.start, len(hit[0]))
        actor = replace(guest, span=Span(start, tok.end, doc.text[start:tok.end]))
        added.append(ActorMention(pos, pos, actor, "PER" if guest.entity_id and guest.entity_id.startswith("per.")
                                  else "ORG", hit[0]))
    return sorted(actors + added, key=lambda a: a.first) if added else actors


def _with_honoured(doc: Document, tokens: list[Token], actors: list[ActorMention]) -> list[ActorMention]:
    """"كما عقد سموه جلسة مباحثات"، "ورحب جلالته بالضيف": the honorific with its pronoun is the last
    dignitary named before it with the title it answers to."""
    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    added = []
    for pos, tok in enumerate(tokens):
        if tok.kind != "word" or pos in taken:
            continue
        cut = 1 if tok.norm[:1] in {"و", "ل", "ب", "ف"} and tok.norm[1:] in HONORIFIC_PRONOUNS else 0
        if not cut and tok.norm not in HONORIFIC_PRONOUNS:
            continue
        person = honoured_person(doc, tok.start, tok.norm[cut:])
        if person is None:
            continue
        start = original_offset(tok.text, tok.start, cut)
        actor = replace(person, span=Span(start, tok.end, doc.text[start:tok.end]))
        added.append(ActorMention(pos, pos, actor, "PER", tok.norm[:cut]))
    return sorted(actors + added, key=lambda a: a.first) if added else actors


_DAWN = frozenset({"فجر", "وفجر"})


_READINESS = frozenset(normalize_form(w) for w in (
    "استعداد", "الاستعداد", "استعداده", "استعدادها", "استعدادهم", "استعدادنا", "مستعد", "مستعدة", "مستعدون",
    "مستعدين", "مستعدان"))
_SACRIFICE = frozenset(normalize_form(w) for w in (
    "التضحية", "للتضحية", "القتال", "للقتال", "الحرب", "للحرب", "المواجهة", "للمواجهة", "الموت", "للموت",
    "الاستشهاد", "للاستشهاد", "الدفاع", "للدفاع", "الرد", "للرد"))
_INTENT_CODE = "030"


def _without_readiness_for_force(matches: list[Trigger], tokens: list[Token]) -> list[Trigger]:
    """"على استعداد للتضحية"، "استعدادهم لاقتحام المدينة": readiness to fight, die or storm is no intent
    to cooperate, and the act it looks to has not happened; neither is coded."""
    dropped: set[int] = set()
    for trig in matches:
        if trig.entry.code != _INTENT_CODE or not any(
                tokens[k].norm in _READINESS for k in (trig.words or [trig.head])):
            continue
        # the pattern "على استعداد ل" ends on the ل of the next word, which is then its last
        after = [k for k in (trig.last, trig.last + 1) if k < len(tokens) and tokens[k].norm not in _READINESS]
        force = [t for t in matches if t.head in after and t.entry.code[:2] in _FORCE_READY_ROOTS]
        if force or any(tokens[k].norm in _SACRIFICE for k in after):
            dropped.add(id(trig))
            dropped.update(id(t) for t in force)
    return [t for t in matches if id(t) not in dropped] if dropped else matches


_KIND_WORDS = frozenset(normalize_form(w) for w in (
    "أساليب", "أسلوب", "أشكال", "شكل", "أنواع", "نوع", "صنوف", "ضروب", "وسائل", "طرق", "صور"))


def _without_kinds_of_told_act(matches: list[Trigger], tokens: list[Token]) -> list[Trigger]:
    """"يتم تعذيب السجناء … في عدة أساليب تعذيب": after an act is told, the same act named again as a kind
    ("methods of torture", "forms of violence") is a description of it, not a second event."""
    kept: list[Trigger] = []
    for trig in matches:
        first = min(trig.words or [trig.head])
        if trig.kind == "noun" and first > 0 and \
                {f.removeprefix("ب").removeprefix("ل").removeprefix("و") for f in word_forms(tokens[first - 1])} \
                & _KIND_WORDS and any(t.entry.code == trig.entry.code and t.head < first for t in kept):
            continue
        kept.append(trig)
    return kept


_FORCE_READY_ROOTS = frozenset({"15", "17", "18", "19", "20"})


_COMMENTARY_PENALTY = 0.2


def _commentary_events(events: list[Event]) -> list[Event]:
    """A column's events: only those between two named sides are kept ("اتهامات المالكي للسعودية"), with
    less confidence; an act by or against an unnamed or guessed side ("لماذا يقتل المسلم أخاه"، "إيران
    لا ترسل جنودًا …") is the writer's argument, not a report."""
    kept = []
    for event in events:
        if event.source is None or event.target is None or not event.source.entity_id or \
                not event.target.entity_id or event.source.entity_id.startswith("new:") or \
                event.target.entity_id.startswith("new:"):
            continue
        event.confidence = round(max(event.confidence - _COMMENTARY_PENALTY, 0.0), 2)
        kept.append(event)
    return kept


def _crime_named(tokens: list[Token], head: int, crime_words: frozenset[str]) -> bool:
    """A crime word right before the act ("جريمة قتل"، "بتهمة القتل"), or before في ("الشروع في القتل"); an
    incident word before the definite act."""
    k = head - 1
    if k >= 1 and tokens[k].norm == "في":
        k -= 1
    if k >= 0 and tokens[head].article and word_forms(tokens[k]) & _INCIDENT:
        return True  # "ودفع حادث القتل إلى غضب": the killing told before, named as an incident
    return k >= 0 and bool(word_forms(tokens[k]) & crime_words)


_INCIDENT = frozenset(normalize_form(w) for w in ("حادث", "حادثة"))


_PURPOSE_WORDS = frozenset(normalize_form(w) for w in (
    "أجل", "بهدف", "لغرض", "بغرض", "إجراء", "لإجراء", "تنفيذ", "لتنفيذ", "بقصد", "سعيا", "للقيام", "لشن"))


def _purpose_of(trig: Trigger, tokens: list[Token]) -> bool:
    """The verbal noun is what an act told before it in the sentence was done for: written with the
    purpose ل ("لاعتقال فلسطيني مطلوب") or after a purpose word ("من أجل إجراء اعتقالات")."""
    first = min(trig.words or [trig.head])
    if "ل" in tokens[first].proclitics:
        return True
    # (the tokeniser leaves ل on a word starting with ا: "لاعتقال" is ل + اعتقال)
    if tokens[first].norm.startswith(("لا", "للا")) and first == trig.head and trig.kind == "noun" \
            and len(tokens[first].norm) > 4:
        return True
    return any(tokens[k].norm in _PURPOSE_WORDS for k in range(max(0, first - 2), first))


def _dawn(trig: Trigger, tokens: list[Token]) -> bool:
    """"اختطف مسلحون، فجر اليوم الأحد، …": فجر before a day word is dawn, not "blew up"."""
    return tokens[trig.head].norm in _DAWN and trig.head + 1 < len(tokens) and \
        tokens[trig.head + 1].norm in TIME_WORDS


_PRECAUTION = frozenset(normalize_form(w) for w in (
    "تحسبا", "تحسب", "خشية", "خوفا", "تخوفا", "منعا", "لمنع", "درءا", "تفاديا", "لتفادي", "تجنبا", "لتجنب",
    "تلافيا", "لتلافي", "للحيلولة", "احترازا", "استباقا", "للوقاية", "وقاية"))
_PRECAUTION_LINKS = frozenset({"من", "ل", "دون"})
_FEARING = frozenset(normalize_form(w) for w in (
    "يخشى", "تخشى", "نخشى", "أخشى", "يخشون", "خشي", "خشيت", "يخاف", "تخاف", "نخاف", "أخاف", "يخافون", "مخافة",
    "يتخوف", "تتخوف", "يتخوفون", "تخوف", "مخاوف", "المخاوف"))
_THAT = frozenset(normalize_form(w) for w in ("أن", "ان"))
_FEARED_REACH = 5  # "أن يُعدم المحمودي أو يُعذب": the first feared verb and its subject before أو


def _feared(trig: Trigger, tokens: list[Token]) -> bool:
    """"تحسبا من اشتباكات"، "خشية وقوع هجمات"، "لمنع تسلل المسلحين": a violent verbal noun after a word of
    precaution or fear is what is guarded against, not something that happened."""
    first = min(trig.words or [trig.head])
    if trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    if trig.kind == "verb":
        # "يخشى أن يُعدم المحمودي أو يُعذب"، "خشية أن يقتل": a violent verb after fearing أن is what is
        # feared, and so is one joined to it by أو
        that = first - 1
        if that >= 0 and tokens[that].norm == "او":
            that = next((k for k in range(that - 1, max(-1, that - _FEARED_REACH), -1) if tokens[k].norm in _THAT), -1)
        return that >= 1 and tokens[that].norm in _THAT and (
            tokens[that - 1].norm in _PRECAUTION or tokens[that - 1].norm in _FEARING)
    if trig.kind != "noun":
        return False
    back = [tokens[k].norm for k in range(max(0, first - 3), first)]
    while back and (back[-1] in _PRECAUTION_LINKS or back[-1] in _HAPPENING):
        back.pop()  # "خشية وقوع"، "تحسبا من"، "لمنع حدوث"
    return bool(back) and back[-1] in _PRECAUTION


def _threatened(trig: Trigger, tokens: list[Token]) -> bool:
    """"هددت جماعة ولاية سيناء … في فيديو بث على الإنترنت بقتل رهينة كرواتي": a violent verbal noun written with
    ب after a verb of threatening in its clause is what was threatened (the threat itself is coded 13x when
    its pattern reaches the noun), not an act that happened."""
    if trig.kind != "noun" or trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    first = min(trig.words or [trig.head])
    if not tokens[first].norm.startswith(("ب", "وب")):
        return False
    for k in range(first - 1, max(-1, first - 1 - _THREAT_REACH), -1):
        if tokens[k].kind == "punct" and tokens[k].text not in {"،", ","}:
            return False
        if word_forms(tokens[k]) & _THREATENING:
            return True
    return False


_THREAT_REACH = 24
_THREATENING = frozenset(normalize_form(w) for w in (
    "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "يتوعدون",
    "مهددا", "متوعدا", "لوح", "لوحت", "يلوح", "تلوح"))


def _backed_force(view: SentenceView, trig: Trigger) -> ActorMention | None:
    """"قوات هادي المدعومة جوا وبرا من جيوش التحالف": the armed side named right before the participle is
    whom the backer after من supports; anything else backed (projects, candidates) is no military act."""
    act = next((a for a in view.actors if a.last == trig.head - 1), None)
    code = (act.actor.actor_code or "") if act is not None else ""
    return act if act is not None and code.endswith(_ARMED_SECTORS) else None


_BACKING_ENTRY = "military_backing"
_ARMED_SECTORS = ("MIL", "REB", "COP", "INS", "UAF")


def _banned(trig: Trigger, tokens: list[Token]) -> bool:
    """"يتيح للسلطات حظر الإضرابات"، "قرار بمنع التظاهرات": a protest noun that a ban governs is what may no
    longer happen, not a protest (as `_feared` reads violence guarded against)."""
    first = min(trig.words or [trig.head])
    return trig.kind == "noun" and trig.entry.code[:2] == "14" and first > 0 and tokens[first - 1].norm in _BANS


_BANS = frozenset(normalize_form(w) for w in (
    "حظر", "بحظر", "لحظر", "وحظر", "يحظر", "تحظر", "حظرت", "منع", "بمنع", "لمنع", "ومنع", "يمنع", "تمنع", "منعت",
    "تجريم", "بتجريم", "لتجريم"))


def _would_lead(trig: Trigger, tokens: list[Token]) -> bool:
    """"حذر كيري من أن رفض الاتفاق سيزيل كل القيود": a verbal noun opening an أن clause whose verb is future
    is a hypothesis about what the act would bring, not the act (nobody has rejected the deal). Only for
    conflict (roots 11–20): "إن زيارة مورير ستتمحور حول" is a visit planned, told by what it will cover."""
    first = min(trig.words or [trig.head])
    if trig.kind != "noun" or trig.entry.code[:2] < "11" or first == 0 or tokens[first - 1].norm not in _THAT_CLAUSE:
        return False
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _WOULD_REACH)):
        if tokens[k].kind == "punct":
            return False
        norm = tokens[k].norm
        if len(norm) > 4 and norm[0] == "س" and norm[1] in "يتن":
            return norm not in _GOES_ON  # "أن الهجوم سيتواصل": the act goes on, it is no hypothesis
        if norm == "قد" and k + 1 < len(tokens) and tokens[k + 1].norm[:1] in {"ي", "ت"}:
            return True  # "أن قتل هؤلاء قد يلحق الهزيمة بداعش": what it may bring
    return False


_GOES_ON = frozenset(normalize_form(w) for w in (
    "سيتواصل", "ستتواصل", "سيستمر", "ستستمر", "سيتوقف", "ستتوقف", "سيتم", "ستتم", "سيبدأ", "ستبدأ", "سينطلق", "ستنطلق"))
_THAT_CLAUSE = frozenset(normalize_form(w) for w in ("أن", "إن", "بأن", "وأن", "وإن"))
_WOULD_REACH = 4  # the noun's object, then the verb: "رفض الاتفاق النووي سيؤدي"


def _stopped_service(trig: Trigger, tokens: list[Token]) -> bool:
    """"لتوقيف الخدمات الجوية"، "إيقاف العمل بالقرار": an arrest word before a service, work or activity
    stops it; nobody is arrested."""
    if trig.entry.code != _ARREST or trig.last + 1 >= len(tokens):
        return False
    return bool(word_forms(tokens[trig.last + 1]) & _SERVICES)


_ARREST = "173"
_SERVICES = frozenset(normalize_form(w) for w in (
    "الخدمات", "الخدمة", "خدمات", "خدمة", "العمل", "الرحلات", "رحلات", "الرحلة", "النشاط", "الأنشطة", "نشاط",
    "المشروع", "المشاريع", "الإنتاج", "البث", "الدراسة", "التعامل", "الصرف", "الدعم", "التصدير", "الاستيراد",
    "التداول", "الملاحة", "الحركة", "التشغيل", "الضخ"))


def _by_animal(trig: Trigger, tokens: list[Token]) -> bool:
    """"صارع سمكة قرش بعدما هاجمته"، "هاجم دب متنزها": an attack by an animal, named in the clause just before
    the act or right after it, is no political event (left out: الذئاب "lone wolves", الدب "the Russian
    bear", النمر and العقرب, a family name and a prison)."""
    if trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    for k in [*range(trig.last + 1, min(len(tokens), trig.last + 2)), *range(trig.head - 1, max(-1, trig.head - _ANIMAL_REACH), -1)]:
        if tokens[k].kind == "punct" and tokens[k].text not in {"،", ","}:
            if k < trig.head:
                break
            continue
        if tokens[k].norm[:1] != "ب" and word_forms(tokens[k]) & _ANIMALS:
            return True  # ("هاجمت الشرطة المتظاهرين بالكلاب": the means, not the attacker)
    return False


_ANIMALS = frozenset(normalize_form(w) for w in (
    "قرش", "القرش", "تمساح", "التمساح", "تماسيح", "ثعبان", "الثعبان", "أفعى", "الأفعى", "ثعابين", "أفاعي", "كلب",
    "الكلب", "كلاب", "الكلاب", "ثور", "الثور", "ثيران", "بعير", "البعير", "فيل", "الفيل", "أفيال", "نحل", "النحل",
    "ضبع", "الضبع", "قرد", "القرد", "قردة", "بيسون", "البيسون",
    "قرشا", "تمساحا", "ثعبانا", "كلبا", "ثورا", "ضبعا", "قردا"))  # the accusative as written (not فيلا, a villa)
_ANIMAL_REACH = 8


def _none_reported(trig: Trigger, tokens: list[Token]) -> bool:
    """"ولم ترد أي تقارير عن وقوع اشتباكات"، "لا توجد أنباء عن إصابات": a violent act nobody reported."""
    first = min(trig.words or [trig.head])
    if trig.kind != "noun" or trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    k = first - 1
    while k >= 0 and (tokens[k].norm in _HAPPENING or tokens[k].norm == "عن"):
        k -= 1
    if k == first - 1 or k < 0 or tokens[k].norm not in _REPORT_NOUNS:
        return False
    window = tokens[max(0, k - _NONE_REACH):k]
    return any(t.kind == "word" and word_forms(t) & _NEGATORS for t in window) and \
        not any(t.kind == "punct" for t in window[-2:])


def _nobody_hurt(trig: Trigger, tokens: list[Token]) -> bool:
    """"من دون أن يتسبب سقوطها بمقتل أحد"، "لم يسفر عن مقتل أحد": a death of nobody, after a negator or دون."""
    if trig.kind != "noun" or trig.entry.code[:2] not in _VIOLENT_ROOTS or trig.last + 1 >= len(tokens) or \
            tokens[trig.last + 1].norm != _ANYONE:
        return False
    window = tokens[max(0, trig.head - _NOBODY_REACH):trig.head]
    return any(t.kind == "word" and (word_forms(t) & _NEGATORS or t.norm in _WITHOUT) for t in window)


_ANYONE = normalize_form("أحد")
_WITHOUT = frozenset(normalize_form(w) for w in ("دون", "بدون", "ودون"))
_NOBODY_REACH = 6


_REPORT_NOUNS = frozenset(normalize_form(w) for w in ("تقارير", "التقارير", "تقرير", "أنباء", "الأنباء", "معلومات",
                                                      "المعلومات", "دليل", "أدلة", "إشارة", "إشارات"))
_NEGATORS = load_cues().negators
_NONE_REACH = 3  # "ولم ترد أي تقارير": the negator, its verb and أي


_INTERVIEW = frozenset(normalize_form(w) for w in ("مقابلة", "المقابلة", "مقابلات", "بمقابلة", "لمقابلة"))
_PRESS_WORDS = frozenset(normalize_form(w) for w in (
    "صحفية", "صحافية", "تلفزيونية", "متلفزة", "إذاعية", "أجريت", "أجرتها", "أجراها", "نشرت", "بثت", "خاصة"))


def _interview(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """"في مقابلة مع الشبكة الأمريكية"، "في مقابلة صحفية"، "في مقابلة أجريت معه": an interview is no
    meeting between the speaker and the medium."""
    if trig.kind != "noun" or tokens[trig.head].norm not in _INTERVIEW:
        return False
    after = tokens[trig.head + 1:trig.head + 4]
    return any(word_forms(t) & _PRESS_WORDS or
               {f.removeprefix("ال").removeprefix("ل") for f in word_forms(t)} & (cues.media_nouns | cues.media_heads)
               for t in after)


_ANY = frozenset(normalize_form(w) for w in ("أي", "لأي", "بأي", "وأي", "ولأي", "أية", "لأية", "بأية", "وأية"))


def _any_act(trig: Trigger, tokens: list[Token]) -> bool:
    """"لمواجهة أي اعتداءات"، "الرد على أي هجوم": an act of force after أي is any such act, none told."""
    first = min(trig.words or [trig.head])
    return trig.entry.code[:2] in _VIOLENT_ROOTS and first > 0 and tokens[first - 1].norm in _ANY


_CHARGES = frozenset(normalize_form(w) for w in (
    "بتهمة", "بتهم", "تهمة", "تهم", "التهمة", "التهم", "بتهمتي",
    # convicted of ("غاري لي ديفيز المدان بالاغتصاب والقتل"): the crime of a case, not an act told
    "المدان", "المدانة", "المدانين", "المدانون", "مدان", "مدانا", "مدانين", "أدين", "أدينت", "أدينوا", "يدان"))
_CHARGE_REACH = 40  # a list of charges runs long: "بتهم الانضمام لجماعة إرهابية … وقطع الطرق وتعطيل الحركة"


def _charged_with(trig: Trigger, tokens: list[Token]) -> bool:
    """"قدمتهم للمحاكمة بتهم الانضمام لجماعة إرهابية … وقطع الطرق"، "اعتقل بتهمة قتل شرطي": a verbal noun in
    the list of charges someone faces is what he is accused of, not an event the article tells."""
    first = min(trig.words or [trig.head])
    for k in range(first - 1, max(-1, first - 1 - _CHARGE_REACH), -1):
        tok = tokens[k]
        if tok.kind == "punct" and tok.text not in {"“", "”", '"', "«", "»"} and \
                (trig.kind != "noun" or tok.text not in {"،", ","}):
            return False  # a word that may be a verb ("وقتل") opens a clause of its own after a comma (the
            # quote mark opening the list, "بتهم "الانضمام … وقطع الطرق"، is no clause break)
        if word_forms(tok) & _CLAUSE_TURNS:
            return False  # "دون توجيه أي تهمة، بعد مقتل الطفل": the killing is told, not charged
        if word_forms(tok) & _CHARGES:
            return not (k > 0 and tokens[k - 1].norm == "اي")  # "أي تهمة": no charge at all
    return False


_CLAUSE_TURNS = frozenset(normalize_form(w) for w in (
    "بعد", "قبل", "إثر", "عقب", "منذ", "حيث", "بينما", "لكن", "الذي", "التي", "الذين", "جراء", "بسبب"))


_BLESSED = frozenset(normalize_form(w) for w in ("المباركة", "مباركة", "المبارك", "مبارك"))


def _blessed(trig: Trigger, tokens: list[Token]) -> bool:
    """"قائد المسيرة المباركة"، "جهود مباركة": after a noun, مباركة is "blessed", an adjective; the verbal
    noun "congratulation" heads its phrase ("مباركة الملك"، "بمباركة أمريكية")."""
    if trig.kind != "noun" or len(trig.words or [trig.head]) > 1 or trig.head == 0:
        return False
    word, before = tokens[trig.head], tokens[trig.head - 1]
    return word.norm in _BLESSED and before.kind == "word" and before.article == word.article and \
        not word.proclitics


def _any_object(view: SentenceView, trig: Trigger) -> bool:
    """The act is about "any" thing ("ونرحب بأي اتفاق يضمن …"، "نرفض أي تدخل"): no one in particular is
    addressed, so no counterpart is guessed."""
    return any(view.tokens[k].norm in _ANY  # (the pattern may end on the ب of "بأي")
               for k in range(trig.head + 1, min(len(view.tokens), trig.last + 2)))


_VIOLENT_PROTEST = "145"
_PROTESTER_STEMS = (normalize_form("متظاهر"), normalize_form("محتج"))


def _protesters(actor: Actor | None) -> bool:
    """The actor is named as protesters ("آلاف المتظاهرين"، "المحتجون"): their violence is a riot (145)."""
    if actor is None or actor.span is None:
        return False
    return any(w.lstrip("وفبل").removeprefix("ال").startswith(_PROTESTER_STEMS)
               for w in normalize_form(actor.span.text).split())


_DEADLY = normalize_form("قاتلا")


def _deadly(trig: Trigger, tokens: list[Token]) -> bool:
    """"رعبا قاتلا"، "سلاحا قاتلا": after an indefinite noun in the accusative, قاتلا is "deadly", an
    adjective agreeing with it, not the dual "the two fought"."""
    if trig.kind != "verb" or trig.head == 0 or tokens[trig.head].norm != _DEADLY:
        return False
    before = tokens[trig.head - 1]
    return before.kind == "word" and not before.article and not before.proclitics[:1] == "ل" and \
        before.norm.endswith("ا") and len(before.norm) > 2


_CEREMONIES = frozenset(normalize_form(w) for w in (
    "مراسم", "مراسيم", "حفل", "الحفل", "احتفال", "الاحتفال", "احتفالات", "الاحتفالات", "احتفالية", "الاحتفالية"))
# Crowd verbs that tell a gathering or chanting of any kind: a protest only with a grievance in the sentence.
_CROWD_VERBS = frozenset(normalize_form(w) for w in (
    "احتشد", "احتشدت", "احتشدوا", "يحتشد", "يحتشدون", "تحتشد", "هتف", "هتفوا", "يهتف", "يهتفون", "تهتف",
    "تجمهر", "تجمهروا", "يتجمهرون"))
# Stems (folded, clitics and ال off) of the words that make a crowd a protest.
_GRIEVANCE_STEMS = tuple(normalize_form(w) for w in (
    "احتج", "محتج", "تظاهر", "مظاهر", "متظاهر", "مسير", "مطالب", "للمطالب", "تنديد", "مندد", "رفض", "رافض",
    "غضب", "غاضب", "لافت", "شعار", "اسقاط", "إسقاط", "يسقط", "رحيل", "اعتصام", "معتصم", "ضد"))


def _crowd_without_grievance(trig: Trigger, tokens: list[Token]) -> bool:
    """"للجمهور الذي احتشد في قاعة المحكمة"، "احتشدت قوات من الجيش والمقاومة"، "شعب عظيم هتف بصوت واحد"،
    "وهم يهتفون «بالروح بالدم»" at a funeral: a crowd verb alone tells a gathering or a chant, a protest
    only where the sentence gives a grievance (a protest word, a demand, a rejection, slogans, ضد)."""
    if trig.entry.code[:2] != _PROTEST_ROOT or trig.kind != "verb" or trig.last != trig.head or \
            not word_forms(tokens[trig.head]) & _CROWD_VERBS:
        return False
    return not any(_undefined(t).startswith(_GRIEVANCE_STEMS) or t.norm.startswith(_GRIEVANCE_STEMS)
                   for t in tokens if t.kind == "word")


_CEREMONY_REACH = 10  # words from the crowd verb to the ceremony ("احتشد عشرات الآلاف من المواطنين اليوم في مراسم")


def _ceremony_crowd(trig: Trigger, tokens: list[Token]) -> bool:
    """"احتشد عشرات الآلاف … في مراسم لإحياء الذكرى العشرين للمذبحة": a crowd gathered at a ceremony or a
    celebration mourns or celebrates; it protests against nobody (CAMEO 14 needs a grievance)."""
    if trig.entry.code[:2] != "14" or trig.kind != "verb":
        return False
    for tok in tokens[trig.last + 1:trig.last + 1 + _CEREMONY_REACH]:
        if tok.kind == "punct":
            return False
        if {f.removeprefix("ب").removeprefix("في") for f in word_forms(tok)} & _CEREMONIES or \
                tok.norm.removeprefix("ب") in _CEREMONIES:
            return True
    return False


_HAPPENING = frozenset(normalize_form(w) for w in ("وقوع", "حدوث", "اندلاع", "تجدد", "تكرار", "أي"))


def _ceased(trig: Trigger, view: SentenceView, cues: Cues) -> bool:
    """"لمتابعة وقف إطلاق النار": a violent verbal noun after a word of ceasing, with no doer named after
    it, is the truce's name; "وقف هجوم جيش الفتح على كفريا" still tells an attack going on."""
    first = min(trig.words or [trig.head])
    before = first - 1
    if before > 0 and view.tokens[before].norm == "عن":
        before -= 1  # "بالتوقف فورا عن القتال": ceasing from it
        while before > 0 and view.tokens[before].norm in _AT_ONCE:
            before -= 1
    return trig.kind == "noun" and trig.entry.code[:2] in _VIOLENT_ROOTS and before >= 0 and first > 0 and \
        view.tokens[before].norm in cues.cessation_words and view.actor_at(trig.last + 1) is None


_UPCOMING_REACH = 2  # "زيارة الرئيس الصيني المقبلة": the visitor's genitive may stand between


def _upcoming(view: SentenceView, trig: Trigger, cues: Cues) -> bool:
    """A verbal noun followed, before any preposition or punctuation, by an adjective that puts it ahead."""
    for tok in view.tokens[trig.last + 1:trig.last + 1 + _UPCOMING_REACH + 1]:
        if tok.kind != "word" or word_forms(tok) & cues.prepositions:
            return False
        if tok.norm in cues.upcoming_words:
            return True
    return False


def _during_future(view: SentenceView, head: int) -> bool:
    """A verbal noun after خلال/أثناء/في whose clause is governed by a verb in the future (سـ، سوف)."""
    seen_during = False
    for k in range(head - 1, max(-1, head - _FUTURE_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return False
        if tok.norm in _DURING_WORDS:
            seen_during = True
        elif seen_during and (tok.norm == "سوف" or _future_verb(tok) and not view.covered(k)):
            return True
    return False


def _future_verb(tok: Token) -> bool:
    """سيعقد، ستبحث، سنعمل: س before a present verb (not سيارة، سياسة، سيطرة: nouns in ة or سيا…)."""
    norm = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} else tok.norm
    return len(norm) > 4 and norm[:2] in {"سي", "ست", "سن"} and not norm.startswith("سيا") and \
        not norm.endswith(("ه", "ات", "ين", "ون"))


_DURING_WORDS = frozenset(normalize_form(w) for w in ("خلال", "أثناء", "اثناء", "في"))
_FUTURE_REACH = 20
_TAG_LINE = frozenset({"سمات"})  # folded; the keyword line some outlets end an article with
_AT_ONCE = frozenset(normalize_form(w) for w in ("فورا", "فوراً", "نهائيا", "تماما"))


def _broken_down(trig: Trigger, view: SentenceView, cues: Cues) -> bool:
    """"أدى انفجار إلى انهيار هدنة كانت سارية بين أنقرة وحزب العمال": an agreement or truce noun after a
    word of breakdown or breach was broken, not made (roots 03–08: intent, cooperation, yielding)."""
    first = min(trig.words or [trig.head])
    return trig.kind == "noun" and "03" <= trig.entry.code[:2] <= "08" and first > 0 and \
        view.tokens[first - 1].norm in cues.breakdown_words


def _attacker_where_it_struck(view: SentenceView, trig: Trigger, args: Arguments) -> Arguments:
    """"في واشنطن … حيث هاجم مفجر إرهابي مسجدا في أبها": an unnamed attacker given a country (a bomber, gunmen
    of a place) belongs to the country where the act took place, not to the place the sentence opened on."""
    src = args.source
    if not isinstance(src, ActorMention) or src.actor.entity_id is not None or trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return args
    code = src.actor.actor_code or ""
    agent = next((a for a in ("INS", "UAF") if code.endswith(a)), None)
    country = place_of_act(view, trig)
    if agent is None or country is None or code == country + agent or code == agent:
        return args  # a bare UAF stays bare: CAMEO's unidentified force takes no country from the place
    if any(p in view.nisbas for p in range(src.first, src.last + 1)):
        return args  # "برصاص أطلق من الجانب السوري": the attacker's own nationality word names its country
    actor = replace(src.actor, canonical_en=f"{country} {agent}", country_iso3=country, actor_code=country + agent)
    return replace(args, source=replace(src, actor=actor))


def _civil_operation(trig: Trigger, tokens: list[Token]) -> bool:
    """"خمس عمليات إغاثة قام بها رجال الأمن استهدفت زورقين": a force verb whose subject is a rescue,
    search or medical operation told just before it ("استهدفت" there is "was aimed at") is no attack."""
    if trig.kind != "verb" or trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    for k in range(trig.head - 1, max(0, trig.head - 7), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].norm.removeprefix("ال") in _OPERATIONS and k + 1 < len(tokens) and \
                tokens[k + 1].norm.removeprefix("ال") in _CIVIL_AIMS:
            return True
    return False


_OPERATIONS = frozenset({"عمليه", "عمليات"})  # folded
_CIVIL_AIMS = frozenset(normalize_form(w) for w in (
    "إغاثة", "إنقاذ", "بحث", "إجلاء", "جراحية", "تجميل", "تصويت", "بيع", "شراء", "إصلاح", "تطوير", "ترميم",
    "إسعاف", "تبادل", "نقل", "تسليم", "إطفاء"))


def _to_be_stopped(trig: Trigger, tokens: list[Token], scope_code: str, cues: Cues) -> bool:
    """"طالبت الإدارة الأميركية إسرائيل بوقف هدم البيوت": what a demand asks to stop is going on; the
    other acts a demand names (بمحاكمة الوزراء واعتقال المسؤولين) are only asked for."""
    first = min(trig.words or [trig.head])
    return scope_code[:2] == _DEMAND_ROOT and first > 0 and tokens[first - 1].norm in cues.cessation_words


_ABOUT = frozenset({"حول", "بشان", "بخصوص", "ازاء"})  # folded: "مباحثات حول مقترح لوقف إطلاق النار وتبادل الأسرى"
_TOPIC_REACH = 6


def _topic_noun(trig: Trigger, tokens: list[Token]) -> bool:
    """A verbal noun inside a phrase opened by حول/بشأن ("مباحثات … حول مقترح جديد لوقف إطلاق النار وتبادل
    الأسرى") is what was talked about, not an act that took place."""
    if trig.kind != "noun":
        return False
    for k in range(trig.head - 1, max(-1, trig.head - 1 - _TOPIC_REACH), -1):
        tok = tokens[k]
        if tok.kind == "punct" or tok.norm in _CLAUSE_WORDS:
            return False  # "مذكرة تفاهم حول هذا الصدد جرى التوقيع عليها": a clause of its own
        if tok.norm in _ABOUT:
            return True
    return False


_CLAUSE_WORDS = frozenset({"جري", "تم", "يجري", "يتم", "الذي", "التي", "الذين"})  # folded


def _searching(trig: Trigger, tokens: list[Token]) -> bool:
    """"بحثًا عن حياة أفضل"، "يبحث عن المفقودين": بحث with عن right after is seeking, not talks."""
    nxt = trig.last + 1
    return trig.entry.id == _TALKS_ENTRY and trig.last == trig.head and nxt < len(tokens) and \
        tokens[nxt].norm == _ABOUT_WORD and tokens[trig.head].norm.lstrip("وف").startswith(("بحث", "يبحث", "تبحث"))


_TALKS_ENTRY = "talks"
_ABOUT_WORD = normalize_form("عن")


def _reception_place(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """"ما أنشأته البلدية من صالات استقبال"، "مراكز استقبال اللاجئين": a hall or a centre named after receiving
    people is a place, not a hosting (043) by whoever built or runs it."""
    return trig.entry.code == HOST_CODE and trig.kind == "noun" and trig.head > 0 and \
        tokens[trig.head - 1].norm in cues.reception_places


def _hosted_thing(trig: Trigger, view: SentenceView) -> bool:
    """"بالدورة الأخيرة التي استضافتها لندن"، "المؤتمر الذي استضافه": a relative clause's hosting verb whose
    pronoun is a thing named before the relative (games, a conference), no visitor."""
    if trig.entry.code != "043" or trig.enclitic not in {"ه", "ها"} or trig.head < 2:
        return False
    relative = view.tokens[trig.head - 1]
    return bool(word_forms(relative) & RELATIVES) and not view.covered(trig.head - 2)


def _blamer(trig: Trigger, args: Arguments, tokens: list[Token], state: ArticleState) -> ActorMention | None:
    """The earlier subject of the sentence for a blaming verb joined by و with one actor in its gap."""
    src = args.source
    if trig.entry.code != "112" or trig.kind != "verb" or len(trig.words) < 2 or args.target is not None or \
            not isinstance(src, ActorMention) or not tokens[trig.head].norm.startswith("و"):
        return None
    if not trig.head < src.first and src.last < trig.words[1]:
        return None
    earlier = [a for p, a in state.sentence_sources if p < trig.head and a.key != src.key]
    return earlier[-1] if earlier else None


def _civilians_hit(trig: Trigger, args: Arguments) -> bool:
    """A verbal noun of force or coercion whose only agent is a crowd of civilians written with ل."""
    src = args.source
    return trig.kind == "noun" and trig.entry.code[:2] in FORCE_ROOTS | {"17"} and isinstance(src, ActorMention) \
        and "ل" in src.prefix and (src.actor.actor_code or "").endswith("CVL")


def _media_title(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """"مجلة الدعوة"، "قناة الحدث"، "صحيفة الثورة": a verbal noun right after a medium's noun is its name."""
    if trig.kind != "noun" or trig.head == 0:
        return False
    before = tokens[trig.head - 1]
    forms = word_forms(before) | ({before.norm[1:]} if before.norm[:1] in {"ب", "ل"} else set())
    return bool(forms & cues.media_nouns - _PLACE_TOO)


def _pronoun_plural(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """"في كل مظاهره": a plural with its pronoun, written with ه, that folds to a verbal noun in ة."""
    head = tokens[trig.head]
    if trig.kind != "noun" or not word_forms(head) & cues.pronoun_plurals or head.text.rstrip()[-1:] != "ه":
        return False
    # "بشتى صوره ومظاهره وأساليبه": among other plurals with the pronoun, after a quantifier or at a clause's
    # end; "شارك الآلاف في مظاهره ضد الحكومة", ة written as ه, stays a demonstration
    before = tokens[trig.head - 1] if trig.head > 0 else None
    after = tokens[trig.head + 1] if trig.head + 1 < len(tokens) else None
    return (before is not None and (bool(word_forms(before) & _QUANTIFIERS) or _possessive_plural(before))) or \
        after is None or after.kind == "punct" or _possessive_plural(after)


def _possessive_plural(tok: Token) -> bool:
    """A word ending in the pronoun ه after a plural pattern's letters (صوره، أساليبه), as written."""
    text = tok.text.rstrip()
    return tok.kind == "word" and text.endswith("ه") and len(text) >= 5


_QUANTIFIERS = frozenset({"كل", "جميع", "شتي", "مختلف", "بعض", "ابرز", "اهم", "اخر", "اخطر", "احدث", "اولي"})  # folded


_PLACE_TOO = frozenset({"موقع"})  # "موقع المظاهرة" is the protest's site, not a website's name


_TARGETING = frozenset({"استهدف", "استهدفت", "يستهدف", "تستهدف", "نستهدف", "استهدفوا", "يستهدفون"})


def _aimed_at_goal(trig: Trigger, view: SentenceView, cues: Cues) -> bool:
    """"وتستهدف المملكة رفع مساهمة الصادرات"، "المملكة تستهدف زيادة الإنتاج": a verb of targeting whose
    object, after its subject if one follows, is a verbal noun of a goal aims at something; nobody is hit."""
    if trig.kind != "verb" or trig.last != trig.head or not word_forms(view.tokens[trig.head]) & _TARGETING:
        return False
    k = trig.head + 1
    subject = view.actor_at(k)
    if subject is not None:
        k = subject.last + 1
    elif k < len(view.tokens) and view.tokens[k].article and k + 1 < len(view.tokens):
        k += 1  # "تستهدف الخطة زيادة الإنتاج": an unnamed subject
    return k < len(view.tokens) and view.tokens[k].kind == "word" and view.tokens[k].norm in cues.aim_nouns


def _noun_reading(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """A verb written like a common noun ("كلمة شكر وعرفان") is the noun unless it opens its clause."""
    norm = tokens[trig.head].norm
    if trig.kind == "verb" and norm in cues.person_homographs and 0 < trig.head < len(tokens) - 1 and \
            tokens[trig.head - 1].kind == "word" and _indefinite_adjective(tokens[trig.head + 1]):
        return True  # "هجوم شنه طالب تونسي": a student
    if trig.kind != "verb" or not any(norm == word or (norm.startswith(word) and norm[len(word):] in _OBJECT_PRONOUNS)
                                      for word in cues.noun_homographs):
        return False  # "شكره وتقديره لـ": the noun with its pronoun, as the verb with its object
    return trig.head > 0 and tokens[trig.head - 1].kind == "word"


_PREPOSITIONS = frozenset(normalize_form(w) for w in ("على", "ضد", "إلى", "الى", "في", "عن", "نحو", "قرب", "عند"))
_WHOEVER = frozenset(normalize_form(w) for w in ("من", "ومن", "فمن"))
_JOINED_VERBS_REACH = 3  # "من ينفذ ويفجر": verbs joined after the first


def _imperfect(tok: Token) -> bool:
    word = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 3 else tok.norm
    return tok.kind == "word" and word[:1] in {"ي", "ت", "ن"} and len(word) > 2


def _whoever_does(trig: Trigger, tokens: list[Token]) -> bool:
    """"من يخطط ويفكر ومن ينفذ ويفجر سيبقى يبحث عن وسائل": a present verb right after من (and the verbs
    joined to it) is "whoever does it", a generic statement, no act (a verb never follows the
    preposition من, so the word is the relative)."""
    first = min(trig.words or [trig.head])
    if trig.kind != "verb" or not _imperfect(tokens[first]):
        return False
    k = first - 1
    while k >= 0 and first - k <= _JOINED_VERBS_REACH and _imperfect(tokens[k]):
        k -= 1
    return k >= 0 and tokens[k].norm in _WHOEVER


_PROTEST_ROOT = "14"
_GATHERING = frozenset(normalize_form(w) for w in ("تجمع", "تجمعت", "تجمعوا"))  # تجمّع: also "a gathering"
_INCLUDING = normalize_form("بما")


def _after_preposition(trig: Trigger, tokens: list[Token]) -> bool:
    """"هجوم نفذته المقاومة على تجمع لهم أمام مبنى البنك": تجمع right after a preposition is the noun, a
    gathering of people, not "they gathered" (other verbal nouns there are acts themselves: "أقدموا على
    قتل اثنين"، "جراء استخدامهم موارد الدولة في قطع الطرقات")."""
    first = min(trig.words or [trig.head])
    return trig.kind == "verb" and trig.entry.code[:2] == _PROTEST_ROOT and first > 0 and \
        tokens[first].norm in _GATHERING and tokens[first - 1].norm in _PREPOSITIONS


def _pointed_back(trig: Trigger, tokens: list[Token]) -> bool:
    """"وتزامنت هذه الغارات مع ضرب مواقع": an attack noun after a demonstrative points back at strikes
    already told; it is neither a new act nor a retelling with a predicate of its own."""
    first = min(trig.words or [trig.head])
    if trig.kind != "noun" or trig.entry.code[:2] not in _VIOLENT_ROOTS or first == 0 or \
            not tokens[first].norm.startswith("ال") or not word_forms(tokens[first - 1]) & DEMONSTRATIVES:
        return False
    return not (first > 2 and tokens[first - 2].norm == "في" and tokens[first - 3].norm == _INCLUDING)
    # ("بما في ذلك التفجير الانتحاري": "including", a list of acts, not a pointer back)


def _indefinite_adjective(tok: Token) -> bool:
    """An indefinite relative adjective (تونسي، جامعي), no article and no clitic."""
    return tok.kind == "word" and tok.norm.endswith("ي") and len(tok.norm) > 3 and not tok.norm.startswith("ال") \
        and not tok.proclitics


def _attended(trig: Trigger, tokens: list[Token], cues: Cues) -> bool:
    """"وحضر اللقاء رئيس الديوان ووزير الخارجية": a meeting noun right after a verb of attending is a
    meeting already told; the people named after it attended, they did not meet each other."""
    first = min(trig.words or [trig.head])
    return trig.kind == "noun" and trig.entry.code[:2] == "04" and first > 0 and \
        bool(word_forms(tokens[first - 1]) & cues.attendance_verbs)


def _purpose_complement(trig: Trigger, tokens: list[Token], text: str) -> bool:
    """"دعوة إلى السيسي لزيارة أنقرة"، "جلسة طارئة لبحث الأوضاع": a predicate written with the purpose
    ل says what is wanted, not what happened; the governing predicate carries the event."""
    if trig.entry.code[:2] in _PURPOSE_MATERIAL_ROOTS:
        return False
    tok = tokens[trig.head]
    prefix = normalize_form(text[tok.start:trig.start])
    return "ل" in prefix


_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


_BARE_FORCE = "190"
_QUESTION_WORDS = frozenset(normalize_form(w) for w in (
    "لماذا", "ولماذا", "فلماذا", "كيف", "وكيف", "فكيف", "هل", "وهل", "فهل", "متى", "ماذا", "أين"))


def _asked(tokens: list[Token], head: int) -> bool:
    """A question word opens the clause of the verb at `head` ("لماذا، يا ترى، يقتل المسلم أخاه")."""
    for k in range(head - 1, -1, -1):
        if tokens[k].norm in _QUESTION_WORDS:
            return True
        if tokens[k].kind == "punct" and tokens[k].text not in {"،", ","}:
            return False
    return False


def _sole_legislature(doc: Document) -> Actor | None:
    """The parliament the article names, when it names exactly one ("أعرب عدد من نواب مجلس الأمة الكويتي"):
    "النائب فلان" later in it, a member the knowledge base lacks, speaks for it."""
    bodies = [e for e in doc.entities if e.type == "ORG" and (e.actor_code or "").endswith("LEG")]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    return Actor(body.id, body.canonical_en, body.country_iso3, body.actor_code)


def _elsewhere(event: Event, struck_at: set[str | None]) -> bool:
    """An unattributed act of a kind of its own placed in another town than every named act, all of them
    placed (letting a named act of no known place pass brought back retold and historical acts)."""
    where = _where(event)
    return event.cameo_code != _BARE_FORCE and where is not None and None not in struck_at and where not in struck_at


def _where(event: Event) -> str | None:
    """The place an act happened: its place, else a town or area it hit (entity id), else None."""
    if event.place is not None and event.place.entity_id:
        return event.place.entity_id
    target = event.target
    # (a town or village hit: a known place, or one read by rule, coded by its bare country)
    if target is not None and target.entity_id and target.entity_id != f"gpe.{target.country_iso3}" and \
            (target.entity_id.startswith(("gpe.", "loc.")) or target.actor_code == target.country_iso3):
        return target.entity_id
    return None


def _drop_consequences(told: list[tuple[Event, bool]], just_told: bool = False) -> list[Event]:
    """"قتل ثمانية جنود في هجوم شنه مسلحون من داعش": a killing with no named doer beside a violent act
    whose doer is named (in the same sentence, or the one just before: `just_told`) is that act's
    outcome, not a second event; alone it stands (by an unidentified armed force)."""
    named = just_told or any(not implied and e.cameo_root in _VIOLENT_ROOTS for e, implied in told)
    return [e for e, implied in told if not (named and implied and e.cameo_root in _VIOLENT_ROOTS)]


_CALL_REACH = 12  # words back from a verbal noun to the verb calling for it


def _called_for(tokens: list[Token], trig: Trigger, cues: Cues) -> bool:
    """"ودعا الاتحاد الأوروبي والولايات المتحدة الطرفين إلى العودة إلى طاولة المفاوضات": a verbal noun after
    a verb of calling and its إلى (or a ب written on a word), with no punctuation between, was called for."""
    if trig.kind != "noun":
        return False
    linked = False
    for k in range(trig.head - 1, max(-1, trig.head - _CALL_REACH), -1):
        tok = tokens[k]
        if tok.kind == "punct":
            return False
        forms = word_forms(tok)
        if forms & cues.appeal_verbs:
            return linked
        if "الي" in forms or (tok.norm.startswith("ب") and not tok.norm.startswith("بين")):
            linked = True
    return False


def _reason_of(previous: Trigger | None, trig: Trigger, tokens: list[Token]) -> bool:
    """"تظاهر آلاف العراقيين … احتجاجا على تردي الخدمات": an indefinite accusative verbal noun of the
    same kind as the predicate before it in the sentence says why that act was done; it is that act,
    not a second one (after another kind of act, "أغلقوا الطرق احتجاجا", it is the protest). After a
    diplomatic or verbal act it is that act's motive, no demonstration ("استدعت الجزائر سفيرها لدى باريس
    للتشاور، احتجاجا على موقف فرنسا")."""
    if previous is None or trig.kind != "noun":
        return False
    if previous.entry.code[:2] != trig.entry.code[:2] and not (
            trig.entry.code[:2] == "14" and previous.entry.code[:2] in _DIPLOMATIC_ROOTS) and not (
            previous.entry.code[:2] == "14" and trig.entry.code[:2] in _DISAPPROVAL_ROOTS):
        return False  # ("تظاهر آلاف الأكراد في بروكسل تنديدا بالغارات": the protest's reason, no condemnation)
    word = tokens[trig.head].norm
    return word.endswith("ا") and not word.startswith(("ال", "وال")) and not trig.enclitic


_DISAPPROVAL_ROOTS = frozenset({"11", "12"})


def _complement_of(previous: Trigger | None, trig: Trigger, tokens: list[Token]) -> bool:
    """"اتفق الجانبان على عقد اجتماع"، "طلب العراق من حلف الأطلسي المساعدة في تدريب قوات الأمن": a verbal
    noun right after a multiword predicate, or after its في, completes it."""
    return previous is not None and trig.kind == "noun" and len(previous.words) > 1 and \
        (trig.head == previous.last + 1 or trig.head == previous.last + 2 and tokens[previous.last + 1].norm == "في")


# "قيام X بـ": the light verbal noun that states an act as done ("مستنكرا قيام السلطات بهدم المسجد").
_LIGHT_NOUNS = load_cues().light_nouns
_CRITICISM = "111"


def _occasion(trig: Trigger, tokens: list[Token], scope_code: str) -> bool:
    """Within the scope of talks, a noun right after خلال/أثناء/على هامش is their occasion, told as done."""
    return scope_code in _TOPIC_CODES and trig.head > 0 and bool(word_forms(tokens[trig.head - 1]) & _OCCASION_WORDS)


def _condemned_act(trig: Trigger, tokens: list[Token], scope_code: str) -> bool:
    """"مستنكرا قيام السلطات الإيرانية بهدم المسجد": criticism (111) presupposes what it criticises,
    and "قيام X بـ" states it as done, so the act inside the criticism's clause is an event of its own.
    An accusation (112: اتهمت X بقصف) or a rejection only claims or refuses it, and keeps swallowing it."""
    if scope_code != _CRITICISM or not tokens[trig.head].norm.startswith(("ب", "وب")):
        return False
    for k in range(trig.head - 1, max(-1, trig.head - 6), -1):
        if tokens[k].kind == "punct":
            return False
        if word_forms(tokens[k]) & _LIGHT_NOUNS:
            return True
    return False


# Words before a relative ما ("وهو ما تنفيه أنقرة"، "وفق ما ذكره"): there ما is "what", not the negator.
_RELATIVE_MA_HEADS = frozenset(normalize_form(w) for w in (
    "وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وهذه", "هذه", "وفق", "وفقا", "حسب", "بحسب", "كل", "وكل"))


def _unfit_target(target: ActorMention | Actor | None, violent: bool) -> bool:
    """What was read as the target is none, and hides the real one (so no other is guessed): a reporter
    hit by force ("وأفادت مصادر أمنية أن الفتى … أصيب جراء استهدافه": those who tell it were not hit), or a
    region of no state in a non-violent act ("يستضيف منشدين على مستوى الخليج العربي")."""
    if not isinstance(target, ActorMention):
        return False
    if violent:
        return is_reporter(target)
    return target.type in {"GPE", "LOC"} and not target.actor.actor_code and not target.actor.country_iso3


_SECTION_OPENERS = frozenset({"في", "وفي"})


def _section_country(tokens: list[Token], actors: list[ActorMention]) -> str | None:
    """The country a sentence opening "وفي العراق،" or "وفي صنعاء،" moves a round-up to: unnamed actors from
    there on belong to it, not to the country the article opened with."""
    if len(tokens) < 4 or tokens[0].norm not in _SECTION_OPENERS:
        return None
    first = next((a for a in actors if a.first == 1), None)
    if first is None or first.type != "GPE" or not first.actor.country_iso3 or first.last + 1 >= len(tokens) \
            or tokens[first.last + 1].text not in {"،", ","}:
        return None
    return first.actor.country_iso3


def _named_elsewhere(actors: list[ActorMention], home: str | None) -> bool:
    """The sentence's first place is in another country than the section's."""
    first = next((a for a in actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3), None)
    return first is not None and first.actor.country_iso3 != home


def _abstract_subject(tokens: list[Token], head: int, cues: Cues) -> bool:
    """Whether the verb at `head` follows an abstract noun (الإرهاب، الفقر), directly or through a relative
    pronoun, or carries an object pronoun and has one right after it ("داهمنا الخطر"): that noun is its
    subject."""
    k = head - 1
    if k >= 1 and word_forms(tokens[k]) & RELATIVES:
        k -= 1
    if k >= 0 and word_forms(tokens[k]) & cues.abstract_subjects:
        return True
    verb = tokens[head].norm
    return verb.endswith(("نا", "ه", "ها", "هم")) and head + 1 < len(tokens) and \
        bool(word_forms(tokens[head + 1]) & cues.abstract_subjects)


def _relative_ma(tokens: list[Token], head: int) -> bool:
    """"وهو ما تنفيه أنقرة": ما right before the predicate, after a pronoun or a phrase that takes a
    relative clause, means "what" (the claim Ankara denies), so it does not negate the predicate."""
    return head >= 2 and tokens[head - 1].norm == "ما" and tokens[head - 2].norm in _RELATIVE_MA_HEADS


def _clause_end(tokens: list[Token], pos: int) -> int:
    """Last token of the clause holding `pos`: up to a comma, a full stop or a clause linker."""
    for k in range(pos + 1, len(tokens)):
        if tokens[k].kind == "punct" or word_forms(tokens[k]) & {"فيما", "بينما", "كما"}:
            return k - 1
    return len(tokens) - 1


def _opening_pair(view: SentenceView, opener: ActorMention | None) -> tuple[ActorMention, ActorMention] | None:
    """"أعلنت أذربيجان وأرمينيا …": a sentence whose subject is "X و Y" is about those two sides."""
    if opener is None:
        return None
    other = conjunct_after(view, opener)
    return (opener, other) if other is not None else None


def _relative_attack(trig: Trigger, args: Arguments, tokens: list[Token], matches: list[Trigger]) -> bool:
    """"التفجير الذي استهدف مسجد قوات الطوارئ": a definite violent noun with no named doer, described by
    its own relative clause whose verb is itself violent, tells the attack (it is not a bare "الهجوم"
    referring back); its doer is unnamed, an unidentified armed force (`UAF`). A relative clause that
    only places or dates it ("الهجوم الذي وقع في") still refers back."""
    if trig.kind != "noun" or not trig.definite or args.explicit_source or not args.explicit_target or \
            trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return False
    k = trig.last + 1
    while k < len(tokens) and k <= trig.last + 2 and tokens[k].article and not word_forms(tokens[k]) & RELATIVES:
        k += 1  # adjectives agreeing with the noun (التفجير الانتحاري الذي)
    if k >= len(tokens) or not word_forms(tokens[k]) & RELATIVES:
        return False
    return any(m.kind == "verb" and m.head == k + 1 and m.entry.code[:2] in _VIOLENT_ROOTS for m in matches)


def _described_code(trig: Trigger, tokens: list[Token], matches: list[Trigger]) -> str | None:
    """"بعد تفجير انتحاري استهدف مدينة سوروج"، "غارات جوية استهدفت مواقع": a generic violent verb right
    after an indefinite attack noun (its adjectives between) describes that attack, so the act takes the
    noun's more precise code (suicide bombing, air strike) rather than the verb's bare 190."""
    if trig.kind != "verb" or trig.entry.code[:2] not in _VIOLENT_ROOTS:
        return None
    for noun in matches:
        if noun.kind == "noun" and not noun.definite and noun.entry.code[:2] in _VIOLENT_ROOTS and \
                0 < trig.head - noun.last <= 3 and noun.entry.code != trig.entry.code and \
                len(noun.entry.code) > len(trig.entry.code.rstrip("0")) and \
                not any(t.kind == "punct" for t in tokens[noun.last + 1:trig.head]):
            return noun.entry.code
    return None


_KILLINGS = frozenset({"kill", "killing_noun", "met_death"})  # lexicon entries that tell a death
# Weapons, folded and without ال: with ب after an attack they are how it was done.
_WEAPONS = frozenset(normalize_form(w) for w in (
    "براميل", "برميل", "قذائف", "قذيفه", "قذيفة", "صواريخ", "صاروخ", "حزام", "احزمه", "أحزمة", "عبوه", "عبوة",
    "عبوات", "رصاص", "قنابل", "قنبله", "قنبلة", "الغام", "ألغام", "لغم", "هاون", "مدفعيه", "مدفعية", "سياره",
    "سيارة", "أسلحه", "أسلحة", "اسلحه", "سلاح", "طائرات", "طائره", "طائرة"))
_MEANS_REACH = 5  # "قصف لطيران النظام السوري بالبراميل المتفجرة": the doer between the act and its means


def _means_of(trig: Trigger, tokens: list[Token], matches: list[Trigger]) -> Trigger | None:
    """The attack `trig` is the weapon of: a violent noun written with ب ("بالبراميل المتفجرة"، "بقذائف
    الهاون") a few words after another violent predicate in the same clause is how that act was done,
    not a second act with a doer of its own."""
    first = min(trig.words) if trig.words else trig.head
    if trig.kind != "noun" or trig.entry.code[:2] not in _VIOLENT_ROOTS or not tokens[first].norm.startswith("ب") \
            or tokens[first].norm[1:].removeprefix("ال") not in _WEAPONS:
        return None  # "ورد الحوثيون على هجمات المقاومة بقصف أحياء": an act with ب is a reply, not a weapon
    for act in matches:
        if act is trig or act.entry.code[:2] not in _VIOLENT_ROOTS or not 0 < first - act.last <= _MEANS_REACH:
            continue
        if act.entry.id in _KILLINGS:
            continue  # "قتلوا بانفجار عبوة ناسفة": the cause of a death is an attack of its own (`_cause_code`)
        if not any(t.kind == "punct" for t in tokens[act.last + 1:first]):
            return act
    return None


def _weapon_codes(matches: list[Trigger], tokens: list[Token]) -> dict[int, str]:
    """id of an act -> the code of the weapon it was done with, when that is an act of force
    ("قصف … بالبراميل المتفجرة" → 195): a bare 190 takes it."""
    out: dict[int, str] = {}
    for m in matches:
        act = _means_of(m, tokens, matches)
        if act is not None and len(m.entry.code) >= 3:
            out.setdefault(id(act), m.entry.code)
    return out


def _cause_code(trig: Trigger, tokens: list[Token], matches: list[Trigger]) -> str | None:
    """"أدى تفجير سيارة مفخخة إلى مقتل 19 شخصا"، "قتل 21 شخصا في تفجير انتحاري": a killing told with the
    attack it came from (before it with أدى … إلى, or after it in its cause phrase) takes that attack's
    more precise code (a car bomb, a suicide bombing) instead of the bare 190."""
    if trig.entry.code != _KILL or not trig.entry.default_source:
        return None
    for noun in matches:
        if noun is trig or noun.kind != "noun" or noun.definite or noun.entry.code[:2] not in _VIOLENT_ROOTS or \
                len(noun.entry.code) <= len(_KILL.rstrip("0")) or noun.entry.code.startswith(_KILL):
            continue
        between = tokens[noun.last + 1:trig.head] if noun.last < trig.head else tokens[trig.last + 1:noun.head]
        if any(t.kind == "punct" for t in between) or len(between) > _CAUSE_WORDS_REACH:
            continue
        if noun.last < trig.head and any(t.norm in _LED_TO for t in between):
            return noun.entry.code
        if noun.head > trig.last and (any(word_forms(t) & _KILLED_IN for t in between[-2:]) or
                                      tokens[noun.head].norm.startswith("ب")):
            return noun.entry.code  # "قتل 21 شخصا في تفجير انتحاري"، "بانفجار عبوة"
    return None


def _appeal_not_invitation(trig: Trigger, tokens: list[Token]) -> str | None:
    """"ووجهت دعوة إلى مجلس الأمن، لتحمل مسؤولياته": a دعوة that names no visit, meeting, talks or event to
    attend in its sentence is an appeal (020), not an invitation (036)."""
    if trig.entry.code != _INVITE or not any(tokens[k].norm.endswith("دعوه") for k in trig.words) or \
            not word_forms(tokens[trig.head]) & _ADDRESSING and not tokens[trig.head].norm.endswith("دعوه"):
        return None  # (accepting or welcoming an invitation is about an invitation already made)
    if any(_undefined(t) in _INVITED_TO for t in tokens):
        return None  # (before it too: "الزيارة التي تأتي بدعوة رسمية من الرئيس بوتين")
    return _APPEAL


# An appeal or a demand names its addressee when it has one; where no actor does ("ناشدت الحكومة الحكماء
# والعقلاء في المدينة"، "طالب معاليه المجتمع الدولي"، "دعا تسيبراس النواب") it is someone the article does not
# name as a side, and the article's most-named foreigner was the wrong guess nine times in ten.
_ADDRESSED_ROOTS = frozenset({"02", "10"})
_GOD = frozenset(normalize_form(w) for w in ("الله", "المولى"))
_AYAT = normalize_form("آية")  # "آية الله علي السيستاني": a cleric's title, no prayer


def _prays(tokens: list[Token], trig: Trigger, args: Arguments) -> bool:
    """The word after the appeal's subject (or after the verb) is God: the fixed phrases of `prayer` in the
    lexicon cover the verb right before الله; this covers a subject between them."""
    src = args.source
    k = src.last + 1 if isinstance(src, ActorMention) and src.first > trig.head else trig.last + 1
    return k < len(tokens) and tokens[k].norm in _GOD and tokens[k - 1].norm != _AYAT


def _armed_body(actor: ActorMention) -> bool:
    return actor.type == "ORG" and (actor.actor.actor_code or "").endswith(("MIL", "COP"))


_DRIVE_OUT = "drive_out"  # lexicon entry: طرد, kept only against an armed side
_ATTACK_VERBS = frozenset(normalize_form(w) for w in ("هاجم", "هاجمت", "يهاجم", "تهاجم", "وهاجم", "وهاجمت"))


def _verbal_attack(trig: Trigger, tokens: list[Token], args: Arguments) -> str | None:
    """"هاجم وزير الخارجية الإيراني محمد ظريف وسائل الإعلام الأميركية": a person attacking with words
    criticises (111); only a force or a body with arms attacks with weapons."""
    launched = trig.last > trig.head and {f.removeprefix("ال") for f in word_forms(tokens[trig.last])} & _ATTACK_NOUNS_WORDS
    attack_noun = trig.kind == "noun" and bool({f.removeprefix("ال") for f in word_forms(tokens[trig.head])} &
                                               _ATTACK_NOUNS_WORDS)
    # ("لربط هجوم المالكي بالتصعيد": a politician's attack, named by his genitive, is made of words too)
    on_person = attack_noun and (isinstance(args.target, ActorMention) and args.target.type == "PER" or
                                 isinstance(args.source, ActorMention) and args.source.first == trig.last + 1)
    if not on_person and (trig.kind != "verb" or (tokens[trig.head].norm not in _ATTACK_VERBS and not launched)) or \
            not isinstance(args.source, ActorMention):
        return None  # ("شن سلفاكير هجوما شديدا على الرئيس الأميركي": launched as a noun, the same attack; "بشن
        # هجوم عنيف على الرئيس الجنوبي سلفاكير": a person's attack on a person)
    if args.source.type != "PER" or (args.source.actor.actor_code or "").endswith(_ARMED_CODES):
        return None
    return _CRITICISM


_ATTACK_NOUNS_WORDS = frozenset(normalize_form(w) for w in ("هجوم", "هجوما", "هجوماً", "هجمة", "هجمات"))

_BOMBER = "INS"  # the agent of an unnamed suicide bomber (انتحاري، الانتحاري، انتحاريان)
_PLAIN_BOMBINGS = frozenset({"180", "183"})
_SUICIDE_BOMBING = "1831"


def _suicide_bombers_code(args: Arguments) -> str | None:
    """"الانتحاري الذي نفذ تفجيرا في مسجد": a bombing or a terrorist attack whose doer is a suicide bomber
    is a suicide bombing."""
    source = args.source.actor if isinstance(args.source, ActorMention) else args.source
    if args.code in _PLAIN_BOMBINGS and source is not None and (source.actor_code or "").endswith(_BOMBER):
        return _SUICIDE_BOMBING
    return None


_BOMBARD = normalize_form("قصف")
# Who bombards with what: aircraft strike from the air (195), guns and tanks from the ground (194), folded
# and without ال; as the doer ("طيران التحالف يقصف"، "قصفت دبابات تركية") or as the means after it in its
# clause ("قصف بالطائرات"، "قصفا مدفعيا"، "قصفت جوا").
_AIRCRAFT = frozenset(normalize_form(w) for w in (
    "طيران", "طائرات", "طائرة", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "قاذفات", "جوا", "جوي", "جويا", "جوية",
    "جويه", "الجو"))
_GUNS = frozenset(normalize_form(w) for w in (
    "مدفعية", "مدفعيه", "مدفعي", "مدفعيا", "مدافع", "دبابات", "دبابة", "راجمات", "هاون", "هاوتزر"))
_AIR_ADJECTIVES = frozenset(normalize_form(w) for w in ("جوي", "جوية", "جويه"))
_MEANS_WORDS = 6  # "قصف التحالف بست غارات جوية": the means a few words after the act, in its clause


def _bombardment_code(trig: Trigger, tokens: list[Token], args: Arguments) -> str | None:
    """"قصفت طائرات التحالف"، "قصفت المدفعية الإسرائيلية"، "استهدفت مقاتلات التحالف": the generic fight entries
    (190) until the doer or, for قصف, its means say how: aircraft make it an air strike (195), guns and
    tanks artillery (194). A doer that says nothing ("قصف الحوثيون الأحياء") keeps the unspecified 190. The
    doer's words are read from its own span: a doer carried from an earlier sentence has its positions there."""
    if trig.entry.code != _KILL:
        return None
    source = args.source.actor if isinstance(args.source, ActorMention) else args.source
    here = source is not None and source.span is not None and bool(tokens) and \
        tokens[0].start <= source.span.start < tokens[-1].end
    bombard = any(_undefined(tokens[k]).startswith(_BOMBARD) or _undefined(tokens[k])[1:].startswith(_BOMBARD)
                  for k in (trig.head, *trig.words))
    # (a doer carried from an earlier sentence, "طائرات تركية", says how a clash told now was fought only for قصف)
    kinds = {_bare_word(w) for w in source.span.text.split()} if source is not None and source.span and \
        (here or bombard) else set()
    struck = range(args.target.first, args.target.last + 1) if isinstance(args.target, ActorMention) else range(0)
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _MEANS_WORDS)) if bombard else ():
        if tokens[k].kind == "punct":
            break
        if k not in struck and not (tokens[k].article and _undefined(tokens[k]) in _AIR_ADJECTIVES):
            kinds.add(_undefined(tokens[k]))  # ("قصفوا قاعدة العند الجوية": the base's adjective, not the means)
    if kinds & _AIRCRAFT:
        return "195"
    if kinds & _GUNS:
        return "194"
    return None


def _bare_word(word: str) -> str:
    """A written word folded, without a leading conjunction or preposition and the article."""
    return _without_clitics(normalize_form(word))


def _undefined(tok: Token) -> str:
    return _without_clitics(tok.norm)


def _without_clitics(word: str) -> str:
    for clitic in ("و", "ل", "ب", "ف"):
        word = word.removeprefix(clitic)
    return word.removeprefix("ال")


_INVITE, _APPEAL = INVITE_CODE, "020"
_ADDRESSING = frozenset(normalize_form(w) for w in ("وجه", "وجهت", "يوجه", "توجه", "وجهوا", "وجها"))
# What one is invited to: a visit, a meeting or talks, a summit, a ceremony, to take part or attend.
_INVITED_TO = frozenset(_w.removeprefix("ال") for _w in (normalize_form(w) for w in (
    "زيارة", "زيارتها", "زيارته", "حضور", "مشاركة", "لقاء", "اجتماع", "اجتماعات", "قمة", "مؤتمر", "منتدى",
    "ملتقى", "ندوة", "مباحثات", "محادثات", "مفاوضات", "حوار", "بحث", "التباحث", "تشاور", "التشاور", "جولة",
    "حفل", "احتفال", "افتتاح", "مأدبة", "عشاء", "غداء", "معرض", "مهرجان", "دورة", "بطولة", "مناسبة", "إلقاء",
    "خطاب", "كلمة", "مخاطبة", "جلسة", "وصل", "وصلت", "يصل", "تصل", "وصول", "قدوم", "زار", "زارت", "يزور", "تزور",
    "سيزور", "ستزور", "ضيفا", "ضيفة")))

_KILL = "190"
_TALKS = frozenset({"040", "041", "046"})  # talks, not a hosting or a mediation: those have a side of their own
_CLAIM = "015"  # claiming an attack names what was done, not a counterpart: "تبنت حركة طالبان هذا الهجوم"
_CAUSE_WORDS_REACH = 8
_LED_TO = frozenset({"الي"})  # "أدى تفجير … إلى مقتل"
_KILLED_IN = frozenset(normalize_form(w) for w in ("في", "جراء", "إثر", "اثر", "بسبب", "خلال"))


_COMPLAINT = "complain"  # the lexicon entry of an official complaint (114)
_PROTEST_NOUN = "احتجاج"


def _official_protest(trig: Trigger, view: SentenceView) -> bool:
    """"لإبلاغه احتجاج الرباط الشديد على تصريحات …": the protest of a state or a government named right
    after the noun is lodged with another government (114), not a crowd in the streets (141)."""
    if trig.kind != "noun" or trig.entry.code != "141" or trig.last != trig.head:
        return False
    head = view.tokens[trig.head]
    if head.norm.lstrip("وفلب") != _PROTEST_NOUN and head.norm != _PROTEST_NOUN:
        return False
    owner = view.actor_at(trig.head + 1)
    if owner is None or owner.prefix or owner.first != trig.head + 1:
        return False
    code = owner.actor.actor_code or ""
    return owner.type == "GPE" and len(code) <= 6 and not code.endswith("CVL") or code.endswith("GOV")


_CLOSING_PREPOSITIONS = frozenset({"عن", "علي", "ضد"})  # folded: a pattern ending "أفرجت ~ عن"
_COUNTED_REACH = 3  # words from the trigger to its cue: "فرضت عقوبات جديدة على 20 شركة"


def _counted_object(tokens: list[Token], trig: Trigger, cues: Cues) -> bool:
    """"فرضت واشنطن عقوبات جديدة على 20 شركة وسفينة بتهمة نقل النفط الإيراني إلى الصين": the text states
    whom the act is aimed at, a count of people or firms it does not name, so no side is guessed for it
    (China, named in the charge, or the article's most-mentioned foreigner). The cue may close the pattern
    itself ("أفرجت السلطات في طرابلس عن ثلاثة صحفيين")."""
    for k in range(trig.last + (0 if trig.last > trig.head else 1), min(len(tokens) - 1, trig.last + 1 + _COUNTED_REACH)):
        if tokens[k].kind == "punct":
            return False
        cue = set(trig.entry.cues) | (_CLOSING_PREPOSITIONS if k == trig.last else set())
        if tokens[k].kind == "word" and len(tokens[k].norm) > 1 and word_forms(tokens[k]) & cue:
            counted = tokens[k + 1]
            return counted.kind == "number" or counted.text.isdigit() or counted.norm in cues.count_words \
                or count_word(counted.text)
    return False


_PERSONS_REACH = 8


def _crossing(tokens: list[Token], trig: Trigger) -> bool:
    return any(tokens[k].norm in _CROSSING for k in range(trig.head, trig.last + 1))


def _counted_participle(trig: Trigger, tokens: list[Token]) -> bool:
    """"تخريج ما يقرب من 2500 داعية سنويا": a participle right after a number is a count of people
    (preachers), no one calling."""
    if trig.kind != "participle" or trig.head == 0:
        return False
    before = tokens[trig.head - 1]
    return before.kind == "number" or before.text.isdigit() or count_word(before.text)


def _counted_persons(tokens: list[Token], trig: Trigger, cues: Cues) -> bool:
    """A count of people (`counted_people` in data/cues.yaml) after the predicate, in its clause
    ("اعتقلت الشرطة العراقية تسعة أشخاص")."""
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + 1 + _PERSONS_REACH)):
        if tokens[k].kind == "punct":
            return False
        if (tokens[k].kind == "number" or tokens[k].text.isdigit() or count_word(tokens[k].text)) \
                and tokens[k + 1].norm in cues.counted_people:
            return True
        if (tokens[k].kind == "number" or count_word(tokens[k].text)) and k + 2 < len(tokens) and \
                tokens[k + 1].norm == "من" and tokens[k + 2].norm.removeprefix("ال") in cues.counted_people:
            return True  # "اعتقال نحو 100 من المعلمين"
    return False


def _counted_before(tokens: list[Token], trig: Trigger, cues: Cues) -> bool:
    """"قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان": people counted after a killing verb, before
    the attack noun that killed them, in the same clause."""
    for k in range(trig.head - 1, max(0, trig.head - 1 - _PERSONS_REACH), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].norm in cues.counted_people and (tokens[k - 1].kind == "number" or tokens[k - 1].text.isdigit()
                                                      or count_word(tokens[k - 1].text)):
            return True
    return False


def _counted_nationals(view: SentenceView, trig: Trigger, cues: Cues) -> Actor | None:
    """"أطلق الجيش سراح 12 صيادا مصريا"، "أفرجت السلطات عن خمسة صيادين يمنيين": a count right after the
    predicate (or its closing preposition) of people the text describes by nationality is that nation's
    people."""
    tokens = view.tokens
    k = trig.last + 1
    if k < len(tokens) and tokens[k].kind == "word" and word_forms(tokens[k]) & set(trig.entry.cues):
        k += 1  # "عن خمسة صيادين"
    if k >= len(tokens) or not (tokens[k].kind == "number" or tokens[k].text.isdigit()
                                or tokens[k].norm in cues.count_words or count_word(tokens[k].text)):
        return None
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].kind == "punct":
            return None
        if j in view.nisbas:
            iso = view.nisbas[j]
            return Actor(None, f"{iso} CVL", iso, iso + "CVL")
        counted = next((a for a in view.actors if a.first == j and a.type == "CVL"), None)
        if counted is not None:  # "ثلاث رهائن إسرائيليات": the counted people read as one actor
            return counted.actor
    return None


# Talks too: "يبحث كيري … دعم علاقات التعاون بين مصر والولايات المتحدة" is no talk with his own country.
_SPEECH_ROOTS = frozenset({"01", "02", "04", "09", "10", "11", "12", "13"})


def _own_state(source: Actor, target: Actor | None, code: str) -> bool:
    """"دعا عراقجي …، محذرا من أن طهران لن تبقى مكتوفة الأيدي": a statement, appeal, threat or talk by a
    person or body is never aimed at his own state or its capital, which is what he speaks for."""
    if target is None or code[:2] not in _SPEECH_ROOTS or not (target.entity_id or "").startswith("gpe."):
        return False
    state = source.country_iso3
    if not state or state != target.country_iso3 or (source.entity_id or "").startswith("gpe."):
        return False
    return target.entity_id == f"gpe.{state}" or target.actor_code == f"{state}GOV"  # the state or its capital


_AGREEMENT_NOUNS = frozenset(normalize_form(w) for w in (
    "اتفاق", "اتفاقية", "اتفاقات", "اتفاقيات", "معاهدة", "سلام", "بروتوكول", "إعلان", "مؤتمر", "مفاوضات"))


def _agreement_name(view: SentenceView, target: Actor) -> bool:
    """The target is a town written right after an agreement noun, the name of the agreement or the
    talks ("اتفاقات سلام مينسك"، "اتفاق الرياض")."""
    return _named_after_town(view, target, _AGREEMENT_NOUNS)


def _named_after_town(view: SentenceView, actor: Actor, nouns: frozenset[str]) -> bool:
    """The actor is a town written right after one of `nouns`: the town names the thing or the body."""
    if actor.span is None or not (actor.entity_id or "").startswith("gpe.") or \
            actor.entity_id == f"gpe.{actor.country_iso3}":
        return False  # (a state after it is a party: "اتفاق إيران" is the deal with Iran)
    pos = next((k for k, t in enumerate(view.tokens) if t.start <= actor.span.start < t.end), None)
    if pos is None or pos == 0:
        return False
    return view.tokens[pos - 1].norm.removeprefix("و").removeprefix("ال") in nouns or \
        view.tokens[pos - 1].norm in nouns


# Local bodies named after their town ("إدارة تعليم الطائف"، "أمانة جدة"، "جامعة القاهرة"، "بلدية الخبر"): the
# body acts, not the town or its state.
_INSTITUTION_NOUNS = frozenset(normalize_form(w) for w in (
    "تعليم", "إدارة", "جامعة", "بلدية", "أمانة", "مستشفى", "غرفة", "نادي", "مدرسة", "مكتب", "فرع", "صحة",
    "شؤون", "مطار", "ميناء", "جمعية"))


def _home_visit(source: Actor, target: Actor | None) -> bool:
    """An official arriving in his own state, its capital or his own government's seat ("عندما وصل
    أوباما إلى البيت الأبيض"): no visit (a town of his own state may be a tour, and stays)."""
    state = source.country_iso3
    if target is None or not state or target.country_iso3 != state or (source.entity_id or "").startswith("gpe."):
        return False
    if target.entity_id == f"gpe.{state}":
        return True
    # its capital or government seat (the state's GOV code), also for one who has left office (USAELI)
    return (target.entity_id or "").startswith(("gpe.", "org.")) and target.actor_code == f"{state}GOV"


_UNNAMED_PARTIES = frozenset({"جهات", "جهه", "اطراف", "اطرافا", "طرفا", "دولا", "اشخاصا", "جماعات"})  # folded


def _unnamed_party(view: SentenceView, trig: Trigger, args: Arguments) -> bool:
    """"واتهم نوري المالكي جهات لم يسمها بشراء الأصوات": the object is stated, a party left unnamed, so no
    side is guessed for it."""
    k = trig.last + 1
    source = args.source if isinstance(args.source, ActorMention) else None
    if source is not None and k <= source.first <= k + 6:
        k = source.last + 1  # past the subject and its titles
        while (same := view.actor_at(k)) is not None and same.key == source.key:
            k = same.last + 1
    return k < len(view.tokens) and view.tokens[k].norm in _UNNAMED_PARTIES


def _charged_country(view: SentenceView, trig: Trigger) -> Actor | None:
    """The first nationality after the counted object, in the same clause ("على 14 شركة وثماني سفن قالت
    إنها تشارك في نقل النفط الإيراني"): the state the firms or people are charged with serving."""
    for k in range(trig.last + 1, len(view.tokens)):
        tok = view.tokens[k]
        if tok.text in {".", "؛", ":"}:
            return None
        if k in view.nisbas:
            country = view.nisbas[k]
            return Actor(None, country, country, country, Span(tok.start, tok.end, tok.text))
    return None


_SUMMONED_ENVOY = "summon_ambassador_noun"


def _own_envoy(trig: Trigger, tokens: list[Token]) -> bool:
    """"استدعاء سفيرها": the envoy carrying the subject's pronoun is its own, recalled, not a foreign one
    summoned (the summoning noun's genitive is the foreign state)."""
    if trig.entry.id != _SUMMONED_ENVOY or trig.last + 1 >= len(tokens):
        return False
    envoy = tokens[trig.last + 1].text  # the written ة of سفيرة is no pronoun: the folded form has ه for both
    return envoy.endswith(("ه", "ها", "هم", "هما")) and not envoy.endswith("ة")


def _side_in_view(doc: Document, view: SentenceView, side: Actor) -> bool:
    """The guessed other side (its country) is named in this sentence or the two before it: a statement
    with no addressee answers a side the passage is about ("وأعرب الملك عن أصدق التهاني … لحكومة وشعب
    جمهورية سنغافورة"), not the country a long report names most ("ترفض الحكومة اتخاذ أدنى التدابير"
    in a Venezuela report guessed ExxonMobil)."""
    if not view.tokens or not side.country_iso3:
        return False
    if any(a.actor.country_iso3 == side.country_iso3 for a in view.actors):
        return True  # an unnamed actor of that side in the sentence itself ("إحراق مستوطنين منزلهم")
    index = view.index
    start = doc.sentences[max(0, index - _SIDE_SENTENCES)].start if index > 0 else view.tokens[0].start
    end = view.tokens[-1].end
    return any(start <= m.start < end for e in doc.entities
               if e.country_iso3 == side.country_iso3 or (side.entity_id and e.id == side.entity_id)
               for m in e.mentions) or \
        any(start <= m.start < end and m.country_iso3 == side.country_iso3 for m in doc.mentions if m.kind == "nisba")


_SIDE_SENTENCES = 2  # sentences before the act's own in which its guessed other side must be named


def _whoever(tokens: list[Token], head: int) -> bool:
    """The verb opens a clause on "كل من"، "جميع من" (whoever): its subject is anyone at all, so nothing
    in the sentence is its doer and nothing happened; so does "لمن" ("الويل لمن قتل معاهدا": woe to whoever)."""
    if head >= 1 and tokens[head - 1].norm in _TO_WHOEVER:
        return True
    return head >= 2 and tokens[head - 1].norm == "من" and bool(word_forms(tokens[head - 2]) & _EVERY)


_TO_WHOEVER = frozenset(normalize_form(w) for w in ("لمن", "ولمن", "فلمن"))


def _vehicle_arrives(view: SentenceView, head: int) -> bool:
    """The subject of an arrival verb is a plane, ship or convoy: right after the verb, or before it in
    the same clause with no named actor between (a plane carrying aid arrives; "طائرة الرئيس السيسي
    وصلت" still brings the president)."""
    k = head + 1
    while k < len(view.tokens) and view.tokens[k].norm in TIME_WORDS:
        k += 1
    if k < len(view.tokens) and _VEHICLES & {f.removeprefix("ال") for f in word_forms(view.tokens[k])}:
        owners = [view.covering(j) for j in (k + 1, k + 2) if j < len(view.tokens)]
        return not any(o is not None and o.actor.entity_id is not None for o in owners)  # "طائرة الرئيس السيسي": he came
    for k in range(head - 1, max(-1, head - _VEHICLE_REACH), -1):
        tok = view.tokens[k]
        if tok.kind == "punct":
            return False
        named = view.covering(k)
        if named is not None and named.actor.entity_id is not None:
            return False
        if {f.removeprefix("ال") for f in word_forms(tok)} & _VEHICLES and not set(tok.norm[:1]) & {"ب", "ل"} and \
                not (k > 0 and view.tokens[k - 1].norm in _ABOARD):
            return True  # (not "على متن طائرة خاصة وصل الوزير": he came aboard it)
    return False


_VEHICLES = frozenset(normalize_form(w) for w in (
    "طائرة", "طائرات", "سفينة", "سفن", "باخرة", "بواخر", "قافلة", "قوافل", "شحنة", "شحنات", "ناقلة"))
_VEHICLE_REACH = 10
_ABOARD = frozenset(normalize_form(w) for w in ("متن", "بمتن", "على", "عبر", "في"))


_FORBIDDING = frozenset(normalize_form(w) for w in (
    "حرم", "يحرم", "تحرم", "حرمت", "تحريم", "بتحريم", "حرمة", "نهى", "ينهى", "نهت", "النهي", "يجرم", "تجريم"))
_TAKE_GROUND = "192"
_AREAS_HELD = frozenset(normalize_form(w) for w in ("مناطق", "منطقة", "أماكن", "مدن", "أحياء", "قرى"))  # "مناطق سيطرتها": under its control
_POSTURE_ROOT = "15"  # force posture: mobilisation, alerts, reinforcements
_STRUCK_REACH = 5  # words from the verb of force to the noun it hits ("هاجم … رتلا عسكريا يضم")


_EVERY = frozenset(normalize_form(w) for w in ("كل", "لكل", "بكل", "وكل", "فكل", "جميع", "لجميع", "وجميع"))


def _described(act: ActorMention, tokens: list[Token]) -> bool:
    """"وعلى رأسهم خادم الحرمين الذي كان السباق في تقديم العون": a person named with a relative clause
    on him is described in passing, not the speaker the next sentences go on quoting."""
    nxt = act.last + 1
    return nxt < len(tokens) and bool(word_forms(tokens[nxt]) & RELATIVES)


# Taking ground (192) and cutting the roads to it (191): told against a place, they hit whoever holds it.
_GROUND_CODES = frozenset({CONTROL_CODE, "191"})


def _resolve_ground(events: list[Event], state: ArticleState, text: str) -> list[Event]:
    """"أفادت مصادر بأن المقاومة سيطرت على وادي X" opening an article, before any fight is told: the
    ground taken is only a place (no country, or one in the doer's own country), and who held it is
    known only from the fights told after. Once the whole article is coded such a control event (or a
    blockade of such a place, "قطعت طرق الإمداد على قاعدة X") targets the side its doer fights; ground a
    relative clause describes as held ("المناطق التي سيطر عليها التنظيم") only a side its doer attacked."""
    for event in events:
        tgt, src = event.target, event.source
        if event.cameo_code not in _GROUND_CODES or src is None:
            continue
        before = text[max(0, event.trigger.start - 12):event.trigger.start].split()
        described = bool(before) and normalize_form(before[-1]) in RELATIVES
        if tgt is not None and tgt.country_iso3 and (tgt.actor_code != tgt.country_iso3 or
                                                     tgt.country_iso3 != src.country_iso3):
            continue  # a side, or a foreign country's ground
        held = state.struck_by(src) if described else state.opponent(src)
        if held is not None:
            event.target = held
            event.evidence = [s for s in event.evidence if tgt is None or s is not tgt.span] + \
                ([held.span] if held.span else [])
    return events


def _split_targets(args: Arguments) -> list[Arguments]:
    """One Arguments per target when the text names several ("مع علييف وباشينيان"). A conjunct of a
    country already among the targets ("رئيس الوزراء العبادي ونظيره العراقي العبيدي"، "مواقع الحوثيين
    والقوات الموالية لصالح") is the same side at country level: coding it again would tell the same
    country pair twice, so it stays one event."""
    src, tgt = actor_of(args.source), actor_of(args.target)
    if src is not None and tgt is not None and args.more_targets and tgt.entity_id == f"gpe.{tgt.country_iso3}" and \
            tgt.actor_code == tgt.country_iso3 == _country(src) != _country(args.more_targets[0].actor):
        # "تدشين جسر جوي للإغاثة بين السعودية واليمن" by a Saudi commander: his own country (the country
        # itself, not a town of it) is no side when the text names another
        args = replace(args, target=args.more_targets[0], more_targets=args.more_targets[1:])
    out = [args]
    seen = {_country(actor_of(args.target))}
    for extra in args.more_targets:
        country = _country(extra.actor)
        if country is not None and country in seen:
            continue
        seen.add(country)
        out.append(Arguments(args.source, extra, args.explicit_source, True, args.code, split_target=True))
    return out


# Code prefixes that are no state: an organisation of states or a movement has no home to host it.
_NON_STATES = frozenset({"IGO", "IMG", "NGO", "MNC", "UAF"})


def _country(actor: Actor | None) -> str | None:
    """The country part of an actor: the first three letters of its code, else its country."""
    if actor is None:
        return None
    return (actor.actor_code or "")[:3] or actor.country_iso3


def _same_crowd(trig: Trigger, args: Arguments, tokens: list[Token]) -> bool:
    """"وأطلق المتظاهرون هتافات"، "أحيا المتظاهرون ذكرى الضحايا": once a protest is told, the definite
    crowd (المتظاهرون) doing something later is that protest's crowd, and the definite participle alone
    refers back to it; neither is a new protest."""
    if trig.entry.code[:2] != "14":
        return False
    if trig.kind == "participle" and tokens[trig.head].article:
        return True
    src = args.source
    return isinstance(src, ActorMention) and src.actor.entity_id is None and tokens[src.first].article


def _drop_descriptions(told: list[tuple[Event, bool]], heads: dict[int, Trigger], tokens: list[Token],
                       cause: frozenset[str]) -> list[tuple[Event, bool]]:
    """"غارة جوية أميركية استهدفت الفضلي"، "الغارات التي يشنها الجيش التركي": a violent verb right after
    a violent noun (its adjectives or a relative pronoun between) with the same sides describes that act;
    the act is told once, by the noun. "مقتل 2927 من X جراء الضربات وغارات التحالف": the attack named in
    the cause phrase of a killing with the same sides is the killing's act, told once."""
    out: list[tuple[Event, bool]] = []
    for event, implied in told:
        trig = heads.get(id(event))
        if trig is not None and event.cameo_root in _VIOLENT_ROOTS and any(
                _describes(trig, heads.get(id(e)), e, event, tokens) or
                (not kept_implied and _cause_of(trig, e, event, tokens, cause))
                for e, kept_implied in out):
            continue
        out.append((event, implied))
    return out


def _cause_of(noun: Trigger, killing: Event, event: Event, tokens: list[Token], cause: frozenset[str]) -> bool:
    """`noun` stands in a cause phrase (جراء، بسبب، إثر up to four words before it) after a violent
    `killing` with the same sides (a killing with a named doer: an unnamed one gives way to the act)."""
    if noun.kind != "noun" or killing.cameo_root not in _VIOLENT_ROOTS or \
            key_of(killing.source) != key_of(event.source) or key_of(killing.target) != key_of(event.target):
        return False
    for k in range(noun.head - 1, max(noun.head - 5, -1), -1):
        if tokens[k].kind == "punct":
            return False
        if word_forms(tokens[k]) & cause:
            return True
    return False


def _describes(verb: Trigger, noun: Trigger | None, noun_event: Event, event: Event, tokens: list[Token]) -> bool:
    """`verb` follows the noun trigger of `noun_event` within four words and both code the same sides;
    the noun may end a verb pattern ("شنت طائرات التحالف غارة جوية استهدفت مواقع للحوثيين"), the verb
    then written without و (a relative clause, not a second act)."""
    if verb.kind != "verb" or noun is None or noun_event.cameo_root not in _VIOLENT_ROOTS:
        return False
    if not (noun.kind == "noun" or noun.kind == "verb" and len(noun.words) > 1
            and tokens[verb.head].norm[:1] not in {"و", "ف"}):
        return False
    return 0 < verb.head - noun.last <= 4 and key_of(noun_event.source) == key_of(event.source) and \
        key_of(noun_event.target) == key_of(event.target)


# Roots whose doer is never a town: protests (its people protest), visits, force.
_TOWN_CANNOT = frozenset({"04", "14", "17"}) | FORCE_ROOTS


def _town(doc: Document, actor: Actor) -> str | None:
    """The country of a place below the state that `actor` is (a town or a province, not a capital,
    which stands for its government, nor a country), else None."""
    entity = doc.entity(actor.entity_id) if actor.entity_id else None
    if entity is None or entity.type not in {"GPE", "LOC"} or entity.role == "capital" or not entity.country_iso3:
        return None
    if not entity.kb_id:  # a village or a quarter found by its cue word ("قرية دوما")
        return entity.country_iso3 if entity.id.startswith("new:") else None
    if not entity.kb_id.startswith(("gpe.", "loc.")):
        return None
    if entity.kb_id == f"gpe.{entity.country_iso3}":
        return None  # the state itself
    return entity.country_iso3


def _capital(doc: Document, actor: Actor) -> str | None:
    """The country whose capital `actor` is, else None."""
    entity = doc.entity(actor.entity_id) if actor.entity_id else None
    return entity.country_iso3 if entity is not None and entity.role == "capital" else None


def _headline(doc: Document) -> int | None:
    """Index of the title line (the first sentence when it ends without a full stop): its events are
    a separate telling from the body's."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].text.rstrip()
    return 0 if first and first[-1] not in ".!?؟" and len(doc.sentences) > 1 else None


# Roots whose events are happenings (a meeting, a visit, a strike) rather than utterances: told again
# later in the article they are the same happening. Verbal acts (praise, appeals, intentions) told in
# two sentences are two utterances and stay apart.
HAPPENING_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


# Codes whose two sides do the same thing to each other (meeting, talks): one event whichever is named first.
_SYMMETRIC_CODES = frozenset({"040", "046"})


def merge_events(events: list[Event], headline: int | None = None) -> list[Event]:
    """One event per (code, source, target, negated) — per sentence for verbal acts, per article for
    happenings; later tellings add their evidence spans. The headline is its own telling, and two
    tellings with different dates or places are two happenings (protests in two cities)."""
    merged: dict[tuple, list[Event]] = {}
    out: list[Event] = []
    for event in events:
        scope = -1 if event.cameo_root in HAPPENING_ROOTS else event.sentence_index
        if headline is not None and event.sentence_index == headline:
            scope = -2
        sides = (key_of(event.source), key_of(event.target))
        if event.cameo_code in _SYMMETRIC_CODES:
            sides = tuple(sorted(sides, key=str))  # "بحثا خلاله": talks of A with B are talks of B with A
        key = (event.cameo_code, *sides, event.negated, scope)
        first = next((e for e in merged.get(key, []) if _compatible(e, event)), None)
        if first is None:
            merged.setdefault(key, []).append(event)
            out.append(event)
            continue
        if key_of(first.source) != key_of(event.source) and _named_first(event.source, first.source):
            # the same talks told both ways round: the side the text names first is their source
            first.source, first.target = first.target, first.source
        for span in event.evidence:
            if all((s.start, s.end) != (span.start, span.end) for s in first.evidence):
                first.evidence.append(span)
        if all((s.start, s.end) != (event.trigger.start, event.trigger.end) for s in first.tellings):
            first.tellings.append(event.trigger)
        first.confidence = max(first.confidence, event.confidence)
        first.date = first.date or event.date
        first.place = first.place or event.place
    return out


def _named_first(a: Actor | None, b: Actor | None) -> bool:
    """Actor `a` is written before actor `b` (both with spans)."""
    return a is not None and b is not None and a.span is not None and b.span is not None and \
        a.span.start < b.span.start


def _compatible(a: Event, b: Event) -> bool:
    """Two tellings may be one happening unless their dates or their places differ."""
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.place and b.place and key_of(a.place) != key_of(b.place))


def _guest_read_as_host(source: Actor, target: Actor | None) -> bool:
    """A visit by a pronoun read as someone of the destination's own country ("زيارته للمملكة" read as the
    crown prince's): a host does not visit his own country, so the pronoun is someone else."""
    return target is not None and bool(source.country_iso3) and source.country_iso3 == target.country_iso3


class NameCover:
    """The characters inside people's names, and inside known organisations' names after their first word:
    a word there is never an event's trigger, even when the name is no actor of its sentence (the
    apposition "وزير الخارجية السعودي الأمير فيصل بن فرحان" gives the title as actor; فيصل is not ف + يصل,
    "arrives"; "حزب الدعوة" is the Dawa party, no invitation)."""

    def __init__(self, doc: Document) -> None:
        spans = sorted([(m.start, m.end) for m in doc.mentions if m.kind == "name" and m.type == "PER"] +
                       [(m.start + m.text.index(" ") + 1, m.end) for m in doc.mentions  # "حزب الدعوة": no invitation
                        if m.kind == "name" and m.type == "ORG" and m.kb_id and " " in m.text.strip()])
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))  # furthest end among names so far

    def holds(self, token: Token) -> bool:
        k = bisect.bisect_right(self._starts, token.start) - 1
        return k >= 0 and self._reach[k] >= token.end


_ASIDE_MARKS = {"-", "–", "—", "(", ")"}


def without_blessings(tokens: list[Token], blessings: frozenset[str]) -> list[Token]:
    """The sentence without blessings after a name ("الملك سلمان -حفظه الله-"، "رحمه الله") and the dashes
    or brackets that set them off: a formula is no subject, verb or object, and its words would use up the
    room a pattern's gap leaves between a verb and its object."""
    drop: set[int] = set()
    for i in range(len(tokens)):
        for size in (2, 3):
            words = tokens[i:i + size]
            if len(words) == size and " ".join(t.norm for t in words) in blessings:
                drop.update(range(i, i + size))
                if i > 0 and i + size < len(tokens) and tokens[i - 1].text in _ASIDE_MARKS \
                        and tokens[i + size].text in _ASIDE_MARKS:
                    drop.update((i - 1, i + size))
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


# استهدف is as often "aim at" (a plan, an audience, a growth rate) as "strike": with no target named and a
# doer that is no armed body it is an aim.
_AIMING_VERBS = frozenset(normalize_form(w) for w in (
    "استهدف", "استهدفت", "استهدفوا", "استهدفا", "استهدفتا", "استهدفنا", "يستهدف", "تستهدف", "نستهدف", "يستهدفان",
    "تستهدفان", "يستهدفون", "يستهدفوا", "يستهدفا", "يستهدفه", "يستهدفها", "تستهدفه", "تستهدفها"))
_ARMED_CODES = ("MIL", "REB", "INS", "UAF", "COP", "SPY")


def _unarmed_aim(view: SentenceView, trig: Trigger, source: Actor) -> bool:
    """A bare استهدف (no pattern around it) whose doer is no armed body and whose target is not named."""
    head = view.tokens[trig.head].norm
    verb = head[1:] if head[:1] in {"و", "ف"} and len(head) > 4 else head
    return trig.kind == "verb" and trig.last == trig.head and verb in _AIMING_VERBS and \
        not (source.actor_code or "").endswith(_ARMED_CODES)


def _aim_clause(view: SentenceView, trig: Trigger, cues: Cues) -> bool:
    """"وتستهدف مصر أن تصل عائدات قناة السويس إلى …": the aim is a clause after أن, whatever it names."""
    return any(word_forms(tok) & cues.complementisers for tok in view.tokens[trig.head + 1:trig.head + 1 + _AIM_REACH])


_AIM_REACH = 4  # the subject may stand between the verb and أن

_SPORTS_HITS = 2  # distinct sports words that make a sentence a sports report


def _sports_sentence(tokens: list[Token], words: frozenset[str]) -> bool:
    """A sentence of a sports report: two distinct words of `sports_words` (data/cues.yaml), clitics off.
    There "يلتقي"، "مواجهات"، "الهجوم"، "خطف"، "احتجاجات" are matches, forwards, signings and fans."""
    hits = {form for tok in tokens if tok.kind == "word" for form in word_forms(tok) & words}
    return len(hits) >= _SPORTS_HITS


_PLACE_HEADS = frozenset(normalize_form(w) for w in (
    "محافظة", "منطقة", "إمارة", "مدينة", "قرية", "بلدة", "حي", "ولاية", "إقليم", "مركز", "بلدية", "أمانة"))
_OFFICE_DEPUTIES = frozenset(normalize_form(w) for w in (
    "وكيل", "مدير", "مسؤول", "عضو", "مجلس", "حكومة", "سلطات", "وزارة", "ديوان", "رئاسة", "بلدية", "أمانة",
    "إمارة", "شرطة", "قيادة"))


# Nouns for a town's people or its schools, in construct before the town's name.
_TOWNSFOLK = frozenset(normalize_form(w) for w in (
    "أهالي", "أهل", "سكان", "مواطني", "مواطنو", "أبناء", "طلاب", "طالبات", "مدارس", "شباب", "نساء", "عمال",
    "تجار", "شيوخ", "وجهاء", "قبائل", "مشايخ", "أعيان", "مثقفو", "مثقفي"))


def _town_owner(tokens: list[Token], source: Actor, cues: Cues, trig: Trigger) -> str | None:
    """The agent code of whoever a town in the genitive belongs to: GOV after an office ("وكيل محافظة
    الأحساء"), CVL after its people or schools ("أهالي"، "طلاب مدارس"); None otherwise ("أن بكين حريصة":
    the town itself is the subject)."""
    if source.span is None:
        return None
    k = bisect.bisect_left([t.start for t in tokens], source.span.start) - 1
    while k >= 0 and tokens[k].norm in _PLACE_HEADS:
        k -= 1  # "وكيل محافظة الأحساء": past the kind of place
    if k < 0 or tokens[k].kind != "word" or tokens[k].article or tokens[k].proclitics or \
            k in (trig.words or [trig.head]):
        return None  # "ورحبت الرياض": the word before is the verb, the capital its subject
    forms = word_forms(tokens[k])
    if forms & (cues.office_heads | _OFFICE_DEPUTIES):
        return "GOV"
    return "CVL" if forms & _TOWNSFOLK else None


_SPORTS_SHARE = 2.5  # distinct-or-not sports words per hundred words of a sports report
_SPORTS_MIN = 8


def _sports_report(doc: Document, words: frozenset[str]) -> bool:
    """A whole sports report ("ثنائي خط الهجوم الكاميروني … تدريباتهما"، "التعاقدات التي أبرمتها الإدارة"):
    sports words throughout, so a sentence with none is read as sport too."""
    tokens = [t for t in doc.tokens if t.kind == "word"]
    hits = sum(1 for t in tokens if word_forms(t) & words)
    return hits >= _SPORTS_MIN and hits * 100 >= _SPORTS_SHARE * max(len(tokens), 1)


def _bomb_by_state(trig: Trigger, actor: ActorMention) -> bool:
    """"كما انفجرت سيارة مفخخة في بغداد" after a paragraph on the White House: a bombing is never the
    deed of a government or a state carried over from an earlier sentence, only of an armed body."""
    return trig.entry.code.startswith("183") and not (actor.actor.actor_code or "").endswith(_ARMED_CODES)


def _unarmed(actor: ActorMention) -> bool:
    """No armed body, or a source the news was had from ("قال مصدر أمني …. دمر انفجار شاحنة مفخخة حيا"): a
    source carried from the sentence before speaks; it strikes nothing."""
    if actor.reporter:
        return True
    code = actor.actor.actor_code or ""
    return not code.endswith(_ARMED_CODES) and (actor.type == "PER" or actor.type == "ORG" and not code.endswith("GOV"))


_FORWARDS = "مهاجم"  # "المهاجمين الصربي دراغان سيران": in a sports report the forwards, no attackers


def _armed_side(event: Event) -> bool:
    """An armed body on either side: a real attack told in a sports report ("قتل لاعب في هجوم لداعش"); a court,
    a prosecutor or the police acting in one ("اتهمت النيابة العامة في بوليفيا تشافيز") is real too."""
    if event.source is not None and (event.source.actor_code or "").endswith(("JUD", "COP")):
        return True
    return any((actor.actor_code or "").endswith(_ARMED_CODES) for actor in (event.source, event.target)
               if actor is not None and not ((actor.actor_code or "").endswith("UAF") and
                                             (actor.span is None or _FORWARDS in actor.span.text)))
    # an unnamed armed force no word names is only the entry's default doer ("لجيمي فاردي" read as أردى)


def _after_comma(trig: Trigger, tokens: list[Token]) -> bool:
    """A circumstantial participle set off by a comma, right before it: it hangs on the clause before."""
    return trig.head > 0 and tokens[trig.head - 1].text in {"،", ","}


_EXCEPT = frozenset({"سوي", "الا"})  # folded سوى، إلا
_EXCEPT_REACH = 6


def _except(tokens: list[Token], last: int) -> bool:
    """"ولم تقصف تركيا التنظيم سوى ثلاث مرات": a negation closed by سوى/إلا in the same clause only
    restricts; the act took place."""
    for k in range(last + 1, min(len(tokens), last + 1 + _EXCEPT_REACH)):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].norm in _EXCEPT:
            return True
    return False
