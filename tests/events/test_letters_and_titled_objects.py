"""A verb describing a letter ("برسالة إلى X يدعو فيها") is the letter's author's act toward its addressee;
a name whose title follows a preposition is that preposition's object, not the next verb's subject.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-15"


def test_a_letter_calling_for_talks_is_from_its_sender_to_its_addressee() -> None:
    doc = analyze("وكان الرئيس الأمريكي دونالد ترامب قد بعث برسالة إلى المرشد الأعلى علي خامنئي يدعو فيها "
                  "إلى مفاوضات جديدة.", published=DATE)
    appeals = [e for e in doc.events if e.cameo_code.startswith("02")]
    assert appeals
    assert appeals[0].source.entity_id == "per.donald-trump"
    assert appeals[0].target is not None and appeals[0].target.entity_id == "per.ali-khamenei"


def test_a_titled_name_after_a_preposition_is_not_the_next_verbs_subject() -> None:
    doc = analyze("وكان الرئيس الأمريكي دونالد ترامب قد بعث برسالة إلى المرشد الأعلى علي خامنئي يدعو إلى "
                  "مفاوضات جديدة.", published=DATE)
    assert all(e.source is None or e.source.entity_id != "per.ali-khamenei" for e in doc.events)


def test_a_pronouns_visit_to_its_own_country_is_not_coded() -> None:
    doc = analyze("استقبل ولي العهد السعودي الأمير محمد بن سلمان رئيس الوزراء الهندي ناريندرا مودي، وبحث معه "
                  "العلاقات على هامش زيارته الرسمية للمملكة.", published=DATE)
    visits = [e for e in doc.events if e.cameo_code == "042"]
    assert all(not (e.source.country_iso3 == "SAU" and e.target is not None and e.target.country_iso3 == "SAU")
               for e in visits)


def test_a_palace_read_by_rule_gives_no_host() -> None:
    doc = analyze("جدة - 5 يناير 2025: وقع ولي العهد اتفاقية مع رئيس الوزراء الهندي ناريندرا مودي. وتشمل الاتفاقية "
                  "استثمارات في الهند وتعاونا مع الهند في الطاقة. وكان الملك سلمان بن عبدالعزيز قد استقبل الضيف "
                  "في قصر السلام مساء أمس.", published="2025-01-05")
    hosts = [e for e in doc.events if e.cameo_code == "043"]
    assert all(e.target is None or not (e.target.entity_id or "").startswith("new:") for e in hosts)
