"""The `Document` and the span types every stage adds to it.

Every annotation is a view into `Document.text`, the original input exactly as given: for any span
`doc.text[span.start:span.end] == span.text`. Normalised forms exist only for matching and live beside
the original (`doc.norm`), never in place of it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Token:
    """One word or punctuation mark, with its clitics told apart for matching.

    `norm` is the normalised form of the whole token; `stem` is `norm` with separable proclitics
    (و ف ب ل ك س, and ال kept apart in `article`) and enclitic pronouns removed. `stem_start`/`stem_end`
    locate the stem in the original text so matches can exclude the clitics.
    """

    index: int
    start: int
    end: int
    text: str
    norm: str
    sentence: int = 0
    kind: str = "word"  # word | number | latin | punct
    proclitics: str = ""
    article: bool = False
    stem: str = ""
    enclitic: str = ""
    stem_start: int = 0
    stem_end: int = 0


@dataclass(slots=True)
class Mention:
    """A stretch of text that names (or describes) something.

    `kind` is `name` for proper names, `description` for definite descriptions such as
    "الرئيس الأذربيجاني", `nisba` for nationality adjectives (which refer to a country but are not
    mentions of it), `role` for bare office words.
    """

    start: int
    end: int
    text: str
    type: str  # PER ORG GPE LOC (or NISBA/ROLE for helper mentions)
    kind: str = "name"
    kb_id: str | None = None
    entity_id: str | None = None
    origin: str = "kb"  # kb | tagger | coref | rule
    country_iso3: str | None = None
    role: str | None = None  # office key for descriptions ("president"), "capital" for capitals
    score: float = 1.0
    sentence: int = 0
    candidates: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    canonical_en: str | None
    canonical_ar: str | None = None
    country_iso3: str | None = None
    actor_code: str | None = None
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    entity_id: str | None = None
    canonical_en: str | None = None
    country_iso3: str | None = None
    actor_code: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class Event:
    cameo_code: str
    trigger: Span
    source: Actor | None = None
    target: Actor | None = None
    cameo_root: str = ""
    plover: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    sentence_index: int = 0
    negated: bool = False
    modality: str = "asserted"  # asserted | future | intent | obligation | conditional | reported | denied
    confidence: float = 0.5
    date: str | None = None
    place: Actor | None = None
    label: str | None = None
    evidence: list[Span] = field(default_factory=list)
    # The trigger of every telling of this event in the article, the first telling first: an article
    # that reports one meeting three times yields one event whose three tellings can each be checked.
    tellings: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.tellings:
            self.tellings = [self.trigger]
        if not self.cameo_root:
            self.cameo_root = self.cameo_code[:2]


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Actor | None = None
    direct: bool = True
    cue: Span | None = None
    sentence_index: int = 0


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None = None
    about: str | None = None
    currency: str | None = None
    approximate: bool = False
    low: float | None = None
    high: float | None = None
    sentence_index: int = 0
    role: str | None = None  # "dead" | "injured" for casualty counts (PLOVER's fields)


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    kind: str = "relative"  # absolute | relative
    value: str | None = None  # ISO date, or "YYYY-MM-DD/YYYY-MM-DD" for a range, or "YYYY" / "YYYY-MM"
    granularity: str | None = None  # day | week | month | quarter | half | year | duration | time | vague
    resolved: bool = False
    sentence_index: int = 0
    place: Span | None = None  # the dateline's place ("باكو، 13 أكتوبر") for the article's dateline date


_NOT_SERIALISED = frozenset({"norm", "tagged"})


@dataclass
class Document:
    """One article and everything the pipeline found in it."""

    text: str
    id: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    # The day a dateline opening the text gives ("طهران - 12 مارس 2025:"), set by the `times` stage when
    # no publication date was given: the article's own statement of its day, read where `published` is
    # missing (`reference_date`), kept apart so nobody mistakes it for metadata the user supplied.
    dateline_date: str | None = None
    # "news" or "commentary" (a column, feature or interview), read by the `events` stage from the text
    # (marsad.events.genre): a column's events are only those between two named sides.
    genre: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages_run: list[str] = field(default_factory=list)
    # Not serialised: the normalised view (marsad.text.normalize.NormalizedText), built once.
    norm: Any = field(default=None, repr=False, compare=False)
    # Not serialised: the learned tagger's mentions, tagged once when the events stage reads them ahead of
    # the `ner` stage (marsad.stages.ner.tagged_names), which merges and then clears them.
    tagged: Any = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset` (binary search; sentences are sorted)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            sent = self.sentences[mid]
            if offset < sent.start:
                hi = mid - 1
            elif offset >= sent.end:
                lo = mid + 1
            else:
                return sent.index
        return max(0, min(lo, len(self.sentences) - 1))

    def reference_date(self) -> str | None:
        """The day relative dates ("اليوم الخميس") and dated offices ("الرئيس الإيراني") are read
        against: the publication date when one was given, else the dateline's."""
        return self.published[:10] if self.published else self.dateline_date

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for f in fields(self):
            if f.name in _NOT_SERIALISED:
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        def spans(key: str, kind: type) -> list:
            return [_build(kind, item) for item in data.get(key, [])]

        doc = cls(
            text=data["text"],
            id=data.get("id"),
            source=data.get("source"),
            published=data.get("published"),
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            dateline_date=data.get("dateline_date"),
            genre=data.get("genre"),
        )
        doc.sentences = spans("sentences", Sentence)
        doc.tokens = spans("tokens", Token)
        doc.mentions = spans("mentions", Mention)
        doc.entities = spans("entities", Entity)
        doc.events = spans("events", Event)
        doc.quotes = spans("quotes", Quote)
        doc.quantities = spans("quantities", Quantity)
        doc.times = spans("times", TimeExpr)
        doc.warnings = list(data.get("warnings", []))
        doc.stages_run = list(data.get("stages_run", []))
        return doc


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return value


def _build(kind: type, item: dict[str, Any]) -> Any:
    """Rebuild a dataclass from its dict, including nested actors, spans and mentions."""
    kwargs = dict(item)
    if kind is Entity:
        kwargs["mentions"] = [Mention(**m) for m in item.get("mentions", [])]
    if kind is Event:
        kwargs["trigger"] = Span(**item["trigger"])
        kwargs["evidence"] = [Span(**s) for s in item.get("evidence", [])]
        kwargs["tellings"] = [Span(**s) for s in item.get("tellings", [])]
        for key in ("source", "target", "place"):
            kwargs[key] = _actor(item.get(key))
    if kind is TimeExpr and item.get("place"):
        kwargs["place"] = Span(**item["place"])
    if kind is Quote:
        kwargs["speaker"] = _actor(item.get("speaker"))
        kwargs["cue"] = Span(**item["cue"]) if item.get("cue") else None
    return kind(**kwargs)


def _actor(item: dict[str, Any] | None) -> Actor | None:
    if item is None:
        return None
    kwargs = dict(item)
    if kwargs.get("span"):
        kwargs["span"] = Span(**kwargs["span"])
    return Actor(**kwargs)
