"""Store: migrations, idempotent writes, transactional batches, round trips, search and summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_docs import TEXT, build_doc

from marsad.api import analyze
from marsad.doc import Document
from marsad.errors import StoreError
from marsad.store import Store, content_hash
from marsad.store.schema import MIGRATIONS

TABLES = ("articles", "sentences", "entities", "mentions", "events", "quotes", "quantities", "times", "rejects")


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


def test_migrations_recorded_once(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as store:
        rows = store.conn.execute("SELECT id, name FROM _marsad_migrations").fetchall()
        assert [r[0] for r in rows] == sorted(MIGRATIONS)
        assert store.schema_version == max(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_add_document_is_idempotent(fresh_store: Store) -> None:
    assert fresh_store.add_document(build_doc()) is True
    before = counts(fresh_store)
    assert before["articles"] == 1 and before["mentions"] == 2 and before["events"] == 1
    # Same text under another id is the same article: nothing changes.
    assert fresh_store.add_document(build_doc(ext_id="other")) is False
    assert counts(fresh_store) == before
    assert fresh_store.has(content_hash(TEXT))


def test_batch_rolls_back_everything_on_error(fresh_store: Store) -> None:
    fresh_store.add_document(build_doc(TEXT + " أولا"))
    before = counts(fresh_store)
    with pytest.raises(RuntimeError):
        with fresh_store.batch():
            fresh_store.add_document(build_doc(TEXT + " ثانيا"))
            fresh_store.add_reject("x.txt", "E102: the input is empty")
            raise RuntimeError("killed mid-batch")
    assert counts(fresh_store) == before
    assert fresh_store.search("ثانيا") == []


def test_failed_document_leaves_no_partial_rows(fresh_store: Store) -> None:
    doc = build_doc()
    doc.entities.append(doc.entities[0])  # duplicate (doc_id, entity_id): the insert fails half way
    with pytest.raises(StoreError):
        fresh_store.add_document(doc)
    assert counts(fresh_store) == dict.fromkeys(TABLES, 0)


def test_event_row_round_trip(fresh_store: Store) -> None:
    doc = build_doc()
    fresh_store.add_document(doc)
    [row] = fresh_store.events()
    ev = doc.events[0]
    assert (row["cameo_code"], row["cameo_root"], row["root_label"], row["plover"]) == ("040", "04", "consult", "CONSULT")
    assert (row["goldstein"], row["quad_class"], row["confidence"], row["negated"]) == (1.0, 1, 0.8, False)
    assert (row["source_entity_id"], row["source_name"], row["source_country"], row["source_actor_code"]) == (
        "Q83372", "Ilham Aliyev", "AZE", "AZEGOV")
    assert (row["source_start"], row["source_end"]) == (ev.source.span.start, ev.source.span.end)
    assert (row["target_name"], row["target_actor_code"], row["target_start"]) == ("Ebrahim Raisi", "IRNGOV", None)
    assert (row["place_name"], row["place_entity_id"]) == ("Tehran", "Q3616")
    assert TEXT[row["trigger_start"]:row["trigger_end"]] == row["trigger_text"] == "التقى"
    assert (row["date"], row["modality"], row["sentence"]) == ("2021-03-03", "asserted", TEXT)
    assert row["doc_id"] == content_hash(TEXT) and row["title"] == "لقاء"


def test_span_tables_keep_offsets(fresh_store: Store) -> None:
    fresh_store.add_document(build_doc())
    text = fresh_store.conn.execute("SELECT text FROM articles").fetchone()[0]
    for table in ("mentions", "quotes", "quantities", "times"):
        for start, end, span in fresh_store.conn.execute(f"SELECT start_char, end_char, text FROM {table}"):
            assert text[start:end] == span, table
    ents = dict(fresh_store.conn.execute("SELECT entity_id, n_mentions FROM entities"))
    assert ents == {"Q83372": 1, "Q3616": 1}


@pytest.mark.parametrize("query", ["اذربيجان", "آذربيجان", "أذربيجان", "أَذْرَبِيجَان"])
def test_search_folds_hamza(fresh_store: Store, query: str) -> None:
    fresh_store.add_document(Document(text="زار وفد من أذربيجان العاصمة طهران أمس."))
    fresh_store.add_document(Document(text="وصل وفد من أرمينيا إلى طهران أمس."))
    hits = fresh_store.search(query)
    assert [h.doc_id for h in hits] == [content_hash("زار وفد من أذربيجان العاصمة طهران أمس.")]
    assert "[أذربيجان]" in hits[0].snippet


def test_search_finds_words_behind_clitics(fresh_store: Store) -> None:
    fresh_store.add_document(analyze("رحب بالرئيس في العاصمة أمس."))
    assert len(fresh_store.search("الرئيس")) == 1
    assert len(fresh_store.search("رئيس")) == 1
    assert fresh_store.search("الوزير") == []


def test_search_phrase_prefix_and_empty(fresh_store: Store) -> None:
    fresh_store.add_document(Document(text="عقد مجلس الأعمال السعودي اجتماعه في الرياض."))
    fresh_store.add_document(Document(text="قال عضو المجلس إن الأعمال تسير في الرياض."))
    assert len(fresh_store.search("الأعمال الرياض")) == 2
    assert len(fresh_store.search('"مجلس الأعمال"')) == 1
    assert len(fresh_store.search("السعود*")) == 1
    with pytest.raises(StoreError):
        fresh_store.search(" ؟! ")


def test_rejects_are_kept_once(fresh_store: Store) -> None:
    fresh_store.add_reject("a.txt", "E102: the input is empty")
    fresh_store.add_reject("a.txt", "E102: the input is empty")
    fresh_store.add_reject("b.txt", "E103: binary")
    assert fresh_store.count("rejects") == 2


def test_summary_and_event_filters(fresh_store: Store) -> None:
    fresh_store.add_document(build_doc())
    second = build_doc(TEXT + " مجددا", published="2021-05-01")
    second.events[0].date = None
    second.events[0].cameo_code, second.events[0].cameo_root = "190", "19"
    second.entities[1].id = "Q1"  # another GPE
    fresh_store.add_document(second)
    fresh_store.add_document(Document(text="نص بلا أحداث."))
    fresh_store.add_reject("bad.txt", "E103: binary")
    summary = fresh_store.summary()
    assert summary["articles"] == 3 and summary["rejects"] == 1 and summary["events"] == 2
    assert summary["entities_by_type"] == {"GPE": 2, "PER": 1}
    assert [(r["root"], r["label"], r["count"]) for r in summary["events_by_root"]] == [
        ("04", "consult", 1), ("19", "fight", 1)]
    assert summary["top_actor_pairs"] == [{"source": "Ilham Aliyev", "target": "Ebrahim Raisi", "count": 2}]
    assert summary["top_entities"][0] == {"entity_id": "Q83372", "name": "Ilham Aliyev", "type": "PER", "articles": 2}
    assert len(fresh_store.events(actor="aliyev")) == 2
    assert len(fresh_store.events(actor="IRNGOV", cameo_root="19")) == 1
    assert [e["day"] for e in fresh_store.events(since="2021-04-01")] == ["2021-05-01"]
    assert [e["day"] for e in fresh_store.events(until="2021-03-31")] == ["2021-03-03"]
    assert fresh_store.events(actor="Putin") == []


def test_unknown_table_and_bad_path() -> None:
    with Store.open(":memory:") as store, pytest.raises(StoreError):
        store.count("users; DROP TABLE articles")
    with pytest.raises(StoreError):
        Store.open("/nonexistent-dir/x/corpus.db")


def test_store_is_plain_sqlite(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_document(build_doc())
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT ext_id, outlet, published FROM articles").fetchone() == ("d1", "irna", "2021-03-04")
