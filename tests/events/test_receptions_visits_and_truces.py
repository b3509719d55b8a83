"""Receptions and visits in protocol style: the guest after a palace and a comma ("بقصر البركة العامر
اليوم، رئيس جمهورية إيران"); the visitor of "زيارة ولي العهد الأمير محمد بن سلمان إلى واشنطن" is the one
named after the title; a consul with a nationality is that government; two nationality adjectives in a
row belong to two noun phrases ("الخارجية السورية الغارات الإسرائيلية"); "وقف إطلاق النار" names a truce,
no shooting, while "وقف هجوم X على Y" still tells an attack. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-11-22"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    side = lambda a: a.entity_id or a.actor_code if a is not None else None  # noqa: E731
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=DATE).events]


def test_the_guest_after_the_palace_and_a_comma() -> None:
    text = ("استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم بقصر البركة العامر اليوم، رئيس جمهورية إيران "
            "الإسلامية مسعود بزشكيان، الذي يقوم بزيارة دولة للسلطنة.")
    assert ("043", "per.haitham-bin-tariq", "per.masoud-pezeshkian") in _events(text)


def test_the_visitor_is_named_after_his_title() -> None:
    text = "وقعت المملكة والولايات المتحدة اتفاقية، خلال زيارة ولي العهد الأمير محمد بن سلمان إلى واشنطن."
    assert [e for e in _events(text) if e[0] == "042" and e[1] == "per.mohammed-bin-salman"]


def test_a_consul_with_a_nationality_is_that_government() -> None:
    text = "التقى رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الأحد، القنصل العام الأمريكي في أربيل."
    assert ("040", "per.nechirvan-barzani", "USAGOV") in _events(text)


def test_two_nationality_adjectives_are_two_actors() -> None:
    events = _events("وأدانت الخارجية السورية الغارات الإسرائيلية على محيط مدينة القنيطرة.")
    assert [e for e in events if e[0] == "111" and e[1] == "SYRGOV" and e[2] == "ISRMIL"]


def test_a_ceasefire_is_no_shooting() -> None:
    text = ("أعلن المجلس الرئاسي الليبي، الثلاثاء، تشكيل لجنة عسكرية مشتركة لمتابعة وقف إطلاق النار في العاصمة "
            "طرابلس، عقب اشتباكات دامية بين جهاز الردع واللواء 444 قتال.")
    codes = [e[0] for e in _events(text)]
    assert "193" not in codes and "190" in codes


def test_stopping_a_named_attack_still_tells_the_attack() -> None:
    text = "وكانت الهدنة تهدف إلى وقف هجوم جيش الفتح على قريتي كفريا والفوعة في ريف إدلب."
    assert [e for e in _events(text) if e[0].startswith("19")]


def test_whom_a_spy_served_is_not_the_arrests_target() -> None:
    events = _events("واعتقلت السلطات الإيرانية ثلاثة أشخاص بتهمة التجسس لصالح الموساد الإسرائيلي.")
    assert not [e for e in events if e[0] == "173" and e[2] == "org.mossad"]


def test_loyal_to_saleh_is_not_on_behalf_of() -> None:
    events = _events("فيما قصفت طائرات التحالف أيضا معسكر الحمزة الموالي لصالح والحوثيين في محافظة إب.")
    assert [e for e in events if e[0].startswith("19") and e[2] == "org.houthis"]


def test_a_minister_of_information_is_known() -> None:
    doc = analyze("وقال وزير الإعلام معمر الإرياني إن الميليشيا الحوثية تستخدم الموظفين ورقة للابتزاز.",
                  published=DATE)
    assert [q.speaker.entity_id for q in doc.quotes if q.speaker] == ["per.muammar-al-eryani"]


def test_the_guest_is_the_visitor_received() -> None:
    text = ("استقبل السلطان هيثم بن طارق اليوم الرئيس الإيراني مسعود بزشكيان. وأعرب الضيف عن شكره للسلطان على "
            "حسن الاستقبال.")
    assert ("051", "per.masoud-pezeshkian", "per.haitham-bin-tariq") in _events(text)


def test_no_guest_without_a_visit() -> None:
    events = _events("وأعرب الضيف عن شكره للسلطان هيثم بن طارق على حسن الاستقبال.")
    assert not [e for e in events if e[1] is not None and e[1].startswith("per.") and e[1] != "per.haitham-bin-tariq"]


def test_a_foreign_ambassador_summoned_is_his_state() -> None:
    doc = analyze("استدعت وزارة الخارجية العراقية السفير التركي لدى بغداد احتجاجا على القصف التركي.", published=DATE)
    assert [e for e in doc.events if e.cameo_code == "160" and e.target is not None and e.target.actor_code == "TURGOV"]


def test_an_untargeted_strike_is_guessed_only_at_the_other_sides_forces() -> None:
    events = _events("استدعت وزارة الخارجية العراقية السفير التركي لدى بغداد احتجاجا على القصف التركي.")
    assert not [e for e in events if e[0].startswith("19") and e[2] and "ministry" in e[2]]


def test_for_the_palestinians_is_civilians() -> None:
    assert ("1712", "ISRCVL", "PSECVL") in _events("وأحرق مستوطنون منازل ومركبات للفلسطينيين.")


def test_a_body_saying_it_did_something_did_it() -> None:
    doc = analyze("ذكرت الشرطة الإيطالية أمس أنها اعتقلت رجلين نشرا دعاية لتنظيم داعش.", published=DATE)
    found = [e for e in doc.events if e.cameo_code == "173"]
    assert found and found[0].source.entity_id is not None  # the Italian police named, not ITA COP guessed


def test_he_saying_she_did_something_is_not_his_act() -> None:
    text = "وقال مسؤول إسرائيلي، مضيفا أنها حذرت السفراء من أنه إذا لم توافق الدول الأوروبية."
    assert not [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("13")]


def test_a_detention_told_as_background_is_no_arrest() -> None:
    text = "أفرجت جماعة الحوثيين عن طاقم السفينة التجارية بعد أكثر من عام على احتجازه، بوساطة عمانية."
    assert not [e for e in _events(text) if e[0].startswith("17")]
    assert not _events("ومثل الصحفي منذ توقيفه ثلاث مرات أمام المحكمة.")
    assert [e for e in _events("واعتقلت الشرطة الإيرانية الصحفي في طهران.") if e[0] == "173"]
