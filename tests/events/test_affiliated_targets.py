"""What a material act hits belongs to the owner an affiliation word names ("سفينة تجارية مرتبطة
بإسرائيل"، "منشآت تابعة للحرس الثوري"); a district "التابعة لعدن" is not Aden's property. Sentences written
for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _targets(text: str) -> list[str | None]:
    return [e.target.entity_id if e.target else None for e in analyze(text, published="2024-02-18").events
            if e.cameo_root in {"17", "18", "19"}]


@pytest.mark.parametrize(("text", "owner"), [
    ("أعلنت جماعة الحوثي أنها استهدفت سفينة تجارية مرتبطة بإسرائيل في البحر الأحمر بصاروخ باليستي.", "gpe.ISR"),
    ("قصفت الطائرات الأمريكية منشآت تابعة للحرس الثوري في سوريا.", "org.irgc"),
], ids=["linked-state", "belonging-body"])
def test_the_owner_of_what_is_hit_is_the_target(text: str, owner: str) -> None:
    assert _targets(text) == [owner]


def test_a_district_of_a_city_is_not_its_property() -> None:
    targets = _targets("وقالت المصادر إن قوات الأمن ألقت القبض على القيادات في مبان بمديرية التواهي التابعة لعدن.")
    assert "gpe.aden" not in targets
