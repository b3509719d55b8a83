"""What an event's sides are and what the coder remembers of them across one article.

`Arguments` carries one trigger's source and target as the sentence gives them; `ArticleState` keeps
the little the next sentences need: the pairs of sides exchanges named (for الجانبان، يبحثان), the
fights told (for "the side it was fighting"), the doers of violence (for "أدان الهجوم") and of each kind
of attack with a stated doer (for the same attack retold without it). `implied` builds the unnamed doer
an entry implies; `both_sides_word` reads a dual that names the two sides.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.doc import Actor, Token
from marsad.events.actors import OCCUPIERS, STATE_FORCES, ActorMention
from marsad.events.arguments import DIRECTIONS, PLACE_NOUNS, SentenceView
from marsad.events.attacks import FORCE_ROOTS, own_country
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import Trigger
from marsad.text.normalize import normalize_form

DOER_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
APPEAL_ROOTS = frozenset({"02", "10"})  # appeals and demands: one is often developed over sentences
SIDE_ROOTS = frozenset({"03", "04", "05", "06", "08"})  # exchanges whose two sides "الجانبان" names


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
    blocked: bool = False  # the subject is a noun that is no actor: nobody else may stand in for it
    unnamed_attack: bool = False  # the subject is an attack whose doer is not named ("تفجير استهدف")
    speakers_own: bool = False  # the subject is owned by the speaker ("أعلن X أن مقاتليه استهدفوا")
    joint: bool = False  # both sides named earlier act together ("وأكدا رفضهما"): neither is the other's target
    # a further target split off one act ("مع علييف وباشينيان"): the act's targets stay the group a later
    # "ـهما" refers to
    split_target: bool = False
    gap_subject: bool = False  # a pattern's gap opens on a noun no actor names ("وهدد الحزب بإسقاط الحكومة")


_VISIT, _HOST = "042", "043"
_ACCUSING = frozenset({"112", "111"})  # accuse (1121–1125 start with 112), criticise or denounce


@dataclass(slots=True)
class ArticleState:
    """What the coder remembers across one article's sentences."""

    counts: Counter[str]
    home: str | None
    roles: dict[str, str] = field(default_factory=dict)  # entity id -> office ("foreign_minister")
    legislature: Actor | None = None  # the one parliament the article names ("مجلس الأمة الكويتي"), for "النائب فلان"
    pairs: list[tuple[Actor, Actor]] = field(default_factory=list)  # every pair of sides, oldest first
    doers: list[tuple[str, str, Actor]] = field(default_factory=list)  # (entry, root, source) of violent acts
    fights: list[tuple[Actor, Actor]] = field(default_factory=list)  # (doer, target) of violent acts
    pair: tuple[Actor, Actor] | None = None  # the last two sides named (for الجانبان, يبحثان, لقائهما)
    sentence_pair: tuple[ActorMention | Actor, ActorMention | Actor] | None = None  # sides in this sentence
    sentence_sources: list[tuple[int, ActorMention]] = field(default_factory=list)  # verbs' subjects
    sentence_codes: dict[int, str] = field(default_factory=dict)  # CAMEO code of each of those verbs
    last_targets: list[ActorMention | Actor] = field(default_factory=list)  # for a verb's "ـهما"
    appeal: tuple[Actor, Actor] | None = None  # (source, addressee) of the last appeal or demand told
    appeal_age: int = 0  # sentences since that appeal
    acts: list[tuple[str, Actor]] = field(default_factory=list)  # (code, doer) of attacks with a stated doer
    accusations: list[tuple[Actor, Actor]] = field(default_factory=list)  # (accuser, accused), oldest first
    visitors: list[Actor] = field(default_factory=list)  # every visitor told, oldest first
    guest: Actor | None = None  # the visitor of the last visit or reception told ("الضيف" later)

    def new_sentence(self, pair: tuple[ActorMention, ActorMention] | None) -> None:
        """Forget what belongs to the previous sentence; `pair` is the sentence's "X و Y" subject."""
        self.sentence_sources, self.last_targets, self.sentence_codes = [], [], {}
        self.appeal_age += 1
        if pair is not None and (pair[0].reporter or pair[1].reporter):
            pair = None  # "وأكد مصدر في وزارة الداخلية ومصادر طبية الحصيلة": those who tell, not two sides
        self.sentence_pair = pair
        if pair is not None:
            self._add_pair((pair[0].actor, pair[1].actor))

    def remember(self, entry_id: str, code: str, symmetric: bool, source: Actor, target: Actor | None,
                 explicit_target: bool) -> None:
        """Record a coded event: the doers of violence (for "أدان الهجوم"), and the two sides of an
        exchange between countries (for "الجانبان" later) — a mediator or a critic is not a side."""
        if code == _VISIT:
            self.guest = source
        elif code == _HOST and target is not None and explicit_target:
            self.guest = target
        if code in (_VISIT, _HOST) and self.guest is not None:
            self.visitors.append(self.guest)
        if code[:2] in DOER_ROOTS:
            self.doers.append((entry_id, code[:2], source))
        if code[:2] in FORCE_ROOTS and source.span is not None and not _unidentified(source):
            self.acts.append((code, source))
        if target is None or not explicit_target:
            return
        if code[:2] in APPEAL_ROOTS:
            self.appeal, self.appeal_age = (source, target), 0
        if code[:3] in _ACCUSING:
            self.accusations.append((source, target))
        if code[:2] in FORCE_ROOTS and not same_side(source, target) and not _unidentified(source) and \
                not _unidentified(target):
            self.fights.append((source, target))
        self.last_targets = [target]
        if (symmetric or code[:2] in SIDE_ROOTS) and code != "045" and source.country_iso3 and \
                target.country_iso3 and source.country_iso3 != target.country_iso3:
            self._add_pair((source, target))
            self.sentence_pair = self.sentence_pair or (source, target)

    def _add_pair(self, pair: tuple[Actor, Actor]) -> None:
        self.pair = pair
        self.pairs.append(pair)

    def opponent(self, actor: Actor | None) -> Actor | None:
        """The other side of the last fight `actor` took part in ("وتراجعوا"، "صدت الهجوم": a violent act
        told with no target is against the side it was fighting)."""
        for doer, target in reversed(self.fights):
            if same_side(doer, actor) and not same_side(target, actor) and not _town(target):
                return target
            if same_side(target, actor) and not same_side(doer, actor) and not _town(doer):
                return doer
        return None

    def struck_by(self, doer: Actor | None) -> Actor | None:
        """The side `doer` last attacked (never a town): what it holds was taken from them."""
        return next((hit for hitter, hit in reversed(self.fights)
                     if same_side(hitter, doer) and not same_side(hit, doer) and not _town(hit)), None)

    def other_side(self, doer: Actor) -> Actor | None:
        """The side `doer` fights: the other side of its last fight, else the side last attacked in the
        article by someone else (a war report's other party)."""
        held = self.opponent(doer)
        if held is not None:
            return held
        for hitter, hit in reversed(self.fights):
            if not same_side(hit, doer) and not same_side(hitter, doer) and not _town(hit):
                return hit
        return None

    def foes_of(self, doer: Actor) -> list[Actor] | None:
        """Those the article shows fighting the doer's side, the latest last: an untargeted
        strike by that side may be guessed to hit one of them, never an ally the article names only beside
        it (the coalition's strike on the Yemeni resistance it supports). None (any armed body of the other
        side) for an unidentified force: shells "from inside Yemen" have no ally in the article."""
        if _unidentified(doer):
            return None
        return [hit if same_side(hitter, doer) else hitter for hitter, hit in self.fights
                if same_side(hitter, doer) != same_side(hit, doer)]

    def addressee(self, source: Actor | None) -> Actor | None:
        """"دعت مصر إيران إلى … وطالب المتحدث باسم خارجيتها بالالتزام …": an appeal with no addressee
        named, in the sentence right after an appeal by the same side or country, goes on addressing
        the same one (a report develops one demand over its sentences)."""
        if self.appeal is None or self.appeal_age > 1 or source is None:
            return None
        before, target = self.appeal
        country = before.country_iso3
        if same_side(before, source) or bool(country) and country == source.country_iso3 != target.country_iso3:
            return target
        return None

    def accuser(self, accused: Actor) -> Actor | None:
        """Who last accused `accused` or its side: "ونفت قوات الدعم السريع مسؤوليتها عن الهجوم" answers the
        army that accused it a sentence before, not the article's most-mentioned foreigner."""
        return next((who for who, whom in reversed(self.accusations)
                     if same_side(whom, accused) and not same_side(who, accused)), None)

    def doer_of(self, code: str) -> Actor | None:
        """The stated doer of the last attack of this precise kind ("فجر انتحاري نفسه" … "عندما فجر
        نفسه"; "غارات للتحالف" … "بغارات استهدفت"): an article retelling its suicide bombing or its air
        strikes without naming the doer again means the same doer. Plain force (190: killing,
        fighting) is too common to be one act."""
        if len(code) < 3 or code == "190":
            return None
        return next((doer for told, doer in reversed(self.acts) if told == code), None)

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


def same_side(a: Actor | None, b: Actor | None) -> bool:
    """One side named twice: the same entity, or the same actor code with no entity to tell them apart
    ("القوات الموالية لهادي" and "الجيش اليمني" are both YEMMIL)."""
    if a is None or b is None:
        return False
    if key_of(a) == key_of(b):
        return True
    return bool(a.actor_code) and a.actor_code == b.actor_code and not (a.entity_id and b.entity_id)


def _town(actor: Actor) -> bool:
    """A town or province taken or struck ("سيطروا على تعز") is where a fight went on, not the side fought:
    a later act of the same doer is not aimed at it."""
    entity = actor.entity_id or ""
    return entity.startswith("gpe.") and entity != f"gpe.{actor.country_iso3}"


def _unidentified(actor: Actor) -> bool:
    """An unidentified armed force (UAF) is no side of a war: its fights are not remembered."""
    return (actor.actor_code or "").endswith("UAF")


def dual_past(tok: Token) -> bool:
    """A past verb in the dual (بحثا، اتفقا، أكدا، وبحثتا): "they two did". Only asked of verb triggers;
    a three-letter verb ending in ا (دعا، بدا) is not dual, nor a plural (بحثوا) or a verb with the
    pronoun ها or نا (أناقشها، أبلغنا); a dual carrying an object pronoun is (بحثاها)."""
    norm = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 3 else tok.norm
    for pronoun in ("هما", "هم", "ها", "ه"):  # "كانا بحثاها": the dual with an object pronoun
        if norm.endswith("ا" + pronoun) and len(norm) - len(pronoun) >= 4:
            norm = norm[:-len(pronoun)]
            break
    else:
        if norm.endswith("هما"):
            return False  # "دعاهما": a short verb (دعا) with the dual object pronoun, not a dual subject
    return len(norm) >= 4 and norm.endswith("ا") and not norm.endswith(("وا", "يا", "ها", "نا"))


def both_sides_word(tok: Token, cues: Cues) -> bool:
    """A dual verb (يبحثان، بحثا) or a dual noun for the two sides (الجانبان، الوزيران)."""
    norm = tok.norm[1:] if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 4 else tok.norm
    if word_forms(tok) & cues.both_sides:
        return True
    return (norm.endswith("ان") and norm[:1] in {"ي", "ت"} and len(norm) > 4) or norm.endswith("يا")


def implied(view: SentenceView, agent: str | None, state: ArticleState,
            trig: Trigger | None = None) -> Actor | None:
    """The unnamed doer or addressee an entry implies (an arrest by the police, a protest against
    the government) of the country the sentence gives: its people for a crowd ("متظاهرون أفغان"،
    "أحد التونسيين"), a nationality on the doer for force ("دبابة إسرائيلية بقصف"), else the
    sentence's first place, else the article's."""
    if agent is None:
        return None
    country = own_country(view, agent, trig) or place_of_act(view, trig) or next(
        (a.actor.country_iso3 for a in view.actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3),
        state.home) or (_one_country(view) if agent != "UAF" else None)  # an unnamed attacker stays bare
    if not country:
        # "اعتصم المتظاهرون" with no place at all: the agent is known, its country is not (PETRARCH's
        # "None CVL"); the event is still told.
        return Actor(None, agent, None, agent)
    country = _occupier(country, agent, state)
    return Actor(None, f"{country} {agent}", country, country + agent)


def _occupier(country: str, agent: str, state: ArticleState) -> str:
    """Unnamed forces, police, courts or agents acting in an occupied territory (the West Bank, Jerusalem)
    in a report that names the occupying state are that state's ("ومددت محكمة إسرائيلية … اعتقال"، "أطلق
    الجنود قنابل الغاز في الخليل"): the territory has no army of its own there, and its own police is
    named when it acts ("الأجهزة الأمنية الفلسطينية")."""
    occupier = OCCUPIERS.get(country)
    named = occupier is not None and state.counts[f"gpe.{occupier}"] > 0  # counts are by entity
    return occupier if named and agent in STATE_FORCES else country


def occupied_place(view: SentenceView, trig: Trigger, occupier: str, source: Actor | None = None) -> str | None:
    """The occupied territory where the act happens, when `occupier` is the state that holds it; with no
    place named, a doer named as the occupation ("قوات الاحتلال") acts in the territory it occupies."""
    place = place_of_act(view, trig) or next(
        (a.actor.country_iso3 for a in view.actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3), None)
    if place is None and source is not None and source.span is not None and _OCCUPATION in normalize_form(source.span.text):
        place = next((land for land, holder in OCCUPIERS.items() if holder == occupier), None)
    return place if place is not None and OCCUPIERS.get(place) == occupier else None


_OCCUPATION = normalize_form("الاحتلال")




def _one_country(view: SentenceView) -> str | None:
    """The one country every actor of the sentence belongs to ("أعلن رئيس الوزراء العراقي … ردا على
    احتجاجات ضد الفساد": Iraq's crowds), when no place and no dateline says where."""
    countries = {a.actor.country_iso3 for a in view.actors if a.actor.country_iso3}
    return next(iter(countries)) if len(countries) == 1 else None


def place_civilians(view: SentenceView, state: ArticleState, trig: Trigger) -> Actor | None:
    """The civilians of where an act happened: people counted with no nationality ("قتل 3 أطفال في
    الرقة") belong to the place, not to the nearest nationality word (which may be the doer's)."""
    country = place_of_act(view, trig) or next(
        (a.actor.country_iso3 for a in view.actors if a.type in {"GPE", "LOC"} and a.actor.country_iso3),
        state.home)
    return Actor(None, f"{country} CVL", country, country + "CVL") if country else None


_PLACE_REACH = 10  # words from the trigger to "في جنوب تركيا", past its victims and the attack


def place_of_act(view: SentenceView, trig: Trigger | None) -> str | None:
    """The country of a place named right after the trigger in the same clause ("في حين قتل عنصران من
    الشرطة في هجوم جديد في جنوب تركيا"): where the act happened, which may differ from the place the
    sentence opened on ("… غارة على مواقع في شمال العراق، في حين …")."""
    if trig is None:
        return None
    where = _where_before(view, trig.head)
    if where is not None:
        return where
    for k in range(trig.last + 1, min(len(view.tokens), trig.last + 1 + _PLACE_REACH)):
        if view.tokens[k].kind == "punct":
            return None
        act = view.actor_at(k)
        if act is not None and act.first == k:
            if act.type in {"GPE", "LOC"} and act.actor.country_iso3 and k > 0 and \
                    (view.tokens[k - 1].norm in _IN_PLACE or k == trig.last + 1 and "ب" in act.prefix):
                return act.actor.country_iso3  # ("والذي اعتقل بإيران": the place written with ب on it)
    return None


def _where_before(view: SentenceView, head: int) -> str | None:
    """"عاد إلى بلده الأم كولومبيا، حيث تم القبض عليه": the place right before "، حيث" a few words before
    the trigger is where the act happened."""
    for k in range(head - 1, max(-1, head - 4), -1):
        if view.tokens[k].norm == _WHERE:
            j = k - 1 if k > 0 and view.tokens[k - 1].text in {"،", ","} else k
            act = next((a for a in view.actors if a.last == j - 1), None)
            if act is not None and act.type in {"GPE", "LOC"} and act.actor.country_iso3:
                return act.actor.country_iso3
            return None
    return None


_WHERE = normalize_form("حيث")


# "في"، a kind of place or a direction, bare or with ب: the words a place of the act comes after
_IN_PLACE = frozenset({"في"}) | PLACE_NOUNS | DIRECTIONS | {"ب" + w for w in PLACE_NOUNS | DIRECTIONS}
