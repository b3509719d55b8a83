"""Analyst queries: filtered event listings, an entity's profile, a dyad over time, duplicates, rejects.

An actor can be named however the analyst thinks of it: a knowledge-base id (per.king-salman), a CAMEO
actor code (SAUGOV), an English name (Salman) or an Arabic one in any spelling (الملك سلمان, الملك
سلمان with hamza or without): `resolve` turns the name into entity ids by comparing folded forms, so
every query below matches the same actors.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from marsad.store.queries import cameo_root_labels
from marsad.text.normalize import normalize_form

_SIDES = ("source", "target")


def fold(value: str | None) -> str | None:
    """SQL function `marsad_fold`: the folded form the search index uses (registered on every connection)."""
    return normalize_form(value) if value else value


def resolve(conn: sqlite3.Connection, name: str) -> list[str]:
    """Entity ids that `name` can mean: an id, an actor code, an English or Arabic canonical name
    (substring, folded), or the leading words of one of its mentions as written (folded)."""
    folded = fold(name.strip()) or ""
    if not folded:
        return []
    rows = conn.execute(
        "SELECT DISTINCT entity_id FROM entities WHERE entity_id = :raw OR lower(canonical_en) LIKE :like "
        "OR marsad_fold(canonical_ar) LIKE :flike OR actor_code = :code "
        "UNION SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL "
        "AND (marsad_fold(text) = :folded OR marsad_fold(text) LIKE :fprefix)",
        {"raw": name.strip(), "like": f"%{name.strip().lower()}%", "flike": f"%{folded}%",
         "code": name.strip().upper(), "folded": folded, "fprefix": folded + " %"}).fetchall()
    return sorted(r[0] for r in rows)


def _side(conn: sqlite3.Connection, side: str, name: str, args: dict[str, Any], key: str) -> str:
    """SQL matching `name` on one side of an event (source, target)."""
    args[f"{key}_ids"] = json.dumps(resolve(conn, name))
    args[f"{key}_code"] = name.strip().upper()
    args[f"{key}_like"] = f"%{name.strip()}%"
    return (f"(e.{side}_entity_id IN (SELECT value FROM json_each(:{key}_ids)) OR e.{side}_actor_code = "
            f":{key}_code OR e.{side}_name LIKE :{key}_like)")


_DAY = "substr(COALESCE(e.date, a.published), 1, 10)"


def event_filters(conn: sqlite3.Connection, *, actor: str | None = None, source: str | None = None,
                  target: str | None = None, country: str | None = None, cameo_root: str | None = None,
                  code: str | None = None, plover: str | None = None, since: str | None = None,
                  until: str | None = None, genre: str | None = None) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses (over `events e JOIN articles a`) and their parameters for the given filters."""
    where: list[str] = []
    args: dict[str, Any] = {}
    if actor:
        where.append(f"({_side(conn, 'source', actor, args, 'as')} OR {_side(conn, 'target', actor, args, 'at')})")
    if source:
        where.append(_side(conn, "source", source, args, "s"))
    if target:
        where.append(_side(conn, "target", target, args, "t"))
    if country:
        where.append("(e.source_country = :country OR e.target_country = :country OR e.place_country = :country)")
        args["country"] = country.strip().upper()
    if cameo_root:
        where.append("e.cameo_root = :root")
        args["root"] = cameo_root.strip().zfill(2)
    if code:
        where.append("e.cameo_code LIKE :code")  # 04 or 040 or 0431: a code and everything under it
        args["code"] = code.strip() + "%"
    if plover:
        where.append("e.plover = :plover")
        args["plover"] = plover.strip().upper()
    if since:
        where.append(f"{_DAY} >= :since")
        args["since"] = since
    if until:
        where.append(f"{_DAY} <= :until")
        args["until"] = until
    if genre:
        where.append("a.genre = :genre")  # articles stored before the genre was kept (NULL) match neither
        args["genre"] = genre.strip().lower()
    return where, args


def events(conn: sqlite3.Connection, *, limit: int = 100, clustered: bool = False,
           **filters: Any) -> list[dict[str, Any]]:
    """Events with their article and sentence, newest first. With `clustered`, one row per event
    cluster (its first report) with the cluster's report and source counts."""
    where, args = event_filters(conn, **filters)
    args["limit"] = limit
    cluster_join = ("JOIN event_cluster_members m ON m.doc_id = e.doc_id AND m.idx = e.idx "
                    "JOIN event_clusters c ON c.cluster_id = m.cluster_id ")
    if clustered:
        where.append("c.doc_id = e.doc_id AND c.idx = e.idx")
    cols = ("c.cluster_id, c.n_reports, c.n_sources, c.n_stories, c.first_day, c.last_day, "
            if clustered else "")
    sql = (f"SELECT e.*, {cols}{_DAY} AS day, a.title, a.published, a.outlet, a.url, "
           "substr(a.text, s.start_char + 1, s.end_char - s.start_char) AS sentence "
           f"FROM events e JOIN articles a ON a.doc_id = e.doc_id {cluster_join if clustered else ''}"
           "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY day DESC, a.seq, e.idx LIMIT :limit")
    return _labelled(conn.execute(sql, args))


def _labelled(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [c[0] for c in cur.description]
    labels = cameo_root_labels()
    out = []
    for row in cur:
        item = dict(zip(names, row, strict=True))
        item["root_label"] = labels.get(item["cameo_root"], "")
        item["negated"] = bool(item["negated"])
        out.append(item)
    return out


def entity(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """A profile of every entity `name` can mean: names, aliases as written with counts, roles, article,
    mention, event and quote counts, and the first and last publication dates it appears on."""
    out = []
    for entity_id in resolve(conn, name):
        one = conn.execute(
            "SELECT MAX(type), MAX(canonical_en), MAX(canonical_ar), MAX(country_iso3), MAX(actor_code), "
            "COUNT(*), SUM(n_mentions), MIN(a.published), MAX(a.published) FROM entities n "
            "JOIN articles a ON a.doc_id = n.doc_id WHERE entity_id = ?", (entity_id,)).fetchone()
        aliases = conn.execute("SELECT text, COUNT(*) c FROM mentions WHERE entity_id = ? GROUP BY text "
                               "ORDER BY c DESC, text LIMIT 20", (entity_id,)).fetchall()
        roles = conn.execute(
            "SELECT role, COUNT(*) c FROM (SELECT role FROM entities WHERE entity_id = :id AND role IS NOT NULL "
            "UNION ALL SELECT role FROM mentions WHERE entity_id = :id AND role IS NOT NULL) "
            "GROUP BY role ORDER BY c DESC, role", {"id": entity_id}).fetchall()
        out.append({
            "entity_id": entity_id, "type": one[0], "name_en": one[1], "name_ar": one[2], "country": one[3],
            "actor_code": one[4], "articles": one[5], "mentions": one[6] or 0,
            "first_seen": one[7], "last_seen": one[8],
            "aliases": [{"text": t, "count": c} for t, c in aliases],
            "roles": [{"role": r, "count": c} for r, c in roles],
            "events_as_source": _count(conn, "SELECT COUNT(*) FROM events WHERE source_entity_id = ?", entity_id),
            "events_as_target": _count(conn, "SELECT COUNT(*) FROM events WHERE target_entity_id = ?", entity_id),
            "quotes": _count(conn, "SELECT COUNT(*) FROM quotes WHERE speaker_entity_id = ?", entity_id),
        })
    return out


def _count(conn: sqlite3.Connection, sql: str, value: str) -> int:
    return int(conn.execute(sql, (value,)).fetchone()[0])


def dyad(conn: sqlite3.Connection, a: str, b: str, *, directed: bool = False) -> list[dict[str, Any]]:
    """Events between two actors by month and direction: count, event clusters, Goldstein total and mean."""
    args: dict[str, Any] = {}
    forward = f"({_side(conn, 'source', a, args, 'a1')} AND {_side(conn, 'target', b, args, 'b1')})"
    backward = f"({_side(conn, 'source', b, args, 'b2')} AND {_side(conn, 'target', a, args, 'a2')})"
    where = forward if directed else f"({forward} OR {backward})"
    sql = (f"SELECT substr({_DAY}, 1, 7) AS month, CASE WHEN {forward} THEN 'A→B' ELSE 'B→A' END AS direction, "
           "COUNT(*), COUNT(DISTINCT m.cluster_id), ROUND(SUM(e.goldstein), 2), ROUND(AVG(e.goldstein), 2), "
           "GROUP_CONCAT(DISTINCT e.cameo_root) "
           "FROM events e JOIN articles a ON a.doc_id = e.doc_id "
           "LEFT JOIN event_cluster_members m ON m.doc_id = e.doc_id AND m.idx = e.idx "
           f"WHERE {where} GROUP BY month, direction ORDER BY month, direction")
    keys = ("month", "direction", "events", "event_clusters", "goldstein_total", "goldstein_mean", "roots")
    return [dict(zip(keys, row, strict=True)) for row in conn.execute(sql, args)]


def duplicates(conn: sqlite3.Connection, *, limit: int = 50) -> list[dict[str, Any]]:
    """Near-duplicate groups, largest first, each with its articles (representative first)."""
    groups = conn.execute("SELECT cluster_id, COUNT(*) n FROM duplicate_clusters GROUP BY cluster_id "
                          "ORDER BY n DESC, cluster_id LIMIT ?", (limit,)).fetchall()
    out = []
    for cluster_id, n in groups:
        members = conn.execute(
            "SELECT d.doc_id, d.similarity, a.ext_id, a.outlet, a.published, a.title FROM duplicate_clusters d "
            "JOIN articles a ON a.doc_id = d.doc_id WHERE d.cluster_id = ? ORDER BY d.similarity DESC, a.seq",
            (cluster_id,)).fetchall()
        keys = ("doc_id", "similarity", "ext_id", "outlet", "published", "title")
        out.append({"cluster_id": cluster_id, "size": n,
                    "articles": [dict(zip(keys, m, strict=True)) for m in members]})
    return out


def rejects(conn: sqlite3.Connection, *, limit: int = 1000) -> list[dict[str, Any]]:
    """Inputs that could not be stored, with the reason (its code first) and when."""
    rows = conn.execute("SELECT origin, reason, at FROM rejects ORDER BY origin, reason LIMIT ?", (limit,))
    return [{"origin": o, "reason": r, "at": t} for o, r, t in rows]
