"""The event coder: lexicon triggers + sentence structure → CAMEO/PLOVER events with evidence.

Design decisions (see README):
- Negated and denied events are kept, flagged `negated=True` (modality `denied` after نفى/أنكر), so a
  consumer can count them as claims; conditional ones carry modality `conditional`. None is ever
  reported as `asserted`.
- A statement with no stated addressee in a report about two sides is addressed to the most-mentioned
  actor of the other country, with lower confidence.
- Verbal nouns (لقاء، زيارة) need at least one explicit argument; a bare "الزيارة" is not an event.
- The same event told twice in an article (same root, source and target) is one event with the
  evidence spans of every telling.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marsad.doc import Actor, Document, Event
from marsad.events.actors import ActorMention, counterpart, salience, sentence_actors, sentence_tokens
from marsad.events.arguments import (
    SentenceView,
    between_pair,
    sentence_subject,
    subject_after,
    subject_before,
    target_after,
)
from marsad.events.cameo import CameoCode, load_table, lookup
from marsad.events.cues import Cues, load_cues, read_modality, word_forms
from marsad.events.lexicon import Lexicon, Trigger

HOST_CODE = "043"


@dataclass(slots=True)
class Arguments:
    """What the structure gave for one trigger; `explicit_*` say whether the text names them."""

    source: ActorMention | Actor | None = None
    target: ActorMention | Actor | None = None
    explicit_source: bool = False
    explicit_target: bool = False
    code: str = ""


def _actor(item: ActorMention | Actor | None) -> Actor | None:
    return item.actor if isinstance(item, ActorMention) else item


def _key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.entity_id or actor.actor_code or actor.canonical_en


class EventCoder:
    """Codes a Document's sentences into events. Resources load once and are shared read-only."""

    def __init__(self, lexicon: Lexicon | None = None, cues: Cues | None = None,
                 table: dict[str, CameoCode] | None = None, min_confidence: float = 0.3) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.cues = cues or load_cues()
        self.table = table or load_table()
        self.min_confidence = min_confidence

    def code(self, doc: Document) -> list[Event]:
        """All events of `doc`, merged, in order of first telling."""
        counts = salience(doc)
        carried: ActorMention | None = None
        events: list[Event] = []
        for sent, tokens in zip(doc.sentences, sentence_tokens(doc), strict=False):
            view = SentenceView(sent.index, tokens, sentence_actors(doc, tokens, self.cues))
            opener = sentence_subject(view, self.cues)
            current = opener or carried
            for trig in self.lexicon.match(tokens):
                args = self._arguments(view, trig, current)
                if args.explicit_source and isinstance(args.source, ActorMention) and args.source.type == "PER":
                    current = args.source
                event = self._event(doc, view, trig, args, counts)
                if event is not None and event.confidence >= self.min_confidence:
                    events.append(event)
            if opener is not None and opener.type in {"PER", "ORG"}:
                carried = opener
            elif current is not None and current.type in {"PER", "ORG"}:
                carried = current
        return merge_events(events)

    def _arguments(self, view: SentenceView, trig: Trigger, current: ActorMention | None) -> Arguments:
        """Source and target from the sentence shape, by the kind of word that matched."""
        args = Arguments(code=trig.entry.code)
        src = self._explicit_source(view, trig)
        if src is not None:
            args.source, args.explicit_source = src, True
        start = trig.last
        if src is not None and src.first > trig.head:
            start = min(src.last, trig.last) if _has_gap(trig) else max(src.last, trig.last)
        tgt, how = target_after(view, trig, start, src.key if src else None,
                                trig.entry.object or trig.kind == "noun")
        if tgt is not None:
            args.target, args.explicit_target = tgt, True
        if trig.entry.symmetric and (src is None or tgt is None):
            pair = between_pair(view, trig.last)
            if pair is not None:
                args.source, args.target = pair
                args.explicit_source = args.explicit_target = True
        if args.source is None and current is not None:
            args.source = current
        if trig.entry.visit:
            self._visit_roles(args, current)
        return args

    def _explicit_source(self, view: SentenceView, trig: Trigger) -> ActorMention | None:
        """Verb: the subject after it (VSO) or before it (SVO). Noun: its genitive, unless a pronoun
        suffix already fills that slot. Participle/adjective: a nominal subject right before it."""
        cues = self.cues
        if trig.kind == "verb":
            limit = trig.words[1] - trig.head if len(trig.words) > 1 and _has_gap(trig) else 3
            return subject_after(view, trig.head, cues, max(limit, 1)) or subject_before(view, trig.head, cues)
        if trig.kind == "noun":
            if trig.enclitic:
                return None
            return subject_after(view, trig.last, cues, 1) or subject_before(view, trig.head, cues)
        return subject_before(view, trig.head, cues, 2)

    def _visit_roles(self, args: Arguments, current: ActorMention | None) -> None:
        """A visit told from the host's side ("the host described X's visit to <host capital>") is
        the host hosting the visitor (043); otherwise the visitor visits the host (042)."""
        visitor, host = _actor(args.source), _actor(args.target)
        host_side = _actor(current)
        if visitor is None or host is None or host_side is None or not args.explicit_source:
            return
        if _key(host_side) != _key(visitor) and host_side.country_iso3 and \
                host_side.country_iso3 == host.country_iso3 != visitor.country_iso3:
            args.source, args.target, args.code = current, args.source, HOST_CODE

    def _event(self, doc: Document, view: SentenceView, trig: Trigger, args: Arguments,
               counts: Counter[str]) -> Event | None:
        """Build the Event, or None when the text gives too little to code it."""
        source = _actor(args.source)
        if source is None:
            return None
        needs_argument = trig.kind == "noun" or trig.entry.visit
        if needs_argument and not (args.explicit_source or args.explicit_target or trig.enclitic):
            return None
        target = _actor(args.target)
        confidence = trig.entry.confidence - (0.0 if args.explicit_source else 0.15)
        if target is None:
            target = counterpart(doc, source, counts)
            confidence -= 0.15 if target is not None else 0.1
        if _key(target) == _key(source):
            target = None
        negated, modality = read_modality(view.tokens, trig.head, trig.future_clitic, self.cues)
        row = lookup(args.code, self.table)
        trigger = doc.span(trig.start, trig.end)
        evidence = [trigger] + [a.span for a in (source, target) if a is not None and a.span is not None]
        return Event(
            cameo_code=args.code, trigger=trigger, source=source, target=target, cameo_root=row.root,
            plover=row.plover, goldstein=row.goldstein, quad_class=row.quad_class,
            sentence_index=view.index, negated=negated, modality=modality,
            confidence=round(max(confidence, 0.0), 2), date=self._date(doc, view),
            place=self._place(view, {_key(source), _key(target)}), label=row.label, evidence=evidence,
        )

    def _date(self, doc: Document, view: SentenceView) -> str | None:
        """A resolved point in time in the sentence; else the publication date when the sentence
        says "today" (اليوم، الليلة)."""
        if not view.tokens:
            return None
        lo, hi = view.tokens[0].start, view.tokens[-1].end
        for time in doc.times:
            # A duration or a range ("في غضون عام") frames the context, not the day the event happened.
            if lo <= time.start < hi and time.value and "/" not in time.value and time.granularity != "duration":
                return time.value
        if doc.published and any(word_forms(t) & self.cues.today_words for t in view.tokens):
            return doc.published[:10]
        return None

    def _place(self, view: SentenceView, exclude: set[str | None]) -> Actor | None:
        """The first GPE/LOC in the sentence introduced by "في" that is not the source or target."""
        for act in view.actors:
            if act.type not in {"GPE", "LOC"} or act.key in exclude or act.first == 0:
                continue
            if word_forms(view.tokens[act.first - 1]) & self.cues.place_prepositions:
                return act.actor
        return None


def _has_gap(trig: Trigger) -> bool:
    return len(trig.words) > 1 and trig.words[1] - trig.head > 1


# Roots whose events are happenings (a meeting, a visit, a strike) rather than utterances: told again
# later in the article they are the same happening. Verbal acts (praise, appeals, intentions) told in
# two sentences are two utterances and stay apart.
HAPPENING_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (root, source, target, negated) — per sentence for verbal acts, per article for
    happenings; later tellings add their evidence spans."""
    merged: dict[tuple, Event] = {}
    for event in events:
        scope = -1 if event.cameo_root in HAPPENING_ROOTS else event.sentence_index
        key = (event.cameo_root, _key(event.source), _key(event.target), event.negated, scope)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        for span in event.evidence:
            if all((s.start, s.end) != (span.start, span.end) for s in first.evidence):
                first.evidence.append(span)
        first.confidence = max(first.confidence, event.confidence)
        first.date = first.date or event.date
    return list(merged.values())

