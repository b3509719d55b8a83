"""A plural nationality standing alone after an arrest or an attack is that people; ground a relative clause
describes as held was taken only from a side its holder attacked; the wounded taken in for treatment are no
guests; "آلة القتل" is a figure of speech; an untargeted strike is not guessed against a foe of the doer's
country that never fought the doer. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize(("text", "code"), [
    ("وألقت السلطات الأردنية القبض على سعوديين يحملون مخدرات.", "SAUCVL"),
    ("واعتقلت الشرطة التركية سوريين قرب الحدود.", "SYRCVL"),
    ("وقتلت القوات الإسرائيلية فلسطينيين في الخليل.", "PSECVL"),
    ("واعتقلت الشرطة التركية جنودا سوريين قرب الحدود.", "SYRMIL"),
])
def test_a_plural_nationality_alone_is_its_people(text: str, code: str) -> None:
    doc = analyze(text, published="2015-08-09")
    assert doc.events and doc.events[0].target is not None, doc.events
    assert doc.events[0].target.actor_code == code, doc.events[0].target


def test_ground_described_as_held_is_not_taken_from_who_attacked_the_holder() -> None:
    doc = analyze("وقصفت طائرات التحالف الدولي مواقع تنظيم داعش في الرقة. ويعاني الناس في المناطق التي سيطر "
                  "عليها اعضاء التنظيم المتطرف الكبت والاهانة.", published="2015-08-09")
    held = [e for e in doc.events if e.cameo_code == "192"]
    assert held, doc.events
    assert all(e.target is None or e.target.entity_id != "org.global-coalition" for e in held), held


def test_the_wounded_taken_in_are_no_guests() -> None:
    doc = analyze("وكانت الحكومة الأردنية قد وافقت قبل أسابيع على استقبال الجرحى اليمنيين للعلاج في الأردن.",
                  published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code == "043"], doc.events


def test_the_killing_machine_is_no_killing() -> None:
    doc = analyze("وأكد على ضرورة استصدار قرارات تحمي الشعب السوري وتوقف آلة القتل في سوريا.", published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith("19")], doc.events


def test_a_strike_is_not_guessed_against_the_doers_countrys_foe_it_never_fought() -> None:
    doc = analyze("الرياض - واس: شنت طائرات التحالف العربي بقيادة المملكة العربية السعودية غارات على مواقع ميليشيات "
                  "الحوثي في صعدة. وأشادت المقاومة الشعبية بدعم المملكة العربية السعودية. وقصف مقاتلو المقاومة "
                  "الشعبية مواقع في المدينة أمس.", published="2015-08-01")
    shelled = [e for e in doc.events if e.sentence_index == 2]
    assert shelled, doc.events
    assert all(e.target is None or e.target.actor_code != "SAUMIL" for e in shelled), shelled


def test_the_remnants_shelled_are_the_target_not_the_shellers() -> None:
    doc = analyze("وواصلت المدفعية السعودية دك مواقع الميليشيات، كما واصلت طائرات الأباتشي تمشيط الحدود وقصف فلول "
                  "العصابات الحوثية وحلفائها من قوات الرئيس المخلوع علي عبدالله صالح.", published="2015-07-23")
    strikes = [e for e in doc.events if e.cameo_code.startswith("19")]
    assert strikes, doc.events
    assert all(e.source is not None and e.source.country_iso3 == "SAU" for e in strikes), strikes
