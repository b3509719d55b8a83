"""A terminal view of one analysis, for a reader of Arabic.

Each sentence is printed with its entity mentions bracketed and typed and event triggers marked, then
tables of entities, events, quotes, quantities and times, every row giving the sentence it came from.
Colour is used only on a terminal; the brackets carry the same information without it.
"""

from __future__ import annotations

from marsad.doc import Actor, Document
from marsad.events.genre import COMMENTARY

_COLOURS = {"PER": "33", "ORG": "36", "GPE": "32", "LOC": "35", "EVENT": "1;31", "TIME": "34", "QTY": "34"}


def _paint(text: str, kind: str, colour: bool) -> str:
    if not colour:
        return text
    return f"\x1b[{_COLOURS.get(kind, '0')}m{text}\x1b[0m"


def _marks(doc: Document) -> list[tuple[int, int, str, str]]:
    """Non-overlapping marks (start, end, kind, label), longest first where they collide."""
    candidates: list[tuple[int, int, str, str]] = []
    for ent in doc.entities:
        for m in ent.mentions:
            candidates.append((m.start, m.end, ent.type, ent.canonical_en or ent.id))
    for ev in doc.events:
        for span in ev.evidence or [ev.trigger]:
            candidates.append((span.start, span.end, "EVENT", ev.cameo_code))
    for t in doc.times:
        candidates.append((t.start, t.end, "TIME", t.value or "?"))
    for q in doc.quantities:
        candidates.append((q.start, q.end, "QTY", _number(q.value) + (f" {q.unit}" if q.unit else "")))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str, str]] = []
    last_end = -1
    for cand in candidates:
        if cand[0] >= last_end:
            chosen.append(cand)
            last_end = cand[1]
    return chosen


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _actor(actor: Actor | None, names: dict[str, str] | None = None) -> str:
    """An actor by its English name; one the knowledge base does not know by the Arabic name its entity
    was introduced with (so "المتحدث" pointing back reads as the spokesman's name), else the words."""
    if actor is None:
        return "—"
    known = (names or {}).get(actor.entity_id or "")
    name = actor.canonical_en or known or (actor.span.text if actor.span else None) or "?"
    code = f" [{actor.actor_code}]" if actor.actor_code else ""
    return f"{name}{code}"


def render(doc: Document, *, colour: bool = False) -> str:
    lines: list[str] = []
    head = doc.title or doc.source or doc.id or "article"
    if doc.published:
        head += f"  (published {doc.published})"
    elif doc.dateline_date:
        head += f"  (no publication date; its dateline says {doc.dateline_date})"
    if doc.genre == COMMENTARY:
        head += "  [commentary: only events between two named sides]"
    lines.append(f"== {head}")
    marks = _marks(doc)
    for sent in doc.sentences:
        pieces: list[str] = []
        pos = sent.start
        for start, end, kind, label in marks:
            if start < sent.start or end > sent.end:
                continue
            pieces.append(doc.text[pos:start])
            pieces.append(_paint(f"[{doc.text[start:end]}|{kind}:{label}]", kind, colour))
            pos = end
        pieces.append(doc.text[pos:sent.end])
        lines.append(f"{sent.index:>3}  {''.join(pieces)}")
    lines += _entity_table(doc) + _event_table(doc) + _fact_tables(doc)
    return "\n".join(lines)


def _entity_table(doc: Document) -> list[str]:
    lines = ["", f"-- entities ({len(doc.entities)})"]
    for ent in sorted(doc.entities, key=lambda e: (e.type, -len(e.mentions))):
        forms = "، ".join(dict.fromkeys(m.text for m in ent.mentions))
        extra = ", ".join(x for x in (ent.country_iso3, ent.actor_code, ent.role) if x)
        lines.append(f"  {ent.type:<4} {ent.canonical_en or '(unlinked)'}"
                     f"{f' ({extra})' if extra else ''}  ×{len(ent.mentions)}  {forms}  <{ent.id}>")
    return lines


def _unlinked_names(doc: Document) -> dict[str, str]:
    return {e.id: e.canonical_ar for e in doc.entities if e.canonical_ar and not e.canonical_en}


def _event_table(doc: Document) -> list[str]:
    lines = ["", f"-- events ({len(doc.events)})"]
    names = _unlinked_names(doc)
    for ev in doc.events:
        flags = []
        if ev.negated:
            flags.append("NEGATED")
        if ev.modality != "asserted":
            flags.append(ev.modality)
        if ev.date:
            flags.append(ev.date)
        lines.append(
            f"  s{ev.sentence_index:<3} {ev.cameo_code:<4} {ev.label or ev.plover or '':<22} "
            f"{_actor(ev.source, names)} → {_actor(ev.target, names)}  «{ev.trigger.text}»"
            f"{'  ' + ', '.join(flags) if flags else ''}  conf {ev.confidence:.2f}"
        )
    return lines


def _fact_tables(doc: Document) -> list[str]:
    lines = ["", f"-- quotes ({len(doc.quotes)})"]
    names = _unlinked_names(doc)
    for q in doc.quotes:
        words = q.text if len(q.text) < 90 else q.text[:87] + "…"
        kind = "direct" if q.direct else "indirect"
        lines.append(f"  s{q.sentence_index:<3} {_actor(q.speaker, names)} ({kind}): «{words}»")
    lines += ["", f"-- quantities ({len(doc.quantities)})"]
    for qt in doc.quantities:
        about = f" about {qt.about}" if qt.about else ""
        unit = qt.currency or qt.unit or ""
        lines.append(f"  «{qt.text}» = {_number(qt.value)} {unit}{about}")
    lines += ["", f"-- times ({len(doc.times)})"]
    for t in doc.times:
        lines.append(f"  «{t.text}» {t.kind} → {t.value or 'unresolved'}")
    return lines
