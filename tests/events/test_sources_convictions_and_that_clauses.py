"""A news source carried from the sentence before destroys nothing; a crime someone was convicted of is
no act told; after أنّ a word that is both verb and verbal noun is the noun, except after a time (بعد أن،
يوم أن); a relative clause's two-part predicate holds its object in the gap; a film festival is no
protest. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _codes(doc, root: str) -> list:
    return [e for e in doc.events if e.cameo_code.startswith(root)]


def test_a_source_quoted_before_is_not_who_destroyed() -> None:
    doc = analyze("وأوضح مصدر أمني لوكالة فرانس برس أن المهاجم تسلل إلى مجموعة الطلاب. وقبل يوم دمر انفجار "
                  "شاحنة مفخخة حيا سكنيا في وسط كابول.", published="2015-08-09")
    assert all(e.source is None or e.source.span is None or "مصدر" not in e.source.span.text
               for e in doc.events), doc.events


def test_a_crime_someone_was_convicted_of_is_not_told() -> None:
    doc = analyze("ونفذت كولورادو حكما بالإعدام مرة واحدة منذ 1977، وكان ذلك في 1997 بحق غاري لي ديفيز المدان "
                  "بالاغتصاب والقتل.", published="2015-08-09")
    assert not _codes(doc, "18") and not [e for e in _codes(doc, "19") if e.trigger.text != "حكما"], doc.events


def test_a_verbal_noun_after_that_is_no_verb_with_its_victims_as_doers() -> None:
    doc = analyze("ويعتقد قادة التنظيم في العراق بأن قتل الشيعة سيشعل حربا أهلية.", published="2015-08-09")
    assert all(e.source is None or "MOSSHI" not in (e.source.actor_code or "") for e in doc.events), doc.events


def test_a_past_verb_after_a_time_and_that_keeps_its_subject() -> None:
    doc = analyze("ويوم أن هاجم الحوثيون منزل الرئيس اليمني عبد ربه منصور هادي قالوا إنهم يحمونه.",
                  published="2015-08-09")
    attacks = _codes(doc, "19")
    assert attacks and attacks[0].source is not None and attacks[0].source.country_iso3 == "YEM", doc.events


def test_the_object_in_a_relative_clauses_gap_is_the_target() -> None:
    doc = analyze("وقالت إيران التي تزود الأسد بدعم عسكري ومالي إنها ستطرح قريبا خطة على الأمم المتحدة.",
                  published="2015-08-09")
    aid = _codes(doc, "07")
    assert aid, doc.events
    assert aid[0].source is not None and aid[0].source.country_iso3 == "IRN", aid
    assert aid[0].target is not None and aid[0].target.country_iso3 == "SYR", aid


def test_a_film_festival_is_no_protest() -> None:
    doc = analyze("وتعقد على هامش المهرجان ندوات بمشاركة مخرجين من تونس, إضافة إلى مناقشة فعاليات الدورة المقبلة "
                  "من تظاهرة أيام قرطاج السينمائية المقررة في أكتوبر المقبل.", published="2015-08-09")
    assert not _codes(doc, "14"), doc.events
