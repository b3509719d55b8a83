"""The SQLite corpus: the one place that writes SQL.

Articles are keyed by the hash of their cleaned text, so adding the same article twice is a no-op and
an interrupted ingest can simply be run again. Writes happen in explicit transactions (`batch()`): a
killed process loses at most the batch it was writing. The database runs in WAL mode so readers (the
`search` command, a web UI) never block the writer.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.doc import Document
from marsad.errors import StoreError
from marsad.store import clusters, lookups, queries
from marsad.store.rows import ARTICLE_COLUMNS, TABLE_COLUMNS, DocRows, document_rows
from marsad.store.schema import apply_migrations, schema_version

log = logging.getLogger(__name__)

_INSERTS = {
    table: f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    for table, cols in TABLE_COLUMNS.items()
}
_INSERT_ARTICLE = (f"INSERT OR IGNORE INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})")


_OTHER_TABLES = ("articles", "rejects", "_marsad_migrations", "article_minhash", "duplicate_clusters",
                 "event_clusters", "event_cluster_members")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A Marsad corpus in one SQLite file. Open with `Store.open(path)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 30.0) -> Store:
        """Open (creating and migrating if needed) the store at `path`; ":memory:" works for tests."""
        try:
            # check_same_thread off: a process pool's feeder thread runs the "already stored?" reads
            # of `ingest`; all writes stay on the thread that opened the store.
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("marsad_fold", 1, lookups.fold, deterministic=True)
            applied = apply_migrations(conn)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open the store {path}: {err}") from None
        if applied:
            log.info("store %s: applied migrations %s", path, applied)
        return cls(conn, str(path))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    @contextmanager
    def batch(self) -> Iterator[Store]:
        """One transaction around everything written inside; on any exception nothing of it remains.

        Nested `batch()` calls join the outer transaction.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def has(self, doc_id: str) -> bool:
        """Whether an article with this content hash is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def add_document(self, doc: Document, *, source_path: str | None = None) -> bool:
        """Store an analysed article and all its spans; False (and nothing written) when its text is
        already stored. `source_path` records where it was read from (defaults to `doc.source`)."""
        return self.add_rows(document_rows(doc, source_path=source_path))

    def add_rows(self, rows: DocRows) -> bool:
        """Store one article already flattened by `document_rows` (what ingest workers send back)."""
        with self.batch():
            # A savepoint makes each article all-or-nothing even inside a larger batch.
            self.conn.execute("SAVEPOINT marsad_doc")
            try:
                added = self._insert(rows)
            except sqlite3.Error as err:
                self.conn.execute("ROLLBACK TO marsad_doc")
                self.conn.execute("RELEASE marsad_doc")
                raise StoreError(f"cannot store article {rows.article[1] or rows.doc_id}: {err}") from None
            self.conn.execute("RELEASE marsad_doc")
        return added

    def _insert(self, rows: DocRows) -> bool:
        cur = self.conn.execute(_INSERT_ARTICLE, rows.article)
        if cur.rowcount == 0:
            return False
        for table, values in rows.children.items():
            if values:
                self.conn.executemany(_INSERTS[table], values)
        self.conn.execute("INSERT INTO articles_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                          (cur.lastrowid, *rows.fts))
        if rows.minhash is not None:
            self.conn.execute("INSERT INTO article_minhash (doc_id, sig) VALUES (?, ?)", (rows.doc_id, rows.minhash))
        return True

    def add_reject(self, origin: str, reason: str) -> None:
        """Record an input that could not be read or analysed; the same (origin, reason) is kept once."""
        with self.batch():
            self.conn.execute("INSERT INTO rejects (origin, reason, at) VALUES (?, ?, ?) "
                              "ON CONFLICT (origin, reason) DO UPDATE SET at = excluded.at",
                              (origin, reason, _now()))

    def count(self, table: str) -> int:
        """Rows in one of the store's tables (for reports and tests)."""
        if table not in TABLE_COLUMNS and table not in _OTHER_TABLES:
            raise StoreError(f"no table '{table}' in the store")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Counts for the demo: articles, entities by type, events by CAMEO root, top actor pairs."""
        return queries.summary(self.conn, top=top)

    def search(self, query: str, limit: int = 10) -> list[queries.Hit]:
        """Articles matching `query` (folded like the index: hamza, ى/ي, ة/ه do not matter), best first."""
        return queries.search(self.conn, query, limit)

    def events(self, *, limit: int = 100, clustered: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Event rows, newest first, filtered by `lookups.event_filters` (actor, source, target, country,
        cameo_root, code, plover, since, until, genre); `clustered` gives one row per event cluster."""
        return lookups.events(self.conn, limit=limit, clustered=clustered, **filters)

    def entity(self, name: str) -> list[dict[str, Any]]:
        """Profiles of the entities `name` may mean (id, code, English or Arabic name in any spelling)."""
        return lookups.entity(self.conn, name)

    def dyad(self, a: str, b: str, *, directed: bool = False) -> list[dict[str, Any]]:
        """Events between two actors by month with Goldstein totals."""
        return lookups.dyad(self.conn, a, b, directed=directed)

    def duplicates(self, *, limit: int = 50) -> list[dict[str, Any]]:
        return lookups.duplicates(self.conn, limit=limit)

    def rejects(self, *, limit: int = 1000) -> list[dict[str, Any]]:
        return lookups.rejects(self.conn, limit=limit)

    def refresh_clusters(self) -> clusters.ClusterCounts:
        """Recompute near-duplicate groups and event clusters (ingest does this after adding articles)."""
        return clusters.refresh(self.conn)
