"""Sides the coder guesses: a news agency is never a party, an unidentified doer gets no guessed victim,
and a person's name is never read as a trigger (فيصل is not ف + يصل)."""

from __future__ import annotations

from marsad.api import analyze

SAUDI_YEMENI = (
    "الرياض، 15 مارس 2025 (واس) - أعلن المتحدث الرسمي باسم وزارة الداخلية السعودية أن قوات الأمن ألقت "
    "القبض على خمسة أشخاص متورطين في تهريب المخدرات.\n"
    "من جانبه، نفى الحوثيون أي علاقة لهم بالشبكة.\n"
    "وكانت المملكة قد وقعت مع اليمن مذكرة تفاهم لتعزيز أمن الحدود.\n"
    "وأسفر انفجار عبوة ناسفة في مدينة مأرب يوم الثلاثاء عن مقتل ثلاثة جنود.\n"
)


def _targets(doc):
    return {e.trigger.text: e.target for e in doc.events}


def test_news_agency_is_never_the_guessed_other_side():
    doc = analyze(SAUDI_YEMENI)
    for event in doc.events:
        assert event.target is None or event.target.entity_id != "org.spa", event


def test_unidentified_doer_gets_no_guessed_target():
    doc = analyze(SAUDI_YEMENI)
    killing = next(e for e in doc.events if e.trigger.text == "مقتل")
    assert killing.source is not None and killing.source.actor_code.endswith("UAF")
    assert killing.target is None


def test_stated_sides_are_kept():
    doc = analyze(SAUDI_YEMENI)
    signing = next(e for e in doc.events if e.cameo_code == "057")
    assert (signing.source.country_iso3, signing.target.country_iso3) == ("SAU", "YEM")


def test_no_trigger_inside_a_persons_name():
    doc = analyze("أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة تدعم الحل السياسي في اليمن.")
    names = [(m.start, m.end) for m in doc.mentions if m.kind == "name" and m.type == "PER"]
    assert names, "the name is found"
    for event in doc.events:
        assert not any(s <= event.trigger.start and event.trigger.end <= e for s, e in names), event.trigger


def test_the_place_a_report_was_filed_from_is_no_guessed_side() -> None:
    doc = analyze("نيويورك - وكالات: استخدمت روسيا حق النقض ضد مشروع القرار.", published="2024-11-20")
    veto = next(e for e in doc.events if e.cameo_code == "129")
    assert veto.source is not None and veto.source.country_iso3 == "RUS"
    assert veto.target is None, veto.target


def test_a_party_answering_at_home_gets_no_foreign_side_guessed() -> None:
    text = ("الجزائر - واج: أعلنت السلطة المستقلة للانتخابات فوز الرئيس عبد المجيد تبون بولاية ثانية.\n"
            "وهنأ أمير دولة قطر الشيخ تميم بن حمد آل ثاني الرئيس تبون بإعادة انتخابه.\n"
            "في المقابل، رفضت حركة مجتمع السلم النتائج، وطالبت بفتح تحقيق في عمليات الفرز.\n")
    doc = analyze(text, published="2024-09-08")
    rejected = [e for e in doc.events if e.cameo_code.startswith(("12", "10"))]
    assert rejected and all(e.source is not None and e.source.actor_code == "DZAOPP" for e in rejected)
    assert all(e.target is None or e.target.country_iso3 == "DZA" for e in rejected), [e.target for e in rejected]


def test_a_noun_event_praised_takes_not_the_praisers_sides() -> None:
    doc = analyze("وأشاد الرئيس الأمريكي دونالد ترامب بجهود الوساطة القطرية والمصرية.", published="2025-01-30")
    assert ("051", "USAGOV") in {(e.cameo_code, e.source.actor_code if e.source else None) for e in doc.events}
    mediation = [e for e in doc.events if e.cameo_code == "045"]
    assert all(e.target is None or e.target.country_iso3 != "USA" for e in mediation), mediation
