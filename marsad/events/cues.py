"""Closed word lists (negators, modality, actor nouns, speech verbs) and the modality reading.

The lists are data (`data/cues.yaml`); this module folds them once and answers the questions the coder
and the quote finder ask of a sentence: is this predicate negated, future, wished, conditional, reported?
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.doc import Token
from marsad.text.normalize import normalize_form
from marsad.yamlio import load_yaml

CUES_PATH = Path(__file__).with_name("data") / "cues.yaml"


def _fold_set(words: list[str] | None) -> frozenset[str]:
    return frozenset(normalize_form(w) for w in words or ())


@dataclass(frozen=True)
class Cues:
    negators: frozenset[str]
    refraining_verbs: frozenset[str]
    light_verbs: frozenset[str]
    allegation_nouns: frozenset[str]
    future_particles: frozenset[str]
    denial_verbs: frozenset[str]
    intent_words: frozenset[str]
    conditionals: frozenset[str]
    reporting: frozenset[str]
    today_words: frozenset[str]
    prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    actor_nouns: dict[str, str]  # folded noun -> CAMEO agent suffix (GOV, MIL, …)
    speech_verbs: frozenset[str]
    complementisers: frozenset[str]
    carry_over: frozenset[str]
    unnamed_actors: dict[str, str] = field(default_factory=dict)  # folded noun -> agent (CVL, GOV, …)
    agent_verbs: frozenset[str] = frozenset()
    both_sides: frozenset[str] = frozenset()
    both_sides_roles: dict[str, str] = field(default_factory=dict)  # folded dual noun -> role key
    nationality_nouns: dict[str, str] = field(default_factory=dict)  # folded plural people noun -> ISO3
    # Actor phrases (README "data/cues.yaml"; read by marsad.events.phrases):
    anaphoric_rebels: frozenset[str] = frozenset()
    anaphoric_attackers: frozenset[str] = frozenset()
    descriptive_actors: dict[str, str] = field(default_factory=dict)  # folded phrase -> KB id
    coalition_heads: frozenset[str] = frozenset()
    coalition_theatres: dict[str, str] = field(default_factory=dict)  # ISO3 -> KB id of the coalition
    force_nouns: frozenset[str] = frozenset()
    allegiance_words: frozenset[str] = frozenset()
    group_nisbas: dict[str, tuple[str, bool]] = field(default_factory=dict)  # form -> (KB id, needs a head)
    group_heads: frozenset[str] = frozenset()
    short_form_states: frozenset[str] = frozenset()
    short_form_stop: frozenset[str] = frozenset()
    media_heads: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    source_heads: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    title_links: frozenset[str] = frozenset()
    stateless_agents: frozenset[str] = frozenset()  # unnamed agents that take no country from the place
    short_form_fallback: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head -> ISO3 candidates
    demonstratives: frozenset[str] = frozenset()  # "هذه القوات": a force noun referring back
    armed_group_heads: frozenset[str] = frozenset()  # "التنظيم" alone: the last armed group named
    # Role lists (README "data/cues.yaml"; for the role modules, which held them as constants):
    clash_nouns: frozenset[str] = frozenset()
    clash_verbs: frozenset[str] = frozenset()
    held_places: frozenset[str] = frozenset()
    quantity_words: frozenset[str] = frozenset()
    member_heads: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    attribution_words: frozenset[str] = frozenset()
    cause_words: frozenset[str] = frozenset()
    obligation_words: frozenset[str] = frozenset()  # "يجب أن"، "داعيا إلى": modality "obligation"
    masdar_adjectives: frozenset[str] = frozenset()  # "ورفضها القاطع": after these a suffixed word is a noun
    appeal_verbs: frozenset[str] = frozenset()  # "دعا … إلى عقد اجتماع": the meeting is called for, not held
    venue_nouns: frozenset[str] = frozenset()  # "بالديوان الأميري": where, not a cue to the target
    affiliation_words: frozenset[str] = frozenset()  # "سفينة مرتبطة بإسرائيل": the owner of what is hit
    protocol_openers: frozenset[str] = frozenset()  # "صاحب السمو …": a long subject before a pattern's object
    rank_words: frozenset[str] = frozenset()  # "رئيس الجمهورية العماد جوزاف عون": a rank is no word of distance
    noun_homographs: frozenset[str] = frozenset()  # "شكر": the verb opens its clause, the noun does not
    office_heads: frozenset[str] = frozenset()  # "حاكم دبي" after a subject: the domain of his title
    cessation_words: frozenset[str] = frozenset()  # "وقف إطلاق النار": the fire ceasing, not fired
    breakdown_words: frozenset[str] = frozenset()  # "انهيار هدنة": an agreement broken, not made
    civilian_objects: frozenset[str] = frozenset()  # "حافلة إيرانية": a nationality on civilian property
    citation_words: frozenset[str] = frozenset()  # "بقول الله تعالى: (…)": what follows is scripture
    guest_nouns: frozenset[str] = frozenset()  # "الضيف": the visitor of the last visit or reception
    attendance_verbs: frozenset[str] = frozenset()  # "وحضر اللقاء X و Y": the attendees, not the meeting's sides
    masculine_heads: frozenset[str] = frozenset()  # "واتهمت الجيش": the feminine verb is not the army's
    aim_nouns: frozenset[str] = frozenset()  # "تستهدف المملكة رفع الصادرات": a goal, not an attack
    sentence_openers: frozenset[str] = frozenset()  # "وردا على ذلك،": skipped before the subject
    counted_people: frozenset[str] = frozenset()  # "ثلاث رهائن إسرائيليات": counted people of a nation
    blessings: frozenset[str] = frozenset()  # "-حفظه الله-": left out of the sentence the coder reads
    manner_adverbs: frozenset[str] = frozenset()  # "بشدة": a ب that introduces no target
    light_nouns: frozenset[str] = frozenset()  # "قيام X بـ": the act after it is stated as done
    directive_words: frozenset[str] = frozenset()  # "لتوجيهات X، بتقديم": X does the act
    upcoming_words: frozenset[str] = frozenset()  # "زيارته المقبلة": a visit still to come
    possibility_words: frozenset[str] = frozenset()  # "يمكن أن تقود إلى القبض": may happen, has not
    accident_words: frozenset[str] = frozenset()
    accident_phrases: frozenset[str] = frozenset()
    crime_words: frozenset[str] = frozenset()
    reception_places: frozenset[str] = frozenset()  # "صالات استقبال": a hall for receiving, no hosting
    pronoun_plurals: frozenset[str] = frozenset()
    abstract_subjects: frozenset[str] = frozenset()
    title_heads: frozenset[str] = frozenset()  # "برنامج «…»": a short quoted span after these is a name  # "مظاهره" with ه: its manifestations, no demonstration  # "جريمة قتل": a murder case, when nobody is named as doer  # "انقلاب السيارة": two words, each also an attack's or coup's
    person_homographs: frozenset[str] = frozenset()
    sports_words: frozenset[str] = frozenset()  # two of them make a sentence a sports report
    attempt_words: frozenset[str] = frozenset()  # "حاول تفجير نفسه": tried, right before the predicate
    commentary_voice: frozenset[str] = frozenset()  # "نحن"، "أعتقد": a column's own voice (genre.py)
    news_reporting: frozenset[str] = frozenset()  # "قال"، "أفاد": a report's attributions (genre.py)


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_PATH) -> Cues:
    """Read and fold the cue lists once per process."""
    raw = load_yaml(path.read_text(encoding="utf-8"))
    mappings = {"actor_nouns", "unnamed_actors", "both_sides_roles", "nationality_nouns", "descriptive_actors",
                "coalition_theatres", "group_nisbas", "short_form_fallback"}
    inverted = {k: _invert(raw.get(k)) for k in mappings - {"group_nisbas", "coalition_theatres", "short_form_fallback"}}
    theatres = {str(iso): kb_id for kb_id, isos in (raw.get("coalition_theatres") or {}).items() for iso in isos}
    fallback = {normalize_form(head): tuple(str(i) for i in isos)
                for head, isos in (raw.get("short_form_fallback") or {}).items()}
    codes = {"stateless_agents"}  # CAMEO codes, not words: not folded
    simple = {k: _fold_set(v) for k, v in raw.items() if k not in mappings | codes}
    return Cues(**inverted, coalition_theatres=theatres, group_nisbas=_group_forms(raw.get("group_nisbas")),
                short_form_fallback=fallback, **{k: frozenset(map(str, raw.get(k) or ())) for k in codes}, **simple)


def _invert(table: dict[str, list[str]] | None) -> dict[str, str]:
    """{value: [words]} as written in the data -> {folded word: value}."""
    return {normalize_form(w): value for value, words in (table or {}).items() for w in words}


def _group_forms(table: dict[str, list[str]] | None) -> dict[str, tuple[str, bool]]:
    """Every form of a movement nisba (حوثي): feminine and plural forms, bare and definite, stand on
    their own (the counted accusative too: "مقتل 42 حوثيا"); the masculine singular (الحوثي، حوثي) is also a
    surname, so it needs a group noun before."""
    out: dict[str, tuple[str, bool]] = {}
    for kb_id, stems in (table or {}).items():
        for stem in stems:
            base = normalize_form(stem)
            for suffix, needs_head in (("", True), ("ه", False), ("ون", False), ("ين", False), ("ا", False)):
                for article in ("", "ال"):
                    out[article + base + suffix] = (kb_id, needs_head)
    return out


def accident_told(tokens: list[Token], cues: Cues) -> bool:
    """Whether the sentence tells an accident by one of the cue words or two-word phrases."""
    if any(word_forms(t) & cues.accident_words for t in tokens):
        return True
    for first, second in zip(tokens, tokens[1:], strict=False):
        forms = word_forms(first) | {first.norm[1:]} if first.norm[:1] in {"ب", "ل"} else word_forms(first)
        if any(f"{form} {second.norm}" in cues.accident_phrases for form in forms):
            return True
    return False


def word_forms(tok: Token) -> set[str]:
    """The folded word with and without a leading و/ف conjunction (وإذا → إذا)."""
    forms = {tok.norm}
    if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 2:
        forms.add(tok.norm[1:])
    return forms


@dataclass(frozen=True)
class ClauseMarks:
    """Where the words that colour every later predicate of a sentence first stand: denial, condition,
    and the first intent, obligation or reporting word. `read_modality` asks this of each trigger;
    scanning the words before the trigger each time made a long sentence quadratic in its length."""

    denial: int  # position of the first denial word; len(tokens) when there is none
    conditional: int  # likewise for a conditional
    coloured: int  # the first intent, obligation or reporting word that is no conditional
    colour: str  # its modality ("intent", "obligation", "reported"); "asserted" when there is none
    # where an intent or obligation stops: the first clause linker after it ("وأكد ضرورة إدخال المساعدات،
    # فيما أشاد بايدن …": the praise was given); a report covers the whole sentence
    colour_end: int = 1 << 30  # _NO_END


def clause_marks(tokens: list[Token], cues: Cues) -> ClauseMarks:
    end = len(tokens)
    denial = conditional = coloured = end
    colour = "asserted"
    for j, tok in enumerate(tokens):
        forms = word_forms(tok)
        if denial == end and forms & cues.denial_verbs:
            denial = j
        if forms & cues.conditionals:
            conditional = min(conditional, j)  # the first one
        elif coloured == end:
            kind = ("intent" if forms & cues.intent_words else "obligation" if forms & cues.obligation_words
                    else "reported" if forms & cues.reporting else "")
            if kind:
                coloured, colour = j, kind
    colour_end = _NO_END  # no linker seen: the colour reaches past the tokens given (read_modality's tokens[:head])
    if colour in {"intent", "obligation"}:
        colour_end = next((k for k in range(coloured + 1, end) if word_forms(tokens[k]) & _CLAUSE_LINKERS), _NO_END)
    return ClauseMarks(denial, conditional, coloured, colour, colour_end)


_NO_END = 1 << 30
# Forms of زال after لا/ما: "لا تزال"، "ما زالت" mean "still"; the negator negates nothing.
_STILL = frozenset({"تزال", "يزال", "زالت", "زال", "نزال", "يزالون", "تزالان", "زالوا"})


def _new_clause(tokens: list[Token], denial: int, head: int) -> bool:
    """A clause linker stands between the denial and the predicate, or the predicate is a verb joined to
    the sentence by a comma and و."""
    if any(word_forms(tokens[k]) & _CLAUSE_LINKERS for k in range(denial + 1, head)):
        return True
    return head > 0 and tokens[head - 1].text in {"،", ","} and tokens[head].norm.startswith("و")
def _added_after(tokens: list[Token], denial: int, head: int, cues: Cues) -> bool:
    """"نفى الحزب مسؤوليته عن العملية، مضيفًا أن «مجموعة فدائية» نفذت عملية انتقامية": what a speech verb after a
    comma adds (with أن) is asserted by the denier, not denied."""
    return any(tokens[k - 1].text in {"،", ","} and word_forms(tokens[k]) & cues.speech_verbs and
               k + 1 < head and word_forms(tokens[k + 1]) & _THAT for k in range(denial + 2, head))


_THAT = frozenset({"ان", "بان", "انه", "انها", "انهم"})  # folded أن، بأن، أنه …
# Words that open a new clause of the sentence, with its own modality (فيما أشاد، بينما رفض، في حين دعا).
_CLAUSE_LINKERS = frozenset({"فيما", "بينما", "حين", "لكن", "ولكن"})


def read_modality(tokens: list[Token], head: int, future_clitic: bool, cues: Cues,
                  marks: ClauseMarks | None = None, joined_verb: bool = False) -> tuple[bool, str]:
    """(negated, modality) of the predicate at token `head` of a sentence.

    Negators count only in the two words right before the predicate (لم يلتق، لن يزور); denial,
    condition, intent, obligation and attribution words count anywhere earlier in the same sentence,
    because Arabic puts them at the head of the clause ("نفى أن يكون الوزير قد التقى"، "يجب أن
    تنسحب القوات": what must be done has not been done). A denial wins over everything, a condition
    over the rest; otherwise the first intent, obligation or reporting word sets the modality, unless
    the predicate is already future. `marks` is the sentence's `clause_marks`, when the caller keeps it.
    A verb joined by و after a comma ("نفت قوات الدعم السريع مسؤوليتها، واتهمت الجيش …", `joined_verb`)
    opens a clause of its own that the denial before it does not reach, and so does a clause linker.
    """
    negated = False
    modality = "future" if future_clitic else "asserted"
    for j in range(head - 1, max(-1, head - 3), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            break
        forms = word_forms(tok)
        if forms & cues.negators and not (j + 1 < len(tokens) and tokens[j + 1].norm in _STILL):
            negated = True  # not "لا تزال ترفض"، "ما زالت تقصف": still, not never
        if forms & cues.future_particles:
            modality = "future"
        elif forms & cues.attempt_words and modality == "asserted":
            modality = "intent"  # "حاول تفجير نفسه": an attempt names what was not done
    if not negated and (_refrained(tokens, head, cues) or _negated_light_verb(tokens, head, cues)):
        negated = True
    if marks is None:
        marks = clause_marks(tokens[:head], cues)
    if marks.denial < head and not (joined_verb and _new_clause(tokens, marks.denial, head)) and \
            not _added_after(tokens, marks.denial, head, cues):
        return True, "denied"
    if marks.conditional < head or _only_possible(tokens, head, cues) or _whoever(tokens, head):
        return negated, "conditional"
    if modality == "asserted" and marks.coloured < head < marks.colour_end:
        modality = marks.colour
    if modality == "asserted" and head > 0 and word_forms(tokens[head - 1]) & cues.allegation_nouns:
        modality = "reported"  # "مزاعم منع الجزائريين من السفر": alleged by others
    return negated, modality


_REFRAIN_REACH = 8  # "امتنعت اللجنة اليهودية الأميركية عن": the verb, its subject, then عن


def _refrained(tokens: list[Token], head: int, cues: Cues) -> bool:
    """"امتنعت اللجنة عن دعوة أصدقائها"، "بعد امتناعه عن إدانة الهجوم": a verbal noun right after the عن of a
    refraining verb or noun in its clause was not done."""
    if head < 2 or tokens[head - 1].norm != _ABOUT:
        return False
    for j in range(head - 2, max(-1, head - 2 - _REFRAIN_REACH), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        forms = word_forms(tok)
        if forms & cues.refraining_verbs or any(f.endswith(p) and f[:-len(p)] in cues.refraining_verbs
                                                 for f in forms for p in _OWNER_PRONOUNS):
            return True
    return False


def _negated_light_verb(tokens: list[Token], head: int, cues: Cues) -> bool:
    """"ولم يقم أي رئيس أميركي بزيارة كينيا": a verbal noun with ب carried by a negated light verb, its subject
    between, was not done."""
    if not tokens[head].norm.removeprefix("و").startswith("ب"):
        return False
    for j in range(head - 1, max(0, head - 1 - _LIGHT_REACH), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        if word_forms(tok) & cues.light_verbs:
            return bool(word_forms(tokens[j - 1]) & cues.negators)
    return False


_LIGHT_REACH = 8  # the light verb's subject, a title and a name, before the verbal noun
_ABOUT = normalize_form("عن")
_OWNER_PRONOUNS = ("ه", "ها", "هم")  # "امتناعه عن"
_POSSIBLE_REACH = 4  # "يمكن أن تقود إلى القبض": a verb and its preposition between


def _only_possible(tokens: list[Token], head: int, cues: Cues) -> bool:
    """"معلومات يمكن أن تقود إلى القبض عليه"، "يمكن أن تفضي إلى قمع المظاهرات": what may happen, told in
    the same short clause; a possibility earlier in a long sentence does not reach later verbs."""
    for j in range(head - 1, max(-1, head - 1 - _POSSIBLE_REACH), -1):
        if tokens[j].kind == "punct":
            return False
        if word_forms(tokens[j]) & cues.possibility_words:
            return True
    return False


_EVERY = frozenset({"كل", "وكل", "لكل", "بكل"})
_WHOEVER_REACH = 3


def _whoever(tokens: list[Token], head: int) -> bool:
    """"ويعاقب بالإعدام كل من يتعمد قتل شخص يتمتع بحماية دولية": an act of "whoever" (كل من and a verb) is
    what a law or a threat foresees, not what anyone did; "كل من السعودية ومصر" (both) has a noun after من."""
    for j in range(head - 1, max(0, head - 1 - _WHOEVER_REACH), -1):
        if tokens[j].kind == "punct":
            return False
        if tokens[j].norm == "من" and tokens[j - 1].norm in _EVERY:
            after = tokens[j + 1]
            return j + 1 == head or (after.kind == "word" and after.norm[:1] in ("ي", "ت") and not after.article)
    return False


def purpose_clause(tokens: list[Token], cue_pos: int, first: int) -> bool:
    """The cue at `cue_pos` is a verbal noun with ل ("لحماية") and a definite noun follows it before the
    word at `first` ("لحماية الحقوق المشروعة للشعب"): that ل opens a purpose clause, so a ل-actor at
    `first` owns the clause's object and is not the addressee of the predicate before the clause."""
    cue = tokens[cue_pos]
    if cue.kind != "word" or cue.article or not cue.norm.startswith("ل") or first <= cue_pos + 1:
        return False
    return tokens[cue_pos + 1].kind == "word" and tokens[cue_pos + 1].article


# Word-level lookups against the cue lists, memoised per word form: the actor rules ask them of every
# token of every sentence (twice per article: events and quotes), and a form's answer never changes.

_OWNED_AGENTS = {"GOV", "MIL", "COP"}  # agents a pronoun suffix can own ("قواته"، "حكومتها")
_MEMO_LIMIT = 200_000
_MEMOS: dict[int, tuple[Cues, dict[str, dict]]] = {}
_PAIR_TABLES: dict[int, tuple[Cues, dict[str, dict[str, str]]]] = {}


def form_memo(cues: Cues, name: str) -> dict:
    """A memo of one pure function of (word form, cue lists), per cue lists: these run on every token
    of every sentence, and a word form's answer never changes. The entry holds the cue lists, so
    their id is not reused while it lives."""
    entry = _MEMOS.get(id(cues))
    if entry is None or entry[0] is not cues:
        entry = _MEMOS[id(cues)] = (cues, {})
    table = entry[1].setdefault(name, {})
    if len(table) > _MEMO_LIMIT:
        table.clear()
    return table


def owned_form(norm: str, cues: Cues) -> tuple[str, str] | None:
    """(proclitics, agent) for قواته / وحكومتها / بجيشه: an actor noun plus ـه or ـها."""
    for cut in range(0, 3):
        prefix, body = norm[:cut], norm[cut:]
        if not set(prefix) <= set("وفبل"):
            break
        for suffix in ("ها", "ه"):
            stem = body[: -len(suffix)]
            if not body.endswith(suffix) or len(stem) < 3:
                continue
            forms = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            agent = next((cues.actor_nouns[f] for f in forms if f in cues.actor_nouns), None)
            if agent in _OWNED_AGENTS:
                return prefix, agent
    return None


def people_noun_form(norm: str, cues: Cues) -> str | None:
    """Country of a plural people noun ("الصرب") with و ف ب ل before it at most."""
    for cut in range(0, 3):
        iso = cues.nationality_nouns.get(norm[cut:])
        if iso is not None and set(norm[:cut]) <= set("وفبل"):
            return iso
    return None


def pair_table(cues: Cues) -> dict[str, dict[str, str]]:
    """First word -> second word -> agent of the two-word unnamed actors."""
    entry = _PAIR_TABLES.get(id(cues))
    if entry is None or entry[0] is not cues:  # the entry holds its cue lists: their id is not reused
        table: dict[str, dict[str, str]] = {}
        for words, agent in cues.unnamed_actors.items():
            parts = words.split()
            if len(parts) == 2:
                table.setdefault(parts[0], {})[parts[1]] = agent
        entry = _PAIR_TABLES[id(cues)] = (cues, table)
    return entry[1]
