"""The event coder: lexicon triggers + sentence structure → CAMEO/PLOVER events with evidence.

Design decisions (see README):
- Negated and denied events are kept, flagged `negated=True` (modality `denied` after نفى/أنكر), so a
  consumer can count them as claims; conditional ones carry modality `conditional`. None is ever
  reported as `asserted`.
- A statement with no stated addressee in a report about two sides is addressed to the most-mentioned
  actor of the other country, with lower confidence.
- Verbal nouns (لقاء، زيارة) need a named doer (or, indefinite, a named target); a bare "الزيارة" refers
  back and is not an event. Purpose complements (لزيارة) and the content of accusations are not events.
- The same happening told twice in an article body (same code, source and target, no conflicting date
  or place) is one event with the evidence spans of every telling; the headline is its own telling.
- Argument choice lives in `roles.py`; this module filters, builds and merges.
"""

from __future__ import annotations

from marsad.doc import Actor, Document, Event, Token
from marsad.events.actors import (
    ActorMention,
    MentionIndex,
    counterpart,
    home_country,
    salience,
    sentence_actors,
    sentence_tokens,
    standalone_nisbas,
)
from marsad.events.arguments import SentenceView, conjunct_after, sentence_subject
from marsad.events.cameo import CameoCode, load_table, lookup
from marsad.events.cues import Cues, load_cues, read_modality, word_forms
from marsad.events.lexicon import Lexicon, Trigger
from marsad.events.roles import DOER_ROOTS, Arguments, ArticleState, Roles, actor_of, key_of
from marsad.text.normalize import normalize_form

# Roots that need a named counterpart: a meeting or a visit with nobody named is not codable, and
# guessing the article's other side for it is wrong more often than right.
_NEEDS_TARGET = frozenset({"04"})
# Verbal acts whose scope swallows the verbal nouns after them: "اتهمت X Y بقصف مواقعها" accuses, it
# does not report a shelling; "أدان الهجوم" condemns an attack already told.
_SCOPE_ROOTS = frozenset({"11", "12"})


class EventCoder:
    """Codes a Document's sentences into events. Resources load once and are shared read-only."""

    def __init__(self, lexicon: Lexicon | None = None, cues: Cues | None = None,
                 table: dict[str, CameoCode] | None = None, min_confidence: float = 0.3) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.cues = cues or load_cues()
        self.table = table or load_table()
        self.min_confidence = min_confidence
        self.roles = Roles(self.lexicon, self.cues)

    def code(self, doc: Document) -> list[Event]:
        """All events of `doc`, merged, in order of first telling."""
        state = ArticleState(counts=salience(doc), home=home_country(doc),
                             roles={e.id: e.role or "" for e in doc.entities})
        carried: ActorMention | None = None
        events: list[Event] = []
        index = MentionIndex.build(doc)
        named_violence = -2  # the last sentence telling a violent act whose doer is named
        unnamed: list[Event] = []  # violent acts whose doer is only the entry's default agent
        for sent, tokens in zip(doc.sentences, sentence_tokens(doc), strict=False):
            actors = sentence_actors(doc, tokens, self.cues, state.home, index)
            view = SentenceView(sent.index, tokens, actors, standalone_nisbas(doc, tokens, actors, self.cues))
            opener = sentence_subject(view, self.cues)
            current = opener or carried
            state.new_sentence(_opening_pair(view, opener))
            scope_end = -1
            previous: Trigger | None = None
            told: list[tuple[Event, bool]] = []
            for trig in self.lexicon.match(tokens):
                if _purpose_complement(trig, tokens, doc.text) or (trig.kind == "noun" and trig.head <= scope_end) \
                        or _complement_of(previous, trig):
                    continue
                previous = trig
                args = self.roles.arguments(view, trig, current, opener, state)
                if args.explicit_source and isinstance(args.source, ActorMention):
                    state.sentence_sources.append((trig.head, args.source))
                    if args.source.type == "PER":
                        current = args.source
                if trig.entry.code[:2] in _SCOPE_ROOTS:
                    scope_end = _clause_end(tokens, trig.last)
                for one in _split_targets(args):
                    event = self._event(doc, view, trig, one, state)
                    if event is not None and event.confidence >= self.min_confidence:
                        told.append((event, args.implied_source))
            kept = _drop_consequences(told, named_violence == sent.index - 1)
            if any(not implied and e.cameo_root in _VIOLENT_ROOTS for e, implied in told):
                named_violence = sent.index
            unnamed += [e for e, implied in told if implied and e.cameo_root in _VIOLENT_ROOTS]
            events.extend(kept)
            if opener is not None and opener.type in {"PER", "ORG"}:
                carried = opener
            elif current is not None and current.type in {"PER", "ORG"}:
                carried = current
        if named_violence >= 0:
            # An article that names who struck tells its casualties as that strike's outcome, even
            # paragraphs apart ("وأسفرت الغارات عن مقتل ..."); a killing with nobody named is then
            # not a second, unattributed act.
            events = [e for e in events if not any(e is u for u in unnamed)]
        return merge_events(events, headline=_headline(doc))

    def _event(self, doc: Document, view: SentenceView, trig: Trigger, args: Arguments,
               state: ArticleState) -> Event | None:
        """Build the Event, or None when the text gives too little to code it."""
        source = actor_of(args.source)
        if source is None:
            return None
        if trig.kind == "noun" and not (args.explicit_source or trig.enclitic or
                                        (args.explicit_target and not view.tokens[trig.head].article
                                         and trig.entry.code[:2] not in DOER_ROOTS)):
            return None  # a verbal noun with no named side is a topic ("الزيارة"، "الهجوم"), not an event
        if trig.entry.visit and not (args.explicit_source or args.explicit_target):
            return None
        target = actor_of(args.target)
        if target is None and trig.entry.code[:2] in _NEEDS_TARGET:
            return None
        confidence = trig.entry.confidence - (0.0 if args.explicit_source else 0.15)
        if target is None:
            if not args.explicit_source and trig.entry.code[:2] != "14":
                return None  # neither side stated: a guessed source with a guessed target is mostly wrong
            target = counterpart(doc, source, state.counts)
            confidence -= 0.15 if target is not None else 0.1
        if key_of(target) == key_of(source):
            target = None
        state.remember(trig.entry.id, args.code, trig.entry.symmetric, source, target, args.explicit_target)
        if target is not None and args.more_targets:
            state.last_targets += [t for t in args.more_targets]
        negated, modality = read_modality(view.tokens, trig.head, trig.future_clitic, self.cues)
        row = lookup(args.code, self.table)
        trigger = doc.span(trig.start, trig.end)
        evidence = [trigger] + [a.span for a in (source, target) if a is not None and a.span is not None]
        return Event(
            cameo_code=args.code, trigger=trigger, source=source, target=target, cameo_root=row.root,
            plover=row.plover, goldstein=row.goldstein, quad_class=row.quad_class,
            sentence_index=view.index, negated=negated, modality=modality,
            confidence=round(max(confidence, 0.0), 2), date=self._date(doc, view),
            place=self._place(view, {key_of(source), key_of(target)}), label=row.label, evidence=evidence,
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


# Material acts told with the purpose ل ("أرسلت طائرات لتقصف مواقع"، "قافلة لنقل المساعدات") report the
# act itself: the sentence tells what was done, the ل only why it was sent.
_PURPOSE_MATERIAL_ROOTS = frozenset({"07", "17", "18", "19", "20"})


def _purpose_complement(trig: Trigger, tokens: list[Token], text: str) -> bool:
    """"دعوة إلى السيسي لزيارة أنقرة"، "جلسة طارئة لبحث الأوضاع": a predicate written with the purpose
    ل says what is wanted, not what happened; the governing predicate carries the event."""
    if trig.entry.code[:2] in _PURPOSE_MATERIAL_ROOTS:
        return False
    tok = tokens[trig.head]
    prefix = normalize_form(text[tok.start:trig.start])
    return "ل" in prefix


_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _drop_consequences(told: list[tuple[Event, bool]], just_told: bool = False) -> list[Event]:
    """"قتل ثمانية جنود في هجوم شنه مسلحون من داعش": a killing with no named doer beside a violent act
    whose doer is named (in the same sentence, or the one just before: `just_told`) is that act's
    outcome, not a second event; alone it stands (by an unidentified armed force)."""
    named = just_told or any(not implied and e.cameo_root in _VIOLENT_ROOTS for e, implied in told)
    return [e for e, implied in told if not (named and implied and e.cameo_root in _VIOLENT_ROOTS)]


def _complement_of(previous: Trigger | None, trig: Trigger) -> bool:
    """"اتفق الجانبان على عقد اجتماع": a verbal noun right after a multiword predicate completes it."""
    return previous is not None and trig.kind == "noun" and len(previous.words) > 1 and \
        trig.head == previous.last + 1


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


def _split_targets(args: Arguments) -> list[Arguments]:
    """One Arguments per target when the text names several ("مع علييف وباشينيان")."""
    out = [args]
    for extra in args.more_targets:
        out.append(Arguments(args.source, extra, args.explicit_source, True, args.code))
    return out


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
        key = (event.cameo_code, key_of(event.source), key_of(event.target), event.negated, scope)
        first = next((e for e in merged.get(key, []) if _compatible(e, event)), None)
        if first is None:
            merged.setdefault(key, []).append(event)
            out.append(event)
            continue
        for span in event.evidence:
            if all((s.start, s.end) != (span.start, span.end) for s in first.evidence):
                first.evidence.append(span)
        if all((s.start, s.end) != (event.trigger.start, event.trigger.end) for s in first.tellings):
            first.tellings.append(event.trigger)
        first.confidence = max(first.confidence, event.confidence)
        first.date = first.date or event.date
        first.place = first.place or event.place
    return out


def _compatible(a: Event, b: Event) -> bool:
    """Two tellings may be one happening unless their dates or their places differ."""
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.place and b.place and key_of(a.place) != key_of(b.place))
