"""Exports of the store's tables as CSV, JSON Lines or Parquet, and a GDELT-style event table.

CSV and JSON Lines stream row by row, so an export never holds the corpus in memory. Parquet needs
pyarrow (`pip install 'marsad[parquet]'`), an optional extra because it is large and only analysts
with dataframe tools want it. The GDELT-style table has one row per event cluster, not per report:
NumArticles and NumSources say how widely an event was carried, as GDELT's columns do, so a dataset
built from it does not count one wire story twenty times.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from marsad.errors import StoreError

FORMATS = ("csv", "jsonl", "parquet", "gdelt")
TABLES = ("events", "articles", "entities", "mentions", "quotes", "quantities", "times", "sentences",
          "event_clusters", "event_cluster_members", "duplicate_clusters", "rejects")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
    # Not in GDELT: the PLOVER type and the evidence, so every row can be checked against its article.
    "Plover", "DocId", "TriggerText", "TriggerStart", "TriggerEnd",
)

_GDELT_SQL = """
SELECT c.cluster_id, COALESCE(c.first_day, ''), e.source_actor_code, e.source_name, e.source_country,
       e.target_actor_code, e.target_name, e.target_country, e.sentence_index, e.cameo_code, e.cameo_root,
       e.quad_class, e.goldstein, c.n_events, c.n_sources, c.n_reports, e.place_name, e.place_country,
       substr(a.analysed_at, 1, 10), a.url, e.plover, e.doc_id, e.trigger_text, e.trigger_start, e.trigger_end
FROM event_clusters c JOIN events e ON e.doc_id = c.doc_id AND e.idx = c.idx
JOIN articles a ON a.doc_id = e.doc_id
ORDER BY c.cluster_id
"""


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    if table not in TABLES:
        raise StoreError(f"no table '{table}' to export (one of: {', '.join(TABLES)})")
    if table == "articles":
        cur = conn.execute("SELECT seq, doc_id, ext_id, title, url, outlet, published, source_path, n_chars, "
                           "analysed_at, schema_version, text FROM articles ORDER BY seq")
    else:
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    return [c[0] for c in cur.description], iter(cur)


def gdelt_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """One GDELT-style row per event cluster, described by its first report."""
    for row in conn.execute(_GDELT_SQL):
        (cid, day, a1, a1n, a1c, a2, a2n, a2c, sent, code, root, quad, gold, n_ev, n_src, n_art,
         place, place_c, added, url, plover, doc_id, trig, t_start, t_end) = row
        sqldate = day.replace("-", "").ljust(8, "0")  # a month or year only: GDELT's zero padding
        yield (cid, sqldate, sqldate[:6], sqldate[:4], a1, a1n, a1c, a2, a2n, a2c, int(sent == 0), code,
               code[:3], root, quad, gold, n_ev, n_src, n_art, place, place_c, added.replace("-", ""), url,
               plover, doc_id, trig, t_start, t_end)


def export(conn: sqlite3.Connection, fmt: str, out: Path, *, table: str = "events") -> int:
    """Write `table` (or, for `gdelt`, the event clusters) to `out` in `fmt`; returns the rows written."""
    if fmt == "gdelt":
        return _write_delimited(out, list(GDELT_COLUMNS), gdelt_rows(conn), delimiter="\t")
    columns, rows = _rows(conn, table)
    if fmt == "csv":
        return _write_delimited(out, columns, rows, delimiter=",")
    if fmt == "jsonl":
        return _write_jsonl(out, columns, rows)
    if fmt == "parquet":
        return _write_parquet(out, columns, rows)
    raise StoreError(f"unknown export format '{fmt}' (one of: {', '.join(FORMATS)})")


def _write_delimited(out: Path, columns: list[str], rows: Iterator[tuple[Any, ...]], *, delimiter: str) -> int:
    n = 0
    with _open(out) as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


def _write_jsonl(out: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    n = 0
    with _open(out) as handle:
        for row in rows:
            handle.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(out: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'marsad[parquet]'") from None
    data = list(rows)
    table = pa.table({name: [r[i] for r in data] for i, name in enumerate(columns)})
    try:
        pq.write_table(table, str(out))
    except OSError as err:
        raise StoreError(f"cannot write {out}: {err}") from None
    return len(data)


def _open(out: Path) -> TextIO:
    try:
        return out.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise StoreError(f"cannot write {out}: {err.strerror}") from None
