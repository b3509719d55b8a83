"""Store: each article's genre (news or commentary) is kept, counted, and added to stores made before it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_docs import TEXT, build_doc

from marsad.store import Store
from marsad.store.schema import MIGRATIONS


def test_the_genre_is_stored_and_counted(fresh_store: Store) -> None:
    doc = build_doc()
    doc.genre = "commentary"
    fresh_store.add_document(doc)
    other = build_doc(TEXT + " أولا")
    other.genre = "news"
    fresh_store.add_document(other)
    rows = dict(fresh_store.conn.execute("SELECT genre, COUNT(*) FROM articles GROUP BY genre").fetchall())
    assert rows == {"commentary": 1, "news": 1}
    assert fresh_store.summary()["genres"] == {"commentary": 1, "news": 1}


def test_a_store_made_before_the_genre_gets_the_column_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store.open(path) as store:
        store.add_document(build_doc())
    conn = sqlite3.connect(path)  # make it look like a store written before migration 4
    conn.execute("ALTER TABLE articles DROP COLUMN genre")
    conn.execute("DELETE FROM _marsad_migrations WHERE id = 4")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == max(MIGRATIONS)
        assert store.conn.execute("SELECT COUNT(*), MAX(genre) FROM articles").fetchone() == (1, None)
        assert store.summary()["genres"] == {"?": 1}


def test_events_can_be_filtered_by_their_articles_genre(fresh_store: Store) -> None:
    news = build_doc()
    news.genre = "news"
    column = build_doc(TEXT + " أولا")
    column.genre = "commentary"
    fresh_store.add_document(news)
    fresh_store.add_document(column)
    every = fresh_store.events()
    from_news = fresh_store.events(genre="news")
    from_columns = fresh_store.events(genre="commentary")
    assert len(every) == 2 and len(from_news) == 1 and len(from_columns) == 1
    assert from_news[0]["doc_id"] != from_columns[0]["doc_id"]
