"""A body's name quoted after its kind ("حركة «حماس»") is the subject and the object follows the closing
mark; a pronoun on an act of force reaches back past an accusation to the accused; a condemned act done
"على يد" someone condemns them; talks are not with the speaker's own state; a verbal noun after a request's
في completes it; "الاعتصام بالكتاب" is no sit-in. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, root: str) -> list:
    return [e for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith(root)]


def test_a_quoted_body_name_is_the_subject_and_the_object_follows() -> None:
    blame = _events("واتهمت حركة «حماس» الحوثيين بالتآمر.", "11")
    assert blame and blame[0].source is not None and blame[0].source.country_iso3 == "PSE", blame
    assert blame[0].target is not None and blame[0].target.country_iso3 == "YEM", blame


def test_a_pronoun_on_an_attack_after_an_accusation_is_the_accused() -> None:
    attacks = _events("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء. فقبل يومين فقط اتهمت منظمة "
                      "«هيومن رايتس ووتش» الحوثيين بارتكاب جرائم حرب، وذلك من خلال استهدافهم للمدنيين بالصواريخ في "
                      "مدينة عدن.", "19")
    told = [e for e in attacks if e.trigger.text == "استهدافهم"]
    assert told and told[0].source is not None and told[0].source.actor_code == "YEMREB", attacks


def test_a_condemned_act_by_someones_hand_condemns_them() -> None:
    condemned = _events('دان وزير الخارجية السعودي عادل الجبير جريمة حرق الرضيع الفلسطيني "علي دوابشة" على يد مستوطنين '
                        "إسرائيليين فجر اليوم في مدينة نابلس.", "11")
    assert condemned and condemned[0].target is not None and condemned[0].target.country_iso3 == "ISR", condemned


def test_talks_are_not_with_the_speakers_own_state() -> None:
    talks = _events("ومن المقرر أن يبحث وزير الخارجية الأمريكي جون كيري في القاهرة دعم علاقات التعاون بين مصر "
                    "والولايات المتحدة.", "04")
    assert talks, talks
    assert all(e.target is None or e.target.country_iso3 != "USA" for e in talks), talks


def test_what_a_request_asks_for_is_no_act_of_its_own() -> None:
    text = "وطلب العراق من حلف الأطلسي المساعدة في تدريب قوات الأمن بعدما استولى تنظيم داعش على أجزاء من البلاد."
    assert _events(text, "02"), analyze(text, published="2015-08-01").events
    assert not _events(text, "06"), analyze(text, published="2015-08-01").events


def test_holding_fast_to_the_book_is_no_sit_in() -> None:
    assert not _events("وأكد الأهالي أهمية التوحيد الخالص لله والعقيدة الصحيحة والاعتصام بالكتاب والسنة في المملكة.",
                       "14")
