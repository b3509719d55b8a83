"""Near-duplicate article groups and event clusters, recomputed over the whole store after an ingest.

Event datasets built from news count one meeting twenty times when twenty outlets run the same wire
story. Two kinds of grouping undo that: articles whose word shingles mostly agree (MinHash/LSH, see
`minhash`) form a duplicate group; events with the same code, the same source, target and place, and
dates at most a day apart form an event cluster, whose report and source counts say how widely it was
carried. Both are recomputed from scratch, so the result depends only on what is stored, never on the
order or number of ingest runs (which is what lets a resumed run equal a clean one).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from marsad.store.minhash import candidate_pairs, similarity, unpack

log = logging.getLogger(__name__)

DUPLICATE_THRESHOLD = 0.7  # estimated Jaccard similarity of word 4-gram sets
EVENT_WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class ClusterCounts:
    duplicate_groups: int
    duplicate_articles: int
    events: int
    event_clusters: int
    multi_report_clusters: int


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def refresh(conn: sqlite3.Connection, *, threshold: float = DUPLICATE_THRESHOLD) -> ClusterCounts:
    """Recompute duplicate groups and event clusters in one transaction (the caller's, if any)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        groups, members = refresh_duplicates(conn, threshold=threshold)
        n_events, n_clusters, multi = refresh_event_clusters(conn)
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    counts = ClusterCounts(groups, members, n_events, n_clusters, multi)
    log.info("clusters: %s", counts)
    return counts


def refresh_duplicates(conn: sqlite3.Connection, *, threshold: float = DUPLICATE_THRESHOLD) -> tuple[int, int]:
    """Group articles whose estimated similarity reaches `threshold`; returns (groups, articles in them)."""
    rows = conn.execute("SELECT m.doc_id, m.sig, a.published, a.seq FROM article_minhash m "
                        "JOIN articles a ON a.doc_id = m.doc_id").fetchall()
    sigs = {doc_id: unpack(sig) for doc_id, sig, _, _ in rows}
    order = {doc_id: (published or "9999", seq) for doc_id, _, published, seq in rows}
    found = _UnionFind()
    for a, b in sorted(candidate_pairs(sigs.items())):
        if similarity(sigs[a], sigs[b]) >= threshold:
            found.union(a, b)
    groups: dict[str, list[str]] = {}
    for doc_id in list(found.parent):
        groups.setdefault(found.find(doc_id), []).append(doc_id)
    conn.execute("DELETE FROM duplicate_clusters")
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        rep = min(members, key=order.__getitem__)
        out.extend((m, rep, 1.0 if m == rep else round(similarity(sigs[m], sigs[rep]), 3)) for m in members)
    conn.executemany("INSERT INTO duplicate_clusters (doc_id, cluster_id, similarity) VALUES (?, ?, ?)", out)
    return sum(1 for m in groups.values() if len(m) > 1), len(out)


_EVENTS_SQL = """
SELECT e.doc_id, e.idx, e.cameo_code, e.negated,
       COALESCE(e.source_entity_id, e.source_actor_code, e.source_name),
       COALESCE(e.target_entity_id, e.target_actor_code, e.target_name),
       COALESCE(e.place_entity_id, e.place_name),
       substr(COALESCE(e.date, a.published), 1, 10), COALESCE(a.outlet, a.doc_id),
       COALESCE(d.cluster_id, a.doc_id), a.seq
FROM events e JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN duplicate_clusters d ON d.doc_id = e.doc_id
"""


def refresh_event_clusters(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Cluster every event; returns (events, clusters, clusters reported by more than one article)."""
    keyed: dict[tuple, list[tuple]] = {}
    singles: list[list[tuple]] = []
    n_events = 0
    for row in conn.execute(_EVENTS_SQL):
        n_events += 1
        doc_id, idx, code, negated, source, target, place, day, outlet, story, seq = row
        if (source is None and target is None) or _date(day) is None:
            singles.append([row])  # nothing to say two reports are of the same event
            continue
        keyed.setdefault((code, source, target, place, negated), []).append(row)
    clusters = singles + [c for rows in keyed.values() for c in _by_window(rows)]
    clusters.sort(key=lambda c: (c[0][7] or "", c[0][10], c[0][1]))
    conn.execute("DELETE FROM event_clusters")
    conn.execute("DELETE FROM event_cluster_members")
    for number, rows in enumerate(clusters, start=1):
        first = rows[0]
        conn.execute(
            "INSERT INTO event_clusters (cluster_id, cameo_code, source_key, target_key, place_key, negated, "
            "first_day, last_day, n_events, n_reports, n_sources, n_stories, doc_id, idx) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (number, first[2], first[4], first[5], first[6], first[3], first[7], rows[-1][7], len(rows),
             len({r[0] for r in rows}), len({r[8] for r in rows}), len({r[9] for r in rows}), first[0],
             first[1]))
        conn.executemany("INSERT INTO event_cluster_members (doc_id, idx, cluster_id) VALUES (?, ?, ?)",
                         [(r[0], r[1], number) for r in rows])
    return n_events, len(clusters), sum(1 for c in clusters if len({r[0] for r in c}) > 1)


def _by_window(rows: Iterable[tuple]) -> list[list[tuple]]:
    """Split one key's events into runs whose dates lie within `EVENT_WINDOW_DAYS` of the run's first."""
    ordered = sorted(rows, key=lambda r: (r[7], r[10], r[1]))
    out: list[list[tuple]] = []
    start: dt.date | None = None
    for row in ordered:
        day = _date(row[7])
        if out and start is not None and day is not None and (day - start).days <= EVENT_WINDOW_DAYS:
            out[-1].append(row)
        else:
            out.append([row])
            start = day
    return out


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
