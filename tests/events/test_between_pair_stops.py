""""بين X و Y" belongs to the nearest noun: not past an opening quote, nor past a clash noun (arguments.between_pair)."""

from __future__ import annotations

from marsad.api import analyze


def test_a_quoted_balance_between_two_powers_is_no_meeting():
    text = ("رأى الأمير سعود خلال مناقشة اجتماع مجلس الجامعة «ضرورة السعي بتحقيق توازن بين الولايات المتحدة "
            "والاتحاد السوفياتي، إذ إن كلا من الدولتين لها مصالحها في المنطقة».")
    doc = analyze(text, published="1978-03-28")
    assert not [e for e in doc.events if e.source and e.source.actor_code in {"USA", "USR"}]


def test_the_clash_not_the_bombing_has_the_two_sides():
    text = ("تشهد تركيا موجة من أعمال العنف بما في ذلك التفجير الانتحاري الذي جدد المواجهات المسلحة بين الحكومة "
            "التركية ومقاتلي حزب العمال الكردستاني الأسبوع الماضي.")
    doc = analyze(text, published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_code.startswith("18") and e.source and e.source.actor_code == "TURGOV"]
    clash = [e for e in doc.events if e.cameo_code == "190"]
    assert clash and {clash[0].source.actor_code, clash[0].target.actor_code} == {"TURGOV", "TURREB"}


def test_a_comma_after_a_time_word_keeps_the_pair():
    doc = analyze("فقد اندلعت اشتباكات أمس، بين تنظيم داعش وقوات الأسد في ريف حمص.", published="2015-08-09")
    clash = [e for e in doc.events if e.cameo_code == "190"]
    assert clash and {clash[0].source.actor_code, clash[0].target.actor_code} == {"IMGMOSREB", "SYRMIL"}
