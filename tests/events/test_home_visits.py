"""An official arriving in his own capital or at his own government's seat makes no visit. Sentences
written for the test."""

from __future__ import annotations


def test_coming_home_to_the_capital_is_no_visit(event_sides) -> None:
    events = event_sides("ووصل الرئيس عبد الفتاح السيسي إلى القاهرة قادما من الرياض.")
    assert not [e for e in events if e[0] == "042"], events


def test_a_foreign_minister_arriving_in_the_capital_visits(event_sides) -> None:
    events = event_sides("ووصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.", "2015-07-23")
    assert any(c == "042" and s == "per.john-kerry" for c, s, _ in events), events


def test_taking_office_at_the_white_house_is_no_visit(event_sides) -> None:
    events = event_sides("وتعهد اوباما باغلاق السجن في غضون عام عندما وصل الي البيت الابيض في 2009.")
    assert not [e for e in events if e[0] == "042"], events


def test_visiting_a_compatriot_is_a_visit(event_sides) -> None:
    # only the official's own state, capital or government seat is home; `_home_visit` had been shadowed
    # by a later function of the same name that dropped every visit between two sides of one country
    events = event_sides("وقال صلاح الدين دمرداش إنه يزور عبد الله أوجلان بصفة منتظمة في سجن جزيرة إمرالي.")
    assert any(c == "042" for c, _, _ in events), events


def test_a_second_subject_joined_by_wa_is_no_target(event_sides) -> None:
    events = event_sides("وصل وزير الدفاع العراقي خالد العبيدي ومعاون رئيس أركان الجيش أمس إلى قاعدة الحبانية العسكرية.")
    assert not [e for e in events if e[2] == "IRQMIL"], events
    events = event_sides("استقبل الرئيس الأمريكي باراك أوباما ونائبه جو بايدن رئيس الوزراء العراقي حيدر العبادي.")
    assert any(c == "043" and t == "per.haider-al-abadi" for c, _, t in events), events
