"""Read-side queries over the corpus: the demo summary and full-text search (analyst queries: `lookups`).

Search folds the query exactly as the index was folded (`normalize_form`: hamza and alef forms, ى/ي,
ة/ه, diacritics, digits), because FTS5 itself knows nothing of Arabic orthography. Snippets are cut
from the original text, not the folded copy, so users see the article as written.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from functools import lru_cache
from typing import Any, NamedTuple

from marsad.errors import StoreError
from marsad.text.normalize import normalize, normalize_form

log = logging.getLogger(__name__)


class Hit(NamedTuple):
    doc_id: str
    title: str | None
    snippet: str


@lru_cache(maxsize=1)
def cameo_root_labels() -> dict[str, str]:
    """Root code -> short English label ("04" -> "consult"), from the events package's CAMEO table, the
    one source of CAMEO facts. An unreadable table leaves roots unlabelled rather than failing a query."""
    try:
        from marsad.events.cameo import load_table

        return {code: row.label for code, row in load_table().items() if len(code) == 2}
    except (ImportError, OSError, ValueError, KeyError) as err:
        log.warning("CAMEO labels unavailable: %s", err)
        return {}


def summary(conn: sqlite3.Connection, *, top: int = 10) -> dict[str, Any]:
    """Corpus counts for the demo and `marsad stats`."""
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731 - local shorthand
    labels = cameo_root_labels()
    first, last = one("SELECT MIN(published), MAX(published) FROM articles")
    return {
        "articles": one("SELECT COUNT(*) FROM articles")[0],
        "published_range": [first, last],
        "outlets": dict(conn.execute(
            "SELECT outlet, COUNT(*) c FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
            "ORDER BY c DESC, outlet LIMIT ?", (top,)).fetchall()),
        "genres": dict(conn.execute(
            "SELECT COALESCE(genre, '?'), COUNT(*) c FROM articles GROUP BY 1 ORDER BY c DESC, 1").fetchall()),
        "mentions": one("SELECT COUNT(*) FROM mentions")[0],
        "entities_by_type": dict(conn.execute(
            "SELECT COALESCE(type, '?'), COUNT(DISTINCT entity_id) c FROM entities GROUP BY 1 "
            "ORDER BY c DESC, 1").fetchall()),
        "top_entities": [
            {"entity_id": r[0], "name": r[1], "type": r[2], "articles": r[3]}
            for r in conn.execute(
                "SELECT entity_id, MAX(COALESCE(canonical_en, canonical_ar)), MAX(type), COUNT(*) c "
                "FROM entities GROUP BY entity_id ORDER BY c DESC, entity_id LIMIT ?", (top,))],
        "events": one("SELECT COUNT(*) FROM events")[0],
        "events_by_root": [
            {"root": r[0], "label": labels.get(r[0], ""), "count": r[1]}
            for r in conn.execute(
                "SELECT cameo_root, COUNT(*) c FROM events GROUP BY cameo_root ORDER BY c DESC, cameo_root")],
        "top_actor_pairs": [
            {"source": r[0], "target": r[1], "count": r[2]}
            for r in conn.execute(
                "SELECT source_name, target_name, COUNT(*) c FROM events WHERE source_name IS NOT NULL "
                "AND target_name IS NOT NULL GROUP BY 1, 2 ORDER BY c DESC, 1, 2 LIMIT ?", (top,))],
        "quotes": one("SELECT COUNT(*) FROM quotes")[0],
        "quantities": one("SELECT COUNT(*) FROM quantities")[0],
        "times": one("SELECT COUNT(*) FROM times")[0],
        "rejects": one("SELECT COUNT(*) FROM rejects")[0],
    }


_TERM = re.compile(r'"([^"]*)"|(\S+)')
_FTS_JUNK = re.compile(r"[^\w\s*]")


def fts_query(query: str) -> tuple[str, list[str]]:
    """The FTS5 MATCH expression for a user query, and the folded terms (for snippets).

    Words are ANDed; "quoted words" are a phrase; a trailing * is a prefix search. Punctuation is
    dropped rather than passed to FTS5, where it would be syntax.
    """
    parts: list[str] = []
    terms: list[str] = []
    for phrase, word in _TERM.findall(normalize_form(query)):
        raw = phrase if phrase else word
        prefix = raw.endswith("*") and not phrase
        clean = " ".join(_FTS_JUNK.sub(" ", raw).replace("*", " ").split())
        if not clean:
            continue
        terms.append(clean)
        parts.append(f'"{clean}"' + ("*" if prefix else ""))
    if not parts:
        raise StoreError(f"the search query {query!r} has no words")
    return " ".join(parts), terms


def search(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[Hit]:
    """Best-matching articles (BM25) with a snippet of the original text around the first hit."""
    match, terms = fts_query(query)
    try:
        rows = conn.execute(
            "SELECT a.doc_id, a.title, a.text FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
    except sqlite3.OperationalError as err:
        raise StoreError(f"cannot search for {query!r}: {err}") from None
    return [Hit(doc_id, title, snippet(text, terms)) for doc_id, title, text in rows]


def snippet(text: str, terms: list[str], *, width: int = 70, mark: tuple[str, str] = ("[", "]")) -> str:
    """About `width` characters either side of the first term found in `text`, the hit marked."""
    folded = normalize(text)
    found: tuple[int, int] | None = None
    for term in terms:
        hit = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", folded.text) or re.search(re.escape(term), folded.text)
        if hit and (found is None or hit.start() < found[0]):
            found = folded.to_original(hit.start(), hit.end())
    if found is None:
        return _clip(text[:2 * width], cut=len(text) > 2 * width).strip()
    start, end = found
    left = _clip(text[max(0, start - width):start], from_left=True, cut=start > width)
    right = _clip(text[end:end + width], from_left=False, cut=end + width < len(text))
    return f"{left}{mark[0]}{text[start:end]}{mark[1]}{right}"


def _clip(piece: str, *, from_left: bool = False, cut: bool = True) -> str:
    """One side of a snippet on one line, a partial word at its outer edge dropped for an ellipsis."""
    piece = re.sub(r"\s+", " ", piece)
    if not cut:
        return piece
    if from_left:
        return "…" + (piece.split(" ", 1)[1] if " " in piece else piece)
    return (piece.rsplit(" ", 1)[0] if " " in piece.strip() else piece) + "…"
