"""The corpus schema, as numbered migrations recorded in `_marsad_migrations`.

Tables are plain relational (one row per span, INTEGER character offsets, a `doc_id` on every row) so a
PostgreSQL or Parquet export is a copy, not a translation. Offsets are named `start_char`/`end_char`
because `end` is a reserved word in SQL. A migration is a function registered with `@migration(n)`;
each runs once, inside its own transaction, and its number is recorded so it never runs twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(number: int) -> Callable[[Migration], Migration]:
    """Register a schema change; numbers must be unique and are applied in ascending order."""

    def register(fn: Migration) -> Migration:
        if number in MIGRATIONS:
            raise ValueError(f"migration {number} is defined twice")
        MIGRATIONS[number] = (fn.__name__, fn)
        return fn

    return register


def _actor_columns(prefix: str) -> str:
    return (f"{prefix}_entity_id TEXT, {prefix}_name TEXT, {prefix}_country TEXT, "
            f"{prefix}_actor_code TEXT, {prefix}_start INTEGER, {prefix}_end INTEGER")


_CHILD = "doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE"
_SPAN = "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL"

_INITIAL = [
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        ext_id TEXT, title TEXT, url TEXT, outlet TEXT, published TEXT, source_path TEXT,
        text TEXT NOT NULL, n_chars INTEGER NOT NULL,
        analysed_at TEXT NOT NULL, schema_version INTEGER NOT NULL, stages_run TEXT, warnings TEXT)""",
    "CREATE INDEX articles_published ON articles(published)",
    "CREATE INDEX articles_outlet ON articles(outlet)",
    f"CREATE TABLE sentences ({_CHILD}, idx INTEGER NOT NULL, start_char INTEGER NOT NULL, "
    "end_char INTEGER NOT NULL, PRIMARY KEY (doc_id, idx))",
    f"""CREATE TABLE entities ({_CHILD}, entity_id TEXT NOT NULL, type TEXT, canonical_en TEXT,
        canonical_ar TEXT, country_iso3 TEXT, actor_code TEXT, role TEXT, kb_id TEXT,
        n_mentions INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (doc_id, entity_id))""",
    "CREATE INDEX entities_entity ON entities(entity_id)",
    f"""CREATE TABLE mentions ({_CHILD}, idx INTEGER NOT NULL, entity_id TEXT, {_SPAN}, type TEXT,
        kind TEXT, kb_id TEXT, origin TEXT, country_iso3 TEXT, role TEXT, score REAL,
        sentence_index INTEGER, PRIMARY KEY (doc_id, idx))""",
    "CREATE INDEX mentions_entity ON mentions(entity_id)",
    f"""CREATE TABLE events ({_CHILD}, idx INTEGER NOT NULL, cameo_code TEXT NOT NULL,
        cameo_root TEXT NOT NULL, plover TEXT, goldstein REAL, quad_class INTEGER, label TEXT,
        {_actor_columns("source")}, {_actor_columns("target")}, {_actor_columns("place")},
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
        sentence_index INTEGER, negated INTEGER NOT NULL DEFAULT 0, modality TEXT, confidence REAL,
        date TEXT, evidence TEXT, PRIMARY KEY (doc_id, idx))""",
    "CREATE INDEX events_root ON events(cameo_root)",
    "CREATE INDEX events_source ON events(source_name)",
    "CREATE INDEX events_target ON events(target_name)",
    "CREATE INDEX events_date ON events(date)",
    f"""CREATE TABLE quotes ({_CHILD}, idx INTEGER NOT NULL, {_SPAN}, {_actor_columns("speaker")},
        direct INTEGER NOT NULL DEFAULT 1, cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
        sentence_index INTEGER, PRIMARY KEY (doc_id, idx))""",
    f"""CREATE TABLE quantities ({_CHILD}, idx INTEGER NOT NULL, {_SPAN}, value REAL, unit TEXT,
        about TEXT, currency TEXT, approximate INTEGER NOT NULL DEFAULT 0, low REAL, high REAL,
        sentence_index INTEGER, PRIMARY KEY (doc_id, idx))""",
    f"""CREATE TABLE times ({_CHILD}, idx INTEGER NOT NULL, {_SPAN}, kind TEXT, value TEXT,
        granularity TEXT, resolved INTEGER NOT NULL DEFAULT 0, sentence_index INTEGER,
        PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE rejects (id INTEGER PRIMARY KEY, origin TEXT NOT NULL, reason TEXT NOT NULL,
        at TEXT NOT NULL, UNIQUE (origin, reason))""",
    # Contentless: the folded text lives only in the index (the original is in articles.text, and
    # snippets are cut from it). `body` is the folded text; `stems` holds the clitic-free forms of its
    # words (بالرئيس -> رئيس, الرئيس) so a query for الرئيس also finds بالرئيس.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, stems, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
]


@migration(1)
def initial_schema(conn: sqlite3.Connection) -> None:
    """Articles, their spans, rejects, and the full-text index."""
    for statement in _INITIAL:
        conn.execute(statement)


def apply_migrations(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration not yet recorded; return the numbers applied now.

    The connection must be in autocommit mode (isolation_level=None): each migration gets its own
    BEGIN IMMEDIATE so that two processes opening a new store do not both create it.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS _marsad_migrations (id INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    applied: list[int] = []
    for number in sorted(MIGRATIONS):
        name, fn = MIGRATIONS[number]
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = conn.execute("SELECT 1 FROM _marsad_migrations WHERE id = ?", (number,)).fetchone()
            if done is None:
                fn(conn)
                conn.execute("INSERT INTO _marsad_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                             (number, name, datetime.now(UTC).isoformat(timespec="seconds")))
                applied.append(number)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied, 0 for an empty database."""
    row = conn.execute("SELECT MAX(id) FROM _marsad_migrations").fetchone()
    return int(row[0] or 0)


_CLUSTERS = [
    # One MinHash signature per article long enough to have one (see marsad.store.minhash).
    """CREATE TABLE article_minhash (doc_id TEXT PRIMARY KEY REFERENCES articles(doc_id) ON DELETE CASCADE,
        sig BLOB NOT NULL)""",
    # Members of near-duplicate groups (two or more articles); `cluster_id` is the representative's
    # doc_id (the earliest published, then the first stored), `similarity` the estimated Jaccard
    # similarity to it.
    """CREATE TABLE duplicate_clusters (doc_id TEXT PRIMARY KEY REFERENCES articles(doc_id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL, similarity REAL NOT NULL)""",
    "CREATE INDEX duplicate_clusters_cluster ON duplicate_clusters(cluster_id)",
    # Every event belongs to exactly one event cluster (most to a cluster of one), so counting clusters
    # counts each real-world event once however many articles reported it.
    """CREATE TABLE event_clusters (cluster_id INTEGER PRIMARY KEY, cameo_code TEXT NOT NULL,
        source_key TEXT, target_key TEXT, place_key TEXT, negated INTEGER NOT NULL, first_day TEXT,
        last_day TEXT, n_events INTEGER NOT NULL, n_reports INTEGER NOT NULL, n_sources INTEGER NOT NULL,
        n_stories INTEGER NOT NULL, doc_id TEXT NOT NULL, idx INTEGER NOT NULL)""",
    "CREATE INDEX event_clusters_reports ON event_clusters(n_reports)",
    """CREATE TABLE event_cluster_members (doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
        cluster_id INTEGER NOT NULL, PRIMARY KEY (doc_id, idx))""",
    "CREATE INDEX event_cluster_members_cluster ON event_cluster_members(cluster_id)",
]


@migration(2)
def near_duplicates_and_event_clusters(conn: sqlite3.Connection) -> None:
    """MinHash signatures, near-duplicate article groups and event clusters; signs stored articles."""
    from marsad.store.minhash import signature
    from marsad.store.rows import fold_uncached

    for statement in _CLUSTERS:
        conn.execute(statement)
    for doc_id, text in conn.execute("SELECT doc_id, text FROM articles").fetchall():
        sig = signature(fold_uncached(text))
        if sig is not None:
            conn.execute("INSERT INTO article_minhash (doc_id, sig) VALUES (?, ?)", (doc_id, sig))


@migration(3)
def event_tellings(conn: sqlite3.Connection) -> None:
    """Each event's tellings (the trigger of every sentence that reports it), as JSON spans. Events
    stored before this migration keep NULL: their first trigger is in trigger_start/trigger_end."""
    conn.execute("ALTER TABLE events ADD COLUMN tellings TEXT")


@migration(4)
def article_genre(conn: sqlite3.Connection) -> None:
    """Each article's genre, "news" or "commentary" (marsad.events.genre), so a corpus can be counted and
    filtered by it. Articles stored before this migration keep NULL: they were analysed without it."""
    conn.execute("ALTER TABLE articles ADD COLUMN genre TEXT")
