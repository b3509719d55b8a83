"""Who a piece of text names, on a date: the same matching and linking the pipeline uses.

`lookup` runs the `text`, `mentions` and `entities` stages on the query, so a description such as
"الرئيس الإيراني" resolves by date exactly as it would inside an article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from marsad.config import Config
from marsad.kb import load_kb


def lookup(text: str, date: str | None = None, config: Config | None = None) -> list[dict[str, Any]]:
    """Entities found in `text` (as of `date`), each with its knowledge-base record where linked."""
    from marsad.api import analyze

    config = replace(config or Config(), stages=("text", "mentions", "entities"), require_arabic=False)
    doc = analyze(text, published=date, config=config)
    kb = load_kb(config)
    results = []
    for entity in doc.entities:
        entry = kb.get(entity.kb_id or entity.id)
        role = entry.role_at(date) if entry and date else None
        results.append({
            "id": entity.id,
            "type": entity.type,
            "canonical_en": entity.canonical_en,
            "canonical_ar": entity.canonical_ar,
            "country_iso3": entity.country_iso3,
            "actor_code": entity.actor_code,
            "matched": [m.text for m in entity.mentions],
            "in_office": f"{role.office} {role.country} {role.start}–{role.end or 'now'}" if role else None,
            "roles": [f"{r.office} {r.country} {r.start}–{r.end or 'now'}" for r in entry.roles] if entry else [],
            "aliases_ar": list(entry.aliases_ar) if entry else [],
            "source": entry.source if entry else None,
        })
    return results
