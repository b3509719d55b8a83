"""Ingest: idempotent re-runs, rejects that do not stop the run, and resuming a killed run."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.doc import Document
from marsad.errors import StageError
from marsad.io import InputRecord
from marsad.store import Store, ingest

TABLES = ("articles", "sentences", "entities", "mentions", "events", "quotes", "quantities", "times", "rejects")
CITIES = ("طهران", "باكو", "الرياض", "القاهرة", "أنقرة", "موسكو")


def real_analyze(record: InputRecord) -> Document:
    return analyze(record.text, published=record.published, id=record.id, title=record.title, url=record.url)


def article(i: int) -> str:
    city = CITIES[i % len(CITIES)]
    return f"وصل وزير الخارجية إلى {city} أمس في الزيارة رقم {i}، والتقى نظيره وبحث معه العلاقات الثنائية."


def make_corpus(root: Path, n: int = 30) -> Path:
    """n text files, a JSONL file with a duplicate and a bad line, and an unreadable file."""
    (root / "sub").mkdir(parents=True)
    for i in range(n):
        folder = root / "sub" if i % 3 else root
        (folder / f"art{i:03d}.txt").write_text(article(i), encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": article(1000), "outlet": "spa"}, ensure_ascii=False), "{oops",
             json.dumps({"id": "dup", "text": article(0)}, ensure_ascii=False)]
    (root / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    return root


def table_counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return {t: store.count(t) for t in TABLES}


def contents(db: Path) -> tuple:
    """Everything but timestamps: what a resumed run must reproduce."""
    with Store.open(db) as store:
        conn = store.conn
        arts = conn.execute("SELECT doc_id, ext_id, title, outlet, published, text FROM articles ORDER BY doc_id")
        sents = conn.execute("SELECT * FROM sentences ORDER BY doc_id, idx")
        rejects = conn.execute("SELECT origin, reason FROM rejects ORDER BY origin")
        events = conn.execute("SELECT * FROM events ORDER BY doc_id, idx")
        dups = conn.execute("SELECT * FROM duplicate_clusters ORDER BY doc_id")
        clusters = conn.execute("SELECT * FROM event_clusters ORDER BY cluster_id")
        members = conn.execute("SELECT * FROM event_cluster_members ORDER BY doc_id, idx")
        return tuple(cur.fetchall() for cur in (arts, sents, rejects, events, dups, clusters, members))


def test_reingest_adds_nothing(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in")
    db = tmp_path / "c.db"
    first = ingest([corpus], db, analyze_fn=real_analyze, batch_size=7)
    assert (first.seen, first.added, first.already_present, first.rejected) == (34, 31, 1, 2)
    assert first.reasons == {"E101": 1, "E102": 1}
    before = table_counts(db)
    assert before["articles"] == 31 and before["rejects"] == 2 and before["sentences"] >= 31
    second = ingest([corpus], db, analyze_fn=real_analyze)
    assert (second.added, second.already_present, second.rejected) == (0, 32, 2)
    assert table_counts(db) == before


def test_analysis_failure_is_a_reject_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", n=6)

    def flaky(record: InputRecord) -> Document:
        if record.id == "art002":
            raise StageError("stage 'events' failed: boom")
        return real_analyze(record)

    report = ingest([corpus], tmp_path / "c.db", analyze_fn=flaky, batch_size=2)
    assert report.added == 6 and report.rejected == 3
    with Store.open(tmp_path / "c.db") as store:
        reasons = dict(store.conn.execute("SELECT origin, reason FROM rejects"))
    assert reasons[str(corpus / "sub" / "art002.txt")] == "E202: stage 'events' failed: boom"


def test_a_crash_keeps_committed_batches(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", n=9)
    calls = []

    def crashing(record: InputRecord) -> Document:
        calls.append(record.id)
        if len(calls) == 6:
            raise KeyboardInterrupt
        return real_analyze(record)

    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], tmp_path / "c.db", analyze_fn=crashing, batch_size=4)
    assert table_counts(tmp_path / "c.db")["articles"] == 4
    report = ingest([corpus], tmp_path / "c.db", analyze_fn=real_analyze, batch_size=4)
    assert report.added == 10 - 4 and report.already_present == 4 + 1


def test_progress_is_called_per_batch(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", n=10)
    seen: list[int] = []
    ingest([corpus], tmp_path / "c.db", analyze_fn=real_analyze, batch_size=4, progress=lambda r: seen.append(r.added))
    assert seen == [4, 8, 11]


_CHILD = """
import sys, time
from pathlib import Path
from marsad.api import analyze
from marsad.store import ingest

def slow(record):
    time.sleep(0.05)
    return analyze(record.text, published=record.published, id=record.id, title=record.title)

def progress(report):
    tmp = Path(sys.argv[3] + ".tmp")
    tmp.write_text(str(report.added))
    tmp.replace(sys.argv[3])  # atomic, so the parent never reads a half-written number

ingest([Path(sys.argv[1])], sys.argv[2], analyze_fn=slow, batch_size=4, progress=progress,
       workers=int(sys.argv[4]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_then_resume_equals_a_clean_run(tmp_path: Path, workers: int) -> None:
    corpus = make_corpus(tmp_path / "in", n=60)
    killed, marker = tmp_path / "killed.db", tmp_path / "progress"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(killed), str(marker), str(workers)],
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        seen = marker.read_text() if marker.exists() else ""  # read once: the child rewrites it
        if seen.strip().isdigit() and int(seen) >= 8:
            break
        time.sleep(0.02)
    assert child.poll() is None, f"the ingest ended before it could be killed: {child.stderr.read()!r}"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    partial = table_counts(killed)["articles"]
    assert 8 <= partial < 61
    resumed = ingest([corpus], killed, analyze_fn=real_analyze, batch_size=4)
    assert resumed.added == 61 - partial
    clean = tmp_path / "clean.db"
    ingest([corpus], clean, analyze_fn=real_analyze, batch_size=4)
    assert contents(killed) == contents(clean)
    assert table_counts(killed) == table_counts(clean)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_analysis_can_run_in_a_process_pool(tmp_path: Path) -> None:
    """The `map_fn` seam: a pool's imap gives the same store as the serial run."""
    corpus = make_corpus(tmp_path / "in", n=12)
    serial, pooled = tmp_path / "serial.db", tmp_path / "pooled.db"
    ingest([corpus], serial, analyze_fn=real_analyze, batch_size=5)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        report = ingest([corpus], pooled, analyze_fn=real_analyze, batch_size=5,
                        map_fn=lambda fn, items: pool.imap(fn, items, chunksize=2))
    assert report.added == 13 and report.rejected == 2
    assert contents(pooled) == contents(serial)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_workers_give_the_same_store_as_one_process(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", n=40)
    serial, pooled = tmp_path / "serial.db", tmp_path / "pooled.db"
    one = ingest([corpus], serial, batch_size=6)
    two = ingest([corpus], pooled, batch_size=6, workers=2)
    assert (two.added, two.already_present, two.rejected) == (one.added, one.already_present, one.rejected) == (41, 1, 2)
    assert contents(pooled) == contents(serial)
    assert two.clusters == one.clusters and one.clusters.duplicate_groups > 0
    again = ingest([corpus], pooled, workers=2)
    assert again.added == 0 and again.clusters is None
    assert table_counts(pooled) == table_counts(serial)
