"""A threat needs what is threatened (هدد X بـ …): bare هدد/يهدد is "endangers", and a threat that names
no force is plain 130, not the military 138. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-15"


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=DATE).events]


def test_a_threat_of_a_veto_is_plain_threaten() -> None:
    events = _codes("وهدد البيت الأبيض باستخدام حق النقض ضد مشروع القانون.")
    assert [code for code, _, _ in events if code.startswith("13")] == ["130"], events


def test_endangering_is_no_threat() -> None:
    for text in ("وقالت المنظمة إن تراكم النفايات يهدد مطار بيروت الدولي.",
                 "واعتبر النائب أن الاتفاق سيهدد أمن الولايات المتحدة."):
        events = _codes(text)
        assert not [code for code, _, _ in events if code.startswith("13")], (text, events)


def test_a_threat_of_force_keeps_its_code() -> None:
    events = _codes("وهددت كوريا الشمالية الولايات المتحدة بشن هجوم.")
    assert ("1384", "gpe.PRK", "gpe.USA") in [(c, s, t) for c, s, t in events], events


def test_a_vow_to_bring_down_is_a_threat_not_cooperation() -> None:
    events = _codes("وتعهد الرئيس الإيراني بالانتقام من إسرائيل.")
    assert [c for c, _, _ in events if c.startswith("03")] == [], events
    assert any(c == "130" and t == "gpe.ISR" for c, _, t in events), events


def test_an_unnamed_subject_in_the_gap_leaves_the_object_as_object() -> None:
    # the party no actor names is the subject; the government after the pattern is not who threatened
    events = _codes("وهدد الحزب بإسقاط الحكومة المصرية.")
    assert not [s for c, s, _ in events if c.startswith("13") and s and s.startswith("EGY")], events


def test_a_complement_after_a_new_clause_is_not_the_threats() -> None:
    events = _codes("وقال الوزير إن إيران تهدد المنطقة، ونرحب بموقف بغداد.")
    assert not [c for c, _, _ in events if c.startswith("13")], events


def test_a_broken_truce_is_no_truce() -> None:
    events = _codes("وأدى الهجوم إلى انهيار هدنة كانت سارية منذ عامين بين الحكومة التركية وحزب العمال الكردستاني.")
    assert not [c for c, _, _ in events if c.startswith("087")], events


def test_a_negation_closed_by_except_only_restricts() -> None:
    events = analyze("لم يلتق الرئيس الفرنسي إلا وزير الخارجية المصري.", published=DATE).events
    meetings = [e for e in events if e.cameo_code.startswith("04")]
    assert meetings and not meetings[0].negated, meetings


def test_for_its_part_between_subject_and_act_takes_no_room() -> None:
    events = _codes("وذكرت مصادر أن حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية.")
    assert ("190", "org.pkk") in [(c, s) for c, s, _ in events], events


def test_an_appeal_addressed_and_the_fighting_it_asks_to_stop() -> None:
    events = _codes("ووجهت الحكومة الليبية نداء إلى أهالي سبها بالتوقف فورا عن القتال.")
    assert [c for c, _, _ in events if c.startswith("02")] == ["020"], events
    assert not [c for c, _, _ in events if c.startswith("19")], events
