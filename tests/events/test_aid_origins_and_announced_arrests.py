"""Where aid comes from (من مستودعات X) is not who receives it; a giver's own country in "بين X و Y" is no side
when the other is named; an interior ministry announcing an arrest tells its own police's act; a verb whose
object pronoun is followed by a demonstrative subject ("جماعات تؤيدها هذه الجهات") is not the noun before's act.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_the_depot_aid_leaves_is_no_recipient() -> None:
    sides = _sides("وأمر الأمير محمد بن سلمان، وزير الدفاع السعودي، بنقل المساعدات أمس من مستودعات مركز الملك "
                   "سلمان للإغاثة والأعمال الإنسانية بمحافظة شرورة إلى عدن.")
    aid = [s for s in sides if s[0].startswith("07")]
    assert aid and not any(target == "SAUGOV" for _, _, target in aid)


def test_a_partitive_min_still_receives() -> None:
    sides = _sides("وتمكن الهلال الأحمر من إيصال المساعدات للكثير من المواطنين اليمنيين في عدن.")
    assert any(code.startswith("07") and target == "YEMCVL" for code, _, target in sides)


def test_the_givers_own_country_between_two_is_no_side() -> None:
    sides = _sides("وأعلن قائد القوات الجوية السعودية تدشين جسر جوي للإغاثة بين السعودية واليمن.")
    aid = [s for s in sides if s[0].startswith("07")]
    assert aid and all(target == "YEM" for _, _, target in aid)


def test_an_interior_ministry_announces_its_police_arrest() -> None:
    sides = _sides("وأعلنت وزارة الداخلية الإسبانية أمس توقيف رجل يشتبه بتجنيده نساء لحساب تنظيم داعش في "
                   "مدينة مليلية بالمغرب.")
    assert any(code == "173" and source == "ESPCOP" for code, source, _ in sides)


def test_a_demonstrative_subject_after_the_object_pronoun() -> None:
    sides = _sides("وتقول الولايات المتحدة والمعارضة السورية وجماعات مسلحة تؤيدها هذه الجهات إنه يتعين رحيل "
                   "الأسد.")
    assert not any(source == "UAF" for _, source, _ in sides)


def test_the_accused_of_bianna_did_it() -> None:
    sides = _sides("واتهمت المؤسسة الوطنية للنفط الحكومة المعترف بها دوليا بأنها قصفت ناقلات نفط.")
    assert any(code == "190" and (source or "").endswith("GOV") for code, source, _ in sides)
    assert not any(code == "190" and source == "LBYBUS" for code, source, _ in sides)
