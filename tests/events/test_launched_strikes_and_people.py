"""Strikes launched (شن … غارات) are this act, not a reaction to an attack told before, so an ally that struck
earlier is not their target; an indefinite nationality on a noun naming no state body is a person of that
country. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_coalition_strikes_after_an_ally_shelled_do_not_hit_the_ally() -> None:
    text = ("وأعلنت مصادر في المقاومة الشعبية سيطرتها على ثلاثة مواقع للحوثيين قرب قاعدة العند، وذكرت المقاومة أن "
            "مقاتليها قصفوا القاعدة بالصواريخ. كما شنت طائرات التحالف سلسلة غارات جوية على القاعدة.")
    doc = analyze(text, published="2015-07-23")
    strikes = [e for e in doc.events if e.cameo_code == "195"]
    assert strikes
    assert all(e.target is None or e.target.canonical_en != "Popular Resistance (Yemen)" for e in strikes)


def test_an_indefinite_nationality_on_a_person_is_that_countrys_people() -> None:
    codes = _events("وقالت الشرطة الفرنسية إنها وجهت الاتهام لمغن شعبي بريطاني اعتدى على مصور في باريس.")
    assert any(code.startswith("112") and tgt == "GBRCVL" for code, _, tgt in codes)


def test_a_soldier_of_a_country_stays_its_military() -> None:
    codes = _events("وزار رئيس الوزراء التركي موقعا عسكريا قرب مكان قتل فيه جندي تركي في اشتباكات مع تنظيم داعش.")
    assert any(tgt == "TURMIL" or src == "TURMIL" for _, src, tgt in codes)


def test_targets_struck_in_the_accusative_are_an_attack() -> None:
    codes = _events("وقال التحالف الدولي إن طائراته ضربت أهدافا عدة لتنظيم داعش قرب مدينة الرقة السورية.")
    assert any(code == "190" and tgt == "IMGMOSREB" for code, _, tgt in codes)


def test_forces_backed_by_an_air_force_are_its_military_cooperation() -> None:
    codes = _events("وتقدمت القوات الحكومية اليمنية المدعومة من طيران التحالف العربي نحو مدينة زنجبار.")
    assert ("062", "SAUMIL", "YEMMIL") in codes


def test_projects_backed_by_a_government_are_no_military_cooperation() -> None:
    assert not any(code == "062" for code, _, _ in _events("وتعمل المشاريع المدعومة من الحكومة السعودية على توظيف الشباب."))
