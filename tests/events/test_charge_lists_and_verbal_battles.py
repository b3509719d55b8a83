"""A verb's form inside a quoted list of charges ("بتهم "الانضمام … وقطع الطرق") is a charge, not an act;
"معارك التقاذف بالألفاظ" is a battle of words. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_blocked_road_in_a_quoted_charge_list_is_a_charge() -> None:
    doc = analyze('وقال مصدر إن النيابة العامة المصرية قدمتهم للمحاكمة بتهم "الانضمام لجماعة إرهابية وارتكاب أعمال عنف '
                  'والتحريض عليها وحيازة أسلحة ومقاومة السلطات وخرق قانون التظاهر وقطع الطرق وتعطيل الحركة المرورية".',
                  published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_code.startswith("14")], doc.events


def test_battles_of_words_are_no_fighting() -> None:
    doc = analyze("وتمكن المفاوض الإيراني من تأجيج معارك التقاذف بالألفاظ الدعائية بين الرئيس الأمريكي وحلفاء أمريكا في "
                  "الشرق الأوسط.", published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_code.startswith("19")], doc.events
