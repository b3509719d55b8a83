"""Checks of the held-out SaudiNewsNet gold: the same offset checks as the development gold, plus what
keeps it held out (no article shared with the dev gold) and well formed (every actor and speaker is a
listed entity or an actor code). Scoring the system on it is left to `marsad eval gold`: nobody tunes on it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_devgold import _perfect

from marsad.eval.devgold import check_offsets, load_snn_text, snn_record
from marsad.eval.gold import score_gold
from marsad.eval.goldfile import load_gold

REPO = Path(__file__).resolve().parents[2]
HELDOUT = REPO / "gold" / "saudinewsnet-heldout.jsonl"
DEV_GOLD = [REPO / "gold" / "saudinewsnet-dev-a.jsonl", REPO / "gold" / "saudinewsnet-dev-b.jsonl"]
SNN = REPO.parent / "shared" / "data" / "saudinewsnet-subset"
ACTOR_CODE = re.compile(r"[A-Z]{3}( [A-Z]{3})?")


def _records() -> list[dict[str, Any]]:
    if not HELDOUT.is_file():
        pytest.skip("no held-out gold file present")
    return load_gold(HELDOUT)


def _article_key(record: dict[str, Any]) -> tuple[str, int]:
    return record["article"]["archive"], record["article"]["index"]


def _texts_or_skip(records: list[dict[str, Any]]) -> dict[str, str]:
    if not SNN.is_dir():
        pytest.skip("../shared/data/saudinewsnet-subset is not present")
    return {r["id"]: load_snn_text(SNN, *_article_key(r)) for r in records}


def test_heldout_set_is_disjoint_from_the_dev_gold_and_sized_as_documented():
    records = _records()
    keys = [_article_key(r) for r in records]
    assert 8 <= len(records) <= 10
    assert len(set(keys)) == len(keys)
    dev = {_article_key(r) for path in DEV_GOLD if path.is_file() for r in load_gold(path)}
    assert not set(keys) & dev


def test_heldout_actors_and_speakers_are_entities_or_actor_codes():
    problems = []
    for record in _records():
        names = {e["canonical_en"] for e in record["entities"]}
        actors = [(f"events[{i}].{side}", ev[side]) for i, ev in enumerate(record["events"])
                  for side in ("source", "target")]
        actors += [(f"quotes[{i}].speaker", q["speaker"]) for i, q in enumerate(record["quotes"])]
        problems += [f"{record['id']} {where}: {name!r}" for where, name in actors
                     if name not in names and not ACTOR_CODE.fullmatch(name or "")]
        problems += [f"{record['id']} events[{i}]: code {ev['cameo_code']} not under root {ev['cameo_root']}"
                     for i, ev in enumerate(record["events"]) if not ev["cameo_code"].startswith(ev["cameo_root"])]
    assert problems == []


def test_heldout_offsets_hold_on_the_corpus_text():
    records = _records()
    texts = _texts_or_skip(records)
    problems = []
    for record in records:
        problems += [f"{record['id']}: {p}" for p in check_offsets(record, texts[record["id"]])]
        corpus = snn_record(SNN, *_article_key(record))
        if record.get("published") != str(corpus.get("date_extracted", ""))[:10]:
            problems.append(f"{record['id']}: published is not the corpus date_extracted")
    assert problems == []


def test_heldout_a_perfect_analysis_scores_100():
    records = _records()
    texts = _texts_or_skip(records)
    analyses = {r["id"]: _perfect(r, texts[r["id"]]) for r in records}
    total = score_gold(records, analyses).to_dict()["total"]
    for key in ("entity_recall", "entity_linked", "event_recall", "event_precision", "event_recall_actors",
                "number_recall", "date_recall", "quote_recall_words_only"):
        assert total[key] in (1.0, None), (key, total[key])
    # A speaker given as an actor code ("PSE GOV" for unnamed security sources) is matched at country
    # level, so every quote, named speaker or not, must be found with its speaker.
    assert total["quotes_direct"] == sum(len(r["quotes"]) for r in records)
