"""Gold actor codes against system actors, and merged events scored per telling."""

from marsad.eval.goldmatch import _code_agrees, system_tellings


def test_country_part_of_a_code_agrees_at_country_level() -> None:
    assert _code_agrees("YEM CVL", {"actor_code": "YEMCVL", "country_iso3": "YEM"})
    assert _code_agrees("YEM CVL", {"actor_code": "YEMGOV"})
    assert not _code_agrees("YEM CVL", {"actor_code": "SAUGOV", "country_iso3": "SAU"})


def test_body_above_states_matches_its_igo_code() -> None:
    assert _code_agrees("GCC", {"actor_code": "IGOGCC"})
    assert not _code_agrees("GCC", {"actor_code": "IGOUNO"})
    assert not _code_agrees("GCC", {"actor_code": "SAUGOV", "country_iso3": "SAU"})


def test_each_telling_is_one_scored_event() -> None:
    first = {"start": 10, "end": 15, "text": "التقى"}
    later = {"start": 90, "end": 94, "text": "لقاء"}
    analysis = {"events": [{"cameo_code": "040", "trigger": first, "tellings": [first, later]},
                           {"cameo_code": "051", "trigger": later}]}
    triggers = [e["trigger"]["start"] for e in system_tellings(analysis)]
    assert triggers == [10, 90, 90]


def test_actor_read_off_the_gold_entity_words_agrees_without_a_shared_name() -> None:
    from marsad.eval.goldmatch import ArticleCtx, _actor_agrees

    text = "وشنت قوات التحالف غارات على مواقع المسلحين."
    start = text.index("قوات التحالف")
    gold = {"entities": [{"surface_forms": ["قوات التحالف"], "type": "ORG", "canonical_en": "The Coalition",
                          "country_iso3": None, "offsets": [[start, start + 12]]}]}
    ctx = ArticleCtx.build(gold, {"text": text, "entities": []})
    on_words = {"canonical_en": "Allied Forces", "span": {"start": start + 5, "end": start + 12}}
    elsewhere = {"canonical_en": "Allied Forces", "span": {"start": 0, "end": 4}}
    assert _actor_agrees(ctx, "The Coalition", on_words)
    assert not _actor_agrees(ctx, "The Coalition", elsewhere)
