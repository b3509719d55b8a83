"""Tests of development gold on SaudiNewsNet: reading texts from the corpus zips, the sha1 guard, the
offset-aware scorer and the CLI; and (with ../shared) that every offset in the project's dev gold holds."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import GoldError
from marsad.eval.devgold import (
    check_offsets,
    load_snn_text,
    resolve_archive,
    snn_record,
    snn_text_for,
    text_sha1,
)
from marsad.eval.gold import score_gold
from marsad.eval.goldfile import load_gold
from marsad.eval.textmatch import gold_sentences

REPO = Path(__file__).resolve().parents[2]
DEV_GOLD = [REPO / "gold" / "saudinewsnet-dev-a.jsonl", REPO / "gold" / "saudinewsnet-dev-b.jsonl"]
SNN = REPO.parent / "shared" / "data" / "saudinewsnet-subset"

TEXT = "قتل 5 أشخاص في هجوم على قرية علي.\r\nوقال علي إن 5 جرحى نقلوا إلى المستشفى."


def _zip(folder: Path, name: str = "2015-01-01.zip", contents: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    records = [{"source": "test", "date_extracted": "2015-01-01 10:00:00", "content": c}
               for c in (contents or ["نص أول للتجربة.", TEXT])]
    path = folder / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(name.replace(".zip", ".json"), json.dumps(records, ensure_ascii=False))
    return path


def _record(text: str, **extra: Any) -> dict[str, Any]:
    first_ali = text.find("علي")
    first_five = text.find("5")
    record = {
        "id": "snn:2015-01-01.zip#1", "published": "2015-01-01",
        "article": {"archive": "2015-01-01.zip", "index": 1, "sha1": text_sha1(text)},
        "n_sentences": len(gold_sentences(text)),
        "entities": [{"surface_forms": ["علي"], "type": "PER", "canonical_en": "Ali", "country_iso3": None,
                      "offsets": [[first_ali, first_ali + 3]]}],
        "events": [], "quotes": [],
        "numbers": [{"surface": "5", "value": 5, "unit": "killed", "about": "x",
                     "start": first_five, "end": first_five + 1}],
        "dates": [],
    }
    record.update(extra)
    return record


def test_load_snn_text_cleans_and_finds_the_archive_from_several_roots(tmp_path: Path):
    _zip(tmp_path / "shared" / "data" / "saudinewsnet-subset")
    subset = tmp_path / "shared" / "data" / "saudinewsnet-subset"
    for root in (subset, tmp_path / "shared" / "data", tmp_path / "shared"):
        text = load_snn_text(root, "2015-01-01.zip", 1)
        assert "\r" not in text and text.startswith("قتل 5")
    assert resolve_archive(tmp_path / "shared", "2015-01-01.zip") == subset / "2015-01-01.zip"
    with pytest.raises(GoldError, match="out of range"):
        load_snn_text(subset, "2015-01-01.zip", 7)
    with pytest.raises(GoldError, match="not found"):
        load_snn_text(subset, "1999-01-01.zip", 0)


def test_changed_text_is_refused_by_its_sha1(tmp_path: Path):
    _zip(tmp_path)
    text = load_snn_text(tmp_path, "2015-01-01.zip", 1)
    record = _record(text)
    assert snn_text_for(record, tmp_path) == text
    record["article"]["sha1"] = "0" * 40
    with pytest.raises(GoldError, match="has changed"):
        snn_text_for(record, tmp_path)


def test_check_offsets_reports_each_kind_of_mismatch(tmp_path: Path):
    _zip(tmp_path)
    text = load_snn_text(tmp_path, "2015-01-01.zip", 1)
    record = _record(text)
    assert check_offsets(record, text) == []
    record["entities"][0]["offsets"][0][0] += 1
    record["numbers"][0]["start"] += 2
    record["events"] = [{"source": "Ali", "target": None, "cameo_root": "19", "trigger": "هجوم",
                         "sentence_index": 1, "trigger_start": text.find("هجوم"),
                         "trigger_end": text.find("هجوم") + 4}]
    problems = check_offsets(record, text)
    assert any("is not a surface form" in p for p in problems)
    assert any(p.startswith("numbers[0]") for p in problems)
    assert any("lies in sentence 0, not 1" in p for p in problems)


def test_load_gold_checks_article_and_offset_fields(tmp_path: Path):
    text = TEXT.replace("\r\n", "\n")
    bad_article = _record(text, article={"archive": "x.zip"})
    bad_offsets = _record(text)
    bad_offsets["entities"][0]["offsets"] = [[5, 2]]
    for record, message in ((bad_article, "archive"), (bad_offsets, "offsets")):
        path = tmp_path / "g.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        with pytest.raises(GoldError, match=message):
            load_gold(path)


def _analysis(text: str, ent_at: int, qty_at: int) -> dict[str, Any]:
    return {"text": text, "events": [], "quotes": [], "times": [],
            "entities": [{"id": "e0", "type": "PER", "canonical_en": "Ali", "country_iso3": None,
                          "mentions": [{"start": ent_at, "end": ent_at + 3, "text": "علي"}]}],
            "quantities": [{"start": qty_at, "end": qty_at + 1, "text": "5", "value": 5, "unit": "killed"}]}


def test_gold_offsets_are_preferred_to_string_search(tmp_path: Path):
    text = TEXT.replace("\r\n", "\n")
    second_ali, second_five = text.rfind("علي"), text.rfind("5")
    record = _record(text)
    # The system found the *other* Ali and the *other* 5: right by string search, wrong by offsets.
    wrong = _analysis(text, second_ali, second_five)
    by_offsets = score_gold([record], {record["id"]: wrong}).total
    assert (by_offsets.entities_found, by_offsets.numbers_found) == (0, 0)
    plain = {k: v for k, v in record.items() if k != "article"}
    for ent in plain["entities"]:
        ent.pop("offsets")
    for num in plain["numbers"]:
        num.pop("start"), num.pop("end")
    by_strings = score_gold([plain], {plain["id"]: wrong}).total
    assert (by_strings.entities_found, by_strings.numbers_found) == (1, 1)
    right = _analysis(text, text.find("علي"), text.find("5"))
    assert score_gold([record], {record["id"]: right}).total.entities_linked == 1


def test_cli_scores_several_gold_files_and_refuses_changed_texts(tmp_path: Path):
    _zip(tmp_path / "subset")
    text = load_snn_text(tmp_path / "subset", "2015-01-01.zip", 1)
    first, second = _record(text), _record(text, id="snn:2015-01-01.zip#1b")
    (tmp_path / "a.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    args = ["eval", "gold", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--texts", str(tmp_path / "subset")]
    result = runner.invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [a["id"] for a in report["articles"]] == [first["id"], second["id"]]
    assert report["total"]["entities"] == 2 and report["total"]["numbers"] == 2
    dup = runner.invoke(cli, ["eval", "gold", str(tmp_path / "a.jsonl"), str(tmp_path / "a.jsonl"),
                              "--texts", str(tmp_path / "subset")])
    assert dup.exit_code != 0 and "is in both" in dup.output
    first["article"]["sha1"] = "f" * 40
    (tmp_path / "a.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    changed = runner.invoke(cli, args)
    assert changed.exit_code != 0 and "has changed" in changed.output


# --- the project's dev gold against the real corpus ---------------------------------------------------

def _dev_records() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, r) for path in DEV_GOLD if path.is_file() for r in load_gold(path)]


def _snn_or_skip() -> None:
    if not SNN.is_dir():
        pytest.skip("../shared/data/saudinewsnet-subset is not present")
    if not _dev_records():
        pytest.skip("no development gold file present")


def test_dev_gold_offsets_hold_on_the_corpus_text():
    _snn_or_skip()
    problems = []
    for name, record in _dev_records():
        text = load_snn_text(SNN, record["article"]["archive"], record["article"]["index"])
        problems += [f"{name} {record['id']}: {p}" for p in check_offsets(record, text)]
        corpus = snn_record(SNN, record["article"]["archive"], record["article"]["index"])
        if record.get("published") != str(corpus.get("date_extracted", ""))[:10]:
            problems.append(f"{name} {record['id']}: published is not the corpus date_extracted")
    assert problems == []


def _perfect(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The analysis an ideal system would give, built from the gold offsets."""
    def span(s: int, e: int) -> dict[str, Any]:
        return {"start": s, "end": e, "text": text[s:e]}

    ents = {e["canonical_en"]: {"id": f"e{i}", "type": e["type"], "canonical_en": e["canonical_en"],
                                "country_iso3": e.get("country_iso3"), "mentions": [span(*p) for p in e["offsets"]]}
            for i, e in enumerate(record["entities"])}

    def actor(name: str | None) -> dict[str, Any] | None:
        if name in ents:
            return {"entity_id": ents[name]["id"], "canonical_en": name, "country_iso3": ents[name]["country_iso3"]}
        return {"actor_code": name.replace(" ", "")} if name else None

    events = [{"cameo_root": ev["cameo_root"], "cameo_code": ev["cameo_code"],
               "trigger": span(ev["trigger_start"], ev["trigger_end"]),
               "source": actor(ev["source"]), "target": actor(ev["target"])} for ev in record["events"]]
    quotes = [{**span(q["start"], q["start"] + len(q["first_words"])), "speaker": actor(q["speaker"]), "direct": True}
              for q in record["quotes"]]
    quantities = [{**span(n["start"], n["end"]), "value": n["value"],
                   "unit": "currency" if n["unit"] and n["unit"].isupper() else n["unit"],
                   "currency": n["unit"] if n["unit"] and n["unit"].isupper() else None} for n in record["numbers"]]
    times = [span(d["start"], d["end"]) for d in record["dates"]]
    return {"text": text, "entities": list(ents.values()), "events": events, "quotes": quotes,
            "quantities": quantities, "times": times}


def test_dev_gold_a_perfect_analysis_scores_100():
    _snn_or_skip()
    records = [r for _name, r in _dev_records()]
    analyses = {r["id"]: _perfect(r, load_snn_text(SNN, r["article"]["archive"], r["article"]["index"]))
                for r in records}
    total = score_gold(records, analyses).to_dict()["total"]
    for key in ("entity_recall", "entity_linked", "event_recall", "event_precision", "event_recall_actors",
                "number_recall", "date_recall", "quote_recall_words_only"):
        assert total[key] in (1.0, None), (key, total[key])
    # A quote whose speaker is an actor code ("MLI MIL") cannot be matched on its speaker by the scorer,
    # which asks for one referent; every quote with a named speaker must be.
    named = sum(q["speaker"] in {e["canonical_en"] for e in r["entities"]} for r in records for q in r["quotes"])
    assert total["quotes_direct"] == named
    assert len({r["article"]["archive"] + str(r["article"]["index"]) for r in records}) == len(records)
