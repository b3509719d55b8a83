""""شاركت فرنسا في الغارات على داعش": the subject of شارك or ساهم (took part in) does what the noun after
في names. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-08-01").events]


def test_a_state_taking_part_in_air_strikes() -> None:
    assert ("195", "FRA", "IMGMOSREB") in _events("وشاركت فرنسا في الغارات على تنظيم داعش في سوريا.")


def test_a_state_taking_part_in_a_blockade() -> None:
    assert ("191", "EGY", "QAT") in _events("وتشارك مصر في الحصار المفروض على قطر.")


def test_the_participant_before_a_nationality_adjective() -> None:
    events = _events("فشارك بعدها الاتحاد الأوروبي في الحصار الإيراني وجمدوا أرصدة البنك المركزي.")
    assert [source for code, source, _ in events if code == "191"] == ["IGOEUR"]
