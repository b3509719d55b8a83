"""A `Document` flattened into table rows, and the folded text the full-text index holds.

Kept apart from the SQL so that the same rows feed a PostgreSQL or Parquet writer later.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from marsad.doc import SCHEMA_VERSION, Actor, Document, Span
from marsad.store.minhash import signature
from marsad.text.normalize import normalize_form

Row = tuple[Any, ...]

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_id", "idx", "start_char", "end_char"),
    "entities": ("doc_id", "entity_id", "type", "canonical_en", "canonical_ar", "country_iso3",
                 "actor_code", "role", "kb_id", "n_mentions"),
    "mentions": ("doc_id", "idx", "entity_id", "start_char", "end_char", "text", "type", "kind", "kb_id",
                 "origin", "country_iso3", "role", "score", "sentence_index"),
    "events": ("doc_id", "idx", "cameo_code", "cameo_root", "plover", "goldstein", "quad_class", "label",
               *(f"{p}_{c}" for p in ("source", "target", "place")
                 for c in ("entity_id", "name", "country", "actor_code", "start", "end")),
               "trigger_start", "trigger_end", "trigger_text", "sentence_index", "negated", "modality",
               "confidence", "date", "evidence", "tellings"),
    "quotes": ("doc_id", "idx", "start_char", "end_char", "text",
               *(f"speaker_{c}" for c in ("entity_id", "name", "country", "actor_code", "start", "end")),
               "direct", "cue_start", "cue_end", "cue_text", "sentence_index"),
    "quantities": ("doc_id", "idx", "start_char", "end_char", "text", "value", "unit", "about", "currency",
                   "approximate", "low", "high", "sentence_index"),
    "times": ("doc_id", "idx", "start_char", "end_char", "text", "kind", "value", "granularity", "resolved",
              "sentence_index"),
}


ARTICLE_COLUMNS = ("doc_id", "ext_id", "title", "url", "outlet", "published", "source_path", "text",
                   "n_chars", "analysed_at", "schema_version", "stages_run", "warnings", "genre")


@dataclass(frozen=True, slots=True)
class DocRows:
    """Everything the store writes for one article, as plain tuples.

    This is what an ingest worker process sends back to the writer: a few kilobytes of rows instead of
    a Document with its tokens, which would cost more to pickle than to analyse.
    """

    doc_id: str
    article: Row
    children: dict[str, list[Row]]
    fts: tuple[str, str, str]
    minhash: bytes | None


def document_rows(doc: Document, *, source_path: str | None = None) -> DocRows:
    """Flatten an analysed Document into the rows of every table (and its MinHash signature)."""
    doc_id = content_hash(doc.text)
    article = (doc_id, doc.id, doc.title, doc.url, doc.outlet, doc.published, source_path or doc.source,
               doc.text, len(doc.text), datetime.now(UTC).isoformat(timespec="seconds"), SCHEMA_VERSION,
               json.dumps(doc.stages_run), json.dumps(doc.warnings, ensure_ascii=False) if doc.warnings else None,
               doc.genre)
    fts = fts_fields(doc)
    return DocRows(doc_id, article, child_rows(doc, doc_id), fts, signature(fts[1]))


def content_hash(text: str) -> str:
    """The article key: the first 16 hex digits of SHA-256 over the cleaned text (64 bits: no collision
    is expected below billions of articles), so the same text is the same article wherever it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def actor_values(actor: Actor | None) -> Row:
    """entity_id, display name, country, actor code, span start, span end (all None without an actor)."""
    if actor is None:
        return (None,) * 6
    span = actor.span
    name = actor.canonical_en or (span.text if span else None)
    return (actor.entity_id, name, actor.country_iso3, actor.actor_code,
            span.start if span else None, span.end if span else None)


def _span_json(spans: list[Span]) -> str | None:
    return json.dumps([[s.start, s.end] for s in spans]) if spans else None


def child_rows(doc: Document, doc_id: str) -> dict[str, list[Row]]:
    """Rows for every child table, keyed by table name, in `TABLE_COLUMNS` order."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.entity_id:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    rows: dict[str, list[Row]] = {
        "sentences": [(doc_id, s.index, s.start, s.end) for s in doc.sentences],
        "entities": [(doc_id, e.id, e.type, e.canonical_en, e.canonical_ar, e.country_iso3, e.actor_code,
                      e.role, e.kb_id, counts.get(e.id, len(e.mentions))) for e in doc.entities],
        "mentions": [(doc_id, i, m.entity_id, m.start, m.end, m.text, m.type, m.kind, m.kb_id, m.origin,
                      m.country_iso3, m.role, m.score, m.sentence) for i, m in enumerate(doc.mentions)],
        "events": [_event_row(doc_id, i, ev) for i, ev in enumerate(doc.events)],
        "quotes": [(doc_id, i, q.start, q.end, q.text, *actor_values(q.speaker), int(q.direct),
                    q.cue.start if q.cue else None, q.cue.end if q.cue else None,
                    q.cue.text if q.cue else None, q.sentence_index) for i, q in enumerate(doc.quotes)],
        "quantities": [(doc_id, i, q.start, q.end, q.text, q.value, q.unit, q.about, q.currency,
                        int(q.approximate), q.low, q.high, q.sentence_index)
                       for i, q in enumerate(doc.quantities)],
        "times": [(doc_id, i, t.start, t.end, t.text, t.kind, t.value, t.granularity, int(t.resolved),
                   t.sentence_index) for i, t in enumerate(doc.times)],
    }
    return rows


def _event_row(doc_id: str, idx: int, ev: Any) -> Row:
    trig = ev.trigger
    return (doc_id, idx, ev.cameo_code, ev.cameo_root, ev.plover, ev.goldstein, ev.quad_class, ev.label,
            *actor_values(ev.source), *actor_values(ev.target), *actor_values(ev.place),
            trig.start, trig.end, trig.text, ev.sentence_index, int(ev.negated), ev.modality,
            ev.confidence, ev.date, _span_json(ev.evidence), _span_json(ev.tellings))


def fts_fields(doc: Document) -> tuple[str, str, str]:
    """(title, body, stems) in the folded form the index and the queries share.

    `stems` lists each word's clitic-free stem (and its ال form when the word had the article), taken
    from the `text` stage's tokens when present; without tokens it is empty and only `body` matches.
    """
    stems: list[str] = []
    for tok in doc.tokens:
        if tok.kind != "word" or not tok.stem or tok.stem == tok.norm:
            continue
        stems.append(tok.stem)
        if tok.article:
            stems.append("ال" + tok.stem)
    body = doc.norm.text if getattr(doc.norm, "original", None) == doc.text else fold_uncached(doc.text)
    return fold_uncached(doc.title or ""), body, " ".join(stems)


def fold_uncached(text: str) -> str:
    """`normalize_form` without its cache: whole articles would only fill the cache meant for words."""
    return normalize_form.__wrapped__(text)
