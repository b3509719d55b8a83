"""The dateline gives its place to the date it holds; casualty counts say whether they are dead or injured."""

from marsad.api import analyze


def test_dateline_place_is_attached_to_its_date():
    doc = analyze("بغداد، 13 أكتوبر (وكالات) - قتل 12 شخصا وأصيب 20 آخرون في انفجار.", published="2019-10-14")
    dated = [t for t in doc.times if t.place is not None]
    assert len(dated) == 1
    assert dated[0].place.text == "بغداد" and dated[0].value == "2019-10-13"
    assert doc.text[dated[0].place.start:dated[0].place.end] == "بغداد"


def test_casualty_roles():
    doc = analyze("قتل 12 شخصا وأصيب 20 آخرون في انفجار سيارة مفخخة.", published="2019-10-14")
    roles = {q.value: q.role for q in doc.quantities}
    assert roles.get(12) == "dead" and roles.get(20) == "injured"
