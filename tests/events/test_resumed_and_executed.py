"""Who resumes an act does it; executions are assaults; a bracketed aside after كان keeps its subject.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _doers(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo_code, e.source.actor_code if e.source else None)
            for e in analyze(text, published="2015-08-01").events]


def test_a_force_resuming_shelling_shells() -> None:
    events = _doers("قال مسؤولون باكستانيون إن القوات الهندية استأنفت اليوم عملية القصف على المناطق الحدودية "
                    "الباكستانية.")
    assert any(c[:2] == "19" and s == "INDMIL" for c, s in events), events


def test_resuming_with_the_subject_after_the_verb() -> None:
    events = _doers("واستأنفت القوات الهندية القصف على المناطق الحدودية الباكستانية.")
    assert any(c[:2] == "19" and s == "INDMIL" for c, s in events), events


def test_a_group_executing_captives_assaults_them(event_sides) -> None:
    events = event_sides("وأعدم تنظيم داعش عشرة أشخاص في مدينة الرقة بتهمة التعاون مع النظام.", "2015-08-01")
    assert any(c == "1823" for c, _, _ in events), events


def test_an_execution_told_in_the_passive_guesses_no_executioner(event_sides) -> None:
    events = event_sides("وقد أعدم الرجل شنقا في السجن.", "2015-08-01")
    assert not any(c == "1823" for c, _, _ in events), events


def test_a_bracketed_aside_after_kana_keeps_the_group_as_subject(event_sides) -> None:
    # without the aside read, the arrest fell to the police the entry implies
    events = event_sides("وكانت جبهة النصرة (فرع تنظيم القاعدة في الشام) قد اعتقلت مقاتلين في ريف حلب.", "2015-08-01")
    assert any(c == "173" and s == "org.al-nusra" for c, s, _ in events), events


def test_an_execution_or_torture_feared_is_not_done(event_sides) -> None:
    # the man feared for, named in full before, had been read as the executioner and the torturer
    events = event_sides("ونفى حمادي الجبالي تسليم البغدادي المحمودي إلى السلطات الليبية. وقال إن المرزوقي يخشى أن "
                         "يُعدم المحمودي أو يُعذب.", "2015-08-09")
    assert not any(c[:2] == "18" for c, _, _ in events), events


def test_a_rights_group_reporting_executions_did_not_execute(event_sides) -> None:
    events = event_sides("ذكرت منظمة العفو الدولية أن إيران شهدت ارتفاعا في الإعدامات، حيث أعدمت الدولة 694 شخصا.",
                         "2015-07-23")
    assert not any(s == "org.amnesty" for _, s, _ in events), events
