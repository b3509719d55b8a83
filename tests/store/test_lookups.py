"""Analyst queries: event filters, entity profiles, dyads, rejects, and exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from store_docs import TEXT, build_doc

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store.export import GDELT_COLUMNS, export


@pytest.fixture
def store(fresh_store: Store) -> Store:
    fresh_store.add_document(build_doc())
    second = build_doc(TEXT + " مجددا", published="2021-05-01")
    second.outlet = "trend"
    second.events[0].date = "2021-05-01"
    second.events[0].cameo_code, second.events[0].cameo_root, second.events[0].plover = "190", "19", "ASSAULT"
    second.events[0].goldstein = -10.0
    fresh_store.add_document(second)
    fresh_store.add_reject("bad.txt", "E103: binary")
    fresh_store.refresh_clusters()
    return fresh_store


@pytest.mark.parametrize(("filters", "codes"), [
    ({}, ["190", "040"]),
    ({"source": "Q83372"}, ["190", "040"]),
    ({"source": "إلهام علييف"}, ["190", "040"]),  # the Arabic name as written
    ({"source": "الهام علييف"}, ["190", "040"]),  # ... in another spelling
    ({"target": "AZEGOV"}, []),
    ({"target": "IRNGOV"}, ["190", "040"]),
    ({"country": "irn"}, ["190", "040"]),
    ({"country": "EGY"}, []),
    ({"code": "19"}, ["190"]),
    ({"cameo_root": "4"}, ["040"]),
    ({"plover": "consult"}, ["040"]),
    ({"since": "2021-04-01", "until": "2021-05-31"}, ["190"]),
])
def test_event_filters(store: Store, filters: dict, codes: list[str]) -> None:
    assert [e["cameo_code"] for e in store.events(**filters)] == codes


def test_entity_profile(store: Store) -> None:
    [profile] = store.entity("aliyev")
    assert profile["entity_id"] == "Q83372" and profile["actor_code"] == "AZEGOV"
    assert profile["aliases"] == [{"text": "إلهام علييف", "count": 2}]
    assert (profile["articles"], profile["mentions"]) == (2, 2)
    assert (profile["first_seen"], profile["last_seen"]) == ("2021-03-04", "2021-05-01")
    assert (profile["events_as_source"], profile["quotes"]) == (2, 2)
    assert profile["roles"][0]["role"] == "president"
    assert store.entity("Putin") == []


def test_dyad_by_month_with_goldstein(store: Store) -> None:
    rows = store.dyad("Aliyev", "Raisi")
    assert [(r["month"], r["direction"], r["events"], r["goldstein_total"]) for r in rows] == [
        ("2021-03", "A→B", 1, 1.0), ("2021-05", "A→B", 1, -10.0)]
    assert [r["direction"] for r in store.dyad("Raisi", "Aliyev")] == ["B→A", "B→A"]
    assert store.dyad("Raisi", "Aliyev", directed=True) == []


def test_rejects(store: Store) -> None:
    assert [(r["origin"], r["reason"]) for r in store.rejects()] == [("bad.txt", "E103: binary")]


def test_exports(store: Store, tmp_path: Path) -> None:
    assert export(store.conn, "csv", tmp_path / "e.csv") == 2
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert {r["cameo_code"] for r in rows} == {"040", "190"}
    assert export(store.conn, "jsonl", tmp_path / "a.jsonl", table="articles") == 2
    first = json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["text"] == TEXT and first["outlet"] == "irna"
    assert export(store.conn, "gdelt", tmp_path / "g.tsv") == 2
    header, *lines = (tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)
    row = dict(zip(GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor2Code"], row["EventRootCode"]) == (
        "20210303", "AZEGOV", "IRNGOV", "04")
    assert (row["NumArticles"], row["NumSources"], row["TriggerText"]) == ("1", "1", "التقى")
    with pytest.raises(StoreError):
        export(store.conn, "csv", tmp_path / "x.csv", table="sqlite_master")


def test_parquet_export(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(store.conn, "parquet", tmp_path / "e.parquet") == 2
    table = pq.read_table(tmp_path / "e.parquet")
    assert sorted(table.column("cameo_code").to_pylist()) == ["040", "190"]


def test_parquet_without_pyarrow_says_how_to_get_it(store: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(StoreError, match=r"marsad\[parquet\]"):
        export(store.conn, "parquet", tmp_path / "e.parquet")
