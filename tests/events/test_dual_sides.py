"""A dual verb (بحثا، اتفقا، بحثاها) after two sides were named is theirs: talk goes between them, and what
they reject or condemn together is aimed at neither. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-02-03"
CALL = "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الإيراني مسعود بزشكيان"


def _event(text: str, code: str):
    doc = analyze(text, published=DATE)
    found = [e for e in doc.events if e.cameo_code == code]
    assert found, [(e.cameo_code, e.trigger.text) for e in doc.events]
    return found[0]


def _ids(event) -> tuple[str | None, str | None]:
    return tuple(a.entity_id if a is not None else None for a in (event.source, event.target))


def test_a_dual_verb_of_talk_is_between_the_two_not_about_the_topic_place() -> None:
    event = _event(CALL + " بحثا خلاله تطورات الأوضاع في سوريا.", "046")
    assert set(_ids(event)) == {"per.recep-tayyip-erdogan", "per.masoud-pezeshkian"}


def test_a_dual_verb_with_an_object_pronoun_is_still_dual() -> None:
    event = _event(CALL + ". وتناول الاتصال القضايا التي كانا بحثاها خلال لقائهما السابق في الدوحة.", "046")
    assert set(_ids(event)) == {"per.recep-tayyip-erdogan", "per.masoud-pezeshkian"}


def test_a_rejection_voiced_by_both_targets_neither() -> None:
    event = _event(CALL + ". وقالت الرئاسة التركية إن الجانبين اتفقا على تعزيز التنسيق، وأكدا رفضهما لأي تدخل أجنبي.",
                   "120")
    assert event.source is not None and event.source.entity_id in {"per.recep-tayyip-erdogan", "per.masoud-pezeshkian"}
    assert event.target is None


def test_a_three_letter_verb_in_a_is_no_dual() -> None:
    doc = analyze("ودعا الاتحاد الأوروبي والولايات المتحدة إلى وقف إطلاق النار فورا.", published=DATE)
    appeals = [e for e in doc.events if e.cameo_code.startswith("02")]
    assert all(e.source is None or e.source.entity_id != "per.recep-tayyip-erdogan" for e in appeals)


def test_a_suffixed_verbal_noun_before_an_adjective_is_the_possessors_act() -> None:
    doc = analyze("وقال المتحدث إن الرئيس المصري عبد الفتاح السيسي أكد موقف مصر الثابت، ورفضها القاطع لأي "
                  "محاولات لتهجير الفلسطينيين من أرضهم.", published=DATE)
    rejects = [e for e in doc.events if e.cameo_code == "120"]
    assert rejects and all(e.source is not None and e.source.country_iso3 == "EGY" for e in rejects)
