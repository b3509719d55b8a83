"""Eval gates for the event coder on real news (issue 5): the floors measured when they were pinned.

Dev gold (26 SaudiNewsNet articles, gold/saudinewsnet-dev-*.jsonl) and the development half of the
UniversalPetrarch Arabic protest/assault validation sentences. Skipped where ../shared is absent.
Measured when pinned (2026-11-29, after rounds five and six on actors, roles, lexicon, coder, stance and
quote speakers): dev event recall 0.745, precision 0.901, recall with actors 0.707, precision with actors
0.855, quotes with the right speaker 0.776, quote attribution precision 1.0 (52 judged); protest/assault
category recall 0.875 (protest 0.844, assault 0.895), precision 0.942, source-country accuracy 0.778.
Held-out gold (9 articles, annotated blind, never tuned on): recall 0.254, precision 0.850, with actors
0.164 / 0.550. Floors sit a little under these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.eval.gold import score_gold

REPO = Path(__file__).resolve().parents[2]
DEV_GOLD = [REPO / "gold" / "saudinewsnet-dev-a.jsonl", REPO / "gold" / "saudinewsnet-dev-b.jsonl"]
HELDOUT_GOLD = [REPO / "gold" / "saudinewsnet-heldout.jsonl"]


def _gold_total(shared_dir: Path, paths: list[Path]) -> dict:
    from marsad.api import analyze
    from marsad.eval.devgold import snn_text_for
    from marsad.eval.gold import load_gold

    texts = shared_dir / "data" / "saudinewsnet-subset"
    if not texts.is_dir() or not all(p.is_file() for p in paths):
        pytest.skip("gold or the SaudiNewsNet subset is not present")
    records = [r for p in paths for r in load_gold(p)]
    analyses = {r["id"]: analyze(snn_text_for(r, texts), published=r.get("published"), id=r["id"]).to_dict()
                for r in records}
    return score_gold(records, analyses).to_dict()["total"]


@pytest.fixture(scope="module")
def dev_total(shared_dir):
    return _gold_total(shared_dir, DEV_GOLD)


@pytest.fixture(scope="module")
def heldout_total(shared_dir):
    return _gold_total(shared_dir, HELDOUT_GOLD)


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
    assert dev_total["event_recall"] >= 0.72
    assert dev_total["event_precision"] >= 0.87
    assert dev_total["event_recall_actors"] >= 0.67
    assert dev_total["event_precision_actors"] >= 0.82


def test_dev_gold_entities_and_dates(dev_total):
    # 0.916 / 0.813 / 0.959 on 2026-12-03 (the Asharq Al-Awsat name, bare months told in the past)
    assert dev_total["entity_recall"] >= 0.90
    assert dev_total["entity_linked"] >= 0.80
    assert dev_total["date_recall_value"] >= 0.94


def test_dev_gold_quotes(dev_total):
    assert dev_total["quote_attribution_precision"] >= 0.90
    # 0.806 -> 0.851 on 2026-12-03 (quotations left unclosed in their sentence, إننا, a comma before إن)
    assert dev_total["quote_recall_direct"] >= 0.82


def test_heldout_gold_floors(heldout_total):
    """The blind set is a floor, never a target: no rule is written from its articles."""
    assert heldout_total["event_recall"] >= 0.30  # 0.328 on 2026-12-01 (0.298 at the session's start)
    assert heldout_total["event_precision"] >= 0.80
    assert heldout_total["quote_attribution_precision"] >= 0.80
    # the learned tagger's speakers (marsad.facts.speakers.speakers_from_tagger): 0.632 -> 0.684 on 2026-12-01
    assert heldout_total["quote_recall_direct"] >= 0.66


def test_protest_assault_categories(petrarch_rates):
    assert petrarch_rates["recall"] >= 0.85
    assert petrarch_rates["precision"] >= 0.90
    assert petrarch_rates["protest_recall"] >= 0.82
    assert petrarch_rates["assault_recall"] >= 0.86


def test_protest_assault_source_countries(petrarch_rates):
    assert petrarch_rates["source_country_accuracy"] >= 0.76
