"""Tests of the article-gold scorer: hand-made analyses with known answers, and a perfect analysis
derived from the gold itself (which must score 100 %)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import GoldError
from marsad.eval import find_text, load_gold, score_gold
from marsad.eval.textmatch import gold_sentences, locate, sentence_of

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "examples" / "seed"
SAMPLES = REPO / "samples"


# --- a perfect analysis built from gold ------------------------------------------------------------

def _mention(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def perfect_analysis(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """What an ideal system would output for this gold: every form, trigger, quote, number, date."""
    sents = gold_sentences(text)
    entities = []
    by_name = {}
    for i, ent in enumerate(gold["entities"]):
        spans = [s for f in ent["surface_forms"] for s in locate(text, f)]
        sys_ent = {"id": f"e{i}", "type": ent["type"], "canonical_en": ent["canonical_en"],
                   "country_iso3": ent.get("country_iso3"), "actor_code": None,
                   "mentions": [_mention(text, s, e) for s, e in spans]}
        entities.append(sys_ent)
        by_name[ent["canonical_en"]] = sys_ent

    def actor(name: str) -> dict[str, Any]:
        if name in by_name:
            e = by_name[name]
            return {"entity_id": e["id"], "canonical_en": name, "country_iso3": e["country_iso3"],
                    "actor_code": None}
        return {"entity_id": None, "canonical_en": None, "country_iso3": None,
                "actor_code": name.replace(" ", "")}

    events = []
    for ev in gold["events"]:
        spans = [s for s in locate(text, ev["trigger"])
                 if sentence_of(sents, s[0]) == ev["sentence_index"]]
        start, end = spans[0]
        events.append({"cameo_code": ev.get("cameo_code") or ev["cameo_root"] + "0",
                       "cameo_root": ev["cameo_root"], "trigger": _mention(text, start, end),
                       "source": actor(ev["source"]), "target": actor(ev["target"]),
                       "sentence_index": ev["sentence_index"]})
    quotes = []
    for q in gold["quotes"]:
        start, end = locate(text, q["first_words"])[0]
        quotes.append({**_mention(text, start, end), "speaker": actor(q["speaker"]), "direct": True})
    quantities = []
    for n in gold["numbers"]:
        start, end = locate(text, n["surface"])[0]
        unit = {"USD": "currency"}.get(n.get("unit"), n.get("unit"))
        currency = n.get("unit") if unit == "currency" else None
        quantities.append({**_mention(text, start, end), "value": n["value"], "unit": unit,
                           "currency": currency})
    times = [{**_mention(text, *locate(text, d["surface"])[0]), "kind": d["kind"], "value": None}
             for d in gold["dates"]]
    return {"text": text, "entities": entities, "events": events, "quotes": quotes,
            "quantities": quantities, "times": times}


def _assert_perfect(report) -> None:
    total = report.to_dict()["total"]
    for key in ("entity_recall", "entity_linked", "event_recall", "event_precision",
                "event_recall_actors", "quote_recall_direct", "number_recall", "date_recall"):
        assert total[key] in (1.0, None), (key, total[key], report.format())
    assert total["extra_events"] == 0


def test_seed_gold_perfect_analysis_scores_100():
    if not SEED.is_dir():
        pytest.skip("../shared/examples/seed not available")
    gold = load_gold(SEED / "000_5602218fb4d461f4.gold.json")
    assert [g["id"] for g in gold] == ["seed"]
    path = find_text(SEED, gold[0], n_records=len(gold))
    text = path.read_text(encoding="utf-8")
    report = score_gold(gold, {"seed": perfect_analysis(gold[0], text)})
    _assert_perfect(report)
    assert report.total.entities == 12 and report.total.events == 13


def test_samples_gold_perfect_analysis_scores_100():
    gold = load_gold(SAMPLES / "gold.jsonl")
    articles = [json.loads(line) for line in (SAMPLES / "articles.jsonl").read_text("utf-8").splitlines()]
    assert [g["id"] for g in gold] == [a["id"] for a in articles]
    analyses = {}
    for g in gold:
        text = find_text(SAMPLES / "articles", g).read_text(encoding="utf-8")
        assert len(gold_sentences(text)) == g["n_sentences"]
        analyses[g["id"]] = perfect_analysis(g, text)
    report = score_gold(gold, analyses)
    _assert_perfect(report)
    assert report.total.entities >= 150 and report.total.events >= 60
    # The same analyses less one event and with one actor's country changed are no longer perfect.
    first = analyses[gold[0]["id"]]
    dropped = first["events"].pop()
    first["events"][0]["source"] = {"country_iso3": "XXX", "canonical_en": "Nobody"}
    worse = score_gold(gold, analyses).total
    assert worse.events_found == report.total.events_found - 1
    assert worse.events_actors == report.total.events_actors - 2
    assert dropped["trigger"]["text"] == gold[0]["events"][-1]["trigger"]


# --- hand-made analyses ------------------------------------------------------------------------------

TEXT = "زار روحاني باكو.\nوالتقى روحاني علييف في باكو، وقال : نريد الدفاع عن مصالحنا بنسبة 70 بالمائة اليوم."
GOLD = {
    "id": "t",
    "entities": [
        {"surface_forms": ["روحاني"], "type": "PER", "canonical_en": "Hassan Rouhani", "country_iso3": "IRN"},
        {"surface_forms": ["علييف"], "type": "PER", "canonical_en": "Ilham Aliyev", "country_iso3": "AZE"},
        {"surface_forms": ["باكو"], "type": "GPE", "canonical_en": "Baku", "country_iso3": "AZE"},
    ],
    "events": [
        {"source": "Hassan Rouhani", "target": "AZE", "cameo_root": "04", "trigger": "زار", "sentence_index": 0},
        {"source": "IRN GOV", "target": "Ilham Aliyev", "cameo_root": "04", "trigger": "التقى",
         "sentence_index": 1},
    ],
    "quotes": [{"speaker": "Hassan Rouhani", "first_words": "نريد الدفاع عن مصالحنا"}],
    "numbers": [{"surface": "70 بالمائة", "value": 70, "unit": "percent"}],
    "dates": [{"surface": "اليوم", "kind": "relative"}],
}


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    return locate(TEXT, word)[nth]


def _ent(eid: str, type_: str, name: str | None, iso: str | None, *spans: tuple[int, int]) -> dict:
    return {"id": eid, "type": type_, "canonical_en": name, "country_iso3": iso, "actor_code": None,
            "mentions": [_mention(TEXT, s, e) for s, e in spans]}


def _event(root: str, trigger: tuple[int, int], src_iso: str | None, tgt_iso: str | None) -> dict:
    return {"cameo_code": root + "0", "cameo_root": root, "trigger": _mention(TEXT, *trigger),
            "source": {"country_iso3": src_iso}, "target": {"country_iso3": tgt_iso}}


def _analysis(**parts: Any) -> dict[str, Any]:
    base = {"text": TEXT, "entities": [], "events": [], "quotes": [], "quantities": [], "times": []}
    return {**base, **parts}


def _score(analysis: dict[str, Any], gold: dict[str, Any] = GOLD):
    return score_gold([gold], {gold["id"]: analysis}).articles[0]


def test_entities_found_needs_type_and_overlap_linked_needs_name_or_country():
    ents = [
        _ent("a", "PER", "Hasan Rohani", "IRN", _at("روحاني", 1)),  # found, wrong name → not linked
        _ent("b", "GPE", "Baku City", "AZE", _at("باكو")),  # found, GPE linked by country
        _ent("c", "ORG", "Ilham Aliyev", "AZE", _at("علييف")),  # wrong type → not found
    ]
    s = _score(_analysis(entities=ents))
    assert (s.entities, s.entities_found, s.entities_linked) == (3, 2, 1)
    assert s.missed["entities"] == ["PER Ilham Aliyev"]


def test_events_one_to_one_and_extra_counted():
    meet = _event("04", _at("التقى"), "IRN", "AZE")
    s = _score(_analysis(events=[meet, dict(meet)]))
    # Two system events on one trigger match the one gold event there; the copy is extra.
    assert (s.events_found, s.events_actors, s.system_events, s.extra_events) == (1, 1, 2, 1)
    visit = _event("04", _at("زار"), "IRN", "AZE")
    wrong_root = _event("19", _at("زار"), "IRN", "AZE")
    s = _score(_analysis(events=[visit, meet, wrong_root]))
    assert (s.events_found, s.events_actors, s.extra_events) == (2, 2, 1)


def test_events_one_system_event_cannot_serve_two_gold_events():
    gold = dict(GOLD, events=[dict(GOLD["events"][1]), dict(GOLD["events"][1])])
    s = _score(_analysis(events=[_event("04", _at("التقى"), "IRN", "AZE")]), gold)
    assert (s.events, s.events_found) == (2, 1)


def test_events_actors_compared_at_country_level():
    s = _score(_analysis(events=[_event("04", _at("التقى"), "IRN", "RUS")]))
    assert (s.events_found, s.events_actors) == (1, 0)
    ev = _event("04", _at("التقى"), None, None)
    ev["source"] = {"actor_code": "IRNGOV"}
    ev["target"] = {"canonical_en": "ilham  aliyev"}
    s = _score(_analysis(events=[ev]))
    assert (s.events_found, s.events_actors) == (1, 1)


def test_details_list_the_found_events_whose_actors_are_wrong():
    report = score_gold([GOLD], {GOLD["id"]: _analysis(events=[_event("04", _at("التقى"), "IRN", "RUS")])})
    wrong = report.articles[0].missed["event actors"]
    assert len(wrong) == 1 and wrong[0].startswith("04 ") and wrong[0].endswith("system IRN -> RUS"), wrong
    assert "wrong event actors: 04" in report.format(details=True)


def test_event_trigger_must_overlap_or_lie_in_the_gold_sentence():
    # GOLD_FORMAT: a trigger elsewhere in the gold trigger's sentence counts; one in another does not.
    only_meeting = dict(GOLD, events=[GOLD["events"][1]])
    s = _score(_analysis(events=[_event("04", _at("علييف"), "IRN", "AZE")]), only_meeting)
    assert s.events_found == 1
    s = _score(_analysis(events=[_event("04", _at("زار"), "IRN", "AZE")]), only_meeting)
    assert s.events_found == 0
    gold = dict(GOLD, events=[dict(GOLD["events"][1], trigger="اجتمع")])  # not in the text
    s = _score(_analysis(events=[_event("04", _at("علييف"), "IRN", "AZE")]), gold)
    assert s.events_found == 1


def test_quotes_direct_indirect_and_speaker():
    start, end = _at("نريد الدفاع عن مصالحنا بنسبة")
    quote = {**_mention(TEXT, start, end), "speaker": {"canonical_en": "Hassan Rouhani"}, "direct": False}
    s = _score(_analysis(quotes=[quote]))
    assert (s.quotes, s.quotes_direct, s.quotes_any, s.quotes_text_only) == (1, 0, 1, 1)
    s = _score(_analysis(quotes=[dict(quote, direct=True, speaker={"canonical_en": "Ilham Aliyev"})]))
    assert (s.quotes_direct, s.quotes_any, s.quotes_text_only) == (0, 0, 1)
    ents = [_ent("r", "PER", None, None, _at("روحاني"))]
    s = _score(_analysis(entities=ents, quotes=[dict(quote, direct=True, speaker={"entity_id": "r"})]))
    assert s.quotes_direct == 1


def test_numbers_value_and_unit_and_dates_overlap():
    start, end = _at("70 بالمائة")
    good = {**_mention(TEXT, start, end), "value": 70.0, "unit": "percent"}
    assert _score(_analysis(quantities=[good])).numbers_found == 1
    assert _score(_analysis(quantities=[dict(good, value=7)])).numbers_found == 0
    assert _score(_analysis(quantities=[dict(good, unit="killed")])).numbers_found == 0
    day = {**_mention(TEXT, *_at("اليوم")), "kind": "relative"}
    elsewhere = {**_mention(TEXT, *_at("باكو")), "kind": "relative"}
    assert _score(_analysis(times=[day])).dates_found == 1
    assert _score(_analysis(times=[elsewhere])).dates_found == 0


def test_missing_analysis_scores_zero_and_report_formats():
    report = score_gold([GOLD], {})
    art = report.articles[0]
    assert not art.analysed and art.entities == 3 and art.entities_found == 0
    text = report.format()
    assert "no analysis" in text and "TOTAL" in text
    assert "t missed entities: PER Hassan Rouhani" in report.format(details=True)
    data = report.to_dict()
    assert data["total"]["entity_recall"] == 0.0 and data["total"]["event_precision"] is None
    json.dumps(data)


# --- loading and finding files -------------------------------------------------------------------------

def test_load_gold_reports_bad_files(tmp_path: Path):
    def load(content: str):
        p = tmp_path / "g.jsonl"
        p.write_text(content, encoding="utf-8")
        return load_gold(p)

    assert load('{"id": "a"}\n\n{"id": "b"}\n')[1]["id"] == "b"
    assert load('[{"id": "a"}]')[0]["id"] == "a"
    cases = {
        '{"id": "a"}\n{"id": "a"}': "more than once",
        '{"id": "a"}\n{"id": ': ":2: not valid JSON",
        '{"entities": []}': 'missing or empty "id"',
        '{"id": "a", "entities": [{"surface_forms": "x", "type": "PER", "canonical_en": "X"}]}':
            "list of non-empty strings",
        '{"id": "a", "entities": [{"surface_forms": ["x"], "type": "NORP", "canonical_en": "X"}]}':
            "is not one of",
        '{"id": "a", "events": [{"source": "A", "target": "B", "cameo_root": "04"}]}': "lacks trigger",
        '{"id": "a", "events": [{"source": "A", "target": "B", "cameo_root": "4", "trigger": "t", '
        '"sentence_index": 0}]}': "two digits",
        "   ": "empty",
    }
    for content, message in cases.items():
        with pytest.raises(GoldError, match=message):
            load(content)
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "none.jsonl")
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(GoldError, match="not UTF-8"):
        load_gold(tmp_path / "bin.jsonl")


def test_find_text_rules(tmp_path: Path):
    (tmp_path / "abc.txt").write_text("x", encoding="utf-8")
    (tmp_path / "000_seedhash.txt").write_text("x", encoding="utf-8")
    assert find_text(tmp_path, {"id": "abc"}).name == "abc.txt"
    assert find_text(tmp_path, {"id": "000"}).name == "000_seedhash.txt"
    with pytest.raises(GoldError, match="no seed.txt"):
        find_text(tmp_path, {"id": "seed"}, n_records=1)
    (tmp_path / "abc.txt").unlink()
    assert find_text(tmp_path, {"id": "seed"}, n_records=1).name == "000_seedhash.txt"
    with pytest.raises(GoldError, match="no seed.txt"):
        find_text(tmp_path, {"id": "seed"}, n_records=2)
    (tmp_path / "abcd_1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "abcd_2.txt").write_text("x", encoding="utf-8")
    with pytest.raises(GoldError, match="several"):
        find_text(tmp_path, {"id": "abcd"})
    with pytest.raises(GoldError, match="not found"):
        find_text(tmp_path / "nope", {"id": "a"})


def test_cp1256_sample_decodes_to_the_utf8_article():
    raw = (SAMPLES / "encodings" / "06_us_sanctions_iran.cp1256.txt").read_bytes()
    utf8 = (SAMPLES / "articles" / "06_us_sanctions_iran.txt").read_text(encoding="utf-8")
    assert raw.decode("cp1256") == utf8
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
