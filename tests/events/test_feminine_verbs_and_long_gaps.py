"""A past verb in the feminine is not the verb of a masculine body right after it ("واتهمت الجيش": the
army is accused; the joined verb keeps the earlier subject); a denial does not reach a verb joined after
a comma; commas around an aside take no room in a pattern's gap ("وقعت السعودية وفرنسا، اليوم الأحد،
12 اتفاقية"). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _events(text: str) -> list:
    return analyze(text, published=DATE).events


def test_a_feminine_verb_before_a_masculine_body_keeps_the_earlier_subject() -> None:
    text = ("نفت قوات الدعم السريع مسؤوليتها عن الهجوم، واتهمت الجيش بقصف الأحياء السكنية بالطيران.")
    found = [e for e in _events(text) if e.trigger.text.startswith("اتهمت")]
    assert found
    assert found[0].source.entity_id == "org.rsf-sudan"
    assert found[0].target.actor_code.endswith("MIL")


def test_the_denial_does_not_reach_the_joined_accusation() -> None:
    text = ("نفت قوات الدعم السريع مسؤوليتها عن الهجوم، واتهمت الجيش بقصف الأحياء السكنية بالطيران.")
    found = [e for e in _events(text) if e.trigger.text.startswith("اتهمت")]
    assert found and not found[0].negated and found[0].modality == "asserted"


def test_a_denial_still_covers_its_own_clause() -> None:
    text = "نفت الحكومة السودانية أن يكون الجيش قد قصف المستشفى."
    found = [e for e in _events(text) if e.cameo_root == "19"]
    assert all(e.modality == "denied" for e in found)


def test_a_sound_masculine_plural_after_a_feminine_verb_is_its_object() -> None:
    text = ("طالبت بعثة الأمم المتحدة لمساعدة العراق السلطات العراقية بضمان حق التظاهر، "
            "وحثت المحتجين على الابتعاد عن العنف.")
    found = [e for e in _events(text) if e.trigger.text == "حثت"]
    assert found and found[0].source is not None
    assert found[0].source.actor_code.startswith("IGO")
    assert found[0].target is not None and found[0].target.actor_code.endswith("CVL")


def test_a_feminine_body_after_a_feminine_verb_is_still_its_subject() -> None:
    found = [e for e in _events("واتهمت الحكومة الجيش بقصف المدينة.") if e.cameo_code.startswith("112")]
    assert found and found[0].source.actor_code.endswith("GOV")


def test_an_aside_between_commas_takes_no_room_in_the_gap() -> None:
    text = ("وقعت المملكة العربية السعودية وفرنسا، اليوم الأحد، 12 اتفاقية ومذكرة تفاهم في مجالات الطاقة "
            "والدفاع.")
    found = [e for e in _events(text) if e.cameo_code == "057"]
    assert found
    assert {found[0].source.country_iso3, found[0].target.country_iso3} == {"SAU", "FRA"}


def test_plural_memoranda_are_signed() -> None:
    found = [e for e in _events("وقعت السعودية ومصر خمس مذكرات تفاهم في مجال الطاقة.") if e.cameo_code == "057"]
    assert found


def test_still_is_no_negation() -> None:
    found = [e for e in _events("وأشار إلى أن إسرائيل لا تزال ترفض الانسحاب من محور فيلادلفيا.")
             if e.cameo_root == "12"]
    assert found and not found[0].negated
    found = [e for e in _events("ولم ترفض إسرائيل الانسحاب من المحور.") if e.cameo_root == "12"]
    assert found and found[0].negated
