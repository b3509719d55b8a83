"""Whom a condemned act hit is not the condemned ("أدانت استخدام القوة ضد المحتجين"), while a threat or a
killing "ضد/بحق" someone targets them; an appeal joined after a comma, in the gender of the verb before, is
still that subject's, and the body right after it is whom it calls on. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-15"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=DATE).events]


def test_the_victims_of_a_condemned_act_are_not_its_target() -> None:
    events = _events("وأدانت منظمة العفو الدولية استخدام القوة ضد المحتجين في إقليم بلوشستان.")
    assert [e for e in events if e[0] == "111"] == [("111", "org.amnesty", None)]


def test_a_threat_against_someone_still_targets_them() -> None:
    events = _events("حذرت الشرطة البريطانية من تهديدات ضد الملك تشارلز الثالث.")
    assert "per.charles-iii" in [target for code, _, target in events if code.startswith("13")], events


def test_an_appeal_joined_after_a_comma_keeps_the_subject_and_calls_on_the_body() -> None:
    events = _events("وأدانت منظمة العفو الدولية استخدام القوة ضد المحتجين في إقليم بلوشستان، "
                     "ودعت السلطات الباكستانية إلى الإفراج عن المعتقلين.")
    assert [(source, target) for code, source, target in events if code.startswith("02")] == \
        [("org.amnesty", "PAKGOV")], events


def test_a_person_after_a_joined_appeal_is_its_own_subject() -> None:
    events = _events("التقى الرئيس المصري نظيره الفرنسي، ودعا الرئيس الفرنسي إلى وقف إطلاق النار في غزة.")
    appeals = [e for e in events if e[0].startswith("02")]
    assert appeals and appeals[0][1] == "per.emmanuel-macron", events


def test_a_one_word_appeal_joined_after_a_comma_calls_on_the_state_after_it() -> None:
    events = _events("أدانت الولايات المتحدة التجربة الصاروخية، ودعت طهران إلى وقف أنشطتها الصاروخية.")
    assert [(source, target) for code, source, target in events if code.startswith("02")] == \
        [("gpe.USA", "gpe.tehran")], events


def test_the_masculine_daan_condemns_before_the_act_and_is_a_name_elsewhere() -> None:
    doc = analyze("ودان رئيس الحكومة اللبنانية نواف سلام الغارات الإسرائيلية.", published="2025-06-18")
    condemn = [e for e in doc.events if e.cameo_code == "111"]
    assert condemn and condemn[0].source is not None and condemn[0].source.actor_code == "LBNGOV"
    named = analyze("وقال دان لويد المتحدث باسم الشركة إن الممثل بخير.", published="2025-06-18")
    assert not [e for e in named.events if e.cameo_code == "111"]


def test_an_appeal_joined_after_a_comma_is_the_sentence_subjects_without_a_named_target() -> None:
    doc = analyze('من جهتها، أعربت قوة الأمم المتحدة المؤقتة في لبنان "يونيفيل" عن قلقها البالغ، ودعت الطرفين '
                  "إلى الالتزام بالقرار 1701.", published="2025-06-18")
    appeal = [e for e in doc.events if e.cameo_code == "020"]
    assert appeal and appeal[0].source is not None and appeal[0].source.entity_id == "org.unifil", appeal
