"""The corpus commands end to end: ingest (with workers), then every query and export on the result."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from marsad.cli_store import COMMANDS, register

ARTICLES = [
    ("a1", "2021-03-04", "spa", "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية السعودي "
     "وبحث معه العلاقات الثنائية بين البلدين الشقيقين والتطورات في المنطقة."),
    ("a2", "2021-03-04", "okaz", "القاهرة - واس: استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير "
     "الخارجية السعودي وبحث معه العلاقات الثنائية بين البلدين الشقيقين والتطورات في المنطقة."),
    ("a3", "2021-04-10", "sabq", "أدانت المملكة العربية السعودية الهجوم الذي استهدف مدينة أبها وحملت الحوثيين "
     "المسؤولية عنه."),
]


@pytest.fixture(scope="module")
def group() -> click.Group:
    @click.group()
    def cli() -> None:
        """Test group."""

    register(cli)
    return cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, group: click.Group) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    lines = [json.dumps({"id": i, "published": p, "outlet": o, "text": t}, ensure_ascii=False)
             for i, p, o, t in ARTICLES]
    (root / "in.jsonl").write_text("\n".join(lines + ["{broken"]), encoding="utf-8")
    db = root / "c.sqlite"
    workers = "2" if "fork" in multiprocessing.get_all_start_methods() else "1"
    result = CliRunner().invoke(group, ["ingest", str(root / "in.jsonl"), "--db", str(db), "--workers", workers])
    assert result.exit_code == 0, result.output
    assert "3 added" in result.output and "1 rejected" in result.output
    assert "1 near-duplicate groups (2 articles)" in result.output
    return db


def run(group: click.Group, *args: str) -> str:
    result = CliRunner().invoke(group, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_has_an_example() -> None:
    assert all("Example:" in (c.help or "") for c in COMMANDS)


def test_events_entity_dyad(group: click.Group, db: Path) -> None:
    events = json.loads(run(group, "events", "--db", str(db), "--json"))
    assert events and all(e["doc_id"] for e in events)
    sisi = json.loads(run(group, "entity", "--db", str(db), "--json", "السيسي"))
    assert sisi and sisi[0]["articles"] == 2
    assert "first seen 2021-03-04" in run(group, "entity", "--db", str(db), "السيسى")
    since = json.loads(run(group, "events", "--db", str(db), "--json", "--since", "2021-04-01"))
    assert {e["day"] >= "2021-04-01" for e in since} <= {True}
    assert "month" in run(group, "dyad", "--db", str(db), "EGY", "SAU")
    bad = CliRunner().invoke(group, ["events", "--db", str(db), "--since", "April"])
    assert bad.exit_code != 0 and "ISO date" in bad.output


def test_duplicates_rejects_search(group: click.Group, db: Path) -> None:
    dups = json.loads(run(group, "duplicates", "--db", str(db), "--json"))
    assert [sorted(a["ext_id"] for a in g["articles"]) for g in dups] == [["a1", "a2"]]
    assert "E101" in run(group, "rejects", "--db", str(db))
    assert run(group, "search", "--db", str(db), "ابها").count("\n") == 1
    assert "articles: 3" in run(group, "summary", "--db", str(db))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "gdelt"])
def test_export(group: click.Group, db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    run(group, "export", "--db", str(db), "--format", fmt, "--out", str(out))
    assert out.read_text(encoding="utf-8").strip()


def test_unknown_table_is_one_line_error(group: click.Group, db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(group, ["export", "--db", str(db), "--table", "nope", "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "E401" in result.output


# A person no list holds, named without a title: only the learned tagger can find him.
UNKNOWN_NAME = "وصل جوناثان ميرسر إلى الدمام أمس في زيارة تستغرق يومين. وقال ميرسر إن الزيارة ناجحة."


def test_ingest_stores_names_the_knowledge_base_lacks_unless_ner_is_skipped(group: click.Group,
                                                                            tmp_path: Path) -> None:
    import sqlite3

    (tmp_path / "a.txt").write_text(UNKNOWN_NAME, encoding="utf-8")
    names = {}
    for label, extra in (("plain", ["--skip", "ner"]), ("ner", [])):
        db_path = tmp_path / f"{label}.sqlite"
        result = CliRunner().invoke(group, ["ingest", str(tmp_path / "a.txt"), "--db", str(db_path), *extra])
        assert result.exit_code == 0, result.output
        with sqlite3.connect(db_path) as conn:
            names[label] = {r[0] for r in conn.execute("SELECT canonical_ar FROM entities WHERE type = 'PER'")}
    assert "جوناثان ميرسر" in names["ner"] and "جوناثان ميرسر" not in names["plain"]


def test_ingest_add_rejects_an_unknown_stage_in_one_line(group: click.Group, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(UNKNOWN_NAME, encoding="utf-8")
    result = CliRunner().invoke(group, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.sqlite"),
                                        "--add", "nope"])
    assert result.exit_code != 0 and "unknown stage" in result.output
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.parametrize("skip, message", [("nope", "unknown stage"), ("entities", "needs 'entities'")])
def test_ingest_skip_refuses_what_cannot_be_left_out_in_one_line(group: click.Group, tmp_path: Path,
                                                                 skip: str, message: str) -> None:
    (tmp_path / "a.txt").write_text(UNKNOWN_NAME, encoding="utf-8")
    result = CliRunner().invoke(group, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.sqlite"),
                                        "--skip", skip])
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.sqlite").exists()


def test_the_stage_analyser_pickles_for_worker_processes() -> None:
    import pickle

    from marsad.store.ingest import StagesAnalyser

    analyser = StagesAnalyser(("text", "ner"))
    assert pickle.loads(pickle.dumps(analyser)) == analyser
