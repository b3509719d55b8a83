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
