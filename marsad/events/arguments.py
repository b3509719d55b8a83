"""Source and target of a predicate from the shape of an Arabic news sentence.

Arabic news is mostly verb-subject-object: the subject is the first bare actor after the verb, the
object the next bare one; prepositions named by the lexicon entry (مع، ب، إلى، على …) introduce the
target. Nominal sentences put the subject before the predicate ("إيران مستعدة ل…"), verbal nouns take
their agent as a genitive ("زيارة روحاني إلى باكو"), and participles (مشيدا، داعيا) share the subject
of the clause they hang on.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.doc import Token
from marsad.events.actors import ActorMention
from marsad.events.cues import Cues, word_forms
from marsad.events.lexicon import Trigger

_PREP_CLITICS = ("ب", "ل", "ك")
_CLAUSE_STOP = {".", ":", "؛", "؟", "!", "?", "«", "»", '"', "“", "”"}
TARGET_WINDOW = 9
_COMPLEMENTISERS = {"ان", "انه", "انها", "بان", "بانه"}


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens and actors, with a lookup from a token position to the actor starting there."""

    index: int
    tokens: list[Token]
    actors: list[ActorMention]

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


def subject_after(view: SentenceView, pos: int, cues: Cues, limit: int = 3) -> ActorMention | None:
    """The first bare actor within `limit` words after `pos`, with no preposition or clause break between."""
    for j in range(pos + 1, min(len(view.tokens), pos + 1 + limit)):
        act = view.actor_at(j)
        if act is not None:
            return act if _bare(act) else None
        tok = view.tokens[j]
        if tok.kind == "punct" or _is_prep(tok, cues):
            return None
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
        return act
    return None


def sentence_subject(view: SentenceView, cues: Cues, limit: int = 4) -> ActorMention | None:
    """The subject of a sentence's opening clause: a bare PER/ORG/GPE actor among its first words with
    no preposition before it ("وتطرق روحاني"، "من جانبه وصف رئيس أذربيجان"); the actor in "كما دعا إلى
    مشاركة إيران" is an argument, not a subject."""
    skip = _opener_length(view, cues)
    for act in view.actors:
        if act.first < skip:
            continue
        if act.first >= skip + limit:
            break
        between = view.tokens[skip:act.first]
        if any(_is_prep(t, cues) or t.kind == "punct" for t in between):
            return None
        if act.type in {"PER", "ORG", "GPE"} and _bare(act):
            return act
    return None


def _opener_length(view: SentenceView, cues: Cues) -> int:
    """Words of a leading carry-over phrase such as "من جانبه" (its من is not a preposition of the
    subject)."""
    if len(view.tokens) >= 2:
        pair = f"{view.tokens[0].norm} {view.tokens[1].norm}"
        if pair in cues.carry_over:
            return 2
    return 0


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
    cue_seen = False
    stop = min(len(view.tokens), start + 1 + TARGET_WINDOW)
    for j in range(start + 1, stop):
        tok = view.tokens[j]
        if tok.text in _CLAUSE_STOP:
            break
        act = view.actor_at(j)
        if act is not None and act.key != exclude:
            if cue_seen or any(c in act.prefix for c in trig.entry.cues if len(c) == 1):
                return act, "cue"
            if allow_object and _bare(act) and not _after_prep(view, j):
                return act, "object"
        if _is_cue(tok, trig.entry.cues):
            cue_seen = True
        elif tok.text == "،" and not cue_seen:
            break
    return None, ""


def _after_prep(view: SentenceView, pos: int) -> bool:
    return pos > 0 and view.tokens[pos - 1].norm in {"في", "من", "عن", "خلال", "منذ", "بعد", "قبل"}


def between_pair(view: SentenceView, start: int) -> tuple[ActorMention, ActorMention] | None:
    """"بين X و Y" after `start`: the two sides of a symmetric event (talks, clashes)."""
    for j in range(start + 1, min(len(view.tokens), start + 1 + TARGET_WINDOW)):
        if view.tokens[j].norm != "بين":
            continue
        pair = [a for a in view.actors if j < a.first <= j + 6]
        if len(pair) >= 2 and pair[0].key != pair[1].key:
            return pair[0], pair[1]
    return None
