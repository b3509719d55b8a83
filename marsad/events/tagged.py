"""The learned tagger's people, as the event coder reads them.

The knowledge base names the actors; the tagger's names stay out of the actor list (as actors of their
own they cost the coder more than they gave, marsad/ner/README.md). Two things about them are safe to read:

- a person the tagger finds whose words are part of a longer name of a known person written earlier
  ("الرئيس الفلسطيني محمود عباس" … "واتهم عباس"): the same person, as the `ner` stage will merge it
  (marsad.link.tagged), so he is the actor there too;
- a person the knowledge base lacks standing as a sentence's subject ("وقال البكري"، "فقد قرر الرئيس
  السادات"): the sentence has a speaker of its own, so the last known one is not carried into it, nor
  past it. A name written right beside a known actor ("محافظ عدن نايف البكري") is that actor's, and
  him speaking later ("وقال البكري") carries the actor on; so does a private person among a crowd the
  article speaks for ("وقال محمد عبدالله" after "المواطنون اليمنيون").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from marsad.doc import Document, Entity, Mention
from marsad.events.actors import ActorMention
from marsad.events.arguments import (
    QUOTE_MARKS,
    UNKNOWN_NAME,
    SentenceView,
    sentence_subject,
    with_unknown_names,
)
from marsad.events.cues import Cues
from marsad.events.lexicon import Lexicon
from marsad.link.tagged import TAGGER, overlaps, person_part_of
from marsad.text.normalize import normalize_form

# Roots whose verb may come first in the passive ("قُتل الطفل علي"، "اعتقل الناشط فارس"): the name after
# it may be who suffered the act, so it ends no speaker's turn.
_PASSIVE_ROOTS = frozenset({"17", "18", "19", "20"})
_BESIDE = 2  # a name at most this many words after a known actor is written beside it
_SURNAME_LETTERS = 3


@dataclass
class TaggedPeople:
    """One article's tagger people: those that are known persons, the spans of the others, and the
    words of the names written beside each known actor (by actor key)."""

    known: list[tuple[Entity, Mention]] = field(default_factory=list)
    unknown: list[tuple[int, int]] = field(default_factory=list)
    beside: dict[str, set[str]] = field(default_factory=dict)
    # the last word of each unknown person named in full -> where the full name ends: the surname
    # alone later ("لكن دندن انتقد" after "سمير دندن") is the same person, though the tagger may miss it
    surnames: dict[str, int] = field(default_factory=dict)
    _placed: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)  # by sentence index

    @classmethod
    def build(cls, doc: Document, tagged: Sequence[Mention]) -> TaggedPeople:
        # (a first name matched alone and left unlinked, "سامي" of "سامي الحربي", does not hide the name)
        other = [m for m in doc.mentions if m.origin != TAGGER and m.entity_id]
        people = [(m, e) for e in doc.entities if e.type == "PER" and e.kb_id for m in e.mentions if m.kind == "name"]
        out = cls()
        for m in tagged:
            if m.type not in {"PER", "ORG"} or overlaps(m, other):
                continue
            if m.type == "ORG":  # "كتبت «يسرائيل هيوم»": a paper or body the knowledge base lacks speaks
                out.unknown.append((m.start, m.end))
                continue
            person = person_part_of(m, people)
            if person is not None:  # a copy: the `ner` stage merges the tagger's own mention later
                out.known.append((person, replace(m, entity_id=person.id, kb_id=person.kb_id)))
            else:
                out.unknown.append((m.start, m.end))
                words = m.text.split()
                if len(words) >= 2 and len(words[-1]) >= _SURNAME_LETTERS:
                    out.surnames.setdefault(normalize_form(words[-1]), m.end)
        return out

    def note_beside(self, view: SentenceView) -> None:
        """Remember the words of unknown names written inside or right after a known actor ("محافظ عدن
        نايف البكري"، "الرئيس النيجيري محمد بخاري")."""
        for first, last in self.positions(view):
            for act in view.actors:
                if act.first <= first <= act.last or 0 < first - act.last <= _BESIDE:
                    self.beside.setdefault(act.key, set()).update(view.tokens[k].norm for k in range(first, last + 1))

    def speaks_instead(self, view: SentenceView, carried: ActorMention | None, cues: Cues, lexicon: Lexicon) -> bool:
        """The sentence's subject is a person the knowledge base lacks, who is not the `carried` actor
        under another name: what the sentence tells is not the carried actor's."""
        if carried is None or (carried.actor.actor_code or "").endswith("CVL"):
            return False  # a private person speaking among a crowd speaks for it
        marked = with_unknown_names(replace(view, unknown_names=self.positions(view)))
        if marked is view:
            return False
        subject = sentence_subject(marked, cues)
        if subject is None or subject.actor.entity_id != UNKNOWN_NAME:
            return False
        before = lexicon.match(view.tokens[:subject.first], cues.masdar_adjectives)
        if before and before[0].entry.code[:2] in _PASSIVE_ROOTS:
            return False
        words = {view.tokens[k].norm for k in range(subject.first, subject.last + 1)}
        return not words <= self.beside.get(carried.key, set())

    def positions(self, view: SentenceView) -> list[tuple[int, int]]:
        """Token positions (first, last) of the unknown names inside the sentence (found once per sentence:
        both `note_beside` and `speaks_instead` ask)."""
        if view.index not in self._placed:
            self._placed[view.index] = self._place(view)
        return self._placed[view.index]

    def _place(self, view: SentenceView) -> list[tuple[int, int]]:
        tokens = view.tokens
        if not tokens or not self.unknown:
            return []
        lo, hi = tokens[0].start, tokens[-1].end
        out = []
        for start, end in self.unknown:
            if lo <= start and end <= hi:
                inside = [k for k, t in enumerate(tokens) if t.end > start and t.start < end]
                if inside:
                    first, last = inside[0], inside[-1]
                    if 0 < first and last + 1 < len(tokens) and tokens[first - 1].text in QUOTE_MARKS \
                            and tokens[last + 1].text in QUOTE_MARKS:
                        first, last = first - 1, last + 1  # "كتبت «يسرائيل هيوم»": the marks are the name's
                    out.append((first, last))
        for k, tok in enumerate(tokens):
            if tok.start >= self.surnames.get(tok.norm, hi) and not any(a <= k <= b for a, b in out):
                out.append((k, k))
        return out
