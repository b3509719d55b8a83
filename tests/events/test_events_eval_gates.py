"""Eval gates for the event coder on real news (issue 5): the floors measured when they were pinned.

Dev gold (26 SaudiNewsNet articles, gold/saudinewsnet-dev-*.jsonl) and the development half of the
UniversalPetrarch Arabic protest/assault validation sentences. Skipped where ../shared is absent.
Measured when pinned (2026-11-29, after the rounds on actors, roles, lexicon and coder): dev event
recall 0.639, precision 0.899, recall with actors 0.577, precision with actors 0.811, quote attribution
precision 1.0 (30 judged); protest/assault category recall 0.875 (protest 0.844, assault 0.895),
precision 0.942, source-country accuracy 0.762. Floors sit a little under these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.eval.gold import score_gold

REPO = Path(__file__).resolve().parents[2]
DEV_GOLD = [REPO / "gold" / "saudinewsnet-dev-a.jsonl", REPO / "gold" / "saudinewsnet-dev-b.jsonl"]


@pytest.fixture(scope="module")
def dev_total(shared_dir):
    from marsad.api import analyze
    from marsad.eval.devgold import snn_text_for
    from marsad.eval.gold import load_gold

    texts = shared_dir / "data" / "saudinewsnet-subset"
    if not texts.is_dir() or not all(p.is_file() for p in DEV_GOLD):
        pytest.skip("dev gold or the SaudiNewsNet subset is not present")
    records = [r for p in DEV_GOLD for r in load_gold(p)]
    analyses = {r["id"]: analyze(snn_text_for(r, texts), published=r.get("published"), id=r["id"]).to_dict()
                for r in records}
    return score_gold(records, analyses).to_dict()["total"]


@pytest.fixture(scope="module")
def petrarch_rates(shared_dir):
    from marsad.api import analyze
    from marsad.eval.petrarch import score_files

    folder = shared_dir / "data" / "universalpetrarch-arabic" / "validation"
    paths = sorted(folder.glob("arabic_*_gsr_validation.xml"))
    if not paths:
        pytest.skip("protest/assault validation files are not present")
    return score_files(paths, lambda g: analyze(g.text, published=g.published, id=g.id)).rates()


def test_dev_gold_events(dev_total):
    assert dev_total["event_recall"] >= 0.61
    assert dev_total["event_precision"] >= 0.86
    assert dev_total["event_recall_actors"] >= 0.55
    assert dev_total["event_precision_actors"] >= 0.78


def test_dev_gold_quote_attribution(dev_total):
    assert dev_total["quote_attribution_precision"] >= 0.90


def test_protest_assault_categories(petrarch_rates):
    assert petrarch_rates["recall"] >= 0.85
    assert petrarch_rates["precision"] >= 0.90
    assert petrarch_rates["protest_recall"] >= 0.82
    assert petrarch_rates["assault_recall"] >= 0.86


def test_protest_assault_source_countries(petrarch_rates):
    assert petrarch_rates["source_country_accuracy"] >= 0.75
