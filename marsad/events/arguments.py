"""Source and target of a predicate from the shape of an Arabic news sentence.

Arabic news is mostly verb-subject-object: the subject is the first bare actor after the verb, the
object the next bare one; prepositions named by the lexicon entry (مع، ب، إلى، على …) introduce the
target. Nominal sentences put the subject before the predicate ("إيران مستعدة ل…"), verbal nouns take
their agent as a genitive ("زيارة روحاني إلى باكو"), and participles (مشيدا، داعيا) share the subject
of the clause they hang on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.doc import Token
from marsad.events.actors import ActorMention
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import Trigger
from marsad.text.normalize import normalize_form

_PREP_CLITICS = ("ب", "ل", "ك")
_CLAUSE_STOP = {".", ":", "؛", "؟", "!", "?", "«", "»", '"', "“", "”"}
TARGET_WINDOW = 9
CUE_REACH = 4  # "مشيدا بدورها في جهود الوساطة … في غزة": Gaza is too far from ب to be what is praised
_COMPLEMENTISERS = {"ان", "انه", "انها", "بان", "بانه"}


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens and actors, with a lookup from a token position to the actor starting there."""

    index: int
    tokens: list[Token]
    actors: list[ActorMention]
    nisbas: dict[int, str] = field(default_factory=dict)  # position -> country of a free nisba

    def actor_at(self, pos: int) -> ActorMention | None:
        for act in self.actors:
            if act.first == pos:
                return act
        return None


def _bare(act: ActorMention) -> bool:
    """No preposition written onto the actor (وروحاني is bare, لباكو is not)."""
    return not any(c in act.prefix for c in _PREP_CLITICS)


def _is_prep(tok: Token, cues: Cues) -> bool:
    return bool(word_forms(tok) & cues.prepositions)


# Prepositions inside a title ("المتحدث باسم الوزارة"، "المندوبة لدى الأمم المتحدة"): the organisation
# after them belongs to the title, the subject's name still follows.
_TITLE_PREPS = {normalize_form(w) for w in ("باسم", "لدى")}


def subject_after(view: SentenceView, pos: int, cues: Cues, limit: int = 3) -> ActorMention | None:
    """The first bare actor within `limit` words after `pos`, with no preposition or clause break
    between. A title's organisation ("باسم الوزارة") and a side ("عن الجانب السعودي") are skipped
    and not counted; a synthetic group ("رئيس حكومة … اللبنانية") followed by a named person is that
    person."""
    seen, j = 0, pos + 1
    while j < len(view.tokens) and seen < limit:
        act = view.actor_at(j)
        tok = view.tokens[j]
        if act is not None:
            if not _bare(act):
                return None
            titled = _titled_person(view, act, cues) if seen > 0 else None
            return titled or _named(view, act)
        if word_forms(tok) & _TITLE_PREPS:
            owner = view.actor_at(j + 1)
            j = owner.last + 1 if owner is not None else j + 1
            continue
        if tok.norm == "عن" and j + 1 < len(view.tokens) and view.tokens[j + 1].norm == "الجانب":
            j += 3  # "عن الجانب السعودي": on behalf of a side, the signer's name follows
            continue
        if tok.kind == "punct" or _is_prep(tok, cues):
            return None
        seen, j = seen + 1, j + 1
    return None


def _titled_person(view: SentenceView, act: ActorMention, cues: Cues) -> ActorMention | None:
    """"وكيل وزارة الخزانة لشؤون الإرهاب … براين نيلسون": an organisation or place after a title word
    belongs to the title; the person named within a few words after it is the subject."""
    if act.type not in {"ORG", "GPE"}:
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
    person's title."""
    name = view.actor_at(act.last + 1)
    if act.actor.entity_id is None and name is not None and name.type == "PER" and _bare(name):
        return name
    return act


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
    return None


def subject_before(view: SentenceView, pos: int, cues: Cues, limit: int = 3) -> ActorMention | None:
    """A nominal-sentence subject: the nearest bare actor ending within `limit` words before `pos`."""
    for act in reversed(view.actors):
        if act.last >= pos or act.last < pos - limit:
            continue
        between = view.tokens[act.last + 1:pos]
        # "قال شكري إن الزيارة …": a complementiser opens a new clause with its own subject;
        # "صرح X بعد الاجتماع": a preposition makes what follows an oblique, not X's predicate.
        if not _bare(act) or any(t.kind == "punct" or word_forms(t) & _COMPLEMENTISERS or _is_prep(t, cues)
                                 for t in between):
            return None
        before = view.tokens[act.first - 1] if act.first > 0 else None
        if before is not None and _is_prep(before, cues):
            return None
        if act.type in {"GPE", "LOC"} and act.first > 1 and \
                word_forms(view.tokens[act.first - 2]) & cues.place_prepositions:
            return None  # "وفي بلدة بيت حانون أطلقت …": the place where, not the doer
        return act
    return None


# Words that may stand between a clause-initial subject and its verb ("السيسي قد استقبل", "X لن يزور").
_PRE_VERB = {"قد", "لم", "لن", "لا", "ما", "سوف", "لقد"}
# Words after which a new clause (and so a possible subject-first clause) begins.
_CLAUSE_OPENERS = {"ان", "انه", "انها", "بان", "فيما", "بينما", "حيث", "كما", "اذ", "لكن", "و"}


def clause_subject_before(view: SentenceView, pos: int,
                          cues: Cues) -> tuple[ActorMention, ActorMention | None] | None:
    """A subject-first clause: "السيسي يستقبل أردوغان"، "أعلنت الرئاسة أن السيسي سيزور تركيا"،
    "السعودية والصين توقعان". The actor (or the first of "X و Y") ends right before the verb and opens
    its clause: sentence start, punctuation, a complementiser or a clause linker before it. Returns the
    subject and, for "X و Y", the second conjunct (the other side of a dual verb)."""
    end = pos - 1
    while end >= 0 and (word_forms(view.tokens[end]) & _PRE_VERB or view.tokens[end].text in "«“\""):
        end -= 1
    last = next((a for a in view.actors if a.last == end), None)
    if last is None or end < 0:
        return None
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
        return first, partner
    before = view.tokens[start - 1]
    if before.kind == "punct" or before.text in {"-", "–"} or word_forms(before) & _CLAUSE_OPENERS:
        return first, partner
    return None


def sentence_subject(view: SentenceView, cues: Cues, limit: int = 4) -> ActorMention | None:
    """The subject of a sentence's opening clause: a bare PER/ORG/GPE actor opening it ("روحاني
    يقول") or the subject after its verb ("وتطرق روحاني"، "من جانبه وصف رئيس أذربيجان"، "وقال
    المتحدث باسم الوزارة X"); the actor in "كما دعا إلى مشاركة إيران" is an argument, not a subject."""
    skip = _opener_length(view, cues)
    act = view.actor_at(skip)
    if act is None and skip < len(view.tokens) and _is_prep(view.tokens[skip], cues):
        return None  # "وفي مدينة بغداد أطلقت …": a sentence opening on a place phrase names no subject
    if act is None and skip < len(view.tokens):
        act = subject_after(view, skip, cues, limit - 1)
    if act is not None and act.type in {"PER", "ORG", "GPE"} and _bare(act):
        return _named(view, act)
    return None


_DATELINE_WORDS = 10


def _opener_length(view: SentenceView, cues: Cues) -> int:
    """Words before the opening clause proper: a dateline ("بغداد، 6 تموز (وكالات) -"), then a
    carry-over phrase such as "من جانبه" (its من is not a preposition of the subject) and its comma."""
    toks = view.tokens
    skip = next((k + 1 for k in range(min(len(toks), _DATELINE_WORDS)) if toks[k].text in {"-", "–", "—"}), 0)
    if len(toks) >= skip + 2:
        pair = f"{toks[skip].norm} {toks[skip + 1].norm}"
        if pair in cues.carry_over:
            skip += 2
            if skip < len(toks) and toks[skip].text in {"،", ","}:
                skip += 1
    return skip


def _is_cue(tok: Token, cues: tuple[str, ...]) -> bool:
    """A separate cue word (مع، إلى) or a cue letter written onto the word (بالتحضيرات، للدور)."""
    forms = word_forms(tok)
    if forms & set(cues):
        return True
    return any(len(c) == 1 and f.startswith(c) and len(f) > 3 for c in cues for f in forms)


def target_after(view: SentenceView, trig: Trigger, start: int, exclude: str | None,
                 allow_object: bool) -> tuple[ActorMention | None, str]:
    """The target after position `start`: an actor introduced by one of the entry's cues, or (for
    transitive entries) the first bare actor; returns (actor, how) with how in {"cue", "object", ""}."""
    cue_seen, cue_pos = False, start
    stop = min(len(view.tokens), start + 1 + TARGET_WINDOW)
    for j in range(start + 1, stop):
        tok = view.tokens[j]
        if tok.text in _CLAUSE_STOP:
            break
        act = view.actor_at(j)
        if act is not None and act.key != exclude and not _locative(view, act, start, j):
            if cue_seen and j - cue_pos > CUE_REACH:
                return None, ""
            if cue_seen or any(c in act.prefix for c in trig.entry.cues if len(c) == 1):
                return act, "cue"
            if allow_object and _bare(act) and not _after_prep(view, j):
                return act, "object"
        if _is_cue(tok, trig.entry.cues) and not cue_seen:
            cue_seen, cue_pos = True, j
        elif tok.text == "،" and not cue_seen:
            break
    return None, ""


def _locative(view: SentenceView, act: ActorMention, start: int, pos: int) -> bool:
    """"في قصر الاتحادية بالقاهرة": a place written with ب inside a في phrase is where, not whom."""
    if act.type not in {"GPE", "LOC"} or "ب" not in act.prefix:
        return False
    return any(view.tokens[k].norm in {"في", "داخل"} for k in range(start + 1, pos))


def _after_prep(view: SentenceView, pos: int) -> bool:
    """An oblique, not an object: right after a preposition, or the second of "في X وY"."""
    if pos > 0 and view.tokens[pos - 1].norm in {"في", "من", "عن", "خلال", "منذ", "بعد", "قبل"}:
        return True
    act = view.actor_at(pos)
    if act is not None and act.prefix.startswith("و"):
        prev = next((a for a in view.actors if a.last == pos - 1), None)
        return prev is not None and _after_prep(view, prev.first)
    return False


def between_pair(view: SentenceView, start: int) -> tuple[ActorMention, ActorMention] | None:
    """"بين X و Y" after `start`: the two sides of a symmetric event (talks, clashes)."""
    for j in range(start + 1, min(len(view.tokens), start + 1 + TARGET_WINDOW)):
        if view.tokens[j].norm != "بين":
            continue
        pair = [a for a in view.actors if j < a.first <= j + 6]
        if len(pair) >= 2 and pair[0].key != pair[1].key:
            return pair[0], pair[1]
    return None
