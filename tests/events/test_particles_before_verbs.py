"""A verb after كما/ثم/قد still opens its clause, so gender agreement tells its subject from its object
(marsad/events/arguments.py: disagrees, sentence_subject). Sentences written for the test."""

from __future__ import annotations


def test_a_masculine_verb_after_kama_calls_on_the_un(event_sides) -> None:
    events = event_sides("وأشار المتحدث إلى أن الدكتور عبدالله الربيعة أطلق نداء للأطباء. كما دعا الأمم المتحدة "
                         "ومنظماتها المختلفة إلى الإسهام في تنفيذ هذه البرامج.", "2015-08-01")
    calls = [e for e in events if e[0] == "020" and e[2] == "org.un"]
    assert calls and calls[0][1] != "org.un", events


def test_a_feminine_verb_after_kama_is_the_bodys(event_sides) -> None:
    events = event_sides("كما دعت الأمم المتحدة إلى التهدئة.")
    assert any(s == "org.un" for _, s, _ in events), events


def test_a_feminine_verb_after_kama_before_a_masculine_plural_takes_it_as_object(event_sides) -> None:
    events = event_sides("وناشدت الحكومة الليبية المجتمع الدولي التدخل. كما دعت الليبيين إلى التكاتف والتوافق.")
    assert any(c == "020" and t == "LBYCVL" for c, _, t in events), events
