"""Stance: a plain reporting verb whose content is itself an accusation, a criticism or praise.

"قال الجبير إن إيران تدعم الإرهاب" is coded by annotators (and by CAMEO) as 112, the speaker accusing
Iran; "اعتبر أن سياسة X خطيرة" as 111, the speaker criticising X. The lexicon codes a speech verb only
as a statement (010, under the threshold), so these acts were lost. The rule here is general: a
reporting verb (قال، أكد، أشار، اعتبر، وصف …) whose complement names an actor as the doer of a word
that blames by itself (جرائم، إرهاب، انتهاكات، عدوان …: 112) or judges (خطير، استفزازي، غير مقبول …: 111)
is that act, from the speaker to the actor. The words are data (`data/stance.yaml`).

The doer is the actor written as the word's subject (the actor before it in the same clause, "إيران
تدعم الإرهاب") or its genitive ("جرائم الحوثيين"، "الأنشطة التي تنتهجها إيران"). Nobody is accused
where the actor fights, suffers or condemns the act ("تكافح الإرهاب"، "تعرضت لعدوان"), where the
actor is a victim or a place ("عدوان على اليمن"), where the word is negated ("لا تدعم الإرهاب") or
the speech is denied or negated ("نفى أن …"، "لا يقول"). The speaker is found as for any verb; a paper,
an anonymous source or a noun that is no actor ("وأوضح التقرير") accuses nobody, and a verb inside a
relative clause ("التي تعتبر من الدول") is no speech. Only قال and the verbs taking what they judge as
an object (وصف، اعتبر، صنف) may go without أن/إن, a colon or a quotation mark. A sentence that already codes a verbal
conflict (11, 12, 13, 16, 17) from the same speaker to the same target's country gets no second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.doc import Actor, Event, Token
from marsad.events.actors import ActorMention, is_location, is_media, is_reporter
from marsad.events.arguments import ACCUSE_CODE, RELATIVES, SentenceView
from marsad.events.attacks import FORCE_ROOTS, nisba_actor
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import TIME_WORDS, Entry, Trigger
from marsad.events.roles import Roles
from marsad.events.sides import Arguments, ArticleState, actor_of, key_of
from marsad.text.normalize import normalize_form
from marsad.yamlio import load_yaml

STANCE_PATH = Path(__file__).with_name("data") / "stance.yaml"

CRITICISE_CODE = "111"
PRAISE_CODE = "051"
# Verbal conflict already coded in the sentence: a stance act from the same side would tell it twice.
_NO_DOUBLE_ROOTS = frozenset({"11", "12", "13", "16", "17"})
_VERBAL_ROOTS = frozenset({"11", "12", "13", "16"})  # told by the speaker's country: one telling is enough
_REPORT = Entry(id="stance_report", code="010", confidence=0.25)
_ENTRIES = {ACCUSE_CODE: Entry(id="stance_accusation", code=ACCUSE_CODE, confidence=0.6),
            CRITICISE_CODE: Entry(id="stance_criticism", code=CRITICISE_CODE, confidence=0.6),
            PRAISE_CODE: Entry(id="stance_praise", code=PRAISE_CODE, confidence=0.6)}
_QUOTES = frozenset({"«", "»", '"', "“", "”", ":"})
_SAID_WINDOW = 30  # words of what was said looked at: further on, other clauses speak of other things
_BEFORE_WINDOW = 5  # words between the subject and the blaming word ("إيران لا تزال تدعم الإرهاب")


@dataclass(frozen=True)
class StanceWords:
    """The folded lists of `data/stance.yaml`; phrases are tuples of folded words."""

    verbs: frozenset[str]
    participles: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (words, code), longest first
    shields: frozenset[str]
    victim_words: frozenset[str]
    object_preps: frozenset[str]
    object_verbs: frozenset[str]
    bare_quote_verbs: frozenset[str]
    never_actors: frozenset[str]


def _fold(words: list[str] | None) -> frozenset[str]:
    return frozenset(normalize_form(str(w)) for w in words or ())


@lru_cache(maxsize=2)
def load_stance(path: Path = STANCE_PATH) -> StanceWords:
    """Read and fold the stance lists once per process."""
    raw = load_yaml(path.read_text(encoding="utf-8"))
    phrases = [(tuple(normalize_form(w) for w in str(p).split()), code)
               for key, code in (("accusation_words", ACCUSE_CODE), ("evaluation_words", CRITICISE_CODE),
                                 ("praise_words", PRAISE_CODE))
               for p in raw.get(key) or ()]
    phrases.sort(key=lambda item: -len(item[0]))
    return StanceWords(_fold(raw.get("reporting_verbs")), _fold(raw.get("reporting_participles")),
                       tuple(phrases), _fold(raw.get("shields")), _fold(raw.get("victim_words")),
                       _fold(raw.get("object_preps")), _fold(raw.get("object_verbs")),
                       _fold(raw.get("bare_quote_verbs")), _fold(raw.get("never_actors")))


def _forms(tok: Token) -> set[str]:
    """The word as written, without و/ف, and its bare stem (no clitics, article or pronoun suffix)."""
    forms = word_forms(tok)
    if tok.stem:
        forms.add(tok.stem)
    for form in list(forms):
        if form.startswith("لل") and len(form) > 4:
            forms.add(form[2:])  # ل + ال: "للإرهاب"
        elif form[:1] in {"ب", "ل", "ك"} and len(form) > 4:
            forms.add(form[1:])
    for form in list(forms):
        if form.startswith("ال") and len(form) > 4:
            forms.add(form[2:])
        for suffix in ("هما", "هم", "ها"):  # pronoun objects ("تتهمهم"); a bare ه is mostly a folded ة
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.add(form[: -len(suffix)])
    return forms


# "جزء من محور الشر"، "واحدة من الدول المارقة": من after these says what the actor is part of, not what
# it answers.
_PART_WORDS = frozenset(normalize_form(w) for w in ("جزء", "جزءا", "جزءًا", "واحدة", "واحد", "إحدى", "أحد"))


def _unknown_subject(view: SentenceView, head: int, cues: Cues) -> bool:
    """The word right after a speech verb is a bare noun or name no actor covers ("وأشار فارس"، "وقال
    مسؤول"): the verb has a subject of its own, so what is said is not the last speaker's. Prepositions,
    complementisers, time words and adverbs ("وأضاف أن"، "وأكد في بيان"، "وقال أيضا") name no subject."""
    k = head + 1
    if k >= len(view.tokens):
        return False
    tok = view.tokens[k]
    if tok.kind != "word" or tok.proclitics or view.covered(k) or tok.norm.endswith("ا"):
        return False
    return not word_forms(tok) & (cues.prepositions | cues.complementisers | TIME_WORDS | _NO_SUBJECT)


# Adverbs and demonstratives after a speech verb, no subject ("وأضاف كذلك"، "وأكد ذلك"); prepositions and
# complementisers come from data/cues.yaml.
_NO_SUBJECT = frozenset(normalize_form(w) for w in (
    "كذلك", "أيضا", "مجددا", "حينها", "آنذاك", "لاحقا", "قائلا", "عقب", "أثناء", "ذلك", "هذا", "هذه"))


class StanceCoder:
    """Finds accusations and criticisms told by a reporting verb in one sentence."""

    def __init__(self, roles: Roles, cues: Cues, words: StanceWords | None = None) -> None:
        self.roles = roles
        self.cues = cues
        self.words = words or load_stance()
        # Phrases by the forms of their first word, with their rank in the longest-first list, so a
        # token is compared only with the phrases it can start; token forms are memoised per sentence.
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for rank, (phrase, code) in enumerate(self.words.phrases):
            self._by_first.setdefault(phrase[0], []).append((rank, phrase, code))
        self._memo: dict[int, set[str]] = {}

    def readings(self, view: SentenceView, current: ActorMention | None, opener: ActorMention | None,
                 state: ArticleState, told: list[Event]) -> list[tuple[Trigger, Arguments]]:
        """(trigger, arguments) of each stance act of the sentence, for the coder to build as events."""
        tokens = view.tokens
        self._memo = {}
        reports = self._reports(tokens)
        out: list[tuple[Trigger, Arguments]] = []
        done = {(key_of(e.source), _country(e.target)) for e in told if e.cameo_root in _NO_DOUBLE_ROOTS}
        done |= {(_country(e.source), _country(e.target)) for e in told if e.cameo_root in _VERBAL_ROOTS}
        for n, (pos, kind) in enumerate(reports):
            end = reports[n + 1][0] - 1 if n + 1 < len(reports) else len(tokens) - 1
            if self._speech_negated(view, pos):
                continue
            trig = Trigger(entry=_REPORT, kind=kind, head=pos, last=pos, start=tokens[pos].start,
                           end=tokens[pos].end, words=[pos])
            speaker, explicit, start = self._speaker(view, trig, current, opener, state, end)
            if speaker is None:
                continue
            found = self._accused(view, start, end, speaker)
            if found is None:
                continue
            doer, code = found
            pair = (key_of(actor_of(speaker)), _country(doer.actor))
            country_pair = (_country(actor_of(speaker)), _country(doer.actor))
            if pair in done or country_pair in done or key_of(doer.actor) == key_of(actor_of(speaker)):
                continue
            if code == PRAISE_CODE and country_pair[0] == country_pair[1]:
                continue  # "أكد الوزير السعودي أن جهود المملكة …": a state's own official praising it is no act
            done |= {pair, country_pair}
            said = Trigger(entry=_ENTRIES[code], kind=kind, head=pos, last=pos, start=trig.start,
                           end=trig.end, words=[pos])
            out.append((said, Arguments(speaker, doer, explicit, True, code)))
        return out

    def _reports(self, tokens: list[Token]) -> list[tuple[int, str]]:
        """Positions of reporting verbs ("verb") and participles ("participle") in the sentence."""
        out: list[tuple[int, str]] = []
        for k, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            forms = word_forms(tok)
            if k > 0 and word_forms(tokens[k - 1]) & RELATIVES:
                continue  # "كينيا التي تعتبر من الدول": a relative clause describes, nobody speaks
            if forms & self.words.verbs:
                out.append((k, "verb"))
            elif forms & self.words.participles:
                out.append((k, "participle"))
        return out

    def _speech_negated(self, view: SentenceView, pos: int) -> bool:
        """"لم يقل"، "نفى أن يكون …": a negated or denied speech claims nothing."""
        if any(word_forms(t) & self.cues.negators for t in view.tokens[max(0, pos - 2):pos]):
            return True
        return view.marks(self.cues).denial < pos

    def _speaker(self, view: SentenceView, trig: Trigger, current: ActorMention | None,
                 opener: ActorMention | None, state: ArticleState,
                 end: int) -> tuple[ActorMention | Actor | None, bool, int]:
        """(speaker, named?, first token of what was said). The speaker is found as for any verb
        (`Roles`); an actor found inside the complement ("وأضاف إن إيران …") is what was said about,
        and the speaker is then the clause subject or the one carried over."""
        comp = self._complement(view, trig.head, end)
        args = self.roles.arguments(view, trig, current, opener, state)
        speaker, explicit = args.source, args.explicit_source
        subject = view.actor_at(trig.head + 1)
        if trig.kind == "verb" and subject is None and not explicit and _unknown_subject(view, trig.head, self.cues):
            return None, False, 0  # "وأشار فارس إلى أن …": someone the knowledge base does not know speaks
        if trig.kind == "verb" and subject is not None and not (is_media(subject) or is_location(subject)):
            speaker, explicit = subject, True  # "واعتبرت منظمة التعاون الإسلامي …": the VSO subject speaks
        elif args.blocked:
            return None, False, 0  # "وأوضح التقرير أن …": the speaker is a noun that is no actor
        if isinstance(speaker, ActorMention) and comp is not None and speaker.first > comp:
            if trig.kind == "verb" and comp > trig.head + 1:
                return None, False, 0  # a subject no actor stands between the verb and what was said
            speaker, explicit = current, False
        if isinstance(speaker, ActorMention) and (is_media(speaker) or is_location(speaker) or is_reporter(speaker)):
            return None, False, 0  # a paper or an anonymous source tells the news, it accuses nobody
        said = actor_of(speaker)
        if said is None or not (said.actor_code or said.country_iso3):
            return None, False, 0  # a speaker of no known side tells nothing codable
        verb = word_forms(view.tokens[trig.head])
        if not verb & self.words.object_verbs and (comp is not None or not verb & self.words.bare_quote_verbs):
            if comp is None:
                return None, False, 0  # "مسجد تابع لقوات …": no complement, no speech
            return speaker, explicit, comp + 1
        start = trig.head + 1
        if isinstance(speaker, ActorMention) and trig.head < speaker.last < (comp if comp is not None else end + 1):
            start = speaker.last + 1
        if subject is not None and subject.last < (comp if comp is not None else end + 1):
            start = max(start, subject.last + 1)  # the actor right after the verb is its subject
        return speaker, explicit, start

    def _complement(self, view: SentenceView, pos: int, end: int) -> int | None:
        """Position of the complementiser, colon or quotation mark opening what was said, if any. A
        quotation mark around a name («هيومن رايتس ووتش»، «عكاظ») in the speaker's title opens nothing."""
        tokens = view.tokens
        if word_forms(tokens[pos]) & _EMPHASIS:
            # "مشددا على الدور الكبير للمملكة": what is stressed follows على, right after the verb or its subject
            k = pos + 1
            while k <= end and (subject := view.actor_at(k)) is not None:
                k = subject.last + 1  # the subject, its title and name ("وزير الخارجية المصري سامح شكري")
            if k <= end and tokens[k].norm == "علي" and tokens[k].text.endswith("ى"):
                return k
        for k in range(pos + 1, end + 1):
            if tokens[k].text == ":" or word_forms(tokens[k]) & self.cues.complementisers:
                return k
            if tokens[k].text in _QUOTES and not _quoted_name(view, k):
                return k
        return None

    def _accused(self, view: SentenceView, start: int, end: int,
                 speaker: ActorMention | Actor) -> tuple[ActorMention, str] | None:
        """The first actor the complement blames, judges or praises, with the code: 112, 111 or 051."""
        tokens = view.tokens
        end = min(end, start + _SAID_WINDOW)
        k = start
        while k <= end:
            if view.covered(k):
                k += 1
                continue  # "قوات الاحتلال": a word of an actor's name blames nobody
            hit = self._phrase_at(tokens, k, end)
            if hit is None:
                k += 1
                continue
            size, code = hit
            if not self._shielded(tokens, k, start):
                doer = self._doer(view, k, k + size - 1, start, end, speaker, code)
                if doer is not None:
                    return doer, code
            k += size
        return None

    def _phrase_at(self, tokens: list[Token], k: int, end: int) -> tuple[int, str] | None:
        """(length, code) of the longest stance phrase starting at token `k`."""
        candidates = sorted({c for form in self._forms_of(tokens[k]) for c in self._by_first.get(form, ())})
        for _, words, code in candidates:
            if k + len(words) - 1 > end:
                continue
            if all(words[i] in self._forms_of(tokens[k + i]) for i in range(1, len(words))):
                return len(words), code
        return None

    def _forms_of(self, tok: Token) -> set[str]:
        """`_forms`, memoised for the sentence being read."""
        forms = self._memo.get(id(tok))
        if forms is None:
            forms = self._memo[id(tok)] = _forms(tok)
        return forms

    def _shielded(self, tokens: list[Token], k: int, start: int) -> bool:
        """A negator or a shield word ("مكافحة الإرهاب"، "لا تدعم الإرهاب") right before the word."""
        for j in range(k - 1, max(start, k - 3) - 1, -1):
            forms = _forms(tokens[j])
            if tokens[j].kind == "punct" and tokens[j].text not in _QUOTES:
                return False
            if forms & self.words.shields or word_forms(tokens[j]) & self.cues.negators:
                return True
        return False

    def _doer(self, view: SentenceView, first: int, last: int, start: int, end: int,
              speaker: ActorMention | Actor, code: str = "") -> ActorMention | None:
        """The genitive of the word ("جرائم الحوثيين"), the doer in a relative clause on it ("الأنشطة
        التي تنتهجها إيران"), else its subject: the nearest actor before it in the same clause."""
        after = view.actor_at(last + 1)
        if code == PRAISE_CODE and after is not None and "ل" in after.prefix and self._eligible(view, after, speaker, True):
            return after  # "المواقف والجهود الصادقة للمملكة": whose efforts are praised
        if after is None and last + 3 <= end and word_forms(view.tokens[last + 1]) & RELATIVES:
            after = view.actor_at(last + 3)
        if after is None and last + 1 <= end and last + 1 in view.nisbas:
            # "التدخلات الإيرانية"، "الاعتداءات الإسرائيلية": the nationality is the doer's state (its
            # forces for a violent word), unless the word only describes people of it
            armed = any(t.entry.code[:2] in FORCE_ROOTS for t in self.roles.lexicon.match(view.tokens[first:last + 1]))
            after = nisba_actor(view, last + 1, "MIL" if armed else "GOV")
            return after if not after.actor.actor_code.endswith("CVL") else None
        if after is not None and self._eligible(view, after, speaker):
            return after
        if first > 0 and word_forms(view.tokens[first - 1]) & self.words.object_preps and \
                not (first > 1 and word_forms(view.tokens[first - 2]) & _PART_WORDS) or \
                "ب" in view.tokens[first].proclitics:
            return None  # "رد على الاستفزازات"، "تتهمهم بالتورط": the subject answers or tells the act
        for act in sorted(view.actors, key=lambda a: -a.last):
            if act.last >= first or act.first < start or first - act.last > _BEFORE_WINDOW:
                continue
            if self._eligible(view, act, speaker) and self._clear(view.tokens, act.last + 1, first):
                return act
            return None  # the nearest actor before is not the subject: nobody further back is
        return None

    def _eligible(self, view: SentenceView, act: ActorMention, speaker: ActorMention | Actor,
                  owner: bool = False) -> bool:
        """An actor that can be blamed: no medium, place or anonymous source, not the speaker, and not
        after a preposition (a victim or a place: "على اليمن"، "في سوريا"، "لإيران")."""
        if is_media(act) or is_location(act) or is_reporter(act) or act.type in {"LOC", "FAC"} or \
                key_of(act.actor) == key_of(actor_of(speaker)):
            return False  # a place or a building (المسجد الأقصى) is what is wronged, never the wrongdoer
        if (set(act.prefix) & {"ب", "ل"} and not owner) or self._phrase_at(view.tokens, act.first, act.last) is not None or \
                _forms(view.tokens[act.first]) & self.words.never_actors:
            return False  # "جريمة إبادة": a stance word read as a name is no actor
        if word_forms(view.tokens[act.first]) & self.cues.place_nouns or \
                act.first > 0 and word_forms(view.tokens[act.first - 1]) & self.cues.place_nouns:
            return False  # "اقتحام مدينة الضالع": a town is ground, not a side
        return owner or act.first == 0 or not word_forms(view.tokens[act.first - 1]) & self.words.victim_words

    def _clear(self, tokens: list[Token], lo: int, hi: int) -> bool:
        """No clause break, negator or shield word between the subject and the word."""
        for tok in tokens[lo:hi]:
            if tok.kind == "punct" and tok.text not in _QUOTES:
                return False
            if _forms(tok) & self.words.shields or word_forms(tok) & self.cues.negators:
                return False
        return True


# Verbs of stressing whose object after على is what was said ("وشدد على الدور الكبير للمملكة").
_EMPHASIS = frozenset(normalize_form(w) for w in (
    "أكد", "أكدت", "يؤكد", "تؤكد", "شدد", "شددت", "يشدد", "تشدد", "مؤكدا", "مؤكدة", "مشددا", "مشددة"))


def _quoted_name(view: SentenceView, k: int) -> bool:
    """The quotation mark at `k` opens a name that the next one closes («هيومن رايتس ووتش»)."""
    act = view.actor_at(k + 1)
    return act is not None and act.last + 1 < len(view.tokens) and view.tokens[act.last + 1].text in _QUOTES


def _country(actor: Actor | None) -> str | None:
    """The country part of an actor (code prefix, else its country), for the no-double check."""
    if actor is None:
        return None
    return (actor.actor_code or "")[:3] or actor.country_iso3
